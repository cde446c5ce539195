"""What the benchmarks share: the plugin importable as QGIS loads it (``dseza_twin`` from the project's
profile, never from the repository root, whose ``processing/`` would hide QGIS's own), and the local
PostgreSQL services of the checkout."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = ROOT / ".qgis-profile" / "profiles" / "default" / "python" / "plugins"


def use_plugin(offscreen: bool = False) -> None:
    if not (PLUGINS / "dseza_twin").exists():
        sys.exit("The plugin is not linked into the project's QGIS profile; run ./scripts/setup.sh first.")
    if str(PLUGINS) not in sys.path:
        sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT]
        sys.path.insert(0, str(PLUGINS))
    os.environ.setdefault("PGSERVICEFILE", str(ROOT / ".pg_service.conf"))
    if offscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
