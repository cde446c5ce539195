"""The data-quality gate on a save from QGIS (toolbelt.edit_gate, armed by twin_project on every twin layer): a lot
edited into an invalid geometry or onto its neighbour is not saved — commitChanges() is False, the message names
the rule, the edit stays in the buffer and the store is unchanged — and once corrected, the save goes through.
In a GeoPackage (OGR provider) and in PostGIS (postgres provider)."""

from __future__ import annotations

import pytest
import shapely

from dseza_twin.dseza_twin_plugin.store import open_store
from dseza_twin.dseza_twin_plugin.store.governance import quality


def _at(x, y):
    x0, y0, _, _ = quality.da_nang_box()
    return x0 + 60_000 + x, y0 + 60_000 + y


def box(x0, y0, x1, y1):
    return shapely.box(*_at(x0, y0), *_at(x1, y1))


def wkt(geom) -> str:
    return shapely.to_wkt(shapely.multipolygons([geom]) if geom.geom_type == "Polygon" else geom, rounding_precision=-1)


@pytest.fixture(params=["gpkg", "postgis"])
def address(request, tmp_path, qgis_app):
    address = str(tmp_path / "twin.gpkg") if request.param == "gpkg" else request.getfixturevalue("pg_store_address")
    with open_store(address) as store:
        store.create_or_upgrade()
        with store.transaction() as w:
            w.insert("functional_areas", [{"code": "A1", "kind": "industrial_park", "geom": box(0, 0, 1000, 1000)}])
            w.insert("planning_zones", [{"code": "Z1", "area_code": "A1", "land_use": "industrial",
                                         "geom": box(0, 0, 500, 500)}])
            w.insert("parcels", [
                {"code": "L1", "zone_code": "Z1", "area_code": "A1", "status": "available",
                 "geom": box(0, 0, 100, 100)},
                {"code": "L2", "zone_code": "Z1", "area_code": "A1", "status": "available",
                 "geom": box(120, 0, 220, 100)}])
    return address


@pytest.fixture
def twin(address):
    """The twin layers as QGIS desktop opens them (twin_project), and the messages of their refused saves."""
    from qgis.core import QgsProject

    from dseza_twin.dseza_twin_plugin.twin_project import add_twin_layers

    project = QgsProject()
    with open_store(address) as store:
        sources = {name: store.layer_source(name) for name in ("parcels", "buildings")}
    layers = add_twin_layers(project, sources, groups=(("Land", ("parcels", "buildings")),))
    messages = []
    for layer in layers.values():
        layer.raiseError.connect(messages.append)
    yield layers, messages
    for layer in layers.values():
        if layer.isEditable():
            layer.rollBack()
    project.clear()


def stored(address) -> dict:
    with open_store(address) as store:
        return {r["code"]: (r["status"], r["geom"].wkb) for r in store.rows("parcels")}


def feature(layer, code):
    return next(f for f in layer.getFeatures() if f["code"] == code)


def test_an_invalid_geometry_is_not_saved_and_stays_in_the_buffer(address, twin):
    from qgis.core import QgsGeometry

    layers, messages = twin
    lots = layers["parcels"]
    before = stored(address)
    bow_tie = shapely.Polygon([_at(*p) for p in [(0, 0), (100, 100), (100, 0), (0, 100), (0, 0)]])
    lot = feature(lots, "L1")
    assert lots.startEditing()
    assert lots.changeGeometry(lot.id(), QgsGeometry.fromWkt(wkt(bow_tie)))
    assert not lots.commitChanges()
    assert len(messages) == 1
    assert "were not saved" in messages[0] and "nothing is lost" in messages[0]
    assert "L1: invalid_geometry: Self-intersection at" in messages[0], messages[0]
    assert lots.isEditable() and lot.id() in lots.editBuffer().changedGeometries()  # the edit is kept
    assert stored(address) == before
    assert not lots.commitChanges()  # still wrong: still refused
    assert len(messages) == 2
    # corrected: the save goes through
    assert lots.changeGeometry(lot.id(), QgsGeometry.fromWkt(wkt(box(0, 0, 110, 100))))
    assert lots.commitChanges(), lots.commitErrors()
    after = stored(address)
    assert shapely.from_wkb(after["L1"][1]).equals(box(0, 0, 110, 100))
    assert after["L2"] == before["L2"] and len(messages) == 2


def test_a_lot_drawn_onto_its_neighbour_is_refused_until_it_is_moved_off(address, twin):
    from qgis.core import QgsFeature, QgsGeometry

    layers, messages = twin
    lots = layers["parcels"]
    before = stored(address)
    assert lots.startEditing()
    lot = feature(lots, "L2")
    assert lots.changeGeometry(lot.id(), QgsGeometry.fromWkt(wkt(box(80, 0, 220, 100))))  # 20 m into L1
    status = lots.fields().indexOf("status")
    assert lots.changeAttributeValue(lot.id(), status, "reserved")
    new = QgsFeature(lots.fields())
    new["code"], new["zone_code"], new["area_code"], new["status"] = "L3", "Z1", "A1", "leased"  # no tenant
    new.setGeometry(QgsGeometry.fromWkt(wkt(box(300, 0, 400, 100))))
    assert lots.addFeature(new)
    assert not lots.commitChanges()
    [message] = messages
    assert "2 feature(s) break the data-quality rules" in message
    assert "L2: lot_overlap: overlaps lot L1 of zone Z1 by 2000.0 m²" in message, message
    assert "L3: lot_tenancy: a leased lot without a tenant" in message
    assert len(lots.editBuffer().addedFeatures()) == 1 and lots.editBuffer().isModified()
    assert stored(address) == before
    # moved off L1 and given a tenant: saved, with the attribute change
    assert lots.changeGeometry(lot.id(), QgsGeometry.fromWkt(wkt(box(100.2, 0, 220, 100))))  # 0.2 m: tolerated
    added = next(iter(lots.editBuffer().addedFeatures()))
    assert lots.changeAttributeValue(added, lots.fields().indexOf("tenant"), "Cty C")
    assert lots.commitChanges(), lots.commitErrors()
    after = stored(address)
    assert after["L2"][0] == "reserved" and set(after) == {"L1", "L2", "L3"}
    assert len(messages) == 1


def test_a_good_edit_and_a_deleted_neighbour_pass(address, twin):
    from qgis.core import QgsGeometry

    layers, messages = twin
    lots = layers["parcels"]
    assert lots.startEditing()
    # L2 goes and L1 grows over where it was: no overlap with a lot deleted in the same save
    assert lots.deleteFeature(feature(lots, "L2").id())
    assert lots.changeGeometry(feature(lots, "L1").id(), QgsGeometry.fromWkt(wkt(box(0, 0, 200, 100))))
    assert lots.commitChanges(), lots.commitErrors()
    assert messages == []
    assert set(stored(address)) == {"L1"}


def test_store_address_of_a_layer_source(address):
    from dseza_twin.dseza_twin_plugin.store import parse_store_address
    from dseza_twin.dseza_twin_plugin.toolbelt.edit_gate import store_address

    with open_store(address) as store:
        uri, provider = store.layer_source("parcels")
    assert parse_store_address(store_address(uri, provider)) == parse_store_address(address)
    assert store_address("/tmp/x.shp|layername=x", "ogr") is None


def test_a_building_drawn_out_of_its_lot_is_refused(address, twin):
    from qgis.core import QgsFeature, QgsGeometry

    layers, messages = twin
    buildings = layers["buildings"]
    assert buildings.startEditing()
    new = QgsFeature(buildings.fields())
    new["code"], new["parcel_code"], new["source"] = "B1", "L1", "survey"
    new.setGeometry(QgsGeometry.fromWkt(wkt(box(60, 10, 110, 50))))  # 10 m out of L1, into the gap to L2
    assert buildings.addFeature(new)
    assert not buildings.commitChanges()
    assert "B1: building_outside_lot: 400.0 m² outside lot L1 (tolerance 0.5 m)" in messages[0], messages
    added = next(iter(buildings.editBuffer().addedFeatures()))
    assert buildings.changeGeometry(added, QgsGeometry.fromWkt(wkt(box(60, 10, 100.4, 50))))
    assert buildings.commitChanges(), buildings.commitErrors()
    with open_store(address) as store:
        assert [r["code"] for r in store.rows("buildings")] == ["B1"]
