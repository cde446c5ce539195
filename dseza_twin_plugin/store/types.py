"""Column types whose DDL differs between GeoPackage (SQLite) and PostGIS."""

from __future__ import annotations

from sqlalchemy import BigInteger, Float
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.types import UserDefinedType


class Geometry(UserDefinedType):
    """A geometry column of one type in the storage CRS.

    ``geometry_type`` is a GeoPackage/OGC name (``POINT``, ``MULTILINESTRING``,
    ``MULTIPOLYGON``); PostGIS gets ``geometry(MultiPolygon,5899)``.
    """

    cache_ok = True

    def __init__(self, geometry_type: str, srid: int = 5899):
        self.geometry_type = geometry_type.upper()
        self.srid = srid

    def get_col_spec(self, **kw) -> str:  # generic fallback
        return self.geometry_type


_PG_NAMES = {"POINT": "Point", "MULTILINESTRING": "MultiLineString", "MULTIPOLYGON": "MultiPolygon"}


@compiles(Geometry, "postgresql")
def _geometry_pg(type_, compiler, **kw):
    return "geometry({},{})".format(_PG_NAMES[type_.geometry_type], type_.srid)


@compiles(Geometry, "sqlite")
def _geometry_gpkg(type_, compiler, **kw):
    return type_.geometry_type


# GeoPackage knows INTEGER (64-bit) and DOUBLE; "BIGINT" would read as text in
# some clients, and an INTEGER primary key is the rowid OGR and QGIS expect.
@compiles(BigInteger, "sqlite")
def _bigint_gpkg(type_, compiler, **kw):
    return "INTEGER"


@compiles(Float, "sqlite")
def _float_gpkg(type_, compiler, **kw):
    return "DOUBLE"


@compiles(Float, "postgresql")
def _float_pg(type_, compiler, **kw):
    return "double precision"
