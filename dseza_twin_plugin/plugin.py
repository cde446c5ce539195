"""Wiring only: the Processing provider, the menu entry and the log bridge.

``qgis_process`` calls :meth:`initProcessing` alone, with no ``iface``;
the desktop calls :meth:`initGui`, which calls it too. :meth:`unload`
removes everything either added. The translation (i18n/dseza_twin_<lang>.qm, for
QGIS's language) is installed in ``__init__``, before any algorithm exists, so both
paths get translated names, labels and help; :meth:`unload` removes it.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .toolbelt.dependencies import PIP_HINT, missing_dependencies
from .toolbelt.log_bridge import TAG, install_log_bridge, remove_log_bridge

MENU = "&DSEZA Twin"
I18N = Path(__file__).resolve().parents[1] / "i18n"


def qgis_language() -> str:
    """QGIS's user interface language, two letters: the user's choice (locale/userLocale), else the system's."""
    locale = QgsSettings().value("locale/userLocale", "", type=str) or QLocale.system().name()
    return (locale or "en")[:2].lower()


def install_translator(language: str):
    """Install i18n/dseza_twin_<language>.qm into the application; the translator, or None when there is none."""
    path = I18N / "dseza_twin_{}.qm".format(language)
    translator = QTranslator()
    if not path.exists() or not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


class DsezaTwinPlugin:
    def __init__(self, iface):
        self.iface = iface  # kept, never touched here: None under qgis_process
        self.provider = None
        self.log_handler = None
        self.actions = []
        self.toolbar = None
        self.inspector = None
        self.inspector_action = None
        self.scenarios = None
        self.missing: list[str] = []
        self.translator = install_translator(qgis_language())

    def initProcessing(self) -> None:  # noqa: N802 - QGIS API
        if self.provider is not None:
            return
        if self.log_handler is None:
            self.log_handler = install_log_bridge()
        self.missing = missing_dependencies()
        if self.missing:
            from qgis.core import Qgis, QgsMessageLog

            QgsMessageLog.logMessage(
                "DSEZA Twin cannot start: {}. Install them with: {}".format("; ".join(self.missing), PIP_HINT),
                TAG, Qgis.Critical)
            return
        from ..processing.provider import DsezaTwinProvider

        self.provider = DsezaTwinProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802 - QGIS API
        self.initProcessing()
        if self.provider is None:
            from qgis.core import Qgis

            self.iface.messageBar().pushMessage(
                "DSEZA Twin", "Missing Python packages: {}. {}".format("; ".join(self.missing), PIP_HINT),
                Qgis.Critical, 0)
            return
        from qgis.PyQt.QtWidgets import QAction

        # A twin project saved in one language opens with its group and layer names in QGIS's language.
        QgsProject.instance().readProject.connect(self._retitle_project)
        self._retitle_project()
        self.toolbar = self.iface.addToolBar("DSEZA Twin")
        self.toolbar.setObjectName("DsezaTwinToolbar")
        self._add_desktop_actions()
        for algorithm in self.provider.algorithms():
            action = QAction(algorithm.icon(), algorithm.displayName() + "…", self.iface.mainWindow())
            action.setObjectName("dsezatwin_" + algorithm.name())
            action.triggered.connect(partial(self._open_dialog, algorithm.id()))
            self.iface.addPluginToMenu(MENU, action)
            self.toolbar.addAction(action)
            self.actions.append(action)

    def _add_desktop_actions(self) -> None:
        """Connect to a store, add its layers, the zone inspector dock (imported here: matplotlib is slow to load)."""
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QAction

        from .gui.connect_dialog import connect_store
        from .gui.inspector import ZoneInspectorDock
        from .gui.store_choice import remembered_store
        from .gui.twin_layers import add_twin_layers

        window = self.iface.mainWindow()
        for name, text, slot in (
                ("dsezatwin_connect", self.tr("Connect to a twin store…"),
                 lambda _c=False: connect_store(self.iface) and self.scenarios.store_changed()),
                ("dsezatwin_add_layers", self.tr("Add twin layers"),
                 lambda _c=False: add_twin_layers(self.iface) and self.scenarios.store_changed())):
            action = QAction(text, window)
            action.setObjectName(name)
            action.triggered.connect(slot)
            self.iface.addPluginToMenu(MENU, action)
            self.toolbar.addAction(action)
            self.actions.append(action)
        self.inspector = ZoneInspectorDock(self.iface, remembered_store)  # asks for the store at each request
        self.iface.addDockWidget(Qt.RightDockWidgetArea, self.inspector)
        self.inspector.hide()
        self.inspector_action = self.inspector.toggleViewAction()  # owned by the dock
        self.inspector_action.setText(self.tr("Zone inspector"))
        self.iface.addPluginToMenu(MENU, self.inspector_action)
        self.toolbar.addAction(self.inspector_action)
        from .gui.scenario_selector import ScenarioSelector

        # Scenarios: their own toolbar (the selector and its actions) and menu entries; the inspector follows.
        self.scenarios = ScenarioSelector(self.iface, remembered_store, inspector=self.inspector)
        self.scenarios.install(MENU)

    def show_zone_inspector(self, area_code: str | None = None) -> None:
        """Show the inspector dock (on a functional area when a code is given): used by scripts/screenshots.sh."""
        if self.inspector is None:
            return
        self.inspector.show()
        self.inspector.raise_()
        if area_code:
            self.inspector.inspect("functional_areas", area_code)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("DsezaTwinPlugin", text)

    @staticmethod
    def _retitle_project(_document=None) -> None:
        from .twin_project import retitle_twin_layers

        retitle_twin_layers(QgsProject.instance())

    @staticmethod
    def _open_dialog(algorithm_id: str, _checked: bool = False) -> None:
        """The standard Processing dialog: runs in the background, with progress and cancel."""
        from qgis import processing

        processing.execAlgorithmDialog(algorithm_id, {})

    def unload(self) -> None:
        if self.toolbar is not None:  # initGui connected it
            QgsProject.instance().readProject.disconnect(self._retitle_project)
        if self.scenarios is not None:
            self.scenarios.unload()
            self.scenarios.deleteLater()
            self.scenarios = None
        if self.inspector is not None:
            if self.iface is not None:
                self.iface.removePluginMenu(MENU, self.inspector_action)
                self.iface.removeDockWidget(self.inspector)
            self.inspector.dispose()  # cancels running queries, releases the map tool
            self.inspector.deleteLater()
            self.inspector = None
            self.inspector_action = None
        for action in self.actions:
            if self.iface is not None:
                self.iface.removePluginMenu(MENU, action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_log_bridge(self.log_handler)
        self.log_handler = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
