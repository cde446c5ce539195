"""dsezatwin:loaddemotwin — write the Da Nang demo twin into a store."""

from __future__ import annotations

import datetime as dt

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ....dseza_twin_plugin.store import StoreError, schema
from ....dseza_twin_plugin.store.demo_load import LoadCanceledError, load_demo
from ....dseza_twin_plugin.toolbelt.store_messages import store_error_text
from ..base import DsezaAlgorithm


class LoadDemoTwin(DsezaAlgorithm):
    NAME = "loaddemotwin"
    GROUP = "data"
    STORE = "STORE"
    SEED = "SEED"
    SCALE = "SCALE"
    DAYS = "DAYS"
    END = "END"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Load Da Nang demo twin")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterString(
            self.STORE, self.tr("Twin store (a .gpkg file, or 'service=NAME' for PostGIS)")))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"), QgsProcessingParameterNumber.Integer, 2026))
        self.addParameter(QgsProcessingParameterNumber(
            self.SCALE, self.tr("Scale (multiplies lots and buildings)"), QgsProcessingParameterNumber.Double,
            1.0, minValue=0.1, maxValue=1000))
        self.addParameter(QgsProcessingParameterNumber(
            self.DAYS, self.tr("Days of hourly sensor readings"), QgsProcessingParameterNumber.Integer,
            30, minValue=1, maxValue=3660))
        end = QgsProcessingParameterDateTime(
            self.END, self.tr("End of the readings (default: today 00:00, Da Nang time)"), optional=True)
        end.setFlags(end.flags() | QgsProcessingParameterDateTime.FlagAdvanced)
        self.addParameter(end)
        for layer in schema.LAYERS:
            self.addOutput(QgsProcessingOutputNumber(
                layer.upper(), self.tr("{} written").format(schema.LAYER_TITLES[layer])))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        address = self.parameterAsString(parameters, self.STORE, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        scale = self.parameterAsDouble(parameters, self.SCALE, context)
        days = self.parameterAsInt(parameters, self.DAYS, context)
        end = None
        if parameters.get(self.END) not in (None, ""):
            qend = self.parameterAsDateTime(parameters, self.END, context)
            if not qend.isValid():
                raise QgsProcessingException(self.tr("The end of the readings is not a valid date and time."))
            end = qend.toUTC().toPyDateTime().replace(tzinfo=dt.timezone.utc)
        # Imported here: the generator (numpy, shapely) is not needed to list algorithms.
        from ....dseza_twin_plugin.core.demo import DemoCanceled, build_demo_twin

        store = self.open_store(address)
        try:
            version = store.schema_version()
            if version is None:
                store.create_or_upgrade()
                feedback.pushInfo(self.tr("Created twin store {}.").format(address))
            else:
                store.check_version()
            feedback.pushInfo(self.tr("Generating the demo twin (seed {}, scale {}, {} days)…").format(
                seed, scale, days))
            twin = build_demo_twin(
                seed=seed, scale=scale, days=days, end=end,
                progress=lambda pct, msg: feedback.setProgress(0.4 * pct),
                is_canceled=feedback.isCanceled,
            )

            def on_progress(pct, message):
                feedback.setProgress(40 + 0.6 * pct)
                feedback.setProgressText(message)

            counts = load_demo(store, twin, seed=seed, scale=scale, days=days,
                               progress=on_progress, is_canceled=feedback.isCanceled)
        except (DemoCanceled, LoadCanceledError) as exc:
            raise QgsProcessingException(self.tr("Canceled: the store is unchanged.")) from exc
        except StoreError as exc:
            raise QgsProcessingException(store_error_text(exc)) from exc
        finally:
            store.close()
        for layer, n in counts.items():
            feedback.pushInfo("{}: {}".format(layer, n))
        return {layer.upper(): n for layer, n in counts.items()}
