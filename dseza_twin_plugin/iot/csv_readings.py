"""Sensor readings from CSV files into the twin store, exactly once.

Two layouts, described by a *mapping* (JSON; see ``resources/help/importreadingscsv.html``):

* **wide** — one row per time, one column per sensor (the UCI air-quality file);
* **long** — one row per reading: sensor, time, value (and optionally unit) columns.

The file is streamed with the :mod:`csv` module and written through
:func:`.ingest.write_readings` in batches (one transaction each). Readings are unique
on (sensor, time), so a re-run — after a crash, a cancel or on purpose — stores
nothing twice: what was stored is counted as duplicate. Missing-value codes are gaps:
counted, never stored. Bad cells and lines go to ``quarantine`` with the raw CSV line
and the reason; they never stop the import.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import logging
import math
import os
import re
import time
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..store import schema
from . import ingest

__all__ = ["BATCH_SIZE", "CsvImportResult", "CsvMapping", "LocalTime", "MappingError", "bundled_mappings",
           "import_readings_csv", "load_mapping", "parse_timezone", "register_sensors"]

log = logging.getLogger(__name__)

#: Readings per ``write_readings`` call (one transaction each).
BATCH_SIZE = 50_000
_TICK = 2_000  # rows between progress reports and cancel checks
_MAX_BAD = 10_000  # quarantined lines held before a batch is written
UTC = dt.timezone.utc


#: Time zone of naive times when the mapping names none: Da Nang's.
DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"
#: Mappings shipped with the plugin, by name (``uci_air_quality`` → ``uci_air_quality.json``).
MAPPINGS_DIR = Path(__file__).resolve().parents[2] / "resources" / "mappings"

_TOP_KEYS = {"title", "description", "notes", "layout", "delimiter", "decimal", "quotechar", "encoding",
             "skip_rows", "time", "timezone", "ambiguous", "nonexistent", "missing", "empty_is_missing",
             "code_prefix", "default_kind", "location", "sensors", "columns", "auto_register"}
_SENSOR_KEYS = {"code", "name", "kind", "observed_property", "unit", "lon", "lat", "x", "y", "description"}


class MappingError(ValueError):
    """A mapping (or the file's header) that cannot describe the file; nothing was written."""


def load_mapping(spec: str, bundled_dir: Path = MAPPINGS_DIR) -> dict:
    """The mapping dict from JSON text, a ``.json`` file path, or the name of a bundled mapping."""
    text = (spec or "").strip()
    if not text:
        raise MappingError("No mapping was given: give JSON text, a .json file, or a bundled mapping name ({}).".format(
            ", ".join(bundled_mappings(bundled_dir)) or "none installed"))
    where = "The mapping"
    if not text.startswith("{"):
        path = Path(text).expanduser()
        if not path.is_file() and not text.lower().endswith(".json") and (bundled_dir / (text + ".json")).is_file():
            path = bundled_dir / (text + ".json")
        if not path.is_file():
            raise MappingError("The mapping '{}' is neither a .json file nor a bundled mapping ({}).".format(
                text, ", ".join(bundled_mappings(bundled_dir)) or "none installed"))
        where = "The mapping file {}".format(path)
        text = path.read_text(encoding="utf-8-sig")
    try:
        mapping = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MappingError("{} is not valid JSON: {} (line {}, column {}).".format(
            where, exc.msg, exc.lineno, exc.colno)) from exc
    if not isinstance(mapping, dict):
        raise MappingError("{} must be a JSON object ({{...}}).".format(where))
    return mapping


def bundled_mappings(bundled_dir: Path = MAPPINGS_DIR) -> list[str]:
    return sorted(p.stem for p in bundled_dir.glob("*.json")) if bundled_dir.is_dir() else []


_OFFSET = re.compile(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)


def parse_timezone(name: str | None) -> dt.tzinfo:
    """An IANA zone (``Europe/Rome``) or a fixed offset (``UTC``, ``UTC+07:00``, ``+01:00``)."""
    text = (name or DEFAULT_TIMEZONE).strip()
    if text.upper() in ("UTC", "GMT", "Z"):
        return UTC
    match = _OFFSET.fullmatch(text)
    if match:
        sign, hours, minutes = match.groups()
        offset = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
        if offset > dt.timedelta(hours=14):
            raise MappingError("The time zone offset {} is out of range.".format(text))
        return dt.timezone(-offset if sign == "-" else offset)
    try:
        return zoneinfo.ZoneInfo(text)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise MappingError("Unknown time zone '{}': give an IANA name such as Asia/Ho_Chi_Minh or Europe/Rome, "
                           "or a fixed offset such as UTC+07:00.".format(text)) from exc


class LocalTime:
    """Naive local times → UTC in one zone, with its daylight-saving changes.

    * A time in the hour that repeats when clocks go back is taken as its first occurrence
      (summer time), unless the same time comes again in the file (for the same sensor):
      the repeat is the second occurrence. ``ambiguous="reject"`` refuses such times instead.
    * A time that does not exist (skipped when clocks go forward) is refused with a reason;
      ``nonexistent="shift_forward"`` moves it forward by the gap instead (02:30 → 03:30).
    """

    def __init__(self, zone: dt.tzinfo, ambiguous: str = "first", nonexistent: str = "reject"):
        self.zone, self.ambiguous, self.nonexistent = zone, ambiguous, nonexistent
        self.fixed = isinstance(zone, dt.timezone)
        self.seen: set = set()

    def to_utc(self, naive: dt.datetime, key=None) -> tuple[dt.datetime | None, str | None]:
        first = naive.replace(tzinfo=self.zone)
        if self.fixed:
            return first.astimezone(UTC), None
        second = naive.replace(tzinfo=self.zone, fold=1)
        before, after = first.utcoffset(), second.utcoffset()
        if before == after:
            return first.astimezone(UTC), None
        if before > after:  # the repeated hour when clocks go back
            if self.ambiguous == "reject":
                return None, "is ambiguous in {} (the clocks went back and this hour happened twice)".format(
                    self.zone)
            mark = (key, naive)
            if mark in self.seen:
                return second.astimezone(UTC), None
            self.seen.add(mark)
            return first.astimezone(UTC), None
        if self.nonexistent == "shift_forward":
            return first.astimezone(UTC), None
        return None, "does not exist in {} (the clocks went forward over this hour)".format(self.zone)


@dataclass
class SensorSpec:
    key: str  # the column (wide) or the sensor id in the file (long)
    code: str
    name: str | None
    kind: str
    observed_property: str | None
    unit: str | None
    lonlat: tuple[float, float] | None = None
    xy: tuple[float, float] | None = None

    def geometry(self):
        """The sensor's point in EPSG:5899, or None."""
        import shapely

        if self.xy is not None:
            return shapely.Point(*self.xy)
        if self.lonlat is not None:
            from pyproj import Transformer

            x, y = Transformer.from_crs(4326, schema.STORE_SRID, always_xy=True).transform(*self.lonlat)
            return shapely.Point(x, y)
        return None


def _location(where: str, spec: dict) -> tuple[tuple | None, tuple | None]:
    def pair(a, b):
        if a not in spec and b not in spec:
            return None
        values = (spec.get(a), spec.get(b))
        if not all(isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in values):
            raise MappingError("{}: '{}' and '{}' must both be numbers.".format(where, a, b))
        return float(values[0]), float(values[1])

    lonlat, xy = pair("lon", "lat"), pair("x", "y")
    if lonlat and not (-180 <= lonlat[0] <= 180 and -90 <= lonlat[1] <= 90):
        raise MappingError("{}: lon/lat {} is not a WGS 84 position.".format(where, lonlat))
    return lonlat, xy


@dataclass
class CsvMapping:
    """A validated mapping: how to read one kind of CSV file. Build it with :meth:`from_dict`."""

    layout: str = "wide"
    delimiter: str = ","
    decimal: str = "."
    quotechar: str = '"'
    encoding: str = "utf-8-sig"
    skip_rows: int = 0
    time_columns: list[str] = field(default_factory=lambda: ["time"])
    time_format: str = "iso"
    timezone: str = DEFAULT_TIMEZONE
    ambiguous: str = "first"
    nonexistent: str = "reject"
    missing_numbers: frozenset = frozenset()
    missing_texts: frozenset = frozenset({""})
    sensors: dict = field(default_factory=dict)  # key → SensorSpec
    sensor_column: str = "sensor"
    value_column: str = "value"
    unit_column: str | None = "unit"
    unit_required: bool = False
    auto_register: dict | None = None  # {"kind": ..., "code_prefix": ...}
    code_prefix: str = ""
    default_kind: str = "air"

    @classmethod
    def from_dict(cls, raw: dict) -> CsvMapping:
        unknown = set(raw) - _TOP_KEYS
        if unknown:
            raise MappingError("The mapping has unknown keys: {} (known: {}).".format(
                ", ".join(sorted(unknown)), ", ".join(sorted(_TOP_KEYS))))
        m = cls()
        m.layout = _choice("layout", raw.get("layout", "wide"), ("wide", "long"))
        delimiter = raw.get("delimiter", ",")
        m.delimiter = "\t" if delimiter in ("tab", "\\t") else delimiter
        if not isinstance(m.delimiter, str) or len(m.delimiter) != 1:
            raise MappingError("The mapping's delimiter must be one character (or \"tab\").")
        m.decimal = _choice("decimal", raw.get("decimal", "."), (".", ","))
        m.quotechar = raw.get("quotechar", '"')
        m.encoding = raw.get("encoding", "utf-8-sig")
        try:
            if codecs.lookup(m.encoding).name == "utf-8":
                m.encoding = "utf-8-sig"  # a byte-order mark is not part of the header
        except (LookupError, TypeError) as exc:
            raise MappingError("Unknown encoding '{}' in the mapping.".format(m.encoding)) from exc
        m.skip_rows = raw.get("skip_rows", 0)
        if not isinstance(m.skip_rows, int) or m.skip_rows < 0:
            raise MappingError("The mapping's skip_rows must be a whole number of lines.")
        when = raw.get("time", {})
        if isinstance(when, str):
            when = {"column": when}
        if not isinstance(when, dict) or set(when) - {"column", "columns", "format"}:
            raise MappingError('The mapping\'s "time" must look like {"columns": ["Date", "Time"], '
                               '"format": "%d/%m/%Y %H:%M:%S"} (format: a strptime format, iso, epoch or epoch_ms).')
        columns = when.get("columns", when.get("column", ["time"]))
        m.time_columns = [columns] if isinstance(columns, str) else list(columns)
        if not m.time_columns or not all(isinstance(c, str) and c for c in m.time_columns):
            raise MappingError("The mapping's time columns must be column names.")
        m.time_format = when.get("format", "iso")
        if m.time_format not in ("iso", "epoch", "epoch_ms") and "%" not in str(m.time_format):
            raise MappingError("The time format '{}' is neither iso, epoch, epoch_ms nor a strptime format "
                               "such as %d/%m/%Y %H:%M:%S.".format(m.time_format))
        m.timezone = raw.get("timezone") or DEFAULT_TIMEZONE
        parse_timezone(m.timezone)
        m.ambiguous = _choice("ambiguous", raw.get("ambiguous", "first"), ("first", "reject"))
        m.nonexistent = _choice("nonexistent", raw.get("nonexistent", "reject"), ("reject", "shift_forward"))
        numbers, texts = set(), set()
        for code in raw.get("missing", []):
            if isinstance(code, bool) or not isinstance(code, int | float | str):
                raise MappingError("Missing-value codes must be numbers or texts, not {!r}.".format(code))
            if isinstance(code, str):
                texts.add(code.strip().lower())
            try:
                numbers.add(float(code))
            except ValueError:
                pass
        if raw.get("empty_is_missing", True):
            texts.add("")
        m.missing_numbers, m.missing_texts = frozenset(numbers), frozenset(texts)
        m.code_prefix = raw.get("code_prefix", "")
        m.default_kind = _choice("default_kind", raw.get("default_kind", "air"), schema.SENSOR_KINDS)
        location = raw.get("location") or {}
        default_where = _location("The mapping's location", location)
        sensors = raw.get("sensors", {})
        if not isinstance(sensors, dict):
            raise MappingError('The mapping\'s "sensors" must be an object: column (or sensor id) → sensor.')
        for key, spec in sensors.items():
            m.sensors[key] = m._sensor(key, spec, default_where)
        if m.layout == "wide":
            if not m.sensors:
                raise MappingError('A wide mapping needs "sensors": one entry per value column.')
            if "columns" in raw or "auto_register" in raw:
                raise MappingError('"columns" and "auto_register" apply to long files only (layout "long").')
        else:
            cols = raw.get("columns", {})
            if not isinstance(cols, dict) or set(cols) - {"sensor", "value", "unit"}:
                raise MappingError('A long mapping\'s "columns" names its "sensor", "value" and "unit" columns.')
            m.sensor_column = cols.get("sensor", "sensor")
            m.value_column = cols.get("value", "value")
            m.unit_column, m.unit_required = cols.get("unit", "unit"), "unit" in cols
            auto = raw.get("auto_register", False)
            if auto is True:
                auto = {}
            if auto is not False and (not isinstance(auto, dict) or set(auto) - {"kind", "code_prefix"}):
                raise MappingError('"auto_register" is true, false, or {"kind": "water", "code_prefix": "..."}.')
            if auto is not False:
                m.auto_register = {"kind": _choice("auto_register kind", auto.get("kind", m.default_kind),
                                                   schema.SENSOR_KINDS),
                                   "code_prefix": auto.get("code_prefix", m.code_prefix)}
        return m

    def _sensor(self, key: str, spec, default_where) -> SensorSpec:
        where = "Sensor '{}' of the mapping".format(key)
        if not isinstance(spec, dict) or set(spec) - _SENSOR_KEYS:
            raise MappingError("{} must be an object with: {}.".format(where, ", ".join(sorted(_SENSOR_KEYS))))
        lonlat, xy = _location(where, spec)
        if lonlat is None and xy is None:
            lonlat, xy = default_where
        name, prop, unit = spec.get("name", key), spec.get("observed_property"), spec.get("unit")
        kind = spec.get("kind") or ingest.guess_kind(name, prop, unit, default=self.default_kind)
        return SensorSpec(key=key, code=spec.get("code") or self.code_prefix + key, name=name,
                          kind=_choice(where + " kind", kind, schema.SENSOR_KINDS), observed_property=prop,
                          unit=unit, lonlat=lonlat, xy=xy)

    def auto_sensor(self, ident: str, unit: str | None) -> SensorSpec:
        auto = self.auto_register or {}
        return SensorSpec(key=ident, code=auto.get("code_prefix", "") + ident, name=ident,
                          kind=ingest.guess_kind(ident, unit, default=auto.get("kind", self.default_kind)),
                          observed_property=ident, unit=unit)

    def sensor_specs(self) -> list[SensorSpec]:
        return list(self.sensors.values())

    def check_header(self, header: list[str]) -> list[str]:
        """Raise when the header lacks a column the mapping needs; return the columns ignored."""
        if not any(header):
            raise MappingError("The file has no header line (column names) where the mapping expects one.")
        needed = list(self.time_columns)
        if self.layout == "wide":
            needed += list(self.sensors)
        else:
            needed += [self.sensor_column, self.value_column] + ([self.unit_column] if self.unit_required else [])
        absent = [c for c in needed if c not in header]
        if absent:
            raise MappingError("The file has no column {} named in the mapping (its columns are: {}).".format(
                ", ".join("'{}'".format(c) for c in absent), ", ".join(h for h in header if h)))
        doubled = sorted({c for c in needed if header.count(c) > 1})
        if doubled:
            raise MappingError("The file has more than one column named {}.".format(", ".join(doubled)))
        used = set(needed) | ({self.unit_column} if self.layout == "long" else set())
        return [h for h in header if h and h not in used]


def _choice(what: str, value, allowed) -> str:
    if value not in allowed:
        raise MappingError("The mapping's {} must be one of {}, not {!r}.".format(what, ", ".join(allowed), value))
    return value


@dataclass
class CsvImportResult:
    new: int = 0
    duplicate: int = 0
    rejected: int = 0  # values (cells) refused, kept in quarantine with their line and reason
    missing: int = 0  # cells holding a missing-value code: gaps, not stored
    sensors: int = 0  # sensors registered or updated by this run
    rows: int = 0  # data lines read (blank lines excluded)
    blank: int = 0
    canceled: bool = False
    seconds: float = 0.0
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0


class _ImportCanceledError(Exception):
    pass


class _LineTap:
    """Feeds lines to :func:`csv.reader` and keeps the physical lines of the current record."""

    def __init__(self, lines):
        self._lines = iter(lines)
        self.taken: list[str] = []

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.taken.append(line)
        return line

    def raw(self) -> str:
        return "".join(self.taken).rstrip("\r\n")


class _Importer:
    """One run over one file: parsing state, the pending batch and the counts."""

    def __init__(self, store, path: Path, mapping: CsvMapping, zone, now, batch_size, result):
        self.store, self.path, self.mapping, self.result = store, path, mapping, result
        self.source = "csv:{}".format(path.name)
        self.local = LocalTime(zone, mapping.ambiguous, mapping.nonexistent)
        self.latest = (now or dt.datetime.now(UTC)) + ingest.FUTURE_TOLERANCE
        self.batch_size = batch_size
        self.readings: list[dict] = []
        self.bad: list[tuple[str, str]] = []
        self.naive_cache: dict[str, dt.datetime] = {}
        self.decimal_comma = mapping.decimal == ","

    # -- cells ---------------------------------------------------------------
    def value(self, text: str) -> tuple[float | None, str | None]:
        """``(value, None)``, ``(None, None)`` for a missing-value code, or ``(None, reason)``."""
        text = text.strip()
        if text.lower() in self.mapping.missing_texts:
            return None, None
        try:
            value = float(text.replace(",", ".") if self.decimal_comma else text)
        except ValueError:
            return None, "{!r} is not a number".format(text)
        if value in self.mapping.missing_numbers:
            return None, None
        if not math.isfinite(value):
            return None, "{!r} is not a finite number".format(text)
        return value, None

    def when(self, texts: list[str], key) -> tuple[dt.datetime | None, str | None]:
        """The UTC time of a row's time cells, or ``(None, reason)``."""
        text = " ".join(t.strip() for t in texts)
        if not text:
            return None, "no time"
        fmt = self.mapping.time_format
        try:
            if fmt in ("epoch", "epoch_ms"):
                seconds = float(text.replace(",", ".") if self.decimal_comma else text)
                when = dt.datetime.fromtimestamp(seconds / (1000.0 if fmt == "epoch_ms" else 1.0), UTC)
            else:
                naive = self.naive_cache.get(text)
                if naive is None:
                    naive = (dt.datetime.fromisoformat(text[:-1] + "+00:00" if text[-1] in "zZ" else text)
                             if fmt == "iso" else dt.datetime.strptime(text, fmt))
                    if len(self.naive_cache) > 100_000:
                        self.naive_cache.clear()
                    self.naive_cache[text] = naive
                if naive.tzinfo is not None:
                    when = naive.astimezone(UTC)
                else:
                    when, reason = self.local.to_utc(naive, key)
                    if reason:
                        return None, "time {!r} {}".format(text, reason)
        except (ValueError, OverflowError, OSError):
            expected = "ISO 8601" if fmt == "iso" else fmt
            return None, "unreadable time {!r} (expected {})".format(text, expected)
        if when > self.latest:
            return None, "time {!r} ({}) is more than a day in the future".format(
                text, when.strftime("%Y-%m-%dT%H:%M:%SZ"))
        return when, None

    def refuse(self, tap: _LineTap, line: int, reason: str, values: int = 1) -> None:
        self.bad.append((tap.raw(), "line {}: {}".format(line, reason)))
        self.result.rejected += values

    def add(self, sensor_id: int, when: dt.datetime, value: float) -> None:
        self.readings.append({"sensor_id": sensor_id, "phenomenon_time": when, "value": value,
                              "quality": "ok", "source_id": None})

    def flush(self) -> None:
        if not self.readings and not self.bad:
            return
        page = ingest.write_readings(self.store, self.readings, self.bad, quarantine_source=self.source)
        self.result.new += page.new
        self.result.duplicate += page.duplicate
        self.readings, self.bad = [], []

    # -- layouts ---------------------------------------------------------------
    def records(self, rows, tap: _LineTap):
        """``(line number, fields)`` of the data lines; blank lines are skipped, unreadable ones refused."""
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as exc:
                self.result.rows += 1
                self.refuse(tap, rows.line_num, "unreadable CSV line ({})".format(exc))
                tap.taken.clear()
                continue
            if not any(row):
                self.result.blank += 1
                tap.taken.clear()
                continue
            self.result.rows += 1
            yield rows.line_num, row

    def wide(self, rows, tap: _LineTap, header: list[str], fids: dict, tick: Callable) -> None:
        m = self.mapping
        width = len(header)
        time_idx = [header.index(c) for c in m.time_columns]
        cells = [(header.index(column), fids[column]) for column in m.sensors]
        unnamed_tail = [not any(header[i:]) for i in range(width + 1)]  # only unnamed columns from i on
        for line, row in self.records(rows, tap):
            if len(row) != width and (len(row) < width and not unnamed_tail[len(row)]
                                      or any(c.strip() for c in row[width:])):
                present = sum(1 for i, _ in cells if i < len(row) and row[i].strip())
                self.refuse(tap, line, "{} fields where the header has {}".format(len(row), width), max(1, present))
            else:
                when, reason = self.when([row[i] for i in time_idx], None)
                if reason:
                    values = [self.value(row[i]) for i, _ in cells]
                    gaps = sum(1 for v, r in values if v is None and r is None)
                    self.result.missing += gaps
                    self.refuse(tap, line, reason, len(values) - gaps)
                else:
                    for i, fid in cells:
                        value, reason = self.value(row[i])
                        if reason:
                            self.refuse(tap, line, "column {}: {}".format(header[i], reason))
                        elif value is None:
                            self.result.missing += 1
                        else:
                            self.add(fid, when, value)
            tap.taken.clear()
            if len(self.readings) >= self.batch_size or len(self.bad) >= _MAX_BAD:
                self.flush()
            if self.result.rows % _TICK == 0:
                tick()

    def long(self, rows, tap: _LineTap, header: list[str], sensors: _LongSensors, tick: Callable) -> None:
        m = self.mapping
        time_idx = [header.index(c) for c in m.time_columns]
        s_idx, v_idx = header.index(m.sensor_column), header.index(m.value_column)
        u_idx = header.index(m.unit_column) if m.unit_column in header else None
        need = max([s_idx, v_idx, *time_idx] + ([u_idx] if u_idx is not None else []))
        for line, row in self.records(rows, tap):
            if len(row) <= need:
                self.refuse(tap, line, "{} fields where the header has {}".format(len(row), len(header)))
            else:
                ident = row[s_idx].strip()
                unit = row[u_idx].strip() if u_idx is not None else ""
                value, reason = self.value(row[v_idx])
                if reason:
                    self.refuse(tap, line, "value {}".format(reason))
                elif value is None:
                    self.result.missing += 1
                else:
                    sensor, reason = sensors.get(ident, unit)
                    when, time_reason = (None, None) if reason else self.when([row[i] for i in time_idx], ident)
                    if reason or time_reason:
                        self.refuse(tap, line, reason or time_reason)
                    else:
                        self.add(sensor, when, value)
            tap.taken.clear()
            if len(self.readings) >= self.batch_size or len(self.bad) >= _MAX_BAD:
                self.flush()
            if self.result.rows % _TICK == 0:
                tick()


class _LongSensors:
    """Sensor ids of a long file → sensors.fid; registers unknown ids when the mapping allows it."""

    def __init__(self, store, mapping: CsvMapping, source: str, fids: dict, units: dict):
        self.store, self.mapping, self.source = store, mapping, source
        self.fids, self.units = fids, units
        self.registered = 0

    def get(self, ident: str, unit: str) -> tuple[int | None, str | None]:
        fid = self.fids.get(ident)
        if fid is None:
            auto = self.mapping.auto_register
            if not ident:
                return None, "no sensor id"
            if auto is None:
                return None, "unknown sensor {!r} (not in the mapping, and auto_register is off)".format(ident)
            spec = self.mapping.auto_sensor(ident, unit or None)
            fid = register_sensors(self.store, [spec], self.source)[ident]
            self.fids[ident], self.units[ident] = fid, spec.unit
            self.registered += 1
        known = self.units.get(ident)
        if unit and known and unit != known:
            return None, "unit {!r} differs from sensor {}'s unit {!r}".format(unit, ident, known)
        return fid, None


def register_sensors(store, specs, source: str) -> dict:
    """Upsert the mapping's sensors (idempotent on code); returns mapping key → sensors.fid.

    A sensor without a location in the mapping keeps the location and link it has in the store.
    """
    rows = []
    for spec in specs:
        row = dict(code=spec.code, name=spec.name, kind=spec.kind, observed_property=spec.observed_property,
                   unit=spec.unit, source="{}#{}".format(source, spec.key))
        geom = spec.geometry()
        if geom is not None:
            row.update(geom=geom, area_code=None, linked_layer=None, linked_code=None)
        rows.append(row)
    ingest.link_sensors(store, rows)
    with store.transaction() as writer:
        for located in (True, False):  # one column set per upsert
            part = [r for r in rows if ("geom" in r) is located]
            if part:
                writer.upsert("sensors", part, key="code")
    fids = {r["code"]: r["fid"] for r in store.rows("sensors", ["fid", "code"])}
    return {spec.key: fids[spec.code] for spec in specs}


def _text_lines(binary, encoding: str):
    return io.TextIOWrapper(binary, encoding=encoding, errors="replace", newline="")


def import_readings_csv(
    store,
    path,
    mapping: CsvMapping | dict | str,
    timezone: str | None = None,
    is_canceled: Callable[[], bool] | None = None,
    progress: Callable[[float, str], None] | None = None,
    batch_size: int = BATCH_SIZE,
    now: dt.datetime | None = None,
) -> CsvImportResult:
    """Import the readings of the CSV file ``path`` described by ``mapping`` into ``store``.

    ``mapping``: a :class:`CsvMapping`, its JSON dict, or JSON text / a ``.json`` path / a bundled
    mapping name (:func:`load_mapping`). ``timezone`` overrides the mapping's zone for naive times.
    Raises :class:`MappingError` (a :class:`ValueError`) for a mapping or header that cannot work,
    before anything is written; bad lines never raise: they are quarantined and counted.
    """
    path = Path(path)
    if not isinstance(mapping, CsvMapping):
        mapping = CsvMapping.from_dict(mapping if isinstance(mapping, dict) else load_mapping(mapping))
    if not path.is_file():
        raise MappingError("The CSV file {} does not exist.".format(path))
    zone = parse_timezone(timezone or mapping.timezone)
    result = CsvImportResult()
    importer = _Importer(store, path, mapping, zone, now, batch_size, result)
    source = importer.source
    started = time.perf_counter()
    ingest.set_status(store, source, last_run_start=dt.datetime.now(UTC), last_run_end=None, last_error=None)
    size = max(1, os.path.getsize(path))
    try:
        with open(path, "rb") as binary:
            text = _text_lines(binary, mapping.encoding)
            for _ in range(mapping.skip_rows):
                text.readline()
            tap = _LineTap(text)
            rows = csv.reader(tap, delimiter=mapping.delimiter, quotechar=mapping.quotechar)
            header = [h.strip() for h in next(rows, [])]
            tap.taken.clear()
            result.ignored_columns = mapping.check_header(header)
            specs = mapping.sensor_specs()
            fids = register_sensors(store, specs, source) if specs else {}
            result.sensors = len(specs)

            def tick():
                if is_canceled and is_canceled():
                    raise _ImportCanceledError()
                if progress:
                    progress(min(99.0, 100.0 * binary.tell() / size),
                             "{:,} lines, {:,} readings read".format(result.rows, result.new + len(importer.readings)))

            if mapping.layout == "wide":
                importer.wide(rows, tap, header, fids, tick)
            else:
                sensors = _LongSensors(store, mapping, source, fids, {s.key: s.unit for s in specs})
                try:
                    importer.long(rows, tap, header, sensors, tick)
                finally:
                    result.sensors += sensors.registered
            tick()
            importer.flush()
    except _ImportCanceledError:
        result.canceled = True
    except BaseException as exc:
        result.seconds = time.perf_counter() - started
        try:
            _record(store, source, result, str(exc) or type(exc).__name__)
        except Exception:  # the store itself may be what failed: keep the original error
            log.exception("Could not record the failed CSV import of %s", path)
        raise
    result.seconds = time.perf_counter() - started
    _record(store, source, result, "canceled" if result.canceled else None)
    if progress:
        progress(100.0, "Done")
    log.info("CSV import of %s: %s (%.0f rows/s)", path, result, result.rows_per_second)
    return result


def _record(store, source: str, result: CsvImportResult, error: str | None) -> None:
    ingest.set_status(store, source, last_run_end=dt.datetime.now(UTC), new=result.new,
                      duplicate=result.duplicate, rejected=result.rejected, sensors=result.sensors,
                      last_error=error)

