"""Stores written by earlier schema versions (tests/data), opened for upgrade tests."""

import shutil
import subprocess
from pathlib import Path

from dseza_twin.dseza_twin_plugin.store import open_store

DATA = Path(__file__).resolve().parent / "data"


def open_old_store(request, tmp_path, version: int):
    """A store written by an earlier schema version, kept under tests/data: a GeoPackage file, or a
    pg_dump of a PostGIS schema named store_v<version> restored into a fresh schema."""
    name = "store_v{}".format(version)
    if request.param == "gpkg":
        address = str(tmp_path / "{}.gpkg".format(name))
        shutil.copy(DATA / "{}.gpkg".format(name), address)
    else:
        address = request.getfixturevalue("pg_store_address")
        conninfo, schema_name = address.split(" schema=")
        dump = (DATA / "{}_postgis.sql".format(name)).read_text(encoding="utf-8")
        subprocess.run(["psql", conninfo, "-q", "-v", "ON_ERROR_STOP=1", "-f", "-"], check=True,
                       input=dump.replace(name, schema_name), text=True, capture_output=True)
    return open_store(address)
