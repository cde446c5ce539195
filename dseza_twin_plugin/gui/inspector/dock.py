"""The zone inspector dock: search or pick an area, zone or lot, and see its tabs.

Every store query runs in a :class:`StoreQueryTask` on its own connection; results come back on the main
thread, and only the answer to the newest request is shown (older ones are canceled and ignored).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...store import inspector_queries as iq
from ...store.address import parse_store_address
from ...toolbelt.store_messages import store_error_text
from .tabs import InspectorTabs, tr_marked
from .task import StoreQueryTask

log = logging.getLogger(__name__)

LAYER_TITLES = {
    "functional_areas": QT_TRANSLATE_NOOP("ZoneInspector", "Functional area"),
    "planning_zones": QT_TRANSLATE_NOOP("ZoneInspector", "Planning zone"),
    "parcels": QT_TRANSLATE_NOOP("ZoneInspector", "Land lot"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ZoneInspector", text)


class ZoneInspectorDock(QDockWidget):
    """The inspector. ``store_address_getter()`` returns the current store's address (or None/'' when no
    store is connected); it is asked at each request, so a store connected later is used at once.

    Signals: :attr:`detailsShown` (a ``ZoneDetails``) when a target's tabs are filled, :attr:`searchDone`
    (list of targets), :attr:`failed` (message).
    """

    detailsShown = pyqtSignal(object)  # noqa: N815 - Qt signal naming
    scenarioShown = pyqtSignal(object)  # noqa: N815 - Qt signal naming
    searchDone = pyqtSignal(list)  # noqa: N815 - Qt signal naming
    seriesShown = pyqtSignal(object)  # noqa: N815 - Qt signal naming
    failed = pyqtSignal(str)

    def __init__(self, iface, store_address_getter: Callable[[], str | None], parent=None):
        super().__init__(tr("DSEZA Twin — Zone inspector"), parent or (iface.mainWindow() if iface else None))
        self.setObjectName("DsezaTwinZoneInspector")
        self.iface = iface
        self.store_address_getter = store_address_getter
        self.details = None
        self.last_load_ms: float | None = None
        self._tasks: dict[str, StoreQueryTask] = {}
        self._request = {"search": 0, "zone": 0, "series": 0, "pick": 0, "scenario": 0}
        self.scenario = ""  # the scenario the map shows ("": live); its figures get a tab of their own
        self.scenario_figures = None
        self._target: tuple[str, str] | None = None
        self._disposed = False
        self._map_tool = None

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(tr("Name or code of an area, zone or lot (e.g. Hoa Khanh)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.search)
        self.search_button = QPushButton(tr("Search"))
        self.search_button.clicked.connect(self.search)
        self.pick_button = QToolButton()
        self.pick_button.setObjectName("pickButton")
        self.pick_button.setText(tr("Pick on map"))
        self.pick_button.setToolTip(tr("Click a lot, zone or area on the map to inspect it"))
        self.pick_button.setCheckable(True)
        self.pick_button.toggled.connect(self._toggle_pick)
        self.pick_button.setEnabled(self._canvas() is not None)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.search_button)
        row.addWidget(self.pick_button)
        layout.addLayout(row)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setMaximumHeight(120)
        self.results.itemActivated.connect(self._result_chosen)
        self.results.itemClicked.connect(self._result_chosen)
        self.results.hide()
        layout.addWidget(self.results)
        self.title = QLabel()
        self.title.setObjectName("targetTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.title)
        self.tabs = InspectorTabs()
        self.tab_widget = QTabWidget()
        self.tab_widget.setObjectName("inspectorTabs")
        for page, label in self.tabs.pages:
            self.tab_widget.addTab(page, label)
        layout.addWidget(self.tab_widget, 1)
        self.status = QLabel()
        self.status.setObjectName("inspectorStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.setWidget(body)
        self.tabs.sensor_choice.currentIndexChanged.connect(self._series_wanted)
        self.tabs.period_choice.currentIndexChanged.connect(self._series_wanted)
        self.tabs.clear(tr("Search or pick an area, zone or lot."))
        from .scenario_tab import ScenarioTab

        self.scenario_tab = ScenarioTab()

    # -- public API ------------------------------------------------------------------------------------------
    def search(self, text: str | None = None) -> None:
        """Search areas, zones and lots by name or code (diacritics and case aside)."""
        text = self.search_edit.text() if not isinstance(text, str) else text
        if isinstance(text, str) and text != self.search_edit.text():
            self.search_edit.setText(text)
        if not text.strip():
            return
        self._start("search", tr("Searching '{}'…").format(text), lambda store: iq.search(store, text),
                    self._search_done)

    def inspect(self, layer: str, code: str) -> None:
        """Load every tab of a functional area, planning zone or lot, in the background."""
        days = self.tabs.period_choice.currentData() or 30
        self.title.setText("{} {}".format(tr_marked(LAYER_TITLES.get(layer, layer)), code))
        started = time.perf_counter()
        self._target = (layer, code)
        self._cancel("series")
        self._scenario_wanted()
        self._start("zone", tr("Loading {}…").format(code),
                    lambda store: iq.load_zone(store, layer, code, days=days),
                    lambda task: self._zone_done(task, started))

    def pick_at(self, x: float, y: float) -> None:
        """Inspect what lies at a point in EPSG:5899 (the lot first, else its zone, else its area)."""
        self._start("pick", tr("Looking up the map point…"), lambda store: iq.pick(store, x, y), self._pick_done)

    def set_scenario(self, code: str) -> None:
        """Follow the map: with a scenario (code), a tab shows the target's figures live and in the scenario."""
        code = code or ""
        if code == self.scenario:
            return
        self.scenario = code
        self.scenario_figures = None
        index = self.tab_widget.indexOf(self.scenario_tab.page)
        if not code:
            self._cancel("scenario")
            if index >= 0:
                self.tab_widget.removeTab(index)
            return
        label = tr("Scenario {}").format(code)
        if index < 0:
            self.tab_widget.insertTab(1, self.scenario_tab.page, label)
        else:
            self.tab_widget.setTabText(index, label)
        self.scenario_tab.clear(tr("Search or pick an area, zone or lot."))
        self._scenario_wanted()

    def scenario_changed(self) -> None:
        """The scenario shown was edited: its figures are read again (when a target is shown)."""
        self._scenario_wanted()

    def _scenario_wanted(self) -> None:
        if not self.scenario or self._target is None:
            return
        from ..scenario_figures import zone_figures

        layer, code = self._target
        scenario = self.scenario
        self.scenario_tab.clear(tr("Simulating scenario {} for {}…").format(scenario, code))
        self._start("scenario", tr("Simulating scenario {} for {}…").format(scenario, code),
                    lambda store: zone_figures(store, scenario, layer, code), self._scenario_done)

    def _scenario_done(self, task) -> None:
        self.scenario_figures = task.result
        self.scenario_tab.show(task.result)
        self.scenarioShown.emit(task.result)

    def is_busy(self) -> bool:
        return bool(self._tasks)

    def dispose(self) -> None:
        """Cancel the running queries and release the map tool; call before removing the dock."""
        self._disposed = True
        for kind in list(self._tasks):
            self._cancel(kind)
        self.pick_button.setChecked(False)
        canvas = self._canvas()
        if self._map_tool is not None:
            if canvas is not None and canvas.mapTool() is self._map_tool:
                canvas.unsetMapTool(self._map_tool)
            self._map_tool.picked.disconnect(self.pick_at)
            self._map_tool.deactivated.disconnect(self._pick_deactivated)
            self._map_tool.deleteLater()
            self._map_tool = None

    def closeEvent(self, event):  # noqa: N802 - Qt API
        self.pick_button.setChecked(False)
        super().closeEvent(event)

    # -- tasks -------------------------------------------------------------------------------------------------
    def _start(self, kind: str, message: str, work, done) -> None:
        address = (self.store_address_getter() or "").strip() if self.store_address_getter else ""
        if not address:
            self._fail(tr("No twin store is connected: connect to a store (DSEZA Twin menu) first."))
            return
        try:
            credentials = self._credentials(address)
        except Exception as exc:  # an address or authcfg problem: say it
            self._fail(store_error_text(exc))
            return
        self._cancel(kind)
        self._request[kind] += 1
        number = self._request[kind]

        def finished(task, kind=kind, number=number):
            if self._tasks.get(kind) is task:
                del self._tasks[kind]
            if self._disposed or number != self._request[kind] or task.isCanceled():
                return  # a newer request replaced this one
            if task.error is not None:
                self._fail(store_error_text(task.error))
                return
            done(task)

        task = StoreQueryTask(tr("DSEZA Twin inspector: {}").format(message), address, credentials, work, finished)
        self._tasks[kind] = task
        self.status.setText(message)
        QgsApplication.taskManager().addTask(task)

    def _cancel(self, kind: str) -> None:
        task = self._tasks.pop(kind, None)
        if task is not None:
            self._request[kind] += 1
            task.cancel()

    @staticmethod
    def _credentials(address: str):
        parsed = parse_store_address(address)
        if not parsed.authcfg:
            return None
        from ...toolbelt.auth import qgis_credentials

        resolved = qgis_credentials(parsed.authcfg)  # on the main thread: the auth database is not thread-safe
        return lambda _authcfg: dict(resolved)

    def _fail(self, message: str) -> None:
        self.status.setText(message)
        log.warning("Zone inspector: %s", message)
        self.failed.emit(message)

    # -- results -----------------------------------------------------------------------------------------------
    def _search_done(self, task) -> None:
        hits = task.result or []
        self.results.clear()
        for target in hits:
            item = QListWidgetItem("{}: {}".format(tr_marked(LAYER_TITLES[target.layer]), target.label))
            item.setData(Qt.UserRole, (target.layer, target.code))
            self.results.addItem(item)
        self.results.setVisible(bool(hits))
        self.status.setText(tr("{} found.").format(len(hits)) if hits else tr("Nothing found."))
        self.searchDone.emit(hits)
        if len(hits) == 1:
            self.inspect(hits[0].layer, hits[0].code)

    def _result_chosen(self, item) -> None:
        layer, code = item.data(Qt.UserRole)
        self.inspect(layer, code)

    def _pick_done(self, task) -> None:
        found = task.result or []
        if not found:
            self.status.setText(tr("No lot, zone or area at that point."))
            return
        self.results.clear()
        for target in found:
            item = QListWidgetItem("{}: {}".format(tr_marked(LAYER_TITLES[target.layer]), target.label))
            item.setData(Qt.UserRole, (target.layer, target.code))
            self.results.addItem(item)
        self.results.setVisible(len(found) > 1)
        self.inspect(found[0].layer, found[0].code)

    def _zone_done(self, task, started: float) -> None:
        details = task.result
        self.details = details
        self.last_load_ms = (time.perf_counter() - started) * 1000
        self.title.setText("{} {}".format(tr_marked(LAYER_TITLES[details.target.layer]), details.target.label))
        self.tabs.show(details)
        self.status.setText(tr("Loaded in {:.0f} ms.").format(self.last_load_ms))
        self.detailsShown.emit(details)

    def _series_wanted(self, _index=None) -> None:
        if self.details is None:
            return
        sensor_id = self.tabs.sensor_choice.currentData()
        days = self.tabs.period_choice.currentData() or 30
        if sensor_id is None:
            return
        self._start("series", tr("Loading the chart…"), lambda store: iq.sensor_series(store, sensor_id, days),
                    self._series_done)

    def _series_done(self, task) -> None:
        self.tabs.show_series(task.result)
        self.status.setText("")
        self.seriesShown.emit(task.result)

    # -- map tool ------------------------------------------------------------------------------------------------
    def _canvas(self):
        try:
            return self.iface.mapCanvas() if self.iface is not None else None
        except AttributeError:
            return None

    def _pick_deactivated(self) -> None:
        if not self._disposed:
            self.pick_button.setChecked(False)

    def _toggle_pick(self, on: bool) -> None:
        canvas = self._canvas()
        if canvas is None:
            return
        if on:
            if self._map_tool is None:
                from .map_tool import ZonePickTool

                self._map_tool = ZonePickTool(canvas)
                self._map_tool.picked.connect(self.pick_at)
                self._map_tool.deactivated.connect(self._pick_deactivated)
            canvas.setMapTool(self._map_tool)
        elif self._map_tool is not None and canvas.mapTool() is self._map_tool:
            canvas.unsetMapTool(self._map_tool)
