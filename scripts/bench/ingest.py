#!/usr/bin/env python3
"""Benchmark: IoT readings into the PostGIS store — the project's ingest path against psql \\copy.

Run from the repository root with the project's virtual environment (PostgreSQL running):

    .venv/bin/python scripts/bench/ingest.py                      # 10,000,000 readings, 1,000 sensors
    .venv/bin/python scripts/bench/ingest.py --readings 500000    # a quick check
    .venv/bin/python scripts/bench/ingest.py --readings 500000 --profile   # cProfile of (a) to stderr

All in one run, each path into a fresh schema made by ``open_store(address).create_or_upgrade()``
(the store's own tables, indexes, partitioning and triggers), on the ``--service`` database;
the bench schemas are dropped at the end (``--keep`` keeps them). The readings are generated
deterministically (numpy, ``--seed``): one per sensor every ``--step-minutes`` (default 15: 10M
readings over 1,000 sensors span 104 days, four monthly partitions), in time order; the sensors
(codes ``bench:<n>``, kind air) are registered first in every schema.

(a) the project's path: ``ingest.write_readings(store, batch, cursor=…)`` with ``--batch`` readings
    per call (one transaction each), in time order as a sync delivers them; and again into another
    schema with every batch overlapping the previous one by half (re-delivery: half of each batch
    is already stored), to show the de-duplication path. Building the reading dicts is not timed.
(b) one ``INSERT`` per row with a commit each, on a ``--row-sample`` of the rows (the whole set
    would take hours at ~4,000 rows/s).
(c) ``psql \\copy`` of the same rows from a CSV file written once to /tmp, into a store schema whose
    monthly partitions were made first (so only the copy is timed). The store's readings carry a
    foreign key to sensors and (schema v4) rollup triggers, which \\copy pays too; when there are
    triggers, (c') times \\copy into a bare table as well (monthly partitions, primary key only:
    the issue's baseline), reported as ``psql_copy_plain_rows_per_s``.

Every path's table is checked against \\copy's (count and sum of values), and the maintained
rollups (``readings_daily_totals``, ``readings_latest``) against the readings (``rollups_agree``).

Then the latest reading of every sensor (ms, median of ``--repeat`` warm runs, after ANALYZE): the maintained
``readings_latest`` table (schema v4; when the store has none, the LATERAL figure stands in and
the JSON says so), one ``LATERAL (… ORDER BY phenomenon_time DESC LIMIT 1)`` per sensor, and
``DISTINCT ON``; the three answers are checked to agree. MQTT: when scripts/bench/mqtt_ingest.py
exposes ``measure(store_address, messages=…)``, its keys are merged in (else null).

Progress goes to stderr; stdout ends with ONE JSON line. Targets (issue 4): the project's path at
least 0.67 of \\copy and 50× one-commit-per-row; the latest reading per sensor under 5 ms; MQTT at
least 5,000 messages/s with commits within 2 s. The machine may be shared: the JSON records the
load average, and figures move by up to 20 % between runs — compare within one run.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import importlib.util
import io
import json
import os
import pstats
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = ROOT / ".qgis-profile" / "profiles" / "default" / "python" / "plugins"
START = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
QUALITIES = ("ok", "suspect", "missing")
CURSOR_SOURCE = "bench:ingest"


def _setup() -> None:
    benchlib.use_plugin()


def log(message: str, *args) -> None:
    print("ingest bench: " + message.format(*args), file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- data


class Readings:
    """N readings of S sensors, row r = sensor r % S at step r // S, in time order."""

    def __init__(self, n: int, sensors: int, step_minutes: float, seed: int):
        self.n, self.sensors = n, sensors
        rng = np.random.default_rng(seed)
        steps = (n + sensors - 1) // sensors
        self.step = dt.timedelta(minutes=step_minutes)
        self.times = [START + k * self.step for k in range(steps)]
        base = rng.uniform(8.0, 60.0, sensors)  # PM2.5-like levels, µg/m³
        amp = rng.uniform(2.0, 15.0, sensors)
        phase = rng.uniform(0.0, 2 * np.pi, sensors)
        r = np.arange(n, dtype=np.int64)
        s, t = r % sensors, r // sensors
        day = t * (step_minutes / 1440.0)
        values = base[s] + amp[s] * np.sin(2 * np.pi * day + phase[s]) + rng.normal(0.0, 3.0, n)
        # Two decimals: a CSV with %.2f parses back to exactly these doubles.
        self.values = np.round(np.clip(values, 0.0, None), 2)
        self.quality = (rng.random(n) < 0.01).astype(np.int8)  # 1 % suspect
        self.build_seconds = 0.0

    def batch(self, lo: int, hi: int, fids: np.ndarray) -> list[dict]:
        """Rows lo..hi as write_readings takes them (dicts, aware datetimes)."""
        t0 = time.perf_counter()
        r = np.arange(lo, hi, dtype=np.int64)
        times, q = self.times, QUALITIES
        out = [dict(sensor_id=s, phenomenon_time=times[t], value=v, quality=q[k], source_id=None)
               for s, t, v, k in zip(fids[r % self.sensors].tolist(), (r // self.sensors).tolist(),
                                     self.values[lo:hi].tolist(), self.quality[lo:hi].tolist())]
        self.build_seconds += time.perf_counter() - t0
        return out

    def tuples(self, lo: int, hi: int, fids: np.ndarray) -> list[tuple]:
        return [(d["sensor_id"], d["phenomenon_time"], d["value"], d["quality"]) for d in self.batch(lo, hi, fids)]

    def write_csv(self, path: Path, fids: np.ndarray, chunk: int = 500_000) -> None:
        stamps = [t.strftime("%Y-%m-%d %H:%M:%S+00") for t in self.times]
        ids = [str(f) for f in fids.tolist()]
        with open(path, "w", encoding="ascii") as f:
            for lo in range(0, self.n, chunk):
                hi = min(lo + chunk, self.n)
                r = np.arange(lo, hi, dtype=np.int64)
                f.write("".join("{},{},{:.2f},{}\n".format(ids[s], stamps[t], v, QUALITIES[k])
                                for s, t, v, k in zip((r % self.sensors).tolist(), (r // self.sensors).tolist(),
                                                      self.values[lo:hi].tolist(), self.quality[lo:hi].tolist())))

    def months(self) -> list[dt.date]:
        first, last = self.times[0], self.times[-1]
        out, day = [], dt.date(first.year, first.month, 1)
        while day <= last.date():
            out.append(day)
            day = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        return out


# --------------------------------------------------------------------------- store helpers


class Bench:
    def __init__(self, service: str, prefix: str, keep: bool):
        self.service, self.prefix, self.keep = service, prefix, keep
        self.schemas: list[str] = []

    def address(self, name: str) -> str:
        return "service={} schema={}{}".format(self.service, self.prefix, name)

    def fresh(self, name: str, sensors: int):
        """A new store schema (dropped first if a previous run left it) with the bench sensors."""
        from dseza_twin.dseza_twin_plugin.store import open_store

        schema_name = self.prefix + name
        self.drop(schema_name)
        store = open_store(self.address(name))
        store.create_or_upgrade()
        self.schemas.append(schema_name)
        rows = [dict(code="bench:{}".format(n), name="Bench sensor {}".format(n), kind="air",
                     observed_property="PM2.5", unit="µg/m³", source="bench") for n in range(sensors)]
        with store.transaction() as writer:
            writer.upsert("sensors", rows, key="code")
        fid = {code: f for f, code in store.query(
            "SELECT fid, code FROM {}.sensors WHERE code LIKE 'bench:%'".format(schema_name))}
        return store, np.array([fid["bench:{}".format(n)] for n in range(sensors)], dtype=np.int64)

    def drop(self, schema_name: str, store=None) -> None:
        import psycopg
        from psycopg import sql

        if store is not None:
            store.close()
        if self.keep and schema_name in self.schemas:
            return
        with psycopg.connect("service=" + self.service, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema_name)))

    def checkpoint(self) -> None:
        """Flush dirty pages before a timed phase, so that one phase's writes do not slow the next."""
        import psycopg

        try:
            with psycopg.connect("service=" + self.service, autocommit=True) as conn:
                conn.execute("CHECKPOINT")
        except psycopg.Error as exc:
            log("CHECKPOINT refused ({}); timings may carry the previous phase's writes", exc)


def make_partitions(store, months: list[dt.date]) -> None:
    """The monthly partitions of readings, as the store's writer makes them (same names and bounds)."""
    from psycopg import sql

    s = sql.Identifier(store.address.schema)
    with store.transaction() as writer:
        for month in months:
            nxt = dt.date(month.year + (month.month == 12), month.month % 12 + 1, 1)
            writer.conn.execute(sql.SQL("CREATE TABLE IF NOT EXISTS {}.{} PARTITION OF {}.readings "
                                        "FOR VALUES FROM ({}) TO ({})").format(
                s, sql.Identifier("readings_{:%Y_%m}".format(month)), s,
                sql.Literal("{} 00:00:00+00".format(month)), sql.Literal("{} 00:00:00+00".format(nxt))))


def plain_copy_table(bench: Bench, months: list[dt.date]) -> str:
    """A bare readings table as in the issue's baseline (partitioned by month, primary key only)."""
    import psycopg
    from psycopg import sql

    name = bench.prefix + "plain"
    bench.drop(name)
    bench.schemas.append(name)
    s = sql.Identifier(name)
    with psycopg.connect("service=" + bench.service, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(s))
        conn.execute(sql.SQL("CREATE TABLE {}.readings (sensor_id bigint NOT NULL, phenomenon_time timestamptz "
                             "NOT NULL, value double precision, quality text, source_id text, "
                             "PRIMARY KEY (sensor_id, phenomenon_time)) PARTITION BY RANGE (phenomenon_time)")
                     .format(s))
        for month in months:
            nxt = dt.date(month.year + (month.month == 12), month.month % 12 + 1, 1)
            conn.execute(sql.SQL("CREATE TABLE {}.{} PARTITION OF {}.readings FOR VALUES FROM ({}) TO ({})").format(
                s, sql.Identifier("readings_{:%Y_%m}".format(month)), s,
                sql.Literal("{} 00:00:00+00".format(month)), sql.Literal("{} 00:00:00+00".format(nxt))))
    return name


def checksum(store) -> tuple[int, float]:
    n, total = store.query("SELECT count(*), coalesce(sum(value), 0) FROM {}.readings".format(store.address.schema))[0]
    return int(n), round(float(total), 2)


def rollups_agree(store, expected: tuple[int, float], sensors: int) -> bool | None:
    """Whether the maintained rollups (schema v4) match the readings: daily counts and sums, one latest row
    per sensor; None when the store has none."""
    if not has_table(store, "readings_daily_totals"):
        return None
    s = store.address.schema
    n, total = store.query("SELECT coalesce(sum(n), 0), coalesce(sum(value_sum), 0) FROM {}.readings_daily_totals"
                           .format(s))[0]
    latest = store.query("SELECT count(*) FROM {}.readings_latest".format(s))[0][0] if has_table(
        store, "readings_latest") else sensors
    return int(n) == expected[0] and abs(float(total) - expected[1]) <= 1e-6 * max(1.0, abs(expected[1])) \
        and latest == sensors


def has_table(store, name: str) -> bool:
    return bool(store.query("SELECT 1 FROM information_schema.tables WHERE table_schema = %s AND table_name = %s",
                            (store.address.schema, name)))


def user_triggers(store) -> list[str]:
    return [r[0] for r in store.query(
        "SELECT DISTINCT tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s AND c.relname LIKE 'readings%%' AND NOT t.tgisinternal", (store.address.schema,))]


# --------------------------------------------------------------------------- the paths


def project_path(store, data: Readings, fids, batch: int, overlap: bool, profile: cProfile.Profile | None):
    """(a): write_readings per batch; with ``overlap`` every batch repeats the previous one's second half."""
    from dseza_twin.dseza_twin_plugin.iot import ingest

    stride = batch // 2 if overlap else batch
    delivered = new = duplicate = 0
    seconds, lo, last_report = 0.0, 0, time.perf_counter()
    while True:
        hi = min(lo + batch, data.n)
        rows = data.batch(lo, hi, fids)
        cursor = (CURSOR_SOURCE, "all", rows[-1]["phenomenon_time"])
        gc.collect()
        t0 = time.perf_counter()
        if profile is not None:
            profile.enable()
        result = ingest.write_readings(store, rows, cursor=cursor)
        if profile is not None:
            profile.disable()
        seconds += time.perf_counter() - t0
        delivered += len(rows)
        new += result.new
        duplicate += result.duplicate
        if time.perf_counter() - last_report > 15:
            last_report = time.perf_counter()
            log("  {:,} rows delivered, {:,.0f} rows/s so far", delivered, delivered / seconds)
        if hi >= data.n:
            break
        lo += stride
    return dict(delivered=delivered, new=new, duplicate=duplicate, seconds=seconds)


def one_commit_per_row(store, rows: list[tuple]) -> float:
    """(b): seconds to INSERT each row in its own transaction (autocommit: one commit per statement)."""
    import psycopg
    from psycopg import sql

    statement = sql.SQL("INSERT INTO {}.readings (sensor_id, phenomenon_time, value, quality) "
                        "VALUES (%s, %s, %s, %s)").format(sql.Identifier(store.address.schema))
    with psycopg.connect(store.address.libpq_conninfo(), autocommit=True) as conn:
        t0 = time.perf_counter()
        for row in rows:
            conn.execute(statement, row)
        return time.perf_counter() - t0


def psql_copy(service: str, schema_name: str, csv_path: Path) -> float:
    """(c): seconds of ``psql -c "\\copy …"`` (the psql process, start to end)."""
    command = "\\copy \"{}\".readings (sensor_id, phenomenon_time, value, quality) from '{}' csv".format(
        schema_name, csv_path)
    t0 = time.perf_counter()
    subprocess.run(["psql", "service=" + service, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", command], check=True)
    return time.perf_counter() - t0


# Every sensor of the store (the 1,000 bench sensors), no parameters: as the map's sensors_latest view reads them.
LATEST_SQL = {
    "maintained": "SELECT sensor_id, phenomenon_time, value, quality FROM {s}.readings_latest",
    "lateral": "SELECT s.fid, r.phenomenon_time, r.value, r.quality FROM {s}.sensors s "
               "CROSS JOIN LATERAL (SELECT phenomenon_time, value, quality FROM {s}.readings r "
               "WHERE r.sensor_id = s.fid ORDER BY r.phenomenon_time DESC LIMIT 1) r",
    "distinct_on": "SELECT DISTINCT ON (sensor_id) sensor_id, phenomenon_time, value, quality FROM {s}.readings "
                   "ORDER BY sensor_id, phenomenon_time DESC",
}


def latest_queries(store, sensors: int, repeat: int) -> tuple[dict, bool]:
    """Median ms of each latest-per-sensor query (one warm-up run first), and whether the answers agree."""
    kinds = [k for k in LATEST_SQL if k != "maintained" or has_table(store, "readings_latest")]
    answers, ms = {}, {}
    for kind in kinds:
        statement = LATEST_SQL[kind].format(s=store.address.schema)
        answers[kind] = sorted(store.query(statement))
        runs = []
        for _ in range(repeat if kind != "distinct_on" else max(3, repeat // 3)):
            t0 = time.perf_counter()
            store.query(statement)
            runs.append((time.perf_counter() - t0) * 1000.0)
        ms[kind] = round(statistics.median(runs), 3)
        log("  latest per sensor, {:<12} {:9.3f} ms (median of {})", kind, ms[kind], len(runs))
    first = answers[kinds[0]]
    agree = all(a == first for a in answers.values()) and len(first) == sensors
    return ms, agree


def mqtt(bench: Bench, messages: int) -> dict:
    path = Path(__file__).with_name("mqtt_ingest.py")
    if not path.exists():
        log("MQTT: {} not there yet; mqtt keys are null", path.name)
        return {}
    spec = importlib.util.spec_from_file_location("dseza_bench_mqtt_ingest", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not hasattr(module, "measure"):
        log("MQTT: {} has no measure(); mqtt keys are null", path.name)
        return {}
    store, _ = bench.fresh("mqtt", 0)
    store.close()
    log("MQTT: {}.measure({}, messages={:,})", path.name, bench.address("mqtt"), messages)
    try:
        return dict(module.measure(bench.address("mqtt"), messages=messages))
    except Exception as exc:  # a broken MQTT measure must not lose the rest of the run
        log("MQTT: measure() failed: {!r}; mqtt keys are null", exc)
        return {"mqtt_error": repr(exc)}
    finally:
        bench.drop(bench.prefix + "mqtt")


# --------------------------------------------------------------------------- main


def rate(rows: int, seconds: float) -> float:
    return round(rows / seconds, 1) if seconds > 0 else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readings", type=int, default=10_000_000, help="readings to ingest (default 10,000,000)")
    parser.add_argument("--sensors", type=int, default=1_000, help="sensors (default 1,000)")
    parser.add_argument("--step-minutes", type=float, default=15.0, help="minutes between readings of a sensor")
    parser.add_argument("--batch", type=int, default=100_000, help="readings per write_readings call")
    parser.add_argument("--row-sample", type=int, default=20_000, help="rows for one-commit-per-row (b)")
    parser.add_argument("--repeat", type=int, default=15, help="warm runs of each latest query (median)")
    parser.add_argument("--mqtt-messages", type=int, default=50_000, help="messages for the MQTT measure")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--service", default="dseza_twin_test", help="pg_service.conf service")
    parser.add_argument("--schema-prefix", default="bench_ingest_", help="prefix of the bench schemas")
    parser.add_argument("--keep", action="store_true", help="keep the bench schemas and the CSV file")
    parser.add_argument("--profile", action="store_true", help="cProfile the project's path (a), top to stderr")
    args = parser.parse_args(argv)
    _setup()

    wall0 = time.perf_counter()
    load0 = os.getloadavg()[0]
    log("{:,} readings of {:,} sensors; {} cores, load average {:.2f}", args.readings, args.sensors,
        os.cpu_count(), load0)
    t0 = time.perf_counter()
    data = Readings(args.readings, args.sensors, args.step_minutes, args.seed)
    months = data.months()
    log("generated in {:.1f} s: {} … {}, {} monthly partition(s)", time.perf_counter() - t0,
        data.times[0].isoformat(), data.times[-1].isoformat(), len(months))

    bench = Bench(args.service, args.schema_prefix, args.keep)
    csv_path = Path("/tmp/dseza_bench_ingest_{}.csv".format(os.getpid()))
    out: dict = {"readings": args.readings, "sensors": args.sensors}
    notes: list[str] = []
    try:
        # (c) psql \copy, into a store schema with its partitions made first.
        store_c, fids_c = bench.fresh("copy", args.sensors)
        make_partitions(store_c, months)
        triggers = user_triggers(store_c)
        t0 = time.perf_counter()
        data.write_csv(csv_path, fids_c)
        log("CSV written in {:.1f} s ({:.0f} MB); readings triggers in the store: {}", time.perf_counter() - t0,
            csv_path.stat().st_size / 1e6, ", ".join(triggers) or "none")
        bench.checkpoint()
        log("(c) psql \\copy …")
        copy_s = psql_copy(args.service, store_c.address.schema, csv_path)
        expected = checksum(store_c)
        if expected[0] != args.readings:
            raise SystemExit("\\copy stored {:,} readings, not {:,}".format(expected[0], args.readings))
        agree = {"copy": rollups_agree(store_c, expected, args.sensors)}
        bench.drop(store_c.address.schema, store_c)
        out["psql_copy_rows_per_s"] = rate(args.readings, copy_s)
        log("(c) {:.1f} s, {:,.0f} rows/s", copy_s, out["psql_copy_rows_per_s"])
        out["psql_copy_plain_rows_per_s"] = None
        if triggers:  # the store's \copy pays its triggers: also time the bare baseline table
            plain = plain_copy_table(bench, months)
            bench.checkpoint()
            log("(c') psql \\copy into a bare table (primary key only, no triggers) …")
            plain_s = psql_copy(args.service, plain, csv_path)
            bench.drop(plain)
            out["psql_copy_plain_rows_per_s"] = rate(args.readings, plain_s)
            log("(c') {:.1f} s, {:,.0f} rows/s", plain_s, out["psql_copy_plain_rows_per_s"])

        # (a) the project's path, then (a') with half of every batch already stored.
        profile = cProfile.Profile() if args.profile else None
        store_a, fids_a = bench.fresh("project", args.sensors)
        bench.checkpoint()
        log("(a) write_readings, {:,} per call …", args.batch)
        a = project_path(store_a, data, fids_a, args.batch, overlap=False, profile=profile)
        got = checksum(store_a)
        if got != expected or a["new"] != args.readings:
            raise SystemExit("the project's path stored {} (new {:,}), \\copy {}".format(got, a["new"], expected))
        agree["project"] = rollups_agree(store_a, expected, args.sensors)
        out["project_rows_per_s"] = rate(a["delivered"], a["seconds"])
        log("(a) {:.1f} s, {:,.0f} rows/s (building the dicts, untimed: {:.1f} s)", a["seconds"],
            out["project_rows_per_s"], data.build_seconds)
        if profile is not None:
            text = io.StringIO()
            pstats.Stats(profile, stream=text).sort_stats("tottime").print_stats(25)
            print(text.getvalue(), file=sys.stderr, flush=True)

        store_d, fids_d = bench.fresh("halfdup", args.sensors)
        bench.checkpoint()
        log("(a') write_readings, every batch half already stored …")
        d = project_path(store_d, data, fids_d, args.batch, overlap=True, profile=None)
        got = checksum(store_d)
        if got != expected or d["new"] != args.readings or d["duplicate"] != d["delivered"] - args.readings:
            raise SystemExit("the half-duplicate run stored {} (new {:,}, duplicate {:,}), \\copy {}".format(
                got, d["new"], d["duplicate"], expected))
        agree["half_duplicates"] = rollups_agree(store_d, expected, args.sensors)
        bench.drop(store_d.address.schema, store_d)
        out["project_half_duplicates_rows_per_s"] = rate(d["delivered"], d["seconds"])
        out["project_half_duplicates_new_rows_per_s"] = rate(d["new"], d["seconds"])
        log("(a') {:.1f} s for {:,} rows delivered ({:,} duplicates): {:,.0f} rows/s", d["seconds"], d["delivered"],
            d["duplicate"], out["project_half_duplicates_rows_per_s"])

        # (b) one INSERT and one commit per row, on a sample.
        store_b, fids_b = bench.fresh("onerow", args.sensors)
        sample = data.tuples(0, min(args.row_sample, args.readings), fids_b)
        make_partitions(store_b, sorted({dt.date(r[1].year, r[1].month, 1) for r in sample}))
        bench.checkpoint()
        log("(b) one insert and commit per row, {:,} rows …", len(sample))
        b_s = one_commit_per_row(store_b, sample)
        bench.drop(store_b.address.schema, store_b)
        out["one_commit_per_row_rows_per_s"] = rate(len(sample), b_s)
        out["one_commit_per_row_sample"] = len(sample)
        log("(b) {:.1f} s, {:,.0f} rows/s", b_s, out["one_commit_per_row_rows_per_s"])

        out["project_vs_copy"] = round(out["project_rows_per_s"] / out["psql_copy_rows_per_s"], 3)
        out["project_half_duplicates_vs_copy"] = round(
            out["project_half_duplicates_rows_per_s"] / out["psql_copy_rows_per_s"], 3)
        out["project_vs_plain_copy"] = (None if out["psql_copy_plain_rows_per_s"] is None else
                                        round(out["project_rows_per_s"] / out["psql_copy_plain_rows_per_s"], 3))
        out["project_vs_one_commit"] = round(out["project_rows_per_s"] / out["one_commit_per_row_rows_per_s"], 1)

        # The latest reading per sensor, on (a)'s readings.
        log("latest reading per sensor over {:,} readings (ANALYZE first) …", args.readings)
        store_a.query("ANALYZE {}.readings".format(store_a.address.schema))
        ms, agree_latest = latest_queries(store_a, args.sensors, args.repeat)
        if "maintained" in ms:
            out["latest_per_sensor_ms"], out["latest_source"] = ms["maintained"], "readings_latest"
        else:
            out["latest_per_sensor_ms"] = ms["lateral"]
            out["latest_source"] = "lateral: the store has no readings_latest table yet"
            notes.append("latest_per_sensor_ms is the LATERAL query: no readings_latest table in this store")
        out["latest_lateral_ms"] = ms["lateral"]
        out["latest_distinct_on_ms"] = ms["distinct_on"]
        out["latest_answers_agree"] = agree_latest
        out["rollups_agree"] = agree
        bench.drop(store_a.address.schema, store_a)

        out["mqtt_msgs_per_s"] = out["mqtt_commit_latency_max_s"] = None
        out.update(mqtt(bench, args.mqtt_messages))
    finally:
        for name in bench.schemas:
            bench.drop(name)
        if not args.keep:
            csv_path.unlink(missing_ok=True)

    mq_rate, mq_latency = out.get("mqtt_msgs_per_s"), out.get("mqtt_commit_latency_max_s")
    out["targets_met"] = {
        "project_ge_0.67_of_copy": out["project_vs_copy"] >= 0.67,
        "project_ge_50x_one_commit_per_row": out["project_vs_one_commit"] >= 50,
        "latest_per_sensor_lt_5ms": out["latest_per_sensor_ms"] < 5,
        "mqtt_ge_5000_msgs_per_s_commits_within_2s":
            None if mq_rate is None or mq_latency is None else bool(mq_rate >= 5000 and mq_latency <= 2),
    }
    out.update(batch=args.batch, step_minutes=args.step_minutes, cursor="one watermark per batch",
               readings_triggers=triggers, cores=os.cpu_count(), load_avg_start=round(load0, 2),
               load_avg_end=round(os.getloadavg()[0], 2), wall_s=round(time.perf_counter() - wall0, 1), notes=notes)
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
