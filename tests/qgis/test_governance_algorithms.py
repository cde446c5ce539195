"""The governance algorithms (dsezatwin:setuproles, asof, validatestore) as Processing runs them: outputs,
clear errors, and hostile STORE strings and layer names refused with a QgsProcessingException (hypothesis)."""

from __future__ import annotations

import datetime as dt
import time
import uuid

import psycopg
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qgis.core import QgsProcessingException

from dseza_twin.dseza_twin_plugin.store import open_store

X0, Y0 = 533000.0, 1772000.0  # in the High-Tech Park (EPSG:5899)


def box(x0, y0, x1, y1):
    return shapely.box(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


@pytest.fixture
def store(tmp_path, plugin):
    from qgis import processing

    path = str(tmp_path / "twin.gpkg")
    processing.run("dsezatwin:createstore", {"STORE": path})
    with open_store(path) as s, s.transaction() as w:
        w.insert("functional_areas", [dict(code="HTP", kind="high_tech_park", geom=box(0, 0, 2000, 2000))])
        w.insert("planning_zones", [dict(code="Z1", area_code="HTP", land_use="industrial", geom=box(0, 0, 900, 900))])
        w.insert("parcels", [dict(code="L1", zone_code="Z1", area_code="HTP", status="available",
                                  geom=box(0, 0, 100, 100)),
                             dict(code="L2", zone_code="Z1", area_code="HTP", status="available",
                                  geom=box(50, 0, 150, 100))])
    return path


def test_asof_writes_the_layer_as_it_was(store):
    from qgis import processing
    from qgis.PyQt.QtCore import QDateTime, Qt

    time.sleep(0.003)
    before = dt.datetime.now(dt.timezone.utc)
    time.sleep(0.003)
    with open_store(store) as s, s.transaction() as w:
        w.upsert("parcels", [{"code": "L1", "status": "leased", "tenant": "Cty A"}])
        w.execute("DELETE FROM parcels WHERE code = 'L2'")
    when = QDateTime.fromString(before.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", Qt.ISODate)
    result = processing.run("dsezatwin:asof", {"STORE": store, "LAYER": "parcels", "DATE": when,
                                               "OUTPUT": "memory:"})
    layer = result["OUTPUT"]
    lots = {f["code"]: (f["status"], f["row_version"]) for f in layer.getFeatures()}
    assert lots == {"L1": ("available", 1), "L2": ("available", 1)} and result["FEATURES"] == 2
    assert layer.crs().authid() == "EPSG:5899" and all(f.hasGeometry() for f in layer.getFeatures())
    now = processing.run("dsezatwin:asof", {"STORE": store, "LAYER": "parcels", "DATE": QDateTime.currentDateTimeUtc(),
                                            "OUTPUT": "memory:"})
    assert {f["code"]: f["status"] for f in now["OUTPUT"].getFeatures()} == {"L1": "leased"}


def test_asof_reads_a_date_alone_as_the_end_of_that_day_in_da_nang():
    from qgis.PyQt.QtCore import QDateTime

    from dseza_twin.processing.algorithms.governance.as_of import when_from

    assert when_from("2026-06-30", QDateTime()) == dt.datetime(2026, 6, 30, 16, 59, 59, 999999, dt.timezone.utc)


def test_validatestore_reports_each_violation_as_a_point(store):
    from qgis import processing

    result = processing.run("dsezatwin:validatestore", {"STORE": store, "TOLERANCE": 0.5, "OUTPUT": "memory:"})
    features = list(result["OUTPUT"].getFeatures())
    assert result["VIOLATIONS"] == 1 == len(features)
    assert (features[0]["rule"], features[0]["code"], features[0]["other_code"]) == ("lot_overlap", "L1", "L2")
    assert features[0]["measure"] == pytest.approx(5000)
    assert features[0].geometry().type() == 0  # a point, in the overlap


def test_setuproles_on_a_geopackage_says_roles_need_postgis(store):
    from qgis import processing

    with pytest.raises(QgsProcessingException, match="PostGIS store only"):
        processing.run("dsezatwin:setuproles", {"STORE": store})


def test_setuproles_runs_and_reruns_on_postgis(plugin, pg_store_address):
    from conftest import PG_CONNINFO
    from qgis import processing

    prefix = "p{}_".format(uuid.uuid4().hex[:8])
    processing.run("dsezatwin:createstore", {"STORE": pg_store_address})
    schema_name = pg_store_address.split("schema=")[1]
    try:
        with pytest.raises(QgsProcessingException, match="login=role"):
            processing.run("dsezatwin:setuproles", {"STORE": pg_store_address, "ROLE_PREFIX": prefix,
                                                    "MEMBERS": "lan=superuser"})
        with pytest.raises(QgsProcessingException, match="prefix"):
            processing.run("dsezatwin:setuproles", {"STORE": pg_store_address, "ROLE_PREFIX": "Twin'; DROP"})
        for _ in range(2):
            result = processing.run("dsezatwin:setuproles", {"STORE": pg_store_address, "ROLE_PREFIX": prefix})
            assert result["ROLES"].split(", ") == [prefix + r for r in ("admin", "officer", "analyst",
                                                                         "sensor_ingest", "investor")]
            assert result["INVESTOR_SCHEMA"] == schema_name + "_public" and result["POLICIES"] > 50
        with pytest.raises(QgsProcessingException, match="is a superuser"):  # daily work as the superuser
            processing.run("dsezatwin:validatestore", {"STORE": pg_store_address, "OUTPUT": "memory:"})
        processing.run("dsezatwin:createstore", {"STORE": pg_store_address})  # an admin operation: still runs
    finally:
        with psycopg.connect(PG_CONNINFO, autocommit=True) as conn:
            for name in (schema_name + "_public", schema_name + "_results", schema_name):
                conn.execute("DROP SCHEMA IF EXISTS {} CASCADE".format(name))
            for base in ("admin", "officer", "analyst", "sensor_ingest", "investor"):
                if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (prefix + base,)).fetchone():
                    conn.execute("DROP OWNED BY {} CASCADE".format(prefix + base))
                    conn.execute("DROP ROLE {}".format(prefix + base))


HOSTILE = st.one_of(st.sampled_from(["'; DROP TABLE parcels; --", "x.gpkg'; --", "service='; DROP SCHEMA twin;",
                                     "dbname=x password=secret", "a\x00b.gpkg", "schema=\"x\"", "Hòa Khánh.gpkg",
                                     "%s", "{}", "../../x.gpkg"]), st.text(max_size=30))


@given(value=HOSTILE)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_hostile_store_strings_and_layers_are_clean_errors(store, value):
    from qgis import processing

    before = open_store(store).counts()
    for alg, params in (("dsezatwin:validatestore", {"STORE": value, "OUTPUT": "memory:"}),
                        ("dsezatwin:asof", {"STORE": value, "LAYER": "parcels", "DATE": "2026-06-30",
                                            "OUTPUT": "memory:"}),
                        ("dsezatwin:setuproles", {"STORE": value}),
                        ("dsezatwin:asof", {"STORE": store, "LAYER": value, "DATE": "2026-06-30",
                                            "OUTPUT": "memory:"}),
                        ("dsezatwin:importlayer", {"INPUT": _lots_input(value), "STORE": store, "TARGET": "parcels",
                                                   "FIELD_MAP": "{}:code, x:{}".format(value, value), "MODE": "upsert",
                                                   "OUTPUT_REJECTED": "TEMPORARY_OUTPUT"})):
        if alg == "dsezatwin:asof" and params["LAYER"] == "parcels" and value.endswith(".gpkg") \
                and not value.startswith("/"):
            continue  # a relative .gpkg path would name a file in the working folder
        try:
            processing.run(alg, params)
        except QgsProcessingException as exc:
            assert str(exc).strip()
    assert open_store(store).counts() == before


def _lots_input(code: str):
    """A layer of one lot whose code and field name are the hostile value (an import refuses or stores it)."""
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    layer = QgsVectorLayer("Polygon?crs=EPSG:5899", "input", "memory")
    layer.dataProvider().addAttributes([QgsField("code", QVariant.String), QgsField("status", QVariant.String)])
    layer.updateFields()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(box(300, 300, 350, 350).wkt))
    feature.setAttributes([code, "available"])
    layer.dataProvider().addFeatures([feature])
    return layer
