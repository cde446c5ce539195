"""Exceedance and anomaly alerts over sensor readings (pure numpy; no QGIS, no store).

Averaging windows (see the pack's ``averaging`` block):

- **1 hour**: the mean of a sensor's valid readings within one clock hour (UTC hours; Việt Nam's UTC+7 has
  whole hours, so they are also local clock hours). The sensor's sampling interval is taken as the median
  step between its readings; an hour is valid with at least 75 % of the readings that interval gives
  (one reading for an hourly sensor, 9 of 12 for a 5-minute sensor).
- **8 hours** (CO, O3): rolling means of 8 consecutive hourly means, one ending at every hour; a window is
  valid with at least 6 of its 8 hours (75 %).
- **24 hours**: QCVN 05:2023 judges daily means; the day is the calendar day in local time
  (Asia/Ho_Chi_Minh, 00:00–24:00, UTC+7), as in Việt Nam's daily AQI practice. A day is valid with at least
  18 of its 24 hourly means (75 %).
- **Noise** (QCVN 26:2010): hourly LAeq judged against the day limit for hours starting 06:00–20:00 local and
  the night limit for hours starting 21:00–05:00 local.

``suspect`` readings are excluded everywhere; a value exactly at the limit is not an exceedance. Consecutive
exceeding windows of one rule merge into one alert (window from the first start to the last end, value the
worst). Annual limits are not judged.

Anomalies: each valid hourly mean is compared with the sensor's own history at the same local time of day —
the hourly means at the same hour ±1 h on each of the previous 14 days (at least 9 of them). With ``m`` their
median and ``MAD`` their median absolute deviation, ``z = 0.6745 (x − m) / MAD``; ``|z| > 3.5`` flags an
anomaly (Iglewicz & Hoaglin's modified z-score). Comparing like hours with like hours keeps ordinary daily
cycles (rush hours, quiet nights) from being flagged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from .thresholds import Limit, ThresholdPack, unit_factor

HOUR = 3600
LOCAL_OFFSET_H = 7  # Asia/Ho_Chi_Minh: UTC+7, no daylight saving
MIN_COVERAGE = 0.75
ANOMALY_Z = 3.5
ANOMALY_DAYS = 14
ANOMALY_HALF_WIDTH_H = 1
ANOMALY_MIN_HISTORY = 9
ANOMALY_MIN_RESIDUALS = 24
ANOMALY_RULE = "robust-z"
_WIDTH = {"1h": 1, "8h": 8, "24h": 24}


@dataclass
class SensorSeries:
    """One sensor's readings: epoch seconds (UTC), values, and a mask of readings to use (not suspect)."""

    sensor_id: int
    code: str
    observed_property: str | None
    unit: str | None
    times: np.ndarray
    values: np.ndarray
    usable: np.ndarray


@dataclass
class Alert:
    sensor_id: int
    sensor_code: str
    kind: str  # 'exceedance' or 'anomaly'
    parameter: str
    rule: str
    clause: str
    window_start: dt.datetime
    window_end: dt.datetime
    value: float
    limit: float
    uncertain: bool = False


@dataclass
class Evaluation:
    alerts: list[Alert] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def epoch_seconds(when: dt.datetime) -> int:
    if when.tzinfo is None:
        raise ValueError("A time without a time zone is ambiguous: {}".format(when))
    return int(when.timestamp())


def _utc(seconds: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(int(seconds), dt.timezone.utc)


def series_from_rows(sensors: list[dict], readings: list[dict]) -> list[SensorSeries]:
    """Group store rows (``sensors``, ``readings``) into one :class:`SensorSeries` per sensor with readings."""
    by_sensor: dict[int, list[dict]] = {}
    for r in readings:
        if r.get("value") is None or r.get("phenomenon_time") is None:
            continue
        by_sensor.setdefault(int(r["sensor_id"]), []).append(r)
    out = []
    for s in sensors:
        rows = by_sensor.get(int(s["fid"]))
        if not rows:
            continue
        times = np.array([epoch_seconds(r["phenomenon_time"]) for r in rows], dtype=np.int64)
        values = np.array([float(r["value"]) for r in rows], dtype=float)
        usable = np.array([(r.get("quality") or "ok") != "suspect" for r in rows]) & np.isfinite(values)
        order = np.argsort(times, kind="stable")
        out.append(SensorSeries(int(s["fid"]), str(s.get("code") or s["fid"]), s.get("observed_property"),
                                s.get("unit"), times[order], values[order], usable[order]))
    return out


def readings_per_hour(times: np.ndarray) -> int:
    """Readings an hour should hold, from the median step between a sensor's readings (at least 1)."""
    steps = np.diff(np.unique(np.asarray(times)))
    if len(steps) == 0:
        return 1
    return max(1, int(round(HOUR / float(np.median(steps)))))


def hourly_means(times: np.ndarray, values: np.ndarray, usable: np.ndarray,
                 coverage: float = MIN_COVERAGE) -> tuple[int, np.ndarray]:
    """(first hour index since the epoch, hourly means; NaN where an hour has too few usable readings)."""
    keep = np.asarray(usable, dtype=bool)
    t, v = np.asarray(times)[keep], np.asarray(values, dtype=float)[keep]
    if len(t) == 0:
        return 0, np.empty(0)
    needed = np.ceil(coverage * readings_per_hour(times))
    hours = t // HOUR
    h0 = int(hours.min())
    idx = hours - h0
    n = int(idx.max()) + 1
    sums = np.bincount(idx, weights=v, minlength=n)
    counts = np.bincount(idx, minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        return h0, np.where(counts >= max(needed, 1), sums / np.maximum(counts, 1), np.nan)


def rolling_means(hourly: np.ndarray, width: int, coverage: float = MIN_COVERAGE) -> np.ndarray:
    """Mean of the ``width`` hours ending at each hour (NaN where fewer than ``coverage`` of them are valid)."""
    n = len(hourly)
    valid = np.isfinite(hourly)
    csum = np.concatenate([[0.0], np.cumsum(np.where(valid, hourly, 0.0))])
    ccount = np.concatenate([[0], np.cumsum(valid)])
    end = np.arange(1, n + 1)
    start = np.maximum(end - width, 0)
    counts = ccount[end] - ccount[start]
    sums = csum[end] - csum[start]
    ok = (end - width >= 0) & (counts >= np.ceil(coverage * width))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(ok, sums / np.maximum(counts, 1), np.nan)


def daily_means(h0: int, hourly: np.ndarray, coverage: float = MIN_COVERAGE) -> tuple[np.ndarray, np.ndarray]:
    """(local day start in epoch hours, mean) of each local calendar day with enough valid hours."""
    if len(hourly) == 0:
        return np.empty(0, dtype=np.int64), np.empty(0)
    hours = h0 + np.arange(len(hourly))
    day = (hours + LOCAL_OFFSET_H) // 24
    d0 = int(day[0])
    idx = day - d0
    valid = np.isfinite(hourly)
    sums = np.bincount(idx, weights=np.where(valid, hourly, 0.0))
    counts = np.bincount(idx, weights=valid.astype(float))
    ok = counts >= np.ceil(coverage * 24)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = np.where(ok, sums / np.maximum(counts, 1), np.nan)
    starts = (d0 + np.arange(len(sums))) * 24 - LOCAL_OFFSET_H
    return starts.astype(np.int64), means


def local_hour(hour_index: np.ndarray) -> np.ndarray:
    return (np.asarray(hour_index) + LOCAL_OFFSET_H) % 24


def is_day_hour(hour_index: np.ndarray) -> np.ndarray:
    """QCVN 26:2010's day period: hours starting 06:00 to 20:00 local (6–21 h); the rest is night."""
    lh = local_hour(hour_index)
    return (lh >= 6) & (lh < 21)


def _exceeds(values: np.ndarray, limit: Limit) -> np.ndarray:
    over = np.zeros(len(values), dtype=bool)
    finite = np.isfinite(values)
    if limit.max is not None:
        over |= finite & (values > limit.max)
    if limit.min is not None:
        over |= finite & (values < limit.min)
    return over


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """[start, stop) index ranges of consecutive True values."""
    if not mask.any():
        return []
    edges = np.diff(np.concatenate([[0], mask.astype(np.int8), [0]]))
    return list(zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist()))


def _worst(values: np.ndarray, limit: Limit) -> float:
    if limit.max is not None and np.nanmax(values) > limit.max:
        return float(np.nanmax(values))
    return float(np.nanmin(values))


def exceedances(series: SensorSeries, parameter_name: str, limits: list[Limit], factor: float = 1.0) -> list[Alert]:
    """Alerts of one sensor against its parameter's limits (values multiplied by ``factor`` first)."""
    h0, hourly = hourly_means(series.times, series.values * factor, series.usable)
    alerts: list[Alert] = []
    if len(hourly) == 0:
        return alerts
    hours = h0 + np.arange(len(hourly))
    for limit in limits:
        if limit.averaging == "year":
            continue
        if limit.averaging == "24h":
            starts, values = daily_means(h0, hourly)
            ends = starts + 24
        else:
            width = _WIDTH[limit.averaging]
            values = hourly if width == 1 else rolling_means(hourly, width)
            starts, ends = hours - width + 1, hours + 1
        over = _exceeds(values, limit)
        if limit.period is not None and limit.averaging == "1h":
            over &= is_day_hour(starts) if limit.period == "day" else ~is_day_hour(starts)
        for a, b in _runs(over):
            alerts.append(Alert(series.sensor_id, series.code, "exceedance", parameter_name, limit.rule,
                                "{} {}".format(limit.standard, limit.clause), _utc(starts[a] * HOUR),
                                _utc(ends[b - 1] * HOUR), _worst(values[a:b], limit), limit.bound(),
                                limit.uncertain))
    return alerts


def _trailing(values: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Matrix of ``values[t + offset]`` per hour ``t`` (NaN outside the series)."""
    n = len(values)
    if n == 0:
        return np.empty((0, len(offsets)))
    idx = np.arange(n)[:, None] + offsets[None, :]
    inside = (idx >= 0) & (idx < n)
    return np.where(inside, values[np.clip(idx, 0, n - 1)], np.nan)


def robust_z(hourly: np.ndarray, days: int = ANOMALY_DAYS, half_width: int = ANOMALY_HALF_WIDTH_H,
             min_history: int = ANOMALY_MIN_HISTORY,
             min_residuals: int = ANOMALY_MIN_RESIDUALS) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(z, expected value, scale) of each hourly mean against the sensor's own trailing history.

    The expected value ``m`` is the median of the same local hours ±``half_width`` on each of the previous
    ``days`` days (at least ``min_history`` of them); the residuals ``x − m`` of the previous ``days`` days
    (every hour, at least ``min_residuals``) give the scale, their median absolute deviation ``MAD``; then
    ``z = 0.6745 (x − m) / MAD``.
    """
    n = len(hourly)
    z, expected, scale = np.full(n, np.nan), np.full(n, np.nan), np.full(n, np.nan)
    if n == 0:
        return z, expected, scale
    same_hours = np.array([-24 * d + k for d in range(1, days + 1) for k in range(-half_width, half_width + 1)])
    ref = _trailing(hourly, same_hours)
    enough = (np.isfinite(ref).sum(axis=1) >= min_history)
    if enough.any():
        expected[enough] = np.nanmedian(ref[enough], axis=1)
    residual = hourly - expected
    past = _trailing(residual, -np.arange(1, 24 * days + 1))
    has_scale = (np.isfinite(past).sum(axis=1) >= min_residuals) & np.isfinite(residual)
    if has_scale.any():
        sub = past[has_scale]
        centre = np.nanmedian(sub, axis=1)
        mad = np.nanmedian(np.abs(sub - centre[:, None]), axis=1)
        scale[has_scale] = np.maximum(mad, 1e-6 * np.maximum(1.0, np.abs(expected[has_scale])))
        z[has_scale] = 0.6745 * residual[has_scale] / scale[has_scale]
    return z, expected, scale


def anomalies(series: SensorSeries, parameter_name: str, threshold: float = ANOMALY_Z) -> list[Alert]:
    """Runs of hours whose robust z-score against the sensor's own history exceeds ``threshold``."""
    h0, hourly = hourly_means(series.times, series.values, series.usable)
    if len(hourly) == 0:
        return []
    z, med, mad = robust_z(hourly)
    flagged = np.isfinite(z) & (np.abs(z) > threshold)
    alerts = []
    for a, b in _runs(flagged):
        k = a + int(np.nanargmax(np.abs(z[a:b])))
        bound = med[k] + np.sign(z[k]) * threshold * mad[k] / 0.6745
        alerts.append(Alert(series.sensor_id, series.code, "anomaly", parameter_name, ANOMALY_RULE,
                            "robust z-score |z| > {:g} (median/MAD of the same local hours ±{} h, previous {} days)"
                            .format(threshold, ANOMALY_HALF_WIDTH_H, ANOMALY_DAYS),
                            _utc((h0 + a) * HOUR), _utc((h0 + b) * HOUR), float(hourly[k]), float(bound)))
    return alerts


def history_needed() -> dt.timedelta:
    """How far before ``since`` the readings must go for :func:`evaluate` to give the alerts of ``[since, …)``
    as the whole history would: the anomaly reference looks back ``ANOMALY_DAYS`` days at residuals that
    themselves look back ``ANOMALY_DAYS`` days; a day more for the 24-hour windows, a day of margin."""
    return dt.timedelta(days=2 * ANOMALY_DAYS + 2)


def evaluate(series: list[SensorSeries], pack: ThresholdPack, variants: tuple[str, ...] | None = None,
             since: dt.datetime | None = None, until: dt.datetime | None = None,
             with_anomalies: bool = True) -> Evaluation:
    """Exceedance and anomaly alerts of every sensor, kept when their window overlaps ``[since, until)``.

    The whole history is used for the windows and the anomaly reference; ``since``/``until`` only select
    the alerts reported.
    """
    result = Evaluation()
    for s in series:
        parameter = pack.match(s.observed_property)
        name = parameter.name if parameter else (s.observed_property or "")
        if parameter is None:
            result.notes.append("Sensor {}: no threshold for '{}'.".format(s.code, s.observed_property))
        else:
            factor = unit_factor(s.unit, parameter.unit)
            if factor is None:
                result.notes.append("Sensor {}: unit '{}' cannot be compared with the pack's '{}'; not judged."
                                    .format(s.code, s.unit, parameter.unit))
            else:
                result.alerts += exceedances(s, parameter.name, pack.limits_for(parameter, variants), factor)
        if with_anomalies:
            result.alerts += anomalies(s, name)
    if since is not None:
        result.alerts = [a for a in result.alerts if a.window_end > since]
    if until is not None:
        result.alerts = [a for a in result.alerts if a.window_start < until]
    result.alerts.sort(key=lambda a: (a.sensor_code, a.window_start, a.kind, a.rule))
    return result
