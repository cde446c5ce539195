"""Optimistic locking of the edited layers (schema version 5): a ``row_version`` kept by the store.

Every table of :data:`..schema.AUDITED_TABLES` has a ``row_version`` column that the store's triggers set to
1 on insert and increase by one on every update. An UPDATE says which version it was based on:

* it leaves ``row_version`` out (``psql``, an import's upsert): accepted, the version goes up;
* it sends the version it read (a client that writes every column back): accepted when that is still the
  stored version, refused otherwise;
* it sends ``-1 - version read`` (what QGIS sends once the layer carries :data:`QGIS_DEFAULT_EXPRESSION` as the
  field's default value *applied on update*): accepted when that version is still the stored one, refused
  otherwise.

QGIS's PostgreSQL provider sends only the changed columns of a feature (``UPDATE … SET col = … WHERE fid = …``)
and never the old values, so the client must change ``row_version`` itself for the store to know what the edit
was based on: the default value applied on update does exactly that on every attribute or geometry change,
computed from the feature as the officer loaded it. The negative encoding cannot be mistaken for a version
and is stable when QGIS applies the default again to an already changed feature.

A refused update raises SQLSTATE 40001 (PostGIS) / aborts (GeoPackage) with :data:`CONFLICT_HINT`; nothing
of the save is kept, and QGIS keeps the officer's edits in the edit buffer.
"""

from __future__ import annotations

from .. import schema

#: Expression of the default value (applied on update) QGIS layers of the edited tables carry.
QGIS_DEFAULT_EXPRESSION = 'if("row_version" < 0, "row_version", -1 - "row_version")'

CONFLICT_HINT = ("was changed by someone else since you loaded it. Nothing was saved: reload the layer and "
                 "make your change again.")


def postgis_statements(s: str, tables: tuple[str, ...] | None = None, function: bool = True) -> list[str]:
    """The row-version function (unless ``function`` is False: it exists) and the triggers of ``tables``
    (default: every audited table) in the PostGIS schema ``s`` (already quoted)."""
    function_sql = ["""CREATE FUNCTION {s}.row_version_keep() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE seen bigint;
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.row_version := 1;
    RETURN NEW;
  END IF;
  IF NEW.row_version IS NOT NULL AND NEW.row_version IS DISTINCT FROM OLD.row_version THEN
    seen := CASE WHEN NEW.row_version < 0 THEN -1 - NEW.row_version ELSE NEW.row_version END;
    IF seen IS DISTINCT FROM coalesce(OLD.row_version, 0) THEN
      RAISE EXCEPTION USING ERRCODE = '40001',
        MESSAGE = format('Edit conflict: %s %L (fid %s) {hint}', TG_TABLE_NAME, OLD.code, OLD.fid),
        DETAIL = format('The edit was based on version %s; the store holds version %s.', seen, OLD.row_version);
    END IF;
  END IF;
  NEW.row_version := coalesce(OLD.row_version, 0) + 1;
  RETURN NEW;
END $f$""".format(s=s, hint=CONFLICT_HINT)]
    statements = function_sql if function else []
    for layer in (schema.AUDITED_TABLES if tables is None else tables):
        statements.append(
            "CREATE TRIGGER row_version_keep BEFORE INSERT OR UPDATE ON {s}.{t} FOR EACH ROW "
            "EXECUTE FUNCTION {s}.row_version_keep()".format(s=s, t=layer))
    return statements


#: SQLite: the version an update is based on, and whether it is the inner update that raises the version.
_GPKG_SEEN = "CASE WHEN NEW.row_version < 0 THEN -1 - NEW.row_version ELSE NEW.row_version END"
#: The update the bump trigger runs: it follows an accepted update (SQLite cannot change NEW in a trigger).
GPKG_IS_BUMP = "(coalesce(OLD.row_version, 0) < 0 OR NEW.row_version = coalesce(OLD.row_version, 0) + 1)"
def gpkg_needs_bump(layer: str) -> str:
    """An accepted update after which the bump runs: the version was sent encoded, or left as is while an
    attribute changed. A geometry-only update that leaves the version alone does not raise it: QGIS's OGR
    provider saves a feature's geometry and its attributes in two UPDATEs, the version coming with the second."""
    changed = " OR ".join('NEW."{0}" IS NOT OLD."{0}"'.format(c.name) for c in schema.table(layer).columns
                          if c.name not in ("fid", "row_version", "geom"))
    return "(NEW.row_version < 0 OR (NEW.row_version IS OLD.row_version AND ({})))".format(changed)


def gpkg_statements(tables: tuple[str, ...] | None = None) -> list[str]:
    """Row-version triggers of a GeoPackage: a check before the update, the bump after it.

    A row inserted without a version counts as version 0 (SQLite triggers cannot set NEW). An update that
    sends ``version + 1`` itself is taken as the bump (no client does that; it is what the bump looks like).
    Unlike PostGIS, an update by a client that leaves the version out raises it only when an attribute
    changed (see :func:`gpkg_needs_bump`).
    """
    statements = []
    for layer in (schema.AUDITED_TABLES if tables is None else tables):
        statements.append(
            'CREATE TRIGGER "{t}_row_version_check" BEFORE UPDATE ON "{t}" '
            "WHEN NEW.row_version IS NOT NULL AND NEW.row_version IS NOT OLD.row_version "
            "AND NOT {bump} AND ({seen}) IS NOT coalesce(OLD.row_version, 0) "
            "BEGIN SELECT RAISE(ABORT, 'Edit conflict: a feature of {t} {hint}'); END".format(
                t=layer, seen=_GPKG_SEEN, bump=GPKG_IS_BUMP, hint=CONFLICT_HINT))
        statements.append(
            'CREATE TRIGGER "{t}_row_version_bump" AFTER UPDATE ON "{t}" WHEN {needs} '
            'BEGIN UPDATE "{t}" SET row_version = coalesce(OLD.row_version, 0) + 1 WHERE fid = NEW.fid; END'.format(
                t=layer, needs=gpkg_needs_bump(layer)))
    return statements


def create(writer, kind: str, tables: tuple[str, ...] | None = None, function: bool = True) -> None:
    """The row-version triggers of ``tables`` (default: every audited table) and, unless ``function`` is False
    (a migration adding tables), the PostGIS function they call."""
    statements = gpkg_statements(tables) if kind == "gpkg" else postgis_statements('"{}"'.format(writer.schema),
                                                                                   tables, function)
    for statement in statements:
        writer.execute(statement)
