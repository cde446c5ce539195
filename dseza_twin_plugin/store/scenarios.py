"""Development scenarios: named what-if branches of the twin, kept in the store beside the live twin.

A scenario (table ``scenarios``) holds planned changes to the layers of :data:`SCENARIO_LAYERS`, one row per
changed code in ``scenario_<layer>`` (same columns as the layer, see :mod:`.schema`):

* ``op = 'upsert'``: the row replaces the live row of its code, or adds a row when the code is not live — a lot
  added, re-zoned, given a tenant; a building added or changed; a project scheduled. A split is the old lot
  deleted and its parts added; a merge the reverse.
* ``op = 'delete'``: the live row of that code is gone in the scenario (a building removed, a lot split).

``base_version`` records the live row's ``row_version`` when the change was drawn (NULL: the code was not live).
:func:`put_rows` sets it; rows an officer adds to a scenario table in QGIS get it from a trigger. Promotion
compares it with the live twin and refuses when the live row changed since (a conflict), so nobody's live edit is
overwritten silently. Until :func:`promote`, nothing here writes to a live layer; every change to the scenario
tables is audited like the live layers (schema version 6).

The twin *as the scenario sees it* is :func:`effective_rows`: the live rows, minus the codes the scenario
changes, plus its upserts. In QGIS the same picture is a filter on each live layer (codes the scenario
changes left out, :func:`live_filter`) beside the scenario's own rows (:func:`scenario_filter`), which officers
edit like any layer.
"""

from __future__ import annotations

import datetime as dt
import getpass
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from . import schema
from .errors import StoreError

SCENARIO_LAYERS = schema.SCENARIO_LAYERS
#: Columns of a scenario table that are not the live layer's.
SCENARIO_COLUMNS = ("scenario", "op", "base_version")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$")
_CHUNK = 900  # codes per IN (...) list (SQLite's default limit of bound values is far above)


class ScenarioError(StoreError):
    """A scenario cannot be created, changed or promoted; the message says why."""


@dataclass(frozen=True)
class Conflict:
    """A change of the scenario the live twin no longer agrees with."""

    layer: str
    code: str
    op: str
    reason: str

    def __str__(self) -> str:
        return "{} {}: {}".format(schema.title(self.layer).lower(), self.code, self.reason)


class ScenarioConflictError(ScenarioError):
    """Promotion refused: the live twin changed under the scenario. ``conflicts`` lists every one."""

    def __init__(self, message: str, conflicts: Sequence[Conflict] = (), **params):
        super().__init__(message, code="scenario_conflict", **params)
        self.conflicts = list(conflicts)


class ScenarioRejectedError(ScenarioError):
    """Promotion refused by the data-quality gate or the links between layers. ``problems``: (layer, code,
    reason)."""

    def __init__(self, message: str, problems: Sequence[tuple[str, str, str]] = (), **params):
        super().__init__(message, code="scenario_rejected", **params)
        self.problems = list(problems)


@dataclass
class PromoteResult:
    scenario: str
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.inserted.values()) + sum(self.updated.values()) + sum(self.deleted.values())


def scenario_table(layer: str) -> str:
    """The table of a layer's scenario changes (``scenario_parcels`` …), with a clear error for other layers."""
    if layer not in SCENARIO_LAYERS:
        raise ScenarioError("A scenario changes {}, not '{}'.".format(", ".join(SCENARIO_LAYERS), layer))
    return schema.SCENARIO_TABLES[layer]


# -- SQL helpers (the two backends differ in placeholders and qualification) ----------------------------------


def _kind(store) -> str:
    return store.address.kind


def _name(store, table: str) -> str:
    """A table of the schema (a constant of :mod:`.schema`), quoted and qualified for the backend."""
    return '"{}"'.format(table) if _kind(store) == "gpkg" else '"{}"."{}"'.format(store.schema_name, table)


def _marks(store, n: int) -> str:
    return ", ".join(["?" if _kind(store) == "gpkg" else "%s"] * n)


def _chunks(values: Sequence, size: int = _CHUNK) -> Iterable[list]:
    values = list(values)
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def _db_time(store, when: dt.datetime):
    if _kind(store) == "gpkg":
        from .gpkg import _sql_value

        return _sql_value(when)
    return when


def _login(store) -> str:
    if _kind(store) == "gpkg":
        return getpass.getuser()
    return store.query("SELECT session_user")[0][0]


def _live_versions(store, writer, layer: str, codes: Sequence[str], lock: bool = False) -> dict[str, int]:
    """``{code: row_version}`` of the live rows with these codes (version 0 for rows written before versions)."""
    out = {}
    for part in _chunks(sorted(set(codes))):
        statement = 'SELECT code, coalesce(row_version, 0) FROM {} WHERE code IN ({})'.format(
            _name(store, layer), _marks(store, len(part)))
        if lock and _kind(store) != "gpkg":
            statement += " FOR UPDATE"  # nobody changes them until promotion commits
        out.update({code: int(version) for code, version in writer.execute(statement, part)})
    return out


# -- scenarios ------------------------------------------------------------------------------------------------


def list_scenarios(store) -> list[dict]:
    """Every scenario (code, name, description, status, created_at, created_by, promoted_at) with its number of
    changes, by code."""
    counts: dict[str, int] = {}
    for layer in SCENARIO_LAYERS:
        for code, n in store.query("SELECT scenario, count(*) FROM {} GROUP BY scenario".format(
                _name(store, scenario_table(layer)))):
            counts[code] = counts.get(code, 0) + int(n)
    out = []
    for row in store.rows("scenarios", order_by="code"):
        row = {k: row[k] for k in ("code", "name", "description", "status", "created_at", "created_by",
                                   "promoted_at")}
        row["changes"] = counts.get(row["code"], 0)
        out.append(row)
    return out


def _scenario(store, code: str, draft: bool = True) -> dict:
    found = [s for s in store.rows("scenarios") if s["code"] == code]
    if not found:
        known = [s["code"] for s in store.rows("scenarios", order_by="code")]
        raise ScenarioError("There is no scenario '{}' in this store ({}).".format(
            code, "scenarios: " + ", ".join(known) if known else "it has no scenario yet"),
            code="scenario_unknown", scenario=code)
    if draft and found[0]["status"] != "draft":
        raise ScenarioError("Scenario '{}' is {} (since {}): it cannot change any more. Create a new scenario."
                            .format(code, found[0]["status"], found[0]["promoted_at"] or "?"),
                            code="scenario_closed", scenario=code)
    return found[0]


def create_scenario(store, code: str, name: str | None = None, description: str | None = None) -> None:
    """Create an empty scenario (status ``draft``). Codes are letters, digits, ``_ . -`` (up to 63)."""
    code = (code or "").strip()
    if not _CODE.match(code):
        raise ScenarioError("'{}' cannot be a scenario code: use letters, digits, '_', '.' or '-' (up to 63, "
                            "starting with a letter or digit).".format(code), code="scenario_code", value=code)
    if any(s["code"] == code for s in store.rows("scenarios", columns=["code"])):
        raise ScenarioError("Scenario '{}' already exists.".format(code), code="scenario_exists", scenario=code)
    with store.transaction() as writer:
        writer.insert("scenarios", [{"code": code, "name": name or code, "description": description,
                                     "created_at": _now(), "created_by": _login(store), "status": "draft"}])


def drop_scenario(store, code: str) -> None:
    """Remove a scenario and all its changes (the live twin is untouched; the audit keeps what was there)."""
    _scenario(store, code, draft=False)
    with store.transaction() as writer:
        for layer in reversed(SCENARIO_LAYERS):  # the foreign key cascades too; explicit deletes are audited
            writer.execute("DELETE FROM {} WHERE scenario = {}".format(
                _name(store, scenario_table(layer)), _marks(store, 1)), [code])
        writer.execute("DELETE FROM {} WHERE code = {}".format(_name(store, "scenarios"), _marks(store, 1)),
                       [code])


# -- changes --------------------------------------------------------------------------------------------------


def scenario_rows(store, scenario: str, layer: str) -> list[dict]:
    """The scenario's rows of one layer (its table's columns), by code."""
    rows = [r for r in store.rows(scenario_table(layer), order_by="code") if r["scenario"] == scenario]
    return rows


def changes(store, scenario: str) -> dict[str, dict[str, str]]:
    """``{layer: {code: 'upsert' | 'delete'}}`` of the scenario (every scenario layer, possibly empty)."""
    _scenario(store, scenario, draft=False)
    out = {}
    for layer in SCENARIO_LAYERS:
        rows = store.query("SELECT code, op FROM {} WHERE scenario = {} ORDER BY code".format(
            _name(store, scenario_table(layer)), _marks(store, 1)), [scenario])
        out[layer] = dict(rows)
    return out


def _live_rows(store, layer: str, codes: Sequence[str]) -> dict[str, dict]:
    wanted = set(codes)
    return {r["code"]: r for r in store.rows(layer) if r["code"] in wanted}


def put_rows(store, scenario: str, layer: str, rows: Sequence[dict]) -> int:
    """Add or replace the scenario's version of rows of ``layer``, by code (one transaction).

    A row may carry only some columns (say ``code``, ``tenant`` and ``sector``): the others come from the
    scenario's current version of that code, else from the live row; a code in neither is a new row. The live
    row's version is recorded for promotion's conflict check. Returns the number of rows written.
    """
    table = scenario_table(layer)
    live_columns = set(schema.table(layer).columns.keys()) - {"fid", "row_version"}
    rows = [dict(r) for r in rows]
    for r in rows:
        unknown = set(r) - live_columns - {"fid", "row_version"}
        if unknown:
            raise ScenarioError("{} has no column(s) {}.".format(schema.title(layer), ", ".join(sorted(unknown))))
        if not str(r.get("code") or "").strip():
            raise ScenarioError("Every changed row of {} needs its code.".format(schema.title(layer).lower()))
    codes = [r["code"] for r in rows]
    if len(set(codes)) != len(codes):
        twice = sorted({c for c in codes if codes.count(c) > 1})
        raise ScenarioError("Code(s) {} appear more than once in the changes.".format(", ".join(twice)))
    _scenario(store, scenario)
    current = {r["code"]: r for r in scenario_rows(store, scenario, layer) if r["code"] in set(codes)}
    live = _live_rows(store, layer, codes)
    out = []
    for r in rows:
        base = current.get(r["code"]) if current.get(r["code"], {}).get("op") == "upsert" else None
        base = base or live.get(r["code"])
        # a new code takes the store's defaults for what it leaves out (a building's source, a lot's status)
        merged = {c: base.get(c) for c in live_columns} if base else {}
        merged.update({k: v for k, v in r.items() if k in live_columns})
        merged.update(scenario=scenario, op="upsert")
        out.append(merged)
    with store.transaction() as writer:
        versions = _live_versions(store, writer, layer, codes)
        for row in out:
            row["base_version"] = versions.get(row["code"])
        _remove(store, writer, table, scenario, codes)
        writer.insert(table, out)
    return len(out)


def delete_codes(store, scenario: str, layer: str, codes: Sequence[str]) -> int:
    """Mark live rows of ``layer`` as removed in the scenario (a code only the scenario added is simply dropped
    from it). Returns the number of codes handled."""
    table = scenario_table(layer)
    codes = sorted({str(c) for c in codes})
    _scenario(store, scenario)
    with store.transaction() as writer:
        versions = _live_versions(store, writer, layer, codes)
        unknown = [c for c in codes if c not in versions]
        added = {r["code"] for r in scenario_rows(store, scenario, layer) if r["op"] == "upsert"}
        missing = [c for c in unknown if c not in added]
        if missing:
            raise ScenarioError("{} {} exist neither in the live twin nor in scenario '{}'.".format(
                schema.title(layer), ", ".join(missing), scenario))
        _remove(store, writer, table, scenario, codes)
        writer.insert(table, [{"code": c, "scenario": scenario, "op": "delete", "base_version": versions[c]}
                              for c in codes if c in versions])
    return len(codes)


def discard(store, scenario: str, layer: str, codes: Sequence[str]) -> int:
    """Forget the scenario's changes of these codes (the scenario sees the live rows again)."""
    table = scenario_table(layer)
    _scenario(store, scenario)
    with store.transaction() as writer:
        return _remove(store, writer, table, scenario, codes)


def _remove(store, writer, table: str, scenario: str, codes: Sequence[str]) -> int:
    n = 0
    for part in _chunks(sorted(set(codes))):
        n += len(writer.execute("DELETE FROM {} WHERE scenario = {} AND code IN ({}) RETURNING fid".format(
            _name(store, table), _marks(store, 1), _marks(store, len(part))), [scenario, *part]))
    return n


def effective_rows(store, scenario: str | None, layer: str, columns: Sequence[str] | None = None) -> list[dict]:
    """The rows of ``layer`` as scenario ``scenario`` sees them (``None``: the live twin), like ``store.rows``.

    Changed rows keep the live ``fid`` of their code; rows the scenario adds get a negative fid (minus their
    scenario row's), which no live row has.
    """
    live = store.rows(layer, order_by="fid")
    if scenario is None or layer not in SCENARIO_LAYERS:
        return [{c: r[c] for c in columns} for r in live] if columns else live
    _scenario(store, scenario, draft=False)
    changed = scenario_rows(store, scenario, layer)
    touched = {r["code"] for r in changed}
    live_fid = {r["code"]: r["fid"] for r in live if r["code"] in touched}
    out = [r for r in live if r["code"] not in touched]
    keep = [c for c in schema.table(layer).columns.keys()]
    for r in changed:
        if r["op"] != "upsert":
            continue
        row = {c: r.get(c) for c in keep}
        row["fid"] = live_fid.get(r["code"], -r["fid"])
        out.append(row)
    if columns:
        out = [{c: r[c] for c in columns} for r in out]
    return out


# -- conflicts and promotion ----------------------------------------------------------------------------------


def _conflicts(store, writer, scenario: str, lock: bool) -> list[Conflict]:
    found = []
    for layer in SCENARIO_LAYERS:
        rows = scenario_rows(store, scenario, layer)
        live = _live_versions(store, writer, layer, [r["code"] for r in rows], lock=lock)
        for r in rows:
            code, base, now = r["code"], r["base_version"], live.get(r["code"])
            if base is None and now is not None:
                found.append(Conflict(layer, code, r["op"], "added to the live twin after the scenario drew it as new"))
            elif base is not None and now is None:
                found.append(Conflict(layer, code, r["op"], "deleted from the live twin since the scenario changed it"))
            elif base is not None and now != base:
                found.append(Conflict(layer, code, r["op"], "changed in the live twin since the scenario changed it "
                                      "(version {} then, {} now)".format(base, now)))
    return found


def conflicts(store, scenario: str) -> list[Conflict]:
    """Every change of the scenario the live twin has moved away from (nothing is changed)."""
    _scenario(store, scenario, draft=False)
    with store.transaction() as writer:
        return _conflicts(store, writer, scenario, lock=False)


def _link_problems(store, scenario: str) -> list[tuple[str, str, str]]:
    """Rows the promoted twin would leave pointing at nothing: a live building or project on a lot the scenario
    deletes, a lot in a zone that would not exist, a building or project on a lot that would not exist."""
    problems = []
    codes = {layer: {r["code"] for r in effective_rows(store, scenario, layer, columns=["code"])}
             for layer in ("planning_zones", "parcels")}
    for layer, column, target in (("parcels", "zone_code", "planning_zones"),
                                  ("construction_projects", "parcel_code", "parcels"),
                                  ("buildings", "parcel_code", "parcels")):
        for r in effective_rows(store, scenario, layer, columns=["code", column]):
            if r[column] is not None and r[column] not in codes[target]:
                problems.append((layer, r["code"], "{} {} would not exist ({} deleted or never added)".format(
                    column, r[column], schema.title(target).lower())))
    return problems


def promote(store, scenario: str, tolerance: float = 0.5, is_canceled=lambda: False) -> PromoteResult:
    """Apply the scenario to the live twin in one transaction, or change nothing.

    Refused (:class:`ScenarioConflictError`) when the live twin changed under any of its changes; refused
    (:class:`ScenarioRejectedError`) when a resulting row breaks the data-quality gate or a link between layers.
    Deletes run first (buildings and projects before lots, lots before zones), then upserts in dependency order,
    each layer's rows through the gate against the twin as it stands at that point of the transaction. The
    store's triggers audit every row written; the scenario becomes ``promoted``.
    """
    from .governance import quality

    _scenario(store, scenario)
    result = PromoteResult(scenario)
    with store.transaction() as writer:  # (the store's reads below run on the transaction's connection)
        found = _conflicts(store, writer, scenario, lock=True)
        if found:
            raise ScenarioConflictError("Scenario '{}' was not promoted: the live twin changed under {} of its changes "
                                   "(nothing was written):\n{}".format(scenario, len(found), "\n".join(
                                       "- {}".format(c) for c in found)), found, scenario=scenario, n=len(found))
        problems = _link_problems(store, scenario)  # on the twin as locked above, not as it was before
        if problems:
            raise _rejected(scenario, problems)
        changed = {layer: scenario_rows(store, scenario, layer) for layer in SCENARIO_LAYERS}
        for layer in reversed(SCENARIO_LAYERS):
            gone = [r["code"] for r in changed[layer] if r["op"] == "delete"]
            result.deleted[layer] = 0
            for part in _chunks(gone):
                result.deleted[layer] += len(writer.execute("DELETE FROM {} WHERE code IN ({}) RETURNING fid".format(
                    _name(store, layer), _marks(store, len(part))), part))
        for layer in SCENARIO_LAYERS:
            if is_canceled():
                raise ScenarioError("Promotion of scenario '{}' was cancelled; nothing was written.".format(scenario))
            keep = [c for c in schema.table(layer).columns.keys() if c not in ("fid", "row_version")]
            rows = [{c: r[c] for c in keep} for r in changed[layer] if r["op"] == "upsert"]
            failed = quality.check_rows(writer, layer, rows, tolerance) if rows else []
            problems += [(layer, rows[i]["code"], reason) for i, reason in failed]
            if rows and not failed:
                inserted, updated = writer.upsert(layer, rows, key="code")
                result.inserted[layer], result.updated[layer] = inserted, updated
        if problems:
            raise _rejected(scenario, problems)
        writer.execute("UPDATE {} SET status = 'promoted', promoted_at = {} WHERE code = {}".format(
            _name(store, "scenarios"), _marks(store, 1), _marks(store, 1)),
            [_db_time(store, _now()), scenario])
    return result


def _rejected(scenario: str, problems: Sequence[tuple[str, str, str]]) -> ScenarioRejectedError:
    return ScenarioRejectedError(_rejected_text(scenario, problems), problems, scenario=scenario, n=len(problems))


def _rejected_text(scenario: str, problems: Sequence[tuple[str, str, str]]) -> str:
    return "Scenario '{}' was not promoted: {} of its rows would break the twin's rules (nothing was written):\n{}"\
        .format(scenario, len(problems), "\n".join("- {} {}: {}".format(schema.title(layer).lower(), code, reason)
                                                   for layer, code, reason in problems))


# -- in QGIS: filters of the live and scenario layers ---------------------------------------------------------


def live_filter(store, scenario: str, layer: str) -> str:
    """Subset string of a live layer showing what the scenario keeps of it (codes it changes left out)."""
    return '"code" NOT IN (SELECT "code" FROM {} WHERE "scenario" = {})'.format(
        _name(store, scenario_table(layer)), _literal(scenario))


def scenario_filter(scenario: str, show_deleted: bool = False) -> str:
    """Subset string of a scenario table's layer: that scenario's rows (its deletions only when asked)."""
    text = '"scenario" = {}'.format(_literal(scenario))
    return text if show_deleted else text + " AND \"op\" = 'upsert'"


def _literal(value: str) -> str:
    if not _CODE.match(value or ""):
        raise ScenarioError("'{}' is not a scenario code.".format(value), code="scenario_code", value=value)
    return "'{}'".format(value)  # a validated code: letters, digits, _ . -


# -- views: every scenario's twin as one layer ---------------------------------------------------------------


def view_statements(kind: str, schema_name: str | None = None) -> list[str]:
    """``CREATE VIEW <layer>_in_scenarios``: for every scenario, the live rows of the layer it keeps and its
    upserts, with ``scenario`` first and ``changed`` (1 for the scenario's own rows) last. Filtered on
    ``scenario`` it is the layer as that scenario sees it (what :func:`effective_rows` gives), ready for QGIS
    and for any algorithm that takes a layer. PostGIS: ``security_invoker``, so row-level security applies
    to whoever reads it."""
    q = (lambda t: '"{}"'.format(t)) if kind == "gpkg" else (lambda t: '"{}"."{}"'.format(schema_name, t))
    out = []
    for layer, view in schema.SCENARIO_VIEWS.items():
        columns = [c for c in schema.table(layer).columns.keys()]
        live = ", ".join("p.\"{}\"".format(c) for c in columns)
        changed = ", ".join("coalesce(p.fid, -c.fid)" if c == "fid" else
                            ("p.row_version" if c == "row_version" else "c.\"{}\"".format(c)) for c in columns)
        options = "" if kind == "gpkg" else " WITH (security_invoker = true)"
        out.append(
            "CREATE VIEW {v}{o} AS "
            "SELECT s.code AS scenario, {live}, 0 AS changed FROM {sc} s CROSS JOIN {t} p "
            "WHERE NOT EXISTS (SELECT 1 FROM {ct} x WHERE x.scenario = s.code AND x.code = p.code) "
            "UNION ALL "
            "SELECT c.scenario, {changed}, 1 AS changed FROM {ct} c LEFT JOIN {t} p ON p.code = c.code "
            "WHERE c.op = 'upsert'".format(v=q(view), o=options, live=live, changed=changed, sc=q("scenarios"),
                                           t=q(layer), ct=q(schema.SCENARIO_TABLES[layer])))
    return out


def create_views(writer, kind: str) -> None:
    """Create the scenario views (a GeoPackage also registers them as feature layers, read-only)."""
    for statement in view_statements(kind, getattr(writer, "schema", None)):
        writer.execute(statement)
    for layer, view in schema.SCENARIO_VIEWS.items():
        geom = schema.geometry_column(layer)
        if kind == "gpkg":
            writer.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
                           "VALUES (?, 'features', ?, '', ?)", (view, schema.title(view), schema.STORE_SRID))
            writer.execute("INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)",
                           (view, geom.name, geom.type.geometry_type, schema.STORE_SRID))
        else:
            writer.execute("COMMENT ON VIEW \"{}\".\"{}\" IS '{}'".format(writer.schema, view, schema.title(view)))


def view_source(store, layer: str, scenario: str) -> tuple[str, str]:
    """QGIS source and provider of ``layer`` as ``scenario`` sees it (its view, filtered; read-only)."""
    view = schema.SCENARIO_VIEWS[layer] if layer in schema.SCENARIO_VIEWS else None
    if view is None:
        raise ScenarioError("A scenario changes {}, not '{}'.".format(", ".join(SCENARIO_LAYERS), layer))
    source, provider = store.layer_source(layer)
    condition = '"scenario" = {}'.format(_literal(scenario))
    if _kind(store) == "gpkg":
        return source.replace("layername={}".format(layer), "layername={}".format(view)) + "|subset=" + condition, \
            provider
    table = '"{}"."{}"'.format(store.schema_name, layer)
    return source.replace(table, '"{}"."{}"'.format(store.schema_name, view)) + " sql=" + condition, provider


# -- triggers -------------------------------------------------------------------------------------------------


def create_triggers(writer, kind: str) -> None:
    """Rows added to a scenario table without ``base_version`` (an officer's edit in QGIS) get the live row's
    version of their code, so promotion can tell a change drawn on live data from a new row."""
    if kind == "gpkg":
        for layer, table in schema.SCENARIO_TABLES.items():
            writer.execute(
                'CREATE TRIGGER "{t}_base_version" AFTER INSERT ON "{t}" WHEN NEW.base_version IS NULL '
                'AND EXISTS (SELECT 1 FROM "{l}" WHERE code = NEW.code) BEGIN UPDATE "{t}" SET base_version = '
                '(SELECT coalesce(row_version, 0) FROM "{l}" WHERE code = NEW.code) WHERE fid = NEW.fid; END'
                .format(t=table, l=layer))
        return
    s = '"{}"'.format(writer.schema)
    writer.execute("""CREATE FUNCTION {s}.scenario_base_version() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  IF NEW.base_version IS NULL THEN
    EXECUTE format('SELECT coalesce(row_version, 0) FROM %I.%I WHERE code = $1', TG_TABLE_SCHEMA, TG_ARGV[0])
      INTO NEW.base_version USING NEW.code;
  END IF;
  RETURN NEW;
END $f$""".format(s=s))
    for layer, table in schema.SCENARIO_TABLES.items():
        writer.execute("CREATE TRIGGER scenario_base_version BEFORE INSERT ON {s}.{t} FOR EACH ROW "
                       "EXECUTE FUNCTION {s}.scenario_base_version('{l}')".format(s=s, t=table, l=layer))
