"""The admins' path: ``scripts/qgis-process`` (headless qgis_process 3.22) runs our algorithms.

These run the real ``qgis_process.bin`` through the project's wrapper, with the
project's QGIS profile where ``scripts/setup.sh`` links and enables the plugin.
"""

from __future__ import annotations

import json
import os
import subprocess
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WRAPPER = ROOT / "scripts" / "qgis-process"
PUBLIC_ALGORITHMS = ("dsezatwin:createstore", "dsezatwin:loaddemotwin", "dsezatwin:importlayer")


def qgis_process(*args: str, cwd: Path | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("QGIS_CUSTOM_CONFIG_PATH", "PYTHONPATH")}
    return subprocess.run(
        [str(WRAPPER), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd or ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def algorithm_list() -> dict:
    result = qgis_process("--json", "list")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_plugin_loads_in_qgis_process(algorithm_list):
    result = qgis_process("plugins")
    assert result.returncode == 0, result.stderr
    assert "error starting plugin: dseza_twin" not in result.stderr
    enabled = [line.split()[-1] for line in result.stdout.splitlines() if line.strip().startswith("*")]
    assert "dseza_twin" in enabled, result.stdout


def test_provider_lists_the_public_algorithms(algorithm_list):
    providers = algorithm_list["providers"]
    assert "dsezatwin" in providers, sorted(providers)
    algorithms = providers["dsezatwin"]["algorithms"]
    for algorithm_id in PUBLIC_ALGORITHMS:
        assert algorithm_id in algorithms, sorted(algorithms)


def test_wrapper_gives_qgis_process_the_venv_packages(tmp_path):
    # A native algorithm end to end, with the venv on PYTHONPATH and JSON output.
    source = tmp_path / "square.geojson"
    source.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"name": "lot"},
                        "geometry": {
                            "type": "Polygon",
                            "coordinates": [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]],
                        },
                    }
                ],
            }
        )
    )
    out = tmp_path / "buffered.gpkg"
    result = qgis_process("--json", "run", "native:buffer", "--", f"INPUT={source}", "DISTANCE=1", f"OUTPUT={out}")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["results"]["OUTPUT"] == str(out)
    assert out.exists()


def test_wrapper_keeps_the_exit_code_of_a_failed_run():
    result = qgis_process("run", "dsezatwin:no_such_algorithm")
    assert result.returncode != 0


def test_createstore_then_loaddemotwin_from_the_command_line(tmp_path):
    store = tmp_path / "cli_twin.gpkg"
    created = qgis_process("--json", "run", "dsezatwin:createstore", "--", f"STORE={store}")
    assert created.returncode == 0, created.stderr
    assert store.exists()
    loaded = qgis_process(
        "--json", "run", "dsezatwin:loaddemotwin", "--", f"STORE={store}", "SEED=7", "SCALE=1", "DAYS=2"
    )
    assert loaded.returncode == 0, loaded.stderr
    results = json.loads(loaded.stdout)["results"]
    counts = {k: v for k, v in results.items() if isinstance(v, int)}
    assert counts, results
    assert all(v >= 0 for v in counts.values())
    assert sum(counts.values()) > 0


def test_store_with_a_password_is_refused(tmp_path):
    result = qgis_process("run", "dsezatwin:createstore", "--", "STORE=dbname=twin password=secret")
    assert result.returncode != 0
    assert "password must not" in (result.stdout + result.stderr).lower()


def test_the_packaged_zip_installs_and_runs(tmp_path):
    """What "Install from ZIP" does: unpack into a profile's plugins folder, enable, run."""
    archive = tmp_path / "dseza_twin.zip"
    built = subprocess.run(
        [str(ROOT / "scripts" / "package.sh"), str(archive)],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert built.returncode == 0, built.stderr
    profile = tmp_path / "profile"
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(archive) as zipped:
        zipped.extractall(plugins)
    site = next((ROOT / ".venv" / "lib").glob("python3*/site-packages"))
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QGIS_CUSTOM_CONFIG_PATH=str(profile),
        PYTHONPATH=str(site),
        XDG_RUNTIME_DIR=str(runtime),
    )

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["/usr/bin/qgis_process.bin", *args],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
            cwd=tmp_path,
            stdin=subprocess.DEVNULL,
        )

    assert run("plugins", "enable", "dseza_twin").returncode == 0
    listed = run("--json", "list")
    assert listed.returncode == 0, listed.stderr
    assert set(PUBLIC_ALGORITHMS) <= set(json.loads(listed.stdout)["providers"]["dsezatwin"]["algorithms"])
    store = tmp_path / "from_zip.gpkg"
    created = run("--json", "run", "dsezatwin:createstore", "--", f"STORE={store}")
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout)["results"]["SCHEMA_VERSION"] >= 1
