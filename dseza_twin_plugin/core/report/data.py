"""What the zone report reads from a twin store: the area, its sensors and their daily means.

Works on both backends (GeoPackage and PostGIS) through the store's own ``rows`` and ``query``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .formatting import parse_day

AREA_COLUMNS = ("code", "name_vi", "name_en", "kind", "district", "established", "operator", "published_area_ha")
SENSOR_COLUMNS = ("fid", "code", "name", "kind", "observed_property", "unit", "area_code")
#: Days the sensor chart covers, ending on the newest day with readings.
CHART_DAYS = 30
PASS, FAIL, INSUFFICIENT = "pass", "fail", "insufficient_data"


class UnknownAreaError(LookupError):
    """The area code is not in the store; ``valid`` lists the codes that are."""

    def __init__(self, code: str, valid: list[str]):
        self.code, self.valid = code, valid
        super().__init__("There is no functional area '{}' in the store. Valid codes: {}.".format(
            code, ", ".join(valid) if valid else "none (the store has no functional areas)"))


def area_info(store, code: str) -> dict:
    """The functional area's attributes (without geometry); :class:`UnknownAreaError` when it is not there."""
    rows = store.rows("functional_areas", list(AREA_COLUMNS), order_by="code")
    for row in rows:
        if row["code"] == code:
            return dict(row)
    raise UnknownAreaError(code, sorted(str(r["code"]) for r in rows if r["code"]))


def area_sensors(store, code: str) -> list[dict]:
    """The sensors whose ``area_code`` is the area's, by code."""
    return sorted((dict(r) for r in store.rows("sensors", list(SENSOR_COLUMNS)) if r["area_code"] == code),
                  key=lambda r: str(r["code"]))


@dataclass
class DailySeries:
    """Daily means of some sensors over ``days`` days ending on ``end`` (``None``: no readings at all)."""

    start: dt.date | None
    end: dt.date | None
    #: sensor fid → [(day, mean, min, max), …] in day order
    series: dict[int, list[tuple[dt.date, float | None, float | None, float | None]]] = field(default_factory=dict)

    @property
    def points(self) -> int:
        return sum(len(v) for v in self.series.values())


def daily_series(store, sensor_ids: Iterable[int], days: int = CHART_DAYS, end: dt.date | None = None) -> DailySeries:
    """Daily means from the store's ``readings_daily`` view for ``days`` days ending on ``end``
    (by default the newest day any of the sensors has readings)."""
    ids = sorted({int(i) for i in sensor_ids})
    if not ids:
        return DailySeries(None, None)
    gpkg = store.address.is_gpkg
    p = "?" if gpkg else "%s"
    view = "readings_daily" if gpkg else '"{}"."readings_daily"'.format(store.address.schema)
    marks = ", ".join([p] * len(ids))
    if end is None:
        newest = store.query("SELECT max(day) FROM {} WHERE sensor_id IN ({}) AND n > 0".format(view, marks), ids)
        if not newest or newest[0][0] is None:
            return DailySeries(None, None)
        end = parse_day(newest[0][0])
    start = end - dt.timedelta(days=days - 1)
    bounds = [start.isoformat(), end.isoformat()] if gpkg else [start, end]
    rows = store.query(
        "SELECT sensor_id, day, value_mean, value_min, value_max FROM {} WHERE sensor_id IN ({}) "
        "AND day >= {} AND day <= {} AND n > 0 ORDER BY sensor_id, day".format(view, marks, p, p),
        ids + bounds)
    out = DailySeries(start, end)
    for sensor_id, day, mean, low, high in rows:
        out.series.setdefault(int(sensor_id), []).append((parse_day(day), _float(mean), _float(low), _float(high)))
    return out


def _float(value) -> float | None:
    return None if value is None else float(value)


@dataclass
class ComplianceSummary:
    checked: int
    passed: int
    failed: int
    insufficient: int
    #: (rule id, lots failing it), most failed first
    top_rules: list[tuple[str, int]]
    failing_lots: list[str]


def compliance_summary(verdicts: Iterable[Mapping], top: int = 5) -> ComplianceSummary:
    """Counts of the verdicts (rows with ``code``, ``status``, ``failed_rules`` as 'a, b') of an area's lots."""
    statuses: Counter = Counter()
    rules: Counter = Counter()
    failing = []
    for row in verdicts:
        status = row.get("status")
        statuses[status] += 1
        if status == FAIL:
            failing.append(str(row.get("code")))
            rules.update(r.strip() for r in str(row.get("failed_rules") or "").split(",") if r.strip())
    return ComplianceSummary(sum(statuses.values()), statuses[PASS], statuses[FAIL], statuses[INSUFFICIENT],
                             sorted(rules.items(), key=lambda kv: (-kv[1], kv[0]))[:top], sorted(failing))
