"""The DSEZA Twin Processing provider (id ``dsezatwin``): the same algorithms in the
toolbox, the Model Designer and ``qgis_process``."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .algorithms.bim.import_ifc import ImportIfc
from .algorithms.data.import_layer import ImportLayer
from .algorithms.data.load_demo_twin import LoadDemoTwin
from .algorithms.environment.environmental_alerts import EnvironmentalAlerts
from .algorithms.environment.import_readings_csv import ImportReadingsCsv
from .algorithms.environment.sync_mqtt import SyncMqtt
from .algorithms.environment.sync_sensorthings import SyncSensorThings
from .algorithms.governance.as_of import AsOf
from .algorithms.governance.setup_roles import SetupRoles
from .algorithms.governance.validate_store import ValidateStore
from .algorithms.planning.buildable_envelope import BuildableEnvelope
from .algorithms.planning.check_compliance import CheckCompliance
from .algorithms.planning.environmental_buffers import EnvironmentalBuffers
from .algorithms.planning.zone_indicators import ZoneIndicators
from .algorithms.planning.zone_report import ZoneReport
from .algorithms.scenario.compare_scenarios import CompareScenarios
from .algorithms.scenario.draft_scenario import DraftScenario
from .algorithms.scenario.promote_scenario import PromoteScenario
from .algorithms.scenario.simulate_scenario import SimulateScenario
from .algorithms.store.create_store import CreateStore

ICON = Path(__file__).resolve().parents[1] / "resources" / "icons" / "dseza_twin.svg"


class DsezaTwinProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "dsezatwin"

    def name(self) -> str:
        return "DSEZA Twin"

    def longName(self) -> str:  # noqa: N802 - QGIS API
        return QCoreApplication.translate("DsezaTwinProvider",
                                          "DSEZA Twin — Da Nang High-Tech Park and Industrial Zones digital twin")

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def svgIconPath(self) -> str:  # noqa: N802 - QGIS API
        return str(ICON)

    def loadAlgorithms(self) -> None:  # noqa: N802 - QGIS API
        for algorithm in (CreateStore(), LoadDemoTwin(), ImportLayer(), CheckCompliance(), ZoneIndicators(),
                          EnvironmentalBuffers(), EnvironmentalAlerts(), SyncSensorThings(),
                          ImportReadingsCsv(), SyncMqtt(), ZoneReport(), ImportIfc(), BuildableEnvelope(),
                          SetupRoles(), AsOf(), ValidateStore(), SimulateScenario(), CompareScenarios(),
                          DraftScenario(), PromoteScenario()):
            self.addAlgorithm(algorithm)
