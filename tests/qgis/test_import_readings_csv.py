"""dsezatwin:importreadingscsv through Processing: the real UCI file into GeoPackage and PostGIS, bad rows,
clear errors."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from qgis.core import QgsProcessingException

from dseza_twin.dseza_twin_plugin.store import open_store

UCI = "iot/csv/AirQualityUCI_ItalianCity_2004-2005.csv"
UTC = dt.timezone.utc
ALG = "dsezatwin:importreadingscsv"


def _new_store(address: str) -> str:
    with open_store(address) as store:
        store.create_or_upgrade()
    return address


@pytest.fixture(params=["gpkg", "postgis"])
def store_address(request, tmp_path):
    if request.param == "gpkg":
        return _new_store(str(tmp_path / "twin.gpkg"))
    return _new_store(request.getfixturevalue("pg_store_address"))


def _sql(store, gpkg_sql: str) -> str:
    if store.address.is_gpkg:
        return gpkg_sql
    prefix = '"{}".'.format(store.address.schema)
    return gpkg_sql.replace("?", "%s").replace("FROM ", "FROM " + prefix).replace("JOIN ", "JOIN " + prefix)


def value_at(address: str, code: str, when: dt.datetime):
    with open_store(address) as store:
        param = when.strftime("%Y-%m-%dT%H:%M:%S.000Z") if store.address.is_gpkg else when
        rows = store.query(_sql(store, "SELECT r.value FROM readings r JOIN sensors s ON s.fid = r.sensor_id "
                                       "WHERE s.code = ? AND r.phenomenon_time = ?"), (code, param))
    return [r[0] for r in rows]


def uci_counts(path) -> tuple[int, int]:
    """Non-missing values and -200 cells, by plain csv parsing."""
    values = missing = 0
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            for cell in row[2:]:
                if float(cell) == -200:
                    missing += 1
                else:
                    values += 1
    return values, missing


def test_uci_file_in_both_stores(qgis_app, plugin, shared_data, store_address):
    from qgis import processing

    path = shared_data / UCI
    values, missing = uci_counts(path)
    params = {"INPUT": str(path), "MAPPING": "uci_air_quality", "STORE": store_address}
    first = processing.run(ALG, params)
    assert (first["NEW"], first["DUPLICATE"], first["REJECTED"], first["MISSING"], first["SENSORS"]) == (
        values, 0, 0, missing, 13)
    again = processing.run(ALG, params)
    assert (again["NEW"], again["DUPLICATE"], again["REJECTED"], again["MISSING"]) == (0, first["NEW"], 0, missing)
    assert value_at(store_address, "uci-aq:CO_GT", dt.datetime(2004, 3, 10, 17, tzinfo=UTC)) == [2.6]
    assert value_at(store_address, "uci-aq:NO2_GT", dt.datetime(2004, 3, 10, 17, tzinfo=UTC)) == [113.0]
    with open_store(store_address) as store:
        assert store.count("readings") == values
        sensors = {r["code"]: r for r in store.rows("sensors", ["code", "kind", "unit", "source"])}
        assert len(sensors) == 13 and sensors["uci-aq:NOx_GT"]["unit"] == "ppb"
        assert sensors["uci-aq:NOx_GT"]["source"] == "csv:{}#NOx_GT".format(path.name)
        status = store.query(_sql(store, "SELECT new, duplicate, rejected, last_error FROM sync_status "
                                         "WHERE source = ?"), ("csv:" + path.name,))
        assert status == [(0, values, 0, None)]


def test_uci_file_read_as_europe_rome_in_postgis(qgis_app, plugin, shared_data, pg_store_address):
    from qgis import processing

    address = _new_store(pg_store_address)
    path = shared_data / UCI
    values, missing = uci_counts(path)
    result = processing.run(ALG, {"INPUT": str(path), "MAPPING": "uci_air_quality", "STORE": address,
                                  "TIMEZONE": "Europe/Rome"})
    # 28/03/2004 and 27/03/2005 02:00 do not exist in Europe/Rome: 13 + 12 values quarantined
    assert (result["NEW"], result["REJECTED"], result["MISSING"]) == (values - 25, 25, missing)
    assert value_at(address, "uci-aq:T", dt.datetime(2004, 6, 15, 10, tzinfo=UTC)) == [32.8]
    assert value_at(address, "uci-aq:CO_GT", dt.datetime(2004, 10, 31, 0, tzinfo=UTC)) == [1.3]


BAD_LONG = """sensor,time,value,unit
kcn-no2,2024-05-01 08:00,41.5,µg/m³
kcn-no2,2024-05-01 09:00,oops,µg/m³
kcn-no2,yesterday,40,µg/m³
kcn-no2,2024-05-01 10:00,-9999,µg/m³
ghost,2024-05-01 08:00,1,µg/m³
kcn-no2,2024-05-01 11:00,44,ppm
"""


def test_long_file_with_bad_rows(qgis_app, plugin, tmp_path, store_address):
    from qgis import processing

    path = tmp_path / "kcn.csv"
    path.write_text(BAD_LONG, encoding="utf-8")
    mapping = tmp_path / "kcn.json"
    mapping.write_text(json.dumps({
        "layout": "long", "time": {"column": "time", "format": "%Y-%m-%d %H:%M"}, "missing": [-9999],
        "sensors": {"kcn-no2": {"code": "kcn:no2", "name": "NO2 Lien Chieu", "observed_property": "NO2",
                                "unit": "µg/m³", "lon": 108.125, "lat": 16.11}}}), encoding="utf-8")
    result = processing.run(ALG, {"INPUT": str(path), "MAPPING": str(mapping), "STORE": store_address})
    assert (result["NEW"], result["REJECTED"], result["MISSING"], result["SENSORS"]) == (1, 4, 1, 1)
    assert value_at(store_address, "kcn:no2", dt.datetime(2024, 5, 1, 1, tzinfo=UTC)) == [41.5]  # UTC+7
    with open_store(store_address) as store:
        rows = sorted(store.query(_sql(store, "SELECT payload, reason FROM quarantine")), key=lambda r: r[1])
        [sensor] = store.rows("sensors", ["code", "geom"])
    assert rows == [
        ("kcn-no2,2024-05-01 09:00,oops,µg/m³", "line 3: value 'oops' is not a number"),
        ("kcn-no2,yesterday,40,µg/m³", "line 4: unreadable time 'yesterday' (expected %Y-%m-%d %H:%M)"),
        ("ghost,2024-05-01 08:00,1,µg/m³",
         "line 6: unknown sensor 'ghost' (not in the mapping, and auto_register is off)"),
        ("kcn-no2,2024-05-01 11:00,44,ppm", "line 7: unit 'ppm' differs from sensor kcn-no2's unit 'µg/m³'"),
    ]
    assert sensor["geom"] is not None and 1_780_000 < sensor["geom"].y < 1_790_000


def test_clear_errors(qgis_app, plugin, tmp_path):
    from qgis import processing

    store = _new_store(str(tmp_path / "twin.gpkg"))
    path = tmp_path / "x.csv"
    path.write_text("time,PM10\n2024-01-01T00:00:00,3\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="neither a .json file nor a bundled mapping"):
        processing.run(ALG, {"INPUT": str(path), "MAPPING": "uci_air_qualty", "STORE": store})
    with pytest.raises(QgsProcessingException, match="no column 'PM2.5' named in the mapping"):
        processing.run(ALG, {"INPUT": str(path), "MAPPING": '{"sensors": {"PM2.5": {}}}', "STORE": store})
    with pytest.raises(QgsProcessingException, match="Unknown time zone 'Da Nang'"):
        processing.run(ALG, {"INPUT": str(path), "MAPPING": '{"sensors": {"PM10": {}}}', "STORE": store,
                             "TIMEZONE": "Da Nang"})
    with pytest.raises(QgsProcessingException, match="not a DSEZA Twin store yet"):
        processing.run(ALG, {"INPUT": str(path), "MAPPING": '{"sensors": {"PM10": {}}}',
                             "STORE": str(tmp_path / "new.gpkg")})
    ok = processing.run(ALG, {"INPUT": str(path), "MAPPING": '{"sensors": {"PM10": {}}}', "STORE": store,
                              "TIMEZONE": "UTC"})
    assert (ok["NEW"], ok["SENSORS"]) == (1, 1)
