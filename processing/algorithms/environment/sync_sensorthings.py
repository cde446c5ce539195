"""dsezatwin:syncsensorthings — pull a SensorThings API service's readings into the twin store, exactly once."""

from __future__ import annotations

import base64
import datetime as dt

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ....dseza_twin_plugin.iot.sensorthings import (
    RequestsTransport,
    SensorThingsClient,
    SensorThingsError,
    credentials_from_env,
)
from ....dseza_twin_plugin.iot.sync import sync_sensorthings
from ....dseza_twin_plugin.store import StoreError
from ....dseza_twin_plugin.toolbelt.auth import qgis_credentials
from ..base import DsezaAlgorithm


def _basic_from_authcfg(authcfg: str):
    """Authorization header of a Basic QGIS authentication configuration, read at request time."""

    def headers() -> dict:
        creds = qgis_credentials(authcfg)
        token = "{}:{}".format(creds["user"], creds["password"]).encode("utf-8")
        return {"Authorization": "Basic " + base64.b64encode(token).decode("ascii")}

    return headers


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
            self.AUTHCFG, self.tr("Authentication (Basic; optional)"), optional=True))
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
        authcfg = self.parameterAsString(parameters, self.AUTHCFG, context)
        credentials = _basic_from_authcfg(authcfg) if authcfg else credentials_from_env()
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

        client = SensorThingsClient(url, RequestsTransport(), credentials=credentials)
        store = self.open_store(self.parameterAsString(parameters, self.STORE, context))
        try:
            store.check_version()
            result = sync_sensorthings(
                store, url, client=client, datastreams=wanted, since=since, max_observations=limit,
                is_canceled=feedback.isCanceled,
                progress=lambda pct, text: (feedback.setProgress(pct), feedback.setProgressText(text)))
        except (SensorThingsError, StoreError, ValueError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        finally:
            store.close()
        if result.canceled:
            feedback.pushWarning(self.tr("Canceled: what was stored so far stays; the next run goes on from there."))
        feedback.pushInfo(self.tr("{} new readings, {} already stored, {} rejected (see the quarantine table); "
                                  "{} sensors.").format(result.new, result.duplicate, result.rejected,
                                                        result.sensors))
        return {self.NEW: result.new, self.DUPLICATE: result.duplicate, self.REJECTED: result.rejected,
                self.SENSORS: result.sensors}
