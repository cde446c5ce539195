"""Environmental buffers: pairs of incompatible uses closer than their required distance.

Rules come from ``resources/rules/safety-distances.json`` (pack id ``safety-distances``):
each names its **source** (industrial zones, industrial parks, wastewater treatment plants,
factory lots of polluting sectors), the **receptor** uses it must keep away from (housing,
services) and the required distance — a number, a value of another pack (the 10 m green
strip of QCVN 01:2021/BXD 2.5.2 comes from the ``qcvn01-2021`` pack), a table by capacity
or by hazard class. Values that no regulation in the project's reference gives are marked
``authority_default`` and say so in every result.

A pair breaches when the shortest distance between source and receptor is below the
requirement (equal is enough). Each breach comes with the shortest line between the two, or
the part of the receptor inside the source's buffer, its distance, the requirement, the rule
and its clause. The search is vectorised: one ``STRtree`` query with ``dwithin`` per rule.

>>> import numpy as np, shapely
>>> zones = Sites("zones", ["CN1", "NO1"], np.array([shapely.box(0, 0, 100, 100),
...     shapely.box(106, 0, 200, 100)]), land_use=["industrial", "housing"])
>>> rule = SafetyRule("industrial_green_buffer", "buffer", "zones", {"land_use": ["industrial"]},
...     ("housing",), clause="QCVN 01:2021/BXD 2.5.2", fixed_m=10.0)
>>> found = find_conflicts({"zones": zones}, [rule], {"housing": ("housing",)})
>>> found.rows[0]["source_code"], found.rows[0]["receptor_code"], found.rows[0]["distance_m"]
('CN1', 'NO1', 6.0)
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely

from .indicators import locate

RULES_DIR = Path(__file__).resolve().parents[3] / "resources" / "rules"
PACK_FILE = "safety-distances.json"
LAYERS = ("areas", "zones", "lots", "facilities")
_ONE = {"areas": "functional area", "zones": "zone", "lots": "lot", "facilities": "facility"}
#: Output columns (name, type).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("rule_id", "str"), ("source_layer", "str"), ("source_code", "str"), ("source_use", "str"),
    ("receptor_layer", "str"), ("receptor_code", "str"), ("receptor_use", "str"),
    ("distance_m", "float"), ("required_m", "float"), ("shortfall_m", "float"), ("clause", "str"),
    ("authority_default", "bool"), ("explanation", "str"),
)


class SafetyPackError(ValueError):
    """The safety-distance pack cannot be read or is inconsistent."""


@dataclass
class Sites:
    """Features of one layer that may be sources or receptors (geometries in EPSG:5899)."""

    layer: str  # one of LAYERS
    code: list[str]
    geoms: np.ndarray
    land_use: list[str | None] | None = None
    kind: list[str | None] | None = None  # facility kind, functional-area kind
    sector: list[str | None] | None = None
    capacity: np.ndarray | None = None  # facility capacity (m3/day for a WWTP)

    def column(self, name: str) -> list:
        values = getattr(self, name)
        return [None] * len(self.code) if values is None else list(values)


@dataclass
class SafetyRule:
    id: str
    title: str
    source_layer: str
    source_filter: dict
    receptors: tuple[str, ...]
    clause: str = ""
    authority_default: bool = False
    explanation: str = ""
    fixed_m: float | None = None
    by_capacity: list[tuple[float | None, float]] = field(default_factory=list)  # (below, distance)
    unknown_capacity_m: float | None = None
    by_class: dict[str, float] = field(default_factory=dict)
    sector_classes: dict[str, str] = field(default_factory=dict)
    receptors_outside_source: bool = False

    def required(self, sites: Sites) -> tuple[np.ndarray, list[dict]]:
        """Required distance per source site (nan where the rule does not apply) and text details."""
        n = len(sites.code)
        out = np.full(n, np.nan)
        details: list[dict] = [{} for _ in range(n)]
        selected = np.ones(n, dtype=bool)
        for key, wanted in self.source_filter.items():
            if key == "sector_class":
                continue
            values = sites.column(key)
            selected &= np.array([v in wanted for v in values], dtype=bool)
        if self.sector_classes:
            sectors = sites.column("sector")
            for i in np.flatnonzero(selected):
                hazard = self.sector_classes.get(sectors[i])
                if hazard is not None and hazard in self.by_class:
                    out[i] = self.by_class[hazard]
                    details[i] = {"sector": sectors[i], "hazard_class": hazard}
            return out, details
        if self.by_capacity:
            capacity = sites.capacity if sites.capacity is not None else np.full(n, np.nan)
            for i in np.flatnonzero(selected):
                cap = float(capacity[i]) if capacity[i] is not None else math.nan
                if not math.isfinite(cap):
                    out[i] = self.unknown_capacity_m if self.unknown_capacity_m is not None else np.nan
                    details[i] = {"capacity": "capacity unknown"}
                    continue
                for below, distance in self.by_capacity:
                    if below is None or cap < below:
                        out[i] = distance
                        break
                details[i] = {"capacity": "{:,.0f} m³/day".format(cap)}
            return out, details
        out[selected] = self.fixed_m if self.fixed_m is not None else np.nan
        return out, details


@dataclass
class SafetyPack:
    id: str
    version: str
    status: str
    receptor_uses: dict[str, tuple[str, ...]]
    rules: list[SafetyRule]


#: Resolves a value of another pack: (pack id, rule id) -> (value, clause), or None when unknown.
PackValue = Callable[[str, str], "tuple[float, str] | None"]


def load_safety_pack(path: str | Path | None = None, pack_value: PackValue | None = None) -> SafetyPack:
    """Read the safety-distance pack (default ``resources/rules/safety-distances.json``).

    ``pack_value`` gives values that the pack takes from another pack (the green-strip width of
    QCVN 01:2021); without it, or when it knows no value, the pack's ``default_m`` is used.
    """
    path = Path(path) if path else RULES_DIR / PACK_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SafetyPackError("The safety-distance pack {} cannot be read: {}".format(path, exc)) from exc
    try:
        receptor_uses = {k: tuple(v) for k, v in data["receptor_uses"].items()}
        rules = [_rule(item, receptor_uses, pack_value) for item in data["rules"]]
        return SafetyPack(id=data["id"], version=str(data["version"]), status=data.get("status", ""),
                          receptor_uses=receptor_uses, rules=rules)
    except (KeyError, TypeError) as exc:
        raise SafetyPackError("The safety-distance pack {} is incomplete: {!r} is missing or wrong.".format(
            path, exc.args[0] if exc.args else exc)) from exc


def _rule(item: dict, receptor_uses: dict, pack_value: PackValue | None) -> SafetyRule:
    source = dict(item["source"])
    layer = source.pop("layer")
    if layer not in LAYERS:
        raise SafetyPackError("Rule {}: source layer '{}' is not one of {}.".format(item["id"], layer, LAYERS))
    unknown = [r for r in item["receptors"] if r not in receptor_uses]
    if unknown:
        raise SafetyPackError("Rule {}: unknown receptor(s) {}.".format(item["id"], ", ".join(unknown)))
    rule = SafetyRule(
        id=item["id"], title=item.get("title", item["id"]), source_layer=layer, source_filter=source,
        receptors=tuple(item["receptors"]), clause=item.get("clause", ""),
        authority_default=bool(item.get("authority_default", False)), explanation=item.get("explanation", ""),
        receptors_outside_source=bool(item.get("receptors_outside_source", False)),
    )
    distance = item["distance"]
    if "pack" in distance:
        found = pack_value(distance["pack"], distance["rule"]) if pack_value else None
        if found is not None:
            rule.fixed_m, clause = float(found[0]), found[1]
            rule.clause = clause or rule.clause
        else:
            rule.fixed_m = float(distance["default_m"])
    elif "by_capacity_m3_day" in distance:
        rule.by_capacity = [(row["below"], float(row["distance_m"])) for row in distance["by_capacity_m3_day"]]
        rule.unknown_capacity_m = distance.get("unknown_capacity_m")
    elif "by_class" in distance:
        rule.by_class = {k: float(v) for k, v in distance["by_class"].items()}
        rule.sector_classes = dict(item.get("sector_classes", {}))
    elif "distance_m" in distance:
        rule.fixed_m = float(distance["distance_m"])
    else:
        raise SafetyPackError("Rule {}: the distance is neither a number, a pack value, a capacity table nor a "
                              "class table.".format(item["id"]))
    return rule


@dataclass
class Conflicts:
    rows: list[dict]  # one per breaching pair, keys COLUMNS
    geoms: np.ndarray  # line or polygon per row, EPSG:5899
    notes: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)


def _receptors(sites: dict[str, Sites], uses: tuple[str, ...]) -> tuple[list[tuple[str, int, str]], np.ndarray]:
    """Receptor features of the given land uses: zones first, then lots that lie in no such zone."""
    refs: list[tuple[str, int, str]] = []
    geoms: list = []
    zones = sites.get("zones")
    zone_geoms = np.zeros(0, dtype=object)
    if zones is not None:
        idx = [i for i, u in enumerate(zones.column("land_use")) if u in uses]
        refs += [("zones", i, zones.column("land_use")[i]) for i in idx]
        zone_geoms = zones.geoms[idx] if idx else zone_geoms
        geoms += list(zone_geoms)
    lots = sites.get("lots")
    if lots is not None:
        idx = np.array([i for i, u in enumerate(lots.column("land_use")) if u in uses], dtype=np.int64)
        if len(idx) and len(zone_geoms):
            idx = idx[locate(lots.geoms[idx], zone_geoms) < 0]
        refs += [("lots", int(i), lots.column("land_use")[i]) for i in idx]
        geoms += list(lots.geoms[idx])
    return refs, np.array(geoms, dtype=object)


def find_conflicts(sites: dict[str, Sites], rules: list[SafetyRule], receptor_uses: dict[str, tuple[str, ...]],
                   geometry: str = "line", is_canceled: Callable[[], bool] | None = None) -> Conflicts:
    """Every (rule, source, receptor) closer than the rule requires; ``geometry`` is "line" or "polygon"."""
    if geometry not in ("line", "polygon"):
        raise ValueError("geometry is 'line' or 'polygon', not {!r}".format(geometry))
    rows: list[dict] = []
    out_geoms: list = []
    notes: list[str] = []
    for rule in rules:
        if is_canceled and is_canceled():
            break
        source = sites.get(rule.source_layer)
        if source is None or not len(source.code):
            notes.append("Rule {}: no {} given, not checked.".format(rule.id, rule.source_layer))
            continue
        required, details = rule.required(source)
        src = np.flatnonzero(np.isfinite(required))
        uses = tuple(u for r in rule.receptors for u in receptor_uses[r])
        refs, rgeoms = _receptors(sites, uses)
        if not len(src) or not len(refs):
            continue
        tree = shapely.STRtree(rgeoms)
        si, ri = tree.query(source.geoms[src], predicate="dwithin", distance=required[src])
        if not len(si):
            continue
        s_idx = src[si]
        a, b = source.geoms[s_idx], rgeoms[ri]
        distance = shapely.distance(a, b)
        need = required[s_idx]
        breach = distance < need - 1e-9
        if rule.receptors_outside_source:
            breach &= ~shapely.contains(a, shapely.point_on_surface(b))
        s_idx, ri, a, b, distance, need = (x[breach] for x in (s_idx, ri, a, b, distance, need))
        if geometry == "line":
            geoms = shapely.shortest_line(a, b)
        else:
            geoms = shapely.intersection(shapely.buffer(a, need, quad_segs=16), b)
        source_use = source.column("land_use") if rule.source_layer in ("zones", "lots") else source.column("kind")
        for k in range(len(s_idx)):
            s, (r_layer, r_i, r_use) = int(s_idx[k]), refs[int(ri[k])]
            receptor = sites[r_layer]
            fields = {"required": float(need[k]), "distance": float(distance[k]), "receptor_use": r_use,
                      "capacity": "", "sector": "", "hazard_class": "", **details[s]}
            rows.append({
                "rule_id": rule.id, "source_layer": rule.source_layer, "source_code": source.code[s],
                "source_use": source_use[s], "receptor_layer": r_layer, "receptor_code": receptor.code[r_i],
                "receptor_use": r_use, "distance_m": float(distance[k]), "required_m": float(need[k]),
                "shortfall_m": float(need[k] - distance[k]), "clause": rule.clause,
                "authority_default": rule.authority_default,
                "explanation": "{}: {} {} — {} {}. {}".format(
                    rule.title, _ONE[rule.source_layer], source.code[s], _ONE[r_layer], receptor.code[r_i],
                    rule.explanation.format(**fields) if rule.explanation else ""),
            })
        out_geoms += list(geoms)
    return Conflicts(rows=rows, geoms=np.array(out_geoms, dtype=object), notes=notes)
