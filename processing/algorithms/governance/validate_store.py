"""dsezatwin:validatestore — the data-quality gate: every violation of the store's rules as a feature."""

from __future__ import annotations

from collections import Counter

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ....dseza_twin_plugin.store import StoreError
from ....dseza_twin_plugin.store.governance import quality
from ....dseza_twin_plugin.toolbelt.store_messages import store_error_text
from ..base import DsezaAlgorithm
from ..planning.layer_io import STORE_CRS, sink_fields, write_features

# "feature_fid": a GeoPackage output takes a field named fid as its own feature id
COLUMNS = (("rule", "str"), ("layer", "str"), ("feature_fid", "int"), ("code", "str"), ("other_code", "str"),
           ("detail", "str"), ("measure", "float"))


class ValidateStore(DsezaAlgorithm):
    NAME = "validatestore"
    GROUP = "governance"
    STORE = "STORE"
    TOLERANCE = "TOLERANCE"
    OUTPUT = "OUTPUT"
    VIOLATIONS = "VIOLATIONS"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Validate twin store (data-quality gate)")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(
            self.STORE, self.tr("Twin store (a .gpkg file, or 'service=NAME' for PostGIS)")))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOLERANCE, self.tr("Tolerance (m): overlaps and buildings past their lot by less are accepted"),
            QgsProcessingParameterNumber.Double, 0.5, minValue=0, maxValue=100))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Violations"), QgsProcessing.TypeVectorPoint))
        self.addOutput(QgsProcessingOutputNumber(self.VIOLATIONS, self.tr("Violations found")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        address = self.parameterAsString(parameters, self.STORE, context)
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)
        store = self.open_store(address)
        try:
            store.check_version()
            feedback.pushInfo(self.tr("Checking geometries, CRS, overlaps, buildings in their lots and values…"))
            found = quality.validate(store, tolerance, feedback.isCanceled)
        except StoreError as exc:
            raise QgsProcessingException(store_error_text(exc)) from exc
        finally:
            store.close()
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Canceled."))
        feedback.setProgress(80)
        fields = sink_fields(COLUMNS)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point, STORE_CRS)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        rows = [{"rule": v.rule, "layer": v.layer, "feature_fid": v.fid, "code": v.code, "other_code": v.other_code,
                 "detail": v.detail, "measure": v.measure} for v in found]
        write_features(sink, fields, rows, [v.point for v in found], feedback, (80, 100))
        counts = Counter(v.rule for v in found)
        if found:
            feedback.pushWarning(self.tr("{} violation(s): {}").format(
                len(found), ", ".join("{} {}".format(n, rule) for rule, n in counts.most_common())))
        else:
            feedback.pushInfo(self.tr("No violation: the store passes the quality gate."))
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.VIOLATIONS: len(found)}
