"""dsezatwin:environmentalbuffers — incompatible uses closer than their safety distance or green buffer."""

from __future__ import annotations

from collections import Counter

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ....dseza_twin_plugin.core.planning import buffers as bf
from ..base import DsezaAlgorithm
from ..output_style import style_output
from .layer_io import ANY, LINE, POLYGON, STORE_CRS, as_multi, read_layer, sink_fields, write_features
from .rules_access import load_rule_set, pack_value

GEOMETRIES = ("line", "polygon")


class EnvironmentalBuffers(DsezaAlgorithm):
    NAME = "environmentalbuffers"
    GROUP = "planning"
    AREAS = "AREAS"
    ZONING = "ZONING"
    PARCELS = "PARCELS"
    FACILITIES = "FACILITIES"
    RULES = "RULES"
    SAFETY_PACK = "SAFETY_PACK"
    PARCEL_CODE_FIELD = "PARCEL_CODE_FIELD"
    GEOMETRY = "GEOMETRY"
    OUTPUT = "OUTPUT"
    CONFLICTS = "CONFLICTS"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Environmental buffers")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        polygons = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Functional areas (code, kind)"), polygons, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONING, self.tr("Planning zones (code, land_use)"), polygons, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PARCELS, self.tr("Land lots (code, land_use, sector)"), polygons, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FACILITIES, self.tr("Facilities (code, kind, capacity: e.g. the twin's network nodes)"),
            [QgsProcessing.TypeVectorAnyGeometry], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.RULES, self.tr("Rule packs (the green-strip width)"), defaultValue="qcvn01-2021"))
        pack = QgsProcessingParameterFile(
            self.SAFETY_PACK, self.tr("Safety-distance pack (empty: resources/rules/safety-distances.json)"),
            extension="json", optional=True)
        pack.setFlags(pack.flags() | QgsProcessingParameterFile.FlagAdvanced)
        self.addParameter(pack)
        self.addParameter(QgsProcessingParameterString(
            self.PARCEL_CODE_FIELD, self.tr("Lot code field"), defaultValue="code"))
        self.addParameter(QgsProcessingParameterEnum(
            self.GEOMETRY, self.tr("Output geometry (line: the shortest line between the pair; polygon: the part of "
                                   "the receptor inside the buffer)"), options=list(GEOMETRIES), defaultValue="line",
            usesStaticStrings=True))  # the options are the values models and qgis_process pass: never translated
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Buffer conflicts"), QgsProcessing.TypeVectorAnyGeometry))
        self.addOutput(QgsProcessingOutputNumber(self.CONFLICTS, self.tr("Conflicts found")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        rules = load_rule_set(self.parameterAsString(parameters, self.RULES, context))
        path = self.parameterAsFile(parameters, self.SAFETY_PACK, context) or None
        try:
            pack = bf.load_safety_pack(path, pack_value(rules))
        except bf.SafetyPackError as exc:
            raise QgsProcessingException(str(exc)) from exc
        geometry = self.parameterAsEnumString(parameters, self.GEOMETRY, context)
        code_field = self.parameterAsString(parameters, self.PARCEL_CODE_FIELD, context).strip() or "code"
        feedback.pushInfo(self.tr("Safety-distance pack {} {}.").format(pack.id, pack.version))
        if any(r.authority_default for r in pack.rules):
            feedback.pushWarning(pack.status)

        sites: dict[str, bf.Sites] = {}
        notes: list[str] = []
        specs = (
            (self.AREAS, "areas", self.tr("The functional areas layer"), POLYGON, ("code",), ("kind",)),
            (self.ZONING, "zones", self.tr("The planning zones layer"), POLYGON, ("code",), ("land_use",)),
            (self.PARCELS, "lots", self.tr("The lots layer"), POLYGON, (code_field,), ("land_use", "sector")),
            (self.FACILITIES, "facilities", self.tr("The facilities layer"), ANY, ("code",), ("kind", "capacity")),
        )
        for n, (name, layer, label, family, required, optional) in enumerate(specs):
            source = self.parameterAsSource(parameters, name, context)
            if source is None:
                if parameters.get(name) not in (None, ""):
                    raise QgsProcessingException(self.invalidSourceError(parameters, name))
                continue
            read = read_layer(source, label, family, required, optional, context, feedback,
                              (n * 15, n * 15 + 15))
            notes += read.notes
            sites[layer] = bf.Sites(layer, read.strings(required[0]), read.geoms, land_use=read.strings("land_use"),
                                    kind=read.strings("kind"), sector=read.strings("sector"),
                                    capacity=read.floats("capacity"))
        if not sites:
            raise QgsProcessingException(self.tr(
                "Give at least the planning zones or the lots, and the facilities for the wastewater plants."))
        feedback.pushInfo(self.tr("Looking for pairs closer than their required distance…"))
        conflicts = bf.find_conflicts(sites, pack.rules, pack.receptor_uses, geometry, feedback.isCanceled)
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Canceled."))
        for note in notes + conflicts.notes:
            feedback.pushWarning(note)
        feedback.setProgress(80)

        fields = sink_fields(bf.COLUMNS)
        wkb_type = QgsWkbTypes.MultiLineString if geometry == "line" else QgsWkbTypes.MultiPolygon
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, wkb_type, STORE_CRS)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        write_features(sink, fields, conflicts.rows, as_multi(conflicts.geoms, LINE if geometry == "line" else
                                                              POLYGON), feedback, (80, 100))
        by_rule = Counter(r["rule_id"] for r in conflicts.rows)
        feedback.pushInfo(self.tr("{} conflict(s): {}").format(
            len(conflicts), ", ".join("{} {}".format(n, r) for r, n in by_rule.most_common()) or self.tr("none")))
        feedback.setProgress(100)
        style_output(context, dest, "buffer_conflicts_lines.qml" if geometry == "line" else "buffer_conflicts.qml")
        return {self.OUTPUT: dest, self.CONFLICTS: len(conflicts)}
