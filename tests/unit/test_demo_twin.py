"""The Da Nang demo twin generator: geometry, plan rules, deliberate breaches, readings, determinism."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

import numpy as np
import pytest
import shapely
from shapely import STRtree

from dseza_twin.dseza_twin_plugin.core.demo import (
    LIMITS,
    DemoCanceled,
    build_demo_twin,
    default_end,
)
from dseza_twin.dseza_twin_plugin.core.demo.tenancy import NATIONAL_GREEN_MIN_PCT
from dseza_twin.dseza_twin_plugin.store import schema

UTC = dt.timezone.utc
END = dt.datetime(2026, 3, 14, 17, 0, tzinfo=UTC)  # 15 March 2026 00:00 in Da Nang
DAYS = 4
GEOM_TYPES = {"MULTIPOLYGON": "MultiPolygon", "MULTILINESTRING": "MultiLineString", "POINT": "Point"}


@pytest.fixture(scope="module")
def twin():
    return build_demo_twin(seed=2026, scale=1, days=DAYS, end=END)


def _by_code(rows):
    return {r["code"]: r for r in rows}


def _pairs_overlap_area(geoms: np.ndarray) -> float:
    """Largest intersection area between two different geometries of ``geoms``."""
    tree = STRtree(geoms)
    left, right = tree.query(geoms, predicate="intersects")
    keep = left < right
    if not keep.any():
        return 0.0
    return float(shapely.area(shapely.intersection(geoms[left[keep]], geoms[right[keep]])).max())


# --------------------------------------------------------------------------- shape of the result


def test_layers_in_store_order_with_schema_columns(twin):
    assert list(twin.layers) == list(schema.LAYERS)
    for layer, rows in twin.layers.items():
        columns = set(schema.table(layer).columns.keys())
        # one key set (in one order) per layer: rows go to executemany as they are
        assert len({tuple(row) for row in rows}) <= 1, layer
        for row in rows:
            unknown = set(row) - columns
            assert not unknown, (layer, unknown)
            if layer != "sensors":
                assert "fid" not in row
    sensors = twin.layers["sensors"]
    assert [s["fid"] for s in sensors] == list(range(1, len(sensors) + 1))
    assert 20 <= len(sensors) <= 40
    assert twin.layers["alerts"] == []


def test_counts_at_scale_one(twin):
    counts = twin.counts()
    assert counts["functional_areas"] == 10
    assert 1500 <= counts["parcels"] <= 3000
    assert counts["buildings"] >= 1.4 * counts["parcels"]
    assert counts["construction_projects"] > 100
    assert {"road", "water", "wastewater", "drainage", "power", "telecom"} == {
        r["network"] for r in twin.layers["network_links"]}


def test_codes_are_unique(twin):
    for layer, rows in twin.layers.items():
        if layer in ("readings", "alerts"):
            continue
        codes = [r["code"] for r in rows]
        assert len(codes) == len(set(codes)), layer


def test_every_geometry_valid_non_empty_and_of_the_layer_type(twin):
    for layer, rows in twin.layers.items():
        column = schema.geometry_column(layer)
        if column is None or layer == "alerts":
            assert column is not None or all("geom" not in r for r in rows)
            continue
        geoms = np.array([r["geom"] for r in rows], dtype=object)
        assert len(geoms), layer
        assert shapely.is_valid(geoms).all(), layer
        assert not shapely.is_empty(geoms).any(), layer
        assert {g.geom_type for g in geoms} == {GEOM_TYPES[column.type.geometry_type]}, layer


def test_note_says_geometry_is_illustrative_in_english_and_vietnamese(twin):
    assert "illustrative, not official" in twin.note
    assert "minh họa" in twin.note and "không phải số liệu chính thức" in twin.note


# --------------------------------------------------------------------------- places and areas


def test_functional_areas_match_published_areas_and_do_not_overlap(twin):
    areas = twin.layers["functional_areas"]
    assert {a["code"] for a in areas} == set(twin.published_area_ha)
    for a in areas:
        published = twin.published_area_ha[a["code"]]
        assert a["published_area_ha"] == published
        assert abs(a["geom"].area / 10_000.0 - published) <= 0.10 * published, a["code"]
        assert a["name_vi"] and a["name_en"] and a["kind"] in schema.FUNCTIONAL_AREA_KINDS
    kinds = Counter(a["kind"] for a in areas)
    assert kinds["high_tech_park"] == 1 and kinds["it_park"] == 1
    assert kinds["industrial_park"] == 5 and kinds["ftz"] >= 2
    ftz_total = sum(a["published_area_ha"] for a in areas if a["kind"] == "ftz")
    assert ftz_total == pytest.approx(1881.0)
    geoms = np.array([a["geom"] for a in areas], dtype=object)
    tree = STRtree(geoms)
    left, right = tree.query(geoms, predicate="intersects")
    assert (left == right).all(), "functional areas overlap"


def test_areas_sit_at_their_anchor_points(twin):
    from pyproj import Transformer

    to_5899 = Transformer.from_crs(4326, 5899, always_xy=True)
    anchors = {"DN-HTP": (108.065, 16.045), "KCN-HK": (108.150, 16.065), "KCN-HC": (108.180, 16.020)}
    areas = _by_code(twin.layers["functional_areas"])
    for code, (lon, lat) in anchors.items():
        point = shapely.Point(*to_5899.transform(lon, lat))
        assert areas[code]["geom"].distance(point) < 1.0, code


def test_zones_inside_their_area_and_not_overlapping(twin):
    areas = _by_code(twin.layers["functional_areas"])
    zones = twin.layers["planning_zones"]
    for z in zones:
        assert z["geom"].difference(areas[z["area_code"]]["geom"]).area < 0.01, z["code"]
    geoms = np.array([z["geom"] for z in zones], dtype=object)
    assert _pairs_overlap_area(geoms) < 0.01
    uses = {z["land_use"] for z in zones}
    assert {"industrial", "warehouse", "rnd", "services", "housing", "green", "infrastructure",
            "transport"} <= uses


def test_plan_limits_are_plausible(twin):
    for z in twin.layers["planning_zones"]:
        assert z["plan_level"] in ("1/2000", "1/500")
        assert z["plan_decision"].startswith("QĐ ")
        if z["land_use"] == "industrial":
            assert z["max_coverage_pct"] <= 70 and 1.0 <= z["max_far"] <= 2.5
            assert 25 <= z["max_height_m"] <= 45
        if z["land_use"] == "services":
            assert z["max_coverage_pct"] <= 50
        assert z["max_far"] >= z["max_coverage_pct"] / 100.0  # one floor always fits


# --------------------------------------------------------------------------- lots


def test_lots_inside_their_zone_and_not_overlapping(twin):
    zones = _by_code(twin.layers["planning_zones"])
    lots = twin.layers["parcels"]
    lot_geoms = np.array([p["geom"] for p in lots], dtype=object)
    zone_geoms = np.array([zones[p["zone_code"]]["geom"] for p in lots], dtype=object)
    assert shapely.area(shapely.difference(lot_geoms, zone_geoms)).max() < 0.01
    assert shapely.covered_by(lot_geoms, zone_geoms).all()  # noded: exact containment holds too
    assert _pairs_overlap_area(lot_geoms) < 0.01
    for p in lots:
        assert p["area_code"] == zones[p["zone_code"]]["area_code"]
        assert p["land_use"] == zones[p["zone_code"]]["land_use"]
        assert p["area_m2"] == pytest.approx(p["geom"].area, abs=1e-6)


def test_lots_fill_their_zones(twin):
    total = defaultdict(float)
    for p in twin.layers["parcels"]:
        total[p["zone_code"]] += p["area_m2"]
    for z in twin.layers["planning_zones"]:
        # lots and the access lanes between them (at most 30 % of the depth) make up the zone
        assert 0.69 * z["geom"].area <= total[z["code"]] <= z["geom"].area + 0.01, z["code"]


def test_industrial_lots_mostly_half_to_ten_hectares(twin):
    ha = np.array([p["area_m2"] for p in twin.layers["parcels"] if p["land_use"] == "industrial"]) / 10_000
    assert len(ha) > 100
    assert ((ha >= 0.5) & (ha <= 10)).mean() >= 0.9


def test_lot_attributes_are_consistent(twin):
    lots = twin.layers["parcels"]
    statuses = Counter(p["status"] for p in lots)
    assert set(statuses) == set(schema.PARCEL_STATUSES)
    assert statuses["operating"] > statuses["available"] > 0
    for p in lots:
        if p["lease_start"] is not None:
            assert isinstance(p["lease_start"], dt.date) and not isinstance(p["lease_start"], dt.datetime)
            assert p["lease_end"].year == p["lease_start"].year + 50
            assert p["lease_start"] <= END.date()
            assert p["status"] in ("leased", "under_construction", "operating") and not p["is_public"]
        if p["status"] == "available":
            assert p["tenant"] is None and p["lease_start"] is None
        if p["status"] in ("leased", "under_construction", "operating") and not p["is_public"]:
            assert p["tenant"] and p["investor"] and p["sector"] and p["registered_capital_usd"] > 0
        if p["land_use"] in ("green", "infrastructure", "transport"):
            assert p["is_public"] is True
    sectors = {p["sector"] for p in lots}
    assert {"electronics", "semiconductors", "software", "logistics"} <= sectors


def test_scale_two_has_about_twice_the_lots(twin):
    double = build_demo_twin(seed=2026, scale=2, days=1, end=END)
    ratio = len(double.layers["parcels"]) / len(twin.layers["parcels"])
    assert 1.8 <= ratio <= 2.2
    ratio_b = len(double.layers["buildings"]) / len(twin.layers["buildings"])
    assert 1.8 <= ratio_b <= 2.2
    # areas, zones, networks' grid and sensors do not scale
    assert len(double.layers["planning_zones"]) == len(twin.layers["planning_zones"])
    assert len(double.layers["sensors"]) == len(twin.layers["sensors"])
    lots = np.array([p["geom"] for p in double.layers["parcels"]], dtype=object)
    assert _pairs_overlap_area(lots) < 0.01


# --------------------------------------------------------------------------- buildings


def _lot_metrics(twin):
    buildings_of = defaultdict(list)
    for b in twin.layers["buildings"]:
        buildings_of[b["parcel_code"]].append(b)
    return buildings_of


def test_buildings_inside_their_lot_unless_deliberately_outside(twin):
    lots = _by_code(twin.layers["parcels"])
    buildings = twin.layers["buildings"]
    geoms = np.array([b["geom"] for b in buildings], dtype=object)
    lot_geoms = np.array([lots[b["parcel_code"]]["geom"] for b in buildings], dtype=object)
    outside = shapely.area(shapely.difference(geoms, lot_geoms))
    for b, out in zip(buildings, outside.tolist()):
        if twin.deliberate_breaches.get(b["code"]) == "outside_lot":
            assert out > 1.0, b["code"]
        else:
            assert out < 0.01, b["code"]


def test_ordinary_buildings_respect_their_zone_limits(twin):
    lots = _by_code(twin.layers["parcels"])
    zones = _by_code(twin.layers["planning_zones"])
    breaches = twin.deliberate_breaches
    for code, blds in _lot_metrics(twin).items():
        lot = lots[code]
        zone = zones[lot["zone_code"]]
        if any(b["code"] in breaches for b in blds):
            continue
        coverage = 100.0 * sum(b["geom"].area for b in blds) / lot["area_m2"]
        far = sum(b["gfa_m2"] for b in blds) / lot["area_m2"]
        assert coverage <= zone["max_coverage_pct"], code
        assert far <= zone["max_far"], code
        boundary = lot["geom"].boundary
        for b in blds:
            assert b["height_m"] <= zone["max_height_m"] and 1 <= b["floors"] <= zone["max_floors"], b["code"]
            assert b["geom"].distance(boundary) >= zone["min_setback_m"] - 1e-6, b["code"]
            footprint = b["geom"].area
            gross = footprint * b["floors"]
            assert 0.9 * gross - 0.1 <= b["gfa_m2"] <= gross + 0.1, b["code"]


def _building_breaches(twin) -> dict[str, str]:
    return {code: kind for code, kind in twin.deliberate_breaches.items() if kind != "green"}


def test_deliberate_breaches_are_a_few_percent_and_real(twin):
    breaches = _building_breaches(twin)
    buildings = _by_code(twin.layers["buildings"])
    share = len(breaches) / len(buildings)
    assert 0.02 <= share <= 0.04
    assert set(breaches.values()) == {"outside_lot", "height", "coverage", "far"}
    lots = _by_code(twin.layers["parcels"])
    zones = _by_code(twin.layers["planning_zones"])
    blds = _lot_metrics(twin)
    for code, kind in breaches.items():
        b = buildings[code]
        lot = lots[b["parcel_code"]]
        zone = zones[lot["zone_code"]]
        assert len(blds[lot["code"]]) == 1  # a lot-level check points at this one building
        if kind == "outside_lot":
            assert b["geom"].difference(lot["geom"]).area > 1.0
            assert not b["geom"].within(lot["geom"])
        elif kind == "height":
            assert b["height_m"] > zone["max_height_m"]
        elif kind == "coverage":
            assert 100.0 * b["geom"].area / lot["area_m2"] > zone["max_coverage_pct"]
        elif kind == "far":
            assert b["gfa_m2"] / lot["area_m2"] > zone["max_far"]
        else:  # pragma: no cover - unknown kind
            pytest.fail(kind)


def test_green_areas_fit_their_lot_and_meet_the_minimum_unless_breached(twin):
    zones = _by_code(twin.layers["planning_zones"])
    lots = _by_code(twin.layers["parcels"])
    footprint = defaultdict(float)  # buildings' footprint inside the lot
    for b in twin.layers["buildings"]:
        footprint[b["parcel_code"]] += b["geom"].intersection(lots[b["parcel_code"]]["geom"]).area
    green_breaches = {code for code, kind in twin.deliberate_breaches.items() if kind == "green"}
    known = 0
    for p in twin.layers["parcels"]:
        green = p["green_area_m2"]
        if p["status"] in ("available", "reserved", "leased"):
            assert green is None, p["code"]  # nothing built or planted yet
            continue
        assert green is not None and green >= 0.0, p["code"]
        known += 1
        assert green <= p["area_m2"] - footprint[p["code"]] + 0.1, p["code"]  # planted beside the buildings
        share = zones[p["zone_code"]]["min_green_pct"]
        if p["land_use"] in ("industrial", "housing"):  # QCVN 01:2021 Table 2.11 (the plan cannot ask less)
            share = max(share, NATIONAL_GREEN_MIN_PCT["industrial"])
        if p["land_use"] == "services" and p["is_public"]:
            share = max(share, NATIONAL_GREEN_MIN_PCT["public_services"])
        minimum = p["area_m2"] * share / 100.0
        if p["code"] in green_breaches:
            assert green < minimum, p["code"]
        else:
            assert minimum <= green <= 1.25 * minimum + 0.1, p["code"]  # around the minimum share
    assert known >= 0.6 * len(twin.layers["parcels"])


def test_green_breaches_are_a_few_percent_of_operating_lots(twin):
    lots = _by_code(twin.layers["parcels"])
    buildings = _by_code(twin.layers["buildings"])
    green = [code for code, kind in twin.deliberate_breaches.items() if kind == "green"]
    assert all(code in lots for code in green)  # green breaches are keyed by lot code
    operating = [p for p in lots.values() if p["status"] == "operating" and not p["is_public"]]
    assert 0.02 <= len(green) / len(operating) <= 0.08
    assert all(lots[code]["status"] == "operating" and not lots[code]["is_public"] for code in green)
    # picked among lots without a building breach; only a coverage breach leaves no room for green too
    for code, kind in _building_breaches(twin).items():
        lot = buildings[code]["parcel_code"]
        assert (lot in green) == (kind == "coverage"), (code, kind)


def test_buildings_under_construction_point_at_their_project(twin):
    lots = _by_code(twin.layers["parcels"])
    projects = _by_code(twin.layers["construction_projects"])
    for b in twin.layers["buildings"]:
        status = lots[b["parcel_code"]]["status"]
        assert status in ("operating", "under_construction")
        if status == "under_construction":
            assert projects[b["project_id"]]["parcel_code"] == b["parcel_code"]
        else:
            assert b["project_id"] is None
        assert b["source"] in ("survey", "estimate")


def test_projects(twin):
    lots = _by_code(twin.layers["parcels"])
    projects = twin.layers["construction_projects"]
    building = {p["code"] for p in lots.values() if p["status"] == "under_construction"}
    assert building <= {p["parcel_code"] for p in projects}
    for p in projects:
        lot = lots[p["parcel_code"]]
        assert p["geom"].equals(lot["geom"])
        assert p["planned_end"] >= p["planned_start"]
        if p["status"] in ("under_construction", "suspended"):
            assert p["actual_start"] is not None and p["actual_end"] is None and 0 < p["progress_pct"] < 100
            assert p["permit_no"].endswith("/GPXD-BQL")
        if p["status"] == "completed":
            assert p["progress_pct"] == 100 and p["actual_end"] <= END.date()
        if p["status"] in ("planned", "permitted"):
            assert p["progress_pct"] == 0 and p["actual_start"] is None
    assert {"under_construction", "planned", "permitted", "completed"} <= {p["status"] for p in projects}


# --------------------------------------------------------------------------- networks and sensors


def test_networks_lie_in_their_area_with_capacities(twin):
    """…and the High-Tech Park's plants are sized for the big park it is (3 × 126 MVA, not one)."""
    areas = _by_code(twin.layers["functional_areas"])
    for layer in ("network_links", "network_nodes"):
        for row in twin.layers[layer]:
            assert areas[row["area_code"]]["geom"].buffer(1.0).covers(row["geom"]), row["code"]
    for link in twin.layers["network_links"]:
        if link["network"] == "road" and "-LN" in link["code"]:  # access lanes: no capacity modelled
            assert link["width_m"] > 0 and link["lanes"] == 2 and link["capacity"] is None
        elif link["network"] == "road":
            assert link["width_m"] > 0 and link["lanes"] >= 2 and link["unit"] == "veh/h" and link["capacity"] > 0
        if link["network"] in ("water", "wastewater", "drainage"):
            assert link["diameter_mm"] > 0 and link["capacity"] > 0 and link["unit"] == "m3/day"
        if link["network"] == "power":
            assert link["voltage_kv"] in (22.0, 110.0)
    subs = {n["area_code"]: n["capacity"] for n in twin.layers["network_nodes"] if n["kind"] == "substation"}
    assert subs["DN-HTP"] == 378.0 and max(v for k, v in subs.items() if k != "DN-HTP") <= 126.0
    widths = [lk["width_m"] for lk in twin.layers["network_links"] if lk["network"] == "road"]
    assert max(widths) <= 40 and min(widths) >= 10
    kinds = Counter(n["kind"] for n in twin.layers["network_nodes"])
    assert kinds["substation"] == kinds["wwtp"] == kinds["water_supply_station"] == 10


def test_sensors_link_to_existing_features(twin):
    codes = {layer: {r["code"] for r in twin.layers[layer]} for layer in ("parcels", "network_nodes",
                                                                          "network_links")}
    areas = _by_code(twin.layers["functional_areas"])
    kinds = Counter()
    for s in twin.layers["sensors"]:
        kinds[s["kind"]] += 1
        assert s["linked_code"] in codes[s["linked_layer"]], s["code"]
        assert areas[s["area_code"]]["geom"].covers(s["geom"]), s["code"]
        assert s["source"] == "demo" and s["unit"] and s["observed_property"]
    assert set(kinds) == {"air", "water", "noise", "traffic"}


# --------------------------------------------------------------------------- readings


def test_readings_per_sensor_equal_days_times_24_minus_gaps(twin):
    per_sensor = Counter(r["sensor_id"] for r in twin.layers["readings"])
    for s in twin.layers["sensors"]:
        assert per_sensor[s["fid"]] == DAYS * 24 - twin.gaps[s["code"]], s["code"]
    assert set(twin.gaps) == {s["code"] for s in twin.layers["sensors"]}
    assert sum(twin.gaps.values()) > 0


def test_readings_are_hourly_utc_within_the_window(twin):
    start = END - dt.timedelta(days=DAYS)
    seen = set()
    for r in twin.layers["readings"]:
        t = r["phenomenon_time"]
        assert t.tzinfo is not None and t.utcoffset() == dt.timedelta(0)
        assert start <= t < END and t.minute == 0
        assert (r["sensor_id"], t) not in seen
        seen.add((r["sensor_id"], t))
        assert isinstance(r["value"], float) and r["quality"] in ("ok", "suspect")
        assert r["source_id"] == "demo"
    assert any(r["quality"] == "suspect" for r in twin.layers["readings"]) or DAYS * 24 * 40 < 2000


def test_readings_have_daily_cycles(twin):
    fid = next(s["fid"] for s in twin.layers["sensors"] if s["code"].endswith("TR-COUNT"))
    by_hour = defaultdict(list)
    for r in twin.layers["readings"]:
        if r["sensor_id"] == fid and r["quality"] == "ok":
            by_hour[(r["phenomenon_time"].hour + 7) % 24].append(r["value"])
    assert np.mean(by_hour[17]) > 3 * np.mean(by_hour[3])


def _tag(sensor_code: str) -> str:
    return "-".join(sensor_code.rsplit("-", 2)[1:])  # "KCN-HK-TR-COUNT" → "TR-COUNT"


def test_episodes_exceed_and_ordinary_readings_do_not():
    twin = build_demo_twin(seed=7, scale=0.2, days=30, end=END)
    sensors = {s["fid"]: s for s in twin.layers["sensors"]}
    links = _by_code(twin.layers["network_links"])
    episodes = twin.episodes
    tags = {_tag(e["sensor_code"]) for e in episodes}
    assert tags == {"AQ-PM25", "AQ-NO2", "WQ-COD", "NS-LAEQ", "TR-COUNT"}
    assert len(episodes) <= 0.6 * len(sensors)  # a few
    in_episode = set()
    for e in episodes:
        t = e["start"]
        while t < e["end"]:
            in_episode.add((e["sensor_id"], t))
            t += dt.timedelta(hours=1)
    values = defaultdict(dict)
    for r in twin.layers["readings"]:
        values[r["sensor_id"]][r["phenomenon_time"]] = r
    for e in episodes:
        rows = [r for t, r in values[e["sensor_id"]].items() if e["start"] <= t < e["end"]]
        assert len(rows) == (e["end"] - e["start"]) // dt.timedelta(hours=1), e  # no gap inside an episode
        assert all(r["value"] > e["limit"] for r in rows), e
    for fid, series in values.items():
        s = sensors[fid]
        tag = _tag(s["code"])
        for t, r in series.items():
            if r["quality"] != "ok" or (fid, t) in in_episode or tag == "AQ-PM25":
                continue  # PM2.5 has a 24-hour limit: checked below
            local_hour = (t.hour + 7) % 24
            if tag == "NS-LAEQ":
                limit = 70.0 if 6 <= local_hour < 21 else 55.0
            elif tag == "TR-COUNT":
                limit = links[s["linked_code"]]["capacity"]
            else:
                limit = LIMITS[tag].value
            assert r["value"] <= limit, (s["code"], t, r["value"])
    # PM2.5: every ordinary local day's mean stays under the 24-hour limit, an episode day's goes over
    for fid, series in values.items():
        if _tag(sensors[fid]["code"]) != "AQ-PM25":
            continue
        days = defaultdict(list)
        for t, r in series.items():
            if r["quality"] == "ok":
                days[(t + dt.timedelta(hours=7)).date()].append(r["value"])
        episode_days = {(e["start"] + dt.timedelta(hours=7)).date()
                        for e in episodes if e["sensor_id"] == fid}
        for day, vals in days.items():
            assert (np.mean(vals) > 50.0) == (day in episode_days), (sensors[fid]["code"], day)


# --------------------------------------------------------------------------- store rules


def test_foreign_keys_resolve(twin):
    codes = {layer: {r["code"] for r in twin.layers[layer]} for layer in (
        "functional_areas", "planning_zones", "parcels")}
    for z in twin.layers["planning_zones"]:
        assert z["area_code"] in codes["functional_areas"]
    for p in twin.layers["parcels"]:
        assert p["zone_code"] in codes["planning_zones"] and p["area_code"] in codes["functional_areas"]
    for layer in ("construction_projects", "buildings"):
        for row in twin.layers[layer]:
            assert row["parcel_code"] in codes["parcels"], layer
    for layer in ("network_links", "network_nodes", "sensors"):
        for row in twin.layers[layer]:
            assert row["area_code"] in codes["functional_areas"], layer
    fids = {s["fid"] for s in twin.layers["sensors"]}
    assert {r["sensor_id"] for r in twin.layers["readings"]} <= fids


def test_values_pass_the_schema_check_constraints(twin):
    for layer, rows in twin.layers.items():
        table = schema.table(layer)
        rules = [c.info for c in table.constraints if getattr(c, "info", None) and "rule" in c.info]
        not_null = [c.name for c in table.columns if not c.nullable and not c.primary_key]
        for row in rows:
            for name in not_null:
                if name != "geom" and name in table.columns and not (layer == "readings"):
                    assert row.get(name) is not None, (layer, name)
            for rule in rules:
                value = row.get(rule["column"])
                if value is None:
                    continue
                if rule["rule"] == "one_of":
                    assert value in rule["values"], (layer, rule["column"], value)
                elif rule["rule"] == "percentage":
                    assert 0 <= value <= 100, (layer, rule["column"], value)
                elif rule["rule"] == "non_negative":
                    assert value >= 0, (layer, rule["column"], value)
                elif rule["rule"] == "not_before":
                    other = row.get(rule["other"])
                    assert other is None or value >= other, (layer, rule["column"])
                else:  # pragma: no cover - a rule this test does not know yet
                    pytest.fail("unknown rule {}".format(rule["rule"]))


def test_value_types(twin):
    for a in twin.layers["functional_areas"]:
        assert type(a["established"]) is dt.date
    for p in twin.layers["construction_projects"]:
        for key in ("planned_start", "planned_end", "actual_start", "actual_end"):
            assert p[key] is None or type(p[key]) is dt.date
    for b in twin.layers["buildings"][:200]:
        assert type(b["floors"]) is int and type(b["height_m"]) is float and type(b["gfa_m2"]) is float
    for p in twin.layers["parcels"][:200]:
        assert type(p["is_public"]) is bool and type(p["area_m2"]) is float


# --------------------------------------------------------------------------- determinism and control


def _fingerprint(t):
    out = {}
    for layer, rows in t.layers.items():
        out[layer] = [
            tuple(sorted((k, shapely.to_wkb(v) if k == "geom" else v) for k, v in row.items()))
            for row in rows
        ]
    return out


def test_same_seed_same_rows_other_seed_other_rows(twin):
    again = build_demo_twin(seed=2026, scale=1, days=DAYS, end=END)
    assert _fingerprint(again) == _fingerprint(twin)
    assert again.deliberate_breaches == twin.deliberate_breaches and again.gaps == twin.gaps
    other = build_demo_twin(seed=2027, scale=1, days=DAYS, end=END)
    a, b = _fingerprint(twin), _fingerprint(other)
    for layer in ("planning_zones", "parcels", "buildings", "readings"):
        assert a[layer] != b[layer], layer
    # the real places stay where they are whatever the seed
    areas = {r["code"]: r["geom"] for r in other.layers["functional_areas"]}
    for r in twin.layers["functional_areas"]:
        assert abs(areas[r["code"]].area - r["geom"].area) < 1.0


def test_progress_and_cancel():
    seen = []
    build_demo_twin(seed=1, scale=0.1, days=1, end=END, progress=lambda p, m: seen.append((p, m)))
    pcts = [p for p, _ in seen]
    assert pcts == sorted(pcts) and pcts[-1] == 100.0 and all(m for _, m in seen)
    calls = []

    def cancel_on_third():
        calls.append(1)
        return len(calls) >= 3

    with pytest.raises(DemoCanceled):
        build_demo_twin(seed=1, scale=0.1, days=1, end=END, is_canceled=cancel_on_third)


@pytest.mark.parametrize("kwargs", [
    {"scale": 0}, {"scale": -1}, {"scale": float("nan")}, {"days": 0}, {"days": 1.5}, {"seed": -3},
    {"end": dt.datetime(2026, 1, 1)},
])
def test_bad_arguments_are_refused(kwargs):
    with pytest.raises(ValueError):
        build_demo_twin(**kwargs)


def test_default_end_is_midnight_in_da_nang():
    now = dt.datetime(2026, 5, 3, 1, 30, tzinfo=UTC)  # 08:30 in Da Nang
    assert default_end(now) == dt.datetime(2026, 5, 2, 17, 0, tzinfo=UTC)
    late = dt.datetime(2026, 5, 3, 18, 30, tzinfo=UTC)  # 01:30 on 4 May in Da Nang
    assert default_end(late) == dt.datetime(2026, 5, 3, 17, 0, tzinfo=UTC)
