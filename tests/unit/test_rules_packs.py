"""Rule packs: loading, validation messages, overrides from JSON and CSV, the plan pack's reading and matrix."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from dseza_twin.dseza_twin_plugin.core.demo.planning import ALLOWED_USES, BUILDING_USES
from dseza_twin.dseza_twin_plugin.core.planning.packs import (
    LAND_USES,
    RULES_DIR,
    RulePackError,
    load_rules,
)
from dseza_twin.dseza_twin_plugin.core.planning.tables import BandTable, InterpolatedTable, UseTable
from dseza_twin.dseza_twin_plugin.store import schema


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def _national(tmp_path: Path, edit) -> Path:
    data = json.loads((RULES_DIR / "qcvn01-2021.json").read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "national.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _overrides(tmp_path: Path, entries, name="ov.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"id": "ov", "version": "1", "kind": "overrides", "title": "t",
                                "overrides": entries}), encoding="utf-8")
    return path


OVERRIDE = {"lot_code": "L1", "rule_id": "coverage", "value": 60, "combine": "min",
            "decision": "QĐ 45/QĐ-BQL 2026", "date": "2026-02-10", "note": "n"}


# --------------------------------------------------------------------------- shipped packs


def test_default_spec_and_describe(rules):
    assert rules.describe() == "qcvn01-2021 2021.1.0 (national), plan 2026.1.0 (plan)"
    assert [p.kind for p in rules.packs] == ["national", "plan"]
    assert rules.overrides == {}


def test_example_overrides_pack(rules):
    r = load_rules("qcvn01-2021,plan,overrides-example")
    assert r.describe().endswith("overrides-example 2026.1.0 (overrides, 3 entries)")
    o = r.overrides_for("DN-HTP-CN01-001")["height"]
    assert (o.value, o.combine, o.decision, o.date) == (30.0, "min", "QĐ 45/QĐ-BQL 2026", "2026-02-10")
    assert r.overrides_for("DN-HTP-NC01-002")["far"].combine == "replace"


def test_land_uses_are_the_store_ones():
    assert LAND_USES == schema.LAND_USES


def test_every_rule_and_table_carries_its_clause(rules):
    nat = rules.national
    assert all(t.clause.startswith("QCVN 01:2021/BXD") for t in nat.tables.values())
    assert all(r.clause.startswith("QCVN 01:2021/BXD") for r in nat.rules)
    assert all(z.clause.startswith("QCVN 01:2021/BXD") for z in nat.zone_rules.values())
    assert isinstance(nat.tables["2.7"], BandTable)
    assert isinstance(nat.tables["2.9"], InterpolatedTable) and isinstance(nat.tables["2.11"], UseTable)


def test_scalar_rules(rules):
    values = {r.id: (r.rule_id, r.value, r.clause) for r in rules.national.rules if r.value is not None}
    assert values["industrial_lot_max_net_density"] == ("coverage", 70.0, "QCVN 01:2021/BXD 2.5.3")
    assert values["industrial_lot_gt5_floors_max_net_density"] == ("coverage", 60.0, "QCVN 01:2021/BXD 2.5.3")
    assert values["public_service_lot_max_net_density_new_areas"] == ("coverage", 40.0, "QCVN 01:2021/BXD 2.6.3")
    assert values["public_service_lot_max_net_density_existing_areas"] == ("coverage", 60.0,
                                                                          "QCVN 01:2021/BXD 2.7.7")
    assert values["detached_house_max_far"] == ("far", 7.0, "QCVN 01:2021/BXD 2.6.3, chú thích Bảng 2.8")
    assert values["apartment_gt46m_max_far"][:2] == ("far", 13.0)
    assert values["existing_area_small_house_max_net_density"][:2] == ("coverage", 100.0)
    assert rules.value("qcvn01-2021", "industrial_zone_green_buffer_min_width") == (10.0, "QCVN 01:2021/BXD 2.5.2")
    assert rules.value("qcvn01-2021", "park_max_gross_density") == (5.0, "QCVN 01:2021/BXD 2.6.4")
    assert rules.value("other-pack", "industrial_zone_green_buffer_min_width") is None
    assert rules.value("qcvn01-2021", "no_such_rule") is None


def test_pack_matches_the_reference_csv(rules, shared_data):
    """Every transcribed value equals ../shared/reference/qcvn01_2021 (the project extract)."""
    ref = shared_data.parent / "reference" / "qcvn01_2021"
    tables = rules.national.tables

    def rows(name):
        with open(ref / name, encoding="utf-8") as f:
            return list(csv.DictReader(f))

    for key, name in (("2.9", "qcvn01_2021_table_2_9_apartment_max_net_density.csv"),
                      ("2.10", "qcvn01_2021_table_2_10_commercial_mixeduse_max_net_density.csv"),
                      ("2.12", "qcvn01_2021_table_2_12_max_far_existing_areas.csv")):
        ref_rows = rows(name)
        assert [(float(r["height_m"]), r["height_bound"]) for r in ref_rows] == tables[key].rows.points
        assert tables[key].values.tolist() == [
            [float(r[c]) for c in ("lot_le_3000_m2", "lot_10000_m2", "lot_18000_m2", "lot_ge_35000_m2")]
            for r in ref_rows]
    r28 = rows("qcvn01_2021_table_2_8_detached_house_max_net_density.csv")
    assert [(float(r["lot_area_m2_per_house"]), r["bound"]) for r in r28] == tables["2.8"].columns.points
    assert tables["2.8"].values.tolist() == [[float(r["max_net_density_pct"]) for r in r28]]
    r27 = rows("qcvn01_2021_table_2_7_min_setback_m.csv")
    assert tables["2.7"].values.tolist() == [
        [float(r[c]) for c in ("height_lt_19m", "height_19_to_lt_22m", "height_22_to_lt_28m", "height_ge_28m")]
        for r in r27]
    assert [r.value for r in tables["2.11"].rows.values()] == [
        float(r["min_green_pct"]) for r in rows("qcvn01_2021_table_2_11_min_green_ratio_in_lot.csv")]
    assert [r.value for r in tables["2.6"].rows.values()] == [
        float(r["min_pct_of_zone_area"]) for r in rows("qcvn01_2021_table_2_6_industrial_zone_min_land_shares.csv")]
    scalars = {r["rule_id"]: float(r["value"]) for r in rows("qcvn01_2021_scalar_rules.csv")}
    nat = rules.national
    for rule_id in ("industrial_lot_max_net_density", "industrial_lot_gt5_floors_max_net_density",
                    "public_service_lot_max_net_density_new_areas", "detached_house_max_far",
                    "apartment_gt46m_max_far", "industrial_zone_green_buffer_min_width",
                    "residential_unit_max_gross_density", "park_max_gross_density"):
        assert nat.value(rule_id)[0] == scalars[rule_id], rule_id


# --------------------------------------------------------------------------- the plan pack


def test_plan_pack_fields(rules):
    plan = rules.plan
    assert plan.fields == {"coverage": "max_coverage_pct", "far": "max_far", "height": "max_height_m",
                           "floors": "max_floors", "green": "min_green_pct", "setback": "min_setback_m"}
    assert (plan.allowed_uses_field, plan.decision_field) == ("allowed_uses", "plan_decision")


def test_read_plan_from_zone_attributes(rules):
    got = rules.plan.read_plan({"max_coverage_pct": 65, "max_far": "2,5", "max_height_m": None, "max_floors": 5,
                                "min_green_pct": "", "min_setback_m": 6.0,
                                "allowed_uses": "factory; Warehouse, data centre ; Nhà xưởng",
                                "plan_decision": " QĐ 1/QĐ-UBND 2010 ", "existing_area": "yes"})
    assert got == {"max_coverage_pct": 65.0, "max_far": 2.5, "max_height_m": None, "max_floors": 5.0,
                   "min_green_pct": None, "min_setback_m": 6.0,
                   "allowed_uses": ["factory", "warehouse", "data_centre", "factory"],
                   "plan_decision": "QĐ 1/QĐ-UBND 2010", "existing_area": True}
    empty = rules.plan.read_plan({})
    assert empty["allowed_uses"] is None and empty["existing_area"] is False and empty["max_far"] is None


@pytest.mark.parametrize("attrs, message", [
    ({"max_far": -1}, "zone DN-1: max_far is -1; a limit must be a number of 0 or more."),
    ({"max_coverage_pct": 120}, "zone DN-1: max_coverage_pct is 120 %; a percentage cannot exceed 100."),
    ({"max_height_m": "tall"}, "zone DN-1: max_height_m 'tall' is not a number."),
])
def test_read_plan_rejects_bad_limits(rules, attrs, message):
    with pytest.raises(ValueError) as err:
        rules.plan.read_plan(attrs, where="zone DN-1")
    assert str(err.value) == message


def test_matrix_covers_the_demo_twin(rules):
    """Every building use the demo places is allowed on its land use, zone lists included."""
    plan = rules.plan
    for land_use, uses in BUILDING_USES.items():
        zone_uses = tuple(u.strip() for u in ALLOWED_USES[land_use].split(";"))
        allowed, principal, refused = plan.allowed(land_use, zone_uses)
        assert refused == (), (land_use, refused)
        assert {plan.normalize_use(u) for u in uses} <= allowed, land_use
    assert set(plan.compatibility) == set(LAND_USES)


def test_use_names_are_normalised(rules):
    n = rules.plan.normalize_use
    assert n("Data Centre") == "data_centre"
    assert n("cold-store") == "cold_store"
    assert n("Nhà kho") == "warehouse"
    assert n("Trạm y tế") == "clinic"
    assert n("car park") == "parking"
    assert n(None) == ""


# --------------------------------------------------------------------------- overrides


def test_overrides_from_csv(tmp_path):
    path = tmp_path / "decisions-2026.csv"
    path.write_text("\ufefflot_code;rule_id;value;combine;decision;date;note\n"
                    "L1;coverage;62,5;min;QĐ 45/QĐ-BQL 2026;2026-02-10;helipad\n"
                    "\n"
                    "L2;setback;8;max;QĐ 46/QĐ-BQL 2026;2026-02-11;\n", encoding="utf-8")
    r = load_rules("qcvn01-2021,plan,{}".format(path))
    o = r.overrides_for("L1")["coverage"]
    assert (o.value, o.combine, o.decision, o.date, o.note) == (62.5, "min", "QĐ 45/QĐ-BQL 2026", "2026-02-10",
                                                               "helipad")
    assert r.overrides_for("L2")["setback"].value == 8.0
    info = r.packs[-1]
    assert (info.id, info.kind) == ("decisions-2026", "overrides")
    assert info.version.startswith("sha256:")
    assert r.describe().endswith("decisions-2026 {} (overrides, 2 entries)".format(info.version))


def test_overrides_csv_with_code_header_and_commas(tmp_path):
    path = tmp_path / "o.csv"
    path.write_text("code,rule_id,value,combine,decision,date\nL9,far,3,replace,QĐ 9/QĐ-BQL 2026,2026-01-01\n",
                    encoding="utf-8")
    assert load_rules(str(path)).overrides_for("L9")["far"].value == 3.0


def test_overrides_from_json(tmp_path):
    r = load_rules("plan,{}".format(_overrides(tmp_path, [OVERRIDE])))
    assert r.overrides_for("L1")["coverage"].value == 60.0
    assert r.national is None


# --------------------------------------------------------------------------- validation messages


def test_bad_json(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"id": "x", "version": "1",\n "kind": }', encoding="utf-8")
    with pytest.raises(RulePackError) as err:
        load_rules(str(path))
    assert str(err.value).startswith("Rule pack {} is not valid JSON: Expecting value (line 2".format(path))


def test_unknown_rule_id_in_overrides(tmp_path):
    path = _overrides(tmp_path, [dict(OVERRIDE, rule_id="density")])
    with pytest.raises(RulePackError) as err:
        load_rules(str(path))
    assert str(err.value) == ("Rule pack {}, override #1 (lot L1): rule_id 'density' is not one of coverage, far, "
                              "height, floors, green, setback.".format(path))


def test_unknown_rule_id_in_csv(tmp_path):
    path = tmp_path / "o.csv"
    path.write_text("lot_code,rule_id,value,combine,decision,date\nL1,coverage,60,min,QĐ 1,2026-01-01\n"
                    "L2,storeys,5,min,QĐ 2,2026-01-01\n", encoding="utf-8")
    with pytest.raises(RulePackError) as err:
        load_rules(str(path))
    assert str(err.value) == ("Overrides file {}, line 3 (lot L2): rule_id 'storeys' is not one of coverage, far, "
                              "height, floors, green, setback.".format(path))


def test_missing_clause(tmp_path):
    path = _national(tmp_path, lambda d: d["rules"][0].pop("clause"))
    with pytest.raises(RulePackError) as err:
        load_rules(str(path))
    assert str(err.value) == ("Rule pack {}, rule 'industrial_lot_max_net_density': 'clause' is missing or "
                              "empty.".format(path))


def test_negative_value(tmp_path):
    path = _national(tmp_path, lambda d: d["rules"][0].update(value=-70))
    with pytest.raises(RulePackError) as err:
        load_rules(str(path))
    assert str(err.value) == ("Rule pack {}, rule 'industrial_lot_max_net_density': value -70 is negative; limits "
                              "are 0 or more.".format(path))


def test_negative_override(tmp_path):
    path = _overrides(tmp_path, [dict(OVERRIDE, value=-5)])
    with pytest.raises(RulePackError, match=r"override #1 \(lot L1\): value -5 is negative"):
        load_rules(str(path))


def test_negative_table_value(tmp_path):
    path = _national(tmp_path, lambda d: d["tables"]["2.9"]["rows"][3]["values"].__setitem__(1, -53))
    with pytest.raises(RulePackError) as err:
        load_rules(str(path))
    assert str(err.value) == ("Rule pack {}, table 2.9, row #4: value -53 is negative; limits are 0 or "
                              "more.".format(path))


@pytest.mark.parametrize("edit, message", [
    (lambda d: d.pop("version"), "'version' is missing or empty; every pack needs id, version, kind and title."),
    (lambda d: d.update(kind="regional"), "kind 'regional' is not one of national, plan, overrides."),
    (lambda d: d.update(format=2), "format 2 is not supported"),
    (lambda d: d["rules"][0].update(value=170), "value 170 % is above 100 %."),
    (lambda d: d["rules"][0].update(value="70"), "value '70' is not a number."),
    (lambda d: d["rules"][0].update(rule="density"), "rule 'density' is not one of coverage, far, height"),
    (lambda d: d["rules"][0].update(table="2.9"), "give either a 'value' or a 'table', not both."),
    (lambda d: d["rules"][4].update(table="2.99"), "table '2.99' is not in the pack"),
    (lambda d: d["rules"][0]["applies_to"].update(land_uses=["factories"]), "unknown land use(s) factories"),
    (lambda d: d["rules"][0]["applies_to"].update(storeys_gt=5), "unknown condition(s) storeys_gt"),
    (lambda d: d["rules"][5].update(supersedes=["nothing"]), "supersedes 'nothing', which is not a rule"),
    (lambda d: d["tables"]["2.7"]["rows"][1].pop("note"), "an uncertain row needs a 'note' saying why."),
    (lambda d: d["tables"]["2.9"]["rows"][2].update(at=10), "values must increase"),
    (lambda d: d["rules"].append(dict(d["rules"][0])), "id 'industrial_lot_max_net_density' is used twice."),
])
def test_national_pack_errors(tmp_path, edit, message):
    path = _national(tmp_path, edit)
    with pytest.raises(RulePackError) as err:
        load_rules(str(path))
    assert str(path) in str(err.value)
    assert message in str(err.value)


@pytest.mark.parametrize("entry, message", [
    (dict(OVERRIDE, combine="average"), "combine 'average' must be replace, min or max."),
    (dict(OVERRIDE, decision=""), "'decision' is missing or empty."),
    (dict(OVERRIDE, date="10/02/2026"), "date '10/02/2026' is not a date written YYYY-MM-DD."),
    (dict(OVERRIDE, value=101), "value 101 % is above 100 %."),
    ({k: v for k, v in OVERRIDE.items() if k != "lot_code"}, "'lot_code' is missing or empty."),
])
def test_override_errors(tmp_path, entry, message):
    with pytest.raises(RulePackError) as err:
        load_rules(str(_overrides(tmp_path, [entry])))
    assert message in str(err.value)


def test_two_overrides_of_one_rule(tmp_path):
    a = _overrides(tmp_path, [OVERRIDE], "a.json")
    b = tmp_path / "b.csv"
    b.write_text("lot_code,rule_id,value,combine,decision,date\nL1,coverage,55,replace,QĐ 50/QĐ-BQL 2026,2026-03-01\n",
                 encoding="utf-8")
    with pytest.raises(RulePackError) as err:
        load_rules("{},{}".format(a, b))
    assert str(err.value) == ("Lot L1 has two overrides of rule 'coverage': QĐ 45/QĐ-BQL 2026 ({}#1) and "
                              "QĐ 50/QĐ-BQL 2026 ({}:2). Keep the one in force.".format(a, b))


def test_csv_missing_column_and_bad_value(tmp_path):
    path = tmp_path / "o.csv"
    path.write_text("lot_code,rule_id,value,decision,date\nL1,far,2,QĐ 1,2026-01-01\n", encoding="utf-8")
    with pytest.raises(RulePackError) as err:
        load_rules(str(path))
    assert str(err.value) == ("Overrides file {}: column(s) combine missing; the columns are lot_code,rule_id,value,"
                              "combine,decision,date,note.".format(path))
    path.write_text("lot_code,rule_id,value,combine,decision,date\nL1,far,two,min,QĐ 1,2026-01-01\n", encoding="utf-8")
    with pytest.raises(RulePackError, match=r"line 2 \(lot L1\): value 'two' is not a number."):
        load_rules(str(path))


def test_unknown_pack_and_missing_file(tmp_path):
    with pytest.raises(RulePackError) as err:
        load_rules("qcvn01-2021,plan-2030")
    assert str(err.value).startswith("There is no rule pack 'plan-2030' in {} (packs there: ".format(RULES_DIR))
    with pytest.raises(RulePackError, match="does not exist"):
        load_rules(str(tmp_path / "nope.json"))
    with pytest.raises(RulePackError, match="must name at least one pack"):
        load_rules(" , ")


def test_two_national_packs_and_id_mismatch(tmp_path):
    folder = tmp_path / "rules"
    folder.mkdir()
    shutil.copy(RULES_DIR / "qcvn01-2021.json", folder / "qcvn01-2021.json")
    shutil.copy(RULES_DIR / "qcvn01-2021.json", folder / "copy.json")
    with pytest.raises(RulePackError, match="are both national packs"):
        load_rules("qcvn01-2021,{}".format(folder / "copy.json"), rules_dir=folder)
    with pytest.raises(RulePackError, match="asked for as 'copy' but declares id 'qcvn01-2021'"):
        load_rules("copy", rules_dir=folder)
