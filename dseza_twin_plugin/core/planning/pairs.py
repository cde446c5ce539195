"""Lot–building pairs → :class:`~.model.LotMeasures`: the aggregation shared by both measuring paths.

The shapely path (:mod:`.measures`) and the PostGIS push-down
(``store.pushdown``) each find the pairs of a lot and a building that share a
positive area, with the building's area inside the lot, and the setback
candidates; :func:`measures_from_pairs` turns them into per-lot values and
notes. Doing this once, in numpy, is what makes both paths give the same
numbers, the same ``nan`` and the same explanations for the same data.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .model import LotMeasures

#: Roads farther than this from a lot (m) are not considered for its setback.
ROAD_SEARCH_M = 60.0


def uses_index(values, n: int) -> tuple[list[str], np.ndarray]:
    """Distinct building uses (sorted) and each building's index into them (-1: no use)."""
    if values is None:
        return [], np.full(n, -1)
    names = [None if v is None else (str(v).strip() or None) for v in values]
    if len(names) != n:
        raise ValueError("There are {} building uses for {} buildings; give one per building.".format(
            len(names), n))
    distinct = sorted({u for u in names if u is not None})
    index = {u: i for i, u in enumerate(distinct)}
    return distinct, np.array([index.get(u, -1) for u in names], dtype=np.int64).reshape(n)


def _uses_per_lot(li: np.ndarray, use_id: np.ndarray, names: list[str], n: int) -> list[tuple[str, ...]]:
    """Distinct uses of each lot's buildings (sorted), from the pairs (sorted by lot) and their use indices."""
    out: list[tuple[str, ...]] = [()] * n
    known = use_id >= 0
    if not known.any():
        return out
    lots, ids = li[known], use_id[known]
    starts = np.flatnonzero(np.concatenate([[True], lots[1:] != lots[:-1]]))
    if len(names) <= 63:  # one bit per use: the set of a lot's uses is an integer
        masks = np.bitwise_or.reduceat(np.left_shift(np.uint64(1), ids.astype(np.uint64)), starts)
        seen: dict[int, tuple[str, ...]] = {}
        for lot, mask in zip(lots[starts].tolist(), masks.tolist()):
            uses = seen.get(mask)
            if uses is None:
                uses = seen[mask] = tuple(names[u] for u in range(len(names)) if mask >> u & 1)
            out[lot] = uses
        return out
    for lot, group in zip(lots[starts].tolist(), np.split(ids, starts[1:])):
        out[lot] = tuple(names[u] for u in np.unique(group).tolist())
    return out


def group_starts(sorted_keys: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """For keys sorted ascending: start index and count of each key 0..n-1."""
    counts = np.bincount(sorted_keys, minlength=n)
    return np.concatenate([[0], np.cumsum(counts)[:-1]]), counts


def _max_per_lot(values: np.ndarray, starts: np.ndarray, counts: np.ndarray, n: int):
    """Maximum per lot over sorted pairs (nan when a value is nan), 0 for lots without pairs."""
    out = np.zeros(n)
    has = counts > 0
    if has.any():
        out[has] = np.maximum.reduceat(values, starts[has])  # np.maximum propagates nan
    return out


@dataclass
class PairColumns:
    """Lot–building pairs sharing a positive area, sorted by lot (columns of equal length).

    ``lot`` indexes the lots; ``area_inside`` is the building's area inside the lot,
    ``building_area`` its whole footprint, ``inside`` whether the lot covers it;
    the attributes are the building's (nan where unknown); ``use_id`` indexes
    ``use_names`` (-1: no use).
    """

    lot: np.ndarray
    area_inside: np.ndarray
    building_area: np.ndarray
    inside: np.ndarray
    height: np.ndarray
    floors: np.ndarray
    gfa: np.ndarray
    use_id: np.ndarray
    use_names: list[str]


@dataclass
class SetbackCandidates:
    """Setback candidates (``value`` = distance to the road centre line − half its width) and roads per lot.

    Candidates are (lot, value, road width) rows in any order; ``tie_key`` (optional)
    is ``floor(value × TIE_PER_M)`` of the row's road when ``value`` is a minimum
    over several roads (the push-down gives one row per pair). ``roads_near`` and
    ``roads_no_width`` count, per lot with buildings, the roads within
    :data:`ROAD_SEARCH_M` of it and those among them without a width.
    """

    lot: np.ndarray
    value: np.ndarray
    width: np.ndarray
    roads_near: np.ndarray
    roads_no_width: np.ndarray
    tie_key: np.ndarray | None = None


#: Setbacks equal to the micrometre are a tie (the wider road's width is reported): two engines
#: computing the same distance may differ in the last bits, and a building at a crossroads is often
#: exactly as far from both roads' red lines.
TIE_PER_M = 1e6


def tie_key(value: np.ndarray) -> np.ndarray:
    """The micrometre a setback value falls in (equal keys: a tie)."""
    return np.floor(np.asarray(value, dtype=float) * TIE_PER_M)


def _least_setback(n: int, cand: SetbackCandidates) -> tuple[np.ndarray, np.ndarray]:
    """Per lot: the least value, and the width of its road (to the micrometre; the wider on a tie); nan without."""
    setback = np.full(n, np.nan)
    width_at = np.full(n, np.nan)
    ok = np.isfinite(cand.value)
    key = tie_key(cand.value) if cand.tie_key is None else np.asarray(cand.tie_key, dtype=float)
    lot, value, width, key = cand.lot[ok], cand.value[ok], cand.width[ok], key[ok]
    if len(lot):
        order = np.lexsort((-width, key, lot))
        lot, value, width = lot[order], value[order], width[order]
        first = np.concatenate([[True], lot[1:] != lot[:-1]])
        width_at[lot[first]] = width[first]
        least = np.full(n, np.inf)
        np.minimum.at(least, lot, value)
        setback[lot[first]] = least[lot[first]]
    unknown = np.asarray(cand.roads_no_width) > 0
    setback[unknown] = np.nan
    width_at[unknown] = np.nan
    return setback, width_at


def measures_from_pairs(codes: Sequence[str], lot_area, green, pairs: PairColumns,
                        setback: SetbackCandidates | None) -> LotMeasures:
    """Aggregate lot–building pairs (and setback candidates) into :class:`LotMeasures`, with the notes.

    Shared by the shapely path and the PostGIS push-down (``store.pushdown``), so
    that the same pairs give the same numbers, the same ``nan`` and the same notes.
    The cyclic garbage collector is paused meanwhile (hundreds of thousands of
    small lists and tuples, no cycles).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _measures_from_pairs(codes, lot_area, green, pairs, setback)
    finally:
        if enabled:
            gc.enable()


def _measures_from_pairs(codes, lot_area, green, pairs: PairColumns, setback: SetbackCandidates | None):
    n = len(codes)
    li = pairs.lot
    inside, a_in, barea = pairs.inside, pairs.area_inside, pairs.building_area
    g, f, h = pairs.gfa, pairs.floors, pairs.height
    has_g, has_f = np.isfinite(g), np.isfinite(f)
    with np.errstate(invalid="ignore", divide="ignore"):
        gfa_pair = np.where(has_g, np.where(inside, g, g * a_in / barea), np.where(has_f, a_in * f, np.nan))
    starts, count = group_starts(li, n)
    tally = {
        "crossing": np.bincount(li, weights=~inside, minlength=n),
        "prorated": np.bincount(li, weights=~inside & has_g, minlength=n),
        "from_floors": np.bincount(li, weights=~has_g & has_f, minlength=n),
        "no_gfa": np.bincount(li, weights=~has_g & ~has_f, minlength=n),
        "no_height": np.bincount(li, weights=~np.isfinite(h), minlength=n),
        "no_floors": np.bincount(li, weights=~has_f, minlength=n),
        "no_use": np.bincount(li, weights=pairs.use_id < 0, minlength=n),
    }
    if setback is not None:
        setback_m, width_at = _least_setback(n, setback)
        tally["roads_near"], tally["roads_no_width"] = setback.roads_near, setback.roads_no_width
    else:
        setback_m, width_at = np.full(n, np.nan), np.full(n, np.nan)
    return LotMeasures(
        code=list(codes),
        lot_area_m2=np.asarray(lot_area, dtype=float),
        footprint_m2=np.bincount(li, weights=a_in, minlength=n),
        gfa_m2=np.bincount(li, weights=gfa_pair, minlength=n),  # nan propagates
        gfa_estimated=(tally["prorated"] > 0) | (tally["from_floors"] > 0),
        max_height_m=_max_per_lot(h, starts, count, n),
        max_floors=_max_per_lot(f, starts, count, n),
        building_count=count.astype(np.int64),
        green_area_m2=np.asarray(green, dtype=float),
        min_setback_m=setback_m,
        road_width_m=width_at,
        building_uses=_uses_per_lot(li, pairs.use_id, pairs.use_names, n),
        notes=_notes(n, count, np.asarray(green, dtype=float), tally, setback is not None),
    )


_NOTES = (
    ("crossing", "{} building crosses the lot boundary: only its part inside the lot counts",
     "{} buildings cross the lot boundary: only their parts inside the lot count"),
    ("prorated", "GFA of {} building prorated to the share of its footprint inside the lot (estimate)",
     "GFA of {} buildings prorated to the share of their footprint inside the lot (estimate)"),
    ("from_floors", "GFA of {} building estimated as footprint × floors (no GFA recorded)",
     "GFA of {} buildings estimated as footprint × floors (no GFA recorded)"),
    ("no_gfa", "{} building has neither GFA nor floors: GFA and FAR unknown",
     "{} buildings have neither GFA nor floors: GFA and FAR unknown"),
    ("no_height", "{} building has no height: maximum height unknown",
     "{} buildings have no height: maximum height unknown"),
    ("no_floors", "{} building has no number of floors: maximum floors unknown",
     "{} buildings have no number of floors: maximum floors unknown"),
    ("no_use", "{} building has no use recorded", "{} buildings have no use recorded"),
    ("roads_no_width", "{} road within 60 m has no width: setback unknown",
     "{} roads within 60 m have no width: setback unknown"),
)


def _notes(n: int, count: np.ndarray, green: np.ndarray, tally: dict, roads_given: bool) -> list[list[str]]:
    """Per lot: how its values were obtained (estimates, missing data), in a fixed order."""
    notes: list[list[str]] = [[] for _ in range(n)]
    for key, one, many in _NOTES:
        values = tally.get(key)
        if values is None:
            continue
        for i in np.flatnonzero(np.asarray(values) > 0).tolist():
            k = int(values[i])
            notes[i].append((one if k == 1 else many).format(k))
    if roads_given:
        for i in np.flatnonzero((count > 0) & (np.asarray(tally["roads_near"]) == 0)).tolist():
            notes[i].append("no road within 60 m of the lot: setback unknown")
    for i in np.flatnonzero(~np.isfinite(green)).tolist():
        notes[i].append("planted (green) area not recorded")
    return notes
