"""dsezatwin:syncmqtt — store the readings an MQTT broker delivers, acknowledged only once committed."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ....dseza_twin_plugin.iot.csv_readings import MappingError
from ....dseza_twin_plugin.iot.mqtt import (
    DEFAULT_TIMEZONE,
    Broker,
    MqttError,
    MqttSource,
    credentials_from_env,
    default_client_id,
    read_mapping,
    split_topics,
    sync_mqtt,
)
from ....dseza_twin_plugin.iot.sensorthings import SensorThingsError
from ....dseza_twin_plugin.store import StoreError
from ....dseza_twin_plugin.toolbelt.auth import qgis_credentials
from ....dseza_twin_plugin.toolbelt.store_messages import store_error_text
from ..base import DsezaAlgorithm


class SyncMqtt(DsezaAlgorithm):
    NAME = "syncmqtt"
    GROUP = "environment"
    BROKER = "BROKER"
    TOPICS = "TOPICS"
    MAPPING = "MAPPING"
    AUTHCFG = "AUTHCFG"
    STORE = "STORE"
    DURATION_S = "DURATION_S"
    MAX_MESSAGES = "MAX_MESSAGES"
    STA_URL = "STA_URL"
    TIMEZONE = "TIMEZONE"
    CLIENT_ID = "CLIENT_ID"
    NEW = "NEW"
    DUPLICATE = "DUPLICATE"
    REJECTED = "REJECTED"
    SENSORS = "SENSORS"
    MESSAGES = "MESSAGES"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Sync MQTT readings")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(
            self.BROKER, self.tr("MQTT broker (host:port)"), defaultValue="127.0.0.1:1883"))
        self.addParameter(QgsProcessingParameterString(
            self.TOPICS, self.tr("Topics (comma-separated; + and # wildcards allowed)")))
        self.addParameter(QgsProcessingParameterString(
            self.MAPPING, self.tr("Field mapping of plain JSON topics (JSON text or a .json file)"), optional=True,
            multiLine=True))
        self.addParameter(QgsProcessingParameterAuthConfig(
            self.AUTHCFG, self.tr("Broker authentication (Basic; optional)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.STORE, self.tr("Twin store (a .gpkg file, or 'service=NAME' for PostGIS)")))
        self.addParameter(QgsProcessingParameterNumber(
            self.DURATION_S, self.tr("Stop after this many seconds (0: until canceled)"),
            QgsProcessingParameterNumber.Double, defaultValue=60.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_MESSAGES, self.tr("Stop after this many messages"),
            QgsProcessingParameterNumber.Integer, optional=True, minValue=1))
        advanced = [
            QgsProcessingParameterString(
                self.STA_URL, self.tr("SensorThings service registering unknown datastreams (optional)"),
                optional=True),
            QgsProcessingParameterString(
                self.TIMEZONE, self.tr("Time zone of times without one"), defaultValue=DEFAULT_TIMEZONE),
            QgsProcessingParameterString(
                self.CLIENT_ID, self.tr("MQTT client id of the persistent session (default: from store and topics)"),
                optional=True),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(parameter)
        for name, title in ((self.NEW, "New readings"), (self.DUPLICATE, "Readings already stored"),
                            (self.REJECTED, "Messages rejected (quarantined)"),
                            (self.SENSORS, "Sensors with readings"), (self.MESSAGES, "Messages stored")):
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(title)))

    def _source(self, parameters, context, store_address: str) -> MqttSource:
        broker = self.parameterAsString(parameters, self.BROKER, context).strip()
        Broker.parse(broker)  # a clear error before anything is opened
        topics = split_topics(self.parameterAsString(parameters, self.TOPICS, context))
        authcfg = self.parameterAsString(parameters, self.AUTHCFG, context)
        if authcfg:
            try:
                credentials = qgis_credentials(authcfg)
            except StoreError as exc:
                raise QgsProcessingException(self.tr(
                    "The authentication configuration '{}' cannot give the broker a user name and password: {}"
                ).format(authcfg, exc)) from exc
        else:
            credentials = credentials_from_env()
        sta_url = self.parameterAsString(parameters, self.STA_URL, context).strip() or None
        if sta_url and not sta_url.lower().startswith(("http://", "https://")):
            raise QgsProcessingException(self.tr("The SensorThings service URL must start with http:// or https://."))
        client_id = (self.parameterAsString(parameters, self.CLIENT_ID, context).strip()
                     or default_client_id(store_address, topics))
        return MqttSource(broker, topics, client_id,
                          mapping=read_mapping(self.parameterAsString(parameters, self.MAPPING, context)),
                          sta_url=sta_url,
                          timezone=self.parameterAsString(parameters, self.TIMEZONE, context).strip()
                          or DEFAULT_TIMEZONE,
                          credentials=credentials)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        address = self.parameterAsString(parameters, self.STORE, context)
        try:
            source = self._source(parameters, context, address)
        except (MqttError, MappingError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        duration = self.parameterAsDouble(parameters, self.DURATION_S, context) or None
        limit = None
        if parameters.get(self.MAX_MESSAGES) not in (None, ""):
            limit = self.parameterAsInt(parameters, self.MAX_MESSAGES, context)

        def progress(pct, text):
            if pct is not None:
                feedback.setProgress(pct)
            feedback.setProgressText(text)

        store = self.open_store(address)
        try:
            store.check_version()
            feedback.pushInfo(self.tr("Listening to {} on {} as client '{}'{}.").format(
                ", ".join(source.topics), source.broker, source.client_id,
                self.tr(" for {:g} s").format(duration) if duration else ""))
            result = sync_mqtt(store, source, duration_s=duration, max_messages=limit,
                               is_canceled=feedback.isCanceled, progress=progress)
        except (MqttError, MappingError, SensorThingsError, StoreError, ValueError) as exc:
            raise QgsProcessingException(store_error_text(exc)) from exc
        finally:
            store.close()
        if result.canceled:
            feedback.pushWarning(self.tr("Canceled: the messages received were stored and acknowledged; the broker "
                                         "keeps the rest for the next run."))
        feedback.pushInfo(self.tr("{} messages: {} new readings, {} already stored, {} rejected (see the quarantine "
                                  "table); {} sensors.").format(result.messages, result.new, result.duplicate,
                                                               result.rejected, result.sensors))
        return {self.NEW: result.new, self.DUPLICATE: result.duplicate, self.REJECTED: result.rejected,
                self.SENSORS: result.sensors, self.MESSAGES: result.messages}
