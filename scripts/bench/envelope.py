#!/usr/bin/env python3
"""Benchmark: buildable envelopes, vectorised over all lots vs one lot at a time.

Run from the repository root with the project's virtual environment:

    .venv/bin/python scripts/bench/envelope.py                  # 5,000 lots, the naive loop on 300
    .venv/bin/python scripts/bench/envelope.py --lots 20000 --naive-lots 500

A grid of 100 × 50 m lots in rows along 12 m roads (two roads within 60 m of each lot), 30 m high:
four levels per lot (Table 2.7's bands), limits resolved from the qcvn01-2021 and plan packs.

(a) ``core.planning.envelope.buildable_envelopes`` on every lot at once (what the algorithm runs);
(b) the naive baseline, written here: the same function called once per lot (``--naive-lots`` of
    them), as a per-feature loop would.

Checks that both give the same volumes, solids and maximum GFA, and ends with ONE JSON line: lots,
seconds, ms per lot of each path and their ratio (target: (a) ≥ 10× faster per lot).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib  # noqa: E402

benchlib.use_plugin()

import numpy as np  # noqa: E402
from shapely import LineString, box  # noqa: E402

from dseza_twin.dseza_twin_plugin.core.planning.envelope import buildable_envelopes  # noqa: E402
from dseza_twin.dseza_twin_plugin.core.planning.model import LotContext  # noqa: E402
from dseza_twin.dseza_twin_plugin.core.planning.packs import load_rules  # noqa: E402


def grid(n: int, cols: int = 100):
    lots = [box((i % cols) * 120, (i // cols) * 80, (i % cols) * 120 + 100, (i // cols) * 80 + 50) for i in range(n)]
    rows = (n + cols - 1) // cols
    roads = [LineString([(-10, r * 80 - 6), (cols * 120, r * 80 - 6)]) for r in range(rows + 1)]
    contexts = [LotContext("L{}".format(i), "industrial", plan={"max_height_m": 30.0, "max_floors": 6.0,
                                                                "max_far": 2.0}) for i in range(n)]
    return contexts, lots, roads, [12.0] * len(roads)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lots", type=int, default=5000)
    parser.add_argument("--naive-lots", type=int, default=300)
    args = parser.parse_args()
    rules = load_rules()
    contexts, lots, roads, widths = grid(args.lots)

    t = time.perf_counter()
    fast = buildable_envelopes(contexts, lots, rules, roads, widths)
    t_fast = time.perf_counter() - t

    m = min(args.naive_lots, args.lots)
    t = time.perf_counter()
    naive = [buildable_envelopes([contexts[i]], [lots[i]], rules, roads, widths) for i in range(m)]
    t_naive = time.perf_counter() - t

    same = all(np.isclose(r.envelope_volume_m3[0], fast.envelope_volume_m3[i])
               and np.isclose(r.max_gfa_m2[0], fast.max_gfa_m2[i]) and r.geometry[0].equals(fast.geometry[i])
               for i, r in enumerate(naive))
    ms_fast, ms_naive = t_fast / args.lots * 1000, t_naive / m * 1000
    print("{:<28}{:>10}{:>12}{:>14}".format("path", "lots", "seconds", "ms per lot"))
    print("{:<28}{:>10}{:>12.2f}{:>14.3f}".format("(a) vectorised", args.lots, t_fast, ms_fast))
    print("{:<28}{:>10}{:>12.2f}{:>14.3f}".format("(b) one lot at a time", m, t_naive, ms_naive))
    print(json.dumps({"bench": "envelope", "lots": args.lots, "naive_lots": m, "seconds_vectorised": round(t_fast, 3),
                      "seconds_naive": round(t_naive, 3), "ms_per_lot_vectorised": round(ms_fast, 4),
                      "ms_per_lot_naive": round(ms_naive, 4), "ratio": round(ms_naive / ms_fast, 1),
                      "target_10x_met": ms_naive / ms_fast >= 10, "same_results": bool(same),
                      "loadavg": os.getloadavg()[0]}))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
