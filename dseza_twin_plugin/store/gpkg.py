"""The GeoPackage backend: the embedded default store, one file, no server.

Written with Python's ``sqlite3`` so that the store works (and is tested)
without GDAL. The file follows the OGC GeoPackage 1.2 encoding: ``gpkg_*``
metadata tables, GeoPackage geometry blobs and the R-tree spatial index
extension with its standard triggers, so QGIS and GDAL read it natively. Those
triggers call ``ST_IsEmpty``/``ST_MinX``/…; GDAL registers them on its own
connections, and :func:`_register_gpkg_functions` does so on ours.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import struct
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import numpy as np
import shapely
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateIndex, CreateTable

from . import rollups, schema
from .address import StoreAddress
from .base import Row, TwinStore, TwinWriter, between_bounds, prepare_geometries, write_columns
from .errors import StoreConnectionError, StoreWriteError
from .governance import store_setup
from .types import Geometry

log = logging.getLogger(__name__)

GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_USER_VERSION = 10200  # GeoPackage 1.2
_BATCH = 20_000

_GPKG_CORE_DDL = """
CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE IF NOT EXISTS gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE IF NOT EXISTS gpkg_extensions (
  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
  scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
CREATE TABLE IF NOT EXISTS gpkg_ogr_contents (
  table_name TEXT NOT NULL PRIMARY KEY, feature_count INTEGER DEFAULT NULL);
"""

# GDAL's feature counts (since schema version 6), kept by its own trigger convention. Without them QGIS 3.22
# (GDAL 3.6) counts a filtered layer of the file as if unfiltered (the scenario filters, any subset string).
_FEATURE_COUNT_DDL = """
CREATE TRIGGER "trigger_insert_feature_count_{t}" AFTER INSERT ON "{t}" BEGIN UPDATE gpkg_ogr_contents
  SET feature_count = feature_count + 1 WHERE lower(table_name) = lower('{t}'); END;
CREATE TRIGGER "trigger_delete_feature_count_{t}" AFTER DELETE ON "{t}" BEGIN UPDATE gpkg_ogr_contents
  SET feature_count = feature_count - 1 WHERE lower(table_name) = lower('{t}'); END;
"""

# The R-tree triggers of the GeoPackage 1.4 specification (extension F.3). Its
# update6/update7 replace 1.2's update1/update3, whose "INSERT OR REPLACE" fails
# under an UPSERT (the outer statement's conflict policy overrides the trigger's).
_RTREE_DDL = """
CREATE VIRTUAL TABLE "rtree_{t}_{c}" USING rtree(id, minx, maxx, miny, maxy);
CREATE TRIGGER "rtree_{t}_{c}_insert" AFTER INSERT ON "{t}"
  WHEN (new."{c}" NOT NULL AND NOT ST_IsEmpty(NEW."{c}"))
BEGIN
  INSERT OR REPLACE INTO "rtree_{t}_{c}" VALUES (NEW."{i}",
    ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"), ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}"));
END;
CREATE TRIGGER "rtree_{t}_{c}_update2" AFTER UPDATE OF "{c}" ON "{t}"
  WHEN OLD."{i}" = NEW."{i}" AND (NEW."{c}" ISNULL OR ST_IsEmpty(NEW."{c}"))
BEGIN
  DELETE FROM "rtree_{t}_{c}" WHERE id = OLD."{i}";
END;
CREATE TRIGGER "rtree_{t}_{c}_update4" AFTER UPDATE ON "{t}"
  WHEN OLD."{i}" != NEW."{i}" AND (NEW."{c}" ISNULL OR ST_IsEmpty(NEW."{c}"))
BEGIN
  DELETE FROM "rtree_{t}_{c}" WHERE id IN (OLD."{i}", NEW."{i}");
END;
CREATE TRIGGER "rtree_{t}_{c}_update5" AFTER UPDATE ON "{t}"
  WHEN OLD."{i}" != NEW."{i}" AND (NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}"))
BEGIN
  DELETE FROM "rtree_{t}_{c}" WHERE id = OLD."{i}";
  INSERT OR REPLACE INTO "rtree_{t}_{c}" VALUES (NEW."{i}",
    ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"), ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}"));
END;
CREATE TRIGGER "rtree_{t}_{c}_update6" AFTER UPDATE OF "{c}" ON "{t}"
  WHEN OLD."{i}" = NEW."{i}" AND (NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}"))
    AND (OLD."{c}" NOTNULL AND NOT ST_IsEmpty(OLD."{c}"))
BEGIN
  UPDATE "rtree_{t}_{c}" SET minx = ST_MinX(NEW."{c}"), maxx = ST_MaxX(NEW."{c}"),
    miny = ST_MinY(NEW."{c}"), maxy = ST_MaxY(NEW."{c}") WHERE id = NEW."{i}";
END;
CREATE TRIGGER "rtree_{t}_{c}_update7" AFTER UPDATE OF "{c}" ON "{t}"
  WHEN OLD."{i}" = NEW."{i}" AND (NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}"))
    AND (OLD."{c}" ISNULL OR ST_IsEmpty(OLD."{c}"))
BEGIN
  INSERT INTO "rtree_{t}_{c}" VALUES (NEW."{i}",
    ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"), ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}"));
END;
CREATE TRIGGER "rtree_{t}_{c}_delete" AFTER DELETE ON "{t}" WHEN old."{c}" NOT NULL
BEGIN
  DELETE FROM "rtree_{t}_{c}" WHERE id = OLD."{i}";
END;
"""

_HEADER = struct.Struct("<2sBBi4d")  # magic, version, flags, srs_id, minx maxx miny maxy
_EMPTY_HEADER = struct.Struct("<2sBBi")


def encode_geometries(geoms: Sequence, srid: int = schema.STORE_SRID) -> list[bytes | None]:
    """GeoPackage geometry blobs: header with the XY envelope, then ISO WKB (little endian)."""
    result: list[bytes | None] = [None] * len(geoms)
    present = [i for i, g in enumerate(geoms) if g is not None]
    if not present:
        return result
    arr = np.array([geoms[i] for i in present], dtype=object)
    wkbs = shapely.to_wkb(arr, byte_order=1, flavor="iso")
    bounds = shapely.bounds(arr)
    for j, i in enumerate(present):
        minx, miny, maxx, maxy = bounds[j]
        if np.isnan(minx):  # empty geometry: flag bit 4, no envelope
            result[i] = _EMPTY_HEADER.pack(b"GP", 0, 0b00010001, srid) + wkbs[j]
        else:
            result[i] = _HEADER.pack(b"GP", 0, 0b00000011, srid, minx, maxx, miny, maxy) + wkbs[j]
    return result


def decode_geometry(blob: bytes | None):
    """Shapely geometry of a GeoPackage blob (any envelope kind)."""
    if blob is None:
        return None
    flags = blob[3]
    envelope = (flags >> 1) & 0b111
    size = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get(envelope, 0)
    return shapely.from_wkb(bytes(blob[8 + size:]))


def _envelope(blob: bytes | None) -> tuple[float, float, float, float] | None:
    if blob is None or len(blob) < 8:
        return None
    flags = blob[3]
    if (flags >> 4) & 1:
        return None
    if (flags >> 1) & 0b111:
        order = "<" if flags & 1 else ">"
        return struct.unpack_from(order + "4d", blob, 8)
    minx, miny, maxx, maxy = decode_geometry(blob).bounds
    return minx, maxx, miny, maxy


def _register_gpkg_functions(conn: sqlite3.Connection) -> None:
    """The SQL functions the standard R-tree triggers call."""

    def env(i):
        def f(blob):
            e = _envelope(blob)
            return None if e is None else e[i]

        return f

    conn.create_function("ST_IsEmpty", 1, lambda b: None if b is None else int(_envelope(b) is None),
                         deterministic=True)
    for i, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        conn.create_function(name, 1, env(i), deterministic=True)


def _statements(script: str) -> list[str]:
    """Split an SQL script into statements (trigger bodies hold semicolons).

    ``executescript`` would commit the open transaction first, so scripts are
    run statement by statement inside it.
    """
    statements, current = [], ""
    for piece in script.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \n;"):
                statements.append(current.strip())
            current = ""
    return statements

def create_table(conn, table) -> None:
    """Create a table of the schema with its indexes and register it in the GeoPackage's contents (a feature
    table with its geometry column and R-tree, or attributes)."""
    dialect = sqlite_dialect.dialect()
    conn.execute(str(CreateTable(table).compile(dialect=dialect)))
    for index in table.indexes:
        conn.execute(str(CreateIndex(index).compile(dialect=dialect)))
    if table.name == "twin_meta":
        return
    geom = (schema.geometry_column(table.name)
            if table.name in schema.LAYERS or table.name in schema.SCENARIO_TITLES else None)
    conn.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
        "VALUES (?, ?, ?, ?, ?)",
        (table.name, "features" if geom is not None else "attributes",
         schema.title(table.name), "", schema.STORE_SRID if geom is not None else None),
    )
    if geom is not None:
        conn.execute(
            "INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)",
            (table.name, geom.name, geom.type.geometry_type, schema.STORE_SRID),
        )
        for statement in _statements(_RTREE_DDL.format(t=table.name, c=geom.name, i="fid")):
            conn.execute(statement)
        conn.execute(
            "INSERT INTO gpkg_extensions VALUES (?, ?, 'gpkg_rtree_index', "
            "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
            (table.name, geom.name),
        )
        count_features(conn, table.name)


def count_features(conn, name: str) -> None:
    """GDAL's kept feature count of a feature table (see :data:`_FEATURE_COUNT_DDL`), from its rows now."""
    conn.execute("CREATE TABLE IF NOT EXISTS gpkg_ogr_contents (table_name TEXT NOT NULL PRIMARY KEY, "
                 "feature_count INTEGER DEFAULT NULL)")
    conn.execute('INSERT OR REPLACE INTO gpkg_ogr_contents VALUES (?, (SELECT count(*) FROM "{}"))'.format(name),
                 (name,))
    for statement in _statements(_FEATURE_COUNT_DDL.format(t=name)):
        conn.execute(statement)



def _crs_wkt(srid: int) -> str:
    from pyproj import CRS

    return CRS.from_epsg(srid).to_wkt("WKT1_GDAL")


def _sql_value(value):
    """Python value → what GeoPackage stores (dates and times as ISO 8601 text)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
        return value.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, np.generic):
        return value.item()
    return value


def _py_value(column, value):
    """GeoPackage value → Python value of the column's type."""
    if value is None:
        return None
    type_name = type(column.type).__name__
    if isinstance(column.type, Geometry):
        return decode_geometry(value)
    if type_name == "DateTime":
        text = str(value).replace("Z", "+00:00")
        parsed = dt.datetime.fromisoformat(text)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)
    if type_name == "Date":
        return dt.date.fromisoformat(str(value)[:10])
    if type_name == "Boolean":
        return bool(value)
    return value


class GeoPackageWriter(TwinWriter):
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.touched: set[str] = set()

    def _rows_to_params(self, table, columns: list[str], rows: Sequence[Row]) -> list[tuple]:
        geom_col = schema.geometry_column(table.name)
        blobs = None
        if geom_col is not None and geom_col.name in columns:
            blobs = encode_geometries(prepare_geometries(table, [r.get(geom_col.name) for r in rows]))
        params = []
        for n, row in enumerate(rows):
            values = []
            for c in columns:
                if blobs is not None and c == geom_col.name:
                    values.append(blobs[n])
                else:
                    values.append(_sql_value(row.get(c)))
            params.append(tuple(values))
        return params

    def _insert_rows(self, layer: str, rows: Sequence[Row], conflict: str = "") -> int:
        """Batched INSERT (``conflict``: an ``ON CONFLICT`` clause); returns the rows inserted."""
        table = schema.table(layer)
        columns = write_columns(table, rows)
        sql = 'INSERT INTO "{}" ({}) VALUES ({}) {}'.format(
            layer, ", ".join('"{}"'.format(c) for c in columns), ", ".join("?" * len(columns)), conflict
        )
        inserted = 0
        for start in range(0, len(rows), _BATCH):
            chunk = rows[start:start + _BATCH]
            try:
                # rowcount counts this table's rows only, not the R-tree rows its triggers add
                inserted += self.conn.executemany(sql, self._rows_to_params(table, columns, chunk)).rowcount
            except sqlite3.IntegrityError as exc:
                raise StoreWriteError(
                    "Layer '{}' refused the new rows ({}); nothing was written.".format(layer, exc)
                ) from exc
        if inserted:
            self.touched.add(layer)
        return inserted

    def insert(self, layer: str, rows: Sequence[Row]) -> int:
        if not rows:
            return 0
        return self._insert_rows(layer, rows)

    def upsert(self, layer: str, rows: Sequence[Row], key: str = "code") -> tuple[int, int]:
        if not rows:
            return 0, 0
        table = schema.table(layer)
        columns = write_columns(table, rows)
        if key not in columns:
            raise StoreWriteError("Upserting into '{}' needs the key column '{}'.".format(layer, key))
        existing = self.codes(layer, key)
        updates = [c for c in columns if c not in (key, "fid")]
        sql = 'INSERT INTO "{}" ({}) VALUES ({}) ON CONFLICT("{}") DO {}'.format(
            layer,
            ", ".join('"{}"'.format(c) for c in columns),
            ", ".join("?" * len(columns)),
            key,
            "UPDATE SET " + ", ".join('"{0}" = excluded."{0}"'.format(c) for c in updates) if updates else "NOTHING",
        )
        try:
            self.conn.executemany(sql, self._rows_to_params(table, columns, rows))
        except sqlite3.IntegrityError as exc:
            raise StoreWriteError(
                "Layer '{}' refused the rows ({}); nothing was written.".format(layer, exc)
            ) from exc
        self.touched.add(layer)
        keys = {r.get(key) for r in rows}
        updated = len(keys & existing)
        return len(keys) - updated, updated

    def insert_ignore(self, layer: str, rows: Sequence[Row]) -> tuple[int, int]:
        if not rows:
            return 0, 0
        new = self._insert_rows(layer, rows, "ON CONFLICT DO NOTHING")
        return new, len(rows) - new

    def delete_all(self, layer: str) -> int:
        schema.table(layer)
        n = self.count(layer)
        self.conn.execute('DELETE FROM "{}"'.format(layer))
        self.touched.add(layer)
        return n

    def execute(self, sql: str, params: Sequence | None = None) -> list[tuple]:
        cur = self.conn.execute(sql, tuple(params or ()))
        return cur.fetchall()

    def executemany(self, sql: str, params_seq: Sequence[Sequence]) -> None:
        if params_seq:
            self.conn.executemany(sql, params_seq)

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO twin_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def set_layer_description(self, layer: str, text: str) -> None:
        schema.table(layer)
        self.conn.execute("UPDATE gpkg_contents SET description = ? WHERE table_name = ?", (text, layer))
        self.set_meta("description:" + layer, text)

    def codes(self, layer: str, column: str = "code") -> set:
        table = schema.table(layer)
        if column not in table.columns:
            raise StoreWriteError("Layer '{}' has no column '{}'.".format(layer, column))
        cur = self.conn.execute('SELECT DISTINCT "{0}" FROM "{1}" WHERE "{0}" IS NOT NULL'.format(column, layer))
        return {r[0] for r in cur}

    def count(self, layer: str) -> int:
        schema.table(layer)
        return self.conn.execute('SELECT count(*) FROM "{}"'.format(layer)).fetchone()[0]

    def refresh_contents(self) -> None:
        """Keep gpkg_contents' extent and last_change true for the layers written."""
        now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        for layer in self.touched:
            extent = (None, None, None, None)
            if schema.geometry_column(layer) is not None:
                extent = self.conn.execute(
                    'SELECT min(minx), min(miny), max(maxx), max(maxy) FROM "rtree_{}_geom"'.format(layer)
                ).fetchone()
            self.conn.execute(
                "UPDATE gpkg_contents SET last_change = ?, min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                "WHERE table_name = ?",
                (now, *extent, layer),
            )
        self.touched.clear()


class GeoPackageStore(TwinStore):
    """A twin store in one GeoPackage file."""

    def __init__(self, address: StoreAddress):
        super().__init__(address)
        self.path = os.path.abspath(address.path)
        self._conn: sqlite3.Connection | None = None

    def exists(self) -> bool:
        return os.path.exists(self.path) and os.path.getsize(self.path) > 0

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            folder = os.path.dirname(self.path)
            if folder and not os.path.isdir(folder):
                raise StoreConnectionError(
                    "The folder of the GeoPackage {} does not exist.".format(self.path), "no_folder",
                    address=str(self.path)
                )
            try:
                conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
                conn.execute("PRAGMA foreign_keys = ON")
                app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            except sqlite3.DatabaseError as exc:
                raise StoreConnectionError(
                    "{} is not a GeoPackage that can be opened ({}).".format(self.path, exc), "not_a_geopackage",
                    address=str(self.path)
                ) from exc
            has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if has_tables and app_id not in (GPKG_APPLICATION_ID, 0x47503130):
                conn.close()
                raise StoreConnectionError("{} is an SQLite file but not a GeoPackage.".format(self.path),
                                           "not_a_geopackage", address=str(self.path))
            _register_gpkg_functions(conn)
            self._conn = conn
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    @contextmanager
    def transaction(self) -> Iterator[GeoPackageWriter]:
        conn = self._connect()
        writer = GeoPackageWriter(conn)
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield writer
            writer.refresh_contents()
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _read_schema_version(self) -> int | None:
        conn = self._connect()
        has_meta = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'twin_meta'"
        ).fetchone()[0]
        if not has_meta:
            return None
        row = conn.execute("SELECT value FROM twin_meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else None

    def _create_schema(self, writer: GeoPackageWriter) -> None:
        conn = writer.conn
        conn.execute("PRAGMA application_id = {}".format(GPKG_APPLICATION_ID))
        conn.execute("PRAGMA user_version = {}".format(GPKG_USER_VERSION))
        for statement in _statements(_GPKG_CORE_DDL):
            conn.execute(statement)
        conn.executemany(
            "INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)",
            [
                ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian CRS"),
                ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic CRS"),
                ("WGS 84 geodetic", 4326, "EPSG", 4326, _crs_wkt(4326), "longitude/latitude on WGS 84"),
                ("VN-2000 / TM-3 107-45", schema.STORE_SRID, "EPSG", schema.STORE_SRID,
                 _crs_wkt(schema.STORE_SRID), "Da Nang local plane system (lon_0 107.75, k 0.9999)"),
            ],
        )
        for table in schema.metadata.sorted_tables:
            create_table(conn, table)
        rollups.create(writer, "gpkg")
        store_setup.create(writer, "gpkg")

    def rows(self, layer: str, columns: Sequence[str] | None = None, order_by: str | None = None,
             between: tuple | None = None) -> list[Row]:
        table = schema.table(layer)
        cols = [table.c[c] for c in (columns or table.columns.keys())]
        sql = 'SELECT {} FROM "{}"'.format(", ".join('"{}"'.format(c.name) for c in cols), layer)
        bounds = between_bounds(table, between)
        if bounds:
            sql += " WHERE " + " AND ".join('"{}" {} ?'.format(name, op) for name, op, _ in bounds)
        params = [_sql_value(value) for _, _, value in bounds]
        if order_by:
            sql += ' ORDER BY "{}"'.format(table.c[order_by].name)
        cur = self._connect().execute(sql, params)
        return [{c.name: _py_value(c, v) for c, v in zip(cols, rec)} for rec in cur]

    def query(self, sql: str, params: Sequence | None = None) -> list[tuple]:
        return self._connect().execute(sql, tuple(params or ())).fetchall()

    def meta(self) -> dict[str, str]:
        return dict(self.query("SELECT key, value FROM twin_meta"))

    def count(self, layer: str) -> int:
        # A plain read: no write lock, so counting never waits behind another process's write.
        schema.table(layer)
        return self._connect().execute('SELECT count(*) FROM "{}"'.format(layer)).fetchone()[0]

    def counts(self) -> dict[str, int]:
        return {layer: self.count(layer) for layer in schema.LAYERS}

    def analyze(self) -> None:
        self._connect().execute("ANALYZE")

    def layer_source(self, layer: str) -> tuple[str, str]:
        schema.table(layer)
        return "{}|layername={}".format(self.path, layer), "ogr"
