"""``setuproles``: the roles, grants, row-level security and investor views of a PostGIS twin store.

Roles are cluster-wide, policies per schema. The five group roles (NOLOGIN, no BYPASSRLS) are named
``<prefix><role>`` — ``twin_admin``, ``twin_officer``, ``twin_analyst``, ``twin_sensor_ingest``,
``twin_investor`` with the default prefix ``twin_``. Several twin schemas in one cluster either share the
roles (same prefix: an officer of one store is an officer of every store with that prefix) or keep them apart
(a prefix per store, e.g. ``demo_twin_``). The prefix a store was set up with is kept in its ``twin_meta``
(``roles_prefix``).

Setting up (idempotent), in one transaction: the first time as a superuser or a role with CREATEROLE owning the
schema; again (``createstore`` does it after an upgrade) also as a member of the admin role:

* the group roles, made or brought back to NOLOGIN NOSUPERUSER NOBYPASSRLS;
* ``twin_admin`` owns the store's schema and everything in it (tables, partitions, sequences, views,
  functions): no login role owns a table; the audit functions are ``SECURITY DEFINER`` as ``twin_admin``;
* every grant on the store's schema is reset, then made exactly as :data:`.permissions.MATRIX` says;
* every table gets row-level security, forced (the owner too), with one policy per role and operation of the
  matrix: a role without a policy sees and changes nothing, whatever it is granted by mistake;
* the schema ``<store>_public`` holds the investor views (:data:`.permissions.INVESTOR_VIEWS`,
  ``security_barrier``), the only thing investors can reach;
* the schema ``<store>_results`` is where analysts write (tables made there as ``twin_analyst`` are readable by
  officers and admins, writable by analysts);
* a function ``<store>.readings_partition(month)`` (``SECURITY DEFINER``) makes the monthly partitions of the
  readings, which only the table's owner could otherwise;
* logins given with ``members`` are granted their one group role (refused for a superuser or a role that
  bypasses row-level security).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..errors import StoreError
from . import permissions

DEFAULT_PREFIX = "twin_"
_PREFIX_RE = re.compile(r"^[a-z][a-z0-9_]{0,30}_$")
_LOGIN_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")


class RoleSetupError(StoreError):
    """Roles cannot be set up as asked (bad prefix, not a PostGIS store, not allowed, unknown login)."""


@dataclass
class RoleSetup:
    """What ``setuproles`` did."""

    schema: str
    prefix: str
    roles: dict[str, str]
    created_roles: list[str] = field(default_factory=list)
    tables: int = 0  # tables with row-level security forced
    policies: int = 0
    views: list[str] = field(default_factory=list)
    members: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def role_names(prefix: str = DEFAULT_PREFIX) -> dict[str, str]:
    """``{"admin": "twin_admin", …}`` for a prefix (checked)."""
    check_prefix(prefix)
    return {base: prefix + base for base in permissions.ROLES}


def check_prefix(prefix: str) -> str:
    if not _PREFIX_RE.match(prefix or ""):
        raise RoleSetupError(
            "The role prefix '{}' is not usable: lower-case letters, digits and '_', starting with a letter and "
            "ending with '_' (such as 'twin_' or 'demo_twin_'), at most 32 characters.".format(prefix),
            "bad_prefix", prefix=prefix)
    return prefix


def parse_members(text: str) -> list[tuple[str, str]]:
    """``"alice=officer, bob=investor"`` → ``[("alice", "officer"), ("bob", "investor")]`` (checked)."""
    out = []
    for item in (text or "").replace(";", ",").split(","):
        item = item.strip()
        if not item:
            continue
        login, _, role = item.partition("=")
        login, role = login.strip(), role.strip()
        if not _LOGIN_RE.match(login) or role not in permissions.ROLES:
            raise RoleSetupError(
                "'{}' is not 'login=role' with one of the roles {}.".format(item, ", ".join(permissions.ROLES)),
                "bad_member", item=item)
        out.append((login, role))
    logins = [login for login, _ in out]
    if len(set(logins)) != len(logins):
        raise RoleSetupError("A login is given more than one role; each login is granted one.", "member_twice")
    return out


def public_schema(schema: str) -> str:
    return schema + "_public"


def results_schema(schema: str) -> str:
    return schema + "_results"


def setup_roles(store, prefix: str = DEFAULT_PREFIX, members: list[tuple[str, str]] | None = None) -> RoleSetup:
    """Set up (or again: idempotent) the roles, grants, RLS and views of a PostGIS store; see the module."""
    import psycopg
    from psycopg import sql

    if store.address.kind != "postgis":
        raise RoleSetupError(
            "Roles and row-level security exist in a PostGIS store only; {} is a GeoPackage (a file: whoever can "
            "read it reads everything). Its audit and row versions work without roles.".format(store.address),
            "roles_need_postgis", address=str(store.address))
    names = role_names(prefix)
    members = members or []
    s = store.schema_name
    report = RoleSetup(schema=s, prefix=prefix, roles=names)
    with store.admin_work():
        store.check_version()
    with store.admin_work(), store.transaction() as writer:
        conn = writer.conn
        try:
            # one set-up of a prefix at a time (per database): roles are cluster-wide, and two set-ups racing
            # would both try to create them; the second waits, then finds them made
            conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", ("dseza_twin:setuproles:" + prefix,))
            report.created_roles = _make_roles(conn, names)
            _join_admin(conn, names["admin"])
            _own_everything(conn, s, names["admin"])
            _make_partition_function(conn, s, names)
            _grant_store(conn, s, names)
            report.tables, report.policies = _row_level_security(conn, s, names)
            report.views = _investor_views(conn, s, names)
            _results_schema(conn, s, names)
            report.members = _grant_members(conn, names, members)
            conn.execute(sql.SQL("INSERT INTO {}.twin_meta (key, value) VALUES ('roles_prefix', %s), "
                                 "('roles_setup_at', %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value")
                         .format(sql.Identifier(s)),
                         (prefix, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
        except psycopg.errors.InsufficientPrivilege as exc:
            raise RoleSetupError(
                "Setting up the roles of {} needs a superuser or a role with CREATEROLE owning the schema (the "
                "first time), or a member of {} (again, after an upgrade) ({}). Nothing was changed.".format(
                    store.address, names["admin"], exc.diag.message_primary or exc),
                "roles_not_allowed", address=str(store.address)) from exc
        report.warnings = _login_warnings(conn, names)
    return report


def _make_roles(conn, names: dict[str, str]) -> list[str]:
    """Create the missing group roles and bring back any that gained login, superuser or BYPASSRLS (both need
    CREATEROLE or a superuser); roles already right are left alone, so a member of the admin role can set up
    again after an upgrade."""
    from psycopg import sql

    created = []
    for role in names.values():
        row = conn.execute("SELECT rolcanlogin OR rolsuper OR rolbypassrls OR rolcreatedb OR rolcreaterole "
                           "FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        if row is None:
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
            created.append(role)
        elif row[0]:
            conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE")
                         .format(sql.Identifier(role)))
    return created


def _join_admin(conn, admin: str) -> None:
    """A non-superuser setting up (CREATEROLE, owning the schema) becomes a member of the admin role: it may then
    hand the schema over to it. It is an admin from then on, refused for daily work like the owner it was."""
    from psycopg import sql

    row = conn.execute("SELECT rolsuper, pg_has_role(current_user, %s, 'MEMBER') FROM pg_roles "
                       "WHERE rolname = current_user", (admin,)).fetchone()
    if not row[0] and not row[1]:
        conn.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(sql.Identifier(admin)))


def _own_everything(conn, s: str, admin: str) -> None:
    """The admin group role owns the schema and every object in it (tables, partitions, views, sequences
    owned by a table follow their table; functions)."""
    from psycopg import sql

    a = sql.Identifier(admin)
    conn.execute(sql.SQL("ALTER SCHEMA {} OWNER TO {}").format(sql.Identifier(s), a))
    relations = conn.execute(
        "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') "
        "AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid "
        "AND d.deptype IN ('a', 'i'))) ORDER BY c.relkind = 'S', c.relname", (s,)).fetchall()
    kinds = {"v": "VIEW", "m": "MATERIALIZED VIEW", "S": "SEQUENCE", "f": "FOREIGN TABLE"}
    for name, kind in relations:
        conn.execute(sql.SQL("ALTER {} {}.{} OWNER TO {}").format(
            sql.SQL(kinds.get(kind, "TABLE")), sql.Identifier(s), sql.Identifier(name), a))
    functions = conn.execute(
        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = %s", (s,)).fetchall()
    for (signature,) in functions:  # regprocedure text is already quoted and qualified
        conn.execute(sql.SQL("ALTER FUNCTION {} OWNER TO {}").format(sql.SQL(signature), a))


def _make_partition_function(conn, s: str, names: dict[str, str]) -> None:
    from psycopg import sql

    si = sql.Identifier(s)
    conn.execute(sql.SQL(
        """CREATE OR REPLACE FUNCTION {s}.readings_partition(month date) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog AS $f$
DECLARE first date := date_trunc('month', month)::date;
BEGIN
  EXECUTE format('CREATE TABLE IF NOT EXISTS %I.%I PARTITION OF %I.readings FOR VALUES FROM (%L) TO (%L)',
                 {lit}, 'readings_' || to_char(first, 'YYYY_MM'), {lit},
                 first::text || ' 00:00:00+00', (first + interval '1 month')::date::text || ' 00:00:00+00');
  EXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', {lit}, 'readings_' || to_char(first, 'YYYY_MM'));
  EXECUTE format('ALTER TABLE %I.%I FORCE ROW LEVEL SECURITY', {lit}, 'readings_' || to_char(first, 'YYYY_MM'));
END $f$""").format(s=si, lit=sql.Literal(s)))
    conn.execute(sql.SQL("ALTER FUNCTION {}.readings_partition(date) OWNER TO {}").format(
        si, sql.Identifier(names["admin"])))
    conn.execute(sql.SQL("REVOKE ALL ON FUNCTION {}.readings_partition(date) FROM PUBLIC").format(si))
    conn.execute(sql.SQL("GRANT EXECUTE ON FUNCTION {}.readings_partition(date) TO {}, {}").format(
        si, sql.Identifier(names["sensor_ingest"]), sql.Identifier(names["admin"])))


def _store_relations(conn, s: str, kinds: str = "rp") -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s AND c.relkind = ANY(%s) ORDER BY c.relname", (s, list(kinds))).fetchall()]


def _grant_store(conn, s: str, names: dict[str, str]) -> None:
    """Reset every privilege on the store's schema, then grant the matrix."""
    from psycopg import sql

    si = sql.Identifier(s)
    everyone = sql.SQL(", ").join([sql.SQL("PUBLIC")] + [sql.Identifier(r) for b, r in names.items() if b != "admin"])
    conn.execute(sql.SQL("REVOKE ALL ON SCHEMA {} FROM {}").format(si, everyone))
    conn.execute(sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA {} FROM {}").format(si, everyone))
    conn.execute(sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {} FROM {}").format(si, everyone))
    readers = [names[b] for b in ("officer", "analyst", "sensor_ingest")]
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(
        si, sql.SQL(", ").join(sql.Identifier(r) for r in readers)))
    for base, role in names.items():
        if base == "admin":
            continue  # the owner
        for table in permissions.STORE_TABLES:
            grant = permissions.cell(base, table)
            for operation in sorted(grant.operations):
                columns = sql.SQL("")
                if grant.columns and operation == "select":
                    columns = sql.SQL(" ({})").format(sql.SQL(", ").join(sql.Identifier(c) for c in grant.columns))
                conn.execute(sql.SQL("GRANT {}{} ON {}.{} TO {}").format(
                    sql.SQL(operation.upper()), columns, si, sql.Identifier(table), sql.Identifier(role)))
    # the audit is append-only, even for the owner (no UPDATE/DELETE policy either)
    conn.execute(sql.SQL("REVOKE UPDATE, DELETE, TRUNCATE ON {}.audit_log FROM {}").format(
        si, sql.Identifier(names["admin"])))
    # ids of the rows they insert: the sequence of each table a role may insert into, and no other
    serials = conn.execute(
        "SELECT t.relname, s.relname FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i') "
        "JOIN pg_class t ON t.oid = d.refobjid WHERE s.relkind = 'S' "
        "AND s.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = %s)",
        (s,)).fetchall()
    for base, role in names.items():
        for table, sequence in serials:
            if base in permissions.MATRIX and permissions.cell(base, table).allows("insert"):
                conn.execute(sql.SQL("GRANT USAGE ON SEQUENCE {}.{} TO {}").format(
                    si, sql.Identifier(sequence), sql.Identifier(role)))
    # views over what they read
    for view in _store_relations(conn, s, "v"):
        conn.execute(sql.SQL("GRANT SELECT ON {}.{} TO {}, {}").format(
            si, sql.Identifier(view), sql.Identifier(names["officer"]), sql.Identifier(names["analyst"])))


_POLICY_CLAUSES = {"select": "USING (true)", "insert": "WITH CHECK (true)", "update": "USING (true) WITH CHECK (true)",
                   "delete": "USING (true)"}


def _row_level_security(conn, s: str, names: dict[str, str]) -> tuple[int, int]:
    """RLS forced on every table (partitions too); the matrix's policies, the rest dropped. Returns (tables,
    policies)."""
    from psycopg import sql

    si = sql.Identifier(s)
    count = 0
    tables = _store_relations(conn, s, "rp")
    for table in tables:
        ti = sql.Identifier(table)
        conn.execute(sql.SQL("ALTER TABLE {}.{} ENABLE ROW LEVEL SECURITY").format(si, ti))
        conn.execute(sql.SQL("ALTER TABLE {}.{} FORCE ROW LEVEL SECURITY").format(si, ti))
        for (policy,) in conn.execute("SELECT policyname FROM pg_policies WHERE schemaname = %s AND tablename = %s",
                                      (s, table)).fetchall():
            conn.execute(sql.SQL("DROP POLICY {} ON {}.{}").format(sql.Identifier(policy), si, ti))
        if table not in permissions.STORE_TABLES:
            continue  # a partition of the readings: reached through the parent only (no policy: not even its owner)
        for base, role in names.items():
            operations = permissions.cell(base, table).operations
            for operation in sorted(operations & set(_POLICY_CLAUSES)):
                conn.execute(sql.SQL("CREATE POLICY {} ON {}.{} FOR {} TO {} {}").format(
                    sql.Identifier("{}_{}".format(base, operation)), si, ti, sql.SQL(operation.upper()),
                    sql.Identifier(role), sql.SQL(_POLICY_CLAUSES[operation])))
                count += 1
    return len(tables), count


def _investor_views(conn, s: str, names: dict[str, str]) -> list[str]:
    from psycopg import sql

    pub = sql.Identifier(public_schema(s))
    _make_schema(conn, public_schema(s), names["admin"])
    conn.execute(sql.SQL("ALTER SCHEMA {} OWNER TO {}").format(pub, sql.Identifier(names["admin"])))
    conn.execute(sql.SQL("REVOKE ALL ON SCHEMA {} FROM PUBLIC").format(pub))
    made = []
    for view, (table, columns, condition) in permissions.INVESTOR_VIEWS.items():
        vi = sql.Identifier(view)
        conn.execute(sql.SQL("DROP VIEW IF EXISTS {}.{}").format(pub, vi))
        conn.execute(sql.SQL("CREATE VIEW {}.{} WITH (security_barrier) AS SELECT {} FROM {}.{}{}").format(
            pub, vi, sql.SQL(", ").join(sql.Identifier(c) for c in columns), sql.Identifier(s), sql.Identifier(table),
            sql.SQL(" WHERE " + condition) if condition else sql.SQL("")))  # conditions: constants of the module
        conn.execute(sql.SQL("ALTER VIEW {}.{} OWNER TO {}").format(pub, vi, sql.Identifier(names["admin"])))
        # read-only for its owner too (a simple view is updatable through its owner's privileges)
        conn.execute(sql.SQL("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {}.{} FROM {}").format(
            pub, vi, sql.Identifier(names["admin"])))
        conn.execute(sql.SQL("COMMENT ON VIEW {}.{} IS {}").format(
            pub, vi, sql.Literal("Published for investors: " + view)))
        made.append("{}.{}".format(public_schema(s), view))
    readers = [names[b] for b in permissions.ROLES if "public." + next(iter(permissions.INVESTOR_VIEWS))
               in permissions.MATRIX[b] and b != "admin"]
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(
        pub, sql.SQL(", ").join(sql.Identifier(r) for r in readers)))
    conn.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}").format(
        pub, sql.SQL(", ").join(sql.Identifier(r) for r in readers)))
    return made


def _results_schema(conn, s: str, names: dict[str, str]) -> None:
    from psycopg import sql

    res = sql.Identifier(results_schema(s))
    admin, officer, analyst = (sql.Identifier(names[b]) for b in ("admin", "officer", "analyst"))
    _make_schema(conn, results_schema(s), names["admin"])
    conn.execute(sql.SQL("ALTER SCHEMA {} OWNER TO {}").format(res, admin))
    conn.execute(sql.SQL("REVOKE ALL ON SCHEMA {} FROM PUBLIC").format(res))
    conn.execute(sql.SQL("GRANT USAGE, CREATE ON SCHEMA {} TO {}").format(res, analyst))
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(res, officer))
    # what analysts make there (as twin_analyst): every analyst writes it, officers and admins read it (set by a
    # superuser or a member of the analysts' role; they stay when an admin sets up again)
    if not conn.execute("SELECT pg_has_role(current_user, %s, 'USAGE')", (names["analyst"],)).fetchone()[0]:
        return
    conn.execute(sql.SQL("ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA {} GRANT SELECT, INSERT, UPDATE, DELETE "
                         "ON TABLES TO {}, {}").format(analyst, res, analyst, admin))
    conn.execute(sql.SQL("ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA {} GRANT SELECT ON TABLES TO {}").format(
        analyst, res, officer))
    conn.execute(sql.SQL("ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA {} GRANT USAGE ON SEQUENCES TO {}").format(
        analyst, res, analyst))


def _make_schema(conn, name: str, owner: str) -> None:
    """Create a schema owned by the admin role unless it exists (creating needs CREATE on the database)."""
    from psycopg import sql

    if not conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (name,)).fetchone():
        conn.execute(sql.SQL("CREATE SCHEMA {} AUTHORIZATION {}").format(sql.Identifier(name), sql.Identifier(owner)))


def _grant_members(conn, names: dict[str, str], members: list[tuple[str, str]]) -> list[tuple[str, str]]:
    from psycopg import sql

    done = []
    for login, base in members:
        row = conn.execute("SELECT rolcanlogin, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = %s",
                           (login,)).fetchone()
        if row is None:
            raise RoleSetupError("There is no role '{}' in the database; create the login first (its password "
                                 "stays with the database administrator).".format(login), "no_login", login=login)
        if row[1] or row[2]:
            raise RoleSetupError("'{}' is a superuser or bypasses row-level security: it cannot be a member of "
                                 "the twin's roles.".format(login), "login_too_strong", login=login)
        if login in names.values():
            raise RoleSetupError("'{}' is one of the twin's group roles, not a login.".format(login),
                                 "login_is_group", login=login)
        for other_base, other in names.items():  # one role per login
            if other_base != base:
                conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), sql.Identifier(login)))
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(names[base]), sql.Identifier(login)))
        done.append((login, names[base]))
    return done


def _login_warnings(conn, names: dict[str, str]) -> list[str]:
    """Members of the group roles that defeat the design: superusers, BYPASSRLS, or more than one role."""
    rows = conn.execute(
        "SELECT m.rolname, array_agg(g.rolname ORDER BY g.rolname), bool_or(m.rolsuper), bool_or(m.rolbypassrls) "
        "FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
        "WHERE g.rolname = ANY(%s) GROUP BY m.rolname ORDER BY m.rolname", (list(names.values()),)).fetchall()
    warnings = []
    for member, groups, superuser, bypass in rows:
        if superuser or bypass:
            warnings.append("{} is a superuser or bypasses row-level security; row-level security does not hold for "
                            "it.".format(member))
        if len(groups) > 1:
            warnings.append("{} is a member of several twin roles ({}).".format(member, ", ".join(groups)))
    return warnings
