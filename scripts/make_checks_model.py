#!/usr/bin/env python3
"""Write the Processing model ``resources/models/dseza_twin_checks.model3``, headless.

    .venv/bin/python scripts/make_checks_model.py [OUT.model3]

The model chains three DSEZA Twin algorithms:

1. ``dsezatwin:importlayer`` — the *lots to import* into the twin store's parcels (append or
   upsert, a field map), rejected lots to their own output;
2. ``dsezatwin:checkcompliance`` — every lot of the store against the store's planning zones,
   buildings and roads, with the *rule packs* given (compliance by lot, violations, HTML report);
3. ``dsezatwin:zoneindicators`` — indicators per functional area and per zone of the store, with the
   verdicts of step 2 counted per zone.

The store is one string (a .gpkg file, or ``service=NAME [schema=twin] [authcfg=ID]``); the layers of
steps 2 and 3 are derived from it with expressions, so the same model works on both kinds of store.
The file is the QGIS 3.22 model format (it opens in the Model Designer of 3.22 and later).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGINS = ROOT / ".qgis-profile" / "profiles" / "default" / "python" / "plugins"
DEFAULT_OUT = ROOT / "resources" / "models" / "dseza_twin_checks.model3"
MODEL_NAME = "dseza_twin_checks"
MODEL_GROUP = "DSEZA Twin"

#: Twin layers the checks read, and their geometry type in a PostGIS layer URI.
LAYER_TYPES = {"parcels": "MultiPolygon", "buildings": "MultiPolygon", "planning_zones": "MultiPolygon",
               "functional_areas": "MultiPolygon", "network_links": "MultiLineString"}


def layer_expression(layer: str) -> str:
    """QGIS expression giving the layer string of a twin layer from the model's @store.

    A GeoPackage store: ``<file>|layername=<layer>``; a PostGIS store: ``postgres://<connection>
    key='fid' srid=5899 type=… table="<schema>"."<layer>" (geom)`` (Processing loads a
    ``provider://uri`` string with that provider).
    """
    schema = "coalesce(nullif(regexp_substr(@store, 'schema=(\\\\w+)'), ''), 'twin')"
    connection = "trim(regexp_replace(@store, 'schema=\\\\S+', ''))"
    return (
        "CASE WHEN lower(right(trim(@store), 5)) = '.gpkg' THEN trim(@store) || '|layername={layer}' "
        "ELSE 'postgres://' || {connection} || ' key=''fid'' srid=5899 type={kind} checkPrimaryKeyUnicity=''0'' "
        "table=\"' || {schema} || '\".\"{layer}\" (geom)' END"
    ).format(layer=layer, kind=LAYER_TYPES[layer], connection=connection, schema=schema)


def build_model():
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildDependency,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterEnum,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterString,
    )
    from qgis.PyQt.QtCore import QPointF

    model = QgsProcessingModelAlgorithm(MODEL_NAME, MODEL_GROUP, MODEL_GROUP)
    model.setHelpContent({
        "ALG_DESC": "Imports land lots into the twin store, checks every lot of the store against its plan, "
                    "QCVN 01:2021/BXD and the authority's overrides, then computes the indicators of every "
                    "functional area and planning zone with the verdicts counted.",
        "lots": "Lots to import (any polygon layer; fields matched by name, alias or the field map).",
        "store": "The twin store: a .gpkg file, or 'service=NAME schema=twin' for PostGIS.",
        "rules": "Rule packs: comma list of pack ids or .json/.csv files (overrides included).",
    })

    def parameter(definition, x: float, y: float) -> None:
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(x, y))
        model.addModelParameter(definition, component)

    parameter(QgsProcessingParameterFeatureSource(
        "lots", "Lots to import", [QgsProcessing.TypeVectorPolygon]), 120, 60)
    parameter(QgsProcessingParameterString("store", "Twin store (.gpkg file or service=NAME)"), 360, 60)
    parameter(QgsProcessingParameterEnum("import_mode", "Import mode", options=["append", "upsert"],
                                         defaultValue="upsert", usesStaticStrings=True), 600, 60)
    parameter(QgsProcessingParameterString("field_map", "Field map (source:target, …)", optional=True), 840, 60)
    parameter(QgsProcessingParameterString("rules", "Rule packs", defaultValue="qcvn01-2021,plan"), 1080, 60)

    def source(name: str):
        return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]

    def static(value):
        return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]

    def layer(name: str):
        return [QgsProcessingModelChildParameterSource.fromExpression(layer_expression(name))]

    def child(algorithm_id: str, child_id: str, description: str, x: float, y: float, sources: dict,
              outputs: dict, after: tuple[str, ...] = ()):
        c = QgsProcessingModelChildAlgorithm(algorithm_id)
        c.setChildId(child_id)
        c.setDescription(description)
        c.setPosition(QPointF(x, y))
        for name, value in sources.items():
            c.addParameterSources(name, value)
        model_outputs = {}
        for name, (child_output, label) in outputs.items():
            out = QgsProcessingModelOutput(name, label)
            out.setChildId(child_id)
            out.setChildOutputName(child_output)
            out.setPosition(QPointF(x + 220, y + 40 * (len(model_outputs) + 1)))
            model_outputs[name] = out
        c.setModelOutputs(model_outputs)
        c.setDependencies([QgsProcessingModelChildDependency(a) for a in after])
        model.addChildAlgorithm(c)

    child("dsezatwin:importlayer", "import_lots", "Import the lots into the twin store", 360, 220, {
        "INPUT": source("lots"), "STORE": source("store"), "TARGET": static("parcels"),
        "MODE": source("import_mode"), "FIELD_MAP": source("field_map")},
        {"rejected": ("OUTPUT_REJECTED", "Lots rejected by the import")})
    child("dsezatwin:checkcompliance", "check_compliance", "Check planning compliance of every lot", 360, 400, {
        "PARCELS": layer("parcels"), "BUILDINGS": layer("buildings"), "ZONING": layer("planning_zones"),
        "ROADS": layer("network_links"), "RULES": source("rules"), "PARCEL_CODE_FIELD": static("code"),
        "PUSHDOWN": static(True)},
        {"compliance": ("OUTPUT", "Compliance by lot"), "violations": ("VIOLATIONS", "Violations"),
         "report": ("REPORT", "Compliance report (HTML)")}, after=("import_lots",))
    child("dsezatwin:zoneindicators", "zone_indicators", "Indicators per functional area and zone", 360, 600, {
        "AREAS": layer("functional_areas"), "ZONING": layer("planning_zones"), "PARCELS": layer("parcels"),
        "BUILDINGS": layer("buildings"), "ROADS": layer("network_links"), "RULES": static("qcvn01-2021"),
        "PARCEL_CODE_FIELD": static("code"),
        "COMPLIANCE": [QgsProcessingModelChildParameterSource.fromChildOutput("check_compliance", "OUTPUT")]},
        {"area_indicators": ("OUTPUT_AREAS", "Functional area indicators"),
         "zone_indicators": ("OUTPUT_ZONES", "Planning zone indicators")})
    return model


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else DEFAULT_OUT
    if not (PLUGINS / "dseza_twin").exists():
        print("The plugin is not linked into .qgis-profile: run ./scripts/setup.sh first.", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(PLUGINS))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        import dseza_twin

        plugin = dseza_twin.classFactory(None)
        plugin.initProcessing()
        model = build_model()
        ok, errors = model.validate()
        if not ok:
            print("The model is not valid: {}".format("; ".join(errors)), file=sys.stderr)
            return 1
        out.parent.mkdir(parents=True, exist_ok=True)
        if not model.toFile(str(out)):
            print("Could not write {}".format(out), file=sys.stderr)
            return 1
        plugin.unload()
        print(out)
        return 0
    finally:
        app.exitQgis()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
