"""The deterministic Da Nang demo twin (pure Python: shapely 2, numpy, pyproj; no Qt, no QGIS).

``build_demo_twin(seed, scale, days, end, progress, is_canceled)`` returns a
:class:`DemoTwin` whose ``layers`` hold rows for every twin layer of
``store.schema`` (keys are column names, geometry under ``"geom"`` in
EPSG:5899), plus what the demo planted for checks to find:
``deliberate_breaches`` (building code → breach; lot code → ``green`` for a
lot with too little planted area), ``gaps`` (sensor code → missing hours) and
``episodes`` (exceedances in the readings).

Counts (seed 2026, measured with ``scripts/bench/demo_generation.py``):

=========  =======  =========  ========  =====  =====  =====  =======
SCALE      lots     buildings  projects  zones  links  nodes  sensors
=========  =======  =========  ========  =====  =====  =====  =======
1            2,211      3,300       465    256  2,201    223       40
2            4,457      6,648     1,040    256  2,315    223       40
100        221,432    317,613    51,157    256  3,282    223       40
=========  =======  =========  ========  =====  =====  =====  =======

Lots grow as ≈2,200 × SCALE and buildings as ≈3,200 × SCALE (a little less
than 1.5 per lot at high SCALE, where lots under 100 m² get fewer buildings).
SCALE 100 is the first round scale past 200,000 lots and 300,000 buildings; it
takes about 6–10 s on the project's 2-core machine (up to ≈20 s when the
machine is busy) and about 1.1 GB of memory. Functional areas: 10 at every
scale; sensors: 40; readings: sensors × days × 24 − gaps (≈28,000 for 30 days);
network links grow only by the access lanes inside zones.

Module map: ``anchors`` (real places, published areas, the note), ``layout``
(outlines, road grid, planning zones), ``planning`` (plan limits and uses per
land use), ``lots`` (subdivision), ``tenancy`` (status, tenants, leases),
``buildings`` (footprints, heights, breaches), ``projects`` (construction
projects), ``networks`` (links and nodes), ``sensors``, ``readings``,
``geometry`` (array helpers), ``errors`` and ``twin`` (the orchestrator).
"""

from .anchors import AREAS, FTZ_PUBLISHED_TOTAL_HA, NOTE
from .errors import DemoCanceled
from .readings import LIMITS
from .twin import LAYER_ORDER, DemoTwin, build_demo_twin, default_end

__all__ = [
    "AREAS",
    "FTZ_PUBLISHED_TOTAL_HA",
    "LAYER_ORDER",
    "LIMITS",
    "NOTE",
    "DemoCanceled",
    "DemoTwin",
    "build_demo_twin",
    "default_end",
]
