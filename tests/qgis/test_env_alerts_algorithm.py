"""dsezatwin:environmentalerts on the demo twin: planted episodes come back as alerts; writing is idempotent."""

from __future__ import annotations

import datetime as dt

import pytest
from qgis.core import QgsProcessingException, QgsWkbTypes

from dseza_twin.dseza_twin_plugin.core.demo import build_demo_twin
from dseza_twin.dseza_twin_plugin.store import open_store

END = dt.datetime(2026, 11, 1, 17, tzinfo=dt.timezone.utc)  # 2026-11-02 00:00 in Da Nang
RULE_OF_TAG = {
    "AQ-PM25": "QCVN05:2023/PM2.5/24h",
    "AQ-NO2": "QCVN05:2023/NO2/1h",
    "WQ-COD": "QCVN40:2011/COD/A",
    "NS-LAEQ": "QCVN26:2010/LAeq/normal/day",
}


@pytest.fixture(scope="module")
def demo(qgis_app, plugin, tmp_path_factory):
    from qgis import processing

    path = str(tmp_path_factory.mktemp("env") / "demo.gpkg")
    processing.run("dsezatwin:loaddemotwin", {"STORE": path, "DAYS": 5, "END": "2026-11-02T00:00:00+07:00"})
    return path, build_demo_twin(seed=2026, days=5, end=END)


def _utc(qdatetime) -> dt.datetime:
    return dt.datetime.fromtimestamp(qdatetime.toMSecsSinceEpoch() / 1000.0, dt.timezone.utc)


def test_planted_episodes_are_found_with_their_sensor_and_rule(demo):
    from qgis import processing

    path, twin = demo
    result = processing.run("dsezatwin:environmentalerts", {"STORE": path, "OUTPUT": "memory:"})
    layer = result["OUTPUT"]
    assert layer.wkbType() == QgsWkbTypes.Point and layer.crs().authid() == "EPSG:5899"
    features = list(layer.getFeatures())
    exceedances = [f for f in features if f["kind"] == "exceedance"]
    assert result["EXCEEDANCES"] == len(exceedances)
    planted = [e for e in twin.episodes if e["sensor_code"].split("-", 2)[-1] in RULE_OF_TAG]
    assert planted, "the demo plants air, water and noise episodes"
    matched = set()
    for episode in planted:
        tag = episode["sensor_code"].split("-", 2)[-1]
        hits = [f for f in exceedances if f["sensor_code"] == episode["sensor_code"]
                and f["rule"] == RULE_OF_TAG[tag] and _utc(f["window_start"]) <= episode["start"]
                and _utc(f["window_end"]) >= episode["end"]]
        assert len(hits) == 1, "episode {} {} not found".format(episode["sensor_code"], episode["start"])
        hit = hits[0]
        matched.add(hit.id())
        if tag != "AQ-PM25":  # hourly rules: the alert window is the episode itself, its value the peak
            assert (_utc(hit["window_start"]), _utc(hit["window_end"])) == (episode["start"], episode["end"])
            assert hit["value"] == pytest.approx(episode["peak"])
            assert hit["limit"] == pytest.approx(episode["limit"])
        else:  # the local calendar day holding the episode
            day = _utc(hit["window_start"]).astimezone(dt.timezone(dt.timedelta(hours=7)))
            assert (day.hour, _utc(hit["window_end"]) - _utc(hit["window_start"])) == (0, dt.timedelta(days=1))
            assert hit["value"] > 50.0 and hit["limit"] == 50.0
        assert hit["clause"] and not hit.geometry().isNull()
    # nothing else exceeds: outside the episodes the demo keeps its ordinary readings under the limits
    assert {f.id() for f in exceedances} == matched
    with open_store(path) as store:
        sensors = {r["code"]: r["geom"] for r in store.rows("sensors", ["code", "geom"])}
    for f in features:
        point = f.geometry().asPoint()
        assert (point.x(), point.y()) == pytest.approx((sensors[f["sensor_code"]].x, sensors[f["sensor_code"]].y))


def test_since_selects_alerts_and_anomalies_can_be_switched_off(demo):
    from qgis import processing

    path, twin = demo
    late = max(e["end"] for e in twin.episodes if "TR-COUNT" not in e["sensor_code"])
    result = processing.run("dsezatwin:environmentalerts", {
        "STORE": path, "SINCE": late.isoformat(), "ANOMALIES": False, "OUTPUT": "memory:"})
    features = list(result["OUTPUT"].getFeatures())
    assert result["ANOMALY_COUNT"] == 0
    assert all(_utc(f["window_end"]) > late for f in features)


def test_write_to_store_writes_each_alert_once(demo):
    from qgis import processing

    path, _ = demo
    with open_store(path) as store:
        before = store.count("alerts")
    first = processing.run("dsezatwin:environmentalerts", {"STORE": path, "WRITE_TO_STORE": True,
                                                           "OUTPUT": "memory:"})
    n = first["EXCEEDANCES"] + first["ANOMALY_COUNT"]
    assert n > 0 and first["WRITTEN"] == n
    second = processing.run("dsezatwin:environmentalerts", {"STORE": path, "WRITE_TO_STORE": True,
                                                            "OUTPUT": "memory:"})
    assert second["WRITTEN"] == 0 and second["EXCEEDANCES"] + second["ANOMALY_COUNT"] == n
    with open_store(path) as store:
        rows = store.rows("alerts")
    assert len(rows) == before + n
    written = {(r["rule"], r["window_start"]) for r in rows}
    for f in first["OUTPUT"].getFeatures():
        assert (f["rule"], _utc(f["window_start"])) in written
    assert all(r["status"] == "open" and r["geom"] is not None for r in rows[before:])


def test_a_bad_threshold_pack_is_a_clear_error(demo, tmp_path):
    from qgis import processing

    path, _ = demo
    bad = tmp_path / "pack.json"
    bad.write_text('{"id": "x", "version": "1", "parameters": {"NO2": {"limits": [{"rule": "r"}]}}}',
                   encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="standard"):
        processing.run("dsezatwin:environmentalerts", {"STORE": path, "THRESHOLDS": str(bad), "OUTPUT": "memory:"})


def test_write_to_a_postgis_store_is_idempotent(qgis_app, plugin, pg_store_address):
    from qgis import processing

    processing.run("dsezatwin:loaddemotwin", {"STORE": pg_store_address, "DAYS": 5,
                                              "END": "2026-11-02T00:00:00+07:00"})
    params = {"STORE": pg_store_address, "WRITE_TO_STORE": True, "ANOMALIES": False, "OUTPUT": "memory:"}
    first = processing.run("dsezatwin:environmentalerts", params)
    assert first["EXCEEDANCES"] >= 4 and first["WRITTEN"] == first["EXCEEDANCES"]
    assert processing.run("dsezatwin:environmentalerts", params)["WRITTEN"] == 0
    with open_store(pg_store_address) as store:
        assert store.count("alerts") == first["WRITTEN"]


def test_a_store_that_is_not_a_twin_store_is_a_clear_error(qgis_app, plugin, tmp_path):
    from qgis import processing

    with pytest.raises(QgsProcessingException, match="not a DSEZA Twin store"):
        processing.run("dsezatwin:environmentalerts", {"STORE": str(tmp_path / "empty.gpkg"), "OUTPUT": "memory:"})


def test_since_reads_only_the_history_it_needs_and_finds_the_same_alerts(qgis_app, plugin, tmp_path):
    """With SINCE, the store hands over only the readings the windows and the anomaly reference need
    (SINCE − 30 days); the alerts are those of an evaluation over the whole history."""
    from qgis import processing
    from qgis.core import QgsProcessingFeedback

    from dseza_twin.dseza_twin_plugin.core.environment import alerts as al
    from dseza_twin.dseza_twin_plugin.core.environment.thresholds import load_pack

    path = str(tmp_path / "long.gpkg")
    processing.run("dsezatwin:loaddemotwin", {"STORE": path, "DAYS": 45, "END": "2026-11-02T00:00:00+07:00"})
    since = END - dt.timedelta(days=4)

    class Feedback(QgsProcessingFeedback):
        infos: list = []

        def pushInfo(self, info):  # noqa: N802 - QGIS API
            self.infos.append(info)

    feedback = Feedback()
    result = processing.run("dsezatwin:environmentalerts", {
        "STORE": path, "SINCE": since.isoformat(), "OUTPUT": "memory:"}, feedback=feedback)
    got = sorted((f["sensor_code"], f["rule"], _utc(f["window_start"]), _utc(f["window_end"]))
                 for f in result["OUTPUT"].getFeatures())

    with open_store(path) as store:
        sensors = store.rows("sensors", ["fid", "code", "kind", "observed_property", "unit", "geom"])
        everything = store.rows("readings", ["sensor_id", "phenomenon_time", "value", "quality"])
    full = al.evaluate(al.series_from_rows(sensors, everything), load_pack(None), since=since)
    expected = sorted((a.sensor_code, a.rule, a.window_start, a.window_end) for a in full.alerts)
    assert got == expected and len(got) > 0
    read = next(int(i.split(" sensors, ")[1].split(" ")[0]) for i in feedback.infos if " readings." in i)
    first_needed = since - al.history_needed()
    assert read == sum(1 for r in everything if r["phenomenon_time"] >= first_needed) < len(everything)
