"""dsezatwin:simulatescenario — a scenario against the live twin: land, compliance, networks, buffers."""

from __future__ import annotations

import numpy as np
import shapely
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ....dseza_twin_plugin.core.scenario import compare as cmp
from ..base import DsezaAlgorithm
from ..output_style import style_output
from ..planning.layer_io import LINE, POINT, POLYGON, STORE_CRS, as_multi, sink_fields, write_features


def tr(text: str) -> str:
    return QCoreApplication.translate("ScenarioRun", text)


#: Fields of the OUTPUT layer before the indicators.
SUBJECT_COLUMNS = (("level", "str"), ("code", "str"), ("name", "str"), ("area_code", "str"))
#: Fields of the ELEMENTS layer (scenario values plain, live ones suffixed ``_live``).
ELEMENT_COLUMNS = (
    ("service", "str"), ("code", "str"), ("name", "str"), ("area_code", "str"), ("unit", "str"),
    ("capacity", "float"), ("lots", "int"), ("lots_live", "int"),
    ("demand", "float"), ("demand_live", "float"), ("demand_diff", "float"),
    ("headroom", "float"), ("headroom_live", "float"),
    ("utilisation_pct", "float"), ("utilisation_live_pct", "float"), ("utilisation_diff", "float"),
    ("over", "bool"), ("over_live", "bool"), ("new_over", "bool"),
)


def _int(value):
    return None if value is None else int(value)


class ScenarioRun:
    """What both scenario algorithms share: the parameters' reading, the simulations, the layers written."""

    @staticmethod
    def load_pack(text: str):
        from ....dseza_twin_plugin.core.scenario.demand import DemandPackError, load_demand_pack

        try:
            return load_demand_pack(text.strip() or "demand-capacity")
        except DemandPackError as exc:
            raise QgsProcessingException(tr("The demand pack cannot be used: {}").format(exc)) from exc

    @staticmethod
    def load_rules(text: str):
        from ....dseza_twin_plugin.core.planning.packs import RulePackError, load_rules

        try:
            return load_rules(text.strip() or "qcvn01-2021,plan")
        except RulePackError as exc:
            raise QgsProcessingException(tr("Rule pack problem: {}").format(exc)) from exc

    @staticmethod
    def simulate(alg, address: str, codes: list[str], pack, rules, feedback, span=(5, 70)):
        """Live and the scenarios of ``codes`` (each must exist), read from the store at ``address``."""
        from ....dseza_twin_plugin.core.scenario.simulate import simulate_scenarios
        from ....dseza_twin_plugin.store import scenarios
        from ....dseza_twin_plugin.store.errors import StoreError
        from ....dseza_twin_plugin.toolbelt.store_messages import store_error_text

        total = len(codes) + 1

        def progress(step: int, name: str) -> bool:
            feedback.setProgress(span[0] + (span[1] - span[0]) * step / total)
            if not feedback.isCanceled():
                feedback.pushInfo(tr("Simulating {}…").format(name))
            return feedback.isCanceled()

        try:
            with alg.open_store(address) as store:
                store.check_version()
                known = {s["code"]: s for s in scenarios.list_scenarios(store)}
                unknown = [c for c in codes if c not in known]
                if unknown:
                    raise QgsProcessingException(tr("There is no scenario {} in this store (scenarios: {}).")
                                                 .format(", ".join(unknown), ", ".join(known) or tr("none yet")))
                for c in codes:
                    feedback.pushInfo(tr("Scenario {} ({}): {} change(s).").format(
                        c, known[c]["name"] or c, known[c]["changes"]))
                sims = simulate_scenarios(store, codes, pack, rules, progress)
        except StoreError as exc:
            raise QgsProcessingException(store_error_text(exc)) from exc
        except ValueError as exc:
            raise QgsProcessingException(tr("The twin could not be simulated: {}").format(exc)) from exc
        if feedback.isCanceled() or len(sims) < total:
            raise QgsProcessingException(tr("Canceled."))
        for sim in sims:
            feedback.pushInfo(tr("{}: {} lots, {} lots checked, {} element(s) over capacity, {} buffer "
                                     "conflict(s) ({:.2f} s).").format(
                sim.name, len(sim.lot_codes), len(sim.compliance), len(sim.over), len(sim.conflicts),
                sum(sim.seconds.values())))
        return sims

    @staticmethod
    def subject_rows(comparison, sims) -> tuple[list[tuple[str, str]], dict, dict]:
        """Areas and zones in order, their names and geometries (the last simulation that has one wins)."""
        subjects = list(dict.fromkeys((r.level, r.code) for r in comparison.section("indicator")))
        names = {}
        for sim in sims:
            for r in sim.indicators.areas + sim.indicators.zones:
                names.setdefault((r["level"], r["code"]), (r.get("name") or r.get("kind"), r.get("area_code")))
        shapes = {}
        for sim in sims:
            shapes.update({k: g for k, g in sim.shapes.items() if g is not None})
        return subjects, names, shapes

    @staticmethod
    def failing_by_subject(sim) -> dict[tuple[str, str], tuple[int, int]]:
        """(changed lots checked, failing) per functional area and zone of one simulation."""
        out: dict[tuple[str, str], list[int]] = {}
        for r in sim.compliance:
            for key in (("functional_area", r.get("area_code")), ("planning_zone", r.get("zone_code"))):
                if key[1]:
                    counts = out.setdefault(key, [0, 0])
                    counts[0] += 1
                    counts[1] += r["status"] == "fail"
        return {k: (v[0], v[1]) for k, v in out.items()}


class SimulateScenario(DsezaAlgorithm):
    NAME = "simulatescenario"
    GROUP = "scenario"
    STORE = "STORE"
    SCENARIO = "SCENARIO"
    PACK = "PACK"
    RULES = "RULES"
    OUTPUT = "OUTPUT"
    ELEMENTS = "ELEMENTS"
    ROAD_LINKS = "ROAD_LINKS"
    REPORT = "REPORT"
    REPORT_CSV = "REPORT_CSV"
    OVER = "OVER"
    NEW_OVER = "NEW_OVER"
    LOTS_CHECKED = "LOTS_CHECKED"
    LOTS_FAILING = "LOTS_FAILING"
    BUFFERS_NEW = "BUFFERS_NEW"
    BUFFERS_GONE = "BUFFERS_GONE"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Simulate a development scenario")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(
            self.STORE, self.tr("Twin store (.gpkg file, or 'service=NAME schema=twin')")))
        self.addParameter(QgsProcessingParameterString(self.SCENARIO, self.tr("Scenario (its code)")))
        self.addParameter(QgsProcessingParameterString(
            self.PACK, self.tr("Demand pack (pack id or .json file; empty: demand-capacity)"), optional=True))
        rules = QgsProcessingParameterString(
            self.RULES, self.tr("Rule packs of the compliance check"), defaultValue="qcvn01-2021,plan")
        rules.setFlags(rules.flags() | QgsProcessingParameterString.FlagAdvanced)
        self.addParameter(rules)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Scenario indicators by functional area and zone"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.ELEMENTS, self.tr("Network elements: demand against capacity"), QgsProcessing.TypeVectorPoint,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.ROAD_LINKS, self.tr("Road links: traffic against capacity (lines)"), QgsProcessing.TypeVectorLine,
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report (HTML; the CSV is written next to it)"), self.tr("HTML files (*.html)"),
            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputFile(self.REPORT_CSV, self.tr("Report (CSV)")))
        self.addOutput(QgsProcessingOutputNumber(self.OVER, self.tr("Elements over capacity in the scenario")))
        self.addOutput(QgsProcessingOutputNumber(self.NEW_OVER, self.tr("Elements the scenario puts over capacity")))
        self.addOutput(QgsProcessingOutputNumber(self.LOTS_CHECKED, self.tr("Changed lots checked")))
        self.addOutput(QgsProcessingOutputNumber(self.LOTS_FAILING, self.tr("Changed lots failing a planning rule")))
        self.addOutput(QgsProcessingOutputNumber(self.BUFFERS_NEW, self.tr("Buffer conflicts that appear")))
        self.addOutput(QgsProcessingOutputNumber(self.BUFFERS_GONE, self.tr("Buffer conflicts that disappear")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        from ....dseza_twin_plugin.core.scenario import report as rpt

        code = self.parameterAsString(parameters, self.SCENARIO, context).strip()
        if not code:
            raise QgsProcessingException(self.tr("Name the scenario to simulate (its code)."))
        pack = ScenarioRun.load_pack(self.parameterAsString(parameters, self.PACK, context))
        rules = ScenarioRun.load_rules(self.parameterAsString(parameters, self.RULES, context))
        feedback.pushInfo(self.tr("Demand pack: {}. Rule packs: {}.").format(pack.describe(), rules.describe()))
        address = self.parameterAsString(parameters, self.STORE, context)
        sims = ScenarioRun.simulate(self, address, [code], pack, rules, feedback)
        comparison = cmp.compare(sims)
        live, scen = sims
        for note in dict.fromkeys(live.notes + scen.notes):
            feedback.pushWarning(note)
        outputs = {self.OUTPUT: self._write_subjects(parameters, context, feedback, comparison, sims)}
        rows, geoms = element_rows(comparison, sims, live.name, scen.name)
        for key, family in ((self.ELEMENTS, POINT), (self.ROAD_LINKS, LINE)):
            dest = self._write_elements(parameters, key, family, context, feedback, rows, geoms)
            if dest is not None:
                outputs[key] = dest
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report:
            html_path, csv_path = rpt.write_report(report, comparison, sims, {
                "store": _safe(address), "scenario": code, "demand pack": pack.describe(),
                "rule packs": rules.describe()})
            outputs[self.REPORT], outputs[self.REPORT_CSV] = str(html_path), str(csv_path)
        said = rpt.strains(comparison, sims)[code]
        for sentence in said["over_new"]:
            feedback.pushWarning(self.tr("Over capacity: {}").format(sentence))
        present = comparison.section("buffer", "present")
        outputs.update({
            self.OVER: len(scen.over), self.NEW_OVER: len(said["over_new"]),
            self.LOTS_CHECKED: len(scen.compliance),
            self.LOTS_FAILING: sum(r["status"] == "fail" for r in scen.compliance),
            self.BUFFERS_NEW: sum(r.diff.get(code) == 1 for r in present),
            self.BUFFERS_GONE: sum(r.diff.get(code) == -1 for r in present)})
        feedback.pushInfo(self.tr("Scenario {}: {} element(s) over capacity ({} new), {} of {} changed lot(s) "
                                  "failing, {} buffer conflict(s) appear, {} disappear.").format(
            code, outputs[self.OVER], outputs[self.NEW_OVER], outputs[self.LOTS_FAILING], outputs[self.LOTS_CHECKED],
            outputs[self.BUFFERS_NEW], outputs[self.BUFFERS_GONE]))
        feedback.setProgress(100)
        return outputs

    def _write_subjects(self, parameters, context, feedback, comparison, sims) -> str:
        live, scen = sims[0].name, sims[1].name
        columns = list(SUBJECT_COLUMNS) + [(c, "float") for col, _, _ in cmp.INDICATORS
                                           for c in (col + "_live", col + "_scen", col + "_diff")]
        columns += [("changed", "bool"), ("lots_checked", "int"), ("lots_failing", "int")]
        fields = sink_fields(columns)
        subjects, names, shapes = ScenarioRun.subject_rows(comparison, sims)
        failing = ScenarioRun.failing_by_subject(sims[1])
        rows, geoms = [], []
        for level, code in subjects:
            name, area_code = names.get((level, code), (None, None))
            row = {"level": level, "code": code, "name": name, "area_code": area_code, "changed": False}
            for col, _, _ in cmp.INDICATORS:
                r = comparison.get("indicator", level, code, col)
                row[col + "_live"], row[col + "_scen"] = r.values.get(live), r.values.get(scen)
                row[col + "_diff"] = r.diff.get(scen)
                row["changed"] = row["changed"] or r.changed() or (r.values.get(live) is None) != (
                    r.values.get(scen) is None)
            checked, fail = failing.get((level, code), (0, 0))
            row["lots_checked"], row["lots_failing"] = checked, fail
            rows.append(row)
            geoms.append(shapes.get((level, code)))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon,
                                          STORE_CRS)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        write_features(sink, fields, rows, as_multi(np.array(geoms, dtype=object), POLYGON), feedback, (75, 85))
        style_output(context, dest, "scenario_indicators.qml")
        return dest

    def _write_elements(self, parameters, key, family, context, feedback, rows, geoms) -> str | None:
        """Every element as a point (ELEMENTS: a link at its middle), or the links as lines (ROAD_LINKS)."""
        fields = sink_fields(ELEMENT_COLUMNS)
        wkb = QgsWkbTypes.Point if family == POINT else QgsWkbTypes.MultiLineString
        sink, dest = self.parameterAsSink(parameters, key, context, fields, wkb, STORE_CRS)
        if sink is None:
            return None
        dims = shapely.get_dimensions(geoms) if len(geoms) else np.zeros(0, dtype=int)
        if family == POINT:
            out, lines = geoms.copy(), dims == 1
            out[lines] = shapely.line_interpolate_point(geoms[lines], 0.5, normalized=True)
            keep = np.ones(len(rows), dtype=bool)
        else:
            keep = dims == 1
            out = as_multi(geoms[keep], LINE)
        write_features(sink, fields, [r for r, k in zip(rows, keep.tolist()) if k], out, feedback, (85, 95))
        style_output(context, dest, "scenario_elements.qml" if family == POINT else "scenario_road_links.qml")
        return dest


def element_rows(comparison, sims, live: str, scen: str) -> tuple[list[dict], np.ndarray]:
    """One row per serving element with a code (scenario values, live values, differences) and its geometry: a
    node's point, a link's line."""
    where: dict[tuple[str, str], tuple] = {}
    for sim in sims:
        for sid, e in sim.elements.items():
            for i, code in enumerate(e.code):
                where.setdefault((sid, code), (e.name[i], e.area_code[i], e.geoms[i]))
    rows, geoms = [], []
    for r in comparison.section("element", "demand"):
        if not r.code:
            continue
        key = (r.level, r.code)
        measures = {m: comparison.get("element", r.level, r.code, m) for m in cmp.ELEMENT_MEASURES}

        def value(measure: str, name: str, measures=measures):
            row = measures[measure]
            return row.values.get(name) if row else None

        name, area_code, geom = where.get(key, (None, None, None))
        util = measures["utilisation_pct"]
        rows.append({
            "service": r.level, "code": r.code, "name": name, "area_code": area_code, "unit": r.unit,
            "capacity": value("capacity", scen), "lots": _int(value("lots", scen)),
            "lots_live": _int(value("lots", live)),
            "demand": r.values.get(scen), "demand_live": r.values.get(live), "demand_diff": r.diff.get(scen),
            "headroom": value("headroom", scen), "headroom_live": value("headroom", live),
            "utilisation_pct": util.values.get(scen), "utilisation_live_pct": util.values.get(live),
            "utilisation_diff": util.diff.get(scen),
            "over": value("over", scen) == 1, "over_live": value("over", live) == 1,
            "new_over": value("over", scen) == 1 and value("over", live) != 1,
        })
        geoms.append(geom)
    return rows, np.array(geoms, dtype=object)


def _safe(address: str) -> str:
    """A store address for a report, never with a password."""
    from qgis.core import QgsDataSourceUri

    return QgsDataSourceUri.removePassword(address)
