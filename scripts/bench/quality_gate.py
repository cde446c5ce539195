#!/usr/bin/env python3
"""Benchmark: the data-quality gate on a batch of rows at once vs one row at a time.

The gate (``store.governance.quality.check_rows``) runs on every import, every save from QGIS and every
scenario promotion. Run from the repository root:

    .venv/bin/python scripts/bench/quality_gate.py                      # a fresh demo twin in a GeoPackage
    .venv/bin/python scripts/bench/quality_gate.py --store "service=dseza_twin_demo schema=twin"   # PostGIS

(a) every lot and building of the store checked in one call per layer (what an import of the whole layer
    does); (b) the baseline: the same function called once per row (``--naive`` rows of each layer), as a
    per-feature gate would. Checks that both find the same failures on those rows, and ends with ONE JSON
    line: rows, seconds, ms per row of each path and their ratio (target: (a) ≥ 10× faster per row on PostGIS,
    where every call is a round trip to the server; a GeoPackage is read in-process).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib  # noqa: E402

benchlib.use_plugin()

from dseza_twin.dseza_twin_plugin.store import open_store  # noqa: E402
from dseza_twin.dseza_twin_plugin.store.governance import quality  # noqa: E402


def demo_store(folder: str) -> str:
    from dseza_twin.dseza_twin_plugin.core.demo import build_demo_twin
    from dseza_twin.dseza_twin_plugin.store.demo_load import load_demo

    path = str(Path(folder) / "twin.gpkg")
    with open_store(path) as store:
        store.create_or_upgrade()
        load_demo(store, build_demo_twin(seed=2026, scale=1.0, days=1), seed=2026, scale=1.0, days=1)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default=None, help="a twin store (default: a fresh demo twin in a GeoPackage)")
    parser.add_argument("--naive", type=int, default=150, help="rows of each layer checked one at a time")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        address = args.store or demo_store(tmp)
        with open_store(address) as store:
            batches = {layer: [{k: v for k, v in r.items() if k not in ("fid", "row_version")}
                               for r in store.rows(layer)] for layer in ("parcels", "buildings")}
            fast, fast_found = [], {}
            for _ in range(args.repeat):
                t = time.perf_counter()
                fast_found = {layer: quality.check_rows(store, layer, rows) for layer, rows in batches.items()}
                fast.append(time.perf_counter() - t)
            naive, naive_found = [], {}
            for _ in range(args.repeat):
                t = time.perf_counter()
                naive_found = {layer: [(i, reason) for i in range(min(args.naive, len(rows)))
                                       for _, reason in quality.check_rows(store, layer, [rows[i]])]
                               for layer, rows in batches.items()}
                naive.append(time.perf_counter() - t)
    rows = sum(len(r) for r in batches.values())
    naive_rows = sum(min(args.naive, len(r)) for r in batches.values())
    # the same failures on the rows both checked (a lot overlapping another lot of the batch is found by both:
    # the single row is judged against the stored lots, the batch against its other rows and the store)
    same = all({i for i, _ in fast_found[layer] if i < args.naive} == {i for i, _ in naive_found[layer]}
               for layer in batches)
    fast_ms = statistics.median(fast) * 1000.0 / rows
    naive_ms = statistics.median(naive) * 1000.0 / naive_rows
    print(json.dumps({"store": "gpkg" if address.endswith(".gpkg") else "postgis", "rows": rows,
                      "batch_s": round(statistics.median(fast), 3), "batch_ms_per_row": round(fast_ms, 4),
                      "naive_rows": naive_rows, "naive_s": round(statistics.median(naive), 3),
                      "naive_ms_per_row": round(naive_ms, 3), "ratio": round(naive_ms / fast_ms, 1),
                      "same_failures": same}))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
