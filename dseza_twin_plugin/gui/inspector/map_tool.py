"""Pick a lot, zone or area on the map: a click, as a point in the store's CRS (EPSG:5899)."""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject
from qgis.gui import QgsMapToolEmitPoint
from qgis.PyQt.QtCore import pyqtSignal

from ...store.schema import STORE_SRID


class ZonePickTool(QgsMapToolEmitPoint):
    """Emits :attr:`picked` (x, y in EPSG:5899) for each left click on the canvas."""

    picked = pyqtSignal(float, float)

    def __init__(self, canvas):
        super().__init__(canvas)
        self._canvas = canvas
        self.canvasClicked.connect(self._clicked)

    def _clicked(self, point: QgsPointXY, _button) -> None:
        source = self._canvas.mapSettings().destinationCrs()
        target = QgsCoordinateReferenceSystem("EPSG:{}".format(STORE_SRID))
        if source.isValid() and source != target:
            point = QgsCoordinateTransform(source, target, QgsProject.instance()).transform(point)
        self.picked.emit(point.x(), point.y())
