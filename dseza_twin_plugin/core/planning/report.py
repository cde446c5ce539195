"""The compliance report: one row per lot (the OUTPUT layer, the CSV) and a self-contained HTML page.

Pure Python: string templates and ``html.escape``; UTF-8 throughout (Vietnamese names,
clauses and decisions pass unchanged). The CSV is written with a byte-order mark so that
spreadsheet programs read it as UTF-8.

The HTML page holds, in this order: what was checked (date, inputs, lot count), the verdict
totals, a summary by functional area and by planning zone (lots checked, pass / fail /
insufficient data, the most frequent failing rules), the failing lots with their explanation,
the rule packs and versions used, and the order in which limits are resolved.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from .model import FAIL, INSUFFICIENT, PASS, LotContext, LotMeasures, LotVerdict

#: Columns of the per-lot output (the OUTPUT layer and the CSV): (name, type).
OUTPUT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("code", "str"), ("zone_code", "str"), ("area_code", "str"),
    ("lot_area_m2", "float"), ("footprint_m2", "float"), ("coverage_pct", "float"), ("gfa_m2", "float"),
    ("far", "float"), ("max_height_m", "float"), ("green_pct", "float"), ("min_setback_m", "float"),
    ("coverage_limit_pct", "float"), ("far_limit", "float"), ("height_limit_m", "float"),
    ("green_min_pct", "float"), ("setback_min_m", "float"),
    ("status", "str"), ("failed_rules", "str"), ("explanation", "str"),
)
#: Columns of the VIOLATIONS layer.
VIOLATION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("code", "str"), ("rule_id", "str"), ("measured", "str"), ("limit", "str"), ("clause", "str"),
    ("explanation", "str"),
)
#: Rule id → output column of its winning limit.
LIMIT_COLUMNS = {"coverage": "coverage_limit_pct", "far": "far_limit", "height": "height_limit_m",
                 "green": "green_min_pct", "setback": "setback_min_m"}
MAX_FAILING_LOTS = 500


def finite_number(value) -> float | None:
    """A value as a finite float, or None (None, not a number, nan, inf)."""
    if value is None:
        return None
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def lot_rows(measures: LotMeasures, verdicts: Sequence[LotVerdict], contexts: Sequence[LotContext]) -> list[dict]:
    """One dict per lot with the OUTPUT columns (None where a value is unknown or no limit applies)."""
    if not (len(measures) == len(verdicts) == len(contexts)):
        raise ValueError("measures, verdicts and contexts must describe the same lots ({}, {}, {})".format(
            len(measures), len(verdicts), len(contexts)))
    columns = {
        "lot_area_m2": measures.lot_area_m2, "footprint_m2": measures.footprint_m2,
        "coverage_pct": measures.coverage_pct, "gfa_m2": measures.gfa_m2, "far": measures.far,
        "max_height_m": measures.max_height_m, "green_pct": measures.green_pct,
        "min_setback_m": measures.min_setback_m,
    }
    lists = {name: np.asarray(values, dtype=float).tolist() for name, values in columns.items()}
    rows = []
    for i, (verdict, context) in enumerate(zip(verdicts, contexts)):
        row = {"code": measures.code[i], "zone_code": context.zone_code, "area_code": context.area_code}
        for name in columns:
            row[name] = finite_number(lists[name][i])
        for rule_id, column in LIMIT_COLUMNS.items():
            limit = verdict.limits.get(rule_id)
            row[column] = finite_number(limit.value) if limit is not None else None
        row["status"] = verdict.status
        row["failed_rules"] = ", ".join(verdict.failed_rules)
        row["explanation"] = verdict.explanation
        rows.append(row)
    return rows


def violation_rows(verdicts: Sequence[LotVerdict]) -> list[dict]:
    """One dict per failing rule per lot (the VIOLATIONS columns; measured and limit as text)."""
    out = []
    for verdict in verdicts:
        for v in verdict.violations:
            out.append({"code": v.code, "rule_id": v.rule_id, "measured": _text(v.measured),
                        "limit": _text(v.limit), "clause": v.clause, "explanation": v.explanation})
    return out


def _text(value) -> str:
    if isinstance(value, float):
        return "{:.6g}".format(value)
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


SUMMARY_COLUMNS = ("level", "code", "lots", PASS, FAIL, INSUFFICIENT, "top_failing_rules")


def write_csv(path: str | Path, rows: Sequence[Mapping], violations: Sequence[Mapping]) -> Path:
    """The summary by functional area and by planning zone as CSV (UTF-8 with BOM, comma-separated).

    The per-lot values and explanations are the OUTPUT layer's; repeating them here would make a
    file of about 1.7 kB a lot (340 MB for 200,000 lots) for no reader.
    """
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(SUMMARY_COLUMNS)
        for level, key in (("functional_area", "area_code"), ("planning_zone", "zone_code")):
            for g in summarise(rows, violations, key):
                writer.writerow((level, g["group"], g["lots"], g[PASS], g[FAIL], g[INSUFFICIENT], g["top_rules"]))
    return path


def summarise(rows: Sequence[Mapping], violations: Sequence[Mapping], key: str) -> list[dict]:
    """Per value of ``key`` (``area_code`` or ``zone_code``): counts of verdicts and the top failing rules."""
    groups: dict[str, dict] = {}
    lot_group = {}
    for row in rows:
        name = row.get(key) or "—"
        lot_group[row["code"]] = name
        g = groups.setdefault(name, {"group": name, "lots": 0, PASS: 0, FAIL: 0, INSUFFICIENT: 0,
                                     "rules": Counter()})
        g["lots"] += 1
        g[row["status"]] = g.get(row["status"], 0) + 1
    for v in violations:
        name = lot_group.get(v["code"])
        if name is not None:
            groups[name]["rules"][v["rule_id"]] += 1
    out = []
    for name in sorted(groups):
        g = groups[name]
        g["top_rules"] = ", ".join("{} ({})".format(r, n) for r, n in g["rules"].most_common(3))
        out.append(g)
    return out


_CSS = """
body{font-family:"Noto Sans","Segoe UI",Arial,sans-serif;margin:2em;color:#222;max-width:80em}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.6em 0;font-size:.9em}
th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f0f3f6}td.n{text-align:right;font-variant-numeric:tabular-nums}
.pass{color:#1a7f37}.fail{color:#cf222e;font-weight:bold}.insufficient_data{color:#9a6700}
.note{color:#555;font-size:.9em}ol li{margin:.2em 0}
"""


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _table(headers: Sequence[str], rows: Sequence[Sequence], numeric: Sequence[int] = ()) -> str:
    head = "".join("<th>{}</th>".format(_e(h)) for h in headers)
    body = []
    for row in rows:
        cells = "".join('<td{}>{}</td>'.format(' class="n"' if i in numeric else "", cell)
                        for i, cell in enumerate(row))
        body.append("<tr>{}</tr>".format(cells))
    return "<table><thead><tr>{}</tr></thead><tbody>{}</tbody></table>".format(head, "".join(body))


def _summary_table(title: str, summary: Sequence[dict]) -> str:
    rows = [(_e(g["group"]), g["lots"], g[PASS], g[FAIL], g[INSUFFICIENT], _e(g["top_rules"]))
            for g in summary]
    return "<h2>{}</h2>{}".format(_e(title), _table(
        ("", "lots checked", "pass", "fail", "insufficient data", "top failing rules"), rows, (1, 2, 3, 4)))


def render_html(rows: Sequence[Mapping], violations: Sequence[Mapping], packs: Sequence[Mapping] | str,
                resolution_order: str, inputs: Mapping[str, str] | None = None,
                title: str = "DSEZA Twin — planning compliance report", generated: dt.datetime | None = None,
                notes: Sequence[str] = ()) -> str:
    """The whole report as one HTML document (no external file, script or style)."""
    generated = generated or dt.datetime.now(dt.timezone.utc).astimezone()
    totals = Counter(row["status"] for row in rows)
    parts = [
        "<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">',
        "<title>{}</title><style>{}</style></head><body>".format(_e(title), _CSS),
        "<h1>{}</h1>".format(_e(title)),
        '<p class="note">Generated {} · {} lots checked</p>'.format(_e(generated.isoformat(timespec="seconds")),
                                                                    len(rows)),
    ]
    if inputs:
        parts.append("<h2>Inputs</h2>" + _table(("input", "value"),
                                                [(_e(k), _e(v)) for k, v in inputs.items()]))
    parts.append("<h2>Verdicts</h2>" + _table(
        ("pass", "fail", "insufficient data", "lots"),
        [(totals.get(PASS, 0), totals.get(FAIL, 0), totals.get(INSUFFICIENT, 0), len(rows))], (0, 1, 2, 3)))
    rule_counts = Counter(v["rule_id"] for v in violations)
    if rule_counts:
        parts.append("<h2>Failing rules</h2>" + _table(
            ("rule", "lots failing"), [(_e(r), n) for r, n in rule_counts.most_common()], (1,)))
    parts.append(_summary_table("By functional area", summarise(rows, violations, "area_code")))
    parts.append(_summary_table("By planning zone", summarise(rows, violations, "zone_code")))
    failing = [row for row in rows if row["status"] == FAIL]
    if failing:
        shown = failing[:MAX_FAILING_LOTS]
        parts.append("<h2>Failing lots</h2>")
        if len(failing) > len(shown):
            parts.append('<p class="note">The first {} of {} failing lots; every lot is in the CSV and the output '
                         'layer.</p>'.format(len(shown), len(failing)))
        parts.append(_table(("lot", "zone", "failed rules", "explanation"), [
            (_e(r["code"]), _e(r.get("zone_code")), '<span class="fail">{}</span>'.format(_e(r["failed_rules"])),
             _e(r["explanation"])) for r in shown]))
    parts.append("<h2>Rule packs</h2>")
    if isinstance(packs, str):
        parts.append("<pre>{}</pre>".format(_e(packs)))
    else:
        parts.append(_table(("pack", "version", "title", "source"), [
            (_e(p.get("id")), _e(p.get("version")), _e(p.get("title")), _e(p.get("source") or p.get("path")))
            for p in packs]))
    parts.append("<h2>How limits are resolved</h2><pre>{}</pre>".format(_e(resolution_order.strip())))
    if notes:
        parts.append("<h2>Notes</h2><ul>{}</ul>".format("".join("<li>{}</li>".format(_e(n)) for n in notes)))
    parts.append("</body></html>")
    return "\n".join(parts)


def write_report(html_path: str | Path, rows: Sequence[Mapping], violations: Sequence[Mapping],
                 packs: Sequence[Mapping] | str, resolution_order: str, inputs: Mapping[str, str] | None = None,
                 notes: Sequence[str] = ()) -> tuple[Path, Path]:
    """Write the HTML report and the summary CSV next to it (same name, ``.csv``); return both paths."""
    html_path = Path(html_path)
    if html_path.suffix.lower() not in (".html", ".htm"):
        html_path = html_path.with_suffix(".html")
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_text(render_html(rows, violations, packs, resolution_order, inputs, notes=notes),
                         encoding="utf-8")
    csv_path = write_csv(html_path.with_suffix(".csv"), rows, violations)
    return html_path, csv_path
