"""dsezatwin:syncsensorthings — pull a SensorThings API service's readings into the twin store, exactly once."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ....dseza_twin_plugin.iot.qgis_transport import QgisTransport
from ....dseza_twin_plugin.iot.sensorthings import (
    RequestsTransport,
    SensorThingsClient,
    SensorThingsError,
    credentials_from_env,
)
from ....dseza_twin_plugin.iot.sync import sync_sensorthings
from ....dseza_twin_plugin.store import StoreError
from ....dseza_twin_plugin.toolbelt.store_messages import store_error_text
from ..base import DsezaAlgorithm


class SyncSensorThings(DsezaAlgorithm):
    NAME = "syncsensorthings"
    GROUP = "environment"
    URL = "URL"
    AUTHCFG = "AUTHCFG"
    STORE = "STORE"
    DATASTREAMS = "DATASTREAMS"
    SINCE = "SINCE"
    MAX_OBSERVATIONS = "MAX_OBSERVATIONS"
    NEW = "NEW"
    DUPLICATE = "DUPLICATE"
    REJECTED = "REJECTED"
    SENSORS = "SENSORS"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Sync SensorThings API readings")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(
            self.URL, self.tr("SensorThings service URL (e.g. https://host/FROST-Server/v1.1)")))
        self.addParameter(QgsProcessingParameterAuthConfig(
            self.AUTHCFG, self.tr("Authentication (QGIS authcfg: Basic, OAuth2…; optional)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.STORE, self.tr("Twin store (a .gpkg file, or 'service=NAME' for PostGIS)")))
        self.addParameter(QgsProcessingParameterString(
            self.DATASTREAMS, self.tr("Only these datastreams (ids or names, comma-separated)"), optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            self.SINCE, self.tr("For datastreams never synced: readings after"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_OBSERVATIONS, self.tr("Stop after about this many observations (whole pages)"),
            QgsProcessingParameterNumber.Integer, optional=True, minValue=1))
        for name, title in ((self.NEW, "New readings"), (self.DUPLICATE, "Readings already stored"),
                            (self.REJECTED, "Observations rejected (quarantined)"),
                            (self.SENSORS, "Sensors registered")):
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(title)))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        url = self.parameterAsString(parameters, self.URL, context).strip()
        if not url.lower().startswith(("http://", "https://")):
            raise QgsProcessingException(self.tr("The service URL must start with http:// or https://."))
        parts = urlsplit(url)
        if parts.username or parts.password:
            raise QgsProcessingException(self.tr(
                "The service URL must not hold a user name or password: put them in a QGIS authentication "
                "configuration and choose it under Authentication."))
        authcfg = self.parameterAsString(parameters, self.AUTHCFG, context)
        wanted = [p.strip() for p in self.parameterAsString(parameters, self.DATASTREAMS, context).split(",")
                  if p.strip()] or None
        since = None
        if parameters.get(self.SINCE) not in (None, ""):
            value = self.parameterAsDateTime(parameters, self.SINCE, context)
            if not value.isValid():
                raise QgsProcessingException(self.tr("SINCE is not a valid date and time."))
            since = dt.datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000.0, dt.timezone.utc)
        limit = None
        if parameters.get(self.MAX_OBSERVATIONS) not in (None, ""):
            limit = self.parameterAsInt(parameters, self.MAX_OBSERVATIONS, context)

        store = self.open_store(self.parameterAsString(parameters, self.STORE, context))
        transport = None
        try:
            if authcfg:  # QGIS's network stack: its proxy settings and any QGIS auth method (Basic, OAuth2…)
                transport = QgisTransport(authcfg, feedback)
                client = SensorThingsClient(url, transport)
            else:  # outside QGIS's auth database: a token or user/password from the environment, if any
                client = SensorThingsClient(url, RequestsTransport(), credentials=credentials_from_env())
            store.check_version()
            result = sync_sensorthings(
                store, url, client=client, datastreams=wanted, since=since, max_observations=limit,
                is_canceled=feedback.isCanceled,
                progress=lambda pct, text: (feedback.setProgress(pct), feedback.setProgressText(text)))
        except (SensorThingsError, StoreError, ValueError) as exc:
            raise QgsProcessingException(store_error_text(exc)) from exc
        finally:
            if transport is not None:
                transport.close()
            store.close()
        if result.canceled:
            feedback.pushWarning(self.tr("Canceled: what was stored so far stays; the next run goes on from there."))
        feedback.pushInfo(self.tr("{} new readings, {} already stored, {} rejected (see the quarantine table); "
                                  "{} sensors.").format(result.new, result.duplicate, result.rejected,
                                                        result.sensors))
        return {self.NEW: result.new, self.DUPLICATE: result.duplicate, self.REJECTED: result.rejected,
                self.SENSORS: result.sensors}
