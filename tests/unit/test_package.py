"""scripts/package.sh builds a zip that QGIS's "Install from ZIP" accepts."""

from __future__ import annotations

import configparser
import subprocess
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist") / "dseza_twin.zip"
    result = subprocess.run(
        [str(ROOT / "scripts" / "package.sh"), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    return out


def test_zip_has_one_top_folder_named_like_the_plugin(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert names
    assert {name.split("/")[0] for name in names} == {"dseza_twin"}
    for required in ("metadata.txt", "__init__.py", "dseza_twin_plugin/__init__.py"):
        assert "dseza_twin/" + required in names


def test_zip_leaves_out_tests_environments_and_caches(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    forbidden = ("tests", "scripts", ".ci", ".venv", ".qgis-profile", ".git", "out", "dist", "__pycache__")
    for name in names:
        parts = name.split("/")[1:]
        assert not set(parts) & set(forbidden), name
        assert not name.endswith((".pyc", ".pyo")), name
        assert not any(p.startswith(".") for p in parts), name


def test_metadata_in_zip_is_what_qgis_reads(plugin_zip):
    text = zipfile.ZipFile(plugin_zip).read("dseza_twin/metadata.txt").decode("utf-8")
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read_string(text)
    general = metadata["general"]
    assert general["name"] == "DSEZA Twin"
    assert general["version"]
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    icon = general.get("icon")
    if icon:
        assert "dseza_twin/" + icon in zipfile.ZipFile(plugin_zip).namelist()


def test_every_python_file_in_zip_compiles(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as archive:
        sources = [n for n in archive.namelist() if n.endswith(".py")]
        assert "dseza_twin/processing/provider.py" in sources or sources
        for name in sources:
            compile(archive.read(name), name, "exec")
