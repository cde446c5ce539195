"""MQTT readings into the twin store: at least once from the broker, exactly once in the store.

* **Topics**: SensorThings topics ``v1.1/Datastreams(ID)/Observations`` (or ``v1.0/…``) carry an
  Observation JSON; any other topic carries plain JSON read through a :class:`FieldMapping`
  (dotted paths to the sensor id, time, value and unit).
* **Sensors**: a SensorThings topic is the sensor ``sta:<host:port>:<ID>`` when the SensorThings
  server is known (unknown datastreams are then fetched from it and registered), else
  ``mqtt:<ID>``; a mapped payload names its sensor's code (optionally after a prefix).
* **Delivery**: QoS 1 in a persistent session (MQTT v5, a fixed client id, ``clean_start=False``,
  a session expiry), and a message is acknowledged (PUBACK) only after its reading is committed:
  messages are collected for a batch (:data:`BATCH_SIZE` messages or :data:`BATCH_SECONDS`),
  written by :func:`.ingest.write_readings` in ONE transaction (readings and quarantined payloads),
  then acknowledged. A crash before the commit leaves the batch unacknowledged and the broker
  delivers it again; readings are unique on (sensor, time), so a redelivered message is stored once
  and counted as duplicate. Bad payloads are quarantined with their reason, never dropped.

The subscriber asks for a Receive Maximum (MQTT v5) of two batches, so that the next batch arrives
while one commits; Mosquitto's default in-flight limit (20) would cap the throughput at a few
hundred messages per second. Mosquitto's ``max_queued_messages`` must be raised too
(``resources/mosquitto/dseza-twin.conf``), or it drops what waits beyond 1,000 messages.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import math
import os
import queue
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from . import ingest
from .csv_readings import MappingError, load_mapping, parse_timezone

log = logging.getLogger(__name__)

UTC = dt.timezone.utc
DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"
#: Messages per commit, and the longest a received message waits before its batch is written (seconds).
BATCH_SIZE = 5000
BATCH_SECONDS = 0.5
#: How long the broker keeps the session (subscriptions and unacknowledged messages) while offline.
SESSION_EXPIRY_S = 7 * 24 * 3600
#: Unacknowledged messages the broker may send at once, by default (MQTT v5 Receive Maximum, at most 65535).
RECEIVE_MAXIMUM = 65535
#: Unacknowledged messages held at once, in batches: enough to fill the next batch while one commits,
#: few enough that a backlog waits on the broker rather than in this process (Mosquitto 2.0.11 was seen
#: to overshoot the window up to about threefold once acknowledgements flow).
RECEIVE_WINDOW_BATCHES = 2
#: Quarantined payloads are cut to this many characters.
MAX_PAYLOAD_CHARS = 20_000

STA_TOPIC = re.compile(r"(?:^|/)v1\.[01]/Datastreams\((?P<id>[^()/]*)\)/Observations$")
_MAPPING_KEYS = {"sensor", "time", "value", "unit", "sensor_prefix", "description"}


class MqttError(Exception):
    """The broker could not be used; the message says why in plain words."""


# -- mapping and payloads ------------------------------------------------------

@dataclass(frozen=True)
class FieldMapping:
    """Where a plain JSON payload keeps its reading: dotted paths (``data.pm25``, ``values.0``).

    ``sensor`` may be ``$topic`` (the topic is the sensor's id). The sensor id, after
    ``sensor_prefix``, is a ``sensors.code``. With ``unit``, a payload whose unit differs from the
    sensor's is refused.
    """

    sensor: str
    time: str
    value: str
    unit: str | None = None
    sensor_prefix: str = ""

    @classmethod
    def from_dict(cls, data: dict, where: str = "The MQTT mapping") -> FieldMapping:
        unknown = sorted(set(data) - _MAPPING_KEYS)
        if unknown:
            raise MappingError("{} has unknown keys: {} (known: {}).".format(
                where, ", ".join(unknown), ", ".join(sorted(_MAPPING_KEYS - {"description"}))))
        missing = [k for k in ("sensor", "time", "value") if not isinstance(data.get(k), str) or not data[k].strip()]
        if missing:
            raise MappingError("{} needs the paths {} (for example {{\"sensor\": \"device.id\", \"time\": \"ts\", "
                               "\"value\": \"data.pm25\"}}).".format(where, ", ".join(missing)))
        for key in ("unit", "sensor_prefix"):
            if data.get(key) is not None and not isinstance(data[key], str):
                raise MappingError("{}: '{}' must be a text.".format(where, key))
        return cls(sensor=data["sensor"].strip(), time=data["time"].strip(), value=data["value"].strip(),
                   unit=(data.get("unit") or "").strip() or None, sensor_prefix=data.get("sensor_prefix") or "")


def read_mapping(spec: str | None) -> FieldMapping | None:
    """The field mapping of JSON text or a ``.json`` file; None when ``spec`` is empty."""
    if not (spec or "").strip():
        return None
    text = spec.strip()
    where = "The MQTT mapping" if text.startswith("{") else "The MQTT mapping file {}".format(Path(text))
    return FieldMapping.from_dict(load_mapping(text), where)


_MISSING = object()


def dig(document, path: str):
    """The value at a dotted path (list items by number), or :data:`_MISSING`."""
    value = document
    for part in path.split("."):
        if isinstance(value, dict):
            value = value.get(part, _MISSING)
        elif isinstance(value, list) and part.lstrip("-").isdigit() and -len(value) <= int(part) < len(value):
            value = value[int(part)]
        else:
            return _MISSING
        if value is _MISSING:
            return _MISSING
    return value


def parse_reading_time(value, zone: dt.tzinfo) -> dt.datetime:
    """An ISO 8601 text (naive → ``zone``) or epoch seconds/milliseconds/microseconds, as UTC."""
    if isinstance(value, bool):
        raise ValueError("not a time")
    if isinstance(value, str):
        text = value.strip()
        try:
            value = float(text)
        except ValueError:
            if text[-1:] in ("Z", "z"):
                text = text[:-1] + "+00:00"
            parsed = dt.datetime.fromisoformat(text.replace(" ", "T", 1) if "T" not in text else text)
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=zone)
            return parsed.astimezone(UTC)
    if isinstance(value, int | float) and math.isfinite(value):
        seconds = float(value)
        if abs(seconds) >= 1e14:
            seconds /= 1e6  # microseconds
        elif abs(seconds) >= 1e11:
            seconds /= 1e3  # milliseconds (1e11 s would be the year 5138)
        return dt.datetime.fromtimestamp(seconds, UTC)
    raise ValueError("not a time")


def _number(value):
    """A numeric text as a float (devices often send "12.5"); anything else unchanged."""
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return value
    return value


def _unit_key(unit) -> str:
    text = str(unit).strip().lower()
    for a, b in (("µ", "u"), ("μ", "u"), ("³", "3"), ("²", "2"), (" ", ""), ("^", "")):
        text = text.replace(a, b)
    return text


# -- sensors -------------------------------------------------------------------

class SensorDirectory:
    """Sensor codes → (fid, unit) from the store's ``sensors``, re-read when a code is not found
    (at most every ``refresh_s``). With a SensorThings client, a datastream the store does not know
    is fetched from the server and registered (:func:`.ingest.register_sensors`)."""

    def __init__(self, store, sta_client=None, refresh_s: float = 5.0, retry_unknown_s: float = 60.0):
        self.store, self.sta_client = store, sta_client
        self.refresh_s, self.retry_unknown_s = refresh_s, retry_unknown_s
        self._codes: dict[str, tuple[int, str | None]] = {}
        self._loaded_at = -math.inf
        self._failed: dict[str, tuple[float, str]] = {}  # datastream id → (when, why) of a failed fetch

    def reload(self) -> None:
        self._codes = {r["code"]: (r["fid"], r["unit"]) for r in self.store.rows("sensors", ["fid", "code", "unit"])}
        self._loaded_at = time.monotonic()

    def find(self, code: str) -> tuple[int, str | None] | None:
        found = self._codes.get(code)
        if found is None and time.monotonic() - self._loaded_at >= self.refresh_s:
            self.reload()
            found = self._codes.get(code)
        return found

    def register_datastream(self, datastream_id: str) -> tuple[tuple[int, str | None] | None, str | None]:
        """Fetch the datastream from the SensorThings server and register it: ``(sensor, None)`` or
        ``(None, why not)``. A failure is remembered for ``retry_unknown_s``."""
        from .sensorthings import SensorThingsError

        failed = self._failed.get(datastream_id)
        if failed and time.monotonic() - failed[0] < self.retry_unknown_s:
            return None, failed[1]
        ident = datastream_id if datastream_id.isdigit() else "'{}'".format(datastream_id.replace("'", "''"))
        client = self.sta_client
        try:
            datastream = None
            # The collection filtered by id (with what register_sensors needs expanded); a server that
            # ignores the filter is searched page by page.
            url = client.url("Datastreams", filter="id eq {}".format(ident), expand="ObservedProperty,Thing/Locations")
            for page in client.pages(url):
                datastream = next((d for d in page if isinstance(d, dict)
                                   and str(d.get("@iot.id")) == datastream_id), None)
                if datastream is not None:
                    break
            if datastream is None:
                raise SensorThingsError("it serves no datastream with this id")
            ingest.register_sensors(self.store, client.base_url, [datastream])
        except SensorThingsError as exc:
            why = "not registered from {}: {}".format(client.base_url, exc)
            self._failed[datastream_id] = (time.monotonic(), why)
            log.warning("MQTT: datastream %s %s", datastream_id, why)
            return None, why
        log.info("MQTT: registered datastream %s of %s", datastream_id, client.base_url)
        self.reload()
        return self._codes.get(ingest.sensor_code(client.base_url, datastream["@iot.id"])), None


# -- messages → readings -------------------------------------------------------

@dataclass
class Message:
    """One received MQTT message, and what is needed to acknowledge it later."""

    topic: str
    payload: bytes
    mid: int = 0
    qos: int = 1
    received: float = 0.0  # time.monotonic() at receipt
    session: int = 0  # the connection it came on: only that connection may acknowledge it
    dup: bool = False


class MessageConverter:
    """Turns messages into reading rows, or ``(payload, reason)`` for the quarantine."""

    def __init__(self, directory: SensorDirectory, mapping: FieldMapping | None = None,
                 timezone: str | dt.tzinfo | None = None, sta_url: str | None = None):
        self.directory, self.mapping = directory, mapping
        self.zone = timezone if isinstance(timezone, dt.tzinfo) else parse_timezone(timezone or DEFAULT_TIMEZONE)
        self.sta_url = sta_url.rstrip("/") if sta_url else None
        self._topics: dict[str, str | None] = {}

    def datastream(self, topic: str) -> str | None:
        """The datastream id of a SensorThings topic, else None."""
        if topic not in self._topics:
            match = STA_TOPIC.search(topic)
            ident = match.group("id") if match else None
            if ident and len(ident) > 1 and ident[0] == ident[-1] == "'":
                ident = ident[1:-1].replace("''", "'")  # a quoted string id
            self._topics[topic] = ident
        return self._topics[topic]

    def convert(self, message: Message, now: dt.datetime) -> tuple[dict | None, tuple[str, str] | None]:
        text = message.payload.decode("utf-8", errors="replace")
        reading, reason = self._reading(message.topic, message.payload, now)
        if reason is not None:
            return None, (text[:MAX_PAYLOAD_CHARS], "{} (topic {})".format(reason, message.topic))
        return reading, None

    def _reading(self, topic: str, payload: bytes, now: dt.datetime) -> tuple[dict | None, str | None]:
        try:
            document = json.loads(payload)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            return None, "broken JSON: {}".format(exc)
        if not isinstance(document, dict):
            return None, "the payload is not a JSON object"
        ds_id = self.datastream(topic)
        if ds_id is not None:
            return self._observation(ds_id, document, now)
        if self.mapping is None:
            return None, "no field mapping for this topic (give a MAPPING for plain JSON topics)"
        return self._mapped(topic, document, now)

    def _sensor(self, code: str, ident, ds_id: str | None = None) -> tuple[tuple | None, str | None]:
        sensor = self.directory.find(code)
        if sensor is not None:
            return sensor, None
        if ds_id is not None and self.directory.sta_client is not None:
            sensor, why = self.directory.register_datastream(ds_id)
            if sensor is not None:
                return sensor, None
            return None, "unknown sensor/datastream '{}' ({})".format(ds_id, why)
        return None, "unknown sensor/datastream '{}': no sensor has the code '{}'".format(ident, code)

    def _observation(self, ds_id: str, observation: dict, now: dt.datetime) -> tuple[dict | None, str | None]:
        code = ingest.sensor_code(self.sta_url, ds_id) if self.sta_url else "mqtt:{}".format(ds_id)
        when = observation.get("phenomenonTime")
        if isinstance(when, str) and "/" not in when:  # a naive instant is local time
            try:
                observation = dict(observation, phenomenonTime=parse_reading_time(when, self.zone).isoformat())
            except (ValueError, OverflowError, OSError):
                pass  # check_observation says why
        when, value, reason = ingest.check_observation(observation, now)
        if reason is not None:
            return None, reason
        sensor, reason = self._sensor(code, ds_id, ds_id)
        if reason is not None:
            return None, reason
        ident = observation.get("@iot.id")
        return dict(sensor_id=sensor[0], phenomenon_time=when, value=value,
                    quality=ingest.observation_quality(observation),
                    source_id=None if ident is None else str(ident)), None

    def _mapped(self, topic: str, document: dict, now: dt.datetime) -> tuple[dict | None, str | None]:
        mapping = self.mapping
        ident = topic if mapping.sensor == "$topic" else dig(document, mapping.sensor)
        if ident is _MISSING or ident is None or isinstance(ident, bool | dict | list):
            return None, "no sensor id at '{}'".format(mapping.sensor)
        if isinstance(ident, float) and ident.is_integer():
            ident = int(ident)  # 42.0 is the sensor 42
        raw_time = dig(document, mapping.time)
        if raw_time is _MISSING or raw_time is None:
            return None, "no time at '{}'".format(mapping.time)
        try:
            when = parse_reading_time(raw_time, self.zone)
        except (ValueError, OverflowError, OSError):
            return None, "unreadable time {!r} at '{}'".format(raw_time, mapping.time)
        value = dig(document, mapping.value)
        observation = {"phenomenonTime": when.isoformat()}
        if value is not _MISSING:
            observation["result"] = _number(value)
        when, value, reason = ingest.check_observation(observation, now)
        if reason is not None:
            return None, reason.replace("result", "value at '{}'".format(mapping.value), 1)
        code = "{}{}".format(mapping.sensor_prefix, ident)
        sensor, reason = self._sensor(code, ident)
        if reason is not None:
            return None, reason
        if mapping.unit:
            unit = dig(document, mapping.unit)
            if unit not in (_MISSING, None, "") and sensor[1] and _unit_key(unit) != _unit_key(sensor[1]):
                return None, "unit '{}' at '{}' is not the sensor's unit '{}'".format(unit, mapping.unit, sensor[1])
        return dict(sensor_id=sensor[0], phenomenon_time=when, value=value, quality="ok", source_id=None), None


# -- the broker ----------------------------------------------------------------

@dataclass
class Broker:
    host: str
    port: int
    tls: bool = False

    @classmethod
    def parse(cls, text: str) -> Broker:
        """``host:port``, ``host`` (1883), ``mqtt://host:port`` or ``mqtts://host:port`` (TLS, 8883)."""
        spec = (text or "").strip()
        if "://" not in spec:
            spec = "mqtt://" + spec
        parts = urlsplit(spec)
        if parts.scheme not in ("mqtt", "mqtts", "tcp", "ssl") or not parts.hostname or parts.path not in ("", "/"):
            raise MqttError("'{}' is not an MQTT broker address: give host:port, for example 127.0.0.1:1883."
                            .format(text))
        if parts.username or parts.password:
            raise MqttError("Do not put a user name or password in the broker address: use an authentication "
                            "configuration, or DSEZA_MQTT_USER / DSEZA_MQTT_PASSWORD.")
        tls = parts.scheme in ("mqtts", "ssl")
        try:
            port = parts.port or (8883 if tls else 1883)
        except ValueError:
            raise MqttError("'{}' has no valid port number.".format(text)) from None
        return cls(parts.hostname, port, tls)

    @property
    def key(self) -> str:
        """The source key in ``sync_status`` and ``quarantine``."""
        return "{}://{}:{}".format("mqtts" if self.tls else "mqtt", self.host, self.port)


def split_topics(text: str) -> list[str]:
    topics = [t.strip() for t in (text or "").split(",") if t.strip()]
    if not topics:
        raise MqttError("Give at least one topic to subscribe to (for example v1.1/Datastreams(1)/Observations, "
                        "or sensors/#).")
    for topic in topics:
        levels = topic.split("/")
        if any(("+" in lv and lv != "+") or ("#" in lv and lv != "#") for lv in levels) or "#" in levels[:-1]:
            raise MqttError("'{}' is not a valid topic filter: '+' and '#' must fill a whole level, and '#' "
                            "can only be last.".format(topic))
    return topics


#: Environment variables with the broker's user name and password (outside QGIS, or without AUTHCFG).
ENV_USER = "DSEZA_MQTT_USER"
ENV_PASSWORD = "DSEZA_MQTT_PASSWORD"


def credentials_from_env(environ=None) -> dict | None:
    """The broker's user name and password from the environment, or None."""
    env = os.environ if environ is None else environ
    user = env.get(ENV_USER)
    return {"user": user, "password": env.get(ENV_PASSWORD, "")} if user else None


def default_client_id(store_address: str, topics: Sequence[str]) -> str:
    """The same store and topics → the same client id → the same persistent session, run after run."""
    digest = hashlib.sha1("{}\n{}".format(store_address, "\n".join(sorted(topics))).encode("utf-8")).hexdigest()
    return "dseza-twin-" + digest[:12]


class Subscriber:
    """A paho-mqtt 2.x client in a persistent MQTT v5 session, with manual acknowledgement.

    Received messages go to :attr:`messages`; :meth:`ack` acknowledges those of the current
    connection (a message from an earlier connection is redelivered by the broker on this one,
    and acknowledged then). paho reconnects by itself, with backoff, when the connection drops.
    """

    def __init__(self, broker: Broker, topics: Sequence[str], client_id: str, credentials: dict | None = None,
                 session_expiry_s: int = SESSION_EXPIRY_S, receive_maximum: int = RECEIVE_MAXIMUM,
                 keepalive: int = 30):
        import paho.mqtt.client as mqtt
        from paho.mqtt.enums import CallbackAPIVersion
        from paho.mqtt.packettypes import PacketTypes
        from paho.mqtt.properties import Properties

        self.broker, self.topics, self.client_id = broker, list(topics), client_id
        self.messages: queue.SimpleQueue[Message] = queue.SimpleQueue()
        self.session = 0
        self.error: str | None = None
        self.subscribed = threading.Event()
        self._lock = threading.Lock()
        self._properties = Properties(PacketTypes.CONNECT)
        self._properties.SessionExpiryInterval = session_expiry_s
        self._properties.ReceiveMaximum = max(1, min(65535, receive_maximum))
        self._keepalive = keepalive
        client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=client_id, protocol=mqtt.MQTTv5,
                             manual_ack=True)
        if credentials:
            client.username_pw_set(credentials.get("user"), credentials.get("password"))
        if broker.tls:
            client.tls_set()
        client.reconnect_delay_set(1, 30)
        client.on_connect, client.on_disconnect = self._on_connect, self._on_disconnect
        client.on_subscribe, client.on_message = self._on_subscribe, self._on_message
        client.on_connect_fail = self._on_connect_fail
        self.client = client

    def _on_connect(self, client, userdata, flags, reason_code, properties):
        if reason_code.is_failure:
            self.error = "The MQTT broker {}:{} refused the connection: {}{}.".format(
                self.broker.host, self.broker.port, reason_code,
                " (check the user name and password)" if reason_code.value in (0x86, 0x87) else "")
            log.error("MQTT: %s", self.error)
            return
        from paho.mqtt.subscribeoptions import SubscribeOptions

        with self._lock:
            self.session += 1
        log.info("MQTT: connected to %s:%s as %s (session %s)", self.broker.host, self.broker.port,
                 self.client_id, "resumed" if flags.session_present else "new")
        # retainHandling=1: a retained message is sent only when the subscription is new.
        client.subscribe([(t, SubscribeOptions(qos=1, retainHandling=1)) for t in self.topics])

    def _on_subscribe(self, client, userdata, mid, reason_codes, properties):
        refused = ["{} ({})".format(t, rc) for t, rc in zip(self.topics, reason_codes) if rc.is_failure]
        if refused:
            self.error = "The MQTT broker refused the subscription to {}.".format(", ".join(refused))
            log.error("MQTT: %s", self.error)
            return
        downgraded = [t for t, rc in zip(self.topics, reason_codes) if rc.value == 0]
        if downgraded:
            log.warning("MQTT: the broker grants only QoS 0 on %s: messages there may be lost", ", ".join(downgraded))
        log.info("MQTT: subscribed to %s", ", ".join(self.topics))
        self.subscribed.set()

    def _on_disconnect(self, client, userdata, flags, reason_code, properties):
        if reason_code.value != 0:
            log.warning("MQTT: connection to %s:%s lost (%s); reconnecting", self.broker.host, self.broker.port,
                        reason_code)

    def _on_connect_fail(self, client, userdata):
        log.warning("MQTT: cannot reach %s:%s; retrying", self.broker.host, self.broker.port)

    def _on_message(self, client, userdata, message):
        try:
            topic = message.topic
        except UnicodeDecodeError:  # not UTF-8 (a broker that does not check): quarantined under a readable name
            topic = bytes(message._topic).decode("utf-8", errors="replace")
        self.messages.put(Message(topic, message.payload, message.mid, message.qos, time.monotonic(), self.session,
                                  bool(message.dup)))

    def start(self, timeout: float | None, stop: Callable[[], bool] = lambda: False) -> None:
        """Connect and subscribe; wait up to ``timeout`` seconds (None: until ``stop()``)."""
        self.client.connect_async(self.broker.host, self.broker.port, keepalive=self._keepalive,
                                  clean_start=False, properties=self._properties)
        self.client.loop_start()
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self.subscribed.wait(0.05):
            if self.error or stop() or (deadline is not None and time.monotonic() > deadline):
                self.close()
                if self.error:
                    raise MqttError(self.error)
                if stop():
                    return
                raise MqttError("The MQTT broker {}:{} did not answer within {:g} s: is it running, and is the "
                                "address right?".format(self.broker.host, self.broker.port, timeout))

    def ack(self, messages: Sequence[Message]) -> int:
        """Acknowledge the messages received on the current connection; returns how many."""
        done = 0
        with self._lock:
            for m in messages:
                if m.qos > 0 and m.session == self.session:
                    self.client.ack(m.mid, m.qos)
                    done += 1
        return done

    def close(self) -> None:
        """Disconnect (the acknowledgements queued before go out first); the session stays on the broker."""
        self.client.disconnect()
        self.client.loop_stop()


# -- the sync ------------------------------------------------------------------

@dataclass
class MqttSource:
    """What to read: a broker, topic filters, how to read the payloads, and the session's client id."""

    broker: str
    topics: Sequence[str]
    client_id: str
    mapping: FieldMapping | None = None
    sta_url: str | None = None
    timezone: str = DEFAULT_TIMEZONE
    credentials: dict | None = field(default=None, repr=False)
    session_expiry_s: int = SESSION_EXPIRY_S


@dataclass
class MqttSyncResult:
    new: int = 0
    duplicate: int = 0
    rejected: int = 0
    sensors: int = 0
    messages: int = 0  # committed (and acknowledged)
    canceled: bool = False
    sensor_ids: set = field(default_factory=set, repr=False)


class _StoppedError(Exception):
    """Asked to stop while the store could not be written; the batch stays unacknowledged."""


def _transient(exc: BaseException) -> bool:
    """A store failure worth retrying (connection lost, server restarting, database locked)."""
    import sqlite3

    from ..store.errors import StoreConnectionError

    if isinstance(exc, StoreConnectionError | OSError | sqlite3.OperationalError):
        return True
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency of the PostGIS store
        return False
    return isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError)


class _Run:
    """One consuming run: batches → one commit each → acknowledgements."""

    def __init__(self, store, key: str, subscriber: Subscriber, converter: MessageConverter, *, stop, canceled,
                 progress, on_commit, duration_s, max_messages, store_retry_s, batch_size, batch_seconds,
                 status_every_s):
        self.store, self.key, self.subscriber, self.converter = store, key, subscriber, converter
        self.stop, self.canceled, self.progress, self.on_commit = stop, canceled, progress, on_commit
        self.duration_s, self.max_messages, self.store_retry_s = duration_s, max_messages, store_retry_s
        self.batch_size, self.batch_seconds, self.status_every_s = batch_size, batch_seconds, status_every_s
        self.result = MqttSyncResult()
        self.last_error: str | None = None

    def ending(self) -> bool:
        return self.stop() or self.canceled()

    def run(self) -> MqttSyncResult:
        inbox = self.subscriber.messages
        started = time.monotonic()
        deadline = None if self.duration_s is None else started + self.duration_s
        next_status = started + self.status_every_s
        batch: list[Message] = []
        taken = 0
        while True:
            now = time.monotonic()
            if self.canceled():
                self.result.canceled = True
            finishing = (self.ending() or (deadline is not None and now >= deadline)
                         or (self.max_messages is not None and taken >= self.max_messages))
            if not finishing:
                wait = 0.1 if not batch else min(0.1, max(0.0, batch[0].received + self.batch_seconds - now))
                room = self.batch_size if self.max_messages is None else min(
                    self.batch_size, self.max_messages - self.result.messages)
                try:
                    if len(batch) < room:
                        batch.append(inbox.get(timeout=wait))
                    while len(batch) < room:
                        batch.append(inbox.get_nowait())
                except queue.Empty:
                    pass
                taken = self.result.messages + len(batch)
            if batch and (finishing or len(batch) >= self.batch_size or time.monotonic() >= batch[0].received
                          + self.batch_seconds or (self.max_messages is not None and taken >= self.max_messages)):
                try:
                    self.commit(batch)
                except _StoppedError:
                    log.warning("MQTT: stopped with %d messages not stored; the broker keeps them for the next run",
                                len(batch))
                    break
                batch = []
                self.report(started, deadline)
            if finishing:
                break
            if self.status_every_s and time.monotonic() >= next_status:
                next_status = time.monotonic() + self.status_every_s
                log.info("MQTT %s: %d messages, %d new, %d duplicate, %d rejected so far", self.key,
                         self.result.messages, self.result.new, self.result.duplicate, self.result.rejected)
                self.status(None)
        return self.result

    def convert(self, batch: Sequence[Message]) -> tuple[list[dict], list[tuple[str, str]]]:
        now = dt.datetime.now(UTC)
        readings, bad = [], []
        for message in batch:
            reading, problem = self.converter.convert(message, now)
            if problem is None:
                readings.append(reading)
            else:
                bad.append(problem)
        return readings, bad

    def commit(self, batch: list[Message]) -> None:
        """Store the batch in one transaction (retrying a failing store), then acknowledge it."""
        attempt, first_failure = 0, None
        while True:
            log.debug("MQTT: storing a batch of %d messages", len(batch))
            try:
                readings, bad = self.convert(batch)
                page = ingest.write_readings(self.store, readings, bad, quarantine_source=self.key)
                break
            except Exception as exc:
                if not _transient(exc):
                    raise
                now = time.monotonic()
                first_failure = first_failure or now
                self.last_error = "The store could not be written: {}".format(str(exc).strip() or type(exc).__name__)
                if self.store_retry_s is not None and now - first_failure >= self.store_retry_s:
                    raise
                wait = min(30.0, 0.5 * 2 ** attempt)
                attempt += 1
                log.warning("MQTT: %s; retrying in %.1f s (%d messages stay unacknowledged)", self.last_error, wait,
                            len(batch))
                try:
                    self.store.close()  # reconnect on the next attempt
                except Exception:  # a broken connection may fail to close; it is dropped anyway
                    log.debug("MQTT: closing the failed store connection", exc_info=True)
                while time.monotonic() < now + wait:
                    if self.ending():
                        raise _StoppedError() from exc
                    time.sleep(0.1)
        self.subscriber.ack(batch)
        committed = time.monotonic()
        if first_failure is not None:
            log.info("MQTT: the store is writable again")
            self.last_error = None
        r = self.result
        r.new, r.duplicate, r.rejected = r.new + page.new, r.duplicate + page.duplicate, r.rejected + page.rejected
        r.messages += len(batch)
        r.sensor_ids.update(reading["sensor_id"] for reading in readings)
        r.sensors = len(r.sensor_ids)
        if self.on_commit is not None:
            self.on_commit(batch, page, committed)

    def report(self, started: float, deadline: float | None) -> None:
        if self.progress is None:
            return
        r = self.result
        if self.max_messages:
            pct = 100.0 * r.messages / self.max_messages
        elif deadline is not None:
            pct = 100.0 * (time.monotonic() - started) / max(1e-9, deadline - started)
        else:
            pct = None
        self.progress(None if pct is None else min(100.0, pct),
                      "{} messages: {} new, {} duplicate, {} rejected".format(r.messages, r.new, r.duplicate,
                                                                             r.rejected))

    def status(self, end: dt.datetime | None, error: str | None = None) -> None:
        r = self.result
        values = dict(new=r.new, duplicate=r.duplicate, rejected=r.rejected, sensors=r.sensors,
                      last_error=error or self.last_error)
        if end is not None:
            values["last_run_end"] = end
        try:
            ingest.set_status(self.store, self.key, **values)
        except Exception as exc:  # the store may be what failed: keep going (or keep the original error)
            log.warning("MQTT: could not record the sync status of %s: %s", self.key, exc)


def sync_mqtt(
    store,
    source: MqttSource,
    duration_s: float | None = None,
    max_messages: int | None = None,
    is_canceled: Callable[[], bool] | None = None,
    stop: Callable[[], bool] | None = None,
    progress: Callable[[float | None, str], None] | None = None,
    connect_timeout: float | None = 15.0,
    store_retry_s: float | None = 60.0,
    batch_size: int = BATCH_SIZE,
    batch_seconds: float = BATCH_SECONDS,
    status_every_s: float = 60.0,
    sta_client=None,
    on_commit: Callable[[list[Message], ingest.PageResult, float], None] | None = None,
) -> MqttSyncResult:
    """Subscribe to ``source`` and store its readings until ``duration_s`` seconds have passed,
    ``max_messages`` messages are stored, ``is_canceled()`` (the user canceled) or ``stop()`` (the
    listener is shut down) — whichever comes first (none given: until canceled or stopped).

    What was received is committed and acknowledged before returning; messages received beyond
    ``max_messages`` stay unacknowledged and come again on the next run (same client id).
    ``connect_timeout=None`` waits for the broker for ever; ``store_retry_s=None`` retries a failing
    store for ever (the listener). ``sync_status`` records the run under ``mqtt://host:port``.
    """
    broker = Broker.parse(source.broker)
    topics = split_topics(",".join(source.topics))
    key = broker.key
    canceled = is_canceled or (lambda: False)
    stopping = stop or (lambda: False)
    if sta_client is None and source.sta_url:
        from .sensorthings import RequestsTransport, SensorThingsClient, credentials_from_env

        sta_client = SensorThingsClient(source.sta_url, RequestsTransport(), credentials=credentials_from_env(),
                                        timeout=10.0, retries=1)
    directory = SensorDirectory(store, sta_client)
    converter = MessageConverter(directory, source.mapping, source.timezone,
                                 sta_client.base_url if sta_client is not None else source.sta_url)
    subscriber = Subscriber(broker, topics, source.client_id, source.credentials, source.session_expiry_s,
                            receive_maximum=RECEIVE_WINDOW_BATCHES * batch_size)
    run = _Run(store, key, subscriber, converter, stop=stopping, canceled=canceled, progress=progress,
               on_commit=on_commit, duration_s=duration_s, max_messages=max_messages, store_retry_s=store_retry_s,
               batch_size=batch_size, batch_seconds=batch_seconds, status_every_s=status_every_s)
    ingest.set_status(store, key, last_run_start=dt.datetime.now(UTC), last_run_end=None, new=0, duplicate=0,
                      rejected=0, sensors=0, last_error=None)
    try:
        directory.reload()
        subscriber.start(connect_timeout, lambda: canceled() or stopping())
        result = run.run()
    except BaseException as exc:
        run.status(dt.datetime.now(UTC), str(exc) or type(exc).__name__)
        raise
    finally:
        subscriber.close()
    if canceled():
        result.canceled = True
    run.status(dt.datetime.now(UTC), "canceled" if result.canceled and not run.last_error else None)
    log.info("MQTT sync of %s (%s): %s", key, ", ".join(topics), result)
    return result
