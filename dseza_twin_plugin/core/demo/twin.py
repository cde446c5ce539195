"""``build_demo_twin``: the whole Da Nang demo twin as rows ready for the store.

Stages (each reports progress and honours cancel): layout (areas, roads,
zones) → lots → tenancy → projects → buildings → networks → sensors →
readings → rows. Everything is drawn from ``numpy`` generators seeded by
``(seed, stage[, item])``, so the same arguments give identical rows, and a
stage's draws do not depend on SCALE unless its item counts do.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import shapely

from . import buildings as buildings_mod
from . import lots as lots_mod
from . import networks as networks_mod
from . import projects as projects_mod
from . import readings as readings_mod
from . import sensors as sensors_mod
from . import tenancy as tenancy_mod
from .anchors import DSEZA_OPERATOR, NOTE, published_areas
from .errors import DemoCanceled
from .geometry import as_multi
from .layout import build_layout
from .planning import ALLOWED_USES

LAYER_ORDER = (
    "functional_areas", "planning_zones", "parcels", "construction_projects", "buildings",
    "network_links", "network_nodes", "sensors", "readings", "alerts",
)
MAX_SCALE = 1000.0
MAX_DAYS = 3660


@dataclass
class DemoTwin:
    """The generated twin: rows per layer (schema column names) and what the demo planted in them."""

    layers: dict[str, list[dict]]
    #: building code → outside_lot / height / coverage / far; lot code → green (too little planted area)
    deliberate_breaches: dict[str, str]
    gaps: dict[str, int]
    note: str
    published_area_ha: dict[str, float]
    #: exceedance episodes planted in the readings (sensor_code, sensor_id, start, end, limit, peak, rule …)
    episodes: list[dict] = field(default_factory=list)
    seed: int = 0
    scale: float = 1.0
    days: int = 0
    end: dt.datetime | None = None

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.layers.items()}


def default_end(now: dt.datetime | None = None) -> dt.datetime:
    """Today 00:00 in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), as a UTC datetime."""
    now = now or dt.datetime.now(readings_mod.LOCAL)
    midnight = now.astimezone(readings_mod.LOCAL).replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight.astimezone(dt.timezone.utc)


def _check_args(seed, scale, days, end):
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise ValueError("The demo seed must be a whole number ≥ 0, not {!r}.".format(seed))
    if isinstance(scale, bool) or not isinstance(scale, int | float) or not math.isfinite(scale) \
            or not 0 < scale <= MAX_SCALE:
        raise ValueError("The demo scale must be a number above 0 and at most {:g}, not {!r}.".format(
            MAX_SCALE, scale))
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise ValueError("The number of days of readings must be a whole number from 1 to {}, not {!r}."
                         .format(MAX_DAYS, days))
    if end is None:
        return default_end()
    if not isinstance(end, dt.datetime) or end.tzinfo is None or end.utcoffset() is None:
        raise ValueError("The end of the readings must be a timezone-aware datetime (UTC), not {!r}."
                         .format(end))
    return end.astimezone(dt.timezone.utc)


def build_demo_twin(seed: int = 2026, scale: float = 1, days: int = 30,
                    end: dt.datetime | None = None,
                    progress: Callable[[float, str], None] | None = None,
                    is_canceled: Callable[[], bool] | None = None) -> DemoTwin:
    """Generate the Da Nang demo twin (deterministic for the same arguments).

    ``scale`` multiplies lots and buildings (≈2,000 lots at 1); ``days`` of
    hourly readings end at ``end`` (tz-aware; default today 00:00 in Da Nang).
    Raises ``ValueError`` for bad arguments and ``DemoCanceled`` when
    ``is_canceled()`` turns True.
    """
    end = _check_args(seed, scale, days, end)
    report = progress or (lambda pct, msg: None)
    canceled = is_canceled or (lambda: False)

    def stage(pct: float, message: str) -> None:
        if canceled():
            raise DemoCanceled("Generating the demo twin was canceled.")
        report(pct, message)

    ref = end.astimezone(readings_mod.LOCAL).date()
    stage(0.0, "Laying out functional areas, roads and planning zones")
    areas, zones = build_layout(seed)
    stage(5.0, "Subdividing planning zones into lots")
    lots = lots_mod.subdivide(areas, zones, float(scale), seed, is_canceled=canceled)
    stage(15.0, "Assigning tenants, sectors and leases to {} lots".format(len(lots)))
    ten = tenancy_mod.assign(lots, zones, areas, ref, seed)
    stage(22.0, "Placing buildings")
    bld = buildings_mod.place(lots, ten, zones, areas, seed)
    breached = np.array([c in bld.breaches for c in bld.codes], dtype=bool)
    building_lots = np.bincount(bld.lot[breached], minlength=len(lots)) > 0  # lots with a building breach
    inside = bld.footprint_m2.copy()  # footprint inside the lot: less for buildings breaching outside it
    out = np.flatnonzero([bld.breaches.get(c) == "outside_lot" for c in bld.codes])
    inside[out] = shapely.area(shapely.intersection(bld.geoms[out], lots.geoms[bld.lot[out]]))
    footprint = np.bincount(bld.lot, weights=inside, minlength=len(lots))
    green, green_breaches = tenancy_mod.green_areas(lots, ten, zones, footprint, seed, exclude=building_lots)
    stage(32.0, "Writing construction projects")
    lot_geoms = as_multi(lots.geoms)
    project_rows, active = projects_mod.build(lots, ten, lot_geoms, ref, seed)
    stage(38.0, "Laying technical networks")
    nets = networks_mod.build(areas, zones, lots, seed)
    stage(42.0, "Placing sensors")
    sensor_specs = sensors_mod.place(areas, zones, lots, nets)
    stage(44.0, "Generating {} days of hourly readings for {} sensors".format(days, len(sensor_specs)))
    reading_rows, gaps, episodes = readings_mod.generate(sensor_specs, days, end, seed)

    stage(50.0, "Building area and zone rows")
    area_rows = [{
        "code": a.spec.code, "name_vi": a.spec.name_vi, "name_en": a.spec.name_en, "kind": a.spec.kind,
        "district": a.spec.district, "established": a.spec.established, "operator": DSEZA_OPERATOR,
        "published_area_ha": a.spec.published_area_ha, "geom": g,
    } for a, g in zip(areas, as_multi([a.polygon for a in areas]))]
    zone_rows = [{
        "code": z.code, "area_code": z.area_code, "name": z.name, "land_use": z.land_use,
        "plan_level": z.plan_level, "max_coverage_pct": z.max_coverage_pct, "max_far": z.max_far,
        "max_height_m": z.max_height_m, "max_floors": z.max_floors, "min_green_pct": z.min_green_pct,
        "min_setback_m": z.min_setback_m, "allowed_uses": ALLOWED_USES[z.land_use],
        "plan_decision": z.plan_decision, "geom": g,
    } for z, g in zip(zones, as_multi([z.geom for z in zones]))]

    stage(55.0, "Building lot rows")
    zone_codes = [z.code for z in zones]
    area_codes = [a.spec.code for a in areas]
    lu_names = [zones[z].land_use for z in range(len(zones))]
    parcel_rows = [{
        "code": code, "zone_code": zone_codes[zi], "area_code": area_codes[ai], "land_use": lu_names[zi],
        "status": st, "tenant": tenant, "investor": investor, "sector": sector, "lease_start": ls,
        "lease_end": le, "registered_capital_usd": cap, "employees": emp, "is_public": pub,
        "area_m2": am2, "green_area_m2": gr, "geom": g,
    } for code, zi, ai, st, tenant, investor, sector, ls, le, cap, emp, pub, am2, gr, g in zip(
        lots.codes, lots.zone.tolist(), lots.area.tolist(), tenancy_mod.status_names(ten.status), ten.tenant,
        ten.investor, ten.sector, ten.lease_start, ten.lease_end, ten.capital, ten.employees,
        ten.is_public.tolist(), lots.area_m2.tolist(), green, lot_geoms)]

    stage(70.0, "Building {} building rows".format(len(bld)))
    lot_codes = lots.codes
    building_rows = [{
        "code": code, "parcel_code": lot_codes[li], "name": name, "height_m": h, "floors": fl, "gfa_m2": gfa,
        "use": use, "source": "survey" if sv else "estimate", "ifc_guid": None, "project_id": active.get(li),
        "geom": g,
    } for code, li, name, h, fl, gfa, use, sv, g in zip(
        bld.codes, bld.lot.tolist(), buildings_mod.building_names(bld), bld.height_m.tolist(),
        bld.floors.tolist(), bld.gfa_m2.tolist(), buildings_mod.use_names(bld.use), bld.survey.tolist(),
        as_multi(bld.geoms))]

    stage(95.0, "Finishing")
    layers = {
        "functional_areas": area_rows,
        "planning_zones": zone_rows,
        "parcels": parcel_rows,
        "construction_projects": project_rows,
        "buildings": building_rows,
        "network_links": nets.links,
        "network_nodes": nets.nodes,
        "sensors": [s.row for s in sensor_specs],
        "readings": reading_rows,
        "alerts": [],
    }
    breaches = dict(bld.breaches)
    breaches.update((lots.codes[i], "green") for i in green_breaches.tolist())
    twin = DemoTwin(
        layers=layers, deliberate_breaches=breaches, gaps=gaps, note=NOTE,
        published_area_ha=published_areas(), episodes=episodes, seed=seed, scale=float(scale), days=days,
        end=end,
    )
    report(100.0, "Demo twin generated: {} lots, {} buildings, {} readings".format(
        len(parcel_rows), len(building_rows), len(reading_rows)))
    return twin
