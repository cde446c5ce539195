"""checkcompliance keeps its verdicts in the store (WRITE_TO_STORE); the zone inspector shows the latest."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from dseza_twin.dseza_twin_plugin.store import inspector_queries as iq
from dseza_twin.dseza_twin_plugin.store import open_store

VERDICT_SQL = ('SELECT lot_code, rule_id, status, clause, value, "limit", run_id, checked_at '
               "FROM {}compliance_verdicts")


def layers(address: str) -> dict:
    with open_store(address) as store:
        if store.address.is_gpkg:
            return {n: QgsVectorLayer("{}|layername={}".format(address, n), n, "ogr")
                    for n in ("parcels", "buildings", "planning_zones", "network_links")}
        return {n: QgsVectorLayer(store.layer_source(n)[0], n, "postgres")
                for n in ("parcels", "buildings", "planning_zones", "network_links")}


def check(address: str, write: bool = True) -> dict:
    from qgis import processing

    given = layers(address)
    assert all(layer.isValid() for layer in given.values())
    return processing.run("dsezatwin:checkcompliance", {
        "PARCELS": given["parcels"], "BUILDINGS": given["buildings"], "ZONING": given["planning_zones"],
        "ROADS": given["network_links"], "OUTPUT": "memory:", "VIOLATIONS": "memory:", "REPORT": "",
        "WRITE_TO_STORE": write, "STORE": address})


def verdicts(address: str) -> list[tuple]:
    with open_store(address) as store:
        prefix = "" if store.address.is_gpkg else '"{}".'.format(store.address.schema)
        return store.query(VERDICT_SQL.format(prefix))


def features(layer) -> list[dict]:
    return [{n: f[n] for n in layer.fields().names()} for f in layer.getFeatures()]


def scenario(address: str) -> None:
    from qgis import processing

    processing.run("dsezatwin:loaddemotwin", {"STORE": address, "DAYS": 1})
    check(address, write=False)
    assert verdicts(address) == []  # WRITE_TO_STORE false: nothing kept

    first = check(address)
    rows = verdicts(address)
    lots = features(first["OUTPUT"])
    violations = features(first["VIOLATIONS"])
    assert {r[0] for r in rows} == {lot["code"] for lot in lots}
    assert len({r[6] for r in rows}) == 1 and len({r[7] for r in rows}) == 1  # one run id, one time
    fails = {(r[0], r[1]): r for r in rows if r[2] == "fail"}
    assert len(fails) == len(violations) > 0
    for v in violations[:5]:
        row = fails[(v["code"], v["rule_id"])]
        assert (row[3], row[4], row[5]) == (v["clause"], v["measured"] or None, v["limit"] or None)
    # each lot's status follows from its rules' verdicts
    by_lot: dict[str, set] = {}
    for r in rows:
        by_lot.setdefault(r[0], set()).add(r[2])
    for lot in lots:
        statuses = by_lot[lot["code"]]
        expected = "fail" if "fail" in statuses else "insufficient_data" if "insufficient_data" in statuses \
            else "pass"
        assert lot["status"] == expected, lot["code"]
    assert sum(1 for lot in lots if lot["status"] == "fail") == first["FAILED"]

    failing = violations[0]["code"]
    with open_store(address) as store:
        details = iq.load_zone(store, "parcels", failing)
    got = details.verdicts
    assert got["run_id"] == rows[0][6]
    failed_here = {v["rule_id"]: v["clause"] for v in violations if v["code"] == failing}
    assert {r["rule_id"]: r["clause"] for r in got["rows"] if r["status"] == "fail"} == failed_here
    assert all(r["clause"] for r in got["rows"] if r["status"] == "fail")

    second = check(address)
    rows2 = verdicts(address)
    runs = {r[6] for r in rows2}
    assert len(runs) == 2 and len(rows2) == 2 * len(rows)
    with open_store(address) as store:
        details = iq.load_zone(store, "parcels", failing)
        assert details.verdicts["run_id"] in runs - {rows[0][6]}
        assert details.verdicts["checked_at"] > got["checked_at"]
        zone = iq.load_zone(store, "planning_zones", details.attributes["zone_code"])
        area = iq.load_zone(store, "functional_areas", details.attributes["area_code"])
    for summary, target in ((zone.verdicts, zone), (area.verdicts, area)):
        assert summary["lots"] == len(target.lots)
        assert summary["pass"] + summary["fail"] + summary["insufficient_data"] == len(target.lots)
        assert summary["fail"] >= 1
    assert area.verdicts["fail"] <= second["FAILED"]


def test_verdicts_kept_in_a_geopackage_store(plugin, tmp_path):
    scenario(str(tmp_path / "twin.gpkg"))


def test_verdicts_kept_in_a_postgis_store(plugin, pg_store_address):
    scenario(pg_store_address)


def test_no_verdicts_stored_keeps_the_plan_limits_note(plugin, tmp_path):
    from qgis import processing

    path = str(tmp_path / "twin.gpkg")
    processing.run("dsezatwin:loaddemotwin", {"STORE": path, "DAYS": 1})
    with open_store(path) as store:
        code = store.query("SELECT code FROM parcels LIMIT 1")[0][0]
        details = iq.load_zone(store, "parcels", code)
    assert details.verdicts is None and details.compliance_note == iq.COMPLIANCE_NOTE


def test_write_needs_a_store_address(plugin, tmp_path):
    from qgis import processing

    path = str(tmp_path / "twin.gpkg")
    processing.run("dsezatwin:loaddemotwin", {"STORE": path, "DAYS": 1})
    given = layers(path)
    with pytest.raises(QgsProcessingException, match="STORE"):
        processing.run("dsezatwin:checkcompliance", {
            "PARCELS": given["parcels"], "BUILDINGS": given["buildings"], "OUTPUT": "memory:",
            "VIOLATIONS": "memory:", "REPORT": "", "WRITE_TO_STORE": True})


@pytest.fixture(params=["gpkg", "postgis"])
def store_v3(request, tmp_path):
    from old_stores import open_old_store

    with open_old_store(request, tmp_path, 3) as s:
        yield s


def test_version_3_store_gets_the_verdicts_table_on_upgrade(store_v3):
    store_v3.create_or_upgrade()
    gpkg = store_v3.address.is_gpkg
    if gpkg:
        kinds = dict(store_v3.query("SELECT table_name, data_type FROM gpkg_contents"))
        assert kinds["compliance_verdicts"] == "attributes"
        indexes = [r[0] for r in store_v3.query("SELECT name FROM sqlite_master WHERE type = 'index' "
                                                "AND tbl_name = 'compliance_verdicts'")]
    else:
        indexes = [r[0] for r in store_v3.query("SELECT indexname FROM pg_indexes WHERE schemaname = %s "
                                                "AND tablename = 'compliance_verdicts'", [store_v3.address.schema])]
    assert "ix_compliance_verdicts_lot_checked" in indexes
    assert iq._verdicts(store_v3, "parcels", ["X"]) is None
