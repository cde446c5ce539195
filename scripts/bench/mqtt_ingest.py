#!/usr/bin/env python3
"""Benchmark: MQTT messages into the twin store, end to end — messages per second and commit latency.

Run from the repository root with the project's virtual environment (Mosquitto running on
127.0.0.1:1883, configured as resources/mosquitto/dseza-twin.conf says):

    .venv/bin/python scripts/bench/mqtt_ingest.py                                  # a temporary GeoPackage
    .venv/bin/python scripts/bench/mqtt_ingest.py "service=dseza_twin_test schema=bench_mqtt"
    .venv/bin/python scripts/bench/mqtt_ingest.py out/bench.gpkg --messages 100000

What is timed is the product's path: :func:`sync_mqtt` (paho-mqtt, MQTT v5, QoS 1, persistent session,
acknowledgement after commit) reading plain JSON payloads through a field mapping into the store,
while ``mosquitto_pub -l`` publishes ``messages`` readings of 100 sensors (QoS 1) as fast as the
broker takes them. The subscriber's session is made first, so no message is lost while it connects.

* ``mqtt_msgs_per_s``: messages stored / (time of the last commit − start of publishing);
* ``mqtt_commit_latency_p50_s`` / ``_max_s``: per message, receipt by the client → commit of its batch.

The store must then hold exactly the published readings, or the run fails (a broker dropping
messages — Mosquitto's default ``max_queued_messages 1000`` — shows up here). Progress goes to stderr;
stdout gets ONE JSON line. ``measure()`` is what scripts/bench/ingest.py imports. Target (issue 4): at
least 5,000 messages/s with commits within 2 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = ROOT / ".qgis-profile" / "profiles" / "default" / "python" / "plugins"
SENSORS = 100
PUBLISH_CHUNK = 20_000  # lines per mosquitto_pub process
MAPPING = {"sensor": "device.id", "time": "ts", "value": "data.pm25", "unit": "data.unit"}


def _setup() -> None:
    benchlib.use_plugin()


def log(message: str, *args) -> None:
    print("mqtt bench: " + message.format(*args), file=sys.stderr, flush=True)


def _payloads(messages: int, start_ms: int, chunk: int = PUBLISH_CHUNK) -> list[bytes]:
    """One JSON reading per line: sensor i % 100, one second apart (all distinct, all in the past)."""
    return ["".join(
        '{{"device": {{"id": "bench-mqtt:{}"}}, "ts": {}, "data": {{"pm25": {:.2f}, "unit": "ug/m3"}}}}\n'.format(
            i % SENSORS, start_ms + 1000 * i, 10.0 + (i * 7919) % 5000 / 100.0)
        for i in range(lo, min(messages, lo + chunk))).encode("ascii") for lo in range(0, messages, chunk)]


def _make_session(host: str, port: int, client_id: str, topic: str) -> None:
    """Subscribe once with the sync's client id, so the broker keeps what is published from now on."""
    import paho.mqtt.client as mqtt
    from paho.mqtt.enums import CallbackAPIVersion
    from paho.mqtt.packettypes import PacketTypes
    from paho.mqtt.properties import Properties

    done = threading.Event()
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=client_id, protocol=mqtt.MQTTv5)
    client.on_subscribe = lambda *a: done.set()
    props = Properties(PacketTypes.CONNECT)
    props.SessionExpiryInterval = 600
    client.connect(host, port, clean_start=True, properties=props)
    client.loop_start()
    client.subscribe(topic, qos=1)
    if not done.wait(10):
        raise RuntimeError("The MQTT broker {}:{} did not confirm the subscription.".format(host, port))
    client.disconnect()
    client.loop_stop()


def measure(store_address: str, messages: int = 50_000, broker: str = "127.0.0.1:1883") -> dict:
    """Publish ``messages`` readings and store them with sync_mqtt; the three mqtt_* figures."""
    _setup()
    from dseza_twin.dseza_twin_plugin.iot import mqtt
    from dseza_twin.dseza_twin_plugin.store import open_store

    if shutil.which("mosquitto_pub") is None:
        raise RuntimeError("mosquitto_pub is not installed (Debian package mosquitto-clients).")
    target = mqtt.Broker.parse(broker)
    with open_store(store_address) as store:
        store.create_or_upgrade()
        with store.transaction() as writer:
            writer.upsert("sensors", [dict(code="bench-mqtt:{}".format(i), name="MQTT bench sensor {}".format(i),
                                           kind="air", observed_property="PM2.5", unit="µg/m³", source="bench")
                                      for i in range(SENSORS)], key="code")
        before = store.count("readings")
    run_id = uuid.uuid4().hex[:12]
    topic = "dseza-bench/{}/pm25".format(run_id)
    client_id = "dseza-bench-" + run_id
    _make_session(target.host, target.port, client_id, topic)
    start_ms = int((time.time() - messages - 3600) * 1000)
    payloads = _payloads(messages, start_ms)

    latencies: list[float] = []
    last_commit = [0.0]

    def on_commit(batch, page, committed):
        latencies.extend(committed - m.received for m in batch)
        last_commit[0] = committed

    outcome: dict = {}

    def consume():
        try:
            with open_store(store_address) as store:
                source = mqtt.MqttSource(broker, [topic], client_id, mapping=mqtt.FieldMapping.from_dict(MAPPING),
                                         session_expiry_s=600)
                outcome["result"] = mqtt.sync_mqtt(store, source, max_messages=messages,
                                                   duration_s=max(60.0, messages / 500.0), on_commit=on_commit,
                                                   status_every_s=3600.0)
        except BaseException as exc:  # reported by the main thread
            outcome["error"] = exc

    log("{:,} messages to {} on {}, into {}", messages, topic, target.key, store_address)
    consumer = threading.Thread(target=consume, name="mqtt-bench-consumer")
    started = time.monotonic()
    consumer.start()
    for n, chunk in enumerate(payloads):
        # mosquitto_pub -l (2.0.11) loses lines past some tens of thousands: one process per chunk
        publisher = subprocess.run(
            ["mosquitto_pub", "-h", target.host, "-p", str(target.port), "-V", "5", "-q", "1", "-t", topic, "-l",
             "-i", "dseza-bench-pub-{}-{}".format(run_id, n)], input=chunk, stderr=subprocess.PIPE, timeout=600)
        if publisher.returncode != 0:
            raise RuntimeError("mosquitto_pub failed ({}): {}".format(
                publisher.returncode, publisher.stderr.decode(errors="replace")))
    published = time.monotonic() - started
    log("published in {:.2f} s ({:,.0f} messages/s)", published, messages / published)
    consumer.join()
    if "error" in outcome:
        raise outcome["error"]
    result = outcome["result"]
    with open_store(store_address) as store:
        stored = store.count("readings") - before
    if result.new != messages or stored != messages:
        raise RuntimeError(
            "{:,} messages published, {:,} received and {:,} stored: the broker dropped messages. Raise Mosquitto's "
            "max_queued_messages (resources/mosquitto/dseza-twin.conf).".format(messages, result.messages, stored))
    elapsed = last_commit[0] - started
    out = {
        "mqtt_msgs_per_s": round(messages / elapsed, 1),
        "mqtt_commit_latency_p50_s": round(statistics.median(latencies), 3),
        "mqtt_commit_latency_max_s": round(max(latencies), 3),
    }
    log("{:,} messages stored in {:.2f} s: {}", messages, elapsed, out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", nargs="?", help="store address (default: a temporary GeoPackage)")
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--broker", default="127.0.0.1:1883")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dseza-mqtt-bench-") as folder:
        address = args.store or str(Path(folder) / "bench.gpkg")
        out = measure(address, messages=args.messages, broker=args.broker)
    out.update(store="gpkg" if address.lower().endswith(".gpkg") else "postgis", messages=args.messages,
               load_average=[round(x, 2) for x in os.getloadavg()],
               measured_at=dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
