"""The zone inspector's computations on rows (no QGIS, no store): search normalisation, plan limits, a lot's
measures against its zone, a sensor's latest value against the threshold pack."""

from __future__ import annotations

import pytest
import shapely

from dseza_twin.dseza_twin_plugin.core.inspector import figures as fig


@pytest.mark.parametrize("text, plain", [
    ("Khu công nghiệp Hòa Khánh", "khu cong nghiep hoa khanh"),
    ("ĐÀ NẴNG", "da nang"),
    ("  Liên   Chiểu ", "lien chieu"),
    ("Thọ Quang", "tho quang"),
    ("KCN-HK-DV01", "kcn-hk-dv01"),
    (None, ""),
])
def test_normalise(text, plain):
    assert fig.normalise(text) == plain


ZONE = {"code": "Z1", "plan_decision": "QĐ 1/2020", "max_coverage_pct": 60.0, "max_far": 1.0, "max_height_m": 20.0,
        "max_floors": 4, "min_green_pct": 20.0, "min_setback_m": None, "allowed_uses": None}


def test_plan_limits_carry_their_clause():
    limits = fig.plan_limits(ZONE)
    assert [lim["rule"] for lim in limits] == ["coverage", "far", "height", "floors", "green"]
    assert {lim["clause"] for lim in limits} == {"plan of zone Z1 (QĐ 1/2020)"}
    assert fig.plan_limits(None) == []


def test_lot_measures_against_the_zone():
    lot = {"code": "L1", "geom": shapely.box(0, 0, 100, 100), "green_area_m2": 1500.0}
    buildings = [  # 70 × 100 inside the lot, 2 floors; and a 10 × 10 shed half outside it (50 m² inside)
        {"geom": shapely.box(0, 0, 70, 100), "gfa_m2": None, "floors": 2, "height_m": 12.0},
        {"geom": shapely.box(95, 0, 105, 10), "gfa_m2": 100.0, "floors": 1, "height_m": 25.0},
    ]
    row = fig.lot_measures(lot, ZONE, buildings)
    assert row["footprint_m2"] == pytest.approx(7000 + 50)
    assert row["gfa_m2"] == pytest.approx(14000 + 50)
    assert row["coverage_pct"] == pytest.approx(70.5)
    assert row["coverage_pct_flag"] == "above_max" and row["coverage_pct_limit"] == 60.0
    assert row["far"] == pytest.approx(1.405) and row["far_flag"] == "above_max"
    assert row["max_height_m"] == 25.0 and row["max_height_m_flag"] == "above_max"
    assert row["green_pct"] == pytest.approx(15.0) and row["green_pct_flag"] == "below_min"


def test_limit_of_a_sensor():
    pack = fig.threshold_pack()
    pm = fig.limit_of(pack, "PM2.5 mass concentration", "µg/m³", 80.0)
    assert pm["state"] == "above" and pm["limit"] is not None and pm["limit"] < 80.0
    assert pm["limit_clause"] and pm["limit_averaging"] in ("1h", "8h", "24h")
    assert fig.limit_of(pack, "PM2.5 mass concentration", "µg/m³", 1.0)["state"] == "ok"
    assert fig.limit_of(pack, "PM2.5 mass concentration", "µg/m³", None)["state"] == "no_value"
    assert fig.limit_of(pack, "Vehicle count", "veh/h", 500.0)["state"] == "no_limit"
    # a unit the pack converts: mg/m³ → µg/m³ (the limit is given in the sensor's unit)
    mg = fig.limit_of(pack, "PM2.5 mass concentration", "mg/m³", 0.001)
    assert mg["limit"] == pytest.approx(pm["limit"] / 1000.0)
