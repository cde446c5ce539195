"""A loopback OGC SensorThings API test server (http.server in a thread, 127.0.0.1, port 0).

It serves generated Da Nang datastreams and observations — and the real BGS FROST
payloads of ``../shared/data/iot/sensorthings_bgs/`` when given — with paging by
``@iot.nextLink``, ``$filter=phenomenonTime gt …`` and injectable faults:

* ``"5xx"``        — answer 503;
* ``"slow"``       — sleep ``delay`` seconds before answering (client time-out);
* ``"truncated"``  — a 200 with half of the JSON;
* ``"429"``        — Too Many Requests with ``Retry-After: retry_after``;
* ``"repeat"``     — the page's nextLink serves the same page again (a page served twice);
* ``"loop"``       — the page's nextLink points back at the page itself (a nextLink loop);
* ``"hold"``       — keep the request open until the test sets ``fault.gate`` (at most ``delay`` s);
  ``fault.reached`` is set once a request is held (a page is then in flight).

Optional authentication of the API (never by default):

* ``basic=(user, password)`` — every API request needs that Basic ``Authorization`` header;
* ``oauth2=OAuth2Settings(...)`` — every API request needs ``Authorization: Bearer <token>`` with a token
  issued by the OAuth2 token endpoint :attr:`StaServer.token_url` (``/oauth/token``: the resource owner
  password grant and the client credentials grant, RFC 6749 §4.3 and §4.4).

Refused requests get 401 with a ``WWW-Authenticate`` challenge. Every request is recorded in
:attr:`StaServer.requests`, its ``Authorization`` header in :attr:`StaServer.auth_headers` and every token
request's form in :attr:`StaServer.token_requests`.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import math
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

UTC = dt.timezone.utc


def _iso(value: dt.datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _time_or_none(text):
    try:
        if not isinstance(text, str):
            return None
        parsed = dt.datetime.fromisoformat(text.split("/")[0].replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else None
    except ValueError:
        return None


@dataclass
class Datastream:
    id: int
    name: str
    property_name: str
    unit: str
    lon: float
    lat: float
    observations: list = field(default_factory=list)  # raw JSON objects, as served
    entity: dict | None = None  # a recorded real entity, served as is

    def as_json(self, base: str) -> dict:
        if self.entity is not None:
            return self.entity
        point = {"type": "Point", "coordinates": [self.lon, self.lat]}
        return {
            "@iot.id": self.id,
            "@iot.selfLink": "{}/Datastreams({})".format(base, self.id),
            "name": self.name,
            "description": "{} (generated Da Nang test data)".format(self.name),
            "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
            "unitOfMeasurement": {"name": self.unit, "symbol": self.unit, "definition": ""},
            "ObservedProperty": {"@iot.id": self.id, "name": self.property_name, "definition": "", "description": ""},
            "Thing": {"@iot.id": self.id, "name": "Station " + self.name,
                      "Locations": [{"@iot.id": self.id, "name": self.name, "encodingType": "application/geo+json",
                                     "location": point}]},
        }


@dataclass
class Fault:
    kind: str
    match: str = "Observations"
    times: int = 1
    after: int = 0  # let this many matching requests through first
    delay: float = 1.0
    retry_after: str = "1"
    gate: threading.Event = field(default_factory=threading.Event)  # "hold": set it to let the answer go
    reached: threading.Event = field(default_factory=threading.Event)  # "hold": a request is being held


@dataclass
class OAuth2Settings:
    """The one client and resource owner the test token endpoint knows."""

    client_id: str = "dseza-twin"
    client_secret: str = "client-secret"
    username: str = "officer"
    password: str = "owner-password"
    expires_in: int = 3600


def generated_danang(start=dt.datetime(2026, 10, 31, 12, tzinfo=UTC), hours=60, bad=True) -> list[Datastream]:
    """Three Da Nang datastreams across a month boundary; the first also carries bad observations."""
    specs = [
        (101, "HTP PM2.5", "PM2.5", "ug/m3", 108.065, 16.045),
        (102, "Hoa Khanh drain water level", "Water level", "m", 108.150, 16.065),
        (103, "Lien Chieu noise", "Noise LAeq", "dBA", 108.125, 16.110),
    ]
    out = []
    for k, (ident, name, prop, unit, lon, lat) in enumerate(specs):
        obs = []
        for h in range(hours):
            when = start + dt.timedelta(hours=h)
            value = round(20 + 10 * math.sin(h / 5 + k) + k, 3)
            obs.append({"@iot.id": ident * 100000 + h, "phenomenonTime": _iso(when), "result": value,
                        "resultTime": _iso(when)})
        out.append(Datastream(ident, name, prop, unit, lon, lat, obs))
    if bad:
        first = out[0].observations
        t = start + dt.timedelta(minutes=30)
        first += [
            {"@iot.id": 1, "phenomenonTime": _iso(t)},  # missing result
            {"@iot.id": 2, "phenomenonTime": _iso(t + dt.timedelta(hours=1)), "result": "high"},
            {"@iot.id": 3, "phenomenonTime": _iso(t + dt.timedelta(hours=2)), "result": float("nan")},
            {"@iot.id": 4, "phenomenonTime": _iso(dt.datetime.now(UTC) + dt.timedelta(days=30)), "result": 1.0},
            {"@iot.id": 5, "phenomenonTime": "yesterday", "result": 2.0},
        ]
    return out


def bgs_datastreams(folder: Path) -> list[Datastream]:
    """The recorded BGS FROST datastreams; observations of the real examples on two of them."""
    by_feature = json.loads((folder / "datastreamsByFeatureFixture.json").read_text(encoding="utf-8"))
    entities = {}
    for items in by_feature.values():
        for entity in items:
            entities.setdefault(entity["@iot.id"], entity)
    real = json.loads((folder / "observationsDataFixtureRealExample.json").read_text(encoding="utf-8"))
    raw = json.loads((folder / "observationsRawDataResponseFixture.json").read_text(encoding="utf-8"))["value"]
    out = []
    for n, (ident, entity) in enumerate(sorted(entities.items())[:2]):
        lon, lat = entity["observedArea"]["coordinates"][:2]
        out.append(Datastream(ident, entity["name"], entity["name"], entity["unitOfMeasurement"]["symbol"],
                              lon, lat, real if n == 0 else raw, entity=entity))
    return out


class StaServer:
    def __init__(self, datastreams: list[Datastream], max_top: int = 25, prefix: str = "/v1.1",
                 basic: tuple[str, str] | None = None, oauth2: OAuth2Settings | None = None):
        self.datastreams = {d.id: d for d in datastreams}
        self.max_top = max_top
        self.prefix = prefix
        self.basic = basic
        self.oauth2 = oauth2
        self.faults: list[Fault] = []
        self.requests: list[str] = []
        self.auth_headers: list[str | None] = []
        self.token_requests: list[dict] = []
        self.tokens: dict[str, float] = {}  # issued access token -> expiry (time.monotonic())
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return "http://127.0.0.1:{}{}".format(self._httpd.server_address[1], self.prefix)

    @property
    def token_url(self) -> str:
        return "http://127.0.0.1:{}/oauth/token".format(self._httpd.server_address[1])

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        with self._lock:
            for fault in self.faults:
                fault.gate.set()  # no request stays held
        self._httpd.shutdown()
        self._httpd.server_close()

    def inject(self, kind: str, **options) -> Fault:
        fault = Fault(kind, **options)
        with self._lock:
            self.faults.append(fault)
        return fault

    def observation_requests(self, datastream_id=None) -> int:
        needle = "Datastreams({})/Observations".format(datastream_id) if datastream_id is not None else "/Observations"
        return sum(1 for r in self.requests if needle in r)

    # -- expected content --------------------------------------------------
    def valid_readings(self, now: dt.datetime | None = None) -> set[tuple[int, dt.datetime, float]]:
        """(datastream id, time, value) of every observation a correct client stores."""
        now = now or dt.datetime.now(UTC)
        out = {}
        for d in self.datastreams.values():
            for o in d.observations:
                when = _time_or_none(o.get("phenomenonTime"))
                result = o.get("result")
                if when is None or when > now + dt.timedelta(days=1) or isinstance(result, bool):
                    continue
                if not isinstance(result, int | float) or not math.isfinite(result):
                    continue
                out.setdefault((d.id, when.astimezone(UTC)), float(result))
        return {(k[0], k[1], v) for k, v in out.items()}

    def invalid_count(self) -> int:
        return sum(len(d.observations) for d in self.datastreams.values()) - len(self.valid_readings())

    @staticmethod
    def checksum(readings) -> str:
        digest = hashlib.sha256()
        for ident, when, value in sorted(readings):
            digest.update("{}|{}|{!r}\n".format(ident, _iso(when), round(value, 9)).encode())
        return digest.hexdigest()

    # -- authentication --------------------------------------------------------
    def _authorized(self, header: str | None) -> bool:
        if self.basic is None and self.oauth2 is None:
            return True
        if not header:
            return False
        scheme, _, credentials = header.partition(" ")
        if self.basic is not None and scheme.lower() == "basic":
            expected = base64.b64encode("{}:{}".format(*self.basic).encode("utf-8")).decode("ascii")
            return secrets.compare_digest(credentials.strip(), expected)
        if self.oauth2 is not None and scheme.lower() == "bearer":
            with self._lock:
                expiry = self.tokens.get(credentials.strip())
            return expiry is not None and expiry > time.monotonic()
        return False

    def _challenge(self) -> dict:
        if self.basic is not None:
            return {"WWW-Authenticate": 'Basic realm="SensorThings"'}
        return {"WWW-Authenticate": 'Bearer realm="SensorThings", error="invalid_token"'}

    def _token(self, form: dict, header: str | None) -> tuple[int, bytes]:
        """The OAuth2 token endpoint: (status, JSON body)."""
        settings = self.oauth2
        if settings is None:
            return 404, b'{"message": "not found"}'
        client_id, client_secret = form.get("client_id", ""), form.get("client_secret", "")
        if header and header.lower().startswith("basic "):  # client authentication by HTTP Basic (§2.3.1)
            try:
                decoded = base64.b64decode(header[6:].strip()).decode("utf-8")
            except ValueError:
                decoded = ":"
            client_id, _, client_secret = decoded.partition(":")
        if (client_id, client_secret) != (settings.client_id, settings.client_secret):
            return 401, b'{"error": "invalid_client"}'
        grant = form.get("grant_type")
        if grant == "password":
            if (form.get("username"), form.get("password")) != (settings.username, settings.password):
                return 400, b'{"error": "invalid_grant"}'
        elif grant != "client_credentials":
            return 400, b'{"error": "unsupported_grant_type"}'
        token = secrets.token_urlsafe(24)
        with self._lock:
            self.tokens[token] = time.monotonic() + settings.expires_in
        return 200, json.dumps({"access_token": token, "token_type": "Bearer",
                                "expires_in": settings.expires_in}).encode()

    # -- serving -------------------------------------------------------------
    def _take_fault(self, target: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.times > 0 and fault.match in target:
                    if fault.after > 0:
                        fault.after -= 1
                        continue
                    fault.times -= 1
                    return fault
        return None

    def _collection(self, path: str, query: dict, items: list) -> dict:
        top = min(int(query.get("$top", [self.max_top])[0]), self.max_top)
        skip = int(query.get("$skip", ["0"])[0])
        page = {"value": items[skip:skip + top]}
        if skip + top < len(items):
            params = {k: v[0] for k, v in query.items() if k not in ("again",)}
            params["$skip"] = str(skip + top)
            page["@iot.nextLink"] = "http://{}:{}{}?{}".format(
                *self._httpd.server_address, path, urlencode(params))
        return page

    def _observations(self, ds: Datastream, query: dict) -> list:
        items = list(ds.observations)
        flt = query.get("$filter", [""])[0]
        m = re.fullmatch(r"\s*phenomenonTime\s+gt\s+(\S+)\s*", flt) if flt else None
        if flt and not m:
            raise ValueError("unsupported $filter " + flt)
        if m:
            after = _time_or_none(m.group(1))
            items = [o for o in items if (_time_or_none(o.get("phenomenonTime")) or after) > after]
        far_past = dt.datetime(1, 1, 1, tzinfo=UTC)
        items.sort(key=lambda o: _time_or_none(o.get("phenomenonTime")) or far_past)
        return items

    def _answer(self, raw_path: str) -> tuple[int, dict, bytes]:
        parts = urlsplit(raw_path)
        query = parse_qs(parts.query, keep_blank_values=True)
        path = parts.path
        base = self.base_url
        if not path.startswith(self.prefix):
            return 404, {}, b'{"message": "not found"}'
        rest = path[len(self.prefix):]
        if rest == "/Datastreams":
            document = self._collection(path, query, [d.as_json(base) for d in self.datastreams.values()])
        elif rest == "/Things":
            things = [{k: v for k, v in d.as_json(base).get("Thing", {}).items()} for d in self.datastreams.values()]
            document = self._collection(path, query, things)
        else:
            m = re.fullmatch(r"/Datastreams\((\d+)\)/Observations", rest)
            if not m or int(m.group(1)) not in self.datastreams:
                return 404, {}, b'{"message": "no such entity"}'
            try:
                items = self._observations(self.datastreams[int(m.group(1))], query)
            except ValueError as exc:
                return 400, {}, json.dumps({"message": str(exc)}).encode()
            document = self._collection(path, query, items)
        return 200, {}, json.dumps(document).encode()

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _send(self, status: int, body: bytes, headers: dict | None = None):
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_POST(self):  # noqa: N802 (http.server's name)
                length = int(self.headers.get("Content-Length") or 0)
                text = self.rfile.read(length).decode("utf-8", "replace")
                form = {k: v[0] for k, v in parse_qs(text, keep_blank_values=True).items()}
                with server._lock:
                    server.token_requests.append(form)
                if urlsplit(self.path).path != "/oauth/token":
                    return self._send(404, b'{"message": "not found"}')
                status, body = server._token(form, self.headers.get("Authorization"))
                self._send(status, body, {"Cache-Control": "no-store"})

            def do_GET(self):  # noqa: N802 (http.server's name)
                header = self.headers.get("Authorization")
                with server._lock:
                    server.requests.append(self.path)
                    server.auth_headers.append(header)
                if not server._authorized(header):
                    return self._send(401, b'{"message": "Unauthorized"}', server._challenge())
                fault = server._take_fault(self.path)
                kind = fault.kind if fault else None
                if kind == "5xx":
                    return self._send(503, b'{"message": "Service Unavailable"}')
                if kind == "429":
                    return self._send(429, b'{"message": "Too Many Requests"}', {"Retry-After": fault.retry_after})
                if kind == "slow":
                    time.sleep(fault.delay)
                if kind == "hold":
                    fault.reached.set()
                    fault.gate.wait(fault.delay)
                status, headers, body = server._answer(self.path)
                if status == 200 and kind == "truncated":
                    body = body[: len(body) // 2]
                elif status == 200 and kind in ("repeat", "loop"):
                    document = json.loads(body)
                    here = "http://{}:{}{}".format(*server._httpd.server_address, self.path)
                    if kind == "loop":
                        document["@iot.nextLink"] = here
                    else:  # the same page once more, under another link, then on as before
                        sep = "&" if "?" in here else "?"
                        if "again=1" not in here:
                            document["@iot.nextLink"] = here + sep + "again=1"
                    body = json.dumps(document).encode()
                self._send(status, body, headers)

        return Handler


# -- what a store holds, as the server's terms (shared by the sync tests) -------

def stored_readings(store) -> set:
    """(datastream id, time, value) of every reading in the store (sensor codes ``sta:<host>:<id>``)."""
    codes = {r["fid"]: int(r["code"].rsplit(":", 1)[1]) for r in store.rows("sensors", ["fid", "code"])}
    return {(codes[r["sensor_id"]], r["phenomenon_time"].astimezone(UTC), r["value"])
            for r in store.rows("readings", ["sensor_id", "phenomenon_time", "value"])}


def store_table(store, name, columns):
    """Rows of any table of the store (bookkeeping tables too), by a plain read."""
    prefix = "" if store.address.is_gpkg else store.address.schema + "."
    return store.query("SELECT {} FROM {}{}".format(columns, prefix, name))
