#!/usr/bin/env python3
"""Benchmark: the zone inspector's queries on a PostGIS store with ten million readings.

Run from the repository root with the project's virtual environment (PostgreSQL running):

    .venv/bin/python scripts/bench/inspector.py                        # 10,000,000 readings
    .venv/bin/python scripts/bench/inspector.py --readings 1000000     # a quick check

Into a fresh schema of the ``--service`` database (dropped at the end; ``--keep`` keeps it): the demo twin
(scale 1, 35 days of hourly readings of its 40 sensors), then ``--extra-sensors`` synthetic sensors spread over
the functional areas (a point inside each area, ``area_code`` set) and ``--readings`` synthetic readings of them,
one every 15 minutes up to now, written through ``ingest.write_readings`` in batches of ``--batch`` (COPY +
the store's rollup triggers, as a sync writes them). Then ANALYZE.

Timed (median of ``--repeat`` warm runs after one warm-up), what the inspector's background task runs:
``inspector_queries.load_zone`` for a functional area (``--area``), for one of its planning zones and one of
its lots — every tab's queries, with the 30-day chart of the first sensor — and ``sensor_series`` of one
synthetic sensor for 7 days (hourly, from its raw readings) and 30 days (daily). Side by side, the baseline: the
area's sensors' latest values and 30-day daily means computed from the raw readings (``DISTINCT ON`` and
``GROUP BY`` over ``readings``), what the inspector would cost without the store's rollups.

Progress goes to stderr; stdout ends with ONE JSON line. Target (issue 5): a zone with 10 million readings in
the store shows in under 200 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = ROOT / ".qgis-profile" / "profiles" / "default" / "python" / "plugins"


def _setup() -> None:
    benchlib.use_plugin()


def log(message: str, *args) -> None:
    print("inspector bench: " + message.format(*args), file=sys.stderr, flush=True)


def drop(service: str, schema_name: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect("service=" + service, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema_name)))


def load_demo(store, days: int) -> None:
    from dseza_twin.dseza_twin_plugin.core.demo.twin import build_demo_twin
    from dseza_twin.dseza_twin_plugin.store.demo_load import load_demo as write_demo

    twin = build_demo_twin(seed=2026, scale=1, days=days)
    write_demo(store, twin, seed=2026, scale=1, days=days)


def add_sensors(store, count: int, seed: int) -> np.ndarray:
    """``count`` sensors, round-robin over the functional areas, each at a random point inside its area."""
    import shapely

    rng = np.random.default_rng(seed)
    areas = store.rows("functional_areas", ["code", "geom"], order_by="code")
    rows = []
    for n in range(count):
        area = areas[n % len(areas)]
        minx, miny, maxx, maxy = area["geom"].bounds
        while True:
            point = shapely.Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
            if area["geom"].covers(point):
                break
        rows.append(dict(code="bench:inspector:{}".format(n), name="Bench sensor {}".format(n), kind="air",
                         observed_property="PM2.5 mass concentration", unit="µg/m³", source="bench",
                         area_code=area["code"], geom=point))
    with store.transaction() as writer:
        writer.upsert("sensors", rows, key="code")
    fids = dict(store.query("SELECT code, fid FROM \"{}\".sensors WHERE code LIKE 'bench:inspector:%%'".format(
        store.address.schema)))
    return np.array([fids["bench:inspector:{}".format(n)] for n in range(count)], dtype=np.int64)


def add_readings(store, fids: np.ndarray, total: int, batch: int, seed: int, end: dt.datetime) -> float:
    """``total`` readings of the sensors, one every 15 minutes up to ``end``, time order; returns seconds."""
    from dseza_twin.dseza_twin_plugin.iot import ingest

    rng = np.random.default_rng(seed)
    sensors = len(fids)
    steps = (total + sensors - 1) // sensors
    step = dt.timedelta(minutes=15)
    first = end - steps * step
    times = [first + k * step for k in range(steps)]
    base = rng.uniform(8.0, 60.0, sensors)
    started = time.perf_counter()
    ids = fids.tolist()
    for lo in range(0, total, batch):
        hi = min(lo + batch, total)
        r = np.arange(lo, hi, dtype=np.int64)
        s, t = r % sensors, r // sensors
        values = np.round(np.clip(base[s] + rng.normal(0.0, 5.0, hi - lo), 0.0, None), 2).tolist()
        rows = [dict(sensor_id=ids[a], phenomenon_time=times[b], value=v, quality="ok", source_id=None)
                for a, b, v in zip(s.tolist(), t.tolist(), values)]
        ingest.write_readings(store, rows)
        if (lo // batch) % 10 == 0:
            log("{:,} of {:,} readings written ({:.0f} s)", hi, total, time.perf_counter() - started)
    return time.perf_counter() - started


def timed(fn, repeat: int) -> tuple[float, object]:
    result = fn()  # warm-up
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        runs.append((time.perf_counter() - t0) * 1000)
    return statistics.median(runs), result


def baseline(store, sensor_ids: list[int], now: dt.datetime) -> None:
    """Latest value and 30 daily means of the sensors from the raw readings (no rollups)."""
    s = '"{}"'.format(store.address.schema)
    store.query("SELECT DISTINCT ON (sensor_id) sensor_id, phenomenon_time, value FROM {}.readings "
                "WHERE sensor_id = ANY(%s) ORDER BY sensor_id, phenomenon_time DESC".format(s), [sensor_ids])
    store.query("SELECT sensor_id, ((phenomenon_time AT TIME ZONE 'UTC') + interval '7 hours')::date AS day, "
                "count(value), avg(value), min(value), max(value) FROM {}.readings WHERE sensor_id = ANY(%s) "
                "AND phenomenon_time >= %s GROUP BY 1, 2".format(s), [sensor_ids, now - dt.timedelta(days=30)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readings", type=int, default=10_000_000, help="synthetic readings (default 10,000,000)")
    parser.add_argument("--extra-sensors", type=int, default=960, help="synthetic sensors (default 960)")
    parser.add_argument("--demo-days", type=int, default=35, help="days of the demo's own readings")
    parser.add_argument("--batch", type=int, default=100_000, help="readings per write_readings call")
    parser.add_argument("--repeat", type=int, default=10, help="warm runs of each measure (median)")
    parser.add_argument("--area", default="KCN-HK", help="functional area inspected")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--service", default="dseza_twin_test", help="pg_service.conf service")
    parser.add_argument("--schema", default="bench_inspector", help="schema of the bench store")
    parser.add_argument("--keep", action="store_true", help="keep the bench schema")
    args = parser.parse_args(argv)
    _setup()
    from dseza_twin.dseza_twin_plugin.store import inspector_queries as iq
    from dseza_twin.dseza_twin_plugin.store import open_store

    address = "service={} schema={}".format(args.service, args.schema)
    drop(args.service, args.schema)
    store = open_store(address)
    try:
        store.create_or_upgrade()
        t0 = time.perf_counter()
        load_demo(store, args.demo_days)
        log("demo twin loaded in {:.1f} s", time.perf_counter() - t0)
        fids = add_sensors(store, args.extra_sensors, args.seed)
        now = dt.datetime.now(dt.timezone.utc).replace(second=0, microsecond=0)
        write_s = add_readings(store, fids, args.readings, args.batch, args.seed, now - dt.timedelta(minutes=1))
        store.analyze()
        for table in ("readings_latest", "readings_daily_totals"):
            store.query('ANALYZE "{}".{}'.format(args.schema, table))
        readings = store.query('SELECT count(*) FROM "{}".readings'.format(args.schema))[0][0]
        log("{:,} readings in the store ({:.0f} s to write the synthetic ones); timing", readings, write_s)

        area_ms, details = timed(lambda: iq.load_zone(store, "functional_areas", args.area), args.repeat)
        zone_code = store.query('SELECT code FROM "{}".planning_zones WHERE area_code = %s ORDER BY code LIMIT 1'
                                .format(args.schema), [args.area])[0][0]
        lot_code = details.lots[0]["code"]
        zone_ms, zone = timed(lambda: iq.load_zone(store, "planning_zones", zone_code), args.repeat)
        lot_ms, lot = timed(lambda: iq.load_zone(store, "parcels", lot_code), args.repeat)
        # the chart of a synthetic sensor (15-minute readings, the most per sensor in the store)
        sensor = next(s["fid"] for s in details.sensors if s["code"].startswith("bench:"))
        week_ms, week = timed(lambda: iq.sensor_series(store, sensor, 7), args.repeat)
        month_ms, month = timed(lambda: iq.sensor_series(store, sensor, 30), args.repeat)
        ids = [s["fid"] for s in details.sensors]
        base_ms, _ = timed(lambda: baseline(store, ids, now), max(3, args.repeat // 3))
        sections = {k: round(v, 2) for k, v in details.timings_ms.items()}
        out = {
            "bench": "inspector", "store": "postgis", "readings": readings, "sensors": args.extra_sensors + 40,
            "write_readings_s": round(write_s, 1), "area": args.area, "area_sensors": len(details.sensors),
            "area_lots": len(details.lots), "area_buildings": len(details.buildings),
            "area_alerts": len(details.alerts), "chart_points_30d": len(details.series.points),
            "load_area_ms": round(area_ms, 1), "load_zone_ms": round(zone_ms, 1), "load_lot_ms": round(lot_ms, 1),
            "zone": zone_code, "zone_sensors": len(zone.sensors), "lot": lot_code, "lot_sensors": len(lot.sensors),
            "series_7d_ms": round(week_ms, 1), "series_7d_points": len(week.points),
            "series_30d_ms": round(month_ms, 1), "series_30d_points": len(month.points),
            "area_sections_ms": sections,
            "baseline_raw_latest_and_daily_ms": round(base_ms, 1),
            "ratio_baseline_to_inspector_area": round(base_ms / area_ms, 1) if area_ms else None,
            "target_ms": 200, "meets_target": area_ms < 200 and zone_ms < 200 and lot_ms < 200,
            "repeat": args.repeat, "loadavg": [round(x, 2) for x in os.getloadavg()],
        }
    finally:
        store.close()
        if not args.keep:
            drop(args.service, args.schema)
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
