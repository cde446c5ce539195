"""dsezatwin:importlayer on good and bad input: clear errors, reports, and a store that keeps
exactly what it had plus the accepted features."""

import pytest
import shapely
from qgis.core import (
    QgsProcessingException,
)
from twin_test_layers import memory_layer

from dseza_twin.dseza_twin_plugin.store import open_store


@pytest.fixture
def store(tmp_path, plugin):
    from qgis import processing

    path = str(tmp_path / "twin.gpkg")
    processing.run("dsezatwin:createstore", {"STORE": path})
    with open_store(path) as s, s.transaction() as w:
        w.insert("functional_areas", [dict(code="HK", kind="industrial_park",
                                           geom=shapely.box(530000, 1770000, 540000, 1780000))])
        w.insert("planning_zones", [dict(code="HK-Z1", area_code="HK", land_use="industrial",
                                         geom=shapely.box(530000, 1770000, 535000, 1775000))])
        w.insert("parcels", [dict(code="HK-001", zone_code="HK-Z1", status="leased",
                                  geom=shapely.box(530000, 1770000, 530100, 1770100))])
    return path


def run_import(store, layer, target="parcels", field_map="", mode="append"):
    from qgis import processing

    return processing.run("dsezatwin:importlayer", {
        "INPUT": layer, "STORE": store, "TARGET": target, "FIELD_MAP": field_map, "MODE": mode,
        "OUTPUT_REJECTED": "TEMPORARY_OUTPUT"})


def snapshot(path):
    with open_store(path) as s:
        return {r["code"]: (r["status"], r["tenant"], r["geom"].wkb) for r in s.rows("parcels")}


def square_wgs84(lon, lat, d=0.0005):
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(lon, lat, lon + d, lat + d)


FIELDS = "field=Mã lô:string&field=trang_thai:string&field=dien_tich:string&field=so_lao_dong:string" \
         "&field=ma_phan_khu:string&field=ghi_chu:string&field=doanh_nghiep:string"


def test_mixed_bad_input_is_reported_and_only_good_features_land(store):
    before = snapshot(store)
    bowtie = "POLYGON((108.15 16.06,108.151 16.061,108.151 16.06,108.15 16.061,108.15 16.06))"
    spike = ("POLYGON((108.158 16.06,108.159 16.06,108.159 16.061,108.159 16.062,108.159 16.061,"
             "108.158 16.061,108.158 16.06))")  # clear of HK-101: lots of one zone must not overlap
    layer = memory_layer("Polygon", FIELDS, crs="EPSG:4326", rows=[
        (square_wgs84(108.1500, 16.0600), ["HK-101", "Đang hoạt động", "2.500,5", "120", "HK-Z1", "ok", "Cty HK"]),
        (spike, ["HK-102", "trống", "", "", "HK-Z1", "repairable", None]),
        (bowtie, ["HK-103", "leased", "", "", "HK-Z1", "self-intersecting", None]),
        (square_wgs84(108.1510, 16.0600), ["HK-104", "leased", "big", "", "HK-Z1", "bad number", None]),
        (square_wgs84(108.1520, 16.0600), ["HK-105", "sold", "", "", "HK-Z1", "bad status", None]),
        (square_wgs84(108.1530, 16.0600), ["HK-101", "leased", "", "", "HK-Z1", "duplicate in input", None]),
        (square_wgs84(108.1540, 16.0600), ["HK-001", "leased", "", "", "HK-Z1", "already in store", None]),
        (square_wgs84(108.1550, 16.0600), ["HK-106", "leased", "", "", "NOPE", "unknown zone", None]),
        (None, ["HK-107", "leased", "", "", "HK-Z1", "no geometry", None]),
        (square_wgs84(108.1560, 16.0600), ["HK-108", "leased", "", "7.5", "HK-Z1", "half a worker", None]),
    ])
    result = run_import(store, layer)
    assert (result["INSERTED"], result["UPDATED"], result["REJECTED"]) == (2, 0, 8)
    reasons = {f["Mã lô"] + "/" + f["ghi_chu"]: f["reject_reason"] for f in result["OUTPUT_REJECTED"].getFeatures()}
    assert reasons == {
        "HK-103/self-intersecting": pytest.approx(reasons["HK-103/self-intersecting"]),
        "HK-104/bad number": "'big' in field area_m2 is not a number",
        "HK-105/bad status": "status 'sold' is not one of: available, reserved, leased, under_construction, operating",
        "HK-101/duplicate in input": "code HK-101 appears more than once in the input",
        "HK-001/already in store": "code HK-001 is already in the store (import with MODE=upsert to update it)",
        "HK-106/unknown zone": "zone_code NOPE does not exist in planning_zones",
        "HK-107/no geometry": "the feature has no geometry",
        "HK-108/half a worker": "'7.5' in field employees is not a whole number",
    }
    assert "invalid" in reasons["HK-103/self-intersecting"] and "1 %" in reasons["HK-103/self-intersecting"]
    # rejected features are kept as they came: input CRS and geometry
    assert result["OUTPUT_REJECTED"].crs().authid() == "EPSG:4326"
    after = snapshot(store)
    assert set(after) == set(before) | {"HK-101", "HK-102"}
    assert {k: after[k] for k in before} == before
    with open_store(store) as s:
        rows = {r["code"]: r for r in s.rows("parcels")}
    good = rows["HK-101"]
    assert good["status"] == "operating" and good["area_m2"] == 2500.5 and good["employees"] == 120
    assert rows["HK-102"]["status"] == "available"
    # transformed to EPSG:5899 metres: ~53 m x 55 m near the Hòa Khánh anchor
    minx, miny, maxx, maxy = good["geom"].bounds
    assert 540_000 < minx < 560_000 and 1_770_000 < miny < 1_790_000
    assert 2_500 < good["geom"].area < 3_300
    assert rows["HK-102"]["geom"].is_valid


def test_missing_required_field_is_a_clear_error_and_changes_nothing(store):
    before = snapshot(store)
    layer = memory_layer("Polygon", "field=ten:string", crs="EPSG:4326", rows=[(square_wgs84(108.15, 16.06), ["x"])])
    with pytest.raises(QgsProcessingException, match="no field for code"):
        run_import(store, layer)
    assert snapshot(store) == before


def test_field_map_fixes_unknown_names(store):
    layer = memory_layer("Polygon", "field=lot_ref:string&field=whatever:integer",
                         [("POLYGON((531000 1771000,531050 1771000,531050 1771050,531000 1771050,531000 1771000))",
                           ["HK-201", 5])], crs="EPSG:5899")
    result = run_import(store, layer, field_map="lot_ref:code, whatever:employees")
    assert result["INSERTED"] == 1
    with open_store(store) as s:
        row = [r for r in s.rows("parcels") if r["code"] == "HK-201"][0]
    assert row["employees"] == 5 and row["geom"].area == 2500
    with pytest.raises(QgsProcessingException, match="does not have"):
        run_import(store, layer, field_map="nothere:code")


def test_wrong_geometry_family_is_refused_up_front(store):
    before = snapshot(store)
    layer = memory_layer("Point", "field=code:string", crs="EPSG:4326", rows=[("POINT(108.15 16.06)", ["P1"])])
    with pytest.raises(QgsProcessingException, match="has points but the twin layer 'parcels' holds polygons"):
        run_import(store, layer)
    assert snapshot(store) == before


def test_empty_layer_imports_nothing(store):
    before = snapshot(store)
    layer = memory_layer("Polygon", FIELDS, crs="EPSG:4326", rows=[])
    result = run_import(store, layer)
    assert (result["IMPORTED"], result["REJECTED"]) == (0, 0)
    assert snapshot(store) == before


def test_upsert_updates_existing_codes(store):
    layer = memory_layer("Polygon", "field=code:string&field=tenant:string", crs="EPSG:5899", rows=[
        ("POLYGON((530000 1770000,530100 1770000,530100 1770100,530000 1770100,530000 1770000))",
         ["HK-001", "Công ty TNHH Điện tử Sông Hàn"]),
        ("POLYGON((530200 1770000,530300 1770000,530300 1770100,530200 1770100,530200 1770000))",
         ["HK-002", None]),  # a new lot is available: no tenant yet
    ])
    result = run_import(store, layer, mode="upsert")
    assert (result["INSERTED"], result["UPDATED"], result["REJECTED"]) == (1, 1, 0)
    after = snapshot(store)
    assert after["HK-001"][:2] == ("leased", "Công ty TNHH Điện tử Sông Hàn")
    assert after["HK-002"][0] == "available"


def test_store_of_other_version_or_missing_is_refused(tmp_path, plugin):
    layer = memory_layer("Polygon", "field=code:string", crs="EPSG:5899", rows=[])
    with pytest.raises(QgsProcessingException, match="not a DSEZA Twin store yet"):
        run_import(str(tmp_path / "new.gpkg"), layer)


def test_real_district_boundaries_are_transformed(store, shared_data):
    """Real Đà Nẵng boundaries (dvhcvn, GPL-3.0) through the whole chain: WGS84 → EPSG:5899."""
    from qgis import processing

    districts = str(shared_data / "admin" / "danang_districts_2024.geojson")
    # 'type' holds "MultiPolygon" in this file and matches the alias of kind: every feature is refused
    refused = run_import(store, districts, target="functional_areas", field_map="name:name_vi")
    assert refused["INSERTED"] == 0 and refused["REJECTED"] == 9
    reasons = sorted(f["reject_reason"] for f in refused["OUTPUT_REJECTED"].getFeatures())
    assert reasons == sorted(["kind is required but empty"] + 8 * [  # the city outline has no "type"
        "kind 'MultiPolygon' is not one of: high_tech_park, it_park, industrial_park, ftz"])
    with_kind = processing.run("native:fieldcalculator", {
        "INPUT": districts, "FIELD_NAME": "loai", "FIELD_TYPE": 2, "FORMULA": "'khu công nghiệp'",
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    result = run_import(store, with_kind, target="functional_areas", field_map="name:name_vi, loai:kind")
    assert result["INSERTED"] == 9
    with open_store(store) as s:
        rows = {r["name_vi"]: r for r in s.rows("functional_areas") if r["name_vi"]}
    hai_chau = rows["Quận Hải Châu"]
    assert hai_chau["kind"] == "industrial_park"
    assert 19e6 < hai_chau["geom"].area < 24e6  # Hải Châu: 20-23 km² by source (metres, not degrees)
    assert hai_chau["geom"].is_valid


def test_sample_stations_import_cleanly(store):
    """resources/samples: Vietnamese field names and values, WGS84 points → sensors in EPSG:5899."""
    from pathlib import Path

    import dseza_twin

    sample = Path(dseza_twin.__file__).parent / "resources" / "samples" / "hoa_khanh_new_air_stations.geojson"
    with open_store(store) as s, s.transaction() as w:
        w.insert("functional_areas", [dict(code="KCN-HK", kind="industrial_park",
                                           geom=shapely.box(540000, 1770000, 550000, 1780000))])
    result = run_import(store, str(sample), target="sensors")
    assert (result["INSERTED"], result["REJECTED"]) == (3, 0)
    with open_store(store) as s:
        rows = {r["code"]: r for r in s.rows("sensors")}
    gate = rows["KCN-HK-QT01"]
    assert (gate["kind"], gate["observed_property"], gate["unit"], gate["area_code"]) == (
        "air", "PM2.5", "µg/m³", "KCN-HK")
    assert gate["name"].startswith("Trạm quan trắc không khí")
    assert [rows[c]["kind"] for c in ("KCN-HK-QT02", "KCN-HK-QT03")] == ["noise", "water"]
    assert 540_000 < gate["geom"].x < 550_000 and 1_770_000 < gate["geom"].y < 1_780_000
