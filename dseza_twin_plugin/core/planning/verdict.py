"""Verdicts: each lot's measures against the limits that won, with a paragraph saying why.

Per lot and rule:

* a **maximum** passes when the measured value is ``≤`` the limit, a **minimum** when it is ``≥``
  the limit — a value equal to the limit passes. Values are compared with a relative tolerance of
  :data:`TOLERANCE` (1e-9 of the limit, and 1e-9 absolute for limits below 1), so that float noise
  (70.00000000000001 % from 7,000 / 10,000 × 100) does not fail a lot, while 70.0000001 % against
  70 % does;
* a measure the rule needs that is unknown (``nan``) gives ``insufficient_data`` for that rule;
  so does a limit that depends on an unknown measure when the value passes the limit known to
  apply but not the strictest one it could be (see :mod:`.limits`);
* **land use**: every building use on the lot must be allowed on the lot's land use (plan pack
  matrix, narrowed by the zone's ``allowed_uses``); an unknown building use or land use gives
  ``insufficient_data``;
* a lot **with no building** has coverage 0 and FAR 0 (checked), and its height, floors, setback,
  green and land-use rules are not applicable (they pass, and the explanation says so);
* rules left out of ``checks`` (e.g. ``setback`` when no roads are given) are not checked and the
  explanation says so;
* a lot with buildings but **no road within 60 m** (roads given): Table 2.7 and the plan's setback
  are measured from a road's red line, so no road setback applies (pass, and the explanation says
  "no road runs along the lot"). A roads layer that misses roads hides setback breaches: give all
  the roads, lanes included.

A lot's status is ``fail`` if any rule fails, else ``insufficient_data`` if any rule lacks a
needed value, else ``pass`` — never ``pass`` when a needed value is missing.

The work is vectorised: limits are resolved for all lots at once (:func:`.limits.resolve_all`),
lots whose limit reads the same share one :class:`~.model.Limit`, values are compared with array
operations, and the explanations are written column by column (one sentence per rule for every
lot, then joined), so 200,000 lots take seconds, not minutes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Sequence

import numpy as np

from .limits import OVERRIDE, UNITS, LotInputs, distinct_ids, fmt_limit, land_use_limit, resolve_all
from .model import FAIL, INSUFFICIENT, PASS, RULES, LotContext, LotMeasures, LotVerdict, Violation
from .packs import NUMERIC_RULES, RuleSet

#: Relative tolerance of every comparison with a limit (absolute below a limit of 1).
TOLERANCE = 1e-9

# Status codes of one rule on one lot.
_PASS, _FAIL, _INSUF, _NO_BUILDING, _NO_LIMIT, _NOT_CHECKED, _NO_ROAD = range(7)
_STATUS = {_PASS: PASS, _FAIL: FAIL, _INSUF: INSUFFICIENT}
#: Rules that do not apply to a lot without a building.
NEED_BUILDING = ("height", "floors", "setback", "green", "land_use")
_LABEL = {"coverage": "Coverage", "far": "FAR", "height": "Height", "floors": "Floors", "green": "Green share",
          "setback": "Setback", "land_use": "Land use"}
_DECIMALS = {"coverage": 1, "far": 2, "height": 1, "floors": 0, "green": 1, "setback": 2}


def _show(rule_id: str, value: float, limit: float, failed: bool) -> str:
    """The measured value with enough decimals that a failing value never prints equal to its limit."""
    d = _DECIMALS[rule_id]
    text = "{:,.{}f}".format(value, d)
    if failed:
        lim = "{:,.{}f}".format(limit, d)
        while text == lim and d < 12:
            d += 1
            text, lim = "{:,.{}f}".format(value, d), "{:,.{}f}".format(limit, d)
    return text + ("" if rule_id == "floors" else UNITS[rule_id])


def compare(measured: np.ndarray, worst: np.ndarray, certain: np.ndarray, sense: str) -> np.ndarray:
    """Status codes (pass, fail, insufficient, no limit) of measured values against resolved limits."""
    with np.errstate(invalid="ignore"):
        tol_w = TOLERANCE * np.maximum(np.abs(worst), 1.0)
        tol_c = TOLERANCE * np.maximum(np.abs(certain), 1.0)
        if sense == "max":
            ok = measured <= worst + tol_w
            bad = measured > certain + tol_c
        else:
            ok = measured >= worst - tol_w
            bad = measured < certain - tol_c
    status = np.where(ok, _PASS, np.where(bad & ~np.isnan(certain), _FAIL, _INSUF))
    status = np.where(np.isnan(measured), _INSUF, status)
    return np.where(np.isnan(worst), _NO_LIMIT, status)


def judge_lots(measures: LotMeasures, contexts: Sequence[LotContext], rules: RuleSet,
               checks: Iterable[str] | None = None) -> list[LotVerdict]:
    """One verdict per lot (the order of ``measures``), with its limits, failures and explanation.

    ``contexts`` are in the same order as ``measures`` (same codes). ``checks`` limits the rules
    checked (default: all of :data:`.model.RULES`); the explanation lists the others as not checked.
    The cyclic garbage collector is paused while the verdicts are built (they hold no cycles; its
    passes over 200,000 new objects cost a quarter of the time) and restored afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _judge(measures, contexts, rules, checks)
    finally:
        if enabled:
            gc.enable()


def _judge(measures: LotMeasures, contexts: Sequence[LotContext], rules: RuleSet,
           checks: Iterable[str] | None) -> list[LotVerdict]:
    n = len(measures)
    if len(contexts) != n:
        raise ValueError("{} lot contexts for {} measured lots: give one context per lot.".format(len(contexts), n))
    codes = list(measures.code)
    if [c.code for c in contexts] != codes:
        i = next(k for k, (c, code) in enumerate(zip(contexts, codes)) if c.code != code)
        raise ValueError("Lot #{}: the context is for lot {} but the measures are for lot {}.".format(
            i + 1, contexts[i].code, codes[i]))
    checks = tuple(RULES) if checks is None else tuple(checks)
    unknown = [c for c in checks if c not in RULES]
    if unknown:
        raise ValueError("Unknown rule(s) {} in checks (known: {}).".format(", ".join(unknown), ", ".join(RULES)))

    lots = LotInputs.build(contexts, measures.lot_area_m2, measures.max_height_m, measures.max_floors,
                           measures.road_width_m, measures.building_uses)
    resolved = resolve_all(lots, rules, checks)
    no_building = np.asarray(measures.building_count) == 0
    area = np.asarray(measures.lot_area_m2, dtype=float)
    empty_lot = no_building & (area > 0)
    values = {
        "coverage": np.where(empty_lot, 0.0, measures.coverage_pct),
        "far": np.where(empty_lot, 0.0, measures.far),
        "height": np.asarray(measures.max_height_m, dtype=float),
        "floors": np.asarray(measures.max_floors, dtype=float),
        "green": np.asarray(measures.green_pct, dtype=float),
        "setback": np.asarray(measures.min_setback_m, dtype=float),
    }
    numeric = [r for r in NUMERIC_RULES if r in checks]
    writer = _Writer(measures, lots, resolved, values, empty_lot)
    status: dict[str, np.ndarray] = {}
    limit_col: dict[str, list] = {}
    sentence_col: dict[str, list] = {}
    for rule_id in numeric:
        res = resolved[rule_id]
        st = compare(values[rule_id], res.worst, res.certain, res.sense)
        if rule_id in NEED_BUILDING:
            st = np.where(no_building & (st != _NO_LIMIT), _NO_BUILDING, st)
        if rule_id == "setback":
            # Roads were given but none runs within reach of the lot (measures.py: 60 m): Table 2.7 and
            # the plan's setback are measured from a road's red line, so no road setback applies.
            st = np.where(~no_building & np.isnan(values["setback"]) & (st != _NO_LIMIT), _NO_ROAD, st)
        status[rule_id] = st
        distinct, index = res.all_limits()
        texts = [None if lim is None else (fmt_limit(rule_id, lim.value), _origin(rule_id, lim)) for lim in distinct]
        index = index.tolist()
        limit_col[rule_id] = list(map(distinct.__getitem__, index))
        sentence_col[rule_id] = writer.sentences(rule_id, st, list(map(texts.__getitem__, index)))

    # land use, lot by lot through caches (few distinct zones and building-use sets)
    check_land_use = "land_use" in checks and rules.plan is not None
    if check_land_use:
        lu_cache: dict = {}
        keys, key_arr = distinct_ids(list(zip(lots.land_use, lots.allowed_uses, lots.zone_code, lots.plan_decision,
                                              lots.uses_id.tolist(), (~no_building).tolist())))
        results = [_land_use(k[0], k[1], k[2], k[3], lots.uses_distinct[k[4]], k[5], rules, lu_cache) for k in keys]
        land = list(map(results.__getitem__, key_arr.tolist()))
        status["land_use"] = np.array([x[0] for x in results], dtype=np.int64)[key_arr] if n else \
            np.zeros(0, dtype=np.int64)
        lu_none = np.array([x[2] is None for x in results], dtype=bool)[key_arr] if n else np.zeros(0, dtype=bool)
        limit_col["land_use"] = [x[2] for x in land]
        sentence_col["land_use"] = [x[1] or None for x in land]
    else:
        lu_none = np.zeros(n, dtype=bool)
    checked = numeric + (["land_use"] if check_land_use else [])
    not_checked = [r for r in RULES if r not in checks]
    no_matrix = ["land_use"] if "land_use" in checks and not check_land_use else []

    fail_any = np.zeros(n, dtype=bool)
    insuf_any = np.zeros(n, dtype=bool)
    no_limit_bits = np.zeros(n, dtype=np.int64)
    for k, rule_id in enumerate(checked):
        fail_any |= status[rule_id] == _FAIL
        insuf_any |= status[rule_id] == _INSUF
        no_limit_bits |= (status[rule_id] == _NO_LIMIT).astype(np.int64) << k
    tails: dict[int, str] = {}
    for bits in np.unique(no_limit_bits).tolist():
        missing = [r for k, r in enumerate(checked) if bits >> k & 1] + no_matrix
        text = " No limit applies to: {}.".format(", ".join(missing)) if missing else ""
        if not_checked:
            text += " Not checked: {}.".format(", ".join(not_checked))
        tails[bits] = text
    lot_status = np.where(fail_any, 0, np.where(insuf_any, 1, 2)).tolist()
    partial = (no_limit_bits != 0) | lu_none  # some rule has no limit on the lot
    partial = partial.tolist()
    heads = writer.heads()
    out: list[LotVerdict] = []
    append = out.append
    # one tuple per lot of its limits / sentences / statuses, in the order of ``checked``
    lim_rows = zip(*(limit_col[r] for r in checked)) if checked else iter(lambda: (), None)
    sent_rows = zip(*(sentence_col[r] for r in checked)) if checked else iter(lambda: (), None)
    stat_rows = zip(*(status[r].tolist() for r in checked)) if checked else iter(lambda: (), None)
    for i, code, st, bits, lims, sents, stats in zip(range(n), codes, lot_status, no_limit_bits.tolist(),
                                                       lim_rows, sent_rows, stat_rows):
        limits = dict(zip(checked, lims))
        if partial[i]:
            limits = {r: lim for r, lim in limits.items() if lim is not None}
        text = " ".join(filter(None, sents))
        if st == 2:
            append(LotVerdict(code, PASS, limits, [], [], heads[i] + "pass. " + text + tails[bits], []))
            continue
        failed: list[str] = []
        insufficient: list[str] = []
        violations: list[Violation] = []
        for r, rs, lim, sentence in zip(checked, stats, lims, sents):
            if rs == _FAIL:
                failed.append(r)
                if r == "land_use":
                    violations.append(Violation(code, r, ", ".join(land[i][3]), ", ".join(lim.value), lim.clause,
                                                sentence))
                else:
                    violations.append(Violation(code, r, float(values[r][i]), lim.value, lim.clause, sentence))
            elif rs == _INSUF:
                insufficient.append(r)
        verdict = FAIL if st == 0 else INSUFFICIENT
        head = heads[i] + verdict
        if failed:
            head += " — failed: " + ", ".join(failed)
        if insufficient:
            head += " — insufficient data: " + ", ".join(insufficient)
        append(LotVerdict(code, verdict, limits, failed, insufficient, head + ". " + text + tails[bits],
                          violations))
    for i, lot_notes in enumerate(measures.notes):  # how values were obtained (estimates, missing data)
        if lot_notes:
            out[i].explanation += " Notes: {}.".format("; ".join(lot_notes))
    return out


def _origin(rule_id: str, limit) -> str:
    text = "limit {} ({}: {})".format(fmt_limit(rule_id, limit.value), limit.source, limit.clause)
    return text + ", " + limit.detail if limit.detail else text


def _land_use(land_use, allowed_uses, zone_code, decision, uses: tuple[str, ...], has_building: bool,
              rules: RuleSet, lu_cache: dict):
    """(status, sentence, limit, uses not allowed) of the land-use rule for one kind of lot."""
    limit = land_use_limit(rules, land_use, allowed_uses, zone_code, decision, lu_cache)
    if not has_building:
        if limit is None:
            return _NO_LIMIT, "", None, ()
        return _NO_BUILDING, "Land use: no building on the lot, nothing to check.", limit, ()
    if limit is None:
        why = "the lot's land use is unknown" if not land_use else \
            "land use '{}' is not in the plan pack's compatibility matrix".format(land_use)
        return _INSUF, "Land use: insufficient data — {}, so building uses {} cannot be checked.".format(
            why, ", ".join(u or "(none)" for u in uses) or "(none)"), None, ()
    normalize = rules.plan.normalize_use
    names = [normalize(u) for u in uses]
    missing = [u for u, nm in zip(uses, names) if not nm]
    bad = tuple(sorted({nm for nm in names if nm and nm not in limit.value}))
    source = "{}: {}; {}".format(limit.source, limit.clause, limit.detail)
    shown = ", ".join(nm for nm in names if nm) or "(none)"
    if bad:
        return (_FAIL, "Land use: {} not allowed on {} land → fail (building uses {}; allowed: {}; {}).".format(
            ", ".join(bad), land_use, shown, ", ".join(limit.value), source), limit, bad)
    if missing:
        return (_INSUF, "Land use: insufficient data — {} building(s) without a use; the others ({}) are allowed "
                "on {} land ({}).".format(len(missing), shown, land_use, source), limit, ())
    return (_PASS, "Land use: building uses {} allowed on {} land → pass ({}).".format(shown, land_use, source),
            limit, ())


def _column(values: list[float], decimals: int, thousands: bool = True) -> list[str]:
    """Numbers as text, a whole column at once."""
    if not values:
        return []
    if thousands:
        template = "{:,." + str(decimals) + "f}\x1f"
        return (template * len(values)).format(*values).split("\x1f")[:-1]
    template = "%." + str(decimals) + "f\x1f"  # printf-style: the fastest bulk formatting
    return ((template * len(values)) % tuple(values)).split("\x1f")[:-1]


class _Writer:
    """Writes the explanation sentences (comparison, formula, limit and its origin), a column at a time."""

    def __init__(self, measures: LotMeasures, lots: LotInputs, resolved, values, empty_lot: np.ndarray):
        self.measures, self.lots, self.resolved, self.empty_lot = measures, lots, resolved, empty_lot
        self.values = {k: v.tolist() for k, v in values.items()}
        self.area = np.asarray(measures.lot_area_m2, dtype=float).tolist()
        self._area_txt: list[str] | None = None

    def area_txt(self) -> list[str]:
        if self._area_txt is None:
            self._area_txt = _column(self.area, 1)
        return self._area_txt

    def formulas(self, rule_id: str, v: list[str]) -> list[str]:
        """The formula of ``rule_id`` for every lot (``v``: the measured values as text)."""
        m = self.measures
        if rule_id == "coverage":
            fp = _column(np.where(self.empty_lot, 0.0, m.footprint_m2).tolist(), 1)
            return [f"coverage = footprint {a} m² / lot {b} m² × 100 = {c} %" for a, b, c in
                    zip(fp, self.area_txt(), v)]
        if rule_id == "far":
            gfa = _column(np.where(self.empty_lot, 0.0, m.gfa_m2).tolist(), 1)
            est = [" (GFA estimated as footprint × floors where a building has no GFA)" if e else ""
                   for e in np.asarray(m.gfa_estimated, dtype=bool).tolist()]
            return [f"FAR = GFA {a} m² / lot {b} m² = {c}{d}" for a, b, c, d in zip(gfa, self.area_txt(), v, est)]
        if rule_id == "height":
            return [f"height = tallest building {c} m" for c in v]
        if rule_id == "floors":
            return [f"floors = most floors of a building {c}" for c in v]
        if rule_id == "green":
            ga = _column(np.asarray(m.green_area_m2, dtype=float).tolist(), 1)
            return [f"green share = planted {a} m² / lot {b} m² × 100 = {c} %" for a, b, c in
                    zip(ga, self.area_txt(), v)]
        road = [f" (road {w:.1f} m wide)" if w == w else "" for w in
                np.asarray(m.road_width_m, dtype=float).tolist()]
        return [f"setback = shortest distance from a building to the road's red line {c} m{d}" for c, d in
                zip(v, road)]

    def sentences(self, rule_id: str, status: np.ndarray, texts: list) -> list[str | None]:
        """The sentence of ``rule_id`` for every lot (None where no limit applies)."""
        label, unit = _LABEL[rule_id], ("" if rule_id == "floors" else UNITS[rule_id])
        op = "≤" if self.resolved[rule_id].sense == "max" else "≥"
        v = _column(self.values[rule_id], _DECIMALS[rule_id], thousands=False)
        formulas = self.formulas(rule_id, v)
        st = status.tolist()
        out: list[str | None] = [
            f"{label}: {a}{unit} {op} {t[0]} → pass; {f}; {t[1]}." if s == _PASS else
            f"{label}: no building on the lot, not applicable; {t[1]}." if s == _NO_BUILDING else
            f"{label}: no road runs along the lot (none within 60 m), no road setback applies; {t[1]}."
            if s == _NO_ROAD else None
            for s, a, f, t in zip(st, v, formulas, texts)]
        skip = (status == _PASS) | (status == _NO_BUILDING) | (status == _NO_LIMIT) | (status == _NO_ROAD)
        for i in np.flatnonzero(~skip).tolist():
            out[i] = self._other(rule_id, i, st[i], texts[i], formulas[i])
        return out

    def _other(self, rule_id: str, i: int, st: int, text: tuple[str, str], formula: str) -> str:
        label = _LABEL[rule_id]
        limtxt, origin = text
        v = self.values[rule_id][i]
        if v != v:
            return f"{label}: insufficient data — {self._missing(rule_id, i)}; {origin}."
        res = self.resolved[rule_id]
        worst = float(res.worst[i])
        op = ">" if res.sense == "max" else "<"
        if st == _INSUF:
            return (f"{label}: {_show(rule_id, v, worst, True)} {op} {limtxt}, the strictest the limit can be, and "
                    f"the limit is not settled → insufficient data; {formula}; {origin}.")
        certain = float(res.certain[i])
        tail = ""
        if res.winner[i] != OVERRIDE and certain != worst:
            tail = " (fails even the limit known to apply, {})".format(fmt_limit(rule_id, certain))
        return f"{label}: {_show(rule_id, v, certain, True)} {op} {limtxt} → fail{tail}; {formula}; {origin}."

    def _missing(self, rule_id: str, i: int) -> str:
        if rule_id in ("coverage", "far", "green") and not self.area[i] == self.area[i]:
            return "the lot area is unknown"
        if rule_id == "coverage":
            return "the footprint is unknown"
        if rule_id == "far":
            return "the GFA is unknown (a building has neither GFA nor floors)"
        if rule_id == "height":
            return "a building on the lot has no height"
        if rule_id == "floors":
            return "a building on the lot has no number of floors"
        if rule_id == "green":
            return "the green (planted) area of the lot is unknown"
        return "no setback was measured (no road found for the lot)"

    def heads(self) -> list[str]:
        """``Lot CODE (land use, public, zone Z, 3 buildings): `` for every lot."""
        lots = self.lots
        count = np.asarray(self.measures.building_count).tolist()
        return [
            "Lot {} ({}{}{}, {} building{}): ".format(
                code, lu or "land use unknown", ", public" if pub else "", ", zone " + z if z else "", c,
                "" if c == 1 else "s")
            for code, lu, pub, z, c in zip(lots.codes, lots.land_use, lots.is_public.tolist(), lots.zone_code,
                                           count)]
