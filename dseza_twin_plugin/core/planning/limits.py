"""Which limit applies to a lot, rule by rule, and why.

Resolution order (the same for every rule; the README quotes this):

1. **Collect the candidates.**
   *National*: every rule of the national pack (QCVN 01:2021/BXD) whose ``applies_to`` holds for
   the lot — its land use, public or not, new or existing area, building uses, and, where the
   rule says so, floors, height or lot area — with its value, or the value read from its table
   (Tables 2.7–2.12, interpolated as :mod:`.tables` explains, at the lot's area, its tallest
   building's height and the width of the road its setback is measured to). A national rule
   that ``supersedes`` another (2.7.7's 100 % for small houses in existing areas over Table 2.8)
   removes it where it applies.
   *Plan*: the zone's limit from its approved plan (``LotContext.plan``), when the plan gives one.
2. **The strictest candidate wins**: the smallest maximum (coverage, FAR, height, floors), the
   largest minimum (green share, setback). On a tie the national candidate is named first.
3. **A per-lot override of the authority then applies**, by its ``combine``:
   ``replace`` — its value is the limit, whatever national and plan say (it wins outright);
   ``min`` — the limit is the smaller of its value and the result of step 2 (a maximum can only
   be tightened, a minimum only lowered); ``max`` — the larger of the two (a maximum can only be
   raised, a minimum only tightened). The override is named as the winner only when it changed
   the limit. With no national or plan candidate, a ``min``/``max`` override is the limit. A rule
   with no candidate and no override has no limit on the lot: it is not checked, and the lot's
   explanation says so.
4. **Unknown inputs.** When a candidate's applicability or value depends on a measure that is
   unknown (floors for the 60 % rule of 2.5.3, height for Tables 2.7, 2.9, 2.10, 2.12, the land
   use), the limit reported is the strictest it could be, and the verdict passes only what passes
   that; it fails only what fails the limit of the candidates known to apply; anything between is
   ``insufficient_data`` (see :mod:`.verdict`).

The winning :class:`~.model.Limit` names its source (``national``, ``plan``, ``override``), its
clause (QCVN clause and table, plan decision and zone, or override decision and date) and, in
``detail``, how it was found: the table cell or interpolation, what was unknown, and the other
candidates it beat (or equalled).

Land use is resolved apart (:func:`land_use_limit`): the uses allowed on the lot's land use by the
plan pack's matrix, narrowed to the zone's ``allowed_uses`` when the zone lists them, plus the
ancillary uses of that land use.
"""

from __future__ import annotations

import operator
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import repeat

import numpy as np

from .model import RULES, Limit, LotContext
from .packs import LAND_USES, NUMERIC_RULES, PLAN_KEYS, Conditions, NationalRule, Override, RuleSet
from .tables import BandLookup, BandTable, InterpolatedTable, TableLookup, UseTable, g

OVERRIDE = -2
UNITS = {"coverage": " %", "far": "", "height": " m", "floors": " floors", "green": " %", "setback": " m"}
#: Decimals of the other (beaten) candidates in a limit's detail.
_OTHER_DECIMALS = {"coverage": 1, "far": 2, "height": 1, "floors": 0, "green": 1, "setback": 1}
_LU_INDEX = {lu: i for i, lu in enumerate(LAND_USES)}


def fmt_limit(rule_id: str, value: float) -> str:
    return g(value) + UNITS[rule_id]


@dataclass
class LotInputs:
    """What resolution needs, one entry per lot (columns, the order of the lots)."""

    codes: list[str]
    land_use: list[str | None]
    is_public: np.ndarray
    existing_area: np.ndarray
    zone_code: list[str | None]
    plan_values: dict[str, np.ndarray]  # rule id -> the plan's limit (nan: none)
    plan_decision: list[str | None]
    allowed_uses: list[tuple[str, ...] | None]
    lot_area_m2: np.ndarray
    max_height_m: np.ndarray
    max_floors: np.ndarray
    road_width_m: np.ndarray
    building_uses: list[tuple[str, ...]]
    land_use_index: np.ndarray = field(init=False)

    clause_key: np.ndarray = field(init=False)  # lots with the same plan clause share a key
    uses_id: np.ndarray = field(init=False)  # index of the lot's building uses in uses_distinct
    uses_distinct: list[tuple[str, ...]] = field(init=False)

    def __post_init__(self) -> None:
        n = len(self.codes)
        self.land_use_index = np.fromiter(map(_LU_INDEX.get, self.land_use, repeat(-1)), dtype=np.int64, count=n)
        self.uses_distinct, self.uses_id = distinct_ids(self.building_uses)
        # lots of one zone and decision share their plan clause; a lot without a zone has its own
        self.clause_key = distinct_ids(list(zip(self.zone_code, self.plan_decision)))[1]
        no_zone = np.flatnonzero(np.fromiter(map(operator.not_, self.zone_code), dtype=bool, count=n))
        self.clause_key[no_zone] = -1 - no_zone

    def unknown_bits(self) -> np.ndarray:
        """Which inputs of a lot are unknown, as bits (land use, area, height, floors, road width)."""
        return ((self.land_use_index < 0).astype(np.int64) | np.isnan(self.lot_area_m2) << 1
                | np.isnan(self.max_height_m) << 2 | np.isnan(self.max_floors) << 3 | np.isnan(self.road_width_m) << 4)

    def __len__(self) -> int:
        return len(self.codes)

    @classmethod
    def build(cls, contexts: Sequence[LotContext], lot_area_m2, max_height_m, max_floors, road_width_m,
              building_uses: Sequence[tuple[str, ...]]) -> LotInputs:
        n = len(contexts)
        plans = [c.plan or {} for c in contexts]
        keys = list(PLAN_KEYS.values())
        table = np.array([tuple(map(p.get, keys)) for p in plans], dtype=float).reshape(n, len(keys))

        def col(x) -> np.ndarray:
            return np.asarray(x, dtype=float).reshape(n)

        return cls(
            codes=[c.code for c in contexts],
            land_use=[c.land_use for c in contexts],
            is_public=np.array([bool(c.is_public) for c in contexts], dtype=bool),
            existing_area=np.array([bool(p.get("existing_area")) for p in plans], dtype=bool),
            zone_code=[c.zone_code for c in contexts],
            plan_values={r: table[:, k] for k, r in enumerate(PLAN_KEYS)},
            plan_decision=[p.get("plan_decision") for p in plans],
            allowed_uses=_tuples([p.get("allowed_uses") for p in plans]),
            lot_area_m2=col(lot_area_m2), max_height_m=col(max_height_m), max_floors=col(max_floors),
            road_width_m=col(road_width_m), building_uses=[tuple(u or ()) for u in building_uses],
        )


def distinct_ids(items: list) -> tuple[list, np.ndarray]:
    """``(distinct items in order of appearance, index of each item among them)`` for hashable items."""
    distinct = list(dict.fromkeys(items))
    index = {item: k for k, item in enumerate(distinct)}
    return distinct, np.fromiter(map(index.__getitem__, items), dtype=np.int64, count=len(items))


def _tuples(lists: list) -> list[tuple[str, ...] | None]:
    """Lists as tuples (None for empty), converting each distinct list object once (zones share theirs)."""
    ids = list(map(id, lists))
    first = dict(zip(ids, lists))  # id -> one of the lists with that id (the same object)
    as_tuple = {k: (tuple(a) if a else None) for k, a in first.items()}
    return list(map(as_tuple.__getitem__, ids))


@dataclass
class Candidate:
    """One possible limit of one rule, for every lot (nan where it does not apply)."""

    source: str  # national, plan
    ref: str  # national rule id, or "plan"
    label: str
    value: np.ndarray  # where it applies and its value is known
    worst: np.ndarray  # where it may apply or its value is unknown: the strictest value it could take
    rule: NationalRule | None = None
    lookup: TableLookup | BandLookup | None = None
    clause: str = ""
    inputs: LotInputs | None = None

    def clause_at(self, i: int) -> str:
        if self.source != "plan":
            return self.clause
        return plan_clause(self.inputs, i)

    def how(self, i: int) -> str:
        """The candidate's own explanation at lot ``i`` (label, table reading, uncertainty)."""
        if self.source == "plan":
            return ""
        text = self.label
        if self.lookup is not None and not np.isnan(self.lookup.value[i]):
            text += "; " + self.lookup.text(i)
        if self.rule is not None and self.rule.uncertain:
            text += " (uncertain: {})".format(self.rule.note)
        elif self.rule is not None and self.rule.note:
            text += " ({})".format(self.rule.note)
        return text


def plan_clause(lots: LotInputs, i: int) -> str:
    decision, zone = lots.plan_decision[i], lots.zone_code[i]
    if zone:
        return "{}, plan of zone {}".format(decision, zone) if decision else \
            "approved plan of zone {}, decision not recorded".format(zone)
    return "{}, plan limits of lot {}".format(decision, lots.codes[i]) if decision else \
        "plan limits of lot {}, decision not recorded".format(lots.codes[i])


# --------------------------------------------------------------------------- candidates


def _all_of(lots: LotInputs, uses: frozenset[str], normalize, cache: dict) -> np.ndarray:
    """Per lot: every building's use is one of ``uses`` (and there is a building)."""
    key = ("all_of", uses)
    if key not in cache:
        per_set = np.array([bool(bu) and all(normalize(u) in uses for u in bu) for bu in lots.uses_distinct],
                           dtype=bool)
        cache[key] = per_set[lots.uses_id] if len(lots) else np.zeros(0, dtype=bool)
    return cache[key]


def _conditions(c: Conditions, lots: LotInputs, normalize, cache: dict) -> tuple[np.ndarray, np.ndarray]:
    """(applies for sure, may apply — a needed measure or the land use is unknown)."""
    n = len(lots)
    yes, unknown = np.ones(n, dtype=bool), np.zeros(n, dtype=bool)
    if c.land_uses is not None:
        idx = np.array([_LU_INDEX[lu] for lu in c.land_uses], dtype=np.int64)
        yes &= np.isin(lots.land_use_index, idx) | (lots.land_use_index < 0)
        unknown |= lots.land_use_index < 0
    if c.is_public is not None:
        yes &= lots.is_public == c.is_public
    if c.existing_area is not None:
        yes &= lots.existing_area == c.existing_area
    if c.buildings_all_of is not None:
        yes &= _all_of(lots, c.buildings_all_of, normalize, cache)
    if c.buildings_not_all_of is not None:
        yes &= ~_all_of(lots, c.buildings_not_all_of, normalize, cache)
    for bound, x, gt in ((c.floors_gt, lots.max_floors, True), (c.height_gt, lots.max_height_m, True),
                         (c.height_le, lots.max_height_m, False), (c.lot_area_le, lots.lot_area_m2, False)):
        if bound is None:
            continue
        known = ~np.isnan(x)
        with np.errstate(invalid="ignore"):
            holds = x > bound if gt else x <= bound
        yes &= np.where(known, holds, True)
        unknown |= ~known
    return yes & ~unknown, yes & unknown


def _national_candidates(rules: RuleSet, lots: LotInputs) -> dict[str, list[Candidate]]:
    out: dict[str, list[Candidate]] = {r: [] for r in NUMERIC_RULES}
    if rules.national is None:
        return out
    normalize = rules.plan.normalize_use if rules.plan is not None else (lambda u: (u or "").strip().lower())
    cache: dict = {}
    by_id: dict[str, Candidate] = {}
    for rule in rules.national.rules:
        sure, maybe = _conditions(rule.applies_to, lots, normalize, cache)
        lookup = None
        if rule.value is not None:
            val = np.full(len(lots), rule.value)
            worst_val = val
        else:
            table = rules.national.tables[rule.table]
            if isinstance(table, InterpolatedTable):
                lookup = table.evaluate(lots.lot_area_m2, lots.max_height_m if table.rows is not None else None)
                worst_val = table.strictest(lots.lot_area_m2) if table.rows is not None else \
                    np.where(np.isnan(lookup.value), table.values.min(), lookup.value)
            elif isinstance(table, BandTable):
                lookup = table.evaluate(lots.road_width_m, lots.max_height_m)
                worst_val = table.strictest(lots.road_width_m, lots.max_height_m)
            else:
                assert isinstance(table, UseTable)
                val = np.full(len(lots), table.rows[rule.row].value)
                worst_val = val
            if lookup is not None:
                val = lookup.value
        known = ~np.isnan(val)
        worst_val = np.where(known, val, worst_val)  # the value itself where it is known
        value = np.where(sure & known, val, np.nan)
        worst = np.where((maybe | (sure & ~known)), worst_val, np.nan)
        clause = rule.clause
        if rule.row:
            clause = "{} — {}".format(rule.clause, rules.national.tables[rule.table].rows[rule.row].label)
        cand = Candidate("national", rule.id, rule.label, value, worst, rule, lookup, clause, lots)
        by_id[rule.id] = cand
        out[rule.rule_id].append(cand)
    for rule in rules.national.rules:  # supersedes: where A applies, B does not; where A may apply, B may
        a = by_id[rule.id]
        for other in rule.supersedes:
            b = by_id[other]
            a_sure, a_maybe = ~np.isnan(a.value), ~np.isnan(a.worst)
            b.worst = np.where(a_maybe & ~np.isnan(b.value), b.value, b.worst)
            b.value = np.where(a_sure | a_maybe, np.nan, b.value)
            b.worst = np.where(a_sure, np.nan, b.worst)
    return out


# --------------------------------------------------------------------------- resolution


@dataclass
class RuleResolution:
    """The resolved limit of one rule for every lot."""

    rule_id: str
    sense: str
    candidates: list[Candidate]
    certain: np.ndarray  # strictest limit of the candidates known to apply (nan: none)
    worst: np.ndarray  # strictest limit it could be (nan: no limit at all)
    winner: np.ndarray  # index into candidates of the worst-case winner; -1 none; OVERRIDE
    lots: LotInputs
    overrides: dict[int, tuple[Override, float]] = field(default_factory=dict)  # lot -> (override, base)

    def all_limits(self) -> tuple[list[Limit | None], np.ndarray]:
        """The limit of every lot, and the index of each lot's limit in the list of distinct limits.

        Lots whose limit would read the same (same winner, values of every candidate, plan clause,
        unknown inputs, and no table reading of their own) share one :class:`Limit`: it is built once.
        """
        n = len(self.worst)
        lots = self.lots
        if n == 0:
            return [], np.zeros(0, dtype=np.int64)
        own = self.winner == OVERRIDE  # the winner's detail is the lot's own (an interpolation, an override)
        cells = np.full(n, -1.0)  # the winner reads a cell of a band table
        for k, c in enumerate(self.candidates):
            won = (self.winner == k) & ~np.isnan(c.value)
            if isinstance(c.lookup, TableLookup):
                own |= won
            elif isinstance(c.lookup, BandLookup):
                cells = np.where(won, c.lookup.row * 1000.0 + c.lookup.col, cells)
        columns = [self.winner.astype(float), self.worst, self.certain,
                   lots.clause_key.astype(float), lots.unknown_bits().astype(float),
                   np.where(own, np.arange(n), -1).astype(float), cells]
        decimals = _OTHER_DECIMALS[self.rule_id]
        for c in self.candidates:  # the others, as the detail shows them
            possible = np.where(np.isnan(c.value), c.worst, c.value)
            columns += [np.round(possible, decimals), (possible == self.worst).astype(float)]
        keys = np.ascontiguousarray(np.stack(columns, axis=1))
        keys = np.where(np.isnan(keys), np.inf, keys)  # one bit pattern for "none"
        void = keys.view(np.dtype((np.void, keys.dtype.itemsize * keys.shape[1]))).ravel()
        _, first, inverse = np.unique(void, return_index=True, return_inverse=True)
        distinct = [self.limit(int(i)) for i in first]
        return distinct, inverse.reshape(n)

    def limit(self, i: int) -> Limit | None:
        w = self.worst[i]
        if w != w:
            return None
        win = int(self.winner[i])
        parts: list[str] = []
        if win == OVERRIDE:
            o, base = self.overrides[i]
            source, clause = "override", "{} ({})".format(o.decision, o.date)
            parts.append(_override_text(self.rule_id, o, base))
        else:
            c = self.candidates[win]
            source, clause = c.source, c.clause_at(i)
            how = c.how(i)
            if how:
                parts.append(how)
            if self.certain[i] != w:
                parts.append(self._unknown_text(i, c))
            if i in self.overrides:
                o, base = self.overrides[i]
                parts.append("override {} ({}, combine={}) leaves it unchanged".format(
                    o.decision, fmt_limit(self.rule_id, o.value), o.combine))
        others = []
        for k, c in enumerate(self.candidates):
            if k == win:
                continue
            v = c.value[i] if c.value[i] == c.value[i] else c.worst[i]
            if v != v:
                continue
            if win == OVERRIDE:
                rel = "over"
            else:
                rel = "equal to" if v == w else "stricter than"
            shown = g(round(float(v), _OTHER_DECIMALS[self.rule_id])) + UNITS[self.rule_id]
            text = "{} {} {} ({})".format(rel, c.source, shown, c.clause_at(i))
            if text not in others:
                others.append(text)
        if others:
            parts.append("; ".join(others))
        return Limit(self.rule_id, float(w), self.sense, source, clause, "; ".join(parts))

    def _unknown_text(self, i: int, winner: Candidate) -> str:
        c = self.certain[i]
        tail = "" if c != c else " (the limit known to apply is {})".format(fmt_limit(self.rule_id, c))
        return "{} is the strictest the limit can be while {} is unknown{}".format(
            fmt_limit(self.rule_id, self.worst[i]), _unknown_inputs(winner, i), tail)


def _unknown_inputs(c: Candidate, i: int) -> str:
    lots = c.inputs
    what = []
    if lots.land_use_index[i] < 0:
        what.append("the land use")
    cond = c.rule.applies_to if c.rule is not None else Conditions()
    table_height = c.lookup is not None and (isinstance(c.lookup, BandLookup) or c.lookup.row_x is not None)
    if (cond.floors_gt is not None) and lots.max_floors[i] != lots.max_floors[i]:
        what.append("the number of floors")
    if (cond.height_gt is not None or cond.height_le is not None or table_height) and \
            lots.max_height_m[i] != lots.max_height_m[i]:
        what.append("the building height")
    if isinstance(c.lookup, BandLookup) and lots.road_width_m[i] != lots.road_width_m[i]:
        what.append("the road width")
    if lots.lot_area_m2[i] != lots.lot_area_m2[i]:
        what.append("the lot area")
    return " and ".join(what) or "a measure"


def _override_text(rule_id: str, o: Override, base: float) -> str:
    v = fmt_limit(rule_id, o.value)
    if o.combine == "replace":
        text = "override {} replaces the national and plan limits with {}".format(o.decision, v)
    elif base != base:
        text = "override {} ({}): no national or plan limit to combine with, {} applies".format(o.decision,
                                                                                               o.combine, v)
    else:
        text = "override {}: {}({}, national/plan {}) = {}".format(
            o.decision, o.combine, v, fmt_limit(rule_id, base),
            fmt_limit(rule_id, min(o.value, base) if o.combine == "min" else max(o.value, base)))
    return text + (" — " + o.note if o.note else "")


def _strictest(stack: np.ndarray, sense: str) -> tuple[np.ndarray, np.ndarray]:
    """(value, index of the first candidate giving it) along axis 0; nan / -1 where all are nan."""
    if stack.shape[0] == 0:
        n = stack.shape[1]
        return np.full(n, np.nan), np.full(n, -1, dtype=np.int64)
    fill = np.inf if sense == "max" else -np.inf
    filled = np.where(np.isnan(stack), fill, stack)
    idx = filled.argmin(axis=0) if sense == "max" else filled.argmax(axis=0)
    value = filled[idx, np.arange(stack.shape[1])]
    none = np.isinf(value)
    return np.where(none, np.nan, value), np.where(none, -1, idx)


def resolve_all(lots: LotInputs, rules: RuleSet, checks: Sequence[str] | None = None) -> dict[str, RuleResolution]:
    """Resolve every numeric rule (of ``checks``) for every lot at once."""
    wanted = [r for r in NUMERIC_RULES if checks is None or r in checks]
    national = _national_candidates(rules, lots)
    ov = rules.overrides
    overridden = [(i, ov[c]) for i, c in enumerate(lots.codes) if c in ov] if ov else []
    out: dict[str, RuleResolution] = {}
    n = len(lots)
    for rule_id in wanted:
        sense = RULES[rule_id][1]
        cands = list(national[rule_id])
        if rules.plan is not None and rule_id in rules.plan.fields:
            plan_v = lots.plan_values[rule_id]
            cands.append(Candidate("plan", "plan", "plan", plan_v, np.full(n, np.nan), inputs=lots))
        values = np.array([c.value for c in cands]).reshape(len(cands), n)
        possible = np.array([np.where(np.isnan(c.value), c.worst, c.value) for c in cands]).reshape(len(cands), n)
        certain, _ = _strictest(values, sense)
        worst, winner = _strictest(possible, sense)
        res = RuleResolution(rule_id, sense, cands, certain, worst, winner, lots)
        _apply_overrides(res, overridden)
        out[rule_id] = res
    return out


def _apply_overrides(res: RuleResolution, overridden: list[tuple[int, dict[str, Override]]]) -> None:
    for i, per_lot in overridden:
        o = per_lot.get(res.rule_id)
        if o is None:
            continue
        base_w, base_c = float(res.worst[i]), float(res.certain[i])
        if o.combine == "replace":
            new_w = new_c = o.value
        else:
            pick = min if o.combine == "min" else max
            new_w = o.value if base_w != base_w else pick(o.value, base_w)
            new_c = o.value if base_c != base_c else pick(o.value, base_c)
        res.overrides[i] = (o, base_w)
        if o.combine == "replace" or new_w != base_w:
            res.winner[i] = OVERRIDE
        res.worst[i], res.certain[i] = new_w, new_c


# --------------------------------------------------------------------------- land use


def land_use_limit(rules: RuleSet, land_use: str | None, allowed_uses: Sequence[str] | None,
                   zone_code: str | None, decision: str | None, cache: dict | None = None) -> Limit | None:
    """The building uses allowed on a lot, as a Limit (``value`` = sorted allowed uses); None without a matrix
    entry for the land use."""
    plan = rules.plan
    if plan is None or not land_use:
        return None
    zone = tuple(allowed_uses) if allowed_uses else None
    key = (land_use, zone, zone_code, decision)
    if cache is not None and key in cache:
        return cache[key]
    found = plan.allowed(land_use, zone)
    limit = None
    if found is not None:
        allowed, principal, refused = found
        entry = plan.compatibility[land_use]
        if zone:
            clause = "{}, allowed uses of zone {}".format(decision or "approved plan", zone_code or "?")
            detail = "principal uses of {} land narrowed to the zone's list: {}".format(
                land_use, ", ".join(sorted(principal)) or "none")
        else:
            clause = "plan pack {} {}: land-use compatibility matrix".format(plan.info.id, plan.info.version)
            detail = "principal uses of {} land: {}".format(land_use, ", ".join(sorted(principal)))
        if entry.ancillary:
            detail += "; ancillary uses: {}".format(", ".join(sorted(entry.ancillary)))
        if refused:
            detail += "; the zone also lists {}, which the matrix does not allow on {} land".format(
                ", ".join(refused), land_use)
        limit = Limit("land_use", tuple(sorted(allowed)), "allowed", "plan", clause, detail)
    if cache is not None:
        cache[key] = limit
    return limit


# --------------------------------------------------------------------------- one lot


def resolve_limits(context: LotContext, measured: Mapping, rules: RuleSet) -> dict[str, Limit]:
    """The winning limit of every rule that applies to one lot.

    ``measured`` gives what the tables and conditions need: ``lot_area_m2``, ``max_height_m``,
    ``max_floors``, ``road_width_m`` (numbers; missing or None = unknown) and ``building_uses``.
    """
    def num(key: str) -> float:
        v = measured.get(key)
        return np.nan if v is None else float(v)

    lots = LotInputs.build([context], [num("lot_area_m2")], [num("max_height_m")], [num("max_floors")],
                           [num("road_width_m")], [tuple(measured.get("building_uses") or ())])
    out: dict[str, Limit] = {}
    for rule_id, res in resolve_all(lots, rules).items():
        limit = res.limit(0)
        if limit is not None:
            out[rule_id] = limit
    lu = land_use_limit(rules, context.land_use, (context.plan or {}).get("allowed_uses"), context.zone_code,
                        (context.plan or {}).get("plan_decision"))
    if lu is not None:
        out["land_use"] = lu
    return out
