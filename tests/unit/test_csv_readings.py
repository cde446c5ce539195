"""CSV readings → twin store: mappings, time zones and DST, gaps, quarantine, exactly-once (GeoPackage, no QGIS)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import zoneinfo

import pytest

from dseza_twin.dseza_twin_plugin.iot import csv_readings
from dseza_twin.dseza_twin_plugin.iot.csv_readings import (
    CsvMapping,
    LocalTime,
    MappingError,
    import_readings_csv,
    load_mapping,
    parse_timezone,
)
from dseza_twin.dseza_twin_plugin.store import open_store

UTC = dt.timezone.utc
ROME = zoneinfo.ZoneInfo("Europe/Rome")
UCI = "iot/csv/AirQualityUCI_ItalianCity_2004-2005.csv"


# -- helpers (plain SQL, independent of the code under test) ---------------------

def _store(tmp_path, name="twin.gpkg"):
    store = open_store(str(tmp_path / name))
    store.create_or_upgrade()
    return store


def _sql(store, gpkg_sql: str) -> str:
    if store.address.is_gpkg:
        return gpkg_sql
    return gpkg_sql.replace("?", "%s").replace("FROM ", 'FROM "{}".'.format(store.address.schema)).replace(
        "JOIN ", 'JOIN "{}".'.format(store.address.schema))


def _time_param(store, when: dt.datetime):
    return when.strftime("%Y-%m-%dT%H:%M:%S.000Z") if store.address.is_gpkg else when


def values_at(store, code: str, when: dt.datetime) -> list:
    return [r[0] for r in store.query(_sql(
        store, "SELECT r.value FROM readings r JOIN sensors s ON s.fid = r.sensor_id "
               "WHERE s.code = ? AND r.phenomenon_time = ?"), (code, _time_param(store, when)))]


def quarantined(store) -> list[tuple[str, str, str]]:
    return sorted(store.query(_sql(store, "SELECT source, payload, reason FROM quarantine")))


def status(store, source: str):
    return store.query(_sql(store, "SELECT new, duplicate, rejected, sensors, last_error, last_run_end "
                                   "FROM sync_status WHERE source = ?"), (source,))


def utc(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def uci_expectation(path, zone=dt.timezone(dt.timedelta(hours=1))):
    """(values, missing, rejected) counted with plain csv parsing; rejected = values at local times that
    do not exist in ``zone``."""
    values = missing = rejected = 0
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        for row in rows:
            naive = dt.datetime.strptime(row[0] + " " + row[1], "%d/%m/%Y %H:%M:%S")
            aware = naive.replace(tzinfo=zone)
            exists = aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive
            for cell in row[2:]:
                if float(cell) == -200:
                    missing += 1
                elif exists:
                    values += 1
                else:
                    rejected += 1
    return values, missing, rejected


# -- mappings ------------------------------------------------------------------------

def test_bundled_mapping_and_json_forms(tmp_path):
    bundled = load_mapping("uci_air_quality")
    assert bundled["timezone"] == "UTC+01:00" and bundled["missing"] == [-200]
    mapping = CsvMapping.from_dict(bundled)
    assert mapping.time_columns == ["Date", "Time"] and len(mapping.sensors) == 13
    assert mapping.sensors["CO_GT"].code == "uci-aq:CO_GT" and mapping.sensors["CO_GT"].unit == "mg/m³"
    assert -200.0 in mapping.missing_numbers and "" in mapping.missing_texts
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"sensors": {"a": {}}}), encoding="utf-8")
    assert load_mapping(str(path)) == {"sensors": {"a": {}}}
    assert load_mapping(' {"sensors": {"a": {}}}') == {"sensors": {"a": {}}}
    defaults = CsvMapping.from_dict({"sensors": {"PM2.5 (ug/m3)": {"unit": "µg/m³"}}, "code_prefix": "x:"})
    spec = defaults.sensors["PM2.5 (ug/m3)"]
    assert (spec.code, spec.kind, defaults.timezone) == ("x:PM2.5 (ug/m3)", "air", "Asia/Ho_Chi_Minh")


@pytest.mark.parametrize("raw, message", [
    ({"sensors": {"a": {}}, "timezon": "UTC"}, "unknown keys: timezon"),
    ({"sensors": {"a": {}}, "timezone": "Mars/Olympus"}, "Unknown time zone 'Mars/Olympus'"),
    ({"sensors": {"a": {"kind": "weather"}}}, "must be one of air, water"),
    ({"sensors": {}}, "needs \"sensors\""),
    ({"sensors": {"a": {}}, "time": {"columns": ["t"], "format": "dd/mm/yyyy"}}, "neither iso, epoch"),
    ({"sensors": {"a": {"lon": 108.1}}}, "'lon' and 'lat' must both be numbers"),
    ({"sensors": {"a": {"lon": 1008.1, "lat": 16}}}, "not a WGS 84 position"),
    ({"sensors": {"a": {}}, "encoding": "klingon"}, "Unknown encoding"),
    ({"sensors": {"a": {}}, "delimiter": ";;"}, "one character"),
    ({"layout": "long", "auto_register": "yes"}, "auto_register"),
    ({"sensors": {"a": {}}, "auto_register": True}, "long files only"),
])
def test_mapping_errors(raw, message):
    with pytest.raises(MappingError, match=message):
        CsvMapping.from_dict(raw)


def test_load_mapping_errors(tmp_path):
    with pytest.raises(MappingError, match="neither a .json file nor a bundled mapping.*uci_air_quality"):
        load_mapping("no_such_mapping")
    with pytest.raises(MappingError, match=r"not valid JSON: .* \(line 1, column"):
        load_mapping('{"layout": wide}')
    with pytest.raises(MappingError, match="No mapping was given"):
        load_mapping("  ")
    with pytest.raises(MappingError, match="must be a JSON object"):
        load_mapping(str(_write(tmp_path / "list.json", "[1, 2]")))


def _write(path, text: str, encoding="utf-8"):
    path.write_text(text, encoding=encoding)
    return path


# -- time zones and daylight saving ---------------------------------------------------

def test_parse_timezone():
    assert parse_timezone(None) == zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
    assert parse_timezone("UTC+07:00").utcoffset(None) == dt.timedelta(hours=7)
    assert parse_timezone("+0530").utcoffset(None) == dt.timedelta(hours=5, minutes=30)
    assert parse_timezone("GMT-3").utcoffset(None) == dt.timedelta(hours=-3)
    assert parse_timezone("utc") is UTC
    with pytest.raises(MappingError, match="out of range"):
        parse_timezone("UTC+15")


def test_local_time_dst_rules():
    rome = LocalTime(ROME)
    assert rome.to_utc(dt.datetime(2004, 3, 10, 18)) == (utc(2004, 3, 10, 17), None)
    assert rome.to_utc(dt.datetime(2004, 7, 1, 12)) == (utc(2004, 7, 1, 10), None)
    when, reason = rome.to_utc(dt.datetime(2004, 3, 28, 2, 30))
    assert when is None and "does not exist in Europe/Rome" in reason
    # clocks back on 31 October 2004: 02:00 happens twice; first occurrence, unless it repeats
    assert rome.to_utc(dt.datetime(2004, 10, 31, 2), "a") == (utc(2004, 10, 31, 0), None)
    assert rome.to_utc(dt.datetime(2004, 10, 31, 2), "a") == (utc(2004, 10, 31, 1), None)
    assert rome.to_utc(dt.datetime(2004, 10, 31, 2), "b") == (utc(2004, 10, 31, 0), None)  # per sensor
    assert rome.to_utc(dt.datetime(2004, 10, 31, 3)) == (utc(2004, 10, 31, 2), None)
    shifted = LocalTime(ROME, nonexistent="shift_forward").to_utc(dt.datetime(2004, 3, 28, 2, 30))
    assert shifted == (utc(2004, 3, 28, 1, 30), None)  # = 03:30 summer time
    strict = LocalTime(ROME, ambiguous="reject").to_utc(dt.datetime(2004, 10, 31, 2, 15))
    assert strict[0] is None and "happened twice" in strict[1]
    danang = LocalTime(parse_timezone(None))
    assert danang.to_utc(dt.datetime(2024, 1, 1, 7)) == (utc(2024, 1, 1, 0), None)


# -- synthetic files (always run) ----------------------------------------------------

ORIGINAL_UCI = """Date;Time;CO(GT);PT08.S1(CO);NO2(GT);T;;
10/03/2004;18.00.00;2,6;1360;113;13,6;;
10/03/2004;19.00.00;2;1292;-200;13,3;;
10/03/2004;20.00.00;abc;1402;114;-200;;
10/03/2004;21.00.00;2,2;1376;122;NaN;;
32/03/2004;22.00.00;1,6;-200;116;11,2;;
10/03/2004;23.00.00;1,2;1197;
;;;;;;;
;;;;;;;

"""

ORIGINAL_MAPPING = {
    "delimiter": ";", "decimal": ",", "encoding": "latin-1",
    "time": {"columns": ["Date", "Time"], "format": "%d/%m/%Y %H.%M.%S"},
    "timezone": "Europe/Rome", "missing": [-200],
    "sensors": {"CO(GT)": {"code": "s:co", "observed_property": "CO", "unit": "mg/m³"},
                "NO2(GT)": {"code": "s:no2", "observed_property": "NO2", "unit": "µg/m³"},
                "T": {"code": "s:t", "unit": "°C", "lon": 108.15, "lat": 16.065}},
}


def test_wide_semicolons_decimal_commas_and_bad_cells(tmp_path):
    path = _write(tmp_path / "AirQualityUCI.csv", ORIGINAL_UCI, encoding="latin-1")
    with _store(tmp_path) as store:
        result = import_readings_csv(store, path, ORIGINAL_MAPPING, now=utc(2026, 1, 1))
        assert (result.new, result.duplicate, result.rejected, result.missing, result.sensors) == (8, 0, 6, 2, 3)
        assert (result.rows, result.blank, result.ignored_columns) == (6, 3, ["PT08.S1(CO)"])
        assert values_at(store, "s:co", utc(2004, 3, 10, 17)) == [2.6]
        assert values_at(store, "s:t", utc(2004, 3, 10, 18)) == [13.3]
        assert values_at(store, "s:no2", utc(2004, 3, 10, 18)) == []  # -200: a gap, nothing stored
        reasons = [(payload, reason) for _, payload, reason in quarantined(store)]
        assert ("10/03/2004;20.00.00;abc;1402;114;-200;;", "line 4: column CO(GT): 'abc' is not a number") in reasons
        assert ("10/03/2004;21.00.00;2,2;1376;122;NaN;;", "line 5: column T: 'NaN' is not a finite number") in reasons
        assert ("32/03/2004;22.00.00;1,6;-200;116;11,2;;",
                "line 6: unreadable time '32/03/2004 22.00.00' (expected %d/%m/%Y %H.%M.%S)") in reasons
        assert ("10/03/2004;23.00.00;1,2;1197;", "line 7: 5 fields where the header has 8") in reasons
        assert len(reasons) == 4 and {s for s, _, _ in quarantined(store)} == {"csv:AirQualityUCI.csv"}
        sensors = {r["code"]: r for r in store.rows("sensors", ["code", "kind", "unit", "source", "geom"])}
        assert sensors["s:no2"]["unit"] == "µg/m³" and sensors["s:no2"]["source"] == "csv:AirQualityUCI.csv#NO2(GT)"
        assert sensors["s:t"]["geom"] is not None and 535_000 < sensors["s:t"]["geom"].x < 550_000
        assert sensors["s:co"]["geom"] is None
        assert status(store, "csv:AirQualityUCI.csv")[0][:5] == (8, 0, 6, 3, None)

        again = import_readings_csv(store, path, ORIGINAL_MAPPING, now=utc(2026, 1, 1))
        assert (again.new, again.duplicate, again.rejected, again.missing) == (0, 8, 6, 2)
        assert store.count("readings") == 8 and len(quarantined(store)) == 4  # quarantine keeps a line once
        assert store.count("sensors") == 3


def test_unreadable_line_does_not_stop_the_import(tmp_path):
    huge = "x" * 200_000  # over the csv module's field limit
    text = "time,PM10,,\n2024-01-01T00:00:00,3,,\n2024-01-01T01:00:00,{}\n2024-01-01T02:00:00,5\n".format(huge)
    path = _write(tmp_path / "huge.csv", text)
    with _store(tmp_path) as store:
        result = import_readings_csv(store, path, {"sensors": {"PM10": {"code": "pm10"}}, "timezone": "UTC"})
        # the last line lacks only the trailing unnamed columns: read
        assert (result.new, result.rejected, result.rows) == (2, 1, 3)
        [(_, payload, reason)] = quarantined(store)
        assert payload.endswith(huge) and reason == "line 3: unreadable CSV line (field larger than field limit " \
                                                    "(131072))"
        assert values_at(store, "pm10", utc(2024, 1, 1, 2)) == [5.0]


LONG = """sensor,time,value,unit
htp-pm25,2024-05-01T08:00:00,35.5,µg/m³
htp-pm25,2024-05-01T09:00:00,41,µg/m³
htp-pm25,2024-05-01T09:00:00,41,µg/m³
htp-pm25,2024-05-01T10:00:00+00:00,12.5,µg/m³
htp-pm25,2024-05-01T11:00:00Z,NA,µg/m³
htp-pm25,2024-05-01T12:00:00,-999,µg/m³
htp-pm25,2024-05-01T13:00:00,12 µg,µg/m³
htp-pm25,2024-05-01T14:00:00,nan,µg/m³
htp-pm25,2024-05-01 25:00,3,µg/m³
htp-pm25,2031-01-01T00:00:00,3,µg/m³
htp-pm25,2024-05-01T15:00:00,3,mg/m³
unknown-1,2024-05-01T08:00:00,1,
,2024-05-01T08:00:00,1,
htp-noise
"htp-noise","2024-05-01T08:00:00","65,5",dBA
"""

LONG_MAPPING = {"layout": "long", "missing": [-999, "NA"], "time": {"column": "time", "format": "iso"},
                "sensors": {"htp-pm25": {"code": "htp:pm25", "observed_property": "PM2.5", "unit": "µg/m³"},
                            "htp-noise": {"code": "htp:noise", "unit": "dBA"}}}


def test_long_layout_quarantine_and_reasons(tmp_path):
    path = _write(tmp_path / "long.csv", LONG)
    with _store(tmp_path) as store:
        result = import_readings_csv(store, path, json.dumps(LONG_MAPPING), now=utc(2026, 1, 1))
        assert (result.new, result.duplicate, result.missing, result.sensors) == (3, 1, 2, 2)
        reasons = {reason for _, _, reason in quarantined(store)}
        assert reasons == {
            "line 8: value '12 µg' is not a number",
            "line 9: value 'nan' is not a finite number",
            "line 10: unreadable time '2024-05-01 25:00' (expected ISO 8601)",
            "line 11: time '2031-01-01T00:00:00' (2030-12-31T17:00:00Z) is more than a day in the future",
            "line 12: unit 'mg/m³' differs from sensor htp-pm25's unit 'µg/m³'",
            "line 13: unknown sensor 'unknown-1' (not in the mapping, and auto_register is off)",
            "line 14: no sensor id",
            "line 15: 1 fields where the header has 4",
            "line 16: value '65,5' is not a number",  # the mapping's decimal separator is '.'
        }
        assert result.rejected == 9
        payloads = {payload for _, payload, _ in quarantined(store)}
        assert '"htp-noise","2024-05-01T08:00:00","65,5",dBA' in payloads
        # naive times in the default zone (Asia/Ho_Chi_Minh, UTC+7); explicit offsets kept
        assert values_at(store, "htp:pm25", utc(2024, 5, 1, 1)) == [35.5]
        assert values_at(store, "htp:pm25", utc(2024, 5, 1, 2)) == [41.0]
        assert values_at(store, "htp:pm25", utc(2024, 5, 1, 10)) == [12.5]


def test_long_auto_registration_and_epoch(tmp_path):
    text = "station;t_ms;reading;unit\nriver-1;1714550400000;7,2;mg/L\nriver-1;1714554000000;7,4;mg/L\n" \
           "pump-9;1714550400000;3,5;kWh\n"
    path = _write(tmp_path / "auto.csv", text)
    mapping = {"layout": "long", "delimiter": ";", "decimal": ",", "time": {"column": "t_ms", "format": "epoch_ms"},
               "columns": {"sensor": "station", "value": "reading"},
               "auto_register": {"kind": "water", "code_prefix": "csv:"}}
    with _store(tmp_path) as store:
        result = import_readings_csv(store, path, mapping)
        assert (result.new, result.rejected, result.sensors) == (3, 0, 2)
        sensors = {r["code"]: r for r in store.rows("sensors", ["code", "kind", "unit"])}
        assert sensors["csv:river-1"]["kind"] == "water" and sensors["csv:river-1"]["unit"] == "mg/L"
        assert sensors["csv:pump-9"]["kind"] == "energy"  # guessed from the unit
        assert values_at(store, "csv:river-1", utc(2024, 5, 1, 9)) == [7.4]
        again = import_readings_csv(store, path, mapping)
        assert (again.new, again.duplicate, again.sensors) == (0, 3, 2)


def test_dst_in_a_long_file(tmp_path):
    text = ("sensor,time,value\n"
            "a,2004-10-31 01:00,1\na,2004-10-31 02:00,2\na,2004-10-31 02:00,3\na,2004-10-31 03:00,4\n"
            "b,2004-10-31 02:00,5\n"
            "a,2004-03-28 01:30,6\na,2004-03-28 02:30,7\na,2004-03-28 03:30,8\n")
    path = _write(tmp_path / "dst.csv", text)
    mapping = {"layout": "long", "timezone": "Europe/Rome", "time": {"column": "time", "format": "%Y-%m-%d %H:%M"},
               "sensors": {"a": {"code": "a"}, "b": {"code": "b"}}}
    with _store(tmp_path) as store:
        result = import_readings_csv(store, path, mapping)
        assert (result.new, result.rejected) == (7, 1)
        assert values_at(store, "a", utc(2004, 10, 30, 23)) == [1.0]
        assert values_at(store, "a", utc(2004, 10, 31, 0)) == [2.0]  # first 02:00 (summer time)
        assert values_at(store, "a", utc(2004, 10, 31, 1)) == [3.0]  # the repeat: 02:00 winter time
        assert values_at(store, "a", utc(2004, 10, 31, 2)) == [4.0]
        assert values_at(store, "b", utc(2004, 10, 31, 0)) == [5.0]
        assert values_at(store, "a", utc(2004, 3, 28, 1, 30)) == [8.0]
        [(_, payload, reason)] = quarantined(store)
        assert payload == "a,2004-03-28 02:30,7"
        assert reason == ("line 8: time '2004-03-28 02:30' does not exist in Europe/Rome "
                          "(the clocks went forward over this hour)")
        # TIMEZONE override: the same file read as fixed UTC+1 keeps every row
        other = import_readings_csv(store, path, mapping, timezone="UTC+01:00")
        assert other.rejected == 0


def test_header_problems_write_nothing(tmp_path):
    path = _write(tmp_path / "x.csv", "when,NO2\n2024-01-01T00:00:00,3\n")
    with _store(tmp_path) as store:
        with pytest.raises(MappingError, match=r"no column 'time', 'PM10' named in the mapping \(its columns are: "
                                               r"when, NO2\)"):
            import_readings_csv(store, path, {"sensors": {"PM10": {}}})
        assert store.count("sensors") == 0 and store.count("readings") == 0
        assert "no column" in status(store, "csv:x.csv")[0][4]
        with pytest.raises(MappingError, match="does not exist"):
            import_readings_csv(store, tmp_path / "absent.csv", {"sensors": {"PM10": {}}})
    empty = _write(tmp_path / "empty.csv", "")
    with _store(tmp_path, "b.gpkg") as store, pytest.raises(MappingError, match="no header line"):
        import_readings_csv(store, empty, {"sensors": {"PM10": {}}})


def _long_file(tmp_path, n: int):
    path = tmp_path / "many.csv"
    start = dt.datetime(2024, 1, 1)
    with open(path, "w", newline="", encoding="utf-8") as f:
        f.write("sensor,time,value\n")
        for i in range(n):
            f.write("s{},{:%Y-%m-%dT%H:%M:%S},{}\n".format(i % 3, start + dt.timedelta(minutes=i // 3), i))
    return path


def test_batches_cancel_and_resume(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_readings, "_TICK", 500)
    path = _long_file(tmp_path, 5000)
    mapping = {"layout": "long", "time": {"column": "time"}, "timezone": "UTC",
               "sensors": {"s0": {}, "s1": {}, "s2": {}}}
    checks = []

    def cancel_on_fourth_check():
        checks.append(1)
        return len(checks) >= 4

    progress = []
    with _store(tmp_path) as store:
        first = import_readings_csv(store, path, mapping, batch_size=700, is_canceled=cancel_on_fourth_check,
                                    progress=lambda pct, text: progress.append(pct))
        assert first.canceled and first.new == 1400  # two whole batches committed before the cancel
        assert store.count("readings") == 1400
        assert status(store, "csv:many.csv")[0][4] == "canceled"
        second = import_readings_csv(store, path, mapping, batch_size=700)
        assert (second.new, second.duplicate, second.canceled) == (3600, 1400, False)
        assert store.count("readings") == 5000
        assert values_at(store, "s1", utc(2024, 1, 1, 0, 1)) == [4.0]
    assert progress and all(0 <= p <= 100 for p in progress) and progress == sorted(progress)


# -- the real UCI file ---------------------------------------------------------------

def test_uci_file_into_geopackage(tmp_path, shared_data):
    path = shared_data / UCI
    values, missing, _ = uci_expectation(path)
    assert (values, missing) == (104_940, 16_701)  # the file as published in ../shared/data
    with _store(tmp_path) as store:
        result = import_readings_csv(store, path, "uci_air_quality")
        assert (result.new, result.duplicate, result.rejected, result.missing, result.sensors) == (
            values, 0, 0, missing, 13)
        assert result.rows == 9357 and store.count("readings") == values
        assert values_at(store, "uci-aq:CO_GT", utc(2004, 3, 10, 17)) == [2.6]
        assert values_at(store, "uci-aq:AH", utc(2004, 3, 10, 17)) == [0.7578]
        assert values_at(store, "uci-aq:T", utc(2004, 6, 15, 11)) == [32.8]  # UTC+1 in summer too
        assert values_at(store, "uci-aq:NMHC_GT", utc(2005, 4, 4, 13)) == []  # -200
        assert values_at(store, "uci-aq:NOx_GT", utc(2005, 4, 4, 13)) == [265.0]
        assert status(store, "csv:" + path.name)[0][:5] == (values, 0, 0, 13, None)
        again = import_readings_csv(store, path, "uci_air_quality")
        assert (again.new, again.duplicate, again.missing) == (0, values, missing)
        assert store.count("readings") == values and store.count("sensors") == 13


def test_uci_file_default_time_zone_and_europe_rome(tmp_path, shared_data):
    path = shared_data / UCI
    mapping = load_mapping("uci_air_quality")
    del mapping["timezone"]
    with _store(tmp_path) as store:
        import_readings_csv(store, path, mapping)
        assert values_at(store, "uci-aq:CO_GT", utc(2004, 3, 10, 11)) == [2.6]  # Asia/Ho_Chi_Minh, UTC+7
    values, missing, rejected = uci_expectation(path, ROME)
    assert rejected == 25  # the two spring-forward 02:00 rows, minus their -200 cells
    with _store(tmp_path, "rome.gpkg") as store:
        result = import_readings_csv(store, path, "uci_air_quality", timezone="Europe/Rome")
        assert (result.new, result.rejected, result.missing) == (values, rejected, missing)
        assert values_at(store, "uci-aq:CO_GT", utc(2004, 3, 10, 17)) == [2.6]
        assert values_at(store, "uci-aq:T", utc(2004, 6, 15, 10)) == [32.8]  # summer time, UTC+2
        assert values_at(store, "uci-aq:CO_GT", utc(2004, 10, 31, 0)) == [1.3]  # 02:00, first occurrence
        assert values_at(store, "uci-aq:CO_GT", utc(2004, 10, 31, 2)) == [1.0]  # 03:00 winter time
        reasons = sorted(reason for _, _, reason in quarantined(store))
        assert reasons == [
            "line 418: time '28/03/2004 2:00:00' does not exist in Europe/Rome (the clocks went forward over "
            "this hour)",
            "line 9154: time '27/03/2005 2:00:00' does not exist in Europe/Rome (the clocks went forward over "
            "this hour)"]
