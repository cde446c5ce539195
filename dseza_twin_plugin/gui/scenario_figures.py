"""What the zone inspector shows of a scenario: one area's, zone's or lot's figures live and in the scenario.

No widgets: :func:`zone_figures` takes an open store and runs in the inspector's background task. The figures
come from the same simulation as ``dsezatwin:simulatescenario`` (``core.scenario.simulate``): the indicators
of the area or zone, the compliance of its changed lots, and the demand on the network elements that serve its
lots against their capacity. Where that module is not installed, the scenario's changes and simple counts from
``effective_rows`` are shown instead (``simulated`` False).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..store import scenarios as sc

#: Indicators shown side by side (keys of ``core.planning.indicators`` rows), in this order.
INDICATORS = ("lots_total", "leased_ha", "available_ha", "occupancy_pct", "gfa_m2", "net_density_pct", "far",
              "jobs")
#: Lot columns compared to say what a change does (geometry aside).
COMPARED = {
    "planning_zones": ("land_use", "max_coverage_pct", "max_far", "max_height_m", "max_floors", "min_green_pct",
                       "name", "area_code"),
    "parcels": ("zone_code", "land_use", "status", "tenant", "investor", "sector", "employees",
                "registered_capital_usd", "lease_start", "lease_end", "area_m2"),
    "buildings": ("parcel_code", "use", "height_m", "floors", "gfa_m2", "name"),
    "construction_projects": ("parcel_code", "phase", "status", "planned_start", "planned_end", "progress_pct"),
}


@dataclass
class Change:
    layer: str
    code: str
    kind: str  # added | changed | removed
    details: list[tuple[str, object, object]] = field(default_factory=list)  # (column, live, scenario)


@dataclass
class ElementFigures:
    service: str
    element: str
    unit: str
    capacity: float
    live_demand: float | None
    scenario_demand: float | None

    @staticmethod
    def _pct(demand, capacity) -> float | None:
        if demand is None or not capacity or not math.isfinite(capacity):
            return None
        return demand / capacity * 100.0

    @property
    def live_pct(self) -> float | None:
        return self._pct(self.live_demand, self.capacity)

    @property
    def scenario_pct(self) -> float | None:
        return self._pct(self.scenario_demand, self.capacity)

    @property
    def over(self) -> bool:
        return self.scenario_pct is not None and self.scenario_pct > 100.0 + 1e-9


@dataclass
class ScenarioFigures:
    scenario: str
    layer: str
    code: str
    simulated: bool
    indicators: list[tuple[str, object, object]] = field(default_factory=list)  # (key, live, scenario)
    changes: list[Change] = field(default_factory=list)
    compliance: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # (lot, live, scenario)
    elements: list[ElementFigures] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _lots_of(rows: list[dict], layer: str, code: str) -> set[str]:
    if layer == "parcels":
        return {code}
    key = "area_code" if layer == "functional_areas" else "zone_code"
    return {r["code"] for r in rows if r.get(key) == code}


def _changes(store, scenario: str, layer: str, code: str, lots: set[str], zones: set[str]) -> list[Change]:
    """The scenario's changes that touch the target: its zones and lots, and the buildings and projects on them."""
    out = []
    for name in sc.SCENARIO_LAYERS:
        rows = sc.scenario_rows(store, scenario, name)
        if not rows:
            continue
        live = {r["code"]: r for r in store.rows(name) if r["code"] in {x["code"] for x in rows}}
        for r in rows:
            before = live.get(r["code"])
            if name == "planning_zones":
                inside = r["code"] in zones or (layer == "functional_areas" and code in (
                    r.get("area_code"), (before or {}).get("area_code")))
            elif name == "parcels":
                inside = r["code"] in lots
            else:
                inside = r.get("parcel_code") in lots or (before or {}).get("parcel_code") in lots
            if not inside:
                continue
            if r["op"] == "delete":
                out.append(Change(name, r["code"], "removed"))
            elif before is None:
                out.append(Change(name, r["code"], "added"))
            else:
                details = [(c, before.get(c), r.get(c)) for c in COMPARED[name] if before.get(c) != r.get(c)]
                geom_a, geom_b = before.get("geom"), r.get("geom")
                if geom_a is not None and geom_b is not None and not geom_a.equals(geom_b):
                    details.append(("geom", None, None))
                out.append(Change(name, r["code"], "changed", details))
    return out


def zone_figures(store, scenario: str, layer: str, code: str) -> ScenarioFigures:
    """Figures of a functional area, planning zone or lot (``layer``, ``code``), live and in ``scenario``."""
    try:
        from ..core.scenario import simulate as sim
    except ImportError:  # the simulation is not installed: the changes and what effective_rows tells
        sim = None
    live_rows = sc.effective_rows(store, None, "parcels")
    scen_rows = sc.effective_rows(store, scenario, "parcels")
    lots = _lots_of(live_rows, layer, code) | _lots_of(scen_rows, layer, code)
    if layer == "functional_areas":
        zones = {r["code"] for r in sc.effective_rows(store, scenario, "planning_zones") if r.get("area_code") == code}
    elif layer == "planning_zones":
        zones = {code}
    else:
        zones = {r.get("zone_code") for r in live_rows + scen_rows if r["code"] == code} - {None}
    figures = ScenarioFigures(scenario, layer, code, simulated=sim is not None)
    figures.changes = _changes(store, scenario, layer, code, lots, zones)
    if sim is None:
        figures.indicators = _counted(live_rows, scen_rows, layer, code)
        return figures
    live = sim.read_layers(store, None)
    data = sim.read_layers(store, scenario)
    changed = sim.changed_lots(sc.changes(store, scenario), data, live)
    s_live = sim.simulate(live, changed=changed, name=sim.LIVE)
    s_scen = sim.simulate(data, changed=changed, name=scenario)
    level = {"functional_areas": "areas", "planning_zones": "zones"}.get(layer)
    if level is not None:
        row_live = next((r for r in getattr(s_live.indicators, level) if r["code"] == code), {})
        row_scen = next((r for r in getattr(s_scen.indicators, level) if r["code"] == code), {})
        figures.indicators = [(k, row_live.get(k), row_scen.get(k)) for k in INDICATORS
                              if k in row_live or k in row_scen]
    verdict = {name: {r["code"]: r["status"] for r in s.compliance} for name, s in (("live", s_live),
                                                                                      ("scenario", s_scen))}
    figures.compliance = [(lot, verdict["live"].get(lot), verdict["scenario"].get(lot))
                          for lot in changed if lot in lots]
    serving: set[tuple[str, str]] = set()
    for s in (s_live, s_scen):
        for service, served in s.served.items():
            serving.update((service, e) for lot, e in zip(s.lot_codes, served.element) if lot in lots and e)
    for service, element in sorted(serving):
        a, b = s_live.element(service, element), s_scen.element(service, element)
        known = b or a
        if known is None:
            continue  # an element without a known capacity
        figures.elements.append(ElementFigures(service, element, known.unit, known.capacity,
                                               a.demand if a else None, b.demand if b else None))
    figures.elements.sort(key=lambda e: -(e.scenario_pct or 0.0))
    return figures


def _counted(live_rows: list[dict], scen_rows: list[dict], layer: str, code: str) -> list[tuple[str, object, object]]:
    """Lots, leased land and jobs of the target counted from the rows (without the simulation)."""
    def figures(rows):
        mine = [r for r in rows if r["code"] in _lots_of(rows, layer, code)]
        leased = sum((r.get("area_m2") or 0.0) for r in mine
                     if r.get("status") in ("leased", "under_construction", "operating")) / 1e4
        return {"lots_total": len(mine), "leased_ha": leased, "jobs": sum(r.get("employees") or 0 for r in mine)}

    a, b = figures(live_rows), figures(scen_rows)
    return [(k, a[k], b[k]) for k in a]
