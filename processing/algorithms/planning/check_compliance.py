"""dsezatwin:checkcompliance — lot by lot, the plan's and the national limits, with explained verdicts."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ....dseza_twin_plugin.core.planning import report as rpt
from ....dseza_twin_plugin.core.planning.indicators import locate
from ....dseza_twin_plugin.core.planning.model import FAIL, INSUFFICIENT, PASS, RULES, LotContext
from ....dseza_twin_plugin.toolbelt.store_messages import store_error_text
from ..base import DsezaAlgorithm
from ..output_style import style_output
from .layer_io import LINE, POLYGON, STORE_CRS, as_multi, find_field, read_layer, sink_fields, write_features
from .pushdown_choice import choose_pushdown
from .rules_access import load_rule_set, road_subset

#: Lot attributes read besides the code (the plan's limit fields are added from the plan pack).
LOT_FIELDS = ("zone_code", "area_code", "land_use", "is_public", "green_area_m2")
ZONE_FIELDS = ("area_code", "land_use")
#: Building attributes: wanted name → names accepted in the layer, first found wins.
BUILDING_FIELDS = {"height_m": ("height_m", "height"), "floors": ("floors", "num_floors", "so_tang"),
                   "gfa_m2": ("gfa_m2", "gfa"), "use": ("use", "building_use")}


class CheckCompliance(DsezaAlgorithm):
    NAME = "checkcompliance"
    GROUP = "planning"
    PARCELS = "PARCELS"
    BUILDINGS = "BUILDINGS"
    ZONING = "ZONING"
    ROADS = "ROADS"
    RULES = "RULES"
    PARCEL_CODE_FIELD = "PARCEL_CODE_FIELD"
    PUSHDOWN = "PUSHDOWN"
    OUTPUT = "OUTPUT"
    VIOLATIONS = "VIOLATIONS"
    REPORT = "REPORT"
    REPORT_CSV = "REPORT_CSV"
    LOTS = "LOTS"
    PASSED = "PASSED"
    FAILED = "FAILED"
    INSUFFICIENT = "INSUFFICIENT"
    USED_PUSHDOWN = "USED_PUSHDOWN"
    WRITE_TO_STORE = "WRITE_TO_STORE"
    STORE = "STORE"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Check planning compliance")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        polygons = [QgsProcessing.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource(self.PARCELS, self.tr("Land lots"), polygons))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BUILDINGS, self.tr("Buildings (height_m, floors, gfa_m2, use)"), polygons))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONING, self.tr("Planning zones (plan limits; empty: the lots' own attributes)"), polygons,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROADS, self.tr("Roads (lines with width_m, for setbacks)"), [QgsProcessing.TypeVectorLine],
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.RULES, self.tr("Rule packs (comma list of pack ids or .json/.csv files, overrides included)"),
            defaultValue="qcvn01-2021,plan"))
        self.addParameter(QgsProcessingParameterString(
            self.PARCEL_CODE_FIELD, self.tr("Lot code field"), defaultValue="code"))
        pushdown = QgsProcessingParameterBoolean(
            self.PUSHDOWN, self.tr("Run in PostGIS when every layer is in the same database (push-down)"),
            defaultValue=True)
        pushdown.setFlags(pushdown.flags() | QgsProcessingParameterBoolean.FlagAdvanced)
        self.addParameter(pushdown)
        write = QgsProcessingParameterBoolean(
            self.WRITE_TO_STORE, self.tr("Keep the verdicts in the twin store (for the zone inspector)"),
            defaultValue=False, optional=True)  # optional: models saved before it still validate
        write.setFlags(write.flags() | QgsProcessingParameterBoolean.FlagAdvanced)
        self.addParameter(write)
        store = QgsProcessingParameterString(
            self.STORE, self.tr("Twin store to keep the verdicts in (a .gpkg file, or 'service=NAME' for PostGIS)"),
            optional=True)
        store.setFlags(store.flags() | QgsProcessingParameterString.FlagAdvanced)
        self.addParameter(store)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Compliance by lot"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.VIOLATIONS, self.tr("Violations"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report (HTML; the CSV is written next to it)"), self.tr("HTML files (*.html)"),
            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputFile(self.REPORT_CSV, self.tr("Report (CSV)")))
        for name, label in ((self.LOTS, "Lots checked"), (self.PASSED, "Lots passing"),
                            (self.FAILED, "Lots failing"), (self.INSUFFICIENT, "Lots with insufficient data")):
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))
        self.addOutput(QgsProcessingOutputNumber(self.USED_PUSHDOWN, self.tr("Push-down used (1) or not (0)")))

    # ------------------------------------------------------------------ run

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        from ....dseza_twin_plugin.core.planning.verdict import judge_lots

        write_to_store = self.parameterAsBoolean(parameters, self.WRITE_TO_STORE, context)
        store_address = self.parameterAsString(parameters, self.STORE, context).strip()
        if write_to_store and not store_address:
            raise QgsProcessingException(self.tr(
                "Keeping the verdicts in the twin store needs the store's address (parameter STORE): a .gpkg file, "
                "or 'service=NAME' for PostGIS."))
        rules_spec = self.parameterAsString(parameters, self.RULES, context)
        rules = load_rule_set(rules_spec)
        feedback.pushInfo(self.tr("Rule packs: {}").format(rules.describe()))
        code_field = self.parameterAsString(parameters, self.PARCEL_CODE_FIELD, context).strip() or "code"
        parcels = self._source(parameters, self.PARCELS, context)
        buildings = self._source(parameters, self.BUILDINGS, context)
        zoning = self._source(parameters, self.ZONING, context, optional=True)
        roads = self._source(parameters, self.ROADS, context, optional=True)

        layers = {name: (self.parameterAsVectorLayer(parameters, name, context) if source is not None else None)
                  for name, source in ((self.PARCELS, parcels), (self.BUILDINGS, buildings),
                                       (self.ZONING, zoning), (self.ROADS, roads))}
        choice = choose_pushdown(layers, parameters, self.parameterAsBoolean(parameters, self.PUSHDOWN, context))
        feedback.pushInfo(self.tr("Measuring {}: {}.").format(
            self.tr("in PostGIS (push-down)") if choice.use_pushdown else self.tr("in QGIS"), choice.reason))

        notes: list[str] = []
        lots, codes, contexts = self.read_lots_and_zones(parcels, zoning, rules, code_field, context, feedback, notes)
        feedback.setProgress(20)

        measures = None
        if choice.use_pushdown:
            measures = self._measure_pushdown(choice, codes, code_field, lots, buildings, roads, feedback, notes)
        used_pushdown = measures is not None
        if measures is None:
            measures = self._measure_in_qgis(codes, lots, buildings, roads, context, feedback, notes)
        if feedback.isCanceled():
            raise QgsProcessingException(self.tr("Canceled."))
        feedback.setProgress(65)

        feedback.pushInfo(self.tr("Judging {} lots…").format(len(codes)))
        try:
            checks = [r for r in RULES if roads is not None or r != "setback"]
            verdicts = judge_lots(measures, contexts, rules, checks)
        except ValueError as exc:
            raise QgsProcessingException(self.tr("The lots could not be judged: {}").format(exc)) from exc
        feedback.setProgress(75)
        for note in notes:
            feedback.pushWarning(note)

        rows = rpt.lot_rows(measures, verdicts, contexts)
        violations = rpt.violation_rows(verdicts)
        outputs = self._write(parameters, context, feedback, rows, violations, lots.geoms, codes)
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report:
            inputs = {"lots": parameters.get(self.PARCELS), "buildings": parameters.get(self.BUILDINGS),
                      "zoning": parameters.get(self.ZONING), "roads": parameters.get(self.ROADS),
                      "rules": rules_spec, "measured": "PostGIS push-down" if used_pushdown else "QGIS (shapely)"}
            html_path, csv_path = rpt.write_report(
                report, rows, violations, [_pack_dict(p) for p in rules.packs], _resolution_order(),
                {k: _describe(v) for k, v in inputs.items() if v not in (None, "")}, notes)
            outputs[self.REPORT] = str(html_path)
            outputs[self.REPORT_CSV] = str(csv_path)
        if write_to_store:
            self._write_verdicts(store_address, measures, verdicts, checks, feedback)
        counts = Counter(r["status"] for r in rows)
        outputs.update({self.LOTS: len(rows), self.PASSED: counts.get(PASS, 0), self.FAILED: counts.get(FAIL, 0),
                        self.INSUFFICIENT: counts.get(INSUFFICIENT, 0), self.USED_PUSHDOWN: int(used_pushdown)})
        failing = Counter(v["rule_id"] for v in violations)
        feedback.pushInfo(self.tr("{} lots: {} pass, {} fail, {} insufficient data. Failing rules: {}").format(
            len(rows), counts.get(PASS, 0), counts.get(FAIL, 0), counts.get(INSUFFICIENT, 0),
            ", ".join("{} ({})".format(r, n) for r, n in failing.most_common()) or self.tr("none")))
        feedback.setProgress(100)
        return outputs

    # ------------------------------------------------------------------ steps

    def _source(self, parameters, name, context, optional=False):
        source = self.parameterAsSource(parameters, name, context)
        if source is None and (not optional or parameters.get(name) not in (None, "")):
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def read_lots_and_zones(self, parcels, zoning, rules, code_field, context, feedback, notes: list[str]):
        """The lots (with the fields ``rules`` need), their codes (checked), and each lot's rule context from its
        zone (``zoning`` may be None); what the reading notes is added to ``notes``. Returns
        ``(lots, codes, contexts)``. Also used by dsezatwin:buildableenvelope, so both read lots alike."""
        plan_fields = self._plan_fields(rules)
        lots = read_layer(parcels, self.tr("The lots layer"), POLYGON, (code_field,),
                          LOT_FIELDS + (() if zoning is not None else plan_fields), context, feedback, (0, 15))
        notes += lots.notes
        codes = lots.strings(code_field)
        self._check_codes(codes)
        zones = None
        if zoning is not None:
            zones = read_layer(zoning, self.tr("The planning zones layer"), POLYGON, ("code",),
                               ZONE_FIELDS + plan_fields, context, feedback, (15, 20))
            notes += zones.notes
        return lots, codes, self._contexts(lots, codes, zones, rules, plan_fields, notes)

    @staticmethod
    def _plan_fields(rules) -> tuple[str, ...]:
        plan = rules.plan
        if plan is None:
            return ()
        names = list(plan.fields.values()) + [plan.allowed_uses_field, plan.decision_field, plan.existing_area_field]
        return tuple(dict.fromkeys(n for n in names if n))

    def _check_codes(self, codes: list) -> None:
        missing = sum(c is None for c in codes)
        if missing:
            raise QgsProcessingException(self.tr(
                "{} lot(s) have no code. Every lot needs a code to be reported on.").format(missing))
        repeated = [c for c, n in Counter(codes).items() if n > 1]
        if repeated:
            raise QgsProcessingException(self.tr("Lot codes must be unique; repeated: {}.").format(
                ", ".join(repeated[:5]) + (" …" if len(repeated) > 5 else "")))
        if not codes:
            raise QgsProcessingException(self.tr("The lots layer has no lot to check."))

    def _contexts(self, lots, codes, zones, rules, plan_fields, notes) -> list[LotContext]:
        """LotContext per lot: its zone (the zone holding the lot's point on surface), the plan's limits."""
        n = len(codes)
        own = {name: lots.get(name) for name in LOT_FIELDS + plan_fields}
        land_use = lots.strings("land_use") or [None] * n
        area_code = lots.strings("area_code") or [None] * n
        zone_code = lots.strings("zone_code") or [None] * n
        is_public = lots.bools("is_public")
        plans: list[dict] = [{} for _ in range(n)]
        plan = rules.plan
        try:
            if zones is not None:
                zone_codes = zones.strings("code")
                where = locate(lots.geoms, zones.geoms)
                outside = int((where < 0).sum())
                if outside:
                    notes.append(self.tr("{} lot(s) lie in no planning zone: no plan limit applies to them.")
                                 .format(outside))
                zone_plans = [plan.read_plan({f: zones.get(f)[i] if zones.get(f) is not None else None
                                              for f in plan_fields}, "zone {}".format(zone_codes[i]))
                              for i in range(len(zones))] if plan is not None else [{}] * len(zones)
                zone_use = zones.strings("land_use") or [None] * len(zones)
                zone_area = zones.strings("area_code") or [None] * len(zones)
                for i, z in enumerate(where.tolist()):
                    if z < 0:
                        continue
                    plans[i] = dict(zone_plans[z])
                    zone_code[i] = zone_codes[z]
                    land_use[i] = land_use[i] or zone_use[z]
                    area_code[i] = area_code[i] or zone_area[z]
            elif plan is not None:
                for i in range(n):
                    plans[i] = plan.read_plan({f: own[f][i] if own.get(f) is not None else None
                                               for f in plan_fields}, "lot {}".format(codes[i]))
        except ValueError as exc:
            raise QgsProcessingException(self.tr("A plan limit cannot be read: {}").format(exc)) from exc
        return [LotContext(code=codes[i], land_use=land_use[i], zone_code=zone_code[i], area_code=area_code[i],
                           is_public=bool(is_public[i]) if is_public is not None else False, plan=plans[i])
                for i in range(n)]

    def _building_columns(self, buildings) -> dict[str, str | None]:
        """The buildings layer's field for each measure (height_m, floors, gfa_m2, use), None where absent."""
        names = buildings.fields().names()
        columns = {key: next((find_field(names, n) for n in candidates if find_field(names, n)), None)
                   for key, candidates in BUILDING_FIELDS.items()}
        if not any(columns[k] for k in ("height_m", "floors", "gfa_m2")):
            raise QgsProcessingException(self.tr(
                "The buildings layer has none of the fields height_m, floors, gfa_m2: heights, floors and floor "
                "areas cannot be known. Its fields are: {}.").format(", ".join(names)))
        return columns

    def _road_columns(self, roads) -> tuple[str, str | None]:
        """The roads layer's width field (required) and network field (optional)."""
        names = roads.fields().names()
        width = find_field(names, "width_m") or find_field(names, "width")
        if width is None:
            raise QgsProcessingException(self.tr(
                "The roads layer has no width_m field: setbacks to the road's red line need the road width. "
                "Its fields are: {}.").format(", ".join(names)))
        return width, find_field(names, "network")

    def _measure_in_qgis(self, codes, lots, buildings, roads, context, feedback, notes):
        from ....dseza_twin_plugin.core.planning.measures import measure_lots

        columns = self._building_columns(buildings)
        for key in ("height_m", "floors", "gfa_m2", "use"):
            if columns[key] is None:
                notes.append(self.tr("The buildings layer has no field '{}': it is unknown for every building.")
                             .format(key))
        b = read_layer(buildings, self.tr("The buildings layer"), POLYGON, (),
                       tuple(c for c in columns.values() if c), context, feedback, (20, 45))
        notes += b.notes
        road_geoms = road_width = None
        if roads is None:
            notes.append(self.tr("No roads given: setbacks are not checked."))
        else:
            width_field, network_field = self._road_columns(roads)
            r = read_layer(roads, self.tr("The roads layer"), LINE, (width_field,),
                           (network_field,) if network_field else (), context, feedback, (45, 50))
            notes += r.notes
            keep, note = road_subset(r.strings(network_field) if network_field else None)
            if note:
                notes.append(note)
            road_geoms, road_width = r.geoms[keep], r.floats(width_field)[keep]
        feedback.pushInfo(self.tr("Measuring {} lots against {} buildings…").format(len(codes), len(b)))

        def column(key, kind):
            name = columns[key]
            if name is None:
                return None
            return b.floats(name) if kind == "float" else b.strings(name)

        try:
            return measure_lots(codes, lots.geoms, b.geoms, column("height_m", "float"), column("floors", "float"),
                                column("gfa_m2", "float"), column("use", "str"), road_geoms, road_width,
                                lots.floats("green_area_m2"))
        except ValueError as exc:
            raise QgsProcessingException(self.tr("The lots could not be measured: {}").format(exc)) from exc

    def _measure_pushdown(self, choice, codes, code_field, lots, buildings, roads, feedback, notes):
        """Measure in PostGIS; None when these inputs cannot be measured there (the caller measures in QGIS)."""
        import psycopg

        from ....dseza_twin_plugin.store.errors import StoreConnectionError
        from ....dseza_twin_plugin.store.pushdown import PushDownUnavailableError, TableRef, measure_lots_postgis
        from ....dseza_twin_plugin.toolbelt.auth import qgis_credentials

        columns = self._building_columns(buildings)
        for key in ("height_m", "floors", "gfa_m2", "use"):
            if columns[key] is None:
                notes.append(self.tr("The buildings layer has no field '{}': it is unknown for every building.")
                             .format(key))
        lot_fields = lots.field_names
        parcels_ref = TableRef.from_uri(choice.uris[self.PARCELS], code=lot_fields[code_field],
                                        green=lot_fields.get("green_area_m2"))
        buildings_ref = TableRef.from_uri(choice.uris[self.BUILDINGS], height=columns["height_m"],
                                          floors=columns["floors"], gfa=columns["gfa_m2"], use=columns["use"])
        roads_ref = None
        if roads is None:
            notes.append(self.tr("No roads given: setbacks are not checked."))
        else:
            width_field, network_field = self._road_columns(roads)
            roads_ref = TableRef.from_uri(choice.uris[self.ROADS], width=width_field)
            if network_field:
                only_roads = "(\"{0}\" IS NULL OR lower(\"{0}\") = 'road')".format(network_field.replace('"', '""'))
                subset = "({}) AND {}".format(roads_ref.subset, only_roads) if roads_ref.subset else only_roads
                roads_ref = roads_ref.with_columns(subset=subset)
                notes.append(self.tr("The roads layer has a 'network' field: only its road links are used."))

        kwargs = dict(choice.connection)
        try:
            if choice.authcfg:
                kwargs.update(qgis_credentials(choice.authcfg))
        except StoreConnectionError as exc:
            raise QgsProcessingException(str(exc)) from exc
        password = kwargs.pop("password", None)
        conninfo = " ".join("{}={}".format(k, _libpq_quote(v)) for k, v in kwargs.items())
        extra = {"password": password} if password else {}
        feedback.pushInfo(self.tr("Measuring {} lots in PostGIS…").format(len(codes)))
        try:
            with psycopg.connect(conninfo, application_name="dseza_twin", **extra) as conn:
                # every lot of the relation (its subset applies), sorted by code; then the order read in QGIS
                return _in_order(measure_lots_postgis(conn, parcels_ref, buildings_ref, roads_ref), codes)
        except PushDownUnavailableError as exc:
            feedback.pushWarning(self.tr("Push-down not possible ({}); measuring in QGIS.").format(exc))
            return None
        except psycopg.OperationalError as exc:
            raise QgsProcessingException(self.tr("Cannot connect to the PostGIS database of the layers: {}").format(
                str(exc).strip())) from exc
        except (psycopg.Error, ValueError) as exc:
            raise QgsProcessingException(self.tr("The lots could not be measured in PostGIS: {}").format(exc)) \
                from exc

    def _write_verdicts(self, address, measures, verdicts, checks, feedback) -> None:
        """One row per lot and rule judged into ``compliance_verdicts``, one run id and time, one transaction."""
        import datetime as dt
        import uuid

        from ....dseza_twin_plugin.store.errors import StoreError

        rows = verdict_rows(measures, verdicts, checks, uuid.uuid4().hex, dt.datetime.now(dt.timezone.utc))
        try:
            with self.open_store(address) as store:
                store.create_or_upgrade()
                gpkg = store.address.is_gpkg
                table = '"compliance_verdicts"' if gpkg else '"{}"."compliance_verdicts"'.format(store.address.schema)
                mark = "?" if gpkg else "%s"
                names = ", ".join('"{}"'.format(c) for c in VERDICT_COLUMNS)
                sql = "INSERT INTO {} ({}) VALUES ({})".format(table, names, ", ".join([mark] * len(VERDICT_COLUMNS)))
                with store.transaction() as writer:
                    writer.executemany(sql, [[_store_value(r[c], gpkg) for c in VERDICT_COLUMNS] for r in rows])
        except StoreError as exc:
            raise QgsProcessingException(self.tr("The verdicts could not be kept in the twin store: {}").format(
                store_error_text(exc))) from exc
        feedback.pushInfo(self.tr("{} verdicts of {} lots kept in the twin store (run {}).").format(
            len(rows), len(verdicts), rows[0]["run_id"] if rows else "-"))

    def _write(self, parameters, context, feedback, rows, violations, geoms, codes) -> dict:
        outputs = {}
        multi = as_multi(geoms, POLYGON)
        fields = sink_fields(rpt.OUTPUT_COLUMNS)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon,
                                          STORE_CRS)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        write_features(sink, fields, rows, multi, feedback, (75, 90))
        outputs[self.OUTPUT] = dest
        style_output(context, dest, "compliance_output.qml")
        vfields = sink_fields(rpt.VIOLATION_COLUMNS)
        sink, dest = self.parameterAsSink(parameters, self.VIOLATIONS, context, vfields, QgsWkbTypes.MultiPolygon,
                                          STORE_CRS)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.VIOLATIONS))
        index = {c: i for i, c in enumerate(codes)}
        vgeoms = multi[[index[v["code"]] for v in violations]] if violations else []
        write_features(sink, vfields, violations, vgeoms, feedback, (90, 97))
        outputs[self.VIOLATIONS] = dest
        style_output(context, dest, "compliance_violations.qml")
        return outputs


#: Columns written to the store's ``compliance_verdicts`` table.
VERDICT_COLUMNS = ("lot_code", "status", "rule_id", "clause", "value", "limit", "checked_at", "run_id")


def verdict_rows(measures, verdicts, checks, run_id: str, checked_at) -> list[dict]:
    """One row per lot and rule that was judged: fail, insufficient_data, or pass where a limit applied."""
    out = []
    values = {rule: getattr(measures, RULES[rule][0]) for rule in checks}
    for i, verdict in enumerate(verdicts):
        failed = {v.rule_id: v for v in verdict.violations}
        for rule in checks:
            limit = verdict.limits.get(rule)
            if rule in failed:
                status, v = FAIL, failed[rule]
                value, limit_value, clause = v.measured, v.limit, v.clause
            elif rule in verdict.failed_rules or rule in verdict.insufficient_rules or limit is not None:
                status = FAIL if rule in verdict.failed_rules else INSUFFICIENT if rule in \
                    verdict.insufficient_rules else PASS
                value = values[rule][i]
                limit_value, clause = (limit.value, limit.clause) if limit is not None else (None, None)
            else:
                continue  # no limit applies to this lot for this rule
            out.append({"lot_code": verdict.code, "status": status, "rule_id": rule, "clause": clause or None,
                        "value": _verdict_text(value), "limit": _verdict_text(limit_value),
                        "checked_at": checked_at, "run_id": run_id})
    return out


def _verdict_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float):
        return None if not np.isfinite(value) else "{:.6g}".format(value)
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value) or None
    return str(value) if str(value) else None


def _store_value(value, gpkg: bool):
    if gpkg and hasattr(value, "isoformat"):
        from ....dseza_twin_plugin.store.gpkg import _sql_value

        return _sql_value(value)
    return value


def _in_order(measures, codes: list[str]):
    """LotMeasures re-ordered to ``codes`` (the lots as read in QGIS)."""
    if list(measures.code) == list(codes):
        return measures
    position = {c: i for i, c in enumerate(measures.code)}
    missing = [c for c in codes if c not in position]
    if missing or len(position) != len(codes):
        raise QgsProcessingException(
            "The lots measured in PostGIS are not the lots read from the layer ({} measured, {} read{}).".format(
                len(position), len(codes), "; not measured: " + ", ".join(missing[:5]) if missing else ""))
    order = np.array([position[c] for c in codes], dtype=np.int64)
    values = {}
    for name, value in vars(measures).items():
        if isinstance(value, np.ndarray) and value.shape[:1] == order.shape:
            values[name] = value[order]
        elif isinstance(value, list) and len(value) == len(order):
            values[name] = [value[i] for i in order.tolist()]
        else:
            values[name] = value
    return type(measures)(**values)


def _libpq_quote(value: str) -> str:
    value = str(value)
    if value and re.fullmatch(r"[^\s'\\]+", value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _pack_dict(info) -> dict:
    return {"id": info.id, "version": info.version, "title": "{} ({})".format(info.title, info.kind),
            "source": info.path}


def _resolution_order() -> str:
    from ....dseza_twin_plugin.core.planning import limits

    return limits.__doc__ or ""


def _describe(value) -> str:
    """A parameter value for the report: a layer as its name and source, never with a password."""
    from qgis.core import QgsDataSourceUri, QgsMapLayer, QgsProcessingFeatureSourceDefinition

    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    if isinstance(value, QgsMapLayer):
        return "{} ({})".format(value.name(), QgsDataSourceUri.removePassword(value.source()))
    return QgsDataSourceUri.removePassword(str(value))
