"""Several simulations side by side (live first), with the difference of each scenario from live.

Pure data: :func:`compare` turns :class:`~.simulate.Simulation` objects into flat :class:`Row` objects —
one per (section, subject, measure) — that the report, the CSV and the algorithms' layers read:

``indicator``
    per functional area and planning zone, the indicators of :data:`INDICATORS`;
``element``
    per serving element (substation, water station, treatment plant, road link): demand, capacity,
    headroom, utilisation (%), over (1 / 0) and lots served;
``compliance``
    counts of the checked lots (the lots the scenarios change) by verdict, and lots absent;
``lot``
    each checked lot's verdict and failed rules (text);
``buffer``
    each buffer conflict (rule, source, receptor): 1 where it occurs, 0 where not; its shortfall.

A numeric row's ``diff[name]`` is ``value[name] − value[live]`` (None where either is unknown); a text
row's is ``"live → scenario"`` where they differ, else None. Live's own diff is always None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..planning.report import finite_number
from .simulate import Simulation

#: Indicators compared per functional area and zone: (zone_indicators column, label, unit).
INDICATORS: tuple[tuple[str, str, str], ...] = (
    ("gfa_m2", "gross floor area", "m²"),
    ("footprint_m2", "building footprint", "m²"),
    ("net_density_pct", "built coverage", "%"),
    ("far", "floor area ratio", ""),
    ("jobs", "jobs", "people"),
    ("occupancy_pct", "occupancy of leasable land", "%"),
    ("leased_ha", "leasable land let", "ha"),
    ("lots_total", "lots", "lots"),
    ("lots_available", "available lots", "lots"),
    ("available_ha", "available leasable land", "ha"),
)
#: Measures per element.
ELEMENT_MEASURES = ("demand", "capacity", "headroom", "utilisation_pct", "over", "lots")
COMPLIANCE_MEASURES = ("lots_checked", "pass", "fail", "insufficient_data", "absent")
SECTIONS = ("indicator", "element", "compliance", "lot", "buffer")


@dataclass
class Row:
    section: str  # one of SECTIONS
    level: str  # functional_area / planning_zone; the service of an element; the rule of a buffer conflict
    code: str  # area, zone, element, lot code; "source → receptor" of a conflict; "" for totals
    name: str  # what the subject is, in words
    measure: str
    unit: str
    values: dict  # simulation name -> value (None where unknown or absent)
    diff: dict = field(default_factory=dict)  # simulation name -> value − live (None for live)

    def changed(self) -> bool:
        """Some scenario differs from live."""
        return any(d not in (None, 0, 0.0) for d in self.diff.values())


@dataclass
class Comparison:
    names: list[str]  # live first
    rows: list[Row]
    _index: dict = field(default_factory=dict, repr=False, compare=False)

    def section(self, section: str, measure: str | None = None) -> list[Row]:
        return [r for r in self.rows if r.section == section and (measure is None or r.measure == measure)]

    def get(self, section: str, level: str, code: str, measure: str) -> Row | None:
        """The row of one subject and measure (None when no simulation has it)."""
        if len(self._index) != len(self.rows):
            self._index = {(r.section, r.level, r.code, r.measure): r for r in self.rows}
        return self._index.get((section, level, code, measure))

    @property
    def scenarios(self) -> list[str]:
        return self.names[1:]


def _diffs(values: dict, names: list[str], numeric: bool) -> dict:
    base = values.get(names[0])
    out = {names[0]: None}
    for name in names[1:]:
        v = values.get(name)
        if numeric:
            out[name] = v - base if v is not None and base is not None else None
        else:
            out[name] = "{} → {}".format(base if base is not None else "—", v if v is not None else "—") \
                if v != base else None
    return out


def _row(section, level, code, name, measure, unit, values: dict, names: list[str], numeric: bool = True) -> Row:
    if numeric:
        values = {k: finite_number(v) for k, v in values.items()}
    return Row(section, level, code, name, measure, unit, values, _diffs(values, names, numeric))


def compare(simulations: Sequence[Simulation]) -> Comparison:
    """The figures of ``simulations`` side by side; the first is the base (live) every diff is taken from."""
    if not simulations:
        raise ValueError("Nothing to compare: give at least the live simulation.")
    names = [s.name for s in simulations]
    if len(set(names)) != len(names):
        raise ValueError("Each simulation compared needs its own name; repeated: {}.".format(
            ", ".join(sorted({n for n in names if names.count(n) > 1}))))
    rows: list[Row] = []

    # -- indicators per functional area and zone (subjects in the order they first appear)
    subjects: dict[tuple[str, str], dict] = {}
    per_sim: dict[str, dict[tuple[str, str], dict]] = {}
    for sim in simulations:
        table = {}
        for r in sim.indicators.areas + sim.indicators.zones:
            key = (r["level"], r["code"])
            table[key] = r
            subjects.setdefault(key, r)
        per_sim[sim.name] = table
    for key, first in subjects.items():
        label = first.get("name") or first.get("kind") or ""
        for column, _text, unit in INDICATORS:
            values = {s: (per_sim[s][key].get(column) if key in per_sim[s] else None) for s in names}
            rows.append(_row("indicator", key[0], key[1], label, column, unit, values, names))

    # -- serving elements
    elements: dict[tuple[str, str], object] = {}
    for sim in simulations:
        for h in sim.headroom:
            elements.setdefault((h.service, h.element), h)
    info = {}
    for sim in simulations:
        for sid, e in sim.elements.items():
            for i, code in enumerate(e.code):
                info.setdefault((sid, code), e.name[i] or e.kind[i] or e.network)
    lookup = {s.name: {(h.service, h.element): h for h in s.headroom} for s in simulations}
    for key, first in elements.items():
        name = info.get(key, "lots served by no element" if not key[1] else "")
        for measure in ELEMENT_MEASURES:
            values = {}
            for s in names:
                h = lookup[s].get(key)
                values[s] = None if h is None else {
                    "demand": h.demand, "capacity": h.capacity, "headroom": h.headroom,
                    "utilisation_pct": h.utilisation_pct, "over": 1.0 if h.over else 0.0, "lots": h.lots}[measure]
            unit = {"utilisation_pct": "%", "over": "1 = over capacity", "lots": "lots"}.get(measure, first.unit)
            rows.append(_row("element", key[0], key[1], name, measure, unit, values, names))

    # -- compliance of the checked lots
    checked = list(dict.fromkeys(c for s in simulations for c in s.checked))
    status = {s.name: {r["code"]: r for r in s.compliance} for s in simulations}
    counts = {}
    for s in simulations:
        verdicts = [status[s.name][c]["status"] for c in checked if c in status[s.name]]
        counts[s.name] = {"lots_checked": len(verdicts), "pass": verdicts.count("pass"),
                          "fail": verdicts.count("fail"), "insufficient_data": verdicts.count("insufficient_data"),
                          "absent": len(checked) - len(verdicts)}
    for measure in COMPLIANCE_MEASURES:
        rows.append(_row("compliance", "lots", "", "lots the scenarios change", measure, "lots",
                         {s: counts[s][measure] for s in names}, names))
    for code in checked:
        present = {s: status[s].get(code) for s in names}
        rows.append(_row("lot", "status", code, "", "status", "",
                         {s: (r["status"] if r else "absent") for s, r in present.items()}, names, numeric=False))
        rows.append(_row("lot", "failed_rules", code, "", "failed_rules", "",
                         {s: (r["failed_rules"] or "" if r else "") for s, r in present.items()}, names,
                         numeric=False))

    # -- buffer conflicts
    conflicts: dict[tuple, dict] = {}
    found: dict[str, dict[tuple, dict]] = {}
    for s in simulations:
        found[s.name] = {}
        for r in s.conflicts.rows:
            key = (r["rule_id"], r["source_layer"], r["source_code"], r["receptor_layer"], r["receptor_code"])
            found[s.name][key] = r
            conflicts.setdefault(key, r)
    rows.append(_row("buffer", "total", "", "buffer conflicts", "conflicts", "conflicts",
                     {s: len(found[s]) for s in names}, names))
    for key, r in conflicts.items():
        code = "{} {} → {} {}".format(key[1], key[2], key[3], key[4])
        name = "{} too close to {} ({})".format(r.get("source_use") or key[1], r.get("receptor_use") or key[3],
                                                r.get("clause") or "")
        rows.append(_row("buffer", key[0], code, name, "present", "1 = conflict",
                         {s: 1.0 if key in found[s] else 0.0 for s in names}, names))
        rows.append(_row("buffer", key[0], code, name, "shortfall_m", "m",
                         {s: found[s][key]["shortfall_m"] if key in found[s] else None for s in names}, names))
    return Comparison(names, rows)
