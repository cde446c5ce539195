"""Rollups of the readings (schema v4): latest per sensor, daily totals, hourly view — exact after every write.

The expected figures are recomputed here in plain Python from the readings, never read back from the store's
own views; every kind of write is exercised (fast COPY path, staged ON CONFLICT path, delete, update).
"""

import datetime as dt
import statistics
from collections import defaultdict

import pytest
import shapely
from old_stores import open_old_store

from dseza_twin.dseza_twin_plugin.iot import ingest
from dseza_twin.dseza_twin_plugin.store import open_store, schema

UTC = dt.timezone.utc
ICT = dt.timezone(dt.timedelta(hours=7))
T0 = dt.datetime(2026, 11, 1, 15, 30, tzinfo=UTC)  # 22:30 in Da Nang: the first hours fall on two local days


@pytest.fixture(params=["gpkg", "postgis"])
def store(request, tmp_path):
    address = str(tmp_path / "twin.gpkg") if request.param == "gpkg" else request.getfixturevalue("pg_store_address")
    with open_store(address) as s:
        s.create_or_upgrade()
        with s.transaction() as w:
            w.insert("sensors", [dict(code="A", kind="air", geom=shapely.Point(530000, 1775000)),
                                 dict(code="B", kind="noise", geom=None)])
        yield s


def t(store, name):
    return name if store.address.is_gpkg else "{}.{}".format(store.address.schema, name)


def as_time(value):
    if isinstance(value, str):
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value.astimezone(UTC)


def as_day(value):
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def fids(store):
    return {r["code"]: r["fid"] for r in store.rows("sensors", ["fid", "code"])}


def expected(store):
    """Latest and daily statistics recomputed from the readings, in Python."""
    latest, days = {}, defaultdict(list)
    for r in store.rows("readings", ["sensor_id", "phenomenon_time", "value", "quality"]):
        when = r["phenomenon_time"].astimezone(UTC)
        if r["sensor_id"] not in latest or when > latest[r["sensor_id"]][0]:
            latest[r["sensor_id"]] = (when, r["value"], r["quality"])
        days[(r["sensor_id"], when.astimezone(ICT).date())].append(r["value"])
    daily = {}
    for key, values in days.items():
        vals = [v for v in values if v is not None]
        daily[key] = (len(vals), round(statistics.fmean(vals), 9) if vals else None,
                      min(vals) if vals else None, max(vals) if vals else None)
    return latest, daily


def stored(store):
    latest = {sid: (as_time(when), value, quality) for sid, when, value, quality in
              store.query("SELECT sensor_id, phenomenon_time, value, quality FROM {}".format(
                  t(store, "readings_latest")))}
    daily = {(sid, as_day(day)): (n, None if mean is None else round(mean, 9), vmin, vmax)
             for sid, day, n, mean, vmin, vmax in store.query(
                 "SELECT sensor_id, day, n, value_mean, value_min, value_max FROM {}".format(
                     t(store, "readings_daily")))}
    return latest, daily


def readings(sensor, hours, value=lambda h: float(h), start=T0):
    return [dict(sensor_id=sensor, phenomenon_time=start + dt.timedelta(hours=h), value=value(h), quality="ok")
            for h in hours]


def test_rollups_follow_inserts_duplicates_deletes_and_updates(store):
    ids = fids(store)
    a, b = ids["A"], ids["B"]
    first = ingest.write_readings(store, readings(a, range(6)) + readings(b, range(3), value=lambda h: 50.0 + h))
    assert (first.new, first.duplicate) == (9, 0)
    latest, daily = stored(store)
    assert (latest, daily) == expected(store)
    # Hand-checked: A's hours 0 and 1 (22:30, 23:30 in Da Nang) are on 1 November, hours 2–5 on the 2nd.
    assert daily[(a, dt.date(2026, 11, 1))] == (2, 0.5, 0.0, 1.0)
    assert daily[(a, dt.date(2026, 11, 2))] == (4, 3.5, 2.0, 5.0)
    assert latest[a] == (T0 + dt.timedelta(hours=5), 5.0, "ok")

    # Overlapping batch (staged path): duplicates are not counted twice, a gap reading is counted as no value.
    gap = dict(sensor_id=b, phenomenon_time=T0 + dt.timedelta(hours=10), value=None, quality="missing")
    second = ingest.write_readings(store, readings(a, range(4, 9)) + [gap])
    assert (second.new, second.duplicate) == (4, 2)
    assert stored(store) == expected(store)
    assert stored(store)[1][(a, dt.date(2026, 11, 2))] == (7, 5.0, 2.0, 8.0)
    assert stored(store)[0][b][1:] == (None, "missing")

    # An old reading arriving late does not move the latest.
    late = ingest.write_readings(store, readings(a, [-30]))
    assert late.new == 1 and stored(store)[0][a][0] == T0 + dt.timedelta(hours=8)
    assert stored(store) == expected(store)

    with store.transaction() as w:  # an officer deletes the newest reading and corrects another
        p = "?" if store.address.is_gpkg else "%s"
        w.execute("DELETE FROM {} WHERE sensor_id = {p} AND value = 8".format(t(store, "readings"), p=p), (a,))
        w.execute("UPDATE {} SET value = 100 WHERE sensor_id = {p} AND value = 2".format(t(store, "readings"), p=p),
                  (a,))
    latest, daily = stored(store)
    assert (latest, daily) == expected(store)
    assert latest[a][:2] == (T0 + dt.timedelta(hours=7), 7.0)
    assert daily[(a, dt.date(2026, 11, 2))][3] == 100.0


def test_hourly_view_matches_the_readings(store):
    a = fids(store)["A"]
    quarter = [dict(sensor_id=a, phenomenon_time=T0 + dt.timedelta(minutes=15 * k), value=float(k), quality="ok")
               for k in range(12)]  # 15:30 … 18:15 UTC
    ingest.write_readings(store, quarter)
    rows = store.query("SELECT hour, n, value_mean, value_min, value_max FROM {} WHERE sensor_id = {} "
                       "ORDER BY hour".format(t(store, "readings_hourly"), a))
    got = [(as_time(h), n, mean, vmin, vmax) for h, n, mean, vmin, vmax in rows]
    assert got == [
        (dt.datetime(2026, 11, 1, 15, tzinfo=UTC), 2, 0.5, 0.0, 1.0),
        (dt.datetime(2026, 11, 1, 16, tzinfo=UTC), 4, 3.5, 2.0, 5.0),
        (dt.datetime(2026, 11, 1, 17, tzinfo=UTC), 4, 7.5, 6.0, 9.0),
        (dt.datetime(2026, 11, 1, 18, tzinfo=UTC), 2, 10.5, 10.0, 11.0),
    ]


def test_a_batch_with_a_repeated_reading_is_stored_once(store):
    a = fids(store)["A"]
    batch = readings(a, [0, 1, 2]) + readings(a, [1])  # not increasing: the staged path de-duplicates
    result = ingest.write_readings(store, batch)
    assert (result.new, result.duplicate) == (3, 1)
    assert store.count("readings") == 3 and stored(store) == expected(store)


@pytest.fixture(params=["gpkg", "postgis"])
def store_v3(request, tmp_path):
    """A store written by schema version 3 (before the rollups), with 61 readings of two sensors."""
    with open_old_store(request, tmp_path, 3) as s:
        yield s


def test_version_3_store_is_upgraded_and_its_rollups_filled(store_v3):
    before = store_v3.counts()
    assert store_v3.create_or_upgrade() == (schema.SCHEMA_VERSION, 3)
    assert store_v3.counts() == before and before["readings"] == 61
    latest, daily = stored(store_v3)
    assert (latest, daily) == expected(store_v3)
    assert len(latest) == 2 and sum(n for n, *_ in daily.values()) == 60  # one reading is a gap
    # Writes after the upgrade keep them right (the triggers came with the upgrade).
    ids = fids(store_v3)
    ingest.write_readings(store_v3, readings(ids["S-AIR-1"], range(100, 103)))
    assert stored(store_v3) == expected(store_v3)


def test_postgis_fast_path_falls_back_when_another_writer_stored_the_same_readings(pg_store_address, monkeypatch):
    """Two writers racing on a sensor with no reading yet (no latest row to lock): the loser's COPY meets the
    winner's rows, and its batch goes through the staging table instead — still exactly once."""
    from dseza_twin.dseza_twin_plugin.store.postgis import PostGISWriter

    with open_store(pg_store_address) as store:
        store.create_or_upgrade()
        with store.transaction() as w:
            w.insert("sensors", [dict(code="A", kind="air")])
        a = fids(store)["A"]
        batch = readings(a, range(5))
        assert ingest.write_readings(store, batch[:3]).new == 3
        # The loser checked the latest before the winner committed: it believes the batch is all new.
        monkeypatch.setattr(PostGISWriter, "_readings_past_latest", lambda self, rows: True)
        result = ingest.write_readings(store, batch)
        assert (result.new, result.duplicate) == (2, 3)
        assert store.count("readings") == 5 and stored(store) == expected(store)


def test_sensors_latest_is_a_point_layer_with_the_latest_value(store, qgis_app):
    from qgis.core import NULL, QgsVectorLayer

    ids = fids(store)
    ingest.write_readings(store, readings(ids["A"], range(3), value=lambda h: 10.0 * h))
    uri, provider = (("{}|layername=sensors_latest".format(store.address.path), "ogr") if store.address.is_gpkg
                     else (None, "postgres"))
    if uri is None:
        from qgis.core import QgsDataSourceUri

        source = QgsDataSourceUri(store.layer_source("sensors")[0])
        source.setDataSource(store.address.schema, "sensors_latest", "geom", "", "fid")
        uri = source.uri(False)
    layer = QgsVectorLayer(uri, "sensors_latest", provider)
    assert layer.isValid() and layer.crs().authid() == "EPSG:5899"
    values = {f["code"]: f["value"] for f in layer.getFeatures()}
    assert values["A"] == 20.0 and values["B"] in (None, NULL)
    a = next(f for f in layer.getFeatures() if f["code"] == "A")
    assert a.geometry().asPoint().x() == 530000


def test_readings_must_belong_to_a_sensor_and_a_sensor_with_readings_stays(store):
    """The rule of the foreign key (a per-statement check in PostGIS, the key itself in GeoPackage)."""
    from dseza_twin.dseza_twin_plugin.store import StoreWriteError

    ids = fids(store)
    with pytest.raises(StoreWriteError, match="nothing was written"):
        ingest.write_readings(store, readings(ids["A"], range(2)) + readings(999, range(2)))
    assert store.count("readings") == 0
    ingest.write_readings(store, readings(ids["A"], range(2)))
    with pytest.raises(Exception, match="(?i)foreign key|sensor that has readings"):
        with store.transaction() as w:
            w.execute("DELETE FROM {} WHERE code = 'A'".format(t(store, "sensors")))
    with store.transaction() as w:  # a sensor without readings may go
        w.execute("DELETE FROM {} WHERE code = 'B'".format(t(store, "sensors")))
    assert store.count("sensors") == 1 and store.count("readings") == 2
