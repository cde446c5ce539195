"""MQTT payloads → readings: the field mapping, times, topics, and the reasons bad messages are refused."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dseza_twin.dseza_twin_plugin.iot.csv_readings import MappingError
from dseza_twin.dseza_twin_plugin.iot.mqtt import (
    Broker,
    FieldMapping,
    Message,
    MessageConverter,
    MqttError,
    default_client_id,
    dig,
    parse_reading_time,
    read_mapping,
    split_topics,
)

UTC = dt.timezone.utc
HCM = dt.timezone(dt.timedelta(hours=7))
NOW = dt.datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


class Directory:
    """The sensors the converter may find: code → (fid, unit)."""

    sta_client = None

    def __init__(self, sensors: dict):
        self.sensors = sensors
        self.asked: list[str] = []

    def find(self, code):
        self.asked.append(code)
        return self.sensors.get(code)


SENSORS = {"hk:dev-1": (1, "µg/m³"), "hk:42": (2, None), "mqtt:7": (3, "dB"),
           "sta:sta.example.org:8080:9": (4, "mm"), "mqtt:ab'c": (5, None)}
MAPPING = FieldMapping.from_dict({"sensor": "device.id", "time": "ts", "value": "data.pm25", "unit": "data.unit",
                                  "sensor_prefix": "hk:"})


def convert(topic, payload, mapping=MAPPING, sta_url=None, timezone="Asia/Ho_Chi_Minh"):
    converter = MessageConverter(Directory(SENSORS), mapping, timezone, sta_url)
    raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
    return converter.convert(Message(topic, raw), NOW)


def test_mapping_from_text_and_file(tmp_path):
    text = '{"sensor": "device.id", "time": "ts", "value": "data.pm25"}'
    assert read_mapping(text) == FieldMapping("device.id", "ts", "data.pm25")
    path = tmp_path / "mapping.json"
    path.write_text('{"sensor": "$topic", "time": "t", "value": "v", "unit": "u", "sensor_prefix": "x:"}')
    assert read_mapping(str(path)) == FieldMapping("$topic", "t", "v", "u", "x:")
    assert read_mapping("") is None and read_mapping(None) is None


@pytest.mark.parametrize("text, message", [
    ('{"sensor": "a", "time": "b"}', "needs the paths value"),
    ('{"sensor": "a", "time": "b", "value": "c", "colour": "red"}', "unknown keys: colour"),
    ('{"sensor": "a", "time": "b", "value": "c", "unit": 3}', "'unit' must be a text"),
    ('{"sensor": ', "not valid JSON"),
    ("/nowhere/mapping.json", "neither a .json file"),
])
def test_bad_mappings_are_explained(text, message):
    with pytest.raises(MappingError, match=message):
        read_mapping(text)


def test_dig_follows_dotted_paths():
    doc = {"device": {"id": "d1"}, "values": [{"v": 1.5}, {"v": 2.5}], "n": None}
    assert dig(doc, "device.id") == "d1"
    assert dig(doc, "values.1.v") == 2.5 and dig(doc, "values.-1.v") == 2.5
    assert dig(doc, "n") is None
    missing = dig(doc, "device.name")
    assert missing is dig(doc, "values.5.v") is dig(doc, "device.id.x") is dig(doc, "nothing")


@pytest.mark.parametrize("value, expected", [
    ("2025-03-01T08:00:00Z", dt.datetime(2025, 3, 1, 8, tzinfo=UTC)),
    ("2025-03-01T15:00:00+07:00", dt.datetime(2025, 3, 1, 8, tzinfo=UTC)),
    ("2025-03-01T15:00:00", dt.datetime(2025, 3, 1, 8, tzinfo=UTC)),  # naive: Da Nang time
    ("2025-03-01 15:00:00.250", dt.datetime(2025, 3, 1, 8, 0, 0, 250000, tzinfo=UTC)),
    (1740816000, dt.datetime(2025, 3, 1, 8, tzinfo=UTC)),  # epoch seconds
    (1740816000250, dt.datetime(2025, 3, 1, 8, 0, 0, 250000, tzinfo=UTC)),  # epoch milliseconds
    ("1740816000", dt.datetime(2025, 3, 1, 8, tzinfo=UTC)),
    (1740816000.5, dt.datetime(2025, 3, 1, 8, 0, 0, 500000, tzinfo=UTC)),
])
def test_times(value, expected):
    assert parse_reading_time(value, HCM) == expected


@pytest.mark.parametrize("value", ["yesterday", "", True, None, [1], float("nan")])
def test_unreadable_times(value):
    with pytest.raises((ValueError, IndexError)):
        parse_reading_time(value, HCM)


def test_broker_addresses():
    assert Broker.parse("127.0.0.1:1883") == Broker("127.0.0.1", 1883, False)
    assert Broker.parse("broker.danang.gov.vn") == Broker("broker.danang.gov.vn", 1883, False)
    assert Broker.parse("mqtts://broker:8884").key == "mqtts://broker:8884"
    assert Broker.parse("mqtts://broker").port == 8883
    assert Broker.parse("mqtt://10.0.0.5:1884").key == "mqtt://10.0.0.5:1884"
    with pytest.raises(MqttError, match="not an MQTT broker address"):
        Broker.parse("http://broker:1883")
    with pytest.raises(MqttError, match="no valid port"):
        Broker.parse("broker:99999")
    with pytest.raises(MqttError, match="password"):
        Broker.parse("mqtt://user:secret@broker:1883")


def test_topic_filters():
    assert split_topics(" a/+/c , v1.1/Datastreams(1)/Observations,x/#") == [
        "a/+/c", "v1.1/Datastreams(1)/Observations", "x/#"]
    for bad in ("a/b+/c", "a/#/c", "v1.1/Datastreams(+)/Observations", "x#"):
        with pytest.raises(MqttError, match="not a valid topic filter"):
            split_topics(bad)
    with pytest.raises(MqttError, match="at least one topic"):
        split_topics(" , ")


def test_default_client_id_is_stable_and_short():
    one = default_client_id("service=twin", ["b/#", "a/+"])
    assert one == default_client_id("service=twin", ["a/+", "b/#"]) and len(one) <= 23
    assert one != default_client_id("other.gpkg", ["a/+", "b/#"])


def test_mapped_payload_becomes_a_reading():
    reading, bad = convert("factory/7/air", {"device": {"id": "dev-1"}, "ts": "2025-03-01T15:00:00",
                                             "data": {"pm25": "12.5", "unit": "ug/m3"}})
    assert bad is None
    assert reading == dict(sensor_id=1, phenomenon_time=dt.datetime(2025, 3, 1, 8, tzinfo=UTC), value=12.5,
                           quality="ok", source_id=None)
    reading, bad = convert("factory/7/air", {"device": {"id": 42}, "ts": 1740816000000, "data": {"pm25": 3}})
    assert bad is None and reading["sensor_id"] == 2 and reading["value"] == 3.0
    reading, bad = convert("factory/7/air", {"device": {"id": 42.0}, "ts": 1740816000, "data": {"pm25": 3}})
    assert bad is None and reading["sensor_id"] == 2


def test_sensor_from_the_topic():
    mapping = FieldMapping("$topic", "t", "v", sensor_prefix="hk:")
    reading, bad = convert("dev-1", {"t": 1740816000, "v": 1}, mapping=mapping)
    assert bad is None and reading["sensor_id"] == 1


@pytest.mark.parametrize("payload, reason", [
    (b"{not json", "broken JSON"),
    (b"\xff\xfe", "broken JSON"),
    (b"[1, 2]", "the payload is not a JSON object"),
    ({"device": {"id": "dev-1"}, "ts": 1740816000, "data": {}}, "missing value at 'data.pm25'"),
    ({"device": {"id": "dev-1"}, "ts": 1740816000, "data": {"pm25": "NaN"}}, "value at 'data.pm25' is not a finite"),
    ({"device": {"id": "dev-1"}, "ts": 1740816000, "data": {"pm25": "high"}},
     "value at 'data.pm25' is not a number: 'high'"),
    ({"device": {"id": "dev-1"}, "ts": 1740816000, "data": {"pm25": True}}, "is not a number: True"),
    ({"device": {"id": "dev-1"}, "ts": "2031-01-01T00:00:00Z", "data": {"pm25": 1}}, "more than a day in the future"),
    ({"device": {"id": "dev-1"}, "ts": "soon", "data": {"pm25": 1}}, "unreadable time 'soon' at 'ts'"),
    ({"device": {"id": "dev-1"}, "data": {"pm25": 1}}, "no time at 'ts'"),
    ({"device": {}, "ts": 1740816000, "data": {"pm25": 1}}, "no sensor id at 'device.id'"),
    ({"device": {"id": "dev-9"}, "ts": 1740816000, "data": {"pm25": 1}},
     "unknown sensor/datastream 'dev-9': no sensor has the code 'hk:dev-9'"),
    ({"device": {"id": "dev-1"}, "ts": 1740816000, "data": {"pm25": 1, "unit": "mg/m3"}},
     "unit 'mg/m3' at 'data.unit' is not the sensor's unit 'µg/m³'"),
])
def test_bad_mapped_payloads_are_quarantined_with_a_reason(payload, reason):
    reading, bad = convert("factory/7/air", payload)
    assert reading is None
    text, why = bad
    assert reason in why and why.endswith("(topic factory/7/air)")
    assert text == (payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else json.dumps(payload))


def test_plain_topic_without_mapping():
    reading, bad = convert("factory/7/air", {"ts": 1}, mapping=None)
    assert reading is None and "no field mapping for this topic" in bad[1]


def test_sensorthings_topics():
    obs = {"@iot.id": 991, "phenomenonTime": "2025-03-01T08:00:00Z", "result": 61.5,
           "resultQuality": "suspect"}
    reading, bad = convert("v1.1/Datastreams(7)/Observations", obs)
    assert bad is None and reading == dict(sensor_id=3, phenomenon_time=dt.datetime(2025, 3, 1, 8, tzinfo=UTC),
                                           value=61.5, quality="suspect", source_id="991")
    # v1.0, a topic prefix, a naive time (Da Nang), a quoted id
    reading, bad = convert("city/v1.0/Datastreams(7)/Observations", dict(obs, phenomenonTime="2025-03-01T15:00:00"))
    assert bad is None and reading["phenomenon_time"] == dt.datetime(2025, 3, 1, 8, tzinfo=UTC)
    reading, bad = convert("v1.1/Datastreams('ab'c')/Observations", obs)
    assert bad is None and reading["sensor_id"] == 5
    # with the SensorThings server known, the code is the one the SensorThings sync registers
    reading, bad = convert("v1.1/Datastreams(9)/Observations", obs, sta_url="http://sta.example.org:8080/FROST/v1.1")
    assert bad is None and reading["sensor_id"] == 4


@pytest.mark.parametrize("obs, reason", [
    ({"phenomenonTime": "2025-03-01T08:00:00Z"}, "missing result"),
    ({"phenomenonTime": "2025-03-01T08:00:00Z", "result": "x"}, "result is not a number: 'x'"),
    ({"phenomenonTime": "later", "result": 1}, "unparsable phenomenonTime"),
    ({"phenomenonTime": "99999999999999999999", "result": 1}, "unparsable phenomenonTime"),
    ({"phenomenonTime": "2030-03-01T08:00:00Z", "result": 1}, "more than a day in the future"),
])
def test_bad_observations(obs, reason):
    reading, bad = convert("v1.1/Datastreams(7)/Observations", obs)
    assert reading is None and reason in bad[1] and "(topic v1.1/Datastreams(7)/Observations)" in bad[1]


def test_unknown_datastream_is_refused_with_its_code():
    reading, bad = convert("v1.1/Datastreams(8)/Observations", {"phenomenonTime": "2025-03-01T08:00:00Z",
                                                                "result": 1})
    assert reading is None
    assert bad[1].startswith("unknown sensor/datastream '8': no sensor has the code 'mqtt:8'")
