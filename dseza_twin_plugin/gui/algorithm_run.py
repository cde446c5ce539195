"""Run one of the plugin's Processing algorithms in the background from a dock or dialog.

The same algorithm ``qgis_process`` and the Model Designer run, in a ``QgsProcessingAlgRunnerTask``: QGIS's task
manager shows its progress and can cancel it; QGIS never freezes. The context and feedback stay on the run object
until the task ends; :attr:`AlgorithmRun.done` brings the outcome back on the main thread, with the error the
algorithm raised (a ``QgsProcessingException``, in the officer's words) when it failed.
"""

from __future__ import annotations

import logging

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

log = logging.getLogger(__name__)

#: Runs whose task has not ended: the task holds the context and the feedback by plain pointers, so they must
#: outlive it even when the dialog that started the run is closed and deleted meanwhile.
_RUNNING: set = set()


def is_registered(algorithm_id: str) -> bool:
    return QgsApplication.processingRegistry().algorithmById(algorithm_id) is not None


class CollectingFeedback(QgsProcessingFeedback):
    """Feedback that keeps the errors and messages the algorithm reports (from its worker thread)."""

    def __init__(self):
        super().__init__()
        self.errors: list[str] = []
        self.messages: list[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 - QGIS API
        self.errors.append(str(error))
        super().reportError(error, fatalError)

    def pushInfo(self, info):  # noqa: N802 - QGIS API
        self.messages.append(str(info))
        super().pushInfo(info)


class AlgorithmRun(QObject):
    """One background run of ``algorithm_id`` with ``parameters``.

    :attr:`done` ``(ok, results, error)``: ``results`` is the algorithm's outputs dict, ``error`` the text of
    what went wrong (empty when ``ok``). A canceled run ends with ``ok`` False and an empty error.
    """

    done = pyqtSignal(bool, dict, str)

    def __init__(self, algorithm_id: str, parameters: dict, project: QgsProject | None = None):
        super().__init__()  # no parent: it lives until its task ends (see _RUNNING)
        self.algorithm_id = algorithm_id
        self.parameters = dict(parameters)
        self.project = project or QgsProject.instance()
        self.context: QgsProcessingContext | None = None
        self.feedback: CollectingFeedback | None = None
        self.task: QgsProcessingAlgRunnerTask | None = None
        self.algorithm = None
        self.results: dict = {}
        self.running = False

    def start(self) -> bool:
        """Queue the task; False when the algorithm is not registered (nothing runs)."""
        self.algorithm = QgsApplication.processingRegistry().createAlgorithmById(self.algorithm_id)
        if self.algorithm is None:
            return False
        self.context = QgsProcessingContext()
        self.context.setProject(self.project)
        self.feedback = CollectingFeedback()
        self.task = QgsProcessingAlgRunnerTask(self.algorithm, self.parameters, self.context, self.feedback)
        self.task.executed.connect(self._executed)
        self.running = True
        _RUNNING.add(self)
        QgsApplication.taskManager().addTask(self.task)
        return True

    def cancel(self) -> None:
        if self.running and self.task is not None:
            self.task.cancel()

    def _executed(self, ok: bool, results: dict) -> None:
        self.running = False
        _RUNNING.discard(self)
        self.results = dict(results or {})
        canceled = self.feedback is not None and self.feedback.isCanceled()
        error = ""
        if not ok and not canceled:
            error = "\n".join(self.feedback.errors).strip() if self.feedback else ""
            error = error or "The algorithm {} failed.".format(self.algorithm_id)
            log.warning("%s failed: %s", self.algorithm_id, error)
        self.task = None
        self.done.emit(bool(ok) and not canceled, self.results, error)

    def load_result_layers(self) -> list:
        """Put the layers the run made (outputs given a ``destinationProject``) into the project, each styled by
        the post-processor the algorithm set (its QML from resources/styles/); returns them."""
        loaded = []
        if self.context is None:
            return loaded
        for source, details in self.context.layersToLoadOnCompletion().items():
            layer = QgsProcessingUtils.mapLayerFromString(source, self.context, typeHint=details.layerTypeHint)
            if layer is None:
                continue
            details.setOutputLayerName(layer)
            owned = self.context.temporaryLayerStore().takeMapLayer(layer)
            (details.project or self.project).addMapLayer(owned or layer)
            if details.postProcessor() is not None:
                details.postProcessor().postProcessLayer(layer, self.context, self.feedback)
            loaded.append(layer)
        self.context.setLayersToLoadOnCompletion({})
        return loaded
