#!/usr/bin/env python3
"""Benchmark: how long ``build_demo_twin`` takes at SCALE 1 and at the 200k-lot scale.

Run from the repository root with the project's virtual environment:

    .venv/bin/python scripts/bench/demo_generation.py            # SCALE 1 and 100
    .venv/bin/python scripts/bench/demo_generation.py --scales 1 50 100 --days 30 --repeat 3

Each scale is timed ``--repeat`` times (the best run counts). The baseline is
the first scale: the table prints, side by side, each scale's lots, buildings,
seconds, and ratios against the baseline (time ratio, lot ratio, and their
quotient: 1.0 means generation time grows exactly with the number of lots).
The target is at least 200,000 lots and 300,000 buildings in well under
2–3 minutes on the project's 2-core machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = ROOT / ".qgis-profile" / "profiles" / "default" / "python" / "plugins"


def _import_builder():
    if not (PLUGINS / "dseza_twin").exists():
        sys.exit("The plugin is not linked into the project's QGIS profile; run ./scripts/setup.sh first.")
    sys.path.insert(0, str(PLUGINS))
    from dseza_twin.dseza_twin_plugin.core.demo import build_demo_twin

    return build_demo_twin


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=float, nargs="+", default=[1.0, 100.0],
                        help="scales to time; the first is the baseline (default: 1 100)")
    parser.add_argument("--days", type=int, default=30, help="days of hourly readings (default: 30)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--repeat", type=int, default=1, help="runs per scale, the best counts (default: 1)")
    args = parser.parse_args(argv)

    build_demo_twin = _import_builder()
    end = dt.datetime(2026, 1, 1, 17, 0, tzinfo=dt.timezone.utc)
    results = []
    for scale in args.scales:
        best = None
        for _ in range(max(1, args.repeat)):
            gc.collect()
            started = time.perf_counter()
            twin = build_demo_twin(seed=args.seed, scale=scale, days=args.days, end=end)
            seconds = time.perf_counter() - started
            counts = twin.counts()
            del twin
            best = seconds if best is None else min(best, seconds)
        results.append((scale, counts, best))
        print("scale {:g}: {:.2f} s  {}".format(scale, best, ", ".join(
            "{} {}".format(k, v) for k, v in counts.items())), flush=True)

    base_scale, base_counts, base_seconds = results[0]
    print()
    print("{:>8} {:>9} {:>10} {:>9} {:>9} {:>9} {:>11}".format(
        "scale", "lots", "buildings", "seconds", "x time", "x lots", "time/lots"))
    for scale, counts, seconds in results:
        t_ratio = seconds / base_seconds
        l_ratio = counts["parcels"] / base_counts["parcels"]
        print("{:>8g} {:>9,} {:>10,} {:>9.2f} {:>9.1f} {:>9.1f} {:>11.2f}".format(
            scale, counts["parcels"], counts["buildings"], seconds, t_ratio, l_ratio, t_ratio / l_ratio))
    big = [r for r in results if r[1]["parcels"] >= 200_000 and r[1]["buildings"] >= 300_000]
    if big:
        scale, counts, seconds = big[0]
        print("\n200k-lot target reached at scale {:g}: {:,} lots, {:,} buildings in {:.1f} s".format(
            scale, counts["parcels"], counts["buildings"], seconds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
