"""Simulate the twin, live or under a scenario: land, compliance, network demand and environmental buffers.

:func:`simulate` is pure: it takes the layers' rows (``{layer: [row, …]}`` as ``TwinStore.rows`` gives
them, geometries as shapely in EPSG:5899) and returns a :class:`Simulation`; it never changes its inputs
and touches no store. It reuses the planning machinery, it does not re-implement it:

- **indicators** per functional area and planning zone — :func:`..planning.indicators.zone_indicators`
  (GFA, built coverage = net density, FAR, jobs, occupancy, lots by status, available land), with the
  Table 2.6 minimums of the national rule pack;
- **compliance** of the changed lots (the codes given) — measured with
  :func:`..planning.measures.measure_lots` and judged with :func:`..planning.verdict.judge_lots`, the two
  steps of ``dsezatwin:checkcompliance`` (rows as its OUTPUT and VIOLATIONS layers: ``planning.report``);
- **demand** per lot (:mod:`.demand`) summed per serving element (:mod:`.service_areas`) against the
  element's capacity: headroom, utilisation, and the elements over capacity; a lot's floor area is the GFA
  of the buildings on it as ``measure_lots`` measures it;
- **environmental buffers** — :func:`..planning.buffers.find_conflicts` with the default safety pack.

:func:`simulate_store` reads the layers through ``store.scenarios.effective_rows`` (the live twin with the
scenario's changes applied) and finds the lots a scenario changes (:func:`changed_lots`).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import shapely

from ..planning import buffers as bf
from ..planning import indicators as ind
from ..planning import report as compliance_report
from ..planning.measures import measure_lots
from ..planning.model import RULES, LotContext
from ..planning.packs import RuleSet, load_rules
from ..planning.verdict import judge_lots
from .demand import DemandPack, Headroom, headroom, load_demand_pack, service_area_demand
from .service_areas import Elements, Served, service_areas, service_elements

#: The layers a simulation reads.
LAYERS = ("functional_areas", "planning_zones", "parcels", "buildings", "network_links", "network_nodes")
#: Rule packs of the compliance check and of the Table 2.6 minimums (``dsezatwin:checkcompliance``'s default).
DEFAULT_RULES = "qcvn01-2021,plan"
LIVE = "live"


@dataclass
class Simulation:
    """What the twin looks like live or under one scenario."""

    name: str  # "live" or the scenario's code
    indicators: ind.Indicators
    lot_codes: list[str]
    lot_area_code: list[str | None]
    demand: object  # demand.Demand (per lot)
    served: dict[str, Served]  # service -> serving element per lot
    elements: dict[str, Elements]  # service -> elements that may serve
    headroom: list[Headroom]
    compliance: list[dict]  # per changed lot present: planning.report.lot_rows
    violations: list[dict]  # per failing rule of a changed lot: planning.report.violation_rows
    checked: list[str]  # the changed lot codes asked for (present or not)
    absent: list[str]  # changed lots that do not exist here (deleted, or not yet added)
    conflicts: bf.Conflicts
    notes: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    #: (level, code) -> polygon of each functional area and planning zone, for the layers of the algorithms
    shapes: dict[tuple[str, str], object] = field(default_factory=dict)

    @property
    def over(self) -> list[Headroom]:
        """The elements whose demand exceeds their capacity."""
        return [h for h in self.headroom if h.over]

    def element(self, service: str, code: str) -> Headroom | None:
        return next((h for h in self.headroom if h.service == service and h.element == code), None)


# --------------------------------------------------------------------------- columns


def _rows(data: Mapping[str, Sequence[Mapping]], layer: str) -> list[Mapping]:
    rows = data.get(layer)
    return [r for r in (rows or ()) if r.get("geom") is not None and not shapely.is_empty(r["geom"])]


def _col(rows: Sequence[Mapping], key: str) -> list:
    return [r.get(key) for r in rows]


def _num(rows: Sequence[Mapping], key: str) -> np.ndarray:
    out = np.full(len(rows), np.nan)
    for i, r in enumerate(rows):
        v = r.get(key)
        if v is not None:
            try:
                out[i] = float(v)
            except (TypeError, ValueError):
                pass
    return out


def _geoms(rows: Sequence[Mapping]) -> np.ndarray:
    return np.array([r["geom"] for r in rows], dtype=object)


# --------------------------------------------------------------------------- the simulation


def simulate(data: Mapping[str, Sequence[Mapping]], pack: DemandPack | None = None,
             changed: Iterable[str] | None = None, rules: RuleSet | None = None,
             safety: bf.SafetyPack | None = None, name: str = LIVE) -> Simulation:
    """Indicators, compliance of the ``changed`` lots, demand against capacity and buffers of ``data``.

    ``data`` maps the layers of :data:`LAYERS` to their rows (missing layers are empty). ``pack`` is the
    demand pack (default: the shipped one), ``rules`` the planning rule packs (default
    :data:`DEFAULT_RULES`), ``safety`` the safety-distance pack (default: the shipped one, with the
    green-strip width of ``rules``). Raises ``ValueError`` with a sentence naming the problem when the
    lots cannot be simulated (repeated codes, invalid geometries, …).
    """
    clock = time.perf_counter()
    seconds: dict[str, float] = {}

    def lap(key: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        seconds[key] = now - clock
        clock = now

    pack = pack or load_demand_pack()
    rules = rules or load_rules(DEFAULT_RULES)
    notes: list[str] = []
    areas_rows = _rows(data, "functional_areas")
    zone_rows = _rows(data, "planning_zones")
    lot_rows = _rows(data, "parcels")
    building_rows = _rows(data, "buildings")
    links = _rows(data, "network_links")
    nodes = _rows(data, "network_nodes")
    skipped = len(data.get("parcels") or ()) - len(lot_rows)
    if skipped:
        notes.append("{} lot(s) without a geometry are left out.".format(skipped))

    codes = [str(r.get("code")) for r in lot_rows]
    repeated = [c for c, k in Counter(codes).items() if k > 1]
    if repeated:
        raise ValueError("Lot codes must be unique; repeated: {}.".format(", ".join(sorted(repeated)[:5])))
    lot_geoms = _geoms(lot_rows)
    n = len(codes)

    # -- where the lots are: their zone and functional area (the lot's own codes first)
    area_geoms = _geoms(areas_rows)
    area_codes = [str(r.get("code")) for r in areas_rows]
    zone_geoms = _geoms(zone_rows)
    zone_codes = [str(r.get("code")) for r in zone_rows]
    lot_zone = ind.locate(lot_geoms, zone_geoms) if n else np.zeros(0, dtype=np.int64)
    lot_area_idx = ind.locate(lot_geoms, area_geoms) if n else np.zeros(0, dtype=np.int64)
    zone_use = _col(zone_rows, "land_use")
    zone_area = _col(zone_rows, "area_code")
    land_use = [r.get("land_use") or (zone_use[z] if z >= 0 else None) for r, z in zip(lot_rows, lot_zone.tolist())]
    lot_area_code = [r.get("area_code") or (area_codes[a] if a >= 0 else (zone_area[z] if z >= 0 else None))
                     for r, a, z in zip(lot_rows, lot_area_idx.tolist(), lot_zone.tolist())]
    lap("read")

    # -- indicators (zone_indicators computes them; nothing is recomputed here)
    roads = [r for r in links if r.get("network") == "road"]
    road_width = _num(roads, "width_m")
    minimums, share_uses, park_limit = ind.share_limits(rules)
    indicators = ind.zone_indicators(
        ind.ZoneData(zone_codes, zone_geoms, zone_use, zone_area, _num(zone_rows, "max_coverage_pct"),
                     _num(zone_rows, "max_far"), _col(zone_rows, "plan_decision")),
        ind.LotData(codes, lot_geoms, _col(lot_rows, "land_use"), _col(lot_rows, "status"),
                    _col(lot_rows, "sector"), _num(lot_rows, "employees"), _num(lot_rows, "registered_capital_usd"),
                    np.array([bool(r.get("is_public")) for r in lot_rows], dtype=bool)),
        ind.BuildingData(_geoms(building_rows), _num(building_rows, "gfa_m2"), _num(building_rows, "floors")),
        ind.RoadData(_geoms(roads), road_width) if roads else None,
        ind.AreaData(area_codes, area_geoms, _col(areas_rows, "kind"),
                     [r.get("name_en") or r.get("name_vi") for r in areas_rows]) if areas_rows else None,
        minimums, land_uses_of_shares=share_uses, green_zone_max_gross_density=park_limit)
    notes += indicators.notes
    lap("indicators")

    # -- demand: every lot's floor area as the compliance check measures it (no roads: setbacks not needed)
    b_geoms = _geoms(building_rows)
    b_height, b_floors, b_gfa = (_num(building_rows, k) for k in ("height_m", "floors", "gfa_m2"))
    b_use = _col(building_rows, "use")
    if n:
        measured = measure_lots(codes, lot_geoms, b_geoms, b_height, b_floors, b_gfa, b_use)
        lot_m2, lot_gfa = measured.lot_area_m2, measured.gfa_m2
    else:
        lot_m2, lot_gfa = np.zeros(0), np.zeros(0)
    demand = pack.demand({"code": codes, "land_use": land_use, "sector": _col(lot_rows, "sector"),
                          "area_m2": lot_m2, "gfa_m2": lot_gfa})
    unknown = Counter(note for lot_notes in demand.notes for note in lot_notes)
    notes += ["{} lot(s): {}.".format(k, note) for note, k in unknown.most_common()]
    elements = service_elements(pack, nodes, links)
    for sid, e in elements.items():
        if not len(e):
            notes.append("No {} element in the twin ({} network{}): the {} of the lots is not set against a "
                         "capacity.".format(sid, pack.services[sid].network, ", kinds " + ", ".join(
                             pack.services[sid].node_kinds) if pack.services[sid].node_kinds else " links with a "
                             "capacity", pack.services[sid].label))
    served = service_areas(lot_geoms, lot_area_code, elements)
    per_element = service_area_demand(demand, {sid: s.element for sid, s in served.items()})
    capacities = [c for e in elements.values() for c in e.capacities()]
    rows = headroom(per_element, capacities, pack)
    lap("demand")

    # -- compliance of the changed lots
    wanted = list(dict.fromkeys(str(c) for c in (changed or ())))
    position = {c: i for i, c in enumerate(codes)}
    present = [c for c in wanted if c in position]
    absent = [c for c in wanted if c not in position]
    compliance: list[dict] = []
    violations: list[dict] = []
    if present:
        compliance, violations = _compliance(present, [position[c] for c in present], lot_geoms, lot_rows,
                                             land_use, lot_area_code, lot_zone, zone_rows, zone_codes,
                                             (b_geoms, b_height, b_floors, b_gfa, b_use), roads, road_width, rules)
    lap("compliance")

    # -- environmental buffers
    if safety is None:
        safety = bf.load_safety_pack(None, rules.value)
    sites = {}
    if areas_rows:
        sites["areas"] = bf.Sites("areas", area_codes, area_geoms, kind=_col(areas_rows, "kind"))
    if zone_rows:
        sites["zones"] = bf.Sites("zones", zone_codes, zone_geoms, land_use=zone_use)
    if lot_rows:
        sites["lots"] = bf.Sites("lots", codes, lot_geoms, land_use=land_use, sector=_col(lot_rows, "sector"))
    if nodes:
        sites["facilities"] = bf.Sites("facilities", [str(r.get("code")) for r in nodes], _geoms(nodes),
                                       kind=_col(nodes, "kind"), capacity=_num(nodes, "capacity"))
    conflicts = bf.find_conflicts(sites, safety.rules, safety.receptor_uses, "line") if sites else \
        bf.Conflicts([], np.zeros(0, dtype=object))
    notes += conflicts.notes
    lap("buffers")
    return Simulation(name=name, indicators=indicators, lot_codes=codes, lot_area_code=lot_area_code, demand=demand,
                      served=served, elements=elements, headroom=rows, compliance=compliance, violations=violations,
                      checked=wanted, absent=absent, conflicts=conflicts, notes=notes, seconds=seconds,
                      shapes={**{("functional_area", c): g for c, g in zip(area_codes, area_geoms)},
                              **{("planning_zone", c): g for c, g in zip(zone_codes, zone_geoms)}})


def _compliance(codes, index, lot_geoms, lot_rows, land_use, lot_area_code, lot_zone, zone_rows, zone_codes,
                buildings, roads, road_width, rules: RuleSet) -> tuple[list[dict], list[dict]]:
    """``dsezatwin:checkcompliance`` on some lots: each lot's plan from the zone holding it (the plan pack's
    fields), measured against every building and road, judged, as its OUTPUT and VIOLATIONS rows."""
    idx = np.asarray(index, dtype=np.int64)
    plan = rules.plan
    plan_fields = () if plan is None else tuple(dict.fromkeys(
        f for f in list(plan.fields.values()) + [plan.allowed_uses_field, plan.decision_field,
                                                  plan.existing_area_field] if f))
    contexts = []
    for code, i in zip(codes, idx.tolist()):
        z = int(lot_zone[i])
        source, where = (zone_rows[z], "zone {}".format(zone_codes[z])) if z >= 0 else (lot_rows[i],
                                                                                        "lot {}".format(code))
        limits = plan.read_plan({f: source.get(f) for f in plan_fields}, where) if plan is not None else {}
        contexts.append(LotContext(code=code, land_use=land_use[i],
                                   zone_code=zone_codes[z] if z >= 0 else lot_rows[i].get("zone_code"),
                                   area_code=lot_area_code[i], is_public=bool(lot_rows[i].get("is_public")),
                                   plan=limits))
    b_geoms, b_height, b_floors, b_gfa, b_use = buildings
    green = _num([lot_rows[i] for i in idx.tolist()], "green_area_m2")
    has_roads = bool(roads) and bool(np.isfinite(road_width).any())
    measures = measure_lots(codes, lot_geoms[idx], b_geoms, b_height, b_floors, b_gfa, b_use,
                            _geoms(roads) if has_roads else None, road_width if has_roads else None, green)
    checks = [r for r in RULES if has_roads or r != "setback"]
    verdicts = judge_lots(measures, contexts, rules, checks)
    return compliance_report.lot_rows(measures, verdicts, contexts), compliance_report.violation_rows(verdicts)


# --------------------------------------------------------------------------- from the store


def changed_lots(changes: Mapping[str, Mapping[str, str]], scenario: Mapping[str, Sequence[Mapping]],
                 live: Mapping[str, Sequence[Mapping]]) -> list[str]:
    """The lot codes a scenario's ``changes`` (``{layer: {code: "upsert" | "delete"}}``) touch, sorted.

    A lot changes when its own row does, when a building on it (by its ``parcel_code``, or standing on it)
    or a construction project on it changes, and when the planning zone holding it changes (its limits or
    land use). Buildings and projects are looked up in the scenario and, for deletions, in the live twin.
    """
    out: set[str] = set(changes.get("parcels", {}))
    lots_by_layer = {k: _rows(d, "parcels") for k, d in (("scenario", scenario), ("live", live))}
    for layer in ("buildings", "construction_projects"):
        codes = set(changes.get(layer, {}))
        if not codes:
            continue
        for key, data in (("scenario", scenario), ("live", live)):
            rows = [r for r in data.get(layer) or () if str(r.get("code")) in codes]
            out.update(str(r["parcel_code"]) for r in rows if r.get("parcel_code"))
            geoms = [r for r in rows if r.get("geom") is not None and not shapely.is_empty(r["geom"])]
            lots = lots_by_layer[key]
            if geoms and lots:
                _, li = shapely.STRtree(_geoms(lots)).query(_geoms(geoms), predicate="intersects")
                out.update(str(lots[i]["code"]) for i in np.unique(li).tolist())
    zones = set(changes.get("planning_zones", {}))
    if zones:
        for key, data in (("scenario", scenario), ("live", live)):
            lots = lots_by_layer[key]
            zrows = [r for r in _rows(data, "planning_zones") if str(r.get("code")) in zones]
            out.update(str(r["code"]) for r in lots if r.get("zone_code") in zones)
            if zrows and lots:
                where = ind.locate(_geoms(lots), _geoms(zrows))
                out.update(str(lots[i]["code"]) for i in np.flatnonzero(where >= 0).tolist())
    return sorted(out)


def read_layers(store, scenario: str | None) -> dict[str, list[dict]]:
    """The layers a simulation reads, live (``scenario`` None) or with the scenario's changes applied."""
    from ...store import scenarios

    return {layer: scenarios.effective_rows(store, scenario, layer) for layer in LAYERS}


def simulate_store(store, scenario: str | None, pack: DemandPack | None = None, changed: Iterable[str] | None = None,
                   rules: RuleSet | None = None) -> Simulation:
    """:func:`simulate` of a store, live (``scenario`` None) or under a scenario; without ``changed``, the
    compliance is checked on the lots the scenario changes (:func:`changed_lots`)."""
    from ...store import scenarios

    data = read_layers(store, scenario)
    if changed is None and scenario:
        changed = changed_lots(scenarios.changes(store, scenario), data, read_layers(store, None))
    return simulate(data, pack, changed, rules, name=scenario or LIVE)


def simulate_scenarios(store, codes: Sequence[str], pack: DemandPack | None = None, rules: RuleSet | None = None,
                       progress: Callable[[int, str], bool] | None = None) -> list[Simulation]:
    """Live and each scenario of ``codes``, each checking the same lots: every lot any of them changes.

    ``progress(step, name)`` is called before each simulation (step 0 = live); it returns True to stop
    (the simulations done so far are returned).
    """
    from ...store import scenarios

    pack = pack or load_demand_pack()
    rules = rules or load_rules(DEFAULT_RULES)
    live = read_layers(store, None)
    data = {code: read_layers(store, code) for code in codes}
    changed: set[str] = set()
    for code in codes:
        changed.update(changed_lots(scenarios.changes(store, code), data[code], live))
    order = sorted(changed)
    out = []
    for step, (name, layers) in enumerate([(LIVE, live)] + [(c, data[c]) for c in codes]):
        if progress is not None and progress(step, name):
            break
        out.append(simulate(layers, pack, order, rules, name=name))
    return out

