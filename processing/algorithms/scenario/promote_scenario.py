"""dsezatwin:promotescenario — apply a development scenario to the live twin, all of it or nothing."""

from __future__ import annotations

import html
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ....dseza_twin_plugin.store import StoreError, scenarios, schema
from ....dseza_twin_plugin.toolbelt.store_messages import store_error_text
from ..base import DsezaAlgorithm


class PromoteScenario(DsezaAlgorithm):
    NAME = "promotescenario"
    GROUP = "scenario"
    STORE = "STORE"
    SCENARIO = "SCENARIO"
    TOLERANCE = "TOLERANCE"
    REPORT = "REPORT"
    PROMOTED = "PROMOTED"
    CONFLICTS = "CONFLICTS"
    REJECTED = "REJECTED"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Promote scenario to the live twin")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(
            self.STORE, self.tr("Twin store (a .gpkg file, or 'service=NAME' for PostGIS)")))
        self.addParameter(QgsProcessingParameterString(self.SCENARIO, self.tr("Scenario code")))
        tolerance = QgsProcessingParameterNumber(
            self.TOLERANCE, self.tr("Quality gate tolerance (m): overlaps and buildings outside their lot below it "
                                    "are accepted"), QgsProcessingParameterNumber.Double, 0.5, minValue=0.0)
        tolerance.setFlags(tolerance.flags() | tolerance.FlagAdvanced)
        self.addParameter(tolerance)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Promotion report (HTML)"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.PROMOTED, self.tr("Rows changed in the live twin")))
        self.addOutput(QgsProcessingOutputNumber(self.CONFLICTS, self.tr("Conflicts with live edits")))
        self.addOutput(QgsProcessingOutputNumber(self.REJECTED, self.tr("Rows refused by the quality gate")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        address = self.parameterAsString(parameters, self.STORE, context)
        code = self.parameterAsString(parameters, self.SCENARIO, context).strip()
        tolerance = self.parameterAsDouble(parameters, self.TOLERANCE, context)
        report = self.parameterAsFileOutput(parameters, self.REPORT, context) if parameters.get(self.REPORT) else ""
        store = self.open_store(address)
        try:
            store.check_version()
            planned = scenarios.changes(store, code)
            feedback.pushInfo(self.tr("Promoting scenario {}: {} change(s), in one transaction…").format(
                code, sum(len(c) for c in planned.values())))
            try:
                result = scenarios.promote(store, code, tolerance, is_canceled=feedback.isCanceled)
            except scenarios.ScenarioConflictError as exc:
                self._write(report, code, planned, conflicts=exc.conflicts)
                raise QgsProcessingException(self._conflict_text(code, exc.conflicts)) from exc
            except scenarios.ScenarioRejectedError as exc:
                self._write(report, code, planned, problems=exc.problems)
                raise QgsProcessingException(self._rejected_text(code, exc.problems)) from exc
        except StoreError as exc:
            raise QgsProcessingException(store_error_text(exc)) from exc
        finally:
            store.close()
        for layer in scenarios.SCENARIO_LAYERS:
            feedback.pushInfo(self.tr("{}: {} added, {} changed, {} removed.").format(
                layer, result.inserted.get(layer, 0), result.updated.get(layer, 0), result.deleted.get(layer, 0)))
        feedback.pushInfo(self.tr("Scenario {} is promoted: {} row(s) of the live twin changed, each recorded in the "
                                  "audit.").format(code, result.total))
        self._write(report, code, planned, result=result)
        out = {self.PROMOTED: result.total, self.CONFLICTS: 0, self.REJECTED: 0}
        if report:
            out[self.REPORT] = report
        return out

    def _conflict_text(self, code: str, conflicts) -> str:
        lines = [self.tr("Scenario {} was not promoted: the live twin changed under {} of its changes since they "
                         "were drawn. Nothing was written. Look at these rows in the live twin, then draw the changes "
                         "again on what is there now:").format(code, len(conflicts))]
        lines += ["- {} {}: {}".format(c.layer, c.code, c.reason) for c in conflicts]
        return "\n".join(lines)

    def _rejected_text(self, code: str, problems) -> str:
        lines = [self.tr("Scenario {} was not promoted: {} of its rows would break the twin's rules. Nothing was "
                         "written. Correct them in the scenario and promote again:").format(code, len(problems))]
        lines += ["- {} {}: {}".format(layer, row, reason) for layer, row, reason in problems]
        return "\n".join(lines)

    def _write(self, path: str, code: str, planned, result=None, conflicts=(), problems=()) -> None:
        """The report an officer keeps: what was planned and what happened (applied, or why not)."""
        if not path:
            return
        if result is not None:
            verdict = self.tr("Promoted: {} row(s) of the live twin changed.").format(result.total)
        elif conflicts:
            verdict = self.tr("Not promoted: {} conflict(s) with live edits. Nothing was written.").format(
                len(conflicts))
        else:
            verdict = self.tr("Not promoted: {} row(s) refused by the quality gate. Nothing was written.").format(
                len(problems))
        esc = html.escape
        parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>{}</title>".format(esc(code)),
                 "<style>body{font-family:sans-serif;margin:2em}td,th{border:1px solid #bbb;padding:3px 8px}"
                 "table{border-collapse:collapse}.bad{color:#b00}</style></head><body>",
                 "<h1>{}</h1>".format(esc(self.tr("Promotion of scenario {}").format(code))),
                 "<p class='{}'><b>{}</b></p>".format("" if result is not None else "bad", esc(verdict))]
        if conflicts or problems:
            parts.append("<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>".format(
                esc(self.tr("Layer")), esc(self.tr("Code")), esc(self.tr("Reason"))))
            rows = [(c.layer, c.code, c.reason) for c in conflicts] or list(problems)
            parts += ["<tr><td>{}</td><td>{}</td><td>{}</td></tr>".format(esc(schema.title(layer)), esc(str(c)),
                                                                        esc(reason)) for layer, c, reason in rows]
            parts.append("</table>")
        parts.append("<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th></tr>".format(
            esc(self.tr("Planned changes")), esc(self.tr("Layer")), esc(self.tr("Code")), esc(self.tr("Operation"))))
        for layer, changed in planned.items():
            parts += ["<tr><td>{}</td><td>{}</td><td>{}</td></tr>".format(esc(schema.title(layer)), esc(c), esc(op))
                      for c, op in changed.items()]
        parts.append("</table></body></html>")
        Path(path).write_text("\n".join(parts), encoding="utf-8")
