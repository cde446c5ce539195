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
    "daily_use_refused": QT_TRANSLATE_NOOP(
        "StoreError", "The connection to the twin store '{address}' logs in as '{login}', which {reason}. Roles are "
        "set up on this store: daily work goes through a login granted {prefix}officer, {prefix}analyst, "
        "{prefix}sensor_ingest or {prefix}investor, so that the permissions and row-level security hold. Keep "
        "'{login}' for 'Create or upgrade twin store' and 'Set up roles'."),
    "permission_refused": QT_TRANSLATE_NOOP(
        "StoreError", "The login '{login}' may not do this on the twin store '{address}' ({detail}). Its role does not "
        "allow it: see the permissions matrix (README, Governance and security); nothing was changed."),
    "roles_need_postgis": QT_TRANSLATE_NOOP(
        "StoreError", "Roles and row-level security exist in a PostGIS store only; {address} is a GeoPackage (a file: "
        "whoever can read it reads everything). Its audit and row versions work without roles."),
}

#: Why a login may not do the daily work (``daily_use_refused``'s ``why``): the ``{reason}`` of its sentence.
REASONS = {
    "superuser": QT_TRANSLATE_NOOP("StoreError", "is a superuser"),
    "bypass_rls": QT_TRANSLATE_NOOP("StoreError", "bypasses row-level security"),
    "owner": QT_TRANSLATE_NOOP("StoreError", "has the privileges of the tables' owner ({admin})"),
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
        params = dict(error.params)
        if params.get("why") in REASONS:  # a part of the sentence that has its own translation
            params["reason"] = QCoreApplication.translate("StoreError", REASONS[params["why"]]).format(**params)
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English text
        return str(error)
