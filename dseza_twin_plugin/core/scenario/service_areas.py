"""Service areas: which network element serves each lot, per service of the demand pack.

A service of the pack names its network and the node kinds that serve it (water → the
``water_supply_station`` nodes of the water network, wastewater → ``wwtp``, power → ``substation``).
A service without node kinds (trips) is served by the network's **links** that have a capacity
(the road links, in veh/h).

A lot is served by the nearest element of its own functional area (the lot's ``area_code``) having
that kind; a lot whose area has none (or whose area is unknown) by the nearest element overall.
Distances are measured from the lot's polygon (0 when it touches the element). Ties — a lot between
two roads at the same distance — go to the element nearest the lot's point on surface, then to the
first element: the result never depends on the order of a spatial index.

The work is one ``STRtree.query_nearest`` per functional area and service (a handful of areas),
never a loop over lots × elements.

>>> import shapely, numpy as np
>>> elements = Elements.from_rows("power", "power", [
...     {"code": "S1", "network": "power", "kind": "substation", "area_code": "A", "capacity": 2.0,
...      "unit": "MVA", "geom": shapely.Point(0, 0)},
...     {"code": "S2", "network": "power", "kind": "substation", "area_code": "B", "capacity": 1.0,
...      "unit": "MVA", "geom": shapely.Point(100, 0)}], ("substation",))
>>> lots = np.array([shapely.box(90, 0, 95, 5), shapely.box(90, 0, 95, 5)])  # 90 m from S1, 5 m from S2
>>> serve(lots, ["A", None], elements).element  # its own area's substation; no area: the nearest
['S1', 'S2']
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import shapely

from .demand import Capacity, DemandPack


@dataclass
class Elements:
    """The network elements that may serve one service (nodes or links), as columns."""

    service: str
    network: str
    code: list[str]
    kind: list[str | None]
    name: list[str | None]
    area_code: list[str | None]
    capacity: np.ndarray  # nan where unknown
    unit: list[str | None]
    geoms: np.ndarray

    def __len__(self) -> int:
        return len(self.code)

    @classmethod
    def from_rows(cls, service: str, network: str, rows: Sequence[Mapping], node_kinds: Sequence[str] = (),
                  need_capacity: bool = False) -> Elements:
        """Rows of ``network_nodes`` (kind in ``node_kinds``) or, without kinds, of ``network_links`` of the
        network (with a capacity when ``need_capacity``); rows without a geometry are left out."""
        kinds = set(node_kinds)
        keep = [r for r in rows if r.get("network") == network and r.get("geom") is not None
                and not shapely.is_empty(r["geom"]) and (not kinds or r.get("kind") in kinds)
                and (not need_capacity or _finite(r.get("capacity")))]
        return cls(service, network, [str(r["code"]) for r in keep], [r.get("kind") for r in keep],
                   [r.get("name") for r in keep], [r.get("area_code") for r in keep],
                   np.array([_float(r.get("capacity")) for r in keep], dtype=float),
                   [r.get("unit") for r in keep], np.array([r["geom"] for r in keep], dtype=object))

    def capacities(self) -> list[Capacity]:
        """The elements' capacities as the demand module reads them (elements without one are left out)."""
        return [Capacity(c, self.service, float(v), u or "") for c, v, u in zip(self.code, self.capacity, self.unit)
                if math.isfinite(v)]


@dataclass
class Served:
    """For one service, per lot (the lots' order): the serving element's code (None: no element at all),
    its distance in metres, and whether it lies in the lot's own functional area."""

    service: str
    element: list[str | None]
    distance_m: np.ndarray
    same_area: np.ndarray  # bool


def _float(value) -> float:
    try:
        return float(value) if value is not None else math.nan
    except (TypeError, ValueError):
        return math.nan


def _finite(value) -> bool:
    return math.isfinite(_float(value))


def _nearest(lots: np.ndarray, anchors: np.ndarray, candidates: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Index into ``candidates`` of the element nearest each lot (ties: nearest the lot's anchor point, then the
    lowest index) and its distance."""
    tree = shapely.STRtree(candidates)
    (li, ei), dist = tree.query_nearest(lots, all_matches=True, return_distance=True)
    tie = shapely.distance(anchors[li], candidates[ei])
    order = np.lexsort((ei, tie, li))  # per lot: smallest tie-break distance, then lowest element index
    li, ei, dist = li[order], ei[order], dist[order]
    first = np.ones(len(li), dtype=bool)
    first[1:] = li[1:] != li[:-1]
    out = np.full(len(lots), -1, dtype=np.int64)
    out_d = np.full(len(lots), np.nan)
    out[li[first]] = ei[first]
    out_d[li[first]] = dist[first]
    return out, out_d


def serve(lots: np.ndarray, lot_area: Sequence[str | None], elements: Elements) -> Served:
    """The element of ``elements`` serving each lot: the nearest of the lot's functional area, else the nearest."""
    n = len(lots)
    which = np.full(n, -1, dtype=np.int64)
    dist = np.full(n, np.nan)
    same = np.zeros(n, dtype=bool)
    if n and len(elements):
        lots = np.asarray(lots, dtype=object)
        anchors = shapely.point_on_surface(lots)
        lot_area_arr = np.array([a or "" for a in lot_area], dtype=object)
        elem_area = np.array([a or "" for a in elements.area_code], dtype=object)
        for area in sorted(set(elements.area_code) - {None, ""}):
            sel = np.flatnonzero(lot_area_arr == area)
            cand = np.flatnonzero(elem_area == area)
            if len(sel):
                idx, d = _nearest(lots[sel], anchors[sel], elements.geoms[cand])
                which[sel], dist[sel], same[sel] = cand[idx], d, True
        rest = np.flatnonzero(which < 0)
        if len(rest):
            idx, d = _nearest(lots[rest], anchors[rest], elements.geoms)
            which[rest], dist[rest] = idx, d
    codes = [elements.code[i] if i >= 0 else None for i in which.tolist()]
    return Served(elements.service, codes, dist, same)


def service_elements(pack: DemandPack, nodes: Sequence[Mapping], links: Sequence[Mapping]) -> dict[str, Elements]:
    """Per service of the pack: its nodes of the named kinds, or (no kinds) its network's links with a capacity."""
    out = {}
    for sid, service in pack.services.items():
        if service.node_kinds:
            out[sid] = Elements.from_rows(sid, service.network, nodes, service.node_kinds)
        else:
            out[sid] = Elements.from_rows(sid, service.network, links, need_capacity=True)
    return out


def service_areas(lots: np.ndarray, lot_area: Sequence[str | None], elements: Mapping[str, Elements]
                  ) -> dict[str, Served]:
    """:func:`serve` for every service: ``{service: Served}``."""
    return {sid: serve(lots, lot_area, e) for sid, e in elements.items()}
