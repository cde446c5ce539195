"""Rule packs: versioned files of limits, loaded and validated into one :class:`RuleSet`.

Three kinds of pack live in ``resources/rules/`` (or anywhere, given by path):

``national`` (``qcvn01-2021.json``)
    The tables and scalar rules of QCVN 01:2021/BXD, each with its clause and, where the
    transcription is uncertain, ``"uncertain": true`` and a note. Rules say which lots they apply
    to (``applies_to``: land uses, public lots, floors, height, lot area, existing areas, building
    uses) and give a value or a table.
``plan`` (``plan.json``)
    How a zone's plan limits are read (field names of the ZONING layer, or of the lot itself) and
    the land-use compatibility matrix (building uses allowed on each land use).
``overrides`` (a ``.json`` pack, or a ``.csv`` with columns
``lot_code,rule_id,value,combine,decision,date,note``)
    Per-lot limits decided by the authority, with their decision and a combine method
    (``replace``, ``min``, ``max``; see :mod:`.limits`).

``load_rules("qcvn01-2021,plan,/data/overrides-2026.csv")`` reads each item of the comma list
(a pack id, i.e. a file ``<id>.json`` of the rules folder, or a path to a ``.json``/``.csv``
file), validates it and raises :class:`RulePackError` — a sentence naming the file, the entry
and what is wrong — on the first problem.

>>> rules = load_rules()  # doctest: +SKIP
>>> rules.describe()  # doctest: +SKIP
'qcvn01-2021 2021.1.0 (national), plan 2026.1.0 (plan)'
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .model import RULES
from .tables import Axis, BandAxis, BandTable, InterpolatedTable, Table, UseRow, UseTable

#: Folder of the packs shipped with the plugin (``<plugin>/resources/rules``).
RULES_DIR = Path(__file__).resolve().parents[3] / "resources" / "rules"
DEFAULT_SPEC = "qcvn01-2021,plan"
PACK_FORMAT = 1
KINDS = ("national", "plan", "overrides")
#: Land uses of the store (same as ``store.schema.LAND_USES``; core does not import the store).
LAND_USES = ("industrial", "warehouse", "rnd", "services", "housing", "green", "infrastructure", "transport",
             "mixed")
#: Rules that carry a number (all but land_use), with the key of ``LotContext.plan`` for each.
PLAN_KEYS = {
    "coverage": "max_coverage_pct",
    "far": "max_far",
    "height": "max_height_m",
    "floors": "max_floors",
    "green": "min_green_pct",
    "setback": "min_setback_m",
}
NUMERIC_RULES = tuple(PLAN_KEYS)
PERCENT_RULES = ("coverage", "green")
COMBINES = ("replace", "min", "max")
CONDITION_KEYS = ("land_uses", "is_public", "existing_area", "buildings_all_of", "buildings_not_all_of",
                  "floors_gt", "height_gt", "height_le", "lot_area_le")
OVERRIDE_COLUMNS = ("lot_code", "rule_id", "value", "combine", "decision", "date", "note")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class RulePackError(ValueError):
    """A rule pack cannot be used; the message says which file, which entry and what is wrong."""


@dataclass(frozen=True)
class PackInfo:
    id: str
    version: str
    kind: str
    title: str
    source: str
    path: str

    def describe(self) -> str:
        return "{} {} ({})".format(self.id, self.version, self.kind)


@dataclass(frozen=True)
class Conditions:
    """Which lots a national rule applies to; every condition given must hold (``None``: any)."""

    land_uses: frozenset[str] | None = None
    is_public: bool | None = None
    existing_area: bool | None = None
    buildings_all_of: frozenset[str] | None = None  # every building's use is one of these (and there is one)
    buildings_not_all_of: frozenset[str] | None = None  # not the case above
    floors_gt: float | None = None
    height_gt: float | None = None
    height_le: float | None = None
    lot_area_le: float | None = None


@dataclass(frozen=True)
class NationalRule:
    id: str
    rule_id: str  # coverage, far, green, setback, …
    sense: str
    clause: str
    label: str
    applies_to: Conditions
    value: float | None = None
    table: str | None = None  # key of NationalPack.tables
    row: str | None = None  # row of a use table (2.11)
    supersedes: tuple[str, ...] = ()
    uncertain: bool = False
    note: str = ""


@dataclass(frozen=True)
class ZoneRule:
    """A national rule on a whole zone or functional area (green buffer, gross density)."""

    id: str
    value: float
    unit: str
    sense: str
    clause: str
    label: str


@dataclass
class NationalPack:
    info: PackInfo
    tables: dict[str, Table]
    rules: tuple[NationalRule, ...]
    zone_rules: dict[str, ZoneRule]
    land_use_notes: dict[str, str] = field(default_factory=dict)

    def value(self, rule_id: str) -> tuple[float, str] | None:
        """(value, clause) of a zone rule or of a scalar lot rule, by its id."""
        if rule_id in self.zone_rules:
            z = self.zone_rules[rule_id]
            return z.value, z.clause
        for r in self.rules:
            if r.id == rule_id and r.value is not None:
                return r.value, r.clause
        return None


@dataclass(frozen=True)
class LandUseUses:
    principal: frozenset[str]
    ancillary: frozenset[str]


@dataclass
class PlanPack:
    info: PackInfo
    fields: dict[str, str]  # rule id -> attribute of the ZONING layer (or of the lot)
    allowed_uses_field: str
    decision_field: str
    existing_area_field: str
    compatibility: dict[str, LandUseUses]
    aliases: dict[str, str]
    _norm: dict = field(default_factory=dict, repr=False)
    _allowed: dict = field(default_factory=dict, repr=False)

    def normalize_use(self, use: str | None) -> str:
        """A building use as the matrix spells it: lower case, no accents, ``_`` for spaces, aliases applied."""
        if use is None:
            return ""
        got = self._norm.get(use)
        if got is None:
            text = unicodedata.normalize("NFD", str(use).strip().lower().replace("đ", "d"))
            text = "".join(ch for ch in text if not unicodedata.combining(ch))
            text = re.sub(r"[\s/-]+", "_", text).strip("_")
            got = self._norm[use] = self.aliases.get(text, text)
        return got

    def split_uses(self, value) -> list[str] | None:
        """A zone's allowed_uses field (text with ``,`` or ``;``, or a list) as normalised uses; None if empty."""
        if value is None or _is_null(value):
            return None
        items = re.split(r"[,;]", value) if isinstance(value, str) else list(value)
        uses = [self.normalize_use(u) for u in items if str(u).strip()]
        return uses or None

    def allowed(self, land_use: str | None, zone_uses: tuple[str, ...] | None
                ) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]] | None:
        """``(allowed uses, principal uses after the zone's narrowing, zone uses the matrix refuses)``.

        None when the land use is unknown to the matrix.
        """
        key = (land_use, zone_uses)
        if key in self._allowed:
            return self._allowed[key]
        entry = self.compatibility.get(land_use) if land_use else None
        if entry is None:
            result = None
        else:
            principal = entry.principal
            refused: tuple[str, ...] = ()
            if zone_uses:
                zone = {self.normalize_use(u) for u in zone_uses}
                refused = tuple(sorted(zone - entry.principal - entry.ancillary))
                principal = entry.principal & zone
            result = (principal | entry.ancillary, principal, refused)
        self._allowed[key] = result
        return result

    def read_plan(self, attributes: Mapping, where: str = "zone") -> dict:
        """The ``LotContext.plan`` dict from a ZONING feature's (or a lot's) attributes.

        Raises ``ValueError`` naming ``where`` when a limit is not a number, negative, or a
        percentage above 100.
        """
        plan: dict = {}
        for rule_id, name in self.fields.items():
            plan[PLAN_KEYS[rule_id]] = _attribute_number(attributes.get(name), name, rule_id, where)
        plan["allowed_uses"] = self.split_uses(attributes.get(self.allowed_uses_field))
        decision = attributes.get(self.decision_field)
        plan["plan_decision"] = None if decision is None or _is_null(decision) or not str(decision).strip() \
            else str(decision).strip()
        existing = attributes.get(self.existing_area_field)
        plan["existing_area"] = _truthy(existing)
        return plan


@dataclass(frozen=True)
class Override:
    lot_code: str
    rule_id: str
    value: float
    combine: str
    decision: str
    date: str  # ISO date of the decision
    note: str
    origin: str  # file and entry, for messages
    pack: str = ""  # path of the pack it comes from

    def describe(self) -> str:
        return "{} of {}".format(self.decision, self.date)


@dataclass
class RuleSet:
    """Everything the checks need: the national pack, the plan pack and the overrides by lot."""

    packs: tuple[PackInfo, ...]
    national: NationalPack | None
    plan: PlanPack | None
    overrides: dict[str, dict[str, Override]]  # lot code -> rule id -> override

    def describe(self) -> str:
        """Pack ids and versions, for reports: ``qcvn01-2021 2021.1.0 (national), plan 2026.1.0 (plan)``."""
        parts = []
        for p in self.packs:
            text = p.describe()
            if p.kind == "overrides":
                n = sum(1 for per_lot in self.overrides.values() for o in per_lot.values() if o.pack == p.path)
                text = "{} {} ({}, {} entr{})".format(p.id, p.version, p.kind, n, "y" if n == 1 else "ies")
            parts.append(text)
        return ", ".join(parts)

    def overrides_for(self, code: str) -> dict[str, Override]:
        return self.overrides.get(code, {})

    def value(self, pack_id: str, rule_id: str) -> tuple[float, str] | None:
        """(value, clause) of a national scalar or zone rule — the ``pack_value`` other modules take."""
        if self.national is None or self.national.info.id != pack_id:
            return None
        return self.national.value(rule_id)


# --------------------------------------------------------------------------- loading


def load_rules(spec: str = DEFAULT_SPEC, rules_dir: Path | None = None) -> RuleSet:
    """Read and validate the packs of ``spec`` (comma list of pack ids or .json/.csv paths)."""
    folder = Path(rules_dir) if rules_dir is not None else RULES_DIR
    items = [s.strip() for s in (spec or "").split(",") if s.strip()]
    if not items:
        raise RulePackError("No rule pack given: RULES must name at least one pack (e.g. 'qcvn01-2021,plan').")
    infos: list[PackInfo] = []
    national = plan = None
    overrides: dict[str, dict[str, Override]] = {}
    for item in items:
        path = _pack_path(item, folder)
        if path.suffix.lower() == ".csv":
            info, entries = _read_override_csv(path)
        else:
            data = _read_json(path)
            info = _pack_info(data, path, item if not _looks_like_path(item) else None)
            entries = []
            if info.kind == "national":
                if national is not None:
                    raise RulePackError("Rule packs {} and {} are both national packs: give only one.".format(
                        national.info.path, path))
                national = _national(data, info)
            elif info.kind == "plan":
                if plan is not None:
                    raise RulePackError("Rule packs {} and {} are both plan packs: give only one.".format(
                        plan.info.path, path))
                plan = _plan(data, info)
            else:
                entries = _override_entries(data, info)
        if any(p.path == info.path for p in infos):
            raise RulePackError("Rule pack {} is given twice in RULES.".format(info.path))
        infos.append(info)
        for o in entries:
            per_lot = overrides.setdefault(o.lot_code, {})
            if o.rule_id in per_lot:
                raise RulePackError("Lot {} has two overrides of rule '{}': {} ({}) and {} ({}). Keep the one in "
                                    "force.".format(o.lot_code, o.rule_id, per_lot[o.rule_id].decision,
                                                    per_lot[o.rule_id].origin, o.decision, o.origin))
            per_lot[o.rule_id] = o
    return RuleSet(tuple(infos), national, plan, overrides)


def _looks_like_path(item: str) -> bool:
    return item.lower().endswith((".json", ".csv")) or "/" in item or "\\" in item


def _pack_path(item: str, folder: Path) -> Path:
    if _looks_like_path(item):
        path = Path(item).expanduser()
        if not path.is_file():
            raise RulePackError("Rule pack file {} does not exist.".format(path))
        return path
    if not _ID.match(item):
        raise RulePackError("'{}' is neither a rule pack id nor a path to a .json or .csv file.".format(item))
    path = folder / "{}.json".format(item)
    if not path.is_file():
        known = sorted(p.stem for p in folder.glob("*.json")) if folder.is_dir() else []
        raise RulePackError("There is no rule pack '{}' in {} (packs there: {}).".format(
            item, folder, ", ".join(known) or "none"))
    return path


def _read_json(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise RulePackError("Rule pack {} cannot be read: {}.".format(path, exc.strerror or exc)) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RulePackError("Rule pack {} is not valid JSON: {} (line {}, column {}).".format(
            path, exc.msg, exc.lineno, exc.colno)) from exc
    if not isinstance(data, dict):
        raise RulePackError("Rule pack {} must hold a JSON object ({{…}}), not a {}.".format(
            path, type(data).__name__))
    return data


def _pack_info(data: dict, path: Path, expected_id: str | None) -> PackInfo:
    where = "Rule pack {}".format(path)
    fmt = data.get("format", PACK_FORMAT)
    if fmt != PACK_FORMAT:
        raise RulePackError("{}: format {} is not supported (this version of DSEZA Twin reads format {}).".format(
            where, fmt, PACK_FORMAT))
    for key in ("id", "version", "kind", "title"):
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise RulePackError("{}: '{}' is missing or empty; every pack needs id, version, kind and title.".format(
                where, key))
    if not _ID.match(data["id"]):
        raise RulePackError("{}: id '{}' may only hold letters, digits, '.', '_' and '-'.".format(where, data["id"]))
    if data["kind"] not in KINDS:
        raise RulePackError("{}: kind '{}' is not one of {}.".format(where, data["kind"], ", ".join(KINDS)))
    if expected_id is not None and data["id"] != expected_id:
        raise RulePackError("{}: the file is asked for as '{}' but declares id '{}'.".format(
            where, expected_id, data["id"]))
    return PackInfo(data["id"], data["version"].strip(), data["kind"], data["title"], str(data.get("source", "")),
                    str(path))


# --------------------------------------------------------------------------- values


def _is_null(value) -> bool:
    if value is None:
        return True
    is_null = getattr(value, "isNull", None)  # QVariant NULL of QGIS attributes
    if callable(is_null):
        try:
            return bool(is_null())
        except TypeError:
            return False
    return isinstance(value, float) and math.isnan(value)


def _truthy(value) -> bool:
    if value is None or _is_null(value):
        return False
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "y", "t", "có", "co", "x")
    return bool(value)


def _attribute_number(value, name: str, rule_id: str, where: str) -> float | None:
    if value is None or _is_null(value) or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(value.replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise ValueError("{}: {} '{}' is not a number.".format(where, name, value)) from None
    if not math.isfinite(number) or number < 0:
        raise ValueError("{}: {} is {}; a limit must be a number of 0 or more.".format(where, name, value))
    if rule_id in PERCENT_RULES and number > 100:
        raise ValueError("{}: {} is {} %; a percentage cannot exceed 100.".format(where, name, value))
    return number


def _number(value, where: str, what: str = "value", percent: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RulePackError("{}: {} {!r} is not a number.".format(where, what, value))
    number = float(value)
    if not math.isfinite(number):
        raise RulePackError("{}: {} {} is not a finite number.".format(where, what, value))
    if number < 0:
        raise RulePackError("{}: {} {} is negative; limits are 0 or more.".format(where, what, value))
    if percent and number > 100:
        raise RulePackError("{}: {} {} % is above 100 %.".format(where, what, value))
    return number


def _text(entry: Mapping, key: str, where: str, required: bool = True) -> str:
    value = entry.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise RulePackError("{}: '{}' is missing or empty.".format(where, key))
        return ""
    if not isinstance(value, str):
        raise RulePackError("{}: '{}' must be text, not {!r}.".format(where, key, value))
    return value.strip()


def _list_of_text(value, where: str, what: str) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise RulePackError("{}: '{}' must be a non-empty list of names.".format(where, what))
    return [v.strip() for v in value]


# --------------------------------------------------------------------------- national pack


def _national(data: dict, info: PackInfo) -> NationalPack:
    where = "Rule pack {}".format(info.path)
    raw_tables = data.get("tables")
    if not isinstance(raw_tables, dict) or not raw_tables:
        raise RulePackError("{}: a national pack needs a 'tables' object.".format(where))
    tables = {key: _table(key, entry, "{}, table {}".format(where, key)) for key, entry in raw_tables.items()}
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise RulePackError("{}: a national pack needs a 'rules' list.".format(where))
    rules: list[NationalRule] = []
    seen: set[str] = set()
    for n, entry in enumerate(raw_rules, 1):
        rule = _national_rule(entry, "{}, rule #{}".format(where, n), tables)
        if rule.id in seen:
            raise RulePackError("{}, rule #{}: id '{}' is used twice.".format(where, n, rule.id))
        seen.add(rule.id)
        rules.append(rule)
    for rule in rules:
        for other in rule.supersedes:
            if other not in seen:
                raise RulePackError("{}, rule '{}': supersedes '{}', which is not a rule of the pack.".format(
                    where, rule.id, other))
    zone_rules: dict[str, ZoneRule] = {}
    for n, entry in enumerate(data.get("zone_rules") or [], 1):
        w = "{}, zone rule #{}".format(where, n)
        if not isinstance(entry, dict):
            raise RulePackError("{}: each zone rule must be an object.".format(w))
        rid = _text(entry, "id", w)
        w = "{}, zone rule '{}'".format(where, rid)
        unit = str(entry.get("unit", ""))
        z = ZoneRule(rid, _number(entry.get("value"), w, percent=unit == "%"), unit,
                     _sense(entry.get("sense", "min"), w), _text(entry, "clause", w), _text(entry, "label", w, False))
        zone_rules[rid] = z
    notes = data.get("land_use_notes") or {}
    return NationalPack(info, tables, tuple(rules), zone_rules, {str(k): str(v) for k, v in notes.items()})


def _sense(value, where: str) -> str:
    if value not in ("max", "min"):
        raise RulePackError("{}: sense {!r} must be 'max' or 'min'.".format(where, value))
    return value


def _table(key: str, entry, where: str) -> Table:
    if not isinstance(entry, dict):
        raise RulePackError("{}: must be an object.".format(where))
    kind = entry.get("kind")
    name = _text(entry, "name", where, required=False) or "Table {}".format(key)
    clause = _text(entry, "clause", where)
    unit = str(entry.get("unit", ""))
    sense = _sense(entry.get("sense"), where)
    title = str(entry.get("title", ""))
    pct = unit == "%"
    try:
        if kind == "interpolated":
            cols = entry.get("columns")
            if not isinstance(cols, list) or not cols:
                raise RulePackError("{}: 'columns' must list the column values.".format(where))
            col_axis = entry.get("column_axis") or {}
            columns = Axis(str(col_axis.get("name", "lot area")), str(col_axis.get("unit", "m²")),
                           [(_number(c.get("at"), where, "column value"), c.get("bound", "eq")) for c in cols])
            rows = entry.get("rows")
            if not isinstance(rows, list) or not rows:
                raise RulePackError("{}: 'rows' must list the table's rows.".format(where))
            values = []
            for i, r in enumerate(rows, 1):
                vals = r.get("values") if isinstance(r, dict) else None
                if not isinstance(vals, list):
                    raise RulePackError("{}, row #{}: 'values' must be a list of numbers.".format(where, i))
                values.append([_number(v, "{}, row #{}".format(where, i), percent=pct) for v in vals])
            row_axis = None
            if any("at" in r for r in rows):
                ra = entry.get("row_axis") or {}
                row_axis = Axis(str(ra.get("name", "height")), str(ra.get("unit", "m")),
                                [(_number(r.get("at"), "{}, row #{}".format(where, i), "row value"),
                                  r.get("bound", "eq")) for i, r in enumerate(rows, 1)])
            elif len(rows) != 1:
                raise RulePackError("{}: rows without 'at' values: a table without a row axis has one row.".format(
                    where))
            return InterpolatedTable(key, name, clause, unit, sense, columns, row_axis, values, title,
                                     [str(r.get("note", "")) for r in rows])
        if kind == "bands":
            ra, ca = entry.get("row_axis") or {}, entry.get("column_axis") or {}
            cols = entry.get("columns")
            rows = entry.get("rows")
            if not isinstance(cols, list) or not isinstance(rows, list) or not cols or not rows:
                raise RulePackError("{}: 'columns' and 'rows' must list the bands.".format(where))
            for c in cols:
                for b in c.values():
                    _number(b, where, "band bound")
            columns_b = BandAxis(str(ca.get("name", "height")), str(ca.get("unit", "m")), cols)
            for i, r in enumerate(rows, 1):
                for b in (r.get("band") or {}).values():
                    _number(b, "{}, row #{}".format(where, i), "band bound")
            rows_b = BandAxis(str(ra.get("name", "road width")), str(ra.get("unit", "m")),
                              [r.get("band") or {} for r in rows])
            values = []
            for i, r in enumerate(rows, 1):
                vals = r.get("values")
                if not isinstance(vals, list):
                    raise RulePackError("{}, row #{}: 'values' must be a list of numbers.".format(where, i))
                values.append([_number(v, "{}, row #{}".format(where, i), percent=pct) for v in vals])
            uncertain = [bool(r.get("uncertain", False)) for r in rows]
            notes = [str(r.get("note", "")) for r in rows]
            for i, (u, note) in enumerate(zip(uncertain, notes), 1):
                if u and not note.strip():
                    raise RulePackError("{}, row #{}: an uncertain row needs a 'note' saying why.".format(where, i))
            return BandTable(key, name, clause, unit, sense, rows_b, columns_b, values, uncertain, notes, title)
        if kind == "use":
            rows = entry.get("rows")
            if not isinstance(rows, list) or not rows:
                raise RulePackError("{}: 'rows' must list the table's rows.".format(where))
            use_rows = []
            for i, r in enumerate(rows, 1):
                w = "{}, row #{}".format(where, i)
                if not isinstance(r, dict):
                    raise RulePackError("{}: must be an object.".format(w))
                lus = tuple(r.get("land_uses") or ())
                _check_land_uses(lus, w)
                use_rows.append(UseRow(_text(r, "key", w), _text(r, "label", w), _number(r.get("value"), w,
                                                                                     percent=pct), lus))
            kinds = entry.get("applies_to_area_kinds") or []
            if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
                raise RulePackError("{}: 'applies_to_area_kinds' must be a list of functional-area kinds.".format(
                    where))
            return UseTable(key, name, clause, unit, sense, use_rows, title, str(entry.get("note", "")), kinds)
    except ValueError as exc:
        if isinstance(exc, RulePackError):
            raise
        raise RulePackError("{}: {}.".format(where, exc)) from exc
    raise RulePackError("{}: kind {!r} must be 'interpolated', 'bands' or 'use'.".format(where, kind))


def _check_land_uses(values, where: str) -> None:
    unknown = [v for v in values if v not in LAND_USES]
    if unknown:
        raise RulePackError("{}: unknown land use(s) {} (known: {}).".format(
            where, ", ".join(map(str, unknown)), ", ".join(LAND_USES)))


def _conditions(raw, where: str) -> Conditions:
    if raw is None:
        return Conditions()
    if not isinstance(raw, dict):
        raise RulePackError("{}: 'applies_to' must be an object.".format(where))
    unknown = set(raw) - set(CONDITION_KEYS)
    if unknown:
        raise RulePackError("{}: unknown condition(s) {} in 'applies_to' (known: {}).".format(
            where, ", ".join(sorted(unknown)), ", ".join(CONDITION_KEYS)))
    kw: dict = {}
    if "land_uses" in raw:
        lus = _list_of_text(raw["land_uses"], where, "land_uses")
        _check_land_uses(lus, where)
        kw["land_uses"] = frozenset(lus)
    for key in ("is_public", "existing_area"):
        if key in raw:
            if not isinstance(raw[key], bool):
                raise RulePackError("{}: '{}' must be true or false.".format(where, key))
            kw[key] = raw[key]
    for key in ("buildings_all_of", "buildings_not_all_of"):
        if key in raw:
            kw[key] = frozenset(_list_of_text(raw[key], where, key))
    for key in ("floors_gt", "height_gt", "height_le", "lot_area_le"):
        if key in raw:
            kw[key] = _number(raw[key], where, key)
    return Conditions(**kw)


def _national_rule(entry, where: str, tables: dict[str, Table]) -> NationalRule:
    if not isinstance(entry, dict):
        raise RulePackError("{}: must be an object.".format(where))
    rid = _text(entry, "id", where)
    where = "{} '{}'".format(where.rsplit(", rule #", 1)[0] + ", rule", rid)
    rule_id = entry.get("rule")
    if rule_id not in NUMERIC_RULES:
        raise RulePackError("{}: rule {!r} is not one of {} (land use is checked by the plan pack).".format(
            where, rule_id, ", ".join(NUMERIC_RULES)))
    sense = _sense(entry.get("sense", RULES[rule_id][1]), where)
    if sense != RULES[rule_id][1]:
        raise RulePackError("{}: rule '{}' is a {} limit, not a {} limit.".format(
            where, rule_id, RULES[rule_id][1], sense))
    clause = _text(entry, "clause", where)
    has_value, has_table = "value" in entry, "table" in entry
    if has_value == has_table:
        raise RulePackError("{}: give either a 'value' or a 'table', not {}.".format(
            where, "both" if has_value else "neither"))
    value = table = row = None
    if has_value:
        value = _number(entry["value"], where, percent=rule_id in PERCENT_RULES)
    else:
        table = str(entry["table"])
        t = tables.get(table)
        if t is None:
            raise RulePackError("{}: table '{}' is not in the pack (tables: {}).".format(
                where, table, ", ".join(tables)))
        if t.sense != sense:
            raise RulePackError("{}: table '{}' gives {} values, the rule needs {} values.".format(
                where, table, t.sense, sense))
        if isinstance(t, UseTable):
            row = entry.get("row")
            if row not in t.rows:
                raise RulePackError("{}: 'row' must name a row of table {} ({}).".format(
                    where, table, ", ".join(t.rows)))
        elif rule_id == "setback" and not isinstance(t, BandTable):
            raise RulePackError("{}: a setback table must be a 'bands' table.".format(where))
        elif rule_id in ("coverage", "far") and not isinstance(t, InterpolatedTable):
            raise RulePackError("{}: a {} table must be an 'interpolated' table.".format(where, rule_id))
    supersedes = entry.get("supersedes") or []
    if not isinstance(supersedes, list):
        raise RulePackError("{}: 'supersedes' must be a list of rule ids.".format(where))
    uncertain = bool(entry.get("uncertain", False))
    note = str(entry.get("note", ""))
    if uncertain and not note.strip():
        raise RulePackError("{}: an uncertain value needs a 'note' saying why.".format(where))
    return NationalRule(rid, rule_id, sense, clause, _text(entry, "label", where, required=False) or rid,
                        _conditions(entry.get("applies_to"), where), value, table, row,
                        tuple(str(s) for s in supersedes), uncertain, note)


# --------------------------------------------------------------------------- plan pack


def _plan(data: dict, info: PackInfo) -> PlanPack:
    where = "Rule pack {}".format(info.path)
    limits = data.get("limits")
    if not isinstance(limits, dict):
        raise RulePackError("{}: a plan pack needs a 'limits' object (rule id → field).".format(where))
    fields: dict[str, str] = {}
    for rule_id, entry in limits.items():
        if rule_id not in NUMERIC_RULES:
            raise RulePackError("{}: limits: unknown rule id '{}' (known: {}).".format(
                where, rule_id, ", ".join(NUMERIC_RULES)))
        w = "{}, limit '{}'".format(where, rule_id)
        if not isinstance(entry, dict):
            raise RulePackError("{}: must be an object with a 'field'.".format(w))
        fields[rule_id] = _text(entry, "field", w)
        if "sense" in entry and entry["sense"] != RULES[rule_id][1]:
            raise RulePackError("{}: rule '{}' is a {} limit, not a {} limit.".format(
                w, rule_id, RULES[rule_id][1], entry["sense"]))
    comp = data.get("compatibility")
    if not isinstance(comp, dict) or not isinstance(comp.get("land_uses"), dict):
        raise RulePackError("{}: a plan pack needs 'compatibility' with a 'land_uses' matrix.".format(where))
    aliases = comp.get("aliases") or {}
    if not isinstance(aliases, dict):
        raise RulePackError("{}: compatibility 'aliases' must map a name to a building use.".format(where))
    pack = PlanPack(info, fields, str(data.get("allowed_uses_field", "allowed_uses")),
                    str(data.get("decision_field", "plan_decision")),
                    str(data.get("existing_area_field", "existing_area")), {}, {})
    pack.aliases = {pack.normalize_use(k): str(v) for k, v in aliases.items()}
    pack._norm.clear()
    _check_land_uses(list(comp["land_uses"]), "{}, compatibility".format(where))
    for lu, entry in comp["land_uses"].items():
        w = "{}, compatibility of '{}'".format(where, lu)
        if not isinstance(entry, dict):
            raise RulePackError("{}: must be an object with 'principal' (and 'ancillary') uses.".format(w))
        principal = frozenset(pack.normalize_use(u) for u in _list_of_text(entry.get("principal"), w, "principal"))
        ancillary = frozenset(pack.normalize_use(u) for u in (entry.get("ancillary") or []))
        pack.compatibility[lu] = LandUseUses(principal, ancillary)
    missing = [lu for lu in LAND_USES if lu not in pack.compatibility]
    if missing:
        raise RulePackError("{}: the compatibility matrix has no row for land use(s) {}.".format(
            where, ", ".join(missing)))
    return pack


# --------------------------------------------------------------------------- overrides


def _override_entries(data: dict, info: PackInfo) -> list[Override]:
    where = "Rule pack {}".format(info.path)
    entries = data.get("overrides")
    if not isinstance(entries, list):
        raise RulePackError("{}: an overrides pack needs an 'overrides' list.".format(where))
    out = []
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise RulePackError("{}, override #{}: must be an object.".format(where, n))
        out.append(_override(entry, "{}, override #{}".format(where, n), "{}#{}".format(info.path, n),
                             from_text=False, pack=info.path))
    return out


def _override(entry: Mapping, where: str, origin: str, from_text: bool, pack: str) -> Override:
    code = _text(entry, "lot_code", where)
    where = "{} (lot {})".format(where, code)
    rule_id = (entry.get("rule_id") or "").strip() if isinstance(entry.get("rule_id"), str) else entry.get("rule_id")
    if rule_id not in NUMERIC_RULES:
        raise RulePackError("{}: rule_id {!r} is not one of {}.".format(where, rule_id, ", ".join(NUMERIC_RULES)))
    raw = entry.get("value")
    if from_text:
        try:
            raw = float(str(raw).strip().replace(",", ".")) if raw is not None and str(raw).strip() else None
        except ValueError:
            raise RulePackError("{}: value '{}' is not a number.".format(where, entry.get("value"))) from None
    value = _number(raw, where, percent=rule_id in PERCENT_RULES)
    combine = (entry.get("combine") or "").strip() if isinstance(entry.get("combine"), str) else entry.get("combine")
    if combine not in COMBINES:
        raise RulePackError("{}: combine {!r} must be replace, min or max.".format(where, combine))
    decision = _text(entry, "decision", where)
    date = _text(entry, "date", where)
    try:
        date = dt.date.fromisoformat(date).isoformat()
    except ValueError:
        raise RulePackError("{}: date '{}' is not a date written YYYY-MM-DD.".format(where, date)) from None
    return Override(code, rule_id, value, combine, decision, date, _text(entry, "note", where, required=False),
                    origin, pack)


def _read_override_csv(path: Path) -> tuple[PackInfo, list[Override]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RulePackError("Overrides file {} cannot be read: {}.".format(path, exc.strerror or exc)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RulePackError("Overrides file {} is not UTF-8 text (byte {}): save it as CSV UTF-8.".format(
            path, exc.start)) from exc
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    reader.fieldnames = ["lot_code" if h == "code" else h for h in header]
    missing = [c for c in OVERRIDE_COLUMNS if c != "note" and c not in reader.fieldnames]
    if missing:
        raise RulePackError("Overrides file {}: column(s) {} missing; the columns are {}.".format(
            path, ", ".join(missing), ",".join(OVERRIDE_COLUMNS)))
    entries = []
    for row in reader:
        line = reader.line_num
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        entries.append(_override(row, "Overrides file {}, line {}".format(path, line), "{}:{}".format(path, line),
                                 from_text=True, pack=str(path)))
    version = "sha256:" + hashlib.sha256(raw).hexdigest()[:12]
    return PackInfo(path.stem, version, "overrides", "Overrides from {}".format(path.name), str(path),
                    str(path)), entries
