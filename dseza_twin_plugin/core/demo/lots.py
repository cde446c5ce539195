"""Lot subdivision: every planning zone cut into a grid of lots along its roads (vectorised).

In a zone's own frame (``a`` along its long side, ``c`` across it) the zone is
cut into ``rows`` strips parallel to the long side and each strip into
``cols`` lots of jittered widths. Lot counts follow the zone's target lot size
times SCALE, so SCALE 2 gives about twice the lots of SCALE 1. When a zone has
three rows or more, rows go in back-to-back pairs with a 10 m access lane
between pairs (every lot then fronts a road or a lane); the rows of a pair share
their column cuts, so lots meet edge to edge, never in T-junctions.

Lots tile their zone exactly (shared edges, no overlap). The zone polygon is
rebuilt with every lot corner that lies on its outline as a vertex, so a lot's
outline is exactly covered by its zone's outline (robust ``ST_CoveredBy``).

The zone's ``min_setback_m`` follows the lot size: the plan's setback (6–10 m
for industrial lots) at SCALE 1, less where SCALE makes lots so small that the
setback would leave no room to build (at most 12 % of a typical lot's width).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import shapely

from .errors import DemoCanceled
from .geometry import frame_arrays, rect_polygons, to_world
from .layout import AreaLayout, Zone

LANE_M = 10.0
LOT_DEPTH_RATIO = 1.5  # depth / frontage of a typical lot


@dataclass
class Lots:
    """All lots as parallel arrays (index = lot number)."""

    zone: np.ndarray  # zone index
    area: np.ndarray  # functional-area index
    along_u: np.ndarray  # bool: the zone's long side runs along u
    a0: np.ndarray  # rectangle in the zone frame (along, across)
    a1: np.ndarray
    c0: np.ndarray
    c1: np.ndarray
    last_row: np.ndarray  # bool: the lot's far side (c1) is the zone's outline
    codes: list[str]
    geoms: np.ndarray  # world Polygons
    area_m2: np.ndarray
    lanes: list[tuple[int, float, float, float]]  # (zone index, a0, a1, c) access lane centre lines

    def __len__(self) -> int:
        return len(self.zone)

    def local_to_uv(self, a, c, index):
        """(along, across) of lots ``index`` → (u, v) of their area frame."""
        along_u = self.along_u[index]
        return np.where(along_u, a, c), np.where(along_u, c, a)


def zone_frame(zone: Zone) -> tuple[bool, float, float, float, float]:
    """(along_u, a_lo, a_hi, c_lo, c_hi) of a zone."""
    along_u = zone.width >= zone.height
    if along_u:
        return True, zone.u0, zone.u1, zone.v0, zone.v1
    return False, zone.v0, zone.v1, zone.u0, zone.u1


def subdivide(areas: list[AreaLayout], zones: list[Zone], scale: float, seed: int,
              is_canceled: Callable[[], bool] | None = None) -> Lots:
    """Cut every zone into lots (sets each zone's ``min_setback_m`` and noded ``geom`` too)."""
    parts: dict[str, list] = {k: [] for k in ("zone", "along_u", "a0", "a1", "c0", "c1", "last")}
    codes: list[str] = []
    lanes: list[tuple[int, float, float, float]] = []
    ring_parts = []
    for zone in zones:
        if is_canceled is not None and zone.index % 32 == 31 and is_canceled():
            raise DemoCanceled("Generating the demo twin was canceled.")
        rng = np.random.default_rng([seed, 21, zone.index])
        along_u, a_lo, a_hi, c_lo, c_hi = zone_frame(zone)
        length, depth = a_hi - a_lo, c_hi - c_lo
        n = max(1, int(round(zone.area_m2 / zone.lot_target_m2 * scale)))
        frontage = math.sqrt(zone.area_m2 / n / LOT_DEPTH_RATIO)
        lot_depth = zone.area_m2 / n / frontage
        rows = int(min(max(1, round(depth / lot_depth)), n))
        cols = max(1, int(round(n / rows)))
        groups, n_lanes = 1, 0
        if rows >= 3:
            groups = (rows + 1) // 2
            n_lanes = groups - 1
            if n_lanes * LANE_M > 0.3 * depth:
                groups, n_lanes = 1, 0
        group_of_row = np.arange(rows) // 2 if n_lanes else np.zeros(rows, dtype=int)
        # rows: depths and their across positions, a lane after each pair
        weights = rng.uniform(0.85, 1.15, rows)
        usable = depth - n_lanes * LANE_M
        edges = np.concatenate([[0.0], np.cumsum(weights / weights.sum() * usable)])
        lo = c_lo + edges[:-1] + LANE_M * group_of_row
        hi = c_lo + edges[1:] + LANE_M * group_of_row
        lo[0] = c_lo
        hi[-1] = c_hi
        # columns: jittered widths per pair of rows
        w = rng.uniform(0.6, 1.4, (groups, cols))
        col_edges = a_lo + np.concatenate(
            [np.zeros((groups, 1)), np.cumsum(w / w.sum(axis=1, keepdims=True), axis=1) * length], axis=1)
        col_edges[:, 0] = a_lo
        col_edges[:, -1] = a_hi
        per_row = col_edges[group_of_row]  # (rows, cols + 1)
        parts["zone"].append(np.full(rows * cols, zone.index))
        parts["along_u"].append(np.full(rows * cols, along_u))
        parts["a0"].append(per_row[:, :-1].ravel())
        parts["a1"].append(per_row[:, 1:].ravel())
        parts["c0"].append(np.repeat(lo, cols))
        parts["c1"].append(np.repeat(hi, cols))
        parts["last"].append(np.repeat(np.arange(rows) == rows - 1, cols))
        width = max(3, len(str(rows * cols)))
        codes.extend("{}-{:0{}d}".format(zone.code, k + 1, width) for k in range(rows * cols))
        # the zone's setback follows the lot size (see the module docstring)
        typical = min(length / cols, usable / rows)
        zone.min_setback_m = float(min(zone.base_setback_m, max(0.5, math.floor(2 * 0.12 * typical) / 2)))
        # access lanes between pairs of rows, reaching the road centre lines at both ends
        reach = zone.road_reach
        ext_lo, ext_hi = (reach[0], reach[1]) if along_u else (reach[2], reach[3])
        for g in range(n_lanes):
            last_of_group = 2 * g + 1
            lanes.append((zone.index, a_lo - ext_lo, a_hi + ext_hi, float(hi[last_of_group] + LANE_M / 2)))
        # zone outline through every lot corner on it, in the zone frame, counter-clockwise
        across_stops = np.unique(np.concatenate([lo, hi]))
        ring_a = np.concatenate([col_edges[0], np.full(len(across_stops) - 2, a_hi),
                                 col_edges[-1][::-1], np.full(len(across_stops) - 2, a_lo), [a_lo]])
        ring_c = np.concatenate([np.full(cols + 1, c_lo), across_stops[1:-1],
                                 np.full(cols + 1, c_hi), across_stops[1:-1][::-1], [c_lo]])
        ring_parts.append((zone, along_u, ring_a, ring_c))

    zone_idx = np.concatenate(parts["zone"])
    area_of_zone = np.array([z.area for z in zones])
    area_idx = area_of_zone[zone_idx]
    along = np.concatenate(parts["along_u"])
    a0, a1 = np.concatenate(parts["a0"]), np.concatenate(parts["a1"])
    c0, c1 = np.concatenate(parts["c0"]), np.concatenate(parts["c1"])
    u0, u1 = np.where(along, a0, c0), np.where(along, a1, c1)
    v0, v1 = np.where(along, c0, a0), np.where(along, c1, a1)
    frames = [a.frame for a in areas]
    geoms = rect_polygons(u0, u1, v0, v1, *frame_arrays(frames, area_idx))
    for zone, along_u, ring_a, ring_c in ring_parts:
        u, v = (ring_a, ring_c) if along_u else (ring_c, ring_a)
        f = frames[zone.area]
        x, y = to_world(u, v, f.cx, f.cy, f.cos, f.sin)
        zone.geom = shapely.polygons(np.stack([x, y], axis=-1))
    return Lots(
        zone=zone_idx, area=area_idx, along_u=along, a0=a0, a1=a1, c0=c0, c1=c1,
        last_row=np.concatenate(parts["last"]), codes=codes, geoms=geoms,
        area_m2=shapely.area(geoms), lanes=lanes,
    )
