"""The inspector's scenario tab: an area's, zone's or lot's figures live and in the scenario shown on the map
(:class:`~...scenario_figures.ScenarioFigures`), side by side, in three small tables."""

from __future__ import annotations

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from .tabs import ATTRIBUTE_LABELS, INDICATOR_LABELS, _note, fill, fmt, make_table, tr_marked

#: Network elements listed at most: those the scenario changes or that are over capacity come first.
MAX_ELEMENTS = 12
SERVICE_TEXT = {
    "water": QT_TRANSLATE_NOOP("ScenarioTab", "Water supply"),
    "wastewater": QT_TRANSLATE_NOOP("ScenarioTab", "Wastewater"),
    "power": QT_TRANSLATE_NOOP("ScenarioTab", "Power"),
    "trips": QT_TRANSLATE_NOOP("ScenarioTab", "Road traffic"),
}
CHANGE_TEXT = {
    "added": QT_TRANSLATE_NOOP("ScenarioTab", "added"),
    "changed": QT_TRANSLATE_NOOP("ScenarioTab", "changed"),
    "removed": QT_TRANSLATE_NOOP("ScenarioTab", "removed"),
}
LAYER_TEXT = {
    "planning_zones": QT_TRANSLATE_NOOP("ScenarioTab", "Planning zone"),
    "parcels": QT_TRANSLATE_NOOP("ScenarioTab", "Land lot"),
    "buildings": QT_TRANSLATE_NOOP("ScenarioTab", "Building"),
    "construction_projects": QT_TRANSLATE_NOOP("ScenarioTab", "Construction project"),
}
VERDICT_TEXT = {
    "pass": QT_TRANSLATE_NOOP("ScenarioTab", "pass"),
    "fail": QT_TRANSLATE_NOOP("ScenarioTab", "fail"),
    "insufficient_data": QT_TRANSLATE_NOOP("ScenarioTab", "insufficient data"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ScenarioTab", text)


def _tr(table: dict, key) -> str:
    text = table.get(key)
    return tr(text) if text else ("" if key is None else str(key))


def _diff(live, scenario):
    if isinstance(live, int | float) and isinstance(scenario, int | float) and not isinstance(live, bool):
        return scenario - live
    return None


def change_text(change) -> str:
    """What a change does, in words: "tenant: A → B; sector: C → D", "added", "removed"."""
    if change.kind != "changed":
        return _tr(CHANGE_TEXT, change.kind)
    parts = []
    for column, before, after in change.details:
        if column == "geom":
            parts.append(tr("new shape"))
        else:
            parts.append("{}: {} → {}".format(tr_marked(ATTRIBUTE_LABELS.get(column, "")) or column,
                                               fmt(before) or "–", fmt(after) or "–"))
    return "; ".join(parts) or _tr(CHANGE_TEXT, "changed")


class ScenarioTab:
    """The page; the dock adds it to its tab widget while a scenario is shown."""

    def __init__(self):
        self.summary = _note("scenarioSummary")
        self.indicators = make_table("scenarioIndicators", [tr("Indicator"), tr("Live"), tr("Scenario"),
                                                            tr("Change")])
        self.changes = make_table("scenarioChanges", [tr("Feature"), tr("Code"), tr("What changes"),
                                                      tr("Compliance live → scenario")])
        self.elements = make_table("scenarioElements", [tr("Service"), tr("Element"), tr("Capacity"),
                                                        tr("Live use (%)"), tr("Scenario use (%)"), tr("Status")])
        self.notes = _note("scenarioNotes")
        self.page = QWidget()
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.indicators)
        layout.addWidget(QLabel(tr("Changes in it")))
        layout.addWidget(self.changes)
        layout.addWidget(QLabel(tr("Networks serving it")))
        layout.addWidget(self.elements)
        layout.addWidget(self.notes)

    def clear(self, message: str = "") -> None:
        for table in (self.indicators, self.changes, self.elements):
            table.setRowCount(0)
        self.summary.setText(message)
        self.notes.clear()

    def show(self, figures) -> None:
        labels = dict(INDICATOR_LABELS)
        fill(self.indicators, [[tr_marked(labels.get(key, key)), live, scen, _diff(live, scen)]
                               for key, live, scen in figures.indicators])
        verdicts = {lot: (a, b) for lot, a, b in figures.compliance}
        rows = []
        for change in figures.changes:
            verdict = verdicts.get(change.code) if change.layer == "parcels" else None
            rows.append([_tr(LAYER_TEXT, change.layer), change.code, change_text(change),
                         "{} → {}".format(_tr(VERDICT_TEXT, verdict[0]) or "–", _tr(VERDICT_TEXT, verdict[1]) or "–")
                         if verdict else ""])
        fill(self.changes, rows)
        moved = [e for e in figures.elements if e.over or (e.live_demand or 0.0) != (e.scenario_demand or 0.0)]
        shown = (moved + [e for e in figures.elements if e not in moved])[:MAX_ELEMENTS]
        fill(self.elements, [[_tr(SERVICE_TEXT, e.service), e.element, "{} {}".format(fmt(e.capacity), e.unit),
                              e.live_pct, e.scenario_pct,
                              tr("over capacity") if e.over else tr("within capacity")] for e in shown])
        over = sum(e.over for e in figures.elements)
        self.summary.setText(tr("Scenario {}: {} change(s) here; {} of the {} network elements serving it over "
                                "capacity in the scenario.").format(figures.scenario, len(figures.changes), over,
                                                                    len(figures.elements)))
        notes = list(figures.notes)
        if len(figures.elements) > len(shown):
            notes.append(tr("{} more elements serve it (listed first: those the scenario changes or that are over "
                            "capacity).").format(
                len(figures.elements) - len(shown)))
        if not figures.simulated:
            notes.append(tr("Network demand and compliance are not simulated in this installation."))
        self.notes.setText("\n".join(notes))
