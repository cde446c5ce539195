"""dsezatwin:syncsensorthings against the loopback SensorThings server, into a GeoPackage store."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException
from sta_server import StaServer, generated_danang

from dseza_twin.dseza_twin_plugin.store import open_store


@pytest.fixture
def server():
    with StaServer(generated_danang(), max_top=25) as s:
        yield s


@pytest.fixture
def store_path(tmp_path):
    path = str(tmp_path / "twin.gpkg")
    with open_store(path) as store:
        store.create_or_upgrade()
    return path


def test_sync_counts_and_rerun(qgis_app, plugin, server, store_path):
    from qgis import processing

    params = {"URL": server.base_url, "STORE": store_path}
    first = processing.run("dsezatwin:syncsensorthings", params)
    assert (first["NEW"], first["DUPLICATE"], first["REJECTED"], first["SENSORS"]) == (180, 0, 5, 3)
    again = processing.run("dsezatwin:syncsensorthings", params)
    assert (again["NEW"], again["DUPLICATE"], again["SENSORS"]) == (0, 0, 3)
    with open_store(store_path) as store:
        assert store.count("readings") == len(server.valid_readings()) == 180


def test_datastream_filter_and_limit(qgis_app, plugin, server, store_path):
    from qgis import processing

    result = processing.run("dsezatwin:syncsensorthings", {
        "URL": server.base_url, "STORE": store_path, "DATASTREAMS": "102, Lien Chieu noise",
        "MAX_OBSERVATIONS": 10})
    assert result["SENSORS"] == 2 and result["NEW"] == 25  # one whole page
    assert server.observation_requests(101) == 0


def test_clear_errors(qgis_app, plugin, server, store_path, tmp_path):
    from qgis import processing

    with pytest.raises(QgsProcessingException, match="must start with http"):
        processing.run("dsezatwin:syncsensorthings", {"URL": "ftp://x", "STORE": store_path})
    with pytest.raises(QgsProcessingException, match="None of the datastreams"):
        processing.run("dsezatwin:syncsensorthings", {"URL": server.base_url, "STORE": store_path,
                                                      "DATASTREAMS": "999"})
    with pytest.raises(QgsProcessingException, match="not a DSEZA Twin store yet"):
        processing.run("dsezatwin:syncsensorthings", {"URL": server.base_url, "STORE": str(tmp_path / "new.gpkg")})
