"""Run inside QGIS desktop (``qgis --code``) by scripts/screenshots.sh: screenshots of the twin in QGIS.

Opens the demo project, waits for the canvas to finish drawing, and saves PNGs into the folder given by
``DSEZA_SCREENSHOTS``: the main window with the twin's layers, then the zone inspector docked on the
High-Tech Park when the plugin offers it, then the project's saved 3D view (buildings extruded), grabbed from
the X screen (``QWidget.grab()`` does not capture an OpenGL canvas). ``index.txt`` lists the PNGs written; it is
written before QGIS quits (QGIS 3.22 may crash on exit after a 3D view was opened). QGIS quits when done (exit
status 0), or after a time-out.
"""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget
from qgis.utils import iface, plugins

OUT = Path(os.environ.get("DSEZA_SCREENSHOTS", "out/screenshots"))
PROJECT = os.environ.get("DSEZA_PROJECT", "out/danang_twin.qgz")
AREA = os.environ.get("DSEZA_AREA", "DN-HTP")
#: Set (e.g. "vi", with ``qgis --lang vi``): only the inspector, saved as 6-zone-inspector-<lang>.png.
LANG = os.environ.get("DSEZA_SHOTS_LANG", "")
saved: list[str] = []


def save(name: str, image=None) -> None:
    path = OUT / name
    (image if image is not None else iface.mainWindow().grab()).save(str(path))
    saved.append(str(path))
    print("screenshot:", path, flush=True)


def docks_3d() -> list:
    """The 3D map view docks QGIS opened from the project's saved 3D views."""
    return [w for w in iface.mainWindow().findChildren(QDockWidget)
            if w.metaObject().className() == "Qgs3DMapCanvasDockWidget"]


def view_3d_step() -> None:
    docks = docks_3d()
    if not docks:
        print("screenshot: the project has no saved 3D view", flush=True)
        quit_qgis()
        return
    plugin = plugins.get("dseza_twin")
    inspector = getattr(plugin, "inspector", None)
    if inspector is not None:
        inspector.hide()
    dock = docks[0]
    dock.setFloating(True)
    dock.show()
    dock.setGeometry(40, 40, 1400, 900)
    dock.raise_()

    def grab(dock, name, then):
        geometry = dock.frameGeometry()
        screen = QApplication.primaryScreen()
        image = screen.grabWindow(0, geometry.x(), geometry.y(), geometry.width(), geometry.height())
        save(name, image)
        then()

    def closeup():  # the project's close-up on an imported IFC model, when it has one
        if len(docks) < 2:
            quit_qgis()
            return
        dock.hide()
        docks[1].setFloating(True)
        docks[1].show()
        docks[1].setGeometry(40, 40, 1400, 900)
        docks[1].raise_()
        QTimer.singleShot(12000, lambda: grab(docks[1], "8-3d-ifc-model.png", scenario_closeup))

    def scenario_closeup():  # the close-up on a draft scenario's lots: its planned buildings, their envelope
        if len(docks) < 3:
            quit_qgis()
            return
        docks[1].hide()
        docks[2].setFloating(True)
        docks[2].show()
        docks[2].setGeometry(40, 40, 1400, 900)
        docks[2].raise_()
        QTimer.singleShot(15000, lambda: grab(docks[2], "11-3d-scenario-envelopes.png", quit_qgis))

    # the terrain tiles and the extruded buildings load in the background
    QTimer.singleShot(15000, lambda: grab(dock, "5-3d-view.png", closeup))


def after_render(then) -> None:
    """Call ``then`` once the canvas has drawn (or after 20 s)."""
    canvas = iface.mapCanvas()
    done = {"fired": False}

    def fire():
        if not done["fired"]:
            done["fired"] = True
            QTimer.singleShot(500, then)

    canvas.mapCanvasRefreshed.connect(fire)
    canvas.refreshAllLayers()
    QTimer.singleShot(20000, fire)


def write_index() -> None:
    (OUT / "index.txt").write_text("\n".join(saved) + "\n", encoding="utf-8")


def quit_qgis() -> None:
    write_index()
    QApplication.instance().exit(0)


def inspector_step() -> None:
    plugin = plugins.get("dseza_twin")
    show = getattr(plugin, "show_zone_inspector", None)
    if show is None:
        print("screenshot: the plugin has no zone inspector yet", flush=True)
        view_3d_step()
        return
    show(AREA)
    dock = getattr(plugin, "inspector", None)
    tabs = dock.findChild(__import__("qgis.PyQt.QtWidgets", fromlist=["QTabWidget"]).QTabWidget) if dock else None

    if dock is not None:
        iface.mainWindow().resizeDocks([dock], [620], Qt.Horizontal)

    def environment_tab():
        if tabs is not None:  # the Environment tab, with its chart
            for i in range(tabs.count()):
                if tabs.tabText(i).lower().startswith(("environment", "môi trường")):
                    tabs.setCurrentIndex(i)
        if LANG:
            QTimer.singleShot(4000, lambda: (save("6-zone-inspector-{}.png".format(LANG)), quit_qgis()))
        else:
            QTimer.singleShot(4000, lambda: (save("2-zone-inspector.png"), write_index(), view_3d_step()))

    QTimer.singleShot(6000, environment_tab)


def start() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    window = iface.mainWindow()
    window.resize(1600, 1000)
    window.showMaximized()
    if not QgsProject.instance().read(PROJECT):
        print("screenshot: cannot open", PROJECT, flush=True)
        QApplication.instance().exit(1)
        return
    for dock in docks_3d():  # the saved 3D views open with the project: shown in their own screenshots
        dock.hide()
    window.resize(1600, 1000)  # the 3D dock opened with the project may have made the window taller
    window.showMaximized()
    if LANG:
        after_render(inspector_step)
    else:
        after_render(lambda: (save("1-main-window.png"), inspector_step()))


QTimer.singleShot(1500, start)
QTimer.singleShot(120000, lambda: QApplication.instance().exit(2))  # a hung step must not hang the script
