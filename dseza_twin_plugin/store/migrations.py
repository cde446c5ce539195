"""Schema migrations of the twin store.

``MIGRATIONS[v]`` upgrades a store from schema version ``v`` to ``v + 1``. It
receives the open writer (so it runs inside the upgrade's one transaction) and
the backend kind (``"gpkg"`` or ``"postgis"``) for the statements that differ.
When the schema in :mod:`.schema` changes, bump ``SCHEMA_VERSION`` there, add
the step here, and keep a store of the previous version under ``tests/data``
(made by the previous release) for the test that upgrades it.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.schema import CreateTable

from . import rollups, schema


def _add_column(writer, kind: str, layer: str, column: str) -> None:
    """``ALTER TABLE … ADD COLUMN`` with the column's type and value rule, as the schema defines them."""
    col = schema.table(layer).c[column]
    dialect = sqlite.dialect() if kind == "gpkg" else postgresql.dialect()
    sql_type = col.type.compile(dialect=dialect)
    checks = [c for c in schema.table(layer).constraints if (getattr(c, "info", None) or {}).get("column") == column]
    check_sql = "".join(" CONSTRAINT {} CHECK ({})".format(c.name, c.sqltext) for c in checks)
    table = '"{}"'.format(layer) if kind == "gpkg" else '"{}"."{}"'.format(writer.schema, layer)
    writer.execute('ALTER TABLE {} ADD COLUMN "{}" {}{}'.format(table, column, sql_type, check_sql))


def _v1_to_v2(writer, kind: str) -> None:
    """Version 2: lots record their planted (green) area, which planning checks compare to the minimum."""
    _add_column(writer, kind, "parcels", "green_area_m2")


def _create_attribute_table(writer, kind: str, name: str) -> None:
    """Create a table without geometry as the schema defines it (GeoPackage: registered as attributes)."""
    table = schema.metadata.tables[name]
    if kind == "gpkg":
        writer.execute(str(CreateTable(table).compile(dialect=sqlite.dialect())))
        writer.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
            "VALUES (?, 'attributes', ?, '')",
            (name, schema.title(name)),
        )
    else:
        ddl = str(CreateTable(table).compile(dialect=postgresql.dialect()))
        qualified = 'CREATE TABLE "{}"."{}" '.format(writer.schema, name)
        ddl = ddl.replace("CREATE TABLE {} ".format(table.name), qualified, 1)
        writer.execute(ddl)
        writer.execute('COMMENT ON TABLE "{}"."{}" IS \'{}\''.format(writer.schema, name, schema.title(name)))


def _v2_to_v3(writer, kind: str) -> None:
    """Version 3: the IoT sync's bookkeeping — per-datastream watermarks, run status, quarantined payloads."""
    for name in schema.SYNC_TABLES:
        _create_attribute_table(writer, kind, name)


def _columns(writer, kind: str, table: str) -> set[str]:
    if kind == "gpkg":
        return {row[1] for row in writer.execute('PRAGMA table_info("{}")'.format(table))}
    return {row[0] for row in writer.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND table_name = %s",
        (writer.schema, table))}


def _v3_to_v4(writer, kind: str) -> None:
    """Version 4: rollups of the readings (latest per sensor, daily totals) kept by triggers, and views; the
    planning checks' verdicts."""
    if kind != "gpkg":  # the tables' foreign keys name their targets unqualified
        writer.execute('SET LOCAL search_path TO "{}", public'.format(writer.schema))
    for name in schema.ROLLUP_TABLES:
        _create_attribute_table(writer, kind, name)
    # Verdicts of the planning checks, written when a run asks for it
    for name in schema.VERDICT_TABLES:
        _create_attribute_table(writer, kind, name)
        for index in schema.metadata.tables[name].indexes:
            writer.execute("CREATE INDEX IF NOT EXISTS {} ON {} ({})".format(
                index.name, name, ", ".join(c.name for c in index.columns)))
    # Quarantined payloads get a digest, so a payload refused again is found by index (rows quarantined
    # before the upgrade keep a NULL digest: they are not compared).
    # (A store upgraded from version 2 in the same run got the table as version 4 defines it.)
    if "digest" not in _columns(writer, kind, "quarantine"):
        writer.execute("ALTER TABLE quarantine ADD COLUMN digest TEXT")
    writer.execute("CREATE UNIQUE INDEX IF NOT EXISTS ux_quarantine_source_digest ON quarantine (source, digest)")
    if kind != "gpkg":
        writer.execute("SET LOCAL search_path TO DEFAULT")
    rollups.create(writer, kind)


def _v4_to_v5(writer, kind: str) -> None:
    """Version 5: governance — a row version on the edited layers (optimistic locking) and the audit of their
    changes, both kept by triggers. Rows already there start at version 1; their history starts now (the
    "as of" of an earlier date gives them as they are)."""
    from .governance import audit, locking

    for layer in schema.AUDITED_LAYERS:
        if "row_version" not in _columns(writer, kind, layer):
            table = '"{}"'.format(layer) if kind == "gpkg" else '"{}"."{}"'.format(writer.schema, layer)
            writer.execute('ALTER TABLE {} ADD COLUMN row_version {} DEFAULT 1'.format(
                table, "INTEGER" if kind == "gpkg" else "bigint"))
    for name in schema.AUDIT_TABLES:
        _create_attribute_table(writer, kind, name)
        prefix = "" if kind == "gpkg" else '"{}".'.format(writer.schema)
        for index in schema.metadata.tables[name].indexes:
            writer.execute("CREATE INDEX IF NOT EXISTS {} ON {}{} ({})".format(
                index.name, prefix, name, ", ".join(c.name for c in index.columns)))
    # the triggers of version 5's tables (later versions add theirs)
    locking.create(writer, kind, schema.AUDITED_LAYERS)
    audit.create(writer, kind, schema.AUDITED_LAYERS)


def _v5_to_v6(writer, kind: str) -> None:
    """Version 6: development scenarios — the ``scenarios`` table and one table of planned changes per changeable
    layer, audited and versioned like the live layers, with the trigger that records a change's base version,
    and the views of each changeable layer as every scenario sees it."""
    from . import scenarios
    from .governance import audit, locking

    names = ("scenarios",) + tuple(schema.SCENARIO_TABLES.values())
    if kind == "gpkg":
        from .gpkg import count_features, create_table

        for name in names:
            create_table(writer.conn, schema.metadata.tables[name])
        for name in schema.LAYERS:  # GDAL's feature counts (the new tables got theirs above)
            if schema.geometry_column(name) is not None:
                count_features(writer.conn, name)
    else:
        from sqlalchemy.schema import CreateIndex

        writer.execute('SET LOCAL search_path TO "{}", public'.format(writer.schema))
        for name in names:
            table = schema.metadata.tables[name]
            writer.execute(str(CreateTable(table).compile(dialect=postgresql.dialect())))
            for index in table.indexes:
                writer.execute(str(CreateIndex(index).compile(dialect=postgresql.dialect())))
            if schema.geometry_column(name) is not None:
                writer.execute('CREATE INDEX "sidx_{0}_geom" ON "{0}" USING GIST (geom)'.format(name))
            writer.execute("COMMENT ON TABLE \"{}\" IS '{}'".format(name, schema.title(name)))
        writer.execute("SET LOCAL search_path TO DEFAULT")
    locking.create(writer, kind, names, function=False)
    audit.create(writer, kind, names, first=False)
    scenarios.create_triggers(writer, kind)
    scenarios.create_views(writer, kind)


MIGRATIONS: dict[int, Callable] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5, 5: _v5_to_v6}
