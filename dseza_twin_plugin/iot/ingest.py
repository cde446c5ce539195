"""Turning SensorThings entities into twin-store rows, exactly once.

* :func:`register_sensors` — Datastreams become ``sensors`` rows (idempotent
  upsert on the code ``sta:<host>:<datastream id>``), located in EPSG:5899.
* :func:`write_observations` — one page of Observations, in ONE store
  transaction: the valid readings not stored yet are inserted (PostGIS: COPY
  into a staging table, then ``INSERT … ON CONFLICT DO NOTHING``), the
  datastream's watermark advances, and bad observations go to ``quarantine``
  with their payload and reason. A crash loses at most that page, and the
  re-run re-fetches it from the committed watermark.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from ..store import schema
from .sensorthings import parse_time

#: Readings further in the future than this are refused (clock errors, test data).
FUTURE_TOLERANCE = dt.timedelta(days=1)

#: Words of an observed property (name, definition or unit) → sensor kind, first match wins.
KIND_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # noise first: "sound level" is noise, while a bare "level" is a water level
    ("noise", ("noise", "sound", "db", "dba", "laeq", "decibel")),
    ("flood", ("flood", "water level", "waterlevel", "level", "rainfall", "precipitation", "stage", "mbd")),
    ("traffic", ("traffic", "vehicle", "vehicles", "car", "cars", "speed", "occupancy", "flow rate")),
    ("energy", ("energy", "power", "kwh", "kw", "mwh", "electricity", "electric", "voltage", "current")),
    ("water", ("water", "ph", "turbidity", "dissolved", "oxygen", "conductivity", "cod", "bod", "tss",
               "ammonium", "nitrate", "groundwater")),
    ("air", ("air", "pm2.5", "pm25", "pm10", "pm1", "no2", "so2", "co", "o3", "ozone", "aqi", "humidity",
             "temperature", "pressure", "co2")),
)


@dataclass
class PageResult:
    new: int = 0
    duplicate: int = 0
    rejected: int = 0
    watermark: dt.datetime | None = None


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9.]+", text.lower())) + " "


def guess_kind(*texts: str | None, default: str = "air") -> str:
    """The sensor kind (air, water, noise, traffic, energy, flood) named by the texts, else ``default``."""
    words = _words(" ".join(t for t in texts if t))
    for kind, keys in KIND_KEYWORDS:
        if any(" {} ".format(k) in words for k in keys):
            return kind
    if default not in schema.SENSOR_KINDS:
        raise ValueError("'{}' is not a sensor kind ({})".format(default, ", ".join(schema.SENSOR_KINDS)))
    return default


def sensor_code(base_url: str, datastream_id) -> str:
    return "sta:{}:{}".format(urlsplit(base_url).netloc.rsplit("@", 1)[-1], datastream_id)


#: A property of a Datastream or of its Thing naming the twin sensor it feeds (``{"twin_code": "HTP-AQ-01"}``).
TWIN_CODE_PROPERTY = "twin_code"


def datastream_sensor_code(base_url: str, datastream: dict) -> str:
    """The ``sensors.code`` a datastream feeds: the twin code its Datastream or Thing names in
    ``properties.twin_code`` (so a service the authority runs attaches to the twin's existing sensors),
    else ``sta:<host>:<datastream id>``."""
    thing = datastream.get("Thing") or {}
    for props in (datastream.get("properties"), thing.get("properties") if isinstance(thing, dict) else None):
        if isinstance(props, dict):
            code = props.get(TWIN_CODE_PROPERTY)
            if isinstance(code, str) and code.strip():
                return code.strip()
    return sensor_code(base_url, datastream["@iot.id"])


def datastream_url(base_url: str, datastream: dict) -> str:
    return datastream.get("@iot.selfLink") or "{}/Datastreams({})".format(base_url.rstrip("/"),
                                                                          datastream["@iot.id"])


@cache
def _to_store():
    from pyproj import Transformer

    return Transformer.from_crs(4326, schema.STORE_SRID, always_xy=True)


def _point(geojson) -> tuple[float, float] | None:
    if not isinstance(geojson, dict):
        return None
    if geojson.get("type") == "Feature":
        geojson = geojson.get("geometry") or {}
    if geojson.get("type") != "Point":
        return None
    coords = geojson.get("coordinates") or []
    if len(coords) < 2 or not all(isinstance(c, int | float) for c in coords[:2]):
        return None
    return float(coords[0]), float(coords[1])


def datastream_location(datastream: dict) -> tuple[float, float] | None:
    """WGS84 lon/lat of a datastream: its Thing's first Location, else its observedArea (when a point)."""
    thing = datastream.get("Thing") or {}
    for location in thing.get("Locations") or []:
        found = _point(location.get("location"))
        if found:
            return found
    return _point(datastream.get("observedArea"))


def sensor_row(base_url: str, datastream: dict, default_kind: str = "air") -> dict:
    import shapely

    prop = datastream.get("ObservedProperty") or {}
    unit = datastream.get("unitOfMeasurement") or {}
    prop_name = prop.get("name") or datastream.get("name")
    row = dict(
        code=datastream_sensor_code(base_url, datastream),
        name=datastream.get("name"),
        kind=guess_kind(prop.get("name"), prop.get("definition"), datastream.get("name"),
                        datastream.get("description"), unit.get("symbol"), default=default_kind),
        observed_property=prop_name,
        unit=unit.get("symbol") or unit.get("name"),
        source=datastream_url(base_url, datastream),
        geom=None,
    )
    lonlat = datastream_location(datastream)
    if lonlat is not None:
        x, y = _to_store().transform(*lonlat)
        if math.isfinite(x) and math.isfinite(y):
            row["geom"] = shapely.Point(x, y)
    return row


#: A network node this close (metres) to a sensor outside every lot is the feature it measures.
LINK_DISTANCE_M = 250.0


def _features(store, layer: str) -> list:
    return [(r["code"], r["geom"]) for r in store.rows(layer, ["code", "geom"]) if r["geom"] is not None]


def link_sensors(store, rows: list[dict]) -> None:
    """Set ``area_code`` and the twin feature a sensor belongs to: the lot that contains it, else the
    nearest network node within :data:`LINK_DISTANCE_M`, else the functional area that contains it."""
    located = [r for r in rows if r.get("geom") is not None]
    if not located:
        return
    areas, lots, nodes = (_features(store, layer) for layer in ("functional_areas", "parcels", "network_nodes"))
    for row in located:
        point = row["geom"]
        row["area_code"] = next((code for code, geom in areas if geom.covers(point)), None)
        link = next((("parcels", code) for code, geom in lots if geom.covers(point)), None)
        if link is None and nodes:
            distance, code = min((geom.distance(point), code) for code, geom in nodes)
            if distance <= LINK_DISTANCE_M:
                link = ("network_nodes", code)
        if link is None and row["area_code"] is not None:
            link = ("functional_areas", row["area_code"])
        row["linked_layer"], row["linked_code"] = link or (None, None)


def register_sensors(store, base_url: str, datastreams: Sequence[dict], default_kind: str = "air") -> dict:
    """Upsert a sensors row per datastream; returns datastream id → sensors.fid.

    Sensors are linked to the twin (:func:`link_sensors`). Re-registering changes nothing.
    """
    rows = [sensor_row(base_url, d, default_kind) for d in datastreams]
    # A datastream naming an existing twin sensor (properties.twin_code) feeds it: the twin's own description
    # of that sensor (kind, name, location, links) stays; only its source is recorded.
    existing = {r["code"] for r in store.rows("sensors", ["code"])}
    named = {row["code"] for row, d in zip(rows, datastreams) if row["code"] != sensor_code(base_url, d["@iot.id"])}
    kept = existing & named
    attached = [(r["source"], r["code"]) for r in rows if r["code"] in kept]
    rows = [r for r in rows if r["code"] not in kept]
    link_sensors(store, rows)
    with store.transaction() as writer:
        writer.upsert("sensors", rows, key="code")
        book = Bookkeeping(store, writer)
        writer.executemany("UPDATE {} SET source = {p} WHERE code = {p}".format(book.t("sensors"), p=book.p),
                           attached)
    fids = {r["code"]: r["fid"] for r in store.rows("sensors", ["fid", "code"])}
    return {d["@iot.id"]: fids[datastream_sensor_code(base_url, d)] for d in datastreams}


# -- bookkeeping tables (not twin layers: plain SQL per backend) --------------

class Bookkeeping:
    """SQL on the sync tables inside one writer's transaction, for either backend."""

    def __init__(self, store, writer):
        self.writer = writer
        self.gpkg = store.address.is_gpkg
        self.p = "?" if self.gpkg else "%s"
        self.prefix = "" if self.gpkg else '"{}".'.format(store.address.schema)

    def t(self, name: str) -> str:
        return '{}"{}"'.format(self.prefix, name)

    def time_value(self, value: dt.datetime | None):
        if value is None or not self.gpkg:
            return value
        return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"

    @staticmethod
    def parse(value) -> dt.datetime | None:
        if value is None or isinstance(value, dt.datetime):
            return value
        return parse_time(str(value))

    def watermark(self, source: str, datastream: str) -> dt.datetime | None:
        rows = self.writer.execute(
            "SELECT watermark FROM {} WHERE source = {p} AND datastream = {p}".format(
                self.t("sync_cursors"), p=self.p), (source, datastream))
        return self.parse(rows[0][0]) if rows else None

    def set_watermark(self, source: str, datastream: str, value: dt.datetime) -> None:
        now = dt.datetime.now(dt.timezone.utc)
        self.writer.execute(
            "INSERT INTO {} (source, datastream, watermark, updated_at) VALUES ({p}, {p}, {p}, {p}) "
            "ON CONFLICT (source, datastream) DO UPDATE SET watermark = excluded.watermark, "
            "updated_at = excluded.updated_at".format(self.t("sync_cursors"), p=self.p),
            (source, datastream, self.time_value(value), self.time_value(now)))

    def quarantine(self, source: str, items: Iterable[tuple[str, str]]) -> None:
        """Keep bad payloads with their reason; a payload refused again (a re-fetched page, a future time
        refused at every run, a redelivered message) is kept once — found by its digest's unique index."""
        now = self.time_value(dt.datetime.now(dt.timezone.utc))
        rows = [(source, now, payload, reason, payload_digest(payload, reason)) for payload, reason in items]
        self.writer.executemany(
            "INSERT INTO {} (source, received_at, payload, reason, digest) VALUES ({p}, {p}, {p}, {p}, {p}) "
            "ON CONFLICT (source, digest) DO NOTHING".format(self.t("quarantine"), p=self.p), rows)

    def set_status(self, source: str, **values) -> None:
        values = {k: self.time_value(v) if isinstance(v, dt.datetime) else v for k, v in values.items()}
        columns = ["source", *values]
        self.writer.execute(
            'INSERT INTO {} ({}) VALUES ({}) ON CONFLICT (source) DO UPDATE SET {}'.format(
                self.t("sync_status"), ", ".join('"{}"'.format(c) for c in columns),
                ", ".join([self.p] * len(columns)),
                ", ".join('"{0}" = excluded."{0}"'.format(c) for c in values)),
            (source, *values.values()))


def payload_digest(payload: str, reason: str) -> str:
    return hashlib.sha256("{}\0{}".format(payload, reason).encode("utf-8")).hexdigest()


def read_watermark(store, source: str, datastream: str) -> dt.datetime | None:
    with store.transaction() as writer:
        return Bookkeeping(store, writer).watermark(source, datastream)


def set_status(store, source: str, **values) -> None:
    with store.transaction() as writer:
        Bookkeeping(store, writer).set_status(source, **values)


# -- observations -------------------------------------------------------------

def observation_quality(observation: dict) -> str:
    """ok / suspect / missing, from an Observation's ``resultQuality`` (absent: ok)."""
    rq = observation.get("resultQuality")
    if isinstance(rq, dict):
        rq = rq.get("quality") or rq.get("status")
    if rq is None:
        return "ok"
    text = str(rq).strip().lower()
    if text in ("", "good", "ok", "valid", "verified", "9"):
        return "ok"
    if text in ("missing", "no data"):
        return "missing"
    return "suspect"


def check_observation(observation, now: dt.datetime) -> tuple[dt.datetime | None, float | None, str | None]:
    """``(time, value, None)`` for a valid observation, else ``(time or None, None, reason)``."""
    if not isinstance(observation, dict):
        return None, None, "not a JSON object"
    try:
        when = parse_time(observation.get("phenomenonTime"))
    except (TypeError, ValueError):
        return None, None, "unparsable phenomenonTime: {!r}".format(observation.get("phenomenonTime"))
    if when > now + FUTURE_TOLERANCE:
        return None, None, "phenomenonTime {} is more than a day in the future".format(when.isoformat())
    if "result" not in observation or observation["result"] is None:
        return when, None, "missing result"
    result = observation["result"]
    if isinstance(result, bool) or not isinstance(result, int | float):
        return when, None, "result is not a number: {!r}".format(result)
    value = float(result)
    if not math.isfinite(value):
        return when, None, "result is not a finite number: {!r}".format(result)
    return when, value, None


def write_observations(store, sensor_id: int, source: str, datastream: str, observations: Sequence,
                       now: dt.datetime | None = None, quarantine_source: str | None = None) -> PageResult:
    """Store one page of observations exactly once, with the watermark, in one transaction.

    ``source``/``datastream`` key the watermark (the service URL and the datastream id); bad
    observations are quarantined under ``quarantine_source`` (default: ``source``).
    """
    now = now or dt.datetime.now(dt.timezone.utc)
    readings, bad = [], []
    page_max = None
    for obs in observations:
        when, value, reason = check_observation(obs, now)
        if when is not None:
            page_max = when if page_max is None or when > page_max else page_max
        if reason is not None:
            bad.append((json.dumps(obs, ensure_ascii=False, sort_keys=True, default=str), reason))
            continue
        ident = obs.get("@iot.id")
        readings.append(dict(sensor_id=sensor_id, phenomenon_time=when, value=value, quality=observation_quality(obs),
                             source_id=None if ident is None else str(ident)))
    return write_readings(store, readings, bad, quarantine_source or source,
                          cursor=(source, datastream, page_max))


def write_readings(store, readings: Sequence[dict], bad: Sequence[tuple[str, str]] = (),
                   quarantine_source: str | None = None,
                   cursor: tuple[str, str, dt.datetime | None] | None = None) -> PageResult:
    """Store readings exactly once, in ONE transaction, with what goes with them.

    ``readings``: dicts with ``sensor_id``, ``phenomenon_time`` (aware), ``value``, ``quality``
    (ok/suspect/missing) and ``source_id``; those already stored are counted as duplicates.
    ``bad``: ``(payload, reason)`` pairs kept in ``quarantine`` under ``quarantine_source``.
    ``cursor``: ``(source, datastream, newest time)``: the watermark moves forward (never back)
    in the same transaction, so a crash leaves readings and watermark consistent.
    Every source (SensorThings, MQTT, CSV) writes through here.
    """
    result = PageResult(rejected=len(bad))
    with store.transaction() as writer:
        book = Bookkeeping(store, writer)
        result.new, result.duplicate = writer.insert_ignore("readings", list(readings))
        if bad:
            book.quarantine(quarantine_source or "unknown", bad)
        if cursor is not None:
            source, datastream, newest = cursor
            before = book.watermark(source, datastream)
            result.watermark = before
            if newest is not None and (before is None or newest > before):
                book.set_watermark(source, datastream, newest)
                result.watermark = newest
    return result
