"""dsezatwin:buildableenvelope — per lot, the 3D envelope the rules allow and the floor area left to build."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..base import DsezaAlgorithm
from ..output_style import style_output
from .check_compliance import BUILDING_FIELDS, CheckCompliance
from .layer_io import LINE, POLYGON, STORE_CRS, find_field, read_layer, sink_fields, write_features
from .rules_access import load_rule_set, road_subset

#: The output's fields, in order (name, type).
OUTPUT_COLUMNS = (
    ("code", "str"), ("status", "str"), ("lot_area_m2", "float"),
    ("height_limit_m", "float"), ("height_clause", "str"), ("floors_limit", "float"), ("floors_clause", "str"),
    ("coverage_limit_pct", "float"), ("coverage_clause", "str"), ("far_limit", "float"), ("far_clause", "str"),
    ("setbacks", "str"), ("setback_clause", "str"),
    ("envelope_height_m", "float"), ("floors_used", "float"), ("setback_area_m2", "float"),
    ("buildable_footprint_m2", "float"), ("coverage_capped", "bool"), ("envelope_volume_m3", "float"),
    ("max_gfa_m2", "float"), ("max_gfa_by", "str"), ("built_footprint_m2", "float"), ("built_gfa_m2", "float"),
    ("remaining_gfa_m2", "float"), ("notes", "str"),
)


class BuildableEnvelope(DsezaAlgorithm):
    NAME = "buildableenvelope"
    GROUP = "planning"
    PARCELS = "PARCELS"
    BUILDINGS = "BUILDINGS"
    ZONING = "ZONING"
    ROADS = "ROADS"
    RULES = "RULES"
    PARCEL_CODE_FIELD = "PARCEL_CODE_FIELD"
    FLOOR_HEIGHT = "FLOOR_HEIGHT"
    OUTPUT = "OUTPUT"
    LOTS = "LOTS"
    ENVELOPES = "ENVELOPES"
    MAX_GFA = "MAX_GFA_M2"
    REMAINING_GFA = "REMAINING_GFA_M2"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Buildable envelope (3D)")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        polygons = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(self.PARCELS, self.tr("Land lots"), polygons))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROADS, self.tr("Roads (lines with width_m, for setbacks)"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterString(
            self.RULES, self.tr("Rule packs (comma list of pack ids or .json/.csv files, overrides included)"),
            defaultValue="qcvn01-2021,plan"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILDINGS, self.tr("Buildings already there (height_m, floors, gfa_m2, use)"), polygons,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONING, self.tr("Planning zones (plan limits; empty: the lots' own attributes)"), polygons,
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.PARCEL_CODE_FIELD, self.tr("Lot code field"), defaultValue="code"))
        storey = QgsProcessingParameterNumber(
            self.FLOOR_HEIGHT, self.tr("Storey height where floors and height are derived from each other (m)"),
            QgsProcessingParameterNumber.Double, defaultValue=3.5, minValue=0.5, maxValue=20.0)
        storey.setFlags(storey.flags() | QgsProcessingParameterNumber.FlagAdvanced)
        self.addParameter(storey)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Buildable envelopes"), QgsProcessing.TypeVectorPolygon))
        for name, label in ((self.LOTS, "Lots"), (self.ENVELOPES, "Lots with an envelope"),
                            (self.MAX_GFA, "Maximum GFA, all lots (m²)"),
                            (self.REMAINING_GFA, "Remaining buildable GFA, all lots (m²)")):
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        from ....dseza_twin_plugin.core.planning.envelope import buildable_envelopes

        rules = load_rule_set(self.parameterAsString(parameters, self.RULES, context))
        feedback.pushInfo(self.tr("Rule packs: {}").format(rules.describe()))
        floor_height = self.parameterAsDouble(parameters, self.FLOOR_HEIGHT, context)
        code_field = self.parameterAsString(parameters, self.PARCEL_CODE_FIELD, context).strip() or "code"
        parcels = self._source(parameters, self.PARCELS, context)
        roads = self._source(parameters, self.ROADS, context)
        buildings = self._source(parameters, self.BUILDINGS, context, optional=True)
        zoning = self._source(parameters, self.ZONING, context, optional=True)

        notes: list[str] = []
        # checkcompliance's reading of lots and zones, with its messages (and their translations)
        lots, codes, contexts = CheckCompliance().read_lots_and_zones(parcels, zoning, rules, code_field, context,
                                                                      feedback, notes)

        names = roads.fields().names()
        width_field = find_field(names, "width_m") or find_field(names, "width")
        if width_field is None:
            raise QgsProcessingException(self.tr(
                "The roads layer has no width_m field: setbacks are measured from the road's red line, which needs "
                "the road width. Its fields are: {}.").format(", ".join(names)))
        network_field = find_field(names, "network")
        r = read_layer(roads, self.tr("The roads layer"), LINE, (width_field,),
                       (network_field,) if network_field else (), context, feedback, (20, 30))
        notes += r.notes
        keep, note = road_subset(r.strings(network_field) if network_field else None)
        if note:
            notes.append(note)

        built: dict = {}
        if buildings is not None:
            bnames = buildings.fields().names()
            columns = {key: next((find_field(bnames, n) for n in candidates if find_field(bnames, n)), None)
                       for key, candidates in BUILDING_FIELDS.items()}
            b = read_layer(buildings, self.tr("The buildings layer"), POLYGON, (),
                           tuple(c for c in columns.values() if c), context, feedback, (30, 45))
            notes += b.notes
            if not any(columns[k] for k in ("floors", "gfa_m2")):
                notes.append(self.tr("The buildings layer has neither gfa_m2 nor floors: the built GFA is unknown."))
            built = {"building_geoms": b.geoms,
                     "building_height": b.floats(columns["height_m"]) if columns["height_m"] else None,
                     "building_floors": b.floats(columns["floors"]) if columns["floors"] else None,
                     "building_gfa": b.floats(columns["gfa_m2"]) if columns["gfa_m2"] else None,
                     "building_use": b.strings(columns["use"]) if columns["use"] else None}
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Canceled."))
        feedback.pushInfo(self.tr("Building the envelopes of {} lots…").format(len(codes)))
        feedback.setProgress(50)
        try:
            result = buildable_envelopes(contexts, lots.geoms, rules, r.geoms[keep], r.floats(width_field)[keep],
                                         floor_height_m=floor_height, **built)
        except ValueError as exc:
            raise QgsProcessingException(self.tr("The envelopes could not be built: {}").format(exc)) from exc
        feedback.setProgress(80)
        for text in notes:
            feedback.pushWarning(text)

        fields = sink_fields(OUTPUT_COLUMNS)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygonZ,
                                          STORE_CRS)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        write_features(sink, fields, result.rows(), result.geometry, feedback, (80, 99))
        style_output(context, dest, "buildable_envelope.qml", renderer_3d="envelope_renderer")
        with_envelope = int(sum(g is not None for g in result.geometry))
        max_gfa = float(np.nansum(result.max_gfa_m2))
        remaining = float(np.nansum(result.remaining_gfa_m2))
        feedback.pushInfo(self.tr("{} lots, {} with an envelope; maximum GFA {:,.0f} m², remaining {:,.0f} m².")
                          .format(len(codes), with_envelope, max_gfa, remaining))
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.LOTS: len(codes), self.ENVELOPES: with_envelope, self.MAX_GFA: max_gfa,
                self.REMAINING_GFA: remaining}

    def _source(self, parameters, name, context, optional=False):
        source = self.parameterAsSource(parameters, name, context)
        if source is None and (not optional or parameters.get(name) not in (None, "")):
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source
