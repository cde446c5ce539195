"""dsezatwin:syncmqtt against the real Mosquitto (127.0.0.1:1883), into a GeoPackage store."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
import uuid

import paho.mqtt.client as paho
import pytest
from paho.mqtt.enums import CallbackAPIVersion
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from dseza_twin.dseza_twin_plugin.iot import mqtt
from dseza_twin.dseza_twin_plugin.store import open_store

UTC = dt.timezone.utc
BROKER = "127.0.0.1:1883"
T0 = dt.datetime(2025, 3, 1, 8, tzinfo=UTC)
MAPPING = '{"sensor": "device.id", "time": "ts", "value": "data.pm25"}'


@pytest.fixture
def store_path(tmp_path):
    path = str(tmp_path / "twin.gpkg")
    with open_store(path) as store:
        store.create_or_upgrade()
        with store.transaction() as writer:
            writer.upsert("sensors", [dict(code="dev-1", kind="air", unit="ug/m3"),
                                      dict(code="mqtt:7", kind="noise", unit="dB")], key="code")
    return path


def session_with_messages(client_id: str, root: str, messages) -> None:
    """Make the sync's persistent session, then publish into it (QoS 1)."""
    subscriber = mqtt.Subscriber(mqtt.Broker.parse(BROKER), [root + "/#"], client_id, session_expiry_s=600)
    subscriber.start(10)
    subscriber.close()
    publisher = paho.Client(CallbackAPIVersion.VERSION2, protocol=paho.MQTTv5)
    publisher.connect("127.0.0.1", 1883)
    publisher.loop_start()
    for topic, payload in messages:
        publisher.publish(root + topic, json.dumps(payload), qos=1).wait_for_publish(10)
    publisher.disconnect()
    publisher.loop_stop()


def reading(n: int, sensor: str = "dev-1") -> dict:
    return {"device": {"id": sensor}, "ts": (T0 + dt.timedelta(minutes=n)).isoformat(), "data": {"pm25": n}}


def test_sync_counts_then_nothing_left(qgis_app, plugin, store_path):
    from qgis import processing

    root, client_id = "dseza-test/" + uuid.uuid4().hex, "dseza-test-" + uuid.uuid4().hex[:10]
    session_with_messages(client_id, root, [("/air", reading(n)) for n in range(4)] + [
        ("/air", reading(1)), ("/air", reading(5, "nobody")),
        ("/v1.1/Datastreams(7)/Observations", {"phenomenonTime": "2025-03-01T15:00:00", "result": 55})])
    params = {"BROKER": BROKER, "TOPICS": root + "/#", "MAPPING": MAPPING, "STORE": store_path,
              "DURATION_S": 20, "MAX_MESSAGES": 7, "CLIENT_ID": client_id}
    first = processing.run("dsezatwin:syncmqtt", params)
    assert (first["NEW"], first["DUPLICATE"], first["REJECTED"], first["SENSORS"], first["MESSAGES"]) == (5, 1, 1, 2, 7)
    with open_store(store_path) as store:
        rows = {(r["sensor_id"], r["phenomenon_time"].astimezone(UTC), r["value"]) for r in store.rows("readings")}
        fids = {r["code"]: r["fid"] for r in store.rows("sensors", ["fid", "code"])}
        reasons = [r for (r,) in store.query("SELECT reason FROM quarantine")]
    assert rows == {(fids["dev-1"], T0 + dt.timedelta(minutes=n), float(n)) for n in range(4)} | {
        (fids["mqtt:7"], T0, 55.0)}  # 15:00 in Da Nang is 08:00 UTC
    assert len(reasons) == 1 and reasons[0].startswith("unknown sensor/datastream 'nobody'")

    again = processing.run("dsezatwin:syncmqtt", dict(params, DURATION_S=1, MAX_MESSAGES=None))
    assert (again["NEW"], again["DUPLICATE"], again["REJECTED"], again["MESSAGES"]) == (0, 0, 0, 0)


def test_cancel_stores_what_was_received_and_stops(qgis_app, plugin, store_path):
    from qgis import processing

    root, client_id = "dseza-test/" + uuid.uuid4().hex, "dseza-test-" + uuid.uuid4().hex[:10]
    session_with_messages(client_id, root, [("/air", reading(n)) for n in range(3)])
    feedback = QgsProcessingFeedback()
    threading.Timer(1.5, feedback.cancel).start()
    started = time.monotonic()
    result = processing.run("dsezatwin:syncmqtt", {
        "BROKER": BROKER, "TOPICS": root + "/#", "MAPPING": MAPPING, "STORE": store_path, "DURATION_S": 120,
        "CLIENT_ID": client_id}, feedback=feedback)
    assert time.monotonic() - started < 10
    assert result["NEW"] == 3
    with open_store(store_path) as store:
        assert store.count("readings") == 3
        status = store.query('SELECT "new", last_error FROM sync_status')
    assert status == [(3, "canceled")]


@pytest.mark.parametrize("changes, message", [
    ({"BROKER": "http://127.0.0.1:1883"}, "not an MQTT broker address"),
    ({"TOPICS": "a/b#"}, "not a valid topic filter"),
    ({"MAPPING": '{"sensor": "id"}'}, "needs the paths time, value"),
    ({"STA_URL": "ftp://example.org"}, "must start with http"),
    ({"TIMEZONE": "Mars/Olympus"}, "Unknown time zone"),
])
def test_clear_errors(qgis_app, plugin, store_path, changes, message):
    from qgis import processing

    params = {"BROKER": BROKER, "TOPICS": "dseza-test/x/#", "MAPPING": MAPPING, "STORE": store_path,
              "DURATION_S": 1}
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("dsezatwin:syncmqtt", dict(params, **changes))


def test_store_must_exist(qgis_app, plugin, tmp_path):
    from qgis import processing

    with pytest.raises(QgsProcessingException, match="not a DSEZA Twin store yet"):
        processing.run("dsezatwin:syncmqtt", {"BROKER": BROKER, "TOPICS": "dseza-test/x/#",
                                              "STORE": str(tmp_path / "new.gpkg"), "DURATION_S": 1})
