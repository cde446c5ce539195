"""The twin store: one schema, two backends (GeoPackage file, PostGIS schema)."""

from __future__ import annotations

from .address import StoreAddress, parse_store_address
from .base import TwinStore, TwinWriter
from .errors import (
    StoreAddressError,
    StoreConnectionError,
    StoreError,
    StoreVersionError,
    StoreWriteError,
)
from .schema import LAYERS, SCHEMA_VERSION, STORE_SRID

__all__ = [
    "LAYERS",
    "SCHEMA_VERSION",
    "STORE_SRID",
    "StoreAddress",
    "StoreAddressError",
    "StoreConnectionError",
    "StoreError",
    "StoreVersionError",
    "StoreWriteError",
    "TwinStore",
    "TwinWriter",
    "open_store",
    "parse_store_address",
]


def open_store(address, credentials=None) -> TwinStore:
    """Open the twin store a string (or :class:`StoreAddress`) names.

    ``credentials`` resolves an ``authcfg`` id to ``{"user": …, "password": …}``;
    inside QGIS pass :func:`dseza_twin_plugin.toolbelt.auth.qgis_credentials`.
    Nothing is created or changed until a transaction is opened.
    """
    if not isinstance(address, StoreAddress):
        address = parse_store_address(address)
    if address.is_gpkg:
        from .gpkg import GeoPackageStore

        return GeoPackageStore(address)
    from .postgis import PostGISStore

    return PostGISStore(address, credentials=credentials)
