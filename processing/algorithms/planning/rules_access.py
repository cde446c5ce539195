"""The rule packs as the planning algorithms need them, with rule-pack errors as Processing errors."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ....dseza_twin_plugin.core.planning import indicators as ind


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanningChecks", text)


def load_rule_set(spec: str):
    """``load_rules(spec)``; a pack that cannot be read is a QgsProcessingException naming it."""
    from ....dseza_twin_plugin.core.planning.packs import RulePackError, load_rules

    spec = (spec or "").strip()
    if not spec:
        raise QgsProcessingException(tr("No rule pack was given: name at least one, e.g. qcvn01-2021."))
    try:
        return load_rules(spec)
    except RulePackError as exc:
        raise QgsProcessingException(tr("Rule pack problem: {}").format(exc)) from exc


@dataclass
class ShareRules:
    """What the indicators take from the national pack."""

    minimums: dict[str, ind.IndicatorLimit] = field(default_factory=dict)  # Table 2.6
    land_uses: dict[str, tuple[str, ...]] = field(default_factory=dict)  # zone land uses per Table 2.6 row
    green_zone_max_gross_density: ind.IndicatorLimit | None = None  # 2.6.4, parks


def share_rules(rules) -> ShareRules:
    """Table 2.6 and the parks' gross density of the national pack (empty without a national pack)."""
    minimums, land_uses, park = ind.share_limits(rules)
    return ShareRules(minimums, land_uses, park)


def pack_value(rules):
    """Values one pack takes from another (the green-strip width from qcvn01-2021): ``RuleSet.value``."""
    return rules.value


def road_subset(networks: list | None) -> tuple[np.ndarray | slice, str]:
    """Rows of a network layer that are roads: all when it has no ``network`` field, else network = road."""
    if networks is None:
        return slice(None), ""
    keep = np.array([n is None or n.lower() == "road" for n in networks], dtype=bool)
    note = ""
    if not keep.all():
        note = tr("The roads layer has a 'network' field: only its {} road link(s) are used ({} others left out).") \
            .format(int(keep.sum()), int((~keep).sum()))
    return keep, note
