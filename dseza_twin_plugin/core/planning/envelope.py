"""Buildable envelopes: per lot, the largest 3D volume the rules allow, and the floor area left to build.

:func:`buildable_envelopes` takes the lots (shapely polygons in a metric CRS), their
:class:`~.model.LotContext` (land use, zone plan limits), the rule packs, and optionally the roads
(centre lines with their width between red lines) and the buildings already there. For every lot:

1. **Height and floors** are resolved by :func:`.limits.resolve_all`, exactly as
   ``dsezatwin:checkcompliance`` resolves them (national pack, zone plan, per-lot overrides; the
   strictest wins). The envelope's height is the height limit; without one, the floor limit ×
   ``floor_height_m`` (an assumption, said in the notes); without either, the lot has no envelope
   (``no_height_limit``). Without a floor limit, the floors are the whole floors of
   ``floor_height_m`` that fit under the height limit (estimated, noted).
2. **Coverage and FAR** are then resolved at that height and number of floors — a building that
   uses the whole envelope: QCVN 01:2021/BXD Tables 2.9 and 2.10 read at the envelope's height,
   2.5.3's 60 % for factories of more than five floors. (A lower building may be allowed a larger
   coverage: these are the figures of the full envelope.)
3. **Setbacks, stepped by height.** Table 2.7 gives the setback by the width of the road and the
   building's height band (< 19, 19–22, 22–28, ≥ 28 m), and QCVN 01:2021/BXD 2.6.2 applies it
   separately to the podium and to the tower above it "theo chiều cao tương ứng của mỗi phần". So the
   envelope is cut at the bands' edges: the part between two edges is set back, from every road
   within :data:`~.pairs.ROAD_SEARCH_M` of the lot, by the setback resolved (national table and the
   plan's ``min_setback_m``, strictest wins) for that road's width and a building reaching that band.
   The footprint of a level is the lot less the roads' reserves widened by the setback: the buffer of
   the centre line by half the road's width (its red line) plus the setback. Each level is kept
   within the one below (the envelope never overhangs). A lot with no road near it has no road
   setback (as in checkcompliance: "no road runs along the lot"). A road near the lot without a
   width is taken at its centre line with the strictest setback of any width, and the lot is
   ``insufficient_data``.
4. **The solid**: a closed MultiPolygonZ — floor, walls of each level, the horizontal rings where
   the envelope steps back, and the roof — with every face wound outwards (normals out), so that
   :func:`solid_volume` (divergence theorem) gives its volume, equal to Σ level area × level height.
5. **Floor areas.** The buildable footprint is the ground level's area capped by coverage × lot
   area. The GFA the floors allow is Σ over floors of min(coverage cap, area of the level holding
   the floor's top) — floors × footprint when the envelope does not step back within the floors; the
   maximum GFA is the smaller of that and FAR × lot area. The built GFA is measured as checkcompliance
   measures it (:func:`.measures.measure_lots`: GFA, else footprint × floors, parts of buildings
   inside the lot); the remaining GFA is max(0, maximum − built).

>>> from shapely import LineString, box
>>> from .model import LotContext
>>> from .packs import load_rules
>>> ctx = [LotContext("L1", "industrial", plan={"max_height_m": 25.0, "max_floors": 5.0, "max_far": 2.0})]
>>> r = buildable_envelopes(ctx, [box(0, 0, 100, 50)], load_rules(), [LineString([(-50, -6), (150, -6)])], [12])
>>> r.levels[0][-1][:2], float(r.setback_area_m2[0]), float(r.max_gfa_m2[0])
((22.0, 25.0), 5000.0, 10000.0)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import shapely

from .limits import LotInputs, resolve_all
from .measures import _LINEAR, _geometries, _Numbered, _numbers, measure_lots
from .model import LotContext, LotMeasures
from .packs import RuleSet
from .pairs import ROAD_SEARCH_M
from .tables import BandTable, g

__all__ = ["DEFAULT_FLOOR_HEIGHT_M", "EnvelopeResult", "buildable_envelopes", "solid_volume", "stepped_solid"]

#: Storey height assumed where a height or a floor count must be derived from the other (m).
DEFAULT_FLOOR_HEIGHT_M = 3.5
#: Levels thinner than this (m²) are dropped (slivers of a difference).
_MIN_AREA_M2 = 1e-6
OK, INSUFFICIENT, NO_HEIGHT, NO_AREA = "ok", "insufficient_data", "no_height_limit", "no_buildable_area"


@dataclass
class EnvelopeResult:
    """Columnar result, one entry per lot in the input order."""

    code: list[str]
    geometry: np.ndarray  # MultiPolygon Z solids (None: no envelope)
    levels: list[list[tuple[float, float, object]]]  # per lot: (z0, z1, 2D footprint) from the ground up
    lot_area_m2: np.ndarray
    height_limit_m: np.ndarray
    height_clause: list[str | None]
    floors_limit: np.ndarray
    floors_clause: list[str | None]
    coverage_limit_pct: np.ndarray
    coverage_clause: list[str | None]
    far_limit: np.ndarray
    far_clause: list[str | None]
    envelope_height_m: np.ndarray  # top of the solid (below the height limit where setbacks leave nothing)
    floors_used: np.ndarray
    setbacks: list[str]  # per road near the lot: the setback of each height band
    setback_clause: list[str | None]
    setback_area_m2: np.ndarray  # ground level of the envelope
    buildable_footprint_m2: np.ndarray  # setback area capped by coverage
    coverage_capped: np.ndarray  # bool
    envelope_volume_m3: np.ndarray
    floors_gfa_m2: np.ndarray  # what the floors allow (Σ per floor)
    max_gfa_m2: np.ndarray
    max_gfa_by: list[str]  # far, floors or "" (unknown)
    built_footprint_m2: np.ndarray
    built_gfa_m2: np.ndarray
    remaining_gfa_m2: np.ndarray
    status: list[str]
    notes: list[list[str]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.code)

    def rows(self) -> list[dict]:
        """One dict per lot (plain Python values; nan for unknown numbers), for a layer or a report."""
        out = []
        for i in range(len(self)):
            out.append({
                "code": self.code[i], "status": self.status[i], "lot_area_m2": float(self.lot_area_m2[i]),
                "height_limit_m": float(self.height_limit_m[i]), "height_clause": self.height_clause[i],
                "floors_limit": float(self.floors_limit[i]), "floors_clause": self.floors_clause[i],
                "coverage_limit_pct": float(self.coverage_limit_pct[i]), "coverage_clause": self.coverage_clause[i],
                "far_limit": float(self.far_limit[i]), "far_clause": self.far_clause[i],
                "setbacks": self.setbacks[i], "setback_clause": self.setback_clause[i],
                "envelope_height_m": float(self.envelope_height_m[i]), "floors_used": float(self.floors_used[i]),
                "setback_area_m2": float(self.setback_area_m2[i]),
                "buildable_footprint_m2": float(self.buildable_footprint_m2[i]),
                "coverage_capped": bool(self.coverage_capped[i]),
                "envelope_volume_m3": float(self.envelope_volume_m3[i]),
                "max_gfa_m2": float(self.max_gfa_m2[i]), "max_gfa_by": self.max_gfa_by[i] or None,
                "built_footprint_m2": float(self.built_footprint_m2[i]), "built_gfa_m2": float(self.built_gfa_m2[i]),
                "remaining_gfa_m2": float(self.remaining_gfa_m2[i]), "notes": "; ".join(self.notes[i]) or None,
            })
        return out


# --------------------------------------------------------------------------- the solid


def _oriented(geoms, z, up):
    """Rings of the polygons of ``geoms`` (2D, any mix of Polygon/MultiPolygon/None) at heights ``z``, wound for
    an upward normal where ``up`` (exterior counter-clockwise, holes clockwise), downward elsewhere.

    Returns ``(coords (m, 3), ring of each coordinate, polygon of each ring, geometry of each polygon)``;
    every step is an array operation.
    """
    geoms = np.asarray(geoms, dtype=object)
    keep = np.flatnonzero(np.array([g is not None and not g.is_empty for g in geoms], dtype=bool))
    parts, pidx = shapely.get_parts(geoms[keep], return_index=True)
    pidx = keep[pidx]
    rings, ridx = shapely.get_rings(parts, return_index=True)
    coords, cidx = shapely.get_coordinates(rings, return_index=True)
    nr = len(rings)
    counts = np.bincount(cidx, minlength=nr)
    starts = np.r_[0, np.cumsum(counts)[:-1]] if nr else np.zeros(0, dtype=np.int64)
    same = cidx[:-1] == cidx[1:]
    cross = coords[:-1, 0] * coords[1:, 1] - coords[1:, 0] * coords[:-1, 1]
    area2 = np.bincount(cidx[:-1][same], weights=cross[same], minlength=nr)
    shell = np.r_[True, ridx[1:] != ridx[:-1]] if nr else np.zeros(0, dtype=bool)
    ring_up = np.asarray(up, dtype=bool)[pidx][ridx]
    flip = (area2 > 0) != (shell == ring_up)
    pos = np.arange(len(coords))
    rev = starts[cidx] + counts[cidx] - 1 - (pos - starts[cidx])
    order = np.where(flip[cidx], rev, pos)
    xyz = np.column_stack([coords[order], np.asarray(z, dtype=float)[pidx][ridx][cidx]])
    return xyz, cidx, ridx, pidx


def _flat_faces(geoms, z, up, owner):
    """Horizontal faces (polygons with their holes) and the owner of each."""
    xyz, cidx, ridx, pidx = _oriented(geoms, z, up)
    if not len(xyz):
        return np.empty(0, dtype=object), np.empty(0, dtype=np.int64)
    rings = shapely.linearrings(xyz, indices=cidx)
    return shapely.polygons(rings, indices=ridx), np.asarray(owner)[pidx]


def _wall_faces(geoms, z0, z1, owner):
    """One vertical quad per ring segment of ``geoms``, its normal out of the polygon, from z0 to z1."""
    xyz, cidx, ridx, pidx = _oriented(geoms, z0, np.ones(len(geoms), dtype=bool))
    if not len(xyz):
        return np.empty(0, dtype=object), np.empty(0, dtype=np.int64)
    seg = np.flatnonzero(cidx[:-1] == cidx[1:])
    geom_of_seg = pidx[ridx[cidx[seg]]]
    z_top = np.asarray(z1, dtype=float)[geom_of_seg]
    p, q = xyz[seg], xyz[seg + 1]
    quads = np.empty((len(seg), 5, 3))
    quads[:, 0], quads[:, 1], quads[:, 2], quads[:, 3], quads[:, 4] = p, q, q, p, p
    quads[:, 2, 2] = quads[:, 3, 2] = z_top
    return shapely.polygons(quads), np.asarray(owner)[geom_of_seg]


def _solids(owner, z0, z1, footprint, upper, first, n):
    """Closed MultiPolygon Z solids of ``n`` lots from their levels (one entry per level: its lot, heights,
    footprint, the footprint of the level above or None, whether it is the lot's ground level)."""
    owner = np.asarray(owner, dtype=np.int64)
    first = np.asarray(first, dtype=bool)
    faces, owners = [], []
    f, o = _flat_faces(footprint[first], z0[first], np.zeros(int(first.sum()), dtype=bool), owner[first])
    faces.append(f)
    owners.append(o)
    f, o = _wall_faces(footprint, z0, z1, owner)
    faces.append(f)
    owners.append(o)
    exposed = footprint.copy()
    stepped = np.flatnonzero(np.array([u is not None for u in upper], dtype=bool))
    if len(stepped):
        exposed[stepped] = [_polygonal(g) for g in shapely.difference(footprint[stepped], upper[stepped])]
    f, o = _flat_faces(exposed, z1, np.ones(len(exposed), dtype=bool), owner)
    faces.append(f)
    owners.append(o)
    faces, owners = np.concatenate(faces), np.concatenate(owners)
    order = np.argsort(owners, kind="stable")
    out = np.empty(n, dtype=object)
    if len(order):
        made = shapely.multipolygons(faces[order], indices=owners[order])
        have = np.unique(owners)
        out[have] = made[have]
    return out


def stepped_solid(levels: Sequence[tuple[float, float, object]]):
    """A closed MultiPolygon Z from nested levels ``(z0, z1, 2D (Multi)Polygon)``, ground level first.

    Faces: the ground level's floor (normal down), each level's walls, the horizontal ring where a
    level steps back from the one below (normal up), and the roof. Every normal points outwards.
    """
    levels = [lv for lv in levels if lv[2] is not None and not lv[2].is_empty and lv[1] > lv[0]]
    if not levels:
        return None
    m = len(levels)
    footprint = np.empty(m, dtype=object)
    footprint[:] = [lv[2] for lv in levels]
    upper = np.empty(m, dtype=object)
    upper[:-1] = footprint[1:]
    return _solids(np.zeros(m), np.array([lv[0] for lv in levels]), np.array([lv[1] for lv in levels]),
                   footprint, upper, np.arange(m) == 0, 1)[0]


def solid_volume(solid) -> float:
    """Volume enclosed by a closed, outward-wound polyhedral surface (MultiPolygon Z), by the divergence
    theorem: V = ⅓ Σ faces p₀ · A⃗, A⃗ the face's vector area (Newell; holes wound the other way subtract)."""
    if solid is None or solid.is_empty:
        return 0.0
    total = 0.0
    for face in shapely.get_parts(solid):
        area = np.zeros(3)
        rings = [face.exterior] + list(face.interiors)
        for ring in rings:
            c = np.asarray(ring.coords)
            area += 0.5 * np.cross(c[:-1], c[1:]).sum(axis=0)
        p0 = np.asarray(face.exterior.coords)[0]
        total += float(np.dot(p0, area)) / 3.0
    return total


def _polygonal(geom):
    """The polygons of a geometry (lines and points a difference may leave dropped); None when nothing is left."""
    if geom is None or geom.is_empty:
        return None
    kind = shapely.get_type_id(geom)
    if kind in (shapely.GeometryType.POLYGON, shapely.GeometryType.MULTIPOLYGON):
        return geom
    polys = [p for p in shapely.get_parts(geom) if p.geom_type in ("Polygon", "MultiPolygon")]
    polys = [q for p in polys for q in shapely.get_parts(p)]
    return shapely.MultiPolygon(polys) if polys else None


# --------------------------------------------------------------------------- the computation


def _band_edges(rules: RuleSet) -> list[float]:
    """Height edges (> 0) of the bands of every national setback table (Table 2.7: 19, 22, 28 m)."""
    edges: set[float] = set()
    if rules.national is not None:
        for rule in rules.national.rules:
            table = rules.national.tables.get(rule.table) if rule.rule_id == "setback" and rule.table else None
            if isinstance(table, BandTable):
                edges.update(float(e) for e in table.columns.edges if e > 0)
    return sorted(edges)


def _limit_columns(res, n: int) -> tuple[np.ndarray, list[str | None]]:
    """The worst-case limit value and a "source: clause" text for every lot, from one RuleResolution."""
    if res is None:
        return np.full(n, np.nan), [None] * n
    distinct, index = res.all_limits()
    texts = [None if lim is None else "{} ({})".format(lim.clause, lim.source) for lim in distinct]
    return res.worst.astype(float).copy(), [texts[k] for k in index.tolist()] if n else []


def buildable_envelopes(
    contexts: Sequence[LotContext],
    lot_geoms,
    rules: RuleSet,
    road_geoms=None,
    road_width=None,
    building_geoms=None,
    building_height=None,
    building_floors=None,
    building_gfa=None,
    building_use=None,
    floor_height_m: float = DEFAULT_FLOOR_HEIGHT_M,
) -> EnvelopeResult:
    """The buildable envelope of every lot (see the module's text for how each value is found).

    Parameters
    ----------
    contexts : sequence of LotContext
        One per lot, in the lots' order (codes, land use, zone, plan limits).
    lot_geoms : array-like of shapely (Multi)Polygons in a metric CRS (EPSG:5899 in the twin).
    rules : RuleSet
        From :func:`.packs.load_rules` (``qcvn01-2021,plan`` and any overrides).
    road_geoms, road_width : optional
        Road centre lines and their widths between red lines (m). Without roads, no setback applies.
    building_geoms, building_height, building_floors, building_gfa, building_use : optional
        What is already built (for the built and remaining GFA, and the uses some national rules need).
    floor_height_m : float
        Storey height (m) where floors must be derived from a height or the reverse.

    Raises
    ------
    ValueError
        No lots, bad geometries (as :func:`.measures.measure_lots`), non-line roads, negative road
        widths, a storey height that is not a positive number, contexts that do not match the lots.
    """
    if not (isinstance(floor_height_m, int | float) and np.isfinite(floor_height_m) and floor_height_m > 0):
        raise ValueError("The storey height must be a positive number of metres (got {!r}).".format(floor_height_m))
    codes = [c.code for c in contexts]
    n = len(codes)
    measures: LotMeasures = measure_lots(codes, lot_geoms, building_geoms if building_geoms is not None else [],
                                         building_height, building_floors, building_gfa, building_use,
                                         lot_green_area=np.zeros(n))  # green is not an envelope's business
    lots = _geometries(lot_geoms, "lots", (shapely.GeometryType.POLYGON, shapely.GeometryType.MULTIPOLYGON),
                       True, codes)
    notes: list[list[str]] = [[] for _ in range(n)]
    status = [OK] * n

    # 1. height and floors
    no_height = np.full(n, np.nan)
    base = LotInputs.build(contexts, measures.lot_area_m2, no_height, no_height, no_height, measures.building_uses)
    first = resolve_all(base, rules, ["height", "floors"])
    height_lim, height_clause = _limit_columns(first.get("height"), n)
    floors_lim, floors_clause = _limit_columns(first.get("floors"), n)
    height = height_lim.copy()
    from_floors = np.isnan(height) & ~np.isnan(floors_lim)
    height[from_floors] = floors_lim[from_floors] * floor_height_m
    floors = floors_lim.copy()
    est_floors = np.isnan(floors) & ~np.isnan(height)
    floors[est_floors] = np.floor(height[est_floors] / floor_height_m + 1e-9)
    for i in np.flatnonzero(from_floors):
        notes[i].append("no height limit: the envelope is {} floors × {} m = {} m high".format(
            g(floors_lim[i]), g(floor_height_m), g(height[i])))
    for i in np.flatnonzero(est_floors):
        notes[i].append("no floor limit: {} floors of {} m fit under {} m".format(
            g(floors[i]), g(floor_height_m), g(height[i])))
    for i in np.flatnonzero(np.isnan(height)):
        status[i] = NO_HEIGHT
        notes[i].append("neither the plan nor the rule packs limit the height or the floors: no envelope")

    # 2. coverage and FAR for a building filling the envelope
    full = LotInputs.build(contexts, measures.lot_area_m2, height, floors, no_height, measures.building_uses)
    second = resolve_all(full, rules, ["coverage", "far"])
    cov_lim, cov_clause = _limit_columns(second.get("coverage"), n)
    far_lim, far_clause = _limit_columns(second.get("far"), n)

    # 3. setbacks by road and height band
    edges = _band_edges(rules)
    breaks = np.array([0.0] + edges + [np.inf])
    nband = len(breaks) - 1
    with np.errstate(invalid="ignore"):
        nseg = np.where(np.isnan(height) | (height <= 0), 0,
                        (breaks[:-1][None, :] < height[:, None]).sum(axis=1))
    footprints = np.empty((n, nband), dtype=object)
    for k in range(nband):
        footprints[:, k] = np.where(k < nseg, lots, None)
    setback_text = [""] * n
    setback_clause: list[str | None] = [None] * n
    if road_geoms is not None and len(road_geoms):
        roads = _geometries(road_geoms, "roads", _LINEAR, False, _Numbered("road"))
        width = _numbers(road_width, len(roads), "road widths")
        if (width < 0).any():
            raise ValueError("Road widths cannot be negative ({} are).".format(int((width < 0).sum())))
        _setbacks(contexts, measures, rules, lots, roads, width, height, floors, breaks, nseg, footprints,
                  setback_text, setback_clause, notes, status)
    else:
        for i in np.flatnonzero(nseg > 0):
            setback_text[i] = "no road runs along the lot: no road setback"

    # nested levels, areas, solids
    areas = np.zeros((n, nband))
    levels: list[list] = [[] for _ in range(n)]
    geometry = np.empty(n, dtype=object)
    top = np.full(n, np.nan)
    for k in range(nband):
        if k:
            both = (k < nseg) & np.array([f is not None for f in footprints[:, k - 1]], dtype=bool)
            idx = np.flatnonzero(both)
            if len(idx):
                footprints[idx, k] = shapely.intersection(footprints[idx, k], footprints[idx, k - 1])
            footprints[(k < nseg) & ~both, k] = None
        col = footprints[:, k]
        col[:] = [_polygonal(f) for f in col]
        present = np.array([f is not None for f in col], dtype=bool)
        areas[present, k] = shapely.area(col[present].astype(object))
        col[present & (areas[:, k] <= _MIN_AREA_M2)] = None
    lv_owner, lv_k = np.nonzero(np.array([[f is not None for f in row] for row in footprints], dtype=bool)
                                .reshape(n, nband))
    lv_z0 = breaks[lv_k]
    lv_z1 = np.minimum(breaks[lv_k + 1], height[lv_owner])
    lv_foot = footprints[lv_owner, lv_k]
    lv_upper = np.empty(len(lv_owner), dtype=object)
    nxt = np.flatnonzero(lv_k + 1 < nband)
    lv_upper[nxt] = footprints[lv_owner[nxt], lv_k[nxt] + 1]
    for i, z0, z1, f in zip(lv_owner.tolist(), lv_z0.tolist(), lv_z1.tolist(), lv_foot):
        levels[i].append((z0, z1, f))
    if len(lv_owner):
        geometry[:] = _solids(lv_owner, lv_z0, lv_z1, lv_foot, lv_upper, lv_k == 0, n)
    for i in range(n):
        if levels[i]:
            top[i] = levels[i][-1][1]
        elif nseg[i] > 0:
            status[i] = NO_AREA
            notes[i].append("the setbacks leave no ground to build on")
        elif height[i] <= 0:
            status[i] = NO_AREA
            notes[i].append("the height limit is 0 m: nothing may be built")
    volume = np.bincount(lv_owner, weights=(lv_z1 - lv_z0) * shapely.area(lv_foot.astype(object)), minlength=n) \
        if len(lv_owner) else np.zeros(n)

    # 4. floor areas
    lot_area = measures.lot_area_m2
    setback_area = areas[:, 0].copy()
    setback_area[np.isnan(height)] = np.nan
    cap = np.where(np.isnan(cov_lim), np.inf, cov_lim / 100.0 * lot_area)
    footprint = np.minimum(setback_area, cap)
    capped = cap < setback_area
    floors_gfa = np.full(n, np.nan)
    for i in range(n):
        nf = floors[i]
        if not levels[i] or not np.isfinite(nf) or nf < 1:
            if np.isfinite(height[i]):
                floors_gfa[i] = 0.0
            continue
        storey = height[i] / nf
        tops = (np.arange(int(nf)) + 1) * storey
        z1s = np.array([lv[1] for lv in levels[i]])
        level_of = np.searchsorted(z1s, tops - 1e-9)  # the level holding each floor's top
        level_area = np.array([lv[2].area for lv in levels[i]] + [0.0])
        floors_gfa[i] = float(np.minimum(level_area[level_of], cap[i]).sum())
    far_gfa = far_lim * lot_area
    max_gfa = np.where(np.isnan(far_gfa), floors_gfa, np.fmin(far_gfa, floors_gfa))
    by = ["" if np.isnan(max_gfa[i]) else ("far" if not np.isnan(far_gfa[i]) and far_gfa[i] < floors_gfa[i]
                                           else "floors") for i in range(n)]
    built = measures.gfa_m2
    remaining = np.where(np.isnan(built) | np.isnan(max_gfa), np.nan, np.maximum(max_gfa - built, 0.0))
    for i in range(n):
        if np.isnan(built[i]):
            notes[i].append("the built GFA is unknown (a building has neither gfa_m2 nor floors)")
        elif not np.isnan(max_gfa[i]) and built[i] > max_gfa[i] + 1e-6:
            notes[i].append("already built {} m² more than the maximum GFA".format(g(round(built[i] - max_gfa[i],
                                                                                        1))))
        if capped[i]:
            notes[i].append("coverage {} % caps the footprint at {} m² (setbacks leave {} m²)".format(
                g(cov_lim[i]), g(round(cap[i], 1)), g(round(setback_area[i], 1))))
        notes[i].extend(measures.notes[i])
    return EnvelopeResult(
        code=codes, geometry=geometry, levels=levels, lot_area_m2=lot_area, height_limit_m=height_lim,
        height_clause=height_clause, floors_limit=floors_lim, floors_clause=floors_clause,
        coverage_limit_pct=cov_lim, coverage_clause=cov_clause, far_limit=far_lim, far_clause=far_clause,
        envelope_height_m=top, floors_used=floors, setbacks=setback_text, setback_clause=setback_clause,
        setback_area_m2=setback_area, buildable_footprint_m2=footprint, coverage_capped=capped,
        envelope_volume_m3=np.where(np.isnan(height), np.nan, volume), floors_gfa_m2=floors_gfa,
        max_gfa_m2=max_gfa, max_gfa_by=by, built_footprint_m2=measures.footprint_m2, built_gfa_m2=built,
        remaining_gfa_m2=remaining, status=status, notes=notes)


def _setbacks(contexts, measures, rules, lots, roads, width, height, floors, breaks, nseg, footprints,
              setback_text, setback_clause, notes, status) -> None:
    """Cut every lot's levels by the reserves of the roads near it, widened by the setback of each band."""
    present = np.flatnonzero(np.array([r is not None for r in roads], dtype=bool))
    building = np.flatnonzero(nseg > 0)
    for i in building:
        setback_text[i] = "no road runs along the lot: no road setback"
    if not len(present) or not len(building):
        return
    tree = shapely.STRtree(roads[present])
    pl, pr = tree.query(lots[building], predicate="dwithin", distance=ROAD_SEARCH_M)
    pl, pr = building[pl], present[pr]
    order = np.lexsort((pr, pl))
    pl, pr = pl[order], pr[order]
    if not len(pl):
        return
    # one triple per (lot, road, band)
    reps = nseg[pl]
    tl, tr = np.repeat(pl, reps), np.repeat(pr, reps)
    tk = np.arange(len(tl)) - np.repeat(np.cumsum(reps) - reps, reps)
    ctx = [contexts[i] for i in tl.tolist()]
    inputs = LotInputs.build(ctx, measures.lot_area_m2[tl], breaks[tk], floors[tl], width[tr],
                             [measures.building_uses[i] for i in tl.tolist()])
    res = resolve_all(inputs, rules, ["setback"]).get("setback")
    if res is None:
        return
    distinct, index = res.all_limits()
    setback = np.nan_to_num(res.worst, nan=0.0)
    half = np.where(np.isfinite(width[tr]), width[tr] / 2.0, 0.0)
    radius = half + setback
    buffers = shapely.buffer(roads[tr], radius, quad_segs=8)
    for i in np.unique(pl[~np.isfinite(width[pr])]):
        status[i] = INSUFFICIENT
        notes[i].append("a road near the lot has no width: its reserve is taken at its centre line, with the "
                        "strictest setback of any road width")
    # union of the buffers of one (lot, band), then the lot less it
    group = tl * len(breaks) + tk
    order = np.argsort(group, kind="stable")
    group, buffers_sorted = group[order], buffers[order]
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    ends = np.r_[starts[1:], len(group)]
    unions = np.empty(len(starts), dtype=object)
    single = (ends - starts) == 1
    unions[single] = buffers_sorted[starts[single]]
    for k in np.flatnonzero(~single).tolist():
        unions[k] = shapely.union_all(buffers_sorted[starts[k]:ends[k]])
    gl, gk = group[starts] // len(breaks), group[starts] % len(breaks)
    footprints[gl, gk] = shapely.difference(lots[gl], unions)
    # the text: per road, the setback of each band, and the clauses (triples are sorted by lot, road, band)
    worst = res.worst
    cuts = np.flatnonzero(np.r_[True, (tl[1:] != tl[:-1]) | (tr[1:] != tr[:-1]), True])
    per_lot: dict[int, tuple[list[str], list[str]]] = {}
    for a, b in zip(cuts[:-1].tolist(), cuts[1:].tolist()):
        i, j = int(tl[a]), int(tr[a])
        parts, clauses = per_lot.setdefault(i, ([], []))
        bands = []
        for t in range(a, b):
            k = int(tk[t])
            bands.append("{} m at {}–{} m".format(g(worst[t]) if worst[t] == worst[t] else "0", g(breaks[k]),
                                                  g(min(breaks[k + 1], height[i]))))
            lim = distinct[index[t]]
            if lim is not None:
                text = "{} ({})".format(lim.clause, lim.source)
                if text not in clauses:
                    clauses.append(text)
        w = "width unknown" if not np.isfinite(width[j]) else "{} m wide".format(g(width[j]))
        parts.append("road #{} ({}): {}".format(j + 1, w, ", ".join(bands)))
    for i, (parts, clauses) in per_lot.items():
        setback_text[i] = "; ".join(parts)
        setback_clause[i] = "; ".join(clauses) or None
