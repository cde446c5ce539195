"""createstore then loaddemotwin, through Processing, into a GeoPackage and into PostGIS:
the stored twin keeps the demo's invariants and both stores hold the same twin."""

import datetime as dt

import pytest
import shapely
from shapely.strtree import STRtree

from dseza_twin.dseza_twin_plugin.core.demo import build_demo_twin
from dseza_twin.dseza_twin_plugin.store import LAYERS, SCHEMA_VERSION, open_store

SEED, SCALE, DAYS = 7, 1, 3
END = dt.datetime(2026, 11, 1, 17, tzinfo=dt.timezone.utc)  # 2026-11-02 00:00 in Đà Nẵng


@pytest.fixture(scope="module")
def expected():
    return build_demo_twin(seed=SEED, scale=SCALE, days=DAYS, end=END)


def load(address):
    from qgis import processing

    created = processing.run("dsezatwin:createstore", {"STORE": address})
    assert created["SCHEMA_VERSION"] == SCHEMA_VERSION and created["PREVIOUS_VERSION"] == -1
    return processing.run("dsezatwin:loaddemotwin", {"STORE": address, "SEED": SEED, "SCALE": SCALE, "DAYS": DAYS,
                                                   "END": "2026-11-02T00:00:00+07:00"})


@pytest.fixture(params=["gpkg", "postgis"])
def loaded(request, tmp_path, plugin):
    address = str(tmp_path / "twin.gpkg") if request.param == "gpkg" else request.getfixturevalue("pg_store_address")
    outputs = load(address)
    with open_store(address) as store:
        yield store, outputs


def test_counts_match_the_generated_twin(loaded, expected):
    store, outputs = loaded
    counts = store.counts()
    for layer in LAYERS:
        assert outputs[layer.upper()] == counts[layer] == len(expected.layers[layer]), layer
    assert counts["parcels"] > 100 and counts["buildings"] > 100 and counts["readings"] > 0


def test_geometries_valid_in_store_crs(loaded):
    store, _ = loaded
    for layer in ("functional_areas", "planning_zones", "parcels", "buildings", "network_links", "sensors"):
        geoms = [r["geom"] for r in store.rows(layer, ["geom"])]
        assert geoms and all(g is not None and g.is_valid and not g.is_empty for g in geoms), layer
        minx, miny, maxx, maxy = shapely.total_bounds(geoms)
        # EPSG:5899 metres around Đà Nẵng, not degrees
        assert 500_000 < minx < maxx < 600_000 and 1_740_000 < miny < maxy < 1_800_000, layer
    if store.address.is_gpkg:
        assert {r[0] for r in store.query("SELECT DISTINCT srs_id FROM gpkg_geometry_columns")} == {5899}
    else:
        srids = store.query("SELECT DISTINCT srid FROM geometry_columns WHERE f_table_schema = %s",
                            (store.address.schema,))
        assert srids == [(5899,)]


def test_lots_inside_zones_without_overlap(loaded):
    store, _ = loaded
    zones = {r["code"]: r["geom"] for r in store.rows("planning_zones", ["code", "geom"])}
    lots = store.rows("parcels", ["code", "zone_code", "geom"])
    for lot in lots:
        assert lot["geom"].difference(zones[lot["zone_code"]]).area < 0.01, lot["code"]
    geoms = [lot["geom"] for lot in lots]
    tree = STRtree(geoms)
    left, right = tree.query(geoms, predicate="intersects")
    pairs = left < right
    overlap = shapely.area(shapely.intersection(
        [geoms[i] for i in left[pairs]], [geoms[j] for j in right[pairs]])) if pairs.any() else []
    assert all(a < 0.01 for a in overlap)


def test_buildings_inside_lots_except_breaches(loaded, expected):
    store, _ = loaded
    lots = {r["code"]: r["geom"] for r in store.rows("parcels", ["code", "geom"])}
    outside = {b["code"] for b in store.rows("buildings", ["code", "parcel_code", "geom"])
               if b["geom"].difference(lots[b["parcel_code"]]).area > 0.01}
    declared = {code for code, what in expected.deliberate_breaches.items() if what == "outside_lot"}
    assert outside == declared and declared


def test_readings_per_sensor(loaded, expected):
    store, _ = loaded
    sensors = {r["fid"]: r["code"] for r in store.rows("sensors", ["fid", "code"])}
    per_sensor: dict[int, int] = {}
    for r in store.rows("readings", ["sensor_id"]):
        per_sensor[r["sensor_id"]] = per_sensor.get(r["sensor_id"], 0) + 1
    for fid, code in sensors.items():
        assert per_sensor.get(fid, 0) == DAYS * 24 - expected.gaps.get(code, 0), code
    times = [r["phenomenon_time"] for r in store.rows("readings", ["phenomenon_time"])]
    assert all(t.tzinfo is not None for t in times)
    assert END - dt.timedelta(days=DAYS) <= min(times) and max(times) < END


def test_layers_say_geometry_is_illustrative(loaded):
    store, _ = loaded
    meta = store.meta()
    assert meta["dataset"] == "demo"
    for layer in LAYERS:
        assert "illustrative" in meta["description:" + layer].lower()


def test_reload_replaces_demo_but_never_real_data(tmp_path, plugin):
    from qgis.core import QgsProcessingException

    address = str(tmp_path / "twin.gpkg")
    first = load(address)
    from qgis import processing

    again = processing.run("dsezatwin:loaddemotwin", {"STORE": address, "SEED": SEED, "SCALE": SCALE, "DAYS": DAYS,
                                                   "END": "2026-11-02T00:00:00+07:00"})
    assert again == first  # replaced, not appended
    real = str(tmp_path / "real.gpkg")
    processing.run("dsezatwin:createstore", {"STORE": real})
    with open_store(real) as store, store.transaction() as w:
        w.insert("functional_areas",
                 [dict(code="REAL", kind="ftz", geom=shapely.box(550000, 1770000, 551000, 1771000))])
    with pytest.raises(QgsProcessingException, match="not the demo twin"):
        processing.run("dsezatwin:loaddemotwin", {"STORE": real, "SEED": SEED, "SCALE": SCALE, "DAYS": DAYS})
    with open_store(real) as store:
        assert store.counts()["functional_areas"] == 1


def test_gpkg_and_postgis_hold_the_same_twin(tmp_path, plugin, pg_store_address):
    gpkg_path = str(tmp_path / "twin.gpkg")
    load(gpkg_path)
    load(pg_store_address)
    with open_store(gpkg_path) as gpkg, open_store(pg_store_address) as pg:
        for layer in ("parcels", "buildings", "sensors"):
            a = sorted(gpkg.rows(layer), key=lambda r: r["code"])
            b = sorted(pg.rows(layer), key=lambda r: r["code"])
            assert len(a) == len(b)
            for ra, rb in zip(a, b):
                ga, gb = ra.pop("geom"), rb.pop("geom")
                ra.pop("fid"), rb.pop("fid")
                assert ra == rb
                assert ga.equals_exact(gb, 1e-6)
