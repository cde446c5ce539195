"""Hostile names, codes and STORE strings through the store and the governance code (property-based, hypothesis):
every refusal is a clean StoreError / ValueError with a sentence, every value is stored as data (bound
parameters, quoted identifiers), and the store is unchanged by what is refused."""

from __future__ import annotations

import shlex

import psycopg
import pytest
import shapely
from conftest import PG_CONNINFO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dseza_twin.dseza_twin_plugin.store import StoreError, open_store, schema
from dseza_twin.dseza_twin_plugin.store.governance import audit, quality, roles

HOSTILE = st.one_of(
    st.sampled_from(["'; DROP TABLE parcels; --", "\"; DROP SCHEMA twin CASCADE; --", "parcels\"; --",
                     "x' OR '1'='1", "Robert'); DELETE FROM parcels;--", "$$; DROP TABLE parcels; $$",
                     "\\'; SELECT pg_sleep(10); --", "Hòa Khánh ‘lô’ «A»", "\u202eLTR", "a\x00b", "../../etc/passwd",
                     "%s %(x)s {} {0}", "?", "*/ DROP TABLE parcels /*", "parcels", "twin_meta"]),
    st.text(min_size=1, max_size=40),
)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """A GeoPackage and a PostGIS store holding two lots, kept for every example; dropped at the end."""
    import uuid

    folder = tmp_path_factory.mktemp("hostile")
    pg_schema = "h_{}".format(uuid.uuid4().hex[:10])
    made = [open_store(str(folder / "twin.gpkg")), open_store("{} schema={}".format(PG_CONNINFO, pg_schema))]
    for store in made:
        store.create_or_upgrade()
        with store.transaction() as w:
            w.insert("parcels", [{"code": "L1", "status": "available", "geom": shapely.box(0, 0, 10, 10)},
                                 {"code": "L2", "status": "leased", "tenant": "Cty A",
                                  "geom": shapely.box(20, 0, 30, 10)}])
    yield made
    for store in made:
        store.close()
    with psycopg.connect(PG_CONNINFO, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS {} CASCADE".format(pg_schema))


def snapshot(store) -> tuple:
    """What must not change: the rows of every layer and the store's tables."""
    if store.address.is_gpkg:
        tables = store.query("SELECT name FROM sqlite_master WHERE type IN ('table', 'view', 'trigger') ORDER BY 1")
    else:
        tables = store.query("SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                             "WHERE n.nspname = %s ORDER BY 1", (store.address.schema,))
    rows = {layer: sorted((r["fid"], r["code"], r["row_version"]) for r in store.rows(layer, ["fid", "code",
                                                                                               "row_version"]))
            for layer in ("parcels", "planning_zones", "functional_areas")}
    rows["lots"] = sorted(tuple(r.values()) for r in store.rows("parcels", ["fid", "code", "status", "tenant"]))
    return tuple(tables), rows


@given(name=HOSTILE)
@SETTINGS
def test_hostile_layer_and_column_names_are_refused_cleanly(stores, name):
    for store in stores:
        before = snapshot(store)
        if name not in schema.LAYERS:
            with pytest.raises(ValueError, match="not a twin layer"):
                store.rows(name)
            with pytest.raises(ValueError):
                audit.rows_as_of(store, name, __import__("datetime").datetime(2026, 1, 1, tzinfo=__import__(
                    "datetime").timezone.utc))
        with store.transaction() as w:
            if name not in schema.table("parcels").c:
                with pytest.raises(StoreError, match="no column"):
                    w.codes("parcels", name)
        with pytest.raises(StoreError, match="no column"):
            with store.transaction() as w:
                w.insert("parcels", [{"code": "X", name + "_": 1}])
        assert snapshot(store) == before


@given(code=HOSTILE, tenant=HOSTILE)
@SETTINGS
def test_hostile_codes_and_values_are_stored_as_data(stores, code, tenant):
    for store in stores:
        before = snapshot(store)
        try:
            with store.transaction() as w:
                w.upsert("parcels", [{"code": code, "status": "leased", "tenant": tenant,
                                      "geom": shapely.box(40, 0, 50, 10)}])
                stored = {r["code"]: r for r in store.rows("parcels", ["code", "tenant"])} if store.address.is_gpkg \
                    else {c: {"code": c, "tenant": t} for c, t in w.execute(
                        'SELECT code, tenant FROM "{}".parcels'.format(store.address.schema))}
                assert stored[code]["tenant"] == tenant  # the very string, not SQL
                raise _Undo
        except _Undo:
            pass
        except StoreError as exc:  # a NUL character: PostgreSQL text cannot hold it — refused with a sentence
            assert "\x00" in code + tenant and not store.address.is_gpkg, exc
            assert "nothing was written" in str(exc)
        assert snapshot(store) == before


class _Undo(Exception):  # noqa: N818 - control flow of the test: roll the example's write back
    pass


@given(value=HOSTILE)
@SETTINGS
def test_hostile_store_strings_give_a_clean_error_or_an_empty_answer(stores, value, tmp_path_factory):
    pg = stores[1]
    before = snapshot(pg)
    quoted = shlex.quote(value)
    for text in (value, "{} schema={}".format(PG_CONNINFO, quoted), "{} application_name={}".format(
            PG_CONNINFO, quoted), "{} schema={} options={}".format(PG_CONNINFO, pg.address.schema, quoted),
                 value + ".gpkg"):
        try:
            with open_store(text) as store:
                if store.address.is_gpkg and not store.address.path.startswith("/"):
                    continue  # a relative path: nothing to open here (the file would land in the working folder)
                store.schema_version()
        except StoreError as exc:
            assert str(exc).strip()
        else:
            pass  # a harmless value (an application name, a missing schema): read nothing, changed nothing
    assert snapshot(pg) == before


@given(prefix=HOSTILE, members=HOSTILE)
@SETTINGS
def test_hostile_role_prefixes_and_members_are_refused_before_any_sql(prefix, members):
    from dseza_twin.dseza_twin_plugin.store.governance.roles import RoleSetupError

    with psycopg.connect(PG_CONNINFO, autocommit=True) as conn:
        before = conn.execute("SELECT rolname FROM pg_roles ORDER BY 1").fetchall()
    try:
        roles.check_prefix(prefix)
    except RoleSetupError as exc:
        assert "prefix" in str(exc)
    else:
        assert prefix.endswith("_") and prefix.isascii() and prefix[0].isalpha()
    try:
        parsed = roles.parse_members(members)
    except RoleSetupError as exc:
        assert str(exc)
    else:
        assert all(role in roles.permissions.ROLES and "'" not in login and ";" not in login
                   for login, role in parsed)
    with psycopg.connect(PG_CONNINFO, autocommit=True) as conn:
        assert conn.execute("SELECT rolname FROM pg_roles ORDER BY 1").fetchall() == before


def test_the_quality_gate_reads_hostile_values_as_values(stores):
    for store in stores:
        with store.transaction() as w:
            w.upsert("parcels", [{"code": "'; DROP TABLE parcels; --", "status": "available",
                                  "tenant": "x' OR '1'='1", "geom": shapely.box(60, 0, 70, 10)}])
        found = {(v.rule, v.code) for v in quality.validate(store)}
        assert ("lot_tenancy", "'; DROP TABLE parcels; --") in found
        assert store.count("parcels") == 3
