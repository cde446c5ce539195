"""The vocabulary of planning checks, shared by the rules, the two measuring paths
(shapely in QGIS, SQL in PostGIS), the algorithms and the reports.

Measures are columnar (one entry per lot, in the same order everywhere) so that
200,000 lots are measured with array operations, not a loop of geometry calls.
A measure that cannot be known is ``nan`` (numbers) or ``None`` (objects): a
rule that needs it gives ``insufficient_data``, never ``pass``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

#: Verdict of a lot, or of one rule on a lot.
PASS, FAIL, INSUFFICIENT = "pass", "fail", "insufficient_data"

#: Rules a lot is checked against. The limit of each: ``max`` or ``min`` of the measured value.
RULES: dict[str, tuple[str, str]] = {
    # rule id: (measure in LotMeasures / LotVerdict.measured, sense of the limit)
    "coverage": ("coverage_pct", "max"),
    "far": ("far", "max"),
    "height": ("max_height_m", "max"),
    "floors": ("max_floors", "max"),
    "green": ("green_pct", "min"),
    "setback": ("min_setback_m", "min"),
    "land_use": ("building_uses", "allowed"),
}

#: Where a limit comes from, in the order used to explain it.
SOURCES = ("national", "plan", "override")


@dataclass
class LotContext:
    """What is known of a lot before measuring: its codes, use and the plan's limits for its zone."""

    code: str
    land_use: str | None = None  # schema.LAND_USES
    zone_code: str | None = None
    area_code: str | None = None
    is_public: bool = False
    #: The plan's limits for the lot's zone (or the lot's own attributes when no zoning layer is given):
    #: keys max_coverage_pct, max_far, max_height_m, max_floors, min_green_pct, min_setback_m (float or None),
    #: allowed_uses (list[str] or None), plan_decision (str or None).
    plan: dict = field(default_factory=dict)


@dataclass
class LotMeasures:
    """Measured values per lot (arrays of equal length, lot order of the input)."""

    code: list[str]
    lot_area_m2: np.ndarray
    footprint_m2: np.ndarray  # buildings' footprint clipped to the lot
    gfa_m2: np.ndarray  # nan where a building has neither GFA nor floors
    gfa_estimated: np.ndarray  # bool: some GFA was footprint × floors (or prorated to the part inside)
    max_height_m: np.ndarray  # nan where a building on the lot has no height; 0 with no building
    max_floors: np.ndarray  # nan where a building on the lot has no floors; 0 with no building
    building_count: np.ndarray  # int
    green_area_m2: np.ndarray  # nan where unknown
    min_setback_m: np.ndarray  # nan without roads or buildings: distance building → road red line
    road_width_m: np.ndarray  # width of the road the setback is measured to; nan without
    building_uses: list[tuple[str, ...]]  # distinct uses of the buildings on the lot (sorted)
    notes: list[list[str]]  # per lot: how values were obtained (estimates, missing data)

    def __len__(self) -> int:
        return len(self.code)

    @property
    def coverage_pct(self) -> np.ndarray:
        """Net building density: clipped footprint / lot area × 100."""
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.lot_area_m2 > 0, self.footprint_m2 / self.lot_area_m2 * 100.0, np.nan)

    @property
    def far(self) -> np.ndarray:
        """Floor area ratio: GFA / lot area."""
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.lot_area_m2 > 0, self.gfa_m2 / self.lot_area_m2, np.nan)

    @property
    def green_pct(self) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.lot_area_m2 > 0, self.green_area_m2 / self.lot_area_m2 * 100.0, np.nan)


@dataclass(frozen=True)
class Limit:
    """The limit that won for one rule on one lot, and why."""

    rule_id: str
    value: float | tuple[str, ...]  # a number, or the allowed uses for land_use
    sense: str  # "max", "min" or "allowed"
    source: str  # "national", "plan" or "override"
    clause: str  # e.g. "QCVN 01:2021/BXD 2.5.3", "QĐ 1234/QĐ-UBND (plan of zone HK-Z1)"
    detail: str = ""  # how it was found: table row, interpolation, override decision, other candidates


@dataclass(frozen=True)
class Violation:
    code: str
    rule_id: str
    measured: float | str
    limit: float | str
    clause: str
    explanation: str


@dataclass
class LotVerdict:
    code: str
    status: str  # PASS, FAIL or INSUFFICIENT
    limits: dict[str, Limit]  # rule id -> winning limit (only rules that apply)
    failed_rules: list[str]
    insufficient_rules: list[str]
    explanation: str  # one readable paragraph: per rule, value, limit, clause, formula, interpolation
    violations: list[Violation]
