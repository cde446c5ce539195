"""SensorThings through QGIS's network stack (QgisTransport): QGIS authcfg credentials (Basic, OAuth2 resource
owner grant), in a Processing background task and on the main thread, against the loopback test server — and
no secret in the QGIS log, the algorithm's feedback, Python logging or stderr."""

from __future__ import annotations

import base64
import faulthandler
import json
import sys
import threading
import time
from contextlib import contextmanager

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
)
from sta_server import OAuth2Settings, StaServer, generated_danang

from dseza_twin.dseza_twin_plugin.iot.qgis_transport import QgisTransport
from dseza_twin.dseza_twin_plugin.iot.sensorthings import SensorThingsClient, SensorThingsError
from dseza_twin.dseza_twin_plugin.iot.sync import sync_sensorthings
from dseza_twin.dseza_twin_plugin.store import open_store

BASIC_USER, BASIC_PASSWORD = "officer", "b4sic-S3cret-pw"


class RecordingFeedback(QgsProcessingFeedback):
    """Every text the algorithm shows the user."""

    def __init__(self):
        super().__init__()
        self.texts: list[str] = []

    def pushInfo(self, info):  # noqa: N802 - QGIS API
        self.texts.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802 - QGIS API
        self.texts.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 - QGIS API
        self.texts.append(error)
        super().reportError(error, fatalError)

    def setProgressText(self, text):  # noqa: N802 - QGIS API
        self.texts.append(text)
        super().setProgressText(text)

    def pushDebugInfo(self, info):  # noqa: N802 - QGIS API
        self.texts.append(info)
        super().pushDebugInfo(info)

    def pushConsoleInfo(self, info):  # noqa: N802 - QGIS API
        self.texts.append(info)
        super().pushConsoleInfo(info)


def oauth2_config(server: StaServer, password: str, request_timeout: int = 5) -> str:
    """An OAuth2 configuration of QGIS 3.22's oauth2 method: the resource owner password grant (grantFlow 2,
    the only non-interactive grant of 3.22), the token sent in the Authorization header (accessMethod 0).
    No "state" key: with one, 3.22 cannot load the configuration ("null object for requestor")."""
    settings = server.oauth2
    return json.dumps({
        "configType": 1, "grantFlow": 2, "accessMethod": 0, "version": 1,
        "tokenUrl": server.token_url, "refreshTokenUrl": "", "requestUrl": "", "redirectPort": 7070,
        "clientId": settings.client_id, "clientSecret": settings.client_secret,
        "username": settings.username, "password": password,
        "scope": "", "apiKey": "", "queryPairs": {}, "persistToken": False, "requestTimeout": request_timeout,
        "name": "SensorThings test", "description": "",
    })


@pytest.fixture
def qgis_log(qgis_app):
    """Every QGIS message-log entry (tag, text) while the test runs."""
    messages: list[tuple[str, str]] = []

    def record(text, tag, level):
        messages.append((tag, text))

    log = QgsApplication.messageLog()
    log.messageReceived.connect(record)
    yield messages
    QgsApplication.processEvents()
    log.messageReceived.disconnect(record)


@pytest.fixture
def store_path(tmp_path):
    path = str(tmp_path / "twin.gpkg")
    with open_store(path) as store:
        store.create_or_upgrade()
    return path


def run_in_task(params: dict, timeout: float = 60.0, cancel_when=None) -> tuple[bool, dict, RecordingFeedback]:
    """Run dsezatwin:syncsensorthings as the QGIS GUI does: a Processing task on a background thread,
    the main thread turning its event loop meanwhile (and canceling the task once ``cancel_when()``)."""
    alg = QgsApplication.processingRegistry().createAlgorithmById("dsezatwin:syncsensorthings")
    context, feedback = QgsProcessingContext(), RecordingFeedback()
    task = QgsProcessingAlgRunnerTask(alg, params, context, feedback)
    outcome: dict = {}
    task.executed.connect(lambda ok, results: outcome.update(ok=ok, results=results))
    QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + timeout
    while "ok" not in outcome:
        assert time.monotonic() < deadline, "the background sync did not finish in {} s".format(timeout)
        if cancel_when is not None and cancel_when():
            task.cancel()
            cancel_when = None
        QgsApplication.processEvents()
        time.sleep(0.005)
    return outcome["ok"], outcome["results"], feedback


def run_here(params: dict) -> tuple[dict, RecordingFeedback]:
    """Run it on the main thread, as qgis_process does."""
    from qgis import processing

    feedback = RecordingFeedback()
    return processing.run("dsezatwin:syncsensorthings", params, feedback=feedback), feedback


def counts(results: dict) -> tuple:
    return results["NEW"], results["DUPLICATE"], results["REJECTED"], results["SENSORS"]


@contextmanager
def hang_guard(config, seconds: float = 60.0):
    """A hang fails loudly: after ``seconds`` every thread's traceback goes to the real stderr (not pytest's
    capture) and the test process exits."""
    try:
        from _pytest.faulthandler import fault_handler_stderr_fd_key

        fd = config.stash[fault_handler_stderr_fd_key]
    except (ImportError, KeyError):
        fd = sys.__stderr__.fileno()
    faulthandler.dump_traceback_later(seconds, exit=True, file=fd)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


def assert_no_secret(secrets: list[str], *texts):
    for text in texts:
        for secret in secrets:
            assert secret not in str(text), "a secret appeared in: {!r}".format(str(text)[:300])


def test_basic_authcfg_in_a_background_task(plugin, auth, qgis_log, store_path, capfd, caplog):
    authcfg = auth("Basic", username=BASIC_USER, password=BASIC_PASSWORD)
    wrong = auth("Basic", username=BASIC_USER, password="not-the-pw-1234")
    header = "Basic " + base64.b64encode("{}:{}".format(BASIC_USER, BASIC_PASSWORD).encode()).decode()
    with StaServer(generated_danang(), basic=(BASIC_USER, BASIC_PASSWORD)) as server:
        ok, results, feedback = run_in_task({"URL": server.base_url, "STORE": store_path, "AUTHCFG": authcfg})
        assert ok, feedback.texts
        assert counts(results) == (180, 0, 5, 3)
        assert server.auth_headers and set(server.auth_headers) == {header}
        with open_store(store_path) as store:
            assert store.count("readings") == len(server.valid_readings()) == 180

        # A wrong password, in the background too: Qt hands the server's challenge to the main thread, which
        # has nothing to add; the 401 comes back, refused at once, not retried.
        seen = len(server.requests)
        ok, results, refused = run_in_task({"URL": server.base_url, "STORE": store_path, "AUTHCFG": wrong})
        assert not ok
        assert any("refused access" in t and "(401)" in t and "check the credentials" in t for t in refused.texts)
        assert len(server.requests) == seen + 1
        with pytest.raises(QgsProcessingException, match="does not exist in this QGIS profile"):
            run_here({"URL": server.base_url, "STORE": store_path, "AUTHCFG": "nope123"})
        with pytest.raises(QgsProcessingException, match="must not hold a user name or password"):
            run_here({"URL": server.base_url.replace("http://", "http://u:pw@"), "STORE": store_path})
    QgsApplication.processEvents()
    out, err = capfd.readouterr()
    assert_no_secret([BASIC_PASSWORD, "not-the-pw-1234", header.split()[1]],
                     *qgis_log, *feedback.texts, *refused.texts, caplog.text, out, err)


def test_oauth2_resource_owner_grant_in_a_task_then_on_the_main_thread(plugin, auth, qgis_log, store_path,
                                                                      capfd, caplog, pytestconfig):
    # Tokens live 3 s; QGIS renews one with less than 2 whole seconds to go, so a run 2 s after the token was
    # issued must get a new one — from another thread than the one that got the first (QGIS 3.22 hangs there
    # unless QgisTransport drops the authenticator its background thread made; hang_guard turns a hang into a
    # loud exit after 60 s).
    settings = OAuth2Settings(client_secret="cl1ent-S3cret", password="0wner-S3cret-pw", expires_in=3)
    with StaServer(generated_danang(), oauth2=settings) as server:
        authcfg = auth("OAuth2", oauth2config=oauth2_config(server, settings.password))
        params = {"URL": server.base_url, "STORE": store_path, "AUTHCFG": authcfg}
        with hang_guard(pytestconfig):
            ok, results, feedback = run_in_task(params)
            assert ok, feedback.texts
            assert counts(results) == (180, 0, 5, 3)
            grant = server.token_requests[0]
            assert grant["grant_type"] == "password" and grant["username"] == settings.username
            assert all(h.startswith("Bearer ") for h in server.auth_headers)
            assert {h.split()[1] for h in server.auth_headers} <= set(server.tokens)  # tokens it issued
            fetched = len(server.token_requests)  # one, unless this run took more than a second

            newest = max(server.tokens.values()) - settings.expires_in  # when the last token was issued
            time.sleep(max(0.0, newest + 2.05 - time.monotonic()))  # now it is due for renewal
            again, feedback2 = run_here(params)
        assert counts(again) == (0, 0, 1, 3)
        assert len(server.token_requests) > fetched
        with open_store(store_path) as store:
            assert store.count("readings") == 180

        # Credentials the token endpoint refuses: a clear error, no retries.
        refused = auth("OAuth2", oauth2config=oauth2_config(server, "wrong-0wner-pw"))
        seen = len(server.requests)
        with pytest.raises(QgsProcessingException, match="could not add the credentials.*token endpoint refused"):
            run_here({"URL": server.base_url, "STORE": store_path, "AUTHCFG": refused})
        assert len(server.requests) == seen
        assert server.token_requests[-1]["password"] == "wrong-0wner-pw"
        issued = list(server.tokens)
    QgsApplication.processEvents()
    assert ("OAuth2", "Linking succeeded") in qgis_log
    out, err = capfd.readouterr()
    assert_no_secret([settings.password, settings.client_secret, "wrong-0wner-pw", *issued],
                     *qgis_log, *feedback.texts, *feedback2.texts, caplog.text, out, err)


def test_429_5xx_and_time_outs_through_qgis_are_retried(qgis_app, auth, qgis_log, store_path):
    authcfg = auth("Basic", username=BASIC_USER, password=BASIC_PASSWORD)
    with StaServer(generated_danang(), basic=(BASIC_USER, BASIC_PASSWORD)) as server:
        server.inject("429", retry_after="7")
        server.inject("5xx", match="Datastreams(102)", times=2)
        server.inject("slow", match="Datastreams(103)", delay=1.5)
        waits = []
        with QgisTransport(authcfg) as transport:
            client = SensorThingsClient(server.base_url, transport, sleep=waits.append, timeout=0.5)
            with open_store(store_path) as store:
                result = sync_sensorthings(store, server.base_url, client=client)
                assert (result.new, result.rejected) == (180, 5)
                assert store.count("readings") == 180
        assert waits == [7.0, 0.5, 1.0, 0.5]  # Retry-After, then backoff after each 503, then the time-out
        assert server.observation_requests(101) == 3 + 1 and server.observation_requests(102) == 3 + 2
        assert server.observation_requests(103) == 3 + 1

        # A server that is not there: time-outs of the transport, retried, then a clear error.
        client = SensorThingsClient("http://127.0.0.1:9/v1.1", QgisTransport(), sleep=waits.append, retries=1)
        with pytest.raises(SensorThingsError, match="after 2 attempts"):
            client.datastreams()


def test_cancel_aborts_the_request_in_flight(plugin, auth, store_path):
    authcfg = auth("Basic", username=BASIC_USER, password=BASIC_PASSWORD)
    with StaServer(generated_danang(), basic=(BASIC_USER, BASIC_PASSWORD)) as server:
        held = server.inject("hold", after=1, delay=30)  # the second page of observations hangs
        started = time.monotonic()
        ok, results, feedback = run_in_task({"URL": server.base_url, "STORE": store_path, "AUTHCFG": authcfg},
                                            cancel_when=held.reached.is_set)
        assert time.monotonic() - started < 3
        assert any("Canceled" in t for t in feedback.texts), feedback.texts
        with open_store(store_path) as store:  # the first page stays: 25 observations, 4 of them bad
            assert store.count("readings") == 21

        # On the main thread, the transport alone: the request in flight is aborted, the sync ends canceled.
        held = server.inject("hold", after=1, delay=30)
        feedback = QgsProcessingFeedback()
        threading.Timer(0.0, lambda: held.reached.wait(10) and feedback.cancel()).start()
        with QgisTransport(authcfg, feedback) as transport, open_store(store_path) as store:
            started = time.monotonic()
            result = sync_sensorthings(store, server.base_url, client=SensorThingsClient(server.base_url, transport))
            assert time.monotonic() - started < 3
            assert result.canceled and store.count("readings") == 21 + 25
