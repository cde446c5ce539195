"""Layers in and out of the planning checks.

Read a layer once: the attributes the checks need as columns, geometries as shapely in EPSG:5899.

One ``getFeatures()`` over the whole source, only the wanted fields, geometries transformed by
the iterator (``setDestinationCrs``) and parsed in bulk (``shapely.from_wkb`` on the array of
WKB). Never one request per lot.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ....dseza_twin_plugin.store.schema import STORE_SRID
from ....dseza_twin_plugin.toolbelt.qgis_values import python_value

STORE_CRS = QgsCoordinateReferenceSystem("EPSG:{}".format(STORE_SRID))
POLYGON, LINE, POINT, ANY = "polygon", "line", "point", "any"
_FAMILY = {POLYGON: QgsWkbTypes.PolygonGeometry, LINE: QgsWkbTypes.LineGeometry,
           POINT: QgsWkbTypes.PointGeometry}
_WORDS = {QgsWkbTypes.PolygonGeometry: "polygons", QgsWkbTypes.LineGeometry: "lines",
          QgsWkbTypes.PointGeometry: "points", QgsWkbTypes.NullGeometry: "no geometry"}


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanningChecks", text)


@dataclass
class LayerColumns:
    """What was read from one layer: columns by wanted name (None where the field is absent)."""

    label: str
    geoms: np.ndarray
    columns: dict[str, list | None]
    field_names: dict[str, str]  # wanted name -> the layer's field name
    notes: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.geoms)

    def get(self, name: str) -> list | None:
        return self.columns.get(name)

    def strings(self, name: str) -> list | None:
        values = self.columns.get(name)
        if values is None:
            return None
        return [None if v is None or str(v).strip() == "" else str(v).strip() for v in values]

    def floats(self, name: str) -> np.ndarray | None:
        values = self.columns.get(name)
        if values is None:
            return None
        out = np.full(len(values), np.nan)
        for i, v in enumerate(values):
            if v is None or v == "":
                continue
            try:
                out[i] = float(v)
            except (TypeError, ValueError):
                continue
        return out

    def bools(self, name: str) -> np.ndarray | None:
        values = self.columns.get(name)
        if values is None:
            return None
        truthy = {"1", "true", "t", "yes", "y", "có"}
        return np.array([bool(v) if not isinstance(v, str) else v.strip().lower() in truthy for v in values],
                        dtype=bool)


def find_field(names: list[str], wanted: str) -> str | None:
    """The layer's field named ``wanted``, compared without case."""
    lower = {n.lower(): n for n in names}
    return lower.get(wanted.lower())


def check_geometry(source, label: str, family: str) -> None:
    if family == ANY:
        return
    have = QgsWkbTypes.geometryType(source.wkbType())
    if have not in (_FAMILY[family], QgsWkbTypes.UnknownGeometry):
        raise QgsProcessingException(tr("{} must be a layer of {}, but it holds {}.").format(
            label, _WORDS[_FAMILY[family]], _WORDS.get(have, "other geometries")))


def read_layer(source, label: str, family: str, required: tuple[str, ...] = (), optional: tuple[str, ...] = (),
               context=None, feedback=None, progress: tuple[float, float] = (0.0, 100.0)) -> LayerColumns:
    """Read ``source`` (a QgsProcessingFeatureSource) once.

    ``required`` fields missing from the layer raise a QgsProcessingException naming the
    layer's fields; ``optional`` ones come back as None. Features without a geometry, or
    whose geometry cannot be read, are skipped and counted in the notes.
    """
    check_geometry(source, label, family)
    names = source.fields().names()
    missing = [w for w in required if find_field(names, w) is None]
    if missing:
        raise QgsProcessingException(tr("{} has no field {}. Its fields are: {}.").format(
            label, ", ".join("'{}'".format(m) for m in missing), ", ".join(names) or tr("none")))
    wanted = {w: find_field(names, w) for w in (*required, *optional)}
    present = {w: f for w, f in wanted.items() if f is not None}
    indexes = [source.fields().indexOf(f) for f in present.values()]

    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(indexes)
    crs = source.sourceCrs()
    notes: list[str] = []
    if crs.isValid() and crs != STORE_CRS:
        request.setDestinationCrs(STORE_CRS, context.transformContext() if context else None)
    elif not crs.isValid():
        notes.append(tr("{} has no CRS; its coordinates are taken as EPSG:5899.").format(label))
    total = source.featureCount() or 1
    start, span = progress[0], progress[1] - progress[0]
    wkbs: list[bytes] = []
    records: list[list] = []
    skipped = 0
    layer_type = source.wkbType()
    # curves and M values need a conversion shapely can read; most layers have neither (no per-feature check)
    plain_wkb = layer_type != QgsWkbTypes.Unknown and not QgsWkbTypes.isCurvedType(layer_type) \
        and not QgsWkbTypes.hasM(layer_type)
    iterator = source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
    for n, feature in enumerate(iterator):
        if n % 1000 == 0 and feedback is not None:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Canceled."))
            feedback.setProgress(start + span * n / total)
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            skipped += 1
            continue
        wkbs.append(bytes(geometry.asWkb()) if plain_wkb else _wkb(geometry))
        attributes = feature.attributes()
        records.append([attributes[i] for i in indexes])
    values: dict[str, list] = {w: _plain_column(col) for w, col in zip(present, zip(*records))} if records else \
        {w: [] for w in present}
    if skipped:
        notes.append(tr("{} feature(s) of {} have no geometry and were left out.").format(skipped, label))
    geoms = shapely.from_wkb(np.array(wkbs, dtype=object), on_invalid="ignore") if wkbs else \
        np.zeros(0, dtype=object)
    bad = shapely.is_missing(geoms)
    if bad.any():
        keep = ~bad
        notes.append(tr("{} feature(s) of {} have a geometry that cannot be read and were left out.").format(
            int(bad.sum()), label))
        geoms = geoms[keep]
        values = {w: [v for v, k in zip(col, keep) if k] for w, col in values.items()}
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        geoms = geoms.copy()
        repaired = shapely.make_valid(geoms[invalid])
        geoms[invalid] = as_multi(repaired, family) if family in (POLYGON, LINE) else repaired
        notes.append(tr("{} invalid geometr(ies) of {} were repaired (make_valid) before measuring.").format(
            int(invalid.sum()), label))
    columns: dict[str, list | None] = {w: values.get(w) for w in wanted}
    return LayerColumns(label=label, geoms=geoms, columns=columns, field_names=present, notes=notes)


_PLAIN_TYPES = frozenset((str, int, float, bool, type(None)))


def _plain_column(values) -> list:
    """Attribute values as plain Python (NULL → None, QDate → date…), fast for the common types."""
    plain = _PLAIN_TYPES
    return [v if type(v) in plain else python_value(v) for v in values]


def _wkb(geometry: QgsGeometry) -> bytes:
    kind = geometry.wkbType()
    if QgsWkbTypes.isCurvedType(kind) or QgsWkbTypes.hasM(kind):
        geometry = QgsGeometry(geometry)
        if QgsWkbTypes.isCurvedType(kind):
            geometry.convertToStraightSegment()
        if QgsWkbTypes.hasM(geometry.wkbType()):
            geometry.get().dropMValue()
    return bytes(geometry.asWkb())


_QTYPES = {"str": QVariant.String, "int": QVariant.LongLong, "float": QVariant.Double, "bool": QVariant.Bool}


def sink_fields(columns) -> QgsFields:
    """QgsFields for (name, type) column specs ("str", "int", "float", "bool")."""
    fields = QgsFields()
    for name, kind in columns:
        fields.append(QgsField(name, _QTYPES[kind]))
    return fields


def write_features(sink, fields: QgsFields, rows, geoms, feedback=None, progress: tuple[float, float] = (0, 100),
                   batch: int = 2000):
    """Add one feature per row (attributes by field name, geometry from shapely) to a sink, in batches."""
    names = fields.names()
    wkbs = shapely.to_wkb(np.asarray(geoms, dtype=object)) if len(geoms) else []
    total = max(1, len(rows))
    start, span = progress[0], progress[1] - progress[0]
    pending: list[QgsFeature] = []
    for n, (row, wkb) in enumerate(zip(rows, wkbs)):
        feature = QgsFeature(fields)
        if wkb is not None:
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            feature.setGeometry(geometry)
        feature.setAttributes([_plain(row.get(name)) for name in names])
        pending.append(feature)
        if len(pending) >= batch:
            _flush(sink, pending)
            if feedback is not None:
                if feedback.isCanceled():
                    raise QgsProcessingException(tr("Canceled."))
                feedback.setProgress(start + span * n / total)
    _flush(sink, pending)


def _flush(sink, pending: list) -> None:
    if pending and not sink.addFeatures(pending, QgsFeatureSink.FastInsert):
        error = sink.lastError() if hasattr(sink, "lastError") else ""
        raise QgsProcessingException(tr("Could not write the features: {}").format(error))
    pending.clear()


def _plain(value):
    kind = type(value)
    if kind is float:
        return value if value == value and value not in (np.inf, -np.inf) else None
    if kind in _PLAIN_TYPES:
        return value
    if isinstance(value, np.generic):
        return _plain(value.item())
    return value


def as_multi(geoms, family: str) -> np.ndarray:
    """Geometries as MultiPolygon (family POLYGON) or MultiLineString (LINE) for a sink of that type.

    Parts of other dimensions (the points or lines a repair or an intersection may leave) are dropped;
    a geometry with no part left becomes None.
    """
    geoms = np.asarray(geoms, dtype=object)
    dims = {POLYGON: 2, LINE: 1}[family]
    single, multi = ((shapely.GeometryType.POLYGON, shapely.GeometryType.MULTIPOLYGON) if family == POLYGON
                     else (shapely.GeometryType.LINESTRING, shapely.GeometryType.MULTILINESTRING))
    make = shapely.multipolygons if family == POLYGON else shapely.multilinestrings
    out = np.empty(len(geoms), dtype=object)
    if not len(geoms):
        return out
    kind = shapely.get_type_id(geoms)
    empty = shapely.is_empty(geoms) | shapely.is_missing(geoms)
    ones = (kind == single) & ~empty
    if ones.any():
        out[ones] = make(geoms[ones][:, None])
    already = (kind == multi) & ~empty
    out[already] = geoms[already]
    for i in np.flatnonzero(~ones & ~already & ~empty):
        parts = [p for p in shapely.get_parts(geoms[i]) if shapely.get_dimensions(p) == dims]
        parts = [q for p in parts for q in (shapely.get_parts(p) if p.geom_type.startswith("Multi") else [p])]
        out[i] = make(parts) if parts else None
    return out
