"""The audit of the edited layers (schema version 5), its history and "the park as of a date".

Every INSERT, UPDATE and DELETE on :data:`..schema.AUDITED_TABLES` (planning, land, buildings, networks,
projects; scenarios and their changes since version 6) writes one ``audit_log`` row per changed row: the
table, the row's ``fid``, the operation, when (transaction time, UTC), who (PostGIS: the login and the role
it acted as), and the row before and after as JSON (the geometry as hex of the backend's binary: EWKB in
PostGIS, the GeoPackage blob in a GeoPackage).
Readings are left out (their volume).

* PostGIS: statement-level triggers with transition tables (one set-based INSERT per statement, whatever
  the number of rows), in ``SECURITY DEFINER`` functions: after ``setuproles`` they run as the admin role,
  so officers write the audit through their edits and cannot alter it otherwise.
* GeoPackage: row triggers (SQLite has no statement triggers), with the columns listed from the schema.

History: the view ``audit_history`` gives each recorded version of a row with ``valid_from`` / ``valid_to``.
"As of" (:func:`rows_as_of`) needs no snapshot: a row's state at a date is the ``before`` of its first change
after that date, or its current state when it has not changed since — so it also answers for rows that
predate the audit.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

import shapely

from .. import schema
from ..types import Geometry

_PG_ROW_JSON = ("(to_jsonb({r}) - 'geom' || jsonb_build_object('geom', "
                "encode(public.ST_AsEWKB({r}.geom), 'hex')))")

#: PostGIS: the role the change ran as (SET ROLE), else the login; inside SECURITY DEFINER current_user is
#: the function's owner, so it is read from the session's setting.
_PG_ROLE = "coalesce(nullif(current_setting('role'), 'none'), session_user)"


def postgis_statements(s: str, tables: tuple[str, ...] | None = None, first: bool = True) -> list[str]:
    """Audit functions, the triggers of ``tables`` (default: every audited table) and, when ``first`` (not a
    migration adding tables to an audit that exists), the history view, in the PostGIS schema ``s`` (quoted)."""
    tables = schema.AUDITED_TABLES if tables is None else tables
    statements = (_functions(s, geometry=True) if first else []) + _functions(s, geometry=False)
    statements += _postgis_triggers(s, tables)
    if not first:
        return statements
    statements.append(
        "CREATE VIEW {s}.audit_history AS SELECT id, table_name, row_fid, changed_at AS valid_from, "
        "lead(changed_at) OVER (PARTITION BY table_name, row_fid ORDER BY changed_at, id) AS valid_to, "
        "operation, changed_by, db_role, after AS row_state FROM {s}.audit_log".format(s=s))
    return statements


def _functions(s: str, geometry: bool) -> list[str]:
    """The trigger functions writing the audit: for tables with a ``geom`` (kept as EWKB hex) or without one
    (suffix ``_attr``, since version 6: the scenarios)."""
    columns = "table_name, row_fid, operation, changed_at, changed_by, db_role, before, after"
    row_json = _PG_ROW_JSON if geometry else "to_jsonb({r})"
    suffix = "" if geometry else "_attr"
    bodies = {
        "INSERT": "SELECT TG_TABLE_NAME, n.fid, 'INSERT', now(), session_user, {role}, NULL, {new} FROM new_rows n",
        "UPDATE": "SELECT TG_TABLE_NAME, coalesce(n.fid, o.fid), 'UPDATE', now(), session_user, {role}, {old}, {new} "
                  "FROM old_rows o FULL JOIN new_rows n ON n.fid = o.fid",
        "DELETE": "SELECT TG_TABLE_NAME, o.fid, 'DELETE', now(), session_user, {role}, {old}, NULL FROM old_rows o",
    }
    statements = []
    for op, body in bodies.items():
        statements.append(
            """CREATE OR REPLACE FUNCTION {s}.audit_{lop}{x}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $f$
BEGIN
  INSERT INTO {s}.audit_log ({columns}) {body};
  RETURN NULL;
END $f$""".format(s=s, lop=op.lower(), x=suffix, columns=columns, body=body.format(
                role=_PG_ROLE, new=row_json.format(r="n"), old=row_json.format(r="o"))))
        statements.append("REVOKE ALL ON FUNCTION {s}.audit_{lop}{x}() FROM PUBLIC".format(
            s=s, lop=op.lower(), x=suffix))
    # TRUNCATE has no transition table: before it runs, every row is recorded as deleted
    statements.append(
        """CREATE OR REPLACE FUNCTION {s}.audit_truncate{x}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $f$
BEGIN
  EXECUTE format('INSERT INTO %I.audit_log ({columns}) SELECT %L, o.fid, ''DELETE'', now(), session_user, '
                 '{role}, {old}, NULL FROM %I.%I o', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_TABLE_SCHEMA, TG_TABLE_NAME);
  RETURN NULL;
END $f$""".format(s=s, x=suffix, columns=columns, role=_PG_ROLE.replace("'", "''"),
                  old=row_json.format(r="o").replace("'", "''")))
    statements.append("REVOKE ALL ON FUNCTION {s}.audit_truncate{x}() FROM PUBLIC".format(s=s, x=suffix))
    return statements


def _postgis_triggers(s: str, tables: tuple[str, ...]) -> list[str]:
    statements = []
    transitions = {"INSERT": "NEW TABLE AS new_rows", "UPDATE": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
                   "DELETE": "OLD TABLE AS old_rows"}
    for layer in tables:
        x = "" if schema.geometry_column(layer) is not None else "_attr"
        for op, transition in transitions.items():
            statements.append(
                "CREATE TRIGGER audit_{lop} AFTER {op} ON {s}.{t} REFERENCING {tr} FOR EACH STATEMENT "
                "EXECUTE FUNCTION {s}.audit_{lop}{x}()".format(lop=op.lower(), op=op, s=s, t=layer, tr=transition,
                                                               x=x))
        statements.append("CREATE TRIGGER audit_truncate BEFORE TRUNCATE ON {s}.{t} FOR EACH STATEMENT "
                          "EXECUTE FUNCTION {s}.audit_truncate{x}()".format(s=s, t=layer, x=x))
    return statements


def _gpkg_json(layer: str, ref: str, version: str | None = None) -> str:
    parts = []
    for column in schema.table(layer).columns:
        if isinstance(column.type, Geometry):
            value = "hex({}.{})".format(ref, column.name)
        elif column.name == "row_version" and version is not None:
            value = version
        else:
            value = '{}."{}"'.format(ref, column.name)
        parts.append("'{}', {}".format(column.name, value))
    return "json_object({})".format(", ".join(parts))


_GPKG_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


def gpkg_statements(tables: tuple[str, ...] | None = None, first: bool = True) -> list[str]:
    """Audit triggers (row triggers) of ``tables`` (default: every audited table) and, when ``first``, the
    history view of a GeoPackage."""
    from .locking import GPKG_IS_BUMP, gpkg_needs_bump

    insert = ("INSERT INTO audit_log (table_name, row_fid, operation, changed_at, before, after) "
              "VALUES ('{t}', {fid}, '{op}', " + _GPKG_NOW + ", {before}, {after});")
    statements = []
    for layer in (schema.AUDITED_TABLES if tables is None else tables):
        # the version the row ends with: the bump trigger raises it right after this update
        final = "CASE WHEN {} THEN coalesce(OLD.row_version, 0) + 1 ELSE NEW.row_version END".format(
            gpkg_needs_bump(layer))
        statements += [
            'CREATE TRIGGER "{t}_audit_insert" AFTER INSERT ON "{t}" BEGIN {body} END'.format(
                t=layer, body=insert.format(t=layer, fid="NEW.fid", op="INSERT", before="NULL",
                                            after=_gpkg_json(layer, "NEW"))),
            'CREATE TRIGGER "{t}_audit_update" AFTER UPDATE ON "{t}" WHEN NOT {bump} BEGIN {body} END'.format(
                t=layer, bump=GPKG_IS_BUMP, body=insert.format(
                    t=layer, fid="NEW.fid", op="UPDATE", before=_gpkg_json(layer, "OLD"),
                    after=_gpkg_json(layer, "NEW", final))),
            'CREATE TRIGGER "{t}_audit_delete" AFTER DELETE ON "{t}" BEGIN {body} END'.format(
                t=layer, body=insert.format(t=layer, fid="OLD.fid", op="DELETE", before=_gpkg_json(layer, "OLD"),
                                            after="NULL")),
        ]
    if not first:
        return statements
    statements.append(
        "CREATE VIEW audit_history AS SELECT id, table_name, row_fid, changed_at AS valid_from, "
        "lead(changed_at) OVER (PARTITION BY table_name, row_fid ORDER BY changed_at, id) AS valid_to, "
        "operation, changed_by, db_role, after AS row_state FROM audit_log")
    return statements


def create(writer, kind: str, tables: tuple[str, ...] | None = None, first: bool = True) -> None:
    """Create the audit's triggers on ``tables`` (default: every audited table) and, when ``first`` (not a
    migration adding tables), its functions and the history view (the audit table itself is in the schema)."""
    if not first:
        statements = gpkg_statements(tables, first=False) if kind == "gpkg" else postgis_statements(
            '"{}"'.format(writer.schema), tables, first=False)
        for statement in statements:
            writer.execute(statement)
        return
    if kind == "gpkg":
        for statement in gpkg_statements(tables):
            writer.execute(statement)
        writer.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
                       "VALUES ('audit_history', 'attributes', 'History of changes', '')")
    else:
        for statement in postgis_statements('"{}"'.format(writer.schema), tables):
            writer.execute(statement)
        writer.execute('COMMENT ON VIEW "{}".audit_history IS \'History of changes\''.format(writer.schema))


# -- as of a date --------------------------------------------------------------------------------------------


def _first_changes_after(store, layer: str, when: dt.datetime) -> list[tuple]:
    """``(fid, operation, before)`` of each row's first change after ``when``."""
    if store.address.kind == "gpkg":
        from ..gpkg import _sql_value

        return store.query(
            "SELECT row_fid, operation, before FROM (SELECT row_fid, operation, before, row_number() OVER "
            "(PARTITION BY row_fid ORDER BY changed_at, id) AS n FROM audit_log "
            "WHERE table_name = ? AND changed_at > ?) WHERE n = 1", (layer, _sql_value(when)))
    from psycopg import sql

    return store.query(sql.SQL(
        "SELECT DISTINCT ON (row_fid) row_fid, operation, before FROM {}.audit_log "
        "WHERE table_name = %s AND changed_at > %s ORDER BY row_fid, changed_at, id").format(
        sql.Identifier(store.schema_name)), (layer, when))


def _decode(kind: str, layer: str, state) -> dict:
    """A ``before``/``after`` JSON of the audit → a row of plain Python values (geometry as shapely)."""
    if isinstance(state, str):
        state = json.loads(state)
    row = {}
    for column in schema.table(layer).columns:
        value = state.get(column.name)
        type_name = type(column.type).__name__
        if value is None:
            row[column.name] = None
        elif isinstance(column.type, Geometry):
            if kind == "gpkg":
                from ..gpkg import decode_geometry

                row[column.name] = decode_geometry(bytes.fromhex(value))
            else:
                row[column.name] = shapely.from_wkb(value)
        elif type_name == "Date":
            row[column.name] = dt.date.fromisoformat(str(value)[:10])
        elif type_name == "DateTime":
            parsed = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
            row[column.name] = parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)
        elif type_name == "Boolean":
            row[column.name] = bool(value)
        else:
            row[column.name] = value
    return row


def rows_as_of(store, layer: str, when: dt.datetime, columns: Sequence[str] | None = None) -> list[dict]:
    """The rows of an audited layer as they were at ``when`` (tz-aware), ordered by ``fid``.

    A row changed since then is taken from the audit (the ``before`` of its first change after ``when``;
    a row inserted after ``when`` is left out, one deleted since is back); every other row is the current one.
    """
    if layer not in schema.AUDITED_LAYERS:
        raise ValueError("'{}' keeps no history; the layers with a history are: {}".format(
            layer, ", ".join(schema.AUDITED_LAYERS)))
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("The date of 'as of' must carry its time zone.")
    changed = _first_changes_after(store, layer, when)
    touched = {fid for fid, _, _ in changed}
    out = [row for row in store.rows(layer, order_by="fid") if row["fid"] not in touched]
    out += [_decode(store.address.kind, layer, before) for _, op, before in changed if before is not None]
    out.sort(key=lambda row: row["fid"])
    if columns is not None:
        out = [{c: row[c] for c in columns} for row in out]
    return out
