"""Two officers edit the same lot through QGIS (two QgsVectorLayer editing sessions on the same table): the
second save fails with the store's conflict message instead of overwriting the first — in a GeoPackage (OGR
provider) and in PostGIS (postgres provider)."""

from __future__ import annotations

import pytest
import shapely

from dseza_twin.dseza_twin_plugin.store import open_store


@pytest.fixture(params=["gpkg", "postgis"])
def address(request, tmp_path, qgis_app):
    address = str(tmp_path / "twin.gpkg") if request.param == "gpkg" else request.getfixturevalue("pg_store_address")
    with open_store(address) as store:
        store.create_or_upgrade()
        with store.transaction() as w:
            w.insert("parcels", [{"code": "L1", "status": "available", "geom": shapely.box(10, 10, 60, 60)},
                                 {"code": "L2", "status": "available", "geom": shapely.box(70, 10, 120, 60)}])
    return address


def _layer(address):
    from qgis.core import QgsVectorLayer

    from dseza_twin.dseza_twin_plugin.toolbelt.edit_locking import arm_layer

    with open_store(address) as store:
        uri, provider = store.layer_source("parcels")
    layer = QgsVectorLayer(uri, "parcels", provider)
    assert layer.isValid()
    assert arm_layer(layer)
    return layer


def _feature(layer, code):
    return next(f for f in layer.getFeatures() if f["code"] == code)


def _stored(address):
    with open_store(address) as store:
        return {r["code"]: (r["status"], r["tenant"], r["row_version"])
                for r in store.rows("parcels", ["code", "status", "tenant", "row_version"])}


def test_second_save_of_the_same_lot_is_refused(address):
    from qgis.core import QgsGeometry

    first, second = _layer(address), _layer(address)
    lot_a, lot_b = _feature(first, "L1"), _feature(second, "L1")
    status = first.fields().indexOf("status")
    tenant = second.fields().indexOf("tenant")
    assert first.startEditing() and second.startEditing()
    assert first.changeAttributeValue(lot_a.id(), status, "reserved")
    assert first.changeGeometry(lot_a.id(), QgsGeometry.fromWkt("MULTIPOLYGON(((10 10, 65 10, 65 60, 10 60, 10 10)))"))
    assert second.changeAttributeValue(lot_b.id(), status, "leased")
    assert second.changeAttributeValue(lot_b.id(), tenant, "Cty B")  # a second change: the default stays stable
    assert first.commitChanges(), first.commitErrors()
    assert _stored(address)["L1"] == ("reserved", None, 2)
    assert not second.commitChanges()
    errors = " ".join(second.commitErrors())
    assert "Edit conflict" in errors and "changed by someone else" in errors, errors
    assert _stored(address)["L1"] == ("reserved", None, 2)  # the first officer's save was kept
    # the second officer reloads and makes the change again: it goes through
    second.rollBack()
    lot_b = _feature(second, "L1")
    assert second.startEditing() and second.changeAttributeValue(lot_b.id(), tenant, "Cty B")
    assert second.commitChanges(), second.commitErrors()
    assert _stored(address)["L1"] == ("reserved", "Cty B", 3)


def test_different_lots_do_not_conflict_and_versions_follow_each_save(address):
    first, second = _layer(address), _layer(address)
    status = first.fields().indexOf("status")
    assert first.startEditing() and second.startEditing()
    assert first.changeAttributeValue(_feature(first, "L1").id(), status, "reserved")
    assert second.changeAttributeValue(_feature(second, "L2").id(), status, "reserved")
    assert first.commitChanges(), first.commitErrors()
    assert second.commitChanges(), second.commitErrors()
    assert first.startEditing()  # a second save in the same session starts from the saved version
    assert first.changeAttributeValue(_feature(first, "L1").id(), status, "leased")
    assert first.commitChanges(), first.commitErrors()
    assert _stored(address) == {"L1": ("leased", None, 3), "L2": ("reserved", None, 2)}


@pytest.fixture(scope="module")
def roles_twin(qgis_app):
    from governance_store import roles_store

    with roles_store() as made:
        yield made


def test_two_officers_on_a_store_with_roles(roles_twin):
    """The same through officers' logins on a store with roles and row-level security: the audit names the
    officer whose save went through."""
    from psycopg import sql

    address = roles_twin.address("officer")
    first, second = _layer(address), _layer(address)
    code = _feature(first, next(iter(f["code"] for f in first.getFeatures())))["code"]
    sector = first.fields().indexOf("sector")
    assert first.startEditing() and second.startEditing()
    assert first.changeAttributeValue(_feature(first, code).id(), sector, "first officer")
    assert second.changeAttributeValue(_feature(second, code).id(), sector, "second officer")
    assert first.commitChanges(), first.commitErrors()
    assert not second.commitChanges()
    assert "Edit conflict" in " ".join(second.commitErrors())
    second.rollBack()
    with roles_twin.connect() as conn:
        row = conn.execute(sql.SQL("SELECT changed_by, after->>'sector' FROM {}.audit_log "
                                   "WHERE table_name = 'parcels' ORDER BY id DESC LIMIT 1").format(
            sql.Identifier(roles_twin.schema))).fetchone()
    assert row == (roles_twin.logins["officer"], "first officer")
