"""The long-running MQTT listener: live readings into the twin store, for admins (systemd, a shell).

    python -m dseza_twin.dseza_twin_plugin.iot.listener --broker 127.0.0.1:1883 \\
        --topics 'v1.1/Datastreams(12)/Observations,factory/+/pm25' --mapping /etc/dseza-twin/mqtt-mapping.json \\
        --store service=dseza_twin

(``scripts/mqtt-listener`` runs it with the checkout's virtual environment.) It runs until SIGTERM or
SIGINT, then commits and acknowledges what it has and exits 0. A broker restart is ridden out
(paho reconnects with backoff, in the same persistent session); a failing store is retried with
backoff, the batch unacknowledged meanwhile, so nothing is lost. No QGIS here: the store is a
``.gpkg`` path or a ``service=`` of pg_service.conf (password in ``.pgpass``); the broker's user
and password come from ``DSEZA_MQTT_USER`` / ``DSEZA_MQTT_PASSWORD``. Logs go to stderr.

Exit status: 0 stopped by a signal, 1 a problem (bad arguments, store or broker refused), which
the log explains; systemd's ``Restart=on-failure`` tries again later.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading

from ..store import StoreError, open_store
from .csv_readings import MappingError
from .mqtt import (
    DEFAULT_TIMEZONE,
    ENV_PASSWORD,
    ENV_USER,
    SESSION_EXPIRY_S,
    MqttError,
    MqttSource,
    credentials_from_env,
    default_client_id,
    read_mapping,
    split_topics,
    sync_mqtt,
)

log = logging.getLogger("dseza_twin.mqtt_listener")


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m dseza_twin.dseza_twin_plugin.iot.listener",
        description="Store live MQTT readings in the DSEZA Twin store until stopped (SIGTERM/SIGINT).",
        epilog="The broker's credentials come from {} / {}.".format(ENV_USER, ENV_PASSWORD))
    parser.add_argument("--broker", required=True, help="host:port (mqtts://host:port for TLS)")
    parser.add_argument("--topics", required=True, help="comma-separated topic filters (+ and # allowed)")
    parser.add_argument("--store", required=True, help="a .gpkg file or a PostgreSQL address (service=NAME …)")
    parser.add_argument("--mapping", help="field mapping of plain JSON topics: JSON text or a .json file")
    parser.add_argument("--sta-url", help="SensorThings service that registers unknown datastreams")
    parser.add_argument("--timezone", default=DEFAULT_TIMEZONE, help="zone of naive times (default %(default)s)")
    parser.add_argument("--client-id", help="MQTT client id of the persistent session (default: from store and "
                                            "topics)")
    parser.add_argument("--session-expiry", type=int, default=SESSION_EXPIRY_S,
                        help="seconds the broker keeps the session while the listener is down (default %(default)s)")
    parser.add_argument("--batch-size", type=int, default=5000, help="messages per commit (default %(default)s)")
    parser.add_argument("--batch-seconds", type=float, default=0.5,
                        help="longest wait of a message for its commit (default %(default)s)")
    parser.add_argument("--status-every", type=float, default=60.0,
                        help="seconds between progress lines and sync_status updates (default %(default)s)")
    parser.add_argument("--log-level", default="INFO", choices=("DEBUG", "INFO", "WARNING", "ERROR"))
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    logging.basicConfig(stream=sys.stderr, level=args.log_level,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    stopping = threading.Event()

    def on_signal(signum, frame):
        log.info("%s received: storing and acknowledging what has arrived, then stopping",
                 signal.Signals(signum).name)
        stopping.set()
        signal.signal(signum, signal.SIG_DFL)  # a second signal ends the process at once

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        topics = split_topics(args.topics)
        source = MqttSource(args.broker, topics, args.client_id or default_client_id(args.store, topics),
                            mapping=read_mapping(args.mapping), sta_url=args.sta_url, timezone=args.timezone,
                            credentials=credentials_from_env(), session_expiry_s=args.session_expiry)
        with open_store(args.store) as store:
            store.check_version()
            log.info("listening to %s on %s as %s, into %s", ", ".join(topics), args.broker, source.client_id,
                     store.address)
            result = sync_mqtt(store, source, stop=stopping.is_set, connect_timeout=None, store_retry_s=None,
                               batch_size=args.batch_size, batch_seconds=args.batch_seconds,
                               status_every_s=args.status_every)
    except (MqttError, MappingError, StoreError) as exc:
        log.error("%s", exc)
        return 1
    log.info("stopped: %d messages, %d new readings, %d duplicate, %d rejected, %d sensors", result.messages,
             result.new, result.duplicate, result.rejected, result.sensors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
