"""Errors of the twin store, each with a sentence a GIS officer can act on.

The message is English (logs, ``qgis_process``); the errors an officer commonly meets also carry a
``code`` and the ``params`` of their sentence, so the GUI and the algorithms can show the sentence in
QGIS's language (:func:`...toolbelt.store_messages.store_error_text`) without Qt in the store.

>>> error = StoreVersionError("x.gpkg is not a DSEZA Twin store yet.", code="not_a_store", address="x.gpkg")
>>> str(error), error.code, error.params
('x.gpkg is not a DSEZA Twin store yet.', 'not_a_store', {'address': 'x.gpkg'})
"""


class StoreError(Exception):
    """Base of every twin-store error."""

    def __init__(self, message: str = "", code: str = "", **params):
        super().__init__(message)
        self.code = code
        self.params = params

    def __reduce__(self):
        return _rebuild, (type(self), str(self), self.code, self.params)


def _rebuild(cls, message, code, params):
    return cls(message, code, **params)


class StoreAddressError(StoreError, ValueError):
    """The store string is not a GeoPackage path nor a usable PostgreSQL connection."""


class StoreConnectionError(StoreError):
    """The store could not be opened or reached."""


class StoreVersionError(StoreError):
    """The store was made by a newer DSEZA Twin, or is not a twin store at all."""


class StoreWriteError(StoreError):
    """A write was refused; the transaction was rolled back and the store is unchanged."""
