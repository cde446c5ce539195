"""Audit, history and "as of" of the edited layers; optimistic locking with two connections; the v4 → v5
upgrade of stores written by the previous release (both backends)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time

import psycopg
import pytest
import shapely
from old_stores import open_old_store

from dseza_twin.dseza_twin_plugin.store import open_store, schema
from dseza_twin.dseza_twin_plugin.store.governance import audit, locking


@pytest.fixture(params=["gpkg", "postgis"])
def store(request, tmp_path):
    address = str(tmp_path / "twin.gpkg") if request.param == "gpkg" else request.getfixturevalue("pg_store_address")
    with open_store(address) as s:
        s.create_or_upgrade()
        with s.transaction() as w:
            w.insert("functional_areas", [{"code": "HTP", "kind": "high_tech_park",
                                           "geom": shapely.box(0, 0, 900, 900)}])
        yield s


def _sql(store, text: str) -> str:
    """Table names qualified with the PostGIS schema, ``?`` placeholders as psycopg's ``%s``."""
    if store.address.is_gpkg:
        return text.replace("{s}", "")
    return text.replace("{s}", '"{}".'.format(store.address.schema)).replace("?", "%s")


def _audit(store) -> list[tuple]:
    rows = store.query(_sql(store, "SELECT operation, row_fid, changed_by, before, after FROM {s}audit_log "
                                   "WHERE table_name = 'parcels' ORDER BY id"))
    return [(op, fid, by, json.loads(b) if isinstance(b, str) else b, json.loads(a) if isinstance(a, str) else a)
            for op, fid, by, b, a in rows]


def _tick(store):
    """The GeoPackage's clock has milliseconds: step past one between edits."""
    time.sleep(0.003)
    now = dt.datetime.now(dt.timezone.utc)
    time.sleep(0.003)
    return now


def test_every_operation_is_audited_with_before_and_after(store):
    lot = shapely.box(10, 10, 60, 60)
    with store.transaction() as w:
        w.insert("parcels", [{"code": "L1", "status": "available", "tenant": None, "geom": lot}])
    with store.transaction() as w:
        w.upsert("parcels", [{"code": "L1", "status": "leased", "tenant": "Cty A"}])
    with store.transaction() as w:
        w.execute(_sql(store, "DELETE FROM {s}parcels WHERE code = ?"), ("L1",))
    (op1, fid1, by1, b1, a1), (op2, fid2, _, b2, a2), (op3, fid3, _, b3, a3) = _audit(store)
    assert (op1, op2, op3) == ("INSERT", "UPDATE", "DELETE") and fid1 == fid2 == fid3
    assert b1 is None and a1["code"] == "L1" and a1["status"] == "available" and a1["row_version"] == 1
    assert b2["status"] == "available" and a2["status"] == "leased" and a2["tenant"] == "Cty A"
    assert (b2["row_version"], a2["row_version"]) == (1, 2)
    assert b3 == a2 and a3 is None
    assert by1 == (None if store.address.is_gpkg else "postgres")
    back = audit._decode(store.address.kind, "parcels", b3)
    assert back["geom"].equals(shapely.multipolygons([lot])) and back["status"] == "leased"


def test_as_of_a_date_between_two_edits(store):
    with store.transaction() as w:
        w.insert("parcels", [{"code": "L1", "status": "available", "geom": shapely.box(10, 10, 60, 60)},
                             {"code": "L2", "status": "available", "geom": shapely.box(70, 10, 120, 60)}])
    t1 = _tick(store)
    with store.transaction() as w:
        w.upsert("parcels", [{"code": "L1", "status": "reserved", "geom": shapely.box(10, 10, 80, 60)}])
        w.insert("parcels", [{"code": "L3", "status": "available", "geom": shapely.box(130, 10, 180, 60)}])
    t2 = _tick(store)
    with store.transaction() as w:
        w.upsert("parcels", [{"code": "L1", "status": "leased"}])
        w.execute(_sql(store, "DELETE FROM {s}parcels WHERE code = ?"), ("L2",))
    t3 = _tick(store)

    def state(when):
        return {r["code"]: (r["status"], round(r["geom"].area)) for r in audit.rows_as_of(store, "parcels", when)}

    assert state(t1) == {"L1": ("available", 2500), "L2": ("available", 2500)}
    assert state(t2) == {"L1": ("reserved", 3500), "L2": ("available", 2500), "L3": ("available", 2500)}
    assert state(t3) == {"L1": ("leased", 3500), "L3": ("available", 2500)}
    assert state(t1 - dt.timedelta(days=1)) == {}  # before the lots were drawn
    history = store.query(_sql(store, "SELECT operation, valid_from, valid_to FROM {s}audit_history "
                                      "WHERE table_name = 'parcels' AND row_fid = 1 ORDER BY valid_from"))
    assert [h[0] for h in history] == ["INSERT", "UPDATE", "UPDATE"]
    assert history[0][2] == history[1][1] and history[-1][2] is None  # one version ends where the next starts


def test_as_of_refuses_layers_without_history_and_naive_dates(store):
    with pytest.raises(ValueError, match="history"):
        audit.rows_as_of(store, "readings", dt.datetime.now(dt.timezone.utc))
    with pytest.raises(ValueError, match="time zone"):
        audit.rows_as_of(store, "parcels", dt.datetime(2026, 6, 30))


def _connect_twice(store):
    if store.address.is_gpkg:
        from dseza_twin.dseza_twin_plugin.store.gpkg import _register_gpkg_functions

        conns = [sqlite3.connect(store.address.path, isolation_level=None) for _ in range(2)]
        for conn in conns:
            _register_gpkg_functions(conn)  # as GDAL does on QGIS's connections (the R-tree triggers call them)
        return conns
    conninfo = store.address.libpq_conninfo()
    return [psycopg.connect(conninfo, autocommit=True) for _ in range(2)]


def test_the_second_of_two_editors_gets_a_conflict(store):
    """Two officers load the same lot (version 1); the first saves; the second's save, based on version 1, is
    refused with a clear message instead of overwriting the first."""
    with store.transaction() as w:
        w.insert("parcels", [{"code": "L1", "status": "available", "geom": shapely.box(10, 10, 60, 60)}])
    first, second = _connect_twice(store)
    update = _sql(store, "UPDATE {s}parcels SET status = ?, row_version = ? WHERE code = 'L1'")
    read = _sql(store, "SELECT row_version FROM {s}parcels WHERE code = 'L1'")
    seen_first = first.execute(read).fetchone()[0]
    seen_second = second.execute(read).fetchone()[0]
    assert seen_first == seen_second == 1
    first.execute(update, ("reserved", -1 - seen_first))  # what QGIS sends (the field's default on update)
    error = sqlite3.IntegrityError if store.address.is_gpkg else psycopg.errors.SerializationFailure
    with pytest.raises(error, match="Edit conflict.*changed by someone else"):
        second.execute(update, ("leased", -1 - seen_second))
    assert [(r["status"], r["row_version"]) for r in store.rows("parcels", ["status", "row_version"])] == [
        ("reserved", 2)]
    # a client that sends the version it read (every column written back) is held to it as well
    with pytest.raises(error, match="Edit conflict"):
        second.execute(update, ("leased", 1))
    second.execute(update, ("leased", 2))
    # one that leaves the version out (psql, an import) goes through, and the version still moves on
    first.execute(_sql(store, "UPDATE {s}parcels SET tenant = 'Cty B' WHERE code = 'L1'"))
    assert store.rows("parcels", ["row_version"])[0]["row_version"] == 4
    assert [a[0] for a in _audit(store)] == ["INSERT", "UPDATE", "UPDATE", "UPDATE"]  # refused saves left nothing
    for conn in (first, second):
        conn.close()


def test_qgis_default_expression_is_stable_when_applied_twice():
    # what the field's default gives for a feature read at version 3, then again after a second change
    def default(value):
        return value if value < 0 else -1 - value

    assert default(3) == -4 and default(default(3)) == -4
    assert "row_version" in locking.QGIS_DEFAULT_EXPRESSION


@pytest.fixture(params=["gpkg", "postgis"])
def store_v4(request, tmp_path):
    """A store written by schema version 4 (before governance: no row versions, no audit)."""
    with open_old_store(request, tmp_path, 4) as s:
        yield s


def test_version_4_store_is_upgraded_with_row_versions_and_audit(store_v4):
    before = store_v4.counts()
    assert store_v4.schema_version() == 4
    upgraded_at = dt.datetime.now(dt.timezone.utc)
    assert store_v4.create_or_upgrade() == (schema.SCHEMA_VERSION, 4)
    assert store_v4.counts() == before and before["parcels"] > 0
    for layer in schema.AUDITED_LAYERS:
        assert {r["row_version"] for r in store_v4.rows(layer, ["row_version"])} == {1}
    lot = store_v4.rows("parcels", ["code", "status"], order_by="fid")[0]
    time.sleep(0.003)
    with store_v4.transaction() as w:
        w.upsert("parcels", [{"code": lot["code"], "status": "reserved"}])
    assert [(op, b["status"], a["status"], a["row_version"]) for op, _, _, b, a in _audit(store_v4)] == [
        ("UPDATE", lot["status"], "reserved", 2)]
    # as of the upgrade: the lot as it was, though it predates the audit
    then = {r["code"]: r["status"] for r in audit.rows_as_of(store_v4, "parcels", upgraded_at)}
    assert then[lot["code"]] == lot["status"] and len(then) == before["parcels"]
    assert store_v4.create_or_upgrade() == (schema.SCHEMA_VERSION, schema.SCHEMA_VERSION)


def test_truncate_is_audited_as_deletes(pg_store_address):
    with open_store(pg_store_address) as store:
        store.create_or_upgrade()
        with store.transaction() as w:
            w.insert("parcels", [{"code": "L1", "status": "available", "geom": shapely.box(0, 0, 5, 5)},
                                 {"code": "L2", "status": "available", "geom": shapely.box(5, 0, 9, 5)}])
            w.execute('TRUNCATE "{}".parcels CASCADE'.format(store.address.schema))
        deleted = [(op, b["code"]) for op, _, _, b, _ in _audit(store) if op == "DELETE"]
        assert sorted(deleted) == [("DELETE", "L1"), ("DELETE", "L2")]
        assert audit._decode("postgis", "parcels", _audit(store)[-1][3])["geom"].area in (25.0, 20.0)
