"""Lot measures computed inside PostGIS (push-down), equal to the shapely path's.

When the lots, the buildings and the roads are relations of one PostGIS
database, :func:`measure_lots_postgis` finds the lot–building pairs and the
setback distances with set-based SQL, in one statement that PostgreSQL runs in
parallel workers:

- lots ⋈ buildings on ``ST_Intersects`` (GiST index on the buildings);
  ``ST_CoveredBy`` first (the common case: the building counts whole, no
  overlay), ``ST_Intersection`` only for buildings crossing the lot boundary;
  lots with more than :data:`SUBDIVIDE_VERTICES` vertices intersect their
  crossing buildings with ``ST_Subdivide`` pieces instead of the whole outline
  (a second, small query; same area, about ten times faster for a lot of
  20,000 vertices);
- the roads within 60 m of each lot (``ST_DWithin``, GiST indexes on the roads
  and the lots) hashed by lot code and joined to the lot's pairs: per pair, the
  least ``ST_Distance(building, road) − width / 2`` and the road giving it.

The statement returns one row per lot–building pair (and one per lot without
buildings), fetched in one go; numpy then aggregates them with the very code
of the shapely path (``core.planning.pairs.measures_from_pairs``), so both
give the same numbers (to floating-point rounding), the same ``nan`` and the
same notes. Results come in the order of ``codes`` when given, else sorted by
code (code point order, as Python sorts).

Inputs that cannot be measured here raise :class:`PushDownUnavailableError` (a
``ValueError``): the caller falls back to the shapely path. Bad data (invalid
geometries, duplicate codes) raises ``ValueError`` as the shapely path does.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

import numpy as np

from ..core.planning.model import LotMeasures
from ..core.planning.pairs import PairColumns, SetbackCandidates, measures_from_pairs, uses_index
from . import pushdown_sql as q
from .pushdown_sql import SUBDIVIDE_VERTICES, PushDownUnavailableError
from .tableref import TableRef

log = logging.getLogger(__name__)

#: Session settings of the measuring transaction: JIT compiles for seconds and gains nothing on
#: PostGIS calls; the per-pair grouping sorts about 60 MB per worker at 200,000 lots.
SESSION = (("jit", "off"), ("work_mem", "128MB"))
#: How often ``is_canceled`` is polled while PostgreSQL works (seconds).
CANCEL_POLL_S = 0.2

__all__ = ["SUBDIVIDE_VERTICES", "PushDownCanceledError", "PushDownUnavailableError", "TableRef",
           "measure_lots_postgis"]


def measure_lots_postgis(conn_or_store, parcels: TableRef, buildings: TableRef, roads: TableRef | None = None,
                         codes: Sequence[str] | None = None, create_indexes: bool = False,
                         timings: dict | None = None,
                         is_canceled: Callable[[], bool] | None = None) -> LotMeasures:
    """Measure lots in PostGIS: the same :class:`LotMeasures` as ``core.planning.measures.measure_lots``.

    Parameters
    ----------
    conn_or_store : psycopg.Connection, PostGISStore or str
        Where the relations are: an open connection, a twin store (its
        connection), or a libpq connection string (``service=…``).
    parcels, buildings, roads : TableRef
        The lots (``code``, ``geometry``, ``green``), the buildings (``height``,
        ``floors``, ``gfa``, ``use``; ``pk`` when the relation is a view) and,
        optionally, the roads (``width``). Roles left None are unknown.
    codes : sequence of str, optional
        Measure only these lots, in this order (default: every lot, sorted by code).
    create_indexes : bool
        Create a missing GiST index on the buildings' or roads' geometry (else
        warn: the join then scans the whole table for every lot).
    timings : dict, optional
        Filled with seconds per step (``checks``, ``pairs``, ``subdivided``, ``aggregate``).
    is_canceled : callable, optional
        Polled (from a helper thread, every :data:`CANCEL_POLL_S`) while PostgreSQL works; when it
        returns True the running statement is canceled on the server.

    Raises
    ------
    PushDownCanceledError
        ``is_canceled()`` turned True; nothing was changed.
    PushDownUnavailableError
        Relations in different databases, missing relations or columns, CRS
        not metric or not the same for all three, a view without a key column.
    ValueError
        No lots, lots without geometry, duplicate or missing codes, invalid geometries,
        negative road widths, lots of ``codes`` not found.
    """
    refs = [parcels, buildings] + ([roads] if roads is not None else [])
    keys = {ref.database_key for ref in refs if ref.conninfo or ref.authcfg}
    if len(keys) > 1:
        raise PushDownUnavailableError("The lots, buildings and roads are not in the same database.")
    timings = timings if timings is not None else {}
    wanted = None if codes is None else [str(c) for c in codes]
    if wanted is not None and len(set(wanted)) < len(wanted):
        raise ValueError("The lots to measure are listed more than once: give each code once.")
    import psycopg

    with _session(conn_or_store) as conn, _CancelWatch(conn, is_canceled) as watch:
        try:
            t0 = time.perf_counter()
            plan = q.check_inputs(conn, parcels, buildings, roads, wanted, create_indexes)
            t1 = time.perf_counter()
            rows = q.fetch_pairs(conn, plan, wanted)
            t2 = time.perf_counter()
            big = [i for i, row in enumerate(rows) if row[q.BK] is not None and row[q.A_IN] is None]
            if big:
                areas = q.subdivided_areas(conn, plan, [(rows[i][q.CODE], rows[i][q.BK]) for i in big])
                for i in big:
                    row = list(rows[i])
                    row[q.A_IN] = -areas.get((row[q.CODE], row[q.BK]), 0.0)
                    rows[i] = tuple(row)
            t3 = time.perf_counter()
        except psycopg.errors.QueryCanceled as exc:
            if watch.fired:
                raise PushDownCanceledError("Measuring the lots in PostGIS was canceled.") from exc
            raise
    if watch.fired:
        raise PushDownCanceledError("Measuring the lots in PostGIS was canceled.")
    measures = _aggregate(rows, wanted, roads is not None)
    t4 = time.perf_counter()
    timings.update(checks=t1 - t0, pairs=t2 - t1, subdivided=t3 - t2, aggregate=t4 - t3)
    log.info("Measured %d lots in PostGIS in %.1f s (pairs %.1f s)", len(measures), t4 - t0, t2 - t1)
    return measures


class PushDownCanceledError(Exception):
    """The caller canceled while PostgreSQL was measuring."""


class _CancelWatch:
    """Cancels the connection's running statement when ``is_canceled()`` turns True (polled in a thread)."""

    def __init__(self, conn, is_canceled: Callable[[], bool] | None):
        self.conn, self.is_canceled, self.every = conn, is_canceled, CANCEL_POLL_S
        self.fired = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _watch(self) -> None:
        while not self._stop.wait(self.every):
            if self.is_canceled():
                self.fired = True
                self.conn.cancel_safe()
                return

    def __enter__(self):
        if self.is_canceled is not None:
            if self.is_canceled():
                raise PushDownCanceledError("Measuring the lots in PostGIS was canceled.")
            self._thread = threading.Thread(target=self._watch, name="pushdown-cancel", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        if self._thread is not None:
            self._thread.join()


@contextmanager
def _session(target) -> Iterator:
    """A connection inside one transaction with :data:`SESSION` settings (local to the transaction)."""
    import psycopg

    owned = None
    if isinstance(target, str):
        try:
            owned = psycopg.connect(target, autocommit=True, application_name="dseza_twin")
        except psycopg.OperationalError as exc:
            raise PushDownUnavailableError("Cannot connect to the database: {}".format(str(exc).strip())) from exc
        conn = owned
    elif hasattr(target, "transaction") and hasattr(target, "address"):  # a twin store
        if getattr(target.address, "is_gpkg", False):
            raise PushDownUnavailableError("A GeoPackage store has no PostGIS to push the work down to.")
        with target.transaction() as writer:
            _set_session(writer.conn)
            yield writer.conn
        return
    else:
        conn = target
    try:
        with conn.transaction():
            _set_session(conn)
            yield conn
    finally:
        if owned is not None:
            owned.close()


def _set_session(conn) -> None:
    for name, value in SESSION:
        conn.execute("SELECT set_config(%s, %s, true)", (name, value))


def _aggregate(rows: list[tuple], wanted: list[str] | None, with_roads: bool) -> LotMeasures:
    """Pair rows of :func:`pushdown_sql.fetch_pairs` → :class:`LotMeasures` (the shapely path's aggregation)."""
    if not rows:
        raise ValueError("There are no lots to measure.")
    cols = list(zip(*rows))
    code_col = np.array(cols[q.CODE], dtype=str)
    if wanted is None:
        codes, lot = np.unique(code_col, return_inverse=True)
        codes = codes.tolist()
    else:
        position = {c: i for i, c in enumerate(wanted)}
        found = set(code_col.tolist())
        missing = [c for c in wanted if c not in found]
        if missing:
            raise ValueError("{} of the requested lots are not in the lots table: {}".format(
                len(missing), ", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")))
        codes = wanted
        lot = np.array([position[c] for c in code_col.tolist()], dtype=np.int64)
    n = len(codes)
    lot_area = np.full(n, np.nan)
    green = np.full(n, np.nan)
    lot_area[lot] = _floats(cols[q.LOT_AREA])
    green[lot] = _floats(cols[q.GREEN])
    lot_ok = np.array([v is not False for v in cols[q.LOT_VALID]], dtype=bool)
    _check_lots(np.array(codes, dtype=object), lot_area, lot[~lot_ok])

    a_signed = _floats(cols[q.A_IN])
    has_b = np.array([b is not None for b in cols[q.BK]], dtype=bool)
    b_ok = np.array([v is not False for v in cols[q.B_VALID]], dtype=bool)
    if (has_b & ~b_ok).any():
        bad = sorted({codes[i] for i in lot[has_b & ~b_ok].tolist()})
        raise ValueError("Buildings on {} lots have an invalid geometry, e.g. on {}. Repair them first "
                         "(Processing: 'Fix geometries').".format(len(bad), ", ".join(bad[:5])))
    keep = np.flatnonzero(has_b & (np.abs(np.nan_to_num(a_signed)) > 0))  # positive area inside the lot
    keep = keep[np.argsort(lot[keep], kind="stable")]
    use_names, use_id = uses_index([cols[q.USE][i] for i in keep.tolist()], len(keep))
    pairs = PairColumns(
        lot=lot[keep], area_inside=np.abs(a_signed[keep]), building_area=_floats(cols[q.B_AREA])[keep],
        inside=a_signed[keep] > 0, height=_floats(cols[q.HEIGHT])[keep], floors=_floats(cols[q.FLOORS])[keep],
        gfa=_floats(cols[q.GFA])[keep], use_id=use_id, use_names=use_names)
    setback = None
    if with_roads:
        value = _floats(cols[q.LEAST])[keep]
        key = _floats(cols[q.TIE_KEY])[keep]
        width = -_floats(cols[q.TIE_WIDTH])[keep]
        near = np.zeros(n)
        no_width = np.zeros(n)
        np.maximum.at(near, pairs.lot, _floats(cols[q.NEAR])[keep])
        np.maximum.at(no_width, pairs.lot, _floats(cols[q.NO_WIDTH])[keep])
        setback = SetbackCandidates(pairs.lot, value, width, near, no_width, tie_key=key)
    return measures_from_pairs(codes, lot_area, green, pairs, setback)


def _floats(values) -> np.ndarray:
    """Numbers of a result column as floats, nan for NULL (numpy turns None into nan)."""
    return np.array(values, dtype=float)


def _check_lots(codes: np.ndarray, lot_area: np.ndarray, invalid: np.ndarray) -> None:
    if len(invalid):
        bad = sorted(set(codes[invalid].tolist()))
        raise ValueError("{} of the lots have an invalid geometry: {}. Repair them first (Processing: "
                         "'Fix geometries').".format(len(bad), ", ".join(bad[:5]) + (" …" if len(bad) > 5 else "")))
    empty = np.flatnonzero(~(lot_area > 0))
    if len(empty):
        raise ValueError("{} of the lots have no geometry: {}.".format(
            len(empty), ", ".join(codes[empty[:5]].tolist()) + (" …" if len(empty) > 5 else "")))
