"""Roles, grants and row-level security of a PostGIS store (dsezatwin:setuproles), checked against the
permissions matrix by connecting as each role and trying every operation on every object."""

from __future__ import annotations

import psycopg
import pytest
from governance_store import roles_store
from psycopg import sql
from psycopg.types.json import Jsonb

from dseza_twin.dseza_twin_plugin.store import open_store
from dseza_twin.dseza_twin_plugin.store.governance import permissions, roles
from dseza_twin.dseza_twin_plugin.store.governance.daily_use import DailyUseRefusedError

OPERATIONS = ("select", "insert", "update", "delete")


@pytest.fixture(scope="module")
def rs():
    with roles_store() as made:
        with made.connect() as conn:  # a table made in the results schema by an analyst (as the group role)
            conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(made.prefix + "analyst")))
            conn.execute(sql.SQL("CREATE TABLE {}.shared (id int PRIMARY KEY, note text)").format(
                sql.Identifier(roles.results_schema(made.schema))))
            conn.execute(sql.SQL("INSERT INTO {}.shared VALUES (1, 'a result')").format(
                sql.Identifier(roles.results_schema(made.schema))))
        yield made


def _target(rs, obj: str) -> sql.Composable:
    if obj == "results":
        return sql.Identifier(roles.results_schema(rs.schema), "shared")
    if obj.startswith("public."):
        return sql.Identifier(roles.public_schema(rs.schema), obj[7:])
    return sql.Identifier(rs.schema, obj)


def _sample(rs, obj: str) -> dict:
    """One row of the object as JSON (geometry as hex EWKB), its column to update, and its row count."""
    target = _target(rs, obj)
    with rs.connect() as conn:
        count = conn.execute(sql.SQL("SELECT count(*) FROM {}").format(target)).fetchone()[0]
        row = conn.execute(sql.SQL(
            "SELECT to_jsonb(t) - 'geom' || CASE WHEN to_jsonb(t) ? 'geom' THEN jsonb_build_object('geom', "
            "encode(ST_AsEWKB((to_jsonb(t)->>'geom')::geometry), 'hex')) ELSE '{{}}'::jsonb END "
            "FROM (SELECT * FROM {} LIMIT 1) t").format(target)).fetchone()[0]
    return {"count": count, "row": row}


def _attempt(conn, statement, params=None) -> tuple[str, int]:
    """'ok' (and the row count), 'denied' (no privilege, or row-level security refused), or 'reached' (the data
    was reached: a constraint or a trigger refused the change). Always rolled back."""
    try:
        with conn.transaction():  # the exception rolls it back
            cur = conn.execute(statement, params)
            raise _RolledBackError(cur.fetchone()[0] if cur.description else cur.rowcount)
    except _RolledBackError as done:
        return "ok", done.n
    except psycopg.errors.InsufficientPrivilege:
        return "denied", 0
    except psycopg.DatabaseError:
        return "reached", 0


class _RolledBackError(Exception):
    def __init__(self, n):
        super().__init__()
        self.n = n


def observed(rs, base: str, obj: str, sample: dict) -> dict[str, bool]:
    """What the role can really do on the object."""
    target = _target(rs, obj)
    result = {}
    with rs.connect(base) as conn:
        cell = permissions.cell(base, obj)
        if cell.columns and cell.allows("select"):
            columns = sql.SQL(", ").join(sql.Identifier(c) for c in cell.columns)
            state, n = _attempt(conn, sql.SQL("SELECT count(*) FROM (SELECT {} FROM {}) t").format(columns, target))
            whole, _ = _attempt(conn, sql.SQL("SELECT count(*) FROM (SELECT * FROM {}) t").format(target))
            assert whole == "denied", "{} reads every column of {}".format(base, obj)
        else:
            state, n = _attempt(conn, sql.SQL("SELECT count(*) FROM (SELECT * FROM {}) t").format(target))
        result["select"] = state == "ok" and n == sample["count"]
        assert state == "denied" or n in (0, sample["count"]), "{} sees part of {}".format(base, obj)
        # the generated id left out: an insert draws it from the table's sequence, as the plugin's do
        columns = [c for c in sample["row"] if c not in ("fid", "id")]
        state, n = _attempt(conn, sql.SQL("INSERT INTO {} ({}) SELECT {} FROM jsonb_populate_record(NULL::{}, %s)")
                            .format(target, sql.SQL(", ").join(map(sql.Identifier, columns)),
                                    sql.SQL(", ").join(map(sql.Identifier, columns)), target), (Jsonb(sample["row"]),))
        result["insert"] = state in ("ok", "reached")
        column = next(c for c in columns if c not in ("fid", "id", "geom", "row_version"))
        value = sample["row"][column]
        state, n = _attempt(conn, sql.SQL("UPDATE {} SET {} = (jsonb_populate_record(NULL::{}, %s)).{}").format(
            target, sql.Identifier(column), target, sql.Identifier(column)), (Jsonb({column: value}),))
        result["update"] = state == "reached" or (state == "ok" and n > 0)
        state, n = _attempt(conn, sql.SQL("DELETE FROM {}").format(target))
        result["delete"] = state == "reached" or (state == "ok" and n > 0)
        if obj == "results":
            state, _ = _attempt(conn, sql.SQL("CREATE TABLE {}.probe (id int)").format(
                sql.Identifier(roles.results_schema(rs.schema))))
            result["create"] = state == "ok"
    return result


@pytest.mark.parametrize("obj", permissions.OBJECTS)
def test_every_role_can_do_exactly_what_the_matrix_says(rs, obj):
    sample = _sample(rs, obj)
    assert sample["count"] > 0, "the test store must hold rows in {}".format(obj)
    drift = []
    for base in permissions.ROLES:
        seen = observed(rs, base, obj, sample)
        expected = permissions.cell(base, obj)
        for operation, allowed in seen.items():
            if allowed != expected.allows(operation):
                drift.append("{} {} {}: matrix {}, store {}".format(
                    base, operation, obj, expected.allows(operation), allowed))
    assert not drift, "\n".join(drift)


def test_drift_is_found_in_both_directions_and_setuproles_repairs_it(rs):
    s = sql.Identifier(rs.schema)
    with rs.connect() as conn:
        conn.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(s, sql.Identifier(rs.prefix + "investor")))
        conn.execute(sql.SQL("GRANT SELECT ON {}.parcels TO {}").format(s, sql.Identifier(rs.prefix + "investor")))
        conn.execute(sql.SQL("CREATE POLICY leak ON {}.parcels FOR SELECT TO {} USING (true)").format(
            s, sql.Identifier(rs.prefix + "investor")))
        conn.execute(sql.SQL("REVOKE UPDATE ON {}.parcels FROM {}").format(s, sql.Identifier(rs.prefix + "officer")))
    sample = _sample(rs, "parcels")
    assert observed(rs, "investor", "parcels", sample)["select"] is True  # more than the matrix
    assert observed(rs, "officer", "parcels", sample)["update"] is False  # less than the matrix
    with open_store(rs.address()) as store:
        report = roles.setup_roles(store, rs.prefix)
    assert report.created_roles == [] and not report.warnings
    assert observed(rs, "investor", "parcels", sample) == {op: False for op in OPERATIONS}
    assert observed(rs, "officer", "parcels", sample) == {op: True for op in OPERATIONS}


def test_no_login_owns_a_table_or_bypasses_row_level_security(rs):
    with rs.connect() as conn:
        owners = conn.execute(
            "SELECT DISTINCT r.rolname, r.rolcanlogin FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_roles r ON r.oid = c.relowner WHERE n.nspname = ANY(%s)",
            ([rs.schema, roles.public_schema(rs.schema)],)).fetchall()
        assert owners == [(rs.prefix + "admin", False)]
        unforced = conn.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s "
            "AND c.relkind IN ('r', 'p') AND NOT (c.relrowsecurity AND c.relforcerowsecurity)", (rs.schema,)).fetchall()
        assert unforced == []
        groups = conn.execute("SELECT rolname, rolcanlogin, rolbypassrls, rolsuper FROM pg_roles "
                              "WHERE rolname = ANY(%s) ORDER BY 1", (list(roles.role_names(rs.prefix).values()),))
        assert all(not login and not bypass and not superuser for _, login, bypass, superuser in groups)
        members = dict(conn.execute(
            "SELECT m.rolname, count(*) FROM pg_auth_members am JOIN pg_roles m ON m.oid = am.member "
            "JOIN pg_roles g ON g.oid = am.roleid WHERE g.rolname LIKE %s GROUP BY 1",
            (rs.prefix.replace("_", "\\_") + "%",)).fetchall())
        assert members == {login: 1 for login in rs.logins.values()}  # one role per login


def test_investor_sees_no_private_row_or_column_anywhere(rs):
    with rs.connect() as conn:
        published = conn.execute(sql.SQL("SELECT count(*) FROM {}.parcels WHERE is_public IS TRUE").format(
            sql.Identifier(rs.schema))).fetchone()[0]
        hidden = conn.execute(sql.SQL("SELECT count(*) FROM {}.parcels WHERE is_public IS NOT TRUE").format(
            sql.Identifier(rs.schema))).fetchone()[0]
    assert published and hidden
    with rs.connect("investor") as conn:
        # every relation the investor can read, in the whole database
        readable = conn.execute(
            "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND has_table_privilege(c.oid, 'SELECT') "
            "AND has_schema_privilege(n.oid, 'USAGE') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
        ).fetchall()
        twin = {name for space, name in readable if space == roles.public_schema(rs.schema)}
        assert twin == set(permissions.INVESTOR_VIEWS)
        others = {space for space, _ in readable} - {roles.public_schema(rs.schema), "public"}
        assert others == set()  # only PostGIS's own catalogues in public (spatial_ref_sys, geometry_columns …)
        assert {name for space, name in readable if space == "public"} <= {
            "spatial_ref_sys", "geometry_columns", "geography_columns", "raster_columns", "raster_overviews"}
        columns = {r[0] for r in conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = %s",
            (roles.public_schema(rs.schema),)).fetchall()}
        assert not columns & set(permissions.PRIVATE_COLUMNS["parcels"])
        lots = conn.execute(sql.SQL("SELECT count(*) FROM {}.parcels").format(
            sql.Identifier(roles.public_schema(rs.schema)))).fetchone()[0]
        assert lots == published
        # no function of the store's schema can be called, nor its schema used
        assert conn.execute("SELECT has_schema_privilege(%s, 'USAGE')", (rs.schema,)).fetchone()[0] is False
        callable_twin = conn.execute(
            "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ANY(%s) "
            "AND has_function_privilege(p.oid, 'EXECUTE') AND has_schema_privilege(n.oid, 'USAGE')",
            ([rs.schema, roles.public_schema(rs.schema), roles.results_schema(rs.schema)],)).fetchone()[0]
        assert callable_twin == 0
        # statistics of the lots' columns (most common tenants …) are not visible either
        assert conn.execute("SELECT count(*) FROM pg_stats WHERE schemaname = %s", (rs.schema,)).fetchone()[0] == 0


def test_the_plugin_refuses_superuser_and_owner_connections_for_daily_work(rs):
    with open_store(rs.address()) as store, pytest.raises(DailyUseRefusedError, match="is a superuser"):
        store.counts()
    with open_store(rs.address("admin")) as store, pytest.raises(DailyUseRefusedError, match="owner"):
        store.rows("parcels", ["code"])
    with open_store(rs.address()) as store:  # the admin operations still run
        assert store.create_or_upgrade()[1] == store.create_or_upgrade()[0]
        roles.setup_roles(store, rs.prefix)
    with open_store(rs.address("officer")) as store:
        assert store.counts()["parcels"] > 0
    with open_store(rs.address("analyst")) as store:
        assert store.rows("planning_zones", ["code"])


def test_sensor_ingest_writes_readings_into_a_new_month(rs):
    import datetime as dt

    from dseza_twin.dseza_twin_plugin.iot import ingest

    with open_store(rs.address("sensor_ingest")) as store:
        sensor = store.rows("sensors", ["fid"], order_by="fid")[0]["fid"]
        when = dt.datetime(2031, 5, 1, 3, tzinfo=dt.timezone.utc)  # a month without a partition yet
        result = ingest.write_readings(store, [{"sensor_id": sensor, "phenomenon_time": when, "value": 1.5,
                                                "quality": "ok"}], [])
        assert result.new == 1
    with rs.connect() as conn:
        assert conn.execute(sql.SQL("SELECT value FROM {}.readings_latest WHERE sensor_id = %s").format(
            sql.Identifier(rs.schema)), (sensor,)).fetchone()[0] == 1.5


def test_officer_edits_are_audited_under_their_login_and_the_audit_cannot_be_altered(rs):
    s = sql.Identifier(rs.schema)
    with rs.connect("officer") as conn:
        code = conn.execute(sql.SQL("SELECT code FROM {}.parcels ORDER BY fid LIMIT 1").format(s)).fetchone()[0]
        conn.execute(sql.SQL("UPDATE {}.parcels SET sector = 'audited sector' WHERE code = %s").format(s), (code,))
        by, role, after = conn.execute(sql.SQL(
            "SELECT changed_by, db_role, after->>'sector' FROM {}.audit_log WHERE table_name = 'parcels' "
            "ORDER BY id DESC LIMIT 1").format(s)).fetchone()
        assert (by, role, after) == (rs.logins["officer"], rs.logins["officer"], "audited sector")
        for statement in ("DELETE FROM {}.audit_log", "UPDATE {}.audit_log SET changed_by = 'nobody'",
                          "TRUNCATE {}.audit_log", "ALTER TABLE {}.audit_log DISABLE ROW LEVEL SECURITY",
                          "DROP TRIGGER audit_update ON {}.parcels", "ALTER TABLE {}.parcels DISABLE TRIGGER ALL",
                          "INSERT INTO {}.audit_log (table_name, row_fid, operation, changed_at) "
                          "VALUES ('parcels', 1, 'DELETE', now())"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql.SQL(statement).format(s))
    with rs.connect("admin") as conn:  # its owner cannot rewrite it either (privileges revoked, no policy)
        for statement in ("DELETE FROM {}.audit_log", "UPDATE {}.audit_log SET changed_by = 'nobody'"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql.SQL(statement).format(s))


def test_a_member_of_the_admin_role_sets_up_again_without_superuser_powers(rs):
    """What an upgrade does on a store with roles (after its migrations): the admin login, without CREATEROLE,
    gives new objects their owner, grants and row-level security."""
    with rs.connect() as conn:  # a table a migration would add, made by the admin login
        conn.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(rs.logins["admin"])))
        conn.execute(sql.SQL("CREATE TABLE {}.new_table (id int)").format(sql.Identifier(rs.schema)))
        conn.execute("RESET ROLE")
    with open_store(rs.address("admin")) as store:
        report = roles.setup_roles(store, rs.prefix)
    assert report.created_roles == []
    with rs.connect() as conn:
        owner, forced = conn.execute(
            "SELECT pg_get_userbyid(relowner), relforcerowsecurity FROM pg_class WHERE oid = to_regclass(%s)",
            ("{}.new_table".format(rs.schema),)).fetchone()
        assert (owner, forced) == (rs.prefix + "admin", True)
        conn.execute(sql.SQL("DROP TABLE {}.new_table").format(sql.Identifier(rs.schema)))
    with open_store(rs.address("officer")) as store, pytest.raises(roles.RoleSetupError, match="superuser"):
        roles.setup_roles(store, rs.prefix)


def test_what_a_role_may_not_do_is_a_clean_store_error(rs):
    from dseza_twin.dseza_twin_plugin.store.governance.daily_use import PermissionRefusedError

    with open_store(rs.address("investor")) as store, pytest.raises(PermissionRefusedError, match="may not"):
        store.rows("parcels", ["code"])
    with open_store(rs.address("analyst")) as store:
        before = store.count("parcels")
        with pytest.raises(PermissionRefusedError, match="permission denied for table parcels"):
            with store.transaction() as w:
                w.upsert("parcels", [{"code": "X-1", "status": "available"}])
        assert store.count("parcels") == before
    with open_store(rs.address("sensor_ingest")) as store, pytest.raises(PermissionRefusedError):
        store.rows("parcels", ["code", "tenant"])  # only the codes and shapes of the lots


def test_two_stores_in_one_cluster_share_a_prefix_and_keep_their_own_policies(rs):
    import uuid

    from conftest import PG_CONNINFO

    other = "g2_{}".format(uuid.uuid4().hex[:8])
    try:
        with open_store("{} schema={}".format(PG_CONNINFO, other)) as store:
            store.create_or_upgrade()
            roles.setup_roles(store, rs.prefix)  # the same roles
        with open_store("{} user={} schema={}".format(PG_CONNINFO, rs.logins["officer"], other)) as store:
            with store.transaction() as w:
                w.insert("functional_areas", [{"code": "B-1", "kind": "it_park"}])
            assert store.count("functional_areas") == 1
        sample = _sample(rs, "parcels")  # the first store is as it was
        assert observed(rs, "investor", "parcels", sample) == {op: False for op in OPERATIONS}
        assert observed(rs, "officer", "parcels", sample) == {op: True for op in OPERATIONS}
        with rs.connect() as conn:
            policies = dict(conn.execute("SELECT schemaname, count(*) FROM pg_policies WHERE schemaname = ANY(%s) "
                                         "GROUP BY 1", ([rs.schema, other],)).fetchall())
        assert policies[rs.schema] == policies[other]
    finally:
        with rs.connect() as conn:
            for name in (other + "_public", other + "_results", other):
                conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(name)))


def test_an_analyst_drafts_a_scenario_and_only_an_officer_promotes_it(rs):
    from dseza_twin.dseza_twin_plugin.store import scenarios
    from dseza_twin.dseza_twin_plugin.store.governance.daily_use import PermissionRefusedError

    with open_store(rs.address("analyst")) as store:
        lot = store.rows("parcels", ["code", "tenant", "status"], order_by="code")[0]
        scenarios.create_scenario(store, "AN-1", "An analyst's what-if")
        scenarios.put_rows(store, "AN-1", "parcels", [{"code": lot["code"], "tenant": "Cty Thử nghiệm"}])
        assert scenarios.changes(store, "AN-1")["parcels"] == {lot["code"]: "upsert"}
        with pytest.raises(PermissionRefusedError, match="may not"):
            scenarios.promote(store, "AN-1")
    with open_store(rs.address("investor")) as store, pytest.raises(PermissionRefusedError):
        scenarios.list_scenarios(store)  # investors see no scenario
    with open_store(rs.address("officer")) as store:
        assert next(r for r in store.rows("parcels", ["code", "tenant"]) if r["code"] == lot["code"])["tenant"] \
            == lot["tenant"]  # the refused promotion changed nothing
        result = scenarios.promote(store, "AN-1")
        assert result.updated["parcels"] == 1
        assert next(r for r in store.rows("parcels", ["code", "tenant"])
                    if r["code"] == lot["code"])["tenant"] == "Cty Thử nghiệm"
