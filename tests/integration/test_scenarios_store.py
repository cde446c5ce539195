"""Development scenarios in the store (schema version 6), both backends: drafting never touches the live twin,
the twin as a scenario sees it, the audit of scenario edits, promotion (everything or nothing; conflicts with
live edits; links between layers; the quality gate) and the v5 → v6 upgrade of stores written by the previous
release."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import shapely
from old_stores import open_old_store

from dseza_twin.dseza_twin_plugin.store import open_store, scenarios, schema


def _q(store, text: str) -> str:
    if store.address.is_gpkg:
        return text.replace("{s}", "")
    return text.replace("{s}", '"{}".'.format(store.address.schema)).replace("?", "%s")


@pytest.fixture(params=["gpkg", "postgis"])
def store(request, tmp_path):
    """Area HTP with zone Z1 (industrial, 0–600 × 0–300) and Z2; lots L1, L2 (side by side in Z1), L3 in Z2;
    building B1 on L1."""
    address = str(tmp_path / "twin.gpkg") if request.param == "gpkg" else request.getfixturevalue("pg_store_address")
    with open_store(address) as s:
        s.create_or_upgrade()
        with s.transaction() as w:
            w.insert("functional_areas", [{"code": "HTP", "kind": "high_tech_park",
                                           "geom": _at(shapely.box(0, 0, 900, 900))}])
            w.insert("planning_zones", [
                {"code": "Z1", "area_code": "HTP", "land_use": "industrial", "max_far": 1.5,
                 "geom": _at(shapely.box(0, 0, 600, 300))},
                {"code": "Z2", "area_code": "HTP", "land_use": "rnd", "geom": _at(shapely.box(0, 300, 600, 600))}])
            w.insert("parcels", [
                {"code": "L1", "zone_code": "Z1", "area_code": "HTP", "land_use": "industrial", "status": "available",
                 "area_m2": 10000.0, "geom": _at(shapely.box(0, 0, 100, 100))},
                {"code": "L2", "zone_code": "Z1", "area_code": "HTP", "land_use": "industrial", "status": "available",
                 "area_m2": 10000.0, "geom": _at(shapely.box(100, 0, 200, 100))},
                {"code": "L3", "zone_code": "Z2", "area_code": "HTP", "land_use": "rnd", "status": "leased",
                 "tenant": "Cty R&D", "area_m2": 10000.0, "geom": _at(shapely.box(0, 300, 100, 400))}])
            w.insert("buildings", [{"code": "B1", "parcel_code": "L1", "height_m": 12.0, "floors": 2,
                                    "geom": _at(shapely.box(20, 20, 60, 60))}])
        yield s


def _at(geom):
    """Hand-built geometry moved into Da Nang (EPSG:5899), where the quality gate expects it."""
    return shapely.affinity.translate(geom, 550_000.0, 1_770_000.0)


def _live(store) -> dict:
    return {layer: sorted((r["code"], r["row_version"], r.get("tenant"), r["geom"].wkb_hex if r["geom"] else None)
                          for r in store.rows(layer)) for layer in schema.AUDITED_LAYERS}


def _audit(store, table: str) -> list[tuple]:
    rows = store.query(_q(store, "SELECT operation, before, after FROM {s}audit_log WHERE table_name = ? "
                                 "ORDER BY id"), (table,))
    return [(op, json.loads(b) if isinstance(b, str) else b, json.loads(a) if isinstance(a, str) else a)
            for op, b, a in rows]


def _draft(store) -> None:
    """Scenario A: L1 leased to a chip maker (a partial change), L2 split into L2a/L2b, B1 removed, a new building
    on L2a."""
    scenarios.create_scenario(store, "A", "Chip plant", "lease L1, split L2")
    scenarios.put_rows(store, "A", "parcels", [{"code": "L1", "status": "leased", "tenant": "Chip Co",
                                                "sector": "semiconductor"}])
    scenarios.delete_codes(store, "A", "parcels", ["L2"])
    scenarios.put_rows(store, "A", "parcels", [
        {"code": "L2a", "zone_code": "Z1", "area_code": "HTP", "land_use": "industrial", "status": "available",
         "area_m2": 5000.0, "geom": _at(shapely.box(100, 0, 150, 100))},
        {"code": "L2b", "zone_code": "Z1", "area_code": "HTP", "land_use": "industrial", "status": "available",
         "area_m2": 5000.0, "geom": _at(shapely.box(150, 0, 200, 100))}])
    scenarios.delete_codes(store, "A", "buildings", ["B1"])
    scenarios.put_rows(store, "A", "buildings", [{"code": "B2", "parcel_code": "L2a", "height_m": 20.0, "floors": 4,
                                                  "geom": _at(shapely.box(110, 10, 140, 90))}])


def test_drafting_a_scenario_leaves_the_live_twin_untouched(store):
    before = _live(store)
    _draft(store)
    assert _live(store) == before
    assert scenarios.changes(store, "A") == {
        "planning_zones": {}, "parcels": {"L1": "upsert", "L2": "delete", "L2a": "upsert", "L2b": "upsert"},
        "construction_projects": {}, "buildings": {"B1": "delete", "B2": "upsert"}}
    [listed] = scenarios.list_scenarios(store)
    assert (listed["code"], listed["name"], listed["status"], listed["changes"]) == ("A", "Chip plant", "draft", 6)


def test_the_twin_as_the_scenario_sees_it(store):
    _draft(store)
    lots = {r["code"]: r for r in scenarios.effective_rows(store, "A", "parcels")}
    assert sorted(lots) == ["L1", "L2a", "L2b", "L3"]
    live_l1 = next(r for r in store.rows("parcels") if r["code"] == "L1")
    # the partial change kept the live row's other columns, and its fid
    assert (lots["L1"]["tenant"], lots["L1"]["status"], lots["L1"]["area_m2"], lots["L1"]["zone_code"]) == (
        "Chip Co", "leased", 10000.0, "Z1")
    assert lots["L1"]["fid"] == live_l1["fid"] and lots["L1"]["geom"].equals(live_l1["geom"])
    assert lots["L2a"]["fid"] < 0 and lots["L2b"]["fid"] < 0  # added rows: never a live fid
    assert [r["code"] for r in scenarios.effective_rows(store, "A", "buildings")] == ["B2"]
    assert {r["code"] for r in scenarios.effective_rows(store, None, "parcels")} == {"L1", "L2", "L3"}
    assert len(scenarios.effective_rows(store, "A", "functional_areas")) == 1  # not a scenario layer: live


def test_scenario_changes_are_audited_and_carry_the_live_version(store):
    _draft(store)
    inserted = [a for op, _b, a in _audit(store, "scenario_parcels") if op == "INSERT"]
    assert {(a["code"], a["op"], a["base_version"]) for a in inserted} == {
        ("L1", "upsert", 1), ("L2", "delete", 1), ("L2a", "upsert", None), ("L2b", "upsert", None)}
    assert [op for op, _b, _a in _audit(store, "scenarios")] == ["INSERT"]
    # a row an officer adds in QGIS (no base version) gets the live row's version from the store's trigger
    with store.transaction() as w:
        w.execute(_q(store, "INSERT INTO {s}scenario_parcels (code, scenario, op) VALUES ('L3', 'A', 'delete')"))
    [row] = [r for r in scenarios.scenario_rows(store, "A", "parcels") if r["code"] == "L3"]
    assert row["base_version"] == 1


def test_promotion_applies_every_change_in_one_go_and_is_audited(store):
    _draft(store)
    result = scenarios.promote(store, "A")
    assert (result.inserted, result.updated, result.deleted) == (
        {"parcels": 2, "buildings": 1}, {"parcels": 1, "buildings": 0},
        {"buildings": 1, "construction_projects": 0, "parcels": 1, "planning_zones": 0})
    lots = {r["code"]: r for r in store.rows("parcels")}
    assert sorted(lots) == ["L1", "L2a", "L2b", "L3"]
    assert (lots["L1"]["tenant"], lots["L1"]["row_version"]) == ("Chip Co", 2)
    assert [r["code"] for r in store.rows("buildings")] == ["B2"]
    ops = [(op, (a or b)["code"]) for op, b, a in _audit(store, "parcels")][3:]  # after the set-up's 3 inserts
    assert sorted(ops) == [("DELETE", "L2"), ("INSERT", "L2a"), ("INSERT", "L2b"), ("UPDATE", "L1")]
    [listed] = scenarios.list_scenarios(store)
    assert listed["status"] == "promoted" and listed["promoted_at"] is not None
    with pytest.raises(scenarios.ScenarioError, match="cannot change any more"):
        scenarios.put_rows(store, "A", "parcels", [{"code": "L3", "tenant": "X"}])


def test_promotion_refuses_when_the_live_twin_changed_under_the_scenario(store):
    _draft(store)
    with store.transaction() as w:  # an officer edits L1 in the live twin after the scenario changed it
        w.upsert("parcels", [{"code": "L1", "tenant": "Someone else", "status": "leased"}])
    before = _live(store)
    with pytest.raises(scenarios.ScenarioConflictError) as caught:
        scenarios.promote(store, "A")
    assert [(c.layer, c.code) for c in caught.value.conflicts] == [("parcels", "L1")]
    assert "version 1 then, 2 now" in str(caught.value) and "nothing was written" in str(caught.value)
    assert _live(store) == before
    assert scenarios.list_scenarios(store)[0]["status"] == "draft"
    assert [(c.layer, c.code) for c in scenarios.conflicts(store, "A")] == [("parcels", "L1")]


def test_a_live_row_added_under_a_new_scenario_code_is_a_conflict(store):
    scenarios.create_scenario(store, "B")
    scenarios.put_rows(store, "B", "parcels", [{"code": "L9", "zone_code": "Z2", "area_code": "HTP",
                                                "land_use": "rnd", "status": "available",
                                                "geom": _at(shapely.box(200, 300, 300, 400))}])
    with store.transaction() as w:
        w.insert("parcels", [{"code": "L9", "status": "available", "geom": _at(shapely.box(300, 300, 400, 400))}])
    with pytest.raises(scenarios.ScenarioConflictError, match="added to the live twin"):
        scenarios.promote(store, "B")


def test_promotion_refuses_to_leave_a_building_on_a_deleted_lot(store):
    scenarios.create_scenario(store, "C")
    scenarios.delete_codes(store, "C", "parcels", ["L1"])  # B1 stands on L1 and is not removed
    before = _live(store)
    with pytest.raises(scenarios.ScenarioRejectedError) as caught:
        scenarios.promote(store, "C")
    assert caught.value.problems == [("buildings", "B1", "parcel_code L1 would not exist (land lots deleted or "
                                                         "never added)")]
    assert _live(store) == before


def test_promotion_goes_through_the_quality_gate(store):
    scenarios.create_scenario(store, "D")
    scenarios.put_rows(store, "D", "parcels", [{"code": "L4", "zone_code": "Z1", "area_code": "HTP",
                                                "land_use": "industrial", "status": "available",
                                                "geom": _at(shapely.box(50, 0, 150, 100))}])  # over L1 and L2
    before = _live(store)
    with pytest.raises(scenarios.ScenarioRejectedError) as caught:
        scenarios.promote(store, "D")
    assert [(layer, code) for layer, code, _ in caught.value.problems] == [("parcels", "L4")]
    assert "overlap" in caught.value.problems[0][2]
    assert _live(store) == before and scenarios.list_scenarios(store)[0]["status"] == "draft"


def test_bad_scenario_input_gets_clear_errors(store):
    with pytest.raises(scenarios.ScenarioError, match="cannot be a scenario code"):
        scenarios.create_scenario(store, "'; DROP TABLE parcels; --")
    scenarios.create_scenario(store, "E")
    with pytest.raises(scenarios.ScenarioError, match="already exists"):
        scenarios.create_scenario(store, "E")
    with pytest.raises(scenarios.ScenarioError, match="no scenario 'F'.*scenarios: E"):
        scenarios.changes(store, "F")
    with pytest.raises(scenarios.ScenarioError, match="exist neither in the live twin nor in scenario 'E'"):
        scenarios.delete_codes(store, "E", "parcels", ["NOPE"])
    with pytest.raises(scenarios.ScenarioError, match="no column"):
        scenarios.put_rows(store, "E", "parcels", [{"code": "L1", "colour": "red"}])
    with pytest.raises(scenarios.ScenarioError, match="not 'sensors'"):
        scenarios.put_rows(store, "E", "sensors", [{"code": "S"}])
    scenarios.drop_scenario(store, "E")
    assert scenarios.list_scenarios(store) == []


def test_qgis_filters_show_the_scenario(store):
    _draft(store)
    live = scenarios.live_filter(store, "A", "parcels")
    assert store.query(_q(store, "SELECT code FROM {s}parcels WHERE " + live + " ORDER BY code")) == [("L3",)]
    mine = scenarios.scenario_filter("A")
    assert store.query(_q(store, "SELECT code FROM {s}scenario_parcels WHERE " + mine + " ORDER BY code")) == [
        ("L1",), ("L2a",), ("L2b",)]
    with pytest.raises(scenarios.ScenarioError):
        scenarios.scenario_filter("A' OR '1'='1")


@pytest.fixture(params=["gpkg", "postgis"])
def store_v5(request, tmp_path):
    """A store written by schema version 5 (before scenarios)."""
    with open_old_store(request, tmp_path, 5) as s:
        yield s


def test_version_5_store_is_upgraded_with_scenarios(store_v5):
    before = store_v5.counts()
    assert store_v5.schema_version() == 5
    assert store_v5.create_or_upgrade() == (schema.SCHEMA_VERSION, 5)
    assert store_v5.counts() == before and before["parcels"] > 0
    lot = store_v5.rows("parcels", ["code", "row_version"], order_by="fid")[0]
    scenarios.create_scenario(store_v5, "UP")
    scenarios.put_rows(store_v5, "UP", "parcels", [{"code": lot["code"], "tenant": "After upgrade"}])
    [row] = scenarios.scenario_rows(store_v5, "UP", "parcels")
    assert (row["base_version"], row["tenant"]) == (lot["row_version"], "After upgrade")
    assert [op for op, _b, _a in _audit(store_v5, "scenario_parcels")] == ["INSERT"]
    assert scenarios.promote(store_v5, "UP").updated["parcels"] == 1
    assert next(r for r in store_v5.rows("parcels") if r["code"] == lot["code"])["tenant"] == "After upgrade"


def test_a_rezoning_and_a_scheduled_project_are_promoted_too(store):
    scenarios.create_scenario(store, "Z")
    scenarios.put_rows(store, "Z", "planning_zones", [{"code": "Z2", "land_use": "mixed", "max_far": 3.0}])
    scenarios.put_rows(store, "Z", "construction_projects", [{
        "code": "P1", "parcel_code": "L3", "name": "Mở rộng phòng thí nghiệm", "status": "planned",
        "planned_start": dt.date(2027, 3, 1), "planned_end": dt.date(2028, 6, 30),
        "geom": _at(shapely.box(10, 310, 60, 360))}])
    zones = {r["code"]: r for r in scenarios.effective_rows(store, "Z", "planning_zones")}
    assert (zones["Z2"]["land_use"], zones["Z2"]["max_far"], zones["Z1"]["max_far"]) == ("mixed", 3.0, 1.5)
    assert store.rows("construction_projects") == []
    result = scenarios.promote(store, "Z")
    assert (result.updated["planning_zones"], result.inserted["construction_projects"]) == (1, 1)
    [project] = store.rows("construction_projects")
    assert (project["code"], project["parcel_code"], project["planned_start"]) == ("P1", "L3", dt.date(2027, 3, 1))
    assert [op for op, _b, _a in _audit(store, "construction_projects")] == ["INSERT"]
    [(op, before, after)] = [a for a in _audit(store, "planning_zones") if a[0] == "UPDATE"]
    assert (before["land_use"], after["land_use"], after["max_far"]) == ("rnd", "mixed", 3.0)


def test_the_scenario_views_hold_what_each_scenario_sees(store):
    _draft(store)
    scenarios.create_scenario(store, "EMPTY")
    for layer, view in schema.SCENARIO_VIEWS.items():
        for scenario in ("A", "EMPTY"):
            rows = store.query(_q(store, 'SELECT code, changed FROM {s}"' + view + '" WHERE scenario = ? '
                                         "ORDER BY code"), (scenario,))
            expected = sorted(r["code"] for r in scenarios.effective_rows(store, scenario, layer))
            assert [code for code, _ in rows] == expected, (layer, scenario)
            changed = {code for code, flag in rows if int(flag)}
            assert changed == {c for c, op in scenarios.changes(store, scenario)[layer].items() if op == "upsert"}
    tenant = store.query(_q(store, "SELECT tenant FROM {s}parcels_in_scenarios WHERE scenario = 'A' AND code = 'L1'"))
    assert tenant == [("Chip Co",)]
