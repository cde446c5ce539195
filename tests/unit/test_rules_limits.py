"""Limit resolution: national, plan and override candidates; which wins, and what the winner says."""

from __future__ import annotations

import json

import pytest

from dseza_twin.dseza_twin_plugin.core.planning.limits import resolve_limits
from dseza_twin.dseza_twin_plugin.core.planning.model import LotContext
from dseza_twin.dseza_twin_plugin.core.planning.packs import load_rules

DECISION = "QĐ 3184/QĐ-UBND 2010"


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def lot(land_use="industrial", code="L1", public=False, **plan) -> LotContext:
    plan.setdefault("plan_decision", DECISION)
    return LotContext(code, land_use, "Z1", "A1", public, plan)


def measured(area=10000.0, height=20.0, floors=3.0, road=30.0, uses=("factory",)) -> dict:
    return {"lot_area_m2": area, "max_height_m": height, "max_floors": floors, "road_width_m": road,
            "building_uses": uses}


def with_overrides(tmp_path, *entries):
    path = tmp_path / "ov.json"
    path.write_text(json.dumps({"id": "ov", "version": "1", "kind": "overrides", "title": "t", "overrides": [
        dict({"lot_code": "L1", "decision": "QĐ 45/QĐ-BQL 2026", "date": "2026-02-10", "note": ""}, **e)
        for e in entries]}), encoding="utf-8")
    return load_rules("qcvn01-2021,plan,{}".format(path))


# --------------------------------------------------------------------------- national wins


def test_national_scalar_wins_over_a_looser_plan(rules):
    limit = resolve_limits(lot(max_coverage_pct=75.0), measured(), rules)["coverage"]
    assert (limit.value, limit.source, limit.clause) == (70.0, "national", "QCVN 01:2021/BXD 2.5.3")
    assert limit.detail == ("factory and warehouse lots; stricter than plan 75 % ({}, plan of zone Z1)"
                            .format(DECISION))


def test_industrial_lot_with_six_floors_gets_60_percent(rules):
    limit = resolve_limits(lot(max_coverage_pct=70.0), measured(floors=6.0), rules)["coverage"]
    assert (limit.value, limit.source, limit.clause) == (60.0, "national", "QCVN 01:2021/BXD 2.5.3")
    assert limit.detail.startswith("factory lots with more than five production floors")
    assert "stricter than national 70 % (QCVN 01:2021/BXD 2.5.3)" in limit.detail


def test_industrial_lot_with_five_floors_keeps_70_percent(rules):
    assert resolve_limits(lot(), measured(floors=5.0), rules)["coverage"].value == 70.0


def test_warehouse_lot_with_six_floors_keeps_70_percent(rules):
    assert resolve_limits(lot("warehouse"), measured(floors=6.0, uses=("warehouse",)), rules)["coverage"].value == 70


def test_public_service_lot_gets_40_percent(rules):
    limits = resolve_limits(lot("services", public=True, max_coverage_pct=50.0), measured(uses=("clinic",)), rules)
    assert (limits["coverage"].value, limits["coverage"].clause) == (40.0, "QCVN 01:2021/BXD 2.6.3")
    assert limits["green"].value == 30.0  # Table 2.11, education / health / culture
    assert limits["green"].clause == ("QCVN 01:2021/BXD 2.6.5, Bảng 2.11 — Công trình giáo dục, y tế, văn hóa "
                                      "(education, health, culture)")


def test_public_service_lot_in_an_existing_area_gets_60_percent(rules):
    limit = resolve_limits(lot("services", public=True, existing_area=True), measured(uses=("clinic",)),
                           rules)["coverage"]
    assert (limit.value, limit.clause) == (60.0, "QCVN 01:2021/BXD 2.7.7")


def test_commercial_lot_reads_table_2_10(rules):
    limit = resolve_limits(lot("services", max_coverage_pct=70.0), measured(area=14000.0, height=23.5,
                                                                            uses=("office",)), rules)["coverage"]
    assert (limit.value, limit.source, limit.clause) == (59.0, "national", "QCVN 01:2021/BXD 2.6.3, Bảng 2.10")
    assert "62 + (60 − 62) × 0.500 = 61" in limit.detail


def test_housing_reads_table_2_9_with_its_interpolation(rules):
    limit = resolve_limits(lot("housing", max_coverage_pct=70.0), measured(area=12000.0, height=20.0,
                                                                           uses=("dormitory",)), rules)["coverage"]
    assert (limit.value, limit.source) == (pytest.approx(58.5), "national")
    assert limit.detail == (
        "apartment and worker-housing lots; Bảng 2.9 read at lot area 12,000.0 m² between 10,000 m² and 18,000 m² "
        "(t = 0.250), height 20.0 m between 19 m and 22 m (t = 0.333): row 19 m → 60 + (58 − 60) × 0.250 = 59.5, "
        "row 22 m → 57 + (55 − 57) × 0.250 = 56.5; 59.5 + (56.5 − 59.5) × 0.333 = 58.5 %; "
        "stricter than plan 70 % ({}, plan of zone Z1)".format(DECISION))


def test_detached_houses_read_table_2_8_and_far_7(rules):
    limits = resolve_limits(lot("housing"), measured(area=150.0, height=12.0, uses=("villa", "townhouse")), rules)
    assert (limits["coverage"].value, limits["coverage"].clause) == (80.0, "QCVN 01:2021/BXD 2.6.3, Bảng 2.8")
    assert (limits["far"].value, limits["far"].clause) == (7.0, "QCVN 01:2021/BXD 2.6.3, chú thích Bảng 2.8")
    assert "green" not in limits  # Table 2.11 names apartments, not detached houses


def test_small_house_in_an_existing_area_may_cover_its_lot(rules):
    small = resolve_limits(lot("housing", existing_area=True), measured(area=95.0, height=12.0,
                                                                         uses=("townhouse",)), rules)
    assert (small["coverage"].value, small["coverage"].clause) == (100.0, "QCVN 01:2021/BXD 2.7.7")
    assert "Bảng 2.8" not in small["coverage"].detail  # superseded, not a candidate
    new_area = resolve_limits(lot("housing"), measured(area=95.0, height=12.0, uses=("townhouse",)), rules)
    assert new_area["coverage"].value == 95.0  # Table 2.8: 100 + (90 − 100) × 0.5
    tall = resolve_limits(lot("housing", existing_area=True), measured(area=95.0, height=26.0, uses=("townhouse",)),
                          rules)
    assert tall["coverage"].value == 95.0


def test_far_13_above_46_m(rules):
    limits = resolve_limits(lot("housing", max_far=15.0), measured(height=50.0, uses=("apartment",)), rules)
    assert (limits["far"].value, limits["far"].clause) == (13.0, "QCVN 01:2021/BXD 2.6.3, chú thích Bảng 2.9")
    assert "far" not in resolve_limits(lot("housing"), measured(height=46.0, uses=("apartment",)), rules)


def test_far_of_existing_areas_reads_table_2_12(rules):
    limit = resolve_limits(lot("services", existing_area=True, max_far=9.0),
                           measured(area=14000.0, height=22.0, uses=("office",)), rules)["far"]
    assert (limit.value, limit.clause) == (pytest.approx(4.27), "QCVN 01:2021/BXD 2.7.7, Bảng 2.12")


def test_setback_reads_table_2_7(rules):
    limits = resolve_limits(lot(), measured(road=12.0, height=25.0), rules)
    assert (limits["setback"].value, limits["setback"].clause) == (4.0, "QCVN 01:2021/BXD 2.6.2, Bảng 2.7")
    assert limits["setback"].detail == ("buildings along a road; Bảng 2.7 cell road width < 19 m, building height "
                                        "22 ÷ < 28 m: 4 m")


def test_tie_names_the_national_limit(rules):
    limit = resolve_limits(lot(max_coverage_pct=70.0), measured(), rules)["coverage"]
    assert (limit.value, limit.source) == (70.0, "national")
    assert limit.detail.endswith("equal to plan 70 % ({}, plan of zone Z1)".format(DECISION))


# --------------------------------------------------------------------------- plan wins


def test_plan_wins_when_stricter(rules):
    limits = resolve_limits(lot(max_coverage_pct=65.0, max_far=1.5, max_height_m=30.0, max_floors=4.0,
                                min_green_pct=25.0, min_setback_m=8.0), measured(), rules)
    assert {k: (v.value, v.source) for k, v in limits.items() if k != "land_use"} == {
        "coverage": (65.0, "plan"), "far": (1.5, "plan"), "height": (30.0, "plan"), "floors": (4.0, "plan"),
        "green": (25.0, "plan"), "setback": (8.0, "plan")}
    assert limits["coverage"].clause == "{}, plan of zone Z1".format(DECISION)
    assert limits["coverage"].detail == "stricter than national 70 % (QCVN 01:2021/BXD 2.5.3)"
    assert limits["height"].detail == ""


def test_plan_without_decision_or_zone(rules):
    ctx = LotContext("L7", "rnd", None, None, False, {"max_far": 2.0})
    assert resolve_limits(ctx, measured(uses=("office",)), rules)["far"].clause == \
        "plan limits of lot L7, decision not recorded"
    ctx = LotContext("L7", "rnd", "Z9", None, False, {"max_far": 2.0})
    assert resolve_limits(ctx, measured(uses=("office",)), rules)["far"].clause == \
        "approved plan of zone Z9, decision not recorded"


# --------------------------------------------------------------------------- overrides


def test_override_replace_wins_outright(tmp_path):
    r = with_overrides(tmp_path, {"rule_id": "coverage", "value": 80, "combine": "replace", "note": "pilot"})
    limit = resolve_limits(lot(max_coverage_pct=65.0), measured(), r)["coverage"]
    assert (limit.value, limit.source, limit.clause) == (80.0, "override", "QĐ 45/QĐ-BQL 2026 (2026-02-10)")
    assert limit.detail == ("override QĐ 45/QĐ-BQL 2026 replaces the national and plan limits with 80 % — pilot; "
                            "over national 70 % (QCVN 01:2021/BXD 2.5.3); over plan 65 % ({}, plan of zone Z1)"
                            .format(DECISION))


def test_override_min_tightens_a_maximum(tmp_path):
    r = with_overrides(tmp_path, {"rule_id": "coverage", "value": 55, "combine": "min"})
    limit = resolve_limits(lot(max_coverage_pct=65.0), measured(), r)["coverage"]
    assert (limit.value, limit.source) == (55.0, "override")
    assert limit.detail.startswith("override QĐ 45/QĐ-BQL 2026: min(55 %, national/plan 65 %) = 55 %")


def test_override_min_never_loosens_a_maximum(tmp_path):
    r = with_overrides(tmp_path, {"rule_id": "coverage", "value": 75, "combine": "min"})
    limit = resolve_limits(lot(max_coverage_pct=65.0), measured(), r)["coverage"]
    assert (limit.value, limit.source) == (65.0, "plan")
    assert "override QĐ 45/QĐ-BQL 2026 (75 %, combine=min) leaves it unchanged" in limit.detail


def test_override_max_raises_a_maximum(tmp_path):
    r = with_overrides(tmp_path, {"rule_id": "far", "value": 3.0, "combine": "max"})
    limit = resolve_limits(lot(max_far=2.0), measured(), r)["far"]
    assert (limit.value, limit.source) == (3.0, "override")
    assert limit.detail.startswith("override QĐ 45/QĐ-BQL 2026: max(3, national/plan 2) = 3")
    r = with_overrides(tmp_path, {"rule_id": "far", "value": 1.0, "combine": "max"})
    assert resolve_limits(lot(max_far=2.0), measured(), r)["far"].source == "plan"


def test_overrides_of_a_minimum(tmp_path):
    tighter = with_overrides(tmp_path, {"rule_id": "green", "value": 25, "combine": "max"})
    limit = resolve_limits(lot(), measured(), tighter)["green"]
    assert (limit.value, limit.source) == (25.0, "override")
    looser = with_overrides(tmp_path, {"rule_id": "green", "value": 15, "combine": "min"})
    limit = resolve_limits(lot(), measured(), looser)["green"]
    assert (limit.value, limit.source) == (15.0, "override")  # min lowers a minimum
    unchanged = with_overrides(tmp_path, {"rule_id": "green", "value": 25, "combine": "min"})
    assert resolve_limits(lot(), measured(), unchanged)["green"].value == 20.0


def test_override_without_national_or_plan_limit(tmp_path):
    r = with_overrides(tmp_path, {"rule_id": "height", "value": 30, "combine": "min"})
    limit = resolve_limits(lot(), measured(), r)["height"]
    assert (limit.value, limit.source) == (30.0, "override")
    assert limit.detail == ("override QĐ 45/QĐ-BQL 2026 (min): no national or plan limit to combine with, 30 m "
                            "applies")
    assert "height" not in resolve_limits(lot(code="L2"), measured(), r)


# --------------------------------------------------------------------------- unknown inputs


def test_unknown_floors_gives_the_strictest_possible_limit(rules):
    limit = resolve_limits(lot(max_coverage_pct=75.0), measured(floors=None), rules)["coverage"]
    assert limit.value == 60.0
    assert "60 % is the strictest the limit can be while the number of floors is unknown (the limit known to " \
           "apply is 70 %)" in limit.detail


def test_unknown_height_for_table_2_9(rules):
    limit = resolve_limits(lot("housing"), measured(area=10000.0, height=None, uses=("dormitory",)),
                           rules)["coverage"]
    assert limit.value == 40.0  # the "> 46 m" row at 10,000 m²
    assert limit.detail.endswith("40 % is the strictest the limit can be while the building height is unknown")


def test_unknown_land_use(rules):
    ctx = LotContext("L1", None, "Z1", None, False, {"max_coverage_pct": 80.0})
    limits = resolve_limits(ctx, measured(uses=("office",)), rules)
    # any land use's rule may apply: the strictest is Table 2.10 at 10,000 m², 20 m: 65 + (62 − 65) / 3 = 64 %,
    # Table 2.9: 59 %, 2.5.3: 70 %; the plan's 80 % is known to apply
    limit = limits["coverage"]
    assert (limit.value, limit.clause) == (pytest.approx(59.0), "QCVN 01:2021/BXD 2.6.3, Bảng 2.9")
    assert "59 % is the strictest the limit can be while the land use is unknown (the limit known to apply is " \
           "80 %)" in limit.detail
    assert limit.detail.count("Bảng 2.10") == 1  # two rules read it (commercial, mixed use): named once
    assert "land_use" not in limits


# --------------------------------------------------------------------------- land use


def test_land_use_limit_narrowed_by_the_zone(rules):
    limits = resolve_limits(lot("warehouse", allowed_uses=["warehouse", "cold store", "dormitory"]),
                            measured(uses=("warehouse",)), rules)
    lu = limits["land_use"]
    assert lu.value == ("canteen", "cold_store", "guard_house", "office", "parking", "utility", "warehouse")
    assert (lu.sense, lu.source, lu.clause) == ("allowed", "plan", "{}, allowed uses of zone Z1".format(DECISION))
    assert lu.detail == ("principal uses of warehouse land narrowed to the zone's list: cold_store, warehouse; "
                         "ancillary uses: canteen, guard_house, office, parking, utility; the zone also lists "
                         "dormitory, which the matrix does not allow on warehouse land")


def test_land_use_limit_from_the_matrix(rules):
    lu = resolve_limits(lot("green"), measured(uses=("pavilion",)), rules)["land_use"]
    assert lu.value == ("guard_house", "pavilion", "utility")
    assert lu.clause == "plan pack plan 2026.1.0: land-use compatibility matrix"
