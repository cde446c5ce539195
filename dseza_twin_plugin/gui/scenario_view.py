"""The map side of the scenario selector: show the twin as a scenario sees it, or live again.

Showing scenario ``A`` changes two things in the project, both saved with it:

* every loaded live twin layer of :data:`SCENARIO_LAYERS` gets ``live_filter`` as its subset string (the codes the
  scenario changes left out), combined with the subset it had, which is kept on the layer
  (:data:`OWN_SUBSET_PROPERTY`) and given back exactly by :func:`show_live`;
* a group "Scenario A" above the twin groups holds the scenario's own rows (``scenario_<layer>`` tables filtered
  by ``scenario_filter``), styled like their live layer with a dashed magenta outline, and editable like
  ordinary layers: new features get ``scenario = 'A'`` and ``op = 'upsert'``, so what an officer digitises
  there belongs to the scenario.

The choice is kept in the project (:data:`PROJECT_SCOPE`/:data:`PROJECT_KEY`). ``qgis.core`` only: the toolbar
(:mod:`.scenario_selector`) asks the store in a background task and hands the sources and filters here.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsDataSourceUri,
    QgsDefaultValue,
    QgsFeatureRequest,
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsSimpleLineSymbolLayer,
    QgsSymbol,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from .. import twin_project
from ..store import scenarios as sc
from ..toolbelt import edit_locking

log = logging.getLogger(__name__)

SCENARIO_LAYERS = sc.SCENARIO_LAYERS
#: Project entry of the scenario shown ("" or absent: the live twin).
PROJECT_SCOPE = "dseza_twin"
PROJECT_KEY = "scenario"
#: On the scenario group and its layers: the scenario's code.
SCENARIO_PROPERTY = "dseza_twin/scenario"
#: On a scenario layer: the twin layer whose changes it holds.
SCENARIO_LAYER_PROPERTY = "dseza_twin/scenario_layer"
#: On a live layer while a scenario is shown: the scenario, and the subset string the layer had of its own.
FILTERED_BY_PROPERTY = "dseza_twin/filtered_by_scenario"
OWN_SUBSET_PROPERTY = "dseza_twin/own_subset"
#: The cue of scenario rows on the map: a dashed outline of this colour and width (mm) over the live style.
CUE_COLOUR = "#d01c8b"
CUE_WIDTH = 0.9


def tr(text: str) -> str:
    return QCoreApplication.translate("ScenarioView", text)


class ScenarioViewError(Exception):
    """The scenario cannot be shown (a layer is being edited, a scenario table does not open); nothing changed."""


@dataclass
class StoreScenarios:
    """What the selector needs of a store, read in one background query (:func:`read_store_scenarios`)."""

    address: str
    scenarios: list[dict] = field(default_factory=list)
    live_sources: dict[str, tuple[str, str]] = field(default_factory=dict)
    scenario_sources: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: ``{scenario: {layer: live_filter}}``
    filters: dict[str, dict[str, str]] = field(default_factory=dict)

    def scenario(self, code: str) -> dict | None:
        return next((s for s in self.scenarios if s["code"] == code), None)


def read_store_scenarios(store, address: str) -> StoreScenarios:
    """The scenarios of an open store, the sources of its live and scenario layers and each scenario's live
    filters (no widgets: runs in a background task)."""
    store.check_version()  # a store older than scenarios (schema version 6) says so, in the officer's words
    found = StoreScenarios(address, sc.list_scenarios(store))
    for layer in SCENARIO_LAYERS:
        found.live_sources[layer] = store.layer_source(layer)
        found.scenario_sources[layer] = store.layer_source(sc.scenario_table(layer))
    for s in found.scenarios:
        found.filters[s["code"]] = {layer: sc.live_filter(store, s["code"], layer) for layer in SCENARIO_LAYERS}
    return found


# -- which layers ---------------------------------------------------------------------------------------------


def shown_scenario(project: QgsProject) -> str:
    """The scenario the project shows ("" for the live twin)."""
    value, ok = project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
    return str(value) if ok and value else ""


def _base(uri: str, provider: str) -> tuple:
    """What names a store table in a layer source: the file and layer name (ogr), or database, schema and table."""
    if provider == "ogr":
        path, _sep, rest = uri.partition("|")
        options = dict(part.split("=", 1) for part in rest.split("|") if "=" in part)
        return "ogr", str(Path(path).resolve()), options.get("layername", "")
    source = QgsDataSourceUri(uri)
    return provider, source.service(), source.host(), source.database(), source.schema(), source.table()


def is_scenario_layer(layer) -> bool:
    return isinstance(layer, QgsVectorLayer) and bool(layer.customProperty(SCENARIO_LAYER_PROPERTY))


def live_layers(project: QgsProject, sources: dict[str, tuple[str, str]]) -> list[tuple[str, QgsVectorLayer]]:
    """``(twin layer, layer)`` of the project's live twin layers of :data:`SCENARIO_LAYERS` that read the
    store's table (``sources``: ``{layer: (uri, provider)}`` of that store), by layer tree order."""
    wanted = {_base(*sources[name]): name for name in SCENARIO_LAYERS if name in sources}
    out = []
    for node in project.layerTreeRoot().findLayers():
        layer = node.layer()
        if not isinstance(layer, QgsVectorLayer) or is_scenario_layer(layer):
            continue
        name = layer.customProperty(twin_project.LAYER_PROPERTY)
        if name in SCENARIO_LAYERS and wanted.get(_base(layer.source(), layer.providerType())) == name:
            out.append((str(name), layer))
    return out


def scenario_groups(project: QgsProject) -> list[QgsLayerTreeGroup]:
    return [g for g in project.layerTreeRoot().findGroups(True) if g.customProperty(SCENARIO_PROPERTY)]


# -- showing --------------------------------------------------------------------------------------------------


def combined_subset(own: str, scenario_filter: str) -> str:
    """The live layer's subset while a scenario is shown: its own subset (kept) and the scenario's filter."""
    return "({}) AND ({})".format(own, scenario_filter) if own.strip() else scenario_filter


@dataclass
class ShownScenario:
    code: str
    group: QgsLayerTreeGroup | None = None
    layers: dict[str, QgsVectorLayer] = field(default_factory=dict)  # the scenario's layers
    filtered: dict[str, QgsVectorLayer] = field(default_factory=dict)  # the live layers filtered


def show_live(project: QgsProject) -> int:
    """Give every live layer its own subset string back and remove the scenario groups and layers; returns the
    number of live layers restored. Raises :class:`ScenarioViewError` when one of them is in edit mode."""
    filtered = [lyr for lyr in project.mapLayers().values()
                if isinstance(lyr, QgsVectorLayer) and lyr.customProperty(FILTERED_BY_PROPERTY)]
    _check_not_editing(filtered)
    for layer in filtered:
        own = str(layer.customProperty(OWN_SUBSET_PROPERTY, "") or "")
        if not layer.setSubsetString(own):
            log.warning("The subset string of %s could not be given back: %s", layer.name(), own)
        elif own:
            fix_extent(layer)
        layer.removeCustomProperty(FILTERED_BY_PROPERTY)
        layer.removeCustomProperty(OWN_SUBSET_PROPERTY)
    root = project.layerTreeRoot()
    for group in scenario_groups(project):
        ids = [n.layerId() for n in group.findLayers()]
        (group.parent() or root).removeChildNode(group)
        project.removeMapLayers(ids)
    leftovers = [lid for lid, lyr in project.mapLayers().items() if is_scenario_layer(lyr)]
    project.removeMapLayers(leftovers)
    project.removeEntry(PROJECT_SCOPE, PROJECT_KEY)
    return len(filtered)


def _check_not_editing(layers) -> None:
    editing = [lyr.name() for lyr in layers if lyr.isEditable()]
    if editing:
        raise ScenarioViewError(tr("Save or cancel the edits of {} first: the map cannot switch between the live "
                                   "twin and a scenario while a layer it filters is being edited.").format(
            ", ".join(editing)))


def show_scenario(project: QgsProject, code: str, found: StoreScenarios) -> ShownScenario:
    """Show scenario ``code`` of the store described by ``found`` (see the module's description).

    Raises :class:`ScenarioViewError` when the scenario is unknown, a layer to filter or to remove is being
    edited, or a scenario table does not open (the project is then as it was), or when a live layer refuses the
    filter (the project then shows the live twin).
    """
    if code not in found.filters:
        raise ScenarioViewError(tr("There is no scenario '{}' in this store.").format(code))
    live = live_layers(project, found.live_sources)
    current = [lyr for lyr in project.mapLayers().values() if isinstance(lyr, QgsVectorLayer)
               and (lyr.customProperty(FILTERED_BY_PROPERTY) or is_scenario_layer(lyr))]
    _check_not_editing([lyr for _n, lyr in live] + current)
    # Every scenario table is opened before any of them gets its subset string: QGIS 3.22's OGR provider (with
    # GDAL >= 3.4.2) fails to open a GeoPackage layer right after a subset string was set on another layer of
    # the same file ("unable to open database file"), at times leaving the new layer without its fields.
    opened = {name: _open_scenario_table(name, code, found.scenario_sources[name])
              for name in SCENARIO_LAYERS if name in found.scenario_sources}
    layers = {name: _dress(layer, name, code, dict(live).get(name)) for name, layer in opened.items()}
    show_live(project)
    shown = ShownScenario(code, layers=layers)
    whole = {}
    for name, layer in live:
        whole[name] = QgsRectangle(layer.extent())
        own = layer.subsetString()
        layer.setCustomProperty(OWN_SUBSET_PROPERTY, own)
        layer.setCustomProperty(FILTERED_BY_PROPERTY, code)
        if not layer.setSubsetString(combined_subset(own, found.filters[code][name])):
            show_live(project)  # the layers filtered so far get their own subset back
            raise ScenarioViewError(tr("The layer {} cannot be filtered for the scenario.").format(layer.name()))
        shown.filtered[name] = layer
        fix_extent(layer, whole[name])
    for name, layer in layers.items():
        fix_extent(layer, whole.get(name))
    root = project.layerTreeRoot()
    index = min((_top_index(root, lyr) for lyr in shown.filtered.values()), default=0)
    group = root.insertGroup(index, tr("Scenario {}").format(code))
    group.setCustomProperty(SCENARIO_PROPERTY, code)
    shown.group = group
    for layer in layers.values():
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    _draw_above_live(root, shown)
    project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, code)
    return shown


def _top_index(root, layer) -> int:
    """Position under the root of the top-level node holding ``layer`` (the twin's group)."""
    node = root.findLayer(layer.id())
    while node is not None and node.parent() is not root:
        node = node.parent()
    return root.children().index(node) if node is not None else 0


def _draw_above_live(root, shown: ShownScenario) -> None:
    """With the twin's custom drawing order, each scenario layer is drawn just above its live layer (QGIS would
    put new layers at the bottom, under the opaque zones)."""
    if not root.hasCustomLayerOrder():
        return
    order = [lyr for lyr in root.customLayerOrder() if lyr not in shown.layers.values()]
    for name in reversed(SCENARIO_LAYERS):
        layer = shown.layers.get(name)
        if layer is None:
            continue
        live = shown.filtered.get(name)
        order.insert(order.index(live) if live in order else 0, layer)
    root.setCustomLayerOrder(order)


def _open_scenario_table(name: str, code: str, source: tuple[str, str]) -> QgsVectorLayer:
    uri, provider = source
    title = tr("{} — scenario {}").format(twin_project.layer_title(name), code)
    layer = QgsVectorLayer(uri, title, provider)
    if not layer.isValid() or layer.fields().indexOf("scenario") < 0:
        raise ScenarioViewError(tr("The scenario table of {} does not open ({}): is the twin store of version 6 or "
                                   "later?").format(twin_project.layer_title(name).lower(), uri))
    return layer


def _dress(layer: QgsVectorLayer, name: str, code: str, live: QgsVectorLayer | None) -> QgsVectorLayer:
    """Filter a scenario table's layer on the scenario, style it like its live layer, make its rows the
    scenario's by default."""
    if not layer.setSubsetString(sc.scenario_filter(code)):
        raise ScenarioViewError(tr("The scenario table of {} cannot be filtered.").format(name))
    _copy_style(name, live, layer)
    _mark(layer)
    layer.setCustomProperty(SCENARIO_LAYER_PROPERTY, name)
    layer.setCustomProperty(SCENARIO_PROPERTY, code)
    return make_editable(layer)


def make_editable(layer: QgsVectorLayer) -> QgsVectorLayer:
    """New features of a scenario layer belong to its scenario (defaults of ``scenario`` and ``op``); the columns
    the store and these defaults set are read-only in the form. Applied again when a project is read (QGIS may
    open a subset layer of a GeoPackage without its fields at first, and drop their settings)."""
    code = str(layer.customProperty(SCENARIO_PROPERTY) or "")
    fields = layer.fields()
    config = layer.editFormConfig()
    for column, expression in (("scenario", "'{}'".format(code)), ("op", "'upsert'")):
        index = fields.indexOf(column)
        if index >= 0:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(expression))
    for column in ("scenario", "op", "base_version"):  # set by the defaults and the store's trigger
        index = fields.indexOf(column)
        if index >= 0:
            config.setReadOnly(index, True)
    layer.setEditFormConfig(config)
    edit_locking.arm_layer(layer)
    return layer


def restore_after_read(project: QgsProject) -> int:
    """:func:`make_editable` on every scenario layer of a project just read, and the extents of the layers the
    scenario filters (see :func:`fix_extent`); returns the number of scenario layers."""
    layers = [lyr for lyr in project.mapLayers().values() if is_scenario_layer(lyr)]
    for layer in layers:
        make_editable(layer)
        fix_extent(layer)
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.customProperty(FILTERED_BY_PROPERTY):
            fix_extent(layer)
    return len(layers)


def _copy_style(name: str, live: QgsVectorLayer | None, layer: QgsVectorLayer) -> None:
    """The live layer's style as the officer sees it (else the twin's QML), without its custom properties (which
    name it a live twin layer)."""
    categories = QgsMapLayer.StyleCategories(int(QgsMapLayer.AllStyleCategories) & ~int(QgsMapLayer.CustomProperties))
    if live is not None:
        document = QDomDocument()
        message = live.exportNamedStyle(document, QgsReadWriteContext(), categories)
        if not message:
            ok, message = layer.importNamedStyle(document, categories)
            if ok:
                return
        log.warning("The style of %s was not copied to its scenario layer: %s", live.name(), message)
    style = twin_project.STYLES_DIR / "{}.qml".format(name)
    if style.exists():
        layer.loadNamedStyle(str(style), categories)


def _mark(layer: QgsVectorLayer) -> None:
    """The scenario's cue: a dashed magenta outline over every fill symbol of the layer's style."""
    renderer = layer.renderer()
    if renderer is None:
        return
    for symbol in renderer.symbols(QgsRenderContext()):
        if symbol.type() != QgsSymbol.Fill:
            continue
        outline = QgsSimpleLineSymbolLayer(QColor(CUE_COLOUR), CUE_WIDTH, Qt.DashLine)
        symbol.appendSymbolLayer(outline)
    layer.triggerRepaint()


def fix_extent(layer: QgsVectorLayer, fallback: QgsRectangle | None = None) -> None:
    """Give a filtered GeoPackage layer its extent: QGIS 3.22's OGR provider reports an empty one under a subset
    string here (it cannot open the file again to measure it), and the 3D view then asks for features in a NaN
    box. The extent of the features, else (no feature) ``fallback``."""
    extent = layer.extent()
    if not extent.isEmpty() and math.isfinite(extent.width()) and math.isfinite(extent.height()):
        return
    found = QgsRectangle()
    found.setMinimal()
    for feature in layer.getFeatures(QgsFeatureRequest().setNoAttributes()):
        if feature.hasGeometry():
            found.combineExtentWith(feature.geometry().boundingBox())
    if found.isEmpty() or not math.isfinite(found.width()):
        found = fallback
    if found is not None and not found.isEmpty():
        layer.setExtent(found)


def reload_layers(project: QgsProject) -> None:
    """Read the filtered live layers and the scenario layers again (after a change of the scenario's rows: the
    live filter's sub-query and the scenario's rows both changed)."""
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and (layer.customProperty(FILTERED_BY_PROPERTY)
                                                  or is_scenario_layer(layer)):
            if layer.isEditable():
                continue  # the officer's edit buffer stays; QGIS reads the layer when it is saved
            layer.dataProvider().reloadData()
            fix_extent(layer)
            layer.triggerRepaint()
