"""SensorThings entities → store rows: kinds, locations, observation checks (no store, no QGIS)."""

import datetime as dt
import json

import pytest

from dseza_twin.dseza_twin_plugin.iot import ingest

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 26, 12, tzinfo=UTC)


@pytest.mark.parametrize("texts, kind", [
    (("PM2.5", "ug/m3"), "air"),
    (("Nitrogen dioxide NO2",), "air"),
    (("Water level", "m"), "flood"),
    (("GGA01_01 Water Level mbd",), "flood"),
    (("Electrical conductivity", "uS/cm"), "water"),  # "co" is a word, not a prefix
    (("Noise LAeq", "dBA"), "noise"),
    (("Vehicle count",), "traffic"),
    (("Active power", "kW"), "energy"),
])
def test_guess_kind(texts, kind):
    assert ingest.guess_kind(*texts) == kind


def test_guess_kind_default():
    assert ingest.guess_kind("Something else") == "air"
    assert ingest.guess_kind("Something else", None, default="water") == "water"
    with pytest.raises(ValueError, match="not a sensor kind"):
        ingest.guess_kind("Something else", default="weather")


def test_sensor_row_from_a_datastream():
    ds = {"@iot.id": 7, "name": "HTP PM2.5", "unitOfMeasurement": {"symbol": "µg/m³"},
          "ObservedProperty": {"name": "PM2.5"},
          "Thing": {"Locations": [{"location": {"type": "Point", "coordinates": [108.065, 16.045]}}]}}
    row = ingest.sensor_row("https://user@sta.example.vn:8443/FROST/v1.1", ds)
    assert row["code"] == "sta:sta.example.vn:8443:7"
    assert row["kind"] == "air" and row["unit"] == "µg/m³" and row["observed_property"] == "PM2.5"
    assert row["source"] == "https://user@sta.example.vn:8443/FROST/v1.1/Datastreams(7)"
    assert 520_000 < row["geom"].x < 540_000 and 1_770_000 < row["geom"].y < 1_780_000
    no_location = ingest.sensor_row("https://h/v1.1", {"@iot.id": 8, "name": "x"})
    assert no_location["geom"] is None
    area = ingest.sensor_row("https://h/v1.1", {"@iot.id": 9, "observedArea": {"type": "Point",
                                                                              "coordinates": [108.15, 16.065]}})
    assert area["geom"] is not None


@pytest.mark.parametrize("obs, reason", [
    ({"phenomenonTime": "2026-11-01T00:00:00Z"}, "missing result"),
    ({"phenomenonTime": "2026-11-01T00:00:00Z", "result": None}, "missing result"),
    ({"phenomenonTime": "2026-11-01T00:00:00Z", "result": "12.5"}, "not a number"),
    ({"phenomenonTime": "2026-11-01T00:00:00Z", "result": True}, "not a number"),
    ({"phenomenonTime": "2026-11-01T00:00:00Z", "result": {"pm": 3}}, "not a number"),
    ({"phenomenonTime": "2026-11-01T00:00:00Z", "result": float("nan")}, "not a finite number"),
    ({"phenomenonTime": "2026-11-01T00:00:00Z", "result": float("inf")}, "not a finite number"),
    ({"phenomenonTime": "2026-11-28T00:00:00Z", "result": 1}, "in the future"),
    ({"phenomenonTime": "01/11/2026", "result": 1}, "unparsable phenomenonTime"),
    ({"result": 1}, "unparsable phenomenonTime"),
    ("not an object", "not a JSON object"),
])
def test_bad_observations_have_a_reason(obs, reason):
    _, value, why = ingest.check_observation(obs, NOW)
    assert value is None and reason in why


def test_good_observation():
    obs = json.loads('{"phenomenonTime": "2026-11-26T19:00:00+07:00", "result": 42}')
    when, value, why = ingest.check_observation(obs, NOW)
    assert (when, value, why) == (dt.datetime(2026, 11, 26, 12, tzinfo=UTC), 42.0, None)
    assert ingest.check_observation({"phenomenonTime": "2026-11-27T06:00:00Z", "result": 1}, NOW)[2] is None


@pytest.mark.parametrize("quality, expected", [
    (None, "ok"), ({"quality": "Good"}, "ok"), ("suspicious", "suspect"), ({"quality": "Missing"}, "missing"),
])
def test_quality(quality, expected):
    obs = {} if quality is None else {"resultQuality": quality}
    assert ingest.observation_quality(obs) == expected


def test_a_datastream_naming_its_twin_sensor_feeds_that_sensor():
    from dseza_twin.dseza_twin_plugin.iot.ingest import datastream_sensor_code

    base = "http://sta.example.vn:8080/v1.1"
    assert datastream_sensor_code(base, {"@iot.id": 7}) == "sta:sta.example.vn:8080:7"
    assert datastream_sensor_code(base, {"@iot.id": 7, "properties": {"twin_code": " HTP-AQ-01 "}}) == "HTP-AQ-01"
    thing = {"@iot.id": 7, "Thing": {"properties": {"twin_code": "LC-NS-02"}}}
    assert datastream_sensor_code(base, thing) == "LC-NS-02"
    assert datastream_sensor_code(base, {"@iot.id": 7, "properties": {"twin_code": ""}}) == "sta:sta.example.vn:8080:7"


def test_a_sound_level_is_noise_and_a_level_alone_is_water():
    assert ingest.guess_kind("Sound level LAeq,1h") == "noise"
    assert ingest.guess_kind("Water level") == "flood" and ingest.guess_kind("Level") == "flood"
