"""The scenario selector: a toolbar that switches the map and the zone inspector between the live twin and a
development scenario, and the actions that edit, promote and compare scenarios.

* The combo lists "Live twin" and each scenario of the connected store ("code — name (N changes)"); it is read
  again in the background when the store or the scenarios change, and when it is opened.
* Choosing a scenario filters the live layers and adds the scenario's own layers (:mod:`.scenario_view`); the
  choice is saved in the project and shown again when the project is opened. The inspector shows the scenario's
  figures next to live (:meth:`.inspector.dock.ZoneInspectorDock.set_scenario`).
* New scenario…, Add selected to scenario (copies the selected live features into it), Remove selected in
  scenario, Discard scenario changes of selected: ``store.scenarios`` in a background task, then the map is read
  again. Promote scenario… runs ``dsezatwin:promotescenario`` in the background and says what it refused and
  why; Compare scenarios… opens :class:`.scenario_compare.ScenarioCompareDialog`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsProcessingUtils, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QAction, QComboBox, QDialog

from .. import twin_project
from ..store import scenarios as sc
from ..store.address import parse_store_address
from ..toolbelt.store_messages import store_error_text
from . import scenario_view as sv
from .algorithm_run import AlgorithmRun
from .inspector.task import StoreQueryTask
from .scenario_dialogs import NewScenarioDialog, confirm_promotion, show_refusal

log = logging.getLogger(__name__)

PROMOTE_ALGORITHM = "dsezatwin:promotescenario"


def tr(text: str) -> str:
    return QCoreApplication.translate("ScenarioSelector", text)


def store_credentials(address: str):
    """Credentials of an authcfg address resolved on the main thread (the auth database is not thread-safe)."""
    parsed = parse_store_address(address)
    if not parsed.authcfg:
        return None
    from ..toolbelt.auth import qgis_credentials

    resolved = qgis_credentials(parsed.authcfg)
    return lambda _authcfg: dict(resolved)


class ScenarioCombo(QComboBox):
    """The scenario list; asks for a fresh list each time it opens."""

    aboutToShowPopup = pyqtSignal()  # noqa: N815 - Qt signal naming

    def showPopup(self):  # noqa: N802 - Qt API
        self.aboutToShowPopup.emit()
        super().showPopup()


class ScenarioSelector(QObject):
    """The toolbar, the menu actions and their background work. ``store_address_getter()`` gives the connected
    store's address; ``inspector`` (optional) follows the scenario shown.

    Signals: :attr:`refreshed` (a :class:`.scenario_view.StoreScenarios`), :attr:`scenarioShown` (code, "" for
    live), :attr:`message` (level, text) for everything the officer is told, :attr:`storeChanged` after a store
    write (added, removed, discarded, created, promoted).
    """

    refreshed = pyqtSignal(object)
    scenarioShown = pyqtSignal(str)  # noqa: N815 - Qt signal naming
    message = pyqtSignal(int, str)
    storeChanged = pyqtSignal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, iface, store_address_getter: Callable[[], str | None], inspector=None, project=None,
                 parent=None):
        super().__init__(parent)
        self.iface = iface
        self.store_address_getter = store_address_getter
        self.inspector = inspector
        self.project = project or QgsProject.instance()
        self.found: sv.StoreScenarios | None = None
        self.toolbar = None
        self.menu = None
        self.combo = ScenarioCombo()
        self.combo.setObjectName("scenarioCombo")
        self.combo.setMinimumContentsLength(24)
        self.combo.setToolTip(tr("Show the live twin or a development scenario on the map and in the zone inspector"))
        self.combo.addItem(tr("Live twin"), "")
        self.combo.activated.connect(self._chosen)
        self.combo.aboutToShowPopup.connect(self.refresh)
        self.actions: list[QAction] = []
        self.tasks: list[StoreQueryTask] = []
        self.run: AlgorithmRun | None = None
        self.last_report = ""  # why the last promotion was refused, in words
        self.last_report_file: Path | None = None  # and its HTML report
        self.compare_dialog = None
        self._then: list[Callable[[], None]] = []  # to do once the next refresh is in
        self._watched: set[str] = set()
        self._disposed = False
        window = iface.mainWindow() if iface is not None else None
        for name, text, slot in (
                ("dsezatwin_scenario_new", tr("New scenario…"), self.new_scenario),
                ("dsezatwin_scenario_add", tr("Add selected to scenario"), self.add_selected),
                ("dsezatwin_scenario_remove", tr("Remove selected in scenario"), self.remove_selected),
                ("dsezatwin_scenario_discard", tr("Discard scenario changes of selected"), self.discard_selected),
                ("dsezatwin_scenario_promote", tr("Promote scenario…"), self.promote),
                ("dsezatwin_scenario_compare", tr("Compare scenarios…"), self.compare)):
            action = QAction(text, window)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.actions.append(action)
        self.project.readProject.connect(self._project_read)
        self.project.cleared.connect(self._project_cleared)
        self._update_actions()

    # -- installing ----------------------------------------------------------------------------------------------
    def install(self, menu: str) -> None:
        """Add the toolbar (combo and actions) to QGIS and the actions to the plugin menu ``menu``."""
        self.menu = menu
        self.toolbar = self.iface.addToolBar(tr("DSEZA Twin scenarios"))
        self.toolbar.setObjectName("DsezaTwinScenarioToolbar")
        self.toolbar.addWidget(self.combo)
        for action in self.actions:
            self.toolbar.addAction(action)
            self.iface.addPluginToMenu(menu, action)
        self.refresh()

    def unload(self) -> None:
        """Undo :meth:`install` and every connection; the map keeps the view it shows (saved in the project)."""
        self._disposed = True
        self.project.readProject.disconnect(self._project_read)
        self.project.cleared.disconnect(self._project_cleared)
        for task in list(self.tasks):
            task.cancel()
        if self.run is not None:
            self.run.cancel()
        if self.compare_dialog is not None:
            self.compare_dialog.dispose()
            self.compare_dialog.deleteLater()
            self.compare_dialog = None
        for action in self.actions:
            if self.iface is not None and self.menu is not None:
                self.iface.removePluginMenu(self.menu, action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        else:
            self.combo.deleteLater()

    # -- the store's scenarios -------------------------------------------------------------------------------------
    def address(self) -> str:
        return (self.store_address_getter() or "").strip() if self.store_address_getter else ""

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read the store's scenarios in the background; the combo follows (``then`` runs once they are in)."""
        if then is not None:
            self._then.append(then)
        address = self.address()
        if not address:
            self._refreshed(None)
            return
        self._in_background(tr("Reading the scenarios of the twin store…"),
                            lambda store: sv.read_store_scenarios(store, address), self._refreshed, quiet=True)

    def store_changed(self) -> None:
        """A store was connected or its layers added again: another store's scenario gives way to the live twin;
        the scenario shown is shown again (the new live layers get its filter)."""
        shown = self.current()
        if shown and self.found is not None and self.found.address != self.address():
            self.show("")
            shown = ""
        self.refresh(then=(lambda: self.show(shown)) if shown else None)

    def _refreshed(self, found, problem: str = "") -> None:
        self.found = found
        shown = sv.shown_scenario(self.project)
        items = [(tr("Live twin"), "")]
        for s in (found.scenarios if found else []):
            text = tr("{} — {} ({} changes)").format(s["code"], s["name"] or s["code"], s["changes"])
            if s["status"] != "draft":
                text = "{} · {}".format(text, s["status"])
            items.append((text, s["code"]))
        self.combo.blockSignals(True)
        if items != [(self.combo.itemText(i), self.combo.itemData(i)) for i in range(self.combo.count())]:
            self.combo.clear()  # (only when the list changed: it may be open)
            for text, code in items:
                self.combo.addItem(text, code)
        self.combo.setCurrentIndex(max(self.combo.findData(shown), 0))
        self.combo.blockSignals(False)
        self.combo.setEnabled(found is not None)
        self.combo.setToolTip(problem or tr("Show the live twin or a development scenario on the map and in the zone "
                                            "inspector"))
        if shown and found is not None and found.scenario(shown) is None:
            self._tell(Qgis.Warning, tr("Scenario {} is no longer in the twin store: the map shows the live twin "
                                        "again.").format(shown))
            self.show("")
        self._update_actions()
        self._watch_scenario_layers()
        then, self._then = self._then, []
        for step in then:
            step()
        self.refreshed.emit(found)

    # -- showing ---------------------------------------------------------------------------------------------------
    def current(self) -> str:
        return sv.shown_scenario(self.project)

    def _chosen(self, index: int) -> None:
        self.show(self.combo.itemData(index) or "")

    def show(self, code: str) -> bool:
        """Show scenario ``code`` ("" for the live twin) on the map and in the inspector; False (and a message)
        when it cannot be shown, the map then as it was."""
        code = code or ""
        try:
            if not code:
                sv.show_live(self.project)
            elif self.found is None or code not in self.found.filters:
                self.refresh(then=lambda: self.show(code) if self.found and code in self.found.filters else None)
                return False
            else:
                shown = sv.show_scenario(self.project, code, self.found)
                if not shown.filtered:
                    self._tell(Qgis.Info, tr("No live twin layer is loaded: only the scenario's own rows are shown. "
                                             "Use 'Add twin layers' to see them on the live twin."))
        except sv.ScenarioViewError as exc:
            self._tell(Qgis.Warning, str(exc))
            self._select(self.current())
            return False
        self._select(code)
        self._watch_scenario_layers()
        if self.inspector is not None:
            self.inspector.set_scenario(code)
        self._update_actions()
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is not None:
            canvas.refresh()
        self.scenarioShown.emit(code)
        return True

    def _select(self, code: str) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(self.combo.findData(code), 0))
        self.combo.blockSignals(False)

    def _project_read(self, _document=None) -> None:
        """A project was opened: it shows what it was saved with; the combo and the inspector follow."""
        if self._disposed:
            return
        code = self.current()
        if sv.restore_after_read(self.project):
            self.project.setDirty(False)
        if self.inspector is not None:
            self.inspector.set_scenario(code)
        self.refresh()

    def _project_cleared(self) -> None:
        if self.inspector is not None:
            self.inspector.set_scenario("")
        self._watched.clear()
        self._select("")
        self._update_actions()

    def _watch_scenario_layers(self) -> None:
        """Edits saved in a scenario layer change the scenario: the live filters and the counts follow."""
        for layer_id, layer in self.project.mapLayers().items():
            if layer_id not in self._watched and sv.is_scenario_layer(layer):
                layer.afterCommitChanges.connect(self._scenario_edited)
                self._watched.add(layer_id)

    def _scenario_edited(self) -> None:
        sv.reload_layers(self.project)
        self.refresh()

    def _update_actions(self) -> None:
        enabled = bool(self.current())
        for action in self.actions:
            name = action.objectName()
            if name in ("dsezatwin_scenario_add", "dsezatwin_scenario_remove", "dsezatwin_scenario_discard",
                        "dsezatwin_scenario_promote"):
                action.setEnabled(enabled)
            else:
                action.setEnabled(self.found is not None)

    # -- editing a scenario ----------------------------------------------------------------------------------------
    def new_scenario(self, code: str | None = None, name: str = "", description: str = "") -> bool:
        """Create a scenario (asks its code, name and description when ``code`` is not given), then show it."""
        if code is None:
            dialog = NewScenarioDialog(self.iface.mainWindow() if self.iface else None)
            if dialog.exec_() != QDialog.Accepted:
                return False
            code, name = dialog.code.text().strip(), dialog.name.text().strip()
            description = dialog.description.toPlainText().strip()
        return self._write(tr("Creating scenario {}…").format(code),
                           lambda store: sc.create_scenario(store, code, name or None, description or None),
                           tr("Scenario {} created: add lots, zones, buildings or projects to it.").format(code),
                           show=code)

    def _selection(self, live_only: bool = False, layer=None):
        """``(twin layer, codes)`` of the features selected on ``layer`` (default: the active layer)."""
        if not self.current():
            self._tell(Qgis.Warning, tr("Choose a scenario in the scenario toolbar first."))
            return None
        if layer is None and self.iface is not None:
            layer = self.iface.activeLayer()
        name = None
        if isinstance(layer, QgsVectorLayer):
            name = layer.customProperty(sv.SCENARIO_LAYER_PROPERTY) if sv.is_scenario_layer(layer) else \
                layer.customProperty(twin_project.LAYER_PROPERTY)
            if live_only and sv.is_scenario_layer(layer):
                name = None
        if name not in sc.SCENARIO_LAYERS:
            self._tell(Qgis.Warning, tr("Select planning zones, land lots, buildings or construction projects on a "
                                        "twin layer first (the active layer of the Layers panel)."))
            return None
        codes = sorted({str(f["code"]) for f in layer.selectedFeatures() if f["code"]})
        if not codes:
            self._tell(Qgis.Warning, tr("Nothing is selected on {}.").format(layer.name()))
            return None
        return str(name), codes

    def add_selected(self, layer=None) -> bool:
        """Copy the selected features of a live twin layer into the scenario shown (the live twin is untouched)."""
        chosen = self._selection(live_only=True, layer=layer)
        if chosen is None:
            return False
        name, codes = chosen
        code = self.current()
        return self._write(tr("Adding {} feature(s) to scenario {}…").format(len(codes), code),
                           lambda store: sc.put_rows(store, code, name, [{"code": c} for c in codes]),
                           tr("{} feature(s) of {} copied into scenario {}: edit them in the group 'Scenario {}'.")
                           .format(len(codes), twin_project.layer_title(name).lower(), code, code))

    def remove_selected(self, layer=None) -> bool:
        """Mark the selected features as removed in the scenario shown."""
        chosen = self._selection(layer=layer)
        if chosen is None:
            return False
        name, codes = chosen
        code = self.current()
        return self._write(tr("Removing {} feature(s) in scenario {}…").format(len(codes), code),
                           lambda store: sc.delete_codes(store, code, name, codes),
                           tr("{} feature(s) of {} removed in scenario {} (the live twin keeps them).").format(
                               len(codes), twin_project.layer_title(name).lower(), code))

    def discard_selected(self, layer=None) -> bool:
        """Forget the scenario's changes of the selected features: the scenario sees their live rows again."""
        chosen = self._selection(layer=layer)
        if chosen is None:
            return False
        name, codes = chosen
        code = self.current()
        return self._write(tr("Discarding changes of scenario {}…").format(code),
                           lambda store: sc.discard(store, code, name, codes),
                           lambda n: tr("Changes of {} feature(s) discarded from scenario {}.").format(n, code) if n
                           else tr("The selected features have no change in scenario {}.").format(code))

    def _write(self, busy: str, work, success, show: str | None = None) -> bool:
        """Run a scenario write in the background; then say ``success`` (a text, or a function of what ``work``
        returned), read the map again and the scenarios (and show ``show``)."""
        def done(result):
            self._tell(Qgis.Success, success(result) if callable(success) else success)
            sv.reload_layers(self.project)
            self.storeChanged.emit(self.current())
            self.refresh(then=(lambda: self.show(show)) if show else None)
            if self.inspector is not None:
                self.inspector.scenario_changed()  # its figures changed with the scenario

        return self._in_background(busy, work, done)

    def _in_background(self, busy: str, work, done, quiet: bool = False) -> bool:
        address = self.address()
        if not address:
            self._tell(Qgis.Warning, tr("No twin store is connected: connect to a store (DSEZA Twin menu) first."))
            return False
        try:
            credentials = store_credentials(address)
        except Exception as exc:  # an address or authcfg problem: say it
            self._tell(Qgis.Critical, store_error_text(exc))
            return False

        def finished(task):
            if task in self.tasks:
                self.tasks.remove(task)
            if self._disposed or task.isCanceled():
                return
            if task.error is not None:
                text = store_error_text(task.error)
                if quiet:  # a refresh (at start, on opening the list): said on the list, not in the message bar
                    log.warning("Scenarios not read: %s", text)
                    self._refreshed(None, text)
                else:
                    self._tell(Qgis.Critical, text)
                return
            done(task.result)

        task = StoreQueryTask(tr("DSEZA Twin: {}").format(busy), address, credentials, work, finished)
        self.tasks.append(task)
        if not quiet:
            self._tell(Qgis.Info, busy, 2)
        QgsApplication.taskManager().addTask(task)
        return True

    # -- promoting ---------------------------------------------------------------------------------------------------
    def promote(self, confirm: bool = True) -> bool:
        """Apply the scenario shown to the live twin through ``dsezatwin:promotescenario``, in the background."""
        code = self.current()
        scenario = self.found.scenario(code) if self.found else None
        if not code or scenario is None:
            self._tell(Qgis.Warning, tr("Choose the scenario to promote in the scenario toolbar first."))
            return False
        if self.run is not None and self.run.running:
            self._tell(Qgis.Warning, tr("A scenario is being promoted already; wait for it to end."))
            return False
        if confirm and not confirm_promotion(self.iface.mainWindow() if self.iface else None, scenario):
            return False
        report = Path(QgsProcessingUtils.tempFolder()) / "promote_{}_{}.html".format(
            code, dt.datetime.now().strftime("%Y%m%d_%H%M%S_%f"))
        run = AlgorithmRun(PROMOTE_ALGORITHM, {"STORE": self.address(), "SCENARIO": code, "REPORT": str(report)},
                           self.project)
        run.done.connect(lambda ok, results, error: self._promoted(code, ok, results, error, report))
        if not run.start():
            self._tell(Qgis.Critical, tr("The algorithm {} is not installed with this version of DSEZA Twin: the "
                                         "scenario cannot be promoted from here.").format(PROMOTE_ALGORITHM))
            return False
        self.run = run
        self._tell(Qgis.Info, tr("Promoting scenario {} in the background (progress and cancel in QGIS's task "
                                 "manager)…").format(code), 3)
        return True

    def _promoted(self, code: str, ok: bool, results: dict, error: str, report: Path) -> None:
        if self._disposed:
            return
        if ok:
            count = results.get("PROMOTED")
            self.last_report = ""
            self.show("")  # its changes are the live twin now
            for layer in twin_project.twin_layers(self.project).values():
                layer.dataProvider().reloadData()
                layer.triggerRepaint()
            self._tell(Qgis.Success, tr("Scenario {} promoted: {} change(s) applied to the live twin.").format(
                code, count if count is not None else "?"))
            self.storeChanged.emit(code)
            self.refresh()
        elif error:
            self.last_report = error
            self._tell(Qgis.Critical, tr("Scenario {} was not promoted; nothing was written. See the report.").format(
                code))
            self.last_report_file = report if report.is_file() else None
            page = report.read_text(encoding="utf-8") if report.is_file() else ""
            if self.iface is not None:
                show_refusal(self.iface.mainWindow(), code, error, page)
        else:
            self._tell(Qgis.Info, tr("Promotion of scenario {} canceled; nothing was written.").format(code))

    # -- comparing ---------------------------------------------------------------------------------------------------
    def compare(self):
        """Open the compare dialog (one, reused) on the store's scenarios."""
        from .scenario_compare import ScenarioCompareDialog

        if self.found is None:
            self._tell(Qgis.Warning, tr("No twin store is connected: connect to a store (DSEZA Twin menu) first."))
            return None
        if self.compare_dialog is None:
            self.compare_dialog = ScenarioCompareDialog(self.iface, self.address(), self.project,
                                                        self.iface.mainWindow() if self.iface else None)
        self.compare_dialog.address = self.address()
        self.compare_dialog.set_scenarios(self.found.scenarios, self.current())
        self.compare_dialog.show()
        self.compare_dialog.raise_()
        return self.compare_dialog

    # -- telling ------------------------------------------------------------------------------------------------------
    def _tell(self, level, text: str, duration: int = 6) -> None:
        log.info("Scenario selector: %s", text)
        self.message.emit(int(level), text)
        if self.iface is not None and hasattr(self.iface, "messageBar"):
            self.iface.messageBar().pushMessage(tr("DSEZA Twin scenarios"), text, level,
                                                0 if level == Qgis.Critical else duration)
