"""dsezatwin:zoneindicators — indicators per functional area and per planning zone, flagged against limits."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ....dseza_twin_plugin.core.planning import indicators as ind
from ..base import DsezaAlgorithm
from .layer_io import ANY, LINE, POLYGON, STORE_CRS, as_multi, read_layer, sink_fields, write_features
from .rules_access import load_rule_set, road_subset, share_rules


class ZoneIndicators(DsezaAlgorithm):
    NAME = "zoneindicators"
    GROUP = "planning"
    AREAS = "AREAS"
    ZONING = "ZONING"
    PARCELS = "PARCELS"
    BUILDINGS = "BUILDINGS"
    ROADS = "ROADS"
    COMPLIANCE = "COMPLIANCE"
    RULES = "RULES"
    PARCEL_CODE_FIELD = "PARCEL_CODE_FIELD"
    HIGH_TECH_SECTORS = "HIGH_TECH_SECTORS"
    OUTPUT_AREAS = "OUTPUT_AREAS"
    OUTPUT_ZONES = "OUTPUT_ZONES"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Zone indicators")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        polygons = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREAS, self.tr("Functional areas (code, kind)"), polygons, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONING, self.tr("Planning zones (code, land_use, area_code, max_coverage_pct, max_far)"), polygons))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PARCELS, self.tr("Land lots (code, land_use, status, sector, employees, registered_capital_usd)"),
            polygons))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILDINGS, self.tr("Buildings (gfa_m2, floors)"), polygons, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROADS, self.tr("Roads (lines with width_m)"), [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COMPLIANCE, self.tr("Compliance result (output of 'Check planning compliance')"),
            [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.RULES, self.tr("Rule packs (Table 2.6 minimums)"), defaultValue="qcvn01-2021"))
        self.addParameter(QgsProcessingParameterString(
            self.PARCEL_CODE_FIELD, self.tr("Lot code field"), defaultValue="code"))
        sectors = QgsProcessingParameterString(
            self.HIGH_TECH_SECTORS, self.tr("High-tech sectors (comma list; empty: the built-in list)"),
            optional=True)
        sectors.setFlags(sectors.flags() | QgsProcessingParameterString.FlagAdvanced)
        self.addParameter(sectors)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_AREAS, self.tr("Functional area indicators"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_ZONES, self.tr("Planning zone indicators"), QgsProcessing.TypeVectorPolygon))

    def _source(self, parameters, name, context, optional=False):
        source = self.parameterAsSource(parameters, name, context)
        if source is None and (not optional or parameters.get(name) not in (None, "")):
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        code_field = self.parameterAsString(parameters, self.PARCEL_CODE_FIELD, context).strip() or "code"
        rules = load_rule_set(self.parameterAsString(parameters, self.RULES, context))
        shares = share_rules(rules)
        feedback.pushInfo(self.tr("Rule packs: {}. Table 2.6 minimums: {}").format(rules.describe(), ", ".join(
            "{} ≥ {:g} %".format(k, v.value) for k, v in shares.minimums.items()) or self.tr("none in the packs")))
        text = self.parameterAsString(parameters, self.HIGH_TECH_SECTORS, context)
        sectors = tuple(s.strip() for s in text.split(",") if s.strip()) or ind.HIGH_TECH_SECTORS

        notes: list[str] = []
        areas_src = self._source(parameters, self.AREAS, context, optional=True)
        areas = None
        if areas_src is not None:
            read = read_layer(areas_src, self.tr("The functional areas layer"), POLYGON, ("code",),
                              ("kind", "name_en", "name_vi"), context, feedback, (0, 5))
            notes += read.notes
            names = read.strings("name_en") or read.strings("name_vi")
            areas = ind.AreaData(read.strings("code"), read.geoms, read.strings("kind") or [None] * len(read),
                                 names)
        zr = read_layer(self._source(parameters, self.ZONING, context), self.tr("The planning zones layer"),
                        POLYGON, ("code",), ("land_use", "area_code", "max_coverage_pct", "max_far", "plan_decision"),
                        context, feedback, (5, 10))
        notes += zr.notes
        zones = ind.ZoneData(zr.strings("code"), zr.geoms, zr.strings("land_use") or [None] * len(zr),
                             zr.strings("area_code"), zr.floats("max_coverage_pct"), zr.floats("max_far"),
                             zr.strings("plan_decision"))
        lr = read_layer(self._source(parameters, self.PARCELS, context), self.tr("The lots layer"), POLYGON,
                        (code_field,), ("land_use", "status", "sector", "employees", "registered_capital_usd",
                                        "is_public"), context, feedback, (10, 35))
        notes += lr.notes
        for wanted in ("land_use", "status"):
            if lr.get(wanted) is None:
                notes.append(self.tr("The lots layer has no field '{}': the indicators that need it are empty.")
                             .format(wanted))
        compliance = None
        comp_src = self._source(parameters, self.COMPLIANCE, context, optional=True)
        lot_codes = lr.strings(code_field)
        if comp_src is not None:
            cr = read_layer(comp_src, self.tr("The compliance layer"), ANY, ("code", "status"), (),
                            context, feedback, (35, 40))
            by_code = dict(zip(cr.strings("code"), cr.strings("status")))
            compliance = [by_code.get(c) for c in lot_codes]
            feedback.pushInfo(self.tr("Compliance verdicts found for {} of {} lots.").format(
                sum(v is not None for v in compliance), len(lot_codes)))
        lots = ind.LotData(lot_codes, lr.geoms, lr.strings("land_use") or [None] * len(lr),
                           lr.strings("status") or [None] * len(lr), lr.strings("sector"), lr.floats("employees"),
                           lr.floats("registered_capital_usd"), lr.bools("is_public"), compliance)
        buildings = None
        b_src = self._source(parameters, self.BUILDINGS, context, optional=True)
        if b_src is not None:
            br = read_layer(b_src, self.tr("The buildings layer"), POLYGON, (), ("gfa_m2", "floors"),
                            context, feedback, (40, 65))
            notes += br.notes
            buildings = ind.BuildingData(br.geoms, br.floats("gfa_m2"), br.floats("floors"))
        roads = None
        r_src = self._source(parameters, self.ROADS, context, optional=True)
        if r_src is not None:
            rr = read_layer(r_src, self.tr("The roads layer"), LINE, (), ("width_m", "width", "network"),
                            context, feedback, (65, 75))
            keep, note = road_subset(rr.strings("network"))
            if note:
                notes.append(note)
            width = rr.floats("width_m") if rr.get("width_m") is not None else rr.floats("width")
            if width is None:
                notes.append(self.tr("The roads layer has no width_m field: roads are left out of the transport "
                                     "share."))
            else:
                roads = ind.RoadData(rr.geoms[keep], width[keep])
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Canceled."))

        feedback.pushInfo(self.tr("Computing indicators of {} zones and {} lots…").format(len(zr), len(lr)))
        result = ind.zone_indicators(zones, lots, buildings, roads, areas, shares.minimums, sectors,
                                     land_uses_of_shares=shares.land_uses,
                                     green_zone_max_gross_density=shares.green_zone_max_gross_density)
        feedback.setProgress(90)
        for note in notes + result.notes:
            feedback.pushWarning(note)

        fields = sink_fields(ind.COLUMNS)
        outputs = {}
        for key, rows, geoms in ((self.OUTPUT_AREAS, result.areas, areas.geoms if areas is not None else None),
                                 (self.OUTPUT_ZONES, result.zones, zones.geoms)):
            if geoms is None:  # areas derived from the zones' area_code
                geoms = self._area_geoms(result.areas, zones)
            sink, dest = self.parameterAsSink(parameters, key, context, fields, QgsWkbTypes.MultiPolygon, STORE_CRS)
            if sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, key))
            write_features(sink, fields, rows, as_multi(geoms, POLYGON), feedback)
            outputs[key] = dest
        flagged = [r for r in result.areas + result.zones
                   if any(r[name + "_flag"] in (ind.BELOW_MIN, ind.ABOVE_MAX) for name, _ in ind.FLAGGED)]
        feedback.pushInfo(self.tr("{} functional areas and {} zones; {} of them with an indicator off its limit.")
                          .format(len(result.areas), len(result.zones), len(flagged)))
        feedback.setProgress(100)
        return outputs

    @staticmethod
    def _area_geoms(area_rows, zones):
        import shapely

        codes = zones.area_code or [None] * len(zones.code)
        return np.array([shapely.union_all(zones.geoms[[c == row["code"] for c in codes]]) for row in area_rows],
                        dtype=object)

