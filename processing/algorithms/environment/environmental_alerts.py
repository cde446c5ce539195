"""dsezatwin:environmentalerts — exceedances of QCVN thresholds and anomalies in the store's sensor readings."""

from __future__ import annotations

import datetime as dt

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime, Qt, QVariant

from ....dseza_twin_plugin.core.environment import alerts as al
from ....dseza_twin_plugin.core.environment.thresholds import DEFAULT_PACK, ThresholdPackError, load_pack
from ....dseza_twin_plugin.store import StoreError
from ....dseza_twin_plugin.toolbelt.store_messages import store_error_text
from ..base import DsezaAlgorithm
from ..output_style import style_output
from ..planning.layer_io import STORE_CRS

FIELDS = (("sensor_id", QVariant.LongLong), ("sensor_code", QVariant.String), ("kind", QVariant.String),
          ("parameter", QVariant.String), ("rule", QVariant.String), ("clause", QVariant.String),
          ("window_start", QVariant.DateTime), ("window_end", QVariant.DateTime), ("value", QVariant.Double),
          ("limit", QVariant.Double), ("uncertain", QVariant.Bool))


def _qdatetime(when: dt.datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(when.timestamp() * 1000), Qt.UTC)


def _key(sensor_id, rule, start, end) -> tuple:
    return (int(sensor_id), str(rule), al.epoch_seconds(start), al.epoch_seconds(end))


class EnvironmentalAlerts(DsezaAlgorithm):
    NAME = "environmentalerts"
    GROUP = "environment"
    STORE = "STORE"
    SINCE = "SINCE"
    UNTIL = "UNTIL"
    THRESHOLDS = "THRESHOLDS"
    ANOMALIES = "ANOMALIES"
    WRITE_TO_STORE = "WRITE_TO_STORE"
    OUTPUT = "OUTPUT"
    EXCEEDANCES = "EXCEEDANCES"
    ANOMALY_COUNT = "ANOMALY_COUNT"
    WRITTEN = "WRITTEN"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Environmental alerts")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(
            self.STORE, self.tr("Twin store (a .gpkg file, or 'service=NAME' for PostGIS)")))
        self.addParameter(QgsProcessingParameterDateTime(
            self.SINCE, self.tr("Report alerts whose window ends after"), optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.UNTIL, self.tr("Report alerts whose window starts before"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.THRESHOLDS, self.tr("Threshold pack (a pack id or a .json file)"), defaultValue=DEFAULT_PACK))
        anomalies = QgsProcessingParameterBoolean(
            self.ANOMALIES, self.tr("Flag anomalies against each sensor's own history (robust z-score)"),
            defaultValue=True)
        anomalies.setFlags(anomalies.flags() | QgsProcessingParameterBoolean.FlagAdvanced)
        self.addParameter(anomalies)
        self.addParameter(QgsProcessingParameterBoolean(
            self.WRITE_TO_STORE, self.tr("Write new alerts into the store's alerts table"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Environmental alerts"), QgsProcessing.TypeVectorPoint))
        self.addOutput(QgsProcessingOutputNumber(self.EXCEEDANCES, self.tr("Exceedances")))
        self.addOutput(QgsProcessingOutputNumber(self.ANOMALY_COUNT, self.tr("Anomalies")))
        self.addOutput(QgsProcessingOutputNumber(self.WRITTEN, self.tr("Alerts written into the store")))

    def _when(self, parameters, name, context) -> dt.datetime | None:
        if parameters.get(name) in (None, ""):
            return None
        value = self.parameterAsDateTime(parameters, name, context)
        if not value.isValid():
            raise QgsProcessingException(self.tr("'{}' is not a valid date and time.").format(name))
        return dt.datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000.0, dt.timezone.utc)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        address = self.parameterAsString(parameters, self.STORE, context)
        since, until = self._when(parameters, self.SINCE, context), self._when(parameters, self.UNTIL, context)
        try:
            pack = load_pack(self.parameterAsString(parameters, self.THRESHOLDS, context) or None)
        except ThresholdPackError as exc:
            raise QgsProcessingException(str(exc)) from exc
        feedback.pushInfo(self.tr("Threshold pack: {}.").format(pack.describe()))
        uncertain = pack.uncertain_limits()
        if uncertain:
            feedback.pushWarning(self.tr("Limits marked uncertain in the pack (check before a decision): {}")
                                 .format(", ".join(lim.rule for lim in uncertain)))
        write = self.parameterAsBoolean(parameters, self.WRITE_TO_STORE, context)
        with_anomalies = self.parameterAsBoolean(parameters, self.ANOMALIES, context)

        store = self.open_store(address)
        try:
            store.check_version()
            sensors = store.rows("sensors", ["fid", "code", "kind", "observed_property", "unit", "geom"])
            feedback.setProgress(5)
            # Only the readings the windows of [SINCE, UNTIL) depend on, selected by the database.
            start = since - al.history_needed() if since is not None else None
            end = until + dt.timedelta(days=1) if until is not None else None
            readings = store.rows("readings", ["sensor_id", "phenomenon_time", "value", "quality"],
                                  between=("phenomenon_time", start, end))
            feedback.pushInfo(self.tr("{} sensors, {} readings.").format(len(sensors), len(readings)))
            feedback.setProgress(40)
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled."))
            series = al.series_from_rows(sensors, readings)
            del readings
            result = al.evaluate(series, pack, since=since, until=until, with_anomalies=with_anomalies)
            for note in result.notes:
                feedback.pushInfo(note)
            feedback.setProgress(80)
            geoms = {int(s["fid"]): s.get("geom") for s in sensors}
            written = self._write(store, result.alerts, geoms, feedback) if write else 0
        except StoreError as exc:
            raise QgsProcessingException(store_error_text(exc)) from exc
        finally:
            store.close()

        fields = QgsFields()
        for name, kind in FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point, STORE_CRS)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        features = []
        for a in result.alerts:
            feature = QgsFeature(fields)
            geom = geoms.get(a.sensor_id)
            if geom is not None:
                feature.setGeometry(QgsGeometry.fromWkt(geom.wkt))
            feature.setAttributes([a.sensor_id, a.sensor_code, a.kind, a.parameter, a.rule, a.clause,
                                   _qdatetime(a.window_start), _qdatetime(a.window_end), float(a.value),
                                   float(a.limit), bool(a.uncertain)])
            features.append(feature)
        if not sink.addFeatures(features, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(self.tr("Could not write the alert features."))
        exceedances = sum(a.kind == "exceedance" for a in result.alerts)
        feedback.pushInfo(self.tr("{} exceedances, {} anomalies; {} written into the store.").format(
            exceedances, len(result.alerts) - exceedances, written))
        feedback.setProgress(100)
        style_output(context, dest, "alerts_output.qml")
        return {self.OUTPUT: dest, self.EXCEEDANCES: exceedances,
                self.ANOMALY_COUNT: len(result.alerts) - exceedances, self.WRITTEN: written}

    def _write(self, store, alerts: list, geoms: dict, feedback) -> int:
        """Insert the alerts not already in the store (same sensor, rule and window), in one transaction."""
        existing = {_key(r["sensor_id"], r["rule"], r["window_start"], r["window_end"])
                    for r in store.rows("alerts", ["sensor_id", "rule", "window_start", "window_end"])
                    if r["sensor_id"] is not None and r["window_start"] is not None and r["window_end"] is not None}
        rows = []
        for a in alerts:
            key = _key(a.sensor_id, a.rule, a.window_start, a.window_end)
            if key in existing:
                continue
            existing.add(key)
            rows.append({"sensor_id": a.sensor_id, "zone_code": None, "rule": a.rule,
                         "window_start": a.window_start, "window_end": a.window_end, "value": float(a.value),
                         "limit_value": float(a.limit), "status": "open", "geom": geoms.get(a.sensor_id)})
        if rows:
            with store.transaction() as writer:
                writer.insert("alerts", rows)
        feedback.pushInfo(self.tr("{} new alerts written; {} were already in the store.").format(
            len(rows), len(alerts) - len(rows)))
        return len(rows)
