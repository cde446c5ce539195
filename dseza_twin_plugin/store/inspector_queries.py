"""What the zone inspector reads from a twin store: search, pick on the map, and one zone's details.

No widgets, no ``iface``: the GUI runs :func:`load_zone` in a background task on a store connection of its
own, and shows what it returns. Works on both backends (GeoPackage and PostGIS) with plain SQL filtered on
keys (``area_code``, ``zone_code``, ``parcel_code``, ``sensor_id``), so a store with ten million readings
answers in milliseconds: the latest values come from ``readings_latest``, the 30-day chart from
``readings_daily`` and the 7-day chart from the readings of one sensor over seven days (primary key range).

Examples
--------
>>> normalise("Khu công nghiệp Hòa Khánh")
'khu cong nghiep hoa khanh'
>>> normalise("ĐÀ NẴNG")
'da nang'
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from dataclasses import dataclass, field

import shapely

from ..core.inspector import figures as fig
from ..core.inspector.figures import normalise
from . import schema

#: Searchable layers, most specific last (a pick on the map lists the lot first).
TARGET_LAYERS = ("functional_areas", "planning_zones", "parcels")
#: Name column of each searchable layer (functional areas have two).
NAME_COLUMNS = {"functional_areas": ("name_vi", "name_en"), "planning_zones": ("name",), "parcels": ("tenant",)}
#: A zone's or lot's sensors: linked to it, in it, or this close to it (metres, EPSG:5899).
NEAR_M = 250.0
#: Periods of the chart, in days: 7 days are hourly means, 30 days daily means.
CHART_PERIODS = (7, 30)
ALERT_LIMIT = 200
COMPLIANCE_NOTE = ("Compliance verdicts are not kept in the twin store: run 'Check planning compliance' "
                   "(dsezatwin:checkcompliance) for the verdict of each lot with its clauses. Shown here: the "
                   "plan's limits that apply.")

LOT_COLUMNS = ("code", "zone_code", "area_code", "land_use", "status", "tenant", "investor", "sector", "lease_start",
               "lease_end", "registered_capital_usd", "employees", "is_public", "area_m2", "green_area_m2", "geom")
ZONE_COLUMNS = ("code", "area_code", "name", "land_use", "plan_level", "max_coverage_pct", "max_far", "max_height_m",
                "max_floors", "min_green_pct", "min_setback_m", "allowed_uses", "plan_decision", "geom")
AREA_COLUMNS = ("code", "name_vi", "name_en", "kind", "district", "established", "operator", "published_area_ha",
                "geom")
BUILDING_COLUMNS = ("code", "parcel_code", "name", "height_m", "floors", "gfa_m2", "use", "source", "ifc_guid",
                    "project_id", "geom")
PROJECT_COLUMNS = ("code", "permit_no", "parcel_code", "name", "phase", "planned_start", "planned_end",
                   "actual_start", "actual_end", "progress_pct", "status")
SENSOR_COLUMNS = ("fid", "code", "name", "kind", "observed_property", "unit", "source", "linked_layer", "linked_code",
                  "area_code", "geom")
ALERT_COLUMNS = ("fid", "sensor_id", "zone_code", "rule", "window_start", "window_end", "value", "limit_value",
                 "status")



class UnknownTargetError(LookupError):
    """The layer has no feature with that code."""


@dataclass(frozen=True)
class Target:
    """A functional area, planning zone or lot the inspector can show."""

    layer: str
    code: str
    name: str = ""

    @property
    def label(self) -> str:
        return "{} — {}".format(self.code, self.name) if self.name else self.code


# -- SQL on both backends ---------------------------------------------------------------------------------------


def _sql(store, text: str) -> str:
    """``{t}`` → the schema prefix of the backend, ``?`` → its parameter mark."""
    if store.address.is_gpkg:
        return text.replace("{t}", "")
    return text.replace("{t}", '"{}".'.format(store.address.schema)).replace("?", "%s")


def _marks(n: int) -> str:
    return ", ".join(["?"] * n) if n else "NULL"


def _select(store, layer: str, columns, where: str = "", params=()) -> list[dict]:
    """Rows of a layer (or rollup table) as dicts, typed as :meth:`TwinStore.rows` types them."""
    table = schema.metadata.tables[layer]
    gpkg = store.address.is_gpkg
    selects = []
    for c in columns:
        if c == "geom" and not gpkg:
            selects.append('ST_AsBinary("geom") AS geom')
        else:
            selects.append('"{}"'.format(c))
    sql = "SELECT {} FROM {{t}}\"{}\"".format(", ".join(selects), layer) + (" WHERE " + where if where else "")
    records = store.query(_sql(store, sql), [_param(store, p) for p in params])
    cols = [table.c[c] for c in columns]
    if gpkg:
        from .gpkg import _py_value

        return [{c.name: _py_value(c, v) for c, v in zip(cols, rec)} for rec in records]
    out = []
    for rec in records:
        row = dict(zip(columns, rec))
        if row.get("geom") is not None:
            row["geom"] = shapely.from_wkb(bytes(row["geom"]))
        out.append(row)
    return out


def _param(store, value):
    if store.address.is_gpkg and isinstance(value, dt.datetime | dt.date):
        from .gpkg import _sql_value

        return _sql_value(value)
    return value


def _time(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    parsed = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


def _day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# -- search and pick --------------------------------------------------------------------------------------------


def search(store, text: str, limit: int = 50) -> list[Target]:
    """Areas, zones and lots whose code or name holds every word of ``text``, diacritics and case aside.

    Codes that start with the text come first, then areas before zones before lots.
    """
    words = normalise(text).split()
    if not words:
        return []
    hits = []
    for rank, layer in enumerate(TARGET_LAYERS):
        names = NAME_COLUMNS[layer]
        for row in store.query(_sql(store, 'SELECT code, {} FROM {{t}}"{}"'.format(
                ", ".join('"{}"'.format(c) for c in names), layer))):
            code, labels = row[0], [v for v in row[1:] if v]
            haystack = normalise(" ".join([str(code)] + [str(v) for v in labels]))
            if all(w in haystack for w in words):
                starts = normalise(code).startswith(" ".join(words))
                hits.append((0 if starts else 1, rank, str(code), Target(layer, str(code), str(labels[0]) if labels
                                                                          else "")))
    hits.sort(key=lambda h: h[:3])
    return [h[3] for h in hits[:limit]]


def pick(store, x: float, y: float) -> list[Target]:
    """The lot, planning zone and functional area holding the point (EPSG:5899), most specific first."""
    point = shapely.Point(x, y)
    found = []
    for layer in reversed(TARGET_LAYERS):
        name = NAME_COLUMNS[layer][0]
        if store.address.is_gpkg:  # the R-tree narrows to the candidates, shapely decides
            rows = _select(store, layer, ("code", name, "geom"),
                           'fid IN (SELECT id FROM "rtree_{}_geom" WHERE minx <= ? AND maxx >= ? AND miny <= ? '
                           "AND maxy >= ?)".format(layer), (x, x, y, y))
            rows = [r for r in rows if r["geom"] is not None and r["geom"].covers(point)]
        else:
            rows = _select(store, layer, ("code", name),
                           "ST_Covers(geom, ST_SetSRID(ST_MakePoint(?, ?), {}))".format(schema.STORE_SRID), (x, y))
        found += [Target(layer, str(r["code"]), str(r[name] or "")) for r in sorted(rows, key=lambda r: r["code"])]
    return found


# -- one zone's details -----------------------------------------------------------------------------------------


@dataclass
class SensorSeries:
    """Chart points of one sensor: (time, mean, min, max); hourly over 7 days, daily over 30."""

    sensor_id: int | None
    days: int
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    points: list[tuple[dt.datetime, float | None, float | None, float | None]] = field(default_factory=list)


@dataclass
class ZoneDetails:
    """Everything the inspector's tabs show for one target."""

    target: Target
    attributes: dict
    area_ha: float | None
    limits: list[dict]
    compliance_note: str
    indicators: dict | None
    indicator_notes: list[str]
    lots: list[dict]
    lot_status: dict[str, int]
    buildings: list[dict]
    projects: list[dict]
    sensors: list[dict]
    alerts: list[dict]
    series: SensorSeries
    timings_ms: dict[str, float] = field(default_factory=dict)
    #: The stored compliance verdicts (None when none is stored): for a lot, its latest run's rows
    #: ``{"checked_at", "run_id", "rows": [{rule_id, status, value, limit, clause}]}``; for a zone or area,
    #: ``{"checked_at" (newest), "lots" (lots with a verdict), "pass", "fail", "insufficient_data"}`` counted from
    #: the latest verdict of each of its lots.
    verdicts: dict | None = None


def load_zone(store, layer: str, code: str, *, days: int = 30, sensor_id: int | None = None,
              now: dt.datetime | None = None) -> ZoneDetails:
    """All the inspector shows for a functional area, planning zone or lot (``layer``, ``code``).

    ``sensor_id`` picks the sensor of the chart (default: the first of the target's sensors); ``days`` is 7
    (hourly means) or 30 (daily means), ending ``now`` (default: the current time).
    """
    if layer not in TARGET_LAYERS:
        raise ValueError("The inspector shows {}, not '{}'.".format(", ".join(TARGET_LAYERS), layer))
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name):
        nonlocal clock
        now_ = time.perf_counter()
        timings[name] = (now_ - clock) * 1000
        clock = now_

    columns = {"functional_areas": AREA_COLUMNS, "planning_zones": ZONE_COLUMNS, "parcels": LOT_COLUMNS}[layer]
    found = _select(store, layer, columns, "code = ?", (code,))
    if not found:
        raise UnknownTargetError("There is no {} with code '{}' in the store.".format(
            schema.title(layer).lower().rstrip("s") if layer != "parcels" else "land lot", code))
    feature = found[0]
    geom = feature.pop("geom")
    name = feature.get("name_vi") or feature.get("name") or feature.get("tenant") or ""
    target = Target(layer, code, str(name))

    zone = area = None
    zones: list[dict] = []
    if layer == "functional_areas":
        area = dict(feature, geom=geom)
        zones = _select(store, "planning_zones", ZONE_COLUMNS, "area_code = ?", (code,))
        lots = _select(store, "parcels", LOT_COLUMNS, "area_code = ?", (code,))
    elif layer == "planning_zones":
        zone = dict(feature, geom=geom)
        zones = [zone]
        lots = _select(store, "parcels", LOT_COLUMNS, "zone_code = ?", (code,))
    else:
        lots = [dict(feature, geom=geom)]
        if feature.get("zone_code"):
            zone = next(iter(_select(store, "planning_zones", ZONE_COLUMNS, "code = ?", (feature["zone_code"],))),
                        None)
    lap("land")
    lot_codes = [r["code"] for r in lots]
    buildings = _in(store, "buildings", BUILDING_COLUMNS, "parcel_code", lot_codes)
    projects = _in(store, "construction_projects", PROJECT_COLUMNS, "parcel_code", lot_codes)
    lap("buildings_projects")

    if layer == "functional_areas":
        roads = _select(store, "network_links", ("width_m", "geom"), "area_code = ? AND network = 'road'", (code,))
        indicators, notes = fig.area_indicators(area, zones, lots, buildings, roads)
    elif layer == "planning_zones":
        indicators, notes = fig.zone_indicators(zone, lots, buildings)
    else:
        indicators, notes = fig.lot_measures(lots[0], zone, buildings), []
    lap("indicators")

    sensors = _sensors(store, layer, code, geom)
    lap("sensors")
    alerts = _alerts(store, [s["fid"] for s in sensors], [code] + [z["code"] for z in zones] + lot_codes)
    lap("alerts")
    chosen = sensor_id if sensor_id is not None else (sensors[0]["fid"] if sensors else None)
    series = sensor_series(store, chosen, days, now) if chosen is not None else SensorSeries(None, days)
    lap("chart")

    verdicts = _verdicts(store, layer, lot_codes)
    lap("verdicts")

    for row in lots + buildings:
        row.pop("geom", None)
    attributes = dict(feature)
    limits = fig.plan_limits(zone)
    return ZoneDetails(
        target=target, attributes=attributes, area_ha=float(geom.area) / 1e4 if geom is not None else None,
        limits=limits, compliance_note=COMPLIANCE_NOTE, indicators=indicators, indicator_notes=notes,
        lots=sorted(lots, key=lambda r: r["code"]), lot_status=dict(Counter(r.get("status") for r in lots)),
        buildings=sorted(buildings, key=lambda r: r["code"]), projects=sorted(projects, key=lambda r: r["code"]),
        sensors=sensors, alerts=alerts, series=series, timings_ms=timings, verdicts=verdicts)


VERDICT_COLUMNS = ("fid", "lot_code", "status", "rule_id", "clause", "value", "limit", "checked_at", "run_id")


def _has_table(store, name: str) -> bool:
    if store.address.is_gpkg:
        return bool(store.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]))
    return store.query("SELECT to_regclass(%s)", ['"{}"."{}"'.format(store.address.schema, name)])[0][0] is not None


def _verdicts(store, layer: str, lot_codes: list[str]) -> dict | None:
    """The stored compliance verdicts of a lot (its latest run), or of a zone's or area's lots (counts)."""
    if not lot_codes or not _has_table(store, "compliance_verdicts"):
        return None
    latest = "SELECT lot_code, max(checked_at) AS checked_at FROM {{t}}compliance_verdicts WHERE lot_code IN ({}) " \
             "GROUP BY lot_code"
    rows: list[dict] = []
    for start in range(0, len(lot_codes), 500):
        chunk = lot_codes[start:start + 500]
        where = "(lot_code, checked_at) IN ({})".format(latest.format(_marks(len(chunk))))
        rows += _select(store, "compliance_verdicts", VERDICT_COLUMNS, where, chunk)
    if not rows:
        return None
    for row in rows:
        row["checked_at"] = _time(row["checked_at"])
    newest = max(r["checked_at"] for r in rows)
    if layer == "parcels":
        run = max(rows, key=lambda r: (r["checked_at"], r["fid"]))["run_id"]
        mine = sorted((r for r in rows if r["run_id"] == run), key=lambda r: (_STATUS_ORDER.get(r["status"], 3),
                                                                             r["rule_id"]))
        return {"checked_at": newest, "run_id": run,
                "rows": [{k: r[k] for k in ("rule_id", "status", "value", "limit", "clause")} for r in mine]}
    per_lot: dict[str, set] = {}
    for r in rows:
        per_lot.setdefault(r["lot_code"], set()).add(r["status"])
    counts = Counter(fig_status for fig_status in (
        "fail" if "fail" in st else "insufficient_data" if "insufficient_data" in st else "pass"
        for st in per_lot.values()))
    return {"checked_at": newest, "lots": len(per_lot), "pass": counts.get("pass", 0),
            "fail": counts.get("fail", 0), "insufficient_data": counts.get("insufficient_data", 0)}


_STATUS_ORDER = {"fail": 0, "insufficient_data": 1, "pass": 2}


def _in(store, layer: str, columns, key: str, values: list) -> list[dict]:
    out: list[dict] = []
    for start in range(0, len(values), 500):
        chunk = values[start:start + 500]
        out += _select(store, layer, columns, '"{}" IN ({})'.format(key, _marks(len(chunk))), chunk)
    return out


def _sensors(store, layer: str, code: str, geom) -> list[dict]:
    """The target's sensors with their latest reading and the threshold pack's limit."""
    rows = _select(store, "sensors", SENSOR_COLUMNS)
    near = geom.buffer(NEAR_M) if geom is not None and layer != "functional_areas" else geom
    if near is not None:
        shapely.prepare(near)
    chosen = []
    for s in rows:
        linked = s["linked_layer"] == layer and s["linked_code"] == code
        in_area = layer == "functional_areas" and s["area_code"] == code
        inside = near is not None and s["geom"] is not None and near.covers(s["geom"])
        if linked or in_area or inside:
            s["distance_m"] = float(geom.distance(s["geom"])) if geom is not None and s["geom"] is not None else None
            s.pop("geom")
            chosen.append(s)
    ids = [s["fid"] for s in chosen]
    latest = {r["sensor_id"]: r for r in _in(store, "readings_latest", ("sensor_id", "phenomenon_time", "value",
                                                                          "quality"), "sensor_id", ids)}
    pack = fig.threshold_pack()
    for s in chosen:
        last = latest.get(s["fid"], {})
        s["time"], s["value"], s["quality"] = _time(last.get("phenomenon_time")), last.get("value"), last.get("quality")
        s.update(fig.limit_of(pack, s["observed_property"], s["unit"], s["value"]))
    return sorted(chosen, key=lambda s: s["code"])


def _alerts(store, sensor_ids: list[int], zone_codes: list[str]) -> list[dict]:
    where, params = [], []
    if sensor_ids:
        where.append("sensor_id IN ({})".format(_marks(len(sensor_ids))))
        params += sensor_ids
    codes = zone_codes[:900]
    if codes:
        where.append("zone_code IN ({})".format(_marks(len(codes))))
        params += codes
    if not where:
        return []
    rows = _select(store, "alerts", ALERT_COLUMNS, " OR ".join(where), params)
    for row in rows:
        row["window_start"], row["window_end"] = _time(row["window_start"]), _time(row["window_end"])
    rows.sort(key=lambda r: (r["window_end"] or dt.datetime.min.replace(tzinfo=dt.timezone.utc)), reverse=True)
    return rows[:ALERT_LIMIT]


def sensor_series(store, sensor_id: int, days: int = 30, now: dt.datetime | None = None) -> SensorSeries:
    """The chart of one sensor: hourly means of the last 7 days, or daily means of the last 30 (Việt Nam's
    calendar days, from ``readings_daily``), ending ``now``."""
    if days not in CHART_PERIODS:
        raise ValueError("The chart covers 7 or 30 days, not {}.".format(days))
    now = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    out = SensorSeries(int(sensor_id), days, now - dt.timedelta(days=days), now)
    gpkg = store.address.is_gpkg
    if days == 30:
        local_today = (now + dt.timedelta(hours=7)).date()
        first = local_today - dt.timedelta(days=days - 1)
        rows = store.query(_sql(store, "SELECT day, value_mean, value_min, value_max FROM {t}readings_daily "
                                       "WHERE sensor_id = ? AND day >= ? AND day <= ? AND n > 0 ORDER BY day"),
                           [int(sensor_id), _param(store, first), _param(store, local_today)])
        for day, mean, low, high in rows:
            # a local day is drawn at its local noon (05:00 UTC)
            when = dt.datetime.combine(_day(day), dt.time(5), tzinfo=dt.timezone.utc)
            out.points.append((when, _f(mean), _f(low), _f(high)))
        out.start = dt.datetime.combine(first, dt.time(0), tzinfo=dt.timezone.utc) - dt.timedelta(hours=7)
        return out
    start = now - dt.timedelta(days=days)
    hour = "substr(phenomenon_time, 1, 13)" if gpkg else "date_trunc('hour', phenomenon_time)"
    rows = store.query(_sql(store, "SELECT {h}, avg(value), min(value), max(value) FROM {{t}}readings "
                                   "WHERE sensor_id = ? AND phenomenon_time >= ? AND phenomenon_time <= ? "
                                   "AND value IS NOT NULL GROUP BY 1 ORDER BY 1".format(h=hour)),
                       [int(sensor_id), _param(store, start), _param(store, now)])
    for when, mean, low, high in rows:
        if gpkg:
            when = dt.datetime.fromisoformat(str(when) + ":00:00+00:00")
        out.points.append((when, _f(mean), _f(low), _f(high)))
    return out


def _f(value) -> float | None:
    return None if value is None else float(value)
