"""dsezatwin:importifc: real IFC models into twin buildings, the store and the planning check.

The library's own figures (storeys, footprint, height, floor area, georeferencing) are tested against
independent computations in tests/unit/test_bim_*.py; here: what the algorithm makes of them — output layers,
the store (linked to its lot, re-import updates), the planning check of that lot, and clear errors.
"""

from __future__ import annotations

import sqlite3

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsWkbTypes

DUPLEX = "Duplex_A_20110907.ifc"
DUPLEX_GEOREF = "Duplex_A_20110907_georeferenced.ifc"


@pytest.fixture(scope="module")
def demo(qgis_app, plugin, tmp_path_factory):
    from qgis import processing

    path = str(tmp_path_factory.mktemp("ifc") / "demo.gpkg")
    processing.run("dsezatwin:loaddemotwin", {"STORE": path, "DAYS": 1})
    return path


def _free_lot(store: str) -> tuple[str, float]:
    """An available High-Tech Park lot with no building yet: (code, area m²)."""
    with sqlite3.connect(store) as db:
        code, area = db.execute(
            "SELECT code, area_m2 FROM parcels p WHERE status = 'available' AND area_code = 'DN-HTP' "
            "AND area_m2 > 5000 AND NOT EXISTS (SELECT 1 FROM buildings b WHERE b.parcel_code = p.code) "
            "ORDER BY code LIMIT 1").fetchone()
    return code, area


def _run(params: dict) -> dict:
    from qgis import processing

    defaults = {"OUTPUT_BUILDINGS": "memory:", "OUTPUT_STOREYS": "memory:"}
    return processing.run("dsezatwin:importifc", {**defaults, **params})


def test_georeferenced_duplex_to_layers(plugin, shared_data, tmp_path):
    report = tmp_path / "duplex.html"
    result = _run({"INPUT": str(shared_data / "ifc" / DUPLEX_GEOREF), "OUTPUT_3D": "memory:",
                   "REPORT": str(report)})
    assert result["GEOREF_METHOD"] == "ePSet_MapConversion"
    assert result["BUILDINGS"] == 1 and result["STOREYS"] >= 4 and result["STORED"] == 0
    buildings = result["OUTPUT_BUILDINGS"]
    assert buildings.crs().authid() == "EPSG:5899" and buildings.featureCount() == 1
    building = next(buildings.getFeatures())
    assert building["source"] == "ifc" and building["code"] == "IFC-" + building["ifc_guid"]
    assert 5.0 < building["height_m"] < 15.0 and building["floors"] >= 2
    assert building["gfa_m2"] > building["footprint_m2"] > 50  # two floors and more
    assert abs(building.geometry().area() - building["footprint_m2"]) < 0.01 * building["footprint_m2"]
    storeys = result["OUTPUT_STOREYS"]
    assert storeys.featureCount() == result["STOREYS"]
    assert {s["building_guid"] for s in storeys.getFeatures()} == {building["ifc_guid"]}
    three_d = result["OUTPUT_3D"]
    assert three_d.wkbType() == QgsWkbTypes.MultiPolygonZ and three_d.featureCount() >= 3
    classes = {f["ifc_class"] for f in three_d.getFeatures()}
    assert {"IfcWallStandardCase", "IfcSlab"} & classes or {"IfcWall", "IfcSlab"} <= classes
    # The 3D shell stands on the footprint: its bounding box covers the footprint's.
    box = three_d.extent()
    assert box.contains(buildings.extent().buffered(-0.5))
    text = report.read_text(encoding="utf-8")
    assert "ePSet_MapConversion" in text and "EPSG:5899" in text and building["ifc_guid"] in text
    assert result["WARNINGS"] >= 1  # the sample is georeferenced in Belgium, not in Da Nang
    assert "Da Nang" in text


def test_model_onto_a_demo_lot_then_the_planning_check(plugin, shared_data, demo):
    """The loop closed: an IFC building lands in the store on a lot, and checkcompliance judges that lot
    with it."""
    from qgis import processing

    lot, lot_area = _free_lot(demo)
    result = _run({"INPUT": str(shared_data / "ifc" / DUPLEX), "STORE": demo, "PARCEL": lot, "GEOREF": "manual"})
    assert result["STORED"] == 1 and result["GEOREF_METHOD"] == "manual"
    imported = next(result["OUTPUT_BUILDINGS"].getFeatures())
    with sqlite3.connect(demo) as db:
        rows = db.execute("SELECT code, parcel_code, source, height_m, floors, gfa_m2, ifc_guid FROM buildings "
                          "WHERE source = 'ifc'").fetchall()
    assert rows == [(imported["code"], lot, "ifc", pytest.approx(imported["height_m"], abs=1e-3),
                     imported["floors"], pytest.approx(imported["gfa_m2"], abs=0.01), imported["ifc_guid"])]

    # Again: the same building is updated, not duplicated.
    again = _run({"INPUT": str(shared_data / "ifc" / DUPLEX), "STORE": demo, "PARCEL": lot, "GEOREF": "manual"})
    assert again["STORED"] == 1
    with sqlite3.connect(demo) as db:
        assert db.execute("SELECT count(*) FROM buildings WHERE source = 'ifc'").fetchone() == (1,)

    def layer(name):
        return QgsVectorLayer("{}|layername={}".format(demo, name), name, "ogr")

    parcels = layer("parcels")
    parcels.setSubsetString("\"code\" = '{}'".format(lot))
    check = processing.run("dsezatwin:checkcompliance", {
        "PARCELS": parcels, "BUILDINGS": layer("buildings"), "ZONING": layer("planning_zones"),
        "ROADS": layer("network_links"), "OUTPUT": "memory:", "VIOLATIONS": "memory:", "REPORT": ""})
    verdict = next(check["OUTPUT"].getFeatures())
    # An available lot has no planted area recorded: the green rule lacks data, every rule the building
    # touches (coverage, FAR, height, floors, setback) is judged.
    assert verdict["code"] == lot and verdict["status"] in ("pass", "fail", "insufficient_data")
    explanation = verdict["explanation"]
    for rule in ("Coverage", "FAR", "Height", "Floors", "Setback"):
        assert "{}: insufficient".format(rule) not in explanation and rule + ":" in explanation, explanation
    assert verdict["footprint_m2"] == pytest.approx(imported["footprint_m2"], rel=0.01)
    assert verdict["coverage_pct"] == pytest.approx(100.0 * imported["footprint_m2"] / lot_area, rel=0.02)
    assert verdict["max_height_m"] == pytest.approx(imported["height_m"], abs=0.01)
    assert verdict["gfa_m2"] == pytest.approx(imported["gfa_m2"], rel=0.01)


def test_a_model_without_georeferencing_needs_a_lot_or_an_anchor(plugin, shared_data, tmp_path):
    """IfcOpenHouse has no georeferencing at all (no map conversion, no site latitude/longitude): without a
    lot or an anchor the error says what to give; with a lot of the layer PARCELS it lands on that lot."""
    house = str(shared_data / "ifc" / "IfcOpenHouse_IFC4.ifc")
    with pytest.raises(QgsProcessingException, match="(?s)cannot be placed.*(PARCEL|ANCHOR)"):
        _run({"INPUT": house})
    lots = QgsVectorLayer("Polygon?crs=EPSG:5899&field=code:string", "lots", "memory")
    from qgis.core import QgsFeature, QgsGeometry

    lot = QgsFeature(lots.fields())
    lot.setAttributes(["L-1"])
    lot.setGeometry(QgsGeometry.fromWkt("POLYGON((560000 1780000, 560100 1780000, 560100 1780080, "
                                        "560000 1780080, 560000 1780000))"))
    lots.dataProvider().addFeatures([lot])
    result = _run({"INPUT": house, "PARCEL": "L-1", "PARCELS": lots})
    assert result["GEOREF_METHOD"] == "parcel centroid"
    building = next(result["OUTPUT_BUILDINGS"].getFeatures())
    assert building["parcel_code"] == "L-1"
    centre = building.geometry().centroid().asPoint()
    assert abs(centre.x() - 560050) < 1.0 and abs(centre.y() - 1780040) < 1.0


@pytest.mark.parametrize("content, words", [
    (b"\x00\x01random bytes\xff" * 50, "(?i)not a readable IFC|not an IFC|ISO-10303-21"),
    (b"ISO-10303-21;\nHEADER;\nFILE_SCHEMA(('IFC2X3'));\nENDSEC;\nDATA;\n#1=IFCPERSON($,$,'x',$,$,$,$,$);\n",
     "(?i)truncated|incomplete|END-ISO-10303-21|not a readable"),
])
def test_corrupt_files_are_clear_errors(plugin, tmp_path, content, words):
    path = tmp_path / "bad.ifc"
    path.write_bytes(content)
    with pytest.raises(QgsProcessingException, match=words):
        _run({"INPUT": str(path)})


def test_unsupported_schema_is_a_clear_error(plugin, shared_data):
    with pytest.raises(QgsProcessingException, match="(?i)not supported|unsupported|IFC4X3_RC2"):
        _run({"INPUT": str(shared_data / "ifc" / "KIT-Simple-Road-Test-Web-IFC4x3_RC2.ifc")})


def test_unknown_lot_is_a_clear_error(plugin, shared_data, demo):
    with pytest.raises(QgsProcessingException, match="NO-SUCH-LOT"):
        _run({"INPUT": str(shared_data / "ifc" / DUPLEX), "STORE": demo, "PARCEL": "NO-SUCH-LOT"})
    with sqlite3.connect(demo) as db:
        assert db.execute("SELECT count(*) FROM buildings WHERE parcel_code = 'NO-SUCH-LOT'").fetchone() == (0,)


def test_outputs_load_styled_with_3d_renderers(plugin, shared_data):
    """From the GUI (outputs loaded on completion): footprints in the buildings' style, extruded in 3D; the IFC
    triangles with the rule-based IFC renderer (one rule per IFC class), for the 3D view."""
    from qgis import processing
    from qgis.core import QgsProject

    before = set(QgsProject.instance().mapLayers())
    try:
        processing.runAndLoadResults("dsezatwin:importifc", {
            "INPUT": str(shared_data / "ifc" / DUPLEX), "GEOREF": "manual", "ANCHOR_E": 560000, "ANCHOR_N": 1780000,
            "OUTPUT_BUILDINGS": "TEMPORARY_OUTPUT", "OUTPUT_STOREYS": "TEMPORARY_OUTPUT",
            "OUTPUT_3D": "TEMPORARY_OUTPUT"})
        loaded = [lyr for lid, lyr in QgsProject.instance().mapLayers().items() if lid not in before]
        spatial = {lyr.wkbType(): lyr for lyr in loaded if lyr.isSpatial()}
        footprints, triangles = spatial[QgsWkbTypes.MultiPolygon], spatial[QgsWkbTypes.MultiPolygonZ]
        assert footprints.renderer3D() is not None and footprints.renderer3D().type() == "vector"
        renderer_2d = footprints.renderer()
        assert renderer_2d.type() == "graduatedSymbol" and renderer_2d.classAttribute() == "height_m"
        renderer = triangles.renderer3D()
        assert renderer is not None and renderer.type() == "rulebased"
        classes = {f["ifc_class"] for f in triangles.getFeatures()}
        rules = {rule.description() for rule in renderer.rootRule().children()}
        assert classes - rules <= {"other"} or "other" in rules
        assert len(loaded) == 3
    finally:
        QgsProject.instance().removeMapLayers([lid for lid in QgsProject.instance().mapLayers() if lid not in before])


def _many_slabs_ifc(path, count: int) -> None:
    """An IFC4 file of ``count`` separate slabs (boxes): a huge element count, written as text."""
    head = [
        "#1=IFCPROJECT('0YvctVUKr0kugbFTf53O9L',$,'P',$,$,$,$,(#10),#20);",
        "#10=IFCGEOMETRICREPRESENTATIONCONTEXT($,'Model',3,1.E-05,#11,$);",
        "#11=IFCAXIS2PLACEMENT3D(#12,$,$);", "#12=IFCCARTESIANPOINT((0.,0.,0.));",
        "#20=IFCUNITASSIGNMENT((#21));", "#21=IFCSIUNIT(*,.LENGTHUNIT.,$,.METRE.);",
        "#30=IFCSITE('1YvctVUKr0kugbFTf53O9L',$,'Site',$,$,#31,$,$,.ELEMENT.,$,$,$,$,$);",
        "#31=IFCLOCALPLACEMENT($,#11);",
        "#40=IFCBUILDING('2YvctVUKr0kugbFTf53O9L',$,'Many',$,$,#41,$,$,.ELEMENT.,$,$,$);",
        "#41=IFCLOCALPLACEMENT(#31,#11);",
        "#50=IFCBUILDINGSTOREY('3YvctVUKr0kugbFTf53O9L',$,'Ground',$,$,#51,$,$,.ELEMENT.,0.);",
        "#51=IFCLOCALPLACEMENT(#41,#11);",
        "#60=IFCRELAGGREGATES('4YvctVUKr0kugbFTf53O9L',$,$,$,#1,(#30));",
        "#61=IFCRELAGGREGATES('5YvctVUKr0kugbFTf53O9L',$,$,$,#30,(#40));",
        "#62=IFCRELAGGREGATES('6YvctVUKr0kugbFTf53O9L',$,$,$,#40,(#50));",
        "#80=IFCDIRECTION((0.,0.,1.));",
    ]
    body, slabs = [], []
    for i in range(count):
        n = 1000 + 10 * i
        x, y = (i % 200) * 2.0, (i // 200) * 2.0
        body += ["#{}=IFCSLAB('{:022d}',$,$,$,$,#{},#{},$,.FLOOR.);".format(n, i, n + 1, n + 2),
                 "#{}=IFCLOCALPLACEMENT(#51,#{});".format(n + 1, n + 3),
                 "#{}=IFCAXIS2PLACEMENT3D(#{},$,$);".format(n + 3, n + 4),
                 "#{}=IFCCARTESIANPOINT(({!r},{!r},0.));".format(n + 4, x, y),
                 "#{}=IFCPRODUCTDEFINITIONSHAPE($,$,(#{}));".format(n + 2, n + 5),
                 "#{}=IFCSHAPEREPRESENTATION(#10,'Body','SweptSolid',(#{}));".format(n + 5, n + 6),
                 "#{}=IFCEXTRUDEDAREASOLID(#{},#11,#80,0.3);".format(n + 6, n + 7),
                 "#{}=IFCRECTANGLEPROFILEDEF(.AREA.,$,$,1.5,1.5);".format(n + 7)]
        slabs.append("#{}".format(n))
    body.append("#90=IFCRELCONTAINEDINSPATIALSTRUCTURE('8YvctVUKr0kugbFTf53O9L',$,$,$,({}),#50);".format(
        ",".join(slabs)))
    path.write_text("ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((''),'2;1');\nFILE_NAME('m.ifc','2026-01-01T00:00:00',"
                    "(''),(''),'','','');\nFILE_SCHEMA(('IFC4'));\nENDSEC;\nDATA;\n" + "\n".join(head + body)
                    + "\nENDSEC;\nEND-ISO-10303-21;\n")


def test_a_huge_model_ends_in_a_time_out_and_qgis_goes_on(plugin, tmp_path):
    """40,000 elements with a 1 s limit: a clear time-out error, the reader process gone, QGIS still working."""
    import time

    path = tmp_path / "huge.ifc"
    _many_slabs_ifc(path, 40_000)
    started = time.monotonic()
    with pytest.raises(QgsProcessingException, match="took too long"):
        _run({"INPUT": str(path), "GEOREF": "manual", "ANCHOR_E": 560000, "ANCHOR_N": 1780000, "TIMEOUT": 1})
    assert time.monotonic() - started < 30
    small = tmp_path / "small.ifc"
    _many_slabs_ifc(small, 3)
    result = _run({"INPUT": str(small), "GEOREF": "manual", "ANCHOR_E": 560000, "ANCHOR_N": 1780000})
    assert result["BUILDINGS"] == 1
    footprint = next(result["OUTPUT_BUILDINGS"].getFeatures())
    assert footprint["footprint_m2"] == pytest.approx(3 * 1.5 * 1.5, rel=1e-6)


@pytest.mark.parametrize("name", sorted(p.name for p in __import__("pathlib").Path(__file__).resolve().parents[2]
                                        .parent.joinpath("shared", "data", "ifc").glob("*.ifc")) or ["(none)"])
def test_every_shared_model_imports_or_explains(plugin, shared_data, name):
    """Each real file: imported (placed by hand where it has no georeferencing of its own), or a clear reason."""
    path = shared_data / "ifc" / name
    params = {"INPUT": str(path), "GEOREF": "manual", "ANCHOR_E": 560000, "ANCHOR_N": 1780000,
              "OUTPUT_3D": "memory:"}
    if "RC2" in name:
        with pytest.raises(QgsProcessingException, match="(?i)not supported"):
            _run(params)
        return
    result = _run(params)
    assert result["BUILDINGS"] >= 1 and result["OUTPUT_3D"].featureCount() >= 1
    building = next(result["OUTPUT_BUILDINGS"].getFeatures())
    assert building.geometry().area() > 0 and building["height_m"] > 0
