"""Sync a SensorThings service into the twin store, page by page, resumable.

Each page of Observations is written in its own transaction together with the
datastream's watermark (see :mod:`.ingest`), so a crash loses at most the page in
flight and the next run fetches again from the committed watermark — nothing
is lost, nothing is stored twice. ``sync_status`` records every run.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from . import ingest
from .sensorthings import SensorThingsClient, Transport

log = logging.getLogger(__name__)


class SyncCanceledError(Exception):
    """The user canceled; what was committed stays."""


@dataclass
class SyncResult:
    new: int = 0
    duplicate: int = 0
    rejected: int = 0
    sensors: int = 0
    canceled: bool = False


def _selected(datastreams: list[dict], wanted: Iterable | None) -> list[dict]:
    if wanted is None:
        return datastreams
    keys = {str(w) for w in wanted}
    return [d for d in datastreams if str(d.get("@iot.id")) in keys or d.get("name") in keys]


def sync_sensorthings(
    store,
    base_url: str,
    transport: Transport | None = None,
    datastreams: Iterable | None = None,
    since: dt.datetime | None = None,
    max_observations: int | None = None,
    is_canceled: Callable[[], bool] | None = None,
    progress: Callable[[float, str], None] | None = None,
    client: SensorThingsClient | None = None,
    page_size: int = 1000,
    default_kind: str = "air",
) -> SyncResult:
    """Fetch the Datastreams of ``base_url`` (optionally only those whose id or name is listed) and their
    Observations newer than each datastream's watermark (or ``since`` for a datastream never synced).

    ``max_observations`` bounds the observations read in this run (whole pages are written).
    """
    client = client or SensorThingsClient(base_url, transport)
    source = client.base_url
    result = SyncResult()
    started = dt.datetime.now(dt.timezone.utc)
    ingest.set_status(store, source, last_run_start=started, last_run_end=None, last_error=None)
    try:
        found = _selected(client.datastreams(), datastreams)
        if datastreams is not None and not found:
            raise ValueError("None of the datastreams {} is served by {}.".format(
                ", ".join(str(d) for d in datastreams), source))
        fids = ingest.register_sensors(store, source, found, default_kind=default_kind)
        result.sensors = len(fids)
        seen = 0
        for n, ds in enumerate(found):
            ds_id = ds["@iot.id"]
            ds_key = str(ds_id)
            ds_url = ingest.datastream_url(source, ds)
            if progress:
                progress(100.0 * n / max(1, len(found)), "Datastream {} ({})".format(ds.get("name") or ds_id, ds_id))
            after = ingest.read_watermark(store, source, ds_key) or since
            for page in client.observation_pages(ds_id, after=after, top=page_size):
                if is_canceled and is_canceled():
                    raise SyncCanceledError()
                page_result = ingest.write_observations(store, fids[ds_id], source, ds_key, page,
                                                         quarantine_source=ds_url)
                result.new += page_result.new
                result.duplicate += page_result.duplicate
                result.rejected += page_result.rejected
                seen += len(page)
                if max_observations is not None and seen >= max_observations:
                    break
            if max_observations is not None and seen >= max_observations:
                break
    except SyncCanceledError:
        result.canceled = True
    except BaseException as exc:
        try:
            ingest.set_status(store, source, last_run_end=dt.datetime.now(dt.timezone.utc), new=result.new,
                              duplicate=result.duplicate, rejected=result.rejected, sensors=result.sensors,
                              last_error=str(exc) or type(exc).__name__)
        except Exception:  # the store itself may be what failed: keep the original error
            log.exception("Could not record the failed SensorThings sync of %s", source)
        raise
    ingest.set_status(store, source, last_run_end=dt.datetime.now(dt.timezone.utc), new=result.new,
                      duplicate=result.duplicate, rejected=result.rejected, sensors=result.sensors,
                      last_error="canceled" if result.canceled else None)
    if progress:
        progress(100.0, "Done")
    log.info("SensorThings sync of %s: %s", source, result)
    return result
