"""Styled outputs: a layer an algorithm run from the GUI loads on completion gets its QML from resources/styles/.

QGIS calls the post-processor after the algorithm, on the main thread, once the layer is in the project, and then
deletes it: ``setPostProcessor`` takes ownership, so every run needs a new one (one shared per style was deleted
after its first use, and the next run of any algorithm with that style failed with "wrapped C/C++ object …
has been deleted"). A reference to each is also kept here, so that a QGIS that would not take ownership could not
garbage-collect it mid-run (a known PyQGIS pitfall); a bounded few, as each lives for one run only.
"""

from __future__ import annotations

import logging
from collections import deque

from qgis.core import QgsProcessingLayerPostProcessorInterface, QgsWkbTypes

from .base import RESOURCES

log = logging.getLogger(__name__)

STYLES = RESOURCES / "styles"


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Applies ``resources/styles/<qml>`` to the loaded layer (only to a layer of ``geometry_type`` when given),
    and the 3D renderer ``twin_3d.<renderer_3d>()`` when one is named."""

    def __init__(self, qml: str, geometry_type=None, renderer_3d: str | None = None):
        super().__init__()
        self.qml = qml
        self.geometry_type = geometry_type
        self.renderer_3d = renderer_3d

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        if layer is None or not layer.isValid():
            return
        if self.geometry_type is not None and layer.geometryType() != self.geometry_type:
            return
        message, ok = layer.loadNamedStyle(str(STYLES / self.qml))
        if not ok:
            log.warning("Style %s was not applied to %s: %s", self.qml, layer.name(), message)
            return
        if self.renderer_3d:
            from ...dseza_twin_plugin import twin_3d

            if twin_3d.HAS_3D:
                layer.setRenderer3D(getattr(twin_3d, self.renderer_3d)())
        layer.triggerRepaint()


#: The latest post-processors (see the module's note).
_KEPT: deque = deque(maxlen=64)


def style_output(context, dest: str, qml: str, geometry_type=None, renderer_3d: str | None = None) -> None:
    """Style the output ``dest`` with ``qml`` (and the 3D renderer made by ``twin_3d.<renderer_3d>``) when it is
    loaded on completion (the GUI, runAndLoadResults)."""
    if not dest or not context.willLoadLayerOnCompletion(dest):
        return
    processor = StyleOnLoad(qml, geometry_type, renderer_3d)
    _KEPT.append(processor)
    context.layerToLoadOnCompletionDetails(dest).setPostProcessor(processor)


POLYGON_GEOMETRY = QgsWkbTypes.PolygonGeometry
