"""Optimistic locking in QGIS editing: arm a twin layer so that its saves tell the store which version of each
feature they were based on (see :mod:`..store.governance.locking`).

QGIS's providers send only the changed columns of a feature. Armed, the layer's ``row_version`` field gets the
store's expression as its default value *applied on update*: every attribute or geometry change an officer
makes puts ``-1 - version read`` into the edit buffer, which the save sends with the change. When another
officer saved the same feature in between, the store refuses the save ("Edit conflict: … was changed by
someone else since you loaded it …"); QGIS keeps the officer's edits in the buffer. The field is read-only in
the attribute form.
"""

from __future__ import annotations

from qgis.core import QgsDefaultValue, QgsVectorLayer

from ..store.governance.locking import QGIS_DEFAULT_EXPRESSION

FIELD = "row_version"


def arm_layer(layer: QgsVectorLayer) -> bool:
    """Give the layer's ``row_version`` field its default on update (and make it read-only in forms); False when
    the layer has no such field (a store older than schema version 5, a view)."""
    index = layer.fields().indexOf(FIELD)
    if index < 0:
        return False
    layer.setDefaultValueDefinition(index, QgsDefaultValue(QGIS_DEFAULT_EXPRESSION, True))
    config = layer.editFormConfig()
    config.setReadOnly(index, True)
    layer.setEditFormConfig(config)
    return True
