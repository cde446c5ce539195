"""The zone inspector on the demo twin: diacritic-insensitive search, values that match the store, the chart's
points, background tasks that fill the dock, a map pick, and a dock that leaves nothing behind."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt
from qgis.PyQt.QtWidgets import QDockWidget, QMainWindow

AREA = "KCN-HK"


@pytest.fixture(scope="module")
def demo(qgis_app, plugin, tmp_path_factory):
    from qgis import processing

    path = str(tmp_path_factory.mktemp("inspector") / "demo.gpkg")
    processing.run("dsezatwin:loaddemotwin", {"STORE": path, "DAYS": 35})
    return path


def _iq():
    from dseza_twin.dseza_twin_plugin.store import inspector_queries

    return inspector_queries


def _open(address):
    from dseza_twin.dseza_twin_plugin.store import open_store

    return open_store(address)


def _wait(condition, timeout=30.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the inspector's task")
        QgsApplication.processEvents()
        time.sleep(0.005)


def _flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()


def test_normalise_strips_vietnamese_diacritics():
    iq = _iq()
    assert iq.normalise("Khu công nghiệp Hòa Khánh") == "khu cong nghiep hoa khanh"
    assert iq.normalise("ĐÀ NẴNG  Liên Chiểu") == "da nang lien chieu"
    assert iq.normalise("Thọ Quang") == iq.normalise("tho quang")


def _search_checks(address):
    iq = _iq()
    with _open(address) as store:
        hits = iq.search(store, "Hoa Khanh")
        assert hits[0] == iq.Target("functional_areas", "KCN-HK", "Khu công nghiệp Hòa Khánh")
        # words only in the Vietnamese name (the English one is "Hoa Cam Industrial Park")
        assert [h.code for h in iq.search(store, "khu cong nghiep hoa cam") if h.layer == "functional_areas"] \
            == ["KCN-HC"]
        # đ → d
        assert "DN-HTP" in [h.code for h in iq.search(store, "cong nghe cao da nang")]
        assert iq.search(store, "kcn-hk-dv01")[0] == iq.Target("planning_zones", "KCN-HK-DV01",
                                                                 iq.search(store, "KCN-HK-DV01")[0].name)
        assert iq.search(store, "   ") == []


def test_search_ignores_diacritics(demo):
    _search_checks(demo)


def _expected(store, code):
    """Figures of a functional area read straight from the store, to compare with the inspector's."""
    import shapely

    area = [r for r in store.rows("functional_areas", ["code", "geom"]) if r["code"] == code][0]
    lots = [r for r in store.rows("parcels", ["code", "area_code", "status"]) if r["area_code"] == code]
    status: dict = {}
    for lot in lots:
        status[lot["status"]] = status.get(lot["status"], 0) + 1
    sensors = {r["fid"]: r["code"] for r in store.rows("sensors", ["fid", "code", "area_code"])
               if r["area_code"] == code}
    p = "?" if store.address.is_gpkg else "%s"
    prefix = "" if store.address.is_gpkg else '"{}".'.format(store.address.schema)
    latest = {sensors[sid]: value for sid, value in store.query(
        "SELECT sensor_id, value FROM {}readings_latest".format(prefix)) if sid in sensors}
    return {"area_ha": shapely.area(area["geom"]) / 1e4, "status": status, "lots": len(lots), "latest": latest,
            "prefix": prefix, "p": p}


def _days_with_readings(store, sensor_id, now, prefix, p):
    local_today = (now + dt.timedelta(hours=7)).date()
    first = local_today - dt.timedelta(days=29)
    rows = store.query("SELECT DISTINCT day FROM {}readings_daily WHERE sensor_id = {} AND n > 0".format(prefix, p),
                       [sensor_id])
    days = {dt.date.fromisoformat(str(r[0])[:10]) for r in rows}
    return len([d for d in days if first <= d <= local_today])


def _values_checks(address):
    iq = _iq()
    now = dt.datetime.now(dt.timezone.utc)
    with _open(address) as store:
        details = iq.load_zone(store, "functional_areas", AREA, now=now)
        expected = _expected(store, AREA)
        assert details.target.name == "Khu công nghiệp Hòa Khánh"
        assert details.area_ha == pytest.approx(expected["area_ha"], rel=1e-9)
        assert len(details.lots) == expected["lots"] > 0
        assert details.lot_status == expected["status"]
        assert details.indicators["lots_total"] == expected["lots"]
        assert details.indicators["area_ha"] == pytest.approx(expected["area_ha"], rel=1e-9)
        shown = {s["code"]: s["value"] for s in details.sensors if s["area_code"] == AREA}
        assert shown == expected["latest"] and len(shown) >= 4
        pm = next(s for s in details.sensors if s["code"] == AREA + "-AQ-PM25")
        assert pm["limit"] is not None and pm["state"] in ("ok", "above")
        # the chart: one point per day with readings in the last 30 days
        sensor = details.series.sensor_id
        assert sensor == details.sensors[0]["fid"]
        want = _days_with_readings(store, sensor, now, expected["prefix"], expected["p"])
        assert want >= 28
        assert len(details.series.points) == want
        week = iq.sensor_series(store, sensor, 7, now)
        hours = store.query("SELECT count(DISTINCT substr(CAST(phenomenon_time AS TEXT), 1, 13)) FROM {}readings "
                            "WHERE sensor_id = {p} AND phenomenon_time >= {p} AND phenomenon_time <= {p} AND value IS "
                            "NOT NULL".format(expected["prefix"], p=expected["p"]),
                            [sensor, *(_bound(store, t) for t in (now - dt.timedelta(days=7), now))])[0][0]
        assert len(week.points) == hours > 100
        # a lot: its zone's limits apply, with their clause
        lot = details.lots[0]["code"]
        lot_details = iq.load_zone(store, "parcels", lot, now=now)
        assert lot_details.limits and all(lim["clause"].startswith("plan of zone") for lim in lot_details.limits)
        assert lot_details.indicators["level"] == "parcel"
        with pytest.raises(iq.UnknownTargetError):
            iq.load_zone(store, "parcels", "NO-SUCH-LOT")


def _bound(store, when):
    if store.address.is_gpkg:
        return when.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    return when


def test_values_match_the_store_gpkg(demo):
    _values_checks(demo)


def test_postgis_store(qgis_app, plugin, pg_store_address):
    from qgis import processing

    processing.run("dsezatwin:loaddemotwin", {"STORE": pg_store_address, "DAYS": 35})
    _search_checks(pg_store_address)
    _values_checks(pg_store_address)
    iq = _iq()
    with _open(pg_store_address) as store:
        lot = store.rows("parcels", ["code", "geom"])[0]
        point = lot["geom"].representative_point()
        found = iq.pick(store, point.x, point.y)
        assert found[0] == iq.Target("parcels", lot["code"], found[0].name)
        assert [t.layer for t in found][1:] == ["planning_zones", "functional_areas"]


class FakeIface:
    def __init__(self):
        from qgis.gui import QgsMapCanvas

        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)

    def mainWindow(self):  # noqa: N802
        return self.window

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def addDockWidget(self, area, dock):  # noqa: N802
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):  # noqa: N802
        self.window.removeDockWidget(dock)


def test_dock_loads_in_the_background(demo):
    iface = FakeIface()
    for _ in range(2):  # twice: nothing of the first dock gets in the way of the second
        _exercise_dock(iface, demo)


def _exercise_dock(iface, demo):
    from dseza_twin.dseza_twin_plugin.gui.inspector import ZoneInspectorDock

    dock = ZoneInspectorDock(iface, lambda: demo)
    iface.addDockWidget(Qt.RightDockWidgetArea, dock)
    shown, found, series = [], [], []
    dock.detailsShown.connect(shown.append)
    dock.searchDone.connect(found.append)
    dock.seriesShown.connect(series.append)

    dock.search("hoa khanh")
    _wait(lambda: found)
    assert found[0][0].code == AREA
    assert dock.results.count() == len(found[0]) and dock.results.item(0).data(Qt.UserRole) == (
        "functional_areas", AREA)
    dock.results.itemClicked.emit(dock.results.item(0))
    _wait(lambda: shown and not dock.is_busy())
    details = shown[-1]
    assert details.target.code == AREA and dock.last_load_ms is not None
    tabs = dock.tabs
    overview = {tabs.overview.item(r, 0).text(): tabs.overview.item(r, 1).data(Qt.UserRole)
                for r in range(tabs.overview.rowCount())}
    assert overview["Code"] == AREA and overview["Area (ha, EPSG:5899)"] == pytest.approx(details.area_ha)
    assert tabs.lots.rowCount() == len(details.lots) > 0
    assert tabs.buildings.rowCount() == len(details.buildings)
    assert tabs.projects.rowCount() == len(details.projects)
    assert tabs.alerts.rowCount() == len(details.alerts)
    latest = {tabs.sensors.item(r, 0).text(): tabs.sensors.item(r, 2).data(Qt.UserRole)
              for r in range(tabs.sensors.rowCount())}
    assert latest == {s["code"]: s["value"] for s in details.sensors}
    assert tabs.chart.point_count == len([p for p in details.series.points if p[1] is not None]) >= 28
    assert tabs.indicators.rowCount() > 10

    # a newer request wins: two loads in a row, only the second is shown
    shown.clear()
    dock.inspect("planning_zones", AREA + "-DV01")
    dock.inspect("functional_areas", "KCN-HC")
    _wait(lambda: shown and not dock.is_busy())
    QgsApplication.taskManager().waitForAll() if hasattr(QgsApplication.taskManager(), "waitForAll") else None
    for _ in range(20):
        QgsApplication.processEvents()
    assert [d.target.code for d in shown] == ["KCN-HC"]

    # the 7-day chart: hourly points
    tabs.period_choice.setCurrentIndex(tabs.period_choice.findData(7))
    _wait(lambda: series and not dock.is_busy())
    assert series[-1].days == 7 and tabs.chart.point_count == len(series[-1].points) > 100

    # a click on the map: the lot under it
    from dseza_twin.dseza_twin_plugin.store import open_store

    with open_store(demo) as store:
        lot = [r for r in store.rows("parcels", ["code", "geom"]) if r["code"].startswith(AREA)][0]
    point = lot["geom"].representative_point()
    shown.clear()
    dock.pick_at(point.x, point.y)
    _wait(lambda: shown and not dock.is_busy())
    assert shown[-1].target == type(shown[-1].target)("parcels", lot["code"], shown[-1].target.name)
    dock.pick_button.setChecked(True)
    assert iface.canvas.mapTool() is dock._map_tool

    # unloading: the plugin's unload() does these three
    iface.removeDockWidget(dock)
    dock.dispose()
    dock.deleteLater()
    _flush_deletes()
    assert iface.window.findChildren(QDockWidget, "DsezaTwinZoneInspector") == []
    assert iface.canvas.mapTool() is None


def test_dock_without_store_says_so(qgis_app):
    from dseza_twin.dseza_twin_plugin.gui.inspector import ZoneInspectorDock

    iface = FakeIface()
    dock = ZoneInspectorDock(iface, lambda: None)
    failures = []
    dock.failed.connect(failures.append)
    dock.search("Hoa Khanh")
    assert failures and "No twin store is connected" in failures[0]
    dock.dispose()
    dock.deleteLater()
    _flush_deletes()


def test_alerts_of_the_area_its_sensors_and_lots(demo):
    iq = _iq()
    with _open(demo) as store:
        sensor = [r for r in store.rows("sensors", ["fid", "code"]) if r["code"] == AREA + "-AQ-PM25"][0]
        other = [r for r in store.rows("sensors", ["fid", "code"]) if r["code"] == "KCN-HC-AQ-PM25"][0]
        lot = [r["code"] for r in store.rows("parcels", ["code", "area_code"]) if r["area_code"] == AREA][0]
        t = dt.datetime(2026, 1, 5, 3, tzinfo=dt.timezone.utc)
        before = {a["fid"] for a in iq.load_zone(store, "functional_areas", AREA).alerts}
        with store.transaction() as writer:
            writer.insert("alerts", [
                dict(sensor_id=sensor["fid"], rule="test-pm25-24h", window_start=t,
                     window_end=t + dt.timedelta(hours=1), value=80.0, limit_value=50.0, status="open"),
                dict(zone_code=lot, rule="test-lot-rule", window_start=t, window_end=t + dt.timedelta(hours=2),
                     value=1.0, limit_value=0.5, status="acknowledged"),
                dict(sensor_id=other["fid"], rule="test-elsewhere", window_start=t, window_end=t, value=1.0,
                     limit_value=0.5, status="open"),
            ])
        alerts = [a for a in iq.load_zone(store, "functional_areas", AREA).alerts if a["fid"] not in before]
        assert [a["rule"] for a in alerts] == ["test-lot-rule", "test-pm25-24h"]  # newest window end first
        assert alerts[1]["sensor_id"] == sensor["fid"] and alerts[1]["window_start"] == t
        lot_alerts = [a["rule"] for a in iq.load_zone(store, "parcels", lot).alerts if a["fid"] not in before]
        assert "test-lot-rule" in lot_alerts and "test-elsewhere" not in lot_alerts
