"""The twin as a QGIS project: layers in groups, styled, and a map of it.

Uses ``qgis.core`` only (no ``qgis.gui``, no ``iface``), so the same code runs
in QGIS desktop, under ``qgis_process`` and in ``scripts/make_project.py``.
The functions take what they need: the layers' ``(uri, provider)`` sources,
as a twin store's :meth:`~dseza_twin_plugin.store.base.TwinStore.layer_source`
gives them, and paths to write to.

>>> from dseza_twin.dseza_twin_plugin.store import LAYERS, open_store
>>> store = open_store("out/danang_twin.gpkg")                  # doctest: +SKIP
>>> sources = {name: store.layer_source(name) for name in LAYERS}  # doctest: +SKIP
>>> project = build_twin_project(sources, "out/danang_twin.qgz", "Da Nang twin")  # doctest: +SKIP
>>> from dseza_twin.dseza_twin_plugin.twin_map import render_map
>>> render_map(project, "out/danang_twin.png", 2000, 1400)      # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsLayerTreeGroup,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsRelation,
    QgsRelationContext,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from . import twin_3d
from .store.schema import LAYER_TITLES, STORE_SRID
from .toolbelt import edit_gate, edit_locking

log = logging.getLogger(__name__)

STYLES_DIR = Path(__file__).resolve().parents[1] / "resources" / "styles"

#: Layer tree: groups, top to bottom, and the twin layers in each.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Planning", ("functional_areas", "planning_zones")),
    ("Land", ("parcels", "buildings", "construction_projects")),
    ("Infrastructure", ("network_links", "network_nodes")),
    ("Environment & IoT", ("sensors", "alerts", "readings")),
)

#: The layer tree of "Add twin layers" in QGIS desktop (issue 5): buildings and projects get their own groups,
#: and the sensors' latest values (the ``sensors_latest`` view) join the environment group.
DESKTOP_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Planning", ("functional_areas", "planning_zones")),
    ("Land", ("parcels",)),
    ("Buildings", ("buildings",)),
    ("Infrastructure", ("network_links", "network_nodes")),
    ("Environment & IoT", ("sensors_latest", "sensor_readings", "sensors", "alerts", "readings")),
    ("Projects", ("construction_projects",)),
)

#: Views of the store opened as layers, with the twin layer whose source they follow, and their titles.
VIEW_LAYERS: dict[str, tuple[str, str]] = {
    "sensors_latest": ("sensors", "Sensors: latest value"),
    # every reading at its sensor's point, for the Temporal Controller (key: sensor id and time, see store.rollups)
    "sensor_readings": ("sensors", "Readings on the map"),
}

#: Drawing order, top first: points over lines over the park outlines over areas.
RENDER_ORDER: tuple[str, ...] = (
    "alerts",
    "sensor_readings",
    "sensors_latest",
    "sensors",
    "network_nodes",
    "functional_areas",
    "network_links",
    "buildings",
    "construction_projects",
    "parcels",
    "planning_zones",
)

#: Relations the attribute forms show: (id, name, child layer, child field, parent layer, parent field).
RELATIONS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("zone_parcels", "Lots of the zone", "parcels", "zone_code", "planning_zones", "code"),
    ("parcel_buildings", "Buildings on the lot", "buildings", "parcel_code", "parcels", "code"),
    ("parcel_projects", "Construction projects on the lot", "construction_projects", "parcel_code",
     "parcels", "code"),
    ("sensor_readings", "Readings of the sensor", "readings", "sensor_id", "sensors", "fid"),
    ("sensor_alerts", "Alerts of the sensor", "alerts", "sensor_id", "sensors", "fid"),
)

#: Custom property naming the twin layer behind a QGIS layer (its name may be translated or renamed).
LAYER_PROPERTY = "dseza_twin/layer"
#: Custom property of a layer tree group: its English name (the name shown may be translated).
GROUP_PROPERTY = "dseza_twin/group"

#: The groups' names, for translation.
GROUP_NAMES = (
    QT_TRANSLATE_NOOP("TwinProject", "Planning"),
    QT_TRANSLATE_NOOP("TwinProject", "Land"),
    QT_TRANSLATE_NOOP("TwinProject", "Buildings"),
    QT_TRANSLATE_NOOP("TwinProject", "Infrastructure"),
    QT_TRANSLATE_NOOP("TwinProject", "Environment & IoT"),
    QT_TRANSLATE_NOOP("TwinProject", "Projects"),
)

#: The layers' names, for translation. The English names are ``store.schema.LAYER_TITLES`` and the titles of
#: :data:`VIEW_LAYERS` (the store has no Qt); tests/qgis/test_twin_project.py keeps the two lists equal.
LAYER_NAMES = (
    QT_TRANSLATE_NOOP("TwinProject", "Functional areas"),
    QT_TRANSLATE_NOOP("TwinProject", "Planning zones"),
    QT_TRANSLATE_NOOP("TwinProject", "Land lots"),
    QT_TRANSLATE_NOOP("TwinProject", "Construction projects"),
    QT_TRANSLATE_NOOP("TwinProject", "Buildings"),
    QT_TRANSLATE_NOOP("TwinProject", "Network links"),
    QT_TRANSLATE_NOOP("TwinProject", "Network nodes"),
    QT_TRANSLATE_NOOP("TwinProject", "Sensors"),
    QT_TRANSLATE_NOOP("TwinProject", "Sensor readings"),
    QT_TRANSLATE_NOOP("TwinProject", "Alerts"),
    QT_TRANSLATE_NOOP("TwinProject", "Sensors: latest value"),
    QT_TRANSLATE_NOOP("TwinProject", "Readings on the map"),
)

#: The legend's class labels of the twin's styles (resources/styles/*.qml), for translation; a test keeps the
#: list equal to the labels of the styles.
LEGEND_LABELS = (
    QT_TRANSLATE_NOOP("TwinLegend", "High-tech park"),
    QT_TRANSLATE_NOOP("TwinLegend", "Concentrated IT park"),
    QT_TRANSLATE_NOOP("TwinLegend", "Industrial park"),
    QT_TRANSLATE_NOOP("TwinLegend", "Free trade zone"),
    QT_TRANSLATE_NOOP("TwinLegend", "Industrial"),
    QT_TRANSLATE_NOOP("TwinLegend", "Warehouse / logistics"),
    QT_TRANSLATE_NOOP("TwinLegend", "Research & development"),
    QT_TRANSLATE_NOOP("TwinLegend", "Services / commercial"),
    QT_TRANSLATE_NOOP("TwinLegend", "Housing"),
    QT_TRANSLATE_NOOP("TwinLegend", "Green space"),
    QT_TRANSLATE_NOOP("TwinLegend", "Technical infrastructure"),
    QT_TRANSLATE_NOOP("TwinLegend", "Transport"),
    QT_TRANSLATE_NOOP("TwinLegend", "Mixed use"),
    QT_TRANSLATE_NOOP("TwinLegend", "Available"),
    QT_TRANSLATE_NOOP("TwinLegend", "Reserved"),
    QT_TRANSLATE_NOOP("TwinLegend", "Leased, not built yet"),
    QT_TRANSLATE_NOOP("TwinLegend", "Under construction"),
    QT_TRANSLATE_NOOP("TwinLegend", "Operating"),
    QT_TRANSLATE_NOOP("TwinLegend", "Height < 10 m"),
    QT_TRANSLATE_NOOP("TwinLegend", "10 – 20 m"),
    QT_TRANSLATE_NOOP("TwinLegend", "20 – 40 m"),
    QT_TRANSLATE_NOOP("TwinLegend", "40 – 80 m"),
    QT_TRANSLATE_NOOP("TwinLegend", "≥ 80 m"),
    QT_TRANSLATE_NOOP("TwinLegend", "Road"),
    QT_TRANSLATE_NOOP("TwinLegend", "Water supply"),
    QT_TRANSLATE_NOOP("TwinLegend", "Wastewater"),
    QT_TRANSLATE_NOOP("TwinLegend", "Drainage"),
    QT_TRANSLATE_NOOP("TwinLegend", "Power"),
    QT_TRANSLATE_NOOP("TwinLegend", "Telecom"),
    QT_TRANSLATE_NOOP("TwinLegend", "Power substation"),
    QT_TRANSLATE_NOOP("TwinLegend", "Water supply station"),
    QT_TRANSLATE_NOOP("TwinLegend", "Wastewater treatment plant"),
    QT_TRANSLATE_NOOP("TwinLegend", "Drainage outfall"),
    QT_TRANSLATE_NOOP("TwinLegend", "Park gate"),
    QT_TRANSLATE_NOOP("TwinLegend", "Road intersection"),
    QT_TRANSLATE_NOOP("TwinLegend", "Other node"),
    QT_TRANSLATE_NOOP("TwinLegend", "Air quality"),
    QT_TRANSLATE_NOOP("TwinLegend", "Water quality"),
    QT_TRANSLATE_NOOP("TwinLegend", "Noise"),
    QT_TRANSLATE_NOOP("TwinLegend", "Traffic"),
    QT_TRANSLATE_NOOP("TwinLegend", "Energy"),
    QT_TRANSLATE_NOOP("TwinLegend", "Flood level"),
    QT_TRANSLATE_NOOP("TwinLegend", "Open"),
    QT_TRANSLATE_NOOP("TwinLegend", "Acknowledged"),
    QT_TRANSLATE_NOOP("TwinLegend", "Closed"),
    QT_TRANSLATE_NOOP("TwinLegend", "Planned"),
    QT_TRANSLATE_NOOP("TwinLegend", "Permitted"),
    QT_TRANSLATE_NOOP("TwinLegend", "Completed"),
    QT_TRANSLATE_NOOP("TwinLegend", "Suspended"),
)

DEMO_NOTE = (
    "Demo data of DSEZA Twin. The geometry is illustrative: generated around approximate anchor "
    "points of the real parks (published areas, approximate); it is not official planning, cadastral "
    "or survey data and must not be used as such."
)


class TwinProjectError(Exception):
    """A twin layer could not be opened, or the project could not be written."""


def build_twin_project(
    store_layer_sources: dict[str, tuple[str, str]],
    project_path: str | Path,
    title: str,
    *,
    abstract: str = "",
    layer_abstract: str = "",
    styles_dir: Path = STYLES_DIR,
) -> QgsProject:
    """Make a QGIS project of the twin layers and write it to ``project_path`` (.qgz or .qgs).

    Parameters
    ----------
    store_layer_sources
        ``{twin layer name: (uri, provider key)}``; layers missing here are left out.
    project_path
        Where to write the project. GeoPackage paths are stored relative to it.
    title
        Project title (also the map title).
    abstract
        Project description; ``layer_abstract`` is added to each layer's metadata
        (for the demo twin: :data:`DEMO_NOTE`).
    styles_dir
        Folder of ``<layer>.qml`` styles.

    Returns
    -------
    QgsProject
        A new project (not ``QgsProject.instance()``), already written.

    Raises
    ------
    TwinProjectError
        When a layer source does not open as a valid layer, or writing fails.
    """
    project_path = Path(project_path)
    project = QgsProject()
    project.setFileName(str(project_path))
    project.setTitle(title)
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:{}".format(STORE_SRID)))
    project.setEllipsoid("EPSG:7030")  # WGS 84, the ellipsoid of VN-2000
    project.setDistanceUnits(QgsUnitTypes.DistanceMeters)
    project.setAreaUnits(QgsUnitTypes.AreaHectares)
    metadata = project.metadata()
    metadata.setTitle(title)
    metadata.setAbstract(abstract or layer_abstract)
    metadata.setCreationDateTime(dt.datetime.now().replace(microsecond=0))
    project.setMetadata(metadata)

    layers = add_twin_layers(project, store_layer_sources, styles_dir=styles_dir, layer_abstract=layer_abstract)
    twin_3d.save_3d_view_on_write(project)  # QGIS desktop opens the project with a 3D view of the park
    root = project.layerTreeRoot()
    order = [layers[n] for n in RENDER_ORDER if n in layers]
    root.setHasCustomLayerOrder(True)
    root.setCustomLayerOrder(order + [lyr for lyr in layers.values() if lyr not in order])

    try:  # QGIS opens the project on the parks, not at 1:1 on the origin
        project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(default_extent(project), project.crs()))
    except TwinProjectError:
        log.info("The twin has no features yet: the project keeps QGIS's default view.")

    project_path.parent.mkdir(parents=True, exist_ok=True)
    if not project.write():
        raise TwinProjectError("The project {} could not be written: {}".format(project_path, project.error()))
    return project


def add_twin_layers(
    project: QgsProject,
    store_layer_sources: dict[str, tuple[str, str]],
    *,
    parent: QgsLayerTreeGroup | None = None,
    groups: tuple[tuple[str, tuple[str, ...]], ...] = GROUPS,
    styles_dir: Path = STYLES_DIR,
    layer_abstract: str = "",
) -> dict[str, QgsVectorLayer]:
    """Open the twin layers, style them and add them to ``project`` in ``groups`` under ``parent``.

    ``store_layer_sources`` is ``{twin layer or view name: (uri, provider key)}`` (see
    :func:`store_layer_sources`); names missing from it are left out, and so are groups left empty.
    ``parent`` defaults to the project's layer tree root. The relations of :data:`RELATIONS` between
    the layers added are added to the project (any of the same id first removed). Buildings and sensors get
    3D renderers (:func:`.twin_3d.apply_3d`).

    Returns ``{name: layer}`` in tree order.

    Raises
    ------
    TwinProjectError
        When a layer source does not open as a valid layer (nothing is added then).
    """
    unknown = set(store_layer_sources) - set(LAYER_TITLES) - set(VIEW_LAYERS)
    if unknown:
        raise ValueError("Not twin layers: {}".format(", ".join(sorted(unknown))))
    opened: dict[str, QgsVectorLayer] = {}
    for _group, names in groups:
        for name in names:
            if name in store_layer_sources:
                uri, provider = store_layer_sources[name]
                opened[name] = _open_layer(name, uri, provider, styles_dir, layer_abstract)
    parent = parent if parent is not None else project.layerTreeRoot()
    for group_name, names in groups:
        present = [n for n in names if n in opened]
        if not present:
            continue
        group = parent.addGroup(group_title(group_name))
        group.setCustomProperty(GROUP_PROPERTY, group_name)
        for name in present:
            layer = opened[name]
            project.addMapLayer(layer, False)
            node = group.addLayer(layer)
            if not layer.isSpatial():
                node.setExpanded(False)
    _add_relations(project, opened)
    twin_3d.apply_3d(opened)
    return opened


def group_title(text: str) -> str:
    """A layer tree group's name in QGIS's language (the English names are in :data:`GROUP_NAMES`)."""
    return QCoreApplication.translate("TwinProject", text)


def store_layer_sources(store, views: tuple[str, ...] = tuple(VIEW_LAYERS)) -> dict[str, tuple[str, str]]:
    """``{name: (uri, provider)}`` of every twin layer of an open store, and of its ``views`` (point views).

    The store gives the twin layers' sources (:meth:`TwinStore.layer_source`); a view's source is that
    of the twin layer it follows (:data:`VIEW_LAYERS`) with the view's name as table: same connection,
    same geometry column and type, ``fid`` as key.
    """
    from .store.schema import LAYERS

    sources = {name: store.layer_source(name) for name in LAYERS}
    for view in views:
        base, _title = VIEW_LAYERS[view]
        uri, provider = sources[base]
        sources[view] = (view_source(uri, provider, base, view), provider)
    return sources


def view_source(uri: str, provider: str, base: str, view: str) -> str:
    """The source of ``view`` made from the source ``uri`` of the twin layer ``base`` of the same store."""
    if provider == "ogr":
        path, _sep, _rest = uri.partition("|")
        return "{}|layername={}".format(path, view)
    if provider == "postgres":
        source = QgsDataSourceUri(uri)
        if source.table() != base:
            raise TwinProjectError("The source of '{}' does not name its table: {}".format(base, uri))
        source.setDataSource(source.schema(), view, source.geometryColumn(), source.sql(), "fid")
        return source.uri(False)
    raise TwinProjectError("Views of a '{}' store are not known.".format(provider))


def layer_title(name: str) -> str:
    """The QGIS layer name of a twin layer or view, in QGIS's language."""
    text = LAYER_TITLES.get(name) or VIEW_LAYERS[name][1]  # marked in LAYER_NAMES
    return QCoreApplication.translate("TwinProject", text)


_CATALOGUES: list = []


def _in_catalogue(translator, context: str, text: str) -> str:
    """``text`` translated by ``translator`` (PyQt5 passes a str source to QTranslator as ASCII: bytes here)."""
    text = text.encode("utf-8")
    return translator.translate(context, text)


def legend_classes(renderer) -> list[tuple[str, object]]:
    """``(label, set_label)`` of each class of a categorized, graduated or rule-based renderer."""
    if renderer is None:
        return []
    kind = renderer.type()
    if kind == "categorizedSymbol":
        return [(c.label(), lambda text, i=i: renderer.updateCategoryLabel(i, text))
                for i, c in enumerate(renderer.categories())]
    if kind == "graduatedSymbol":
        return [(r.label(), lambda text, i=i: renderer.updateRangeLabel(i, text))
                for i, r in enumerate(renderer.ranges())]
    if kind == "RuleRenderer":
        return [(rule.label(), rule.setLabel) for rule in renderer.rootRule().descendants()]
    return []


def legend_title(text: str) -> str:
    """A legend class label of the twin's styles in QGIS's language (the labels are in :data:`LEGEND_LABELS`)."""
    return QCoreApplication.translate("TwinLegend", text)


def _retitle_legend(layer) -> int:
    """The legend's class labels of a twin layer in QGIS's language (labels an officer changed are kept)."""
    done = 0
    for label, set_label in legend_classes(layer.renderer()):
        english = _english_legend_label(label)
        if english is not None and legend_title(english) != label:
            set_label(legend_title(english))
            done += 1
    if done:
        layer.triggerRepaint()
    return done


def _label_names_in_language(layer) -> int:
    """Map labels from ``name_vi`` or ``name_en`` (functional areas, …) in the plugin's language; 1 if switched."""
    from qgis.core import QgsPalLayerSettings, QgsVectorLayerSimpleLabeling

    from .toolbelt.i18n import interface_language

    labeling = layer.labeling()
    if not isinstance(labeling, QgsVectorLayerSimpleLabeling):
        return 0
    want, other = ("name_vi", "name_en") if interface_language() == "vi" else ("name_en", "name_vi")
    settings = QgsPalLayerSettings(labeling.settings())
    if other not in settings.fieldName or want not in layer.fields().names():
        return 0
    settings.fieldName = settings.fieldName.replace(other, want)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    return 1


def _english_legend_label(label: str) -> str | None:
    """The English label of :data:`LEGEND_LABELS` that ``label`` is, in any language the plugin has."""
    _known_names("")  # loads the catalogues
    for text in LEGEND_LABELS:
        if label == text or label == legend_title(text) or any(label == _in_catalogue(t, "TwinLegend", text)
                                                               for t in _CATALOGUES):
            return text
    return None


def _known_names(text: str) -> set[str]:
    """``text`` (English) and its translation in every language the plugin has (i18n/*.qm), whatever QGIS speaks."""
    if not _CATALOGUES:
        from qgis.PyQt.QtCore import QTranslator

        for qm in sorted((Path(__file__).resolve().parents[1] / "i18n").glob("dseza_twin_*.qm")):
            translator = QTranslator()
            if translator.load(str(qm)):
                _CATALOGUES.append(translator)
    names = {text, group_title(text)}  # (same context: the names of groups and of layers)
    names.update(_in_catalogue(t, "TwinProject", text) for t in _CATALOGUES)
    return {n for n in names if n}


def retitle_twin_layers(project: QgsProject) -> int:
    """Name the twin's groups and layers of ``project`` in QGIS's language; returns how many were renamed.

    A twin project keeps each layer's twin name and each group's English name as custom properties
    (:data:`LAYER_PROPERTY`, :data:`GROUP_PROPERTY`), so a project saved in one language opens in the other
    with its names translated. A name an officer changed (neither the English name nor its translation) is
    kept. The project is left unmodified (not dirty) when it was before.
    """
    from qgis.core import QgsLayerTreeGroup

    was_dirty = project.isDirty()
    renamed = 0

    def rename(node, english: str, translated: str) -> None:
        nonlocal renamed
        if node.name() != translated and node.name() in _known_names(english):
            node.setName(translated)
            renamed += 1

    for node in project.layerTreeRoot().findGroups(True):
        english = node.customProperty(GROUP_PROPERTY)
        if isinstance(node, QgsLayerTreeGroup) and english in GROUP_NAMES:
            rename(node, english, group_title(english))
    for layer in project.mapLayers().values():
        name = layer.customProperty(LAYER_PROPERTY)
        english = LAYER_TITLES.get(name) or (VIEW_LAYERS[name][1] if name in VIEW_LAYERS else None)
        if english is not None:
            rename(layer, english, layer_title(name))
            renamed += _retitle_legend(layer)
            renamed += _label_names_in_language(layer)
    if renamed and not was_dirty:
        project.setDirty(False)
    return renamed


#: Layers opened with PostgreSQL's estimated metadata: QGIS otherwise counts every row on opening (14 s on
#: ten million readings, 0.03 s with it; the count shown is then PostgreSQL's estimate, unknown for a
#: partitioned table). The view of every reading is also opened without checking that its key is unique
#: (a full scan; the key is unique by construction: sensor id and time, the readings' primary key).
ESTIMATED_METADATA = ("readings", "sensor_readings")


def _open_layer(name: str, uri: str, provider: str, styles_dir: Path, abstract: str) -> QgsVectorLayer:
    if provider == "postgres" and name in ESTIMATED_METADATA:
        source = QgsDataSourceUri(uri)
        source.setUseEstimatedMetadata(True)
        if name in VIEW_LAYERS:
            source.setParam("checkPrimaryKeyUnicity", "0")
        uri = source.uri(False)
    layer = QgsVectorLayer(uri, layer_title(name), provider)
    if not layer.isValid():
        # (QgsMapLayer.error().summary() crashes QGIS 3.22 on some invalid layers: not used.)
        error = ""
        if provider == "ogr" and not Path(uri.split("|")[0]).exists():
            error = "the file does not exist"
        raise TwinProjectError(
            "The twin layer '{}' could not be opened ({} source: {}){}".format(
                name, provider, uri, ": {}".format(error) if error else "."
            )
        )
    layer.setCustomProperty(LAYER_PROPERTY, name)
    style = Path(styles_dir) / "{}.qml".format(name)
    if style.exists():
        message, ok = layer.loadNamedStyle(str(style))
        if not ok:
            log.warning("Style %s was not applied to %s: %s", style, name, message)
    edit_locking.arm_layer(layer)  # after the style (it sets defaults): a stale save is a conflict, not an overwrite
    if name in LAYER_TITLES:  # a twin layer (not a view): its saves pass the data-quality gate first
        edit_gate.arm_layer(layer, edit_gate.store_address(uri, provider), name)
    metadata = layer.metadata()
    metadata.setTitle(layer_title(name))
    metadata.setAbstract(abstract)
    metadata.setKeywords({"DSEZA Twin": ["digital twin", "Da Nang", name]})
    layer.setMetadata(metadata)
    return layer


def _add_relations(project: QgsProject, layers: dict[str, QgsVectorLayer]) -> None:
    manager = project.relationManager()
    for rel_id, rel_name, child, child_field, parent, parent_field in RELATIONS:
        if child not in layers or parent not in layers:
            continue
        if rel_id in manager.relations():
            manager.removeRelation(rel_id)
        relation = QgsRelation(QgsRelationContext(project))
        relation.setId(rel_id)
        relation.setName(rel_name)
        relation.setReferencingLayer(layers[child].id())
        relation.setReferencedLayer(layers[parent].id())
        relation.addFieldPair(child_field, parent_field)
        if relation.isValid():
            manager.addRelation(relation)
        else:
            why = relation.validationError() if hasattr(relation, "validationError") else ""  # QGIS >= 3.28
            log.warning("Relation %s is not valid here %s", rel_id, why)


def twin_layers(project: QgsProject) -> dict[str, QgsVectorLayer]:
    """The twin layers of a project, by twin layer name (see :data:`LAYER_PROPERTY`)."""
    found = {}
    for layer in project.mapLayers().values():
        name = layer.customProperty(LAYER_PROPERTY)
        if name:
            found[str(name)] = layer
    return found


def default_extent(project: QgsProject, margin: float = 0.06) -> QgsRectangle:
    """The functional areas' extent (else every spatial layer's), grown by ``margin`` on each side."""
    return default_extent_of(twin_layers(project), margin)


def default_extent_of(layers: dict[str, QgsVectorLayer], margin: float = 0.06) -> QgsRectangle:
    """:func:`default_extent` of twin layers given by name."""
    chosen = [layers["functional_areas"]] if "functional_areas" in layers else list(layers.values())
    extent = QgsRectangle()
    for layer in chosen:
        if layer.isSpatial() and layer.featureCount() and not layer.extent().isEmpty():
            if extent.isEmpty():
                extent = QgsRectangle(layer.extent())
            else:
                extent.combineExtentWith(layer.extent())
    if extent.isEmpty():
        raise TwinProjectError("The twin has no features to map.")
    grow = max(extent.width(), extent.height()) * margin
    extent.grow(grow)
    return extent
