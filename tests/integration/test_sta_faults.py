"""Fault runs of the SensorThings sync against the loopback server and the real stores: the sync process killed
with SIGKILL mid-page (GeoPackage and PostGIS), PostgreSQL restarted mid-sync. After a re-run the store holds
exactly the server's readings (count and checksum over sensor, time and value) and the quarantine holds each
bad observation once, with its reason."""

from __future__ import annotations

import datetime as dt
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sta_server import StaServer, generated_danang
from sta_server import store_table as table
from sta_server import stored_readings as stored

from dseza_twin.dseza_twin_plugin.iot import ingest
from dseza_twin.dseza_twin_plugin.iot.sensorthings import RequestsTransport, SensorThingsClient
from dseza_twin.dseza_twin_plugin.iot.sync import sync_sensorthings
from dseza_twin.dseza_twin_plugin.store import StoreError, open_store

UTC = dt.timezone.utc
CHILD = Path(__file__).resolve().parents[1] / "sta_sync_child.py"
#: Pages of 25: datastream 101's first two pages hold 46 valid readings and 4 bad observations.
TWO_PAGES = 46


@pytest.fixture(params=["gpkg", "postgis"])
def address(request, tmp_path):
    address = str(tmp_path / "twin.gpkg") if request.param == "gpkg" else request.getfixturevalue("pg_store_address")
    with open_store(address) as store:
        store.create_or_upgrade()
    return address


@pytest.fixture
def server():
    with StaServer(generated_danang(), max_top=25) as s:
        yield s


def client(server, **kw):
    kw.setdefault("sleep", lambda s: None)
    return SensorThingsClient(server.base_url, RequestsTransport(), timeout=30, **kw)






def count_readings(address) -> int:
    """Committed readings, seen by another connection. (A plain read: ``store.count`` takes the GeoPackage's
    write lock, and would wait behind the sync's open transaction.)"""
    with open_store(address) as store:
        ((n,),) = table(store, "readings", "count(*)")
        return n


def assert_exactly_the_server(store, server):
    expected = server.valid_readings()
    got = stored(store)
    assert len(got) == len(expected) == store.count("readings")
    assert StaServer.checksum(got) == StaServer.checksum(expected)
    reasons = [r for (r,) in table(store, "quarantine", "reason")]
    payloads = [p for (p,) in table(store, "quarantine", "payload")]
    assert len(reasons) == server.invalid_count() == 5 and len(set(payloads)) == 5  # each bad one, once
    assert all(reasons)


def start_child(server, address, *extra) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(CHILD), server.base_url, address, *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def kill(child: subprocess.Popen) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    assert child.returncode == -signal.SIGKILL


def wait_for(condition, what: str, child: subprocess.Popen | None = None, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if child is not None and child.poll() is not None:
            pytest.fail("the sync process ended before {}: {}".format(what, child.communicate()))
        assert time.monotonic() < deadline, "timed out waiting for " + what
        time.sleep(0.02)


def test_sigkill_while_a_page_is_in_flight(address, server):
    held = server.inject("hold", after=2, delay=60)  # the third page of observations never comes
    child = start_child(server, address)
    try:
        wait_for(held.reached.is_set, "the third page to be requested", child)
        assert count_readings(address) == TWO_PAGES  # two pages committed, the third in flight
        kill(child)
    finally:
        if child.poll() is None:
            child.kill()
        held.gate.set()
    # The re-run gets datastream 101's last page (14 readings and the far-future observation) twice.
    server.inject("repeat", match="Datastreams(101)")
    with open_store(address) as store:
        result = sync_sensorthings(store, server.base_url, client=client(server))
        assert (result.new, result.duplicate, result.rejected) == (180 - TWO_PAGES, 14, 2)
        assert_exactly_the_server(store, server)


def test_sigkill_inside_a_page_transaction(address, server, tmp_path):
    marker = tmp_path / "in-page"
    child = start_child(server, address, "--pause-in-page", "3", str(marker))
    try:
        wait_for(marker.exists, "the sync to stop inside its third page", child)
        # The third page's readings are written but not committed: nobody sees them.
        assert count_readings(address) == TWO_PAGES
        if not address.startswith("dbname="):
            assert Path(address + "-journal").exists()  # SQLite's rollback journal of the open transaction
        kill(child)
    finally:
        if child.poll() is None:
            child.kill()
    with open_store(address) as store:
        assert store.count("readings") == TWO_PAGES  # rolled back (GeoPackage: from its hot journal)
        watermarks = dict(table(store, "sync_cursors", "datastream, watermark"))
        newest = max(t for (ident, t, v) in stored(store) if ident == 101)
        assert ingest.Bookkeeping.parse(watermarks["101"]) == newest  # the watermark is not ahead of the readings
        result = sync_sensorthings(store, server.base_url, client=client(server))
        assert (result.new, result.duplicate) == (180 - TWO_PAGES, 0)
        assert_exactly_the_server(store, server)


# -- PostgreSQL restarted mid-sync -------------------------------------------------------------------------------

def pg_ready() -> bool:
    return subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1"], check=False).returncode == 0


def restart_postgresql() -> float:
    """Restart the cluster and wait until it accepts connections again; seconds it took."""
    started = time.monotonic()
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "restart"], check=True,
                   capture_output=True, timeout=60)
    deadline = time.monotonic() + 60
    while not pg_ready():
        assert time.monotonic() < deadline, "PostgreSQL did not come back within 60 s"
        time.sleep(0.05)
    return time.monotonic() - started


@pytest.fixture
def postgresql_kept_running():
    """Whatever happens in the test, PostgreSQL runs at the end."""
    yield
    if not pg_ready():
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "start"], check=False,
                       capture_output=True, timeout=60)
        deadline = time.monotonic() + 60
        while not pg_ready() and time.monotonic() < deadline:
            time.sleep(0.1)
    assert pg_ready(), "PostgreSQL is not running after the test"


def run_in_thread(store, server) -> dict:
    outcome: dict = {}

    def work():
        try:
            outcome["result"] = sync_sensorthings(store, server.base_url, client=client(server))
        except BaseException as exc:  # noqa: BLE001 - the test inspects whatever the sync raised
            outcome["error"] = exc

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    outcome["thread"] = thread
    return outcome


@pytest.mark.parametrize("moment", ["between pages", "inside a page transaction"])
def test_postgresql_restarted_mid_sync(pg_store_address, server, postgresql_kept_running, monkeypatch, moment):
    with open_store(pg_store_address) as store:
        store.create_or_upgrade()
    gate, reached = threading.Event(), threading.Event()
    if moment == "between pages":
        held = server.inject("hold", after=2, delay=60)
        gate, reached = held.gate, held.reached
    else:
        original, calls = ingest.Bookkeeping.set_watermark, []

        def pause_in_third_page(self, *args):
            original(self, *args)
            calls.append(args)
            if len(calls) == 3:
                reached.set()
                gate.wait(60)

        monkeypatch.setattr(ingest.Bookkeeping, "set_watermark", pause_in_third_page)

    store = open_store(pg_store_address)
    try:
        outcome = run_in_thread(store, server)
        try:
            assert reached.wait(30), "the sync did not reach its third page"
            assert count_readings(pg_store_address) == TWO_PAGES
            took = restart_postgresql()
        finally:
            gate.set()
        outcome["thread"].join(60)
        assert not outcome["thread"].is_alive()
        error = outcome.get("error")
        print("PostgreSQL restart took {:.1f} s; the sync raised {}: {}".format(took, type(error).__name__, error))

        if moment == "between pages":
            # The connection dropped while idle is replaced before the next page's transaction: the running
            # sync goes on and ends with exactly the server's readings.
            assert error is None and outcome["result"].new == 180
            assert_exactly_the_server(store, server)
            return
        # Inside a transaction: the running sync fails with a clear error — nothing of the interrupted page
        # stored — and records it.
        assert isinstance(error, StoreError) and "connection to the PostgreSQL store" in str(error)
        assert "result" not in outcome
        assert count_readings(pg_store_address) == TWO_PAGES
        (status,) = table(store, "sync_status", "last_error")
        assert status[0] and status[0] == str(error)

        monkeypatch.undo()
        result = sync_sensorthings(store, server.base_url, client=client(server))
        assert (result.new, result.duplicate) == (180 - TWO_PAGES, 0)
        assert_exactly_the_server(store, server)
        assert table(store, "sync_status", "last_error") == [(None,)]
    finally:
        store.close()
