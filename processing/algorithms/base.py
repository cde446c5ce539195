"""What every DSEZA Twin algorithm shares: translation, help, icon, opening the store."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ...dseza_twin_plugin.store import StoreError, open_store
from ...dseza_twin_plugin.toolbelt.auth import qgis_credentials
from ...dseza_twin_plugin.toolbelt.i18n import interface_language
from ...dseza_twin_plugin.toolbelt.store_messages import store_error_text

RESOURCES = Path(__file__).resolve().parents[2] / "resources"

GROUPS = {
    "store": QT_TRANSLATE_NOOP("DsezaAlgorithm", "Twin store"),
    "data": QT_TRANSLATE_NOOP("DsezaAlgorithm", "Twin data"),
    "planning": QT_TRANSLATE_NOOP("DsezaAlgorithm", "Planning checks"),
    "environment": QT_TRANSLATE_NOOP("DsezaAlgorithm", "Environment & IoT"),
    "bim": QT_TRANSLATE_NOOP("DsezaAlgorithm", "BIM / IFC"),
    "governance": QT_TRANSLATE_NOOP("DsezaAlgorithm", "Governance"),
    "scenario": QT_TRANSLATE_NOOP("DsezaAlgorithm", "Development scenarios"),
}


def help_language() -> str:
    """The language of the installed translation ("en" when none): names the help folder, resources/help/<code>/."""
    return interface_language()


class DsezaAlgorithm(QgsProcessingAlgorithm):
    """Base of the provider's algorithms. Subclasses set ``NAME`` and ``GROUP``."""

    NAME = ""
    GROUP = ""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def name(self) -> str:
        return self.NAME

    def group(self) -> str:
        return QCoreApplication.translate("DsezaAlgorithm", GROUPS[self.GROUP])

    def groupId(self) -> str:  # noqa: N802 - QGIS API
        return self.GROUP

    def icon(self) -> QIcon:
        return QIcon(str(RESOURCES / "icons" / "dseza_twin.svg"))

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        """The help page in the translation's language (resources/help/<code>/), else the English one."""
        name = "{}.html".format(self.NAME)
        language = help_language()
        paths = [RESOURCES / "help" / language / name] if language != "en" else []
        for path in paths + [RESOURCES / "help" / name]:
            if path.exists():
                return path.read_text(encoding="utf-8")
        return ""

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    @staticmethod
    def open_store(address: str):
        """Open a store, turning every store problem into a Processing error."""
        try:
            return open_store(address, credentials=qgis_credentials)
        except StoreError as exc:
            raise QgsProcessingException(store_error_text(exc)) from exc
