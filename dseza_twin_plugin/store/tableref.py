"""Which PostGIS table (or view) a layer reads, and which of its columns play which role.

:class:`TableRef` names a relation, its geometry column, its key and code
columns, the attribute columns the planning measures read (height, floors,
GFA, use for buildings; width for roads; green area for lots), the layer's
subset filter and the connection it lives on. :meth:`TableRef.from_uri` reads
it from a QGIS PostgreSQL data source URI (the text of ``QgsDataSourceUri``,
as ``layer.source()`` gives it) without importing QGIS; :meth:`TableRef.twin`
names the twin store's own layers.

A password found in a URI is never kept: ``conninfo`` holds the other libpq
keys (``service``, ``dbname``, ``host``, ``port``, ``user``, ``sslmode`` …) and
``has_password`` says one was there; connect through the layer's service,
``authcfg`` or ``.pgpass`` instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

#: libpq keys a QGIS URI may carry, kept in ``conninfo`` (``password`` never is).
_LIBPQ_KEYS = ("service", "dbname", "host", "hostaddr", "port", "user", "sslmode", "connect_timeout",
               "sslrootcert", "sslcert", "sslkey", "target_session_attrs", "application_name")
#: The roles of attribute columns a TableRef may name.
ROLES = ("height", "floors", "gfa", "use", "width", "green")


@dataclass(frozen=True)
class TableRef:
    """A relation of a PostGIS database read as a layer.

    ``schema`` None means the connection's ``search_path``. ``pk`` is the
    layer's unique key (QGIS's ``key``); ``code`` the column holding lot or
    building codes. Attribute roles left None are unknown for every feature.
    ``subset`` is the layer's filter (QGIS's ``sql=``), an SQL boolean
    expression over the relation's columns.
    """

    table: str
    schema: str | None = None
    geometry: str = "geom"
    pk: str | None = None
    code: str | None = "code"
    height: str | None = None
    floors: str | None = None
    gfa: str | None = None
    use: str | None = None
    width: str | None = None
    green: str | None = None
    subset: str = ""
    srid: int | None = None
    conninfo: str = ""
    authcfg: str = ""
    has_password: bool = field(default=False, compare=False)

    @property
    def qualified_name(self) -> str:
        """``"schema"."table"`` (for messages)."""
        parts = [self.schema, self.table] if self.schema else [self.table]
        return ".".join('"{}"'.format(p.replace('"', '""')) for p in parts)

    @property
    def database_key(self) -> tuple:
        """What identifies the database and login: equal keys mean one connection reaches both relations."""
        params = dict(_split_conninfo(self.conninfo))
        return tuple(params.get(k, "") for k in ("service", "host", "hostaddr", "port", "dbname", "user")) + (
            self.authcfg,)

    def with_columns(self, **roles: str | None) -> TableRef:
        """A copy naming other columns (``code=``, ``pk=``, ``height=`` …)."""
        unknown = set(roles) - set(ROLES) - {"code", "pk", "geometry", "subset"}
        if unknown:
            raise ValueError("Unknown column role(s): {}; the roles are {}.".format(
                ", ".join(sorted(unknown)), ", ".join(ROLES + ("code", "pk", "geometry", "subset"))))
        return replace(self, **roles)

    @classmethod
    def from_uri(cls, uri: str, **roles: str | None) -> TableRef:
        """Parse a QGIS PostgreSQL data source URI (``QgsDataSourceUri`` text).

        >>> ref = TableRef.from_uri("dbname='twin' host=127.0.0.1 port=5432 user='gis' key='fid' srid=5899 "
        ...     "type=MultiPolygon checkPrimaryKeyUnicity='0' table=\\"twin\\".\\"parcels\\" (geom) "
        ...     "sql=\\"status\\" = 'operating'", green="green_area_m2")
        >>> (ref.schema, ref.table, ref.geometry, ref.pk, ref.srid, ref.subset, ref.green)
        ('twin', 'parcels', 'geom', 'fid', 5899, '"status" = \\'operating\\'', 'green_area_m2')
        >>> ref.conninfo
        'dbname=twin host=127.0.0.1 port=5432 user=gis'
        """
        if not isinstance(uri, str) or "table=" not in uri:
            raise ValueError("Not a PostgreSQL layer source (no table=…): {!r}".format(_without_password(uri)))
        params: dict[str, str] = {}
        schema = table = geometry = None
        subset = ""
        i, n = 0, len(uri)
        while i < n:
            i = _skip_blanks(uri, i)
            start = i
            while i < n and uri[i] != "=" and not uri[i].isspace():
                i += 1
            name = uri[start:i]
            i = _skip_blanks(uri, i)
            if i >= n or uri[i] != "=":
                continue
            i += 1
            if name == "sql":
                subset = uri[_skip_blanks(uri, i):].strip()
                break
            value, i = _value(uri, i)
            if name == "table":
                if i < n and uri[i] == ".":
                    schema, (table, i) = value, _value(uri, i + 1)
                else:
                    table = value
                i = _skip_blanks(uri, i)
                if i < n and uri[i] == "(":
                    geometry, i = _parenthesised(uri, i + 1)
            else:
                params["user" if name == "username" else name] = value
        if not table:
            raise ValueError("The layer source names no table: {!r}".format(_without_password(uri)))
        conn = [(k, v) for k, v in params.items() if k in _LIBPQ_KEYS]  # never the password
        srid = params.get("srid")
        return cls(
            table=table, schema=schema or params.get("schema") or None, geometry=geometry or "geom",
            pk=params.get("key") or None, subset=subset,
            srid=int(srid) if srid and srid.lstrip("-").isdigit() else None,
            conninfo=" ".join("{}={}".format(k, _quote(v)) for k, v in conn),
            authcfg=params.get("authcfg", ""), has_password=bool(params.get("password")),
        ).with_columns(**roles)

    @classmethod
    def twin(cls, layer: str, schema: str = "twin", conninfo: str = "", authcfg: str = "") -> TableRef:
        """The twin store's ``parcels``, ``buildings`` or ``roads`` (``network_links`` that are roads)."""
        common = {"schema": schema, "geometry": "geom", "pk": "fid", "conninfo": conninfo, "authcfg": authcfg,
                  "srid": 5899}
        if layer == "parcels":
            return cls("parcels", green="green_area_m2", **common)
        if layer == "buildings":
            return cls("buildings", height="height_m", floors="floors", gfa="gfa_m2", use="use", **common)
        if layer in ("roads", "network_links"):
            return cls("network_links", width="width_m", subset="\"network\" = 'road'", **common)
        raise ValueError("The twin layers measured are parcels, buildings and roads, not {!r}.".format(layer))


def _skip_blanks(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _value(text: str, i: int) -> tuple[str, int]:
    """A value at ``i``: quoted ('…' or "…", backslash escapes) or up to the next blank."""
    i = _skip_blanks(text, i)
    n = len(text)
    out = []
    if i < n and text[i] in "'\"":
        quote = text[i]
        i += 1
        while i < n:
            c = text[i]
            if c == "\\" and i + 1 < n and text[i + 1] in (quote, "\\"):
                out.append(text[i + 1])
                i += 2
                continue
            if c == quote:
                i += 1
                break
            out.append(c)
            i += 1
    else:
        while i < n and not text[i].isspace():
            c = text[i]
            if c == "\\" and i + 1 < n and text[i + 1] in ("\\", "'"):
                out.append(text[i + 1])
                i += 2
                continue
            out.append(c)
            i += 1
    return "".join(out), _skip_blanks(text, i)


def _parenthesised(text: str, i: int) -> tuple[str, int]:
    """The geometry column of ``table=… (column)``, with ``\\)`` and ``\\\\`` escapes."""
    out = []
    while i < len(text) and text[i] != ")":
        if text[i] == "\\" and i + 1 < len(text):
            i += 1
        out.append(text[i])
        i += 1
    return "".join(out), i + 1


def _quote(value: str) -> str:
    if value and re.fullmatch(r"[^\s'\\]+", value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _split_conninfo(conninfo: str) -> list[tuple[str, str]]:
    out = []
    i = 0
    while i < len(conninfo):
        i = _skip_blanks(conninfo, i)
        start = i
        while i < len(conninfo) and conninfo[i] not in "= ":
            i += 1
        name = conninfo[start:i]
        i = _skip_blanks(conninfo, i)
        if i >= len(conninfo) or conninfo[i] != "=":
            break
        value, i = _value(conninfo, i + 1)
        out.append((name, value))
    return out


def _without_password(uri) -> str:
    return re.sub(r"password=('(\\.|[^'])*'|\S+)", "password=…", str(uri))
