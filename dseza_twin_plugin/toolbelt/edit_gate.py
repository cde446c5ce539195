"""The data-quality gate on a save from QGIS: a twin layer's edits are checked before they reach the store.

Armed (:func:`arm_layer`), a twin layer checks, on ``beforeCommitChanges``, the features its edit buffer adds or
changes with :func:`...store.governance.quality.check_rows` against the store (read-only: a connection of its own,
nothing written). When some break the rules, the layer's *allowCommit* is switched off: QGIS refuses the save,
``commitChanges()`` returns False and the edits stay in the edit buffer — nothing is lost. A message names each
refused feature (its code) with its rule and reason: in the QGIS message log, as the layer's error (QGIS desktop
shows it in the message bar) and through the ``notify`` callback the GUI may give. The next change to the buffer
switches commits back on, and the next save is checked again.

QGIS 3.22 checks *allowCommit* right after ``beforeCommitChanges`` (measured), but leaves
``QgsVectorLayer::setAllowCommit`` out of its Python bindings: where the bindings lack it, the exported C++
method of ``qgis_core`` is called through ``ctypes``. Without either, the gate can only warn.
"""

from __future__ import annotations

import ctypes
import logging
import shlex
from collections.abc import Callable
from functools import lru_cache

import shapely
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDataSourceUri,
    QgsFeatureRequest,
    QgsMessageLog,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject

from ..store import open_store, schema
from ..store.governance import quality
from .log_bridge import TAG
from .qgis_values import python_value

log = logging.getLogger(__name__)

OBJECT_NAME = "dseza_twin_edit_gate"
_SET_SYMBOLS = ("_ZN14QgsVectorLayer14setAllowCommitEb", "?setAllowCommit@QgsVectorLayer@@QEAAX_N@Z")
_GET_SYMBOLS = ("_ZNK14QgsVectorLayer11allowCommitEv", "?allowCommit@QgsVectorLayer@@QEBA_NXZ")


@lru_cache(maxsize=1)
def _native_allow_commit():
    """``(getter, setter)`` of QgsVectorLayer's allowCommit on a layer, or None where they cannot be reached."""
    if hasattr(QgsVectorLayer, "setAllowCommit") and hasattr(QgsVectorLayer, "allowCommit"):
        return (lambda layer: layer.allowCommit()), (lambda layer, allowed: layer.setAllowCommit(allowed))
    from qgis import _core
    from qgis.PyQt import sip

    for library in (_core.__file__, "qgis_core"):  # its dependencies resolve through the module (Linux, macOS)
        try:
            handle = ctypes.CDLL(library)
        except OSError:
            continue
        found = [next((getattr(handle, s) for s in symbols if hasattr(handle, s)), None)
                 for symbols in (_GET_SYMBOLS, _SET_SYMBOLS)]
        if None in found:
            continue
        return _bound(*found, sip.unwrapinstance)
    return None


def _bound(getter, setter, address):
    getter.argtypes, getter.restype = [ctypes.c_void_p], ctypes.c_bool
    setter.argtypes, setter.restype = [ctypes.c_void_p, ctypes.c_bool], None
    return (lambda layer: bool(getter(address(layer)))), (lambda layer, allowed: setter(address(layer), bool(allowed)))


def store_address(uri: str, provider: str) -> str | None:
    """The twin store a layer source belongs to (a GeoPackage path, or a PostgreSQL address with its ``authcfg``
    and schema, never a password); None for other sources."""
    if provider == "ogr":
        path = uri.split("|")[0]
        return path if path.lower().endswith(".gpkg") else None
    if provider != "postgres":
        return None
    source = QgsDataSourceUri(uri)
    parts = [(key, value) for key, value in (
        ("service", source.service()), ("dbname", source.database()), ("host", source.host()),
        ("port", source.port()), ("user", source.username()), ("authcfg", source.authConfigId()),
        ("schema", source.schema())) if value]
    if source.sslMode() != QgsDataSourceUri.SslPrefer:
        parts.append(("sslmode", QgsDataSourceUri.encodeSslMode(source.sslMode())))
    return " ".join("{}={}".format(key, shlex.quote(value)) for key, value in parts) or None


class EditGate(QObject):
    """Checks a twin layer's edit buffer against the data-quality gate before QGIS saves it (see the module)."""

    def __init__(self, layer: QgsVectorLayer, name: str, opener: Callable, notify: Callable[[str], None] | None,
                 tolerance: float, switch):
        super().__init__(layer)  # lives and dies with the layer
        self.setObjectName(OBJECT_NAME)
        self.layer, self.name, self.opener, self.notify, self.tolerance = layer, name, opener, notify, tolerance
        self.switch = switch
        self.blocked = False  # commits are off because of this gate (not of a form or another tool)
        self.refused: list[tuple[str, str]] = []
        layer.beforeCommitChanges.connect(self._before_commit)
        layer.layerModified.connect(self._buffer_changed)
        layer.editingStopped.connect(self._buffer_changed)

    def check(self) -> list[tuple[str, str]]:
        """``[(feature label, reasons)]`` of the added or changed features of the edit buffer that break the
        rules (none when nothing is being edited)."""
        buffer = self.layer.editBuffer()
        if buffer is None:
            return []
        added = set(buffer.addedFeatures())
        deleted = set(buffer.deletedFeatureIds())
        ids = (added | set(buffer.changedAttributeValues()) | set(buffer.changedGeometries())) - deleted
        if not ids:
            return []
        features = list(self.layer.getFeatures(QgsFeatureRequest().setFilterFids(list(ids))))
        rows = [self._row(feature, feature.id() in added) for feature in features]
        removed = []
        if deleted and self.layer.fields().indexOf("fid") >= 0:
            removed = [f["fid"] for f in self.layer.dataProvider().getFeatures(
                QgsFeatureRequest().setFilterFids(list(deleted)))]
        with self.opener() as store:
            failures = quality.check_rows(store, self.name, rows, self.tolerance, removed_fids=removed)
        return [(self._label(features[i], rows[i]), reason) for i, reason in failures]

    def _row(self, feature, added: bool) -> dict:
        table = schema.table(self.name)
        row = {f.name(): python_value(feature[f.name()], time_as_text=False) for f in self.layer.fields()
               if f.name() in table.c and f.name() not in schema.MAINTAINED_COLUMNS}
        if added:
            row.pop("fid", None)  # the store gives it
        elif row.get("fid") is None:
            row["fid"] = feature.id()
        column = schema.geometry_column(self.name)
        if column is not None:
            geometry = feature.geometry()
            if geometry is None or geometry.isNull():
                row[column.name] = None
            else:
                store_crs = QgsCoordinateReferenceSystem("EPSG:{}".format(schema.STORE_SRID))
                if self.layer.crs().isValid() and self.layer.crs() != store_crs:
                    geometry.transform(QgsCoordinateTransform(self.layer.crs(), store_crs, QgsProject.instance()))
                row[column.name] = shapely.from_wkb(bytes(geometry.asWkb()))
        return row

    def _label(self, feature, row: dict) -> str:
        if row.get("code"):
            return str(row["code"])
        return self.tr("new feature") if feature.id() < 0 else self.tr("feature {}").format(feature.id())

    def _before_commit(self, _stop_editing: bool) -> None:
        # A slot of a C++ signal: nothing may escape it (PyQt would abort QGIS).
        try:
            if self.switch is not None and not self.switch[0](self.layer) and not self.blocked:
                return  # commits are off for another reason (an attribute form's constraints…): not ours to undo
            try:
                self.refused = self.check()
            except Exception as exc:  # noqa: BLE001 - an unchecked save must not go through silently
                log.exception("The data-quality gate could not check the edits of %s", self.layer.name())
                self._allow(False)
                self._tell(self.tr("The edits of '{}' were not saved: the data-quality rules could not be checked "
                                   "({}). They stay in the edit buffer; save again when the store can be reached."
                                   ).format(self.layer.name(), exc))
                return
            self._allow(not self.refused)
            if self.refused:
                lines = ["{}: {}".format(label, reason) for label, reason in self.refused]
                text = self.tr("The edits of '{}' were not saved: {} feature(s) break the data-quality rules. They "
                               "stay in the edit buffer, nothing is lost: correct them and save again, or discard "
                               "them.").format(self.layer.name(), len(self.refused))
                if self.switch is None:
                    text = self.tr("The edits of '{}' break the data-quality rules ({} feature(s)); this QGIS cannot "
                                   "hold them back, so they were saved: correct them.").format(
                                       self.layer.name(), len(self.refused))
                self._tell("\n".join([text] + lines))
        except Exception:  # noqa: BLE001
            log.exception("The data-quality gate failed on %s", self.layer.name())

    def _buffer_changed(self) -> None:
        if self.blocked:  # the officer is correcting: the next save is checked again
            self._allow(True)

    def _allow(self, allowed: bool) -> None:
        if self.switch is None:
            return
        self.switch[1](self.layer, allowed)
        self.blocked = not allowed

    def _tell(self, text: str) -> None:
        QgsMessageLog.logMessage(text, TAG, Qgis.Warning, notifyUser=True)
        self.layer.raiseError.emit(text)  # QGIS desktop shows a layer's errors in its message bar
        if self.notify is not None:
            try:
                self.notify(text)
            except Exception:  # noqa: BLE001 - a GUI callback's failure must not break the save's check
                log.exception("The edit gate's notify callback failed")


def arm_layer(layer: QgsVectorLayer, store, name: str | None = None, *, notify: Callable[[str], None] | None = None,
              tolerance: float = 0.5) -> EditGate | None:
    """Put the data-quality gate before every save of a twin layer; returns the gate (a child of the layer), or
    None when ``store`` is None or ``name`` (default: the layer's table) is not a twin layer.

    ``store`` is the store's address, or a function opening a new store (closed after each check). ``notify``,
    given by the GUI, gets each refusal's message (a message bar). Arming twice keeps the first gate.
    """
    name = name or _table_name(layer)
    if store is None or name not in schema.LAYERS:
        return None
    existing = layer.findChild(QObject, OBJECT_NAME)
    if existing is not None:
        return existing
    if isinstance(store, str):
        address = store

        def opener():
            from .auth import qgis_credentials

            return open_store(address, credentials=qgis_credentials)
    else:
        opener = store
    switch = _native_allow_commit()
    if switch is None:
        log.warning("This QGIS offers no way to hold a save back: the data-quality gate on %s only warns.", name)
    return EditGate(layer, name, opener, notify, tolerance, switch)


def _table_name(layer: QgsVectorLayer) -> str:
    if layer.providerType() == "postgres":
        return QgsDataSourceUri(layer.source()).table()
    _path, _sep, options = layer.source().partition("|")
    return dict(o.partition("=")[::2] for o in options.split("|") if o).get("layername", "")
