"""Small in-memory QGIS layers for tests (imported by test modules; tests/ is on sys.path)."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer


def memory_layer(geometry: str, fields: str, rows, crs: str = "EPSG:5899") -> QgsVectorLayer:
    """A memory layer of ``geometry`` type with ``fields`` ("field=name:type&…") and ``rows``
    of ``(geometry, attributes)``; a geometry is shapely, WKT text or None (no geometry)."""
    layer = QgsVectorLayer("{}?crs={}&{}".format(geometry, crs, fields), "input", "memory")
    assert layer.isValid()
    features = []
    for geom, attributes in rows:
        f = QgsFeature(layer.fields())
        if geom is not None:
            f.setGeometry(QgsGeometry.fromWkt(geom if isinstance(geom, str) else geom.wkt))
        f.setAttributes(list(attributes))
        features.append(f)
    if features:
        assert layer.dataProvider().addFeatures(features)
    return layer
