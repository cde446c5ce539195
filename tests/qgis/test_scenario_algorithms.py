"""dsezatwin:simulatescenario and dsezatwin:comparescenarios on a demo GeoPackage store with two scenarios.

Scenario ``fab``: the IT park's two available R&D lots (DN-ITP-NC01-003, DN-ITP-NC02-008, no building live)
leased to a semiconductor plant (industrial, 800 employees each), with a factory covering 60 % of the first
(its zone allows 50 % and offices / laboratories only). Scenario ``offices``: DN-ITP-NC02-008 leased to a
software firm (300 employees) and one live office building (DN-ITP-NC01-002-B1) removed.
"""

from __future__ import annotations

import csv
import math

import pytest
import shapely
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from dseza_twin.dseza_twin_plugin.store import open_store
from dseza_twin.dseza_twin_plugin.store import scenarios as sc

FAB_LOTS = ("DN-ITP-NC01-003", "DN-ITP-NC02-008")
LIVE_LAYERS = ("functional_areas", "planning_zones", "parcels", "buildings", "construction_projects",
               "network_links", "network_nodes")


def make_scenarios(path: str) -> None:
    """The two scenarios of the module's docstring, through store.scenarios."""
    with open_store(path) as store:
        lots = {r["code"]: r for r in store.rows("parcels")}
        sc.create_scenario(store, "fab", "Semiconductor plant in the IT park")
        sc.put_rows(store, "fab", "parcels", [{"code": c, "status": "leased", "land_use": "industrial",
                                               "sector": "semiconductors", "employees": 800} for c in FAB_LOTS])
        footprint = shapely.affinity.scale(lots[FAB_LOTS[0]]["geom"], math.sqrt(0.6), math.sqrt(0.6),
                                           origin="centroid")
        sc.put_rows(store, "fab", "buildings", [{
            "code": "FAB-B1", "parcel_code": FAB_LOTS[0], "height_m": 18.0, "floors": 2,
            "gfa_m2": 2 * footprint.area, "use": "factory", "source": "estimate", "geom": footprint}])
        sc.create_scenario(store, "offices", "Software offices")
        sc.put_rows(store, "offices", "parcels", [{"code": FAB_LOTS[1], "status": "leased", "sector": "software",
                                                   "employees": 300}])
        sc.delete_codes(store, "offices", "buildings", ["DN-ITP-NC01-002-B1"])


def live_rows(path: str) -> dict:
    with open_store(path) as store:
        return {layer: sorted((tuple((k, v.wkb if k == "geom" and v is not None else v) for k, v in r.items())
                               for r in store.rows(layer)), key=repr) for layer in LIVE_LAYERS}


@pytest.fixture(scope="module")
def demo(plugin, tmp_path_factory):
    from qgis import processing

    path = str(tmp_path_factory.mktemp("scenarios") / "twin.gpkg")
    processing.run("dsezatwin:loaddemotwin", {"STORE": path, "DAYS": 1})
    make_scenarios(path)
    return path


def plain(value):
    return None if isinstance(value, QVariant) and value.isNull() else value


def features(path_or_layer, key=("code",)) -> dict:
    layer = path_or_layer if isinstance(path_or_layer, QgsVectorLayer) else QgsVectorLayer(path_or_layer, "o", "ogr")
    assert layer.isValid(), path_or_layer
    names = layer.fields().names()
    out = {}
    for f in layer.getFeatures():
        row = {n: plain(f[n]) for n in names}
        row["_geom"] = f.geometry()
        out[tuple(row[k] for k in key) if len(key) > 1 else row[key[0]]] = row
    return out


def test_simulate_scenario(demo, tmp_path):
    from qgis import processing

    before = live_rows(demo)
    with open_store(demo) as store:
        lots = {r["code"]: r for r in store.rows("parcels")}
        assert not [b for b in store.rows("buildings") if b["parcel_code"] in FAB_LOTS]  # nothing built there live
    result = processing.run("dsezatwin:simulatescenario", {
        "STORE": demo, "SCENARIO": "fab", "OUTPUT": str(tmp_path / "ind.gpkg"),
        "ELEMENTS": str(tmp_path / "elements.gpkg"), "ROAD_LINKS": str(tmp_path / "roads.gpkg"),
        "REPORT": str(tmp_path / "fab.html")})
    assert live_rows(demo) == before  # the live twin is untouched

    subjects = features(result["OUTPUT"], ("level", "code"))
    assert len(subjects) == 10 + 256
    itp = subjects[("functional_area", "DN-ITP")]
    assert itp["jobs_diff"] == pytest.approx(1600.0) and itp["jobs_scen"] - itp["jobs_live"] == pytest.approx(1600.0)
    assert itp["lots_available_diff"] == -2 and itp["changed"] and itp["lots_checked"] == 2
    assert itp["lots_failing"] == 1 and not itp["_geom"].isEmpty()
    zone = subjects[("planning_zone", "DN-ITP-NC01")]
    assert zone["gfa_m2_diff"] == pytest.approx(2 * 0.6 * lots[FAB_LOTS[0]]["geom"].area, rel=1e-6)
    assert not subjects[("functional_area", "KCN-HK")]["changed"]

    # power at the IT park's substation: + 400 kW/ha (semiconductors) on 2 lots that demanded nothing (R&D, no floor)
    elements = features(result["ELEMENTS"], ("service", "code"))
    sub = elements[("power", "DN-ITP-N-SUB")]
    added = 400.0 * sum(lots[c]["geom"].area for c in FAB_LOTS) / 1e4
    assert sub["demand_diff"] == pytest.approx(added, rel=1e-6)
    assert sub["capacity"] == pytest.approx(50 * 850.0) and sub["unit"] == "kW"
    assert sub["headroom"] == pytest.approx(sub["capacity"] - sub["demand"])
    assert sub["utilisation_pct"] == pytest.approx(sub["demand"] / sub["capacity"] * 100.0)
    assert sub["over"] is False and elements[("power", "DN-HTP-N-SUB")]["over_live"] is False
    assert {k[0] for k in elements} == {"water", "wastewater", "power", "trips"}
    assert sum(k[0] != "trips" for k in elements) == 30  # a station, a plant and a substation per area
    roads = features(result["ROAD_LINKS"], ("code",))
    with open_store(demo) as store:
        links = {r["code"]: r for r in store.rows("network_links") if r["network"] == "road" and r["capacity"]}
    assert set(roads) == set(links) == {k[1] for k in elements if k[0] == "trips"}
    busiest = max(roads.values(), key=lambda r: r["utilisation_pct"] or 0)
    assert busiest["over"] and busiest["_geom"].type() == 1  # a line
    assert elements[("trips", busiest["code"])]["demand"] == busiest["demand"]
    assert busiest["capacity"] == pytest.approx(links[busiest["code"]]["capacity"])
    assert result["OVER"] == sum(1 for e in elements.values() if e["over"])

    # compliance of the changed lots: the factory breaks coverage (60 % > 50 %) and the zone's uses
    assert result["LOTS_CHECKED"] == 2 and result["LOTS_FAILING"] == 1
    page = (tmp_path / "fab.html").read_text(encoding="utf-8")
    assert "Lot DN-ITP-NC01-003" in page and page.count("data:image/png;base64,") == 2
    assert (tmp_path / "fab.csv").exists() and result["REPORT_CSV"] == str(tmp_path / "fab.csv")


def test_compare_scenarios(demo, tmp_path):
    from qgis import processing

    from dseza_twin.dseza_twin_plugin.core.scenario.simulate import simulate_store

    before = live_rows(demo)
    result = processing.run("dsezatwin:comparescenarios", {
        "STORE": demo, "SCENARIOS": "fab, offices", "OUTPUT": str(tmp_path / "cmp.gpkg"),
        "REPORT": str(tmp_path / "cmp.html"), "CSV": str(tmp_path / "cmp.csv")})
    assert live_rows(demo) == before
    assert result["SCENARIOS_COMPARED"] == 2
    rows = features(result["OUTPUT"], ("scenario", "level", "code"))
    assert len(rows) == 3 * (10 + 256)
    assert rows[("offices", "functional_area", "DN-ITP")]["jobs_diff"] == pytest.approx(300.0)
    assert rows[("fab", "functional_area", "DN-ITP")]["jobs_diff"] == pytest.approx(1600.0)
    assert rows[("live", "functional_area", "DN-ITP")]["jobs_diff"] is None

    with (tmp_path / "cmp.csv").open(encoding="utf-8-sig") as f:
        table = list(csv.DictReader(f))
    assert list(table[0])[6:] == ["live", "fab", "fab_diff", "offices", "offices_diff"]
    gfa = next(r for r in table if r["section"] == "indicator" and r["code"] == "DN-ITP-NC01"
               and r["measure"] == "gfa_m2")
    with open_store(demo) as store:
        live = simulate_store(store, None)
        offices = simulate_store(store, "offices")
    by_zone = {s.name: {r["code"]: r for r in s.indicators.zones} for s in (live, offices)}
    removed = by_zone["offices"]["DN-ITP-NC01"]["gfa_m2"] - by_zone["live"]["DN-ITP-NC01"]["gfa_m2"]
    assert removed < 0 and float(gfa["offices_diff"]) == pytest.approx(removed, rel=1e-9)
    assert float(gfa["live"]) == pytest.approx(by_zone["live"]["DN-ITP-NC01"]["gfa_m2"], rel=1e-9)
    statuses = {r["code"]: r for r in table if r["section"] == "lot" and r["measure"] == "status"}
    # every lot either scenario changes is checked in all three: the fab's lots, and the lot that lost a building
    assert set(statuses) == {*FAB_LOTS, "DN-ITP-NC01-002"}
    assert statuses["DN-ITP-NC01-003"]["fab"] == "fail" and statuses["DN-ITP-NC01-003"]["offices"] == "pass"
    page = (tmp_path / "cmp.html").read_text(encoding="utf-8")
    assert "offices" in page and "fab" in page and page.count("data:image/png;base64,") == 2


def test_unknown_scenario_is_a_clear_error(demo, tmp_path):
    from qgis import processing

    with pytest.raises(QgsProcessingException, match="no scenario nope in this store .scenarios: fab, offices"):
        processing.run("dsezatwin:simulatescenario", {"STORE": demo, "SCENARIO": "nope",
                                                      "OUTPUT": str(tmp_path / "x.gpkg")})
    with pytest.raises(QgsProcessingException, match="demand pack cannot be used: Demand pack .*nope.json does not"):
        processing.run("dsezatwin:simulatescenario", {"STORE": demo, "SCENARIO": "fab", "PACK": "/nope.json",
                                                      "OUTPUT": str(tmp_path / "z.gpkg")})
    with pytest.raises(QgsProcessingException, match="at least one scenario"):
        processing.run("dsezatwin:comparescenarios", {"STORE": demo, "SCENARIOS": " , live",
                                                      "OUTPUT": str(tmp_path / "y.gpkg")})


def test_outputs_load_styled(demo):
    """Loaded on completion (as from the toolbox), the layers get their QML: elements by utilisation, over
    capacity in red; areas and zones with the changed ones highlighted."""
    from qgis import processing
    from qgis.core import QgsProject

    before = set(QgsProject.instance().mapLayers())
    processing.runAndLoadResults("dsezatwin:simulatescenario", {
        "STORE": demo, "SCENARIO": "fab", "OUTPUT": "TEMPORARY_OUTPUT", "ELEMENTS": "TEMPORARY_OUTPUT",
        "ROAD_LINKS": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"})
    loaded = [lyr for lid, lyr in QgsProject.instance().mapLayers().items() if lid not in before]
    try:
        renderers = {lyr.geometryType(): lyr.renderer() for lyr in loaded}
        assert len(loaded) == 3 and all(r.type() == "RuleRenderer" for r in renderers.values())
        assert renderers[1].rootRule().children()[0].label() == "Over capacity, new in the scenario"  # lines
        points = [r for g, r in renderers.items() if g == 0][0]
        labels = [rule.label() for rule in points.rootRule().children()]
        assert labels[:2] == ["Over capacity, new in the scenario", "Over capacity (more than 100 %)"]
        assert points.rootRule().children()[1].symbol().color().name() == "#d7191c"
    finally:
        QgsProject.instance().removeMapLayers([lyr.id() for lyr in loaded])


def test_postgis_store_gives_the_geopackage_figures(demo, pg_store_address, tmp_path):
    """The same demo twin and scenarios in a PostGIS store: the comparison's figures are the GeoPackage's."""
    from qgis import processing

    processing.run("dsezatwin:loaddemotwin", {"STORE": pg_store_address, "DAYS": 1})
    make_scenarios(pg_store_address)
    tables = {}
    for name, address in (("geopackage", demo), ("pg", pg_store_address)):
        csv_path = tmp_path / "{}.csv".format(name)
        processing.run("dsezatwin:comparescenarios", {"STORE": address, "SCENARIOS": "fab,offices",
                                                      "OUTPUT": str(tmp_path / "{}.gpkg".format(name)),
                                                      "CSV": str(csv_path)})
        with csv_path.open(encoding="utf-8-sig") as f:
            tables[name] = {(r["section"], r["level"], r["code"], r["measure"]): r for r in csv.DictReader(f)}
    assert tables["pg"].keys() == tables["geopackage"].keys()
    for key, row in tables["geopackage"].items():
        other = tables["pg"][key]
        for column in ("live", "fab", "fab_diff", "offices", "offices_diff"):
            a, b = row[column], other[column]
            try:
                assert float(b) == pytest.approx(float(a), rel=1e-9, abs=1e-9), (key, column)
            except ValueError:
                assert a == b, (key, column)
