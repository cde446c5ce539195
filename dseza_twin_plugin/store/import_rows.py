"""Write standardized rows into a twin layer, refusing those that break its keys or the data-quality gate.

Key checks (codes repeated in the input, codes already in the store in append
mode, references to lots/zones/areas/sensors that do not exist) and the gate's
row rules (:func:`.governance.quality.check_rows`: geometry, place, overlapping
lots, buildings outside their lot, values, tenancy) are made against the store
inside the same transaction as the write, so what is reported is exactly what
happened. Every refused row is also kept in the ``quarantine`` table (source
``import:<layer>``) with its reason, in that transaction — but for a code that
is already stored in append mode, a choice of mode rather than bad data: a row
refused again is kept once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

import shapely

from . import schema
from .base import TwinStore
from .errors import StoreWriteError
from .governance import quality
from .standardize import Rejection, Standardized

MODES = ("append", "upsert")


@dataclass
class ImportResult:
    inserted: int = 0
    updated: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    quarantined: int = 0  # refused rows kept in the quarantine table (those already there included)
    quarantined_new: int = 0  # of which not there before (a row refused again is kept once)


def quarantine_source(layer: str) -> str:
    """The ``source`` of an import's rows in the ``quarantine`` table."""
    return "import:{}".format(layer)


def natural_key(layer: str) -> tuple[str, ...]:
    """The columns that identify a row of the layer for duplicates and upserts."""
    table = schema.table(layer)
    if "code" in table.columns:
        return ("code",)
    return tuple(c.name for c in table.primary_key.columns if c.name != "fid")


def import_rows(store: TwinStore, layer: str, data: Standardized, mode: str = "append", *,
                originals: Sequence[dict] | None = None, tolerance: float = 0.5) -> ImportResult:
    """Insert (``append``) or insert-or-update (``upsert``) the rows in one transaction.

    Rows that break a key or the gate's rules (``tolerance`` in metres) are not written; each refusal, those of
    :func:`.standardize.standardize` included, is reported and kept in quarantine. A refused row is kept as
    written (its columns, geometry as WKT in EPSG:5899); ``originals``, the input records by input position
    (their own field names, the geometry under ``geom``), stand for the rows standardization refused — without
    them those are reported only.
    """
    if mode not in MODES:
        raise StoreWriteError("The import mode must be one of {}, not '{}'.".format(", ".join(MODES), mode))
    table = schema.table(layer)
    key = natural_key(layer)
    if mode == "upsert" and key != ("code",):
        raise StoreWriteError("Layer '{}' has no code to match rows on; import it with MODE=append.".format(layer))
    result = ImportResult(rejected=list(data.rejected))
    with store.transaction() as writer:
        existing = writer.codes(layer, "code") if key == ("code",) else set()
        references = {  # column -> (referenced layer, its known keys)
            fk.parent.name: (fk.column.table.name, writer.codes(fk.column.table.name, fk.column.name))
            for fk in table.foreign_keys
        }
        seen: set = set()
        accepted, accepted_index = [], []
        payloads = {}  # input position -> the refused row as written
        for row, index in zip(data.rows, data.source_index):
            reasons = []
            ident = tuple(row.get(k) for k in key)
            stored = key == ("code",) and mode == "append" and ident[0] in existing
            if key and ident in seen:
                reasons.append("{} {} appears more than once in the input".format(
                    "/".join(key), "/".join(str(v) for v in ident)))
            elif stored:
                reasons.append(
                    "code {} is already in the store (import with MODE=upsert to update it)".format(ident[0]))
            for column, (ref_layer, known) in references.items():
                value = row.get(column)
                if value is not None and value not in known:
                    reasons.append("{} {} does not exist in {}".format(column, value, ref_layer))
            if reasons:
                result.rejected.append(Rejection(index, "; ".join(reasons)))
                if not (stored and len(reasons) == 1):
                    payloads[index] = row  # bad data; a row already stored is a choice of mode: reported only
                continue
            seen.add(ident)
            accepted.append(row)
            accepted_index.append(index)
        refused = dict(quality.check_rows(writer, layer, accepted, tolerance))
        for position, reason in refused.items():
            result.rejected.append(Rejection(accepted_index[position], reason))
            payloads[accepted_index[position]] = accepted[position]
        accepted = [row for position, row in enumerate(accepted) if position not in refused]
        if mode == "append":
            result.inserted = writer.insert(layer, accepted)
        else:
            result.inserted, result.updated = writer.upsert(layer, accepted, key="code")
        for rejection in data.rejected:
            if originals is not None and 0 <= rejection.index < len(originals):
                payloads[rejection.index] = originals[rejection.index]
        kept = [(payload_json(payloads[r.index]), r.reason) for r in result.rejected if r.index in payloads]
        result.quarantined = len(kept)
        result.quarantined_new = quarantine(writer, store.address.is_gpkg, quarantine_source(layer), kept)
    result.rejected.sort(key=lambda r: r.index)
    return result


def payload_json(row: dict) -> str:
    """A row as JSON text: geometry as WKT (EPSG:5899), dates and times in ISO 8601, keys in the row's order."""
    def plain(value):
        if isinstance(value, shapely.Geometry):
            return shapely.to_wkt(value, rounding_precision=-1)
        if isinstance(value, dt.date | dt.datetime | dt.time):
            return value.isoformat()
        if hasattr(value, "item"):  # numpy scalars
            return value.item()
        return str(value)

    return json.dumps(row, ensure_ascii=False, default=plain)


def payload_digest(payload: str, reason: str) -> str:
    """sha256 of payload and reason: the quarantine's key (as :func:`..iot.ingest.payload_digest`)."""
    return hashlib.sha256("{}\0{}".format(payload, reason).encode("utf-8")).hexdigest()


def quarantine(writer, is_gpkg: bool, source: str, items: Sequence[tuple[str, str]]) -> int:
    """Keep ``(payload, reason)`` pairs in the ``quarantine`` table in the writer's transaction; returns how many
    were not there yet (a pair refused again is kept once: its digest's unique index)."""
    if not items:
        return 0
    now = dt.datetime.now(dt.timezone.utc)
    rows = {payload_digest(p, r): (p, r) for p, r in items}
    if is_gpkg:
        table, mark = '"quarantine"', "?"
        now = now.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        present = writer.execute("SELECT digest FROM quarantine WHERE source = ? AND digest IN "
                                 "(SELECT value FROM json_each(?))", (source, json.dumps(list(rows))))
    else:
        from psycopg import sql

        table, mark = sql.Identifier(writer.schema, "quarantine").as_string(writer.conn), "%s"
        present = writer.execute(sql.SQL("SELECT digest FROM {} WHERE source = %s AND digest = ANY(%s)").format(
            sql.Identifier(writer.schema, "quarantine")), (source, list(rows)))
    present = {found for (found,) in present}
    new = [(source, now, p, r, d) for d, (p, r) in rows.items() if d not in present]
    writer.executemany("INSERT INTO {} (source, received_at, payload, reason, digest) VALUES ({m}, {m}, {m}, {m}, {m}) "
                       "ON CONFLICT (source, digest) DO NOTHING".format(table, m=mark), new)
    return len(new)
