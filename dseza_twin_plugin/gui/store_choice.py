"""Which twin store QGIS desktop works on: the address built from an officer's choices, and remembered.

The address is the same string the Processing algorithms' STORE parameter takes: a ``.gpkg`` path, or a
libpq string such as ``service=dseza_twin schema=twin`` or ``host=db.dseza.vn dbname=twin authcfg=ab12cd3
schema=twin``. A password never gets into it: a saved QGIS PostgreSQL connection that keeps its password in
clear is refused, with a message saying what to use instead (an authentication configuration or a
``pg_service``). The address is remembered in the user's QGIS settings and in the project.

Only :func:`address_from_connection_uri` and the ``remember`` functions touch QGIS (``qgis.core``); the rest is
plain Python.

>>> build_store_address("service", service="dseza_twin", schema="pilot")
'service=dseza_twin schema=pilot'
>>> build_store_address("authcfg", authcfg="ab12cd3", host="db.dseza.vn", dbname="twin")
'dbname=twin host=db.dseza.vn authcfg=ab12cd3'
"""

from __future__ import annotations

from ..store.address import DEFAULT_SCHEMA, parse_store_address
from ..store.errors import StoreAddressError

#: QgsSettings key and project entry (scope, key) where the chosen store address is kept.
SETTINGS_KEY = "dseza_twin/store_address"
PROJECT_SCOPE = "dseza_twin"
PROJECT_KEY = "store_address"

KINDS = ("gpkg", "connection", "service", "authcfg")


def tr(text: str) -> str:
    from qgis.PyQt.QtCore import QCoreApplication

    return QCoreApplication.translate("StoreChoice", text)


class StoreChoiceError(StoreAddressError):
    """The choices do not make a store address a GIS officer may keep; the message says what to do."""


def _clean(value) -> str:
    return str(value or "").strip()


def build_store_address(
    kind: str,
    *,
    path: str = "",
    service: str = "",
    authcfg: str = "",
    host: str = "",
    port: str = "",
    dbname: str = "",
    user: str = "",
    sslmode: str = "",
    password: str = "",
    schema: str = DEFAULT_SCHEMA,
    connection_name: str = "",
) -> str:
    """The store address of a choice ``kind`` (one of :data:`KINDS`) and its fields.

    * ``gpkg``: ``path`` of a GeoPackage file;
    * ``service``: a ``pg_service`` name (the connection's details and credentials in pg_service.conf / .pgpass);
    * ``authcfg``: an authentication configuration id of QGIS, with ``host`` (``port``) and ``dbname``;
    * ``connection``: the fields of a saved QGIS PostgreSQL connection (service or host/dbname, its authcfg);
      ``connection_name`` only names it in messages.

    Raises :class:`StoreChoiceError` when a ``password`` is given (refused whatever the kind), when a field the
    kind needs is missing, or when the address is not one the store accepts.
    """
    kind = _clean(kind)
    if kind not in KINDS:
        raise StoreChoiceError(tr("Unknown kind of twin store '{}': choose one of {}.").format(kind, ", ".join(KINDS)))
    schema = _clean(schema) or DEFAULT_SCHEMA
    if _clean(password):
        if kind == "connection":
            raise StoreChoiceError(tr(
                "The saved PostgreSQL connection '{}' keeps its password in clear in the QGIS settings; DSEZA Twin "
                "does not use it, so that the password never reaches a project file or the settings. Edit the "
                "connection (Data Source Manager › PostgreSQL): keep the credentials in an authentication "
                "configuration (authcfg), or use a pg_service, and connect again.").format(connection_name))
        raise StoreChoiceError(tr(
            "A password is never kept with the twin store. Keep it in a QGIS authentication configuration "
            "(authcfg) or in a pg_service / .pgpass file, and give the authcfg id or the service name instead."))
    if kind == "gpkg":
        path = _clean(path)
        if not path:
            raise StoreChoiceError(tr("Choose the GeoPackage file of the twin store (a .gpkg file)."))
        if not path.lower().endswith(".gpkg"):
            raise StoreChoiceError(tr("'{}' is not a GeoPackage file: its name must end in .gpkg.").format(path))
        address = path
    else:
        fields = {
            "service": _clean(service),
            "dbname": _clean(dbname),
            "host": _clean(host),
            "port": _clean(port),
            "user": _clean(user),
            "sslmode": _clean(sslmode),
        }
        authcfg = _clean(authcfg)
        if kind == "service":
            if not fields["service"]:
                raise StoreChoiceError(tr("Give the name of the PostgreSQL service (a section of pg_service.conf)."))
            fields = {"service": fields["service"]}
            authcfg = ""
        elif kind == "authcfg":
            if not authcfg:
                raise StoreChoiceError(tr("Choose the QGIS authentication configuration that holds the credentials."))
            if not fields["host"] or not fields["dbname"]:
                raise StoreChoiceError(tr("With an authentication configuration, give the database server (host) "
                                       "and the database name."))
            fields.pop("service")
            fields.pop("user")  # the authcfg gives the user
        elif not fields["service"] and not fields["dbname"]:
            raise StoreChoiceError(
                tr("The saved PostgreSQL connection '{}' names neither a service nor a database.").format(
                    connection_name))
        if fields.get("sslmode") == "prefer":
            fields.pop("sslmode")  # libpq's default; QGIS writes it into every connection
        parts = ["{}={}".format(k, _quote(v)) for k, v in fields.items() if v]
        if authcfg:
            parts.append("authcfg={}".format(_quote(authcfg)))
        if schema != DEFAULT_SCHEMA:
            parts.append("schema={}".format(_quote(schema)))
        address = " ".join(parts)
    try:
        parsed = parse_store_address(address)
    except StoreAddressError as exc:
        from ..toolbelt.store_messages import store_error_text  # Qt's translation: imported only here

        raise StoreChoiceError(store_error_text(exc)) from exc
    if not parsed.is_gpkg and schema != parsed.schema:
        raise StoreChoiceError(
            tr("The schema name '{}' is not a plain identifier (letters, digits, _).").format(schema))
    return address


def _quote(value: str) -> str:
    if value and all(c not in value for c in " '\\\"\t\n"):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def address_from_connection_uri(name: str, uri: str, schema: str = DEFAULT_SCHEMA, password_saved: bool = False) -> str:
    """The store address of a saved QGIS PostgreSQL connection, from its uri (``QgsProviderConnection.uri()``).

    Takes the service, host, port, database, user, SSL mode and authcfg id; refuses a connection that keeps a
    password in clear (:class:`StoreChoiceError`): in its uri, or (``password_saved``) in the QGIS settings.
    """
    from qgis.core import QgsDataSourceUri

    source = QgsDataSourceUri(uri)
    if password_saved and not source.password():
        source.setPassword("saved")
    return build_store_address(
        "connection",
        connection_name=name,
        service=source.service(),
        host=source.host(),
        port=source.port(),
        dbname=source.database(),
        user=source.username(),
        sslmode=QgsDataSourceUri.encodeSslMode(source.sslMode()),
        authcfg=source.authConfigId(),
        password=source.password(),
        schema=schema,
    )


def saved_postgres_connections() -> dict[str, str]:
    """``{name: uri}`` of the PostgreSQL connections saved in QGIS (Data Source Manager)."""
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    if metadata is None:
        return {}
    return {name: connection.uri() for name, connection in metadata.connections().items()}


def connection_password_saved(name: str) -> bool:
    """Whether QGIS keeps a password in clear for the saved PostgreSQL connection ``name``.

    (QGIS 3.22 writes the password into the settings even where the connection's uri leaves it out.)
    """
    from qgis.core import QgsSettings

    return bool(QgsSettings().value("PostgreSQL/connections/{}/password".format(name), "", type=str))


def remember_store(address: str, project=None) -> None:
    """Keep ``address`` in the QGIS settings and in ``project`` (default: the current project).

    Refuses (:class:`StoreAddressError`) an address that is not valid or that holds a password.
    """
    from qgis.core import QgsProject, QgsSettings

    parse_store_address(address)  # a password or a bad address is refused here
    QgsSettings().setValue(SETTINGS_KEY, address)
    (project or QgsProject.instance()).writeEntry(PROJECT_SCOPE, PROJECT_KEY, address)


def remembered_store(project=None) -> str:
    """The store of ``project`` (default: the current project), else the one last chosen in QGIS; "" if none."""
    from qgis.core import QgsProject, QgsSettings

    value, ok = (project or QgsProject.instance()).readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
    if ok and value:
        return str(value)
    return str(QgsSettings().value(SETTINGS_KEY, "", type=str) or "")
