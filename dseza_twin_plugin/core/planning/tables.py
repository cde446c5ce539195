"""The tables of a national rule pack, and lookups in them that explain themselves.

Three kinds of table (QCVN 01:2021/BXD numbering):

``InterpolatedTable`` — Tables 2.8, 2.9, 2.10 (maximum net building density) and 2.12 (maximum
    FAR of existing areas). Columns are lot areas; rows, where the table has them, are building
    heights. Each column and row value carries a *bound*: ``le`` (≤ x: the first value holds for
    everything below), ``ge`` (≥ x: the last value holds for everything above), ``eq`` (exactly x,
    a node of the interpolation), ``gt`` / ``lt`` (> x / < x: a band beyond the neighbouring
    ``eq`` node, read as is, not interpolated — Table 2.9's ``> 46 m`` row).

    How a value is read (QCVN 01:2021/BXD 2.6.3: "được phép nội suy giữa 2 giá trị gần nhất"):

    1. along the lot area, within each height row: linear interpolation between the two nearest
       columns; a lot area on a column takes that column; beyond the first or last column the
       end column's value is used (clamped — that *is* the rule for ``≤ 3 000 m²`` and
       ``≥ 35 000 m²``; for an ``eq`` end it is an extrapolation the table does not give, and
       the explanation says "beyond the table, clamped");
    2. between height rows, the same way, with the two row values of step 1 (bilinear
       interpolation). A height in a ``gt`` band (``> 46 m``) takes that row without
       interpolation; exactly 46 m takes the ``46`` row.

    When the height is unknown, :meth:`InterpolatedTable.evaluate` gives ``nan`` and
    :meth:`InterpolatedTable.strictest` the strictest value any height could give at that lot
    area, so a check can still pass a lot that is below every possible limit.

``BandTable`` — Table 2.7 (minimum setback): rows are road-width bands, columns building-height
    bands (``lt``/``ge`` bounds); a value is read from the one cell whose bands hold the road
    width and the height. No interpolation (the regulation gives bands).

``UseTable`` — Tables 2.6 (minimum land shares of an industrial zone) and 2.11 (minimum green
    share inside a lot): one value per kind of land or lot.

The public functions :func:`max_density`, :func:`max_far_existing`, :func:`min_setback`,
:func:`min_green_share` and :func:`industrial_zone_shares` answer one question each with
``(value, detail)``; the checks use the vectorised methods of the tables directly.

>>> cols = Axis("lot area", "m²", [(90, "le"), (100, "eq"), (200, "eq"), (1000, "ge")])
>>> t = InterpolatedTable("2.8", "Bảng 2.8", "QCVN 01:2021/BXD 2.6.3, Bảng 2.8", "%", "max",
...                       cols, None, [[100, 90, 70, 40]])
>>> max_density(t, 150.0)[0]
80.0
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

#: Bounds of a table's row or column value.
BOUNDS = ("le", "lt", "eq", "ge", "gt")
_BOUND_SIGN = {"le": "≤ ", "lt": "< ", "eq": "", "ge": "≥ ", "gt": "> "}

# How a value was located on an axis.
EXACT, BETWEEN, BELOW, ABOVE, IN_LT, IN_GT, UNKNOWN = range(7)


def g(x: float) -> str:
    """A table number as a person writes it: 10,000 · 3.78 · 59.5 · 60."""
    if x != x:  # nan
        return "unknown"
    text = "{:,.3f}".format(x).rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _unit(unit: str) -> str:
    return " " + unit if unit else ""


class Axis:
    """The row or column values of an interpolated table, with their bounds.

    ``points`` are ``(value, bound)`` pairs in increasing order. ``le``/``lt`` may only open the
    axis, ``ge``/``gt`` only close it; an ``lt`` needs an ``eq`` at the same value after it, a
    ``gt`` an ``eq`` at the same value before it (a band beyond a node).
    """

    def __init__(self, name: str, unit: str, points: Sequence[tuple[float, str]]):
        self.name, self.unit = name, unit
        self.points = [(float(at), str(bound)) for at, bound in points]
        if not self.points:
            raise ValueError("the {} axis has no values".format(name))
        last = len(self.points) - 1
        for i, (at, bound) in enumerate(self.points):
            if bound not in BOUNDS:
                raise ValueError("{} {}: bound '{}' is not one of {}".format(name, g(at), bound, ", ".join(BOUNDS)))
            if not math.isfinite(at):
                raise ValueError("{}: value {} is not a finite number".format(name, at))
            if bound in ("le", "lt") and i != 0:
                raise ValueError("{} {}: '{}' may only open the axis".format(name, g(at), bound))
            if bound in ("ge", "gt") and i != last:
                raise ValueError("{} {}: '{}' may only close the axis".format(name, g(at), bound))
            if i and at < self.points[i - 1][0]:
                raise ValueError("{}: values must increase ({} comes after {})".format(
                    name, g(at), g(self.points[i - 1][0])))
            if i and at == self.points[i - 1][0]:
                pair = (self.points[i - 1][1], bound)
                if pair not in (("lt", "eq"), ("eq", "gt")):
                    raise ValueError("{}: value {} appears twice (only '< x' then 'x', or 'x' then '> x', "
                                     "may share a value)".format(name, g(at)))
        self.lt = 0 if self.points[0][1] == "lt" else None
        self.gt = last if self.points[-1][1] == "gt" and last > 0 else None
        if self.points[0][1] == "lt" and (last == 0 or self.points[1] != (self.points[0][0], "eq")):
            raise ValueError("{}: '< {}' needs a row or column at exactly {} after it".format(
                name, g(self.points[0][0]), g(self.points[0][0])))
        if self.points[-1][1] == "gt" and (last == 0 or self.points[-2] != (self.points[-1][0], "eq")):
            raise ValueError("{}: '> {}' needs a row or column at exactly {} before it".format(
                name, g(self.points[-1][0]), g(self.points[-1][0])))
        self.nodes = np.array([i for i, (_, b) in enumerate(self.points) if b in ("le", "eq", "ge")], dtype=np.int64)
        self.node_x = np.array([self.points[i][0] for i in self.nodes], dtype=float)

    def __len__(self) -> int:
        return len(self.points)

    def label(self, i: int) -> str:
        at, bound = self.points[i]
        return "{}{} {}".format(_BOUND_SIGN[bound], g(at), self.unit)

    def locate(self, x) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Where ``x`` (array) falls: ``(i0, i1, w, how)``, value = v[i0] × (1 − w) + v[i1] × w."""
        x = np.atleast_1d(np.asarray(x, dtype=float))
        nx, nodes = self.node_x, self.nodes
        k = len(nx)
        j = np.clip(np.searchsorted(nx, x, side="right") - 1, 0, k - 1)
        j1 = np.minimum(j + 1, k - 1)
        x0, x1 = nx[j], nx[j1]
        with np.errstate(invalid="ignore", divide="ignore"):
            w = np.where(x1 > x0, (x - x0) / np.where(x1 > x0, x1 - x0, 1.0), 0.0)
        w = np.clip(np.nan_to_num(w), 0.0, 1.0)
        i0, i1 = nodes[j].copy(), nodes[j1].copy()
        how = np.where(x == x0, EXACT, BETWEEN)
        below, above = x < nx[0], x > nx[-1]
        how = np.where(below, BELOW, np.where(above, ABOVE, how))
        end = below | above
        i1 = np.where(end, i0, i1)
        w = np.where(end | (how == EXACT), 0.0, w)
        if self.lt is not None:
            m = below
            i0, i1, w, how = np.where(m, self.lt, i0), np.where(m, self.lt, i1), np.where(m, 0.0, w), \
                np.where(m, IN_LT, how)
        if self.gt is not None:
            m = above
            i0, i1, w, how = np.where(m, self.gt, i0), np.where(m, self.gt, i1), np.where(m, 0.0, w), \
                np.where(m, IN_GT, how)
        unknown = np.isnan(x)
        how = np.where(unknown, UNKNOWN, how)
        return i0, i1, w, how

    def describe(self, x: float, i0: int, i1: int, w: float, how: int) -> str:
        """One clause: where ``x`` fell on this axis."""
        what = "{} {} {}".format(self.name, "{:,.1f}".format(x), self.unit)
        if how == UNKNOWN:
            return "{} unknown".format(self.name)
        if how == EXACT:
            return "{} on {}".format(what, self.label(i0))
        if how == BETWEEN:
            return "{} between {} and {} (t = {:.3f})".format(what, self.label(i0), self.label(i1), w)
        bound = self.points[i0][1]
        if how in (IN_LT, IN_GT) or (how == BELOW and bound == "le") or (how == ABOVE and bound == "ge"):
            return "{} in {}".format(what, self.label(i0))
        return "{} beyond the table's {} value {} (clamped to it)".format(
            what, "first" if how == BELOW else "last", self.label(i0))


@dataclass
class TableLookup:
    """Values read from an interpolated table for many lots, with what is needed to explain each."""

    table: InterpolatedTable
    column_x: np.ndarray
    row_x: np.ndarray | None
    c: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]
    r: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None
    value: np.ndarray

    def text(self, i: int) -> str:
        """How the value of lot ``i`` was read, with the arithmetic of the interpolation."""
        t = self.table
        c0, c1, wc, hc = (int(a[i]) if k != 2 else float(a[i]) for k, a in enumerate(self.c))
        parts = [t.columns.describe(float(self.column_x[i]), c0, c1, wc, hc)]
        v = t.values

        def along(row: int) -> tuple[float, str]:
            a, b = v[row, c0], v[row, c1]
            val = a + (b - a) * wc
            if c0 == c1 or wc == 0.0:
                return float(a), g(a)
            return float(val), "{} + ({} − {}) × {:.3f} = {}".format(g(a), g(b), g(a), wc, g(val))

        if self.r is None:
            _, arith = along(0)
            return "{} read at {}: {}{}".format(t.name, parts[0], arith, _unit(t.unit))
        r0, r1, wr, hr = (int(a[i]) if k != 2 else float(a[i]) for k, a in enumerate(self.r))
        parts.append(t.rows.describe(float(self.row_x[i]), r0, r1, wr, hr))
        if hr == UNKNOWN:
            return "{} read at {}; {}".format(t.name, parts[0], parts[1])
        a_val, a_txt = along(r0)
        if r0 == r1 or wr == 0.0:
            return "{} read at {}, {}: {}{}".format(t.name, parts[0], parts[1], a_txt, _unit(t.unit))
        b_val, b_txt = along(r1)
        total = a_val + (b_val - a_val) * wr
        return "{} read at {}, {}: row {} → {}, row {} → {}; {} + ({} − {}) × {:.3f} = {}{}".format(
            t.name, parts[0], parts[1], t.rows.label(r0), a_txt, t.rows.label(r1), b_txt,
            g(a_val), g(b_val), g(a_val), wr, g(total), _unit(t.unit))


class InterpolatedTable:
    """A table read by linear interpolation: columns by lot area, rows (optional) by height."""

    def __init__(self, key: str, name: str, clause: str, unit: str, sense: str, columns: Axis,
                 rows: Axis | None, values: Sequence[Sequence[float]], title: str = "",
                 row_notes: Sequence[str] | None = None):
        self.key, self.name, self.clause, self.unit, self.sense = key, name, clause, unit, sense
        self.title = title
        self.columns, self.rows = columns, rows
        self.values = np.array(values, dtype=float)
        n_rows = len(rows) if rows is not None else 1
        if self.values.shape != (n_rows, len(columns)):
            raise ValueError("{}: {} row(s) of {} value(s) expected, found shape {}".format(
                name, n_rows, len(columns), "×".join(str(s) for s in self.values.shape)))
        if sense not in ("max", "min"):
            raise ValueError("{}: sense '{}' is not max or min".format(name, sense))
        self.row_notes = list(row_notes or [])

    def evaluate(self, column_x, row_x=None) -> TableLookup:
        """Values at lot areas ``column_x`` and heights ``row_x`` (arrays); nan where an input is unknown."""
        cx = np.atleast_1d(np.asarray(column_x, dtype=float))
        c = self.columns.locate(cx)
        c0, c1, wc, _ = c
        along = self.values[:, c0] * (1.0 - wc) + self.values[:, c1] * wc  # rows × lots
        if self.rows is None:
            value = along[0]
            r = None
            rx = None
        else:
            rx = np.broadcast_to(np.asarray(row_x if row_x is not None else np.nan, dtype=float), cx.shape)
            r = self.rows.locate(rx)
            r0, r1, wr, _ = r
            cols = np.arange(cx.size)
            value = along[r0, cols] * (1.0 - wr) + along[r1, cols] * wr
            value = np.where(np.isnan(rx), np.nan, value)
        value = np.where(np.isnan(cx), np.nan, value)
        return TableLookup(self, cx, None if rx is None else np.asarray(rx, dtype=float), c, r, value)

    def strictest(self, column_x) -> np.ndarray:
        """The strictest value any row (height) could give at lot areas ``column_x``."""
        cx = np.atleast_1d(np.asarray(column_x, dtype=float))
        c0, c1, wc, _ = self.columns.locate(cx)
        along = self.values[:, c0] * (1.0 - wc) + self.values[:, c1] * wc
        worst = along.min(axis=0) if self.sense == "max" else along.max(axis=0)
        if np.isnan(cx).any():
            overall = self.values.min() if self.sense == "max" else self.values.max()
            worst = np.where(np.isnan(cx), overall, worst)
        return worst

    def lookup(self, column_x: float, row_x: float | None = None) -> tuple[float, str]:
        """One value and how it was read."""
        if column_x is None or column_x != column_x:
            raise ValueError("{}: the lot area is needed".format(self.name))
        if self.rows is not None and (row_x is None or row_x != row_x):
            raise ValueError("{}: the building height is needed".format(self.name))
        res = self.evaluate([column_x], None if row_x is None else [row_x])
        return float(res.value[0]), res.text(0)


class BandAxis:
    """Contiguous bands (``{"lt": 19}``, ``{"ge": 19, "lt": 22}``, ``{"ge": 22}``) covering every value."""

    def __init__(self, name: str, unit: str, bands: Sequence[Mapping[str, float]]):
        self.name, self.unit = name, unit
        self.bands = [(b.get("ge", -math.inf), b.get("lt", math.inf)) for b in bands]
        if not self.bands:
            raise ValueError("the {} bands are empty".format(name))
        for b in bands:
            extra = set(b) - {"ge", "lt"}
            if extra:
                raise ValueError("{} band {}: only 'ge' (≥) and 'lt' (<) bounds are allowed".format(name, dict(b)))
        if self.bands[0][0] != -math.inf or self.bands[-1][1] != math.inf:
            raise ValueError("{} bands must start with no lower bound and end with no upper bound".format(name))
        for (_, hi0), (lo1, _) in zip(self.bands, self.bands[1:]):
            if hi0 != lo1:
                raise ValueError("{} bands must follow each other: one ends at {}, the next starts at {}".format(
                    name, g(hi0), g(lo1)))
        self.edges = np.array([lo for lo, _ in self.bands[1:]], dtype=float)

    def __len__(self) -> int:
        return len(self.bands)

    def label(self, i: int) -> str:
        lo, hi = self.bands[i]
        if lo == -math.inf:
            return "< {} {}".format(g(hi), self.unit)
        if hi == math.inf:
            return "≥ {} {}".format(g(lo), self.unit)
        return "{} ÷ < {} {}".format(g(lo), g(hi), self.unit)

    def locate(self, x) -> np.ndarray:
        x = np.atleast_1d(np.asarray(x, dtype=float))
        idx = np.searchsorted(self.edges, x, side="right")
        return np.where(np.isnan(x), -1, idx)


@dataclass
class BandLookup:
    table: BandTable
    row_x: np.ndarray
    col_x: np.ndarray
    row: np.ndarray
    col: np.ndarray
    value: np.ndarray

    def text(self, i: int) -> str:
        """The cell read for lot ``i`` (its bands, not the lot's exact values: lots of one cell share it)."""
        t = self.table
        r, c = int(self.row[i]), int(self.col[i])
        road = "{} {}".format(t.rows.name, t.rows.label(r)) if r >= 0 else "{} unknown".format(t.rows.name)
        height = "{} {}".format(t.columns.name, t.columns.label(c)) if c >= 0 else \
            "{} unknown".format(t.columns.name)
        if r < 0 or c < 0:
            return "{}: {}, {}".format(t.name, road, height)
        text = "{} cell {}, {}: {}{}".format(t.name, road, height, g(t.values[r, c]), _unit(t.unit))
        if t.row_uncertain[r]:
            text += " (uncertain transcription: {})".format(t.row_notes[r])
        return text


class BandTable:
    """A table read cell by cell: rows and columns are bands (Table 2.7)."""

    def __init__(self, key: str, name: str, clause: str, unit: str, sense: str, rows: BandAxis,
                 columns: BandAxis, values: Sequence[Sequence[float]], row_uncertain: Sequence[bool] = (),
                 row_notes: Sequence[str] = (), title: str = ""):
        self.key, self.name, self.clause, self.unit, self.sense, self.title = key, name, clause, unit, sense, title
        self.rows, self.columns = rows, columns
        self.values = np.array(values, dtype=float)
        if self.values.shape != (len(rows), len(columns)):
            raise ValueError("{}: {} row(s) of {} value(s) expected".format(name, len(rows), len(columns)))
        self.row_uncertain = list(row_uncertain) or [False] * len(rows)
        self.row_notes = list(row_notes) or [""] * len(rows)

    def evaluate(self, row_x, col_x) -> BandLookup:
        rx = np.atleast_1d(np.asarray(row_x, dtype=float))
        cx = np.broadcast_to(np.asarray(col_x, dtype=float), rx.shape)
        r, c = self.rows.locate(rx), self.columns.locate(cx)
        ok = (r >= 0) & (c >= 0)
        value = np.where(ok, self.values[np.maximum(r, 0), np.maximum(c, 0)], np.nan)
        return BandLookup(self, rx, np.asarray(cx, dtype=float), r, c, value)

    def strictest(self, row_x, col_x) -> np.ndarray:
        """The strictest value the table could give where the road width or the height is unknown."""
        rx = np.atleast_1d(np.asarray(row_x, dtype=float))
        cx = np.broadcast_to(np.asarray(col_x, dtype=float), rx.shape)
        r, c = self.rows.locate(rx), self.columns.locate(cx)
        pick = np.max if self.sense == "min" else np.min
        by_row = pick(self.values, axis=1)  # any height, per road row
        by_col = pick(self.values, axis=0)  # any road, per height column
        overall = pick(self.values)
        out = np.where((r >= 0) & (c >= 0), self.values[np.maximum(r, 0), np.maximum(c, 0)], np.nan)
        out = np.where((r >= 0) & (c < 0), by_row[np.maximum(r, 0)], out)
        out = np.where((r < 0) & (c >= 0), by_col[np.maximum(c, 0)], out)
        return np.where((r < 0) & (c < 0), overall, out)

    def lookup(self, row_x: float, col_x: float) -> tuple[float, str]:
        if row_x is None or row_x != row_x or col_x is None or col_x != col_x:
            raise ValueError("{}: the road width and the building height are both needed".format(self.name))
        res = self.evaluate([row_x], [col_x])
        return float(res.value[0]), res.text(0)


@dataclass(frozen=True)
class UseRow:
    key: str
    label: str  # the regulation's words
    value: float
    land_uses: tuple[str, ...] = ()


class UseTable:
    """One value per kind of land or lot (Tables 2.6 and 2.11)."""

    def __init__(self, key: str, name: str, clause: str, unit: str, sense: str, rows: Sequence[UseRow],
                 title: str = "", note: str = "", area_kinds: Sequence[str] = ()):
        self.key, self.name, self.clause, self.unit, self.sense, self.title, self.note = (
            key, name, clause, unit, sense, title, note)
        self.area_kinds = tuple(area_kinds)  # functional-area kinds a zone-level table applies to (Table 2.6)
        self.rows = {r.key: r for r in rows}
        if len(self.rows) != len(rows):
            raise ValueError("{}: a row key appears twice".format(name))

    def lookup(self, key: str) -> tuple[float, str]:
        row = self.rows.get(key)
        if row is None:
            raise ValueError("{} has no row '{}' (rows: {})".format(self.name, key, ", ".join(self.rows)))
        return row.value, "{}, row '{}': {} {}{}".format(
            self.name, row.label, "≥" if self.sense == "min" else "≤", g(row.value), _unit(self.unit))


Table = InterpolatedTable | BandTable | UseTable


# --------------------------------------------------------------------------- questions, one answer each


def max_density(table: InterpolatedTable, lot_area_m2: float, height_m: float | None = None) -> tuple[float, str]:
    """Maximum net building density (%) of Table 2.8, 2.9 or 2.10 for one lot, and how it was read.

    >>> from dseza_twin.dseza_twin_plugin.core.planning.packs import load_rules  # doctest: +SKIP
    >>> max_density(load_rules().national.tables["2.9"], 10000.0, 19.0)  # doctest: +SKIP
    (60.0, 'Bảng 2.9 read at lot area 10,000.0 m² on 10,000 m², height 19.0 m on 19 m: 60 %')
    """
    return table.lookup(lot_area_m2, height_m)


def max_far_existing(table: InterpolatedTable, lot_area_m2: float, height_m: float) -> tuple[float, str]:
    """Maximum FAR of a lot in an existing area (Table 2.12), and how it was read."""
    return table.lookup(lot_area_m2, height_m)


def min_setback(table: BandTable, road_width_m: float, height_m: float) -> tuple[float, str]:
    """Minimum setback (m) from the road's red line (Table 2.7), and the cell it came from."""
    return table.lookup(road_width_m, height_m)


def min_green_share(table: UseTable, lot_use: str) -> tuple[float, str]:
    """Minimum green share (%) inside a lot of ``lot_use`` (Table 2.11: apartment, education_health_culture,
    factory)."""
    return table.lookup(lot_use)


@dataclass(frozen=True)
class ShareCheck:
    """One line of Table 2.6 for one industrial zone."""

    key: str  # transport, green, technical
    label: str
    min_pct: float
    clause: str
    share_pct: float | None = None
    passes: bool | None = None
    detail: str = ""


def industrial_zone_shares(table: UseTable, zone_area_m2: float | None = None,
                           land_m2: Mapping[str, float] | None = None) -> dict[str, ShareCheck]:
    """Minimum land shares of an industrial zone (Table 2.6), checked when areas are given.

    ``land_m2`` maps ``transport``, ``green``, ``technical`` to the land of that kind in the zone
    (outside production lots, as the table's note says); a share equal to the minimum passes.
    """
    out: dict[str, ShareCheck] = {}
    for key, row in table.rows.items():
        share = passes = None
        detail = "{}: {} ≥ {} % of the whole zone".format(table.name, row.label, g(row.value))
        if zone_area_m2 and land_m2 is not None and key in land_m2:
            share = float(land_m2[key]) / float(zone_area_m2) * 100.0
            passes = share >= row.value - 1e-9 * max(row.value, 1.0)
            detail = "{} share = {:,.1f} m² / {:,.1f} m² × 100 = {:.2f} % {} {} % ({})".format(
                row.label, float(land_m2[key]), float(zone_area_m2), share, "≥" if passes else "<",
                g(row.value), table.clause)
        out[key] = ShareCheck(key, row.label, row.value, table.clause, share, passes, detail)
    return out
