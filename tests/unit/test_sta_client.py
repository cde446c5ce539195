"""The SensorThings client against the loopback test server (tests/sta_server.py)."""

import datetime as dt
import logging

import pytest
from sta_server import StaServer, bgs_datastreams, generated_danang

from dseza_twin.dseza_twin_plugin.iot.sensorthings import (
    RequestsTransport,
    SensorThingsClient,
    SensorThingsError,
    credentials_from_env,
    parse_time,
)

UTC = dt.timezone.utc


@pytest.fixture
def server():
    with StaServer(generated_danang(bad=False), max_top=25) as s:
        yield s


def client_for(server, **kw):
    kw.setdefault("sleep", lambda s: None)
    kw.setdefault("timeout", 5)
    return SensorThingsClient(server.base_url, RequestsTransport(), **kw)


def all_observations(client, ident, after=None, top=1000):
    return [o for page in client.observation_pages(ident, after=after, top=top) for o in page]


def test_datastreams_and_things_follow_next_links(server):
    server.max_top = 2
    client = client_for(server)
    streams = client.datastreams()
    assert [d["@iot.id"] for d in streams] == [101, 102, 103]
    assert streams[0]["ObservedProperty"]["name"] == "PM2.5"
    assert streams[0]["Thing"]["Locations"][0]["location"]["coordinates"] == [108.065, 16.045]
    assert len(client.things()) == 3
    assert sum("/Datastreams?" in r for r in server.requests) == 2  # 3 entities, pages of 2


def test_observations_page_by_next_link_oldest_first(server):
    client = client_for(server)
    obs = all_observations(client, 101)
    assert len(obs) == 60
    times = [parse_time(o["phenomenonTime"]) for o in obs]
    assert times == sorted(times)
    assert server.observation_requests(101) == 3  # 25 + 25 + 10
    first = [r for r in server.requests if "Observations" in r][0]
    assert "%24orderby=phenomenonTime" in first or "$orderby=phenomenonTime" in first


def test_watermark_filter_fetches_only_newer(server):
    client = client_for(server)
    obs = all_observations(client, 102)
    watermark = parse_time(obs[49]["phenomenonTime"])
    before = server.observation_requests(102)
    newer = all_observations(client, 102, after=watermark)
    assert [o["@iot.id"] for o in newer] == [o["@iot.id"] for o in obs[50:]]
    assert server.observation_requests(102) - before == 1
    assert "phenomenonTime gt" in " ".join(__import__("urllib.parse").parse.unquote(r) for r in server.requests)


@pytest.mark.parametrize("kind", ["5xx", "truncated"])
def test_transient_faults_are_retried_with_backoff(server, kind):
    waits = []
    server.inject(kind, times=2, after=1)
    client = client_for(server, sleep=waits.append, backoff=0.5)
    assert len(all_observations(client, 101)) == 60
    assert waits == [0.5, 1.0]
    assert server.observation_requests(101) == 5


def test_time_out_is_retried(server):
    server.inject("slow", delay=1.5)
    client = client_for(server, timeout=0.3)
    assert len(all_observations(client, 103)) == 60
    assert server.observation_requests(103) == 4


def test_retries_are_bounded(server):
    server.inject("5xx", times=100)
    client = client_for(server, retries=3)
    with pytest.raises(SensorThingsError, match="server error 503.*after 4 attempts"):
        all_observations(client, 101)
    assert server.observation_requests(101) == 4


def test_429_waits_for_retry_after(server):
    waits = []
    server.inject("429", retry_after="7")
    client = client_for(server, sleep=waits.append)
    assert len(all_observations(client, 101)) == 60
    assert waits == [7.0]


def test_429_with_a_long_wait_stops_with_a_clear_error(server):
    server.inject("429", retry_after="3600")
    with pytest.raises(SensorThingsError, match="asks to wait 3600 s"):
        all_observations(client_for(server), 101)


def test_page_served_twice_is_returned_twice(server):
    server.inject("repeat", after=1)
    obs = all_observations(client_for(server), 101)
    assert len(obs) == 85 and len({o["@iot.id"] for o in obs}) == 60


def test_next_link_loop_is_detected(server):
    server.inject("loop", after=1)
    with pytest.raises(SensorThingsError, match="same next-page link twice"):
        all_observations(client_for(server), 101)
    assert server.observation_requests(101) <= 3


def test_client_error_is_not_retried(server):
    with pytest.raises(SensorThingsError, match="answered 404"):
        all_observations(client_for(server), 999)
    assert server.observation_requests(999) == 1


def test_credentials_are_sent_but_never_logged(server, caplog, monkeypatch):
    seen = []
    transport = RequestsTransport()
    original = transport.get

    def spy(url, headers, timeout):
        seen.append(headers.get("Authorization"))
        return original(url, headers, timeout)

    monkeypatch.setattr(transport, "get", spy)
    creds = credentials_from_env({"DSEZA_STA_USER": "officer", "DSEZA_STA_PASSWORD": "s3cret-pw"})
    server.inject("5xx")
    client = SensorThingsClient(server.base_url, transport, credentials=creds, sleep=lambda s: None)
    with caplog.at_level(logging.DEBUG):
        all_observations(client, 101)
    assert seen and all(h == "Basic b2ZmaWNlcjpzM2NyZXQtcHc=" for h in seen)
    assert "s3cret" not in caplog.text and "b2ZmaWNlcjpzM2NyZXQtcHc" not in caplog.text
    assert "retrying" in caplog.text
    assert credentials_from_env({"DSEZA_STA_TOKEN": "tok"})() == {"Authorization": "Bearer tok"}
    assert credentials_from_env({}) is None


def test_recorded_bgs_payloads(shared_data):
    with StaServer(bgs_datastreams(shared_data / "iot" / "sensorthings_bgs"), max_top=40) as server:
        client = client_for(server)
        streams = client.datastreams()
        assert len(streams) == 2 and streams[0]["unitOfMeasurement"]["symbol"]
        obs = all_observations(client, streams[0]["@iot.id"])
        assert len(obs) == 101 and server.observation_requests(streams[0]["@iot.id"]) == 3
        times = [parse_time(o["phenomenonTime"]) for o in obs]
        assert times == sorted(times) and len(set(times)) == 101 and times[0].year == 2023


def test_parse_time():
    assert parse_time("2026-11-01T00:00:00Z") == dt.datetime(2026, 11, 1, tzinfo=UTC)
    assert parse_time("2026-11-01T07:00:00+07:00/2026-11-01T08:00:00+07:00") == dt.datetime(2026, 11, 1, tzinfo=UTC)
    for bad in ("yesterday", "", None, "2026-11-01T00:00:00"):
        with pytest.raises(ValueError):
            parse_time(bad)
