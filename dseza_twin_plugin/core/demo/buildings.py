"""Buildings inside their lots, within the zone's limits, and a few deliberate breaches (vectorised).

Operating and under-construction lots get 1–4 buildings (green lots a pavilion
at most; leased, reserved and available lots none yet). The lot, less the
zone's setback on every side, is split along its long side into one slot per
building (the main building's slot the largest, ``SLOT_SHARE``); each footprint
fills part of its slot so that the lot's coverage stays at 55–95 % of the
zone's maximum. Floors respect the zone's height, floor and FAR
limits (with the storey height of the building's use); height = floors ×
storey height plus up to 2 m of roof, gfa = footprint × floors less 0–8 % of
voids. Every ordinary building therefore lies inside its lot, keeps the setback,
and its lot keeps coverage ≤ max, FAR ≤ max, height ≤ max, floors ≤ max.

About 3 % of the buildings breach on purpose (always the only building of an
operating lot, so that a lot-level check points at that one building):

- ``outside_lot``: the footprint runs 2–6 m past the lot's outer edge, into
  the road reserve or the perimeter margin (never into another lot);
- ``height``: 15–45 % taller than the zone's maximum (a high-bay hall, same floors);
- ``coverage``: the footprint covers the lot to within 1 m of its edges
  (coverage > 90 %, so it also encroaches on the setback);
- ``far``: so many floors that the lot's FAR is ≥ 1.15 × the maximum.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .geometry import frame_arrays, rect_polygons
from .layout import AreaLayout, Zone
from .lots import Lots
from .planning import BUILDING_USES, BUILDINGS_P, LAND_USE_ORDER, LU_INDEX, STOREY_M, USE_VI
from .tenancy import OPERATING, UNDER_CONSTRUCTION, Tenancy

BREACH_SHARE = 0.03
MIN_LOT_PER_BUILDING_M2 = 25.0
BREACH_CYCLE = ("outside_lot", "height", "coverage", "far", "outside_lot", "height", "coverage", "far",
                "outside_lot", "height")
_BREACHING_USES = ("industrial", "warehouse", "rnd", "services", "housing")

#: Share of the lot's long side (and of its built coverage) per building slot, for 1–4 buildings:
#: the main building (factory, warehouse, office block) first, the smaller ones after it.
SLOT_SHARE = np.array([
    [0.0, 0.0, 0.0, 0.0],
    [1.0, 0.0, 0.0, 0.0],
    [0.65, 0.35, 0.0, 0.0],
    [0.55, 0.30, 0.15, 0.0],
    [0.50, 0.25, 0.15, 0.10],
])
SLOT_START = np.cumsum(SLOT_SHARE, axis=1) - SLOT_SHARE

USES: tuple[str, ...] = tuple(sorted(STOREY_M))
_USE_INDEX = {u: i for i, u in enumerate(USES)}


@dataclass
class Buildings:
    lot: np.ndarray
    slot: np.ndarray
    use: np.ndarray  # index into USES
    geoms: np.ndarray  # world Polygons
    footprint_m2: np.ndarray
    height_m: np.ndarray
    floors: np.ndarray
    gfa_m2: np.ndarray
    survey: np.ndarray  # bool: source 'survey' (else 'estimate')
    codes: list[str]
    breaches: dict[str, str]

    def __len__(self) -> int:
        return len(self.lot)


def place(lots: Lots, tenancy: Tenancy, zones: list[Zone], areas: list[AreaLayout], seed: int) -> Buildings:
    rng = np.random.default_rng([seed, 41])
    n_lots = len(lots)
    lu = tenancy.land_use
    status = tenancy.status

    # how many buildings per lot
    cum = np.cumsum(np.array([BUILDINGS_P[x] for x in LAND_USE_ORDER]), axis=1)
    count = (rng.random(n_lots)[:, None] > cum[lu]).sum(axis=1) + 1
    count = np.minimum(count, 4)
    # very small lots (high SCALE) keep at least MIN_LOT_PER_BUILDING_M2 of lot per building
    count = np.minimum(count, np.maximum(1, (lots.area_m2 // MIN_LOT_PER_BUILDING_M2).astype(np.int64)))
    count[(status != OPERATING) & (status != UNDER_CONSTRUCTION)] = 0
    green = lu == LU_INDEX["green"]
    count[green & (rng.random(n_lots) < 0.5)] = 0
    lot = np.repeat(np.arange(n_lots), count)
    n = len(lot)
    starts = np.concatenate([[0], np.cumsum(count)[:-1]])
    slot = np.arange(n) - np.repeat(starts, count)
    k = count[lot]

    # zone limits per building
    zc = lots.zone[lot]
    z = {name: np.array([getattr(zz, name) for zz in zones], dtype=float)[zc]
         for name in ("min_setback_m", "max_coverage_pct", "max_far", "max_height_m", "max_floors")}
    use_table = np.array([[_USE_INDEX[u] for u in BUILDING_USES[x]] for x in LAND_USE_ORDER])
    use = use_table[lu[lot], slot]
    storey = np.array([STOREY_M[u] for u in USES])[use]

    # footprints in the zone frame (a along the zone, c across it)
    s = z["min_setback_m"]
    ia0, ia1 = lots.a0[lot] + s, lots.a1[lot] - s
    ic0, ic1 = lots.c0[lot] + s, lots.c1[lot] - s
    long_a = (ia1 - ia0) >= (ic1 - ic0)
    long_lo = np.where(long_a, ia0, ic0)
    long_len = np.where(long_a, ia1 - ia0, ic1 - ic0)
    short_lo = np.where(long_a, ic0, ia0)
    short_len = np.where(long_a, ic1 - ic0, ia1 - ia0)
    gap = np.minimum(12.0, 0.15 * long_len / k)
    usable = long_len - (k - 1) * gap
    share = SLOT_SHARE[k, slot]
    slot_len = usable * share
    slot_lo = long_lo + usable * SLOT_START[k, slot] + slot * gap
    lot_area = lots.area_m2[lot]
    cover_target = rng.uniform(0.55, 0.95, n_lots)[lot] * z["max_coverage_pct"] / 100.0
    ratio = np.minimum(cover_target * lot_area * share / (slot_len * short_len), 0.9)
    alpha = rng.uniform(0.35, 0.65, n)
    b_long = slot_len * ratio ** alpha
    b_short = short_len * ratio ** (1.0 - alpha)
    p_long = slot_lo + rng.random(n) * (slot_len - b_long)
    p_short = short_lo + rng.random(n) * (short_len - b_short)
    ba0 = np.where(long_a, p_long, p_short)
    ba1 = ba0 + np.where(long_a, b_long, b_short)
    bc0 = np.where(long_a, p_short, p_long)
    bc1 = bc0 + np.where(long_a, b_short, b_long)
    fp = (ba1 - ba0) * (bc1 - bc0)

    # floors, height, gfa within the limits
    cover_lot = np.bincount(lot, weights=fp, minlength=n_lots)[lot] / lot_area
    f_height = np.floor(z["max_height_m"] / storey)
    f_far = np.floor(z["max_far"] / cover_lot * (1.0 - 1e-9))
    f_max = np.maximum(1, np.minimum(np.minimum(z["max_floors"], f_height), f_far))
    floors = np.minimum(f_max, 1 + np.floor(rng.random(n) ** 0.8 * f_max))
    roof = rng.random(n) * np.minimum(2.0, z["max_height_m"] - floors * storey)
    height = np.floor((floors * storey + np.maximum(roof, 0.0)) * 10.0) / 10.0
    gfa = np.floor(fp * floors * rng.uniform(0.92, 1.0, n) * 10.0) / 10.0

    codes = ["{}-B{}".format(lots.codes[i], j + 1) for i, j in zip(lot.tolist(), slot.tolist())]

    # deliberate breaches
    breaches: dict[str, str] = {}
    lu_breach = np.isin(lu[lot], [LU_INDEX[x] for x in _BREACHING_USES])
    eligible = (k == 1) & (status[lot] == OPERATING) & lu_breach & ~tenancy.is_public[lot]
    candidates = np.flatnonzero(eligible)
    rng.shuffle(candidates)
    wanted = min(len(candidates), max(4, int(round(BREACH_SHARE * n))))
    used = np.zeros(n, dtype=bool)
    cursor = {kind: 0 for kind in set(BREACH_CYCLE)}
    lot_short = np.minimum(lots.a1[lot] - lots.a0[lot], lots.c1[lot] - lots.c0[lot])
    kinds = BREACH_CYCLE[:4]
    for t in range(wanted):
        b = None
        first = BREACH_CYCLE[t % len(BREACH_CYCLE)]
        for kind in (first,) + tuple(k for k in kinds if k != first):  # next kind when one runs out
            while cursor[kind] < len(candidates):
                c = candidates[cursor[kind]]
                cursor[kind] += 1
                if used[c]:
                    continue
                if kind == "outside_lot" and not lots.last_row[lot[c]]:
                    continue
                if kind == "coverage" and z["max_far"][c] < 1.0:
                    continue
                b = c
                break
            if b is not None:
                break
        if b is None:
            break
        used[b] = True
        li = lot[b]
        if kind == "outside_lot":
            bc1[b] = lots.c1[li] + rng.uniform(2.0, 6.0)
            fp[b] = (ba1[b] - ba0[b]) * (bc1[b] - bc0[b])
            gfa[b] = np.floor(fp[b] * floors[b] * 10.0) / 10.0
        elif kind == "height":
            height[b] = np.floor(z["max_height_m"][b] * rng.uniform(1.15, 1.45) * 10.0) / 10.0
        elif kind == "coverage":
            m = min(1.0, 0.02 * lot_short[b])
            ba0[b], ba1[b] = lots.a0[li] + m, lots.a1[li] - m
            bc0[b], bc1[b] = lots.c0[li] + m, lots.c1[li] - m
            fp[b] = (ba1[b] - ba0[b]) * (bc1[b] - bc0[b])
            cover = fp[b] / lot_area[b]
            floors[b] = max(1.0, min(floors[b], np.floor(z["max_far"][b] / cover * (1.0 - 1e-9))))
            height[b] = floors[b] * storey[b]
            gfa[b] = np.floor(fp[b] * floors[b] * 10.0) / 10.0
        else:  # far
            cover = fp[b] / lot_area[b]
            floors[b] = np.ceil(z["max_far"][b] * 1.15 / cover)
            height[b] = np.floor(min(floors[b] * storey[b], z["max_height_m"][b]) * 10.0) / 10.0
            gfa[b] = np.ceil(fp[b] * floors[b] * 10.0) / 10.0
        breaches[codes[b]] = kind

    u0, v0 = lots.local_to_uv(ba0, bc0, lot)
    u1, v1 = lots.local_to_uv(ba1, bc1, lot)
    frames = [a.frame for a in areas]
    geoms = rect_polygons(u0, u1, v0, v1, *frame_arrays(frames, lots.area[lot]))
    survey = (rng.random(n) < 0.45) & (status[lot] == OPERATING)
    return Buildings(
        lot=lot, slot=slot, use=use, geoms=geoms, footprint_m2=fp, height_m=height,
        floors=floors.astype(np.int64), gfa_m2=gfa, survey=survey, codes=codes, breaches=breaches,
    )


def use_names(use: np.ndarray) -> list[str]:
    return [USES[u] for u in use.tolist()]


def building_names(b: Buildings) -> list[str]:
    return ["{} {}".format(USE_VI[USES[u]], s + 1) for u, s in zip(b.use.tolist(), b.slot.tolist())]
