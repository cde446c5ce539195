"""Add twin layers: every layer of the connected store in a grouped, styled layer tree, with time.

The layers are opened, styled (``resources/styles/*.qml``) and grouped by :func:`..twin_project.add_twin_layers`,
the same code that writes the demo project; here they get what QGIS desktop adds: map tips, labels shown only
at detail scales, the ``sensors_latest`` view drawn by the latest value against its limit (from the threshold
pack ``resources/rules/environment-thresholds.json``), and the time of readings, alerts and construction projects
wired to the Temporal Controller, the project's time range being the last 30 days of readings.

:func:`add_twin_layers` is the menu action (it takes ``iface``); :func:`add_store_layers` does the work with
``qgis.core`` only, for tests and scripts.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsDateTimeRange,
    QgsInterval,
    QgsLayerTreeGroup,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsVectorLayerTemporalProperties,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt
from qgis.PyQt.QtGui import QColor

from .. import twin_project
from ..core.environment import thresholds
from ..store.schema import STORE_SRID

log = logging.getLogger(__name__)

#: Top group of the twin in the layer tree, and the custom property naming its store.
TOP_GROUP = "DSEZA Twin"
STORE_PROPERTY = "dseza_twin/store"

#: Days of readings the project's time range covers, and the Temporal Controller's step.
TIME_RANGE_DAYS = 30
FRAME_HOURS = 1
#: A sensor's latest value older than this is "no recent value" on the map.
RECENT_HOURS = 24

#: Classes of the latest value: (upper bound of value / limit, label, colour); the last has no bound.
LATEST_CLASSES: tuple[tuple[float | None, str, str], ...] = (
    (0.5, QT_TRANSLATE_NOOP("TwinLayers", "Below half of the limit"), "#1a9641"),
    (0.8, QT_TRANSLATE_NOOP("TwinLayers", "50–80 % of the limit"), "#f2d600"),
    (1.0, QT_TRANSLATE_NOOP("TwinLayers", "80–100 % of the limit"), "#fd8d3c"),
    (None, QT_TRANSLATE_NOOP("TwinLayers", "At or above the limit"), "#d7191c"),
)
NO_LIMIT_COLOUR = "#4f7ca8"
NO_RECENT_COLOUR = "#9e9e9e"


def tr(text: str) -> str:
    return QCoreApplication.translate("TwinLayers", text)


# -- Map tips and labels ------------------------------------------------------------------------------------------

def map_tips() -> dict[str, str]:
    """HTML map tip templates of the twin layers (QGIS expressions in ``[% %]``)."""
    dash = "'–'"
    sensor = (
        "<b>[% coalesce(\"name\", \"code\") %]</b><br>"
        "{code}: [% \"code\" %]<br>{kind}: [% \"kind\" %] · [% coalesce(\"observed_property\", {dash}) %]"
    ).format(code=tr("Code"), kind=tr("Kind"), dash=dash)
    return {
        "functional_areas": (
            "<b>[% coalesce(\"name_en\", \"code\") %]</b><br><i>[% coalesce(\"name_vi\", '') %]</i><br>"
            "{kind}: [% \"kind\" %]<br>{area}: [% format_number(coalesce(\"published_area_ha\", $area / 10000), 1) %]"
            " ha<br>{operator}: [% coalesce(\"operator\", {dash}) %]"
        ).format(kind=tr("Kind"), area=tr("Area"), operator=tr("Operator"), dash=dash),
        "planning_zones": (
            "<b>{zone} [% \"code\" %]</b> [% coalesce(\"name\", '') %]<br>"
            "{use}: [% \"land_use\" %] ({level} [% coalesce(\"plan_level\", {dash}) %])<br>"
            "{cov}: [% coalesce(format_number(\"max_coverage_pct\", 0) || ' %', {dash}) %] · "
            "{far}: [% coalesce(format_number(\"max_far\", 1), {dash}) %] · "
            "{height}: [% coalesce(format_number(\"max_height_m\", 0) || ' m', {dash}) %]<br>"
            "{decision}: [% coalesce(\"plan_decision\", {dash}) %]"
        ).format(zone=tr("Planning zone"), use=tr("Land use"), level=tr("plan"), cov=tr("Max. coverage"),
                 far=tr("Max. FAR"), height=tr("Max. height"), decision=tr("Plan decision"), dash=dash),
        "parcels": (
            "<b>{lot} [% \"code\" %]</b><br>{status}: [% \"status\" %]<br>"
            "{tenant}: [% coalesce(\"tenant\", {dash}) %] · [% coalesce(\"sector\", '') %]<br>"
            "{use}: [% coalesce(\"land_use\", {dash}) %] · {zone} [% coalesce(\"zone_code\", {dash}) %]<br>"
            "{area}: [% format_number(coalesce(\"area_m2\", $area) / 10000, 2) %] ha<br>"
            "{lease}: [% coalesce(format_date(\"lease_start\", 'yyyy-MM-dd'), {dash}) %] – "
            "[% coalesce(format_date(\"lease_end\", 'yyyy-MM-dd'), {dash}) %]"
        ).format(lot=tr("Land lot"), status=tr("Status"), tenant=tr("Tenant"), use=tr("Land use"),
                 zone=tr("zone"), area=tr("Area"), lease=tr("Lease"), dash=dash),
        "buildings": (
            "<b>[% coalesce(\"name\", \"code\") %]</b><br>{code}: [% \"code\" %] · {lot} "
            "[% coalesce(\"parcel_code\", {dash}) %]<br>"
            "{height}: [% coalesce(format_number(\"height_m\", 1) || ' m', {dash}) %] · "
            "{floors}: [% coalesce(\"floors\", {dash}) %] · "
            "{gfa}: [% coalesce(format_number(\"gfa_m2\", 0) || ' m²', {dash}) %]<br>"
            "{use}: [% coalesce(\"use\", {dash}) %] · {source}: [% \"source\" %]"
        ).format(code=tr("Code"), lot=tr("lot"), height=tr("Height"), floors=tr("Floors"), gfa=tr("Floor area"),
                 use=tr("Use"), source=tr("Source"), dash=dash),
        "construction_projects": (
            "<b>[% coalesce(\"name\", \"code\") %]</b><br>{permit}: [% coalesce(\"permit_no\", {dash}) %] · "
            "{lot} [% coalesce(\"parcel_code\", {dash}) %]<br>{status}: [% \"status\" %] · "
            "[% coalesce(format_number(\"progress_pct\", 0) || ' %', {dash}) %]<br>"
            "[% coalesce(format_date(coalesce(\"actual_start\", \"planned_start\"), 'yyyy-MM-dd'), {dash}) %] – "
            "[% coalesce(format_date(coalesce(\"actual_end\", \"planned_end\"), 'yyyy-MM-dd'), {dash}) %]"
        ).format(permit=tr("Permit"), lot=tr("lot"), status=tr("Status"), dash=dash),
        "sensors": sensor,
        "sensors_latest": sensor + (
            "<br>{latest}: <b>[% coalesce(format_number(\"value\", 1) || ' ' || coalesce(\"unit\", ''), {dash}) %]"
            "</b> [% CASE WHEN \"quality\" IS NOT NULL AND \"quality\" <> 'ok' THEN '(' || \"quality\" || ')' END %]"
            "<br>{at} [% coalesce(format_date(\"phenomenon_time\", 'yyyy-MM-dd HH:mm'), {dash}) %]"
        ).format(latest=tr("Latest value"), at=tr("at"), dash=dash),
        "sensor_readings": (
            "<b>[% \"code\" %]</b> · [% \"kind\" %]<br>"
            "<b>[% coalesce(format_number(\"value\", 1) || ' ' || coalesce(\"unit\", ''), {dash}) %]</b> "
            "[% CASE WHEN \"quality\" <> 'ok' THEN '(' || \"quality\" || ')' END %]<br>"
            "{at} [% format_date(\"phenomenon_time\", 'yyyy-MM-dd HH:mm') %]"
        ).format(at=tr("at"), dash=dash),
        "alerts": (
            "<b>[% \"rule\" %]</b><br>{value}: [% format_number(\"value\", 1) %] ({limit} "
            "[% format_number(\"limit_value\", 1) %])<br>{status}: [% \"status\" %] · {zone} "
            "[% coalesce(\"zone_code\", {dash}) %]<br>[% format_date(\"window_start\", 'yyyy-MM-dd HH:mm') %] – "
            "[% format_date(\"window_end\", 'yyyy-MM-dd HH:mm') %]"
        ).format(value=tr("Value"), limit=tr("limit"), status=tr("Status"), zone=tr("zone"), dash=dash),
        "network_nodes": "<b>[% coalesce(\"name\", \"code\") %]</b><br>[% \"network\" %] · [% \"kind\" %]",
        "network_links": "<b>[% coalesce(\"name\", \"code\") %]</b><br>[% \"network\" %]",
    }


#: Labels added where the layer's style has none: (expression, shown at scales down to 1:N, size in points).
LABELS: dict[str, tuple[str, float, float]] = {
    "planning_zones": ("\"code\"", 25_000, 7.5),
    "parcels": ("\"code\"", 6_000, 7.0),
    "buildings": ("coalesce(\"name\", \"code\")", 2_500, 7.0),
    "sensors_latest": ("CASE WHEN \"value\" IS NOT NULL THEN format_number(\"value\", 1) || ' ' || "
                       "coalesce(\"unit\", '') END", 15_000, 7.0),
}


def _labeling(expression: str, min_scale: float, size: float) -> QgsVectorLayerSimpleLabeling:
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.scaleVisibility = True
    settings.minimumScale = min_scale  # hidden when zoomed out beyond 1:min_scale
    settings.maximumScale = 0
    text = QgsTextFormat()
    text.setSize(size)
    text.setColor(QColor("#212121"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor(255, 255, 255, 220))
    text.setBuffer(buffer)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def dress_layer(name: str, layer: QgsVectorLayer) -> None:
    """Map tip, display expression, labels (where the style has none) and time of a twin layer."""
    tips = map_tips()
    if name in tips:
        layer.setMapTipTemplate(tips[name])
    if "code" in layer.fields().names():
        layer.setDisplayExpression("coalesce(\"name\", \"code\")" if "name" in layer.fields().names() else "\"code\"")
    if name in LABELS and not layer.labelsEnabled():
        layer.setLabeling(_labeling(*LABELS[name]))
        layer.setLabelsEnabled(True)
    set_time(name, layer)


# -- Time -------------------------------------------------------------------------------------------------------

#: How each layer with time is wired to the Temporal Controller.
TIME_MODES = {
    "readings": "instant",
    "sensor_readings": "instant",
    "alerts": "start_end_fields",
    "construction_projects": "start_end_expressions",
}
PROJECT_START = "coalesce(\"actual_start\", \"planned_start\")"
#: A project under construction or suspended with no actual end is still on, whatever its planned end.
PROJECT_END = ("coalesce(\"actual_end\", CASE WHEN \"status\" IN ('under_construction', 'suspended') "
               "THEN to_date('2999-12-31') ELSE \"planned_end\" END)")


def set_time(name: str, layer: QgsVectorLayer) -> None:
    """Wire a layer's time to the Temporal Controller (readings, alerts, construction projects; others: no time)."""
    props = layer.temporalProperties()
    if name in ("readings", "sensor_readings"):
        props.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeInstantFromField)
        props.setStartField("phenomenon_time")
        props.setFixedDuration(FRAME_HOURS)  # each reading stands for its hour
        props.setDurationUnits(QgsUnitTypes.TemporalHours)
    elif name == "alerts":
        props.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields)
        props.setStartField("window_start")
        props.setEndField("window_end")
    elif name == "construction_projects":
        # A project runs from its actual start (else planned) to its actual end (else planned; none: still on).
        props.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromExpressions)
        props.setStartExpression(PROJECT_START)
        props.setEndExpression(PROJECT_END)
    else:
        return
    props.setIsActive(True)


def readings_time_range(store, days: int = TIME_RANGE_DAYS) -> tuple[dt.datetime, dt.datetime] | None:
    """(first, last) phenomenon time of the store's readings within ``days`` before the last one; None if none.

    Read from the rollup of latest readings and, per sensor, the readings' primary key (sensor, time): fast
    on ten million readings, where ``min()`` over the readings table scans it all.
    """
    gpkg = store.address.is_gpkg
    prefix = "" if gpkg else '"{}".'.format(store.address.schema)
    rows = store.query("SELECT max(phenomenon_time) FROM {}readings_latest".format(prefix))
    last = _aware(rows[0][0]) if rows else None
    if last is None:
        return None
    since = last - dt.timedelta(days=days)
    mark = "?" if gpkg else "%s"
    param = since.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z" if gpkg else since
    rows = store.query(
        "SELECT min((SELECT r.phenomenon_time FROM {p}readings r WHERE r.sensor_id = l.sensor_id "
        "AND r.phenomenon_time >= {m} ORDER BY r.phenomenon_time LIMIT 1)) FROM {p}readings_latest l".format(
            p=prefix, m=mark),
        [param],
    )
    first = _aware(rows[0][0]) if rows else None
    return (first or last), last


def _aware(value) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value


def qdatetime(value: dt.datetime) -> QDateTime:
    """A QDateTime in UTC of an aware datetime."""
    value = value.astimezone(dt.timezone.utc)
    return QDateTime.fromMSecsSinceEpoch(int(round(value.timestamp() * 1000)), Qt.UTC)


def set_project_time(project: QgsProject, first: dt.datetime, last: dt.datetime) -> QgsDateTimeRange:
    """The project's time range from ``first`` to ``last`` plus one frame (the last reading's hour), 1-hour steps."""
    time_range = QgsDateTimeRange(qdatetime(first), qdatetime(last + dt.timedelta(hours=FRAME_HOURS)))
    settings = project.timeSettings()
    settings.setTemporalRange(time_range)
    settings.setTimeStep(FRAME_HOURS)
    settings.setTimeStepUnit(QgsUnitTypes.TemporalHours)
    return time_range


# -- The sensors' latest values against their limits -----------------------------------------------------------

def instant_limit(pack: thresholds.ThresholdPack, parameter: thresholds.Parameter) -> float | None:
    """The limit a single (latest) reading of a parameter is held against on the map.

    The pack's limit in force (default variants) with the shortest averaging window and an upper bound; of
    day and night limits, the day one (6–21 h). None when the parameter has no upper limit.
    """
    limits = [lim for lim in pack.limits_for(parameter) if lim.max is not None and lim.averaging != "year"]
    if not limits:
        return None
    limits.sort(key=lambda lim: (thresholds.AVERAGINGS.index(lim.averaging), {None: 0, "day": 1}.get(lim.period, 2)))
    return float(limits[0].max)


def limit_cases(properties, pack: thresholds.ThresholdPack | None = None) -> list[tuple[str, str, float, float]]:
    """``[(observed_property, unit, limit, unit factor)]`` for the ``(observed_property, unit)`` pairs given
    whose parameter has a limit in the pack (default pack) and whose unit converts to the pack's."""
    pack = pack or thresholds.load_pack()
    cases = []
    for prop, unit in sorted({(p or "", u or "") for p, u in properties}):
        parameter = pack.match(prop)
        if parameter is None:
            continue
        limit = instant_limit(pack, parameter)
        factor = thresholds.unit_factor(unit, parameter.unit)
        if limit and factor is not None:
            cases.append((prop, unit, limit, factor))
    return cases


def _literal(text: str) -> str:
    return "'{}'".format(text.replace("'", "''"))


def ratio_expression(cases) -> str:
    """QGIS expression: the latest value over its limit (NULL where the property has no limit)."""
    if not cases:
        return "NULL"
    whens = " ".join(
        "WHEN \"observed_property\" = {} AND coalesce(\"unit\", '') = {} THEN \"value\" * {!r} / {!r}".format(
            _literal(prop), _literal(unit), float(factor), float(limit))
        for prop, unit, limit, factor in cases
    )
    return "CASE {} END".format(whens)


def latest_value_renderer(cases, recent_hours: int = RECENT_HOURS) -> QgsRuleBasedRenderer:
    """Rule-based renderer of ``sensors_latest``: the latest value's ratio to its limit, graduated in four
    classes (:data:`LATEST_CLASSES`); a recent value without a limit; no recent value (grey)."""
    ratio = "({})".format(ratio_expression(cases))
    recent = "\"value\" IS NOT NULL AND \"phenomenon_time\" >= now() - to_interval('{} hours')".format(recent_hours)
    root = QgsRuleBasedRenderer.Rule(None)
    lower = None
    for index, (upper, _label, colour) in enumerate(LATEST_CLASSES):
        bounds = []
        if lower is not None:
            bounds.append("{} >= {}".format(ratio, lower))
        if upper is not None:
            bounds.append("{} < {}".format(ratio, upper))
        if not bounds:
            bounds.append("{} IS NOT NULL".format(ratio))
        root.appendChild(QgsRuleBasedRenderer.Rule(_marker(colour, 3.4), 0, 0,
                                                   "{} AND {}".format(recent, " AND ".join(bounds)),
                                                   QCoreApplication.translate("TwinLayers", LATEST_CLASSES[index][1])))
        lower = upper
    root.appendChild(QgsRuleBasedRenderer.Rule(_marker(NO_LIMIT_COLOUR, 2.8), 0, 0,
                                               "{} AND {} IS NULL".format(recent, ratio),
                                               tr("Recent value, no limit for this property")))
    root.appendChild(QgsRuleBasedRenderer.Rule(_marker(NO_RECENT_COLOUR, 2.6), 0, 0, "ELSE",
                                               tr("No value in the last {} hours").format(recent_hours)))
    return QgsRuleBasedRenderer(root)


def _marker(colour: str, size: float) -> QgsMarkerSymbol:
    return QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "size": str(size),
                                         "outline_color": "#ffffff", "outline_width": "0.4"})


# -- Readings on the map ---------------------------------------------------------------------------------------------

#: Colour of each sensor kind on "Readings on the map" (the legend shows the kinds as the store names them, as the
#: map tips do).
KIND_COLOURS: tuple[tuple[str, str], ...] = (
    ("air", "#7b3294"), ("water", "#2c7bb6"), ("noise", "#e66101"), ("traffic", "#4d4d4d"), ("energy", "#e6ab02"),
    ("flood", "#1b9e77"),
)


def readings_renderer() -> QgsCategorizedSymbolRenderer:
    """Renderer of ``sensor_readings``: a small point coloured by the sensor's kind (one frame of the Temporal
    Controller shows each sensor's readings of that hour); any other kind in the fallback colour."""
    categories = [QgsRendererCategory(kind, _marker(colour, 2.2), kind) for kind, colour in KIND_COLOURS]
    categories.append(QgsRendererCategory("", _marker(NO_LIMIT_COLOUR, 2.2), "–"))
    return QgsCategorizedSymbolRenderer("kind", categories)


# -- The action ----------------------------------------------------------------------------------------------------

@dataclass
class AddedTwin:
    """What :func:`add_store_layers` added."""

    group: QgsLayerTreeGroup
    layers: dict[str, QgsVectorLayer] = field(default_factory=dict)
    time_range: QgsDateTimeRange | None = None


def add_store_layers(address: str, project: QgsProject | None = None, *, credentials=None) -> AddedTwin:
    """Add every twin layer of the store at ``address`` to ``project`` (default: the current project).

    A top group :data:`TOP_GROUP` (first in the tree) holds the groups of
    :data:`..twin_project.DESKTOP_GROUPS`; an earlier group of the same store is replaced, with its layers.
    Raises :class:`..store.StoreError` when the store cannot be opened or is of another version, and
    :class:`..twin_project.TwinProjectError` when a layer does not open (nothing is added then).
    """
    from ..store import open_store
    from ..toolbelt.auth import qgis_credentials

    project = project or QgsProject.instance()
    with open_store(address, credentials=credentials or qgis_credentials) as store:
        store.check_version()
        sources = twin_project.store_layer_sources(store)
        properties = store.query("SELECT DISTINCT observed_property, unit FROM {}sensors".format(
            "" if store.address.is_gpkg else '"{}".'.format(store.address.schema)))
        time_span = readings_time_range(store)
    cases = limit_cases(properties)

    root = project.layerTreeRoot()
    remove_store_layers(address, project)
    if not project.mapLayers() or not project.crs().isValid():  # a new project: the twin's CRS
        project.setCrs(QgsCoordinateReferenceSystem("EPSG:{}".format(STORE_SRID)))
    top = QgsLayerTreeGroup(TOP_GROUP)
    top.setCustomProperty(STORE_PROPERTY, address)
    root.insertChildNode(0, top)
    try:
        layers = twin_project.add_twin_layers(project, sources, parent=top, groups=twin_project.DESKTOP_GROUPS)
    except Exception:
        root.removeChildNode(top)
        raise
    for name, layer in layers.items():
        layer.setCustomProperty(STORE_PROPERTY, address)
        dress_layer(name, layer)
    if "sensors_latest" in layers:
        layers["sensors_latest"].setRenderer(latest_value_renderer(cases))
        # The view draws the sensors: the plain sensors layer stays in the tree, unchecked.
        if "sensors" in layers:
            node = top.findLayer(layers["sensors"].id())
            if node is not None:
                node.setItemVisibilityChecked(False)
    if "sensor_readings" in layers:
        layers["sensor_readings"].setRenderer(readings_renderer())
        # Every reading: drawn frame by frame by the Temporal Controller, but all of them (millions) when it is
        # off. Unchecked: the officer turns it on to play time.
        node = top.findLayer(layers["sensor_readings"].id())
        if node is not None:
            node.setItemVisibilityChecked(False)
    # The tree lists the groups as the issue names them (Planning first); the map draws points over lines over
    # buildings over lots over zones: a custom layer order, the twin's layers on top of the officer's own.
    others = root.customLayerOrder() if root.hasCustomLayerOrder() else root.layerOrder()
    order = [layers[n] for n in twin_project.RENDER_ORDER if n in layers]
    order += [lyr for lyr in layers.values() if lyr not in order]
    root.setHasCustomLayerOrder(True)
    root.setCustomLayerOrder(order + [lyr for lyr in others if lyr not in order])
    added = AddedTwin(group=top, layers=layers)
    if time_span is not None:
        added.time_range = set_project_time(project, *time_span)
    return added


def remove_store_layers(address: str, project: QgsProject | None = None) -> int:
    """Remove the twin group of the store at ``address`` and its layers; returns the number of layers removed."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    removed = 0
    for node in list(root.children()):
        if isinstance(node, QgsLayerTreeGroup) and node.customProperty(STORE_PROPERTY) == address:
            ids = [n.layerId() for n in node.findLayers()]
            root.removeChildNode(node)
            project.removeMapLayers(ids)
            removed += len(ids)
    return removed


def add_twin_layers(iface) -> AddedTwin | None:
    """Menu action "Add twin layers": the layers of the connected store (asks for a store when none is).

    Shows the outcome in the message bar, zooms the map on the parks, turns map tips on and sets the Temporal
    Controller to play the project's time range hour by hour.
    """
    from qgis.core import Qgis
    from qgis.PyQt.QtWidgets import QApplication

    from ..store import StoreError
    from ..toolbelt.store_messages import store_error_text
    from .connect_dialog import connect_store
    from .store_choice import remembered_store

    address = remembered_store() or connect_store(iface)
    if not address:
        return None
    QApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        added = add_store_layers(address)
    except (StoreError, twin_project.TwinProjectError) as exc:
        QApplication.restoreOverrideCursor()  # (restored once more below: harmless)
        iface.messageBar().pushMessage(tr("DSEZA Twin"), store_error_text(exc), Qgis.Critical, 0)
        return None
    finally:
        QApplication.restoreOverrideCursor()
    canvas = iface.mapCanvas()
    try:
        extent = twin_project.default_extent_of(added.layers)
        canvas.setExtent(extent)
        canvas.refresh()
    except twin_project.TwinProjectError:
        pass
    map_tips_action = iface.actionMapTips() if hasattr(iface, "actionMapTips") else None
    if map_tips_action is not None and map_tips_action.isCheckable() and not map_tips_action.isChecked():
        map_tips_action.trigger()  # hovering a lot, zone, building or sensor shows its map tip
    if added.time_range is not None:
        controller = canvas.temporalController()
        if hasattr(controller, "setTemporalExtents"):  # the dock's navigation object
            from qgis.core import QgsTemporalNavigationObject

            controller.setTemporalExtents(added.time_range)
            controller.setFrameDuration(QgsInterval(FRAME_HOURS * 3600))
            controller.setNavigationMode(QgsTemporalNavigationObject.Animated)
    iface.messageBar().pushMessage(
        tr("DSEZA Twin"),
        tr("{} twin layers added from {}.").format(len(added.layers), address),
        Qgis.Success, 5)
    return added
