"""The scenario report: a self-contained HTML page (charts as embedded PNG) and the comparison as CSV.

The page says first, in sentences, what each scenario strains — the network elements over capacity
(new, or already over live), the planning rules the changed lots fail, the buffer conflicts that appear
or disappear, and the change in floor area and jobs — then shows two charts (the utilisation of the
serving elements by scenario against the 100 % line; the indicators of the functional areas and the
changed zones by scenario) and the tables behind them.

matplotlib's object API with the Agg canvas only (no ``pyplot``), as ``core.report.chart``: it runs in
QGIS desktop, under ``qgis_process`` and in a Processing thread alike.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import html
import io
import math
from collections.abc import Mapping, Sequence
from pathlib import Path

from .compare import INDICATORS, Comparison, Row
from .simulate import Simulation

COLOURS = ("#607D8B", "#1565C0", "#EF6C00", "#2E7D32", "#6A1B9A", "#00838F", "#AD1457", "#4E342E")
MAX_ELEMENTS_CHARTED = 24
MAX_ZONES_CHARTED = 10
CHARTED_INDICATORS = ("gfa_m2", "net_density_pct", "jobs", "occupancy_pct")
SERVICE_WORDS = {"water": "water supply", "wastewater": "wastewater treatment", "power": "power supply",
                 "trips": "road traffic"}
CSV_COLUMNS = ("section", "level", "code", "name", "measure", "unit")


# --------------------------------------------------------------------------- formatting


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def fmt(value, unit: str = "") -> str:
    """A number for a reader: thousands separators, decimals by size; "—" when unknown."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "—"
    if isinstance(value, str):
        return value
    v = float(value)
    decimals = 0 if abs(v) >= 100 or v == int(v) else (1 if abs(v) >= 10 else 2)
    text = "{:,.{}f}".format(v, decimals)
    return "{} {}".format(text, unit).strip() if unit and unit not in ("lots", "people") else text


def fmt_diff(value, unit: str = "") -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if value == 0:
        return "0"
    return ("+" if value > 0 else "−") + fmt(abs(value), unit)


def _label(measure: str) -> str:
    return next((text for col, text, _ in INDICATORS if col == measure), measure.replace("_", " "))


# --------------------------------------------------------------------------- what each scenario strains


def element_sentence(row_util: Row, comparison: Comparison, name: str) -> str:
    """"DN-HTP-N-SUB (Trạm biến áp 110/22 kV KCNC (substation); power supply): 251,069 kW demanded against a
    capacity of 107,100 kW — 234 % used, 143,969 kW over capacity (live: 230 %)."."""
    service, code = row_util.level, row_util.code
    demand = comparison.get("element", service, code, "demand")
    capacity = comparison.get("element", service, code, "capacity")
    unit = demand.unit if demand else ""
    d, c = demand.values.get(name) if demand else None, capacity.values.get(name) if capacity else None
    live_u = row_util.values.get(comparison.names[0])
    over = d - c if d is not None and c is not None else None
    what = "; ".join(x for x in (row_util.name, SERVICE_WORDS.get(service, service)) if x)
    text = "{} ({}): {} demanded against a capacity of {} — {} % used, {} over capacity".format(
        code, what, fmt(d, unit), fmt(c, unit), fmt(row_util.values.get(name)), fmt(over, unit))
    if name == comparison.names[0]:
        return text + "."
    return text + " (live: {}).".format("{} %".format(fmt(live_u)) if live_u is not None else "not served")


def strains(comparison: Comparison, simulations: Sequence[Simulation]) -> dict[str, dict[str, list[str]]]:
    """Per scenario, sentences: ``over_new``, ``over_still`` (over live too, and the scenario changes their
    demand; live: every element over), ``over_same`` (over live, demand unchanged: one count), ``relieved``
    (elements no longer over), ``rules`` failed by changed lots, ``buffers_new``, ``buffers_gone``, ``totals``."""
    live = comparison.names[0]
    by_name = {s.name: s for s in simulations}
    out: dict[str, dict[str, list[str]]] = {}
    over_rows = comparison.section("element", "over")
    util = {(r.level, r.code): r for r in comparison.section("element", "utilisation_pct")}
    demand = {(r.level, r.code): r for r in comparison.section("element", "demand")}
    for name in comparison.names:
        text: dict[str, list[str]] = {k: [] for k in ("over_new", "over_still", "over_same", "relieved", "rules",
                                                      "buffers_new", "buffers_gone", "totals")}
        for r in over_rows:
            now, before = r.values.get(name), r.values.get(live)
            u = util[(r.level, r.code)]
            if now == 1 and name != live and before == 1 and not demand[(r.level, r.code)].diff.get(name):
                text["over_same"].append(r.code)
            elif now == 1:
                key = "over_new" if name != live and before != 1 else "over_still"
                text[key].append(element_sentence(u, comparison, name))
            elif before == 1 and now == 0:
                text["relieved"].append("{} ({}; {}): {} % used (live: {} %).".format(
                    r.code, r.name, SERVICE_WORDS.get(r.level, r.level), fmt(u.values.get(name)),
                    fmt(u.values.get(live))))
        sim = by_name.get(name)
        if sim is not None:
            for v in sim.violations:
                text["rules"].append("Lot {}: {}".format(v["code"], v["explanation"]))
        if name != live:
            for r in comparison.section("buffer", "present"):
                if r.values.get(name) == 1 and r.values.get(live) != 1:
                    text["buffers_new"].append("{}: {} — {}.".format(r.level, r.code, r.name))
                elif r.values.get(name) != 1 and r.values.get(live) == 1:
                    text["buffers_gone"].append("{}: {} — {}.".format(r.level, r.code, r.name))
            for measure in ("gfa_m2", "jobs"):
                total = sum((r.diff.get(name) or 0.0) for r in comparison.section("indicator", measure)
                            if r.level == "functional_area")
                if total:
                    text["totals"].append("{} {} in the functional areas.".format(
                        fmt_diff(total, "m²" if measure == "gfa_m2" else ""), _label(measure)))
        out[name] = text
    return out


# --------------------------------------------------------------------------- charts


def _png(figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def charted_elements(comparison: Comparison) -> list[Row]:
    """The utilisation rows worth a bar: changed or over in some simulation first, then the busiest."""
    rows = [r for r in comparison.section("element", "utilisation_pct") if r.code]
    over = {(r.level, r.code) for r in comparison.section("element", "over") if any(v == 1 for v in
                                                                                      r.values.values())}
    demand_changed = {(r.level, r.code) for r in comparison.section("element", "demand") if r.changed()}

    def rank(r: Row):
        key = (r.level, r.code)
        busiest = max((v for v in r.values.values() if v is not None), default=-1.0)
        return (key not in demand_changed, key not in over, -busiest)

    return sorted(rows, key=rank)[:MAX_ELEMENTS_CHARTED]


def utilisation_chart(comparison: Comparison) -> str:
    """Base64 PNG: per element, one bar per simulation (utilisation %), the 100 % line in red."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    rows = charted_elements(comparison)
    names = comparison.names
    figure = Figure(figsize=(8.5, max(2.5, 0.22 * len(rows) * len(names) + 1.2)))
    FigureCanvasAgg(figure)
    ax = figure.add_subplot(1, 1, 1)
    if not rows:
        ax.text(0.5, 0.5, "No network element with a capacity serves the lots.", ha="center", va="center")
        ax.set_axis_off()
        return _png(figure)
    height = 0.8 / len(names)
    for k, name in enumerate(names):
        values = [r.values.get(name) or 0.0 for r in rows]
        ys = [i + (k - (len(names) - 1) / 2) * height for i in range(len(rows))]
        ax.barh(ys, values, height=height, color=COLOURS[k % len(COLOURS)], label=name)
    ax.axvline(100.0, color="#C62828", linewidth=1.5, linestyle="--", label="capacity (100 %)")
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(["{} ({})".format(r.code, r.level) for r in rows], fontsize=7)
    ax.invert_yaxis()
    ax.set_xlabel("utilisation of capacity (%)", fontsize=8)
    ax.tick_params(axis="x", labelsize=7, labeltop=True)  # a long chart reads from the top: scale and legend
    ax.grid(True, axis="x", color="#DDDDDD", linewidth=0.5)
    ax.legend(fontsize=7, loc="lower left", bbox_to_anchor=(0.0, 1.06), ncol=len(names) + 1, frameon=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return _png(figure)


def charted_subjects(comparison: Comparison) -> list[tuple[str, str]]:
    """Functional areas, then the zones whose indicators change (at most :data:`MAX_ZONES_CHARTED`)."""
    rows = comparison.section("indicator")
    areas = list(dict.fromkeys((r.level, r.code) for r in rows if r.level == "functional_area"))
    zones = list(dict.fromkeys((r.level, r.code) for r in rows if r.level == "planning_zone" and r.changed()))
    return areas + zones[:MAX_ZONES_CHARTED]


def indicator_chart(comparison: Comparison, subjects: Sequence[tuple[str, str]]) -> str:
    """Base64 PNG: one panel per charted indicator, grouped bars per area / zone and simulation."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    names = comparison.names
    plain = FuncFormatter(lambda v, _pos: "{:,.0f}".format(v) if abs(v) >= 100 else "{:g}".format(v))
    figure = Figure(figsize=(9.5, 2.6 * len(CHARTED_INDICATORS)))
    FigureCanvasAgg(figure)
    axes = figure.subplots(len(CHARTED_INDICATORS), 1, squeeze=False)[:, 0]
    width = 0.8 / len(names)
    for ax, measure in zip(axes, CHARTED_INDICATORS):
        unit = next(u for c, _, u in INDICATORS if c == measure)
        for k, name in enumerate(names):
            values = []
            for level, code in subjects:
                row = comparison.get("indicator", level, code, measure)
                values.append((row.values.get(name) if row else None) or 0.0)
            xs = [i + (k - (len(names) - 1) / 2) * width for i in range(len(subjects))]
            ax.bar(xs, values, width=width, color=COLOURS[k % len(COLOURS)], label=name)
        ax.set_title("{} ({})".format(_label(measure), unit) if unit else _label(measure), fontsize=8, loc="left")
        ax.set_xticks(range(len(subjects)))
        ax.set_xticklabels([code for _, code in subjects], fontsize=6, rotation=30, ha="right")
        ax.tick_params(axis="y", labelsize=7)
        ax.yaxis.set_major_formatter(plain)
        ax.grid(True, axis="y", color="#DDDDDD", linewidth=0.5)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    axes[0].legend(fontsize=7, loc="upper right")
    figure.tight_layout()
    return _png(figure)


# --------------------------------------------------------------------------- HTML


def _table(headers: Sequence[str], rows: Sequence[Sequence], numeric_from: int = 0) -> str:
    head = "".join("<th>{}</th>".format(_e(h)) for h in headers)
    body = "".join("<tr>{}</tr>".format("".join(
        '<td class="n">{}</td>'.format(_e(c)) if i >= numeric_from > 0 else "<td>{}</td>".format(_e(c))
        for i, c in enumerate(row))) for row in rows)
    return "<table><thead><tr>{}</tr></thead><tbody>{}</tbody></table>".format(head, body)


def _side_by_side(rows: Sequence[Row], names: Sequence[str], lead: Sequence[str], lead_of) -> str:
    headers = list(lead) + [names[0]] + [h for n in names[1:] for h in (n, "{} − {}".format(n, names[0]))]
    body = []
    for r in rows:
        cells = list(lead_of(r)) + [fmt(r.values.get(names[0]), r.unit)]
        for n in names[1:]:
            cells += [fmt(r.values.get(n), r.unit), fmt_diff(r.diff.get(n), r.unit)]
        body.append(cells)
    return _table(headers, body, numeric_from=len(lead))


def _list(items: Sequence[str], empty: str) -> str:
    if not items:
        return "<p class='none'>{}</p>".format(_e(empty))
    return "<ul>{}</ul>".format("".join("<li>{}</li>".format(_e(i)) for i in items))


STYLE = """
body{font-family:sans-serif;font-size:13px;margin:24px;color:#222}h1{font-size:20px}h2{font-size:16px;
margin-top:28px;border-bottom:1px solid #ccc}h3{font-size:14px}table{border-collapse:collapse;margin:8px 0}
td,th{border:1px solid #ccc;padding:3px 6px;font-size:12px}th{background:#f0f0f0}td.n{text-align:right}
.none{color:#666}.over{color:#C62828;font-weight:bold}img{max-width:100%}
"""


def render_html(comparison: Comparison, simulations: Sequence[Simulation], context: Mapping[str, str]) -> str:
    """The report page. ``context``: what was compared (store, demand pack, rule packs, scenarios' names)."""
    names = comparison.names
    live = names[0]
    said = strains(comparison, simulations)
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>Development scenarios</title>",
             "<style>{}</style></head><body>".format(STYLE),
             "<h1>Development scenarios: {}</h1>".format(_e(", ".join(names))),
             "<p>Generated {}. Every difference is the scenario minus the live twin.</p>".format(
                 _e(dt.datetime.now().astimezone().isoformat(timespec="seconds")))]
    if context:
        parts.append(_table(("input", "value"), [(k, v) for k, v in context.items()]))

    parts.append("<h2>What each scenario strains</h2>")
    for name in names:
        text = said[name]
        parts.append("<h3>{}</h3>".format(_e(name if name != live else "Live twin")))
        if name == live:
            parts.append("<p>Network elements already over capacity:</p>")
            parts.append(_list(text["over_still"], "None: every element with a known capacity carries its demand."))
            if text["rules"]:
                parts.append("<p>Rules the checked lots fail today:</p>" + _list(text["rules"], ""))
            continue
        parts.append("<p class='over'>Network elements this scenario puts over capacity:</p>")
        parts.append(_list(text["over_new"], "None."))
        parts.append("<p>Elements over capacity already in the live twin, still over, whose demand this scenario "
                     "changes:</p>")
        parts.append(_list(text["over_still"], "None."))
        if text["over_same"]:
            parts.append("<p>{} other element(s) over capacity in the live twin stay over, their demand unchanged by "
                         "this scenario (see the live twin above).</p>".format(len(text["over_same"])))
        if text["relieved"]:
            parts.append("<p>Elements no longer over capacity:</p>" + _list(text["relieved"], ""))
        parts.append("<p>Planning rules the changed lots fail:</p>")
        parts.append(_list(text["rules"], "None: every changed lot that exists passes or lacks data (see below)."))
        parts.append("<p>Buffer conflicts that appear:</p>" + _list(text["buffers_new"], "None."))
        parts.append("<p>Buffer conflicts that disappear:</p>" + _list(text["buffers_gone"], "None."))
        if text["totals"]:
            parts.append("<p>In total:</p>" + _list(text["totals"], ""))

    parts.append("<h2>Utilisation of the serving elements</h2>")
    parts.append("<p>Demand of the lots each element serves against its capacity (supply factors included); "
                 "beyond the red line the element is over capacity. Shown: the elements whose demand changes, "
                 "then those over capacity, then the busiest.</p>")
    parts.append("<img alt='utilisation by element' src='data:image/png;base64,{}'>".format(
        utilisation_chart(comparison)))
    shown = [r for r in comparison.section("element", "utilisation_pct")
             if r.code and (r.changed() or any(v is not None and v > 100 for v in r.values.values()))]
    parts.append(_side_by_side(shown, names, ("service", "element", "what"), lambda r: (r.level, r.code, r.name))
                 if shown else "<p class='none'>No element changes or is over capacity.</p>")
    demand_rows = [r for r in comparison.section("element", "demand") if r.code and r.changed()]
    if demand_rows:
        parts.append("<h3>Demand at the elements whose demand changes</h3>")
        parts.append(_side_by_side(demand_rows, names, ("service", "element"), lambda r: (r.level, r.code)))

    parts.append("<h2>Indicators by functional area and planning zone</h2>")
    subjects = charted_subjects(comparison)
    parts.append("<img alt='indicators' src='data:image/png;base64,{}'>".format(indicator_chart(comparison,
                                                                                             subjects)))
    area_rows = [r for r in comparison.section("indicator") if r.level == "functional_area"]
    parts.append("<h3>Functional areas</h3>")
    parts.append(_side_by_side(area_rows, names, ("area", "indicator"), lambda r: (r.code, _label(r.measure))))
    zone_rows = [r for r in comparison.section("indicator") if r.level == "planning_zone" and r.changed()]
    parts.append("<h3>Planning zones that change</h3>")
    parts.append(_side_by_side(zone_rows, names, ("zone", "indicator"), lambda r: (r.code, _label(r.measure)))
                 if zone_rows else "<p class='none'>No planning zone's indicators change.</p>")

    parts.append("<h2>Compliance of the changed lots</h2>")
    parts.append(_side_by_side(comparison.section("compliance"), names, ("verdict",), lambda r: (r.measure,)))
    lot_rows = comparison.section("lot", "status")
    if lot_rows:
        failed = {r.code: r for r in comparison.section("lot", "failed_rules")}
        body = [[r.code] + [x for n in names for x in (r.values.get(n), failed[r.code].values.get(n))]
                for r in lot_rows]
        parts.append(_table(["lot"] + [h for n in names for h in ("{}: verdict".format(n),
                                                                  "{}: failed rules".format(n))], body))
    else:
        parts.append("<p class='none'>No lot is changed by the scenarios.</p>")

    parts.append("<h2>Environmental buffers</h2>")
    changed = [r for r in comparison.section("buffer", "present") if r.changed()]
    parts.append(_side_by_side(comparison.section("buffer", "conflicts"), names, ("",), lambda r: ("conflicts",)))
    parts.append(_side_by_side(changed, names, ("rule", "source → receptor"), lambda r: (r.level, r.code))
                 if changed else "<p class='none'>The same buffer conflicts in every scenario.</p>")

    notes = list(dict.fromkeys(n for s in simulations for n in s.notes))
    if notes:
        parts.append("<h2>Notes</h2>" + _list(notes, ""))
    parts.append("</body></html>")
    return "\n".join(parts)


def write_csv(path: str | Path, comparison: Comparison) -> Path:
    """Every row of the comparison: its keys, then each simulation's value and (scenarios) its difference
    from live. UTF-8 with a byte-order mark, comma-separated, so spreadsheets read it as UTF-8."""
    path = Path(path)
    names = comparison.names
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(list(CSV_COLUMNS) + [names[0]] + [h for n in names[1:] for h in (n, "{}_diff".format(n))])
        for r in comparison.rows:
            cells = [r.section, r.level, r.code, r.name, r.measure, r.unit, _csv(r.values.get(names[0]))]
            for n in names[1:]:
                cells += [_csv(r.values.get(n)), _csv(r.diff.get(n))]
            writer.writerow(cells)
    return path


def _csv(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return "{:.10g}".format(value)
    return str(value)


def write_report(html_path: str | Path, comparison: Comparison, simulations: Sequence[Simulation],
                 context: Mapping[str, str], csv_path: str | Path | None = None) -> tuple[Path, Path]:
    """The HTML page at ``html_path`` and the CSV at ``csv_path`` (default: next to it, ``.csv``)."""
    html_path = Path(html_path)
    html_path.write_text(render_html(comparison, simulations, context), encoding="utf-8")
    csv_path = Path(csv_path) if csv_path else html_path.with_suffix(".csv")
    return html_path, write_csv(csv_path, comparison)
