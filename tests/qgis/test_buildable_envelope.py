"""dsezatwin:buildableenvelope in headless QGIS: hand-built lots, a MultiPolygonZ output, clear errors, styling.

Lots 100 × 50 m (5,000 m²) along a road whose red line is their south side (see tests/unit/test_envelope.py
for the geometry of each road-width class, checked level by level there).
"""

from __future__ import annotations

import pytest
import shapely
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsWkbTypes
from twin_test_layers import memory_layer, moved_to_wgs84

from dseza_twin.dseza_twin_plugin.core.planning.envelope import solid_volume

LOT_FIELDS = ("field=code:string&field=land_use:string&field=max_height_m:double&field=max_floors:double"
              "&field=max_far:double&field=min_setback_m:double")


def lots_layer():
    # A: road 12 m, 25 m high, 5 floors, FAR 2 → bands 0–19 (0 m), 19–22 (3 m), 22–25 (4 m)
    # B: road 30 m, 30 m high, no FAR → 0–28 (0 m), 28–30 (6 m); 8 floors of 3.75 m
    # C: no road near it (500 m away from every road), 12 m, 3 floors, FAR 1; a building on it
    return memory_layer("Polygon", LOT_FIELDS, [
        (shapely.box(0, 0, 100, 50), ["A", "industrial", 25.0, 5.0, 2.0, None]),
        (shapely.box(300, 0, 400, 50), ["B", "industrial", 30.0, 8.0, None, None]),
        (shapely.box(0, 1000, 100, 1050), ["C", "industrial", 12.0, 3.0, 1.0, None]),
    ])


def roads_layer():
    return memory_layer("LineString", "field=code:string&field=width_m:double&field=network:string", [
        ("LINESTRING(-100 -6, 200 -6)", ["R12", 12.0, "road"]),
        ("LINESTRING(250 -15, 450 -15)", ["R30", 30.0, "road"]),
        ("LINESTRING(-100 500, 200 500)", ["W1", None, "water"]),  # not a road: left out
    ])


def buildings_layer():
    return memory_layer("Polygon", "field=height_m:double&field=floors:integer&field=gfa_m2:double&field=use:string",
                        [(shapely.box(10, 1010, 50, 1030), [9.0, 3, None, "factory"])])


def run(**overrides):
    from qgis import processing

    params = {"PARCELS": lots_layer(), "ROADS": roads_layer(), "BUILDINGS": buildings_layer(),
              "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(overrides)
    return processing.run("dsezatwin:buildableenvelope", params)


def by_code(layer: QgsVectorLayer) -> dict:
    return {f["code"]: f for f in layer.getFeatures()}


def test_envelopes_match_hand_built_geometry(plugin):
    result = run()
    out = result["OUTPUT"]
    assert QgsWkbTypes.hasZ(out.wkbType()) and QgsWkbTypes.flatType(out.wkbType()) == QgsWkbTypes.MultiPolygon
    assert out.crs().authid() == "EPSG:5899"
    f = by_code(out)
    vol_a = 5000 * 19 + 4700 * 3 + 4600 * 3
    vol_b = 5000 * 28 + 4400 * 2
    vol_c = 5000 * 12
    for code, vol in (("A", vol_a), ("B", vol_b), ("C", vol_c)):
        assert f[code]["envelope_volume_m3"] == pytest.approx(vol)
        solid = shapely.from_wkb(bytes(f[code].geometry().asWkb()))
        assert solid.has_z and solid_volume(solid) == pytest.approx(vol)
    assert f["A"]["setbacks"] == "road #1 (12 m wide): 0 m at 0–19 m, 3 m at 19–22 m, 4 m at 22–25 m"
    assert f["B"]["setbacks"] == ("road #2 (30 m wide): 0 m at 0–19 m, 0 m at 19–22 m, 0 m at 22–28 m, "
                                  "6 m at 28–30 m")
    assert f["C"]["setbacks"] == "no road runs along the lot: no road setback"
    # A: coverage 70 % → 3,500 m²; floors 5 × 3,500 = 17,500; FAR 2 → 10,000
    assert f["A"]["buildable_footprint_m2"] == pytest.approx(3500.0) and f["A"]["coverage_capped"]
    assert f["A"]["max_gfa_m2"] == pytest.approx(10000.0) and f["A"]["max_gfa_by"] == "far"
    assert f["A"]["coverage_clause"] == "QCVN 01:2021/BXD 2.5.3 (national)"
    # B: 8 floors > 5: 60 % → 3,000 m² per floor, 24,000 m²
    assert f["B"]["coverage_limit_pct"] == 60.0 and f["B"]["max_gfa_m2"] == pytest.approx(24000.0)
    # C: FAR 1 → 5,000; built 40 × 20 × 3 = 2,400 → 2,600 left
    assert f["C"]["built_gfa_m2"] == pytest.approx(2400.0)
    assert f["C"]["remaining_gfa_m2"] == pytest.approx(2600.0)
    assert result["LOTS"] == 3 and result["ENVELOPES"] == 3
    assert result["MAX_GFA_M2"] == pytest.approx(10000 + 24000 + 5000)
    assert result["REMAINING_GFA_M2"] == pytest.approx(10000 + 24000 + 2600)


def test_zoning_layer_gives_the_plan_limits(plugin):
    lots = memory_layer("Polygon", "field=code:string&field=land_use:string",
                        [(shapely.box(0, 0, 100, 50), ["Z1-1", "industrial"])])
    zones = memory_layer("Polygon", "field=code:string&field=land_use:string&field=max_height_m:double"
                         "&field=max_floors:double&field=max_far:double&field=plan_decision:string",
                         [(shapely.box(-10, -10, 200, 200), ["Z1", "industrial", 15.0, 3.0, 1.2, "QĐ 12/QĐ-UBND"])])
    f = by_code(run(PARCELS=lots, ZONING=zones, BUILDINGS=None)["OUTPUT"])["Z1-1"]
    assert f["height_limit_m"] == 15.0 and f["height_clause"] == "QĐ 12/QĐ-UBND, plan of zone Z1 (plan)"
    assert f["max_gfa_m2"] == pytest.approx(6000.0)
    assert f["envelope_volume_m3"] == pytest.approx(5000 * 15)


def test_layers_in_wgs84_are_measured_in_metres(plugin):
    lots = moved_to_wgs84(lots_layer())
    roads = moved_to_wgs84(roads_layer(), "LineString")
    f = by_code(run(PARCELS=lots, ROADS=roads, BUILDINGS=None)["OUTPUT"])
    assert f["A"]["lot_area_m2"] == pytest.approx(5000.0, rel=1e-3)
    assert f["A"]["envelope_volume_m3"] == pytest.approx(5000 * 19 + 4700 * 3 + 4600 * 3, rel=1e-3)


def test_clear_errors(plugin):
    no_width = memory_layer("LineString", "field=code:string", [("LINESTRING(0 -6, 100 -6)", ["R"])])
    with pytest.raises(QgsProcessingException, match="no width_m field"):
        run(ROADS=no_width)
    points = memory_layer("Point", "field=code:string", [("POINT(0 0)", ["P"])])
    with pytest.raises(QgsProcessingException):
        run(PARCELS=points)
    twice = memory_layer("Polygon", LOT_FIELDS, [(shapely.box(0, 0, 10, 10), ["A", "industrial", 9.0, 2.0, 1.0,
                                                                              None])] * 2)
    with pytest.raises(QgsProcessingException, match="unique"):
        run(PARCELS=twice)
    with pytest.raises(QgsProcessingException, match="no rule pack 'nope'"):
        run(RULES="nope")


def test_loaded_output_is_styled_with_a_3d_renderer(plugin):
    from qgis import processing
    from qgis.core import QgsProject

    before = set(QgsProject.instance().mapLayers())
    processing.runAndLoadResults("dsezatwin:buildableenvelope", {
        "PARCELS": lots_layer(), "ROADS": roads_layer(), "OUTPUT": "TEMPORARY_OUTPUT"})
    loaded = [lyr for lid, lyr in QgsProject.instance().mapLayers().items() if lid not in before]
    try:
        assert len(loaded) == 1
        layer = loaded[0]
        assert layer.renderer().type() == "singleSymbol"
        assert layer.renderer().symbol().color().name() == "#cfe6f5"
        assert layer.renderer3D() is not None and layer.renderer3D().type() == "vector"
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_envelope_renderer_draws_solids_at_their_own_heights(qgis_app):
    from dseza_twin.dseza_twin_plugin import twin_3d

    if not twin_3d.HAS_3D:
        pytest.skip("this QGIS has no 3D module")
    from qgis._3d import Qgs3DTypes

    renderer = twin_3d.envelope_renderer()  # keep it: it owns the symbol
    symbol = renderer.symbol()
    assert symbol.altitudeClamping() == Qgs3DTypes.AltClampAbsolute
    assert symbol.cullingMode() == Qgs3DTypes.NoCulling
    assert symbol.edgesEnabled() and symbol.material().diffuse().name() == "#cfe6f5"
