"""Run inside QGIS desktop (``qgis --code``) by scripts/screenshots.sh: the scenario selector's screenshots.

Opens the demo project (``DSEZA_PROJECT``) on its store (``DSEZA_STORE``, kept in the project only), shows a
development scenario with the plugin's scenario toolbar (``DSEZA_SCENARIO``, else the first draft scenario with
changes), zooms on its lots and opens the zone inspector on their zone, on its scenario tab:
``9-scenario-map.png``. Then the compare dialog compares every scenario of the store with the live twin:
``10-scenario-compare.png``. ``index-scenarios.txt`` lists the PNGs written. QGIS quits when done (status 0), or
after a time-out (status 2).
"""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import QgsProject, QgsRectangle
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QTextCursor
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, plugins

OUT = Path(os.environ.get("DSEZA_SCREENSHOTS", "out/screenshots"))
PROJECT = os.environ.get("DSEZA_PROJECT", "out/danang_twin.qgz")
STORE = os.environ.get("DSEZA_STORE", "out/danang_twin.gpkg")
SCENARIO = os.environ.get("DSEZA_SCENARIO", "")
#: The heading of the report's first chart (core/scenario/report.py writes the report in English).
CHART_HEADING = "Utilisation of the serving elements"
saved: list[str] = []


def save(name: str, image) -> None:
    path = OUT / name
    image.save(str(path))
    saved.append(str(path))
    print("screenshot:", path, flush=True)


def finish(status: int = 0) -> None:
    (OUT / "index-scenarios.txt").write_text("\n".join(saved) + "\n", encoding="utf-8")
    QApplication.instance().exit(status)


def after_render(then, delay_ms: int = 800) -> None:
    """Call ``then`` once the canvas has drawn (or after 20 s)."""
    canvas = iface.mapCanvas()
    done = {"fired": False}

    def fire():
        if not done["fired"]:
            done["fired"] = True
            canvas.mapCanvasRefreshed.disconnect(fire)
            QTimer.singleShot(delay_ms, then)

    canvas.mapCanvasRefreshed.connect(fire)
    canvas.refreshAllLayers()
    QTimer.singleShot(20000, fire)


def selector():
    return getattr(plugins.get("dseza_twin"), "scenarios", None)


def scenario_step() -> None:
    chooser = selector()
    if chooser is None:
        print("screenshot: the plugin has no scenario selector", flush=True)
        finish(1)
        return
    chooser.refresh(then=lambda: show_scenario(chooser))


def show_scenario(chooser) -> None:
    found = chooser.found.scenarios if chooser.found else []
    drafts = [s["code"] for s in found if s["status"] == "draft" and s["changes"]]
    code = SCENARIO or (drafts[0] if drafts else "")
    if not code or not chooser.show(code):
        print("screenshot: no scenario to show in", STORE, flush=True)
        finish(1)
        return
    lots = next((lyr for lyr in QgsProject.instance().mapLayers().values()
                 if lyr.customProperty("dseza_twin/scenario_layer") == "parcels"), None)
    features = list(lots.getFeatures()) if lots is not None else []
    plugin = plugins.get("dseza_twin")
    if chooser.toolbar is not None:  # its own row: the twin's toolbar before it is long
        iface.mainWindow().insertToolBarBreak(chooser.toolbar)
    if features:
        extent = QgsRectangle(features[0].geometry().boundingBox())
        for feature in features[1:]:
            extent.combineExtentWith(feature.geometry().boundingBox())
        extent.grow(max(extent.width(), extent.height()) * 1.2 + 150)
        iface.mapCanvas().setExtent(extent)
        zone = features[0]["zone_code"]
        plugin.show_zone_inspector()
        inspector = plugin.inspector
        iface.mainWindow().resizeDocks([inspector], [640], Qt.Horizontal)
        inspector.tab_widget.setCurrentWidget(inspector.scenario_tab.page)
        if zone:
            inspector.inspect("planning_zones", zone)

    def grab_map():
        save("9-scenario-map.png", iface.mainWindow().grab())
        compare_step(chooser)

    QTimer.singleShot(9000, lambda: after_render(grab_map))  # the inspector simulates live and the scenario


def compare_step(chooser) -> None:
    dialog = chooser.compare()
    if dialog is None:
        finish(1)
        return
    for i in range(dialog.scenario_list.count()):
        dialog.scenario_list.item(i).setCheckState(Qt.Checked)
    dialog.resize(1280, 860)

    def compared(ok, _results):
        if not ok:
            print("screenshot: the comparison failed:", dialog.status.text(), flush=True)
        show_first_chart(dialog.report)
        QTimer.singleShot(1500, lambda: (save("10-scenario-compare.png", dialog.grab()), finish(0 if ok else 1)))

    dialog.compared.connect(compared)
    if not dialog.start():
        print("screenshot: the comparison did not start:", dialog.status.text(), flush=True)
        finish(1)


def show_first_chart(browser) -> None:
    """Scroll the report to its first chart: its heading at the top of the view."""
    browser.moveCursor(QTextCursor.Start)
    if browser.find(CHART_HEADING):
        bar = browser.verticalScrollBar()
        bar.setValue(min(bar.maximum(), bar.value() + browser.cursorRect().top() - 12))
        cursor = browser.textCursor()
        cursor.clearSelection()
        browser.setTextCursor(cursor)


def start() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    window = iface.mainWindow()
    window.resize(1600, 1000)
    window.showMaximized()
    project = QgsProject.instance()
    if not project.read(PROJECT):
        print("screenshot: cannot open", PROJECT, flush=True)
        finish(1)
        return
    for dock in window.findChildren(__import__("qgis.PyQt.QtWidgets", fromlist=["QDockWidget"]).QDockWidget):
        if dock.metaObject().className() == "Qgs3DMapCanvasDockWidget":
            dock.hide()
    project.writeEntry("dseza_twin", "store_address", str(Path(STORE).resolve()))  # this project's store only
    window.showMaximized()
    after_render(scenario_step)


QTimer.singleShot(1500, start)
QTimer.singleShot(150000, lambda: finish(2))  # a hung step must not hang the script
