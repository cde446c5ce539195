"""The data-quality gate (store.governance.quality, dsezatwin:validatestore) on a store seeded with each kind
of violation: the same violations from PostGIS's set-based SQL and from the GeoPackage's shapely checks."""

from __future__ import annotations

import psycopg
import pytest
import shapely
from local_geometry import at as _at
from local_geometry import box

from dseza_twin.dseza_twin_plugin.store import open_store
from dseza_twin.dseza_twin_plugin.store.governance import quality

BOW_TIE = shapely.Polygon([(100, 100), (160, 160), (160, 100), (100, 160), (100, 100)])


def seed(store):
    with store.transaction() as w:
        w.insert("functional_areas", [{"code": "A1", "kind": "industrial_park", "geom": box(0, 0, 1000, 1000)},
                                      {"code": "A2", "kind": "it_park", "geom": box(1000, 0, 2000, 1000)}])
        w.insert("planning_zones", [{"code": "Z1", "area_code": "A1", "land_use": "industrial",
                                     "geom": box(0, 0, 500, 500)}])
        w.insert("parcels", [
            {"code": "L1", "zone_code": "Z1", "area_code": "A1", "status": "available", "geom": box(0, 0, 100, 100)},
            # overlaps L1 by 20 m: a violation
            {"code": "L2", "zone_code": "Z1", "area_code": "A1", "status": "available", "geom": box(80, 0, 180, 100)},
            # meets L2 with a 0.2 m sliver: within the tolerance
            {"code": "L3", "zone_code": "Z1", "area_code": "A1", "status": "available",
             "geom": box(179.8, 0, 280, 100)},
            {"code": "L4", "zone_code": "Z1", "area_code": "A1", "status": "leased", "tenant": None,
             "geom": box(300, 0, 400, 100)},  # leased without a tenant
            {"code": "L5", "zone_code": "Z1", "area_code": "A2", "status": "available",
             "geom": box(0, 200, 100, 300)},  # not in its zone's area
            {"code": "L6", "zone_code": "Z1", "area_code": "A1", "status": "available",
             "geom": shapely.Polygon(box(0, 400, 60, 460).exterior.coords,
                                     [box(70, 400, 80, 410).exterior.coords])},  # a hole outside its shell
            {"code": "L7", "zone_code": "Z1", "area_code": "A1", "status": "available", "geom": None},
            {"code": "L8", "zone_code": "Z1", "area_code": "A1", "status": "available",
             "geom": shapely.box(108.1, 16.0, 108.2, 16.1)},  # degrees stored as metres
            {"code": "L9", "zone_code": "Z1", "area_code": "A1", "status": "available",
             "geom": shapely.Polygon([_at(*p) for p in BOW_TIE.exterior.coords])},  # invalid
        ])
        w.insert("buildings", [
            {"code": "B1", "parcel_code": "L4", "source": "survey", "geom": box(310, 10, 350, 50)},  # inside
            {"code": "B2", "parcel_code": "L4", "source": "survey", "geom": box(380, 10, 405, 50)},  # 5 m out
            {"code": "B3", "parcel_code": "L4", "source": "survey", "geom": box(360, 10, 400.3, 50)},  # 0.3 m: ok
        ])


def bypass_rule(store, table, values):
    """A row written by a tool that bypassed the schema's value rules (a negative height)."""
    if store.address.is_gpkg:
        conn = store._connect()  # registers the GeoPackage functions its R-tree triggers call
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("UPDATE buildings SET height_m = -5 WHERE code = 'B1'")
        conn.execute("PRAGMA ignore_check_constraints = OFF")
    else:
        with psycopg.connect(store.address.libpq_conninfo(), autocommit=True) as conn:
            conn.execute('ALTER TABLE "{}".buildings DROP CONSTRAINT ck_height_m_nonneg'.format(store.address.schema))
            conn.execute("UPDATE \"{}\".buildings SET height_m = -5 WHERE code = 'B1'".format(store.address.schema))


@pytest.fixture(params=["gpkg", "postgis"])
def store(request, tmp_path):
    address = str(tmp_path / "twin.gpkg") if request.param == "gpkg" else request.getfixturevalue("pg_store_address")
    with open_store(address) as s:
        s.create_or_upgrade()
        seed(s)
        bypass_rule(s, "buildings", None)
        yield s


EXPECTED = {
    ("lot_overlap", "L1", "L2"),
    ("lot_tenancy", "L4", None),
    ("lot_area_mismatch", "L5", "Z1"),
    ("invalid_geometry", "L6", None),
    ("invalid_geometry", "L9", None),
    ("missing_geometry", "L7", None),
    ("outside_da_nang", "L8", None),
    ("building_outside_lot", "B2", "L4"),
    ("domain", "B1", None),
}


def test_every_kind_of_violation_is_found_once_with_its_rule(store):
    found = quality.validate(store, tolerance=0.5)
    assert {(v.rule, v.code, v.other_code) for v in found} == EXPECTED
    assert len(found) == len(EXPECTED)
    by_rule = {v.rule + v.code: v for v in found}
    assert by_rule["lot_overlapL1"].measure == pytest.approx(2000, rel=1e-6)
    assert by_rule["building_outside_lotB2"].measure == pytest.approx(200, rel=1e-6)
    assert by_rule["domainB1"].detail == "ck_height_m_nonneg: height_m = -5.0"
    assert "Self-intersection" in by_rule["invalid_geometryL9"].detail
    assert by_rule["invalid_geometryL9"].point is not None  # where GEOS found it
    assert all(v.point is not None for v in found if v.rule != "missing_geometry")


def test_a_larger_tolerance_lets_the_small_breaches_pass(store):
    found = {(v.rule, v.code) for v in quality.validate(store, tolerance=6)}
    assert ("building_outside_lot", "B2") not in found and ("lot_overlap", "L1") in found


def test_both_backends_find_the_same(tmp_path, pg_store_address):
    results = []
    for address in (str(tmp_path / "same.gpkg"), pg_store_address):
        with open_store(address) as s:
            s.create_or_upgrade()
            seed(s)
            bypass_rule(s, "buildings", None)
            results.append([(v.key(), None if v.measure is None else round(v.measure, 3),
                             None if v.point is None else v.point.wkt) for v in quality.validate(s)])
    assert results[0] == results[1]


def test_wrong_crs_in_a_geopackage(tmp_path):
    from dseza_twin.dseza_twin_plugin.store.gpkg import encode_geometries

    address = str(tmp_path / "crs.gpkg")
    with open_store(address) as s:
        s.create_or_upgrade()
        seed(s)
        blob = encode_geometries([shapely.multipolygons([box(500, 500, 600, 600)])], srid=4326)[0]
        s.query("UPDATE parcels SET geom = ? WHERE code = 'L1'", (blob,))
        found = {(v.rule, v.code, v.detail) for v in quality.validate(s)}
    assert ("wrong_crs", "L1", "EPSG:4326") in found


def test_a_clean_store_has_no_violation(tmp_path):
    with open_store(str(tmp_path / "clean.gpkg")) as s:
        s.create_or_upgrade()
        assert quality.validate(s) == []
    with pytest.raises(ValueError):
        quality.validate(s, tolerance=-1)
