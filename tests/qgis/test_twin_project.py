"""The twin as a QGIS project (dseza_twin_plugin.twin_project), on a small twin made here."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from shapely.geometry import LineString, Point, box

UTC = dt.timezone.utc
# Near the Da Nang High-Tech Park, in EPSG:5899 (VN-2000 / TM-3 107-45) metres.
X0, Y0 = 533_000.0, 1_774_000.0

EXPECTED_GROUPS = {
    "Planning": ["functional_areas", "planning_zones"],
    "Land": ["parcels", "buildings", "construction_projects"],
    "Infrastructure": ["network_links", "network_nodes"],
    "Environment & IoT": ["sensors", "alerts", "readings"],
}


def _rows():
    areas = [
        {
            "code": "T-HTP",
            "name_en": "Test High-Tech Park",
            "name_vi": "Khu thử",
            "kind": "high_tech_park",
            "established": dt.date(2010, 1, 1),
            "geom": box(X0, Y0, X0 + 2000, Y0 + 1500),
        },
        {
            "code": "T-IP",
            "name_en": "Test Industrial Park",
            "kind": "industrial_park",
            "geom": box(X0 + 2500, Y0, X0 + 4000, Y0 + 1200),
        },
    ]
    uses = ["industrial", "rnd", "green", "services"]
    zones = [
        {
            "code": "Z{}".format(i),
            "area_code": "T-HTP",
            "land_use": use,
            "plan_level": "1/2000",
            "max_coverage_pct": 60.0,
            "max_far": 2.0,
            "max_height_m": 40.0,
            "geom": box(X0 + 1000 * (i % 2), Y0 + 750 * (i // 2), X0 + 1000 * (i % 2 + 1), Y0 + 750 * (i // 2 + 1)),
        }
        for i, use in enumerate(uses)
    ]
    statuses = ["available", "reserved", "leased", "under_construction", "operating", "operating"]
    parcels = [
        {
            "code": "P{}".format(i),
            "zone_code": "Z0",
            "area_code": "T-HTP",
            "land_use": "industrial",
            "status": status,
            "area_m2": 200.0 * 300.0,
            "geom": box(X0 + 50 + 160 * i, Y0 + 50, X0 + 200 + 160 * i, Y0 + 350),
        }
        for i, status in enumerate(statuses)
    ]
    buildings = [
        {
            "code": "B{}".format(i),
            "parcel_code": "P{}".format(i),
            "height_m": h,
            "floors": int(h // 4),
            "source": "estimate",
            "geom": box(X0 + 80 + 160 * i, Y0 + 100, X0 + 170 + 160 * i, Y0 + 250),
        }
        for i, h in enumerate([6.0, 14.0, 25.0, 45.0, 90.0])
    ]
    projects = [
        {
            "code": "C1",
            "parcel_code": "P3",
            "permit_no": "GP-1",
            "status": "under_construction",
            "progress_pct": 40.0,
            "geom": box(X0 + 530, Y0 + 60, X0 + 680, Y0 + 340),
        },
    ]
    links = [
        {
            "code": "R1",
            "network": "road",
            "width_m": 30.0,
            "lanes": 4,
            "area_code": "T-HTP",
            "geom": LineString([(X0, Y0 + 400), (X0 + 4000, Y0 + 400)]),
        },
        {
            "code": "W1",
            "network": "water",
            "diameter_mm": 300.0,
            "geom": LineString([(X0 + 1000, Y0), (X0 + 1000, Y0 + 1500)]),
        },
    ]
    nodes = [
        {"code": "N1", "network": "power", "kind": "substation", "geom": Point(X0 + 1200, Y0 + 600)},
        {"code": "N2", "network": "water", "kind": "pump", "geom": Point(X0 + 1000, Y0 + 1400)},
    ]
    sensors = [
        {
            "code": "S1",
            "kind": "air",
            "observed_property": "PM2.5",
            "unit": "µg/m³",
            "area_code": "T-HTP",
            "geom": Point(X0 + 1500, Y0 + 1000),
        },
        {
            "code": "S2",
            "kind": "flood",
            "observed_property": "water level",
            "unit": "m",
            "geom": Point(X0 + 300, Y0 + 1200),
        },
    ]
    return {
        "functional_areas": areas,
        "planning_zones": zones,
        "parcels": parcels,
        "buildings": buildings,
        "construction_projects": projects,
        "network_links": links,
        "network_nodes": nodes,
        "sensors": sensors,
    }


@pytest.fixture(scope="module")
def small_twin(tmp_path_factory, qgis_app):
    from dseza_twin.dseza_twin_plugin.store import LAYERS, open_store

    path = tmp_path_factory.mktemp("twin") / "small_twin.gpkg"
    store = open_store(str(path))
    try:
        store.create_or_upgrade()
        with store.transaction() as writer:
            for layer, rows in _rows().items():
                writer.insert(layer, rows)
            fids = {code: fid for fid, code in writer.execute("SELECT fid, code FROM sensors")}
            start = dt.datetime(2026, 1, 1, tzinfo=UTC)
            writer.insert(
                "readings",
                [
                    {
                        "sensor_id": fids["S1"],
                        "phenomenon_time": start + dt.timedelta(hours=h),
                        "value": 20.0 + h,
                        "quality": "ok",
                    }
                    for h in range(24)
                ],
            )
            writer.insert(
                "alerts",
                [
                    {
                        "sensor_id": fids["S1"],
                        "zone_code": "Z0",
                        "rule": "PM2.5 24 h mean",
                        "value": 60.0,
                        "limit_value": 50.0,
                        "status": "open",
                        "window_start": start,
                        "window_end": start + dt.timedelta(hours=24),
                        "geom": Point(X0 + 1500, Y0 + 1000),
                    }
                ],
            )
        sources = {layer: store.layer_source(layer) for layer in LAYERS}
    finally:
        store.close()
    return path, sources


@pytest.fixture(scope="module")
def built(small_twin, tmp_path_factory):
    from dseza_twin.dseza_twin_plugin import twin_project

    _, sources = small_twin
    out = tmp_path_factory.mktemp("project")
    project = twin_project.build_twin_project(
        sources, out / "twin.qgz", "Test twin", layer_abstract=twin_project.DEMO_NOTE
    )
    return project, out


def test_layer_tree_has_the_groups_and_layers(built):
    from dseza_twin.dseza_twin_plugin.twin_project import LAYER_PROPERTY

    project, _ = built
    root = project.layerTreeRoot()
    groups = {g.name(): [n.layer().customProperty(LAYER_PROPERTY) for n in g.findLayers()] for g in root.children()}
    assert groups == EXPECTED_GROUPS


def test_every_layer_is_valid_styled_and_described(built):
    from dseza_twin.dseza_twin_plugin.twin_project import DEMO_NOTE, twin_layers

    project, _ = built
    layers = twin_layers(project)
    assert len(layers) == 10
    for name, layer in layers.items():
        assert layer.isValid(), name
        assert layer.featureCount() > 0, name
        assert "illustrative" in layer.metadata().abstract(), name
        assert layer.metadata().abstract() == DEMO_NOTE
    assert not layers["readings"].isSpatial()
    # Edited layers carry their row version on update (optimistic locking: a stale save is a conflict).
    lots = layers["parcels"]
    default = lots.defaultValueDefinition(lots.fields().indexOf("row_version"))
    assert "row_version" in default.expression() and default.applyOnUpdate()
    assert layers["planning_zones"].renderer().type() == "categorizedSymbol"
    assert layers["planning_zones"].renderer().classAttribute() == "land_use"
    assert {c.value() for c in layers["planning_zones"].renderer().categories()} >= {
        "industrial",
        "warehouse",
        "rnd",
        "services",
        "housing",
        "green",
        "infrastructure",
        "transport",
    }
    assert layers["parcels"].renderer().classAttribute() == "status"
    assert layers["buildings"].renderer().type() == "graduatedSymbol"
    assert layers["buildings"].renderer().classAttribute() == "height_m"
    link_rules = layers["network_links"].renderer().rootRule().children()
    assert {r.filterExpression() for r in link_rules} == {
        "\"network\" = '{}'".format(n) for n in ("road", "water", "wastewater", "drainage", "power", "telecom")
    }
    assert layers["buildings"].hasScaleBasedVisibility()  # detail layers hide at overview scales
    assert layers["functional_areas"].labelsEnabled()
    assert layers["functional_areas"].labeling().settings().fieldName == "name_en"


def test_project_crs_relations_and_file(built):
    from qgis.core import QgsProject

    project, out = built
    assert project.crs().authid() == "EPSG:5899"
    relations = project.relationManager().relations()
    assert {"sensor_readings", "parcel_buildings", "zone_parcels"} <= set(relations)
    assert all(r.isValid() for r in relations.values())
    qgz = out / "twin.qgz"
    assert zipfile.is_zipfile(qgz)

    reread = QgsProject()
    assert reread.read(str(qgz))
    assert reread.crs().authid() == "EPSG:5899"
    assert all(layer.isValid() for layer in reread.mapLayers().values())
    assert len(reread.mapLayers()) == 10
    # QGIS opens it on the parks: the saved view holds every functional area, and not much more
    view = reread.viewSettings().defaultViewExtent()
    areas = [lyr for lyr in reread.mapLayers().values() if lyr.customProperty("dseza_twin/layer") == "functional_areas"]
    assert view.contains(areas[0].extent())
    assert view.width() < 2 * max(areas[0].extent().width(), areas[0].extent().height())


def test_render_map_writes_a_picture_of_the_twin(built):
    from qgis.PyQt.QtGui import QImage

    from dseza_twin.dseza_twin_plugin.twin_map import render_map

    project, out = built
    png = render_map(project, out / "twin.png", 1200, 800)
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1200, 800)
    colours = {image.pixelColor(x, y).name() for y in range(0, 800, 4) for x in range(0, 1200, 4)}
    assert len(colours) > 20  # a blank or one-colour map has only a few
    # The planning zones' fills are on the map: industrial violet and green space.
    assert "#a77bca" in colours
    assert "#8ccb6e" in colours


def test_a_layer_that_does_not_open_is_reported(tmp_path, qgis_app):
    from dseza_twin.dseza_twin_plugin.twin_project import TwinProjectError, build_twin_project

    missing = tmp_path / "missing.gpkg"
    with pytest.raises(TwinProjectError, match="parcels"):
        build_twin_project({"parcels": ("{}|layername=parcels".format(missing), "ogr")}, tmp_path / "x.qgz", "x")
