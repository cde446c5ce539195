import datetime as dt

import pytest
import shapely

from dseza_twin.dseza_twin_plugin.store import schema
from dseza_twin.dseza_twin_plugin.store.standardize import (
    FieldMapError,
    check_row,
    convert_value,
    fold,
    match_fields,
    parse_field_map,
    repair_geometry,
    standardize,
)


def test_fold_removes_vietnamese_diacritics():
    assert fold("Mã Lô Đất") == "ma_lo_dat"
    assert fold("Chiều cao (m)") == "chieu_cao_m"


def test_match_by_name_alias_and_map():
    fields = ["Mã lô", "Trạng thái", "dien_tich", "tenant", "colour"]
    match = match_fields(fields, schema.table("parcels"), parse_field_map("dien_tich:area_m2"))
    assert match.columns == {"area_m2": "dien_tich", "tenant": "tenant", "code": "Mã lô", "status": "Trạng thái"}
    assert match.ignored == ["colour"]
    assert match.missing_required == []


def test_missing_required_field_is_reported():
    match = match_fields(["name"], schema.table("parcels"))
    assert match.missing_required == ["code"]


def test_bad_field_maps():
    with pytest.raises(FieldMapError, match="source_field:target_field"):
        parse_field_map("ma_lo=code")
    with pytest.raises(FieldMapError, match="does not have"):
        match_fields(["a"], schema.table("parcels"), {"b": "code"})
    with pytest.raises(FieldMapError, match="which layer 'parcels' does not have"):
        match_fields(["a"], schema.table("parcels"), {"a": "colour"})


def test_value_conversion():
    t = schema.table("parcels").c
    assert convert_value("1.234,5", t.area_m2) == 1234.5
    assert convert_value("1,234.5", t.area_m2) == 1234.5
    assert convert_value("12", t.employees) == 12
    assert convert_value("26/11/2026", t.lease_start) == dt.date(2026, 11, 26)
    assert convert_value("có", t.is_public) is True
    assert convert_value("Đang hoạt động", t.status) == "operating"
    assert convert_value("", t.tenant) is None
    with pytest.raises(ValueError, match="not a whole number"):
        convert_value("12.5", t.employees)
    with pytest.raises(ValueError, match="not a number"):
        convert_value("lots", t.area_m2)
    with pytest.raises(ValueError, match="not a date"):
        convert_value("yesterday", t.lease_start)


def test_check_row_rules():
    table = schema.table("planning_zones")
    reasons = check_row(table, {"code": "Z", "land_use": "casino", "max_coverage_pct": 140, "max_far": -1})
    assert any("land_use 'casino' is not one of" in r for r in reasons)
    assert any("not a percentage" in r for r in reasons)
    assert any("max_far -1 is negative" in r for r in reasons)
    lease = check_row(schema.table("parcels"), {"code": "P", "status": "leased",
                                                 "lease_start": dt.date(2030, 1, 1), "lease_end": dt.date(2020, 1, 1)})
    assert lease == ["lease_end 2020-01-01 is before lease_start 2030-01-01"]


def test_repair_geometry():
    square = shapely.box(0, 0, 10, 10)
    assert repair_geometry(square, "MULTIPOLYGON") == (square, "")
    # a ring drawn twice over the same edge: valid after repair, same area
    spike = shapely.Polygon([(0, 0), (10, 0), (10, 10), (10, 20), (10, 10), (0, 10)])
    fixed, note = repair_geometry(spike, "MULTIPOLYGON")
    assert fixed.is_valid and abs(fixed.area - 100) < 1e-6 and "repaired" in note
    bowtie = shapely.Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])
    with pytest.raises(ValueError, match="change its area"):
        repair_geometry(bowtie, "MULTIPOLYGON")
    with pytest.raises(ValueError, match="Point cannot go into"):
        repair_geometry(shapely.Point(1, 1), "MULTIPOLYGON")
    with pytest.raises(ValueError, match="no geometry"):
        repair_geometry(None, "POINT")
    z = shapely.Point(1, 2, 3)
    assert not repair_geometry(z, "POINT")[0].has_z


def test_standardize_keeps_reasons_per_feature():
    table = schema.table("buildings")
    match = match_fields(["ma", "chieu_cao", "so_tang"], table)
    records = [{"ma": "B1", "chieu_cao": "12,5", "so_tang": 3},
               {"ma": "B2", "chieu_cao": "tall", "so_tang": 2},
               {"ma": "B3", "chieu_cao": -4, "so_tang": 1}]
    geoms = [shapely.box(0, 0, 5, 5), shapely.box(0, 0, 5, 5), None]
    out = standardize(records, geoms, table, match)
    assert [r["code"] for r in out.rows] == ["B1"]
    assert out.rows[0]["height_m"] == 12.5 and out.rows[0]["floors"] == 3
    assert "source" not in out.rows[0]  # left to the layer default
    assert [(r.index, r.reason) for r in out.rejected] == [
        (1, "'tall' in field height_m is not a number"),
        (2, "the feature has no geometry"),
    ]
