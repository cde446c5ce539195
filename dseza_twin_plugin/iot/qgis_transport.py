"""HTTP for the SensorThings client through QGIS's own network stack.

:class:`QgisTransport` performs each GET with ``QgsBlockingNetworkRequest``, so
QGIS's proxy and SSL settings apply and, with an ``authcfg``, whatever QGIS
authentication method that configuration uses (Basic, OAuth2, …) adds its
credentials to the request. QgsBlockingNetworkRequest is thread safe: it runs
on the main thread (``qgis_process``) and in the background thread of a
Processing task alike.

Only the ``authcfg`` id is ever seen here: user names, passwords and tokens
stay inside QGIS's authentication manager and never reach a log.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping

from qgis.core import QgsApplication, QgsBlockingNetworkRequest, QgsFeedback
from qgis.PyQt.QtCore import QByteArray, QCoreApplication, QThread, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from .sensorthings import Response, SensorThingsError, Transport, TransportTimeoutError
from .sync import SyncCanceledError


def _on_main_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


def _auth_failed_message() -> str:
    """QgsBlockingNetworkRequest's message when the authentication method could not update a request."""
    return QCoreApplication.translate("QgsBlockingNetworkRequest",
                                      "network request update failed for authentication config")


class QgisTransport(Transport):
    """One GET through ``QgsBlockingNetworkRequest``, authenticated by a QGIS ``authcfg`` when given.

    ``feedback`` (a Processing feedback, optional): canceling it aborts the request in flight and
    cancels the sync (:class:`~.sync.SyncCanceledError`). The client's ``timeout`` bounds every
    request; QGIS's own network time-out setting applies as well.

    On a background thread, QGIS 3.22's OAuth2 method keeps its authenticator object on the thread
    that first used it, and a later token request from another thread then never completes (fixed
    in QGIS 3.40, pull request 59557). So off the main thread the cached authenticator of the
    ``authcfg`` is dropped before the first request and by :meth:`close` (use the transport as a
    context manager): the next one is made on the thread that uses it. The token is fetched again
    when needed; nothing else changes.
    """

    def __init__(self, authcfg: str | None = None, feedback: QgsFeedback | None = None):
        self.authcfg = authcfg or None
        self.feedback = feedback
        self._prepared = False
        if self.authcfg is not None:
            manager = QgsApplication.authManager()
            if manager is None or self.authcfg not in manager.configIds():
                raise SensorThingsError(
                    "The QGIS authentication configuration '{}' does not exist in this QGIS profile. "
                    "Create it under Settings > Options > Authentication.".format(self.authcfg))

    def __enter__(self) -> QgisTransport:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _forget_authenticator(self) -> None:
        if self.authcfg is not None and not _on_main_thread():
            QgsApplication.authManager().clearCachedConfig(self.authcfg)

    def close(self) -> None:
        """Leave no authenticator bound to this (background) thread, which may end soon."""
        if self._prepared:
            self._forget_authenticator()
            self._prepared = False

    def _watch(self, abort: QgsFeedback, finished: threading.Event, deadline: float) -> None:
        while not finished.wait(min(0.05, max(0.0, deadline - time.monotonic()))):
            if time.monotonic() >= deadline or (self.feedback is not None and self.feedback.isCanceled()):
                abort.cancel()
                return

    def get(self, url: str, headers: Mapping[str, str], timeout: float) -> Response:
        if self.feedback is not None and self.feedback.isCanceled():
            raise SyncCanceledError()
        if not self._prepared:
            self._forget_authenticator()
            self._prepared = True
        request = QNetworkRequest(QUrl(url))
        for name, value in headers.items():
            request.setRawHeader(QByteArray(name.encode("latin-1")), QByteArray(value.encode("latin-1")))
        blocking = QgsBlockingNetworkRequest()
        if self.authcfg is not None:
            blocking.setAuthCfg(self.authcfg)

        # This request's own feedback, canceled (from a watcher thread) when the time is up or the user cancels.
        abort = QgsFeedback()
        finished = threading.Event()
        watcher = threading.Thread(target=self._watch, args=(abort, finished, time.monotonic() + timeout),
                                   name="QgisTransport watch", daemon=True)
        watcher.start()
        try:
            error = blocking.get(request, True, abort)  # True: never answer from QGIS's network cache
        finally:
            finished.set()
            watcher.join()
        if self.feedback is not None and self.feedback.isCanceled():
            raise SyncCanceledError()
        if abort.isCanceled():
            raise TransportTimeoutError("no answer within {:g} s".format(timeout))
        if error == QgsBlockingNetworkRequest.TimeoutError:
            raise TransportTimeoutError("QGIS network time-out")

        reply = blocking.reply()
        status = reply.attribute(QNetworkRequest.HttpStatusCodeAttribute)
        if status is None:  # no HTTP answer at all
            if error == QgsBlockingNetworkRequest.NetworkError and blocking.errorMessage() == _auth_failed_message():
                raise SensorThingsError(
                    "QGIS could not add the credentials of the authentication configuration '{}' to the "
                    "request: the authentication database is locked, or (OAuth2) the token endpoint refused "
                    "the credentials or did not answer. See the QGIS log (OAuth2 and Network tabs)."
                    .format(self.authcfg))
            raise TransportTimeoutError(blocking.errorMessage() or "no answer")
        headers_in = {bytes(name).decode("latin-1"): bytes(reply.rawHeader(name)).decode("latin-1")
                      for name in reply.rawHeaderList()}
        return Response(int(status), bytes(reply.content()), headers_in)
