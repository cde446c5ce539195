"""An admin imports an IFC model into the PostGIS store from the command line (scripts/qgis-process), placed
on a lot of the demo twin; the building lands in the store's buildings, linked to that lot."""

from __future__ import annotations

import json

import psycopg
import pytest

from .test_qgis_process_cli import qgis_process

DUPLEX = "Duplex_A_20110907.ifc"


@pytest.fixture
def pg_demo(pg_store_address):
    loaded = qgis_process("run", "dsezatwin:loaddemotwin", "--", "STORE={}".format(pg_store_address), "DAYS=1")
    assert loaded.returncode == 0, loaded.stdout + loaded.stderr
    return pg_store_address


def test_importifc_into_postgis_from_the_command_line(pg_demo, shared_data, tmp_path):
    conninfo, schema = pg_demo.rsplit(" schema=", 1)
    with psycopg.connect(conninfo) as db:
        (lot,) = db.execute(
            'SELECT code FROM "{0}".parcels p WHERE status = \'available\' AND area_m2 > 5000 AND NOT EXISTS '
            '(SELECT 1 FROM "{0}".buildings b WHERE b.parcel_code = p.code) ORDER BY code LIMIT 1'.format(schema)
        ).fetchone()
    report = tmp_path / "import.html"
    run = qgis_process("--json", "run", "dsezatwin:importifc", "--", "INPUT={}".format(shared_data / "ifc" / DUPLEX),
                       "STORE={}".format(pg_demo), "PARCEL={}".format(lot), "GEOREF=manual",
                       "OUTPUT_BUILDINGS={}".format(tmp_path / "buildings.gpkg"), "REPORT={}".format(report))
    assert run.returncode == 0, run.stdout + run.stderr
    results = json.loads(run.stdout)["results"]
    assert results["STORED"] == 1 and results["BUILDINGS"] == 1 and results["GEOREF_METHOD"] == "manual"
    with psycopg.connect(conninfo) as db:
        rows = db.execute(
            'SELECT b.parcel_code, b.source, b.floors, ST_Within(ST_PointOnSurface(b.geom), p.geom), '
            'ST_Area(b.geom) FROM "{0}".buildings b JOIN "{0}".parcels p ON p.code = b.parcel_code '
            "WHERE b.source = 'ifc'".format(schema)).fetchall()
    assert len(rows) == 1
    parcel, source, floors, inside, area = rows[0]
    assert parcel == lot and source == "ifc" and floors >= 2 and inside and area > 50
    assert report.exists() and "manual" in report.read_text(encoding="utf-8")
