"""Zone indicators: per functional area and per planning zone, each flagged against its limit.

Pure Python (shapely 2, numpy): the Processing algorithm ``dsezatwin:zoneindicators`` reads
the layers once, hands their columns here, and writes the rows this module returns.

Definitions (what a GIS officer reads in the output):

``area_ha``
    Area of the functional area's or zone's polygon, in hectares (EPSG:5899).
``lots_<status>``
    Lots whose point on surface lies in the area / zone, by lease status
    (available, reserved, leased, under_construction, operating).
``leasable_ha``
    Leasable industrial land: lots whose land use is one of :data:`LEASABLE_USES`
    (industrial, warehouse, rnd) and that are not public lots.
``leased_ha`` and ``occupancy_pct``
    Leasable lots whose status is one of :data:`OCCUPIED_STATUSES` (leased,
    under_construction, operating); occupancy = leased_ha / leasable_ha × 100.
``available_ha``
    Leasable lots whose status is ``available`` (reserved lots are not offered).
``footprint_m2``, ``gfa_m2``
    Building footprints clipped to the lots (only the part inside a lot counts);
    GFA prorated to that part. A building without GFA counts footprint × floors,
    one with neither is left out and counted in ``buildings_missing_gfa``.
``gross_density_pct``
    Footprint of the buildings clipped to the area / zone polygon ÷ its area × 100; a green
    zone's is flagged against the parks' maximum of QCVN 01:2021/BXD 2.6.4 (5 %).
``net_density_pct`` and ``far``
    Footprint on the lots ÷ lot area × 100, and GFA on the lots ÷ lot area. A zone's
    are flagged against its plan's ``max_coverage_pct`` and ``max_far``.
``green_pct``, ``transport_pct``, ``technical_pct`` (functional areas only)
    Land of the planning zones whose land use is green, transport (plus the road
    reserves: each road line buffered by half its width, flat ends, merged) and
    infrastructure, ÷ the functional area × 100 — against the minimums of
    QCVN 01:2021/BXD Table 2.6, which apply to industrial parks, export-processing
    zones and high-tech parks (green and transport inside production lots are not
    counted, as the table's note asks; the lots are not read for these shares).
``high_tech_pct`` (functional areas only)
    Occupied leasable lots used by high-tech or R&D projects (land use ``rnd``, or a
    sector in :data:`HIGH_TECH_SECTORS`) ÷ leasable industrial land × 100; flagged
    for high-tech parks against Decree 35/2022/NĐ-CP (at least 30 %).
``jobs``, ``registered_capital_usd``
    Sums of the lots' ``employees`` and ``registered_capital_usd``.

Flags are ``ok``, ``below_min``, ``above_max`` or ``n/a`` (no limit applies, or the value
is unknown); each flag has its clause in ``<indicator>_clause``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import shapely

OK, BELOW_MIN, ABOVE_MAX, NOT_APPLICABLE = "ok", "below_min", "above_max", "n/a"
STATUSES = ("available", "reserved", "leased", "under_construction", "operating")
OCCUPIED_STATUSES = ("leased", "under_construction", "operating")
LEASABLE_USES = ("industrial", "warehouse", "rnd")
#: Functional-area kinds Table 2.6 applies to (KCN, KCX, KCNC).
TABLE_2_6_KINDS = ("industrial_park", "high_tech_park")
#: Sectors counted as high technology: the technologies prioritised by Decision 38/2020/QĐ-TTg
#: (list of high technologies prioritised for investment) among the sectors the twin records.
#: Lots whose land use is ``rnd`` count whatever their sector.
HIGH_TECH_SECTORS: tuple[str, ...] = (
    "semiconductors", "semiconductor design", "artificial intelligence", "biotechnology",
    "IoT and embedded systems", "new materials", "software", "pharmaceuticals",
)
HIGH_TECH_KINDS = ("high_tech_park",)


@dataclass(frozen=True)
class IndicatorLimit:
    """A limit an indicator is flagged against."""

    value: float
    sense: str  # "min" or "max"
    clause: str


#: Decree 35/2022/NĐ-CP: in a high-tech industrial park, at least 30 % of the industrial land goes to
#: high-tech, R&D and high-tech training projects.
HIGH_TECH_MIN = IndicatorLimit(30.0, "min", "Decree 35/2022/NĐ-CP (high-tech industrial park: ≥ 30 % of "
                                            "industrial land for high-tech / R&D projects)")

#: Flagged indicators and the column of their limit.
FLAGGED = (("gross_density", "gross_density_limit_pct"), ("net_density", "net_density_limit_pct"),
           ("far", "far_limit"), ("green", "green_min_pct"),
           ("transport", "transport_min_pct"), ("technical", "technical_min_pct"),
           ("high_tech", "high_tech_min_pct"))

SHARE_LAND_USES = {"green": ("green",), "transport": ("transport",), "technical": ("infrastructure",)}


def land_share_minimums(table) -> dict[str, IndicatorLimit]:
    """The minimums of Table 2.6 from the rule pack's table (``tables.UseTable`` keyed transport, green,
    technical), each with its clause and the regulation's words."""
    return {key: IndicatorLimit(float(row.value), table.sense, "{} — {}".format(table.clause, row.label))
            for key, row in table.rows.items() if key in SHARE_LAND_USES}


def share_land_uses(table) -> dict[str, tuple[str, ...]]:
    """The zone land uses each row of Table 2.6 counts (the pack's ``land_uses``; the defaults where it has none)."""
    return {key: tuple(row.land_uses) or SHARE_LAND_USES[key] for key, row in table.rows.items()
            if key in SHARE_LAND_USES}


def share_limits(rules) -> tuple[dict[str, IndicatorLimit], dict[str, tuple[str, ...]], IndicatorLimit | None]:
    """From a rule set's national pack: Table 2.6's minimums, the zone land uses each counts, and the parks'
    gross density (2.6.4); empty without a national pack (or without rules)."""
    national = rules.national if rules is not None else None
    if national is None:
        return {}, {}, None
    minimums, uses, park_limit = {}, {}, None
    table = national.tables.get("2.6")
    if table is not None:
        minimums, uses = land_share_minimums(table), share_land_uses(table)
    park = national.zone_rules.get("park_max_gross_density")
    if park is not None:
        park_limit = IndicatorLimit(park.value, park.sense, "{} — {}".format(park.clause, park.label))
    return minimums, uses, park_limit


@dataclass
class AreaData:
    code: list[str]
    geoms: np.ndarray
    kind: list[str | None]
    name: list[str | None] | None = None


@dataclass
class ZoneData:
    code: list[str]
    geoms: np.ndarray
    land_use: list[str | None]
    area_code: list[str | None] | None = None
    max_coverage_pct: np.ndarray | None = None
    max_far: np.ndarray | None = None
    plan_decision: list[str | None] | None = None


@dataclass
class LotData:
    code: list[str]
    geoms: np.ndarray
    land_use: list[str | None]
    status: list[str | None]
    sector: list[str | None] | None = None
    employees: np.ndarray | None = None
    capital_usd: np.ndarray | None = None
    is_public: np.ndarray | None = None
    #: compliance status per lot (pass / fail / insufficient_data) when a compliance result is given
    compliance: list[str | None] | None = None


@dataclass
class BuildingData:
    geoms: np.ndarray
    gfa_m2: np.ndarray | None = None
    floors: np.ndarray | None = None


@dataclass
class RoadData:
    geoms: np.ndarray
    width_m: np.ndarray


@dataclass
class Indicators:
    areas: list[dict]
    zones: list[dict]
    notes: list[str] = field(default_factory=list)


#: Output columns (name, type: "str" / "int" / "float"), the same for areas and zones.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("level", "str"), ("code", "str"), ("name", "str"), ("kind", "str"), ("area_code", "str"),
    ("area_ha", "float"),
    ("lots_total", "int"), *(("lots_" + s, "int") for s in STATUSES),
    ("leasable_ha", "float"), ("leased_ha", "float"), ("occupancy_pct", "float"), ("available_ha", "float"),
    ("footprint_m2", "float"), ("gfa_m2", "float"), ("buildings_missing_gfa", "int"),
    ("gross_density_pct", "float"), ("gross_density_limit_pct", "float"), ("gross_density_flag", "str"),
    ("gross_density_clause", "str"),
    ("net_density_pct", "float"), ("net_density_limit_pct", "float"), ("net_density_flag", "str"),
    ("net_density_clause", "str"),
    ("far", "float"), ("far_limit", "float"), ("far_flag", "str"), ("far_clause", "str"),
    *((name, kind) for share in ("green", "transport", "technical") for name, kind in (
        (share + "_pct", "float"), (share + "_min_pct", "float"), (share + "_flag", "str"),
        (share + "_clause", "str"))),
    ("high_tech_pct", "float"), ("high_tech_min_pct", "float"), ("high_tech_flag", "str"),
    ("high_tech_clause", "str"),
    ("jobs", "float"), ("registered_capital_usd", "float"),
    ("lots_checked", "int"), ("lots_pass", "int"), ("lots_fail", "int"), ("lots_insufficient", "int"),
)


def flag(value: float | None, limit: float | None, sense: str) -> str:
    """``ok``, ``below_min``, ``above_max`` or ``n/a`` (no limit, or no value).

    >>> flag(9.5, 10, "min"), flag(10, 10, "min"), flag(71, 70, "max"), flag(None, 70, "max")
    ('below_min', 'ok', 'above_max', 'n/a')
    """
    if value is None or limit is None or not math.isfinite(value) or not math.isfinite(limit):
        return NOT_APPLICABLE
    tolerance = 1e-9 * max(1.0, abs(limit))
    if sense == "min":
        return BELOW_MIN if value < limit - tolerance else OK
    if sense == "max":
        return ABOVE_MAX if value > limit + tolerance else OK
    raise ValueError("A limit's sense is 'min' or 'max', not {!r}.".format(sense))


def locate(geoms: np.ndarray, polygons: np.ndarray) -> np.ndarray:
    """Index of the polygon holding each geometry's point on surface (-1 where none; first by index)."""
    out = np.full(len(geoms), -1, dtype=np.int64)
    if len(geoms) == 0 or len(polygons) == 0:
        return out
    points = shapely.point_on_surface(geoms)
    tree = shapely.STRtree(polygons)
    gi, pi = tree.query(points, predicate="intersects")
    order = np.lexsort((pi, gi))[::-1]  # the lowest polygon index wins for each geometry
    out[gi[order]] = pi[order]
    return out


def clipped_areas(parts: np.ndarray, holders: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (part, holder) that overlap and the area of their intersection.

    Parts wholly inside their holder skip the intersection (their own area counts).
    """
    if len(parts) == 0 or len(holders) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    tree = shapely.STRtree(holders)
    pi, hi = tree.query(parts, predicate="intersects")
    area = shapely.area(parts[pi])
    shapely.prepare(holders)
    inside = shapely.contains_properly(holders[hi], parts[pi])
    cut = ~inside
    if cut.any():
        area[cut] = shapely.area(shapely.intersection(parts[pi[cut]], holders[hi[cut]]))
    keep = area > 0
    return pi[keep], hi[keep], area[keep]


def building_gfa(buildings: BuildingData) -> np.ndarray:
    """GFA per building: the recorded GFA, else footprint × floors, else nan."""
    n = len(buildings.geoms)
    gfa = _floats(buildings.gfa_m2, n)
    floors = _floats(buildings.floors, n)
    estimate = shapely.area(buildings.geoms) * floors
    return np.where(np.isfinite(gfa), gfa, estimate)


def _floats(values, n: int) -> np.ndarray:
    if values is None:
        return np.full(n, np.nan)
    return np.array([np.nan if v is None else v for v in values], dtype=float)


def _strings(values, n: int) -> list:
    return [None] * n if values is None else list(values)


def _sum_by(index: np.ndarray, weights: np.ndarray, n: int) -> np.ndarray:
    ok = index >= 0
    return np.bincount(index[ok], weights=weights[ok], minlength=n)[:n] if n else np.zeros(0)


def _pct(part: float, whole: float) -> float | None:
    return part / whole * 100.0 if whole > 0 else None


def _ratio(part: float, whole: float) -> float | None:
    return part / whole if whole > 0 else None


def _road_reserves(roads: RoadData | None, notes: list[str]):
    if roads is None or len(roads.geoms) == 0:
        return None
    width = np.asarray(roads.width_m, dtype=float)
    known = np.isfinite(width) & (width > 0)
    if (~known).any():
        notes.append("{} road(s) without a width are left out of the transport share.".format(int((~known).sum())))
    if not known.any():
        return None
    return shapely.buffer(roads.geoms[known], width[known] / 2.0, cap_style="flat", join_style="mitre")


def zone_indicators(zones: ZoneData, lots: LotData, buildings: BuildingData | None = None,
                    roads: RoadData | None = None, areas: AreaData | None = None,
                    land_share_minimums: dict[str, IndicatorLimit] | None = None,
                    high_tech_sectors: Sequence[str] = HIGH_TECH_SECTORS,
                    high_tech_min: IndicatorLimit = HIGH_TECH_MIN,
                    land_uses_of_shares: dict[str, tuple[str, ...]] | None = None,
                    table_2_6_kinds: Sequence[str] = TABLE_2_6_KINDS,
                    green_zone_max_gross_density: IndicatorLimit | None = None) -> Indicators:
    """Indicators per functional area and per planning zone (see the module's definitions).

    ``land_share_minimums`` maps ``green``, ``transport`` and ``technical`` to the minimums of
    QCVN 01:2021 Table 2.6 (from the rule pack), ``land_uses_of_shares`` the zone land uses each counts,
    ``table_2_6_kinds`` the functional-area kinds the table applies to. ``green_zone_max_gross_density``
    (QCVN 01:2021 2.6.4, parks: 5 %) flags the gross density of green zones. Without ``areas``, functional areas are the
    zones' ``area_code`` groups (their polygon the union of their zones, their kind unknown:
    Table 2.6 and the high-tech share are then not flagged).
    """
    notes: list[str] = []
    minimums = land_share_minimums or {}
    n_zones, n_lots = len(zones.code), len(lots.code)

    # -- functional areas: given, or the zones' area_code groups
    if areas is None:
        group_codes = sorted({c for c in _strings(zones.area_code, n_zones) if c})
        zone_area = np.array([group_codes.index(c) if c in group_codes else -1
                              for c in _strings(zones.area_code, n_zones)], dtype=np.int64)
        area_geoms = np.array([shapely.union_all(zones.geoms[zone_area == i]) for i in range(len(group_codes))],
                              dtype=object)
        areas = AreaData(code=group_codes, geoms=area_geoms, kind=[None] * len(group_codes))
        if group_codes:
            notes.append("No functional areas given: areas are the zones' area_code groups; Table 2.6 and the "
                         "high-tech share are not flagged.")
    else:
        zone_area = locate(zones.geoms, areas.geoms)
    n_areas = len(areas.code)

    # -- lots: where they are, what they are
    lot_zone = locate(lots.geoms, zones.geoms)
    lot_area_idx = locate(lots.geoms, areas.geoms)
    if (lot_zone < 0).any() and n_zones:
        notes.append("{} lot(s) lie in no planning zone.".format(int((lot_zone < 0).sum())))
    lot_m2 = shapely.area(lots.geoms)
    land_use = _strings(lots.land_use, n_lots)
    status = _strings(lots.status, n_lots)
    sector = _strings(lots.sector, n_lots)
    public = np.zeros(n_lots, dtype=bool) if lots.is_public is None else \
        np.array([bool(v) for v in lots.is_public], dtype=bool)
    leasable = np.array([u in LEASABLE_USES for u in land_use], dtype=bool) & ~public
    occupied = leasable & np.array([s in OCCUPIED_STATUSES for s in status], dtype=bool)
    available = leasable & np.array([s == "available" for s in status], dtype=bool)
    tech_set = set(high_tech_sectors)
    high_tech = occupied & np.array([u == "rnd" or s in tech_set for u, s in zip(land_use, sector)], dtype=bool)
    jobs = _floats(lots.employees, n_lots)
    capital = _floats(lots.capital_usd, n_lots)
    compliance = _strings(lots.compliance, n_lots)

    # -- buildings on lots (net) and in zones / areas (gross)
    if buildings is not None and len(buildings.geoms):
        b_gfa = building_gfa(buildings)
        b_m2 = shapely.area(buildings.geoms)
        bi, li, part = clipped_areas(buildings.geoms, lots.geoms)
        with np.errstate(divide="ignore", invalid="ignore"):
            part_gfa = np.where(b_m2[bi] > 0, b_gfa[bi] * part / b_m2[bi], 0.0)
        lot_fp = np.bincount(li, weights=part, minlength=n_lots)[:n_lots]
        missing = ~np.isfinite(part_gfa)
        lot_gfa = np.bincount(li, weights=np.where(missing, 0.0, part_gfa), minlength=n_lots)[:n_lots]
        lot_missing = np.bincount(li, weights=missing.astype(float), minlength=n_lots)[:n_lots]
        if missing.any():
            notes.append("{} building(s) have neither GFA nor floors: left out of GFA and FAR.".format(
                len(np.unique(bi[missing]))))
        _, zi, zpart = clipped_areas(buildings.geoms, zones.geoms)
        zone_gross = np.bincount(zi, weights=zpart, minlength=n_zones)[:n_zones]
        _, ai, apart = clipped_areas(buildings.geoms, areas.geoms)
        area_gross = np.bincount(ai, weights=apart, minlength=n_areas)[:n_areas]
    else:
        lot_fp = lot_gfa = lot_missing = np.zeros(n_lots)
        zone_gross, area_gross = np.zeros(n_zones), np.zeros(n_areas)

    def lot_sums(index: np.ndarray, n: int) -> dict:
        def s(mask_or_values):
            return _sum_by(index, np.asarray(mask_or_values, dtype=float), n)
        out = {
            "lots_total": s(np.ones(n_lots)),
            "lot_m2": s(lot_m2),
            "leasable_m2": s(np.where(leasable, lot_m2, 0.0)),
            "leased_m2": s(np.where(occupied, lot_m2, 0.0)),
            "available_m2": s(np.where(available, lot_m2, 0.0)),
            "high_tech_m2": s(np.where(high_tech, lot_m2, 0.0)),
            "footprint_m2": s(lot_fp), "gfa_m2": s(lot_gfa), "missing": s(lot_missing),
            "jobs": s(np.nan_to_num(jobs)), "capital": s(np.nan_to_num(capital)),
        }
        for st in STATUSES:
            out["lots_" + st] = s([x == st for x in status])
        for verdict, key in (("pass", "lots_pass"), ("fail", "lots_fail"),
                             ("insufficient_data", "lots_insufficient")):
            out[key] = s([x == verdict for x in compliance])
        out["lots_checked"] = s([x is not None for x in compliance])
        return out

    zone_sums = lot_sums(lot_zone, n_zones)
    area_sums = lot_sums(lot_area_idx, n_areas)
    checked = lots.compliance is not None

    # -- Table 2.6 shares per functional area
    zone_m2 = shapely.area(zones.geoms) if n_zones else np.zeros(0)
    zone_use = _strings(zones.land_use, n_zones)
    reserves = _road_reserves(roads, notes)
    reserve_area = locate(reserves, areas.geoms) if reserves is not None else None
    shares = {}
    for share, uses in {**SHARE_LAND_USES, **(land_uses_of_shares or {})}.items():
        mask = np.array([u in uses for u in zone_use], dtype=bool)
        if share == "transport" and reserves is not None:
            values = np.zeros(n_areas)
            for a in range(n_areas):
                pieces = list(zones.geoms[mask & (zone_area == a)]) + list(reserves[reserve_area == a])
                if pieces:
                    values[a] = shapely.area(shapely.intersection(shapely.union_all(pieces), areas.geoms[a]))
            shares[share] = values
        else:
            shares[share] = _sum_by(zone_area, np.where(mask, zone_m2, 0.0), n_areas)

    def base_row(level, code, name, kind, area_code, polygon_m2, sums, i, gross_m2) -> dict:
        lot_total = sums["lot_m2"][i]
        row = {
            "level": level, "code": code, "name": name, "kind": kind, "area_code": area_code,
            "area_ha": polygon_m2 / 1e4, "lots_total": int(sums["lots_total"][i]),
            **{"lots_" + st: int(sums["lots_" + st][i]) for st in STATUSES},
            "leasable_ha": sums["leasable_m2"][i] / 1e4, "leased_ha": sums["leased_m2"][i] / 1e4,
            "occupancy_pct": _pct(sums["leased_m2"][i], sums["leasable_m2"][i]),
            "available_ha": sums["available_m2"][i] / 1e4,
            "footprint_m2": sums["footprint_m2"][i], "gfa_m2": sums["gfa_m2"][i],
            "buildings_missing_gfa": int(sums["missing"][i]),
            "gross_density_pct": _pct(gross_m2, polygon_m2),
            "net_density_pct": _pct(sums["footprint_m2"][i], lot_total),
            "far": _ratio(sums["gfa_m2"][i], lot_total),
            "jobs": sums["jobs"][i], "registered_capital_usd": sums["capital"][i],
        }
        for key in ("lots_checked", "lots_pass", "lots_fail", "lots_insufficient"):
            row[key] = int(sums[key][i]) if checked else None
        for name_, limit_key in FLAGGED:
            if name_ not in ("gross_density", "net_density", "far"):
                row[name_ + "_pct"] = None
            row[limit_key] = None
            row[name_ + "_flag"] = NOT_APPLICABLE
            row[name_ + "_clause"] = None
        return row

    area_rows = []
    area_m2 = shapely.area(areas.geoms) if n_areas else np.zeros(0)
    area_names = _strings(areas.name, n_areas)
    for a in range(n_areas):
        kind = areas.kind[a]
        row = base_row("functional_area", areas.code[a], area_names[a], kind, None, float(area_m2[a]),
                       area_sums, a, float(area_gross[a]))
        for share in SHARE_LAND_USES:
            row[share + "_pct"] = _pct(shares[share][a], area_m2[a])
            limit = minimums.get(share)
            if limit is not None and kind in table_2_6_kinds:
                row[share + "_min_pct"] = limit.value
                row[share + "_flag"] = flag(row[share + "_pct"], limit.value, limit.sense)
                row[share + "_clause"] = limit.clause
        row["high_tech_pct"] = _pct(area_sums["high_tech_m2"][a], area_sums["leasable_m2"][a])
        if kind in HIGH_TECH_KINDS:
            row["high_tech_min_pct"] = high_tech_min.value
            row["high_tech_flag"] = flag(row["high_tech_pct"], high_tech_min.value, high_tech_min.sense)
            row["high_tech_clause"] = high_tech_min.clause
        area_rows.append(row)

    zone_rows = []
    zone_area_codes = _strings(zones.area_code, n_zones)
    max_cov = _floats(zones.max_coverage_pct, n_zones)
    max_far = _floats(zones.max_far, n_zones)
    decisions = _strings(zones.plan_decision, n_zones)
    for z in range(n_zones):
        area_code = zone_area_codes[z] or (areas.code[zone_area[z]] if zone_area[z] >= 0 else None)
        row = base_row("planning_zone", zones.code[z], None, zone_use[z], area_code, float(zone_m2[z]),
                       zone_sums, z, float(zone_gross[z]))
        row["high_tech_pct"] = _pct(zone_sums["high_tech_m2"][z], zone_sums["leasable_m2"][z])
        clause = "plan of zone {}{}".format(zones.code[z], " ({})".format(decisions[z]) if decisions[z] else "")
        for name_, limit_key, value, limit in (("net_density", "net_density_limit_pct", row["net_density_pct"],
                                                max_cov[z]), ("far", "far_limit", row["far"], max_far[z])):
            if math.isfinite(limit):
                row[limit_key] = float(limit)
                row[name_ + "_flag"] = flag(value, float(limit), "max")
                row[name_ + "_clause"] = clause
        if green_zone_max_gross_density is not None and zone_use[z] == "green":
            limit = green_zone_max_gross_density
            row["gross_density_limit_pct"] = limit.value
            row["gross_density_flag"] = flag(row["gross_density_pct"], limit.value, limit.sense)
            row["gross_density_clause"] = limit.clause
        zone_rows.append(row)
    return Indicators(areas=area_rows, zones=zone_rows, notes=notes)
