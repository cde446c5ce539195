"""Buildable envelopes (core.planning.envelope) against hand-built geometry.

Every lot here is the rectangle 0 ≤ x ≤ 100, 0 ≤ y ≤ 50 (5,000 m²) with its south side on the red line
of a road: the road's centre line runs at y = −w/2 for a road w metres wide, so the red line is y = 0.
Table 2.7 of QCVN 01:2021/BXD (as the qcvn01-2021 pack transcribes it; rows 2 and 3 rebuilt from merged
cells) gives the setback by road width (rows) and building height band (columns < 19, 19–22, 22–28, ≥ 28):

    road < 19 m      0  3  4  6
    road 19–22 m     0  0  3  6
    road ≥ 22 m      0  0  0  6

so the level of the envelope between two band edges is the rectangle y ≥ setback, and its volume is
Σ area × level height, all computed by hand below.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from shapely import LineString, box

from dseza_twin.dseza_twin_plugin.core.planning.envelope import buildable_envelopes, solid_volume, stepped_solid
from dseza_twin.dseza_twin_plugin.core.planning.model import LotContext
from dseza_twin.dseza_twin_plugin.core.planning.packs import load_rules

LOT = box(0, 0, 100, 50)


@pytest.fixture(scope="module")
def rules():
    return load_rules("qcvn01-2021,plan")


def road(width: float, y_red: float = 0.0) -> LineString:
    """A road along the lot's south side whose northern red line is y = y_red."""
    return LineString([(-200, y_red - width / 2), (300, y_red - width / 2)])


def ctx(code="L1", land_use="industrial", **plan) -> LotContext:
    return LotContext(code, land_use, plan=dict(plan))


# (road width, the setbacks of the bands < 19, 19–22, 22–28, ≥ 28 m, read off Table 2.7 by hand)
CLASSES = [(12.0, (0, 3, 4, 6)), (20.0, (0, 0, 3, 6)), (30.0, (0, 0, 0, 6))]


@pytest.mark.parametrize(("width", "setbacks"), CLASSES, ids=["road<19", "road19-22", "road>=22"])
def test_stepped_envelope_for_each_road_width_class(rules, width, setbacks):
    h = 40.0
    res = buildable_envelopes([ctx(max_height_m=h, max_floors=10.0, max_far=5.0)], [LOT], rules, [road(width)],
                              [width])
    bands = [(0.0, 19.0), (19.0, 22.0), (22.0, 28.0), (28.0, h)]
    expected = [(z0, z1, box(0, s, 100, 50)) for (z0, z1), s in zip(bands, setbacks)]
    levels = res.levels[0]
    assert [(z0, z1) for z0, z1, _ in levels] == [(z0, z1) for z0, z1, _ in expected]
    for (_, _, got), (_, _, want) in zip(levels, expected):
        assert got.equals(want), (got.wkt, want.wkt)
    volume = sum((z1 - z0) * 100 * (50 - s) for (z0, z1), s in zip(bands, setbacks))
    assert res.envelope_volume_m3[0] == pytest.approx(volume)
    # the solid is closed and wound outwards: its divergence-theorem volume is the same
    solid = res.geometry[0]
    assert solid.has_z and solid.geom_type == "MultiPolygon"
    assert solid_volume(solid) == pytest.approx(volume)
    assert shapely.bounds(solid).tolist() == [0.0, 0.0, 100.0, 50.0]
    zs = shapely.get_coordinates(solid, include_z=True)[:, 2]
    assert zs.min() == 0.0 and zs.max() == h
    assert res.envelope_height_m[0] == h
    assert res.setback_area_m2[0] == pytest.approx(5000.0)
    row = res.rows()[0]
    assert "{} m wide".format(int(width)) in row["setbacks"]
    assert row["setback_clause"] == "QCVN 01:2021/BXD 2.6.2, Bảng 2.7 (national)"
    assert row["status"] == "ok"


def test_envelope_lower_than_the_bands_is_one_block(rules):
    res = buildable_envelopes([ctx(max_height_m=15.0, max_floors=4.0)], [LOT], rules, [road(12)], [12])
    assert len(res.levels[0]) == 1 and res.levels[0][0][2].equals(LOT)
    assert res.envelope_volume_m3[0] == pytest.approx(5000 * 15)
    assert solid_volume(res.geometry[0]) == pytest.approx(5000 * 15)
    # 6 faces of a box: floor, roof, 4 walls
    assert len(res.geometry[0].geoms) == 6


def test_plan_setback_wins_where_stricter(rules):
    # the plan asks 5 m from every red line; Table 2.7 (road 12 m) asks 0, 3, 4, 6: max of the two per band
    res = buildable_envelopes([ctx(max_height_m=30.0, min_setback_m=5.0)], [LOT], rules, [road(12)], [12])
    got = [(z0, z1, round(50 - f.area / 100, 9)) for z0, z1, f in res.levels[0]]
    assert got == [(0.0, 19.0, 5.0), (19.0, 22.0, 5.0), (22.0, 28.0, 5.0), (28.0, 30.0, 6.0)]


def test_two_roads_at_a_corner(rules):
    # road 12 m on the south side, road 25 m on the west side (red line x = 0); height 20 m:
    # band < 19: 0 and 0; band 19–20: 3 m from the south road, 0 from the west road (≥ 22 m wide)
    west = LineString([(-12.5, -200), (-12.5, 300)])
    res = buildable_envelopes([ctx(max_height_m=20.0)], [LOT], rules, [road(12), west], [12, 25])
    (z0, z1, f0), (y0, y1, f1) = res.levels[0]
    assert (z0, z1, y0, y1) == (0.0, 19.0, 19.0, 20.0)
    assert f0.equals(LOT) and f1.equals(box(0, 3, 100, 50))
    assert "road #1 (12 m wide)" in res.setbacks[0] and "road #2 (25 m wide)" in res.setbacks[0]


def test_coverage_caps_the_footprint_and_max_gfa(rules):
    # industrial: QCVN 2.5.3 70 % (≤ 5 floors); road 12 m; height 15 m (one level, no setback); 4 floors;
    # footprint = min(5,000, 0.7 × 5,000) = 3,500; floors × footprint = 14,000; FAR 2 → 10,000 (FAR binds)
    res = buildable_envelopes([ctx(max_height_m=15.0, max_floors=4.0, max_far=2.0)], [LOT], rules, [road(12)],
                              [12])
    assert res.coverage_limit_pct[0] == 70.0
    assert res.buildable_footprint_m2[0] == pytest.approx(3500.0) and bool(res.coverage_capped[0])
    assert res.floors_gfa_m2[0] == pytest.approx(14000.0)
    assert res.max_gfa_m2[0] == pytest.approx(10000.0) and res.max_gfa_by[0] == "far"
    # without FAR the floors bind
    res = buildable_envelopes([ctx(max_height_m=15.0, max_floors=4.0)], [LOT], rules, [road(12)], [12])
    assert res.max_gfa_m2[0] == pytest.approx(14000.0) and res.max_gfa_by[0] == "floors"


def test_more_than_five_floors_tightens_coverage_to_60(rules):
    res = buildable_envelopes([ctx(max_height_m=18.0, max_floors=6.0)], [LOT], rules, [road(12)], [12])
    assert res.coverage_limit_pct[0] == 60.0
    assert res.max_gfa_m2[0] == pytest.approx(6 * 3000.0)


def test_setbacks_bind_before_coverage(rules):
    # plan: 30 m high, 8 floors; a 40 m setback from the plan leaves 100 × 10 = 1,000 m² (< 70 %: not capped);
    # the top band (28–30) asks 6 m from Table 2.7, less than the plan's 40: same footprint all the way
    res = buildable_envelopes([ctx(max_height_m=30.0, max_floors=8.0, min_setback_m=40.0)], [LOT], rules,
                              [road(12)], [12])
    assert res.setback_area_m2[0] == pytest.approx(1000.0)
    assert res.buildable_footprint_m2[0] == pytest.approx(1000.0) and not bool(res.coverage_capped[0])
    assert res.max_gfa_m2[0] == pytest.approx(8000.0)


def test_stepped_floors_use_the_level_of_their_top(rules):
    # road 12 m, 25 m high, 5 floors of 5 m: floor tops 5, 10, 15 (level 0, 5,000 m²), 20 (level 19–22,
    # 3 m: 4,700) and 25 (level 22–25, 4 m: 4,600); services (commercial) coverage from Table 2.10 at 5,000 m²
    # and 25 m: row 25 → 80 + (58 − 80) × (5,000 − 3,000)/(10,000 − 3,000) = 73.714… % → cap 3,685.7 m²
    res = buildable_envelopes([ctx(land_use="services", max_height_m=25.0, max_floors=5.0)], [LOT], rules,
                              [road(12)], [12])
    cap = (80 + (58 - 80) * 2000 / 7000) / 100 * 5000
    assert res.coverage_limit_pct[0] == pytest.approx(cap / 50)
    assert res.floors_gfa_m2[0] == pytest.approx(5 * cap)  # every level is larger than the cap
    res = buildable_envelopes([ctx(land_use="rnd", max_height_m=25.0, max_floors=5.0)], [LOT], rules,
                              [road(12)], [12])
    assert math.isnan(res.coverage_limit_pct[0])  # rnd: no national coverage, none in the plan
    assert res.floors_gfa_m2[0] == pytest.approx(3 * 5000 + 4700 + 4600)


def test_remaining_gfa_with_an_existing_building(rules):
    # building 40 × 20 = 800 m², 3 floors, no GFA recorded: 2,400 m² built; max = FAR 1.5 × 5,000 = 7,500
    b = box(10, 10, 50, 30)
    res = buildable_envelopes([ctx(max_height_m=20.0, max_floors=4.0, max_far=1.5)], [LOT], rules, [road(12)],
                              [12], building_geoms=[b], building_height=[12.0], building_floors=[3.0],
                              building_gfa=[None], building_use=["factory"])
    assert res.built_footprint_m2[0] == pytest.approx(800.0)
    assert res.built_gfa_m2[0] == pytest.approx(2400.0)
    assert res.max_gfa_m2[0] == pytest.approx(7500.0)
    assert res.remaining_gfa_m2[0] == pytest.approx(5100.0)
    # a recorded GFA is used as is; built beyond the maximum leaves 0 and says so
    res = buildable_envelopes([ctx(max_height_m=20.0, max_floors=4.0, max_far=1.5)], [LOT], rules, [road(12)],
                              [12], building_geoms=[b], building_floors=[3.0], building_gfa=[8000.0])
    assert res.remaining_gfa_m2[0] == 0.0
    assert any("more than the maximum GFA" in n for n in res.notes[0])


def test_lot_with_no_road_has_no_road_setback(rules):
    far_road = LineString([(-200, -500), (300, -500)])
    res = buildable_envelopes([ctx(max_height_m=30.0)], [LOT], rules, [far_road], [12])
    assert all(f.equals(LOT) for _, _, f in res.levels[0])
    assert res.envelope_volume_m3[0] == pytest.approx(5000 * 30)
    assert res.setbacks[0] == "no road runs along the lot: no road setback"
    res = buildable_envelopes([ctx(max_height_m=30.0)], [LOT], rules)  # no roads at all
    assert res.envelope_volume_m3[0] == pytest.approx(5000 * 30)


def test_height_from_floors_and_floors_from_height(rules):
    res = buildable_envelopes([ctx("A", max_floors=4.0), ctx("B", max_height_m=12.0), ctx("C")],
                              [LOT, box(200, 0, 300, 50), box(400, 0, 500, 50)], rules, floor_height_m=4.0)
    assert res.envelope_height_m[0] == 16.0 and res.floors_used[0] == 4.0
    assert res.floors_used[1] == 3.0 and res.envelope_height_m[1] == 12.0
    assert res.status[2] == "no_height_limit" and res.geometry[2] is None and math.isnan(res.max_gfa_m2[2])
    assert any("no height limit" in n for n in res.notes[0])


def test_setbacks_leaving_nothing(rules):
    res = buildable_envelopes([ctx(max_height_m=10.0, min_setback_m=60.0)], [LOT], rules, [road(12)], [12])
    assert res.status[0] == "no_buildable_area" and res.geometry[0] is None
    assert res.max_gfa_m2[0] == 0.0


def test_road_without_width_is_insufficient(rules):
    res = buildable_envelopes([ctx(max_height_m=20.0)], [LOT], rules, [road(0.0, y_red=0.0)], [None])
    assert res.status[0] == "insufficient_data"
    # centre line on y = 0, strictest setbacks of any width: 0 below 19 m, 3 m at 19–20 m
    assert [round(50 - f.area / 100, 9) for _, _, f in res.levels[0]] == [0.0, 3.0]


def test_solid_with_a_hole_is_closed():
    ring = shapely.difference(box(0, 0, 30, 30), box(10, 10, 20, 20))
    solid = stepped_solid([(0.0, 10.0, ring), (10.0, 12.0, shapely.difference(box(0, 0, 30, 20),
                                                                               box(10, 10, 20, 20)))])
    assert solid_volume(solid) == pytest.approx(800 * 10 + 500 * 2)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"floor_height_m": 0.0}, "storey height"),
    ({"road_geoms": [box(0, -20, 100, -10)], "road_width": [10]}, "roads must be lines"),
    ({"road_geoms": [road(12)], "road_width": [-12]}, "cannot be negative"),
])
def test_bad_input_clear_errors(rules, kwargs, message):
    with pytest.raises(ValueError, match=message):
        buildable_envelopes([ctx(max_height_m=10.0)], [LOT], rules, **kwargs)


def test_lots_in_degrees_and_invalid_lots(rules):
    with pytest.raises(ValueError, match="degrees"):
        buildable_envelopes([ctx(max_height_m=10.0)], [box(108.0, 16.0, 108.001, 16.001)], rules)
    bowtie = shapely.Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])
    with pytest.raises(ValueError, match="invalid geometry"):
        buildable_envelopes([ctx(max_height_m=10.0)], [bowtie], rules)


def test_many_lots_vectorised(rules):
    n = 300
    lots = [box(i * 120, 0, i * 120 + 100, 50) for i in range(n)]
    res = buildable_envelopes([ctx("L{}".format(i), max_height_m=30.0) for i in range(n)], lots, rules,
                              [LineString([(-10, -6), (n * 120, -6)])], [12])
    want = 19 * 5000 + 3 * 4700 + 6 * 4600 + 2 * 4400
    assert np.allclose(res.envelope_volume_m3, want)
