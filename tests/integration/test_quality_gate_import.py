"""The data-quality gate on import (dsezatwin:importlayer → store.import_rows → quality.check_rows), in a
GeoPackage and in PostGIS: one input feature per kind of violation among good ones — the good ones land, each bad
one is refused with its rule and kept once in the quarantine table with its reason, and nothing else changes."""

from __future__ import annotations

import hashlib
import json

import pytest
import shapely
import shapely.affinity
import shapely.ops
from local_geometry import at as _at
from local_geometry import box
from twin_test_layers import memory_layer

from dseza_twin.dseza_twin_plugin.store import LAYERS, open_store
from dseza_twin.dseza_twin_plugin.store.governance import quality

BOW_TIE = [(100, 100), (160, 160), (160, 100), (100, 160), (100, 100)]


def seed(store):
    with store.transaction() as w:
        w.insert("functional_areas", [{"code": "A1", "kind": "industrial_park", "geom": box(0, 0, 2000, 1000)},
                                      {"code": "A2", "kind": "it_park", "geom": box(2000, 0, 3000, 1000)}])
        w.insert("planning_zones", [
            {"code": "Z1", "area_code": "A1", "land_use": "industrial", "geom": box(0, 0, 1000, 500)},
            {"code": "Z2", "area_code": "A1", "land_use": "industrial", "geom": box(1000, 0, 2000, 500)}])
        w.insert("parcels", [
            {"code": "L1", "zone_code": "Z1", "area_code": "A1", "status": "available", "geom": box(0, 0, 100, 100)},
            {"code": "L4", "zone_code": "Z1", "area_code": "A1", "status": "leased", "tenant": "Cty A",
             "geom": box(300, 0, 400, 100)}])
        w.insert("buildings", [{"code": "B1", "parcel_code": "L4", "source": "survey", "geom": box(310, 60, 350, 90)}])


@pytest.fixture(params=["gpkg", "postgis"])
def address(request, tmp_path, plugin):
    address = str(tmp_path / "twin.gpkg") if request.param == "gpkg" else request.getfixturevalue("pg_store_address")
    with open_store(address) as store:
        store.create_or_upgrade()
        seed(store)
    return address


LOT_FIELDS = "field=code:string&field=zone_code:string&field=area_code:string&field=status:string&field=tenant:string"
LOTS = [  # (geometry, [code, zone, area, status, tenant]) -> the rule that refuses it, or None
    (box(0, 200, 100, 300), ["G1", "Z1", "A1", "available", None], None),
    (box(120, 0, 220, 100), ["G2", "Z1", "A1", "leased", "Cty G"], None),
    (box(99.8, 200, 200, 300), ["G3", "Z1", "A1", "available", None], None),  # a 0.2 m sliver on G1: tolerated
    (box(50, 50, 110, 100), ["P-OVERLAP", "Z1", "A1", "available", None], "lot_overlap: overlaps lot L1 of zone "
                                                                          "Z1 by 2500.0 m²"),
    (shapely.box(108.1, 16.0, 108.2, 16.1), ["P-DEGREES", "Z2", "A1", "available", None], "outside_da_nang: "),
    (box(500, 0, 600, 100), ["P-TENANCY", "Z2", "A1", "leased", None], "lot_tenancy: a leased lot without a tenant"),
    (box(700, 0, 800, 100), ["P-AREA", "Z1", "A2", "available", None],
     "lot_area_mismatch: functional area A2 differs from area A1 of zone Z1"),
    (box(900, 0, 1000, 100), ["P-DOMAIN", "Z1", "A1", "sold", None], "status 'sold' is not one of"),
    (None, ["P-NOGEOM", "Z1", "A1", "available", None], "the feature has no geometry"),
    (shapely.Polygon([_at(*p) for p in BOW_TIE]), ["P-BOWTIE", "Z1", "A1", "available", None],
     "the geometry is invalid (Self-intersection"),
]
GOOD = {"G1", "G2", "G3"}


def run_import(address, layer, target="parcels", mode="append"):
    from qgis import processing

    return processing.run("dsezatwin:importlayer", {"INPUT": layer, "STORE": address, "TARGET": target,
                                                    "MODE": mode, "OUTPUT_REJECTED": "TEMPORARY_OUTPUT"})


def lots_layer():
    return memory_layer("Polygon", LOT_FIELDS, [(g, a) for g, a, _ in LOTS])


def snapshot(address) -> dict:
    """Every twin layer's rows (geometry as WKB), the quarantine left out."""
    with open_store(address) as store:
        return {layer: {r.get("code", i): tuple(sorted((k, v.wkb if hasattr(v, "wkb") else v)
                                                       for k, v in r.items() if k not in ("fid", "row_version")))
                        for i, r in enumerate(store.rows(layer))}
                for layer in LAYERS if layer != "readings"}


def quarantined(address) -> list[tuple]:
    with open_store(address) as store:
        if store.address.is_gpkg:
            return store.query("SELECT source, payload, reason, digest FROM quarantine ORDER BY id")
        from psycopg import sql

        return store.query(sql.SQL("SELECT source, payload, reason, digest FROM {} ORDER BY id").format(
            sql.Identifier(store.schema_name, "quarantine")))


def test_good_lots_land_each_bad_one_is_refused_with_its_rule_and_kept_once(address):
    before = snapshot(address)
    result = run_import(address, lots_layer())
    assert (result["INSERTED"], result["REJECTED"], result["QUARANTINED"]) == (3, 7, 7)
    reasons = {f["code"]: f["reject_reason"] for f in result["OUTPUT_REJECTED"].getFeatures()}
    expected = {a[0]: rule for _, a, rule in LOTS if rule}
    assert set(reasons) == set(expected)
    for code, start in expected.items():
        assert start in reasons[code], (code, reasons[code])
    assert reasons["P-OVERLAP"] == expected["P-OVERLAP"]  # one rule, its measure: 50 m x 50 m over L1
    assert reasons["P-DEGREES"].startswith("outside_da_nang: the geometry lies outside Da Nang")

    after = snapshot(address)
    assert {k: v for k, v in after.items() if k != "parcels"} == {k: v for k, v in before.items() if k != "parcels"}
    assert set(after["parcels"]) == set(before["parcels"]) | GOOD
    assert {k: after["parcels"][k] for k in before["parcels"]} == before["parcels"]

    kept = quarantined(address)
    assert len(kept) == 7
    by_reason = {reason: (source, json.loads(payload), payload, digest) for source, payload, reason, digest in kept}
    assert set(by_reason) == set(reasons.values())
    for source, payload, _text, _digest in by_reason.values():
        assert source == "import:parcels"
        assert payload["code"] in expected
    for reason, (_, _, text, digest) in by_reason.items():
        assert digest == hashlib.sha256("{}\0{}".format(text, reason).encode("utf-8")).hexdigest()
    overlap = by_reason[reasons["P-OVERLAP"]][1]
    assert (overlap["zone_code"], overlap["status"]) == ("Z1", "available")
    assert shapely.from_wkt(overlap["geom"]).equals(box(50, 50, 110, 100))  # WKT in EPSG:5899
    no_geometry = by_reason[reasons["P-NOGEOM"]][1]  # refused by standardization: the input record as it came
    assert no_geometry["geom"] is None and no_geometry["code"] == "P-NOGEOM"
    bow_tie = by_reason[reasons["P-BOWTIE"]][1]
    assert not shapely.from_wkt(bow_tie["geom"]).is_valid

    again = run_import(address, lots_layer())  # the good ones are stored now: refused as such, not quarantined
    assert (again["INSERTED"], again["REJECTED"], again["QUARANTINED"]) == (0, 10, 7)
    assert quarantined(address) == kept
    assert snapshot(address) == after


def test_buildings_outside_their_lot_are_refused_against_the_lot_in_the_store(address):
    run_import(address, lots_layer())
    layer = memory_layer("Polygon", "field=code:string&field=parcel_code:string&field=source:string", [
        (box(310, 10, 350, 50), ["BG", "L4", "survey"]),
        (box(360, 10, 400.3, 50), ["BT", "L4", "survey"]),  # 0.3 m over the edge: within the tolerance
        (box(130, 10, 180, 50), ["BG2", "G2", "survey"]),  # in a lot of the earlier import
        (box(380, 60, 405, 90), ["BX", "L4", "survey"]),  # 5 m out of L4
    ])
    result = run_import(address, layer, target="buildings")
    assert (result["INSERTED"], result["REJECTED"], result["QUARANTINED"]) == (3, 1, 1)
    [refused] = list(result["OUTPUT_REJECTED"].getFeatures())
    assert refused["reject_reason"] == "building_outside_lot: 150.0 m² outside lot L4 (tolerance 0.5 m)"
    assert [(s, json.loads(p)["code"]) for s, p, _, _ in quarantined(address) if s == "import:buildings"] == [
        ("import:buildings", "BX")]


def test_an_upsert_that_redraws_a_lot_is_judged_as_the_store_will_hold_it(address):
    """Upserted rows carry only the input's fields: the rules see them completed with the stored row."""
    layer = memory_layer("Polygon", "field=code:string&field=tenant:string", [
        (box(300, 0, 400, 100), ["L4", "Cty A2"]),  # same shape, a new tenant: fine
        (box(0, 0, 60, 100), ["L1", "Cty B"]),  # an available lot given a tenant
    ])
    result = run_import(address, layer, mode="upsert")
    assert (result["UPDATED"], result["REJECTED"]) == (1, 1)
    [refused] = list(result["OUTPUT_REJECTED"].getFeatures())
    assert refused["reject_reason"] == "lot_tenancy: an available lot with a tenant"
    shrunk = memory_layer("Polygon", "field=code:string", [(box(300, 0, 400, 50), ["L4"])])  # B1 stands at y 60-90
    result = run_import(address, shrunk, mode="upsert")
    assert result["REJECTED"] == 1
    assert next(result["OUTPUT_REJECTED"].getFeatures())["reject_reason"] == (
        "building_outside_lot: building B1 would lie 1200.0 m² outside the lot")
    with open_store(address) as store:
        lot = next(r for r in store.rows("parcels") if r["code"] == "L4")
    assert (lot["tenant"], lot["geom"].area) == ("Cty A2", 10_000)


def test_check_rows_sees_the_callers_transaction_and_what_the_same_change_rewrites(address):
    with open_store(address) as store:
        with store.transaction() as w:
            w.insert("parcels", [{"code": "T1", "zone_code": "Z2", "area_code": "A1", "status": "available",
                                  "geom": box(1100, 0, 1200, 100)}])
            overlapping = [{"code": "T2", "zone_code": "Z2", "area_code": "A1", "status": "available",
                            "geom": box(1150, 0, 1250, 100)}]
            assert quality.check_rows(w, "parcels", overlapping) == [
                (0, "lot_overlap: overlaps lot T1 of zone Z2 by 5000.0 m²")]
            fid = w.execute("SELECT fid FROM {} WHERE code = 'T1'".format(
                "parcels" if store.address.is_gpkg else '"{}".parcels'.format(store.schema_name)))[0][0]
            assert quality.check_rows(w, "parcels", overlapping, removed_fids=[fid]) == []
            assert quality.check_rows(w, "parcels", overlapping, tolerance=60) == []
            # a building whose lot is redrawn in the same change is judged against the new lot
            building = [{"code": "B9", "parcel_code": "T1", "source": "survey", "geom": box(1210, 10, 1230, 30)}]
            assert quality.check_rows(w, "buildings", building)[0][1].startswith("building_outside_lot")
            grown = {"parcels": [{"code": "T1", "geom": box(1100, 0, 1250, 100)}]}
            assert quality.check_rows(w, "buildings", building, pending=grown) == []
            w.execute("DELETE FROM {} WHERE code = 'T1'".format(
                "parcels" if store.address.is_gpkg else '"{}".parcels'.format(store.schema_name)))
        assert quality.check_rows(store, "parcels", overlapping) == []  # read-only, from the store
        several = quality.check_rows(store, "parcels", [{"code": "T3", "zone_code": "Z1", "area_code": "A2",
                                                          "status": "leased", "geom": None}])
        assert several == [(0, "missing_geometry: the feature has no geometry; lot_tenancy: a leased lot without a "
                               "tenant; lot_area_mismatch: functional area A2 differs from area A1 of zone Z1")]


def test_the_official_outline_of_da_nang_is_inside_da_nang(tmp_path):
    """The Hoàng Sa island district belongs to the city: its outline is not "outside Da Nang"; UTM 48N metres
    of the mainland parks stored as EPSG:5899 still are."""
    from pyproj import Transformer

    with open_store(str(tmp_path / "outline.gpkg")) as store:
        store.create_or_upgrade()
        to_5899 = Transformer.from_crs(4326, 5899, always_xy=True).transform
        islands = shapely.ops.transform(to_5899, shapely.box(111.2, 15.78, 112.74, 16.98))
        mainland = shapely.ops.transform(to_5899, shapely.box(107.82, 15.92, 108.34, 16.21))
        utm = shapely.ops.transform(Transformer.from_crs(4326, 32648, always_xy=True).transform,
                                    shapely.box(108.2, 16.0, 108.34, 16.1))
        rows = [{"code": "CITY", "kind": "industrial_park", "geom": shapely.MultiPolygon([mainland, islands])},
                {"code": "UTM", "kind": "industrial_park", "geom": utm}]
        assert [(i, r.split(":")[0]) for i, r in quality.check_rows(store, "functional_areas", rows)] == [
            (1, "outside_da_nang")]


@pytest.fixture(scope="module")
def roles_twin(plugin):
    from governance_store import roles_store

    with roles_store() as made:
        yield made


def test_an_officers_import_onto_a_demo_lot_is_refused_and_quarantined(roles_twin):
    """Through an officer's login on the demo twin with roles and row-level security: the gate reads the stored
    lots, and the officer's refused row lands in quarantine."""
    from psycopg import sql

    address = roles_twin.address("officer")
    with open_store(address) as store:
        lot = next(r for r in store.rows("parcels", ["code", "zone_code", "area_code", "geom"], order_by="code")
                   if r["zone_code"] and r["geom"] is not None)
    minx, _, maxx, _ = lot["geom"].bounds
    moved = shapely.affinity.translate(lot["geom"], (maxx - minx) / 2, 0)
    layer = memory_layer("MultiPolygon", LOT_FIELDS, [(moved, ["NEW-1", lot["zone_code"], lot["area_code"],
                                                               "available", None])])
    result = run_import(address, layer)
    assert (result["INSERTED"], result["REJECTED"], result["QUARANTINED"]) == (0, 1, 1)
    reason = next(result["OUTPUT_REJECTED"].getFeatures())["reject_reason"]
    assert reason.startswith("lot_overlap: overlaps lot {} of zone {} by ".format(lot["code"], lot["zone_code"]))
    with roles_twin.connect() as conn:
        kept = conn.execute(sql.SQL("SELECT reason, payload::json->>'code' FROM {} WHERE source = 'import:parcels'")
                            .format(sql.Identifier(roles_twin.schema, "quarantine"))).fetchall()
    assert kept == [(reason, "NEW-1")]
