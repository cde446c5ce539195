"""The planning checks through ``scripts/qgis-process --json`` on a GeoPackage and a PostGIS demo store.

The command line gives the same results as the Python API (``processing.run`` in this process), and
the PostGIS push-down the same results as measuring in QGIS: equal numbers to 1e-6 relative and the
same statuses.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsProcessingModelAlgorithm, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

ROOT = Path(__file__).resolve().parents[2]
WRAPPER = ROOT / "scripts" / "qgis-process"
MODEL = ROOT / "resources" / "models" / "dseza_twin_checks.model3"
SEED, DAYS, END = 2026, 1, "2026-01-01T07:00:00+07:00"
CHECKED = ("checkcompliance", "zoneindicators", "environmentalbuffers")


def qgis_process(*args: str, timeout: int = 600) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("QGIS_CUSTOM_CONFIG_PATH", "PYTHONPATH")}
    result = subprocess.run([str(WRAPPER), "--json", "run", *args], capture_output=True, text=True, timeout=timeout,
                            cwd=ROOT, env=env, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    return json.loads(result.stdout)["results"]


def plain(value):
    if isinstance(value, QVariant) and value.isNull():
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def rows_of(layer_or_path, key: str = "code") -> dict:
    layer = layer_or_path if isinstance(layer_or_path, QgsVectorLayer) else QgsVectorLayer(str(layer_or_path),
                                                                                           "out", "ogr")
    assert layer.isValid(), layer_or_path
    names = [n for n in layer.fields().names() if n != "fid"]
    out = {}
    for f in layer.getFeatures():
        row = {n: plain(f[n]) for n in names}
        k = tuple(row[x] for x in key.split("+")) if "+" in key else row[key]
        assert k not in out, k
        out[k] = row
    return out


def assert_same(a: dict, b: dict, rel: float = 1e-9, skip: tuple[str, ...] = ()) -> None:
    assert set(a) == set(b)
    for key in a:
        for name, va in a[key].items():
            if name in skip:
                continue
            vb = b[key][name]
            if isinstance(va, float) or isinstance(vb, float):
                assert va is not None and vb is not None or va == vb, (key, name, va, vb)
                if va is not None:
                    assert vb == pytest.approx(va, rel=rel, abs=1e-9), (key, name, va, vb)
            else:
                assert va == vb, (key, name, va, vb)


@pytest.fixture(scope="module")
def gpkg_store(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "twin.gpkg")
    qgis_process("dsezatwin:loaddemotwin", "--", "STORE={}".format(path), "SEED={}".format(SEED),
                 "DAYS={}".format(DAYS), "END={}".format(END))
    return path


def gpkg_layers(path: str) -> dict[str, str]:
    return {name: "{}|layername={}".format(path, name) for name in (
        "functional_areas", "planning_zones", "parcels", "buildings", "network_links", "network_nodes")}


def pg_layers(address: str) -> dict[str, str]:
    from dseza_twin.dseza_twin_plugin.store import open_store

    with open_store(address) as store:
        return {name: "postgres://" + store.layer_source(name)[0] for name in (
            "functional_areas", "planning_zones", "parcels", "buildings", "network_links", "network_nodes")}


def compliance_args(layers: dict, out: Path, extra: tuple[str, ...] = ()) -> list[str]:
    return ["dsezatwin:checkcompliance", "--", "PARCELS={}".format(layers["parcels"]),
            "BUILDINGS={}".format(layers["buildings"]), "ZONING={}".format(layers["planning_zones"]),
            "ROADS={}".format(layers["network_links"]), "OUTPUT={}".format(out / "lots.gpkg"),
            "VIOLATIONS={}".format(out / "violations.gpkg"), "REPORT={}".format(out / "report.html"), *extra]


def indicator_args(layers: dict, out: Path) -> list[str]:
    return ["dsezatwin:zoneindicators", "--", "AREAS={}".format(layers["functional_areas"]),
            "ZONING={}".format(layers["planning_zones"]), "PARCELS={}".format(layers["parcels"]),
            "BUILDINGS={}".format(layers["buildings"]), "ROADS={}".format(layers["network_links"]),
            "OUTPUT_AREAS={}".format(out / "areas.gpkg"), "OUTPUT_ZONES={}".format(out / "zones.gpkg")]


def buffer_args(layers: dict, out: Path) -> list[str]:
    return ["dsezatwin:environmentalbuffers", "--", "AREAS={}".format(layers["functional_areas"]),
            "ZONING={}".format(layers["planning_zones"]), "PARCELS={}".format(layers["parcels"]),
            "FACILITIES={}".format(layers["network_nodes"]), "OUTPUT={}".format(out / "buffers.gpkg")]


def test_the_planning_algorithms_are_listed():
    env = {k: v for k, v in os.environ.items() if k not in ("QGIS_CUSTOM_CONFIG_PATH", "PYTHONPATH")}
    listed = subprocess.run([str(WRAPPER), "--json", "list"], capture_output=True, text=True, timeout=300, cwd=ROOT,
                            env=env, stdin=subprocess.DEVNULL)
    algorithms = json.loads(listed.stdout)["providers"]["dsezatwin"]["algorithms"]
    for name in CHECKED:
        assert "dsezatwin:" + name in algorithms
        assert algorithms["dsezatwin:" + name]["group"] == "Planning checks"


def test_cli_gives_the_python_api_results_on_a_geopackage(gpkg_store, tmp_path, plugin):
    from qgis import processing

    layers = gpkg_layers(gpkg_store)
    cli = qgis_process(*compliance_args(layers, tmp_path))
    assert cli["USED_PUSHDOWN"] == 0 and cli["LOTS"] > 1000
    api = processing.run("dsezatwin:checkcompliance", {
        "PARCELS": layers["parcels"], "BUILDINGS": layers["buildings"], "ZONING": layers["planning_zones"],
        "ROADS": layers["network_links"], "OUTPUT": "memory:", "VIOLATIONS": "memory:", "REPORT": None})
    assert {k: cli[k] for k in ("LOTS", "PASSED", "FAILED", "INSUFFICIENT")} == \
        {k: api[k] for k in ("LOTS", "PASSED", "FAILED", "INSUFFICIENT")}
    assert_same(rows_of(api["OUTPUT"]), rows_of(cli["OUTPUT"]))
    assert_same(rows_of(api["VIOLATIONS"], "code+rule_id"), rows_of(cli["VIOLATIONS"], "code+rule_id"))
    assert Path(cli["REPORT"]).exists() and Path(cli["REPORT_CSV"]).exists()

    cli = qgis_process(*indicator_args(layers, tmp_path))
    api = processing.run("dsezatwin:zoneindicators", {
        "AREAS": layers["functional_areas"], "ZONING": layers["planning_zones"], "PARCELS": layers["parcels"],
        "BUILDINGS": layers["buildings"], "ROADS": layers["network_links"], "OUTPUT_AREAS": "memory:",
        "OUTPUT_ZONES": "memory:"})
    assert_same(rows_of(api["OUTPUT_AREAS"]), rows_of(cli["OUTPUT_AREAS"]))
    assert_same(rows_of(api["OUTPUT_ZONES"]), rows_of(cli["OUTPUT_ZONES"]))

    cli = qgis_process(*buffer_args(layers, tmp_path))
    api = processing.run("dsezatwin:environmentalbuffers", {
        "AREAS": layers["functional_areas"], "ZONING": layers["planning_zones"], "PARCELS": layers["parcels"],
        "FACILITIES": layers["network_nodes"], "OUTPUT": "memory:"})
    assert cli["CONFLICTS"] == api["CONFLICTS"] > 0
    key = "rule_id+source_code+receptor_code"
    assert_same(rows_of(api["OUTPUT"], key), rows_of(cli["OUTPUT"], key))


def test_cli_reports_a_bad_rule_pack(gpkg_store, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QGIS_CUSTOM_CONFIG_PATH", "PYTHONPATH")}
    args = compliance_args(gpkg_layers(gpkg_store), tmp_path, ("RULES=qcvn01-2021,no-such-pack",))
    result = subprocess.run([str(WRAPPER), "--json", "run", *args], capture_output=True, text=True, timeout=300,
                            cwd=ROOT, env=env, stdin=subprocess.DEVNULL)
    assert result.returncode != 0
    assert "no-such-pack" in result.stdout + result.stderr


def test_postgis_pushdown_gives_the_results_of_the_qgis_path(gpkg_store, pg_store_address, tmp_path, plugin):
    qgis_process("dsezatwin:loaddemotwin", "--", "STORE={}".format(pg_store_address), "SEED={}".format(SEED),
                 "DAYS={}".format(DAYS), "END={}".format(END))
    pg = pg_layers(pg_store_address)
    (tmp_path / "gpkg").mkdir()
    (tmp_path / "push").mkdir()
    (tmp_path / "nopush").mkdir()
    reference = qgis_process(*compliance_args(gpkg_layers(gpkg_store), tmp_path / "gpkg"))
    pushed = qgis_process(*compliance_args(pg, tmp_path / "push"))
    in_qgis = qgis_process(*compliance_args(pg, tmp_path / "nopush", ("PUSHDOWN=false",)))
    assert pushed["USED_PUSHDOWN"] == 1 and in_qgis["USED_PUSHDOWN"] == 0
    expected = rows_of(reference["OUTPUT"])
    for run in (pushed, in_qgis):
        got = rows_of(run["OUTPUT"])
        assert {c: r["status"] for c, r in got.items()} == {c: r["status"] for c, r in expected.items()}
        assert {c: r["failed_rules"] for c, r in got.items()} == {c: r["failed_rules"] for c, r in expected.items()}
        assert_same(expected, got, rel=1e-6, skip=("explanation",))
        assert {k: run[k] for k in ("LOTS", "PASSED", "FAILED", "INSUFFICIENT")} == \
            {k: reference[k] for k in ("LOTS", "PASSED", "FAILED", "INSUFFICIENT")}

    # the other two algorithms read PostGIS layers the same as GeoPackage ones
    (tmp_path / "pg_ind").mkdir()
    (tmp_path / "gp_ind").mkdir()
    a = qgis_process(*indicator_args(pg, tmp_path / "pg_ind"))
    b = qgis_process(*indicator_args(gpkg_layers(gpkg_store), tmp_path / "gp_ind"))
    assert_same(rows_of(b["OUTPUT_AREAS"]), rows_of(a["OUTPUT_AREAS"]), rel=1e-6)
    assert_same(rows_of(b["OUTPUT_ZONES"]), rows_of(a["OUTPUT_ZONES"]), rel=1e-6)
    a = qgis_process(*buffer_args(pg, tmp_path / "pg_ind"))
    b = qgis_process(*buffer_args(gpkg_layers(gpkg_store), tmp_path / "gp_ind"))
    key = "rule_id+source_code+receptor_code"
    assert_same(rows_of(b["OUTPUT"], key), rows_of(a["OUTPUT"], key), rel=1e-6)


def test_model_runs_on_a_postgis_store(pg_store_address, tmp_path, plugin):
    """The model derives the store's layers with expressions: postgres:// layers for a PostGIS store."""
    from qgis import processing

    from dseza_twin.dseza_twin_plugin.store import open_store

    processing.run("dsezatwin:loaddemotwin", {"STORE": pg_store_address, "SEED": SEED, "DAYS": DAYS, "END": END})
    with open_store(pg_store_address) as store:
        n_lots = store.count("parcels")
    lots = QgsVectorLayer("MultiPolygon?crs=EPSG:5899&field=code:string", "nothing new", "memory")
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL))
    result = processing.run(model, {
        "lots": lots, "store": pg_store_address, "import_mode": "upsert", "rules": "qcvn01-2021,plan",
        "import_lots:rejected": "memory:", "check_compliance:compliance": "memory:",
        "check_compliance:violations": "memory:", "check_compliance:report": str(tmp_path / "r.html"),
        "zone_indicators:area_indicators": "memory:", "zone_indicators:zone_indicators": "memory:"})

    def layer(value):
        return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, "out", "ogr")

    assert layer(result["check_compliance:compliance"]).featureCount() == n_lots
    areas = list(layer(result["zone_indicators:area_indicators"]).getFeatures())
    assert sum(f["lots_checked"] for f in areas) == n_lots
