"""dsezatwin:zonereport — a PDF fact sheet of one functional area, from the print-layout template
``resources/layouts/zone_report.qpt``: map, indicators, compliance summary, sensor chart and a 3D view.

The 3D view (page 3) is QGIS's 3D map item, which needs OpenGL: QGIS desktop has it; headless runs have it
under ``xvfb-run`` with ``QT_QPA_PLATFORM=xcb`` (``scripts/qgis-process`` does that for this algorithm).
Without OpenGL the report has two pages and says why in the log and the ``VIEW_3D`` output (0)."""

from __future__ import annotations

import datetime as dt
import math
import time
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsBasicNumericFormat,
    QgsCategorizedSymbolRenderer,
    QgsExpression,
    QgsFeatureRequest,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtXml import QDomDocument

from ....dseza_twin_plugin import twin_3d
from ....dseza_twin_plugin.core.report import data as rdata
from ....dseza_twin_plugin.core.report import formatting as fmt
from ....dseza_twin_plugin.core.report.chart import render_sensor_chart
from ....dseza_twin_plugin.store.schema import STORE_SRID
from ....dseza_twin_plugin.twin_map import _fit_extent, _nice_segment
from ....dseza_twin_plugin.twin_project import STYLES_DIR
from ..base import RESOURCES, DsezaAlgorithm

TEMPLATE = RESOURCES / "layouts" / "zone_report.qpt"
#: Pitch of the report's 3D camera (degrees from looking straight down).
VIEW_3D_PITCH = 50.0

#: Map layers, top first: (twin layer, filter column for the area or None, in the legend).
MAP_LAYERS = (
    ("sensors", "area_code", True),
    ("functional_areas", "code", True),
    ("buildings", None, False),
    ("parcels", "area_code", True),
    ("planning_zones", "area_code", True),
)
LAYER_NAMES = {
    "vi": {"sensors": "Cảm biến", "functional_areas": "Ranh giới khu", "buildings": "Công trình",
           "parcels": "Lô đất theo trạng thái", "planning_zones": "Phân khu quy hoạch"},
    "en": {"sensors": "Sensors", "functional_areas": "Area outline", "buildings": "Buildings",
           "parcels": "Land lots by status", "planning_zones": "Planning zones"},
}


class ZoneReport(DsezaAlgorithm):
    NAME = "zonereport"
    GROUP = "planning"
    STORE = "STORE"
    AREA = "AREA"
    LANGUAGE = "LANGUAGE"
    OUTPUT = "OUTPUT"
    PAGES = "PAGES"
    CHART_POINTS = "CHART_POINTS"
    VIEW_3D = "VIEW_3D"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Zone report (PDF fact sheet)")

    def flags(self):
        # The print layout, its map items and above all its 3D map item (an OpenGL context, which lives on
        # the main thread) are rendered on the main thread: the Processing dialog runs it in the foreground
        # (about 5 s on the demo twin, most of it the 3D view).
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(
            self.STORE, self.tr("Twin store (.gpkg file, or 'service=NAME schema=twin')")))
        self.addParameter(QgsProcessingParameterString(self.AREA, self.tr("Functional area code (e.g. DN-HTP)")))
        self.addParameter(QgsProcessingParameterString(
            self.LANGUAGE, self.tr("Language of the report: vi (Vietnamese) or en (English)"), defaultValue="vi"))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Report (PDF)"), self.tr("PDF files (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Pages")))
        self.addOutput(QgsProcessingOutputNumber(self.CHART_POINTS, self.tr("Daily means in the sensor chart")))
        self.addOutput(QgsProcessingOutputNumber(self.VIEW_3D, self.tr("3D view drawn (1) or left out (0)")))

    # ------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        started = time.monotonic()
        try:
            lang = fmt.check_language(self.parameterAsString(parameters, self.LANGUAGE, context))
        except ValueError as exc:
            raise QgsProcessingException(str(exc)) from exc
        code = self.parameterAsString(parameters, self.AREA, context).strip()
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output:
            raise QgsProcessingException(self.tr("Choose a PDF file to write the report to."))
        if not TEMPLATE.exists():
            raise QgsProcessingException(self.tr("The report template {} is missing.").format(TEMPLATE))
        steps = QgsProcessingMultiStepFeedback(5, feedback)

        with self.open_store(self.parameterAsString(parameters, self.STORE, context)) as store:
            store.check_version()
            try:
                area = rdata.area_info(store, code)
            except rdata.UnknownAreaError as exc:
                raise QgsProcessingException(str(exc)) from exc
            sensors = rdata.area_sensors(store, code)
            daily = rdata.daily_series(store, [s["fid"] for s in sensors])
            sources = {name: store.layer_source(name) for name, _, _ in MAP_LAYERS}
            sources["network_links"] = store.layer_source("network_links")
            demo = store.meta().get("dataset", "").startswith("demo")
        feedback.pushInfo(self.tr("Area {}: {} sensors, {} daily means from {} to {}.").format(
            code, len(sensors), daily.points, daily.start, daily.end))

        layers = {name: self._layer(name, sources[name], lang, column, code)
                  for name, column, _ in MAP_LAYERS if column is not None}
        around = QgsRectangle(layers["functional_areas"].extent())
        if around.isEmpty():
            around = QgsRectangle(layers["parcels"].extent())
        around.grow(max(around.width(), around.height()) * 0.15 + 100)
        layers["buildings"] = self._layer("buildings", sources["buildings"], lang, rect=around)
        roads = self._layer("network_links", sources["network_links"], lang, rect=around)
        feedback.pushInfo(self.tr("{} lots, {} planning zones, {} buildings and {} network links around the area.")
                          .format(layers["parcels"].featureCount(), layers["planning_zones"].featureCount(),
                                  layers["buildings"].featureCount(), roads.featureCount()))

        steps.setCurrentStep(1)
        compliance = self._compliance(layers, roads, steps)
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Canceled."))
        steps.setCurrentStep(2)
        indicators = self._indicators(layers, roads, compliance, code, steps)
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Canceled."))
        steps.setCurrentStep(3)
        chart = Path(QgsProcessingUtils.generateTempFilename("zone_report_chart.png"))
        render_sensor_chart(chart, sensors, daily, lang)
        steps.setCurrentStep(4)

        project = QgsProject()
        project.setCrs(layers["parcels"].crs())
        for name, _, _ in reversed(MAP_LAYERS):
            project.addMapLayer(layers[name])
        if lang == "vi":
            _label_in_vietnamese(layers["functional_areas"])
        for name, names in (("parcels", fmt.STATUS_LABELS[lang]), ("sensors", fmt.SENSOR_KIND_LABELS[lang]),
                            ("functional_areas", fmt.KIND_LABELS[lang])):
            _name_classes(layers[name], names)
        layout = self._layout(project)
        self._fill(layout, project, layers, area, indicators, compliance, sensors, daily, chart, lang, demo)
        no_3d = twin_3d.opengl_unavailable_reason()
        if no_3d is None:
            self._view_3d(layout, project, layers, around, lang)
        else:
            feedback.pushWarning(self.tr("The 3D view is left out of the report: {}.").format(no_3d))
            _drop_last_page(layout)
        total = layout.pageCollection().pageCount()
        for index in range(1, total + 1):
            layout.itemById("page{}".format(index)).setText("{} {} / {}".format(fmt.label("page", lang), index, total))
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 200
        settings.rasterizeWholeImage = False
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
        settings.exportMetadata = True
        result = QgsLayoutExporter(layout).exportToPdf(output, settings)
        if result != QgsLayoutExporter.Success:
            raise QgsProcessingException(self.tr("The report could not be written to {} (layout export error {}).")
                                         .format(output, int(result)))
        pages = layout.pageCollection().pageCount()
        steps.setCurrentStep(5)
        feedback.pushInfo(self.tr("Report of {} written to {}: {} pages in {:.1f} s.").format(
            code, output, pages, time.monotonic() - started))
        return {self.OUTPUT: output, self.PAGES: pages, self.CHART_POINTS: daily.points,
                self.VIEW_3D: int(no_3d is None)}

    # ------------------------------------------------------------------ data

    def _layer(self, name, source, lang, column=None, code=None, rect=None) -> QgsVectorLayer:
        """The twin layer as a styled memory copy of the area's features (``column`` = ``code``, or those
        crossing ``rect``). Copies, not subset strings: QGIS 3.22's OGR provider fails to open a GeoPackage
        again after a few subset layers on it ("unable to open database file")."""
        uri, provider = source
        stored = QgsVectorLayer(uri, name, provider)
        if not stored.isValid():
            raise QgsProcessingException(self.tr("The twin layer '{}' could not be opened ({} source).")
                                         .format(name, provider))
        request = QgsFeatureRequest()
        if column is not None:
            request.setFilterExpression('"{}" = {}'.format(column, QgsExpression.quotedValue(code)))
        if rect is not None:
            request.setFilterRect(rect)
        layer = stored.materialize(request)
        layer.setName(LAYER_NAMES[lang].get(name, name))
        style = STYLES_DIR / "{}.qml".format(name)
        if style.exists():
            layer.loadNamedStyle(str(style))
        return layer

    def _compliance(self, layers, roads, feedback) -> dict:
        """``dsezatwin:checkcompliance`` on the area's lots (the plan's zones, all buildings and roads)."""
        from qgis import processing

        result = processing.run("dsezatwin:checkcompliance", {
            "PARCELS": layers["parcels"], "BUILDINGS": layers["buildings"], "ZONING": layers["planning_zones"],
            "ROADS": roads, "PUSHDOWN": False, "OUTPUT": "memory:", "VIOLATIONS": "memory:", "REPORT": None,
        }, feedback=feedback)
        layer = result["OUTPUT"]
        rows = [{"code": f["code"], "status": f["status"], "failed_rules": f["failed_rules"]}
                for f in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry))]
        return {"layer": layer, "summary": rdata.compliance_summary(rows)}

    def _indicators(self, layers, roads, compliance, code, feedback) -> dict:
        """The area's row of ``dsezatwin:zoneindicators`` (with the compliance verdicts just made)."""
        from qgis import processing

        result = processing.run("dsezatwin:zoneindicators", {
            "AREAS": layers["functional_areas"], "ZONING": layers["planning_zones"], "PARCELS": layers["parcels"],
            "BUILDINGS": layers["buildings"], "ROADS": roads, "COMPLIANCE": compliance["layer"],
            "OUTPUT_AREAS": "memory:", "OUTPUT_ZONES": "memory:",
        }, feedback=feedback)
        for feature in result["OUTPUT_AREAS"].getFeatures():
            if feature["code"] == code:
                return {name: _plain(feature[name]) for name in feature.fields().names()}
        raise QgsProcessingException(self.tr("The indicators of area {} could not be computed.").format(code))

    # ------------------------------------------------------------------ layout

    def _layout(self, project) -> QgsPrintLayout:
        layout = QgsPrintLayout(project)
        document = QDomDocument()
        if not document.setContent(TEMPLATE.read_text(encoding="utf-8")):
            raise QgsProcessingException(self.tr("The report template {} is not valid XML.").format(TEMPLATE))
        _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
        if not ok:
            raise QgsProcessingException(self.tr("The report template {} could not be loaded.").format(TEMPLATE))
        return layout

    def _fill(self, layout, project, layers, area, indicators, compliance, sensors, daily, chart, lang, demo):
        def item(item_id, kind=None):
            found = layout.itemById(item_id)
            if found is None or (kind is not None and not isinstance(found, kind)):
                raise QgsProcessingException(self.tr("The report template has no item '{}'.").format(item_id))
            return found

        name = (area.get("name_vi") if lang == "vi" else area.get("name_en")) or area.get("name_en") \
            or area.get("name_vi") or area["code"]
        kind = fmt.kind_label(area.get("kind"), lang)
        item("title").setText(name)
        item("title2").setText(name)
        item("subtitle").setText("{} · {} · {}: {}".format(fmt.label("title", lang), kind, fmt.label("code", lang),
                                                          area["code"]))
        info = []
        for key, value in (("district", area.get("district")),
                           ("established", fmt.format_date(area.get("established"), lang)
                            if area.get("established") else None),
                           ("published_area", "{} ha".format(fmt.format_number(area.get("published_area_ha"), lang, 1))
                            if area.get("published_area_ha") is not None else None),
                           ("operator", area.get("operator"))):
            if value:
                info.append("{}: {}".format(fmt.label(key, lang), value))
        item("info").setText("   ·   ".join(info))

        ordered = [layers[n] for n, _, _ in MAP_LAYERS]
        map_item = item("map", QgsLayoutItemMap)
        map_item.setCrs(project.crs())
        map_item.setLayers(ordered)
        map_item.setKeepLayerSet(True)
        extent = QgsRectangle(layers["functional_areas"].extent())
        if extent.isEmpty():
            extent = QgsRectangle(layers["parcels"].extent())
        extent.grow(max(extent.width(), extent.height()) * 0.05)
        size = map_item.sizeWithUnits()
        map_item.setExtent(_fit_extent(extent, size.width() / size.height()))
        item("map_caption").setText(fmt.label("map", lang))
        scalebar = item("scalebar", QgsLayoutItemScaleBar)
        scalebar.setUnitsPerSegment(_nice(map_item.extent().width() / 1000.0 / 10))
        if lang == "vi":
            numbers = QgsBasicNumericFormat()
            if hasattr(numbers, "setDecimalSeparator"):  # QGIS >= 3.22
                numbers.setDecimalSeparator(",")
                numbers.setThousandsSeparator(".")
                scalebar.setNumericFormat(numbers)
        scalebar.update()

        legend = item("legend", QgsLayoutItemLegend)
        legend.setAutoUpdateModel(False)
        self._legend_root = QgsLayerTree()  # the legend model does not own its root: kept until the export
        group = self._legend_root.addGroup(fmt.label("legend", lang))  # twin_map's pruning keeps groups only
        for name in ("functional_areas", "parcels", "sensors"):
            group.addLayer(layers[name])
        legend.model().setRootGroup(self._legend_root)
        from ....dseza_twin_plugin.twin_map import _prune_legend

        _prune_legend(legend)
        QgsLayoutExporter(layout).renderPageToImage(0, QSize(120, 80), 10)  # a legend learns its size painted
        legend.adjustBoxSize()
        size = legend.sizeWithUnits()
        pos, msize = map_item.positionWithUnits(), map_item.sizeWithUnits()
        legend.attemptMove(QgsLayoutPoint(pos.x() + msize.width() - size.width() - 2,
                                                                pos.y() + 2), True, False, 0)

        item("indicators_heading").setText(fmt.label("indicators", lang))
        frame = item("indicators")
        table = frame.multiFrame()
        columns = table.columns()
        for column, key in zip(columns, ("indicator", "value", "limit", "status")):
            column.setHeading(fmt.label(key, lang))
        table.setColumns(columns)
        table.setContents(fmt.indicator_rows(indicators, lang))
        table.refresh()

        item("compliance_heading").setText(fmt.label("compliance", lang))
        item("compliance").setText(compliance_text(compliance["summary"], lang))
        item("sensors_heading").setText(fmt.label("sensors", lang))
        item("chart", QgsLayoutItemPicture).setPicturePath(str(chart))
        item("sensors_note").setText(sensor_note(sensors, daily, lang))
        footer = fmt.label("made", lang).format(date=fmt.format_date(dt.date.today(), lang),
                                                qgis=Qgis.version().split("-")[0], crs="EPSG:{}".format(STORE_SRID))
        if demo:
            footer += " · " + fmt.label("demo_note", lang)
        for footer_id in ("footer1", "footer2", "footer3"):
            item(footer_id).setText(footer)
        item("title3").setText(item("title2").text())

    def _view_3d(self, layout, project, layers, around, lang):
        """Page 3: QGIS's 3D map item in place of the template's ``view3d`` frame — buildings extruded, sensors
        as spheres, the area's lots and zones draped on a flat terrain over ``around``."""
        from qgis._3d import QgsLayoutItem3DMap

        twin_3d.apply_3d(layers)
        focus = QgsRectangle(layers["functional_areas"].extent())
        if focus.isEmpty():
            focus = QgsRectangle(layers["parcels"].extent())
        draped = [layers[n].id() for n in ("functional_areas", "parcels", "planning_zones")]
        solid = [layers[n].id() for n in twin_3d.RENDERERS if n in layers]
        doc = QDomDocument()
        view = twin_3d.view_3d_element(doc, name="zone report", crs=project.crs(), terrain_extent=around,
                                       focus=focus, layer_ids=draped + solid, pitch=VIEW_3D_PITCH,
                                       background="#ffffff", zoom_out=1.5)
        frame = layout.itemById("view3d")
        item = QgsLayoutItem3DMap(layout)
        layout.addLayoutItem(item)
        item.attemptMove(frame.pagePositionWithUnits(), True, False, frame.page())
        item.attemptResize(frame.sizeWithUnits())
        item.setId("map3d")
        item.setMapSettings(twin_3d.map_settings(view, project))  # the item takes ownership
        item.setCameraPose(twin_3d.camera_pose(view))
        layout.removeLayoutItem(frame)
        layout.itemById("view3d_heading").setText(fmt.label("view3d", lang))
        layout.itemById("view3d_caption").setText(fmt.label("view3d_caption", lang).format(
            pitch=fmt.format_number(90 - VIEW_3D_PITCH, lang, 0),
            buildings=fmt.format_number(layers["buildings"].featureCount(), lang, 0)))


def compliance_text(summary: rdata.ComplianceSummary, lang: str) -> str:
    """The compliance block: counts, the rules most failed, the failing lots."""
    label = fmt.label
    counts = "   ·   ".join("{}: {}".format(label(key, lang), fmt.format_number(value, lang, 0)) for key, value in (
        ("lots_checked", summary.checked), ("lots_pass", summary.passed), ("lots_fail", summary.failed),
        ("lots_insufficient", summary.insufficient)))
    lines = [counts]
    if summary.top_rules:
        rules = fmt.RULE_LABELS[lang]
        lines.append("{}: {}".format(label("top_failures", lang), "; ".join(
            label("rule_lots", lang).format(rule=rules.get(rule, rule), n=fmt.format_number(n, lang, 0))
            for rule, n in summary.top_rules)))
        shown = summary.failing_lots[:40]
        more = len(summary.failing_lots) - len(shown)
        lines.append("{} ({}): {}{}".format(label("failing_lots", lang), fmt.format_number(summary.failed, lang, 0),
                                            ", ".join(shown), ", …" if more > 0 else ""))
    else:
        lines.append(label("no_failures", lang))
    return "\n".join(lines)


def sensor_note(sensors, daily, lang) -> str:
    if not sensors:
        return fmt.label("no_sensors", lang)
    if daily.end is None:
        return fmt.label("no_readings", lang)
    return "{} · {}: {}".format(
        fmt.label("period", lang).format(start=fmt.format_date(daily.start, lang),
                                         end=fmt.format_date(daily.end, lang)),
        fmt.label("sensors", lang).split(":")[0], ", ".join(s["code"] for s in sensors))


def _drop_last_page(layout) -> None:
    """Remove the template's 3D page (the last) and the items on it."""
    pages = layout.pageCollection()
    last = pages.pageCount() - 1
    for item in pages.itemsOnPage(last):
        layout.removeLayoutItem(item)
    pages.deletePage(last)


def _plain(value):
    """A QVariant-free Python value (NULL → None)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _name_classes(layer, names: dict) -> None:
    """The legend's class labels in the report's language (categories keyed by value)."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for index, category in enumerate(renderer.categories()):
            if str(category.value()) in names:
                renderer.updateCategoryLabel(index, names[str(category.value())])


def _label_in_vietnamese(layer) -> None:
    """The area's label from its Vietnamese name where the style labels the English one."""
    labeling = layer.labeling()
    if isinstance(labeling, QgsVectorLayerSimpleLabeling):
        settings = QgsPalLayerSettings(labeling.settings())
        if "name_en" in settings.fieldName:
            settings.fieldName = settings.fieldName.replace("name_en", "name_vi")
            layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))


def _nice(raw_km: float) -> float:
    """A scale bar segment (km): twin_map's 1, 2 or 5 × a power of ten; 0.5 km for an empty map."""
    return _nice_segment(raw_km) if raw_km > 0 else 0.5

