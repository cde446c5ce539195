"""A PostGIS twin store with the demo twin, every table holding rows, and roles set up with a prefix of its own,
plus one login per role (trust authentication on 127.0.0.1, as the test cluster has): for the governance tests.
Everything made here (schemas, roles) is removed afterwards."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from dataclasses import dataclass

import psycopg
from conftest import PG_CONNINFO
from psycopg import sql

from dseza_twin.dseza_twin_plugin.core.demo.twin import build_demo_twin
from dseza_twin.dseza_twin_plugin.store import open_store
from dseza_twin.dseza_twin_plugin.store.demo_load import load_demo
from dseza_twin.dseza_twin_plugin.store.governance import permissions, roles

END = dt.datetime(2026, 11, 20, tzinfo=dt.timezone.utc)


@dataclass
class RolesStore:
    schema: str
    prefix: str
    logins: dict  # base role -> login role

    def address(self, base: str | None = None) -> str:
        """The store address, logging in as the login of a role (None: the superuser of the tests)."""
        user = " user={}".format(self.logins[base]) if base else ""
        return "{}{} schema={}".format(PG_CONNINFO, user, self.schema)

    def connect(self, base: str | None = None) -> psycopg.Connection:
        conninfo = PG_CONNINFO + (" user={}".format(self.logins[base]) if base else "")
        return psycopg.connect(conninfo, autocommit=True)


def _fill_bookkeeping(conn, s: str, lot: str) -> None:
    t = sql.Identifier(s)
    sensor = conn.execute(sql.SQL("SELECT min(fid) FROM {}.sensors").format(t)).fetchone()[0]
    conn.execute(sql.SQL("INSERT INTO {}.alerts (sensor_id, rule, window_start, window_end, value, limit_value) "
                         "VALUES (%s, 'pm25_24h', %s, %s, 60, 50)").format(t), (sensor, END, END))
    conn.execute(sql.SQL('INSERT INTO {}.compliance_verdicts (lot_code, status, rule_id, checked_at, run_id) '
                         "VALUES (%s, 'pass', 'max_far', %s, 'r1')").format(t), (lot, END))
    conn.execute(sql.SQL("INSERT INTO {}.sync_cursors VALUES ('sta:test', 'ds1', %s, %s)").format(t), (END, END))
    conn.execute(sql.SQL("INSERT INTO {}.sync_status (source, new) VALUES ('sta:test', 1)").format(t))
    conn.execute(sql.SQL("INSERT INTO {}.quarantine (source, received_at, payload, reason, digest) "
                         "VALUES ('sta:test', %s, '{{bad', 'not JSON', 'd1')").format(t), (END,))
    # a scenario changing one row of every layer it can change
    conn.execute(sql.SQL("INSERT INTO {}.scenarios (code, name, created_at) VALUES ('S1', 'test', %s)").format(t),
                 (END,))
    for layer in ("planning_zones", "parcels", "construction_projects", "buildings"):
        conn.execute(sql.SQL("INSERT INTO {0}.{1} (code, scenario, op, geom) SELECT code, 'S1', 'upsert', geom "
                             "FROM {0}.{2} LIMIT 1").format(t, sql.Identifier("scenario_" + layer),
                                                            sql.Identifier(layer)))


@contextlib.contextmanager
def roles_store():
    tag = uuid.uuid4().hex[:8]
    schema, prefix = "g_{}".format(tag), "g{}_".format(tag)
    logins = {base: "{}login_{}".format(prefix, base) for base in permissions.ROLES}
    address = "{} schema={}".format(PG_CONNINFO, schema)
    twin = build_demo_twin(seed=4, scale=0.02, days=1, end=END)
    made_roles = list(roles.role_names(prefix).values()) + list(logins.values())
    try:
        with open_store(address) as store:  # createstore + setuproles + loaddemotwin, as the issue has it
            store.create_or_upgrade()
            with psycopg.connect(PG_CONNINFO, autocommit=True) as conn:
                for login in logins.values():
                    conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(login)))
            roles.setup_roles(store, prefix, members=list((login, base) for base, login in logins.items()))
            load_demo(store, twin, seed=4, scale=0.02, days=1)
            with psycopg.connect(PG_CONNINFO, autocommit=True) as conn:
                _fill_bookkeeping(conn, schema, twin.layers["parcels"][0]["code"])
        yield RolesStore(schema, prefix, logins)
    finally:
        with psycopg.connect(PG_CONNINFO, autocommit=True) as conn:
            for name in (schema, roles.public_schema(schema), roles.results_schema(schema)):
                conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(name)))
            for role in made_roles:
                if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
                    conn.execute(sql.SQL("DROP OWNED BY {} CASCADE").format(sql.Identifier(role)))
                    conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
