"""Shared test set-up: the plugin is imported as installed (``dseza_twin``).

``scripts/setup.sh`` links the checkout into the project's own QGIS profile
(``.qgis-profile/profiles/default/python/plugins/dseza_twin``); that plugins
folder goes on ``sys.path`` so tests import ``dseza_twin.…`` exactly as QGIS
does. The repository root itself is never put on ``sys.path`` (its
``processing`` folder would hide QGIS's own ``processing`` package).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROFILE = ROOT / ".qgis-profile"
PLUGINS = PROFILE / "profiles" / "default" / "python" / "plugins"
SHARED_DATA = ROOT.parent / "shared" / "data"

if not (PLUGINS / "dseza_twin").exists():
    raise RuntimeError(
        "The plugin is not linked into the project's QGIS profile; run ./scripts/setup.sh first."
    )
# `python -m pytest` puts the working directory first on sys.path; here that is the
# repository root, whose processing/ would hide QGIS's framework of the same name.
sys.path[:] = [p for p in sys.path if p not in ("", ".", str(ROOT)) and Path(p or ".").resolve() != ROOT]
sys.path.insert(0, str(PLUGINS))
sys.path.insert(1, str(Path(__file__).resolve().parent))  # tests' own helpers (twin_test_layers.py)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", str(PROFILE))


@pytest.fixture(scope="session")
def qgis_app():
    """One headless QgsApplication with Processing initialised, for the whole session."""
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        QgsApplication.setPrefixPath("/usr", True)
        app = QgsApplication([], False, str(PROFILE / "tests"))
        app.initQgis()
        sys.path.append("/usr/share/qgis/python/plugins")
        from processing.core.Processing import Processing  # QGIS's framework

        Processing.initialize()
    yield app


@pytest.fixture(scope="module")
def plugin(qgis_app):
    """The plugin loaded as qgis_process loads it (initProcessing, no iface), for one test module."""
    import dseza_twin

    loaded = dseza_twin.classFactory(None)
    loaded.initProcessing()
    yield loaded
    loaded.unload()


@pytest.fixture
def shared_data() -> Path:
    """The real public data of ../shared/data; tests that need it skip where it is absent."""
    if not SHARED_DATA.exists():
        pytest.skip("../shared/data is absent: real public data not available here")
    return SHARED_DATA


PG_CONNINFO = os.environ.get("DSEZA_TEST_PG", "dbname=dseza_twin_test host=127.0.0.1 port=5432 user=postgres")


@pytest.fixture
def pg_store_address(request):
    """A PostGIS store address in a fresh schema of the test database, dropped afterwards.

    The test database is made by scripts/setup.sh; a missing server is a failure, not a skip.
    """
    import uuid

    import psycopg

    schema = "t_{}".format(uuid.uuid4().hex[:10])
    yield "{} schema={}".format(PG_CONNINFO, schema)
    with psycopg.connect(PG_CONNINFO, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS {} CASCADE".format(schema))

#: Master password of the test profile's QGIS authentication database (.qgis-profile, never a real one).
TEST_PROFILE_MASTER_PASSWORD = "master-of-the-test-profile"


@pytest.fixture
def auth(qgis_app):
    """Makes authentication configurations in the test profile's QGIS auth database; removes them after."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    assert manager.setMasterPassword(TEST_PROFILE_MASTER_PASSWORD, True)
    made = []

    def make(method: str, **values) -> str:
        config = QgsAuthMethodConfig(method)
        config.setName("dseza test {}".format(len(made)))
        for key, value in values.items():
            config.setConfig(key, value)
        assert manager.storeAuthenticationConfig(config)[0]
        made.append(config.id())
        return config.id()

    yield make
    for authcfg in made:
        manager.clearCachedConfig(authcfg)
        manager.removeAuthenticationConfig(authcfg)
