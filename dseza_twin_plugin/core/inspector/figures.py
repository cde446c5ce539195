"""The inspector's figures from a target's rows: plan limits, zone indicators, a lot's measures, a sensor's limit.

Pure Python (shapely, numpy): :mod:`...store.inspector_queries` reads the rows, this module computes, through
the same core functions as the Processing algorithms (``zone_indicators``, the threshold pack).

Examples
--------
>>> normalise("Khu công nghiệp Hòa Khánh")
'khu cong nghiep hoa khanh'
>>> normalise("ĐÀ NẴNG")
'da nang'
"""

from __future__ import annotations

import functools
import math
import unicodedata

import numpy as np
import shapely

from ..environment import thresholds as thr
from ..planning import indicators as ind

#: The plan's limits of a zone: (column, rule, sense).
PLAN_LIMITS = (("max_coverage_pct", "coverage", "max"), ("max_far", "far", "max"),
               ("max_height_m", "height", "max"), ("max_floors", "floors", "max"),
               ("min_green_pct", "green", "min"), ("min_setback_m", "setback", "min"))


def normalise(text) -> str:
    """Lower case, without Vietnamese (or any) diacritics, ``đ`` as ``d``, spaces collapsed."""
    text = str(text or "").replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def plan_limits(zone: dict | None) -> list[dict]:
    """The plan's limits of a zone, each with the rule it feeds and its clause."""
    if zone is None:
        return []
    clause = "plan of zone {}{}".format(zone["code"], " ({})".format(zone["plan_decision"])
                                        if zone.get("plan_decision") else "")
    plan = {"clause": clause, "zone_code": zone["code"], "plan_decision": zone.get("plan_decision")}
    out = [{"rule": rule, "limit": column, "sense": sense, "value": zone[column], **plan}
           for column, rule, sense in PLAN_LIMITS if zone.get(column) is not None]
    if zone.get("allowed_uses"):
        out.append({"rule": "land_use", "limit": "allowed_uses", "sense": "allowed", "value": zone["allowed_uses"],
                    **plan})
    return out


@functools.lru_cache(maxsize=1)
def share_limits():
    """Table 2.6 minimums and the parks' gross density from the national pack (read once)."""
    from ..planning.packs import load_rules

    return ind.share_limits(load_rules("qcvn01-2021"))


def geoms_of(rows) -> np.ndarray:
    return np.array([r["geom"] for r in rows], dtype=object)


def lot_data(lots) -> ind.LotData:
    return ind.LotData([r["code"] for r in lots], geoms_of(lots), [r["land_use"] for r in lots],
                       [r["status"] for r in lots], [r["sector"] for r in lots],
                       np.array([np.nan if r["employees"] is None else r["employees"] for r in lots], dtype=float),
                       np.array([np.nan if r["registered_capital_usd"] is None else r["registered_capital_usd"]
                                 for r in lots], dtype=float), np.array([bool(r["is_public"]) for r in lots]))


def zone_data(zones) -> ind.ZoneData:
    return ind.ZoneData([z["code"] for z in zones], geoms_of(zones), [z["land_use"] for z in zones],
                        [z["area_code"] for z in zones],
                        np.array([np.nan if z["max_coverage_pct"] is None else z["max_coverage_pct"] for z in zones]),
                        np.array([np.nan if z["max_far"] is None else z["max_far"] for z in zones]),
                        [z["plan_decision"] for z in zones])


def building_data(buildings) -> ind.BuildingData | None:
    kept = [b for b in buildings if b["geom"] is not None]
    if not kept:
        return None
    return ind.BuildingData(geoms_of(kept), np.array([np.nan if b["gfa_m2"] is None else b["gfa_m2"] for b in kept]),
                            np.array([np.nan if b["floors"] is None else b["floors"] for b in kept]))


def area_indicators(area, zones, lots, buildings, roads):
    """The area's row of ``zoneindicators`` (core function, on the area's own rows)."""
    minimums, uses, park = share_limits()
    kept = [r for r in roads if r["geom"] is not None]
    road_data = ind.RoadData(geoms_of(kept), np.array([np.nan if r["width_m"] is None else r["width_m"]
                                                     for r in kept], dtype=float)) if kept else None
    areas = ind.AreaData([area["code"]], np.array([area["geom"]], dtype=object), [area["kind"]],
                         [area.get("name_en") or area.get("name_vi")])
    result = ind.zone_indicators(zone_data(zones), lot_data(lots), building_data(buildings), road_data, areas,
                                 minimums, land_uses_of_shares=uses, green_zone_max_gross_density=park)
    return (result.areas[0] if result.areas else None), result.notes


def zone_indicators(zone, lots, buildings):
    _, _, park = share_limits()
    result = ind.zone_indicators(zone_data([zone]), lot_data(lots), building_data(buildings),
                                 green_zone_max_gross_density=park)
    return (result.zones[0] if result.zones else None), result.notes


def lot_measures(lot, zone, buildings) -> dict:
    """A lot's coverage, FAR, tallest building against its zone's limits (a quick look, not the verdict)."""
    geom, lot_m2 = lot["geom"], float(lot["geom"].area) if lot["geom"] is not None else 0.0
    data = building_data(buildings)
    footprint = gfa = 0.0
    if data is not None and geom is not None:
        bi, _, part = ind.clipped_areas(data.geoms, np.array([geom], dtype=object))
        full = shapely.area(data.geoms[bi])
        share = np.divide(part, full, out=np.zeros_like(part), where=full > 0)
        footprint = float(part.sum())
        gfa = float(np.nansum(ind.building_gfa(data)[bi] * share))
    heights = [b["height_m"] for b in buildings if b["height_m"] is not None]
    floors = [b["floors"] for b in buildings if b["floors"] is not None]
    row = {"level": "parcel", "code": lot["code"], "area_ha": lot_m2 / 1e4, "buildings": len(buildings),
           "footprint_m2": footprint, "gfa_m2": gfa,
           "coverage_pct": footprint / lot_m2 * 100 if lot_m2 else None, "far": gfa / lot_m2 if lot_m2 else None,
           "max_height_m": max(heights) if heights else None, "max_floors": max(floors) if floors else None,
           "green_pct": lot["green_area_m2"] / lot_m2 * 100 if lot_m2 and lot.get("green_area_m2") is not None
           else None}
    for column, rule, sense in PLAN_LIMITS:
        measured = {"coverage": "coverage_pct", "far": "far", "height": "max_height_m", "floors": "max_floors",
                    "green": "green_pct"}.get(rule)
        if measured is None:
            continue
        limit = zone.get(column) if zone else None
        row[measured + "_limit"] = limit
        row[measured + "_flag"] = ind.flag(row[measured], limit, sense)
    return row


@functools.lru_cache(maxsize=1)
def threshold_pack():
    try:
        return thr.load_pack()
    except thr.ThresholdPackError:
        return None


def limit_of(pack, observed_property, unit, value) -> dict:
    """The limit a sensor's value is read against: the shortest averaging window of its parameter.

    The latest single reading is only an indication against a 1 h / 24 h limit: ``state`` is ``above``,
    ``below`` (under a minimum), ``ok``, or ``no_limit`` / ``no_value``.
    """
    out = {"limit": None, "limit_min": None, "limit_rule": None, "limit_clause": None, "limit_averaging": None,
           "state": "no_limit"}
    parameter = pack.match(observed_property) if pack is not None else None
    if parameter is None:
        return out
    limits = [lim for lim in pack.limits_for(parameter) if lim.averaging != "year" and lim.period in (None, "day")]
    factor = thr.unit_factor(unit, parameter.unit)
    if not limits or factor is None:
        return out
    order = {a: i for i, a in enumerate(thr.AVERAGINGS)}
    lim = min(limits, key=lambda x: order[x.averaging])
    out.update(limit=None if lim.max is None else lim.max / factor, limit_min=None if lim.min is None
               else lim.min / factor, limit_rule=lim.rule, limit_clause="{} {}".format(lim.standard, lim.clause),
               limit_averaging=lim.averaging)
    if value is None or not math.isfinite(value):
        out["state"] = "no_value"
    elif out["limit"] is not None and value > out["limit"]:
        out["state"] = "above"
    elif out["limit_min"] is not None and value < out["limit_min"]:
        out["state"] = "below"
    else:
        out["state"] = "ok"
    return out
