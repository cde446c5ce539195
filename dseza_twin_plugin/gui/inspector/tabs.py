"""The inspector's tabs: tables filled from a :class:`~...store.inspector_queries.ZoneDetails`."""

from __future__ import annotations

import datetime as dt

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.report.formatting import format_date, format_number
from ...toolbelt.i18n import number_language
from .chart import LOCAL, SensorChart


def tr(text: str) -> str:
    return QCoreApplication.translate("ZoneInspector", text)


def tr_marked(text: str) -> str:
    """Translate a string of a table marked with ``QT_TRANSLATE_NOOP("ZoneInspector", …)``."""
    return tr(text) if text else text


def fmt(value, language: str | None = None) -> str:
    """A value as an officer reads it, in the plugin's language: local time for instants, thousands grouped.

    Vietnamese writes ``1.234,5`` and ``27/11/2026 14:05``, English ``1,234.5`` and ``2026-11-27 14:05``
    (numbers through the zone report's :func:`~...core.report.formatting.format_number`).
    """
    if value is None:
        return ""
    language = language or number_language()
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, dt.datetime):
        local = value.astimezone(LOCAL)
        return "{} {}".format(fmt(local.date(), language), local.strftime("%H:%M"))
    if isinstance(value, dt.date):
        return format_date(value, "vi") if language == "vi" else value.isoformat()
    if isinstance(value, float):
        if value != value:
            return ""
        return format_number(value, language, 2 if abs(value) < 1e6 else 0)
    if isinstance(value, int):
        return format_number(value, language, 0)
    return str(value)


def make_table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill(table: QTableWidget, rows: list[list]) -> None:
    table.setUpdatesEnabled(False)
    try:
        _fill(table, rows)
    finally:
        table.setUpdatesEnabled(True)


def _fill(table: QTableWidget, rows: list[list]) -> None:
    table.setSortingEnabled(False)
    table.clearContents()
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if isinstance(value, QWidget):
                table.setCellWidget(r, c, value)
                continue
            item = QTableWidgetItem(fmt(value))
            item.setData(Qt.UserRole, value)
            if isinstance(value, int | float) and not isinstance(value, bool):
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            table.setItem(r, c, item)


def _page(*widgets) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(4, 4, 4, 4)
    for widget in widgets:
        layout.addWidget(widget) if not isinstance(widget, QHBoxLayout) else layout.addLayout(widget)
    return page


def _note(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


INDICATOR_LABELS = (
    ("area_ha", QT_TRANSLATE_NOOP("ZoneInspector", "Area (ha)")),
    ("lots_total", QT_TRANSLATE_NOOP("ZoneInspector", "Lots")),
    ("leasable_ha", QT_TRANSLATE_NOOP("ZoneInspector", "Leasable land (ha)")),
    ("leased_ha", QT_TRANSLATE_NOOP("ZoneInspector", "Leased land (ha)")),
    ("occupancy_pct", QT_TRANSLATE_NOOP("ZoneInspector", "Occupancy (%)")),
    ("available_ha", QT_TRANSLATE_NOOP("ZoneInspector", "Available land (ha)")),
    ("footprint_m2", QT_TRANSLATE_NOOP("ZoneInspector", "Building footprint (m²)")),
    ("gfa_m2", QT_TRANSLATE_NOOP("ZoneInspector", "Gross floor area (m²)")),
    ("gross_density_pct", QT_TRANSLATE_NOOP("ZoneInspector", "Gross building density (%)")),
    ("net_density_pct", QT_TRANSLATE_NOOP("ZoneInspector", "Net building density (%)")),
    ("far", QT_TRANSLATE_NOOP("ZoneInspector", "Floor area ratio")),
    ("green_pct", QT_TRANSLATE_NOOP("ZoneInspector", "Green land (%)")),
    ("transport_pct", QT_TRANSLATE_NOOP("ZoneInspector", "Transport land (%)")),
    ("technical_pct", QT_TRANSLATE_NOOP("ZoneInspector", "Technical infrastructure land (%)")),
    ("high_tech_pct", QT_TRANSLATE_NOOP("ZoneInspector", "High-tech share (%)")),
    ("jobs", QT_TRANSLATE_NOOP("ZoneInspector", "Jobs")),
    ("registered_capital_usd", QT_TRANSLATE_NOOP("ZoneInspector", "Registered capital (USD)")),
)
INDICATOR_LIMITS = {"gross_density_pct": "gross_density", "net_density_pct": "net_density", "far": "far",
                    "green_pct": "green", "transport_pct": "transport", "technical_pct": "technical",
                    "high_tech_pct": "high_tech"}
LIMIT_KEYS = {"gross_density": "gross_density_limit_pct", "net_density": "net_density_limit_pct", "far": "far_limit",
              "green": "green_min_pct", "transport": "transport_min_pct", "technical": "technical_min_pct",
              "high_tech": "high_tech_min_pct"}
LOT_MEASURES = (
    ("area_ha", QT_TRANSLATE_NOOP("ZoneInspector", "Area (ha)")),
    ("buildings", QT_TRANSLATE_NOOP("ZoneInspector", "Buildings")),
    ("footprint_m2", QT_TRANSLATE_NOOP("ZoneInspector", "Building footprint (m²)")),
    ("gfa_m2", QT_TRANSLATE_NOOP("ZoneInspector", "Gross floor area (m²)")),
    ("coverage_pct", QT_TRANSLATE_NOOP("ZoneInspector", "Building coverage (%)")),
    ("far", QT_TRANSLATE_NOOP("ZoneInspector", "Floor area ratio")),
    ("max_height_m", QT_TRANSLATE_NOOP("ZoneInspector", "Tallest building (m)")),
    ("max_floors", QT_TRANSLATE_NOOP("ZoneInspector", "Most floors")),
    ("green_pct", QT_TRANSLATE_NOOP("ZoneInspector", "Green area (%)")),
)
ATTRIBUTE_LABELS = {
    "code": QT_TRANSLATE_NOOP("ZoneInspector", "Code"),
    "name_vi": QT_TRANSLATE_NOOP("ZoneInspector", "Name (Vietnamese)"),
    "name_en": QT_TRANSLATE_NOOP("ZoneInspector", "Name (English)"),
    "name": QT_TRANSLATE_NOOP("ZoneInspector", "Name"),
    "kind": QT_TRANSLATE_NOOP("ZoneInspector", "Kind"),
    "district": QT_TRANSLATE_NOOP("ZoneInspector", "District"),
    "established": QT_TRANSLATE_NOOP("ZoneInspector", "Established"),
    "operator": QT_TRANSLATE_NOOP("ZoneInspector", "Operator"),
    "published_area_ha": QT_TRANSLATE_NOOP("ZoneInspector", "Published area (ha)"),
    "area_code": QT_TRANSLATE_NOOP("ZoneInspector", "Functional area"),
    "zone_code": QT_TRANSLATE_NOOP("ZoneInspector", "Planning zone"),
    "land_use": QT_TRANSLATE_NOOP("ZoneInspector", "Land use"),
    "plan_level": QT_TRANSLATE_NOOP("ZoneInspector", "Plan level"),
    "max_coverage_pct": QT_TRANSLATE_NOOP("ZoneInspector", "Maximum building coverage (%)"),
    "max_far": QT_TRANSLATE_NOOP("ZoneInspector", "Maximum floor area ratio"),
    "max_height_m": QT_TRANSLATE_NOOP("ZoneInspector", "Maximum height (m)"),
    "max_floors": QT_TRANSLATE_NOOP("ZoneInspector", "Maximum floors"),
    "min_green_pct": QT_TRANSLATE_NOOP("ZoneInspector", "Minimum green (%)"),
    "min_setback_m": QT_TRANSLATE_NOOP("ZoneInspector", "Minimum setback (m)"),
    "allowed_uses": QT_TRANSLATE_NOOP("ZoneInspector", "Allowed uses"),
    "plan_decision": QT_TRANSLATE_NOOP("ZoneInspector", "Plan decision"),
    "status": QT_TRANSLATE_NOOP("ZoneInspector", "Status"),
    "tenant": QT_TRANSLATE_NOOP("ZoneInspector", "Tenant"),
    "investor": QT_TRANSLATE_NOOP("ZoneInspector", "Investor"),
    "sector": QT_TRANSLATE_NOOP("ZoneInspector", "Sector"),
    "lease_start": QT_TRANSLATE_NOOP("ZoneInspector", "Lease start"),
    "lease_end": QT_TRANSLATE_NOOP("ZoneInspector", "Lease end"),
    "registered_capital_usd": QT_TRANSLATE_NOOP("ZoneInspector", "Registered capital (USD)"),
    "employees": QT_TRANSLATE_NOOP("ZoneInspector", "Employees"),
    "is_public": QT_TRANSLATE_NOOP("ZoneInspector", "Public lot"),
    "area_m2": QT_TRANSLATE_NOOP("ZoneInspector", "Recorded area (m²)"),
    "green_area_m2": QT_TRANSLATE_NOOP("ZoneInspector", "Green area (m²)"),
}
FLAG_TEXT = {
    "ok": QT_TRANSLATE_NOOP("ZoneInspector", "within limit"),
    "above_max": QT_TRANSLATE_NOOP("ZoneInspector", "above maximum"),
    "below_min": QT_TRANSLATE_NOOP("ZoneInspector", "below minimum"),
    "n/a": "",
}
VERDICT_TEXT = {
    "pass": QT_TRANSLATE_NOOP("ZoneInspector", "pass"),
    "fail": QT_TRANSLATE_NOOP("ZoneInspector", "fail"),
    "insufficient_data": QT_TRANSLATE_NOOP("ZoneInspector", "insufficient data"),
}
RULE_TEXT = {
    "coverage": QT_TRANSLATE_NOOP("ZoneInspector", "Building coverage"),
    "far": QT_TRANSLATE_NOOP("ZoneInspector", "Floor area ratio"),
    "height": QT_TRANSLATE_NOOP("ZoneInspector", "Building height"),
    "floors": QT_TRANSLATE_NOOP("ZoneInspector", "Floors"),
    "green": QT_TRANSLATE_NOOP("ZoneInspector", "Green share"),
    "setback": QT_TRANSLATE_NOOP("ZoneInspector", "Setback"),
    "land_use": QT_TRANSLATE_NOOP("ZoneInspector", "Land use"),
}
LOT_STATUS_TEXT = {
    "available": QT_TRANSLATE_NOOP("ZoneInspector", "available"),
    "reserved": QT_TRANSLATE_NOOP("ZoneInspector", "reserved"),
    "leased": QT_TRANSLATE_NOOP("ZoneInspector", "leased"),
    "under_construction": QT_TRANSLATE_NOOP("ZoneInspector", "under construction"),
    "operating": QT_TRANSLATE_NOOP("ZoneInspector", "operating"),
}
STATE_TEXT = {
    "ok": QT_TRANSLATE_NOOP("ZoneInspector", "within limit"),
    "above": QT_TRANSLATE_NOOP("ZoneInspector", "above limit"),
    "below": QT_TRANSLATE_NOOP("ZoneInspector", "below minimum"),
    "no_limit": QT_TRANSLATE_NOOP("ZoneInspector", "no limit known"),
    "no_value": QT_TRANSLATE_NOOP("ZoneInspector", "no reading"),
}


class InspectorTabs:
    """Builds the tab pages and fills them; the dock owns the QTabWidget."""

    def __init__(self):
        self.overview = make_table("overviewTable", [tr("Attribute"), tr("Value")])
        self.limits = make_table("limitsTable", [tr("Rule"), tr("Limit"), tr("Value"), tr("Clause")])
        self.compliance = _note("complianceNote")
        self.verdicts = make_table("verdictsTable", [tr("Rule"), tr("Verdict"), tr("Value"), tr("Limit"),
                                                     tr("Clause")])
        self.indicators = make_table("indicatorsTable", [tr("Indicator"), tr("Value"), tr("Limit"), tr("Status"),
                                                         tr("Clause")])
        self.indicator_notes = _note("indicatorNotes")
        self.lot_summary = _note("lotSummary")
        self.lots = make_table("lotsTable", [tr("Lot"), tr("Status"), tr("Land use"), tr("Tenant"), tr("Investor"),
                                             tr("Sector"), tr("Area (m²)"), tr("Lease start"), tr("Lease end"),
                                             tr("Employees"), tr("Capital (USD)")])
        self.buildings = make_table("buildingsTable", [tr("Building"), tr("Lot"), tr("Name"), tr("Use"),
                                                       tr("Height (m)"), tr("Floors"), tr("GFA (m²)"), tr("Source")])
        self.projects = make_table("projectsTable", [tr("Project"), tr("Lot"), tr("Name"), tr("Phase"), tr("Status"),
                                                     tr("Progress"), tr("Planned"), tr("Actual"), tr("Permit")])
        self.sensors = make_table("sensorsTable", [tr("Sensor"), tr("Measures"), tr("Latest"), tr("Unit"),
                                                   tr("Time"), tr("Limit"), tr("Status"), tr("Clause")])
        self.sensor_choice = QComboBox()
        self.sensor_choice.setObjectName("sensorChoice")
        self.period_choice = QComboBox()
        self.period_choice.setObjectName("periodChoice")
        self.period_choice.addItem(tr("Last 7 days (hourly)"), 7)
        self.period_choice.addItem(tr("Last 30 days (daily)"), 30)
        self.period_choice.setCurrentIndex(1)
        self.chart = SensorChart()
        self.chart.setMinimumHeight(220)
        self.alerts = make_table("alertsTable", [tr("Rule"), tr("Sensor"), tr("Zone"), tr("From"), tr("To"),
                                                 tr("Value"), tr("Limit"), tr("Status")])
        chooser = QHBoxLayout()
        chooser.addWidget(self.sensor_choice, 2)
        chooser.addWidget(self.period_choice, 1)
        self.pages = [
            (_page(self.overview, QLabel(tr("Rules that apply")), self.limits, self.compliance, self.verdicts),
             tr("Overview")),
            (_page(self.indicators, self.indicator_notes), tr("Indicators")),
            (_page(self.lot_summary, self.lots), tr("Land && tenants")),
            (_page(self.buildings), tr("Buildings")),
            (_page(self.projects), tr("Projects")),
            (_page(self.sensors, chooser, self.chart), tr("Environment")),
            (_page(self.alerts), tr("Alerts")),
        ]
        self._sensors: dict[int, dict] = {}

    # -- filling ---------------------------------------------------------------------------------------------
    def show(self, details) -> None:
        self._overview(details)
        self._indicators(details)
        status = ", ".join("{} {}".format(n, _lot_status(s)) for s, n in sorted(details.lot_status.items(),
                                                                                 key=lambda kv: str(kv[0])))
        self.lot_summary.setText(tr("{} lots: {}").format(len(details.lots), status) if details.lots
                                 else tr("No lots."))
        fill(self.lots, [[r["code"], _lot_status(r["status"]), r["land_use"], r["tenant"], r["investor"], r["sector"],
                          r["area_m2"], r["lease_start"], r["lease_end"], r["employees"], r["registered_capital_usd"]]
                         for r in details.lots])
        fill(self.buildings, [[b["code"], b["parcel_code"], b["name"], b["use"], b["height_m"], b["floors"],
                               b["gfa_m2"], b["source"]] for b in details.buildings])
        fill(self.projects, [[p["code"], p["parcel_code"], p["name"], p["phase"], p["status"], _progress(p),
                              _span(p["planned_start"], p["planned_end"]), _span(p["actual_start"], p["actual_end"]),
                              p["permit_no"]] for p in details.projects])
        self._sensors = {s["fid"]: s for s in details.sensors}
        fill(self.sensors, [[s["code"], s["observed_property"], s["value"], s["unit"], s["time"],
                             _limit_text(s), tr_marked(STATE_TEXT.get(s["state"], s["state"])), s["limit_clause"]]
                            for s in details.sensors])
        self.sensor_choice.blockSignals(True)
        self.sensor_choice.clear()
        for s in details.sensors:
            self.sensor_choice.addItem("{} — {}".format(s["code"], s["observed_property"] or s["kind"]), s["fid"])
        if details.series.sensor_id is not None:
            self.sensor_choice.setCurrentIndex(max(0, self.sensor_choice.findData(details.series.sensor_id)))
        self.sensor_choice.blockSignals(False)
        self.show_series(details.series)
        code = {s["fid"]: s["code"] for s in details.sensors}
        fill(self.alerts, [[a["rule"], code.get(a["sensor_id"], a["sensor_id"]), a["zone_code"], a["window_start"],
                            a["window_end"], a["value"], a["limit_value"], a["status"]] for a in details.alerts])

    def show_series(self, series) -> None:
        sensor = self._sensors.get(series.sensor_id)
        if sensor is None:
            self.chart.show_message(tr("No sensor in or near it."))
            return
        title = "{} · {}".format(sensor["code"], sensor["observed_property"] or "")
        self.chart.show_series(series, title, sensor["unit"], sensor.get("limit"),
                               tr("No readings in the last {} days.").format(series.days))

    def clear(self, message: str = "") -> None:
        for table in (self.overview, self.limits, self.verdicts, self.indicators, self.lots, self.buildings,
                      self.projects, self.sensors, self.alerts):
            table.setRowCount(0)
        for label in (self.compliance, self.indicator_notes, self.lot_summary):
            label.clear()
        self.sensor_choice.clear()
        self.chart.show_message(message)

    def _overview(self, details) -> None:
        layer_title = {"functional_areas": tr("Functional area"), "planning_zones": tr("Planning zone"),
                       "parcels": tr("Land lot")}[details.target.layer]
        rows = [[tr("Kind of feature"), layer_title]]
        rows += [[tr_marked(ATTRIBUTE_LABELS.get(key, key)), value] for key, value in details.attributes.items()
                 if value is not None]
        rows.append([tr("Area (ha, EPSG:5899)"), details.area_ha])
        if details.lots:
            rows.append([tr("Lots"), len(details.lots)])
        rows.append([tr("Sensors in or near it"), len(details.sensors)])
        rows.append([tr("Open alerts"), sum(a["status"] == "open" for a in details.alerts)])
        fill(self.overview, rows)
        fill(self.limits, [[tr_marked(RULE_TEXT.get(lim["rule"], lim["rule"])),
                            tr_marked(ATTRIBUTE_LABELS.get(lim["limit"], lim["limit"])), lim["value"], _clause(lim)]
                           for lim in details.limits])
        verdicts = getattr(details, "verdicts", None)
        fill(self.verdicts, [[r["rule_id"], tr_marked(VERDICT_TEXT.get(r["status"], r["status"])), r["value"],
                              r["limit"], r["clause"]] for r in (verdicts or {}).get("rows", [])])
        self.verdicts.setVisible(bool(verdicts and verdicts.get("rows")))
        if verdicts and "rows" in verdicts:
            self.compliance.setText(tr("Latest compliance check of this lot: {} (run {}).").format(
                fmt(verdicts["checked_at"]), verdicts["run_id"]))
        elif verdicts:
            self.compliance.setText(tr("Latest compliance verdicts of {} lots (newest check {}): {} pass, {} fail, "
                                       "{} insufficient data.").format(
                verdicts["lots"], fmt(verdicts["checked_at"]), verdicts["pass"], verdicts["fail"],
                verdicts["insufficient_data"]))
        elif details.limits or details.target.layer != "functional_areas":
            self.compliance.setText(tr("Compliance verdicts are not kept in the twin store: run 'Check planning "
                                       "compliance' for the verdict of each lot with its clauses. Shown: the plan's "
                                       "limits that apply."))
        else:
            self.compliance.setText(tr("A functional area's lots follow the limits of their planning zones; run "
                                       "'Check planning compliance' for the verdicts."))

    def _indicators(self, details) -> None:
        row = details.indicators or {}
        rows = []
        if row.get("level") == "parcel":
            for key, label in LOT_MEASURES:
                rows.append([tr_marked(label), row.get(key), row.get(key + "_limit"),
                             tr_marked(FLAG_TEXT.get(row.get(key + "_flag"), "")) if row.get(key + "_flag") else "",
                             tr("plan of the lot's zone") if row.get(key + "_limit") is not None else ""])
        else:
            for key, label in INDICATOR_LABELS:
                if key not in row:
                    continue
                name = INDICATOR_LIMITS.get(key)
                flag = row.get(name + "_flag") if name else None
                rows.append([tr_marked(label), row.get(key), row.get(LIMIT_KEYS[name]) if name else None,
                             tr_marked(FLAG_TEXT.get(flag, "")) if flag else "",
                             row.get(name + "_clause") if name else ""])
            for status in ("available", "reserved", "leased", "under_construction", "operating"):
                if "lots_" + status in row:
                    rows.append([tr("Lots {}").format(_lot_status(status)), row["lots_" + status], None, "", ""])
        fill(self.indicators, rows)
        self.indicator_notes.setText("\n".join(details.indicator_notes))


def _clause(limit) -> str:
    """Where a plan limit comes from, in the plugin's language ("plan of zone HK-CN1 (QĐ …)")."""
    if "zone_code" not in limit:
        return limit.get("clause") or ""
    text = tr("plan of zone {}").format(limit["zone_code"])
    return "{} ({})".format(text, limit["plan_decision"]) if limit.get("plan_decision") else text


def _lot_status(status) -> str:
    """A lot's status in the plugin's language (the store keeps the English key)."""
    text = LOT_STATUS_TEXT.get(status or "")
    return tr(text) if text else ("" if status is None else str(status))


def _progress(project) -> QProgressBar | None:
    if project.get("progress_pct") is None:
        return None
    bar = QProgressBar()
    bar.setRange(0, 100)
    bar.setValue(int(round(project["progress_pct"])))
    bar.setFormat("%p %")
    return bar


def _span(start, end) -> str:
    if start is None and end is None:
        return ""
    return "{} → {}".format(fmt(start) or "…", fmt(end) or "…")


def _limit_text(sensor) -> str:
    parts = []
    if sensor.get("limit_min") is not None:
        parts.append("≥ {}".format(fmt(sensor["limit_min"])))
    if sensor.get("limit") is not None:
        parts.append("≤ {}".format(fmt(sensor["limit"])))
    if parts and sensor.get("limit_averaging"):
        parts.append("({})".format(sensor["limit_averaging"]))
    return " ".join(parts)
