"""dsezatwin:importreadingscsv — sensor readings from a CSV file (wide or long) into the twin store, exactly once."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ....dseza_twin_plugin.iot.csv_readings import MappingError, bundled_mappings, import_readings_csv
from ....dseza_twin_plugin.store import StoreError
from ....dseza_twin_plugin.toolbelt.store_messages import store_error_text
from ..base import RESOURCES, DsezaAlgorithm


class ImportReadingsCsv(DsezaAlgorithm):
    NAME = "importreadingscsv"
    GROUP = "environment"
    INPUT = "INPUT"
    MAPPING = "MAPPING"
    STORE = "STORE"
    TIMEZONE = "TIMEZONE"
    NEW = "NEW"
    DUPLICATE = "DUPLICATE"
    REJECTED = "REJECTED"
    MISSING = "MISSING"
    SENSORS = "SENSORS"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Import sensor readings from CSV")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("CSV file of readings"), fileFilter=self.tr("CSV files (*.csv *.txt);;All files (*)")))
        self.addParameter(QgsProcessingParameterString(
            self.MAPPING, self.tr("Mapping: JSON text, a .json file, or a bundled mapping ({})").format(
                ", ".join(bundled_mappings(RESOURCES / "mappings")) or "-"), multiLine=True))
        self.addParameter(QgsProcessingParameterString(
            self.STORE, self.tr("Twin store (a .gpkg file, or 'service=NAME' for PostGIS)")))
        self.addParameter(QgsProcessingParameterString(
            self.TIMEZONE, self.tr("Time zone of the file's times, overriding the mapping's "
                                   "(e.g. Asia/Ho_Chi_Minh, Europe/Rome, UTC+07:00)"), optional=True))
        for name, title in ((self.NEW, "New readings"), (self.DUPLICATE, "Readings already stored"),
                            (self.REJECTED, "Values rejected (quarantined)"),
                            (self.MISSING, "Missing values (gaps, not stored)"),
                            (self.SENSORS, "Sensors registered")):
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(title)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path:
            raise QgsProcessingException(self.tr("Choose the CSV file of readings to import."))
        mapping = self.parameterAsString(parameters, self.MAPPING, context)
        zone = self.parameterAsString(parameters, self.TIMEZONE, context).strip() or None
        store = self.open_store(self.parameterAsString(parameters, self.STORE, context))
        try:
            store.check_version()
            result = import_readings_csv(
                store, path, mapping, timezone=zone, is_canceled=feedback.isCanceled,
                progress=lambda pct, text: (feedback.setProgress(pct), feedback.setProgressText(text)))
        except (MappingError, StoreError, OSError) as exc:
            raise QgsProcessingException(store_error_text(exc)) from exc
        finally:
            store.close()
        if result.ignored_columns:
            feedback.pushWarning(self.tr("Columns not in the mapping, not imported: {}").format(
                ", ".join(result.ignored_columns)))
        if result.canceled:
            feedback.pushWarning(self.tr("Canceled: what was stored so far stays; running the import again "
                                         "stores the rest and nothing twice."))
        feedback.pushInfo(self.tr("{} new readings, {} already stored, {} values rejected (see the quarantine "
                                  "table), {} missing values (gaps); {} sensors; {} lines in {:.1f} s "
                                  "({:.0f} lines/s).").format(
            result.new, result.duplicate, result.rejected, result.missing, result.sensors, result.rows,
            result.seconds, result.rows_per_second))
        return {self.NEW: result.new, self.DUPLICATE: result.duplicate, self.REJECTED: result.rejected,
                self.MISSING: result.missing, self.SENSORS: result.sensors}
