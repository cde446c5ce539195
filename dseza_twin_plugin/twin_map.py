"""The twin's map sheet: a print layout of the twin project rendered to PNG.

An overview of the functional areas and planning zones, detail maps of the
largest parks framed on the overview, a legend that lists only the classes
present, scale bars and a north arrow. ``qgis.core`` only, like
:mod:`.twin_project`, whose project it draws.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsExpressionContextUtils,
    QgsFillSymbol,
    QgsLayerTreeModelLegendNode,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont

from .twin_project import RENDER_ORDER, TwinProjectError, default_extent, twin_layers

log = logging.getLogger(__name__)

#: Kinds of functional area that get a detail map first.
DETAIL_KIND_ORDER = ("high_tech_park", "industrial_park", "ftz", "it_park")

SHEET_LAYOUT_NAME = "Twin map sheet"
NORTH_ARROW_SVG = "arrows/NorthArrow_02.svg"
FONT_FAMILY = "Noto Sans"


def detail_areas(project: QgsProject, count: int = 2) -> list[tuple[str, QgsRectangle]]:
    """Functional areas worth a detail map: the largest of each kind, high-tech park first.

    Returns ``[(English name, extent), …]``, at most ``count``.
    """
    layer = twin_layers(project).get("functional_areas")
    if layer is None or count <= 0:
        return []
    best: dict[str, tuple[float, str, QgsRectangle]] = {}
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        kind = feature["kind"]
        area = geometry.area()
        if kind not in best or area > best[kind][0]:
            name = feature["name_en"] or feature["code"]
            best[kind] = (area, str(name), geometry.boundingBox())
    order = [k for k in DETAIL_KIND_ORDER if k in best] + sorted(set(best) - set(DETAIL_KIND_ORDER))
    return [(best[k][1], best[k][2]) for k in order[:count]]


def render_map(
    project: QgsProject,
    png_path: str | Path,
    width: int,
    height: int,
    extent: QgsRectangle | None = None,
    *,
    title: str | None = None,
    note: str = "",
    details: int = 2,
    dpi: int = 150,
    keep_layout: bool = False,
) -> Path:
    """Render a map sheet of the project to a PNG of ``width`` × ``height`` pixels.

    The sheet is a print layout: title; an overview map of the functional areas
    and planning zones (``extent`` in the project CRS, by default every
    functional area with a margin) with north arrow and scale bar; below it up
    to ``details`` detail maps of single areas (land lots, buildings, networks,
    sensors; see :func:`detail_areas`), framed on the overview; a legend of
    what the twin holds; a footer with CRS, date and ``note``. With
    ``keep_layout`` the layout stays in the project (write the project again to
    keep it in the file), for officers to adjust and print.
    """
    if width < 600 or height < 400:
        raise ValueError("The map sheet needs at least 600 × 400 pixels.")
    png_path = Path(png_path)
    page_w, page_h = width * 25.4 / dpi, height * 25.4 / dpi
    k = min(max(page_h / 270.0, 0.6), 1.3)  # text and margins follow the sheet's size
    margin, title_h, foot_h = 6 * k, 13 * k, 7 * k

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(SHEET_LAYOUT_NAME)
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(page_w, page_h))
    _label(layout, title or project.title() or "DSEZA Twin", (margin, margin, page_w - 2 * margin, title_h),
           18 * k, bold=True)

    legend = _legend(layout, project, k)
    legend_w = legend.sizeWithUnits().width()
    legend.attemptMove(QgsLayoutPoint(page_w - margin - legend_w, margin + title_h))

    area_x, area_y = margin, margin + title_h
    area_w = page_w - 3 * margin - legend_w
    area_h = page_h - area_y - margin - foot_h
    areas = detail_areas(project, details)
    overview_h = area_h * (0.58 if areas else 1.0)
    layers = twin_layers(project)
    overview = _map(layout, project, layers, (area_x, area_y, area_w, overview_h),
                    extent if extent is not None else default_extent(project))
    _caption(layout, "Functional areas and planning zones by land use", overview, k)
    _scalebar(layout, overview, k)
    _north_arrow(layout, overview, k)

    if areas:
        gap = margin * 0.8
        detail_y = area_y + overview_h + gap
        detail_w = (area_w - gap * (len(areas) - 1)) / len(areas)
        for index, (name, box) in enumerate(areas):
            rect = (area_x + index * (detail_w + gap), detail_y, detail_w, area_y + area_h - detail_y)
            detail = _map(layout, project, layers, rect, _grown(box, 0.04))
            _caption(layout, "{}: land lots, buildings, networks and sensors".format(name), detail, k)
            _scalebar(layout, detail, k)
            frame = QgsLayoutItemMapOverview("detail {}".format(index + 1), overview)
            overview.overviews().addOverview(frame)
            frame.setLinkedMap(detail)
            frame.setFrameSymbol(_frame_symbol())

    crs = project.crs()
    footer = "{} ({}) · made {} with DSEZA Twin and QGIS {}{}".format(
        crs.description(), crs.authid(), dt.date.today().isoformat(), _qgis_version(),
        " · " + note if note else "",
    )
    _label(layout, footer, (margin, page_h - margin - foot_h + 1.5 * k, page_w - 2 * margin, foot_h - 1.5 * k),
           7 * k)

    png_path.parent.mkdir(parents=True, exist_ok=True)
    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(width, height), dpi)
    if image.isNull() or not image.save(str(png_path), "PNG"):
        raise TwinProjectError("The map could not be rendered to {}.".format(png_path))
    if keep_layout:
        manager = project.layoutManager()
        old = manager.layoutByName(layout.name())
        if old is not None:
            manager.removeLayout(old)
        manager.addLayout(layout)
    return png_path


def _map(layout, project, layers, rect, extent) -> QgsLayoutItemMap:
    x, y, w, h = rect
    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y))
    item.attemptResize(QgsLayoutSize(w, h))
    item.setCrs(project.crs())
    item.setLayers([layers[n] for n in RENDER_ORDER if n in layers])
    item.setKeepLayerSet(True)
    item.setBackgroundColor(QColor("#F4F2EC"))
    item.setFrameEnabled(True)
    item.setFrameStrokeColor(QColor("#4A4A4A"))
    item.setExtent(_fit_extent(extent, w / h))
    return item


def _legend(layout, project, k) -> QgsLayoutItemLegend:
    legend = QgsLayoutItemLegend(layout)
    layout.addLayoutItem(legend)
    legend.setTitle("Legend")
    legend.setAutoUpdateModel(False)
    _prune_legend(legend)
    for style, size, bold in (
        (QgsLegendStyle.Title, 11, True),
        (QgsLegendStyle.Group, 8.5, True),
        (QgsLegendStyle.Subgroup, 7.5, True),
        (QgsLegendStyle.SymbolLabel, 6.8, False),
    ):
        _legend_font(legend, style, size * k, bold)
    legend.setSymbolWidth(5.5 * k)
    legend.setSymbolHeight(3.2 * k)
    legend.setColumnCount(2)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(False)
    legend.setResizeToContents(True)
    legend.setBackgroundEnabled(False)
    # A legend learns its size when first painted (QGIS 3.22): paint the page once, small.
    QgsLayoutExporter(layout).renderPageToImage(0, QSize(120, 80), 10)
    legend.adjustBoxSize()
    return legend


def _caption(layout, text, map_item, k) -> None:
    pos = map_item.positionWithUnits()
    label = _label(layout, text, (pos.x() + 1.5 * k, pos.y() + 1.5 * k,
                                  map_item.sizeWithUnits().width() * 0.8, 6 * k), 8 * k, bold=True)
    label.setMarginX(1.5 * k)
    label.setBackgroundEnabled(True)
    label.setBackgroundColor(QColor(255, 255, 255, 215))
    label.adjustSizeToText()


def _label(layout, text, rect, size, bold=False) -> QgsLayoutItemLabel:
    x, y, w, h = rect
    label = QgsLayoutItemLabel(layout)
    layout.addLayoutItem(label)
    label.setText(text)
    font = _font(size, bold)
    if hasattr(label, "setTextFormat"):  # QGIS >= 3.24
        from qgis.core import QgsTextFormat

        fmt = QgsTextFormat.fromQFont(font)
        fmt.setSize(size)
        label.setTextFormat(fmt)
    else:
        label.setFont(font)
    label.setVAlign(Qt.AlignVCenter)
    label.attemptMove(QgsLayoutPoint(x, y))
    label.attemptResize(QgsLayoutSize(w, h))
    return label


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _legend_font(legend, style, size, bold) -> None:
    legend_style = legend.rstyle(style)
    if hasattr(legend_style, "setTextFormat"):  # QGIS >= 3.30
        from qgis.core import QgsTextFormat

        fmt = QgsTextFormat.fromQFont(_font(size, bold))
        fmt.setSize(size)
        legend_style.setTextFormat(fmt)
    else:
        legend_style.setFont(_font(size, bold))


def _prune_legend(legend: QgsLayoutItemLegend) -> None:
    """Keep in the legend only the classes the twin's features use; drop empty and table layers."""
    model = legend.model()
    for node in list(model.rootGroup().findLayers()):
        layer = node.layer()
        if layer is None or not layer.isSpatial() or layer.featureCount() == 0:
            node.parent().removeChildNode(node)
            continue
        used = _used_legend_keys(layer)
        if used is None:
            continue
        keep = [i for i, legend_node in enumerate(model.layerLegendNodes(node, True))
                if legend_node.data(QgsLayerTreeModelLegendNode.RuleKeyRole) in used]
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, keep)
        model.refreshLayerLegend(node)
    for group in list(model.rootGroup().children()):
        if not group.children():
            model.rootGroup().removeChildNode(group)


def _used_legend_keys(layer) -> set | None:
    """Legend keys of the renderer classes that at least one feature falls in (None: unknown)."""
    renderer = layer.renderer()
    if renderer is None:
        return None
    renderer = renderer.clone()
    context = QgsRenderContext()
    context.setRendererScale(1000)  # any scale within every rule's range
    context.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    used: set = set()
    renderer.startRender(context, layer.fields())
    try:
        for feature in layer.getFeatures():
            context.expressionContext().setFeature(feature)
            used.update(renderer.legendKeysForFeature(feature, context))
    finally:
        renderer.stopRender(context)
    return used


def _scalebar(layout, map_item, k) -> None:
    scalebar = QgsLayoutItemScaleBar(layout)
    layout.addLayoutItem(scalebar)
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(map_item)
    scalebar.setUnits(QgsUnitTypes.DistanceKilometers)
    scalebar.setUnitLabel("km")
    scalebar.setNumberOfSegments(3)
    scalebar.setNumberOfSegmentsLeft(0)
    # The bar spans about a sixth of the map, in round kilometres.
    scalebar.setUnitsPerSegment(_nice_segment(map_item.extent().width() / 1000.0 / 18))
    scalebar.setHeight(1.8 * k)
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 215))
    from qgis.core import QgsTextFormat

    fmt = QgsTextFormat.fromQFont(_font(6.5 * k))
    fmt.setSize(6.5 * k)
    scalebar.setTextFormat(fmt)
    scalebar.update()
    pos, size = map_item.positionWithUnits(), map_item.sizeWithUnits()
    scalebar.attemptMove(QgsLayoutPoint(pos.x() + 2 * k, pos.y() + size.height() - 11 * k))


def _frame_symbol() -> QgsFillSymbol:
    return QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#C62828", "outline_width": "0.6", "joinstyle": "miter"}
    )


def _north_arrow(layout, map_item, k) -> None:
    pos, size = map_item.positionWithUnits(), map_item.sizeWithUnits()
    x, y = pos.x() + size.width() - 13 * k, pos.y() + 2 * k
    svg = next(
        (Path(base) / NORTH_ARROW_SVG for base in QgsApplication.svgPaths()
         if (Path(base) / NORTH_ARROW_SVG).exists()),
        None,
    )
    if svg is None:
        _label(layout, "N ↑", (x, y, 11 * k, 8 * k), 11 * k, bold=True)
        return
    arrow = QgsLayoutItemPicture(layout)
    layout.addLayoutItem(arrow)
    arrow.setPicturePath(str(svg))
    arrow.setLinkedMap(map_item)
    arrow.setNorthMode(QgsLayoutItemPicture.TrueNorth)
    arrow.attemptMove(QgsLayoutPoint(x, y))
    arrow.attemptResize(QgsLayoutSize(10 * k, 13 * k))


def _grown(extent: QgsRectangle, margin: float) -> QgsRectangle:
    grown = QgsRectangle(extent)
    grown.grow(max(extent.width(), extent.height()) * margin)
    return grown


def _fit_extent(extent: QgsRectangle, aspect: float) -> QgsRectangle:
    """Grow ``extent`` around its centre to the width / height ratio ``aspect``."""
    centre = extent.center()
    width, height = extent.width(), extent.height()
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    return QgsRectangle(
        centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2
    )


def _nice_segment(raw_km: float) -> float:
    """1, 2 or 5 × a power of ten, close to ``raw_km``."""
    if not raw_km > 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw_km))
    for step in (1, 2, 5, 10):
        if raw_km <= step * power * 1.4:
            return float(step * power)
    return float(10 * power)


def _qgis_version() -> str:
    return Qgis.version().split("-")[0]
