"""dsezatwin:draftscenario — put planned changes into a development scenario (never into the live twin)."""

from __future__ import annotations

import shapely
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)

from ....dseza_twin_plugin.store import StoreError, scenarios, schema
from ....dseza_twin_plugin.toolbelt.qgis_values import python_value
from ....dseza_twin_plugin.toolbelt.store_messages import store_error_text
from ..base import DsezaAlgorithm
from ..planning.layer_io import STORE_CRS

#: What the changes do: add or replace rows by code, remove live rows, or forget the scenario's changes.
OPERATIONS = ("upsert", "delete", "discard")


class DraftScenario(DsezaAlgorithm):
    NAME = "draftscenario"
    GROUP = "scenario"
    STORE = "STORE"
    SCENARIO = "SCENARIO"
    SCENARIO_NAME = "SCENARIO_NAME"
    DESCRIPTION = "DESCRIPTION"
    LAYER = "LAYER"
    OPERATION = "OPERATION"
    INPUT = "INPUT"
    CHANGES = "CHANGES"
    TOTAL = "TOTAL"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Draft scenario changes")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(
            self.STORE, self.tr("Twin store (a .gpkg file, or 'service=NAME' for PostGIS)")))
        self.addParameter(QgsProcessingParameterString(
            self.SCENARIO, self.tr("Scenario code (created when it does not exist yet)")))
        self.addParameter(QgsProcessingParameterString(
            self.SCENARIO_NAME, self.tr("Scenario name (for a new scenario)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.DESCRIPTION, self.tr("Scenario description (for a new scenario)"), optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.LAYER, self.tr("Twin layer the changes are for"), options=list(scenarios.SCENARIO_LAYERS),
            defaultValue="parcels", usesStaticStrings=True))  # the values models and qgis_process pass
        self.addParameter(QgsProcessingParameterEnum(
            self.OPERATION, self.tr("Operation: upsert = add or replace rows by code (fields left out keep the "
                                    "live values), delete = remove the live rows of these codes, discard = forget "
                                    "the scenario's changes of these codes"),
            options=list(OPERATIONS), defaultValue="upsert", usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Changed features (a 'code' field, and the fields and geometry that change)"),
            [QgsProcessing.TypeVector]))
        self.addOutput(QgsProcessingOutputString(self.SCENARIO, self.tr("Scenario")))
        self.addOutput(QgsProcessingOutputNumber(self.CHANGES, self.tr("Changes written")))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL, self.tr("Changes in the scenario")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        address = self.parameterAsString(parameters, self.STORE, context)
        code = self.parameterAsString(parameters, self.SCENARIO, context).strip()
        layer = self.parameterAsEnumString(parameters, self.LAYER, context)
        operation = self.parameterAsEnumString(parameters, self.OPERATION, context)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        rows = self._rows(source, layer, operation, context, feedback)
        store = self.open_store(address)
        try:
            store.check_version()
            if code not in {s["code"] for s in scenarios.list_scenarios(store)}:
                scenarios.create_scenario(store, code, self.parameterAsString(parameters, self.SCENARIO_NAME, context)
                                          or None, self.parameterAsString(parameters, self.DESCRIPTION, context)
                                          or None)
                feedback.pushInfo(self.tr("Created scenario {}.").format(code))
            codes = [r["code"] for r in rows]
            if operation == "upsert":
                written = scenarios.put_rows(store, code, layer, rows)
            elif operation == "delete":
                written = scenarios.delete_codes(store, code, layer, codes)
            else:
                written = scenarios.discard(store, code, layer, codes)
            total = sum(len(c) for c in scenarios.changes(store, code).values())
        except StoreError as exc:
            raise QgsProcessingException(store_error_text(exc)) from exc
        finally:
            store.close()
        feedback.pushInfo(self.tr("Scenario {}: {} change(s) of {} written ({}); the scenario now holds {} "
                                  "change(s). The live twin is unchanged.").format(code, written, layer, operation,
                                                                                   total))
        return {self.SCENARIO: code, self.CHANGES: written, self.TOTAL: total}

    def _rows(self, source, layer: str, operation: str, context, feedback) -> list[dict]:
        """The features as rows of the layer: fields matched to its columns by name (any case), the geometry in
        EPSG:5899 (polygons as multipolygons) when the feature has one."""
        table = schema.table(layer)
        columns = {c.lower(): c for c in table.columns.keys() if c not in ("fid", "row_version", "geom")}
        fields = source.fields().names()
        matched = {f: columns[f.lower()] for f in fields if f.lower() in columns}
        if "code" not in matched.values():
            raise QgsProcessingException(self.tr("The changed features need a 'code' field (the code of the row "
                                                 "they add, change or remove). Their fields are: {}.").format(
                ", ".join(fields) or self.tr("none")))
        unmatched = [f for f in fields if f not in matched and f.lower() not in ("fid", "row_version")]
        if unmatched and operation == "upsert":
            feedback.pushWarning(self.tr("Fields not in {} were left out: {}.").format(layer, ", ".join(unmatched)))
        transform = None
        if source.sourceCrs().isValid() and source.sourceCrs() != STORE_CRS:
            transform = QgsCoordinateTransform(source.sourceCrs(), STORE_CRS, context.transformContext())
        wants_multi = "MULTI" in schema.geometry_column(layer).type.geometry_type
        rows = []
        for feature in source.getFeatures(QgsFeatureRequest()):
            if feedback.isCanceled():
                raise QgsProcessingException(self.tr("Canceled."))
            row = {column: python_value(feature[field]) for field, column in matched.items()}
            if row.get("code") in (None, ""):
                raise QgsProcessingException(self.tr("Feature {} has no code.").format(feature.id()))
            row["code"] = str(row["code"])
            geometry = feature.geometry()
            if operation == "upsert" and not geometry.isNull() and not geometry.isEmpty():
                if transform is not None:
                    geometry.transform(transform)
                geom = shapely.from_wkb(bytes(geometry.asWkb()))
                if wants_multi and geom.geom_type == "Polygon":
                    geom = shapely.MultiPolygon([geom])
                row["geom"] = geom
            rows.append(row if operation == "upsert" else {"code": row["code"]})
        if not rows:
            raise QgsProcessingException(self.tr("The changed features layer is empty: nothing to put in the "
                                                 "scenario."))
        return rows
