"""Construction projects: permits and works on the lots being built or about to be.

- every lot ``under_construction`` has a project ``under_construction`` (one in
  ten ``suspended``) with a DSEZA building permit, planned and actual start,
  planned end and progress by elapsed time;
- about 45 % of ``leased`` lots and 20 % of ``reserved`` lots have a
  ``permitted`` or ``planned`` project starting in the coming year (progress 0);
- about 6 % of ``operating`` lots have a ``completed`` phase-2 extension.

The project's geometry is its lot; its code is ``DA-`` + the lot code (one
project per lot). Buildings on a lot under construction carry the project's
code in ``project_id``.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from .lots import Lots
from .tenancy import LEASED, OPERATING, RESERVED, UNDER_CONSTRUCTION, Tenancy

PHASE_1 = "Giai đoạn 1 / Phase 1"
PHASE_2 = "Giai đoạn 2 / Phase 2"


def _d(ordinal) -> dt.date:
    return dt.date.fromordinal(int(ordinal))


def build(lots: Lots, tenancy: Tenancy, lot_geoms: np.ndarray, ref: dt.date,
          seed: int) -> tuple[list[dict], dict[int, str]]:
    """(rows, {lot index: project code} for lots whose works are under way)."""
    rng = np.random.default_rng([seed, 51])
    n = len(lots)
    status = tenancy.status
    draw = rng.random(n)
    has = ((status == UNDER_CONSTRUCTION) | ((status == LEASED) & (draw < 0.45))
           | ((status == RESERVED) & (draw < 0.20)) | ((status == OPERATING) & (draw < 0.06)))
    idx = np.flatnonzero(has)
    r = rng.random((len(idx), 8)).tolist()
    ref_ord = ref.toordinal()
    rows: list[dict] = []
    active: dict[int, str] = {}
    for j, i in enumerate(idx.tolist()):
        st = int(status[i])
        x = r[j]
        code = "DA-" + lots.codes[i]
        start = tenancy.lease_start[i]
        tenant = tenancy.tenant[i]
        permit = None
        actual_start = actual_end = None
        phase = PHASE_1
        if st == UNDER_CONSTRUCTION:
            base = start.toordinal() if start is not None else ref_ord - 400
            planned_start = min(base + 60 + int(x[0] * 240), ref_ord - 60)
            actual_start = min(planned_start + int(-10 + x[1] * 100), ref_ord - 30)
            planned_end = planned_start + 360 + int(x[2] * 540)
            suspended = x[3] < 0.1
            elapsed = (ref_ord - actual_start) / max(1, planned_end - planned_start)
            progress = min(95.0, max(3.0, elapsed * 100.0 * (0.45 if suspended else 0.9 + 0.2 * x[4])))
            project_status = "suspended" if suspended else "under_construction"
            permit_year = _d(planned_start).year
            permit = "{:03d}/{}/GPXD-BQL".format(1 + int(x[5] * 480), permit_year)
            active[i] = code
        elif st == OPERATING:
            phase = PHASE_2
            actual_end = ref_ord - 30 - int(x[0] * 900)
            actual_start = actual_end - 300 - int(x[1] * 400)
            planned_start = actual_start - int(x[2] * 60)
            planned_end = planned_start + (actual_end - actual_start) - int(x[3] * 60)
            progress = 100.0
            project_status = "completed"
            permit = "{:03d}/{}/GPXD-BQL".format(1 + int(x[5] * 480), _d(planned_start).year)
        else:
            planned_start = ref_ord + 30 + int(x[0] * 330)
            planned_end = planned_start + 360 + int(x[2] * 540)
            progress = 0.0
            project_status = "permitted" if (st == LEASED and x[3] < 0.6) else "planned"
            if project_status == "permitted":
                permit = "{:03d}/{}/GPXD-BQL".format(1 + int(x[5] * 480), ref.year)
        rows.append({
            "code": code,
            "permit_no": permit,
            "parcel_code": lots.codes[i],
            "name": "Dự án đầu tư xây dựng – {}".format(tenant or lots.codes[i]),
            "phase": phase,
            "planned_start": _d(planned_start),
            "planned_end": _d(planned_end),
            "actual_start": None if actual_start is None else _d(actual_start),
            "actual_end": None if actual_end is None else _d(actual_end),
            "progress_pct": round(progress, 1),
            "status": project_status,
            "geom": lot_geoms[i],
        })
    return rows, active
