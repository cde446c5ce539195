"""One SensorThings sync in a process of its own, for the fault tests (tests/integration/test_sta_faults.py).

    python tests/sta_sync_child.py URL STORE [--pause-in-page N MARKER]

Syncs the service at URL into the twin store STORE (a .gpkg path or a PostGIS address) with the plain
``requests`` transport. With ``--pause-in-page N MARKER`` it stops inside the transaction of the N-th page
it writes — its readings inserted and its watermark moved but nothing committed — creates the file MARKER
and waits there, for the test to kill it with SIGKILL.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGINS = ROOT / ".qgis-profile" / "profiles" / "default" / "python" / "plugins"
# As tests/conftest.py: the plugin imported as installed; never the repository root (its processing/).
sys.path[:] = [p for p in sys.path if p not in ("", ".") and Path(p).resolve() != ROOT]
sys.path.insert(0, str(PLUGINS))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("store")
    parser.add_argument("--pause-in-page", nargs=2, metavar=("N", "MARKER"))
    args = parser.parse_args(argv)

    from dseza_twin.dseza_twin_plugin.iot import ingest
    from dseza_twin.dseza_twin_plugin.iot.sensorthings import RequestsTransport, SensorThingsClient
    from dseza_twin.dseza_twin_plugin.iot.sync import sync_sensorthings
    from dseza_twin.dseza_twin_plugin.store import open_store

    if args.pause_in_page:
        page, marker = int(args.pause_in_page[0]), Path(args.pause_in_page[1])
        original = ingest.Bookkeeping.set_watermark
        calls = []

        def pause_on_page(self, *a):
            original(self, *a)
            calls.append(a)
            if len(calls) == page:  # inside the page's transaction, after its readings and watermark
                marker.write_text("in page {}\n".format(page))
                time.sleep(120)

        ingest.Bookkeeping.set_watermark = pause_on_page

    client = SensorThingsClient(args.url, RequestsTransport(), timeout=60)
    with open_store(args.store) as store:
        result = sync_sensorthings(store, args.url, client=client)
    print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
