"""MQTT into both stores against the real Mosquitto: exactly the published readings, through duplicates,
bad payloads, a stopped consumer, a consumer killed before its commit, and a broker restart.

Mosquitto must run on 127.0.0.1:1883 with resources/mosquitto/dseza-twin.conf (scripts/setup.sh); the
restart test stops and starts it (by its pid file) and always leaves it running.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import paho.mqtt.client as paho
import pytest
from paho.mqtt.enums import CallbackAPIVersion

from dseza_twin.dseza_twin_plugin.iot import mqtt
from dseza_twin.dseza_twin_plugin.iot.mqtt import FieldMapping, MqttSource, sync_mqtt
from dseza_twin.dseza_twin_plugin.store import open_store

UTC = dt.timezone.utc
HOST, PORT = "127.0.0.1", 1883
BROKER = "{}:{}".format(HOST, PORT)
ROOT = Path(__file__).resolve().parents[2]
PLUGINS = ROOT / ".qgis-profile" / "profiles" / "default" / "python" / "plugins"
MOSQUITTO_PID = Path("/run/mosquitto/mosquitto.pid")
MAPPING = {"sensor": "device.id", "time": "ts", "value": "data.pm25", "unit": "data.unit", "sensor_prefix": "hk:"}
T0 = dt.datetime(2025, 3, 1, 8, tzinfo=UTC)
SESSION_S = 600  # the tests' sessions (unique client ids) expire on the broker after 10 minutes


# -- helpers -------------------------------------------------------------------

def broker_listening(timeout: float = 0.2) -> bool:
    try:
        with socket.create_connection((HOST, PORT), timeout=timeout):
            return True
    except OSError:
        return False


def start_mosquitto() -> None:
    if broker_listening():
        return
    command = ["mosquitto", "-d", "-c", "/etc/mosquitto/mosquitto.conf"]
    subprocess.run(command if os.geteuid() == 0 else ["sudo", "-n", *command], check=True, timeout=20)
    deadline = time.monotonic() + 15
    while not broker_listening():
        assert time.monotonic() < deadline, "Mosquitto did not start listening again"
        time.sleep(0.1)


def _alive(pid: int) -> bool:
    try:
        state = Path("/proc/{}/stat".format(pid)).read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"  # a zombie has exited (its parent just did not collect it)


def stop_mosquitto() -> None:
    """SIGTERM by the pid file: Mosquitto saves its sessions and queued messages, then exits. (A broker that
    ended while a new one was starting may have taken the pid file with it: then its process id.)"""
    if MOSQUITTO_PID.exists():
        pid = int(MOSQUITTO_PID.read_text().strip())
    else:
        found = subprocess.run(["pgrep", "-x", "mosquitto"], capture_output=True, text=True).stdout.split()
        assert len(found) == 1, "cannot tell which Mosquitto process to stop: {}".format(found)
        pid = int(found[0])
    if os.geteuid() == 0:
        os.kill(pid, signal.SIGTERM)
    else:
        subprocess.run(["sudo", "-n", "kill", "-TERM", str(pid)], check=True, timeout=10)
    deadline = time.monotonic() + 15
    while _alive(pid) or broker_listening():
        assert time.monotonic() < deadline, "Mosquitto did not stop"
        time.sleep(0.05)


@pytest.fixture
def mosquitto():
    """The broker, running before and — whatever happens in the test — after."""
    start_mosquitto()
    yield
    start_mosquitto()


class Publisher:
    """A QoS 1 publisher: each publish returns once the broker has it (PUBACK)."""

    def __init__(self):
        self.client = paho.Client(CallbackAPIVersion.VERSION2, protocol=paho.MQTTv5)
        self.client.connect(HOST, PORT)
        self.client.loop_start()

    def send(self, topic: str, payload) -> None:
        raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
        self.client.publish(topic, raw, qos=1).wait_for_publish(10)

    def send_all(self, messages) -> None:
        infos = [self.client.publish(t, p if isinstance(p, bytes) else json.dumps(p).encode("utf-8"), qos=1)
                 for t, p in messages]
        for info in infos:
            info.wait_for_publish(10)
            assert info.is_published()

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


def make_session(client_id: str, topics) -> None:
    """Subscribe with the sync's client id once, so the broker keeps whatever is published next."""
    subscriber = mqtt.Subscriber(mqtt.Broker.parse(BROKER), topics, client_id, session_expiry_s=SESSION_S)
    subscriber.start(10)
    subscriber.close()


def reading(n: int, sensor: str = "dev-1", value: float | None = None) -> dict:
    when = T0 + dt.timedelta(minutes=n)
    return {"device": {"id": sensor}, "ts": int(when.timestamp() * 1000),
            "data": {"pm25": float(n) if value is None else value, "unit": "µg/m³"}}


def expected(n: int, sensor: str = "hk:dev-1", value: float | None = None) -> tuple:
    return (sensor, T0 + dt.timedelta(minutes=n), float(n) if value is None else value)


@pytest.fixture(params=["gpkg", "postgis"])
def address(request, tmp_path):
    address = str(tmp_path / "twin.gpkg") if request.param == "gpkg" else request.getfixturevalue("pg_store_address")
    with open_store(address) as store:
        store.create_or_upgrade()
        with store.transaction() as writer:
            writer.upsert("sensors", [
                dict(code="hk:dev-1", name="Hoa Khanh air 1", kind="air", observed_property="PM2.5", unit="µg/m³"),
                dict(code="hk:dev-2", name="Hoa Khanh air 2", kind="air", observed_property="PM2.5", unit="ug/m3"),
                dict(code="mqtt:7", name="Lien Chieu noise", kind="noise", observed_property="LAeq", unit="dB"),
            ], key="code")
    return address


def stored(address) -> set:
    with open_store(address) as store:
        codes = {r["fid"]: r["code"] for r in store.rows("sensors", ["fid", "code"])}
        return {(codes[r["sensor_id"]], r["phenomenon_time"].astimezone(UTC), r["value"])
                for r in store.rows("readings", ["sensor_id", "phenomenon_time", "value"])}


def table(address, name, columns):
    with open_store(address) as store:
        prefix = "" if store.address.is_gpkg else store.address.schema + "."
        return store.query("SELECT {} FROM {}{}".format(columns, prefix, name))


def source(topic_root: str, client_id: str | None = None) -> MqttSource:
    return MqttSource(BROKER, [topic_root + "/#"], client_id or "dseza-test-" + uuid.uuid4().hex[:10],
                      mapping=FieldMapping.from_dict(MAPPING), session_expiry_s=SESSION_S)


def consume(address, src: MqttSource, **kwargs) -> mqtt.MqttSyncResult:
    kwargs.setdefault("duration_s", 20)
    with open_store(address) as store:
        return sync_mqtt(store, src, **kwargs)


class Background:
    """sync_mqtt in a thread (with its own store connection) until stopped."""

    def __init__(self, address, src: MqttSource, **kwargs):
        self.stop = threading.Event()
        self.result, self.error = None, None
        self.batches: list = []
        self.store = None
        kwargs.setdefault("duration_s", 30)

        def run():
            try:
                with open_store(address) as self.store:
                    self.result = sync_mqtt(self.store, src, stop=self.stop.is_set,
                                            on_commit=lambda batch, page, t: self.batches.append(batch), **kwargs)
            except BaseException as exc:  # re-raised by join()
                self.error = exc

        self.thread = threading.Thread(target=run, name="mqtt-sync-test")
        self.thread.start()

    def join(self, timeout: float = 30) -> mqtt.MqttSyncResult:
        self.stop.set()
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "the MQTT sync did not stop"
        if self.error is not None:
            raise self.error
        return self.result


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting for " + what
        time.sleep(0.05)


# -- tests ---------------------------------------------------------------------

def test_mapped_and_sensorthings_topics_store_exactly_the_readings(address, mosquitto):
    root = "dseza-test/" + uuid.uuid4().hex
    src = source(root)
    make_session(src.client_id, src.topics)
    good = [(root + "/hk/air", reading(1)), (root + "/hk/air", reading(2)),
            (root + "/hk/air", reading(3, "dev-2", 35.25)),
            (root + "/hk/air", {"device": {"id": "dev-2"}, "ts": "2025-03-01T15:04:00", "data": {"pm25": "4.5"}}),
            (root + "/v1.1/Datastreams(7)/Observations",
             {"@iot.id": 77, "phenomenonTime": "2025-03-01T08:05:00Z", "result": 61.5})]
    again = [(root + "/hk/air", reading(1))]  # the same message published twice
    bad = [(root + "/hk/air", b"{\"device\": "),
           (root + "/hk/air", {"device": {"id": "dev-1"}, "ts": 1740816000, "data": {}}),
           (root + "/hk/air", {"device": {"id": "dev-1"}, "ts": 1740816000, "data": {"pm25": "NaN"}}),
           (root + "/hk/air", {"device": {"id": "dev-1"}, "ts": "2099-01-01T00:00:00Z", "data": {"pm25": 1}}),
           (root + "/hk/air", reading(9, "dev-9")),
           (root + "/v1.1/Datastreams(8)/Observations", {"phenomenonTime": "2025-03-01T08:00:00Z", "result": 1}),
           (root + "/hk/air", dict(reading(5), data={"pm25": 5, "unit": "mg/m3"}))]
    publisher = Publisher()
    publisher.send_all(good + again + bad)
    publisher.close()

    result = consume(address, src, max_messages=len(good + again + bad))
    assert (result.new, result.duplicate, result.rejected, result.sensors, result.messages) == (5, 1, 7, 3, 13)
    assert stored(address) == {expected(1), expected(2), expected(3, "hk:dev-2", 35.25), expected(4, "hk:dev-2", 4.5),
                               expected(5, "mqtt:7", 61.5)}
    reasons = sorted(r for (r,) in table(address, "quarantine", "reason"))
    assert len(reasons) == 7 and all(r.endswith(")") and "(topic {}/".format(root) in r for r in reasons)
    for part in ("broken JSON", "missing value at 'data.pm25'", "value at 'data.pm25' is not a finite number",
                 "more than a day in the future", "unknown sensor/datastream 'dev-9'",
                 "unknown sensor/datastream '8': no sensor has the code 'mqtt:8'",
                 "unit 'mg/m3' at 'data.unit' is not the sensor's unit 'µg/m³'"):
        assert sum(part in r for r in reasons) == 1, (part, reasons)
    assert {s for (s,) in table(address, "quarantine", "source")} == {"mqtt://127.0.0.1:1883"}
    status = table(address, "sync_status", 'source, "new", duplicate, rejected, sensors, last_error')
    assert status == [("mqtt://127.0.0.1:1883", 5, 1, 7, 3, None)]

    # Everything was acknowledged: the session holds nothing more.
    again = consume(address, src, duration_s=1.0)
    assert again.messages == 0 and len(stored(address)) == 5


def test_a_message_redelivered_after_its_commit_is_stored_once(tmp_path, mosquitto, monkeypatch):
    address = str(tmp_path / "twin.gpkg")
    with open_store(address) as store:
        store.create_or_upgrade()
        with store.transaction() as writer:
            writer.upsert("sensors", [dict(code="hk:dev-1", kind="air", unit="ug/m3")], key="code")
    root = "dseza-test/" + uuid.uuid4().hex
    src = source(root)
    make_session(src.client_id, src.topics)
    publisher = Publisher()
    publisher.send_all([(root + "/a", reading(n)) for n in range(10)])
    publisher.close()
    # Committed, then "crashed" before the acknowledgements went out:
    monkeypatch.setattr(mqtt.Subscriber, "ack", lambda self, messages: 0)
    first = consume(address, src, max_messages=10)
    monkeypatch.undo()
    assert (first.new, first.duplicate) == (10, 0)
    seen = []
    second = consume(address, src, max_messages=10, on_commit=lambda batch, page, t: seen.extend(batch))
    assert (second.new, second.duplicate, second.messages) == (0, 10, 10)
    assert all(m.dup for m in seen)  # the broker's redelivery (DUP flag)
    assert stored(address) == {expected(n) for n in range(10)}
    assert consume(address, src, duration_s=0.5).messages == 0


def test_persistent_session_keeps_what_is_published_while_stopped(address, mosquitto):
    root = "dseza-test/" + uuid.uuid4().hex
    src = source(root)
    first = consume(address, src, duration_s=0.5)  # subscribes: the session now exists on the broker
    assert first.messages == 0
    n = 2500  # more than Mosquitto's default max_queued_messages (1000): needs resources/mosquitto/
    publisher = Publisher()
    publisher.send_all([(root + "/hk/air", reading(i, "dev-{}".format(1 + i % 2))) for i in range(n)])
    publisher.close()
    other = consume(address, source(root), duration_s=0.5)  # another client id: another session, nothing
    assert other.messages == 0
    result = consume(address, src, max_messages=n, duration_s=10)
    assert result.messages == n, ("Mosquitto dropped queued messages: install resources/mosquitto/dseza-twin.conf "
                                  "(max_queued_messages) and restart it")
    assert (result.new, result.duplicate, result.rejected) == (n, 0, 0)
    assert stored(address) == {expected(i, "hk:dev-{}".format(1 + i % 2)) for i in range(n)}


def _listener(address: str, client_id: str, topic: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(PLUGINS), PYTHONDONTWRITEBYTECODE="1")
    env.setdefault("PGSERVICEFILE", str(ROOT / ".pg_service.conf"))
    return subprocess.Popen(
        [sys.executable, "-m", "dseza_twin.dseza_twin_plugin.iot.listener", "--broker", BROKER, "--topics", topic,
         "--store", address, "--mapping", json.dumps(MAPPING), "--client-id", client_id, "--log-level", "DEBUG",
         "--session-expiry", str(SESSION_S)],
        cwd="/", env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


class LogWatch:
    """The lines a process writes to stderr, collected by a thread."""

    def __init__(self, process: subprocess.Popen):
        self.lines: list[str] = []
        self.thread = threading.Thread(target=lambda: self.lines.extend(process.stderr), daemon=True)
        self.thread.start()

    def wait(self, text: str, timeout: float = 20) -> None:
        wait_for(lambda: any(text in line for line in self.lines), timeout, repr(text) + " in the log:\n"
                 + "".join(self.lines))


class StoreLock:
    """Another session holding the readings: the listener's commit waits on it."""

    def __init__(self, address: str):
        self.address = address
        if address.endswith(".gpkg"):
            self.conn = sqlite3.connect(address, isolation_level=None)
            self.conn.execute("BEGIN EXCLUSIVE")
        else:
            import psycopg

            with open_store(address) as store:
                schema, conninfo = store.address.schema, store.address.libpq_conninfo()
            self.conn = psycopg.connect(conninfo)
            self.conn.execute('LOCK TABLE "{}".readings IN ACCESS EXCLUSIVE MODE'.format(schema))

    def release(self) -> None:
        self.conn.rollback() if not self.address.endswith(".gpkg") else self.conn.execute("ROLLBACK")
        self.conn.close()


def test_listener_killed_before_its_commit_loses_nothing(address, mosquitto):
    root = "dseza-test/" + uuid.uuid4().hex
    client_id = "dseza-test-" + uuid.uuid4().hex[:10]
    listener = _listener(address, client_id, root + "/#")
    log = LogWatch(listener)
    lock = None
    try:
        log.wait("MQTT: subscribed to")
        lock = StoreLock(address)
        publisher = Publisher()
        publisher.send_all([(root + "/hk/air", reading(i)) for i in range(20)])
        publisher.close()
        log.wait("storing a batch of")  # received, and blocked in the commit
        time.sleep(0.3)
        listener.send_signal(signal.SIGKILL)
        listener.wait(10)
    finally:
        if listener.poll() is None:
            listener.kill()
            listener.wait(10)
        if lock is not None:
            lock.release()
    assert stored(address) == set()
    # The next run (same client id) gets the 20 messages again, unacknowledged as they were.
    src = MqttSource(BROKER, [root + "/#"], client_id, mapping=FieldMapping.from_dict(MAPPING),
                     session_expiry_s=SESSION_S)
    seen = []
    result = consume(address, src, max_messages=20, on_commit=lambda batch, page, t: seen.extend(batch))
    assert (result.new, result.duplicate, result.messages) == (20, 0, 20)
    assert any(m.dup for m in seen)
    assert stored(address) == {expected(i) for i in range(20)}

    # A listener stopped with SIGTERM commits, acknowledges and exits 0.
    listener = _listener(address, client_id, root + "/#")
    log = LogWatch(listener)
    log.wait("MQTT: subscribed to")
    publisher = Publisher()
    publisher.send_all([(root + "/hk/air", reading(i)) for i in range(20, 25)])
    publisher.close()
    time.sleep(0.2)
    listener.send_signal(signal.SIGTERM)
    try:  # (a full suite on a busy 2-core machine once took more than 20 s here: the log says where it waited)
        code = listener.wait(60)
    except subprocess.TimeoutExpired:
        listener.kill()
        log.thread.join(5)
        pytest.fail("the listener did not stop within 60 s of SIGTERM; its log:\n" + "".join(log.lines))
    assert code == 0, "".join(log.lines)
    log.thread.join(5)
    assert any("stopped: 5 messages, 5 new readings" in line for line in log.lines), "".join(log.lines)
    assert stored(address) == {expected(i) for i in range(25)}
    assert consume(address, src, duration_s=0.5).messages == 0


def test_mosquitto_restarted_mid_run_loses_nothing(address, mosquitto):
    root = "dseza-test/" + uuid.uuid4().hex
    src = source(root)
    make_session(src.client_id, src.topics)
    topic = root + "/hk/air"

    def batch(lo, hi):
        return [(topic, reading(i, "dev-{}".format(1 + i % 2))) for i in range(lo, hi)]

    sync = Background(address, src, batch_seconds=0.2)
    lock = None
    try:
        publisher = Publisher()
        publisher.send_all(batch(0, 100))
        wait_for(lambda: len(stored(address)) == 100, 10, "the first readings stored")
        # Received but not committed (the store is busy) when the broker goes down:
        lock = StoreLock(address)
        publisher.send_all(batch(100, 200))
        publisher.close()
        time.sleep(0.6)
        stop_mosquitto()
        time.sleep(0.3)
        start_mosquitto()
        lock.release()
        lock = None
        publisher = Publisher()
        publisher.send_all(batch(200, 300))
        publisher.close()
        wait_for(lambda: len(stored(address)) >= 300, 20, "all readings stored")
    finally:
        if lock is not None:
            lock.release()
        result = sync.join()
    after = consume(address, src, duration_s=1.5)  # what the broker still had to redeliver, if anything
    assert stored(address) == {expected(i, "hk:dev-{}".format(1 + i % 2)) for i in range(300)}
    assert result.new == 300 and after.new == 0 and result.rejected == after.rejected == 0
    # The batch committed after the reconnection could not be acknowledged on the new connection:
    # the broker delivered it again, and it was counted as already stored.
    assert result.duplicate + after.duplicate >= 100, (result, after)
    assert consume(address, src, duration_s=0.5).messages == 0


def test_lost_store_connection_is_retried_without_losing_messages(pg_store_address, mosquitto, caplog):
    import psycopg

    address = pg_store_address
    with open_store(address) as store:
        store.create_or_upgrade()
        with store.transaction() as writer:
            writer.upsert("sensors", [dict(code="hk:dev-1", kind="air", unit="ug/m3")], key="code")
        conninfo = store.address.libpq_conninfo()
    root = "dseza-test/" + uuid.uuid4().hex
    src = source(root)
    make_session(src.client_id, src.topics)
    sync = Background(address, src, batch_seconds=0.2)
    try:
        publisher = Publisher()
        publisher.send_all([(root + "/a", reading(i)) for i in range(50)])
        wait_for(lambda: len(stored(address)) == 50, 10, "the first readings stored")
        # The next commit waits on a lock; meanwhile the server ends the sync's connection (as a restart
        # of PostgreSQL would): the transaction fails, and the batch is written again on a new connection.
        lock = StoreLock(address)
        try:
            publisher.send_all([(root + "/a", reading(i)) for i in range(50, 100)])
            publisher.close()
            backend = sync.store._conn.info.backend_pid
            with psycopg.connect(conninfo, autocommit=True) as admin:
                wait_for(lambda: admin.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s",
                                               (backend,)).fetchone() == ("Lock",), 10, "the commit to wait")
                assert admin.execute("SELECT pg_terminate_backend(%s)", (backend,)).fetchone() == (True,)
        finally:
            lock.release()
        wait_for(lambda: len(stored(address)) == 100, 15, "the readings after the cut stored")
    finally:
        result = sync.join()
    assert result.new == 100 and stored(address) == {expected(i) for i in range(100)}
    assert any("could not be written" in r.getMessage() and "retrying" in r.getMessage() for r in caplog.records)
    assert consume(address, src, duration_s=0.5).messages == 0


def test_unknown_datastreams_are_registered_from_the_sensorthings_server(tmp_path, mosquitto):
    from sta_server import StaServer, generated_danang

    from dseza_twin.dseza_twin_plugin.iot import ingest

    address = str(tmp_path / "twin.gpkg")
    with open_store(address) as store:
        store.create_or_upgrade()
    root = "dseza-test/" + uuid.uuid4().hex
    with StaServer(generated_danang(bad=False)) as server:
        src = MqttSource(BROKER, [root + "/#"], "dseza-test-" + uuid.uuid4().hex[:10], sta_url=server.base_url,
                         session_expiry_s=SESSION_S)
        make_session(src.client_id, src.topics)
        observations = server.datastreams[101].observations[:3]
        publisher = Publisher()
        publisher.send_all([(root + "/v1.1/Datastreams(101)/Observations", o) for o in observations]
                           + [(root + "/v1.1/Datastreams(999)/Observations", observations[0])] * 2)
        publisher.close()
        result = consume(address, src, max_messages=5)
    assert (result.new, result.rejected, result.sensors) == (3, 2, 1)
    with open_store(address) as store:
        sensors = store.rows("sensors")
        reasons = [r for (r,) in store.query("SELECT reason FROM quarantine")]
    assert [s["code"] for s in sensors] == [ingest.sensor_code(server.base_url, 101)]
    assert sensors[0]["kind"] == "air" and sensors[0]["unit"] == "ug/m3" and sensors[0]["geom"] is not None
    times = [dt.datetime.fromisoformat(o["phenomenonTime"].replace("Z", "+00:00")) for o in observations]
    assert stored(address) == {(sensors[0]["code"], t, o["result"]) for t, o in zip(times, observations)}
    # The same refused payload twice is kept once; the reason names the datastream and the server.
    assert len(reasons) == 1 and reasons[0].startswith("unknown sensor/datastream '999' (not registered from http")


def test_syncmqtt_from_the_command_line(tmp_path, mosquitto):
    store = tmp_path / "twin.gpkg"
    with open_store(str(store)) as s:
        s.create_or_upgrade()
        with s.transaction() as writer:
            writer.upsert("sensors", [dict(code="hk:dev-1", kind="air", unit="ug/m3")], key="code")
    root = "dseza-test/" + uuid.uuid4().hex
    client_id = "dseza-test-" + uuid.uuid4().hex[:10]
    make_session(client_id, [root + "/#"])
    publisher = Publisher()
    publisher.send_all([(root + "/hk/air", reading(i)) for i in range(3)] + [(root + "/hk/air", b"oops")])
    publisher.close()
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps(MAPPING))
    env = {k: v for k, v in os.environ.items() if k not in ("QGIS_CUSTOM_CONFIG_PATH", "PYTHONPATH")}
    run = subprocess.run(
        [str(ROOT / "scripts" / "qgis-process"), "--json", "run", "dsezatwin:syncmqtt", "--", "BROKER=" + BROKER,
         "TOPICS=" + root + "/#", "MAPPING=" + str(mapping), "STORE=" + str(store), "DURATION_S=20",
         "MAX_MESSAGES=4", "CLIENT_ID=" + client_id],
        capture_output=True, text=True, timeout=120, env=env, stdin=subprocess.DEVNULL)
    assert run.returncode == 0, run.stderr
    results = json.loads(run.stdout)["results"]
    assert (results["NEW"], results["DUPLICATE"], results["REJECTED"], results["SENSORS"]) == (3, 0, 1, 1)
    assert stored(str(store)) == {expected(i) for i in range(3)}
