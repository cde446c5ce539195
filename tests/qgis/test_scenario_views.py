"""A scenario as a layer: ``<layer>_in_scenarios`` filtered on a scenario, loaded in QGIS from both backends and
given to an algorithm that takes layers (checkcompliance here): an analyst's model can run any check on a
scenario without promoting it."""

from __future__ import annotations

import pytest
import shapely
from qgis.core import QgsVectorLayer

from dseza_twin.dseza_twin_plugin.store import open_store, scenarios


@pytest.fixture(params=["gpkg", "postgis"])
def demo(request, plugin, tmp_path):
    from qgis import processing

    address = str(tmp_path / "twin.gpkg") if request.param == "gpkg" else request.getfixturevalue("pg_store_address")
    processing.run("dsezatwin:loaddemotwin", {"STORE": address, "SCALE": 0.2, "DAYS": 1})
    with open_store(address) as store:
        lot = next(r for r in store.rows("parcels", order_by="code")
                   if r["status"] == "available" and r["land_use"] == "industrial")
        scenarios.create_scenario(store, "V")
        # the lot with a building covering 90 % of it: coverage fails in the scenario, not live
        hall = shapely.affinity.scale(lot["geom"], 0.9 ** 0.5, 0.9 ** 0.5, origin="centroid")
        scenarios.put_rows(store, "V", "buildings", [{"code": "V-B1", "parcel_code": lot["code"], "height_m": 9.0,
                                                      "floors": 1, "use": "factory", "geom": hall}])
    return address, lot["code"]


def test_a_scenario_view_feeds_checkcompliance(demo):
    from qgis import processing

    address, code = demo
    def layer(store, name, scenario=None):
        source, provider = scenarios.view_source(store, name, scenario) if scenario else store.layer_source(name)
        return QgsVectorLayer(source, name, provider)

    with open_store(address) as store:
        layers = {name: layer(store, name, "V" if name in scenarios.SCENARIO_LAYERS else None)
                  for name in ("parcels", "buildings", "planning_zones", "network_links")}
        live_buildings_layer = layer(store, "buildings")
        live_buildings = store.count("buildings")
    assert all(layer.isValid() for layer in layers.values())
    assert sum(1 for _ in layers["buildings"].getFeatures()) == live_buildings + 1
    runs = {}
    for name, buildings in (("scenario", layers["buildings"]), ("live", None)):
        result = processing.run("dsezatwin:checkcompliance", {
            "PARCELS": layers["parcels"], "BUILDINGS": buildings or live_buildings_layer,
            "ZONING": layers["planning_zones"], "ROADS": layers["network_links"], "OUTPUT": "memory:",
            "VIOLATIONS": "memory:"})
        runs[name] = {f["code"]: f for f in result["OUTPUT"].getFeatures()}[code]
    assert runs["scenario"]["coverage_pct"] == pytest.approx(90.0, rel=1e-3)
    assert runs["scenario"]["status"] == "fail" and runs["live"]["status"] != "fail"


def test_filtered_geopackage_layers_count_right(demo):
    """QGIS 3.22 counts a filtered GeoPackage layer as if unfiltered unless GDAL's kept counts
    (gpkg_ogr_contents) are there: the store keeps them (both ways: after the demo load's inserts and deletes)."""
    address, code = demo
    with open_store(address) as store:
        if address.endswith(".gpkg"):  # (PostGIS: QGIS counts with the filter itself)
            kept = dict(store.query("SELECT table_name, feature_count FROM gpkg_ogr_contents"))
            for table, count in kept.items():
                assert store.query('SELECT count(*) FROM "{}"'.format(table))[0][0] == count, table
            assert {"parcels", "buildings", "scenario_buildings"} <= set(kept)
        scenarios.delete_codes(store, "V", "parcels", [code])
        source, provider = store.layer_source("parcels")
        live_filter = scenarios.live_filter(store, "V", "parcels")
        total = store.count("parcels")
    layer = QgsVectorLayer(source, "lots", provider)
    assert layer.setSubsetString(live_filter)
    assert layer.featureCount() == sum(1 for _ in layer.getFeatures()) == total - 1
