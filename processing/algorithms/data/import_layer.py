"""dsezatwin:importlayer — standardize any vector layer into a twin layer."""

from __future__ import annotations

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ....dseza_twin_plugin.store import StoreError, schema
from ....dseza_twin_plugin.store.import_rows import MODES, import_rows, quarantine_source
from ....dseza_twin_plugin.store.standardize import FieldMapError, match_fields, parse_field_map, standardize
from ....dseza_twin_plugin.toolbelt.qgis_values import python_value
from ....dseza_twin_plugin.toolbelt.store_messages import store_error_text
from ..base import DsezaAlgorithm

STORE_CRS = QgsCoordinateReferenceSystem("EPSG:{}".format(schema.STORE_SRID))
IMPORTABLE = list(schema.LAYERS)
_GEOMETRY_FAMILY = {
    "MULTIPOLYGON": QgsWkbTypes.PolygonGeometry,
    "MULTILINESTRING": QgsWkbTypes.LineGeometry,
    "POINT": QgsWkbTypes.PointGeometry,
}
_FAMILY_WORDS = {QgsWkbTypes.PolygonGeometry: "polygons", QgsWkbTypes.LineGeometry: "lines",
                 QgsWkbTypes.PointGeometry: "points", QgsWkbTypes.NullGeometry: "no geometry"}


class ImportLayer(DsezaAlgorithm):
    NAME = "importlayer"
    GROUP = "data"
    INPUT = "INPUT"
    STORE = "STORE"
    TARGET = "TARGET"
    FIELD_MAP = "FIELD_MAP"
    MODE = "MODE"
    OUTPUT_REJECTED = "OUTPUT_REJECTED"
    IMPORTED = "IMPORTED"
    INSERTED = "INSERTED"
    UPDATED = "UPDATED"
    REJECTED = "REJECTED"
    QUARANTINED = "QUARANTINED"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Import layer into twin")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Input layer"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterString(
            self.STORE, self.tr("Twin store (a .gpkg file, or 'service=NAME' for PostGIS)")))
        target = QgsProcessingParameterEnum(self.TARGET, self.tr("Twin layer"), options=IMPORTABLE,
                                            defaultValue="parcels", usesStaticStrings=True)
        self.addParameter(target)
        self.addParameter(QgsProcessingParameterString(
            self.FIELD_MAP, self.tr("Field map (source:target, …)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, self.tr("Mode (append: add new features, refuse codes already in the store; upsert: update "
                               "the features with the same code, add the others)"),
            options=list(MODES), defaultValue="append", usesStaticStrings=True))  # options: values, never translated
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_REJECTED, self.tr("Rejected features"), QgsProcessing.TypeVector, optional=True,
            createByDefault=True))
        for name, label in ((self.IMPORTED, "Features imported"), (self.INSERTED, "Features inserted"),
                            (self.UPDATED, "Features updated"), (self.REJECTED, "Features rejected"),
                            (self.QUARANTINED, "Rejected features kept in quarantine")):
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        address = self.parameterAsString(parameters, self.STORE, context)
        layer = self.parameterAsEnumString(parameters, self.TARGET, context)
        mode = self.parameterAsEnumString(parameters, self.MODE, context)
        table = schema.table(layer)
        geom_col = schema.geometry_column(layer)

        if geom_col is not None:
            wanted = _GEOMETRY_FAMILY[geom_col.type.geometry_type]
            have = QgsWkbTypes.geometryType(source.wkbType())
            if have != wanted and have != QgsWkbTypes.UnknownGeometry:
                raise QgsProcessingException(self.tr(
                    "The input layer has {} but the twin layer '{}' holds {}. Choose another twin layer or "
                    "input.").format(_FAMILY_WORDS.get(have, "other geometries"), layer,
                                     _FAMILY_WORDS[wanted]))

        field_names = source.fields().names()
        try:
            match = match_fields(field_names, table, parse_field_map(
                self.parameterAsString(parameters, self.FIELD_MAP, context)))
        except FieldMapError as exc:
            raise QgsProcessingException(str(exc)) from exc
        if match.missing_required:
            raise QgsProcessingException(self.tr(
                "The input has no field for {} which layer '{}' requires. Its fields are: {}. Name the "
                "field with the field map, e.g. FIELD_MAP=ma_lo:code.").format(
                    ", ".join(match.missing_required), layer, ", ".join(field_names) or "none"))
        feedback.pushInfo(self.tr("Fields used: {}").format(
            ", ".join("{} → {}".format(s, t) for t, s in match.columns.items())))
        if match.ignored:
            feedback.pushWarning(self.tr("Input fields not imported (no matching twin field): {}").format(
                ", ".join(match.ignored)))

        store = self.open_store(address)
        try:
            store.check_version()
            records, geometries, features = self._read(source, geom_col, context, feedback)
            if not features:
                feedback.reportError(self.tr("The input layer has no features: nothing was imported."), False)
            data = standardize(records, geometries if geom_col is not None else None, table, match)
            for note in data.notes:
                feedback.pushInfo(note)
            feedback.setProgress(60)
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled: the store is unchanged."))
            originals = [{**record, "geom": geom} for record, geom in zip(records, geometries)]
            result = import_rows(store, layer, data, mode, originals=originals) if features else None
        except StoreError as exc:
            raise QgsProcessingException(store_error_text(exc)) from exc
        finally:
            store.close()

        rejected = result.rejected if result else []
        for rejection in rejected:
            feedback.pushWarning(self.tr("Feature {} rejected: {}").format(rejection.index + 1, rejection.reason))
        outputs = {
            self.IMPORTED: (result.inserted + result.updated) if result else 0,
            self.INSERTED: result.inserted if result else 0,
            self.UPDATED: result.updated if result else 0,
            self.REJECTED: len(rejected),
            self.QUARANTINED: result.quarantined if result else 0,
        }
        sink_fields = QgsFields(source.fields())
        sink_fields.append(QgsField("reject_reason", QVariant.String))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT_REJECTED, context, sink_fields,
                                             source.wkbType(), source.sourceCrs())
        if sink is not None:
            for rejection in rejected:
                original = features[rejection.index]
                out = QgsFeature(sink_fields)
                out.setGeometry(original.geometry())
                out.setAttributes(list(original.attributes()) + [rejection.reason])
                sink.addFeature(out, QgsFeatureSink.FastInsert)
            outputs[self.OUTPUT_REJECTED] = dest_id
        feedback.pushInfo(self.tr("{} features imported into {} ({} new, {} updated), {} rejected.").format(
            outputs[self.IMPORTED], layer, outputs[self.INSERTED], outputs[self.UPDATED], outputs[self.REJECTED]))
        if result is not None and result.quarantined:
            feedback.pushInfo(self.tr(
                "{} rejected features are kept with their reasons in the store's quarantine table (source '{}'; {} "
                "of them were already there from an earlier import).").format(
                    result.quarantined, quarantine_source(layer), result.quarantined - result.quarantined_new))
        feedback.setProgress(100)
        return outputs

    def _read(self, source, geom_col, context, feedback):
        """Attributes as dicts, geometries in EPSG:5899 as shapely, and the original features."""
        transform = None
        if geom_col is not None and source.sourceCrs().isValid() and source.sourceCrs() != STORE_CRS:
            transform = QgsCoordinateTransform(source.sourceCrs(), STORE_CRS, context.transformContext())
        if geom_col is not None and not source.sourceCrs().isValid():
            feedback.pushWarning(self.tr(
                "The input layer has no CRS; its coordinates are taken as EPSG:5899 (VN-2000 / TM-3 107-45)."))
        names = source.fields().names()
        total = source.featureCount() or 1
        records, geometries, features = [], [], []
        # Invalid geometries are repaired or reported per feature here, never a reason to stop.
        features_iter = source.getFeatures(
            QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        for n, feature in enumerate(features_iter):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled: the store is unchanged."))
            features.append(QgsFeature(feature))
            records.append({name: python_value(feature[name]) for name in names})
            geom = None
            if geom_col is not None and feature.hasGeometry():
                qgeom = feature.geometry()
                try:
                    if transform is not None:
                        qgeom.transform(transform)
                    geom = shapely.from_wkb(bytes(qgeom.asWkb()))
                except (QgsCsException, shapely.errors.GEOSException):
                    geom = None
            geometries.append(geom)
            feedback.setProgress(50 * n / total)
        return records, geometries, features
