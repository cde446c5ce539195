"""Write standardized rows into a twin layer, refusing those that break its keys.

Key checks (codes repeated in the input, codes already in the store in append
mode, references to lots/zones/areas/sensors that do not exist) are made
against the store inside the same transaction as the write, so what is
reported is exactly what happened.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import schema
from .base import TwinStore
from .errors import StoreWriteError
from .standardize import Rejection, Standardized

MODES = ("append", "upsert")


@dataclass
class ImportResult:
    inserted: int = 0
    updated: int = 0
    rejected: list[Rejection] = field(default_factory=list)


def natural_key(layer: str) -> tuple[str, ...]:
    """The columns that identify a row of the layer for duplicates and upserts."""
    table = schema.table(layer)
    if "code" in table.columns:
        return ("code",)
    return tuple(c.name for c in table.primary_key.columns if c.name != "fid")


def import_rows(store: TwinStore, layer: str, data: Standardized, mode: str = "append") -> ImportResult:
    """Insert (``append``) or insert-or-update (``upsert``) the rows in one transaction."""
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
        accepted = []
        for row, index in zip(data.rows, data.source_index):
            reasons = []
            ident = tuple(row.get(k) for k in key)
            if key and ident in seen:
                reasons.append("{} {} appears more than once in the input".format(
                    "/".join(key), "/".join(str(v) for v in ident)))
            elif key == ("code",) and mode == "append" and ident[0] in existing:
                reasons.append(
                    "code {} is already in the store (import with MODE=upsert to update it)".format(ident[0]))
            for column, (ref_layer, known) in references.items():
                value = row.get(column)
                if value is not None and value not in known:
                    reasons.append("{} {} does not exist in {}".format(column, value, ref_layer))
            if reasons:
                result.rejected.append(Rejection(index, "; ".join(reasons)))
                continue
            seen.add(ident)
            accepted.append(row)
        if mode == "append":
            result.inserted = writer.insert(layer, accepted)
        else:
            result.inserted, result.updated = writer.upsert(layer, accepted, key="code")
    result.rejected.sort(key=lambda r: r.index)
    return result
