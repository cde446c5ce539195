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


def moved_to_wgs84(layer: QgsVectorLayer, geometry: str = "MultiPolygon", dx: float = 550000,
                   dy: float = 1770000) -> QgsVectorLayer:
    """A copy of an EPSG:5899 test layer shifted by (dx, dy) metres (near Đà Nẵng) and reprojected to
    WGS 84, to check that algorithms measure in metres whatever the input CRS."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:5899"),
                                       QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    out = QgsVectorLayer("{}?crs=EPSG:4326".format(geometry), layer.name(), "memory")
    out.dataProvider().addAttributes(layer.fields().toList())
    out.updateFields()
    features = []
    for f in layer.getFeatures():
        g = QgsGeometry(f.geometry())
        g.translate(dx, dy)
        g.transform(transform)
        moved = QgsFeature(out.fields())
        moved.setGeometry(g)
        moved.setAttributes(f.attributes())
        features.append(moved)
    out.dataProvider().addFeatures(features)
    return out
