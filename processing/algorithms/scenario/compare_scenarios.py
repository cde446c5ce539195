"""dsezatwin:comparescenarios — live and several scenarios side by side: a layer, an HTML report with charts, CSV."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ....dseza_twin_plugin.core.scenario import compare as cmp
from ..base import DsezaAlgorithm
from ..output_style import style_output
from ..planning.layer_io import POLYGON, STORE_CRS, as_multi, sink_fields, write_features
from .simulate_scenario import SUBJECT_COLUMNS, ScenarioRun, _safe


class CompareScenarios(DsezaAlgorithm):
    NAME = "comparescenarios"
    GROUP = "scenario"
    STORE = "STORE"
    SCENARIOS = "SCENARIOS"
    PACK = "PACK"
    RULES = "RULES"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    CSV = "CSV"
    SCENARIOS_COMPARED = "SCENARIOS_COMPARED"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Compare development scenarios")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(
            self.STORE, self.tr("Twin store (.gpkg file, or 'service=NAME schema=twin')")))
        self.addParameter(QgsProcessingParameterString(
            self.SCENARIOS, self.tr("Scenarios (comma list of codes; the live twin always comes first)")))
        self.addParameter(QgsProcessingParameterString(
            self.PACK, self.tr("Demand pack (pack id or .json file; empty: demand-capacity)"), optional=True))
        rules = QgsProcessingParameterString(
            self.RULES, self.tr("Rule packs of the compliance check"), defaultValue="qcvn01-2021,plan")
        rules.setFlags(rules.flags() | QgsProcessingParameterString.FlagAdvanced)
        self.addParameter(rules)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Indicators by scenario, functional area and zone"),
            QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report (HTML)"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.CSV, self.tr("Comparison (CSV)"), self.tr("CSV files (*.csv)"), optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.SCENARIOS_COMPARED, self.tr("Scenarios compared")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        from ....dseza_twin_plugin.core.scenario import report as rpt

        text = self.parameterAsString(parameters, self.SCENARIOS, context)
        codes = list(dict.fromkeys(c.strip() for c in text.split(",") if c.strip() and c.strip().lower() != "live"))
        if not codes:
            raise QgsProcessingException(self.tr(
                "Name at least one scenario to compare with the live twin (a comma list of scenario codes)."))
        pack = ScenarioRun.load_pack(self.parameterAsString(parameters, self.PACK, context))
        rules = ScenarioRun.load_rules(self.parameterAsString(parameters, self.RULES, context))
        feedback.pushInfo(self.tr("Demand pack: {}. Rule packs: {}.").format(pack.describe(), rules.describe()))
        address = self.parameterAsString(parameters, self.STORE, context)
        sims = ScenarioRun.simulate(self, address, codes, pack, rules, feedback)
        comparison = cmp.compare(sims)
        for note in dict.fromkeys(n for s in sims for n in s.notes):
            feedback.pushWarning(note)
        outputs = {self.OUTPUT: self._write(parameters, context, feedback, comparison, sims),
                   self.SCENARIOS_COMPARED: len(codes)}
        context_info = {"store": _safe(address), "scenarios": ", ".join(codes), "demand pack": pack.describe(),
                        "rule packs": rules.describe()}
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        csv_file = self.parameterAsFileOutput(parameters, self.CSV, context)
        if report:
            html_path, csv_path = rpt.write_report(report, comparison, sims, context_info, csv_file or None)
            outputs[self.REPORT] = str(html_path)
            if csv_file:
                outputs[self.CSV] = str(csv_path)
        elif csv_file:
            outputs[self.CSV] = str(rpt.write_csv(csv_file, comparison))
        said = rpt.strains(comparison, sims)
        for code in codes:
            feedback.pushInfo(self.tr("{}: {} element(s) put over capacity, {} still over; {} rule failure(s) on "
                                      "changed lots; {} buffer conflict(s) appear, {} disappear.").format(
                code, len(said[code]["over_new"]), len(said[code]["over_still"]) + len(said[code]["over_same"]),
                len(said[code]["rules"]),
                len(said[code]["buffers_new"]), len(said[code]["buffers_gone"])))
        feedback.setProgress(100)
        return outputs

    def _write(self, parameters, context, feedback, comparison, sims) -> str:
        """One feature per simulation and functional area / zone: the indicators and their difference from live."""
        columns = [("scenario", "str")] + list(SUBJECT_COLUMNS)
        columns += [(c, "float") for col, _, _ in cmp.INDICATORS for c in (col, col + "_diff")]
        columns += [("changed", "bool"), ("lots_checked", "int"), ("lots_failing", "int")]
        fields = sink_fields(columns)
        subjects, names, shapes = ScenarioRun.subject_rows(comparison, sims)
        rows, geoms = [], []
        for sim in sims:
            failing = ScenarioRun.failing_by_subject(sim)
            for level, code in subjects:
                name, area_code = names.get((level, code), (None, None))
                row = {"scenario": sim.name, "level": level, "code": code, "name": name, "area_code": area_code,
                       "changed": False}
                for col, _, _ in cmp.INDICATORS:
                    r = comparison.get("indicator", level, code, col)
                    row[col], row[col + "_diff"] = r.values.get(sim.name), r.diff.get(sim.name)
                    row["changed"] = row["changed"] or r.diff.get(sim.name) not in (None, 0, 0.0)
                row["lots_checked"], row["lots_failing"] = failing.get((level, code), (0, 0))
                rows.append(row)
                geoms.append(shapes.get((level, code)))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon,
                                          STORE_CRS)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        write_features(sink, fields, rows, as_multi(np.array(geoms, dtype=object), POLYGON), feedback, (75, 90))
        style_output(context, dest, "scenario_indicators.qml")
        return dest
