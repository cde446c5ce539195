"""First set-up of a store's roles by a database administrator who is not a superuser (a login with CREATEROLE
that owns the store's schema), and two set-ups racing: the roles end as the matrix says, and nobody is left
with a half-made set of roles."""

from __future__ import annotations

import threading
import uuid

import psycopg
import pytest
from conftest import PG_CONNINFO
from psycopg import sql

from dseza_twin.dseza_twin_plugin.store import open_store
from dseza_twin.dseza_twin_plugin.store.governance import permissions, roles


@pytest.fixture
def fresh():
    """A schema name and a role prefix of their own, with a non-superuser DBA login (CREATEROLE, CREATE on the
    database); everything dropped afterwards."""
    tag = uuid.uuid4().hex[:8]
    schema, prefix = "r_{}".format(tag), "r{}_".format(tag)
    dba = "{}dba".format(prefix)
    officer = "{}login_officer".format(prefix)
    with psycopg.connect(PG_CONNINFO, autocommit=True) as conn:
        db = conn.info.dbname
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEROLE").format(sql.Identifier(dba)))
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(officer)))
        conn.execute(sql.SQL("GRANT CREATE ON DATABASE {} TO {}").format(sql.Identifier(db), sql.Identifier(dba)))
    try:
        yield schema, prefix, dba, officer
    finally:
        with psycopg.connect(PG_CONNINFO, autocommit=True) as conn:
            for name in (schema, roles.public_schema(schema), roles.results_schema(schema)):
                conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(name)))
            made = [r for (r,) in conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                                                (prefix.replace("_", r"\_") + "%",))]
            for role in sorted(made, key=lambda r: r != dba):  # the DBA last: it may own what it made
                conn.execute(sql.SQL("DROP OWNED BY {} CASCADE").format(sql.Identifier(role)))
            for role in sorted(made, key=lambda r: r == dba):  # (DROP OWNED revoked the DBA's CREATE too)
                conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def test_a_createrole_dba_sets_up_a_new_store_without_superuser_powers(fresh):
    schema, prefix, dba, officer = fresh
    address = "{} user={} schema={}".format(PG_CONNINFO, dba, schema)
    with open_store(address) as store:  # createstore + setuproles, as the DBA
        store.create_or_upgrade()
        report = roles.setup_roles(store, prefix, members=[(officer, "officer")])
    assert sorted(report.created_roles) == sorted(roles.role_names(prefix).values())
    with psycopg.connect(PG_CONNINFO, autocommit=True) as conn:
        owners = {o for (o,) in conn.execute(
            "SELECT DISTINCT pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = "
            "c.relnamespace WHERE n.nspname = %s AND c.relkind IN ('r', 'p', 'v', 'S')", (schema,))}
        assert owners == {prefix + "admin"}  # not the DBA's login
        unforced = conn.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s "
            "AND c.relkind IN ('r', 'p') AND NOT (c.relrowsecurity AND c.relforcerowsecurity) "
            "AND c.relispartition IS FALSE", (schema,)).fetchall()
        assert unforced == []
    with open_store("{} user={} schema={}".format(PG_CONNINFO, officer, schema)) as store:
        with store.transaction() as w:  # the officer edits, as the matrix allows
            w.insert("functional_areas", [{"code": "A-1", "kind": "it_park"}])
        assert store.count("functional_areas") == 1
        assert permissions.cell("officer", "functional_areas").allows("insert")


def test_two_setups_racing_end_with_one_consistent_set_of_roles(fresh):
    """Two admins run setuproles on the same new store at once: both finish (the second waits for the first's
    transaction or finds its roles), and the store holds each role and policy once."""
    schema, prefix, dba, officer = fresh
    address = "{} schema={}".format(PG_CONNINFO, schema)
    with open_store(address) as store:
        store.create_or_upgrade()
    errors, reports = [], []

    def run():
        try:
            with open_store(address) as store:
                reports.append(roles.setup_roles(store, prefix))
        except Exception as exc:  # noqa: BLE001 - collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors
    assert len(reports) == 2 and reports[0].policies == reports[1].policies > 0
    with psycopg.connect(PG_CONNINFO, autocommit=True) as conn:
        made = {r for (r,) in conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                                            (prefix.replace("_", r"\_") + "%",))}
        assert made - {dba, officer} == set(roles.role_names(prefix).values())
        policies = conn.execute("SELECT tablename, policyname, count(*) FROM pg_policies WHERE schemaname = %s "
                                "GROUP BY 1, 2 HAVING count(*) > 1", (schema,)).fetchall()
        assert policies == []
