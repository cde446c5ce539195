"""Zone indicators: hand-computed values on a small park, the algorithm on memory layers, and the demo twin."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from qgis.core import QgsProcessingException, QgsVectorLayer
from twin_test_layers import memory_layer, moved_to_wgs84

from dseza_twin.dseza_twin_plugin.core.planning import indicators as ind

T26 = {"green": ind.IndicatorLimit(10.0, "min", "Table 2.6"), "transport": ind.IndicatorLimit(10.0, "min", "T2.6"),
       "technical": ind.IndicatorLimit(1.0, "min", "T2.6")}


# --------------------------------------------------------------------------- a hand-computed park
# Area A (high-tech park) 1000 m × 1000 m = 100 ha, covered by five zones:
#   Z1 industrial 0–500 (50 ha), Z2 green 500–600 (10 ha), Z3 transport 600–650 (5 ha),
#   Z4 infrastructure 650–660 (1 ha), Z5 housing 660–1000 (34 ha).
# A 20 m road along y = 500 (2 ha of reserve, 0.1 ha of it inside Z3): transport 5 + 2 − 0.1 = 6.9 ha.
# Lots of 1 ha in Z1: L1 industrial operating (semiconductors), L2 industrial available, L3 rnd leased,
# L4 industrial operating but public; L5 housing operating in Z5.
# Buildings: B1 2,500 m² GFA 5,000 in L1; B2 400 m² over the L1/L2 boundary, 2 floors, no GFA;
# B3 2,500 m² in L3 with neither GFA nor floors.


def park():
    zones = ind.ZoneData(
        code=["Z1", "Z2", "Z3", "Z4", "Z5"],
        geoms=np.array([shapely.box(0, 0, 500, 1000), shapely.box(500, 0, 600, 1000), shapely.box(600, 0, 650, 1000),
                        shapely.box(650, 0, 660, 1000), shapely.box(660, 0, 1000, 1000)], dtype=object),
        land_use=["industrial", "green", "transport", "infrastructure", "housing"],
        area_code=["A"] * 5,
        max_coverage_pct=np.array([60.0, 5, 20, 40, 40]), max_far=np.array([0.1, 0.1, 0.4, 0.8, 3.0]),
        plan_decision=["QĐ 1/QĐ-UBND", None, None, None, None],
    )
    lots = ind.LotData(
        code=["L1", "L2", "L3", "L4", "L5"],
        geoms=np.array([shapely.box(0, 0, 100, 100), shapely.box(100, 0, 200, 100), shapely.box(200, 0, 300, 100),
                        shapely.box(300, 0, 400, 100), shapely.box(700, 0, 800, 100)], dtype=object),
        land_use=["industrial", "industrial", "rnd", "industrial", "housing"],
        status=["operating", "available", "leased", "operating", "operating"],
        sector=["semiconductors", None, "software", "utilities", "worker housing"],
        employees=np.array([100, np.nan, 20, 5, 2]), capital_usd=np.array([1e6, np.nan, 2e5, 0, 1e5]),
        is_public=np.array([False, False, False, True, False]),
    )
    buildings = ind.BuildingData(
        geoms=np.array([shapely.box(10, 10, 60, 60), shapely.box(90, 10, 110, 30), shapely.box(210, 10, 260, 60)],
                       dtype=object),
        gfa_m2=np.array([5000.0, np.nan, np.nan]), floors=np.array([2.0, 2.0, np.nan]))
    roads = ind.RoadData(np.array([shapely.LineString([(0, 500), (1000, 500)])], dtype=object), np.array([20.0]))
    areas = ind.AreaData(["A"], np.array([shapely.box(0, 0, 1000, 1000)], dtype=object), ["high_tech_park"], ["Park"])
    return zones, lots, buildings, roads, areas


def test_hand_computed_area_indicators():
    zones, lots, buildings, roads, areas = park()
    result = ind.zone_indicators(zones, lots, buildings, roads, areas, T26)
    (a,) = result.areas
    assert a["area_ha"] == pytest.approx(100.0)
    assert (a["lots_total"], a["lots_operating"], a["lots_available"], a["lots_leased"]) == (5, 3, 1, 1)
    assert a["leasable_ha"] == pytest.approx(3.0)  # L1, L2, L3 (L4 is public, L5 housing)
    assert a["leased_ha"] == pytest.approx(2.0)
    assert a["occupancy_pct"] == pytest.approx(200 / 3)
    assert a["available_ha"] == pytest.approx(1.0)
    assert a["footprint_m2"] == pytest.approx(5400.0)
    assert a["gfa_m2"] == pytest.approx(5800.0)  # 5,000 + 2 × 200 + 2 × 200; B3 left out
    assert a["buildings_missing_gfa"] == 1
    assert a["net_density_pct"] == pytest.approx(5400 / 50000 * 100)
    assert a["gross_density_pct"] == pytest.approx(5400 / 1e6 * 100)
    assert a["far"] == pytest.approx(5800 / 50000)
    assert a["green_pct"] == pytest.approx(10.0) and a["green_flag"] == ind.OK  # equal to the minimum passes
    assert a["transport_pct"] == pytest.approx(6.9) and a["transport_flag"] == ind.BELOW_MIN
    assert a["transport_min_pct"] == 10.0 and a["transport_clause"] == "T2.6"
    assert a["technical_pct"] == pytest.approx(1.0) and a["technical_flag"] == ind.OK
    assert a["high_tech_pct"] == pytest.approx(200 / 3)  # L1 semiconductors + L3 rnd, over 3 ha
    assert a["high_tech_flag"] == ind.OK and a["high_tech_min_pct"] == 30.0
    assert "35/2022" in a["high_tech_clause"]
    assert a["jobs"] == pytest.approx(127) and a["registered_capital_usd"] == pytest.approx(1.3e6)
    assert a["lots_checked"] is None  # no compliance given
    assert a["net_density_flag"] == ind.NOT_APPLICABLE and a["far_flag"] == ind.NOT_APPLICABLE


def test_hand_computed_zone_indicators():
    zones, lots, buildings, roads, areas = park()
    result = ind.zone_indicators(zones, lots, buildings, roads, areas, T26)
    z1 = next(z for z in result.zones if z["code"] == "Z1")
    assert z1["level"] == "planning_zone" and z1["area_code"] == "A" and z1["kind"] == "industrial"
    assert z1["area_ha"] == pytest.approx(50.0) and z1["lots_total"] == 4
    assert z1["net_density_pct"] == pytest.approx(13.5)
    assert z1["net_density_limit_pct"] == 60.0 and z1["net_density_flag"] == ind.OK
    assert z1["far"] == pytest.approx(0.145) and z1["far_limit"] == 0.1 and z1["far_flag"] == ind.ABOVE_MAX
    assert z1["far_clause"] == "plan of zone Z1 (QĐ 1/QĐ-UBND)"
    assert z1["gross_density_pct"] == pytest.approx(5400 / 500000 * 100)
    assert z1["green_flag"] == ind.NOT_APPLICABLE and z1["green_pct"] is None  # Table 2.6 is for whole parks
    z2 = next(z for z in result.zones if z["code"] == "Z2")
    assert z2["lots_total"] == 0 and z2["net_density_pct"] is None and z2["net_density_flag"] == ind.NOT_APPLICABLE
    assert {row["code"] for row in result.zones} == {"Z1", "Z2", "Z3", "Z4", "Z5"}
    assert set(result.zones[0]) == {name for name, _ in ind.COLUMNS}


def test_table_2_6_only_for_parks_it_applies_to():
    zones, lots, buildings, roads, areas = park()
    areas.kind = ["it_park"]
    (a,) = ind.zone_indicators(zones, lots, buildings, roads, areas, T26).areas
    assert a["transport_pct"] == pytest.approx(6.9)
    assert a["transport_flag"] == ind.NOT_APPLICABLE and a["high_tech_flag"] == ind.NOT_APPLICABLE


def test_without_roads_transport_is_the_transport_zones():
    zones, lots, buildings, _, areas = park()
    (a,) = ind.zone_indicators(zones, lots, buildings, None, areas, T26).areas
    assert a["transport_pct"] == pytest.approx(5.0)


def test_without_areas_the_zones_area_codes_group():
    zones, lots, buildings, roads, _ = park()
    result = ind.zone_indicators(zones, lots, buildings, roads, None, T26)
    (a,) = result.areas
    assert a["code"] == "A" and a["area_ha"] == pytest.approx(100.0)
    assert a["green_flag"] == ind.NOT_APPLICABLE  # kind unknown
    assert any("area_code" in n for n in result.notes)


def test_compliance_counts():
    zones, lots, buildings, roads, areas = park()
    lots.compliance = ["pass", "fail", "insufficient_data", None, "fail"]
    result = ind.zone_indicators(zones, lots, buildings, roads, areas, T26)
    (a,) = result.areas
    assert (a["lots_checked"], a["lots_pass"], a["lots_fail"], a["lots_insufficient"]) == (4, 1, 2, 1)


def test_flag_boundaries():
    assert ind.flag(10.0, 10.0, "min") == ind.OK
    assert ind.flag(9.999, 10.0, "min") == ind.BELOW_MIN
    assert ind.flag(70.0, 70.0, "max") == ind.OK
    assert ind.flag(70.001, 70.0, "max") == ind.ABOVE_MAX
    assert ind.flag(math.nan, 70.0, "max") == ind.NOT_APPLICABLE
    assert ind.flag(50.0, None, "max") == ind.NOT_APPLICABLE


def test_table_2_6_minimums_come_from_the_rule_pack():
    from dseza_twin.dseza_twin_plugin.core.planning.packs import load_rules

    minimums = ind.land_share_minimums(load_rules("qcvn01-2021").national.tables["2.6"])
    assert {k: v.value for k, v in minimums.items()} == {"transport": 10.0, "green": 10.0, "technical": 1.0}
    assert all("2.6" in v.clause and v.sense == "min" for v in minimums.values())


# --------------------------------------------------------------------------- the algorithm


def nan(value):
    """nan as None (a NULL attribute)."""
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


def park_layers():
    zones, lots, buildings, roads, areas = park()
    return {
        "AREAS": memory_layer("MultiPolygon", "field=code:string&field=kind:string",
                              [(g, [c, k]) for g, c, k in zip(areas.geoms, areas.code, areas.kind)]),
        "ZONING": memory_layer(
            "MultiPolygon", "field=code:string&field=land_use:string&field=area_code:string"
            "&field=max_coverage_pct:double&field=max_far:double&field=plan_decision:string",
            [(g, [c, u, a, float(mc), float(mf), d]) for g, c, u, a, mc, mf, d in zip(
                zones.geoms, zones.code, zones.land_use, zones.area_code, zones.max_coverage_pct, zones.max_far,
                zones.plan_decision)]),
        "PARCELS": memory_layer(
            "MultiPolygon", "field=code:string&field=land_use:string&field=status:string&field=sector:string"
            "&field=employees:integer&field=registered_capital_usd:double&field=is_public:boolean",
            [(g, [c, u, s, sec, nan(float(e)) and int(e), nan(float(k)), bool(p)]) for g, c, u, s, sec, e, k, p in zip(
                lots.geoms, lots.code, lots.land_use, lots.status, lots.sector, lots.employees, lots.capital_usd,
                lots.is_public)]),
        "BUILDINGS": memory_layer("MultiPolygon", "field=gfa_m2:double&field=floors:integer", [
            (g, [nan(float(a)), nan(float(f)) and int(f)]) for g, a, f in zip(buildings.geoms, buildings.gfa_m2,
                                                                           buildings.floors)]),
        "ROADS": memory_layer("MultiLineString", "field=network:string&field=width_m:double", [
            (roads.geoms[0], ["road", 20.0]),
            (shapely.LineString([(0, 900), (1000, 900)]), ["water", None])]),
    }


def features_by_code(layer) -> dict:
    return {f["code"]: {name: f[name] for name in layer.fields().names()} for f in layer.getFeatures()}


def test_algorithm_on_memory_layers_gives_the_hand_computed_values(plugin):
    from qgis import processing

    params = dict(park_layers(), OUTPUT_AREAS="memory:", OUTPUT_ZONES="memory:")
    result = processing.run("dsezatwin:zoneindicators", params)
    areas = features_by_code(result["OUTPUT_AREAS"])
    zones = features_by_code(result["OUTPUT_ZONES"])
    a = areas["A"]
    assert a["occupancy_pct"] == pytest.approx(200 / 3)
    assert a["transport_pct"] == pytest.approx(6.9) and a["transport_flag"] == "below_min"  # water main left out
    assert a["green_flag"] == "ok" and a["high_tech_flag"] == "ok"
    assert "Bảng 2.6" in a["transport_clause"]  # the clause comes from the rule pack
    assert a["gfa_m2"] == pytest.approx(5800.0) and a["buildings_missing_gfa"] == 1
    assert zones["Z1"]["far_flag"] == "above_max" and zones["Z1"]["net_density_flag"] == "ok"
    assert result["OUTPUT_AREAS"].crs().authid() == "EPSG:5899"
    assert result["OUTPUT_ZONES"].featureCount() == 5


def test_algorithm_reprojects_input(plugin):
    """Layers in WGS 84 are measured in EPSG:5899 (areas in m², not degrees)."""
    from qgis import processing

    layers = park_layers()
    # the park near Da Nang, in degrees
    moved = {name: moved_to_wgs84(layer, "MultiLineString" if name == "ROADS" else "MultiPolygon")
             for name, layer in layers.items()}
    result = processing.run("dsezatwin:zoneindicators", dict(moved, OUTPUT_AREAS="memory:", OUTPUT_ZONES="memory:"))
    a = features_by_code(result["OUTPUT_AREAS"])["A"]
    assert a["area_ha"] == pytest.approx(100.0, rel=1e-4)
    assert a["occupancy_pct"] == pytest.approx(200 / 3, rel=1e-4)


def test_missing_code_field_is_a_clear_error(plugin):
    from qgis import processing

    layers = park_layers()
    with pytest.raises(QgsProcessingException, match="has no field 'ma_lo'"):
        processing.run("dsezatwin:zoneindicators", dict(layers, PARCEL_CODE_FIELD="ma_lo", OUTPUT_AREAS="memory:",
                                                        OUTPUT_ZONES="memory:"))


def test_bad_rule_pack_is_a_clear_error(plugin):
    from qgis import processing

    with pytest.raises(QgsProcessingException, match="[Rr]ule pack"):
        processing.run("dsezatwin:zoneindicators", dict(park_layers(), RULES="no-such-pack",
                                                        OUTPUT_AREAS="memory:", OUTPUT_ZONES="memory:"))


def test_points_as_zones_are_refused(plugin):
    from qgis import processing

    points = memory_layer("Point", "field=code:string", [(shapely.Point(1, 1), ["P"])])
    with pytest.raises(QgsProcessingException):
        processing.run("dsezatwin:zoneindicators", dict(park_layers(), ZONING=points, OUTPUT_AREAS="memory:",
                                                        OUTPUT_ZONES="memory:"))


# --------------------------------------------------------------------------- the demo twin


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory, plugin):
    from qgis import processing

    path = str(tmp_path_factory.mktemp("demo") / "twin.gpkg")
    processing.run("dsezatwin:loaddemotwin", {"STORE": path, "DAYS": 1, "END": "2026-01-01T00:00:00Z"})
    return path


def store_layer(path: str, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
    assert layer.isValid()
    return layer


def test_demo_twin_indicators_match_the_core_on_the_store_rows(demo_store, plugin):
    from qgis import processing

    from dseza_twin.dseza_twin_plugin.store import open_store

    result = processing.run("dsezatwin:zoneindicators", {
        "AREAS": store_layer(demo_store, "functional_areas"), "ZONING": store_layer(demo_store, "planning_zones"),
        "PARCELS": store_layer(demo_store, "parcels"), "BUILDINGS": store_layer(demo_store, "buildings"),
        "ROADS": store_layer(demo_store, "network_links"), "OUTPUT_AREAS": "memory:", "OUTPUT_ZONES": "memory:"})
    areas = features_by_code(result["OUTPUT_AREAS"])
    with open_store(demo_store) as store:
        parcels = store.rows("parcels", ["code", "status", "land_use", "is_public", "area_m2", "employees"])
        kinds = {r["code"]: r["kind"] for r in store.rows("functional_areas", ["code", "kind"])}
        n_zones = store.count("planning_zones")
    assert set(areas) == set(kinds) and result["OUTPUT_ZONES"].featureCount() == n_zones
    assert sum(a["lots_total"] for a in areas.values()) == len(parcels)
    assert sum(a["jobs"] for a in areas.values()) == pytest.approx(sum(p["employees"] or 0 for p in parcels))
    leasable = sum(p["area_m2"] for p in parcels if p["land_use"] in ind.LEASABLE_USES and not p["is_public"])
    leased = sum(p["area_m2"] for p in parcels if p["land_use"] in ind.LEASABLE_USES and not p["is_public"]
                 and p["status"] in ind.OCCUPIED_STATUSES)
    assert sum(a["leasable_ha"] for a in areas.values()) == pytest.approx(leasable / 1e4, rel=1e-6)
    assert sum(a["leased_ha"] for a in areas.values()) == pytest.approx(leased / 1e4, rel=1e-6)
    for code, a in areas.items():
        assert 0 <= a["occupancy_pct"] <= 100
        expected_t26 = kinds[code] in ("industrial_park", "high_tech_park")
        assert (a["green_flag"] != "n/a") == expected_t26, code
        assert (a["high_tech_flag"] != "n/a") == (kinds[code] == "high_tech_park"), code
        assert a["green_pct"] > 0 and a["transport_pct"] > 0 and a["technical_pct"] > 0
    # the published areas of the demo parks
    assert areas["DN-HTP"]["area_ha"] == pytest.approx(1128.0, rel=1e-3)
