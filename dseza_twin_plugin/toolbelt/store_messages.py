"""Store errors in QGIS's language: the sentences an officer commonly meets, from an error's ``code``.

The store stays free of Qt and speaks English (logs, ``qgis_process --json``); where the GUI or an
algorithm shows a :class:`~...store.errors.StoreError`, :func:`store_error_text` gives the installed
translation of its sentence, or the error's own English text for the rarer ones.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..store.errors import StoreError

#: The sentence of each error code; ``{name}`` are the error's ``params``.
SENTENCES = {
    "no_address": QT_TRANSLATE_NOOP(
        "StoreError", "No twin store was given. Give a GeoPackage file (ending in .gpkg) or a PostgreSQL connection "
        "such as 'service=dseza_twin'."),
    "not_an_address": QT_TRANSLATE_NOOP(
        "StoreError", "'{address}' is neither a GeoPackage file (it must end in .gpkg) nor a PostgreSQL connection "
        "(such as 'service=dseza_twin' or 'dbname=twin host=localhost')."),
    "not_a_store": QT_TRANSLATE_NOOP(
        "StoreError", "{address} is not a DSEZA Twin store yet: run 'Create or upgrade twin store' "
        "(dsezatwin:createstore) on it first."),
    "newer_version": QT_TRANSLATE_NOOP(
        "StoreError", "The twin store {address} has schema version {version}, made by a newer DSEZA Twin; this plugin "
        "knows versions up to {known}. Update the plugin."),
    "older_version": QT_TRANSLATE_NOOP(
        "StoreError", "The twin store {address} has schema version {version}; this plugin needs {needed}. Run "
        "'Create or upgrade twin store' (dsezatwin:createstore) to upgrade it."),
    "no_folder": QT_TRANSLATE_NOOP("StoreError", "The folder of the GeoPackage {address} does not exist."),
    "not_a_geopackage": QT_TRANSLATE_NOOP("StoreError", "{address} is not a GeoPackage that can be opened."),
    "connect_failed": QT_TRANSLATE_NOOP("StoreError", "Cannot connect to the PostgreSQL store '{address}': {detail}"),
    "connection_lost": QT_TRANSLATE_NOOP(
        "StoreError", "The connection to the PostgreSQL store '{address}' was lost ({detail}). Nothing of the "
        "unfinished step was kept; when the database is back, run again: it goes on from what was committed."),
}


def store_error_text(error: BaseException) -> str:
    """The error's sentence in QGIS's language when its ``code`` is known here, else its own text.

    Translate first, format after: the translation of the code's sentence gets the error's ``params``.
    """
    text = SENTENCES.get(error.code) if isinstance(error, StoreError) else None
    if text is None:
        return str(error)
    translated = QCoreApplication.translate("StoreError", text)  # marked above with QT_TRANSLATE_NOOP
    if translated == text:  # no translation installed: the error's own, fuller English text
        return str(error)
    try:
        return translated.format(**error.params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English text
        return str(error)
