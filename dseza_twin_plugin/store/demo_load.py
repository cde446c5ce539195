"""Write a generated demo twin into a store, in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext

from . import schema
from .base import TwinStore
from .errors import StoreWriteError

DEMO_DATASET = "demo"


class LoadCanceledError(Exception):
    """The user canceled; the transaction was rolled back."""


def load_demo(
    store: TwinStore,
    twin,
    *,
    seed: int,
    scale: float,
    days: int,
    progress: Callable[[float, str], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Replace the store's contents by the demo ``twin``; returns rows written per layer.

    A store holding anything other than a demo twin is refused: the demo never
    overwrites an authority's real data.
    """
    # Replacing a whole store is an admin operation (on a PostGIS store with roles: its owner or a superuser)
    with getattr(store, "admin_work", nullcontext)():
        return _load_demo(store, twin, seed=seed, scale=scale, days=days, progress=progress, is_canceled=is_canceled)


def _load_demo(store: TwinStore, twin, *, seed: int, scale: float, days: int, progress, is_canceled) -> dict[str, int]:
    progress = progress or (lambda pct, msg: None)
    is_canceled = is_canceled or (lambda: False)
    if store.meta().get("dataset") != DEMO_DATASET and not store.is_empty():
        raise StoreWriteError(
            "The store {} already holds data that is not the demo twin; the demo is only written "
            "into an empty store or over an earlier demo. Use a new store.".format(store.address)
        )
    total = sum(len(rows) for rows in twin.layers.values()) or 1
    done = 0
    counts: dict[str, int] = {}
    with store.transaction() as writer:
        for layer in reversed(schema.LAYERS):
            writer.delete_all(layer)
        for layer in schema.LAYERS:
            if is_canceled():
                raise LoadCanceledError("Loading the demo twin was canceled; the store is unchanged.")
            rows = twin.layers.get(layer, [])
            progress(100.0 * done / total, "Writing {} {}".format(len(rows), layer))
            counts[layer] = writer.insert(layer, rows)
            done += len(rows)
            writer.set_layer_description(layer, twin.note)
        writer.set_meta("dataset", DEMO_DATASET)
        writer.set_meta("demo_seed", str(seed))
        writer.set_meta("demo_scale", str(scale))
        writer.set_meta("demo_days", str(days))
        writer.set_meta("note", twin.note)
    store.analyze()
    progress(100.0, "Demo twin written")
    return counts
