"""The twin as a QGIS project: layers in groups, styled, and a map of it.

Uses ``qgis.core`` only (no ``qgis.gui``, no ``iface``), so the same code runs
in QGIS desktop, under ``qgis_process`` and in ``scripts/make_project.py``.
The functions take what they need: the layers' ``(uri, provider)`` sources,
as a twin store's :meth:`~dseza_twin_plugin.store.base.TwinStore.layer_source`
gives them, and paths to write to.

>>> from dseza_twin.dseza_twin_plugin.store import LAYERS, open_store
>>> store = open_store("out/danang_twin.gpkg")                  # doctest: +SKIP
>>> sources = {name: store.layer_source(name) for name in LAYERS}  # doctest: +SKIP
>>> project = build_twin_project(sources, "out/danang_twin.qgz", "Da Nang twin")  # doctest: +SKIP
>>> render_map(project, "out/danang_twin.png", 2000, 1400)      # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsLayerTreeLayer,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRelation,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from .store.schema import LAYER_TITLES, STORE_SRID

log = logging.getLogger(__name__)

STYLES_DIR = Path(__file__).resolve().parents[1] / "resources" / "styles"

#: Layer tree: groups, top to bottom, and the twin layers in each.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Planning", ("functional_areas", "planning_zones")),
    ("Land", ("parcels", "buildings", "construction_projects")),
    ("Infrastructure", ("network_links", "network_nodes")),
    ("Environment & IoT", ("sensors", "alerts", "readings")),
)

#: Drawing order, top first: points over lines over the park outlines over areas.
RENDER_ORDER: tuple[str, ...] = (
    "alerts",
    "sensors",
    "network_nodes",
    "functional_areas",
    "network_links",
    "buildings",
    "construction_projects",
    "parcels",
    "planning_zones",
)

#: Relations the attribute forms show: (id, name, child layer, child field, parent layer, parent field).
RELATIONS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("zone_parcels", "Lots of the zone", "parcels", "zone_code", "planning_zones", "code"),
    ("parcel_buildings", "Buildings on the lot", "buildings", "parcel_code", "parcels", "code"),
    ("parcel_projects", "Construction projects on the lot", "construction_projects", "parcel_code",
     "parcels", "code"),
    ("sensor_readings", "Readings of the sensor", "readings", "sensor_id", "sensors", "fid"),
    ("sensor_alerts", "Alerts of the sensor", "alerts", "sensor_id", "sensors", "fid"),
)

#: Custom property naming the twin layer behind a QGIS layer (its name may be translated or renamed).
LAYER_PROPERTY = "dseza_twin/layer"

DEMO_NOTE = (
    "Demo data of DSEZA Twin. The geometry is illustrative: generated around approximate anchor "
    "points of the real parks (published areas, approximate); it is not official planning, cadastral "
    "or survey data and must not be used as such."
)

NORTH_ARROW_SVG = "arrows/NorthArrow_02.svg"
FONT_FAMILY = "Noto Sans"


class TwinProjectError(Exception):
    """A twin layer could not be opened, or the project could not be written."""


def build_twin_project(
    store_layer_sources: dict[str, tuple[str, str]],
    project_path: str | Path,
    title: str,
    *,
    abstract: str = "",
    layer_abstract: str = "",
    styles_dir: Path = STYLES_DIR,
) -> QgsProject:
    """Make a QGIS project of the twin layers and write it to ``project_path`` (.qgz or .qgs).

    Parameters
    ----------
    store_layer_sources
        ``{twin layer name: (uri, provider key)}``; layers missing here are left out.
    project_path
        Where to write the project. GeoPackage paths are stored relative to it.
    title
        Project title (also the map title).
    abstract
        Project description; ``layer_abstract`` is added to each layer's metadata
        (for the demo twin: :data:`DEMO_NOTE`).
    styles_dir
        Folder of ``<layer>.qml`` styles.

    Returns
    -------
    QgsProject
        A new project (not ``QgsProject.instance()``), already written.

    Raises
    ------
    TwinProjectError
        When a layer source does not open as a valid layer, or writing fails.
    """
    unknown = set(store_layer_sources) - set(LAYER_TITLES)
    if unknown:
        raise ValueError("Not twin layers: {}".format(", ".join(sorted(unknown))))
    project_path = Path(project_path)
    project = QgsProject()
    project.setFileName(str(project_path))
    project.setTitle(title)
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:{}".format(STORE_SRID)))
    project.setEllipsoid("EPSG:7030")  # WGS 84, the ellipsoid of VN-2000
    project.setDistanceUnits(QgsUnitTypes.DistanceMeters)
    project.setAreaUnits(QgsUnitTypes.AreaHectares)
    metadata = project.metadata()
    metadata.setTitle(title)
    metadata.setAbstract(abstract or layer_abstract)
    metadata.setCreationDateTime(dt.datetime.now().replace(microsecond=0))
    project.setMetadata(metadata)

    layers: dict[str, QgsVectorLayer] = {}
    root = project.layerTreeRoot()
    for group_name, names in GROUPS:
        present = [n for n in names if n in store_layer_sources]
        if not present:
            continue
        group = root.addGroup(group_name)
        for name in present:
            uri, provider = store_layer_sources[name]
            layer = _open_layer(name, uri, provider, styles_dir, layer_abstract)
            project.addMapLayer(layer, False)
            node = group.addLayer(layer)
            if not layer.isSpatial():
                node.setExpanded(False)
            layers[name] = layer

    _add_relations(project, layers)
    order = [layers[n] for n in RENDER_ORDER if n in layers]
    root.setHasCustomLayerOrder(True)
    root.setCustomLayerOrder(order + [lyr for lyr in layers.values() if lyr not in order])

    project_path.parent.mkdir(parents=True, exist_ok=True)
    if not project.write():
        raise TwinProjectError("The project {} could not be written: {}".format(project_path, project.error()))
    return project


def _open_layer(name: str, uri: str, provider: str, styles_dir: Path, abstract: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, LAYER_TITLES[name], provider)
    if not layer.isValid():
        error = layer.error().summary()
        if provider == "ogr" and not Path(uri.split("|")[0]).exists():
            error = "the file does not exist"
        raise TwinProjectError(
            "The twin layer '{}' could not be opened ({} source: {}){}".format(
                name, provider, uri, ": {}".format(error) if error else "."
            )
        )
    layer.setCustomProperty(LAYER_PROPERTY, name)
    style = Path(styles_dir) / "{}.qml".format(name)
    if style.exists():
        message, ok = layer.loadNamedStyle(str(style))
        if not ok:
            log.warning("Style %s was not applied to %s: %s", style, name, message)
    metadata = layer.metadata()
    metadata.setTitle(LAYER_TITLES[name])
    metadata.setAbstract(abstract)
    metadata.setKeywords({"DSEZA Twin": ["digital twin", "Da Nang", name]})
    layer.setMetadata(metadata)
    return layer


def _add_relations(project: QgsProject, layers: dict[str, QgsVectorLayer]) -> None:
    manager = project.relationManager()
    for rel_id, rel_name, child, child_field, parent, parent_field in RELATIONS:
        if child not in layers or parent not in layers:
            continue
        relation = QgsRelation()
        relation.setId(rel_id)
        relation.setName(rel_name)
        relation.setReferencingLayer(layers[child].id())
        relation.setReferencedLayer(layers[parent].id())
        relation.addFieldPair(child_field, parent_field)
        if relation.isValid():
            manager.addRelation(relation)
        else:
            log.warning("Relation %s is not valid here: %s", rel_id, relation.validationError())


def twin_layers(project: QgsProject) -> dict[str, QgsVectorLayer]:
    """The twin layers of a project, by twin layer name (see :data:`LAYER_PROPERTY`)."""
    found = {}
    for layer in project.mapLayers().values():
        name = layer.customProperty(LAYER_PROPERTY)
        if name:
            found[str(name)] = layer
    return found


def default_extent(project: QgsProject, margin: float = 0.06) -> QgsRectangle:
    """The functional areas' extent (else every spatial layer's), grown by ``margin`` on each side."""
    layers = twin_layers(project)
    chosen = [layers["functional_areas"]] if "functional_areas" in layers else list(layers.values())
    extent = QgsRectangle()
    for layer in chosen:
        if layer.isSpatial() and layer.featureCount() and not layer.extent().isEmpty():
            if extent.isEmpty():
                extent = QgsRectangle(layer.extent())
            else:
                extent.combineExtentWith(layer.extent())
    if extent.isEmpty():
        raise TwinProjectError("The twin has no features to map.")
    grow = max(extent.width(), extent.height()) * margin
    extent.grow(grow)
    return extent


def render_map(
    project: QgsProject,
    png_path: str | Path,
    width: int,
    height: int,
    extent: QgsRectangle | None = None,
    *,
    title: str | None = None,
    note: str = "",
    dpi: int = 150,
) -> Path:
    """Render a map of the project to a PNG of ``width`` × ``height`` pixels.

    The map is a print layout: title, the map, a legend of what the map shows,
    scale bar, north arrow and a note (CRS, date, ``note``). ``extent`` is in
    the project CRS; by default the functional areas with a margin.
    """
    if width < 400 or height < 300:
        raise ValueError("The map needs at least 400 × 300 pixels.")
    png_path = Path(png_path)
    mm = 25.4 / dpi
    page_w, page_h = width * mm, height * mm
    margin = 6.0
    legend_w = min(78.0, page_w * 0.27)
    title_h = 14.0
    foot_h = 9.0

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(title or project.title() or "DSEZA Twin")
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(page_w, page_h))

    _label(layout, title or project.title(), margin, margin, page_w - 2 * margin, title_h, 20, bold=True)

    map_x, map_y = margin, margin + title_h
    map_w, map_h = page_w - 3 * margin - legend_w, page_h - map_y - margin - foot_h
    layers = twin_layers(project)
    map_item = QgsLayoutItemMap(layout)
    map_item.setId("main map")
    map_item.attemptMove(QgsLayoutPoint(map_x, map_y))
    map_item.attemptResize(QgsLayoutSize(map_w, map_h))
    map_item.setCrs(project.crs())
    map_item.setLayers([layers[n] for n in RENDER_ORDER if n in layers])
    map_item.setKeepLayerSet(True)
    map_item.setBackgroundColor(QColor("#F7F5F0"))
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeColor(QColor("#555555"))
    layout.addLayoutItem(map_item)
    map_item.zoomToExtent(extent if extent is not None else default_extent(project))

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Legend")
    legend.setLinkedMap(map_item)
    legend.setLegendFilterByMapEnabled(True)  # only the classes the map shows
    legend.setAutoUpdateModel(False)
    _prune_legend(legend, project)
    for style, size, bold in (
        (QgsLegendStyle.Title, 12, True),
        (QgsLegendStyle.Group, 9.5, True),
        (QgsLegendStyle.Subgroup, 8.5, True),
        (QgsLegendStyle.SymbolLabel, 7.5, False),
    ):
        _legend_font(legend, style, size, bold)
    legend.setSymbolWidth(6)
    legend.setSymbolHeight(3.6)
    legend.setWrapString("|")
    legend.attemptMove(QgsLayoutPoint(page_w - margin - legend_w, map_y))
    legend.setResizeToContents(True)
    layout.addLayoutItem(legend)
    legend.adjustBoxSize()
    if legend.sizeWithUnits().height() > map_h:
        legend.setColumnCount(2)
        legend.setSplitLayer(True)
        legend.adjustBoxSize()

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(map_item)
    scalebar.setUnits(QgsUnitTypes.DistanceKilometers)
    scalebar.setUnitLabel("km")
    scalebar.setNumberOfSegments(4)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(_nice_segment(map_item.extent().width() / 1000.0 / 6))
    scalebar.setHeight(2.5)
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 220))
    _scalebar_font(scalebar, 8)
    layout.addLayoutItem(scalebar)
    scalebar.attemptMove(QgsLayoutPoint(map_x + 4, map_y + map_h - 14))

    _north_arrow(layout, map_item, map_x + map_w - 18, map_y + 4)

    crs = project.crs()
    footer = "{} ({}) · made {} with DSEZA Twin and QGIS {}{}".format(
        crs.description(), crs.authid(), dt.date.today().isoformat(), _qgis_version(),
        " · " + note if note else "",
    )
    _label(layout, footer, margin, page_h - margin - foot_h + 2, page_w - 2 * margin, foot_h - 2, 7.5)

    png_path.parent.mkdir(parents=True, exist_ok=True)
    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    result = exporter.exportToImage(str(png_path), settings)
    if result != QgsLayoutExporter.Success:
        raise TwinProjectError("The map could not be rendered to {} (error {}).".format(png_path, result))
    return png_path


def _label(layout, text, x, y, w, h, size, bold=False) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    if hasattr(label, "setTextFormat"):  # QGIS >= 3.24
        from qgis.core import QgsTextFormat

        fmt = QgsTextFormat.fromQFont(font)
        fmt.setSize(size)
        label.setTextFormat(fmt)
    else:
        label.setFont(font)
    label.setVAlign(Qt.AlignVCenter)
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(x, y))
    label.attemptResize(QgsLayoutSize(w, h))
    return label


def _legend_font(legend, style, size, bold) -> None:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    legend_style = legend.rstyle(style)
    if hasattr(legend_style, "setTextFormat"):  # QGIS >= 3.30
        from qgis.core import QgsTextFormat

        fmt = QgsTextFormat.fromQFont(font)
        fmt.setSize(size)
        legend_style.setTextFormat(fmt)
    else:
        legend_style.setFont(font)


def _scalebar_font(scalebar, size) -> None:
    from qgis.core import QgsTextFormat

    font = QFont(FONT_FAMILY)
    fmt = QgsTextFormat.fromQFont(font)
    fmt.setSize(size)
    scalebar.setTextFormat(fmt)


def _prune_legend(legend: QgsLayoutItemLegend, project: QgsProject) -> None:
    """Leave out layers without geometry (readings) from the legend."""
    root = legend.model().rootGroup()
    for node in list(root.findLayers()):
        layer = node.layer()
        if isinstance(node, QgsLayerTreeLayer) and layer is not None and not layer.isSpatial():
            node.parent().removeChildNode(node)


def _north_arrow(layout, map_item, x, y) -> None:
    svg = next(
        (Path(base) / NORTH_ARROW_SVG for base in QgsApplication.svgPaths() if (Path(base) / NORTH_ARROW_SVG).exists()),
        None,
    )
    if svg is None:
        _label(layout, "N ↑", x, y, 14, 10, 12, bold=True)
        return
    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(str(svg))
    arrow.setLinkedMap(map_item)
    arrow.setNorthMode(QgsLayoutItemPicture.TrueNorth)
    arrow.setBackgroundEnabled(False)
    layout.addLayoutItem(arrow)
    arrow.attemptMove(QgsLayoutPoint(x, y))
    arrow.attemptResize(QgsLayoutSize(12, 16))


def _nice_segment(raw_km: float) -> float:
    """1, 2 or 5 × a power of ten, close to ``raw_km``."""
    if raw_km <= 0:
        return 1.0
    import math

    power = 10 ** math.floor(math.log10(raw_km))
    for step in (1, 2, 5, 10):
        if raw_km <= step * power:
            return float(step * power)
    return float(10 * power)


def _qgis_version() -> str:
    from qgis.core import Qgis

    return Qgis.version().split("-")[0]

