"""A GeoPackage store and a PostGIS store look the same to QGIS: layers, fields, types, CRS."""

import pytest
from qgis.core import QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from dseza_twin.dseza_twin_plugin.store import LAYERS, open_store, schema

# QGIS reports GeoPackage and PostgreSQL columns with their providers' own type names;
# what must match is the kind of value a user gets.
_KIND = {
    QVariant.Int: "integer", QVariant.LongLong: "integer", QVariant.Double: "real", QVariant.String: "text",
    QVariant.Date: "date", QVariant.DateTime: "datetime", QVariant.Bool: "boolean",
}


def describe(store):
    layers = {}
    for name in LAYERS:
        uri, provider = store.layer_source(name)
        layer = QgsVectorLayer(uri, name, provider)
        assert layer.isValid(), (name, uri)
        fields = [(f.name(), _KIND.get(f.type(), f.typeName())) for f in layer.fields()]
        layers[name] = {
            "fields": fields,
            "geometry": QgsWkbTypes.displayString(layer.wkbType()),
            "crs": layer.crs().authid() if layer.isSpatial() else None,
        }
    return layers


@pytest.fixture
def both_stores(tmp_path, pg_store_address, qgis_app):
    stores = [open_store(str(tmp_path / "twin.gpkg")), open_store(pg_store_address)]
    for store in stores:
        store.create_or_upgrade()
    yield stores
    for store in stores:
        store.close()


def test_same_layers_fields_and_types(both_stores):
    gpkg, postgis = (describe(s) for s in both_stores)
    assert gpkg == postgis
    assert gpkg["parcels"]["geometry"] == "MultiPolygon" and gpkg["parcels"]["crs"] == "EPSG:5899"
    assert gpkg["network_links"]["geometry"] == "MultiLineString"
    assert gpkg["sensors"]["geometry"] == "Point"
    assert gpkg["readings"]["geometry"] == "NoGeometry"
    kinds = dict(gpkg["parcels"]["fields"])
    assert kinds["lease_start"] == "date" and kinds["is_public"] == "boolean" and kinds["employees"] == "integer"
    assert dict(gpkg["readings"]["fields"])["phenomenon_time"] == "datetime"


def test_spatial_indexes_exist(both_stores):
    gpkg, postgis = both_stores
    rtrees = {r[0] for r in gpkg.query(
        "SELECT table_name FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'")}
    gist = {r[0] for r in postgis.query(
        "SELECT tablename FROM pg_indexes WHERE schemaname = %s AND indexdef LIKE '%%USING gist%%'",
        (postgis.address.schema,))}
    spatial = {name for name in LAYERS if name != "readings"} | set(schema.SCENARIO_TABLES.values())
    assert rtrees == spatial and gist == spatial
