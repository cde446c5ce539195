"""The environmental threshold pack: loading, validation and matching of sensors' observed properties.

A pack is a JSON file (``resources/rules/environment-thresholds.json``) that maps parameters (``PM2.5``,
``NO2``, ``LAeq``, ``COD`` …) to limits, each with its averaging window, clause and, where a regulation has
alternatives (QCVN 26 special/normal areas, QCVN 40 columns A/B), a ``variant``.

Examples
--------
>>> pack = load_pack(default_pack_path())
>>> pack.match("PM2.5 mass concentration").name
'PM2.5'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

AVERAGINGS = ("1h", "8h", "24h", "year")
PERIODS = ("day", "night")
DEFAULT_PACK = "environment-thresholds"
RULES_DIR = Path(__file__).resolve().parents[3] / "resources" / "rules"

#: unit spellings taken as the same unit, and factors from a sensor's unit to the pack's
_UNIT_SYNONYMS = {"ug/m3": "µg/m³", "µg/m3": "µg/m³", "µg/nm³": "µg/m³", "ug/nm3": "µg/m³", "mg/l": "mg/L",
                  "db(a)": "dBA", "dba": "dBA", "db": "dBA"}
_UNIT_FACTORS = {("mg/m³", "µg/m³"): 1000.0, ("mg/m3", "µg/m³"): 1000.0, ("g/m³", "mg/L"): 1.0}


class ThresholdPackError(ValueError):
    """A threshold pack that cannot be read or is not valid; the message says where and why."""


@dataclass(frozen=True)
class Limit:
    """One limit of a parameter: exceeded when a valid window value is above ``max`` or below ``min``."""

    rule: str
    standard: str
    clause: str
    averaging: str
    max: float | None
    min: float | None = None
    period: str | None = None  # 'day' (6–21 h local) or 'night' (21–6 h local); None: all hours
    variant: str | None = None
    uncertain: bool = False
    note: str = ""

    def bound(self) -> float:
        """The limit value reported in an alert (the maximum, or the minimum for a lower-only limit)."""
        return float(self.max if self.max is not None else self.min)


@dataclass(frozen=True)
class Parameter:
    name: str
    unit: str
    aliases: tuple[str, ...]
    limits: tuple[Limit, ...]


@dataclass
class ThresholdPack:
    id: str
    version: str
    parameters: dict[str, Parameter]
    default_variants: tuple[str, ...] = ()
    path: Path | None = None
    _alias_index: list[tuple[str, str]] = field(default_factory=list, repr=False)

    def __post_init__(self):
        pairs = {(_norm(a), p.name) for p in self.parameters.values() for a in (p.name, *p.aliases)}
        # longest alias first, so 'cod' wins over 'co' and 'pm10' is not taken for 'pm1'
        self._alias_index = sorted((a, n) for a, n in pairs if a)
        self._alias_index.sort(key=lambda item: -len(item[0]))

    def describe(self) -> str:
        return "{} {}".format(self.id, self.version)

    def match(self, observed_property: str | None) -> Parameter | None:
        """The parameter whose name or alias starts the observed property's name (case and punctuation aside)."""
        text = _norm(observed_property or "")
        if not text:
            return None
        for alias, name in self._alias_index:
            if text.startswith(alias):
                return self.parameters[name]
        return None

    def limits_for(self, parameter: Parameter, variants: tuple[str, ...] | None = None) -> list[Limit]:
        """The parameter's limits in force for the chosen variants (default: the pack's)."""
        chosen = set(self.default_variants if variants is None else variants)
        return [lim for lim in parameter.limits if lim.variant is None or lim.variant in chosen]

    def uncertain_limits(self) -> list[Limit]:
        return [lim for p in self.parameters.values() for lim in p.limits if lim.uncertain]


def _norm(text: str) -> str:
    return re.sub(r"[^0-9a-zà-ỹđ+]", "", text.lower().replace(",", "."))


def unit_factor(sensor_unit: str | None, pack_unit: str) -> float | None:
    """Factor turning a sensor's values into the pack's unit; None when the units are not comparable."""
    raw = (sensor_unit or "").strip()
    unit = _UNIT_SYNONYMS.get(raw.lower(), raw)
    if not raw or unit == pack_unit or not pack_unit:
        return 1.0
    return _UNIT_FACTORS.get((unit, pack_unit)) or _UNIT_FACTORS.get((raw.lower(), pack_unit))


def default_pack_path() -> Path:
    return RULES_DIR / "{}.json".format(DEFAULT_PACK)


def resolve_pack_path(name_or_path: str | None) -> Path:
    """A pack file from a path, or a pack id looked up in the plugin's ``resources/rules``."""
    text = (name_or_path or "").strip()
    if not text:
        return default_pack_path()
    path = Path(text)
    if path.suffix.lower() == ".json" or path.exists():
        return path
    return RULES_DIR / "{}.json".format(text)


def _number(value, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ThresholdPackError("{}: expected a number, got {!r}.".format(where, value))
    return float(value)


def _limit(raw, where: str) -> Limit:
    if not isinstance(raw, dict):
        raise ThresholdPackError("{}: a limit must be an object.".format(where))
    for key in ("rule", "standard", "clause", "averaging"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise ThresholdPackError("{}: '{}' is missing or not a text.".format(where, key))
    where = "{} ({})".format(where, raw["rule"])
    if raw["averaging"] not in AVERAGINGS:
        raise ThresholdPackError("{}: averaging '{}' is not one of {}.".format(
            where, raw["averaging"], ", ".join(AVERAGINGS)))
    period = raw.get("period")
    if period is not None and period not in PERIODS:
        raise ThresholdPackError("{}: period '{}' is not 'day' or 'night'.".format(where, period))
    high, low = _number(raw.get("max"), where + " max"), _number(raw.get("min"), where + " min")
    if high is None and low is None:
        raise ThresholdPackError("{}: a limit needs 'max', 'min' or both.".format(where))
    if high is not None and low is not None and low > high:
        raise ThresholdPackError("{}: min {:g} is above max {:g}.".format(where, low, high))
    if not isinstance(raw.get("uncertain", False), bool):
        raise ThresholdPackError("{}: 'uncertain' must be true or false.".format(where))
    if raw.get("uncertain") and not raw.get("note"):
        raise ThresholdPackError("{}: an uncertain value needs a 'note' saying why.".format(where))
    return Limit(rule=raw["rule"], standard=raw["standard"], clause=raw["clause"], averaging=raw["averaging"],
                 max=high, min=low, period=period, variant=raw.get("variant"),
                 uncertain=bool(raw.get("uncertain", False)), note=str(raw.get("note", "")))


def parse_pack(data, path: Path | None = None) -> ThresholdPack:
    """Validate a pack's decoded JSON; raise :class:`ThresholdPackError` naming the faulty entry."""
    label = str(path) if path else "threshold pack"
    if not isinstance(data, dict):
        raise ThresholdPackError("{}: the top level must be an object.".format(label))
    for key in ("id", "version"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise ThresholdPackError("{}: '{}' is missing.".format(label, key))
    params = data.get("parameters")
    if not isinstance(params, dict) or not params:
        raise ThresholdPackError("{}: 'parameters' must be a non-empty object.".format(label))
    parameters: dict[str, Parameter] = {}
    rules: set[str] = set()
    for name, raw in params.items():
        where = "{}: parameter '{}'".format(label, name)
        if not isinstance(raw, dict) or not isinstance(raw.get("limits"), list) or not raw["limits"]:
            raise ThresholdPackError("{}: needs a non-empty 'limits' list.".format(where))
        aliases = raw.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ThresholdPackError("{}: 'aliases' must be a list of texts.".format(where))
        limits = tuple(_limit(lim, "{} limit {}".format(where, i + 1)) for i, lim in enumerate(raw["limits"]))
        for lim in limits:
            if lim.rule in rules:
                raise ThresholdPackError("{}: rule id '{}' is used twice.".format(where, lim.rule))
            rules.add(lim.rule)
        parameters[name] = Parameter(name, str(raw.get("unit", "")), tuple(aliases), limits)
    variants = data.get("default_variants", [])
    if not isinstance(variants, list):
        raise ThresholdPackError("{}: 'default_variants' must be a list.".format(label))
    return ThresholdPack(data["id"], data["version"], parameters, tuple(variants), path)


def load_pack(name_or_path: str | Path | None = None) -> ThresholdPack:
    """Read and validate a threshold pack (a path, a pack id, or None for the default pack)."""
    path = resolve_pack_path(str(name_or_path) if name_or_path is not None else None)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ThresholdPackError("Threshold pack not found: {}".format(path)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ThresholdPackError("Threshold pack {} cannot be read: {}".format(path, exc)) from exc
    except json.JSONDecodeError as exc:
        raise ThresholdPackError("Threshold pack {} is not valid JSON: {}".format(path, exc)) from exc
    return parse_pack(data, path)
