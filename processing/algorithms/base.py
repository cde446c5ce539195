"""What every DSEZA Twin algorithm shares: translation, help, icon, opening the store."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ...dseza_twin_plugin.store import StoreError, open_store
from ...dseza_twin_plugin.toolbelt.auth import qgis_credentials

RESOURCES = Path(__file__).resolve().parents[2] / "resources"

GROUPS = {
    "store": "Twin store",
    "data": "Twin data",
    "planning": "Planning checks",
    "environment": "Environment & IoT",
}


class DsezaAlgorithm(QgsProcessingAlgorithm):
    """Base of the provider's algorithms. Subclasses set ``NAME`` and ``GROUP``."""

    NAME = ""
    GROUP = ""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def name(self) -> str:
        return self.NAME

    def group(self) -> str:
        return self.tr(GROUPS[self.GROUP])

    def groupId(self) -> str:  # noqa: N802 - QGIS API
        return self.GROUP

    def icon(self) -> QIcon:
        return QIcon(str(RESOURCES / "icons" / "dseza_twin.svg"))

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        path = RESOURCES / "help" / "{}.html".format(self.NAME)
        return path.read_text(encoding="utf-8") if path.exists() else ""

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    @staticmethod
    def open_store(address: str):
        """Open a store, turning every store problem into a Processing error."""
        try:
            return open_store(address, credentials=qgis_credentials)
        except StoreError as exc:
            raise QgsProcessingException(str(exc)) from exc
