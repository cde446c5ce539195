#!/usr/bin/env python3
"""Benchmark: the IFC import (isolated, child process included) against a bare ifcopenshell geometry pass.

Run from the repository root with the project's virtual environment:

    .venv/bin/python scripts/bench/ifc.py                   # every model of ../shared/data/ifc that opens
    .venv/bin/python scripts/bench/ifc.py --repeat 5 FILE…  # chosen files

For each file, side by side and alternating (best of ``--repeat``):

- ``import_s``: ``bim.import_ifc`` as QGIS calls it — a child Python process started, the header checked, the
  file opened, georeferenced (on a parcel centroid where the file has no usable georeferencing), triangulated,
  footprints, storeys, floor areas and the 3D groups built, the result handed back;
- ``bare_s``: in this process, ``ifcopenshell.open`` plus one ``ifcopenshell.geom.iterator`` pass over all
  elements with default settings and the same thread count, reading each shape's vertices and faces — the
  least any importer built on ifcopenshell must do;
- ``bare_same_elements_s``: the same bare pass over only the elements the import triangulates (its shell
  classes and the spaces): ``ratio_same_elements`` is the import's own overhead (process start, footprints,
  storeys, areas, 3D groups, handing the result back) on top of ifcopenshell's work.

Files ifcopenshell cannot open (the IFC4X3_RC2 road) are listed as skipped. Progress goes to stderr; stdout
ends with ONE JSON line. Target (issue 6): ratio import_s / bare_s ≤ 1.3 on the Duplex.
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

ROOT = Path(__file__).resolve().parents[2]
IFC_DIR = ROOT.parent / "shared" / "data" / "ifc"
#: Where models without usable georeferencing are put: the Da Nang High-Tech Park (EPSG:5899, approximate).
PARCEL_CENTROID = (538900.0, 1774400.0)


def log(message: str, *args) -> None:
    print("ifc bench: " + message.format(*args), file=sys.stderr, flush=True)


def bare_pass(path: str, threads: int, same_elements: bool = False) -> int:
    """One bare ifcopenshell pass: open, iterate every element's geometry; with ``same_elements``, only the
    elements the import triangulates (its shell classes and the spaces), for the import's own overhead."""
    import ifcopenshell
    import ifcopenshell.geom

    from dseza_twin.dseza_twin_plugin.bim import geometry as geo

    model = ifcopenshell.open(path)
    if same_elements:
        elements = geo.elements_of(model, geo.SHELL_CLASSES) + list(model.by_type("IfcSpace"))
        iterator = ifcopenshell.geom.iterator(ifcopenshell.geom.settings(), model, threads, include=elements)
    else:
        iterator = ifcopenshell.geom.iterator(ifcopenshell.geom.settings(), model, threads)
    triangles = 0
    if iterator.initialize():
        while True:
            geometry = iterator.get().geometry
            triangles += len(geometry.faces) // 3
            _ = geometry.verts
            if not iterator.next():
                break
    return triangles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="IFC files (default: every .ifc of ../shared/data/ifc)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measure, best kept (default 3)")
    parser.add_argument("--threads", type=int, default=1, help="geometry threads for both (default 1)")
    args = parser.parse_args(argv)
    benchlib.use_plugin()
    from dseza_twin.dseza_twin_plugin.bim import GeorefRequest, IfcImportError, import_ifc
    from dseza_twin.dseza_twin_plugin.bim.header import read_schema

    files = [Path(f) for f in args.files] or sorted(IFC_DIR.glob("*.ifc"))
    if not files:
        sys.exit("no IFC files: ../shared/data/ifc is absent and none were given")
    import ifcopenshell  # noqa: F401 - loaded once, before any timing

    request = GeorefRequest(parcel_code="bench", parcel_centroid=PARCEL_CENTROID)
    rows, skipped = [], []
    for path in files:
        try:
            read_schema(path)
        except IfcImportError as exc:
            skipped.append({"file": path.name, "kind": exc.kind})
            log("{}: skipped ({})", path.name, exc.kind)
            continue
        bare, same, full, triangles, result = [], [], [], 0, None
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            result = import_ifc(path, request, threads=args.threads)
            full.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            triangles = bare_pass(str(path), args.threads)
            bare.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            bare_pass(str(path), args.threads, same_elements=True)
            same.append(time.perf_counter() - t0)
        row = {"file": path.name, "import_s": round(min(full), 3), "bare_s": round(min(bare), 3),
               "ratio": round(min(full) / min(bare), 2), "bare_same_elements_s": round(min(same), 3),
               "ratio_same_elements": round(min(full) / min(same), 2), "bare_triangles": triangles,
               "import_triangles": result.counts.get("triangles"), "worker_timings_s":
               {k: round(v, 3) for k, v in result.timings.items()}}
        rows.append(row)
        log("{}: import {:.3f} s, bare {:.3f} s, ratio {:.2f}; bare on the same elements {:.3f} s, ratio {:.2f}",
            path.name, row["import_s"], row["bare_s"], row["ratio"], row["bare_same_elements_s"],
            row["ratio_same_elements"])
    duplex = [r["ratio"] for r in rows if r["file"].startswith("Duplex")]
    print(json.dumps({"bench": "ifc", "repeat": args.repeat, "threads": args.threads, "files": rows,
                      "skipped": skipped, "target_ratio_duplex": 1.3,
                      "meets_target": bool(duplex) and max(duplex) <= 1.3,
                      "loadavg": [round(x, 2) for x in os.getloadavg()]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
