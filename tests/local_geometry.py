"""Hand-built test geometry in local metres, placed in Da Nang (EPSG:5899) where the quality gate expects it
(imported by test modules; tests/ is on sys.path)."""

from __future__ import annotations

import shapely

from dseza_twin.dseza_twin_plugin.store.governance import quality


def at(x, y):
    """Local offsets placed in Da Nang (EPSG:5899)."""
    x0, y0, _, _ = quality.da_nang_box()
    return x0 + 60_000 + x, y0 + 60_000 + y


def box(x0, y0, x1, y1):
    return shapely.box(*at(x0, y0), *at(x1, y1))
