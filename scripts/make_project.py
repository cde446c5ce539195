#!/usr/bin/env python3
"""Write the QGIS project of a twin store and render a map of it, headless.

    .venv/bin/python scripts/make_project.py STORE OUT_QGZ OUT_PNG [--title T] [--width W] [--height H]

STORE is a twin store address: a .gpkg file, or ``service=NAME [schema=twin]``
(``authcfg=ID`` works where the project's QGIS profile holds that id). The
plugin is imported as QGIS imports it, as ``dseza_twin`` from the project's
profile (``.qgis-profile``, linked by scripts/setup.sh).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROFILE = ROOT / ".qgis-profile"
PLUGINS = PROFILE / "profiles" / "default" / "python" / "plugins"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", help="twin store: a .gpkg file or 'service=NAME schema=twin'")
    parser.add_argument("out_qgz", type=Path, help="project file to write (.qgz)")
    parser.add_argument("out_png", type=Path, help="map image to write (.png)")
    parser.add_argument("--title", default="", help="project and map title")
    parser.add_argument("--width", type=int, default=2400, help="map width in pixels (default 2400)")
    parser.add_argument("--height", type=int, default=1600, help="map height in pixels (default 1600)")
    parser.add_argument("--ifc-3d", type=Path, default=None,
                        help="3D geometry of an imported IFC model (OUTPUT_3D of dsezatwin:importifc) to show")
    parser.add_argument("--scenarios", type=Path, default=None,
                        help="folder of the demo's scenario outputs (envelopes.gpkg, elements_*.gpkg, "
                             "compare.gpkg) to add in a Scenarios group, with a 3D close-up per scenario")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if not (PLUGINS / "dseza_twin").exists():
        print("The plugin is not linked into .qgis-profile: run ./scripts/setup.sh first.", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", str(PROFILE))
    if not Path(os.environ.get("PGSERVICEFILE", "")).is_file() and (ROOT / ".pg_service.conf").is_file():
        os.environ["PGSERVICEFILE"] = str(ROOT / ".pg_service.conf")
    sys.path.insert(0, str(PLUGINS))

    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    try:
        return build(args)
    finally:
        app.exitQgis()


def build(args: argparse.Namespace) -> int:
    from dseza_twin.dseza_twin_plugin import twin_map, twin_project
    from dseza_twin.dseza_twin_plugin.store import LAYERS, StoreError, open_store
    from dseza_twin.dseza_twin_plugin.store.demo_load import DEMO_DATASET
    from dseza_twin.dseza_twin_plugin.toolbelt.auth import qgis_credentials

    started = time.monotonic()
    try:
        with open_store(args.store, credentials=qgis_credentials) as store:
            store.check_version()
            sources = {layer: store.layer_source(layer) for layer in LAYERS}
            meta = store.meta()
            counts = store.counts()
    except StoreError as exc:
        print("make_project: {}".format(exc), file=sys.stderr)
        return 1
    demo = meta.get("dataset") == DEMO_DATASET
    title = args.title or ("DSEZA Twin — Da Nang demo twin" if demo else "DSEZA Twin")
    note = twin_project.DEMO_NOTE if demo else ""
    try:
        project = twin_project.build_twin_project(
            sources,
            args.out_qgz,
            title,
            abstract=note,
            layer_abstract=note,
        )
        if args.ifc_3d is not None:
            add_ifc_layer(project, args.ifc_3d)
        twin_map.render_map(
            project,
            args.out_png,
            args.width,
            args.height,
            note="Illustrative demo geometry, not official planning data" if demo else "",
            keep_layout=True,
        )
        if args.scenarios is not None:  # after the 2D map: the envelopes are for the 3D views
            add_scenario_layers(project, args.scenarios, args.store)
        # The project remembers its store: the zone inspector and "Add twin layers" use it.
        from dseza_twin.dseza_twin_plugin.gui.store_choice import PROJECT_KEY, PROJECT_SCOPE

        address = str(Path(args.store).resolve()) if args.store.lower().endswith(".gpkg") else args.store
        project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, address)
        if not project.write():  # again, now with the map sheet's print layout
            raise twin_project.TwinProjectError("The project {} could not be written.".format(args.out_qgz))
    except twin_project.TwinProjectError as exc:
        print("make_project: {}".format(exc), file=sys.stderr)
        return 1
    layers = twin_project.twin_layers(project)
    print("Project {} ({} layers, CRS {})".format(args.out_qgz, len(layers), project.crs().authid()))
    for name in LAYERS:
        if name in layers:
            print("  {:<24}{:>10,}".format(name, counts.get(name, 0)))
    print("Map {} ({} × {} px) in {:.1f} s".format(args.out_png, args.width, args.height, time.monotonic() - started))
    project.clear()  # the layers (and their 3D renderers) go before QGIS exits, not after: a crash otherwise
    return 0


def add_ifc_layer(project, path: Path) -> None:
    """The IFC model's triangles in the Land group, styled, with the IFC 3D renderer (the 3D view shows it)."""
    from qgis.core import QgsVectorLayer

    from dseza_twin.dseza_twin_plugin import twin_3d, twin_project

    layer = QgsVectorLayer(str(path), "IFC model (3D)", "ogr")
    if not layer.isValid():
        raise twin_project.TwinProjectError("The IFC geometry {} could not be opened.".format(path))
    layer.loadNamedStyle(str(twin_project.STYLES_DIR / "ifc_elements.qml"))
    if twin_3d.HAS_3D:
        layer.setRenderer3D(twin_3d.ifc_renderer())
        buildings = twin_project.twin_layers(project).get("buildings")
        if buildings is not None:  # the IFC building is drawn by its own geometry, not as an extruded footprint
            buildings.setRenderer3D(twin_3d.building_renderer(skip_ifc=True))
    project.addMapLayer(layer, False)
    groups = {g.customProperty(twin_project.GROUP_PROPERTY): g for g in project.layerTreeRoot().findGroups(True)}
    (groups.get("Land") or project.layerTreeRoot()).insertLayer(0, layer)
    root = project.layerTreeRoot()
    if root.hasCustomLayerOrder():
        root.setCustomLayerOrder([layer] + root.customLayerOrder())
    twin_3d.add_closeup_view(project, "DSEZA Twin 3D: IFC model", layer.extent())
    print("IFC model {} added ({} IFC classes)".format(path.name, layer.featureCount()))


def add_scenario_layers(project, folder: Path, address: str) -> None:
    """The scenario outputs in a "Scenarios" group on top: the network elements a scenario strains and the
    comparison by zone; and per draft scenario a 3D close-up on its changed lots showing its planned buildings
    (from the store's scenario table) inside the buildable envelopes of its lots (``envelopes_<code>.gpkg``,
    when the demo computed them) — both hidden in the layer tree, where they would cover the live twin."""
    from qgis.core import QgsRectangle, QgsVectorLayer

    from dseza_twin.dseza_twin_plugin import twin_3d, twin_project
    from dseza_twin.dseza_twin_plugin.store import open_store, scenarios
    from dseza_twin.dseza_twin_plugin.toolbelt.auth import qgis_credentials

    group = project.layerTreeRoot().insertGroup(0, "Scenarios")

    def add(source: str, title: str, qml: str, visible: bool, provider: str = "ogr"):
        layer = QgsVectorLayer(source, title, provider)
        if not layer.isValid():
            raise twin_project.TwinProjectError("The scenario layer {} could not be opened.".format(source))
        layer.loadNamedStyle(str(twin_project.STYLES_DIR / qml))
        project.addMapLayer(layer, False)
        group.addLayer(layer).setItemVisibilityChecked(visible)
        return layer

    for path in sorted(folder.glob("elements_*.gpkg")):
        add(str(path), "Network strain — {}".format(path.stem.split("_", 1)[1].upper()), "scenario_elements.qml", True)
    if (folder / "compare.gpkg").is_file():
        add(str(folder / "compare.gpkg"), "Scenario comparison by zone", "scenario_indicators.qml", False)
    with open_store(address, credentials=qgis_credentials) as store:
        for scenario in scenarios.list_scenarios(store):
            code = scenario["code"]
            changed = scenarios.changes(store, code)["parcels"]
            lots = [r["geom"] for r in scenarios.effective_rows(store, code, "parcels")
                    if r["code"] in changed and r["geom"] is not None]
            if scenario["status"] != "draft" or not lots:
                continue
            shown = []
            source, provider = store.layer_source("scenario_buildings")
            planned = add(source, "Planned buildings — {}".format(code), "buildings.qml", False, provider)
            planned.setSubsetString(scenarios.scenario_filter(code))
            if twin_3d.HAS_3D:
                planned.setRenderer3D(twin_3d.building_renderer())
            shown.append(planned)
            envelopes = folder / "envelopes_{}.gpkg".format(code)
            if envelopes.is_file():
                layer = add(str(envelopes), "Buildable envelopes — {}".format(code), "buildable_envelope.qml", False)
                if twin_3d.HAS_3D:
                    layer.setRenderer3D(twin_3d.envelope_renderer())
                shown.append(layer)
            x0, y0 = min(g.bounds[0] for g in lots), min(g.bounds[1] for g in lots)
            x1, y1 = max(g.bounds[2] for g in lots), max(g.bounds[3] for g in lots)
            twin_3d.add_closeup_view(project, "DSEZA Twin 3D: scenario {}".format(code), QgsRectangle(x0, y0, x1, y1),
                                     tuple(shown), zoom_out=3.5)
    print("Scenario layers added from {}".format(folder))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
