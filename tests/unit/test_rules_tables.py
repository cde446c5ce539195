"""QCVN 01:2021/BXD tables of the national pack: values, interpolation, bands, explanations (hand-computed)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from dseza_twin.dseza_twin_plugin.core.planning.packs import load_rules
from dseza_twin.dseza_twin_plugin.core.planning.tables import (
    Axis,
    BandAxis,
    InterpolatedTable,
    industrial_zone_shares,
    max_density,
    max_far_existing,
    min_green_share,
    min_setback,
)


@pytest.fixture(scope="module")
def tables():
    return load_rules("qcvn01-2021").national.tables


# --------------------------------------------------------------------------- Table 2.8 (one axis: lot area)


@pytest.mark.parametrize("area, expected", [
    (40.0, 100.0),    # below the "≤ 90" column: the table's own value for ≤ 90 m²
    (90.0, 100.0),    # on the first column
    (95.0, 95.0),     # 100 + (90 − 100) × 0.5
    (100.0, 90.0),    # on a row value
    (150.0, 80.0),    # 90 + (70 − 90) × 0.5
    (250.0, 65.0),    # 70 + (60 − 70) × 0.5
    (400.0, 55.0),    # 60 + (50 − 60) × 0.5
    (750.0, 45.0),    # 50 + (40 − 50) × 0.5
    (1000.0, 40.0),   # on the last column
    (5000.0, 40.0),   # above "≥ 1 000": the last value
])
def test_table_2_8_detached_houses(tables, area, expected):
    value, _ = max_density(tables["2.8"], area)
    assert value == pytest.approx(expected, abs=1e-12)


def test_table_2_8_is_the_2021_table_not_the_2008_one(tables):
    t = tables["2.8"]
    assert [p for p in t.columns.points] == [(90.0, "le"), (100.0, "eq"), (200.0, "eq"), (300.0, "eq"),
                                           (500.0, "eq"), (1000.0, "ge")]
    assert t.values.tolist() == [[100.0, 90.0, 70.0, 60.0, 50.0, 40.0]]
    # QCXDVN 01:2008 gave 80 % at 100 m² and 90 % at 75 m²; the 2021 table gives 90 % and 100 %
    assert max_density(t, 100.0)[0] == 90.0
    assert max_density(t, 75.0)[0] == 100.0


def test_table_2_8_explanations(tables):
    t = tables["2.8"]
    assert max_density(t, 150.0)[1] == (
        "Bảng 2.8 read at lot area 150.0 m² between 100 m² and 200 m² (t = 0.500): 90 + (70 − 90) × 0.500 = 80 %")
    assert max_density(t, 100.0)[1] == "Bảng 2.8 read at lot area 100.0 m² on 100 m²: 90 %"
    assert max_density(t, 60.0)[1] == "Bảng 2.8 read at lot area 60.0 m² in ≤ 90 m²: 100 %"
    assert max_density(t, 2000.0)[1] == "Bảng 2.8 read at lot area 2,000.0 m² in ≥ 1,000 m²: 40 %"


# --------------------------------------------------------------------------- Tables 2.9, 2.10 (lot area × height)


@pytest.mark.parametrize("area, height, expected", [
    (10000.0, 19.0, 60.0),     # a cell
    (3000.0, 16.0, 75.0),      # first cell
    (2000.0, 10.0, 75.0),      # below both first values (≤ 3 000 m², ≤ 16 m)
    (6500.0, 16.0, 70.0),      # along lot area: 75 + (65 − 75) × 0.5
    (10000.0, 17.5, 62.5),     # along height: 65 + (60 − 65) × 0.5
    (12000.0, 20.0, 58.5),     # bilinear: 19 m → 59.5, 22 m → 56.5; 59.5 − 3 × 1/3
    (10000.0, 44.5, 41.5),     # 42 + (41 − 42) × 0.5
    (35000.0, 46.0, 36.0),     # exactly 46 m: the "46" row
    (35000.0, 46.5, 35.0),     # above 46 m: the "> 46" row, not interpolated
    (50000.0, 80.0, 35.0),     # beyond both ends
    (26500.0, 28.0, 46.5),     # 48 + (45 − 48) × 0.5
])
def test_table_2_9_apartments(tables, area, height, expected):
    value, _ = max_density(tables["2.9"], area, height)
    assert value == pytest.approx(expected, abs=1e-9)


def test_table_2_9_bilinear_explanation(tables):
    _, detail = max_density(tables["2.9"], 12000.0, 20.0)
    assert detail == (
        "Bảng 2.9 read at lot area 12,000.0 m² between 10,000 m² and 18,000 m² (t = 0.250), height 20.0 m between "
        "19 m and 22 m (t = 0.333): row 19 m → 60 + (58 − 60) × 0.250 = 59.5, row 22 m → 57 + (55 − 57) × 0.250 "
        "= 56.5; 59.5 + (56.5 − 59.5) × 0.333 = 58.5 %")


def test_table_2_9_above_46_m_explanation(tables):
    _, detail = max_density(tables["2.9"], 35000.0, 50.0)
    assert detail == "Bảng 2.9 read at lot area 35,000.0 m² on ≥ 35,000 m², height 50.0 m in > 46 m: 35 %"


@pytest.mark.parametrize("area, height, expected", [
    (18000.0, 31.0, 51.0),
    (26500.0, 16.0, 66.5),     # 68 + (65 − 68) × 0.5
    (3000.0, 50.0, 80.0),
    (14000.0, 23.5, 59.0),     # 22 m row: 62 + (60 − 62) × 0.5 = 61; 25 m row: 57; 61 + (57 − 61) × 0.5
])
def test_table_2_10_commercial(tables, area, height, expected):
    value, _ = max_density(tables["2.10"], area, height)
    assert value == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("area, height, expected", [
    (10000.0, 19.0, 3.9),
    (14000.0, 22.0, 4.27),     # 4.34 + (4.2 − 4.34) × 0.5
    (10000.0, 17.5, 3.7),      # 3.5 + (3.9 − 3.5) × 0.5
    (3000.0, 47.0, 12.8),      # > 46 m row
    (35000.0, 46.0, 6.15),
    (1000.0, 10.0, 4.0),
])
def test_table_2_12_far_existing_areas(tables, area, height, expected):
    value, _ = max_far_existing(tables["2.12"], area, height)
    assert value == pytest.approx(expected, abs=1e-9)


def test_table_2_12_explanation(tables):
    assert max_far_existing(tables["2.12"], 14000.0, 22.0)[1] == (
        "Bảng 2.12 read at lot area 14,000.0 m² between 10,000 m² and 18,000 m² (t = 0.500), height 22.0 m on "
        "22 m: 4.34 + (4.2 − 4.34) × 0.500 = 4.27")


def test_interpolated_tables_need_their_inputs(tables):
    with pytest.raises(ValueError, match="height is needed"):
        max_density(tables["2.9"], 10000.0, None)
    with pytest.raises(ValueError, match="lot area is needed"):
        max_density(tables["2.8"], float("nan"))


def test_vectorised_evaluation_matches_single_lookups(tables):
    t = tables["2.10"]
    rng = np.random.default_rng(7)
    areas, heights = rng.uniform(500, 50000, 300), rng.uniform(3, 90, 300)
    res = t.evaluate(areas, heights)
    assert [res.value[i] for i in range(300)] == pytest.approx(
        [max_density(t, a, h)[0] for a, h in zip(areas, heights)], abs=1e-12)
    heights[5] = np.nan
    assert np.isnan(t.evaluate(areas, heights).value[5])


def test_strictest_value_when_the_height_is_unknown(tables):
    t = tables["2.9"]
    assert t.strictest([10000.0, 2000.0, 14000.0]).tolist() == pytest.approx([40.0, 75.0, 39.0])
    assert tables["2.12"].strictest([10000.0]).tolist() == [3.5]  # FAR grows with height: the lowest row


# --------------------------------------------------------------------------- Table 2.7 (bands)

TABLE_2_7 = {  # (road width class, height band) -> m
    (0, 0): 0, (0, 1): 3, (0, 2): 4, (0, 3): 6,
    (1, 0): 0, (1, 1): 0, (1, 2): 3, (1, 3): 6,
    (2, 0): 0, (2, 1): 0, (2, 2): 0, (2, 3): 6,
}
ROAD = {0: 12.0, 1: 20.0, 2: 30.0}
HEIGHT = {0: 15.0, 1: 20.0, 2: 25.0, 3: 40.0}


@pytest.mark.parametrize("cell", sorted(TABLE_2_7))
def test_table_2_7_every_cell(tables, cell):
    value, detail = min_setback(tables["2.7"], ROAD[cell[0]], HEIGHT[cell[1]])
    assert value == TABLE_2_7[cell]
    assert detail.startswith("Bảng 2.7 cell road width")
    assert ("uncertain transcription" in detail) == (cell[0] > 0)


@pytest.mark.parametrize("road, height, expected", [
    (18.99, 18.99, 0), (18.99, 19.0, 3), (18.99, 22.0, 4), (18.99, 28.0, 6),
    (19.0, 21.99, 0), (19.0, 22.0, 3), (21.99, 27.99, 3), (22.0, 27.99, 0), (22.0, 28.0, 6),
])
def test_table_2_7_band_edges(tables, road, height, expected):
    assert min_setback(tables["2.7"], road, height)[0] == expected


def test_table_2_7_explanation_and_uncertainty(tables):
    t = tables["2.7"]
    assert min_setback(t, 12.0, 25.0)[1] == "Bảng 2.7 cell road width < 19 m, building height 22 ÷ < 28 m: 4 m"
    assert t.row_uncertain == [False, True, True]
    assert "merged cells" in t.row_notes[1] and "merged cells" in t.row_notes[2]
    _, detail = min_setback(t, 20.0, 25.0)
    assert detail.startswith("Bảng 2.7 cell road width 19 ÷ < 22 m, building height 22 ÷ < 28 m: 3 m "
                             "(uncertain transcription: rebuilt from merged cells")


def test_table_2_7_strictest_when_unknown(tables):
    t = tables["2.7"]
    assert t.strictest([np.nan, 20.0, np.nan], [20.0, np.nan, np.nan]).tolist() == [3.0, 6.0, 6.0]
    with pytest.raises(ValueError, match="road width and the building height"):
        min_setback(t, None, 10.0)


# --------------------------------------------------------------------------- Tables 2.11 and 2.6


def test_table_2_11_green_share(tables):
    t = tables["2.11"]
    assert min_green_share(t, "apartment") == (20.0, "Bảng 2.11, row 'Nhà chung cư (apartment buildings)': ≥ 20 %")
    assert min_green_share(t, "education_health_culture")[0] == 30.0
    assert min_green_share(t, "factory")[0] == 20.0
    with pytest.raises(ValueError, match="no row 'warehouse'"):
        min_green_share(t, "warehouse")


def test_table_2_6_industrial_zone_shares(tables):
    shares = industrial_zone_shares(tables["2.6"])
    assert {k: v.min_pct for k, v in shares.items()} == {"transport": 10.0, "green": 10.0, "technical": 1.0}
    assert shares["green"].clause == "QCVN 01:2021/BXD 2.5.3, Bảng 2.6"
    assert tables["2.6"].area_kinds == ("industrial_park", "high_tech_park")
    checked = industrial_zone_shares(tables["2.6"], 1_000_000.0,
                                     {"transport": 100_000.0, "green": 99_999.0, "technical": 20_000.0})
    assert checked["transport"].passes is True  # exactly 10 %: equal passes
    assert checked["green"].passes is False and checked["green"].share_pct == pytest.approx(9.9999)
    assert checked["technical"].passes is True
    assert checked["transport"].detail == ("Giao thông (transport) share = 100,000.0 m² / 1,000,000.0 m² × 100 = "
                                           "10.00 % ≥ 10 % (QCVN 01:2021/BXD 2.5.3, Bảng 2.6)")


# --------------------------------------------------------------------------- axes


def test_axis_with_eq_ends_clamps_and_says_so():
    axis = Axis("lot area", "m²", [(100, "eq"), (200, "eq")])
    t = InterpolatedTable("x", "Table X", "clause", "%", "max", axis, None, [[50, 40]])
    assert t.lookup(300.0) == (40.0, "Table X read at lot area 300.0 m² beyond the table's last value 200 m² "
                                     "(clamped to it): 40 %")
    assert t.lookup(50.0)[1].endswith("beyond the table's first value 100 m² (clamped to it): 50 %")


def test_axis_lt_band():
    axis = Axis("height", "m", [(10, "lt"), (10, "eq"), (20, "eq")])
    t = InterpolatedTable("x", "Table X", "clause", "%", "max", axis, None, [[90, 80, 60]])
    assert t.lookup(5.0)[0] == 90.0
    assert t.lookup(10.0)[0] == 80.0
    assert t.lookup(15.0)[0] == 70.0


@pytest.mark.parametrize("points, message", [
    ([(100, "eq"), (90, "eq")], "values must increase"),
    ([(100, "eq"), (200, "le")], "may only open the axis"),
    ([(100, "ge"), (200, "eq")], "may only close the axis"),
    ([(100, "eq"), (200, "gt")], "needs a row or column at exactly 200 before it"),
    ([(100, "eq"), (100, "eq")], "appears twice"),
    ([(100, "about")], "bound 'about'"),
    ([], "has no values"),
])
def test_axis_validation(points, message):
    with pytest.raises(ValueError, match=message):
        Axis("lot area", "m²", points)


def test_band_axis_validation():
    with pytest.raises(ValueError, match="must follow each other"):
        BandAxis("road width", "m", [{"lt": 19}, {"ge": 20}])
    with pytest.raises(ValueError, match="no lower bound"):
        BandAxis("road width", "m", [{"ge": 0, "lt": 19}, {"ge": 19}])
    axis = BandAxis("road width", "m", [{"lt": 19}, {"ge": 19, "lt": 22}, {"ge": 22}])
    assert axis.locate([0.0, 19.0, 21.9, 22.0, math.nan]).tolist() == [0, 1, 1, 2, -1]
