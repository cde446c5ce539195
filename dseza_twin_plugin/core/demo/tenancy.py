"""Lot attributes: status, tenants, sectors, leases, capital and jobs (vectorised, seeded).

Tenants and investors are invented names built from made-up brand words
("Quorvane Electronics Co., Ltd.", "Quorvane Holdings (Japan)"): clearly
fictional, never a real company. Public lots (green, technical infrastructure,
transport, the administration centre) are run by DSEZA or a park operator.

Planted (green) area inside a lot: lots that are built or being built keep
2–25 % more than their zone's ``min_green_pct`` share of the lot (never more
than the lot less its buildings' footprint); about 3 % of the operating
business lots keep only 35–85 % of it, on purpose. A lot whose building covers
it to within 1 m (a deliberate coverage breach) has no room left for its
minimum green and is a green breach too. ``green_areas`` returns every lot
below its minimum. Available, reserved and leased lots, with nothing built or
planted yet, have no recorded green area.

Leases run 50 years from their start. Lots of the Free Trade Zone, set up in
2025, are mostly still available, reserved or being built; its operating lots
stand for existing businesses taken into the zone (leases from 2015).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from .anchors import DSEZA_OPERATOR
from .layout import AreaLayout, Zone
from .lots import Lots
from .planning import (
    CAPITAL_USD_PER_HA,
    JOBS_PER_HA,
    LAND_USE_ORDER,
    LU_INDEX,
    SECTOR_WORD,
    SECTORS,
    STATUS_ORDER,
    STATUS_P,
)

_BRAND_HEADS = ("Quor", "Vel", "Zan", "Kest", "Lum", "Nor", "Tav", "Brix", "Sol", "Mav", "Ordo", "Pyre",
                "Xan", "Cael", "Doro", "Frel", "Gal", "Hest", "Istr", "Jov")
_BRAND_TAILS = ("vane", "ora", "trix", "mond", "elle", "arin", "ovia", "tek", "usca", "enth", "ivo", "ardo")
BRANDS: tuple[str, ...] = tuple(h + t for h in _BRAND_HEADS for t in _BRAND_TAILS)
COUNTRIES = ("Japan", "Korea", "Singapore", "Viet Nam", "Taiwan", "United States", "Germany", "Thailand")
COUNTRY_P = (0.24, 0.22, 0.12, 0.20, 0.08, 0.06, 0.04, 0.04)

#: Share of the operating business lots that keep too little green, on purpose.
GREEN_BREACH_SHARE = 0.03
_GREEN_BREACH_USES = ("industrial", "warehouse", "rnd", "services", "housing")

#: National minimum green share of a lot (QCVN 01:2021/BXD Table 2.11, as resources/rules/qcvn01-2021.json
#: applies it): factories and apartments 20 %, public service lots (education, health, culture) 30 %.
#: An approved plan cannot ask less, so the demo plants at least this much on lots that are not breaches.
NATIONAL_GREEN_MIN_PCT = {"industrial": 20.0, "housing": 20.0, "public_services": 30.0}

#: Status probabilities of a park set up less than five years before the twin's date.
YOUNG_STATUS_P = (0.22, 0.10, 0.13, 0.27, 0.28)
AVAILABLE, RESERVED, LEASED, UNDER_CONSTRUCTION, OPERATING = range(5)  # indices of STATUS_ORDER


@dataclass
class Tenancy:
    land_use: np.ndarray  # index into LAND_USE_ORDER
    status: np.ndarray  # index into STATUS_ORDER
    is_public: np.ndarray
    sector: list
    tenant: list
    investor: list
    lease_start: list
    lease_end: list
    capital: list
    employees: list


def _plus_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def assign(lots: Lots, zones: list[Zone], areas: list[AreaLayout], ref: dt.date, seed: int) -> Tenancy:
    rng = np.random.default_rng([seed, 31])
    n = len(lots)
    zone_lu = np.array([LU_INDEX[z.land_use] for z in zones])
    zone_public = np.array([z.public for z in zones])
    lu = zone_lu[lots.zone]
    public = zone_public[lots.zone]
    young_area = np.array([(ref - a.spec.established).days < 5 * 365 for a in areas])
    young = young_area[lots.area]

    # status
    cum = np.cumsum(np.array([STATUS_P[x] for x in LAND_USE_ORDER]), axis=1)
    cum_young = np.cumsum(np.array(YOUNG_STATUS_P))
    draw = rng.random(n)
    status = (draw[:, None] > cum[lu]).sum(axis=1)
    business = [LU_INDEX[x] for x in ("industrial", "warehouse", "rnd", "services", "housing")]
    ordinary = young & np.isin(lu, business)
    ordinary &= ~public
    status[ordinary] = (draw[ordinary, None] > cum_young[None, :]).sum(axis=1)
    status = np.minimum(status, OPERATING)

    # sector, tenant, investor
    sector_pick = rng.integers(0, 1 << 30, n)
    brand = rng.integers(0, len(BRANDS), n)
    country = rng.choice(len(COUNTRIES), n, p=COUNTRY_P)
    area_short = [a.spec.short_vi for a in areas]
    sectors, tenants, investors = [], [], []
    lu_names = LAND_USE_ORDER
    for i in range(n):
        name = lu_names[lu[i]]
        st = status[i]
        if public[i]:
            if st == AVAILABLE:
                sectors.append(SECTORS[name][0])
                tenants.append(None)
                investors.append(None)
            elif name == "green":
                sectors.append("public green space")
                tenants.append(None)
                investors.append(None)
            elif name == "services":
                sectors.append("public administration")
                tenants.append(DSEZA_OPERATOR)
                investors.append(DSEZA_OPERATOR)
            else:
                sectors.append(SECTORS[name][0])
                tenants.append("Đơn vị vận hành hạ tầng {}".format(area_short[lots.area[i]]))
                investors.append(DSEZA_OPERATOR)
            continue
        options = SECTORS[name]
        sector = options[sector_pick[i] % len(options)]
        if st == AVAILABLE:
            sectors.append(None)
            tenants.append(None)
            investors.append(None)
            continue
        b = BRANDS[brand[i]]
        sectors.append(sector)
        tenants.append("{} {} Co., Ltd.".format(b, SECTOR_WORD[sector]))
        investors.append("{} Holdings ({})".format(b, COUNTRIES[country[i]]))

    # leases: 50 years from a start that fits the status
    ref_ord = ref.toordinal()
    est = np.array([a.spec.established.toordinal() for a in areas])[lots.area]
    est = np.where(young, dt.date(2015, 1, 1).toordinal(), est)
    building = status == UNDER_CONSTRUCTION
    lo = np.where(status == OPERATING, est, np.where(building, ref_ord - 3 * 365, ref_ord - 2 * 365))
    hi = np.where(status == OPERATING, ref_ord - 2 * 365, np.where(building, ref_ord - 120, ref_ord - 30))
    lo = np.minimum(np.maximum(lo, est), hi - 1)
    start_ord = lo + (rng.random(n) * (hi - lo)).astype(np.int64)
    leased = (status >= LEASED) & ~public  # public lots are allocated, not leased
    in_use = status >= LEASED
    lease_start: list = [None] * n
    lease_end: list = [None] * n
    for i in np.flatnonzero(leased):
        d = dt.date.fromordinal(int(start_ord[i]))
        lease_start[i] = d
        lease_end[i] = _plus_years(d, 50)

    # capital and jobs, in proportion to the lot area
    ha = lots.area_m2 / 10_000.0
    cap_rate = np.array([CAPITAL_USD_PER_HA[x] for x in LAND_USE_ORDER])[lu]
    jobs_rate = np.array([JOBS_PER_HA[x] for x in LAND_USE_ORDER])[lu]
    capital = np.round(ha * cap_rate * rng.lognormal(0.0, 0.6, n) / 1000.0) * 1000.0
    jobs = np.round(ha * jobs_rate * rng.lognormal(0.0, 0.5, n)).astype(np.int64)
    has_capital = leased & (cap_rate > 0)
    capital_list = [float(c) if ok else None for c, ok in zip(capital.tolist(), has_capital.tolist())]
    employees = [
        (int(j) if s == OPERATING else 0) if ok else None
        for j, s, ok in zip(jobs.tolist(), status.tolist(), in_use.tolist())
    ]
    return Tenancy(
        land_use=lu, status=status, is_public=public, sector=sectors, tenant=tenants, investor=investors,
        lease_start=lease_start, lease_end=lease_end, capital=capital_list, employees=employees,
    )


def green_areas(lots: Lots, tenancy: Tenancy, zones: list[Zone], footprint_m2: np.ndarray, seed: int,
                exclude: np.ndarray | None = None) -> tuple[list, np.ndarray]:
    """Planted area per lot (m², None where nothing is built or planted) and the lots kept below the minimum.

    ``footprint_m2`` is the buildings' footprint per lot (the green area never
    exceeds the lot less its buildings); ``exclude`` marks lots that already
    carry a deliberate building breach: they are not picked for a green breach
    (though a coverage breach leaves too little room and ends up below anyway).
    Returns ``(green, breach_lots)``: ``breach_lots`` are the indices of every
    lot whose green area is below its zone's minimum share.
    """
    rng = np.random.default_rng([seed, 35])
    n = len(lots)
    status = tenancy.status
    min_pct = np.array([z.min_green_pct for z in zones], dtype=float)[lots.zone]
    national = np.where(np.isin(tenancy.land_use, [LU_INDEX["industrial"], LU_INDEX["housing"]]),
                        NATIONAL_GREEN_MIN_PCT["industrial"], 0.0)
    national = np.where(tenancy.is_public & (tenancy.land_use == LU_INDEX["services"]),
                        NATIONAL_GREEN_MIN_PCT["public_services"], national)
    min_pct = np.maximum(min_pct, national)
    known = status >= UNDER_CONSTRUCTION  # built or being built: the planted area is surveyed
    factor = rng.uniform(1.02, 1.25, n)
    low = rng.uniform(0.35, 0.85, n)
    business = np.isin(tenancy.land_use, [LU_INDEX[x] for x in _GREEN_BREACH_USES])
    eligible = (status == OPERATING) & business & ~tenancy.is_public
    if exclude is not None:
        eligible &= ~exclude
    candidates = np.flatnonzero(eligible)
    wanted = min(len(candidates), max(2, int(round(GREEN_BREACH_SHARE * eligible.sum()))))
    chosen = np.zeros(n, dtype=bool)
    chosen[rng.permutation(candidates)[:wanted]] = True
    factor = np.where(chosen, low, factor)
    room = np.maximum(lots.area_m2 - footprint_m2, 0.0)
    green = np.floor(np.minimum(lots.area_m2 * min_pct / 100.0 * factor, room) * 10.0) / 10.0
    below = known & (green < lots.area_m2 * min_pct / 100.0)
    values = [float(g) if k else None for g, k in zip(green.tolist(), known.tolist())]
    return values, np.flatnonzero(below)


def status_names(status: np.ndarray) -> list[str]:
    return [STATUS_ORDER[s] for s in status.tolist()]
