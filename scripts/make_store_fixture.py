"""Write the fixtures of an old schema version for the upgrade tests: tests/data/store_v<N>.gpkg and
tests/data/store_v<N>_postgis.sql, made by the release that wrote version N (not by today's code).

Run it *before* bumping ``SCHEMA_VERSION``, or point ``--source`` at a checkout of the previous release:

    git worktree add /tmp/prev <commit-of-the-previous-release>
    .venv/bin/python scripts/make_store_fixture.py --source /tmp/prev
    git worktree remove /tmp/prev

The store holds a small demo twin (scale 0.1, 1 day of readings, seed 2026) with the fixed end date below, so
the fixture is the same whenever it is made. The PostGIS dump comes from a throw-away schema ``store_v<N>`` of
the local server (``--conninfo``, default the test server) with ``pg_dump --no-owner --no-privileges``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
END = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", default=str(ROOT), help="checkout of the release that writes the old version")
    parser.add_argument("--out", default=str(ROOT / "tests" / "data"), help="folder of the fixtures")
    parser.add_argument("--conninfo", default="host=127.0.0.1 port=5432 user=postgres dbname=postgres")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        os.symlink(Path(args.source).resolve(), Path(tmp) / "dseza_twin")  # import the checkout as the plugin
        sys.path.insert(0, tmp)
        from dseza_twin.dseza_twin_plugin.core.demo import build_demo_twin
        from dseza_twin.dseza_twin_plugin.store import open_store, schema
        from dseza_twin.dseza_twin_plugin.store.demo_load import load_demo

        version = schema.SCHEMA_VERSION
        name = "store_v{}".format(version)
        twin = build_demo_twin(seed=2026, scale=0.1, days=1, end=END)
        gpkg = Path(args.out) / "{}.gpkg".format(name)
        gpkg.unlink(missing_ok=True)
        for address in (str(gpkg), "{} schema={}".format(args.conninfo, name)):
            if "schema=" in address:
                subprocess.run(["psql", args.conninfo, "-q", "-c", "DROP SCHEMA IF EXISTS {} CASCADE".format(name)],
                               check=True)
            store = open_store(address)
            store.create_or_upgrade()
            load_demo(store, twin, seed=2026, scale=0.1, days=1)
            store.close()
        dump = subprocess.run(["pg_dump", "--no-owner", "--no-privileges", "--schema", name, args.conninfo],
                              check=True, capture_output=True, text=True).stdout
        (Path(args.out) / "{}_postgis.sql".format(name)).write_text(dump, encoding="utf-8")
        subprocess.run(["psql", args.conninfo, "-q", "-c", "DROP SCHEMA {} CASCADE".format(name)], check=True)
        print("wrote {} and {}_postgis.sql (schema version {})".format(gpkg, name, version))
    return 0


if __name__ == "__main__":
    sys.exit(main())
