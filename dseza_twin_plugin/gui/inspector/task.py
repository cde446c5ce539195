"""A background query on the twin store: its own connection, results handed back on the main thread."""

from __future__ import annotations

import logging
from collections.abc import Callable

from qgis.core import QgsTask

log = logging.getLogger(__name__)


class StoreQueryTask(QgsTask):
    """Runs ``work(store)`` in a QGIS task on a store connection opened (and closed) in the task's thread.

    ``done(task)`` is called on the main thread when the task ends (``task.result`` or ``task.error``); a
    canceled task's ``done`` is still called, with ``task.isCanceled()`` true, so the caller can forget it.
    Connections are never shared between threads: the store is opened inside :meth:`run`.
    """

    def __init__(self, description: str, address: str, credentials, work: Callable, done: Callable):
        super().__init__(description, QgsTask.CanCancel)
        self.address = address
        self.credentials = credentials
        self.work = work
        self.done = done
        self.result = None
        self.error: Exception | None = None

    def run(self) -> bool:  # noqa: D102 - QgsTask API, runs in a worker thread
        try:
            from ...store import open_store

            with open_store(self.address, credentials=self.credentials) as store:
                if self.isCanceled():
                    return False
                self.result = self.work(store)
            return not self.isCanceled()
        except BaseException as exc:  # handed to the GUI, which tells the user (an escaping one aborts QGIS)
            log.debug("Inspector query failed", exc_info=True)
            self.error = exc
            return False

    def finished(self, ok: bool) -> None:  # noqa: D102 - QgsTask API, main thread
        done, self.done, self.work = self.done, None, None
        if done is not None:
            done(self)
