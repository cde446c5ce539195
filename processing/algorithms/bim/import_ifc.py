"""dsezatwin:importifc — an IFC model (BIM) into twin buildings: footprints, heights, storeys, floor area and
3D geometry, placed in EPSG:5899 by the georeferencing doctor, optionally written to the store on its lot.

The IFC work (ifcopenshell) runs in a separate process with a time-out and a memory cap
(:mod:`dseza_twin_plugin.bim`): a broken or huge file ends in a clear error, never in a QGIS crash.
"""

from __future__ import annotations

import html
import time
from pathlib import Path

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ....dseza_twin_plugin.bim import IfcImportError, import_ifc
from ....dseza_twin_plugin.bim.result import GeorefRequest
from ....dseza_twin_plugin.store import StoreError, schema
from ....dseza_twin_plugin.toolbelt.store_messages import store_error_text
from ..base import DsezaAlgorithm
from ..output_style import style_output

STORE_CRS = QgsCoordinateReferenceSystem("EPSG:{}".format(schema.STORE_SRID))
GEOREF_MODES = ("auto", "manual")
#: A building whose footprint lies this share or more outside its lot gets a warning.
OUTSIDE_LOT_TOLERANCE = 0.01
#: Code of an imported building in the store: stable across re-imports of the same model.
CODE_PREFIX = "IFC-"


def building_code(guid: str) -> str:
    return CODE_PREFIX + guid


class ImportIfc(DsezaAlgorithm):
    NAME = "importifc"
    GROUP = "bim"
    INPUT = "INPUT"
    STORE = "STORE"
    PARCEL = "PARCEL"
    PARCELS = "PARCELS"
    GEOREF = "GEOREF"
    ANCHOR_E = "ANCHOR_E"
    ANCHOR_N = "ANCHOR_N"
    ROTATION_DEG = "ROTATION_DEG"
    GROUND_HEIGHT = "GROUND_HEIGHT"
    TIMEOUT = "TIMEOUT"
    MEMORY_MB = "MEMORY_MB"
    OUTPUT_BUILDINGS = "OUTPUT_BUILDINGS"
    OUTPUT_STOREYS = "OUTPUT_STOREYS"
    OUTPUT_3D = "OUTPUT_3D"
    REPORT = "REPORT"
    BUILDINGS = "BUILDINGS"
    STOREYS = "STOREYS"
    STORED = "STORED"
    GEOREF_METHOD = "GEOREF_METHOD"
    WARNINGS = "WARNINGS"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Import IFC model (BIM)")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("IFC model (.ifc)"), extension="ifc"))
        self.addParameter(QgsProcessingParameterString(
            self.STORE, self.tr("Twin store to write the buildings to (.gpkg file or 'service=NAME'; empty: "
                                "output layers only)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.PARCEL, self.tr("Land lot code (the lot the model stands on: placed on it when the file has "
                                 "no usable georeferencing, else checked against it)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PARCELS, self.tr("Land lots layer (where to find the lot when there is no store)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.GEOREF, self.tr("Georeferencing (auto: from the file; manual: the anchor and rotation below)"),
            options=list(GEOREF_MODES), defaultValue="auto", usesStaticStrings=True))
        for name, label in ((self.ANCHOR_E, self.tr("Manual: easting of the model's origin (EPSG:5899, m)")),
                            (self.ANCHOR_N, self.tr("Manual: northing of the model's origin (EPSG:5899, m)"))):
            self.addParameter(QgsProcessingParameterNumber(
                name, label, QgsProcessingParameterNumber.Double, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.ROTATION_DEG, self.tr("Manual: rotation of the model's x axis from grid east (degrees, "
                                       "counter-clockwise)"), QgsProcessingParameterNumber.Double, defaultValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.GROUND_HEIGHT, self.tr("Height of the ground floor above sea level (Hon Dau 1992, m; empty: the "
                                        "file's own, else model heights)"), QgsProcessingParameterNumber.Double,
            optional=True))
        for name, label, default, minimum in (
                (self.TIMEOUT, self.tr("Time limit of the IFC reader (seconds)"), 600, 1),
                (self.MEMORY_MB, self.tr("Memory limit of the IFC reader (MB)"), 4096, 512)):
            limit = QgsProcessingParameterNumber(name, label, QgsProcessingParameterNumber.Integer,
                                                 defaultValue=default, minValue=minimum)
            limit.setFlags(limit.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(limit)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_BUILDINGS, self.tr("Buildings (footprints)"), QgsProcessing.TypeVectorPolygon,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_STOREYS, self.tr("Storeys"), QgsProcessing.TypeVector, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_3D, self.tr("3D geometry (triangles by IFC class)"), QgsProcessing.TypeVectorPolygon,
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Import report (HTML)"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=False))
        for name, label in ((self.BUILDINGS, self.tr("Buildings imported")),
                            (self.STOREYS, self.tr("Storeys")),
                            (self.STORED, self.tr("Buildings written to the store")),
                            (self.WARNINGS, self.tr("Warnings"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString(self.GEOREF_METHOD, self.tr("Georeferencing used")))

    # ------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        started = time.monotonic()
        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path or not Path(path).is_file():
            raise QgsProcessingException(self.tr("The IFC file {} does not exist.").format(path or "''"))
        address = (self.parameterAsString(parameters, self.STORE, context) or "").strip()
        parcel_code = (self.parameterAsString(parameters, self.PARCEL, context) or "").strip() or None
        mode = self.parameterAsEnumString(parameters, self.GEOREF, context) or "auto"

        store = self.open_store(address) if address else None
        try:
            if store is not None:
                store.check_version()
            lot = self._lot(store, parameters, context, parcel_code) if parcel_code else None
            request = self._request(parameters, context, mode, parcel_code, lot)
            want_3d = self.OUTPUT_3D in parameters and parameters[self.OUTPUT_3D] not in (None, "")

            def progress(fraction: float, message: str) -> None:
                feedback.setProgress(80.0 * max(0.0, min(1.0, fraction)))
                if message:
                    feedback.pushDebugInfo(message)

            feedback.pushInfo(self.tr("Reading {} in a separate process …").format(Path(path).name))
            try:
                result = import_ifc(path, request, with_3d=want_3d, progress=progress, cancel=feedback.isCanceled,
                                    timeout_s=self.parameterAsInt(parameters, self.TIMEOUT, context),
                                    memory_mb=self.parameterAsInt(parameters, self.MEMORY_MB, context))
            except IfcImportError as exc:
                if exc.details:
                    feedback.pushDebugInfo(exc.details)
                raise QgsProcessingException(self._error_text(exc)) from exc

            georef = result.georef
            feedback.pushInfo(self.tr("Georeferencing: {} — {}").format(georef.method, georef.reason))
            warnings = list(dict.fromkeys(georef.warnings + result.warnings))
            links = self._links(store, parameters, context, result, parcel_code, lot, warnings)
            for warning in warnings:
                feedback.pushWarning(warning)
            if not result.buildings:
                raise QgsProcessingException(self.tr(
                    "The model {} has no building with geometry (no IfcBuilding with walls, slabs or roofs): "
                    "nothing was imported.").format(Path(path).name))
            stored = self._store(store, result, links, feedback) if store is not None else 0
        except StoreError as exc:
            raise QgsProcessingException(store_error_text(exc)) from exc
        finally:
            if store is not None:
                store.close()

        outputs = {self.BUILDINGS: len(result.buildings), self.STOREYS: len(result.storeys), self.STORED: stored,
                   self.WARNINGS: len(warnings), self.GEOREF_METHOD: georef.method}
        outputs.update(self._sinks(parameters, context, result, links))
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report:
            Path(report).parent.mkdir(parents=True, exist_ok=True)
            Path(report).write_text(self._report_html(path, result, links, warnings, stored, address),
                                    encoding="utf-8")
            outputs[self.REPORT] = report
        for building in result.buildings:
            feedback.pushInfo(self.tr(
                "Building {}: footprint {:.1f} m², height {:.2f} m, {} floors above ground, floor area {} ({}), "
                "lot {}.").format(building.name or building.guid, building.footprint_area_m2, building.height_m,
                                  building.floors, "{:.1f} m²".format(building.gfa_m2) if building.gfa_m2 else "—",
                                  building.gfa_source or "—", links.get(building.guid) or "—"))
        feedback.pushInfo(self.tr("{} imported in {:.1f} s: {} buildings, {} storeys, {} written to the store.")
                          .format(Path(path).name, time.monotonic() - started, len(result.buildings),
                                  len(result.storeys), stored))
        feedback.setProgress(100)
        return outputs

    # ------------------------------------------------------------------ lot and placement

    def _lot(self, store, parameters, context, code) -> QgsGeometry:
        """The geometry of lot ``code`` (EPSG:5899), from the store, else from the PARCELS layer."""
        if store is not None:
            uri, provider = store.layer_source("parcels")
            layer = QgsVectorLayer(uri, "parcels", provider)
            source, crs = layer, layer.crs()
        else:
            source = self.parameterAsSource(parameters, self.PARCELS, context)
            if source is None:
                raise QgsProcessingException(self.tr(
                    "Lot {} was given but there is neither a twin store (STORE) nor a land lots layer (PARCELS) "
                    "to find it in.").format(code))
            crs = source.sourceCrs()
        if "code" not in source.fields().names():
            raise QgsProcessingException(self.tr("The land lots layer has no 'code' field to find lot {} by.")
                                         .format(code))
        request = QgsFeatureRequest().setFilterExpression('"code" = {}'.format(QgsExpression.quotedValue(code)))
        for feature in source.getFeatures(request):
            geometry = QgsGeometry(feature.geometry())
            if crs.isValid() and crs != STORE_CRS:
                from qgis.core import QgsCoordinateTransform

                geometry.transform(QgsCoordinateTransform(crs, STORE_CRS, context.transformContext()))
            return geometry
        raise QgsProcessingException(self.tr("There is no land lot with the code {} {}.").format(
            code, self.tr("in the store") if store is not None else self.tr("in the land lots layer")))

    def _request(self, parameters, context, mode, parcel_code, lot) -> GeorefRequest:
        rotation = self.parameterAsDouble(parameters, self.ROTATION_DEG, context)
        ground = (self.parameterAsDouble(parameters, self.GROUND_HEIGHT, context)
                  if parameters.get(self.GROUND_HEIGHT) not in (None, "") else None)
        centroid = None
        if lot is not None:
            point = lot.centroid().asPoint()
            centroid = (point.x(), point.y())
        if mode == "manual":
            values = [parameters.get(name) for name in (self.ANCHOR_E, self.ANCHOR_N)]
            if any(value in (None, "") for value in values):
                if centroid is None:
                    raise QgsProcessingException(self.tr(
                        "GEOREF=manual needs ANCHOR_E and ANCHOR_N: the EPSG:5899 coordinates of the model's "
                        "origin (or a PARCEL lot to place it on)."))
                anchor = centroid
            else:
                anchor = (self.parameterAsDouble(parameters, self.ANCHOR_E, context),
                          self.parameterAsDouble(parameters, self.ANCHOR_N, context))
            return GeorefRequest(mode="manual", anchor_e=anchor[0], anchor_n=anchor[1], rotation_deg=rotation,
                                 parcel_code=parcel_code, parcel_centroid=centroid, ground_height_m=ground)
        return GeorefRequest(mode="auto", rotation_deg=rotation, parcel_code=parcel_code, parcel_centroid=centroid,
                             ground_height_m=ground)

    def _links(self, store, parameters, context, result, parcel_code, lot, warnings) -> dict[str, str | None]:
        """The lot of each building (guid → lot code): PARCEL when given (with a warning when the footprint
        leaves it), else the store's lot under the footprint's centre."""
        links: dict[str, str | None] = {}
        lots = None
        if parcel_code is None and store is not None:
            uri, provider = store.layer_source("parcels")
            lots = QgsVectorLayer(uri, "parcels", provider)
        for building in result.buildings:
            footprint = QgsGeometry.fromWkt(shapely.from_wkb(building.footprint_wkb).wkt)
            if parcel_code is not None:
                links[building.guid] = parcel_code
                area = footprint.area()
                outside = area - footprint.intersection(lot).area() if area > 0 else 0.0
                if area > 0 and outside > OUTSIDE_LOT_TOLERANCE * area:
                    warnings.append(self.tr(
                        "Building {} stands {:.1f} m² ({:.0f} %) outside lot {}: check the georeferencing or the "
                        "lot.").format(building.name or building.guid, outside, 100.0 * outside / area,
                                       parcel_code))
                continue
            links[building.guid] = None
            if lots is not None:
                centre = footprint.pointOnSurface()
                request = QgsFeatureRequest().setFilterRect(centre.boundingBox()).setSubsetOfAttributes(
                    ["code"], lots.fields())
                for feature in lots.getFeatures(request):
                    if feature.geometry().contains(centre):
                        links[building.guid] = feature["code"]
                        break
                if links[building.guid] is None:
                    warnings.append(self.tr(
                        "Building {} is on no land lot of the store: it is stored without a lot. Give PARCEL to "
                        "link it.").format(building.name or building.guid))
        return links

    # ------------------------------------------------------------------ store

    def _store(self, store, result, links, feedback) -> int:
        """Upsert the buildings (code IFC-<guid>, source 'ifc') in one transaction: a re-import updates them."""
        rows = []
        for building in result.buildings:
            footprint = shapely.from_wkb(building.footprint_wkb)
            rows.append({
                "code": building_code(building.guid), "parcel_code": links.get(building.guid),
                "name": building.name, "height_m": round(building.height_m, 3), "floors": int(building.floors),
                "gfa_m2": round(building.gfa_m2, 2) if building.gfa_m2 is not None else None,
                "use": building.use, "source": "ifc", "ifc_guid": building.guid, "geom": footprint,
            })
        with store.transaction() as writer:
            inserted, updated = writer.upsert("buildings", rows, key="code")
        feedback.pushInfo(self.tr("Store: {} buildings added, {} updated (source 'ifc').").format(inserted, updated))
        return inserted + updated

    # ------------------------------------------------------------------ outputs

    def _sinks(self, parameters, context, result, links) -> dict:
        outputs = {}
        fields = QgsFields()
        for name, kind in (("code", QVariant.String), ("ifc_guid", QVariant.String), ("name", QVariant.String),
                           ("use", QVariant.String), ("parcel_code", QVariant.String), ("height_m", QVariant.Double),
                           ("floors", QVariant.Int), ("storeys_below", QVariant.Int), ("gfa_m2", QVariant.Double),
                           ("gfa_source", QVariant.String), ("footprint_m2", QVariant.Double),
                           ("ground_elev_m", QVariant.Double), ("top_elev_m", QVariant.Double),
                           ("source", QVariant.String)):
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_BUILDINGS, context, fields,
                                          QgsWkbTypes.MultiPolygon, STORE_CRS)
        if sink is not None:
            for b in result.buildings:
                feature = QgsFeature(fields)
                geometry = QgsGeometry()
                geometry.fromWkb(b.footprint_wkb)
                geometry.convertToMultiType()
                feature.setGeometry(geometry)
                feature.setAttributes([building_code(b.guid), b.guid, b.name, b.use, links.get(b.guid), b.height_m,
                                       b.floors, b.storeys_below, b.gfa_m2, b.gfa_source, b.footprint_area_m2,
                                       b.ground_elevation_m, b.top_elevation_m, "ifc"])
                sink.addFeature(feature, QgsFeatureSink.FastInsert)
            outputs[self.OUTPUT_BUILDINGS] = dest
            style_output(context, dest, "buildings.qml", renderer_3d="building_renderer")

        fields = QgsFields()
        for name, kind in (("building_guid", QVariant.String), ("ifc_guid", QVariant.String),
                           ("name", QVariant.String), ("elevation_m", QVariant.Double),
                           ("gross_area_m2", QVariant.Double), ("area_source", QVariant.String),
                           ("above_ground", QVariant.Bool)):
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_STOREYS, context, fields, QgsWkbTypes.NoGeometry,
                                          QgsCoordinateReferenceSystem())
        if sink is not None:
            for s in result.storeys:
                feature = QgsFeature(fields)
                feature.setAttributes([s.building_guid, s.guid, s.name, s.elevation_m, s.gross_area_m2,
                                       s.area_source, bool(s.above_ground)])
                sink.addFeature(feature, QgsFeatureSink.FastInsert)
            outputs[self.OUTPUT_STOREYS] = dest

        fields = QgsFields()
        for name, kind in (("ifc_class", QVariant.String), ("elements", QVariant.Int)):
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT_3D, context, fields, QgsWkbTypes.MultiPolygonZ,
                                          STORE_CRS)
        if sink is not None:
            for group in result.elements:
                feature = QgsFeature(fields)
                geometry = QgsGeometry()
                geometry.fromWkb(group.wkb)
                feature.setGeometry(geometry)
                feature.setAttributes([group.ifc_class, group.count])
                sink.addFeature(feature, QgsFeatureSink.FastInsert)
            outputs[self.OUTPUT_3D] = dest
            style_output(context, dest, "ifc_elements.qml", renderer_3d="ifc_renderer")
        return outputs

    def _error_text(self, exc: IfcImportError) -> str:
        """The worker's error, introduced in the officer's language (the worker's own text stays English)."""
        intro = {
            "unsupported_schema": self.tr("This IFC version is not supported."),
            "corrupt": self.tr("The file is not a readable IFC model."),
            "not_found": self.tr("The IFC file was not found."),
            "timeout": self.tr("Reading the model took too long and was stopped."),
            "memory": self.tr("The model needs more memory than allowed and was stopped."),
            "crash": self.tr("The IFC reader stopped unexpectedly (QGIS is not affected)."),
            "no_georef": self.tr("The model cannot be placed on the map."),
            "empty": self.tr("The model has nothing to import."),
            "canceled": self.tr("Canceled: nothing was imported."),
        }.get(exc.kind, "")
        return "{} {}".format(intro, exc.message).strip()

    def _report_html(self, path, result, links, warnings, stored, address) -> str:
        g = result.georef
        esc = html.escape

        def row(label, value):
            return "<tr><th>{}</th><td>{}</td></tr>".format(esc(label), esc("—" if value in (None, "") else
                                                                             str(value)))

        parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>{}</title>".format(
            esc(self.tr("IFC import report"))),
            "<style>body{font-family:sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse;"
            "margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left}"
            "th{background:#eef2f7}.warn{color:#a94400}</style></head><body>",
            "<h1>{}</h1>".format(esc(self.tr("IFC import report: {}").format(Path(path).name))),
            "<h2>{}</h2><table>".format(esc(self.tr("Georeferencing")))]
        for label, value in ((self.tr("Method"), g.method), (self.tr("Why"), g.reason),
                             (self.tr("Source CRS"), g.source_crs), (self.tr("Target CRS"), g.target_crs),
                             (self.tr("Heights"), g.height_crs if g.heights_known else
                              self.tr("model heights (the ground's Hon Dau height is not known)")),
                             (self.tr("Eastings, northings (m)"), "{:.3f}, {:.3f}".format(g.eastings, g.northings)),
                             (self.tr("Orthogonal height (m)"), "{:.3f}".format(g.orthogonal_height)),
                             (self.tr("Rotation (degrees from grid east, counter-clockwise)"),
                              "{:.4f}".format(g.rotation_deg)),
                             (self.tr("Scale"), "{:g}".format(g.scale)),
                             (self.tr("Length unit of the file"), "{} (× {:g} → m)".format(g.unit_name,
                                                                                        g.unit_scale)),
                             (self.tr("IFC schema"), result.schema)):
            parts.append(row(label, value))
        parts.append("</table><h2>{}</h2>".format(esc(self.tr("Warnings"))))
        parts.append("<ul>{}</ul>".format("".join("<li class='warn'>{}</li>".format(esc(w)) for w in warnings))
                     if warnings else "<p>{}</p>".format(esc(self.tr("None."))))
        parts.append("<h2>{}</h2><table><tr>{}</tr>".format(esc(self.tr("Buildings")), "".join(
            "<th>{}</th>".format(esc(h)) for h in (self.tr("Name"), "IFC GUID", self.tr("Lot"),
                                                   self.tr("Footprint (m²)"), self.tr("Height (m)"),
                                                   self.tr("Floors above ground"), self.tr("Floors below ground"),
                                                   self.tr("Floor area (m²)"), self.tr("Floor area from")))))
        for b in result.buildings:
            parts.append("<tr>{}</tr>".format("".join("<td>{}</td>".format(esc(str(v))) for v in (
                b.name or "—", b.guid, links.get(b.guid) or "—", "{:.1f}".format(b.footprint_area_m2),
                "{:.2f}".format(b.height_m), b.floors, b.storeys_below,
                "{:.1f}".format(b.gfa_m2) if b.gfa_m2 is not None else "—", b.gfa_source or "—"))))
        parts.append("</table><h2>{}</h2><table><tr>{}</tr>".format(esc(self.tr("Storeys")), "".join(
            "<th>{}</th>".format(esc(h)) for h in (self.tr("Name"), self.tr("Elevation (m)"),
                                                   self.tr("Gross area (m²)"), self.tr("Area from"),
                                                   self.tr("Above ground")))))
        for s in sorted(result.storeys, key=lambda s: s.elevation_m):
            parts.append("<tr>{}</tr>".format("".join("<td>{}</td>".format(esc(str(v))) for v in (
                s.name or "—", "{:.2f}".format(s.elevation_m),
                "{:.1f}".format(s.gross_area_m2) if s.gross_area_m2 is not None else "—", s.area_source or "—",
                self.tr("yes") if s.above_ground else self.tr("no")))))
        parts.append("</table><h2>{}</h2><table>".format(esc(self.tr("Run"))))
        parts.append(row(self.tr("Store"), address or self.tr("none (output layers only)")))
        parts.append(row(self.tr("Buildings written to the store"), stored))
        for key, seconds in result.timings.items():
            parts.append(row(self.tr("Time: {}").format(key), "{:.2f} s".format(seconds)))
        parts.append("</table></body></html>")
        return "\n".join(parts)
