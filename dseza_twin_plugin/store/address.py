"""Parse the one string that addresses a twin store.

A store is a path ending in ``.gpkg`` (GeoPackage) or a libpq connection
string (``service=NAME`` or ``dbname=… host=… port=… user=…``), which may also
carry ``authcfg=ID`` (credentials kept in the QGIS authentication database)
and ``schema=NAME`` (default ``twin``). A password in the string is refused:
it would end up in project files, models and shell histories.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field

from .errors import StoreAddressError

DEFAULT_SCHEMA = "twin"
_LIBPQ_KEYS = {
    "service",
    "dbname",
    "host",
    "hostaddr",
    "port",
    "user",
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "connect_timeout",
    "application_name",
    "options",
    "target_session_attrs",
}
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


@dataclass(frozen=True)
class StoreAddress:
    """Where a twin store lives: ``kind`` is ``"gpkg"`` or ``"postgis"``."""

    kind: str
    path: str = ""
    params: dict[str, str] = field(default_factory=dict)
    authcfg: str = ""
    schema: str = DEFAULT_SCHEMA

    @property
    def is_gpkg(self) -> bool:
        return self.kind == "gpkg"

    def libpq_conninfo(self) -> str:
        """The connection string without our own keys (authcfg, schema)."""
        return " ".join("{}={}".format(k, _quote(v)) for k, v in self.params.items())

    def __str__(self) -> str:
        if self.is_gpkg:
            return self.path
        extra = {}
        if self.authcfg:
            extra["authcfg"] = self.authcfg
        if self.schema != DEFAULT_SCHEMA:
            extra["schema"] = self.schema
        parts = [self.libpq_conninfo()] + ["{}={}".format(k, v) for k, v in extra.items()]
        return " ".join(p for p in parts if p)


def _quote(value: str) -> str:
    if value and re.fullmatch(r"[^\s'\\]+", value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def parse_store_address(text: str) -> StoreAddress:
    """Parse a store string.

    >>> parse_store_address("out/danang_twin.gpkg").kind
    'gpkg'
    >>> a = parse_store_address("service=dseza authcfg=ab12cd3 schema=pilot")
    >>> (a.kind, a.params, a.authcfg, a.schema)
    ('postgis', {'service': 'dseza'}, 'ab12cd3', 'pilot')
    """
    text = (text or "").strip()
    if not text:
        raise StoreAddressError(
            "No twin store was given. Give a GeoPackage file (ending in .gpkg) or a PostgreSQL "
            "connection such as 'service=dseza_twin'.", "no_address"
        )
    if text.lower().endswith(".gpkg"):
        return StoreAddress(kind="gpkg", path=text)
    if "=" not in text:
        raise StoreAddressError(
            "'{}' is neither a GeoPackage file (it must end in .gpkg) nor a PostgreSQL connection "
            "(such as 'service=dseza_twin' or 'dbname=twin host=localhost').".format(text), "not_an_address",
            address=text
        )
    try:
        tokens = shlex.split(text, posix=True)
    except ValueError as exc:
        raise StoreAddressError("The store connection '{}' cannot be read: {}.".format(text, exc)) from exc
    params: dict[str, str] = {}
    authcfg = ""
    schema = DEFAULT_SCHEMA
    for token in tokens:
        key, sep, value = token.partition("=")
        key = key.strip().lower()
        if not sep or not key:
            raise StoreAddressError(
                "In the store connection, '{}' is not of the form key=value.".format(token)
            )
        if key in ("password", "passwd"):
            raise StoreAddressError(
                "A password must not be written in the store connection. Keep it in a "
                "pg_service.conf / .pgpass file or in the QGIS authentication database and give "
                "'service=NAME' or 'authcfg=ID' instead."
            )
        if key == "authcfg":
            authcfg = value
        elif key == "schema":
            if not _IDENTIFIER.match(value):
                raise StoreAddressError(
                    "The schema name '{}' is not a plain identifier (letters, digits, _).".format(value)
                )
            schema = value
        elif key in _LIBPQ_KEYS:
            params[key] = value
        else:
            raise StoreAddressError(
                "'{}' is not a PostgreSQL connection option the twin store understands.".format(key)
            )
    if not params.get("service") and not params.get("dbname"):
        raise StoreAddressError(
            "The PostgreSQL connection names neither a service nor a database: add "
            "'service=NAME' or 'dbname=NAME'."
        )
    return StoreAddress(kind="postgis", params=params, authcfg=authcfg, schema=schema)
