"""Whether the planning checks can run as SQL in PostGIS (push-down), and why not when they cannot.

Push-down needs every input layer to be a PostgreSQL layer of the same database (same
service, database, host and port) and to be read whole: a layer restricted to its selected
features or to a feature limit is read in QGIS, where the restriction applies.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsDataSourceUri, QgsProcessingFeatureSourceDefinition


@dataclass
class PushdownChoice:
    use_pushdown: bool
    reason: str
    #: per input name: the layer's data source (uri string), for the push-down path
    uris: dict[str, str] = field(default_factory=dict)
    #: libpq keywords of the shared database (service, dbname, host, port, user, sslmode) and authcfg id
    connection: dict[str, str] = field(default_factory=dict)
    authcfg: str = ""


def database_key(uri: QgsDataSourceUri) -> tuple[str, str, str, str]:
    """What makes two PostgreSQL layers live in the same database."""
    return (uri.service(), uri.database(), uri.host(), uri.port())


def _restricted(parameter_value) -> str:
    if isinstance(parameter_value, QgsProcessingFeatureSourceDefinition):
        if parameter_value.selectedFeaturesOnly:
            return "only its selected features are used"
        if parameter_value.featureLimit not in (-1, None) and parameter_value.featureLimit >= 0:
            return "a feature limit is set"
        if getattr(parameter_value, "filterExpression", ""):
            return "a filter expression is set"
    return ""


def choose_pushdown(layers: dict, parameter_values: dict | None = None, wanted: bool = True) -> PushdownChoice:
    """Decide for the given input layers (name → QgsVectorLayer or None for an absent optional input).

    ``parameter_values`` are the raw parameter values (to see "selected features only");
    ``wanted`` is the algorithm's PUSHDOWN switch.
    """
    if not wanted:
        return PushdownChoice(False, "push-down was turned off (PUSHDOWN=false)")
    keys = set()
    uris: dict[str, str] = {}
    first: QgsDataSourceUri | None = None
    for name, layer in layers.items():
        if layer is None:
            continue
        if layer.providerType() != "postgres":
            return PushdownChoice(False, "{} is not a PostGIS layer (provider '{}')".format(
                name, layer.providerType()))
        restriction = _restricted((parameter_values or {}).get(name))
        if restriction:
            return PushdownChoice(False, "{}: {}".format(name, restriction))
        uri = QgsDataSourceUri(layer.source())
        keys.add(database_key(uri))
        uris[name] = layer.source()
        first = first or uri
    if first is None:
        return PushdownChoice(False, "no input layer")
    if len(keys) > 1:
        return PushdownChoice(False, "the input layers live in different PostgreSQL databases")
    connection = {k: v for k, v in (
        ("service", first.service()), ("dbname", first.database()), ("host", first.host()),
        ("port", first.port()), ("user", first.username()), ("sslmode", _sslmode(first)),
    ) if v}
    return PushdownChoice(True, "every input layer is in the same PostGIS database", uris=uris,
                          connection=connection, authcfg=first.authConfigId())


def _sslmode(uri: QgsDataSourceUri) -> str:
    value = uri.param("sslmode") if uri.hasParam("sslmode") else ""
    if value:
        return value
    return {QgsDataSourceUri.SslDisable: "disable", QgsDataSourceUri.SslAllow: "allow",
            QgsDataSourceUri.SslRequire: "require", QgsDataSourceUri.SslVerifyCa: "verify-ca",
            QgsDataSourceUri.SslVerifyFull: "verify-full"}.get(uri.sslMode(), "")
