"""Which connections may do the daily work on a PostGIS store whose roles are set up.

Once ``setuproles`` has run on a store (its ``twin_meta`` has ``roles_prefix``), the plugin refuses to open it
for ordinary work through a connection that logs in as a superuser, a role that bypasses row-level security,
or a role with the privileges of the tables' owner (``twin_admin``): with those, row-level security and the
permissions matrix do not hold, and one careless algorithm could change anything. Those connections remain
for the admin operations — create or upgrade the store (migrations) and set up roles — which the store runs
inside :meth:`~..postgis.PostGISStore.admin_work`.

A store without roles set up (a new store, every test store, a single-user database) is not checked.
"""

from __future__ import annotations

from ..errors import StoreConnectionError, StoreError


class DailyUseRefusedError(StoreConnectionError):
    """A superuser or table-owner connection was used for daily work on a store with roles."""


class PermissionRefusedError(StoreError):
    """The login's role may not do this on the store (the permissions matrix says no)."""


def refused(exc, address: str, user: str) -> PermissionRefusedError:
    """The clean error for PostgreSQL's "permission denied" / row-level security refusal."""
    detail = getattr(getattr(exc, "diag", None), "message_primary", None) or str(exc).strip()
    return PermissionRefusedError(
        "The login '{}' may not do this on the twin store '{}' ({}). Its role does not allow it: see the "
        "permissions matrix (README, Governance and security); nothing was changed.".format(user, address, detail),
        "permission_refused", address=address, login=user, detail=detail)


def check(conn, schema: str, address: str) -> None:
    """Raise :class:`DailyUseRefusedError` when this connection must not do daily work on the store."""
    import psycopg
    from psycopg import sql

    try:
        with conn.transaction():
            if conn.execute("SELECT to_regclass(%s)", (sql.Identifier(schema, "twin_meta").as_string(conn),)
                            ).fetchone()[0] is None:
                return  # no store there yet: nothing to protect
            row = conn.execute(sql.SQL("SELECT value FROM {}.twin_meta WHERE key = 'roles_prefix'").format(
                sql.Identifier(schema))).fetchone()
    except psycopg.errors.InsufficientPrivilege:
        return  # no access to the schema or its table (an investor…): not an owner, not a superuser
    if row is None:
        return  # roles not set up: a single-user store
    admin = row[0] + "admin"
    login, superuser, bypass, owner = conn.execute(
        "SELECT r.rolname, r.rolsuper, r.rolbypassrls, "
        "EXISTS (SELECT 1 FROM pg_roles a WHERE a.rolname = %s AND pg_has_role(r.oid, a.oid, 'USAGE')) "
        "FROM pg_roles r WHERE r.rolname = current_user", (admin,)).fetchone()
    why = "superuser" if superuser else "bypass_rls" if bypass else "owner" if owner else None
    if why is None:
        return
    reason = {"superuser": "is a superuser", "bypass_rls": "bypasses row-level security",
              "owner": "has the privileges of the tables' owner ({})".format(admin)}[why]
    raise DailyUseRefusedError(
        "The connection to the twin store '{}' logs in as '{}', which {}. Roles are set up on this store: daily "
        "work goes through a login granted {}officer, {}analyst, {}sensor_ingest or {}investor, so that the "
        "permissions and row-level security hold. Keep '{}' for 'Create or upgrade twin store' and 'Set up "
        "roles'.".format(address, login, reason, row[0], row[0], row[0], row[0], login),
        "daily_use_refused", address=address, login=login, reason=reason, why=why, admin=admin, prefix=row[0])
