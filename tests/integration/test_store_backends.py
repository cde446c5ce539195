"""The same store behaviour in both backends: GeoPackage file and PostGIS schema."""

import datetime as dt

import pytest
import shapely
from old_stores import open_old_store

from dseza_twin.dseza_twin_plugin.store import (
    LAYERS,
    SCHEMA_VERSION,
    StoreVersionError,
    StoreWriteError,
    migrations,
    open_store,
    schema,
)

UTC = dt.timezone.utc


@pytest.fixture(params=["gpkg", "postgis"])
def store(request, tmp_path):
    if request.param == "gpkg":
        address = str(tmp_path / "twin.gpkg")
    else:
        address = request.getfixturevalue("pg_store_address")
    with open_store(address) as s:
        yield s


def seed_minimal(store):
    with store.transaction() as w:
        w.insert("functional_areas", [dict(code="HK", kind="industrial_park", name_vi="Khu công nghiệp Hòa Khánh",
                                           geom=shapely.box(0, 0, 1000, 1000))])
        w.insert("planning_zones", [dict(code="HK-Z1", area_code="HK", land_use="industrial", max_coverage_pct=70,
                                         geom=shapely.box(0, 0, 500, 500))])
        w.insert("parcels", [dict(code="HK-001", zone_code="HK-Z1", status="leased", area_m2=2500.0,
                                  lease_start=dt.date(2020, 1, 1), is_public=False,
                                  geom=shapely.box(0, 0, 50, 50))])
        w.insert("sensors", [dict(fid=7, code="AQ-1", kind="air", geom=shapely.Point(10, 10))])


def test_create_records_version_and_is_idempotent(store):
    assert store.schema_version() is None
    assert store.create_or_upgrade() == (SCHEMA_VERSION, None)
    assert store.create_or_upgrade() == (SCHEMA_VERSION, SCHEMA_VERSION)
    assert store.schema_version() == SCHEMA_VERSION
    assert store.meta()["crs"] == "EPSG:5899"
    assert store.counts() == {layer: 0 for layer in LAYERS}


def test_round_trip_values_and_geometry(store):
    store.create_or_upgrade()
    seed_minimal(store)
    times = [dt.datetime(2026, 10, 31, 22, tzinfo=UTC) + dt.timedelta(hours=h) for h in range(4)]
    with store.transaction() as w:
        w.insert("readings", [dict(sensor_id=7, phenomenon_time=t, value=float(i), quality="ok")
                              for i, t in enumerate(times)])
    parcel = store.rows("parcels")[0]
    assert parcel["code"] == "HK-001" and parcel["status"] == "leased"
    assert parcel["lease_start"] == dt.date(2020, 1, 1) and parcel["is_public"] is False
    assert parcel["geom"].geom_type == "MultiPolygon" and parcel["geom"].area == 2500
    readings = store.rows("readings", order_by="phenomenon_time")
    assert [r["phenomenon_time"] for r in readings] == times  # across a month boundary
    assert store.rows("functional_areas", ["name_vi"]) == [{"name_vi": "Khu công nghiệp Hòa Khánh"}]


def test_constraints_refuse_and_roll_back(store):
    store.create_or_upgrade()
    seed_minimal(store)
    before = store.counts()
    bad_rows = [
        ("parcels", dict(code="HK-001", zone_code="HK-Z1")),  # duplicate code
        ("parcels", dict(code="X", zone_code="NOPE")),  # unknown zone
        ("parcels", dict(code="X", status="sold")),  # status outside the list
        ("planning_zones", dict(code="Z", land_use="industrial", max_coverage_pct=120)),
        ("buildings", dict(code="B", height_m=-3)),
        ("readings", dict(sensor_id=999, phenomenon_time=dt.datetime(2026, 1, 1, tzinfo=UTC))),
    ]
    for layer, row in bad_rows:
        with pytest.raises(StoreWriteError, match="nothing was written"):
            with store.transaction() as w:
                w.insert("alerts", [dict(rule="r")])  # an earlier write in the same transaction
                w.insert(layer, [row])
    assert store.counts() == before


def test_upsert_inserts_and_updates(store):
    store.create_or_upgrade()
    seed_minimal(store)
    with store.transaction() as w:
        assert w.upsert("parcels", [dict(code="HK-001", tenant="Công ty A"), dict(code="HK-002", zone_code="HK-Z1")]) \
            == (1, 1)
    rows = {r["code"]: r for r in store.rows("parcels")}
    assert rows["HK-001"]["tenant"] == "Công ty A" and rows["HK-001"]["status"] == "leased"
    assert rows["HK-002"]["status"] == "available"  # the layer's default


def test_wrong_geometry_type_is_refused(store):
    store.create_or_upgrade()
    with pytest.raises(StoreWriteError, match="Point geometry"):
        with store.transaction() as w:
            w.insert("functional_areas", [dict(code="A", kind="ftz", geom=shapely.Point(0, 0))])


def test_newer_store_is_refused(store):
    store.create_or_upgrade()
    with store.transaction() as w:
        w.set_meta("schema_version", str(SCHEMA_VERSION + 1))
    with pytest.raises(StoreVersionError, match="newer DSEZA Twin"):
        store.create_or_upgrade()
    with pytest.raises(StoreVersionError, match="Update the plugin"):
        store.check_version()


def test_older_store_is_upgraded_by_migrations(store, monkeypatch):
    """A store of version N is carried to N+1 by the registered step, in one transaction."""
    store.create_or_upgrade()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StoreVersionError, match="Run 'Create or upgrade twin store'"):
        store.check_version()
    applied = []

    def step(writer, kind):
        applied.append(kind)
        writer.insert("alerts", [dict(rule="migration ran")])

    monkeypatch.setitem(migrations.MIGRATIONS, SCHEMA_VERSION, step)
    assert store.create_or_upgrade() == (SCHEMA_VERSION + 1, SCHEMA_VERSION)
    assert applied == [store.address.kind]
    assert store.schema_version() == SCHEMA_VERSION + 1
    assert store.count("alerts") == 1


def test_failed_migration_leaves_store_as_it_was(store, monkeypatch):
    store.create_or_upgrade()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 2)

    def step(writer, kind):
        writer.insert("alerts", [dict(rule="half done")])

    monkeypatch.setitem(migrations.MIGRATIONS, SCHEMA_VERSION, step)  # no step for the next version
    with pytest.raises(StoreVersionError, match="No upgrade is known"):
        store.create_or_upgrade()
    assert store.schema_version() == SCHEMA_VERSION
    assert store.count("alerts") == 0


def test_layer_description(store):
    store.create_or_upgrade()
    with store.transaction() as w:
        w.set_layer_description("parcels", "Illustrative geometry, not official.")
    if store.address.is_gpkg:
        (text,) = store.query("SELECT description FROM gpkg_contents WHERE table_name = 'parcels'")[0]
    else:
        (text,) = store.query("SELECT obj_description(%s::regclass)", ("{}.parcels".format(store.address.schema),))[0]
    assert text == "Illustrative geometry, not official."


@pytest.fixture(params=["gpkg", "postgis"])
def store_v1(request, tmp_path):
    """A store written by schema version 1 (the first release)."""
    with open_old_store(request, tmp_path, 1) as s:
        yield s


def test_version_1_store_is_upgraded_keeping_its_data(store_v1):
    before = store_v1.counts()
    assert store_v1.schema_version() == 1
    assert store_v1.create_or_upgrade() == (SCHEMA_VERSION, 1)
    assert store_v1.counts() == before
    lots = {r["code"]: r for r in store_v1.rows("parcels")}
    assert lots["HK-001"]["green_area_m2"] is None and lots["HK-001"]["status"] == "leased"
    with store_v1.transaction() as w:
        w.upsert("parcels", [dict(code="HK-001", green_area_m2=2100.0)])
        with pytest.raises(StoreWriteError):
            w.upsert("parcels", [dict(code="HK-002", green_area_m2=-5.0)])  # the rule came with the column
    assert store_v1.rows("parcels", ["green_area_m2"], order_by="code")[0]["green_area_m2"] == 2100.0


@pytest.fixture(params=["gpkg", "postgis"])
def store_v2(request, tmp_path):
    """A store written by schema version 2 (before the IoT sync tables)."""
    with open_old_store(request, tmp_path, 2) as s:
        yield s


def test_version_2_store_is_upgraded_with_sync_tables(store_v2):
    before = store_v2.counts()
    assert store_v2.schema_version() == 2
    assert store_v2.create_or_upgrade() == (SCHEMA_VERSION, 2)
    assert store_v2.counts() == before
    assert store_v2.rows("parcels", ["green_area_m2"], order_by="code")[0]["green_area_m2"] == 2100.0
    if store_v2.address.is_gpkg:
        q = "SELECT count(*) FROM {}"
        kinds = dict(store_v2.query("SELECT table_name, data_type FROM gpkg_contents"))
        assert all(kinds[name] == "attributes" for name in schema.SYNC_TABLES)
    else:
        q = "SELECT count(*) FROM " + store_v2.address.schema + ".{}"
    for name in schema.SYNC_TABLES:
        assert store_v2.query(q.format(name)) == [(0,)]


def test_new_store_has_sync_tables(store):
    store.create_or_upgrade()
    prefix = "" if store.address.is_gpkg else store.address.schema + "."
    for name in schema.SYNC_TABLES:
        assert store.query("SELECT count(*) FROM {}{}".format(prefix, name)) == [(0,)]
    if store.address.is_gpkg:
        kinds = dict(store.query("SELECT table_name, data_type FROM gpkg_contents"))
        assert {kinds[name] for name in schema.SYNC_TABLES} == {"attributes"}


def test_insert_ignore_counts_new_and_duplicate(store):
    store.create_or_upgrade()
    seed_minimal(store)
    t0 = dt.datetime(2026, 10, 31, 23, tzinfo=UTC)
    rows = [dict(sensor_id=7, phenomenon_time=t0 + dt.timedelta(hours=h), value=float(h)) for h in range(3)]
    with store.transaction() as w:
        assert w.insert_ignore("readings", rows) == (3, 0)
        assert w.insert_ignore("readings", rows[1:] + [dict(rows[0], value=99.0)] + [
            dict(sensor_id=7, phenomenon_time=t0 + dt.timedelta(hours=5), value=5.0)]) == (1, 3)
        assert w.insert_ignore("readings", []) == (0, 0)
    assert [r["value"] for r in store.rows("readings", order_by="phenomenon_time")] == [0.0, 1.0, 2.0, 5.0]
    with pytest.raises(StoreWriteError, match="nothing was written"):
        with store.transaction() as w:
            w.insert_ignore("readings", [dict(sensor_id=999, phenomenon_time=t0, value=1.0)])  # unknown sensor
    assert store.count("readings") == 4
