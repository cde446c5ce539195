"""SensorThings sync into both stores: exactly the server's readings, watermarks, quarantine, faults."""

import datetime as dt

import pytest
from sta_server import StaServer, bgs_datastreams, generated_danang
from sta_server import store_table as table
from sta_server import stored_readings as stored

from dseza_twin.dseza_twin_plugin.iot import ingest
from dseza_twin.dseza_twin_plugin.iot.sensorthings import RequestsTransport, SensorThingsClient, SensorThingsError
from dseza_twin.dseza_twin_plugin.iot.sync import sync_sensorthings
from dseza_twin.dseza_twin_plugin.store import open_store

UTC = dt.timezone.utc


@pytest.fixture(params=["gpkg", "postgis"])
def store(request, tmp_path):
    address = str(tmp_path / "twin.gpkg") if request.param == "gpkg" else request.getfixturevalue("pg_store_address")
    with open_store(address) as s:
        s.create_or_upgrade()
        yield s


@pytest.fixture
def server():
    with StaServer(generated_danang(), max_top=25) as s:
        yield s


def client(server, retries=4):
    return SensorThingsClient(server.base_url, RequestsTransport(), sleep=lambda s: None, retries=retries, timeout=5)






def assert_exactly_the_server(store, server):
    expected = server.valid_readings()
    got = stored(store)
    assert len(got) == len(expected) == store.count("readings")
    assert StaServer.checksum(got) == StaServer.checksum(expected)


def test_sync_stores_exactly_the_server_and_a_second_run_adds_nothing(store, server):
    result = sync_sensorthings(store, server.base_url, client=client(server))
    assert (result.new, result.duplicate, result.rejected, result.sensors) == (180, 0, 5, 3)
    assert_exactly_the_server(store, server)
    sensors = {r["code"].rsplit(":", 1)[1]: r for r in store.rows("sensors")}
    assert {k: r["kind"] for k, r in sensors.items()} == {"101": "air", "102": "flood", "103": "noise"}
    assert sensors["101"]["unit"] == "ug/m3" and sensors["101"]["source"].endswith("/Datastreams(101)")
    x, y = sensors["101"]["geom"].x, sensors["101"]["geom"].y  # 108.065 E 16.045 N in VN-2000 / TM-3 107-45
    assert 520_000 < x < 540_000 and 1_770_000 < y < 1_780_000
    reasons = sorted(r for (r,) in table(store, "quarantine", "reason"))
    assert len(reasons) == 5
    assert reasons[0].startswith("missing result")
    assert any("not a finite number" in r for r in reasons) and any("not a number: 'high'" in r for r in reasons)
    assert any("in the future" in r for r in reasons) and any("unparsable phenomenonTime" in r for r in reasons)
    watermarks = dict(table(store, "sync_cursors", "datastream, watermark"))
    assert set(watermarks) == {"101", "102", "103"}
    status = table(store, "sync_status", 'source, "new", duplicate, rejected, sensors, last_error')
    assert status == [(server.base_url, 180, 0, 5, 3, None)]

    before = server.observation_requests()
    again = sync_sensorthings(store, server.base_url, client=client(server))
    assert (again.new, again.duplicate, again.sensors) == (0, 0, 3)
    assert again.rejected == 1  # the far-future observation is refused again, and quarantined once
    assert server.observation_requests() - before == 3  # one page per datastream, past the watermark
    assert len(table(store, "quarantine", "id")) == 5 and store.count("sensors") == 3
    assert_exactly_the_server(store, server)

    # New observations on the server: the next run fetches only them.
    ds = server.datastreams[102]
    last = dt.datetime.fromisoformat(ds.observations[-1]["phenomenonTime"].replace("Z", "+00:00"))
    ds.observations += [{"@iot.id": 9_000 + h, "phenomenonTime": (last + dt.timedelta(hours=h)).isoformat(),
                         "result": float(h)} for h in range(1, 11)]
    before = server.observation_requests(102)
    third = sync_sensorthings(store, server.base_url, client=client(server), datastreams=["102"])
    assert (third.new, third.duplicate, third.rejected, third.sensors) == (10, 0, 0, 1)
    assert server.observation_requests(102) - before == 1
    assert_exactly_the_server(store, server)


def test_fault_mid_sync_then_rerun_ends_with_exactly_the_server(store, server):
    server.inject("5xx", times=100, after=4)  # the fifth observation page never comes
    with pytest.raises(SensorThingsError, match="503"):
        sync_sensorthings(store, server.base_url, client=client(server, retries=2))
    partial = store.count("readings")
    assert 0 < partial < 180
    (status,) = table(store, "sync_status", "last_error")
    assert "503" in status[0]
    server.faults.clear()
    server.inject("repeat", after=1)  # and the same page twice on the re-run
    server.inject("truncated", after=2)
    result = sync_sensorthings(store, server.base_url, client=client(server))
    assert result.new == 180 - partial and result.duplicate == 25
    assert_exactly_the_server(store, server)
    assert table(store, "sync_status", "last_error") == [(None,)]


def test_crash_inside_a_page_loses_nothing_and_duplicates_nothing(store, server, monkeypatch):
    calls = []
    original = ingest.Bookkeeping.set_watermark

    def crash_on_third(self, *args):
        calls.append(args)
        if len(calls) == 3:
            raise RuntimeError("killed mid-page")
        return original(self, *args)

    monkeypatch.setattr(ingest.Bookkeeping, "set_watermark", crash_on_third)
    with pytest.raises(RuntimeError, match="killed mid-page"):
        sync_sensorthings(store, server.base_url, client=client(server))
    # Two committed pages of datastream 101 (50 observations, 4 of them bad); the third rolled back.
    assert store.count("readings") == 46 and len(table(store, "quarantine", "id")) == 4
    monkeypatch.setattr(ingest.Bookkeeping, "set_watermark", original)
    result = sync_sensorthings(store, server.base_url, client=client(server))
    assert result.new == 180 - 46 and result.duplicate == 0 and result.rejected == 1
    assert_exactly_the_server(store, server)


def test_max_observations_and_cancel_resume_where_they_stopped(store, server):
    first = sync_sensorthings(store, server.base_url, client=client(server), max_observations=30)
    assert first.new + first.rejected == 50  # whole pages: 25 + 25
    calls = []
    canceled = sync_sensorthings(store, server.base_url, client=client(server),
                                 is_canceled=lambda: len(calls) > 2, progress=lambda p, m: calls.append(p))
    assert canceled.canceled
    assert table(store, "sync_status", "last_error") == [("canceled",)]
    rest = sync_sensorthings(store, server.base_url, client=client(server))
    assert first.new + canceled.new + rest.new == 180
    assert_exactly_the_server(store, server)


def test_recorded_bgs_payloads_sync(store, shared_data):
    with StaServer(bgs_datastreams(shared_data / "iot" / "sensorthings_bgs"), max_top=40) as server:
        result = sync_sensorthings(store, server.base_url, client=client(server))
        assert (result.new, result.rejected, result.sensors) == (104, 0, 2)
        assert_exactly_the_server(store, server)
        kinds = {r["name"]: r["kind"] for r in store.rows("sensors")}
        assert kinds == {"GGA06R_01 TDS": "water", "GGERFS_01 Barometric Pressure": "air"}
        again = sync_sensorthings(store, server.base_url, client=client(server))
        assert (again.new, again.duplicate, again.rejected) == (0, 0, 0)


def test_sensors_are_linked_to_the_twin(store, server):
    import shapely

    def at(lon, lat):
        return shapely.Point(ingest._to_store().transform(lon, lat))

    htp, noise = at(108.065, 16.045), at(108.125, 16.110)
    with store.transaction() as w:
        w.insert("functional_areas", [dict(code="HTP", kind="high_tech_park", geom=htp.buffer(2000)),
                                      dict(code="LC", kind="industrial_park", geom=noise.buffer(2000))])
        w.insert("parcels", [dict(code="HTP-001", area_code="HTP", geom=htp.buffer(50))])
        w.insert("network_nodes", [dict(code="DR-7", network="drainage", geom=at(108.1505, 16.0652))])
    sync_sensorthings(store, server.base_url, client=client(server))
    links = {r["code"].rsplit(":", 1)[1]: (r["area_code"], r["linked_layer"], r["linked_code"])
             for r in store.rows("sensors")}
    assert links == {"101": ("HTP", "parcels", "HTP-001"), "102": (None, "network_nodes", "DR-7"),
                     "103": ("LC", "functional_areas", "LC")}
    sync_sensorthings(store, server.base_url, client=client(server))  # re-registering changes nothing
    assert {r["code"].rsplit(":", 1)[1]: (r["area_code"], r["linked_layer"], r["linked_code"])
            for r in store.rows("sensors")} == links and store.count("sensors") == 3


def test_a_datastream_naming_a_twin_sensor_feeds_it_and_keeps_its_description(store, server):
    """properties.twin_code attaches a datastream to the twin's existing sensor: its readings go there, and the
    twin's description of the sensor (kind, name, location) is not replaced by the service's."""
    import shapely

    with store.transaction() as w:
        w.insert("sensors", [dict(code="HTP-NS-01", name="Trạm quan trắc tiếng ồn", kind="noise", unit="dBA",
                                  geom=shapely.Point(531000, 1776000))])
    ds = server.datastreams[102]  # "Hoa Khanh drain water level": the service would call it a flood sensor
    entity = ds.as_json(server.base_url)
    entity["Thing"]["properties"] = {"twin_code": "HTP-NS-01"}
    ds.entity = entity
    result = sync_sensorthings(store, server.base_url, client=client(server))
    assert result.sensors == 3 and store.count("sensors") == 3
    sensor = next(r for r in store.rows("sensors") if r["code"] == "HTP-NS-01")
    assert (sensor["kind"], sensor["name"], sensor["geom"].x) == ("noise", "Trạm quan trắc tiếng ồn", 531000)
    assert sensor["source"].endswith("/Datastreams(102)")
    got = {r["phenomenon_time"] for r in store.rows("readings", ["sensor_id", "phenomenon_time"])
           if r["sensor_id"] == sensor["fid"]}
    assert len(got) == len(ds.observations) == 60
