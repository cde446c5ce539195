"""Lot measures in shapely (core.planning.measures): hand-computed cases, every value asserted.

The same cases run in PostGIS in tests/integration/test_pushdown.py (``HAND_CASES``).
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from shapely import LineString, MultiPolygon, Point, Polygon, box

from dseza_twin.dseza_twin_plugin.core.planning.measures import ROAD_SEARCH_M, measure_lots

NAN = math.nan


def _one(m, i=0) -> dict:
    """The measures of lot ``i`` as a dict (plus the derived ratios)."""
    return {
        "code": m.code[i], "lot_area_m2": m.lot_area_m2[i], "footprint_m2": m.footprint_m2[i],
        "gfa_m2": m.gfa_m2[i], "gfa_estimated": bool(m.gfa_estimated[i]), "max_height_m": m.max_height_m[i],
        "max_floors": m.max_floors[i], "building_count": int(m.building_count[i]),
        "green_area_m2": m.green_area_m2[i], "min_setback_m": m.min_setback_m[i],
        "road_width_m": m.road_width_m[i], "building_uses": m.building_uses[i], "notes": m.notes[i],
        "coverage_pct": m.coverage_pct[i], "far": m.far[i], "green_pct": m.green_pct[i],
    }


def _check(actual: dict, **expected):
    for key, value in expected.items():
        got = actual[key]
        if isinstance(value, float) and math.isnan(value):
            assert math.isnan(got), (key, got)
        elif isinstance(value, float):
            assert got == pytest.approx(value, rel=1e-9, abs=1e-9), (key, got, value)
        else:
            assert got == value, (key, got, value)


# --------------------------------------------------------------------------- buildings on lots


def test_lot_without_building():
    m = measure_lots(["L1"], [box(0, 0, 100, 100)], [], road_geoms=[LineString([(-20, -50), (-20, 150)])],
                     road_width=[20.0], lot_green_area=[2500.0])
    _check(_one(m), code="L1", lot_area_m2=10_000.0, footprint_m2=0.0, gfa_m2=0.0, gfa_estimated=False,
           max_height_m=0.0, max_floors=0.0, building_count=0, coverage_pct=0.0, far=0.0, green_pct=25.0,
           min_setback_m=NAN, road_width_m=NAN, building_uses=(), notes=[])


def test_building_wholly_inside():
    m = measure_lots(["L1"], [box(0, 0, 100, 50)], [box(10, 10, 40, 30)], [12.5], [3], [1700.0], ["factory"],
                     lot_green_area=[1000.0])
    _check(_one(m), lot_area_m2=5000.0, footprint_m2=600.0, coverage_pct=12.0, gfa_m2=1700.0, far=0.34,
           gfa_estimated=False, max_height_m=12.5, max_floors=3.0, building_count=1, green_pct=20.0,
           building_uses=("factory",), notes=[])


def test_building_crossing_the_boundary_counts_only_inside_and_prorates_gfa():
    lots = [box(0, 0, 100, 50), box(100, 0, 200, 50), box(0, 60, 100, 100)]
    # 20 × 20 m: half in L1, half in L2; GFA 1,000 m² → 500 m² each
    buildings = [box(90, 10, 110, 30), box(20, 10, 40, 30)]
    m = measure_lots(["L1", "L2", "L3"], lots, buildings, [8.0, 30.0], [2, 6], [1000.0, 2000.0],
                     ["warehouse", "office"], lot_green_area=[1000.0, 1000.0, 800.0])
    _check(_one(m, 0), footprint_m2=200.0 + 400.0, gfa_m2=500.0 + 2000.0, gfa_estimated=True, building_count=2,
           max_height_m=30.0, max_floors=6.0, coverage_pct=12.0, far=0.5, building_uses=("office", "warehouse"),
           notes=["1 building crosses the lot boundary: only its part inside the lot counts",
                  "GFA of 1 building prorated to the share of its footprint inside the lot (estimate)"])
    _check(_one(m, 1), footprint_m2=200.0, gfa_m2=500.0, gfa_estimated=True, building_count=1, max_height_m=8.0,
           max_floors=2.0, coverage_pct=4.0, far=0.1, building_uses=("warehouse",))
    _check(_one(m, 2), footprint_m2=0.0, building_count=0, notes=[])


def test_building_crossing_without_gfa_uses_the_part_inside_times_floors():
    m = measure_lots(["L1"], [box(0, 0, 100, 50)], [box(90, 10, 110, 30)], [8.0], [2], [None], ["warehouse"])
    _check(_one(m), footprint_m2=200.0, gfa_m2=400.0, gfa_estimated=True,
           notes=["1 building crosses the lot boundary: only its part inside the lot counts",
                  "GFA of 1 building estimated as footprint × floors (no GFA recorded)",
                  "planted (green) area not recorded"])


def test_building_touching_the_lot_from_outside_does_not_count():
    m = measure_lots(["L1"], [box(0, 0, 100, 50)], [box(100, 10, 120, 30)], [8.0], [2], [800.0], ["office"],
                     lot_green_area=[0.0])
    _check(_one(m), footprint_m2=0.0, building_count=0, max_height_m=0.0, gfa_m2=0.0, green_pct=0.0, notes=[])


def test_multipart_lot():
    lot = MultiPolygon([box(0, 0, 50, 50), box(100, 0, 150, 50)])
    buildings = [box(10, 10, 30, 30), box(110, 10, 120, 40), box(60, 10, 90, 40)]  # the last one in the gap
    m = measure_lots(["M1"], [lot], buildings, [10.0, 20.0, 99.0], [2, 5, 30], [None, 1400.0, 1.0],
                     ["office", "canteen", "factory"], lot_green_area=[1500.0])
    _check(_one(m), lot_area_m2=5000.0, footprint_m2=700.0, gfa_m2=800.0 + 1400.0, gfa_estimated=True,
           max_height_m=20.0, max_floors=5.0, building_count=2, coverage_pct=14.0, far=0.44, green_pct=30.0,
           building_uses=("canteen", "office"),
           notes=["GFA of 1 building estimated as footprint × floors (no GFA recorded)"])


@pytest.mark.parametrize("height, floors, gfa, expect", [
    (None, 3, 900.0, {"max_height_m": NAN, "max_floors": 3.0, "gfa_m2": 900.0,
                      "notes": ["1 building has no height: maximum height unknown"]}),
    (10.0, None, 900.0, {"max_height_m": 10.0, "max_floors": NAN, "gfa_m2": 900.0, "gfa_estimated": False,
                         "notes": ["1 building has no number of floors: maximum floors unknown"]}),
    (10.0, None, None, {"max_floors": NAN, "gfa_m2": NAN, "far": NAN, "gfa_estimated": False,
                        "notes": ["1 building has neither GFA nor floors: GFA and FAR unknown",
                                  "1 building has no number of floors: maximum floors unknown"]}),
    (None, None, None, {"max_height_m": NAN, "max_floors": NAN, "gfa_m2": NAN, "footprint_m2": 600.0,
                        "coverage_pct": 12.0}),
])
def test_missing_height_floors_or_gfa(height, floors, gfa, expect):
    # a second, complete building on the lot does not hide the missing value
    m = measure_lots(["L1"], [box(0, 0, 100, 50)], [box(10, 10, 30, 30), box(50, 10, 60, 30)],
                     [height, 5.0], [floors, 1], [gfa, 200.0], ["office", "office"], lot_green_area=[1000.0])
    lot = _one(m)
    expect = dict(expect)
    if not math.isnan(expect.get("gfa_m2", 0.0)):
        expect["gfa_m2"] += 200.0
    if "footprint_m2" not in expect:
        expect["footprint_m2"] = 600.0
    _check(lot, **expect)
    assert lot["building_count"] == 2


def test_building_without_use_is_noted():
    m = measure_lots(["L1"], [box(0, 0, 100, 50)], [box(10, 10, 30, 30)], [5.0], [1], [400.0], ["  "],
                     lot_green_area=[1000.0])
    _check(_one(m), building_uses=(), notes=["1 building has no use recorded"])


def test_green_known_and_unknown():
    lots = [box(0, 0, 100, 50), box(0, 100, 100, 150), box(0, 200, 100, 250)]
    m = measure_lots(["A", "B", "C"], lots, [], lot_green_area=[1000.0, None, np.nan])
    _check(_one(m, 0), green_area_m2=1000.0, green_pct=20.0, notes=[])
    _check(_one(m, 1), green_area_m2=NAN, green_pct=NAN, notes=["planted (green) area not recorded"])
    _check(_one(m, 2), green_area_m2=NAN, green_pct=NAN)
    m = measure_lots(["A"], lots[:1], [])
    _check(_one(m), green_area_m2=NAN, notes=["planted (green) area not recorded"])


# --------------------------------------------------------------------------- setbacks


def _road(y: float) -> LineString:
    return LineString([(-100, y), (300, y)])


def test_setback_least_over_buildings_and_roads_within_60_m():
    lot = box(0, 0, 100, 50)
    buildings = [box(10, 10, 40, 30), box(60, 5, 95, 45)]
    roads = [
        _road(-20),  # A: 20 m wide, 25 m from building 2 → 25 − 10 = 15
        LineString([(130, -100), (130, 200)]),  # B: 40 m wide, 35 m from building 2 → 35 − 20 = 15 (a tie)
        _road(100),  # C: 10 m wide, 55 m from building 2 → 50
        _road(-100),  # D: 100 m from the lot: ignored, though 105 − 100 = 5 would be less
    ]
    m = measure_lots(["L1"], [lot], buildings, [6, 6], [1, 1], [600, 1400], ["factory", "office"],
                     road_geoms=roads, road_width=[20.0, 40.0, 10.0, 200.0], lot_green_area=[1000.0])
    _check(_one(m), min_setback_m=15.0, road_width_m=40.0, notes=[])  # the wider road wins the tie


@pytest.mark.parametrize("width, distance", [(12.0, 20.0), (19.0, 14.0), (22.0, 25.5), (25.0, 30.0), (40.0, 21.0)])
def test_setback_against_roads_of_each_width_class(width, distance):
    lot = box(0, 0, 100, 50)
    building = box(20, 10, 80, 40)
    road = _road(10 - distance)  # centre line `distance` m south of the building
    m = measure_lots(["L1"], [lot], [building], [10], [2], [None], ["office"], road_geoms=[road],
                     road_width=[width], lot_green_area=[500.0])
    _check(_one(m), min_setback_m=distance - width / 2.0, road_width_m=width)


def test_building_in_the_road_reserve_has_a_negative_setback():
    m = measure_lots(["L1"], [box(0, 0, 100, 50)], [box(10, -4, 40, 30)], [6], [1], [None], ["depot"],
                     road_geoms=[_road(-12)], road_width=[20.0], lot_green_area=[0.0])
    _check(_one(m), min_setback_m=-2.0, road_width_m=20.0, footprint_m2=900.0)


def test_setback_unknown_without_road_nearby_or_without_width():
    lots = [box(0, 0, 100, 50), box(1000, 0, 1100, 50), box(2000, 0, 2100, 50)]
    buildings = [box(10, 10, 40, 30), box(1010, 10, 1040, 30)]
    roads = [_road(-20), LineString([(900, -30), (1200, -30)]), LineString([(900, -15), (1200, -15)])]
    m = measure_lots(["A", "B", "C"], lots, buildings, [6, 6], [1, 1], [600, 600], ["office", "office"],
                     road_geoms=roads[1:], road_width=[None, 30.0], lot_green_area=[0, 0, 0])
    _check(_one(m, 0), min_setback_m=NAN, road_width_m=NAN,
           notes=["no road within 60 m of the lot: setback unknown"])
    _check(_one(m, 1), min_setback_m=NAN, road_width_m=NAN,
           notes=["1 road within 60 m has no width: setback unknown"])
    _check(_one(m, 2), min_setback_m=NAN, notes=[])  # no building: nothing to measure
    assert ROAD_SEARCH_M == 60.0


def test_without_roads_the_setback_is_nan_and_not_noted():
    m = measure_lots(["L1"], [box(0, 0, 100, 50)], [box(10, 10, 40, 30)], [6], [1], [600], ["office"],
                     lot_green_area=[0.0])
    _check(_one(m), min_setback_m=NAN, road_width_m=NAN, notes=[])


def test_results_keep_the_lot_order_and_arrays_work_as_input():
    lots = np.array([box(200, 0, 300, 50), box(0, 0, 100, 50)], dtype=object)
    m = measure_lots(np.array(["Z", "A"]), lots, np.array([box(10, 10, 20, 20)], dtype=object),
                     np.array([3.0]), np.array([1]), np.array([np.nan]), np.array(["office"], dtype=object))
    assert m.code == ["Z", "A"] and len(m) == 2
    assert m.footprint_m2.tolist() == [0.0, 100.0]


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("kwargs, message", [
    ({"lot_codes": [], "lot_geoms": []}, "no lots"),
    ({"lot_geoms": [None]}, "no geometry: L1"),
    ({"lot_geoms": [Polygon()]}, "no geometry"),
    ({"lot_geoms": [Point(0, 0)]}, "must be polygons"),
    ({"lot_geoms": ["POLYGON"]}, "not shapely geometries"),
    ({"lot_geoms": [Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])]}, "invalid geometry (Self-intersection"),
    ({"lot_geoms": [box(108.0, 16.0, 108.001, 16.001)]}, "degrees"),
    ({"lot_geoms": [box(0, 0, 10, 10), box(20, 0, 30, 10)]}, "2 lot geometries for 1 lot codes"),
    ({"building_geoms": [LineString([(1, 1), (2, 2)])]}, "must be polygons"),
    ({"building_geoms": [Polygon([(1, 1), (5, 5), (5, 1), (1, 5)])]}, "building #1"),
    ({"building_height": ["tall"]}, "building heights must be numbers"),
    ({"building_height": [1.0, 2.0]}, "2 building heights for 1 features"),
    ({"road_geoms": [box(0, 0, 1, 1)], "road_width": [10.0]}, "must be lines"),
    ({"road_geoms": [LineString([(0, -5), (10, -5)])], "road_width": [-3.0]}, "cannot be negative"),
])
def test_bad_input_is_refused_with_a_clear_message(kwargs, message):
    args = {"lot_codes": ["L1"], "lot_geoms": [box(0, 0, 10, 10)], "building_geoms": [box(2, 2, 4, 4)],
            "building_height": [3.0], "building_floors": [1], "building_gfa": [4.0], "building_use": ["office"]}
    args.update(kwargs)
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        measure_lots(**args)


def test_buildings_and_roads_without_geometry_are_skipped():
    m = measure_lots(["L1"], [box(0, 0, 100, 50)], [None, box(10, 10, 20, 20), Polygon()], [1, 2, 3], [1, 1, 1],
                     [10, 100, 1000], ["a", "b", "c"], road_geoms=[None, _road(-10)], road_width=[50.0, 10.0],
                     lot_green_area=[0])
    _check(_one(m), building_count=1, footprint_m2=100.0, gfa_m2=100.0, building_uses=("b",),
           min_setback_m=15.0, road_width_m=10.0)
