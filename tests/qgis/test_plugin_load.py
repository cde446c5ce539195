"""The plugin loads and unloads cleanly, twice, in headless QGIS (desktop path and qgis_process path)."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar

import dseza_twin


class FakeIface:
    """The few QgisInterface calls the plugin makes, on a real main window."""

    def __init__(self):
        self.window = QMainWindow()
        self.menus: dict[str, QMenu] = {}

    def mainWindow(self):  # noqa: N802
        return self.window

    def addToolBar(self, name):  # noqa: N802
        return self.window.addToolBar(name)

    def addPluginToMenu(self, name, action):  # noqa: N802
        self.menus.setdefault(name, QMenu(name)).addAction(action)

    def removePluginMenu(self, name, action):  # noqa: N802
        self.menus[name].removeAction(action)

    def addDockWidget(self, area, dock):  # noqa: N802
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):  # noqa: N802
        self.window.removeDockWidget(dock)

    def mapCanvas(self):  # noqa: N802
        return None


def _flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()


def test_load_unload_twice_desktop(qgis_app):
    iface = FakeIface()
    registry = QgsApplication.processingRegistry()
    for _ in range(2):
        plugin = dseza_twin.classFactory(iface)
        assert registry.providerById("dsezatwin") is None
        plugin.initGui()
        provider = registry.providerById("dsezatwin")
        assert provider is not None and provider.name() == "DSEZA Twin"
        ids = sorted(a.id() for a in provider.algorithms())
        assert ids == ["dsezatwin:asof", "dsezatwin:buildableenvelope",
                       "dsezatwin:checkcompliance", "dsezatwin:comparescenarios", "dsezatwin:createstore",
                       "dsezatwin:draftscenario", "dsezatwin:environmentalbuffers",
                       "dsezatwin:environmentalerts", "dsezatwin:importifc", "dsezatwin:importlayer",
                       "dsezatwin:importreadingscsv",
                       "dsezatwin:loaddemotwin", "dsezatwin:promotescenario", "dsezatwin:setuproles",
                       "dsezatwin:simulatescenario",
                       "dsezatwin:syncmqtt", "dsezatwin:syncsensorthings", "dsezatwin:validatestore",
                       "dsezatwin:zoneindicators", "dsezatwin:zonereport"]
        assert {a.groupId() for a in provider.algorithms()} == {"store", "data", "planning", "environment", "bim",
                                                                  "governance", "scenario"}
        menu = iface.menus["&DSEZA Twin"]
        desktop = ["dsezatwin_connect", "dsezatwin_add_layers"]  # + the inspector dock's toggle
        assert [a.objectName() for a in menu.actions()][:2] == desktop
        assert len(menu.actions()) == len(ids) + 3 + 6  # + the six scenario actions (their own toolbar)
        toolbars = iface.window.findChildren(QToolBar, "DsezaTwinToolbar")
        assert len(toolbars) == 1 and len(toolbars[0].actions()) == len(ids) + 3
        assert len(iface.window.findChildren(QDockWidget)) == 1

        plugin.unload()
        _flush_deletes()
        assert registry.providerById("dsezatwin") is None
        assert menu.actions() == []
        assert iface.window.findChildren(QToolBar, "DsezaTwinToolbar") == []
        assert iface.window.findChildren(QDockWidget) == []


def test_processing_only_path_has_no_iface(qgis_app):
    """What qgis_process does: initProcessing() alone, with iface=None."""
    registry = QgsApplication.processingRegistry()
    for _ in range(2):
        plugin = dseza_twin.classFactory(None)
        plugin.initProcessing()
        assert registry.algorithmById("dsezatwin:createstore") is not None
        plugin.unload()
        assert registry.providerById("dsezatwin") is None


def test_metadata_is_complete():
    import configparser
    from pathlib import Path

    meta = configparser.ConfigParser()
    meta.read(Path(dseza_twin.__file__).parent / "metadata.txt", encoding="utf-8")
    general = meta["general"]
    assert general["name"] == "DSEZA Twin"
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    for key in ("description", "about", "version", "tags", "icon", "author", "email", "repository"):
        assert general.get(key), key
    assert (Path(dseza_twin.__file__).parent / general["icon"]).exists()
    assert "Tiếng Việt" in general["about"] or "Bàn làm việc" in general["description"]


def test_menu_syncs_run_as_cancelable_background_tasks(qgis_app, plugin):
    """The menu opens the Processing dialog, which runs an algorithm in a QgsProcessingAlgRunnerTask unless it
    is flagged FlagNoThreading (QGIS 3.22's processing/gui/AlgorithmDialog.py); the syncs must allow both."""
    from qgis.core import QgsProcessingAlgorithm

    registry = QgsApplication.processingRegistry()
    for name in ("syncsensorthings", "syncmqtt", "importreadingscsv", "environmentalerts"):
        flags = registry.algorithmById("dsezatwin:" + name).flags()
        assert not flags & QgsProcessingAlgorithm.FlagNoThreading, name
        assert flags & QgsProcessingAlgorithm.FlagCanCancel, name
