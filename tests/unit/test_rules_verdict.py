"""Verdicts per lot: boundaries, insufficient data, empty lots, land use, sources, explanations (hand-computed)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from dseza_twin.dseza_twin_plugin.core.planning.limits import resolve_limits
from dseza_twin.dseza_twin_plugin.core.planning.model import (
    FAIL,
    INSUFFICIENT,
    PASS,
    LotContext,
    LotMeasures,
)
from dseza_twin.dseza_twin_plugin.core.planning.packs import load_rules
from dseza_twin.dseza_twin_plugin.core.planning.verdict import TOLERANCE, judge_lots

DECISION = "QĐ 3184/QĐ-UBND 2010"
PLAN = {"max_coverage_pct": 70.0, "max_far": 2.0, "max_height_m": 30.0, "max_floors": 5.0, "min_green_pct": 20.0,
        "min_setback_m": 6.0, "allowed_uses": ["factory", "warehouse", "office", "canteen"],
        "plan_decision": DECISION}
LOT = dict(lot_area_m2=10000.0, footprint_m2=3000.0, gfa_m2=9000.0, gfa_estimated=False, max_height_m=12.0,
           max_floors=3.0, building_count=1, green_area_m2=2500.0, min_setback_m=8.0, road_width_m=30.0,
           building_uses=("factory",), notes=())


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def measures(*lots: dict) -> LotMeasures:
    rows = [dict(LOT, **lot) for lot in lots]
    codes = [r.get("code", "L{}".format(i + 1)) for i, r in enumerate(rows)]

    def col(key, dtype=float):
        return np.array([r[key] for r in rows], dtype=dtype)

    return LotMeasures(codes, col("lot_area_m2"), col("footprint_m2"), col("gfa_m2"), col("gfa_estimated", bool),
                       col("max_height_m"), col("max_floors"), col("building_count", np.int64), col("green_area_m2"),
                       col("min_setback_m"), col("road_width_m"), [tuple(r["building_uses"]) for r in rows],
                       [list(r["notes"]) for r in rows])


def context(code="L1", land_use="industrial", public=False, **plan) -> LotContext:
    return LotContext(code, land_use, "Z1", "A1", public, dict(PLAN, **plan))


def judge(rules, lot: dict | None = None, ctx: LotContext | None = None, **kw):
    m = measures(lot or {})
    return judge_lots(m, [ctx or context(m.code[0])], rules, **kw)[0]


def sentence(verdict, label: str) -> str:
    """The sentence of one rule in a lot's explanation."""
    start = verdict.explanation.index(label + ":")
    end = verdict.explanation.find(". ", start)
    return verdict.explanation[start:end + 1 if end > 0 else None]


# --------------------------------------------------------------------------- ≤ versus < boundaries


def test_coverage_exactly_at_the_limit_passes(rules):
    v = judge(rules, {"footprint_m2": 7000.0})
    assert v.status == PASS and v.failed_rules == []
    assert sentence(v, "Coverage").startswith(
        "Coverage: 70.0 % ≤ 70 % → pass; coverage = footprint 7,000.0 m² / lot 10,000.0 m² × 100 = 70.0 %; "
        "limit 70 % (national: QCVN 01:2021/BXD 2.5.3), factory and warehouse lots; equal to plan 70 %")


def test_coverage_a_hair_above_the_limit_fails(rules):
    v = judge(rules, {"footprint_m2": 7000.00001})  # 70.0000001 %: 1.4e-9 relative, above the tolerance
    assert 70.0000001 - 70.0 > TOLERANCE * 70.0
    assert v.status == FAIL and v.failed_rules == ["coverage"]
    assert sentence(v, "Coverage").startswith("Coverage: 70.0000001 % > 70 % → fail; ")
    (violation,) = v.violations
    assert (violation.rule_id, violation.limit, violation.clause) == ("coverage", 70.0, "QCVN 01:2021/BXD 2.5.3")
    assert violation.measured == pytest.approx(70.0000001)


def test_float_noise_does_not_fail(rules):
    gfa = (0.1 + 0.2) * 10000.0  # 3000.0000000000005: FAR 0.30000000000000004
    v = judge(rules, {"gfa_m2": gfa}, context(max_far=0.3))
    assert gfa / 10000.0 > 0.3
    assert v.status == PASS
    assert sentence(v, "FAR").startswith("FAR: 0.30 ≤ 0.3 → pass")


def test_far_boundaries(rules):
    assert judge(rules, {"gfa_m2": 20000.0}).status == PASS
    v = judge(rules, {"gfa_m2": 20000.0001})
    assert v.failed_rules == ["far"]
    assert sentence(v, "FAR").startswith("FAR: 2.00000001 > 2 → fail; FAR = GFA 20,000.0 m² / lot 10,000.0 m² = 2.00")


def test_minimum_boundaries(rules):
    assert judge(rules, {"green_area_m2": 2000.0}).status == PASS  # 20 % ≥ 20 %
    v = judge(rules, {"green_area_m2": 1999.99999})
    assert v.failed_rules == ["green"]
    assert sentence(v, "Green share").startswith("Green share: 19.9999999 % < 20 % → fail; green share = planted "
                                                 "2,000.0 m² / lot 10,000.0 m² × 100 = 20.0 %")
    assert judge(rules, {"min_setback_m": 6.0}).status == PASS
    assert judge(rules, {"min_setback_m": 5.99}).failed_rules == ["setback"]


# --------------------------------------------------------------------------- national rules on lots


def test_industrial_lot_with_six_floors(rules):
    v = judge(rules, {"footprint_m2": 6500.0, "max_floors": 6.0, "max_height_m": 28.0, "gfa_m2": 15000.0},
              context(max_floors=8.0))
    assert v.status == FAIL and v.failed_rules == ["coverage"]
    assert v.limits["coverage"].value == 60.0
    assert sentence(v, "Coverage").startswith("Coverage: 65.0 % > 60 % → fail; ")
    assert "factory lots with more than five production floors" in v.explanation


def test_public_service_lot(rules):
    ctx = context(land_use="services", public=True, max_coverage_pct=50.0, min_green_pct=None,
                  allowed_uses=["clinic", "office"])
    v = judge(rules, {"footprint_m2": 4500.0, "building_uses": ("clinic",), "green_area_m2": 3000.0}, ctx)
    assert v.failed_rules == ["coverage"]
    assert (v.limits["coverage"].value, v.limits["coverage"].clause) == (40.0, "QCVN 01:2021/BXD 2.6.3")
    assert v.limits["green"].value == 30.0
    assert judge(rules, {"footprint_m2": 4000.0, "building_uses": ("clinic",), "green_area_m2": 3000.0},
                 ctx).status == PASS


SETBACK_CASES = [  # (road width m, height m, Table 2.7 minimum m)
    (12.0, 15.0, 0.0), (12.0, 20.0, 3.0), (12.0, 25.0, 4.0), (12.0, 40.0, 6.0),
    (20.0, 15.0, 0.0), (20.0, 20.0, 0.0), (20.0, 25.0, 3.0), (20.0, 40.0, 6.0),
    (30.0, 15.0, 0.0), (30.0, 20.0, 0.0), (30.0, 25.0, 0.0), (30.0, 40.0, 6.0),
]


@pytest.mark.parametrize("road, height, minimum", SETBACK_CASES)
def test_setback_against_each_road_width_class_and_height_band(rules, road, height, minimum):
    ctx = context(min_setback_m=None, max_height_m=None, max_floors=None)
    lot = {"road_width_m": road, "max_height_m": height, "min_setback_m": 3.5}
    v = judge(rules, lot, ctx)
    assert v.limits["setback"].value == minimum
    assert v.limits["setback"].clause == "QCVN 01:2021/BXD 2.6.2, Bảng 2.7"
    assert ("setback" in v.failed_rules) == (3.5 < minimum)
    assert judge(rules, dict(lot, min_setback_m=minimum), ctx).status == PASS  # exactly the minimum passes


# --------------------------------------------------------------------------- insufficient data


def test_missing_height_is_insufficient(rules):
    v = judge(rules, {"max_height_m": np.nan})
    assert v.status == INSUFFICIENT
    # the setback's Table 2.7 column needs the height too, but 8 m passes even its strictest value (6 m)
    assert v.insufficient_rules == ["height"]
    assert sentence(v, "Height").startswith("Height: insufficient data — a building on the lot has no height; "
                                            "limit 30 m (plan: {}, plan of zone Z1)".format(DECISION))
    assert v.explanation.startswith("Lot L1 (industrial, zone Z1, 1 building): insufficient_data — insufficient "
                                    "data: height. ")
    v = judge(rules, {"max_height_m": np.nan, "min_setback_m": 5.0}, context(min_setback_m=None))
    assert v.insufficient_rules == ["height", "setback"]  # 5 m: enough below 28 m, not above


def test_missing_floors_is_insufficient(rules):
    v = judge(rules, {"max_floors": np.nan, "footprint_m2": 5000.0})
    assert v.status == INSUFFICIENT and v.insufficient_rules == ["floors"]
    assert v.limits["coverage"].value == 60.0  # 2.5.3 could ask 60 %: 50 % passes it anyway
    assert "coverage" not in v.failed_rules + v.insufficient_rules


def test_unknown_floors_between_60_and_70_percent(rules):
    v = judge(rules, {"max_floors": np.nan, "footprint_m2": 6500.0})
    assert v.insufficient_rules == ["coverage", "floors"] and v.status == INSUFFICIENT
    assert sentence(v, "Coverage").startswith("Coverage: 65.0 % > 60 %, the strictest the limit can be, and the "
                                              "limit is not settled → insufficient data; ")
    v = judge(rules, {"max_floors": np.nan, "footprint_m2": 7500.0})
    assert v.status == FAIL and v.failed_rules == ["coverage"]
    assert "(fails even the limit known to apply, 70 %)" in sentence(v, "Coverage")


def test_unknown_height_on_a_housing_lot(rules):
    ctx = context(land_use="housing", allowed_uses=None, max_height_m=None)
    lot = {"max_height_m": np.nan, "building_uses": ("dormitory",), "footprint_m2": 5000.0, "gfa_m2": 15000.0}
    v = judge(rules, lot, ctx)
    # Table 2.9 at 10,000 m² gives 40–65 % depending on the height: 50 % is neither sure to pass nor to fail
    assert v.status == INSUFFICIENT and "coverage" in v.insufficient_rules
    assert v.limits["coverage"].value == 40.0


def test_missing_gfa_and_lot_area(rules):
    v = judge(rules, {"gfa_m2": np.nan})
    assert v.insufficient_rules == ["far"]
    assert "FAR: insufficient data — the GFA is unknown (a building has neither GFA nor floors)" in v.explanation
    v = judge(rules, {"lot_area_m2": np.nan})
    assert v.status == INSUFFICIENT and {"coverage", "far", "green"} <= set(v.insufficient_rules)


# --------------------------------------------------------------------------- lots without a building


def test_lot_without_a_building(rules):
    empty = {"building_count": 0, "footprint_m2": 0.0, "gfa_m2": 0.0, "max_height_m": 0.0, "max_floors": 0.0,
             "min_setback_m": np.nan, "green_area_m2": np.nan, "building_uses": ()}
    v = judge(rules, empty)
    assert v.status == PASS and v.failed_rules == [] and v.insufficient_rules == []
    assert v.explanation.startswith(
        "Lot L1 (industrial, zone Z1, 0 buildings): pass. Coverage: 0.0 % ≤ 70 % → pass; coverage = footprint "
        "0.0 m² / lot 10,000.0 m² × 100 = 0.0 %; ")
    assert "FAR: 0.00 ≤ 2 → pass" in v.explanation
    for label in ("Height", "Floors", "Setback", "Green share"):
        assert sentence(v, label).startswith(label + ": no building on the lot, not applicable; limit ")
    assert "Land use: no building on the lot, nothing to check." in v.explanation
    assert set(v.limits) == {"coverage", "far", "height", "floors", "green", "setback", "land_use"}
    v = judge(rules, dict(empty, gfa_m2=np.nan))  # an empty lot has no floor area, whatever GFA says
    assert v.status == PASS
    assert "FAR = GFA 0.0 m² / lot 10,000.0 m² = 0.00" in v.explanation


# --------------------------------------------------------------------------- land use


def test_incompatible_building_use(rules):
    v = judge(rules, {"building_uses": ("dormitory", "factory")})
    assert v.status == FAIL and v.failed_rules == ["land_use"]
    (violation,) = v.violations
    assert (violation.rule_id, violation.measured) == ("land_use", "dormitory")
    assert violation.limit == "canteen, factory, guard_house, office, parking, showroom, utility, warehouse"
    assert violation.clause == "{}, allowed uses of zone Z1".format(DECISION)
    assert violation.explanation.startswith("Land use: dormitory not allowed on industrial land → fail (building "
                                            "uses dormitory, factory; allowed: canteen, factory, guard_house")


def test_ancillary_use_not_listed_by_the_zone_passes(rules):
    v = judge(rules, {"building_uses": ("canteen", "warehouse")},
              context(land_use="warehouse", allowed_uses=["warehouse", "cold store", "office"]))
    assert v.status == PASS
    assert "Land use: building uses canteen, warehouse allowed on warehouse land → pass" in v.explanation


def test_building_without_a_use_is_insufficient(rules):
    v = judge(rules, {"building_uses": ("", "factory")})
    assert v.status == INSUFFICIENT and v.insufficient_rules == ["land_use"]
    assert "Land use: insufficient data — 1 building(s) without a use" in v.explanation


def test_lot_without_land_use(rules):
    v = judge(rules, {}, LotContext("L1", None, None, None, False, {"max_coverage_pct": 70.0}))
    assert "land_use" in v.insufficient_rules and v.status == INSUFFICIENT
    assert "Land use: insufficient data — the lot's land use is unknown" in v.explanation


# --------------------------------------------------------------------------- each source wins once


def test_sources_national_plan_override(rules, tmp_path):
    path = tmp_path / "ov.csv"
    path.write_text("lot_code,rule_id,value,combine,decision,date,note\n"
                    "L3,coverage,80,replace,QĐ 45/QĐ-BQL 2026,2026-02-10,pilot\n", encoding="utf-8")
    with_override = load_rules("qcvn01-2021,plan,{}".format(path))
    m = measures({"code": "L1", "footprint_m2": 7200.0}, {"code": "L2", "footprint_m2": 6800.0},
                 {"code": "L3", "footprint_m2": 7800.0})
    ctx = [context("L1", max_coverage_pct=75.0), context("L2", max_coverage_pct=65.0),
           context("L3", max_coverage_pct=65.0)]
    v1, v2, v3 = judge_lots(m, ctx, with_override)
    assert (v1.status, v1.limits["coverage"].source, v1.limits["coverage"].value) == (FAIL, "national", 70.0)
    assert (v2.status, v2.limits["coverage"].source, v2.limits["coverage"].value) == (FAIL, "plan", 65.0)
    assert (v3.status, v3.limits["coverage"].source, v3.limits["coverage"].value) == (PASS, "override", 80.0)
    assert v2.violations[0].clause == "{}, plan of zone Z1".format(DECISION)
    assert sentence(v3, "Coverage").startswith(
        "Coverage: 78.0 % ≤ 80 % → pass; coverage = footprint 7,800.0 m² / lot 10,000.0 m² × 100 = 78.0 %; "
        "limit 80 % (override: QĐ 45/QĐ-BQL 2026 (2026-02-10)), override QĐ 45/QĐ-BQL 2026 replaces the national "
        "and plan limits with 80 % — pilot")


def test_override_min_and_max_in_verdicts(rules, tmp_path):
    path = tmp_path / "ov.json"
    path.write_text(json.dumps({"id": "ov", "version": "3", "kind": "overrides", "title": "t", "overrides": [
        {"lot_code": "L1", "rule_id": "height", "value": 24, "combine": "min", "decision": "QĐ 1",
         "date": "2026-01-05"},
        {"lot_code": "L2", "rule_id": "far", "value": 2.5, "combine": "max", "decision": "QĐ 2",
         "date": "2026-01-06"},
    ]}), encoding="utf-8")
    r = load_rules("qcvn01-2021,plan,{}".format(path))
    m = measures({"code": "L1", "max_height_m": 25.0}, {"code": "L2", "gfa_m2": 24000.0})
    v1, v2 = judge_lots(m, [context("L1"), context("L2")], r)
    assert (v1.failed_rules, v1.limits["height"].source, v1.limits["height"].value) == (["height"], "override", 24.0)
    assert (v2.status, v2.limits["far"].source, v2.limits["far"].value) == (PASS, "override", 2.5)


# --------------------------------------------------------------------------- explanations and violations


def test_explanation_formulas(rules):
    v = judge(rules, {"footprint_m2": 3120.5, "gfa_m2": 12481.0, "gfa_estimated": True, "green_area_m2": 2345.6,
                      "min_setback_m": 7.25, "road_width_m": 24.0, "max_height_m": 15.4, "max_floors": 4.0,
                      "notes": ["GFA of 1 building estimated as footprint × floors"]})
    assert v.status == PASS
    assert v.explanation.startswith("Lot L1 (industrial, zone Z1, 1 building): pass. ")
    assert "coverage = footprint 3,120.5 m² / lot 10,000.0 m² × 100 = 31.2 %" in v.explanation
    assert ("FAR: 1.25 ≤ 2 → pass; FAR = GFA 12,481.0 m² / lot 10,000.0 m² = 1.25 (GFA estimated as footprint × "
            "floors where a building has no GFA); limit 2 (plan: {}, plan of zone Z1)".format(DECISION)
            in v.explanation)
    assert "Height: 15.4 m ≤ 30 m → pass; height = tallest building 15.4 m;" in v.explanation
    assert "Floors: 4 ≤ 5 floors → pass; floors = most floors of a building 4;" in v.explanation
    assert "green share = planted 2,345.6 m² / lot 10,000.0 m² × 100 = 23.5 %" in v.explanation
    assert ("Setback: 7.25 m ≥ 6 m → pass; setback = shortest distance from a building to the road's red line "
            "7.25 m (road 24.0 m wide); limit 6 m (plan: {}, plan of zone Z1), stricter than national 0 m "
            "(QCVN 01:2021/BXD 2.6.2, Bảng 2.7)".format(DECISION) in v.explanation)
    assert v.explanation.endswith(" Notes: GFA of 1 building estimated as footprint × floors.")


def test_one_violation_per_failing_rule(rules):
    v = judge(rules, {"footprint_m2": 7500.0, "max_height_m": 33.0, "building_uses": ("factory", "hotel")})
    assert v.failed_rules == ["coverage", "height", "land_use"]
    assert [(x.rule_id, x.measured, x.limit) for x in v.violations] == [
        ("coverage", 75.0, 70.0), ("height", 33.0, 30.0),
        ("land_use", "hotel", "canteen, factory, guard_house, office, parking, showroom, utility, warehouse")]
    assert all(x.code == "L1" and x.explanation in v.explanation for x in v.violations)
    assert v.explanation.startswith("Lot L1 (industrial, zone Z1, 1 building): fail — failed: coverage, height, "
                                    "land_use. ")


def test_checks_leave_rules_out(rules):
    v = judge(rules, {"min_setback_m": np.nan, "road_width_m": np.nan},
              checks=("coverage", "far", "height", "floors", "green", "land_use"))
    assert v.status == PASS and "setback" not in v.limits
    assert v.explanation.endswith(" Not checked: setback.")
    with pytest.raises(ValueError, match="Unknown rule"):
        judge(rules, {}, checks=("coverage", "density"))


def test_no_limit_is_said(rules):
    ctx = LotContext("L1", "rnd", "Z1", None, False, {"max_far": 2.0, "allowed_uses": None})
    v = judge(rules, {"building_uses": ("laboratory",)}, ctx)
    assert v.status == PASS
    assert set(v.limits) == {"far", "setback", "land_use"}
    assert v.explanation.endswith(" No limit applies to: coverage, height, floors, green.")


def test_inputs_must_match(rules):
    m = measures({"code": "L1"}, {"code": "L2"})
    with pytest.raises(ValueError, match="1 lot contexts for 2 measured lots"):
        judge_lots(m, [context("L1")], rules)
    with pytest.raises(ValueError, match="Lot #2: the context is for lot L9 but the measures are for lot L2"):
        judge_lots(m, [context("L1"), context("L9")], rules)
    assert judge_lots(m, [context("L1"), context("L2")], rules)[1].code == "L2"


def test_empty_input(rules):
    empty = LotMeasures([], *(np.zeros(0) for _ in range(3)), np.zeros(0, bool), np.zeros(0), np.zeros(0),
                        np.zeros(0, np.int64), np.zeros(0), np.zeros(0), np.zeros(0), [], [])
    assert judge_lots(empty, [], rules) == []


# --------------------------------------------------------------------------- the vectorised path = one lot at a time


def test_judge_lots_limits_equal_resolve_limits(rules):
    rng = np.random.default_rng(11)
    land_uses = ["industrial", "warehouse", "rnd", "services", "housing", "green", "mixed", None]
    uses = {"industrial": ("factory",), "warehouse": ("warehouse",), "rnd": ("laboratory",),
            "services": ("office",), "housing": ("dormitory",), "green": ("pavilion",), "mixed": ("hotel",),
            None: ("office",)}
    lots, ctx = [], []
    for i in range(400):
        lu = land_uses[i % len(land_uses)]
        house = lu == "housing" and i % 3 == 0
        lots.append({"code": "L{}".format(i), "lot_area_m2": float(rng.choice([80, 150, 2500, 9000, 20000, 40000])),
                     "max_height_m": float(rng.choice([np.nan, 10, 19, 23.5, 46, 60])),
                     "max_floors": float(rng.choice([np.nan, 2, 5, 6, 12])),
                     "road_width_m": float(rng.choice([np.nan, 12, 19, 22, 40])),
                     "building_uses": ("villa",) if house else uses[lu]})
        plan = {k: (None if rng.random() < 0.3 else v) for k, v in PLAN.items() if k != "allowed_uses"}
        plan["existing_area"] = bool(rng.random() < 0.3)
        ctx.append(LotContext(lots[-1]["code"], lu, "Z{}".format(i % 7), None, bool(rng.random() < 0.3), plan))
    verdicts = judge_lots(measures(*lots), ctx, rules)
    for lot, c, v in zip(lots, ctx, verdicts):
        single = resolve_limits(c, lot, rules)
        assert v.limits == single, lot["code"]


def test_no_road_along_the_lot_means_no_road_setback(rules):
    v = judge(rules, {"min_setback_m": np.nan, "road_width_m": np.nan})
    assert v.status == PASS and "setback" not in v.insufficient_rules
    assert sentence(v, "Setback").startswith(
        "Setback: no road runs along the lot (none within 60 m), no road setback applies; ")
