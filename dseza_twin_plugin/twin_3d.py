"""The twin in 3D: buildings extruded by their height, sensors as spheres, and a saved 3D view.

:func:`apply_3d` sets QGIS 3D renderers on the twin layers (called by :func:`.twin_project.add_twin_layers`,
so "Add twin layers" and the demo project both get them):

- ``buildings``: polygons extruded by ``height_m`` (else ``floors`` × 3.5 m, else 10 m), in one massing
  colour with dark edges, so the building outlines read at every angle;
- ``sensors``: spheres floating 25 m above the ground, coloured by nothing (the latest value's colours are
  on the 2D map);
- lots, planning zones, functional areas and the other 2D layers have no 3D renderer: QGIS's flat terrain
  drapes the 2D map (with its land-use and lot-status fills and labels) as the terrain's texture. A flat
  polygon 3D symbol at height 0 would z-fight with that texture.

:func:`view_3d_element` writes a 3D map view as QGIS 3.22 desktop saves it in a project (``<mapViewDocks3D>``
of the project XML, read by QgisApp when the project opens): ``Qgs3DMapSettings`` XML (flat terrain over the
twin, the project's layers draped) and the camera's pose. QGIS 3.22's Python API cannot write it
(``Qgs3DMapSettings.writeXml`` crashes without a terrain generator, which Python cannot create), so the
element is written here in the same format; :func:`save_3d_view_on_write` adds it to the project file each
time the project is written.

Uses ``qgis.core`` and ``qgis._3d`` only (no ``qgis.gui``).
"""

from __future__ import annotations

import logging

from qgis.core import (
    QgsAbstract3DSymbol,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProject,
    QgsProperty,
    QgsRectangle,
    QgsVector3D,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QMatrix4x4
from qgis.PyQt.QtXml import QDomDocument, QDomElement

log = logging.getLogger(__name__)

try:  # QGIS built without 3D: the 2D twin still works
    from qgis._3d import (
        Qgs3D,
        Qgs3DMapSettings,
        Qgs3DTypes,
        QgsCameraPose,
        QgsDirectionalLightSettings,
        QgsPhongMaterialSettings,
        QgsPoint3DSymbol,
        QgsPolygon3DSymbol,
        QgsRuleBased3DRenderer,
        QgsVectorLayer3DRenderer,
    )

    HAS_3D = True
except ImportError:  # pragma: no cover - Debian's QGIS has it
    HAS_3D = False

#: A building's extrusion: its height, else its floors at 3.5 m, else 10 m.
BUILDING_HEIGHT = 'coalesce("height_m", "floors" * 3.5, 10)'
BUILDING_COLOUR = "#e3d7c3"
BUILDING_EDGE_COLOUR = "#5a5248"
SENSOR_COLOUR = "#2b7bba"
SENSOR_RADIUS_M = 12.0
SENSOR_ALTITUDE_M = 25.0

#: Name of the saved 3D view of the demo project, the area it looks at, and the camera's pitch (degrees from
#: looking straight down).
VIEW_NAME = "DSEZA Twin 3D: High-Tech Park"
VIEW_AREA = "DN-HTP"
VIEW_PITCH = 45.0
#: The layers the 3D view leaves out of the draped map (tables and points drawn as spheres).
NOT_DRAPED = ("readings", "sensors")


def ensure_3d_registry() -> None:
    """Register QGIS's 3D renderers, symbols and materials (QGIS desktop does it at start-up; qgis_process
    and standalone scripts do not). Without it a project's 3D renderers are not read, and a 3D scene with
    a Phong material never finishes loading (a layout export then waits for ever). Idempotent."""
    if HAS_3D:
        Qgs3D.initialize()


def opengl_unavailable_reason() -> str | None:
    """None when this QGIS can draw 3D (an OpenGL context on a real or virtual display), else why not.

    QGIS 3.22's 3D engine needs OpenGL through the windowing system: the ``offscreen`` and ``minimal`` Qt
    platforms that qgis_process and headless scripts use have none (rendering there fails or crashes), so
    they are refused before any 3D object is made. Under ``xvfb-run`` with ``QT_QPA_PLATFORM=xcb`` Mesa's
    software OpenGL does the job.
    """
    if not HAS_3D:
        return "this QGIS was built without its 3D module"
    from qgis.PyQt.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext

    platform = QGuiApplication.platformName()
    if platform in ("offscreen", "minimal", ""):
        return ("QGIS runs without a display (Qt platform '{}'), so it has no OpenGL for 3D; run it under a "
                "desktop session or xvfb-run with QT_QPA_PLATFORM=xcb".format(platform or "none"))
    context = QOpenGLContext()
    if not context.create():
        return "no OpenGL context could be created on the display"
    surface = QOffscreenSurface()
    surface.setFormat(context.format())
    surface.create()
    ok = surface.isValid() and context.makeCurrent(surface)
    if ok:
        context.doneCurrent()
    surface.destroy()
    return None if ok else "the OpenGL context could not be made current on the display"


def _material(colour: str, ambient: float = 0.55):
    material = QgsPhongMaterialSettings()
    c = QColor(colour)
    material.setDiffuse(c)
    material.setAmbient(QColor(int(c.red() * ambient), int(c.green() * ambient), int(c.blue() * ambient)))
    material.setSpecular(QColor("#202020"))
    material.setShininess(0.0)
    return material


def building_renderer(skip_ifc: bool = False):
    """A 3D renderer extruding building footprints by :data:`BUILDING_HEIGHT`, edges on; with ``skip_ifc``, the
    buildings imported from IFC are left out (a project that shows their IFC geometry itself)."""
    symbol = _building_symbol()
    if skip_ifc:
        root = QgsRuleBased3DRenderer.Rule(None)
        root.appendChild(QgsRuleBased3DRenderer.Rule(symbol, "\"source\" IS NULL OR \"source\" <> 'ifc'",
                                                     "not from IFC"))
        return QgsRuleBased3DRenderer(root)
    return QgsVectorLayer3DRenderer(symbol)


def _building_symbol():
    symbol = QgsPolygon3DSymbol()
    symbol.setMaterial(_material(BUILDING_COLOUR))
    symbol.setExtrusionHeight(10.0)
    properties = symbol.dataDefinedProperties()
    properties.setProperty(QgsAbstract3DSymbol.PropertyExtrusionHeight, QgsProperty.fromExpression(BUILDING_HEIGHT))
    symbol.setDataDefinedProperties(properties)
    symbol.setEdgesEnabled(True)
    symbol.setEdgeColor(QColor(BUILDING_EDGE_COLOUR))
    symbol.setEdgeWidth(1.0)
    return symbol


def sensor_renderer():
    """A 3D renderer drawing sensors as spheres above the ground."""
    symbol = QgsPoint3DSymbol()
    symbol.setShape(QgsPoint3DSymbol.Sphere)
    symbol.setShapeProperties({"radius": SENSOR_RADIUS_M})
    symbol.setMaterial(_material(SENSOR_COLOUR, 0.7))
    # Lifted by SENSOR_ALTITUDE_M along world y (up); the matrix is given row by row.
    symbol.setTransform(QMatrix4x4(1, 0, 0, 0, 0, 1, 0, SENSOR_ALTITUDE_M, 0, 0, 1, 0, 0, 0, 0, 1))
    return QgsVectorLayer3DRenderer(symbol)


#: Colours of IFC elements in 3D, by IFC class (others: :data:`IFC_OTHER_COLOUR`).
IFC_COLOURS = {
    "IfcWall": "#ddd6c8", "IfcWallStandardCase": "#ddd6c8", "IfcSlab": "#b9b3a7", "IfcRoof": "#9c4f32",
    "IfcCovering": "#e8e3d8", "IfcColumn": "#c9c3b6", "IfcBeam": "#c9c3b6", "IfcMember": "#a39d90",
    "IfcWindow": "#8db6d6", "IfcCurtainWall": "#8db6d6", "IfcPlate": "#8db6d6", "IfcDoor": "#8a5a2e",
    "IfcStair": "#b3ac9c", "IfcStairFlight": "#b3ac9c", "IfcRamp": "#b3ac9c", "IfcRailing": "#6e6e6e",
}
IFC_OTHER_COLOUR = "#c0bab0"


def ifc_renderer():
    """A 3D renderer of imported IFC geometry (MultiPolygonZ triangles with an ``ifc_class`` field, as
    ``dsezatwin:importifc`` writes them): the triangles at their own heights, coloured by IFC class, both
    faces drawn (IFC triangles are not all wound the same way)."""
    ensure_3d_registry()

    def symbol(colour: str):
        s = QgsPolygon3DSymbol()
        s.setMaterial(_material(colour, 0.6))
        s.setCullingMode(Qgs3DTypes.NoCulling)
        s.setAltitudeClamping(Qgs3DTypes.AltClampAbsolute)
        return s

    root = QgsRuleBased3DRenderer.Rule(None)
    for ifc_class, colour in IFC_COLOURS.items():
        root.appendChild(QgsRuleBased3DRenderer.Rule(symbol(colour), '"ifc_class" = {}'.format(_quote(ifc_class)),
                                                     ifc_class))
    root.appendChild(QgsRuleBased3DRenderer.Rule(symbol(IFC_OTHER_COLOUR), "", "other", True))
    return QgsRuleBased3DRenderer(root)


#: The twin layers with a 3D renderer, and how to make it.
RENDERERS = {"buildings": building_renderer, "sensors": sensor_renderer}


def apply_3d(layers: dict[str, QgsVectorLayer]) -> list[str]:
    """Set the 3D renderers of :data:`RENDERERS` on the twin layers ``{name: layer}``; returns the names set.

    The other layers are left to the 2D map draped on the 3D terrain.
    """
    if not HAS_3D:
        log.info("QGIS has no 3D module here: the twin layers get no 3D renderers.")
        return []
    ensure_3d_registry()
    done = []
    for name, make in RENDERERS.items():
        layer = layers.get(name)
        if layer is not None and layer.isSpatial():
            layer.setRenderer3D(make())
            done.append(name)
    return done


# -- The saved 3D view -------------------------------------------------------------------------------------------

def area_extent(layer: QgsVectorLayer, code: str) -> QgsRectangle | None:
    """The extent of the feature of ``layer`` whose ``code`` is ``code`` (None when absent)."""
    request = QgsFeatureRequest().setFilterExpression('"code" = {}'.format(_quote(code)))
    for feature in layer.getFeatures(request):
        if feature.hasGeometry():
            return feature.geometry().boundingBox()
    return None


def _quote(text: str) -> str:
    return "'{}'".format(text.replace("'", "''"))


def view_3d_element(
    doc: QDomDocument,
    *,
    name: str,
    crs: QgsCoordinateReferenceSystem,
    terrain_extent: QgsRectangle,
    focus: QgsRectangle,
    layer_ids: list[str],
    pitch: float = VIEW_PITCH,
    yaw: float = 0.0,
    background: str = "#ffffff",
    zoom_out: float = 1.05,
    min_distance: float = 200.0,
) -> QDomElement:
    """A ``<view>`` of ``<mapViewDocks3D>`` as QGIS 3.22 desktop writes it (QgisApp::writeProject).

    A flat terrain over ``terrain_extent`` with the layers ``layer_ids`` draped (the 3D renderers of those
    layers draw their features in 3D), the camera looking at the centre of ``focus`` from ``pitch`` degrees,
    ``zoom_out`` × the larger side of ``focus`` (at least ``min_distance`` m) away. The world origin is the
    centre of ``focus``.
    """
    centre = focus.center()
    view = doc.createElement("view")
    view.setAttribute("name", name)
    # Dock geometry (QgisApp::writeDockWidgetSettings): docked in the right area, wide.
    for key, value in {"isDocked": "1", "floating": "0", "area": "2", "x": "0", "y": "0",
                       "width": "900", "height": "700"}.items():
        view.setAttribute(key, value)

    settings = doc.createElement("qgis3d")
    view.appendChild(settings)
    origin = doc.createElement("origin")
    for key, value in (("x", centre.x()), ("y", centre.y()), ("z", 0.0)):
        origin.setAttribute(key, repr(float(value)))
    settings.appendChild(origin)

    camera_settings = doc.createElement("camera")
    camera_settings.setAttribute("field-of-view", "45")
    camera_settings.setAttribute("projection-type", "1")  # perspective
    camera_settings.setAttribute("camera-navigation-mode", "basic-navigation")
    camera_settings.setAttribute("camera-movement-speed", "5")
    settings.appendChild(camera_settings)

    colour = doc.createElement("color")
    colour.setAttribute("background", _encode(background))
    colour.setAttribute("selection", _encode("#ffff00"))
    settings.appendChild(colour)

    crs_element = doc.createElement("crs")
    crs.writeXml(crs_element, doc)
    settings.appendChild(crs_element)

    terrain = doc.createElement("terrain")
    for key, value in {"exaggeration": "1", "texture-size": "1024", "max-terrain-error": "3",
                       "max-ground-error": "1", "shading-enabled": "0", "elevation-offset": "0",
                       "map-theme": "", "show-labels": "0"}.items():
        terrain.setAttribute(key, value)
    layers = doc.createElement("layers")
    for layer_id in layer_ids:
        element = doc.createElement("layer")
        element.setAttribute("id", layer_id)
        layers.appendChild(element)
    terrain.appendChild(layers)
    generator = doc.createElement("generator")
    generator.setAttribute("type", "flat")
    extent = doc.createElement("extent")
    for key, value in (("xmin", terrain_extent.xMinimum()), ("ymin", terrain_extent.yMinimum()),
                       ("xmax", terrain_extent.xMaximum()), ("ymax", terrain_extent.yMaximum())):
        extent.setAttribute(key, repr(float(value)))
    generator.appendChild(extent)
    terrain.appendChild(generator)
    settings.appendChild(terrain)

    settings.appendChild(doc.createElement("point-lights"))
    lights = doc.createElement("directional-lights")
    light = QgsDirectionalLightSettings()
    light.setDirection(QgsVector3D(0.6, -1.0, -0.4))
    light.setIntensity(0.9)
    lights.appendChild(light.writeXml(doc))
    settings.appendChild(lights)
    settings.appendChild(doc.createElement("renderers"))

    # The camera's pose (QgsCameraController::writeXml in 3.22): the point looked at in world coordinates
    # (x east of the origin, "y" = world z = south of the origin, elev up), distance, pitch and heading.
    distance = max(focus.width(), focus.height(), min_distance) * zoom_out
    camera = doc.createElement("camera")
    for key, value in (("x", 0.0), ("y", 0.0), ("elev", 0.0), ("dist", distance), ("pitch", pitch),
                       ("yaw", yaw)):
        camera.setAttribute(key, repr(float(value)))
    view.appendChild(camera)
    return view


def map_settings(view: QDomElement, project: QgsProject):
    """``Qgs3DMapSettings`` read from a ``<view>`` made by :func:`view_3d_element` (the only way Python can
    get a flat terrain generator in QGIS 3.22), its layers resolved in ``project``."""
    from qgis.core import QgsReadWriteContext

    ensure_3d_registry()
    settings = Qgs3DMapSettings()
    settings.readXml(view.firstChildElement("qgis3d"), QgsReadWriteContext())
    settings.resolveReferences(project)
    return settings


def camera_pose(view: QDomElement):
    """The camera pose saved in a ``<view>`` made by :func:`view_3d_element`."""
    camera = view.firstChildElement("camera")
    pose = QgsCameraPose()
    pose.setCenterPoint(QgsVector3D(float(camera.attribute("x")), float(camera.attribute("elev")),
                                    float(camera.attribute("y"))))
    pose.setDistanceFromCenterPoint(float(camera.attribute("dist")))
    pose.setPitchAngle(float(camera.attribute("pitch")))
    pose.setHeadingAngle(float(camera.attribute("yaw")))
    return pose


def _encode(colour: str) -> str:
    c = QColor(colour)
    return "{},{},{},{}".format(c.red(), c.green(), c.blue(), c.alpha())


def demo_view_element(project: QgsProject, doc: QDomDocument, area: str = VIEW_AREA) -> QDomElement | None:
    """The saved 3D view of a twin project on the functional area ``area`` (None without that area)."""
    from . import twin_project

    layers = twin_project.twin_layers(project)
    areas = layers.get("functional_areas")
    focus = area_extent(areas, area) if areas is not None else None
    if focus is None or focus.isEmpty():
        return None
    try:
        terrain_extent = twin_project.default_extent(project, margin=0.02)
    except twin_project.TwinProjectError:
        terrain_extent = focus
    root = project.layerTreeRoot()
    ordered = root.customLayerOrder() if root.hasCustomLayerOrder() else root.layerOrder()
    ids = [lyr.id() for lyr in ordered
           if lyr.isSpatial() and lyr.customProperty(twin_project.LAYER_PROPERTY) not in NOT_DRAPED
           and _visible(root, lyr)]
    ids += [layers[n].id() for n in RENDERERS if n in layers and layers[n].id() not in ids]
    return view_3d_element(doc, name=VIEW_NAME, crs=project.crs(), terrain_extent=terrain_extent, focus=focus,
                           layer_ids=ids, background="#f4f1ea")


#: Project entry (scope, key) listing close-up 3D views to save with the project: JSON ``[[name, xmin, ymin,
#: xmax, ymax], …]`` (EPSG:5899), e.g. an imported IFC model (scripts/make_project.py --ifc-3d).
CLOSEUPS_ENTRY = ("dseza_twin", "closeup_3d_views")


def add_closeup_view(project: QgsProject, name: str, focus: QgsRectangle, layers: tuple = (),
                     zoom_out: float = 2.2) -> None:
    """Save a close-up 3D view named ``name`` on ``focus`` with the project (after the area view): the area
    view's layers, the visible layers with a 3D renderer, and ``layers`` (even when hidden in the layer tree,
    such as buildable envelopes that would hide everything in the area view); the camera ``zoom_out`` × the
    focus's larger side away."""
    import json

    entries = json.loads(project.readEntry(*CLOSEUPS_ENTRY, "[]")[0] or "[]")
    entries.append([name, focus.xMinimum(), focus.yMinimum(), focus.xMaximum(), focus.yMaximum(),
                    [layer.id() for layer in layers], zoom_out])
    project.writeEntry(*CLOSEUPS_ENTRY, json.dumps(entries))


def _closeup_elements(project: QgsProject, doc: QDomDocument, area_view: QDomElement) -> list[QDomElement]:
    import json

    entries = json.loads(project.readEntry(*CLOSEUPS_ENTRY, "[]")[0] or "[]")
    ids = [layer.attribute("id") for layer in _children(area_view.firstChildElement("qgis3d")
                                                        .firstChildElement("terrain").firstChildElement("layers"))]
    views = []
    for entry in entries:
        name, xmin, ymin, xmax, ymax = entry[:5]
        extra = set(entry[5]) if len(entry) > 5 else set()  # layers shown there even when hidden in the tree
        zoom_out = float(entry[6]) if len(entry) > 6 else 2.2
        focus = QgsRectangle(xmin, ymin, xmax, ymax)
        terrain = QgsRectangle(focus)
        terrain.grow(250.0)
        view = view_3d_element(doc, name=name, crs=project.crs(), terrain_extent=terrain, focus=focus,
                               layer_ids=ids + [lyr.id() for lyr in project.mapLayers().values()
                                                if lyr.renderer3D() is not None and lyr.id() not in ids
                                                and (_visible(project.layerTreeRoot(), lyr) or lyr.id() in extra)],
                               pitch=55.0, yaw=35.0, background="#f4f1ea", zoom_out=zoom_out, min_distance=25.0)
        view.setAttribute("isDocked", "0")
        view.setAttribute("floating", "1")
        views.append(view)
    return views


def _visible(root, layer) -> bool:
    """Whether the layer is checked in the layer tree (with its groups); a layer outside the tree counts."""
    node = root.findLayer(layer.id())
    return node is None or node.isVisible()


def _children(element: QDomElement) -> list[QDomElement]:
    out, child = [], element.firstChildElement()
    while not child.isNull():
        out.append(child)
        child = child.nextSiblingElement()
    return out


def save_3d_view_on_write(project: QgsProject, area: str = VIEW_AREA) -> None:
    """Add the saved 3D view on ``area`` (and the close-ups of :func:`add_closeup_view`) to the project file each
    time ``project`` is written."""

    def add_view(doc: QDomDocument) -> None:
        qgis = doc.documentElement()
        views = qgis.firstChildElement("mapViewDocks3D")
        if views.isNull():
            views = doc.createElement("mapViewDocks3D")
            qgis.appendChild(views)
        view = demo_view_element(project, doc, area)
        if view is None:
            log.info("No functional area %s: the project has no saved 3D view.", area)
            return
        while views.hasChildNodes():
            views.removeChild(views.firstChild())
        views.appendChild(view)
        for closeup in _closeup_elements(project, doc, view):
            views.appendChild(closeup)

    project.writeProject.connect(add_view)


def envelope_renderer():
    """A 3D renderer of buildable envelopes (closed MultiPolygonZ solids, as ``dsezatwin:buildableenvelope``
    writes them): the faces at their own heights (absolute altitude), a light sky-blue glass-like colour
    with dark edges so the steps of the envelope read, both faces drawn so the inside shows through an open
    view. QGIS 3.26 and later also get a real transparency (``QgsPhongMaterialSettings.setOpacity``); 3.22's
    Phong material is opaque, so the light colour and the edges carry the translucent look there."""
    ensure_3d_registry()
    material = _material("#cfe6f5", 0.85)
    if hasattr(material, "setOpacity"):  # QGIS ≥ 3.26
        material.setOpacity(0.45)
    symbol = QgsPolygon3DSymbol()
    symbol.setMaterial(material)
    symbol.setCullingMode(Qgs3DTypes.NoCulling)
    symbol.setAltitudeClamping(Qgs3DTypes.AltClampAbsolute)
    symbol.setEdgesEnabled(True)
    symbol.setEdgeColor(QColor("#2f6f9f"))
    symbol.setEdgeWidth(1.0)
    return QgsVectorLayer3DRenderer(symbol)
