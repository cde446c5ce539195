"""Styled outputs: a layer an algorithm run from the GUI loads on completion gets its QML from resources/styles/.

QGIS calls the post-processor after the algorithm, on the main thread, once the layer is in the project. It holds
the post-processor by a plain pointer: the Python object must outlive the run, so the post-processors are kept
here, one per style, for the life of the plugin (a known PyQGIS pitfall: a local one is garbage-collected and QGIS
crashes or silently skips it).
"""

from __future__ import annotations

import logging

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


#: The post-processors, by style: alive as long as the plugin (see the module's note).
_KEPT: dict[str, StyleOnLoad] = {}


def style_output(context, dest: str, qml: str, geometry_type=None, renderer_3d: str | None = None) -> None:
    """Style the output ``dest`` with ``qml`` (and the 3D renderer made by ``twin_3d.<renderer_3d>``) when it is
    loaded on completion (the GUI, runAndLoadResults)."""
    if not dest or not context.willLoadLayerOnCompletion(dest):
        return
    key = "{}|{}|{}".format(qml, geometry_type, renderer_3d)
    if key not in _KEPT:
        _KEPT[key] = StyleOnLoad(qml, geometry_type, renderer_3d)
    context.layerToLoadOnCompletionDetails(dest).setPostProcessor(_KEPT[key])


POLYGON_GEOMETRY = QgsWkbTypes.PolygonGeometry
