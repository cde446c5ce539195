"""The Processing model resources/models/dseza_twin_checks.model3: importlayer → checkcompliance → zoneindicators."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsProcessingModelAlgorithm, QgsVectorLayer

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "resources" / "models" / "dseza_twin_checks.model3"
END = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


@pytest.fixture
def model(plugin) -> QgsProcessingModelAlgorithm:
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL)), "the model file does not load"
    return model


def test_model_loads_with_its_inputs_and_outputs(model):
    assert model.name() == "dseza_twin_checks" and model.group() == "DSEZA Twin"
    ok, errors = model.validate()
    assert ok, errors
    names = {d.name() for d in model.parameterDefinitions()}
    assert {"lots", "store", "import_mode", "field_map", "rules"} <= names
    assert {o.name() for o in model.outputDefinitions()} == {
        "import_lots:rejected", "check_compliance:compliance", "check_compliance:violations",
        "check_compliance:report", "zone_indicators:area_indicators", "zone_indicators:zone_indicators"}
    children = model.childAlgorithms()
    assert [children[c].algorithmId() for c in ("import_lots", "check_compliance", "zone_indicators")] == [
        "dsezatwin:importlayer", "dsezatwin:checkcompliance", "dsezatwin:zoneindicators"]
    # checkcompliance waits for the import; zoneindicators takes checkcompliance's output
    assert "import_lots" in model.dependsOnChildAlgorithms("check_compliance")
    assert "check_compliance" in model.dependsOnChildAlgorithms("zone_indicators")


def test_model_runs_on_a_geopackage_store(model, tmp_path):
    from qgis import processing

    from dseza_twin.dseza_twin_plugin.store import open_store

    store = str(tmp_path / "twin.gpkg")
    processing.run("dsezatwin:loaddemotwin", {"STORE": store, "DAYS": 1, "END": END.isoformat()})
    with open_store(store) as s:
        available = [r for r in s.rows("parcels", ["code", "zone_code", "status", "land_use"])
                     if r["status"] == "available" and r["land_use"] == "industrial"][:3]
        n_lots = s.count("parcels")
    # the land office's update: three available lots are now leased; one row has a status the twin refuses
    source = QgsVectorLayer("{}|layername=parcels".format(store), "parcels", "ogr")
    lots = QgsVectorLayer("MultiPolygon?crs=EPSG:5899&field=code:string&field=zone_code:string&field=status:string"
                          "&field=tenant:string", "update", "memory")
    features = []
    codes = [r["code"] for r in available]
    for f in source.getFeatures():
        if f["code"] in codes:
            out = QgsFeature(lots.fields())
            out.setGeometry(f.geometry())
            out.setAttributes([f["code"], f["zone_code"], "leased", "Model Test Co., Ltd."])
            features.append(out)
    bad = QgsFeature(lots.fields())
    bad.setGeometry(features[0].geometry())
    bad.setAttributes(["NEW-LOT-1", features[0]["zone_code"], "sold", None])
    features.append(bad)
    lots.dataProvider().addFeatures(features)

    report = tmp_path / "report.html"
    result = processing.run(model, {
        "lots": lots, "store": store, "import_mode": "upsert", "field_map": "", "rules": "qcvn01-2021,plan",
        "import_lots:rejected": "memory:", "check_compliance:compliance": "memory:",
        "check_compliance:violations": "memory:", "check_compliance:report": str(report),
        "zone_indicators:area_indicators": "memory:", "zone_indicators:zone_indicators": "memory:"})

    def layer(value):
        return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, "out", "ogr")

    rejected = layer(result["import_lots:rejected"])
    assert [f["code"] for f in rejected.getFeatures()] == ["NEW-LOT-1"]
    with open_store(store) as s:
        status = {r["code"]: r["status"] for r in s.rows("parcels", ["code", "status"])}
    assert all(status[c] == "leased" for c in codes) and len(status) == n_lots
    compliance = layer(result["check_compliance:compliance"])
    assert compliance.featureCount() == n_lots
    statuses = {f["status"] for f in compliance.getFeatures()}
    assert statuses <= {"pass", "fail", "insufficient_data"} and "fail" in statuses
    assert layer(result["check_compliance:violations"]).featureCount() > 0
    assert report.exists() and report.with_suffix(".csv").exists()
    areas = {f["code"]: f for f in layer(result["zone_indicators:area_indicators"]).getFeatures()}
    # the verdicts of checkcompliance are counted in the indicators, the import in the lot counts
    assert sum(f["lots_checked"] for f in areas.values()) == n_lots
    assert sum(f["lots_fail"] for f in areas.values()) == sum(
        1 for f in compliance.getFeatures() if f["status"] == "fail")
    assert sum(f["lots_leased"] for f in areas.values()) == sum(1 for v in status.values() if v == "leased")
    assert layer(result["zone_indicators:zone_indicators"]).featureCount() > 0
