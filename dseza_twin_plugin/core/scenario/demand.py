"""Demand of the lots on the networks (water, wastewater, power, trips) and the headroom of what serves them.

The coefficients are data: the demand pack ``resources/rules/demand-capacity.json`` (or a copy given by
path). Each coefficient names its source — a clause of QCVN 01:2021/BXD, or the authority's own
assumption — and :func:`load_demand_pack` refuses a pack where one has none, where a unit is unknown,
or where a land use or a service is left uncovered.

:meth:`DemandPack.demand` computes every lot's demand at once (columns in, columns out);
:func:`service_area_demand` sums it per serving element (the substation, plant or road link each lot
is tied to); :func:`headroom` sets those sums against the elements' capacities.

>>> pack = load_demand_pack()
>>> d = pack.demand({"code": ["A"], "land_use": ["industrial"], "sector": ["electronics"],
...                  "area_m2": [20_000.0], "gfa_m2": [None]})
>>> float(d.values["water"][0]), float(d.values["wastewater"][0]), float(d.values["power"][0])
(40.0, 32.0, 400.0)
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

#: Folder of the packs shipped with the plugin (``<plugin>/resources/rules``).
RULES_DIR = Path(__file__).resolve().parents[3] / "resources" / "rules"
DEFAULT_PACK = "demand-capacity"
#: Land uses every pack must cover (``store.schema.LAND_USES``; core does not import the store).
LAND_USES = ("industrial", "warehouse", "rnd", "services", "housing", "green", "infrastructure", "transport",
             "mixed")
SERVICES = ("water", "wastewater", "power", "trips")
SOURCE_KINDS = ("standard", "authority")
#: Coefficient units: unit → (service unit it yields, basis, factor to the service unit per basis unit).
#: Bases: ``ha`` of lot area, ``m2`` of gross floor area, ``share`` of another service's demand.
UNITS: dict[str, tuple[str, str, float]] = {
    "m3/ha/day": ("m3/day", "ha", 1.0),
    "L/m2/day": ("m3/day", "m2", 0.001),
    "m3/m2/day": ("m3/day", "m2", 1.0),
    "kW/ha": ("kW", "ha", 1.0),
    "W/m2": ("kW", "m2", 0.001),
    "veh/h/ha": ("veh/h", "ha", 1.0),
    "veh/h/100m2": ("veh/h", "m2", 0.01),
    "share": ("", "share", 1.0),
}


class DemandPackError(ValueError):
    """A demand pack cannot be used; the message names the file, the entry and what is wrong."""


@dataclass(frozen=True)
class Source:
    id: str
    kind: str  # standard or authority
    citation: str
    verified: bool
    note: str = ""


@dataclass(frozen=True)
class Coefficient:
    """One coefficient: ``value`` in ``unit`` (per ha of lot, per m² of floor, or a share of ``of``)."""

    service: str
    value: float
    unit: str
    basis: str  # ha, m2, share
    factor: float  # to the service's unit per basis unit
    sources: tuple[str, ...]
    clause: str = ""
    note: str = ""
    of: str | None = None  # the service a share is taken of
    where: str = ""  # land use, or sector/land use, for reports

    @property
    def per_basis(self) -> float:
        """The coefficient in the service's unit per basis unit (per ha, per m², or a share)."""
        return self.value * self.factor


@dataclass(frozen=True)
class Service:
    id: str
    unit: str
    label: str
    network: str
    node_kinds: tuple[str, ...]
    capacity_units: dict[str, float]
    supply_factor: float = 1.0  # demand at the element = Σ lots × supply_factor
    supply_note: str = ""


@dataclass
class Demand:
    """Per lot demand (columns, the lots' order); ``nan`` where it cannot be known, with a note."""

    code: list[str]
    values: dict[str, np.ndarray]  # service -> demand in the service's unit
    units: dict[str, str]
    coefficients: dict[str, list[Coefficient | None]]  # service -> the coefficient each lot took
    notes: list[list[str]]

    def __len__(self) -> int:
        return len(self.code)


@dataclass(frozen=True)
class Capacity:
    """What one network element can carry (a substation in MVA, a treatment plant in m³/day, a road in veh/h)."""

    element: str
    service: str
    capacity: float
    unit: str


@dataclass(frozen=True)
class Headroom:
    service: str
    element: str
    demand: float  # at the element, supply factors included, in the service's unit
    capacity: float  # in the service's unit (nan: unknown)
    unit: str
    lots: int

    @property
    def headroom(self) -> float:
        return self.capacity - self.demand

    @property
    def utilisation_pct(self) -> float:
        return self.demand / self.capacity * 100.0 if self.capacity and self.capacity == self.capacity else math.nan

    @property
    def over(self) -> bool:
        """The demand exceeds the capacity (a capacity that is unknown is never over)."""
        return self.capacity == self.capacity and self.demand > self.capacity * (1 + 1e-12)


@dataclass
class DemandPack:
    id: str
    version: str
    path: str
    sources: dict[str, Source]
    services: dict[str, Service]
    land_uses: dict[str, dict[str, Coefficient]]
    sectors: dict[str, tuple[frozenset[str], dict[str, Coefficient]]] = field(default_factory=dict)

    def describe(self) -> str:
        return "{} {} (demand)".format(self.id, self.version)

    def coefficient(self, land_use: str | None, sector: str | None, service: str) -> Coefficient | None:
        """The sector's coefficient when the pack lists the sector for this land use, else the land use's."""
        if land_use not in self.land_uses:
            return None
        entry = self.sectors.get(_key(sector)) if sector else None
        if entry is not None and land_use in entry[0] and service in entry[1]:
            return entry[1][service]
        return self.land_uses[land_use][service]

    def demand(self, lots: Mapping[str, Sequence]) -> Demand:
        """Every lot's demand. ``lots`` holds columns ``code``, ``land_use``, ``area_m2`` and, optional,
        ``sector`` and ``gfa_m2`` (None/nan where unknown).

        Lots sharing a land use and sector share their coefficients: they are looked up once per
        distinct pair and the demands are array products.
        """
        codes = [str(c) for c in lots["code"]]
        n = len(codes)
        land_use = list(lots.get("land_use") or [None] * n)
        sector = list(lots.get("sector") or [None] * n)
        area = _column(lots.get("area_m2"), n, "area_m2")
        gfa = _column(lots.get("gfa_m2"), n, "gfa_m2")
        if len(land_use) != n or len(sector) != n:
            raise ValueError("The lots' columns must all have {} values (one per lot).".format(n))
        if (area < 0).any() or (gfa < 0).any():
            raise ValueError("Lot areas and floor areas cannot be negative.")
        keys = list(zip(land_use, sector))
        distinct = list(dict.fromkeys(keys))
        index = {k: i for i, k in enumerate(distinct)}
        which = np.fromiter((index[k] for k in keys), dtype=np.int64, count=n)
        notes: list[list[str]] = [[] for _ in range(n)]
        for i in np.flatnonzero([lu not in self.land_uses for lu in land_use]).tolist():
            notes[i].append("land use {!r} unknown to the demand pack: demand unknown".format(land_use[i]))
        values: dict[str, np.ndarray] = {}
        coeffs: dict[str, list] = {}
        shares: list[tuple[str, np.ndarray, np.ndarray, np.ndarray]] = []
        for service in self.services:
            per_key = [self.coefficient(lu, sec, service) for lu, sec in distinct]
            rate = np.array([c.per_basis if c is not None else np.nan for c in per_key] or [np.nan])[which]
            basis = np.array([c.basis if c is not None else "" for c in per_key] or [""], dtype=object)[which]
            out = np.full(n, np.nan)
            ha = basis == "ha"
            out[ha] = rate[ha] * area[ha] / 10_000.0
            m2 = basis == "m2"
            out[m2] = rate[m2] * gfa[m2]
            share = np.flatnonzero(basis == "share")
            if len(share):
                of = np.array([c.of if c is not None and c.of else "" for c in per_key] or [""], dtype=object)[which]
                shares.append((service, share, rate[share], of[share]))
            for i in np.flatnonzero(m2 & np.isnan(gfa)).tolist():
                notes[i].append("{}: needs the lot's floor area (GFA), unknown".format(service))
            values[service] = out
            coeffs[service] = [per_key[w] for w in which.tolist()]
        for service, idx, rate, of in shares:  # shares of another service's demand, once that one is known
            for base in np.unique(of):
                sel = of == base
                values[service][idx[sel]] = rate[sel] * values[base][idx[sel]]
        units = {s: self.services[s].unit for s in self.services}
        return Demand(codes, {s: values[s] for s in self.services}, units, coeffs, notes)


def _key(text: str | None) -> str:
    return " ".join(str(text or "").strip().lower().split())


def _column(values, n: int, name: str) -> np.ndarray:
    if values is None:
        return np.full(n, np.nan)
    try:
        arr = np.array([np.nan if v is None else v for v in values], dtype=float)
    except (TypeError, ValueError) as exc:
        raise ValueError("The lots' {} must be numbers (or None where unknown).".format(name)) from exc
    if arr.shape != (n,):
        raise ValueError("There are {} values of {} for {} lots.".format(len(arr), name, n))
    return arr


def demand(lots: Mapping[str, Sequence], pack: DemandPack | None = None) -> Demand:
    """Every lot's demand with ``pack`` (default: the shipped ``demand-capacity`` pack): :meth:`DemandPack.demand`."""
    return (pack or load_demand_pack()).demand(lots)


# --------------------------------------------------------------------------- service areas and headroom


def service_area_demand(d: Demand, served_by: Mapping[str, Sequence[str | None]]) -> dict[str, dict[str, tuple]]:
    """Per service, per element: ``(Σ demand of the lots it serves, number of lots)``.

    ``served_by[service]`` gives, for each lot (the demand's order), the code of the element that
    serves it (None: no element known; those lots are summed under ``""``). A lot whose demand is
    unknown makes its element's sum unknown (``nan``): never a headroom that looks safe by omission.
    """
    out: dict[str, dict[str, tuple]] = {}
    for service, elements in served_by.items():
        if service not in d.values:
            raise ValueError("Unknown service {!r} (services: {}).".format(service, ", ".join(d.values)))
        elements = list(elements)
        if len(elements) != len(d):
            raise ValueError("{}: {} serving elements for {} lots; give one per lot (None where unknown).".format(
                service, len(elements), len(d)))
        names, inverse = np.unique(np.array([e or "" for e in elements], dtype=object).astype(str),
                                   return_inverse=True)
        total = np.bincount(inverse, weights=np.nan_to_num(d.values[service], nan=0.0), minlength=len(names))
        unknown = np.bincount(inverse, weights=np.isnan(d.values[service]), minlength=len(names))
        count = np.bincount(inverse, minlength=len(names))
        out[service] = {str(name): (float(t) if u == 0 else math.nan, int(c))
                        for name, t, u, c in zip(names, total, unknown, count)}
    return out


def headroom(area_demand: Mapping[str, Mapping[str, tuple]], capacities: Sequence[Capacity],
             pack: DemandPack | None = None) -> list[Headroom]:
    """Demand per serving element against its capacity, in the service's unit, supply factors applied.

    ``area_demand`` is :func:`service_area_demand`'s result (or ``{service: {element: demand}}``);
    every element with a capacity or a demand gets a row (capacity nan where unknown). Capacities in
    another unit are converted by the pack's ``capacity_units`` (MVA → kW at cos φ 0.85, …).
    """
    pack = pack or load_demand_pack()
    caps: dict[tuple[str, str], float] = {}
    for c in capacities:
        service = pack.services.get(c.service)
        if service is None:
            raise ValueError("Capacity of {}: unknown service {!r} (services: {}).".format(
                c.element, c.service, ", ".join(pack.services)))
        factor = service.capacity_units.get(c.unit)
        if factor is None:
            raise ValueError("Capacity of {}: unit {!r} cannot be read as {} (known units: {}).".format(
                c.element, c.unit, service.unit, ", ".join(service.capacity_units)))
        if (c.service, c.element) in caps:
            raise ValueError("Element {} has two {} capacities.".format(c.element, c.service))
        caps[(c.service, c.element)] = float(c.capacity) * factor
    rows: dict[tuple[str, str], Headroom] = {}
    for service, per_element in area_demand.items():
        s = pack.services[service]
        for element, value in per_element.items():
            demand, lots = value if isinstance(value, tuple) else (value, 0)
            rows[(service, element)] = Headroom(service, element, float(demand) * s.supply_factor,
                                                caps.get((service, element), math.nan), s.unit, lots)
    for (service, element), cap in caps.items():
        if (service, element) not in rows:
            rows[(service, element)] = Headroom(service, element, 0.0, cap, pack.services[service].unit, 0)
    return sorted(rows.values(), key=lambda h: (SERVICES.index(h.service) if h.service in SERVICES else 99,
                                                h.element))


# --------------------------------------------------------------------------- loading and validation


def load_demand_pack(spec: str = DEFAULT_PACK, rules_dir: Path | None = None) -> DemandPack:
    """Read and validate a demand pack: a pack id of the rules folder or a path to a ``.json`` file."""
    folder = Path(rules_dir) if rules_dir is not None else RULES_DIR
    spec = (spec or "").strip() or DEFAULT_PACK
    path = Path(spec).expanduser() if spec.lower().endswith(".json") or "/" in spec or "\\" in spec \
        else folder / "{}.json".format(spec)
    if not path.is_file():
        raise DemandPackError("Demand pack {} does not exist.".format(path))
    where = "Demand pack {}".format(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise DemandPackError("{} cannot be read: {}.".format(where, exc)) from exc
    except json.JSONDecodeError as exc:
        raise DemandPackError("{} is not valid JSON: {} (line {}, column {}).".format(
            where, exc.msg, exc.lineno, exc.colno)) from exc
    if not isinstance(data, dict) or data.get("kind") != "demand":
        raise DemandPackError("{}: 'kind' must be 'demand'.".format(where))
    for key in ("id", "version"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise DemandPackError("{}: '{}' is missing.".format(where, key))
    sources = _sources(data.get("sources"), where)
    services = _services(data.get("services"), where, sources)
    land_uses_raw = data.get("land_uses")
    if not isinstance(land_uses_raw, dict):
        raise DemandPackError("{}: 'land_uses' must map each land use to its coefficients.".format(where))
    unknown = sorted(set(land_uses_raw) - set(LAND_USES))
    if unknown:
        raise DemandPackError("{}: unknown land use(s) {} (known: {}).".format(where, ", ".join(unknown),
                                                                               ", ".join(LAND_USES)))
    missing = [lu for lu in LAND_USES if lu not in land_uses_raw]
    if missing:
        raise DemandPackError("{}: land use(s) {} have no coefficients: every land use must be covered.".format(
            where, ", ".join(missing)))
    land_uses = {}
    for lu in LAND_USES:
        entry = land_uses_raw[lu]
        w = "{}, land use '{}'".format(where, lu)
        if not isinstance(entry, dict):
            raise DemandPackError("{}: must be an object of coefficients by service.".format(w))
        absent = [s for s in services if s not in entry]
        if absent:
            raise DemandPackError("{}: no coefficient for {} (every service must be covered).".format(
                w, ", ".join(absent)))
        land_uses[lu] = {s: _coefficient(entry[s], s, "{}, {}".format(w, s), services, sources, lu) for s in services}
    sectors = {}
    for name, entry in (data.get("sectors") or {}).items():
        w = "{}, sector '{}'".format(where, name)
        if not isinstance(entry, dict):
            raise DemandPackError("{}: must be an object.".format(w))
        lus = entry.get("land_uses")
        if not isinstance(lus, list) or not lus or any(lu not in LAND_USES for lu in lus):
            raise DemandPackError("{}: 'land_uses' must list the land uses it applies to (known: {}).".format(
                w, ", ".join(LAND_USES)))
        extra = [k for k in entry if k not in services and k != "land_uses"]
        if extra:
            raise DemandPackError("{}: unknown service(s) {} (services: {}).".format(w, ", ".join(extra),
                                                                                     ", ".join(services)))
        sectors[_key(name)] = (frozenset(lus), {s: _coefficient(entry[s], s, "{}, {}".format(w, s), services,
                                                                 sources, "{}/{}".format(name, "/".join(lus)))
                                                for s in services if s in entry})
    return DemandPack(data["id"], data["version"], str(path), sources, services, land_uses, sectors)


def _sources(raw, where: str) -> dict[str, Source]:
    if not isinstance(raw, dict) or not raw:
        raise DemandPackError("{}: 'sources' must list the sources the coefficients cite.".format(where))
    out = {}
    for sid, entry in raw.items():
        w = "{}, source '{}'".format(where, sid)
        if not isinstance(entry, dict):
            raise DemandPackError("{}: must be an object.".format(w))
        if entry.get("kind") not in SOURCE_KINDS:
            raise DemandPackError("{}: 'kind' must be one of {}.".format(w, ", ".join(SOURCE_KINDS)))
        if not isinstance(entry.get("citation"), str) or not entry["citation"].strip():
            raise DemandPackError("{}: a source needs its 'citation'.".format(w))
        if not isinstance(entry.get("verified"), bool):
            raise DemandPackError("{}: 'verified' must say (true/false) whether the values were checked against "
                                  "the source's text.".format(w))
        if not entry["verified"] and not str(entry.get("note", "")).strip():
            raise DemandPackError("{}: an unverified source needs a 'note' saying why.".format(w))
        out[sid] = Source(sid, entry["kind"], entry["citation"], entry["verified"], str(entry.get("note", "")))
    return out


def _services(raw, where: str, sources: dict[str, Source]) -> dict[str, Service]:
    if not isinstance(raw, dict):
        raise DemandPackError("{}: 'services' must describe {}.".format(where, ", ".join(SERVICES)))
    missing = [s for s in SERVICES if s not in raw]
    if missing:
        raise DemandPackError("{}: service(s) {} missing.".format(where, ", ".join(missing)))
    out = {}
    for sid, entry in raw.items():
        w = "{}, service '{}'".format(where, sid)
        if not isinstance(entry, dict) or not isinstance(entry.get("unit"), str):
            raise DemandPackError("{}: needs a 'unit'.".format(w))
        units = entry.get("capacity_units") or {}
        if not isinstance(units, dict) or entry["unit"] not in units or not all(
                isinstance(v, int | float) and v > 0 for v in units.values()):
            raise DemandPackError("{}: 'capacity_units' must map capacity units (its own unit {} included) to "
                                  "positive factors.".format(w, entry["unit"]))
        factor = 1.0
        notes = []
        for k, f in enumerate(entry.get("supply_factors") or [], 1):
            fw = "{}, supply factor #{}".format(w, k)
            value = _number(f.get("value") if isinstance(f, dict) else None, fw)
            _check_sources(f.get("source"), fw, sources)
            factor *= 1.0 + value
            notes.append("{} {} ({})".format(f.get("id", k), value, f.get("clause", f.get("source"))))
        out[sid] = Service(sid, entry["unit"], str(entry.get("label", sid)), str(entry.get("network", "")),
                           tuple(entry.get("node_kinds") or ()), {str(k): float(v) for k, v in units.items()},
                           factor, "; ".join(notes))
    return out


def _number(value, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise DemandPackError("{}: 'value' must be a number ≥ 0 (got {!r}).".format(where, value))
    return float(value)


def _check_sources(raw, where: str, sources: dict[str, Source]) -> tuple[str, ...]:
    ids = (raw,) if isinstance(raw, str) else tuple(raw or ())
    if not ids:
        raise DemandPackError("{}: every coefficient needs its 'source' (one of {}).".format(
            where, ", ".join(sources)))
    unknown = [s for s in ids if s not in sources]
    if unknown:
        raise DemandPackError("{}: source {} is not listed in 'sources' ({}).".format(
            where, ", ".join(map(repr, unknown)), ", ".join(sources)))
    return ids


def _coefficient(raw, service: str, where: str, services: dict[str, Service], sources: dict[str, Source],
                 label: str) -> Coefficient:
    if not isinstance(raw, dict):
        raise DemandPackError("{}: must be an object with 'value', 'unit' and 'source'.".format(where))
    value = _number(raw.get("value"), where)
    unit = raw.get("unit")
    if unit not in UNITS:
        raise DemandPackError("{}: unit {!r} unknown (known: {}).".format(where, unit, ", ".join(UNITS)))
    yields, basis, factor = UNITS[unit]
    of = None
    if basis == "share":
        of = raw.get("of")
        if of not in services or of == service:
            raise DemandPackError("{}: a share needs 'of': another service ({}).".format(where, ", ".join(
                s for s in services if s != service)))
        if services[of].unit != services[service].unit:
            raise DemandPackError("{}: a share of {} ({}) cannot give {} ({}).".format(
                where, of, services[of].unit, service, services[service].unit))
        if value > 1:
            raise DemandPackError("{}: a share is at most 1 (got {}).".format(where, value))
    elif yields != services[service].unit:
        raise DemandPackError("{}: unit {} gives {}, the service is counted in {}.".format(
            where, unit, yields, services[service].unit))
    ids = _check_sources(raw.get("source"), where, sources)
    if any(sources[s].kind == "standard" for s in ids) and not str(raw.get("clause", "")).strip():
        raise DemandPackError("{}: a value from a standard needs its 'clause'.".format(where))
    return Coefficient(service, value, unit, basis, factor, ids, str(raw.get("clause", "")), str(raw.get("note", "")),
                       of, label)
