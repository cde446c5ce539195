"""The language the plugin speaks: the one of its installed translation, so words and numbers agree."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication

LANGUAGES = ("vi", "en")


def interface_language() -> str:
    """The language code of the installed translation (``"vi"``), ``"en"`` when none is installed.

    The plugin installs ``i18n/dseza_twin_<code>.qm`` from QGIS's user interface language at load; that
    translation says its own code (the message ``"en"``), which also names the help folder
    ``resources/help/<code>/``.
    """
    return QCoreApplication.translate("DsezaAlgorithm", "en", "help language code: resources/help/<code>/") or "en"


def number_language() -> str:
    """The language numbers and dates are written in (``"vi"`` or ``"en"``) for :mod:`...core.report.formatting`."""
    language = interface_language()
    return language if language in LANGUAGES else "en"
