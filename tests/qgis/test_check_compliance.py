"""dsezatwin:checkcompliance on hand-made lots with known answers, and on the demo twin's deliberate breaches."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
import shapely
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant
from twin_test_layers import memory_layer, moved_to_wgs84

from dseza_twin.dseza_twin_plugin.core.planning.report import OUTPUT_COLUMNS, VIOLATION_COLUMNS

# --------------------------------------------------------------------------- the hand-made site
# Zone Z1 (industrial, plan: coverage ≤ 60 %, FAR ≤ 1.2, height ≤ 20 m, floors ≤ 3, green ≥ 20 %,
# setback ≥ 5 m, uses factory; warehouse; office) is 0–300 × 0–200. Zone Z2 (industrial, plan coverage ≤ 80 %:
# the national 70 % of QCVN 01:2021/BXD 2.5.3 is stricter) is 0–300 × 200–300. Lots of 50 × 100 m (5,000 m²):
#
#   L1  B1 800 m², 10 m, 2 floors, GFA 1,600, green 1,500          → pass (16 %, FAR 0.32)
#   L2  half of B2 (B2 straddles L2/L3: 800 m², GFA 1,600)        → pass (8 %, FAR 0.16: GFA prorated)
#   L3  the other half of B2 + B3 900 m², 25 m, 3 floors           → fail height (25 > 20)
#   L4  B4 46 × 78 = 3,588 m², green exactly 20 %                  → fail coverage (71.76 > 60, plan wins)
#   L5  no building                                                 → pass (coverage 0, FAR 0)
#   L6  B6 with no height, floors nor GFA                           → insufficient_data
#   L7  multipart lot (two 50 × 50 parts), two 900 m² buildings     → pass (36 %, FAR 0.72)
#   L8  2,500 m², B8 1,600 m², 3 floors, GFA 4,800                  → fail coverage (64 %) and far (1.92)
#   L9  2,500 m², green 10 %, a dormitory on industrial land        → fail green and land_use
#   L10 (zone Z2) B10 3,600 m² (72 %)                               → fail coverage (70 %, national wins)

Z1 = dict(code="Z1", land_use="industrial", area_code="A", max_coverage_pct=60.0, max_far=1.2, max_height_m=20.0,
          max_floors=3, min_green_pct=20.0, min_setback_m=5.0, allowed_uses="factory; warehouse; office",
          plan_decision="QĐ 1/QĐ-BQL 2026")
Z2 = dict(Z1, code="Z2", max_coverage_pct=80.0, max_far=2.0, max_height_m=30.0, max_floors=5,
          plan_decision="QĐ 2/QĐ-BQL 2026")
ZONES = [(shapely.box(0, 0, 300, 200), Z1), (shapely.box(0, 200, 300, 300), Z2)]
LOTS = [
    ("L1", shapely.box(0, 0, 50, 100), 1500.0),
    ("L2", shapely.box(50, 0, 100, 100), 1500.0),
    ("L3", shapely.box(100, 0, 150, 100), 1500.0),
    ("L4", shapely.box(150, 0, 200, 100), 1000.0),
    ("L5", shapely.box(200, 0, 250, 100), None),
    ("L6", shapely.box(250, 0, 300, 100), 1500.0),
    ("L7", shapely.MultiPolygon([shapely.box(0, 150, 50, 200), shapely.box(100, 150, 150, 200)]), 1500.0),
    ("L8", shapely.box(200, 150, 250, 200), 500.0),
    ("L9", shapely.box(250, 150, 300, 200), 250.0),
    ("L10", shapely.box(0, 200, 50, 300), 1500.0),
]
BUILDINGS = [  # geometry, height, floors, gfa, use
    (shapely.box(10, 10, 30, 50), 10.0, 2, 1600.0, "factory"),
    (shapely.box(90, 10, 110, 50), 10.0, 2, 1600.0, "factory"),
    (shapely.box(110, 60, 140, 90), 25.0, 3, 2700.0, "factory"),
    (shapely.box(152, 2, 198, 80), 8.0, 1, 3588.0, "warehouse"),
    (shapely.box(260, 10, 280, 30), None, None, None, "factory"),
    (shapely.box(10, 160, 40, 190), 10.0, 2, 1800.0, "factory"),
    (shapely.box(110, 160, 140, 190), 10.0, 2, 1800.0, "office"),
    (shapely.box(205, 155, 245, 195), 15.0, 3, 4800.0, "factory"),
    (shapely.box(260, 160, 270, 170), 5.0, 1, 100.0, "dormitory"),
    (shapely.box(5, 210, 45, 300), 10.0, 1, 3600.0, "factory"),
]
EXPECTED = {"L1": ("pass", ""), "L2": ("pass", ""), "L3": ("fail", "height"), "L4": ("fail", "coverage"),
            "L5": ("pass", ""), "L6": ("insufficient_data", ""), "L7": ("pass", ""),
            "L8": ("fail", "coverage, far"), "L9": ("fail", "green, land_use"), "L10": ("fail", "coverage")}
PLAN_FIELDS = ("max_coverage_pct:double&field=max_far:double&field=max_height_m:double&field=max_floors:integer"
               "&field=min_green_pct:double&field=min_setback_m:double&field=allowed_uses:string"
               "&field=plan_decision:string")
PLAN_KEYS = ("max_coverage_pct", "max_far", "max_height_m", "max_floors", "min_green_pct", "min_setback_m",
             "allowed_uses", "plan_decision")


def zone_layer():
    return memory_layer("MultiPolygon", "field=code:string&field=land_use:string&field=area_code:string&field="
                        + PLAN_FIELDS, [(g, [z["code"], z["land_use"], z["area_code"]] + [z[k] for k in PLAN_KEYS])
                                        for g, z in ZONES])


def lot_layer(with_plan: bool = False):
    fields = "field=code:string&field=land_use:string&field=green_area_m2:double"
    if with_plan:
        fields += "&field=" + PLAN_FIELDS
    rows = []
    for code, geom, green in LOTS:
        zone = Z2 if code == "L10" else Z1
        rows.append((geom, [code, "industrial", green] + ([zone[k] for k in PLAN_KEYS] if with_plan else [])))
    return memory_layer("MultiPolygon", fields, rows)


def building_layer():
    return memory_layer("MultiPolygon", "field=height_m:double&field=floors:integer&field=gfa_m2:double"
                        "&field=use:string", [(g, [h, f, a, u]) for g, h, f, a, u in BUILDINGS])


def run(params: dict) -> dict:
    from qgis import processing

    base = {"PARCELS": lot_layer(), "BUILDINGS": building_layer(), "ZONING": zone_layer(), "OUTPUT": "memory:",
            "VIOLATIONS": "memory:", "REPORT": None}
    base.update(params)
    return processing.run("dsezatwin:checkcompliance", base)


def plain(value):
    """NULL (a null QVariant in QGIS 3.22) as None."""
    return None if isinstance(value, QVariant) and value.isNull() else value


def by_code(layer) -> dict:
    return {f["code"]: {n: plain(f[n]) for n in layer.fields().names()} for f in layer.getFeatures()}


def test_hand_made_lots_get_the_known_verdicts(plugin):
    result = run({})
    lots = by_code(result["OUTPUT"])
    assert {c: (r["status"], r["failed_rules"]) for c, r in lots.items()} == EXPECTED
    assert (result["LOTS"], result["PASSED"], result["FAILED"], result["INSUFFICIENT"]) == (10, 4, 5, 1)
    assert result["USED_PUSHDOWN"] == 0
    assert result["OUTPUT"].fields().names() == [name for name, _ in OUTPUT_COLUMNS]
    assert result["OUTPUT"].crs().authid() == "EPSG:5899"


def test_measured_values(plugin):
    lots = by_code(run({})["OUTPUT"])
    l1, l2, l3, l4, l5, l7, l8 = (lots[c] for c in ("L1", "L2", "L3", "L4", "L5", "L7", "L8"))
    assert (l1["lot_area_m2"], l1["footprint_m2"], l1["gfa_m2"]) == pytest.approx((5000, 800, 1600))
    assert (l1["coverage_pct"], l1["far"], l1["max_height_m"], l1["green_pct"]) == pytest.approx((16, 0.32, 10, 30))
    # a building crossing the boundary: only the part inside counts, its GFA prorated
    assert (l2["footprint_m2"], l2["gfa_m2"], l2["far"]) == pytest.approx((400, 800, 0.16))
    assert (l3["footprint_m2"], l3["gfa_m2"], l3["max_height_m"]) == pytest.approx((1300, 3500, 25))
    assert l4["coverage_pct"] == pytest.approx(71.76) and l4["green_pct"] == pytest.approx(20.0)
    assert (l5["footprint_m2"], l5["coverage_pct"], l5["far"]) == (0, 0, 0)
    assert (l7["lot_area_m2"], l7["coverage_pct"], l7["far"]) == pytest.approx((5000, 36, 0.72))  # multipart
    assert (l8["coverage_pct"], l8["far"]) == pytest.approx((64, 1.92))
    assert l1["min_setback_m"] is None  # no roads: not measured
    assert l1["zone_code"] == "Z1" and l1["area_code"] == "A" and lots["L10"]["zone_code"] == "Z2"


def test_winning_limits_and_their_sources(plugin):
    result = run({})
    lots = by_code(result["OUTPUT"])
    # plan stricter than national: plan wins
    assert lots["L4"]["coverage_limit_pct"] == 60.0 and "QĐ 1/QĐ-BQL 2026" in lots["L4"]["explanation"]
    violations = [f for f in result["VIOLATIONS"].getFeatures()]
    (l4,) = [v for v in violations if v["code"] == "L4"]
    assert "QĐ 1/QĐ-BQL 2026" in l4["clause"] and "Z1" in l4["clause"] and float(l4["limit"]) == 60.0
    # national stricter than the plan (80 %): QCVN 01:2021 2.5.3 wins
    assert lots["L10"]["coverage_limit_pct"] == 70.0
    (l10,) = [v for v in violations if v["code"] == "L10"]
    assert l10["rule_id"] == "coverage" and "QCVN 01:2021/BXD 2.5.3" in l10["clause"]
    assert float(l10["measured"]) == pytest.approx(72.0) and float(l10["limit"]) == 70.0
    assert (lots["L1"]["far_limit"], lots["L1"]["height_limit_m"], lots["L1"]["green_min_pct"]) == (1.2, 20, 20)
    assert lots["L1"]["setback_min_m"] is None  # setbacks not checked without roads


def test_override_wins(plugin, tmp_path):
    overrides = tmp_path / "overrides.csv"
    overrides.write_text("lot_code,rule_id,value,combine,decision,date,note\n"
                         "L1,height,8,replace,QĐ 99/QĐ-BQL 2026,2026-03-01,helipad approach\n", encoding="utf-8")
    lots = by_code(run({"RULES": "qcvn01-2021,plan,{}".format(overrides)})["OUTPUT"])
    assert lots["L1"]["status"] == "fail" and lots["L1"]["failed_rules"] == "height"
    assert lots["L1"]["height_limit_m"] == 8.0 and "QĐ 99/QĐ-BQL 2026" in lots["L1"]["explanation"]


def test_violations_layer(plugin):
    result = run({})
    layer = result["VIOLATIONS"]
    assert layer.fields().names() == [name for name, _ in VIOLATION_COLUMNS]
    pairs = sorted((f["code"], f["rule_id"]) for f in layer.getFeatures())
    assert pairs == sorted([("L3", "height"), ("L4", "coverage"), ("L8", "coverage"), ("L8", "far"),
                            ("L9", "green"), ("L9", "land_use"), ("L10", "coverage")])
    for f in layer.getFeatures():
        assert f["clause"] and f["explanation"] and not f.geometry().isEmpty()


def test_roads_give_setbacks(plugin):
    # a 20 m road along y = −10: its red line is the lots' bottom edge (y = 0)
    roads = memory_layer("LineString", "field=width_m:double&field=network:string",
                         [(shapely.LineString([(-50, -10), (350, -10)]), [20.0, "road"]),
                          (shapely.LineString([(-50, -5), (350, -5)]), [None, "water"])])
    lots = by_code(run({"ROADS": roads})["OUTPUT"])
    assert lots["L4"]["min_setback_m"] == pytest.approx(2.0)
    assert lots["L4"]["setback_min_m"] == 5.0 and "setback" in lots["L4"]["failed_rules"]
    assert lots["L1"]["min_setback_m"] == pytest.approx(10.0) and lots["L1"]["status"] == "pass"
    # lots more than 60 m from any road: no road runs along them, so no road setback applies (said so)
    assert lots["L7"]["status"] == "pass" and lots["L7"]["min_setback_m"] is None
    assert "no road runs along the lot (none within 60 m), no road setback applies" in lots["L7"]["explanation"]


def test_limits_from_the_lots_own_attributes_without_zoning(plugin):
    lots = by_code(run({"PARCELS": lot_layer(with_plan=True), "ZONING": None})["OUTPUT"])
    assert {c: (r["status"], r["failed_rules"]) for c, r in lots.items()} == EXPECTED
    assert lots["L4"]["coverage_limit_pct"] == 60.0 and lots["L4"]["zone_code"] is None


def test_layers_in_another_crs_are_measured_in_metres(plugin):
    result = run({"PARCELS": moved_to_wgs84(lot_layer()), "BUILDINGS": moved_to_wgs84(building_layer()),
                  "ZONING": moved_to_wgs84(zone_layer())})
    lots = by_code(result["OUTPUT"])
    assert lots["L4"]["coverage_pct"] == pytest.approx(71.76, rel=1e-6)
    assert lots["L1"]["lot_area_m2"] == pytest.approx(5000, rel=1e-6)
    assert {c: r["status"] for c, r in lots.items()} == {c: s for c, (s, _) in EXPECTED.items()}


def test_report_html_and_csv(plugin, tmp_path):
    path = tmp_path / "báo cáo.html"
    result = run({"REPORT": str(path)})
    assert result["REPORT"] == str(path) and result["REPORT_CSV"] == str(tmp_path / "báo cáo.csv")
    text = path.read_text(encoding="utf-8")
    for needle in ("By functional area", "By planning zone", "qcvn01-2021", "2021.1.0", "Resolution order",
                   "coverage (", "QĐ 1/QĐ-BQL 2026", "<td>Z1</td>"):
        assert needle in text, needle
    with open(result["REPORT_CSV"], encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["level", "code", "lots", "pass", "fail", "insufficient_data", "top_failing_rules"]
    statuses = [s for s, _ in EXPECTED.values()]
    areas = [r for r in rows if r["level"] == "functional_area"]
    zones = [r for r in rows if r["level"] == "planning_zone"]
    for level in (areas, zones):  # every lot counted once at each level
        assert sum(int(r["lots"]) for r in level) == len(LOTS)
        for status in ("pass", "fail", "insufficient_data"):
            assert sum(int(r[status]) for r in level) == statuses.count(status)
    assert "Z1" in {r["code"] for r in zones}


def test_clear_errors(plugin):
    with pytest.raises(QgsProcessingException, match="has no field 'ma_lo'"):
        run({"PARCEL_CODE_FIELD": "ma_lo"})
    with pytest.raises(QgsProcessingException, match="[Rr]ule pack"):
        run({"RULES": "qcvn01-2021,no-such-pack"})
    points = memory_layer("Point", "field=code:string", [(shapely.Point(1, 1), ["P"])])
    with pytest.raises(QgsProcessingException):
        run({"BUILDINGS": points})
    no_height = memory_layer("Polygon", "field=name:string", [(shapely.box(0, 0, 1, 1), ["x"])])
    with pytest.raises(QgsProcessingException, match="height_m, floors, gfa_m2"):
        run({"BUILDINGS": no_height})
    dup = memory_layer("Polygon", "field=code:string", [(shapely.box(0, 0, 1, 1), ["A"]),
                                                         (shapely.box(2, 0, 3, 1), ["A"])])
    with pytest.raises(QgsProcessingException, match="unique"):
        run({"PARCELS": dup})


# --------------------------------------------------------------------------- the demo twin

END = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def demo(tmp_path_factory, plugin):
    from qgis import processing

    from dseza_twin.dseza_twin_plugin.core.demo import build_demo_twin

    path = str(tmp_path_factory.mktemp("demo") / "twin.gpkg")
    processing.run("dsezatwin:loaddemotwin", {"STORE": path, "DAYS": 1, "END": END.isoformat()})
    twin = build_demo_twin(seed=2026, scale=1, days=1, end=END)
    return path, twin


def demo_layer(path: str, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
    assert layer.isValid()
    return layer


def test_demo_twin_deliberate_breaches_fail_the_right_rule(demo, tmp_path):
    from qgis import processing

    path, twin = demo
    result = processing.run("dsezatwin:checkcompliance", {
        "PARCELS": demo_layer(path, "parcels"), "BUILDINGS": demo_layer(path, "buildings"),
        "ZONING": demo_layer(path, "planning_zones"), "ROADS": demo_layer(path, "network_links"),
        "OUTPUT": "memory:", "VIOLATIONS": "memory:", "REPORT": str(tmp_path / "demo.html")})
    lots = by_code(result["OUTPUT"])
    assert len(lots) == len(twin.layers["parcels"])
    lot_of = {b["code"]: b["parcel_code"] for b in twin.layers["buildings"]}
    kinds = set(twin.deliberate_breaches.values())
    assert kinds >= {"outside_lot", "height", "coverage", "far", "green"}
    setback_caught = 0
    for code, kind in twin.deliberate_breaches.items():
        lot = lots[lot_of.get(code, code)]  # building breaches name the building, green breaches the lot
        failed = lot["failed_rules"].split(", ")
        if kind == "outside_lot":
            # only the part inside the lot counts; a building running into the road reserve fails its setback
            assert "crosses the lot boundary" in lot["explanation"], code
            setback_caught += "setback" in failed
        else:
            assert lot["status"] == "fail" and kind in failed, (code, kind, lot["failed_rules"])
    assert setback_caught > 0
    assert result["FAILED"] >= len([k for k in twin.deliberate_breaches.values() if k != "outside_lot"])
    # and the rest of the demo is clean: no lot lacks data, and almost every failure is a planted one
    # (a park pavilion may stand by an internal lane: a real, accidental finding)
    assert result["INSUFFICIENT"] == 0
    breach_lots = {lot_of.get(code, code) for code in twin.deliberate_breaches}
    accidental = [c for c, lot in lots.items() if lot["status"] == "fail" and c not in breach_lots]
    assert len(accidental) <= 0.005 * len(lots), accidental


def test_report_escapes_and_keeps_vietnamese():
    from dseza_twin.dseza_twin_plugin.core.planning.report import render_html, summarise

    rows = [{"code": "<b>L1</b>", "zone_code": "Khu Hòa Khánh", "area_code": "KCN-HK", "status": "fail",
             "failed_rules": "height", "explanation": "Chiều cao 25 m > 20 m & more"},
            {"code": "L2", "zone_code": "Khu Hòa Khánh", "area_code": "KCN-HK", "status": "pass",
             "failed_rules": "", "explanation": ""}]
    violations = [{"code": "<b>L1</b>", "rule_id": "height"}]
    text = render_html(rows, violations, "qcvn01-2021 2021.1.0 (national)", "1. Collect <candidates>")
    assert "<b>L1</b>" not in text and "&lt;b&gt;L1&lt;/b&gt;" in text
    assert "Chiều cao 25 m &gt; 20 m &amp; more" in text and "Khu Hòa Khánh" in text
    assert "1. Collect &lt;candidates&gt;" in text and '<meta charset="utf-8">' in text
    (zone,) = summarise(rows, violations, "zone_code")
    assert (zone["lots"], zone["pass"], zone["fail"], zone["top_rules"]) == (2, 1, 1, "height (1)")
