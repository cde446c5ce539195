"""The one exception of the IFC import, with a ``kind`` that says what went wrong."""

from __future__ import annotations

KINDS = ("unsupported_schema", "corrupt", "not_found", "timeout", "memory", "crash", "no_georef", "empty",
         "canceled")


class IfcImportError(Exception):
    """An IFC file that could not be imported.

    ``kind`` is one of :data:`KINDS`; the message is written for a GIS officer (what happened, what to do);
    ``details`` holds technical text (a traceback, the worker's last error output) for the log.
    """

    def __init__(self, kind: str, message: str, details: str = "") -> None:
        if kind not in KINDS:
            raise ValueError("unknown IfcImportError kind {!r}".format(kind))
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.details = details

    def __reduce__(self):
        return (IfcImportError, (self.kind, self.message, self.details))
