"""dsezatwin:createstore — create a twin store, or upgrade an older one."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterString,
)

from ....dseza_twin_plugin.store import StoreError
from ....dseza_twin_plugin.toolbelt.store_messages import store_error_text
from ..base import DsezaAlgorithm


class CreateStore(DsezaAlgorithm):
    NAME = "createstore"
    GROUP = "store"
    STORE = "STORE"
    SCHEMA_VERSION = "SCHEMA_VERSION"
    PREVIOUS_VERSION = "PREVIOUS_VERSION"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Create or upgrade twin store")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(
            self.STORE, self.tr("Twin store (a .gpkg file, or 'service=NAME' for PostGIS)")))
        self.addOutput(QgsProcessingOutputNumber(self.SCHEMA_VERSION, self.tr("Schema version")))
        self.addOutput(QgsProcessingOutputNumber(
            self.PREVIOUS_VERSION, self.tr("Schema version before (-1: new store)")))
        self.addOutput(QgsProcessingOutputString(self.STORE, self.tr("Twin store")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        address = self.parameterAsString(parameters, self.STORE, context)
        store = self.open_store(address)
        try:
            version, before = store.create_or_upgrade()
        except StoreError as exc:
            raise QgsProcessingException(store_error_text(exc)) from exc
        finally:
            store.close()
        if before is None:
            feedback.pushInfo(self.tr("Created twin store {} (schema version {}).").format(address, version))
        elif before == version:
            feedback.pushInfo(self.tr("Twin store {} is up to date (schema version {}).").format(address, version))
        else:
            feedback.pushInfo(self.tr("Upgraded twin store {} from schema version {} to {}.").format(
                address, before, version))
        feedback.setProgress(100)
        return {
            self.SCHEMA_VERSION: version,
            self.PREVIOUS_VERSION: -1 if before is None else before,
            self.STORE: address,
        }
