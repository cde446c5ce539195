"""Errors of the twin store, each with a sentence a GIS officer can act on."""


class StoreError(Exception):
    """Base of every twin-store error."""


class StoreAddressError(StoreError, ValueError):
    """The store string is not a GeoPackage path nor a usable PostgreSQL connection."""


class StoreConnectionError(StoreError):
    """The store could not be opened or reached."""


class StoreVersionError(StoreError):
    """The store was made by a newer DSEZA Twin, or is not a twin store at all."""


class StoreWriteError(StoreError):
    """A write was refused; the transaction was rolled back and the store is unchanged."""
