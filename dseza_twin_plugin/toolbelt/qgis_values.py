"""QGIS attribute values as plain Python, for the store and the core (which know no Qt types)."""

from __future__ import annotations

from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant


def python_value(value, time_as_text: bool = True):
    """NULL → None, QDateTime → datetime, QDate → date, QTime → "HH:mm:ss" (or a ``time`` with
    ``time_as_text=False``); anything else as it is."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QTime):
        if time_as_text:
            return value.toString("HH:mm:ss")
        return value.toPyTime() if value.isValid() else None
    return value
