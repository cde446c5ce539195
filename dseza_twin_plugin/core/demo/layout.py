"""Functional areas, their road grid and their planning zones.

Each area is a rectangle in its rotated local frame (u along the width, v along
the height), centred on its anchor point; the larger ones lose a corner block
(``notch``), which gives L-shaped outlines. The outline is sized so that its
area equals the published area (the fixed-width roads stay fixed, the grid
scales; a few fixed-point iterations).

The road grid: ``nx - 1`` roads across u and ``ny - 1`` across v at jittered
positions, the middle one of each direction a main road (30–40 m), the others
internal roads (15.5–24 m). Each grid cell, less half a road width on its road
sides and a 10 m margin on the outline, is one planning zone; cells of the
bottom row also give a 30 m isolation green belt. Land uses are placed on
purpose for the technical infrastructure block (bottom-left corner, where the
wastewater plant and the substation go), the services / administration block
(at the main crossroads) and a transport block, then drawn from the kind's mix.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import shapely

from .anchors import AREAS, LAND_USE_MIX, AreaSpec, anchor_xy
from .geometry import Frame
from .planning import (
    LAND_USE_EN,
    LAND_USE_PREFIX,
    LAND_USE_VI,
    LIMITS,
    LOT_TARGET_M2,
    PUBLIC_SERVICES_COVERAGE,
)

#: Margin between the outline and the zones along it (perimeter green and fence), m.
OUTLINE_MARGIN_M = 10.0
#: Width of the isolation green belt along the bottom edge, m.
GREEN_BELT_M = 30.0
MAIN_ROAD_WIDTHS = (30.0, 34.0, 40.0)
INTERNAL_ROAD_WIDTHS = (15.5, 20.5, 24.0)
BLOCK_W_M = 450.0
BLOCK_H_M = 400.0
MIN_AREA_GAP_M = 100.0


@dataclass
class Zone:
    """One planning zone: a rectangle [u0, u1] × [v0, v1] of its area's frame."""

    index: int
    code: str
    name: str
    area: int
    area_code: str
    land_use: str
    public: bool
    u0: float
    u1: float
    v0: float
    v1: float
    #: distance from each side (left, right, bottom, top) to the road centre line beyond it; 0 = no road
    road_reach: tuple[float, float, float, float]
    plan_level: str
    plan_decision: str
    max_coverage_pct: float
    max_far: float
    max_height_m: float
    max_floors: int
    min_green_pct: float
    base_setback_m: float
    lot_target_m2: float
    min_setback_m: float = 0.0  # set by the lot subdivision (it depends on SCALE)
    geom: object = None  # world polygon, set by the lot subdivision (noded with its lots)

    @property
    def width(self) -> float:
        return self.u1 - self.u0

    @property
    def height(self) -> float:
        return self.v1 - self.v0

    @property
    def area_m2(self) -> float:
        return self.width * self.height


@dataclass
class AreaLayout:
    """One functional area with its frame, road grid and outline."""

    index: int
    spec: AreaSpec
    frame: Frame
    width: float
    height: float
    u_lines: np.ndarray  # nx + 1 positions, boundary included
    v_lines: np.ndarray
    u_widths: np.ndarray  # road width on each line (0 on the outline)
    v_widths: np.ndarray
    main_u: int
    main_v: int
    notch: tuple[int, int] | None
    notch_rect: tuple[float, float, float, float] | None
    polygon: object
    plan_decision: str
    zones: list[int] = field(default_factory=list)

    @property
    def nx(self) -> int:
        return len(self.u_lines) - 1

    @property
    def ny(self) -> int:
        return len(self.v_lines) - 1

    def local_outline(self) -> shapely.Polygon:
        box = shapely.box(-self.width / 2, -self.height / 2, self.width / 2, self.height / 2)
        if self.notch_rect is None:
            return box
        u0, u1, v0, v1 = self.notch_rect
        return box.difference(shapely.box(u0, v0, u1, v1))


def _grid_fractions(rng: np.random.Generator, n: int) -> np.ndarray:
    frac = np.arange(n + 1, dtype=float) / n
    if n > 1:
        frac[1:-1] += rng.uniform(-0.12, 0.12, n - 1) / n
    return frac


def _notch_rect(notch, u_lines, v_lines, u_w, v_w, width, height):
    if notch is None:
        return None
    nx, ny = len(u_lines) - 1, len(v_lines) - 1
    v0 = v_lines[ny - 1] + v_w[ny - 1] / 2
    if notch[0] == nx - 1:  # north-east
        return (u_lines[nx - 1] + u_w[nx - 1] / 2, width / 2, v0, height / 2)
    return (-width / 2, u_lines[1] - u_w[1] / 2, v0, height / 2)  # north-west


def _layout_area(index: int, spec: AreaSpec, rng: np.random.Generator) -> AreaLayout:
    target = spec.published_area_ha * 10_000.0
    w0 = math.sqrt(target * spec.aspect)
    h0 = target / w0
    nx = max(2, int(round(w0 / BLOCK_W_M)))
    ny = max(2, int(round(h0 / BLOCK_H_M)))
    fu = _grid_fractions(rng, nx)
    fv = _grid_fractions(rng, ny)
    main_u, main_v = nx // 2, ny // 2
    u_w = np.zeros(nx + 1)
    v_w = np.zeros(ny + 1)
    u_w[1:-1] = rng.choice(INTERNAL_ROAD_WIDTHS, nx - 1)
    v_w[1:-1] = rng.choice(INTERNAL_ROAD_WIDTHS, ny - 1)
    u_w[main_u] = rng.choice(MAIN_ROAD_WIDTHS)
    v_w[main_v] = rng.choice(MAIN_ROAD_WIDTHS)
    notch = None
    if spec.notch and nx >= 3 and ny >= 3:
        notch = (nx - 1, ny - 1) if spec.notch == "ne" else (0, ny - 1)

    k = 1.0
    for _ in range(30):  # area(k) is close to k² · w0 · h0: converges in a few steps
        width, height = k * w0, k * h0
        u_lines = (fu - 0.5) * width
        v_lines = (fv - 0.5) * height
        rect = _notch_rect(notch, u_lines, v_lines, u_w, v_w, width, height)
        area = width * height - (0.0 if rect is None else (rect[1] - rect[0]) * (rect[3] - rect[2]))
        if abs(area - target) < 1e-6 * target:
            break
        k *= math.sqrt(target / area)
    x, y = anchor_xy(spec)
    frame = Frame(x, y, spec.rotation_deg)
    layout = AreaLayout(
        index=index, spec=spec, frame=frame, width=width, height=height,
        u_lines=u_lines, v_lines=v_lines, u_widths=u_w, v_widths=v_w, main_u=main_u, main_v=main_v,
        notch=notch, notch_rect=rect, polygon=None,
        plan_decision=_decision(rng, spec, "UBND"),
    )
    outline = layout.local_outline()
    coords = shapely.get_coordinates(outline)
    wx, wy = frame.to_world(coords[:, 0], coords[:, 1])
    layout.polygon = shapely.polygons(np.stack([wx, wy], axis=-1))
    return layout


def _decision(rng: np.random.Generator, spec: AreaSpec, issuer: str) -> str:
    first = max(spec.established.year, 2008)
    year = int(rng.integers(first, max(first, 2024) + 1))
    number = int(rng.integers(120, 9800))
    return "QĐ {}/QĐ-{} {}".format(number, issuer, year)


def _assign_land_uses(layout: AreaLayout, cells: list[tuple[int, int]], rng: np.random.Generator):
    uses: dict[tuple[int, int], str] = {}
    public: set[tuple[int, int]] = set()
    free = set(cells)

    def place(use: str, candidates) -> tuple[int, int] | None:
        for cell in candidates:
            if cell in free:
                uses[cell] = use
                free.discard(cell)
                return cell
        return None

    nx = layout.nx
    mu, mv = layout.main_u, layout.main_v
    place("infrastructure", [(0, 0), (1, 0), (0, 1)])
    centre = place("services", [(mu - 1, mv - 1), (mu, mv - 1), (mu - 1, mv), (mu, mv)])
    if centre is not None:
        public.add(centre)
    if len(cells) >= 6:
        place("transport", [(nx - 1, 0), (nx - 2, 0)])
    mix = LAND_USE_MIX[layout.spec.kind]
    names = list(mix)
    p = np.array([mix[n] for n in names])
    p /= p.sum()
    rest = [c for c in cells if c in free]  # cells keep their grid order: deterministic
    draws = rng.choice(len(names), size=len(rest), p=p) if rest else []
    for cell, d in zip(rest, draws):
        uses[cell] = names[int(d)]
    if len(cells) >= 5 and "green" not in uses.values() and rest:
        uses[rest[int(rng.integers(len(rest)))]] = "green"
    return uses, public


def _limits(rng: np.random.Generator, land_use: str, public: bool) -> dict:
    c = LIMITS[land_use]
    pick = lambda values: values[int(rng.integers(len(values)))]  # noqa: E731
    return {
        "max_coverage_pct": (PUBLIC_SERVICES_COVERAGE if public and land_use == "services"
                             else float(pick(c.coverage_pct))),
        "max_far": float(pick(c.far)),
        "max_height_m": float(pick(c.height_m)),
        "max_floors": int(pick(c.floors)),
        "min_green_pct": float(pick(c.green_pct)),
        "base_setback_m": float(pick(c.setback_m)),
    }


def _zones_of_area(layout: AreaLayout, rng: np.random.Generator, first_index: int) -> list[Zone]:
    nx, ny = layout.nx, layout.ny
    cells = [(i, j) for j in range(ny) for i in range(nx) if (i, j) != layout.notch]
    uses, public = _assign_land_uses(layout, cells, rng)
    counters: dict[str, int] = {}
    zones: list[Zone] = []
    spec = layout.spec

    def reach(line_index: int, n: int, widths: np.ndarray) -> tuple[float, float]:
        """(inset, distance to the road centre line) of a cell side on grid line ``line_index``."""
        if 0 < line_index < n:
            return widths[line_index] / 2, widths[line_index] / 2
        return OUTLINE_MARGIN_M, 0.0

    def add(land_use: str, is_public: bool, u0, u1, v0, v1, road_reach) -> None:
        prefix = LAND_USE_PREFIX[land_use]
        counters[prefix] = counters.get(prefix, 0) + 1
        short = "{}-{:02d}".format(prefix, counters[prefix])
        limits = _limits(rng, land_use, is_public)
        level = "1/500" if rng.random() < 0.3 else "1/2000"
        decision = _decision(rng, spec, "BQL") if level == "1/500" else layout.plan_decision
        zones.append(Zone(
            index=first_index + len(zones),
            code="{}-{}".format(spec.code, short.replace("-", "")),
            name="{} {} ({})".format(LAND_USE_VI[land_use], short, LAND_USE_EN[land_use]),
            area=layout.index, area_code=spec.code, land_use=land_use, public=is_public,
            u0=float(u0), u1=float(u1), v0=float(v0), v1=float(v1), road_reach=road_reach,
            plan_level=level, plan_decision=decision,
            lot_target_m2=float(LOT_TARGET_M2[land_use] * math.exp(rng.normal(0.0, 0.35))),
            **limits,
        ))

    for cell in cells:
        i, j = cell
        in_l, r_l = reach(i, nx, layout.u_widths)
        in_r, r_r = reach(i + 1, nx, layout.u_widths)
        in_b, r_b = reach(j, ny, layout.v_widths)
        in_t, r_t = reach(j + 1, ny, layout.v_widths)
        u0 = layout.u_lines[i] + in_l
        u1 = layout.u_lines[i + 1] - in_r
        v0 = layout.v_lines[j] + in_b
        v1 = layout.v_lines[j + 1] - in_t
        use = uses[cell]
        if j == 0 and use != "green" and v1 - v0 >= 150.0:
            add("green", True, u0, u1, v0, v0 + GREEN_BELT_M, (r_l, r_r, 0.0, 0.0))
            v0 = v0 + GREEN_BELT_M
            r_b = 0.0
        add(use, use in ("green", "infrastructure", "transport") or cell in public,
            u0, u1, v0, v1, (r_l, r_r, r_b, r_t))
    return zones


def build_layout(seed: int) -> tuple[list[AreaLayout], list[Zone]]:
    """All functional areas and planning zones for ``seed`` (independent of SCALE)."""
    areas: list[AreaLayout] = []
    zones: list[Zone] = []
    for index, spec in enumerate(AREAS):
        rng = np.random.default_rng([seed, 11, index])
        layout = _layout_area(index, spec, rng)
        area_zones = _zones_of_area(layout, rng, len(zones))
        layout.zones = [z.index for z in area_zones]
        areas.append(layout)
        zones.extend(area_zones)
    _check_separation(areas)
    return areas, zones


def _check_separation(areas: list[AreaLayout]) -> None:
    polys = np.array([a.polygon for a in areas], dtype=object)
    tree = shapely.STRtree(polys)
    left, right = tree.query(polys, predicate="dwithin", distance=MIN_AREA_GAP_M)
    for i, j in zip(left, right):
        if i < j:
            raise RuntimeError(
                "demo layout: functional areas {} and {} are closer than {} m".format(
                    areas[i].spec.code, areas[j].spec.code, MIN_AREA_GAP_M)
            )
