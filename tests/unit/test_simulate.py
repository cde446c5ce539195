"""Simulation and comparison of scenarios (core.scenario.simulate / compare / report) on a hand-built twin.

The twin (EPSG:5899 metres, origin near Da Nang so no degrees are suspected):

* functional area A (high-tech park, 1000 × 1000 m) with zone ZA1 industrial (x 0–500; coverage ≤ 60 %,
  FAR ≤ 1.5) and ZA2 infrastructure (x 500–1000); area B (industrial park, x 2000–3000) with zone ZB1.
* lots in A: L1 industrial / electronics 2 ha (200 × 100 m), operating, 100 employees, building 4,000 m²
  footprint, GFA 8,000 m²; L2 industrial, no sector, 3 ha (300 × 100 m), available. Lot LB1 in B: 1 ha
  industrial / electronics, operating, 50 employees.
* substations SA (area A) 2 MVA = 1,700 kW at cos φ 0.85; SB (area B) 10 MVA = 8,500 kW. Water stations
  WA / WB 1,000 m³/day, treatment plants TA / TB 1,000 m³/day, one road link per area (900 veh/h, 20 m).

Hand-computed (demand pack demand-capacity):
* power at SA: L1 200 kW/ha × 2 + L2 200 × 3 = 1,000 kW → headroom 700 kW, 58.82 %; SB: 200 kW.
* water at WA: (20 × 2 + 20 × 3) = 100 m³/day × 1.15 (losses) × 1.04 (plant's own use) = 119.6.
* scenario "fab": lot L3, semiconductors 2 ha in ZA1: +800 kW at SA → 1,800 > 1,700 kW (105.88 %): SA is over,
  nothing else (water 220 × 1.196 = 263.12 of 1,000; wastewater 0.8 × 220 = 176 of 1,000; trips 70 of 900).
"""

from __future__ import annotations

import copy
import csv

import numpy as np
import pytest
import shapely

from dseza_twin.dseza_twin_plugin.core.scenario import compare as cmp
from dseza_twin.dseza_twin_plugin.core.scenario import report as rpt
from dseza_twin.dseza_twin_plugin.core.scenario.simulate import changed_lots, simulate

X0, Y0 = 530_000.0, 1_770_000.0


def box(x0, y0, x1, y1):
    return shapely.multipolygons([shapely.box(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)])


def point(x, y):
    return shapely.Point(X0 + x, Y0 + y)


def line(x0, y0, x1, y1):
    return shapely.multilinestrings([shapely.LineString([(X0 + x0, Y0 + y0), (X0 + x1, Y0 + y1)])])


def lot(code, zone, area, geom, land_use="industrial", status="operating", sector=None, employees=None):
    return {"code": code, "zone_code": zone, "area_code": area, "land_use": land_use, "status": status,
            "sector": sector, "employees": employees, "registered_capital_usd": None, "is_public": False,
            "green_area_m2": None, "geom": geom}


def twin() -> dict[str, list[dict]]:
    zone = {"plan_level": "1/2000", "max_height_m": None, "max_floors": None, "min_green_pct": None,
            "min_setback_m": None, "allowed_uses": None, "plan_decision": None}
    return {
        "functional_areas": [
            {"code": "A", "name_en": "Park A", "kind": "high_tech_park", "geom": box(0, 0, 1000, 1000)},
            {"code": "B", "name_en": "Park B", "kind": "industrial_park", "geom": box(2000, 0, 3000, 1000)}],
        "planning_zones": [
            {**zone, "code": "ZA1", "area_code": "A", "land_use": "industrial", "max_coverage_pct": 60.0,
             "max_far": 1.5, "geom": box(0, 0, 500, 1000)},
            {**zone, "code": "ZA2", "area_code": "A", "land_use": "infrastructure", "max_coverage_pct": 40.0,
             "max_far": 1.0, "geom": box(500, 0, 1000, 1000)},
            {**zone, "code": "ZB1", "area_code": "B", "land_use": "industrial", "max_coverage_pct": 60.0,
             "max_far": 1.5, "geom": box(2000, 0, 3000, 1000)}],
        "parcels": [
            lot("L1", "ZA1", "A", box(0, 100, 200, 200), sector="electronics", employees=100),
            lot("L2", "ZA1", "A", box(200, 100, 500, 200), status="available"),
            lot("LB1", "ZB1", "B", box(2000, 100, 2100, 200), sector="electronics", employees=50)],
        "buildings": [
            {"code": "B1", "parcel_code": "L1", "height_m": 12.0, "floors": 2, "gfa_m2": 8000.0, "use": "factory",
             "geom": box(50, 120, 150, 160)}],
        "network_nodes": [
            {"code": "SA", "network": "power", "kind": "substation", "area_code": "A", "capacity": 2.0,
             "unit": "MVA", "name": "Substation A", "geom": point(700, 500)},
            {"code": "SB", "network": "power", "kind": "substation", "area_code": "B", "capacity": 10.0,
             "unit": "MVA", "name": "Substation B", "geom": point(2700, 500)},
            {"code": "WA", "network": "water", "kind": "water_supply_station", "area_code": "A", "capacity": 1000.0,
             "unit": "m3/day", "name": "Water A", "geom": point(750, 500)},
            {"code": "WB", "network": "water", "kind": "water_supply_station", "area_code": "B",
             "capacity": 1000.0, "unit": "m3/day", "name": "Water B", "geom": point(2750, 500)},
            {"code": "TA", "network": "wastewater", "kind": "wwtp", "area_code": "A", "capacity": 1000.0,
             "unit": "m3/day", "name": "WWTP A", "geom": point(800, 900)},
            {"code": "TB", "network": "wastewater", "kind": "wwtp", "area_code": "B", "capacity": 1000.0,
             "unit": "m3/day", "name": "WWTP B", "geom": point(2800, 900)}],
        "network_links": [
            {"code": "RA", "network": "road", "area_code": "A", "capacity": 900.0, "unit": "veh/h", "width_m": 20.0,
             "geom": line(0, 60, 1000, 60)},
            {"code": "RB", "network": "road", "area_code": "B", "capacity": 900.0, "unit": "veh/h", "width_m": 20.0,
             "geom": line(2000, 60, 3000, 60)}],
    }


def with_lot(data, *rows, buildings=()):
    out = {k: list(v) for k, v in data.items()}
    out["parcels"] = out["parcels"] + list(rows)
    out["buildings"] = out["buildings"] + list(buildings)
    return out


FAB = lot("L3", "ZA1", "A", box(0, 300, 200, 400), status="leased", sector="semiconductors", employees=400)


@pytest.fixture(scope="module")
def live():
    return simulate(twin())


@pytest.fixture(scope="module")
def fab():
    return simulate(with_lot(twin(), FAB), changed=["L3"], name="fab")


def test_hand_computed_indicators(live):
    areas = {r["code"]: r for r in live.indicators.areas}
    zones = {r["code"]: r for r in live.indicators.zones}
    a, z = areas["A"], zones["ZA1"]
    assert a["gfa_m2"] == pytest.approx(8000.0) and a["footprint_m2"] == pytest.approx(4000.0)
    assert a["jobs"] == 100 and areas["B"]["jobs"] == 50
    assert a["occupancy_pct"] == pytest.approx(40.0)  # 2 ha of 5 ha leasable in use
    assert a["lots_total"] == 2 and a["lots_available"] == 1 and a["available_ha"] == pytest.approx(3.0)
    assert z["net_density_pct"] == pytest.approx(4000.0 / 50_000.0 * 100.0)  # built coverage on the lots
    assert z["far"] == pytest.approx(8000.0 / 50_000.0)


def test_hand_computed_demand_and_headroom(live):
    power = {h.element: h for h in live.headroom if h.service == "power"}
    assert power["SA"].demand == pytest.approx(1000.0) and power["SA"].capacity == pytest.approx(1700.0)
    assert power["SA"].headroom == pytest.approx(700.0) and power["SA"].utilisation_pct == pytest.approx(58.8235, 1e-4)
    assert power["SA"].lots == 2 and power["SB"].demand == pytest.approx(200.0) and power["SB"].lots == 1
    water = live.element("water", "WA")
    assert water.demand == pytest.approx(100.0 * 1.15 * 1.04)
    assert live.element("wastewater", "TA").demand == pytest.approx(80.0)
    assert live.element("trips", "RA").demand == pytest.approx(50.0)
    assert live.served["power"].element == ["SA", "SA", "SB"]
    assert live.over == []


def test_a_lot_over_the_substations_capacity_flags_that_substation_and_nothing_else(live, fab):
    assert [(h.service, h.element) for h in fab.over] == [("power", "SA")]
    sa = fab.element("power", "SA")
    assert sa.demand == pytest.approx(1800.0) and sa.headroom == pytest.approx(-100.0)
    assert sa.utilisation_pct == pytest.approx(1800.0 / 1700.0 * 100.0)
    assert fab.element("water", "WA").demand == pytest.approx(220.0 * 1.15 * 1.04)
    c = cmp.compare([live, fab])
    over = {(r.level, r.code): r.diff["fab"] for r in c.section("element", "over")}
    assert over.pop(("power", "SA")) == 1.0
    assert set(over.values()) == {0.0}
    said = rpt.strains(c, [live, fab])["fab"]
    assert len(said["over_new"]) == 1 and "SA" in said["over_new"][0] and "1,800 kW" in said["over_new"][0]
    assert said["over_still"] == [] and said["buffers_new"] == []


def test_compare_is_the_difference_of_two_simulations(live, fab):
    c = cmp.compare([live, fab])
    assert c.names == ["live", "fab"]
    indicators = {s.name: {(r["level"], r["code"]): r for r in s.indicators.areas + s.indicators.zones}
                  for s in (live, fab)}
    checked = 0
    for r in c.section("indicator"):
        a, b = indicators["live"][(r.level, r.code)][r.measure], indicators["fab"][(r.level, r.code)][r.measure]
        assert r.values == {"live": a, "fab": b}
        assert r.diff["live"] is None
        if a is not None and b is not None:
            assert r.diff["fab"] == pytest.approx(b - a)
            checked += 1
    assert checked >= 40
    for h in fab.headroom:
        before = live.element(h.service, h.element)
        row = c.get("element", h.service, h.element, "demand")
        assert row.diff["fab"] == pytest.approx(h.demand - before.demand)
        assert c.get("element", h.service, h.element, "headroom").diff["fab"] == pytest.approx(
            h.headroom - before.headroom)
    assert c.get("indicator", "functional_area", "A", "jobs").diff["fab"] == 400
    assert c.get("indicator", "functional_area", "B", "jobs").diff["fab"] == 0
    # the new lot: absent live, checked in the scenario
    assert c.get("compliance", "lots", "", "absent").values == {"live": 1, "fab": 0}
    assert c.get("lot", "status", "L3", "status").values == {"live": "absent", "fab": "pass"}


def test_simulate_is_pure():
    data = twin()
    before = copy.deepcopy(data)
    ids = {k: [id(r) for r in v] for k, v in data.items()}
    simulate(with_lot(data, FAB), changed=["L3", "L1"])
    simulate(data, changed=["L1"])
    assert {k: [id(r) for r in v] for k, v in data.items()} == ids
    for layer, rows in before.items():
        for old, new in zip(rows, data[layer]):
            assert old.keys() == new.keys()
            for key in old:
                if key == "geom":
                    assert shapely.equals_exact(old[key], new[key], 0.0)
                else:
                    assert old[key] == new[key], (layer, key)


def test_compliance_of_a_changed_lot_through_the_checks():
    # L3 covered 75 % by one building (15,000 of 20,000 m²) in zone ZA1 (≤ 60 %): fails coverage;
    # FAR 15,000 × 1 / 20,000 = 0.75 ≤ 1.5 passes.
    big = {"code": "B3", "parcel_code": "L3", "height_m": 8.0, "floors": 1, "gfa_m2": 15_000.0, "use": "factory",
           "geom": box(0, 300, 150, 400)}
    sim = simulate(with_lot(twin(), FAB, buildings=[big]), changed=["L3", "gone"], name="dense")
    assert sim.absent == ["gone"]
    (row,) = sim.compliance
    assert row["code"] == "L3" and row["status"] == "fail" and row["zone_code"] == "ZA1"
    assert row["coverage_pct"] == pytest.approx(75.0) and row["coverage_limit_pct"] == pytest.approx(60.0)
    assert "coverage" in row["failed_rules"] and "far" not in row["failed_rules"]
    assert [v["rule_id"] for v in sim.violations if v["code"] == "L3"][0] == "coverage"


def test_buffer_conflicts_that_appear():
    # a housing lot 5 m from the industrial zone ZA1 (green buffer of 10 m, QCVN 01:2021 2.5.2) and 200 m from
    # lot L3 (semiconductors: class IV, 100 m): only the zone's buffer is breached.
    live = simulate(with_lot(twin(), FAB))
    homes = lot("H1", "ZA2", "A", box(505, 300, 600, 400), land_use="housing", status="leased")
    scen = simulate(with_lot(twin(), FAB, homes), changed=["H1"], name="homes")
    c = cmp.compare([live, scen])
    appear = [r for r in c.section("buffer", "present") if r.diff["homes"] == 1]
    assert [(r.level, r.code) for r in appear] == [("industrial_green_buffer", "zones ZA1 → lots H1")]
    assert c.get("buffer", "total", "", "conflicts").diff["homes"] == 1
    shortfall = c.get("buffer", "industrial_green_buffer", "zones ZA1 → lots H1", "shortfall_m")
    assert shortfall.values["homes"] == pytest.approx(5.0) and shortfall.values["live"] is None


def test_changed_lots_from_the_changes_of_a_scenario():
    live = twin()
    scen = with_lot(twin(), FAB, buildings=[{"code": "B9", "parcel_code": None, "geom": box(210, 110, 220, 120)}])
    scen["planning_zones"] = [dict(z, max_far=1.0) if z["code"] == "ZB1" else z for z in scen["planning_zones"]]
    changes = {"parcels": {"L3": "upsert"}, "buildings": {"B9": "upsert", "B1": "delete"},
               "planning_zones": {"ZB1": "upsert"}, "construction_projects": {}}
    scen["buildings"] = [b for b in scen["buildings"] if b["code"] != "B1"]
    # L3 itself; L2 (B9 stands on it); L1 (B1, deleted, was on it); LB1 (its zone changed)
    assert changed_lots(changes, scen, live) == ["L1", "L2", "L3", "LB1"]


def test_report_and_csv(tmp_path, live, fab):
    c = cmp.compare([live, fab])
    html_path, csv_path = rpt.write_report(tmp_path / "r.html", c, [live, fab], {"store": "hand-built"})
    page = html_path.read_text(encoding="utf-8")
    assert page.count("data:image/png;base64,") == 2
    assert "Network elements this scenario puts over capacity" in page
    assert "SA (Substation A; power supply): 1,800 kW demanded against a capacity of 1,700 kW" in page
    with csv_path.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0])[:9] == ["section", "level", "code", "name", "measure", "unit", "live", "fab", "fab_diff"]
    sa = next(r for r in rows if r["section"] == "element" and r["code"] == "SA" and r["measure"] == "demand")
    assert float(sa["live"]) == pytest.approx(1000.0) and float(sa["fab_diff"]) == pytest.approx(800.0)
    jobs = next(r for r in rows if r["code"] == "A" and r["measure"] == "jobs")
    assert float(jobs["fab_diff"]) == 400


def test_compare_needs_distinct_names(live):
    with pytest.raises(ValueError, match="repeated: live"):
        cmp.compare([live, live])
    assert np.isfinite(sum(live.seconds.values()))
