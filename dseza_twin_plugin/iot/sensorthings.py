"""A client of the OGC SensorThings API 1.0/1.1 (HTTP), behind a small transport interface.

The client reads Things (with their Locations), Datastreams (with ObservedProperty
and unitOfMeasurement) and the Observations of a datastream newer than a
watermark (``$filter=phenomenonTime gt …``, ``$orderby=phenomenonTime asc``).
Pages are followed through ``@iot.nextLink`` only — never by ``$skip``
arithmetic — and a link seen twice stops the walk with a clear error.

Time-outs, 5xx answers and truncated JSON are retried with bounded exponential
backoff; ``429 Too Many Requests`` waits for ``Retry-After``. Credentials come
from a callable (a QGIS ``authcfg`` resolver) or the environment and are never
logged: the transport gets them as request headers only.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import os
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from urllib.parse import quote, urljoin, urlsplit

log = logging.getLogger(__name__)

#: Environment variables read by :func:`credentials_from_env`.
ENV_TOKEN = "DSEZA_STA_TOKEN"
ENV_USER = "DSEZA_STA_USER"
ENV_PASSWORD = "DSEZA_STA_PASSWORD"


class SensorThingsError(Exception):
    """The server could not be read; the message says why in plain words."""


class TransportTimeoutError(Exception):
    """The server did not answer in time (or the connection broke)."""


@dataclass
class Response:
    status: int
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)

    def header(self, name: str) -> str | None:
        for key, value in self.headers.items():
            if key.lower() == name.lower():
                return value
        return None


class Transport:
    """What the client needs from HTTP: one GET. Raise :class:`TransportTimeoutError` on time-outs."""

    def get(self, url: str, headers: Mapping[str, str], timeout: float) -> Response:  # pragma: no cover
        raise NotImplementedError


class RequestsTransport(Transport):
    """HTTP through ``requests`` (outside QGIS, and under ``qgis_process``)."""

    def __init__(self, session=None):
        import requests

        self._requests = requests
        self.session = session or requests.Session()

    def get(self, url: str, headers: Mapping[str, str], timeout: float) -> Response:
        try:
            r = self.session.get(url, headers=dict(headers), timeout=timeout)
            body = r.content
        except (self._requests.Timeout, self._requests.ConnectionError,
                self._requests.exceptions.ChunkedEncodingError,
                self._requests.exceptions.ContentDecodingError) as exc:  # a time-out or a cut answer
            raise TransportTimeoutError(type(exc).__name__) from None
        return Response(r.status_code, body, dict(r.headers))


def credentials_from_env(environ: Mapping[str, str] | None = None) -> Callable[[], dict] | None:
    """Authorization headers from the environment (a bearer token, or a user and password), or None."""
    env = os.environ if environ is None else environ
    token, user = env.get(ENV_TOKEN), env.get(ENV_USER)
    if token:
        return lambda: {"Authorization": "Bearer " + token}
    if user:
        password = env.get(ENV_PASSWORD, "")
        encoded = base64.b64encode("{}:{}".format(user, password).encode("utf-8")).decode("ascii")
        return lambda: {"Authorization": "Basic " + encoded}
    return None


def format_time(value: dt.datetime) -> str:
    """An ISO 8601 instant in UTC as SensorThings filters expect it."""
    value = value.astimezone(dt.timezone.utc)
    return value.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def parse_time(text) -> dt.datetime:
    """A phenomenonTime (an instant, or the start of an interval) as an aware datetime; ValueError if not one."""
    if not isinstance(text, str) or not text:
        raise ValueError("no time")
    start = text.split("/")[0].strip()
    if start.endswith("Z") or start.endswith("z"):
        start = start[:-1] + "+00:00"
    parsed = dt.datetime.fromisoformat(start)
    if parsed.tzinfo is None:
        raise ValueError("time without a time zone")
    return parsed.astimezone(dt.timezone.utc)


def _redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.password or parts.username:
        netloc = parts.hostname + (":{}".format(parts.port) if parts.port else "")
        return parts._replace(netloc=netloc).geturl()
    return url


class SensorThingsClient:
    """Reads one SensorThings service, e.g. ``https://host/FROST-Server/v1.1``."""

    def __init__(
        self,
        base_url: str,
        transport: Transport | None = None,
        credentials: Callable[[], Mapping[str, str]] | None = None,
        timeout: float = 30.0,
        retries: int = 4,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        max_retry_after: float = 120.0,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.base_url = base_url.rstrip("/")
        self.transport = transport or RequestsTransport()
        self.credentials = credentials
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after
        self.sleep = sleep
        self.requests = 0

    # -- one document ---------------------------------------------------------
    def _headers(self) -> dict:
        headers = {"Accept": "application/json"}
        if self.credentials is not None:
            headers.update(self.credentials())
        return headers

    def get_json(self, url: str) -> dict:
        """GET a JSON document, retrying time-outs, 5xx and truncated JSON; honouring 429."""
        shown = _redact(url)
        attempt = 0
        while True:
            self.requests += 1
            problem = None
            wait = min(self.max_backoff, self.backoff * (2 ** attempt))
            try:
                response = self.transport.get(url, self._headers(), self.timeout)
            except TransportTimeoutError as exc:
                problem = "no answer within {:g} s ({})".format(self.timeout, exc)
            else:
                if response.status == 429:
                    problem = "too many requests (429)"
                    retry_after = response.header("Retry-After")
                    wait = _retry_after_seconds(retry_after, wait)
                    if wait > self.max_retry_after:
                        raise SensorThingsError(
                            "The SensorThings server {} asks to wait {:.0f} s before the next request; "
                            "try again later.".format(self.base_url, wait))
                elif response.status >= 500:
                    problem = "server error {}".format(response.status)
                elif response.status in (401, 403):
                    raise SensorThingsError(
                        "The SensorThings server refused access to {} ({}): check the credentials "
                        "(authcfg or environment).".format(shown, response.status))
                elif response.status >= 400:
                    raise SensorThingsError(
                        "The SensorThings server answered {} to {}.".format(response.status, shown))
                else:
                    try:
                        return json.loads(response.body.decode("utf-8"))
                    except (UnicodeDecodeError, json.JSONDecodeError):
                        problem = "an incomplete or broken JSON answer"
            if attempt >= self.retries:
                raise SensorThingsError(
                    "The SensorThings server gave {} for {} after {} attempts.".format(problem, shown, attempt + 1))
            log.warning("SensorThings: %s for %s; retrying in %.1f s", problem, shown, wait)
            self.sleep(wait)
            attempt += 1

    # -- collections ----------------------------------------------------------
    def url(self, path: str, **query: str) -> str:
        url = "{}/{}".format(self.base_url, path.lstrip("/"))
        if query:
            url += "?" + "&".join("${}={}".format(k, quote(str(v), safe=",/()$:'")) for k, v in query.items())
        return url

    def pages(self, url: str) -> Iterator[list[dict]]:
        """The entities of a collection, one list per page, following ``@iot.nextLink``."""
        seen: set[str] = set()
        while url:
            if url in seen:
                raise SensorThingsError(
                    "The SensorThings server sent the same next-page link twice ({}); the paging loops, "
                    "so the sync stopped here.".format(_redact(url)))
            seen.add(url)
            document = self.get_json(url)
            if isinstance(document, list):  # a bare array: one page
                yield document
                return
            if not isinstance(document, dict) or not isinstance(document.get("value", []), list):
                raise SensorThingsError("The answer to {} is not a SensorThings collection.".format(_redact(url)))
            yield document.get("value", [])
            link = document.get("@iot.nextLink")
            url = urljoin(url, link) if link else None

    def things(self) -> list[dict]:
        return [e for page in self.pages(self.url("Things", expand="Locations")) for e in page]

    def datastreams(self) -> list[dict]:
        url = self.url("Datastreams", expand="ObservedProperty,Thing/Locations")
        return [e for page in self.pages(url) for e in page]

    def observation_pages(self, datastream_id, after: dt.datetime | None = None,
                          top: int = 1000) -> Iterator[list[dict]]:
        """Observations of a datastream newer than ``after``, oldest first, a page at a time."""
        query = {"orderby": "phenomenonTime asc", "top": str(top)}
        if after is not None:
            query["filter"] = "phenomenonTime gt {}".format(format_time(after))
        ident = datastream_id if isinstance(datastream_id, int) else "'{}'".format(datastream_id)
        return self.pages(self.url("Datastreams({})/Observations".format(ident), **query))


def _retry_after_seconds(value: str | None, default: float) -> float:
    if not value:
        return default
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return default
    return max(0.0, (when - dt.datetime.now(dt.timezone.utc)).total_seconds())
