"""What every twin store offers, whatever its backend.

Rows travel as plain dicts keyed by column name. Values are ``str``, ``int``,
``float``, ``bool``, ``datetime.date``, timezone-aware ``datetime.datetime`` or
``None``; the geometry column ``geom`` holds a shapely geometry in EPSG:5899
(single parts are promoted to the layer's multi type).

Every change goes through :meth:`TwinStore.transaction`: all of it is written,
or none of it.
"""

from __future__ import annotations

import datetime as dt
import logging
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

import shapely
from sqlalchemy import Table

from . import migrations, schema
from .address import StoreAddress
from .errors import StoreVersionError, StoreWriteError

log = logging.getLogger(__name__)

Row = dict


class TwinWriter(ABC):
    """Writes inside one open transaction of a store."""

    @abstractmethod
    def insert(self, layer: str, rows: Sequence[Row]) -> int:
        """Insert rows (bulk: COPY in PostGIS, batched statements in GeoPackage)."""

    @abstractmethod
    def upsert(self, layer: str, rows: Sequence[Row], key: str = "code") -> tuple[int, int]:
        """Insert new rows, update those whose ``key`` exists; returns (inserted, updated)."""

    @abstractmethod
    def insert_ignore(self, layer: str, rows: Sequence[Row]) -> tuple[int, int]:
        """Insert the rows whose primary key is not there yet; returns (new, duplicate).

        PostGIS: COPY into a staging table, then one ``INSERT … ON CONFLICT DO NOTHING``;
        GeoPackage: batched ``INSERT … ON CONFLICT DO NOTHING``. Other constraint
        violations still refuse the whole write.
        """

    @abstractmethod
    def delete_all(self, layer: str) -> int:
        """Remove every row of a layer; returns how many were removed."""

    @abstractmethod
    def execute(self, sql: str, params: Sequence | None = None) -> list[tuple]:
        """Run one statement of the backend's SQL with bound parameters."""

    @abstractmethod
    def executemany(self, sql: str, params_seq: Sequence[Sequence]) -> None:
        """One statement for each parameter tuple, batched by the driver."""

    @abstractmethod
    def set_meta(self, key: str, value: str) -> None:
        """Record a key/value in the store's ``twin_meta`` table."""

    @abstractmethod
    def set_layer_description(self, layer: str, text: str) -> None:
        """Describe a layer where QGIS and other clients read it."""

    @abstractmethod
    def codes(self, layer: str, column: str = "code") -> set:
        """Distinct non-null values of a column (to check keys before writing)."""

    @abstractmethod
    def count(self, layer: str) -> int:
        """Number of rows of a layer as this transaction sees it."""


class TwinStore(ABC):
    """A twin store: one schema, in a GeoPackage file or a PostGIS schema."""

    def __init__(self, address: StoreAddress):
        self.address = address

    # -- life cycle -------------------------------------------------------
    @abstractmethod
    def exists(self) -> bool:
        """Whether the file / schema is there at all."""

    @abstractmethod
    def _create_schema(self, writer: TwinWriter) -> None:
        """Create every table, index, constraint and spatial index (empty store)."""

    @abstractmethod
    def close(self) -> None:
        """Release connections."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def schema_version(self) -> int | None:
        """The schema version recorded in the store; None where none is."""
        if not self.exists():
            return None
        return self._read_schema_version()

    @abstractmethod
    def _read_schema_version(self) -> int | None: ...

    def check_version(self) -> int:
        """Refuse a store this code cannot work on; return its version."""
        version = self.schema_version()
        if version is None:
            raise StoreVersionError(
                "{} is not a DSEZA Twin store yet: run 'Create or upgrade twin store' "
                "(dsezatwin:createstore) on it first.".format(self.address), "not_a_store", address=str(self.address)
            )
        if version > schema.SCHEMA_VERSION:
            raise StoreVersionError(
                "The twin store {} has schema version {}, made by a newer DSEZA Twin; this "
                "plugin knows versions up to {}. Update the plugin.".format(
                    self.address, version, schema.SCHEMA_VERSION
                ), "newer_version", address=str(self.address), version=version, known=schema.SCHEMA_VERSION
            )
        if version < schema.SCHEMA_VERSION:
            raise StoreVersionError(
                "The twin store {} has schema version {}; this plugin needs {}. Run "
                "'Create or upgrade twin store' (dsezatwin:createstore) to upgrade it.".format(
                    self.address, version, schema.SCHEMA_VERSION
                ), "older_version", address=str(self.address), version=version, needed=schema.SCHEMA_VERSION
            )
        return version

    def create_or_upgrade(self) -> tuple[int, int | None]:
        """Create an empty store or upgrade an older one, in one transaction.

        Returns ``(version now, version before or None)``.
        """
        before = self.schema_version()
        target = schema.SCHEMA_VERSION
        if before is not None and before > target:
            self.check_version()  # raises with the explanation
        if before == target:
            return target, before
        with self.transaction() as writer:
            if before is None:
                self._create_schema(writer)
                writer.set_meta("created", dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
                writer.set_meta("crs", "EPSG:{}".format(schema.STORE_SRID))
            else:
                for version in range(before, target):
                    step = migrations.MIGRATIONS.get(version)
                    if step is None:
                        raise StoreVersionError(
                            "No upgrade is known from schema version {} to {}.".format(version, version + 1)
                        )
                    log.info("Upgrading twin store %s from version %s to %s", self.address, version, version + 1)
                    step(writer, self.address.kind)
            writer.set_meta("schema_version", str(target))
        return target, before

    # -- reading ----------------------------------------------------------
    @contextmanager
    @abstractmethod
    def transaction(self) -> Iterator[TwinWriter]:
        """A writer inside one transaction: committed on success, rolled back on any error."""

    @abstractmethod
    def rows(self, layer: str, columns: Sequence[str] | None = None, order_by: str | None = None,
             between: tuple | None = None) -> list[Row]:
        """All rows of a layer (geometry as shapely), optionally only some columns; ``between`` =
        ``(column, start, end)`` keeps the rows with ``start <= column < end`` (either bound may be None),
        filtered by the database (for readings: the primary key and the monthly partitions)."""

    @abstractmethod
    def query(self, sql: str, params: Sequence | None = None) -> list[tuple]:
        """A read-only query in the backend's SQL with bound parameters."""

    @abstractmethod
    def meta(self) -> dict[str, str]:
        """The ``twin_meta`` key/values."""

    def count(self, layer: str) -> int:
        with self.transaction() as writer:
            return writer.count(layer)

    def counts(self) -> dict[str, int]:
        """Rows per twin layer."""
        with self.transaction() as writer:
            return {layer: writer.count(layer) for layer in schema.LAYERS}

    def is_empty(self) -> bool:
        return not any(self.counts().values())

    @abstractmethod
    def analyze(self) -> None:
        """Refresh the planner's statistics after a bulk write (set-based queries depend on them)."""

    @abstractmethod
    def layer_source(self, layer: str) -> tuple[str, str]:
        """``(uri, provider key)`` to open a twin layer as a QgsVectorLayer."""


# -- helpers shared by the backends ---------------------------------------

_MULTI = {
    "MULTIPOLYGON": ("Polygon", shapely.multipolygons),
    "MULTILINESTRING": ("LineString", shapely.multilinestrings),
}


def between_bounds(table: Table, between: tuple | None) -> list[tuple[str, str, object]]:
    """``(column, start, end)`` of :meth:`TwinStore.rows` as ``[(column, operator, value)]``: ``>=`` start,
    ``<`` end, a None bound left out."""
    if between is None:
        return []
    column, start, end = between
    name = table.c[column].name
    return [(name, op, value) for op, value in ((">=", start), ("<", end)) if value is not None]


def prepare_geometries(table: Table, geoms: Iterable) -> list:
    """Check geometry types against the layer and promote single parts to multi."""
    column = schema.geometry_column(table.name)
    target = column.type.geometry_type
    out = []
    for index, geom in enumerate(geoms):
        if geom is None or geom.is_empty:
            out.append(None)
            continue
        kind = geom.geom_type.upper()
        if kind == target:
            out.append(geom)
        elif target in _MULTI and geom.geom_type == _MULTI[target][0]:
            out.append(_MULTI[target][1]([geom]))
        else:
            raise StoreWriteError(
                "Row {} of layer '{}' has a {} geometry; the layer holds {} geometries.".format(
                    index + 1, table.name, geom.geom_type, target.title()
                )
            )
    return out


def write_columns(table: Table, rows: Sequence[Row]) -> list[str]:
    """Columns to write: those present in the rows, in table order; unknown keys are an error."""
    present: set[str] = set()
    for row in rows:
        present.update(row)
    unknown = present - set(table.columns.keys())
    if unknown:
        raise StoreWriteError(
            "Layer '{}' has no column(s) {}.".format(table.name, ", ".join(sorted(unknown)))
        )
    return [c for c in table.columns.keys() if c in present]
