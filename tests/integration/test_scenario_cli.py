"""Drafting and promoting a scenario from ``scripts/qgis-process`` (what an admin's cron or an analyst's script
does), on a GeoPackage and a PostGIS demo store: drafting leaves the live twin as it was, promotion applies
the changes with audit records, and a conflicting live edit makes promotion fail with a clear report."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
import shapely

from dseza_twin.dseza_twin_plugin.store import open_store, scenarios

ROOT = Path(__file__).resolve().parents[2]
WRAPPER = ROOT / "scripts" / "qgis-process"


def qgis_process(*args: str, ok: bool = True) -> tuple[dict, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QGIS_CUSTOM_CONFIG_PATH", "PYTHONPATH")}
    result = subprocess.run([str(WRAPPER), "--json", "run", *args], capture_output=True, text=True, timeout=600,
                            cwd=ROOT, env=env, stdin=subprocess.DEVNULL)
    assert (result.returncode == 0) == ok, result.stdout[-2000:] + result.stderr[-4000:]
    return (json.loads(result.stdout)["results"] if ok else {}), result.stdout + result.stderr


@pytest.fixture(params=["gpkg", "postgis"])
def demo_store(request, tmp_path):
    address = str(tmp_path / "twin.gpkg") if request.param == "gpkg" else request.getfixturevalue("pg_store_address")
    qgis_process("dsezatwin:loaddemotwin", "--", "STORE=" + address, "SCALE=0.1", "DAYS=1")
    return address


def _live(address: str) -> dict:
    with open_store(address) as store:
        return {layer: sorted((r["code"], r["row_version"], r.get("tenant")) for r in store.rows(layer))
                for layer in scenarios.SCENARIO_LAYERS}


def test_draft_then_promote_from_the_command_line(demo_store, tmp_path):
    with open_store(demo_store) as store:
        free = [r for r in store.rows("parcels") if r["status"] == "available" and r["land_use"] == "industrial"]
        lot, other = free[0], free[1]
    tenants = tmp_path / "tenants.csv"  # a plain table: code + what changes
    tenants.write_text("code,tenant,sector,status\n{},Cty Bán dẫn Đà Nẵng,semiconductor,leased\n".format(
        lot["code"]), encoding="utf-8")
    before = _live(demo_store)
    out, log = qgis_process("dsezatwin:draftscenario", "--", "STORE=" + demo_store, "SCENARIO=chip-2027",
                            "SCENARIO_NAME=Chip plant 2027", "LAYER=parcels", "OPERATION=upsert",
                            "INPUT=" + str(tenants))
    assert (out["CHANGES"], out["TOTAL"]) == (1, 1) and "Created scenario chip-2027" in log
    removed = tmp_path / "removed.csv"
    removed.write_text("code,note\n{},split into two lots\n".format(other["code"]), encoding="utf-8")
    out, _ = qgis_process("dsezatwin:draftscenario", "--", "STORE=" + demo_store, "SCENARIO=chip-2027",
                          "LAYER=parcels", "OPERATION=delete", "INPUT=" + str(removed))
    assert out["TOTAL"] == 2
    assert _live(demo_store) == before  # drafting never touches the live twin

    report = tmp_path / "promotion.html"
    out, log = qgis_process("dsezatwin:promotescenario", "--", "STORE=" + demo_store, "SCENARIO=chip-2027",
                            "REPORT=" + str(report))
    assert (out["PROMOTED"], out["CONFLICTS"]) == (2, 0)
    assert "Promoted: 2 row(s)" in report.read_text(encoding="utf-8")
    with open_store(demo_store) as store:
        lots = {r["code"]: r for r in store.rows("parcels")}
        assert other["code"] not in lots
        assert (lots[lot["code"]]["tenant"], lots[lot["code"]]["status"]) == ("Cty Bán dẫn Đà Nẵng", "leased")
        q = "SELECT operation FROM {}audit_log WHERE table_name = 'parcels' AND row_fid = {} ORDER BY id".format(
            "" if store.address.is_gpkg else '"{}".'.format(store.address.schema), lot["fid"])
        assert [r[0] for r in store.query(q)][-1] == "UPDATE"


def test_promotion_refuses_on_a_conflicting_live_edit(demo_store, tmp_path):
    with open_store(demo_store) as store:
        lot = next(r for r in store.rows("parcels") if r["status"] == "available")
        scenarios.create_scenario(store, "S2")
        scenarios.put_rows(store, "S2", "parcels", [{"code": lot["code"], "geom": shapely.affinity.scale(
            lot["geom"], 0.9, 0.9)}])
        with store.transaction() as w:  # meanwhile an officer changes the same lot in the live twin
            w.upsert("parcels", [{"code": lot["code"], "sector": "logistics"}])
    before = _live(demo_store)
    report = tmp_path / "refused.html"
    _, log = qgis_process("dsezatwin:promotescenario", "--", "STORE=" + demo_store, "SCENARIO=S2",
                          "REPORT=" + str(report), ok=False)
    assert "was not promoted: the live twin changed under 1 of its changes" in log
    assert lot["code"] in log and "version 1 then, 2 now" in log
    assert "Not promoted: 1 conflict(s)" in report.read_text(encoding="utf-8")
    assert _live(demo_store) == before


def test_simulate_and_compare_from_the_command_line(demo_store, tmp_path):
    """A lot leased to a semiconductor plant (400 kW/ha instead of the industrial 200 kW/ha) adds exactly
    200 kW/ha × its area to its substation's demand; the comparison's difference is the simulation's, and the
    scenario that only removes a lot lowers nothing it does not serve."""
    import csv

    with open_store(demo_store) as store:
        lot = next(r for r in store.rows("parcels") if r["status"] == "available" and r["land_use"] == "industrial"
                   and not r["sector"])
        scenarios.create_scenario(store, "fab")
        scenarios.put_rows(store, "fab", "parcels", [{"code": lot["code"], "status": "leased", "tenant": "Fab Co",
                                                      "sector": "semiconductors"}])
        substation = next(n["code"] for n in store.rows("network_nodes")
                          if n["kind"] == "substation" and n["area_code"] == lot["area_code"])
    before = _live(demo_store)
    out, _ = qgis_process("dsezatwin:simulatescenario", "--", "STORE=" + demo_store, "SCENARIO=fab",
                          "OUTPUT=" + str(tmp_path / "fab.gpkg"), "ELEMENTS=" + str(tmp_path / "fab_el.gpkg"),
                          "REPORT=" + str(tmp_path / "fab.html"))
    assert out["LOTS_CHECKED"] == 1 and (tmp_path / "fab.html").stat().st_size > 10_000  # charts embedded
    out, _ = qgis_process("dsezatwin:comparescenarios", "--", "STORE=" + demo_store, "SCENARIOS=fab",
                          "OUTPUT=" + str(tmp_path / "cmp.gpkg"), "CSV=" + str(tmp_path / "cmp.csv"))
    with (tmp_path / "cmp.csv").open(encoding="utf-8-sig") as f:
        rows = {(r["section"], r["code"], r["measure"]): r for r in csv.DictReader(f)}
    power = rows[("element", substation, "demand")]
    assert float(power["fab_diff"]) == pytest.approx(200.0 * lot["area_m2"] / 10_000.0, rel=1e-9)
    assert float(power["fab_diff"]) == pytest.approx(float(power["fab"]) - float(power["live"]), rel=1e-9)
    changed = [k for k, r in rows.items() if k[0] == "element" and k[2] == "demand" and float(r["fab_diff"])]
    assert {k[1] for k in changed} == {substation, substation.replace("-N-SUB", "-N-WTR"),
                                       substation.replace("-N-SUB", "-N-WWTP")}  # and nothing else
    assert _live(demo_store) == before
