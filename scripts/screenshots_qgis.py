"""Run inside QGIS desktop (``qgis --code``) by scripts/screenshots.sh: screenshots of the twin in QGIS.

Opens the demo project, waits for the canvas to finish drawing, and saves PNGs into the folder given by
``DSEZA_SCREENSHOTS``: the main window with the twin's layers, then the zone inspector docked on the
High-Tech Park when the plugin offers it. QGIS quits when done (exit status 0), or after a time-out.
"""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, plugins

OUT = Path(os.environ.get("DSEZA_SCREENSHOTS", "out/screenshots"))
PROJECT = os.environ.get("DSEZA_PROJECT", "out/danang_twin.qgz")
AREA = os.environ.get("DSEZA_AREA", "DN-HTP")
saved: list[str] = []


def save(name: str) -> None:
    path = OUT / name
    iface.mainWindow().grab().save(str(path))
    saved.append(str(path))
    print("screenshot:", path, flush=True)


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


def quit_qgis() -> None:
    (OUT / "index.txt").write_text("\n".join(saved) + "\n", encoding="utf-8")
    QApplication.instance().exit(0)


def inspector_step() -> None:
    plugin = plugins.get("dseza_twin")
    show = getattr(plugin, "show_zone_inspector", None)
    if show is None:
        print("screenshot: the plugin has no zone inspector yet", flush=True)
        quit_qgis()
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
        QTimer.singleShot(4000, lambda: (save("2-zone-inspector.png"), quit_qgis()))

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
    after_render(lambda: (save("1-main-window.png"), inspector_step()))


QTimer.singleShot(1500, start)
QTimer.singleShot(120000, lambda: QApplication.instance().exit(2))  # a hung step must not hang the script
