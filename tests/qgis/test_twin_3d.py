"""3D of the twin (dseza_twin_plugin.twin_3d): 3D renderers of the twin layers and the demo project's saved 3D view.

Headless QGIS cannot render 3D (offscreen platform): these tests check the renderers and the project XML only.
"""

from __future__ import annotations

import zipfile

import pytest

pytest.importorskip("qgis._3d")


@pytest.fixture(scope="module")
def demo_gpkg(qgis_app, plugin, tmp_path_factory):
    from qgis import processing

    path = str(tmp_path_factory.mktemp("twin_3d") / "demo.gpkg")
    processing.run("dsezatwin:loaddemotwin", {"STORE": path, "DAYS": 1})
    return path


@pytest.fixture(scope="module")
def sources(demo_gpkg):
    from dseza_twin.dseza_twin_plugin import twin_project
    from dseza_twin.dseza_twin_plugin.store import open_store

    with open_store(demo_gpkg) as store:
        return twin_project.store_layer_sources(store, views=())


def _symbol(layer, kind=None):
    """The symbol of the layer's vector 3D renderer, as a ``kind`` (sip gives base classes of what a project read)."""
    from qgis._3d import QgsVectorLayer3DRenderer
    from qgis.PyQt import sip

    renderer = layer.renderer3D()
    assert renderer is not None and renderer.type() == "vector", layer.name()
    if not isinstance(renderer, QgsVectorLayer3DRenderer):  # read from a project: sip gives the base class
        renderer = sip.cast(renderer, QgsVectorLayer3DRenderer)
    symbol = renderer.symbol()
    if kind is not None and not isinstance(symbol, kind):
        assert symbol.type() == {"QgsPolygon3DSymbol": "polygon", "QgsPoint3DSymbol": "point"}[kind.__name__]
        symbol = sip.cast(symbol, kind)
    return symbol


def _check_layers(layers):
    from qgis._3d import QgsPoint3DSymbol, QgsPolygon3DSymbol
    from qgis.core import QgsAbstract3DSymbol

    symbol = _symbol(layers["buildings"], QgsPolygon3DSymbol)
    extrusion = symbol.dataDefinedProperties().property(QgsAbstract3DSymbol.PropertyExtrusionHeight)
    assert extrusion.isActive()
    assert '"height_m"' in extrusion.expressionString()
    assert symbol.edgesEnabled()

    sensor = _symbol(layers["sensors"], QgsPoint3DSymbol)
    assert sensor.shape() == QgsPoint3DSymbol.Sphere

    # Lots, zones and areas are draped: the 3D view's flat terrain shows the 2D map as its texture.
    for name in ("parcels", "planning_zones", "functional_areas"):
        assert layers[name].renderer3D() is None, name


def test_add_twin_layers_sets_3d_renderers(sources, qgis_app):
    from qgis.core import QgsProject

    from dseza_twin.dseza_twin_plugin import twin_project

    project = QgsProject()
    layers = twin_project.add_twin_layers(project, sources, groups=twin_project.DESKTOP_GROUPS)
    _check_layers(layers)


def test_building_extrusion_is_the_height(sources, qgis_app):
    from qgis.core import QgsAbstract3DSymbol, QgsExpressionContext, QgsExpressionContextUtils, QgsProject

    from dseza_twin.dseza_twin_plugin import twin_project

    project = QgsProject()
    buildings = twin_project.add_twin_layers(project, {"buildings": sources["buildings"]})["buildings"]
    prop = _symbol(buildings).dataDefinedProperties().property(QgsAbstract3DSymbol.PropertyExtrusionHeight)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(buildings))
    checked = 0
    for feature in buildings.getFeatures():
        if feature["height_m"] is None or checked >= 20:
            continue
        context.setFeature(feature)
        value, ok = prop.valueAsDouble(context, -1.0)
        assert ok and value == pytest.approx(float(feature["height_m"]))
        checked += 1
    assert checked


def test_demo_project_has_saved_3d_view(sources, tmp_path, qgis_app):
    from qgis.core import QgsProject
    from qgis.PyQt.QtXml import QDomDocument

    from dseza_twin.dseza_twin_plugin import twin_3d, twin_project

    path = tmp_path / "twin.qgz"
    twin_project.build_twin_project(sources, path, "3D test")
    with zipfile.ZipFile(path) as qgz:
        name = next(n for n in qgz.namelist() if n.endswith(".qgs"))
        xml = qgz.read(name).decode("utf-8")
    doc = QDomDocument()
    assert doc.setContent(xml)[0]
    views = doc.documentElement().elementsByTagName("mapViewDocks3D")
    assert views.count() == 1
    view = views.at(0).toElement().firstChildElement("view")
    assert view.attribute("name") == twin_3d.VIEW_NAME
    settings = view.firstChildElement("qgis3d")
    assert settings.firstChildElement("terrain").firstChildElement("generator").attribute("type") == "flat"
    camera = view.firstChildElement("camera")
    assert float(camera.attribute("pitch")) == pytest.approx(45.0)
    assert float(camera.attribute("dist")) > 0

    # The origin is the centre of the High-Tech Park, and the view's layers are the project's.
    from qgis._3d import Qgs3D

    Qgs3D.initialize()  # the 3D renderers' types, registered by QGIS desktop, to read them back
    project = QgsProject()
    assert project.read(str(path))
    layers = twin_project.twin_layers(project)
    _check_layers(layers)  # the 3D renderers are saved with the layers
    htp = twin_3d.area_extent(layers["functional_areas"], "DN-HTP")
    origin = settings.firstChildElement("origin")
    assert float(origin.attribute("x")) == pytest.approx(htp.center().x())
    assert float(origin.attribute("y")) == pytest.approx(htp.center().y())
    ids = set()
    node = settings.firstChildElement("terrain").firstChildElement("layers").firstChildElement("layer")
    while not node.isNull():
        ids.add(node.attribute("id"))
        node = node.nextSiblingElement("layer")
    assert {layers[n].id() for n in ("buildings", "parcels", "planning_zones")} <= ids
    assert ids <= set(project.mapLayers())
