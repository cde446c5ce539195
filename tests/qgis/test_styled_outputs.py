"""Outputs of environmentalerts, checkcompliance and environmentalbuffers loaded on completion (as from the GUI)
come back styled with their QML from resources/styles/, not QGIS's default single symbol."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def demo(qgis_app, plugin, tmp_path_factory):
    from qgis import processing

    path = str(tmp_path_factory.mktemp("styled") / "demo.gpkg")
    processing.run("dsezatwin:loaddemotwin", {"STORE": path, "DAYS": 5, "END": "2026-11-02T00:00:00+07:00"})
    return path


def layer(path, name):
    from qgis.core import QgsVectorLayer

    lyr = QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
    assert lyr.isValid()
    return lyr


def run_and_load(algorithm, params):
    """Run as the GUI does: outputs loaded into the project on completion, post-processors applied."""
    from qgis import processing
    from qgis.core import QgsProject

    before = set(QgsProject.instance().mapLayers())
    processing.runAndLoadResults(algorithm, params)
    loaded = {lyr.id(): lyr for lid, lyr in QgsProject.instance().mapLayers().items() if lid not in before}
    return loaded


@pytest.fixture
def clean_project(qgis_app):
    from qgis.core import QgsProject

    yield
    QgsProject.instance().removeAllMapLayers()


def test_alerts_output_is_styled(demo, clean_project):
    loaded = run_and_load("dsezatwin:environmentalerts", {"STORE": demo, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert len(loaded) == 1
    (out,) = loaded.values()
    assert out.featureCount() > 0
    assert out.renderer().type() == "categorizedSymbol" and out.renderer().classAttribute() == "kind"
    assert {c.value() for c in out.renderer().categories()} == {"exceedance", "anomaly"}


def test_compliance_outputs_are_styled(demo, clean_project):
    loaded = run_and_load("dsezatwin:checkcompliance", {
        "PARCELS": layer(demo, "parcels"), "BUILDINGS": layer(demo, "buildings"),
        "ZONING": layer(demo, "planning_zones"), "OUTPUT": "TEMPORARY_OUTPUT", "VIOLATIONS": "TEMPORARY_OUTPUT"})
    assert len(loaded) == 2
    by_field = {("failed_rules" in lyr.fields().names()): lyr for lyr in loaded.values()}
    lots, violations = by_field[True], by_field[False]
    assert lots.renderer().type() == "categorizedSymbol" and lots.renderer().classAttribute() == "status"
    assert {c.value() for c in lots.renderer().categories()} == {"pass", "fail", "insufficient_data"}
    assert violations.renderer().type() == "categorizedSymbol"
    assert violations.renderer().classAttribute() == "rule_id"


@pytest.mark.parametrize("geometry, symbol", [("line", "line"), ("polygon", "fill")])
def test_buffer_conflicts_are_styled(demo, clean_project, geometry, symbol):
    loaded = run_and_load("dsezatwin:environmentalbuffers", {
        "ZONING": layer(demo, "planning_zones"), "PARCELS": layer(demo, "parcels"), "GEOMETRY": geometry,
        "OUTPUT": "TEMPORARY_OUTPUT"})
    assert len(loaded) == 1
    (out,) = loaded.values()
    assert out.renderer().type() == "graduatedSymbol" and out.renderer().classAttribute() == "shortfall_m"
    assert out.renderer().ranges()[0].symbol().type() == {"line": 1, "fill": 2}[symbol]


def test_without_loading_nothing_is_styled_and_the_post_processors_are_kept(demo):
    from qgis import processing

    from dseza_twin.processing.algorithms import output_style

    result = processing.run("dsezatwin:environmentalerts", {"STORE": demo, "OUTPUT": "memory:"})
    assert result["OUTPUT"].renderer() is None or result["OUTPUT"].renderer().type() == "singleSymbol"
    assert all(isinstance(p, output_style.StyleOnLoad) for p in output_style._KEPT)


def test_the_same_styled_output_twice_in_a_session(demo):
    """QGIS takes (and deletes) the post-processor of a run: a second run with the same style must get its own
    (one shared per style failed with "wrapped C/C++ object of type StyleOnLoad has been deleted")."""
    from qgis import processing
    from qgis.core import QgsProject

    for _ in range(2):
        before = set(QgsProject.instance().mapLayers())
        processing.runAndLoadResults("dsezatwin:environmentalerts", {"STORE": demo, "OUTPUT": "TEMPORARY_OUTPUT"})
        loaded = [lyr for lid, lyr in QgsProject.instance().mapLayers().items() if lid not in before]
        try:
            assert len(loaded) == 1 and loaded[0].renderer().type() != "singleSymbol"
        finally:
            QgsProject.instance().removeMapLayers([lyr.id() for lyr in loaded])
