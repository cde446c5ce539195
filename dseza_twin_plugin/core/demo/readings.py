"""Hourly sensor readings with daily cycles, seeded noise, gaps, outliers and exceedance episodes.

Readings cover ``[end - days, end)`` hour by hour (UTC), with the daily cycles
of local time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving):

============  ===========================  ==========================================================
tag           value                        limit (used for episodes)
============  ===========================  ==========================================================
AQ-PM25       PM2.5, µg/m³; rush-hour      QCVN 05:2023/BTNMT, 24-hour mean ≤ 50 µg/m³
              peaks, day-to-day weather
AQ-NO2        NO2, µg/m³; traffic peaks    QCVN 05:2023/BTNMT, 1-hour mean ≤ 200 µg/m³
WQ-COD        COD, mg/L, treated effluent  QCVN 40:2011/BTNMT column A, COD ≤ 75 mg/L
NS-LAEQ       LAeq,1h, dBA                 QCVN 26:2010/BTNMT ordinary area: 70 dBA 06–21 h,
                                           55 dBA 21–06 h (local time)
TR-COUNT      vehicles per hour            the road link's capacity (volume / capacity ≤ 1)
============  ===========================  ==========================================================

Outside episodes the ``ok`` readings stay below their limit (PM2.5: every
local day's mean ≤ 40 µg/m³). Episodes (``DemoTwin.episodes``) push a sensor
over its limit for several hours: PM2.5 for 20 h of one local day (that day's
mean > 50), NO2 2–4 h at rush hour, COD 4–10 h (a treatment upset), noise
3–6 h by day, traffic 2–3 h at rush hour. About one sensor in four has an
episode per 30 days, and every kind of sensor has at least one.

Gaps: every hour of a sensor is missing with a probability of 0.5–2 %, and a
third of the sensors have one outage of 3–18 h; missing hours have no row
(``DemoTwin.gaps`` counts them). A few isolated spikes (about 0.2 % of the
hours) have quality ``suspect``; they may exceed the limits and are not
episodes, so rules should skip ``suspect`` readings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from .sensors import SensorSpec

LOCAL = dt.timezone(dt.timedelta(hours=7), "ICT")
SOURCE_ID = "demo"
EPISODE_RATE_PER_30_DAYS = 0.25


@dataclass(frozen=True)
class Limit:
    value: float
    night_value: float | None
    averaging: str  # '1h' or '24h'
    rule: str


LIMITS = {
    "AQ-PM25": Limit(50.0, None, "24h", "QCVN 05:2023/BTNMT: PM2.5 24-hour mean ≤ 50 µg/m³"),
    "AQ-NO2": Limit(200.0, None, "1h", "QCVN 05:2023/BTNMT: NO2 1-hour mean ≤ 200 µg/m³"),
    "WQ-COD": Limit(75.0, None, "1h", "QCVN 40:2011/BTNMT column A: COD ≤ 75 mg/L"),
    "NS-LAEQ": Limit(70.0, 55.0, "1h",
                     "QCVN 26:2010/BTNMT ordinary area: LAeq ≤ 70 dBA (06–21 h), ≤ 55 dBA (21–06 h)"),
    "TR-COUNT": Limit(float("nan"), None, "1h", "traffic volume ≤ road link capacity"),
}


def _bump(h: np.ndarray, mu: float, sigma: float) -> np.ndarray:
    return np.exp(-0.5 * ((h - mu) / sigma) ** 2)


def _ar1(rng: np.random.Generator, n: int, phi: float, sigma: float) -> np.ndarray:
    """AR(1) noise with stationary standard deviation ``sigma`` (vectorised through a filter kernel)."""
    white = rng.normal(0.0, sigma * np.sqrt(1.0 - phi * phi), n + 48)
    kernel = phi ** np.arange(48)
    return np.convolve(white, kernel, mode="full")[48:n + 48]


@dataclass
class Series:
    values: np.ndarray
    limit: np.ndarray  # per hour
    cap: np.ndarray  # ceiling of ordinary values per hour


def _series(spec: SensorSpec, rng, hour, weekday, day) -> Series:
    n = len(hour)
    tag = spec.kind.tag
    n_days = int(day.max()) + 1
    if tag == "AQ-PM25":
        base = rng.uniform(14.0, 24.0)
        weather = np.exp(np.convolve(rng.normal(0, 0.25, n_days + 2), [0.25, 0.5, 0.25], "same"))[day]
        cycle = 1 + 0.5 * _bump(hour, 8, 1.5) + 0.6 * _bump(hour, 19.5, 2.0) - 0.2 * _bump(hour, 14, 2.5)
        values = base * weather * cycle * np.exp(_ar1(rng, n, 0.7, 0.12))
        limit = np.full(n, 50.0)
        cap = np.full(n, 120.0)  # hourly values may pass 50; the daily means are capped below
    elif tag == "AQ-NO2":
        base = rng.uniform(18.0, 35.0)
        cycle = 1 + 0.8 * _bump(hour, 8, 1.3) + 0.9 * _bump(hour, 18, 1.6)
        values = base * cycle * np.where(weekday >= 5, 0.8, 1.0) * np.exp(_ar1(rng, n, 0.6, 0.15))
        limit = np.full(n, 200.0)
        cap = 0.8 * limit
    elif tag == "WQ-COD":
        base = rng.uniform(28.0, 42.0)
        cycle = 1 + 0.15 * np.sin(2 * np.pi * (hour - 10) / 24.0)
        values = base * cycle * np.exp(_ar1(rng, n, 0.8, 0.08))
        limit = np.full(n, 75.0)
        cap = 0.85 * limit
    elif tag == "NS-LAEQ":
        is_day = (hour >= 6) & (hour < 21)
        day_base, night_base = rng.uniform(58.0, 63.0), rng.uniform(46.0, 50.0)
        peaks = 2.5 * _bump(hour, 8, 1.2) + 2.5 * _bump(hour, 17, 1.5)
        values = np.where(is_day, day_base, night_base) + peaks
        values = values + _ar1(rng, n, 0.5, 1.3)
        limit = np.where(is_day, 70.0, 55.0)
        cap = limit - 1.5
    else:  # traffic
        c = float(spec.capacity)
        share = (0.04 + 0.62 * _bump(hour, 7.5, 1.2) + 0.66 * _bump(hour, 17.5, 1.4)
                 + 0.3 * _bump(hour, 12, 3.0))
        week = np.select([weekday == 6, weekday == 5], [0.55, 0.8], 1.0)
        daily = np.exp(rng.normal(0, 0.08, n_days))[day]
        values = c * share * week * daily * np.exp(_ar1(rng, n, 0.3, 0.07))
        limit = np.full(n, c)
        cap = 0.92 * limit
    return Series(values=np.minimum(values, cap), limit=limit, cap=cap)


def _episode_hours(tag: str, rng, hour: np.ndarray, n: int) -> tuple[int, int, np.ndarray] | None:
    """(start index, length, multiplier shape) of one episode, or None if the span is too short."""
    if tag == "AQ-PM25":
        starts = np.flatnonzero(hour == 2)
        length = 20
    elif tag in ("AQ-NO2", "TR-COUNT"):
        starts = np.flatnonzero(np.isin(hour, (7, 16, 17)))
        length = int(rng.integers(2, 5 if tag == "AQ-NO2" else 4))
    elif tag == "WQ-COD":
        starts = np.arange(n)
        length = int(rng.integers(4, 11))
    else:  # noise, by day
        length = int(rng.integers(3, 7))
        starts = np.flatnonzero((hour >= 7) & (hour <= 21 - length))
    starts = starts[starts + length <= n]
    if len(starts) == 0:
        return None
    start = int(starts[rng.integers(len(starts))])
    return start, length, np.sin(np.linspace(0.3, np.pi - 0.3, length))


def generate(specs: list[SensorSpec], days: int, end: dt.datetime,
             seed: int) -> tuple[list[dict], dict[str, int], list[dict]]:
    """(rows, gaps {code: missing hours}, episodes [dict])."""
    n = days * 24
    start = end - dt.timedelta(days=days)
    times = [start + dt.timedelta(hours=i) for i in range(n)]
    local0 = start.astimezone(LOCAL)
    offset = local0.hour + local0.minute / 60.0
    steps = offset + np.arange(n)
    hour = np.floor(steps % 24).astype(int).astype(float)
    day = np.floor(steps / 24).astype(int)
    weekday = (local0.weekday() + day) % 7

    rng = np.random.default_rng([seed, 71])
    n_episodes = rng.poisson(EPISODE_RATE_PER_30_DAYS * days / 30.0, len(specs))
    for tag in dict.fromkeys(s.kind.tag for s in specs):  # every kind of sensor gets at least one
        members = [i for i, s in enumerate(specs) if s.kind.tag == tag]
        if not n_episodes[members].any():
            n_episodes[members[int(rng.integers(len(members)))]] = 1

    rows: list[dict] = []
    gaps: dict[str, int] = {}
    episodes: list[dict] = []
    for spec, k in zip(specs, n_episodes.tolist()):
        srng = np.random.default_rng([seed, 72, spec.fid])
        tag = spec.kind.tag
        s = _series(spec, srng, hour, weekday, day)
        values = s.values
        in_episode = np.zeros(n, dtype=bool)
        for _ in range(k):
            placed = None
            for _try in range(20):
                placed = _episode_hours(tag, srng, hour, n)
                if placed is None:
                    break
                e0, length, shape = placed
                if not in_episode[max(0, e0 - 24):e0 + length + 24].any():
                    break
                placed = None
            if placed is None:
                continue
            e0, length, shape = placed
            span = slice(e0, e0 + length)
            lim = s.limit[span]
            if tag == "AQ-PM25":
                level = lim * (1.35 + 0.75 * shape * srng.uniform(0.7, 1.0))
            elif tag == "NS-LAEQ":
                level = lim + 2.0 + 7.0 * shape * srng.uniform(0.6, 1.0)
            else:
                level = lim * (1.05 + (0.35 if tag != "TR-COUNT" else 0.2) * shape * srng.uniform(0.6, 1.0))
            values[span] = level
            in_episode[span] = True
            episodes.append({
                "sensor_code": spec.code, "sensor_id": spec.fid, "kind": spec.kind.kind,
                "observed_property": spec.kind.observed_property, "unit": spec.kind.unit,
                "start": times[e0], "end": times[e0] + dt.timedelta(hours=length),
                "limit": float(lim.max()) if tag != "NS-LAEQ" else float(lim.min()),
                "peak": float(np.round(level.max(), 0 if tag == "TR-COUNT" else 1)), "rule": LIMITS[tag].rule,
            })
        if tag == "AQ-PM25":  # keep every ordinary local day's mean at 40 µg/m³ or less
            episode_days = set(day[in_episode].tolist())
            sums = np.bincount(day, weights=values)
            counts = np.bincount(day)
            means = sums / np.maximum(counts, 1)
            factor = np.where(means > 40.0, 40.0 / np.maximum(means, 1e-9), 1.0)
            for d in episode_days:
                factor[d] = 1.0
            values = np.where(in_episode, values, values * factor[day])
        # gaps: scattered hours and maybe one outage, never inside an episode
        missing = srng.random(n) < srng.uniform(0.005, 0.02)
        if srng.random() < 0.35 and n > 24:
            length = int(srng.integers(3, 19))
            o0 = int(srng.integers(0, n - length))
            missing[o0:o0 + length] = True
        missing &= ~in_episode
        # a few suspect spikes
        suspect = (srng.random(n) < 0.002) & ~missing & ~in_episode
        if tag == "NS-LAEQ":
            values = np.where(suspect, values + srng.uniform(15.0, 25.0, n), values)
        else:
            values = np.where(suspect, values * srng.uniform(3.0, 6.0, n), values)
        values = np.round(values, 0 if tag == "TR-COUNT" else 1)
        gaps[spec.code] = int(missing.sum())
        sid = spec.fid
        for i, v, q in zip(np.flatnonzero(~missing).tolist(), values[~missing].tolist(),
                           suspect[~missing].tolist()):
            rows.append({"sensor_id": sid, "phenomenon_time": times[i], "value": float(v),
                         "quality": "suspect" if q else "ok", "source_id": SOURCE_ID})
    return rows, gaps, episodes
