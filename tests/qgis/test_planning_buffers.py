"""Environmental buffers: hand-computed conflicts, the safety-distance pack, the algorithm and the demo twin."""

from __future__ import annotations

import json

import numpy as np
import pytest
import shapely
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsWkbTypes
from twin_test_layers import memory_layer

from dseza_twin.dseza_twin_plugin.core.planning import buffers as bf
from dseza_twin.dseza_twin_plugin.core.planning.packs import load_rules

# --------------------------------------------------------------------------- a hand-made site
# CN1 industrial zone 0–100; NO1 housing 6 m east of it (needs 10 m: 4 m short); NO2 housing exactly 10 m
# north of it (fine); the park PARK = CN1's outline (housing NO1 lies outside it: a park conflict too).
# WWTP at (500, 50), 1,000 m³/day (100 m): DV1 services 50 m east (conflict), NO3 housing 200 m east (fine).
# Lot P1 food processing (class IV, 100 m) at 290–350: NO1 ends at x = 200, 90 m away (conflict, 10 m short);
# lot P2 electronics (not a polluting sector) next to NO1; lot H1 housing inside NO1 (not a second receptor).


def sites():
    return {
        "areas": bf.Sites("areas", ["PARK"], np.array([shapely.box(0, 0, 100, 100)], dtype=object),
                          kind=["industrial_park"]),
        "zones": bf.Sites("zones", ["CN1", "NO1", "NO2", "DV1", "NO3"], np.array([
            shapely.box(0, 0, 100, 100), shapely.box(106, 0, 200, 100), shapely.box(0, 110, 100, 200),
            shapely.box(550, 0, 600, 100), shapely.box(700, 0, 800, 100)], dtype=object),
            land_use=["industrial", "housing", "housing", "services", "housing"]),
        "lots": bf.Sites("lots", ["P1", "P2", "H1"], np.array([
            shapely.box(290, 0, 350, 100), shapely.box(210, 0, 250, 100), shapely.box(120, 10, 150, 40)], dtype=object),
            land_use=["industrial", "industrial", "housing"], sector=["food processing", "electronics", None]),
        "facilities": bf.Sites("facilities", ["WWTP", "SUB"], np.array([shapely.Point(500, 50), shapely.Point(
            505, 50)], dtype=object), kind=["wwtp", "substation"], capacity=np.array([1000.0, 50.0])),
    }


@pytest.fixture(scope="module")
def pack():
    return bf.load_safety_pack(pack_value=load_rules("qcvn01-2021").value)


def by_rule(conflicts) -> dict:
    out: dict = {}
    for row in conflicts.rows:
        out.setdefault(row["rule_id"], []).append(row)
    return out


def test_hand_computed_conflicts(pack):
    found = by_rule(bf.find_conflicts(sites(), pack.rules, pack.receptor_uses))
    assert set(found) == {"industrial_green_buffer", "industrial_park_green_buffer", "wwtp_safety_distance",
                          "polluting_sector_distance"}
    (g,) = found["industrial_green_buffer"]  # NO2 at exactly 10 m is fine
    assert (g["source_code"], g["receptor_code"]) == ("CN1", "NO1")
    assert g["distance_m"] == pytest.approx(6.0) and g["required_m"] == 10.0 and g["shortfall_m"] == pytest.approx(4)
    assert g["clause"] == "QCVN 01:2021/BXD 2.5.2" and g["authority_default"] is False
    (p,) = found["industrial_park_green_buffer"]
    assert (p["source_code"], p["receptor_code"], p["source_layer"]) == ("PARK", "NO1", "areas")
    (w,) = found["wwtp_safety_distance"]
    assert (w["source_code"], w["receptor_code"], w["receptor_use"]) == ("WWTP", "DV1", "services")
    assert w["distance_m"] == pytest.approx(50.0) and w["required_m"] == 100.0
    assert w["authority_default"] is True and "Authority default" in w["clause"]
    assert "1,000 m³/day" in w["explanation"]
    (f,) = found["polluting_sector_distance"]
    assert (f["source_code"], f["receptor_code"]) == ("P1", "NO1")
    assert f["distance_m"] == pytest.approx(90.0) and f["required_m"] == 100.0
    assert "food processing" in f["explanation"] and "class IV" in f["explanation"]


def test_lines_and_polygons(pack):
    rules = [r for r in pack.rules if r.id == "industrial_green_buffer"]
    lines = bf.find_conflicts(sites(), rules, pack.receptor_uses, "line")
    assert lines.geoms[0].geom_type == "LineString" and lines.geoms[0].length == pytest.approx(6.0)
    polygons = bf.find_conflicts(sites(), rules, pack.receptor_uses, "polygon")
    # NO1 inside CN1's 10 m buffer: the strip 106–110 × 0–100 (the rounded corners fall outside NO1)
    assert polygons.geoms[0].area == pytest.approx(400.0, rel=1e-6)


def test_wwtp_distance_by_capacity(pack):
    (rule,) = [r for r in pack.rules if r.id == "wwtp_safety_distance"]
    plants = bf.Sites("facilities", ["a", "b", "c", "d", "e"], np.array([shapely.Point(0, 0)] * 5, dtype=object),
                      kind=["wwtp", "wwtp", "wwtp", "wwtp", "substation"],
                      capacity=np.array([4999.0, 5000.0, 60000.0, np.nan, 1.0]))
    required, _ = rule.required(plants)
    assert required[:4].tolist() == [100.0, 200.0, 300.0, 300.0]  # unknown capacity: the largest distance
    assert np.isnan(required[4])


def test_green_strip_width_comes_from_the_national_pack(tmp_path):
    data = json.loads((bf.RULES_DIR / "qcvn01-2021.json").read_text(encoding="utf-8"))
    for z in data["zone_rules"]:
        if z["id"] == "industrial_zone_green_buffer_min_width":
            z["value"] = 12
    (tmp_path / "national.json").write_text(json.dumps(data), encoding="utf-8")
    rules = load_rules(str(tmp_path / "national.json"))
    pack = bf.load_safety_pack(pack_value=rules.value)
    (rule,) = [r for r in pack.rules if r.id == "industrial_green_buffer"]
    assert rule.fixed_m == 12.0
    assert bf.load_safety_pack().rules[0].fixed_m == 10.0  # without the pack: the file's default


def test_bad_pack_is_refused(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"id": "x", "version": "1", "receptor_uses": {"housing": ["housing"]},
                                "rules": [{"id": "r", "source": {"layer": "roads"}, "receptors": ["housing"],
                                           "distance": {"distance_m": 5}}]}), encoding="utf-8")
    with pytest.raises(bf.SafetyPackError, match="source layer 'roads'"):
        bf.load_safety_pack(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(bf.SafetyPackError, match="cannot be read"):
        bf.load_safety_pack(path)


# --------------------------------------------------------------------------- the algorithm


def site_layers():
    s = sites()
    return {
        "AREAS": memory_layer("Polygon", "field=code:string&field=kind:string",
                              [(g, [c, k]) for g, c, k in zip(s["areas"].geoms, s["areas"].code, s["areas"].kind)]),
        "ZONING": memory_layer("Polygon", "field=code:string&field=land_use:string", [
            (g, [c, u]) for g, c, u in zip(s["zones"].geoms, s["zones"].code, s["zones"].land_use)]),
        "PARCELS": memory_layer("Polygon", "field=code:string&field=land_use:string&field=sector:string", [
            (g, [c, u, sec]) for g, c, u, sec in zip(s["lots"].geoms, s["lots"].code, s["lots"].land_use,
                                                     s["lots"].sector)]),
        "FACILITIES": memory_layer("Point", "field=code:string&field=kind:string&field=capacity:double", [
            (g, [c, k, float(cap)]) for g, c, k, cap in zip(s["facilities"].geoms, s["facilities"].code,
                                                           s["facilities"].kind, s["facilities"].capacity)]),
    }


def test_algorithm_finds_the_hand_computed_conflicts(plugin):
    from qgis import processing

    result = processing.run("dsezatwin:environmentalbuffers", dict(site_layers(), OUTPUT="memory:"))
    layer = result["OUTPUT"]
    assert result["CONFLICTS"] == 4 == layer.featureCount()
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.LineGeometry
    rows = {f["rule_id"]: f for f in layer.getFeatures()}
    assert rows["industrial_green_buffer"]["distance_m"] == pytest.approx(6.0)
    assert rows["industrial_green_buffer"].geometry().length() == pytest.approx(6.0)
    assert rows["wwtp_safety_distance"]["authority_default"] in (True, 1)
    assert rows["polluting_sector_distance"]["receptor_code"] == "NO1"


def test_algorithm_polygon_output(plugin):
    from qgis import processing

    result = processing.run("dsezatwin:environmentalbuffers", dict(site_layers(), GEOMETRY="polygon",
                                                                   OUTPUT="memory:"))
    layer = result["OUTPUT"]
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PolygonGeometry
    green = next(f for f in layer.getFeatures() if f["rule_id"] == "industrial_green_buffer")
    assert green.geometry().area() == pytest.approx(400.0, rel=1e-6)


def test_algorithm_needs_some_input(plugin):
    from qgis import processing

    with pytest.raises(QgsProcessingException, match="at least"):
        processing.run("dsezatwin:environmentalbuffers", {"OUTPUT": "memory:"})


def test_algorithm_reports_a_bad_safety_pack(plugin, tmp_path):
    from qgis import processing

    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="safety-distance pack"):
        processing.run("dsezatwin:environmentalbuffers", dict(site_layers(), SAFETY_PACK=str(bad), OUTPUT="memory:"))


def test_demo_twin_conflicts_are_real(qgis_app, plugin, tmp_path):
    """On the demo twin, every reported pair is truly closer than its requirement, and a WWTP pair is found."""
    from qgis import processing

    from dseza_twin.dseza_twin_plugin.store import open_store

    path = str(tmp_path / "demo.gpkg")
    processing.run("dsezatwin:loaddemotwin", {"STORE": path, "DAYS": 1, "END": "2026-01-01T00:00:00Z"})

    def layer(name):
        lyr = QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
        assert lyr.isValid()
        return lyr

    result = processing.run("dsezatwin:environmentalbuffers", {
        "AREAS": layer("functional_areas"), "ZONING": layer("planning_zones"), "PARCELS": layer("parcels"),
        "FACILITIES": layer("network_nodes"), "OUTPUT": "memory:"})
    features = list(result["OUTPUT"].getFeatures())
    assert features, "the demo has wastewater plants and polluting factories near housing"
    with open_store(path) as store:
        geoms = {}
        for name in ("functional_areas", "planning_zones", "parcels", "network_nodes"):
            geoms.update({r["code"]: r["geom"] for r in store.rows(name, ["code", "geom"])})
    for f in features:
        d = shapely.distance(geoms[f["source_code"]], geoms[f["receptor_code"]])
        assert d == pytest.approx(f["distance_m"], abs=1e-6)
        assert d < f["required_m"]
        assert f.geometry().length() == pytest.approx(d, abs=1e-6)
    assert {f["rule_id"] for f in features} >= {"wwtp_safety_distance", "polluting_sector_distance"}
