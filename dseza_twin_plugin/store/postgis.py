"""The PostGIS backend: the shared, authority-wide store.

One schema (default ``twin``) per store. Bulk writes go through ``COPY``;
upserts COPY into a temporary staging table, then run one
``INSERT … ON CONFLICT``. ``readings`` is partitioned by month of
``phenomenon_time``; the partitions a write needs are made in its transaction.
Credentials never pass through the address: ``service=`` (pg_service.conf,
.pgpass) or an ``authcfg`` id resolved by the caller.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

import numpy as np
import shapely
from sqlalchemy.dialects import postgresql as pg_dialect
from sqlalchemy.schema import CreateIndex, CreateTable

from . import rollups, schema
from .address import StoreAddress
from .base import Row, TwinStore, TwinWriter, between_bounds, prepare_geometries, write_columns
from .errors import StoreConnectionError, StoreWriteError
from .governance import daily_use, store_setup
from .types import Geometry

log = logging.getLogger(__name__)

CredentialResolver = Callable[[str], dict]


def _ident(name: str):
    from psycopg import sql

    return sql.Identifier(name)


def _ewkb_hex(table, geoms: Sequence) -> list[str | None]:
    prepared = prepare_geometries(table, geoms)
    out: list[str | None] = [None] * len(prepared)
    idx = [i for i, g in enumerate(prepared) if g is not None]
    if idx:
        arr = shapely.set_srid(np.array([prepared[i] for i in idx], dtype=object), schema.STORE_SRID)
        hexes = shapely.to_wkb(arr, hex=True, include_srid=True)
        for j, i in enumerate(idx):
            out[i] = hexes[j]
    return out


def _month_start(value: dt.datetime) -> dt.date:
    value = value.astimezone(dt.timezone.utc)
    return dt.date(value.year, value.month, 1)


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)


class PostGISWriter(TwinWriter):
    def __init__(self, conn, schema_name: str):
        self.conn = conn
        self.schema = schema_name
        self._known_partitions: set = set()
        self._partition_function: bool | None = None
        self._row_security: bool | None = None  # row-level security applies to this connection's role

    def _copy(self, target, columns: list[str], records: Iterable[tuple], types: list[str] | None = None) -> None:
        """COPY the records into ``target``; binary when the column ``types`` are given (no text parsing
        of times and numbers on the server: the fast path for readings)."""
        from psycopg import sql

        statement = sql.SQL("COPY {} ({}) FROM STDIN{}").format(
            target, sql.SQL(", ").join(_ident(c) for c in columns),
            sql.SQL(" (FORMAT BINARY)") if types else sql.SQL(""),
        )
        with self.conn.cursor() as cur, cur.copy(statement) as copy:
            if types:
                copy.set_types(types)
            for record in records:
                copy.write_row(record)

    def _copy_into(self, layer: str, columns: list[str], records: Iterable[tuple], types: list[str] | None) -> None:
        """COPY into a table of the store; through a temporary table and one INSERT where row-level security is on
        (after setuproles: PostgreSQL refuses COPY FROM into such a table for every role it applies to)."""
        from psycopg import sql

        target = sql.SQL("{}.{}").format(_ident(self.schema), _ident(layer))
        if self._row_security is None:
            self._row_security = bool(self.conn.execute(
                "SELECT c.relrowsecurity AND NOT r.rolbypassrls AND NOT r.rolsuper FROM pg_class c, pg_roles r "
                "WHERE c.oid = to_regclass(%s) AND r.rolname = current_user",
                (sql.Identifier(self.schema, "twin_meta").as_string(self.conn),)).fetchone()[0])
        if not self._row_security:
            self._copy(target, columns, records, types)
            return
        staging = _ident("staging_copy_" + layer)
        collist = sql.SQL(", ").join(_ident(c) for c in columns)
        self.conn.execute(sql.SQL("CREATE TEMP TABLE {} ON COMMIT DROP AS SELECT {} FROM {} WITH NO DATA").format(
            staging, collist, target))
        self._copy(staging, columns, records, types)
        self.conn.execute(sql.SQL("INSERT INTO {} ({}) SELECT {} FROM {}").format(target, collist, collist, staging))
        self.conn.execute(sql.SQL("DROP TABLE {}").format(staging))

    def _records(self, table, columns: list[str], rows: Sequence[Row]) -> list[tuple]:
        geom_col = schema.geometry_column(table.name)
        if geom_col is None or geom_col.name not in columns:
            # psycopg adapts numpy scalars itself; map() keeps this loop in C for millions of readings
            return [tuple(map(row.get, columns)) for row in rows]
        hexes = _ewkb_hex(table, [r.get(geom_col.name) for r in rows])
        at = columns.index(geom_col.name)
        records = []
        for n, row in enumerate(rows):
            record = [_plain(row.get(c)) for c in columns]
            record[at] = hexes[n]
            records.append(tuple(record))
        return records

    def _ensure_reading_partitions(self, rows: Sequence[Row]) -> None:
        from psycopg import sql

        times = [r["phenomenon_time"] for r in rows if r.get("phenomenon_time")]
        if not times:
            return
        month, last = _month_start(min(times)), _month_start(max(times))
        months = []
        while month <= last:  # every month between: a batch is contiguous in time, or nearly
            months.append(month)
            month = _next_month(month)
        known = self._known_partitions
        if self._partition_function is None:  # made by setuproles: only the table's owner may add partitions
            self._partition_function = bool(self.conn.execute("SELECT to_regprocedure(%s)", (
                sql.Identifier(self.schema, "readings_partition").as_string(self.conn) + "(date)",)).fetchone()[0])
        for month in months:
            if month in known:
                continue
            known.add(month)
            name = "readings_{:%Y_%m}".format(month)
            if self._partition_function:
                if not self.conn.execute("SELECT to_regclass(%s)", (
                        sql.Identifier(self.schema, name).as_string(self.conn),)).fetchone()[0]:
                    self.conn.execute(sql.SQL("SELECT {}.readings_partition(%s)").format(_ident(self.schema)),
                                      (month,))
                continue
            self.conn.execute(
                sql.SQL("CREATE TABLE IF NOT EXISTS {}.{} PARTITION OF {}.readings "
                        "FOR VALUES FROM ({}) TO ({})").format(
                    _ident(self.schema), _ident(name), _ident(self.schema),
                    sql.Literal("{} 00:00:00+00".format(month)),
                    sql.Literal("{} 00:00:00+00".format(_next_month(month))),
                )
            )

    def _wrap(self, layer: str, exc: Exception) -> StoreWriteError:
        detail = getattr(getattr(exc, "diag", None), "message_primary", None) or str(exc)
        return StoreWriteError("Layer '{}' refused the rows ({}); nothing was written.".format(layer, detail))

    def insert(self, layer: str, rows: Sequence[Row]) -> int:
        import psycopg
        from psycopg import sql

        if not rows:
            return 0
        table = schema.table(layer)
        columns = write_columns(table, rows)
        if layer == "readings":
            self._ensure_reading_partitions(rows)
        try:
            with self.conn.transaction():  # a savepoint: the caller may catch and go on
                self._copy_into(layer, columns, self._records(table, columns, rows), _binary_types(table, columns))
                if "fid" in columns:  # explicit ids: move the identity past them
                    self.conn.execute(
                        sql.SQL("SELECT setval(pg_get_serial_sequence({}, 'fid'), "
                                "(SELECT coalesce(max(fid), 0) + 1 FROM {}.{}), false)").format(
                            sql.Literal("{}.{}".format(self.schema, layer)), _ident(self.schema), _ident(layer))
                    )
        except (psycopg.errors.IntegrityError, psycopg.DataError) as exc:  # a NUL, a bad value: refused
            raise self._wrap(layer, exc) from exc
        return len(rows)

    def upsert(self, layer: str, rows: Sequence[Row], key: str = "code") -> tuple[int, int]:
        import psycopg
        from psycopg import sql

        if not rows:
            return 0, 0
        table = schema.table(layer)
        columns = [c for c in write_columns(table, rows) if c != "fid"]
        if key not in columns:
            raise StoreWriteError("Upserting into '{}' needs the key column '{}'.".format(layer, key))
        updates = [c for c in columns if c != key]
        staging = _ident("staging_" + layer)
        collist = sql.SQL(", ").join(_ident(c) for c in columns)
        try:
            with self.conn.transaction():
                # Only the column types: constraints are checked by the final INSERT.
                self.conn.execute(sql.SQL("CREATE TEMP TABLE {} ON COMMIT DROP AS "
                                          "SELECT {} FROM {}.{} WITH NO DATA").format(
                    staging, collist, _ident(self.schema), _ident(layer)))
                self._copy(staging, columns, self._records(table, columns, rows))
                action = sql.SQL("NOTHING") if not updates else sql.SQL("UPDATE SET {}").format(
                    sql.SQL(", ").join(sql.SQL("{0} = EXCLUDED.{0}").format(_ident(c)) for c in updates))
                cur = self.conn.execute(
                    sql.SQL("INSERT INTO {}.{} ({}) SELECT {} FROM {} ON CONFLICT ({}) DO {} "
                            "RETURNING (xmax = 0)").format(
                        _ident(self.schema), _ident(layer), collist, collist, staging, _ident(key), action)
                )
                flags = [r[0] for r in cur.fetchall()]
                self.conn.execute(sql.SQL("DROP TABLE {}").format(staging))
        except (psycopg.errors.IntegrityError, psycopg.DataError) as exc:  # a NUL, a bad value: refused
            raise self._wrap(layer, exc) from exc
        inserted = sum(1 for f in flags if f)
        return inserted, len(flags) - inserted

    def insert_ignore(self, layer: str, rows: Sequence[Row]) -> tuple[int, int]:
        import psycopg
        from psycopg import sql

        if not rows:
            return 0, 0
        table = schema.table(layer)
        columns = [c for c in write_columns(table, rows) if c != "fid"]
        keys = [c.name for c in table.primary_key.columns if c.name in columns]
        if layer == "readings":
            self._ensure_reading_partitions(rows)
            if self._readings_past_latest(rows):
                try:
                    with self.conn.transaction():  # a savepoint: a concurrent writer may have won the race
                        self._copy_into("readings", columns, self._records(table, columns, rows),
                                        _binary_types(table, columns))
                    return len(rows), 0
                except psycopg.errors.UniqueViolation:
                    log.info("Readings arrived concurrently; storing this batch through the staging table")
                except (psycopg.errors.IntegrityError, psycopg.DataError) as exc:  # a NUL, a bad value: refused
                    raise self._wrap(layer, exc) from exc
        staging = _ident("staging_ignore_" + layer)
        collist = sql.SQL(", ").join(_ident(c) for c in columns)
        order = sql.SQL(" ORDER BY {}").format(sql.SQL(", ").join(_ident(k) for k in keys)) if keys else sql.SQL("")
        try:
            with self.conn.transaction():
                self.conn.execute(sql.SQL("CREATE TEMP TABLE {} ON COMMIT DROP AS "
                                          "SELECT {} FROM {}.{} WITH NO DATA").format(
                    staging, collist, _ident(self.schema), _ident(layer)))
                self._copy(staging, columns, self._records(table, columns, rows), _binary_types(table, columns))
                cur = self.conn.execute(
                    sql.SQL("INSERT INTO {}.{} ({}) SELECT {} FROM {}{} ON CONFLICT DO NOTHING").format(
                        _ident(self.schema), _ident(layer), collist, collist, staging, order)
                )
                new = cur.rowcount
                self.conn.execute(sql.SQL("DROP TABLE {}").format(staging))
        except (psycopg.errors.IntegrityError, psycopg.DataError) as exc:  # a NUL, a bad value: refused
            raise self._wrap(layer, exc) from exc
        return new, len(rows) - new

    def _readings_past_latest(self, rows: Sequence[Row]) -> bool:
        """True when no reading of the batch can be stored already, nor appear twice in it: each sensor's
        readings are in strictly increasing time and all after the sensor's latest stored reading.
        Then the batch is copied straight into the table (the speed of ``COPY``) instead of staged and
        merged with ``ON CONFLICT``. The sensors' latest rows are locked until commit, so that two
        writers of the same sensors take turns."""
        from psycopg import sql

        first: dict = {}
        last: dict = {}
        for row in rows:
            sensor, when = row["sensor_id"], row["phenomenon_time"]
            before = last.get(sensor)
            if before is None:
                first[sensor] = when
            elif when <= before:
                return False
            last[sensor] = when
        latest = self.conn.execute(
            sql.SQL("SELECT sensor_id, phenomenon_time FROM {}.readings_latest WHERE sensor_id = ANY(%s) "
                    "ORDER BY sensor_id FOR UPDATE").format(_ident(self.schema)), ([int(s) for s in first],)
        ).fetchall()
        return all(first[sensor] > stored for sensor, stored in latest)

    def delete_all(self, layer: str) -> int:
        from psycopg import sql

        schema.table(layer)
        cur = self.conn.execute(sql.SQL("DELETE FROM {}.{}").format(_ident(self.schema), _ident(layer)))
        return cur.rowcount

    def execute(self, statement: str, params: Sequence | None = None) -> list[tuple]:
        cur = self.conn.execute(statement, params)
        return cur.fetchall() if cur.description else []

    def executemany(self, statement: str, params_seq: Sequence[Sequence]) -> None:
        if params_seq:
            with self.conn.cursor() as cur:
                cur.executemany(statement, params_seq)  # psycopg pipelines the batch

    def set_meta(self, key: str, value: str) -> None:
        from psycopg import sql

        self.conn.execute(
            sql.SQL("INSERT INTO {}.twin_meta (key, value) VALUES (%s, %s) "
                    "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value").format(_ident(self.schema)),
            (key, value),
        )

    def set_layer_description(self, layer: str, text: str) -> None:
        from psycopg import sql

        schema.table(layer)
        self.conn.execute(sql.SQL("COMMENT ON TABLE {}.{} IS {}").format(
            _ident(self.schema), _ident(layer), sql.Literal(text)))
        self.set_meta("description:" + layer, text)

    def codes(self, layer: str, column: str = "code") -> set:
        from psycopg import sql

        table = schema.table(layer)
        if column not in table.columns:
            raise StoreWriteError("Layer '{}' has no column '{}'.".format(layer, column))
        cur = self.conn.execute(sql.SQL("SELECT DISTINCT {0} FROM {1}.{2} WHERE {0} IS NOT NULL").format(
            _ident(column), _ident(self.schema), _ident(layer)))
        return {r[0] for r in cur.fetchall()}

    def count(self, layer: str) -> int:
        from psycopg import sql

        schema.table(layer)
        return self.conn.execute(sql.SQL("SELECT count(*) FROM {}.{}").format(
            _ident(self.schema), _ident(layer))).fetchone()[0]


#: PostgreSQL type of each column type, for binary COPY (tables without geometry).
_BINARY_TYPES = {"BigInteger": "int8", "Integer": "int4", "Float": "float8", "Text": "text", "Date": "date",
                 "Boolean": "bool"}


def _binary_types(table, columns: list[str]) -> list[str] | None:
    names = []
    for name in columns:
        column_type = table.c[name].type
        kind = type(column_type).__name__
        if kind == "DateTime":
            names.append("timestamptz" if column_type.timezone else "timestamp")
        elif kind in _BINARY_TYPES:
            names.append(_BINARY_TYPES[kind])
        else:
            return None  # geometry and anything else: text COPY
    return names


def _plain(value):
    if isinstance(value, np.generic):
        return value.item()
    return value


class PostGISStore(TwinStore):
    """A twin store in one schema of a PostgreSQL/PostGIS database."""

    def __init__(self, address: StoreAddress, credentials: CredentialResolver | None = None):
        super().__init__(address)
        self._credentials = credentials
        self._conn = None
        self._admin_depth = 0  # inside admin_work(): createstore, migrations, setuproles
        self._daily_checked = False  # this connection may do daily work (see governance.daily_use)

    @contextmanager
    def admin_work(self):
        """Admin operations (create, upgrade, set up roles) may use a superuser or owner connection, which the
        daily work on a store with roles refuses (:mod:`.governance.daily_use`)."""
        self._admin_depth += 1
        try:
            yield self
        finally:
            self._admin_depth -= 1
            self._daily_checked = False  # roles may have been set up meanwhile: check again

    def create_or_upgrade(self) -> tuple[int, int | None]:
        """As :meth:`TwinStore.create_or_upgrade`; on a store with roles, an upgrade ends by setting the roles up
        again (new tables get their owner, grants and row-level security; see :mod:`.governance.roles`)."""
        with self.admin_work():
            version, before = super().create_or_upgrade()
            if before is not None and before != version:
                prefix = self.meta().get("roles_prefix")
                if prefix:
                    from .governance import roles

                    roles.setup_roles(self, prefix)
            return version, before

    @property
    def schema_name(self) -> str:
        return self.address.schema

    def _connect(self):
        conn = self._open_connection()
        if not self._admin_depth and not self._daily_checked:
            try:
                daily_use.check(conn, self.schema_name, str(self.address))
            except daily_use.DailyUseRefusedError:
                self._drop_connection()
                raise
            self._daily_checked = True
        return conn

    def _open_connection(self):
        if self._conn is not None and not self._conn.closed:
            return self._conn
        import psycopg

        kwargs: dict = {"application_name": "dseza_twin"}
        if self.address.authcfg:
            if self._credentials is None:
                raise StoreConnectionError(
                    "The store names authcfg={}, but no QGIS authentication database is available "
                    "here. Use a pg_service.conf service with a .pgpass file instead, or run inside "
                    "QGIS / qgis_process.".format(self.address.authcfg)
                )
            kwargs.update(self._credentials(self.address.authcfg))
        try:
            # Autocommit, with explicit transaction blocks: nested blocks are then savepoints.
            conn = psycopg.connect(self.address.libpq_conninfo(), autocommit=True, **kwargs)
        except (psycopg.OperationalError, psycopg.ProgrammingError) as exc:  # refused, or a conninfo libpq cannot read
            raise StoreConnectionError(
                "Cannot connect to the PostgreSQL store '{}': {}".format(self.address, str(exc).strip()),
                "connect_failed", address=str(self.address), detail=str(exc).strip()
            ) from exc
        conn.execute("SET TIME ZONE 'UTC'")
        self._conn = conn
        self._daily_checked = False
        return conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _live_connection(self):
        """The connection, replaced when the server dropped it while idle (a restart, an idle time-out):
        safe before a transaction starts, as nothing of it has been sent yet."""
        import psycopg

        conn = self._connect()
        try:
            conn.execute("SELECT 1")
        except psycopg.OperationalError:
            log.info("The connection to %s was lost while idle; connecting again", self.address)
            self._drop_connection()
            conn = self._connect()
        return conn

    def _drop_connection(self) -> None:
        try:
            if self._conn is not None:
                self._conn.close()
        finally:
            self._conn = None

    def _lost(self, exc: Exception) -> StoreConnectionError:
        self._drop_connection()
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return StoreConnectionError(
            "The connection to the PostgreSQL store '{}' was lost ({}). Nothing of the unfinished step was "
            "kept; when the database is back, run again: it goes on from what was committed.".format(
                self.address, detail), "connection_lost", address=str(self.address), detail=detail)

    @contextmanager
    def transaction(self) -> Iterator[PostGISWriter]:
        import psycopg

        conn = self._live_connection()
        writer = PostGISWriter(conn, self.schema_name)
        try:
            with conn.transaction():
                yield writer
        except psycopg.errors.InsufficientPrivilege as exc:
            raise daily_use.refused(exc, str(self.address), conn.info.user) from exc
        except psycopg.OperationalError as exc:
            if conn.broken or conn.closed:
                raise self._lost(exc) from exc
            raise

    def exists(self) -> bool:
        rows = self.query("SELECT 1 FROM pg_namespace WHERE nspname = %s", (self.schema_name,))
        return bool(rows)

    def _read_schema_version(self) -> int | None:
        found = self.query(
            "SELECT 1 FROM information_schema.tables WHERE table_schema = %s AND table_name = 'twin_meta'",
            (self.schema_name,),
        )
        if not found:
            return None
        from psycopg import sql

        conn = self._connect()
        row = conn.execute(sql.SQL("SELECT value FROM {}.twin_meta WHERE key = 'schema_version'").format(
            _ident(self.schema_name))).fetchone()
        return int(row[0]) if row else None

    def _create_schema(self, writer: PostGISWriter) -> None:
        from psycopg import sql

        conn = writer.conn
        has_postgis = conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'").fetchone()
        if not has_postgis:
            try:
                with conn.transaction():
                    conn.execute("CREATE EXTENSION postgis")
            except Exception as exc:
                raise StoreConnectionError(
                    "The database has no PostGIS extension and it could not be added ({}). Ask the "
                    "database administrator to run CREATE EXTENSION postgis.".format(exc)
                ) from exc
        conn.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(_ident(self.schema_name)))
        # Unqualified DDL lands in the store's schema; PostGIS types resolve through public.
        conn.execute(sql.SQL("SET LOCAL search_path TO {}, public").format(_ident(self.schema_name)))
        dialect = pg_dialect.dialect()
        for table in schema.metadata.sorted_tables:
            ddl = str(CreateTable(table).compile(dialect=dialect))
            if table.name == "readings":
                ddl = ddl.rstrip() + " PARTITION BY RANGE (phenomenon_time)"
            conn.execute(ddl)
            for index in table.indexes:
                conn.execute(str(CreateIndex(index).compile(dialect=dialect)))
            for column in table.columns:
                if isinstance(column.type, Geometry):
                    conn.execute(sql.SQL("CREATE INDEX {} ON {} USING GIST ({})").format(
                        _ident("sidx_{}_{}".format(table.name, column.name)), _ident(table.name),
                        _ident(column.name)))
            conn.execute(sql.SQL("COMMENT ON TABLE {} IS {}").format(
                _ident(table.name), sql.Literal(schema.title(table.name))))
        conn.execute("SET LOCAL search_path TO DEFAULT")
        rollups.create(writer, "postgis")
        store_setup.create(writer, "postgis")

    def rows(self, layer: str, columns: Sequence[str] | None = None, order_by: str | None = None,
             between: tuple | None = None) -> list[Row]:
        import psycopg
        from psycopg import sql

        table = schema.table(layer)
        cols = [table.c[c] for c in (columns or table.columns.keys())]
        selects = [
            sql.SQL("ST_AsBinary({0}) AS {0}").format(_ident(c.name)) if isinstance(c.type, Geometry)
            else _ident(c.name)
            for c in cols
        ]
        statement = sql.SQL("SELECT {} FROM {}.{}").format(
            sql.SQL(", ").join(selects), _ident(self.schema_name), _ident(layer))
        bounds = between_bounds(table, between)
        if bounds:
            statement += sql.SQL(" WHERE ") + sql.SQL(" AND ").join(
                sql.SQL("{} {} %s").format(_ident(name), sql.SQL(op)) for name, op, _ in bounds)
        params = [value for _, _, value in bounds]
        if order_by:
            statement += sql.SQL(" ORDER BY {}").format(_ident(table.c[order_by].name))
        conn = self._connect()
        try:
            records = conn.execute(statement, params).fetchall()
        except psycopg.errors.InsufficientPrivilege as exc:
            raise daily_use.refused(exc, str(self.address), conn.info.user) from exc
        out = []
        for rec in records:
            row = {}
            for c, v in zip(cols, rec):
                if isinstance(c.type, Geometry) and v is not None:
                    v = shapely.from_wkb(bytes(v))
                row[c.name] = v
            out.append(row)
        return out

    def query(self, statement, params: Sequence | None = None) -> list[tuple]:
        import psycopg

        for attempt in (1, 2):  # a read: asked again once on a new connection when the old one was dropped
            conn = self._connect()
            try:
                cur = conn.execute(statement, params)
                return cur.fetchall() if cur.description else []
            except psycopg.errors.InsufficientPrivilege as exc:
                raise daily_use.refused(exc, str(self.address), conn.info.user) from exc
            except psycopg.OperationalError as exc:
                if not (conn.broken or conn.closed):
                    raise
                if attempt == 2:
                    raise self._lost(exc) from exc
                self._drop_connection()
        raise AssertionError("unreachable")

    def meta(self) -> dict[str, str]:
        from psycopg import sql

        return dict(self.query(sql.SQL("SELECT key, value FROM {}.twin_meta").format(_ident(self.schema_name))))

    def analyze(self) -> None:
        from psycopg import sql

        conn = self._connect()
        for layer in schema.LAYERS:
            conn.execute(sql.SQL("ANALYZE {}.{}").format(_ident(self.schema_name), _ident(layer)))

    def layer_source(self, layer: str) -> tuple[str, str]:
        table = schema.table(layer)
        parts = [self.address.libpq_conninfo()]
        if self.address.authcfg:
            parts.append("authcfg={}".format(self.address.authcfg))
        geom = schema.geometry_column(layer)
        if geom is not None:
            parts.append("key='fid' srid={} type={} checkPrimaryKeyUnicity='0'".format(
                schema.STORE_SRID, geom.type.geometry_type.title().replace("string", "String")
                .replace("polygon", "Polygon")))
            parts.append('table="{}"."{}" ({})'.format(self.schema_name, layer, geom.name))
        else:
            keys = ",".join('"{}"'.format(c.name) for c in table.primary_key.columns)
            parts.append("key='{}' checkPrimaryKeyUnicity='0'".format(keys))
            parts.append('table="{}"."{}"'.format(self.schema_name, layer))
        return " ".join(p for p in parts if p), "postgres"
