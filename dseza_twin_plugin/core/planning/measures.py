"""Lot measures computed in QGIS's Python with shapely 2: vectorised, no loop of geometry calls per lot.

``measure_lots`` takes the lots, the buildings and (optionally) the roads as
arrays of shapely geometries in a metric CRS, with the attributes as parallel
sequences (``None`` or ``nan`` where unknown), and returns a
:class:`~.model.LotMeasures` in the lots' order.

How each measure is obtained (the PostGIS push-down in ``store.pushdown``
computes exactly the same, in SQL):

- Buildings belong to the lots they overlap with a positive area (an STRtree
  query, not the building's parcel code). A building wholly inside its lot
  (``covers``, the common and cheap case) counts whole; a building crossing the
  lot boundary counts only its part inside the lot (``intersection``, computed
  only for those pairs), and its GFA is prorated by the share of its footprint
  inside. A building over two lots counts in both, each with its own part.
- GFA missing: footprint (inside the lot) × floors; neither: the lot's GFA is
  unknown (``nan``). Estimates set ``gfa_estimated`` and are noted.
- ``max_height_m`` / ``max_floors``: over the lot's buildings, ``nan`` when one
  of them lacks it, 0 without buildings.
- Setback (lots with buildings, roads given): the least, over the lot's
  buildings and the roads within :data:`ROAD_SEARCH_M` of the lot, of the
  distance from the (whole) building to the road centre line less half the road
  width, i.e. the distance to the road's red line (negative when the building
  stands in the road reserve). ``road_width_m`` is the width of the road giving
  that least value (the wider road when two give the same value to the
  micrometre, as at a crossroads). A road near the lot without a width makes
  the setback unknown.
- Green: the lot's recorded planted area, ``nan`` where not recorded.

Both paths reduce their work to lot–building pairs (:class:`.pairs.PairColumns`)
and setback candidates (:class:`.pairs.SetbackCandidates`), aggregated by
:func:`.pairs.measures_from_pairs`: the same pairs give the same numbers and notes.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely

from .model import LotMeasures
from .pairs import (
    ROAD_SEARCH_M,
    PairColumns,
    SetbackCandidates,
    group_starts,
    measures_from_pairs,
    uses_index,
)

__all__ = ["ROAD_SEARCH_M", "measure_lots"]

_POLYGONAL = (shapely.GeometryType.POLYGON, shapely.GeometryType.MULTIPOLYGON)
_LINEAR = (shapely.GeometryType.LINESTRING, shapely.GeometryType.LINEARRING, shapely.GeometryType.MULTILINESTRING)
_SHOWN = 5  # offending items named in an error message


def _plural(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).format(n)


def _examples(labels: Sequence) -> str:
    shown = ", ".join(str(x) for x in list(labels)[:_SHOWN])
    return shown + (" and {} more".format(len(labels) - _SHOWN) if len(labels) > _SHOWN else "")


class _Numbered:
    """Labels "building #1", "building #2", … made on demand (only for error messages)."""

    def __init__(self, noun: str):
        self.noun = noun

    def __getitem__(self, i) -> str:
        return "{} #{}".format(self.noun, int(i) + 1)


def _geometries(values, what: str, allowed, required: bool, labels: Sequence) -> np.ndarray:
    """Object array of geometries (None for missing or empty), checked for type.

    ``required``: a missing or empty geometry is an error (lots); otherwise it
    is kept as None and skipped (buildings, roads).
    """
    if isinstance(values, np.ndarray) and values.dtype == object and values.ndim == 1:
        geoms = values.copy()
    else:
        geoms = np.empty(len(values), dtype=object)
        geoms[:] = list(values)
    is_geom = shapely.is_geometry(geoms)
    foreign = np.flatnonzero(~is_geom & np.array([g is not None for g in geoms], dtype=bool))
    if len(foreign):
        raise ValueError("Some {} are not shapely geometries: {}.".format(
            what, _examples([labels[i] for i in foreign])))
    absent = ~is_geom
    absent[is_geom] = shapely.is_empty(geoms[is_geom])
    if required and absent.any():
        bad = np.flatnonzero(absent)
        raise ValueError("{} {} no geometry: {}.".format(
            len(bad), "of the {} has".format(what) if len(bad) == 1 else "of the {} have".format(what),
            _examples([labels[i] for i in bad])))
    geoms[absent] = None
    present = np.flatnonzero(~absent)
    wrong = ~np.isin(shapely.get_type_id(geoms[present]), [int(k) for k in allowed])
    if wrong.any():
        bad = present[wrong]
        raise ValueError("The {} must be {}; {} not: {}.".format(
            what, "polygons" if allowed is _POLYGONAL else "lines", _plural(len(bad), "{} is", "{} are"),
            _examples([labels[i] for i in bad])))
    return geoms


def _check_valid(geoms: np.ndarray, index: np.ndarray, what: str, labels: Sequence) -> None:
    if not len(index):
        return
    invalid = ~shapely.is_valid(geoms[index])
    if invalid.any():
        bad = index[invalid]
        reason = shapely.is_valid_reason(geoms[bad[0]])
        raise ValueError(
            "{} {} invalid geometry ({}), e.g. {}: {}. Repair them first (Processing: 'Fix geometries').".format(
                len(bad), "of the {} has an".format(what) if len(bad) == 1 else "of the {} have an".format(what),
                reason, labels[bad[0]], _examples([labels[i] for i in bad])))


def _numbers(values, n: int, what: str) -> np.ndarray:
    """Float array (nan for None); a clear error for text or a wrong length."""
    if values is None:
        return np.full(n, np.nan)
    if isinstance(values, np.ndarray) and values.dtype.kind in "fiub":
        arr = values.astype(float).ravel()
    else:
        try:
            arr = np.array(list(values), dtype=float)  # None → nan
        except (TypeError, ValueError) as exc:
            raise ValueError("The {} must be numbers (or None where unknown).".format(what)) from exc
    if arr.shape != (n,):
        raise ValueError("There are {} {} for {} features; give one per feature.".format(len(arr), what, n))
    return arr


def _looks_like_degrees(geoms: np.ndarray) -> bool:
    """All within longitude/latitude ranges and no lot wider than 0.05 (a lot is metres wide, not 5 cm)."""
    bounds = shapely.bounds(geoms)
    xmin, ymin = bounds[:, 0].min(), bounds[:, 1].min()
    xmax, ymax = bounds[:, 2].max(), bounds[:, 3].max()
    extent = np.maximum(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1]).max()
    return bool(-180.0 <= xmin and xmax <= 180.0 and -90.0 <= ymin and ymax <= 90.0 and extent < 0.05)


def measure_lots(
    lot_codes: Sequence[str],
    lot_geoms,
    building_geoms,
    building_height=None,
    building_floors=None,
    building_gfa=None,
    building_use=None,
    road_geoms=None,
    road_width=None,
    lot_green_area=None,
) -> LotMeasures:
    """Measure every lot: area, clipped footprint, GFA, heights, floors, uses, green and setback.

    Parameters
    ----------
    lot_codes : sequence of str
        One code per lot (the order of the result).
    lot_geoms : array-like of shapely (Multi)Polygons
        In a metric CRS (EPSG:5899 in the twin). Multipart lots are fine.
    building_geoms : array-like of shapely (Multi)Polygons
        Buildings without a geometry (``None``/empty) are skipped.
    building_height, building_floors, building_gfa : sequences of float or None, optional
        One per building; ``None``/``nan`` where unknown (all unknown when omitted).
    building_use : sequence of str or None, optional
    road_geoms : array-like of shapely (Multi)LineStrings, optional
        Road centre lines; without them the setback is ``nan``.
    road_width : sequence of float or None, optional
        Width of each road between its red lines (m).
    lot_green_area : sequence of float or None, optional
        Planted area inside each lot (m²).

    Returns
    -------
    LotMeasures
        Columnar, in the order of ``lot_codes``.

    Raises
    ------
    ValueError
        No lots, mismatched lengths, a lot without geometry, a non-polygon lot or
        building, a non-line road, an invalid geometry, coordinates in degrees.

    Examples
    --------
    >>> from shapely import box
    >>> m = measure_lots(["L1"], [box(0, 0, 100, 50)], [box(10, 10, 40, 30)], [12.0], [2], [None], ["factory"])
    >>> float(m.coverage_pct[0]), float(m.far[0]), bool(m.gfa_estimated[0])
    (12.0, 0.24, True)
    """
    codes = [str(c) for c in lot_codes]
    n = len(codes)
    if n == 0:
        raise ValueError("There are no lots to measure.")
    lots = _geometries(lot_geoms, "lots", _POLYGONAL, True, codes)
    if len(lots) != n:
        raise ValueError("There are {} lot geometries for {} lot codes.".format(len(lots), n))
    if _looks_like_degrees(lots):
        raise ValueError("The lots look like they are in degrees (longitude/latitude). Areas and distances "
                         "are measured in metres: reproject the layers to EPSG:5899 (VN-2000 / TM-3 107-45).")
    _check_valid(lots, np.arange(n), "lots", codes)
    building_geoms = [] if building_geoms is None else building_geoms
    m = len(building_geoms)
    blabels = _Numbered("building")
    bgeoms = _geometries(building_geoms, "buildings", _POLYGONAL, False, blabels)
    height = _numbers(building_height, m, "building heights")
    floors = _numbers(building_floors, m, "building floor counts")
    gfa = _numbers(building_gfa, m, "building GFAs")
    use_names, use_id = uses_index(building_use, m)
    green = _numbers(lot_green_area, n, "lot green areas")

    # lot ↔ building pairs with a positive shared area: bounding boxes from the tree, then `covers`
    # (prepared lots; most buildings stand wholly inside one lot), then `intersects` and the
    # intersection only for the other candidates
    li, bi, a_in, barea, inside = _lot_building_pairs(lots, bgeoms, blabels)
    pairs = PairColumns(lot=li, area_inside=a_in, building_area=barea, inside=inside, height=height[bi],
                        floors=floors[bi], gfa=gfa[bi], use_id=use_id[bi], use_names=use_names)
    setback = None
    if road_geoms is not None:
        setback = _setback_candidates(lots, bgeoms, li, bi, road_geoms, road_width)
    return measures_from_pairs(codes, shapely.area(lots), green, pairs, setback)


def _lot_building_pairs(lots: np.ndarray, bgeoms: np.ndarray, blabels):
    """Pairs (lot, building) sharing a positive area, sorted by lot then building.

    Returns ``(lot index, building index, area inside the lot, building area, wholly inside)``.
    """
    tree = shapely.STRtree(bgeoms)
    li, bi = tree.query(lots)  # bounding boxes only
    order = np.lexsort((bi, li))
    li, bi = li[order], bi[order]
    if not len(li):
        empty = np.empty(0)
        return li, bi, empty, empty, np.empty(0, dtype=bool)
    shapely.prepare(lots)
    inside = shapely.covers(lots[li], bgeoms[bi])
    other = np.flatnonzero(~inside)
    touching = other[shapely.intersects(lots[li[other]], bgeoms[bi[other]])]
    keep = inside.copy()
    keep[touching] = True
    li, bi, inside = li[keep], bi[keep], inside[keep]
    _check_valid(bgeoms, np.unique(bi), "buildings", blabels)
    barea = shapely.area(bgeoms[bi])
    a_in = barea.copy()
    cross = np.flatnonzero(~inside)
    if len(cross):
        a_in[cross] = shapely.area(shapely.intersection(lots[li[cross]], bgeoms[bi[cross]]))
    positive = a_in > 0
    return li[positive], bi[positive], a_in[positive], barea[positive], inside[positive]


def _setback_candidates(lots, bgeoms, li, bi, road_geoms, road_width) -> SetbackCandidates:
    """Every (lot, building) pair × every road within ROAD_SEARCH_M of the lot."""
    n = len(lots)
    r = len(road_geoms)
    roads = _geometries(road_geoms, "roads", _LINEAR, False, _Numbered("road"))
    width = _numbers(road_width, r, "road widths")
    if (width < 0).any():
        raise ValueError("Road widths cannot be negative ({} are).".format(int((width < 0).sum())))
    near = np.zeros(n)
    no_width = np.zeros(n)
    built = np.unique(li)
    if not len(built) or not r:
        return SetbackCandidates(np.empty(0, dtype=np.int64), np.empty(0), np.empty(0), near, no_width)
    rtree = shapely.STRtree(roads)
    rl, rr = rtree.query(lots[built], predicate="dwithin", distance=ROAD_SEARCH_M)
    rl = built[rl]
    order = np.lexsort((rr, rl))
    rl, rr = rl[order], rr[order]
    r_start, r_count = group_starts(rl, n)
    near = r_count.astype(float)
    no_width = np.bincount(rl, weights=~np.isfinite(width[rr]), minlength=n)
    rep = r_count[li]
    tl = np.repeat(li, rep)
    tb = np.repeat(bi, rep)
    offset = np.arange(len(tl)) - np.repeat(np.cumsum(rep) - rep, rep)
    tr = rr[r_start[tl] + offset]
    value = shapely.distance(bgeoms[tb], roads[tr]) - width[tr] / 2.0
    return SetbackCandidates(tl, value, width[tr], near, no_width)


