"""dsezatwin:asof — a twin layer as it was on a date, from the store's audit history."""

from __future__ import annotations

import datetime as dt
import re

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, QVariant

from ....dseza_twin_plugin.store import StoreError, schema
from ....dseza_twin_plugin.store.governance import audit
from ....dseza_twin_plugin.toolbelt.store_messages import store_error_text
from ..base import DsezaAlgorithm
from ..planning.layer_io import STORE_CRS

#: Việt Nam's time zone: a date alone means the end of that day in Da Nang.
DA_NANG = dt.timezone(dt.timedelta(hours=7))
_QTYPES = {"BigInteger": QVariant.LongLong, "Integer": QVariant.LongLong, "Float": QVariant.Double,
           "Boolean": QVariant.Bool, "Date": QVariant.Date, "DateTime": QVariant.DateTime}
_WKB = {"MULTIPOLYGON": QgsWkbTypes.MultiPolygon, "MULTILINESTRING": QgsWkbTypes.MultiLineString,
        "POINT": QgsWkbTypes.Point}


def when_from(value, qdatetime: QDateTime) -> dt.datetime:
    """The instant of the DATE parameter: a date alone ('2026-06-30') is the end of that day in Da Nang."""
    text = value.toString(Qt.ISODate) if isinstance(value, QDate) else value if isinstance(value, str) else None
    if text is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        day = dt.date.fromisoformat(text.strip())
        return dt.datetime.combine(day, dt.time.max, DA_NANG).astimezone(dt.timezone.utc)
    return qdatetime.toUTC().toPyDateTime().replace(tzinfo=dt.timezone.utc)


def _qvalue(value):
    if isinstance(value, dt.datetime):
        utc = value.astimezone(dt.timezone.utc)
        return QDateTime(QDate(utc.year, utc.month, utc.day),
                         QTime(utc.hour, utc.minute, utc.second, utc.microsecond // 1000), Qt.UTC)
    if isinstance(value, dt.date):
        return QDate(value.year, value.month, value.day)
    return value


class AsOf(DsezaAlgorithm):
    NAME = "asof"
    GROUP = "governance"
    STORE = "STORE"
    LAYER = "LAYER"
    DATE = "DATE"
    OUTPUT = "OUTPUT"
    FEATURES = "FEATURES"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Twin layer as of a date")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(
            self.STORE, self.tr("Twin store (a .gpkg file, or 'service=NAME' for PostGIS)")))
        self.addParameter(QgsProcessingParameterEnum(
            self.LAYER, self.tr("Layer"), options=list(schema.AUDITED_LAYERS), defaultValue="parcels",
            usesStaticStrings=True))  # the layer names models and qgis_process pass: never translated
        self.addParameter(QgsProcessingParameterDateTime(
            self.DATE, self.tr("As of (a date alone: the end of that day in Da Nang)")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Layer as of the date"), QgsProcessing.TypeVectorAnyGeometry))
        self.addOutput(QgsProcessingOutputNumber(self.FEATURES, self.tr("Features")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        address = self.parameterAsString(parameters, self.STORE, context)
        layer = self.parameterAsEnumString(parameters, self.LAYER, context)
        if layer not in schema.AUDITED_LAYERS:
            raise QgsProcessingException(self.tr("'{}' keeps no history; the layers with a history are: {}").format(
                layer, ", ".join(schema.AUDITED_LAYERS)))
        qwhen = self.parameterAsDateTime(parameters, self.DATE, context)
        if not qwhen.isValid():
            raise QgsProcessingException(self.tr("The date is not a valid date (such as 2026-06-30)."))
        when = when_from(parameters.get(self.DATE), qwhen)
        store = self.open_store(address)
        try:
            store.check_version()
            feedback.pushInfo(self.tr("Reading {} as of {} (UTC)…").format(layer, when.isoformat(timespec="seconds")))
            rows = audit.rows_as_of(store, layer, when)
        except StoreError as exc:
            raise QgsProcessingException(store_error_text(exc)) from exc
        finally:
            store.close()
        table = schema.table(layer)
        geom_column = schema.geometry_column(layer)
        fields = QgsFields()
        names = [c.name for c in table.columns if c is not geom_column]
        for column in table.columns:
            if column is not geom_column:
                fields.append(QgsField(column.name, _QTYPES.get(type(column.type).__name__, QVariant.String)))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          _WKB[geom_column.type.geometry_type], STORE_CRS)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for n, row in enumerate(rows):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled."))
            feature = QgsFeature(fields)
            feature.setAttributes([_qvalue(row[name]) for name in names])
            if row.get(geom_column.name) is not None:
                geometry = QgsGeometry()
                geometry.fromWkb(row[geom_column.name].wkb)
                feature.setGeometry(geometry)
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
            feedback.setProgress(100.0 * (n + 1) / max(1, len(rows)))
        feedback.pushInfo(self.tr("{} feature(s) of {} as of the date.").format(len(rows), layer))
        return {self.OUTPUT: dest, self.FEATURES: len(rows)}
