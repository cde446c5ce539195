"""Add twin layers (dseza_twin_plugin.gui.twin_layers) and the store choice of the connect dialog, on a demo
twin in a GeoPackage and in PostGIS."""

from __future__ import annotations

import datetime as dt

import pytest

EXPECTED_GROUPS = {
    "Planning": ["functional_areas", "planning_zones"],
    "Land": ["parcels"],
    "Buildings": ["buildings"],
    "Infrastructure": ["network_links", "network_nodes"],
    "Environment & IoT": ["sensors_latest", "sensor_readings", "sensors", "alerts", "readings"],
    "Projects": ["construction_projects"],
}
STYLED = ("functional_areas", "planning_zones", "parcels", "buildings", "network_links", "network_nodes",
          "sensors", "alerts", "construction_projects")


@pytest.fixture(scope="module")
def demo_gpkg(qgis_app, plugin, tmp_path_factory):
    from qgis import processing

    path = str(tmp_path_factory.mktemp("twin_layers") / "demo.gpkg")
    processing.run("dsezatwin:loaddemotwin", {"STORE": path, "DAYS": 3})
    return path


@pytest.fixture
def project(qgis_app):
    from qgis.core import QgsProject

    return QgsProject()


def _readings_span(address):
    from dseza_twin.dseza_twin_plugin.gui.twin_layers import _aware
    from dseza_twin.dseza_twin_plugin.store import open_store

    with open_store(address) as store:
        prefix = "" if store.address.is_gpkg else '"{}".'.format(store.address.schema)
        first, last = store.query("SELECT min(phenomenon_time), max(phenomenon_time) FROM {}readings".format(prefix))[0]
    return _aware(first), _aware(last)


def _count(address, layer) -> int:
    from dseza_twin.dseza_twin_plugin.store import open_store

    with open_store(address) as store:
        return store.count(layer)


def _utc(qdatetime) -> dt.datetime:
    return dt.datetime.fromtimestamp(qdatetime.toMSecsSinceEpoch() / 1000.0, dt.timezone.utc)


def _in_frame(layer, begin, end) -> int:
    """Features of a layer the Temporal Controller shows in the frame [begin, end]."""
    from qgis.core import QgsDateTimeRange, QgsFeatureRequest, QgsVectorLayerTemporalContext

    from dseza_twin.dseza_twin_plugin.gui.twin_layers import qdatetime

    context = QgsVectorLayerTemporalContext()
    context.setLayer(layer)
    expression = layer.temporalProperties().createFilterString(context, QgsDateTimeRange(qdatetime(begin),
                                                                                          qdatetime(end)))
    return sum(1 for _ in layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)))


def _check_expressions(layer):
    """The map tip and the rules of a layer evaluate on its features without an error."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    rules = []
    if layer.renderer() is not None and layer.renderer().type() == "RuleRenderer":
        rules = [QgsExpression(r.filterExpression()) for r in layer.renderer().rootRule().children() if not r.isElse()]
    for rule in rules:
        assert not rule.hasParserError(), rule.parserErrorString()
        rule.prepare(context)
    for feature in layer.getFeatures(_first(20)):
        context.setFeature(feature)
        if layer.mapTipTemplate():
            text = QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)
            assert "Error" not in text and "[%" not in text, (layer.name(), text)
        for rule in rules:
            rule.evaluate(context)
            assert not rule.hasEvalError(), (layer.name(), rule.evalErrorString())


def _first(n):
    from qgis.core import QgsFeatureRequest

    return QgsFeatureRequest().setLimit(n)


def check_added(address, project):
    """Everything "Add twin layers" promises, on ``project`` after adding the store at ``address``."""
    from qgis.core import QgsVectorLayerTemporalProperties as Temporal

    from dseza_twin.dseza_twin_plugin.gui import twin_layers
    from dseza_twin.dseza_twin_plugin.twin_project import LAYER_PROPERTY

    added = twin_layers.add_store_layers(address, project)
    top = project.layerTreeRoot().children()[0]
    assert top.name() == "DSEZA Twin" and top is added.group
    assert project.crs().authid() == "EPSG:5899"
    drawn = [lyr.customProperty(LAYER_PROPERTY) for lyr in project.layerTreeRoot().layerOrder()]
    assert drawn.index("sensors_latest") < drawn.index("buildings") < drawn.index("parcels") < drawn.index(
        "planning_zones")
    groups = {g.name(): [n.layer().customProperty(LAYER_PROPERTY) for n in g.findLayers()] for g in top.children()}
    assert groups == EXPECTED_GROUPS
    layers = added.layers
    assert len(layers) == 12 and len(project.mapLayers()) == 12
    for name, layer in layers.items():
        assert layer.isValid(), name
        assert layer.customProperty(twin_layers.STORE_PROPERTY) == address
    for name in STYLED:  # the QML styles are applied: no layer left with QGIS's default single symbol
        assert layers[name].renderer().type() != "singleSymbol", name
    assert layers["planning_zones"].renderer().classAttribute() == "land_use"
    assert layers["parcels"].renderer().classAttribute() == "status"
    for name in ("parcels", "planning_zones", "buildings", "sensors_latest", "functional_areas", "alerts"):
        assert "[%" in layers[name].mapTipTemplate(), name
    assert "tenant" in layers["parcels"].mapTipTemplate()
    assert "\"value\"" in layers["sensors_latest"].mapTipTemplate()
    # labels at detail scales only
    assert layers["parcels"].labelsEnabled()
    parcel_labels = layers["parcels"].labeling().settings()
    assert parcel_labels.scaleVisibility and parcel_labels.minimumScale == 6000
    assert layers["functional_areas"].labelsEnabled()  # from its style
    for layer in layers.values():
        _check_expressions(layer)

    # sensors_latest: every sensor, with its latest value, drawn against its limit
    latest = layers["sensors_latest"]
    assert latest.featureCount() == layers["sensors"].featureCount() > 0
    assert latest.fields().names()[:3] == ["fid", "code", "name"] and "value" in latest.fields().names()
    renderer = latest.renderer()
    assert renderer.type() == "RuleRenderer"
    rules = renderer.rootRule().children()
    assert [r.label() for r in rules] == [c[1] for c in twin_layers.LATEST_CLASSES] + [
        "Recent value, no limit for this property", "No value in the last 24 hours"]
    assert rules[-1].isElse()
    assert "/ 50.0" in rules[0].filterExpression()  # PM2.5 against its 50 µg/m³
    assert all(r.symbol().color().name() == c[2] for r, c in zip(rules, twin_layers.LATEST_CLASSES, strict=False))
    assert not top.findLayer(layers["sensors"].id()).isVisible()  # the view draws the sensors
    # the demo's sensors fall in several classes: each feature in exactly one rule
    from qgis.core import QgsExpressionContextUtils, QgsRenderContext

    context = QgsRenderContext()
    context.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(latest))
    clone = renderer.clone()
    clone.startRender(context, latest.fields())
    used = {}
    labels = {r.ruleKey(): r.label() for r in rules}
    try:
        for feature in latest.getFeatures():
            context.expressionContext().setFeature(feature)
            keys = clone.legendKeysForFeature(feature, context) & set(labels)  # (and the root rule's)
            assert len(keys) == 1, feature["code"]
            used[feature["code"]] = keys
    finally:
        clone.stopRender(context)
    classes = {labels[k] for keys in used.values() for k in keys}
    assert "Below half of the limit" in classes
    assert "Recent value, no limit for this property" in classes  # traffic counters

    # time
    readings = layers["readings"].temporalProperties()
    assert readings.isActive() and readings.mode() == Temporal.ModeFeatureDateTimeInstantFromField
    assert readings.startField() == "phenomenon_time"
    assert readings.fixedDuration() == 1
    alerts = layers["alerts"].temporalProperties()
    assert alerts.isActive() and alerts.mode() == Temporal.ModeFeatureDateTimeStartAndEndFromFields
    assert (alerts.startField(), alerts.endField()) == ("window_start", "window_end")
    projects = layers["construction_projects"].temporalProperties()
    assert projects.isActive() and projects.mode() == Temporal.ModeFeatureDateTimeStartAndEndFromExpressions
    assert "actual_start" in projects.startExpression() and "planned_end" in projects.endExpression()
    assert not layers["parcels"].temporalProperties().isActive()
    now = dt.datetime.now(dt.timezone.utc)
    ongoing = _in_frame(layers["construction_projects"], now, now + dt.timedelta(hours=1))
    under_construction = sum(1 for f in layers["construction_projects"].getFeatures()
                             if f["status"] == "under_construction")
    assert 0 < under_construction <= ongoing < layers["construction_projects"].featureCount()
    first, last = _readings_span(address)
    time_range = project.timeSettings().temporalRange()
    assert _utc(time_range.begin()) == first
    assert _utc(time_range.end()) == last + dt.timedelta(hours=1)  # the last reading's hour is a frame
    assert project.timeSettings().timeStep() == 1
    # a frame of the Temporal Controller holds the readings of about one hour, not all of them
    in_frame = _in_frame(layers["readings"], last, last + dt.timedelta(hours=1))
    assert 0 < in_frame <= 3 * layers["sensors"].featureCount() < _count(address, "readings")
    check_readings_on_the_map(address, project, layers["sensor_readings"], last)
    return added


def check_readings_on_the_map(address, project, layer, last):
    """The ``sensor_readings`` view: every reading at its sensor's point, played by the Temporal Controller."""
    from qgis.core import QgsFeatureRequest, QgsWkbTypes
    from qgis.core import QgsVectorLayerTemporalProperties as Temporal

    from dseza_twin.dseza_twin_plugin.store import open_store

    assert layer.isValid() and layer.geometryType() == QgsWkbTypes.PointGeometry
    assert layer.crs().authid() == "EPSG:5899" and layer.name() == "Readings on the map"
    props = layer.temporalProperties()
    assert props.isActive() and props.mode() == Temporal.ModeFeatureDateTimeInstantFromField
    assert props.startField() == "phenomenon_time" and props.fixedDuration() == 1
    assert layer.renderer().type() == "categorizedSymbol" and layer.renderer().classAttribute() == "kind"
    assert not project.layerTreeRoot().findLayer(layer.id()).itemVisibilityChecked()  # millions of points
    with open_store(address) as store:
        prefix = "" if store.address.is_gpkg else '"{}".'.format(store.address.schema)
        n_view, n_keys = store.query("SELECT count(*), count(DISTINCT fid) FROM {}sensor_readings".format(prefix))[0]
        n_readings = store.count("readings")
        mark = "?" if store.address.is_gpkg else "%s"
        # a reading stands for its hour: the frame [last, last + 1 h] shows those of (last - 1 h, last + 1 h]
        bounds = [last - dt.timedelta(hours=1), last + dt.timedelta(hours=1)]
        if store.address.is_gpkg:
            bounds = [b.strftime("%Y-%m-%dT%H:%M:%S.000Z") for b in bounds]
        expected = {(sid, v) for sid, v in store.query(
            "SELECT sensor_id, value FROM {}readings WHERE phenomenon_time {op} {m} AND phenomenon_time <= {m}".format(
                # GeoPackage: QGIS compiles the bound to text without milliseconds ('…T15:00:00' < '…T15:00:00.000Z'):
                # the reading at the frame's lower bound is shown too (a known quirk, one hour more)
                prefix, m=mark, op=">=" if store.address.is_gpkg else ">"), bounds)}
    assert n_view == n_keys == n_readings > 0  # one row per reading, with a unique key
    assert sum(1 for _ in layer.getFeatures(QgsFeatureRequest().setLimit(5))) == 5
    # one frame (the hour of the last readings) holds exactly the readings of that hour, each at its sensor
    frame = [f for f in layer.getFeatures(QgsFeatureRequest().setFilterExpression(
        _frame_filter(layer, last, last + dt.timedelta(hours=1))))]
    assert {(f["sensor_id"], f["value"]) for f in frame} == expected and len(frame) == len(expected)
    assert all(not f.geometry().isNull() for f in frame if f["code"] is not None)


def _frame_filter(layer, begin, end) -> str:
    from qgis.core import QgsDateTimeRange, QgsVectorLayerTemporalContext

    from dseza_twin.dseza_twin_plugin.gui.twin_layers import qdatetime

    context = QgsVectorLayerTemporalContext()
    context.setLayer(layer)
    return layer.temporalProperties().createFilterString(context, QgsDateTimeRange(qdatetime(begin), qdatetime(end)))


def test_add_twin_layers_from_a_geopackage(demo_gpkg, project):
    check_added(demo_gpkg, project)


def test_adding_again_replaces_the_twin_group(demo_gpkg, project):
    from dseza_twin.dseza_twin_plugin.gui import twin_layers

    twin_layers.add_store_layers(demo_gpkg, project)
    twin_layers.add_store_layers(demo_gpkg, project)
    assert len(project.layerTreeRoot().children()) == 1
    assert len(project.mapLayers()) == 12
    assert all(r.isValid() for r in project.relationManager().relations().values())
    assert len(project.relationManager().relations()) == 5
    assert twin_layers.remove_store_layers(demo_gpkg, project) == 12
    assert not project.mapLayers()


def test_add_twin_layers_from_postgis(qgis_app, plugin, pg_store_address, project):
    from qgis import processing

    processing.run("dsezatwin:loaddemotwin", {"STORE": pg_store_address, "DAYS": 2})
    added = check_added(pg_store_address, project)
    assert added.layers["sensors_latest"].providerType() == "postgres"
    assert "sensors_latest" in added.layers["sensors_latest"].source()


def test_a_missing_store_is_a_clear_error(tmp_path, project, qgis_app):
    from dseza_twin.dseza_twin_plugin.gui import twin_layers
    from dseza_twin.dseza_twin_plugin.store import StoreError

    with pytest.raises(StoreError):
        twin_layers.add_store_layers(str(tmp_path / "none.gpkg"), project)
    assert not project.layerTreeRoot().children()


# -- The store choice ------------------------------------------------------------------------------------------

def test_address_builder_refuses_a_password_and_accepts_service_and_authcfg(qgis_app):
    from dseza_twin.dseza_twin_plugin.gui.store_choice import StoreChoiceError, build_store_address

    assert build_store_address("service", service="dseza_twin") == "service=dseza_twin"
    assert build_store_address("service", service="dseza_twin", schema="pilot") == "service=dseza_twin schema=pilot"
    assert build_store_address("authcfg", authcfg="ab12cd3", host="db.dseza.vn", port="5433", dbname="twin") == (
        "dbname=twin host=db.dseza.vn port=5433 authcfg=ab12cd3")
    assert build_store_address("gpkg", path="/data/twin.gpkg") == "/data/twin.gpkg"
    for kind, fields in (("service", {"service": "s"}), ("authcfg", {"authcfg": "a", "host": "h", "dbname": "d"}),
                         ("connection", {"dbname": "d", "host": "h"})):
        with pytest.raises(StoreChoiceError, match="(?i)password"):
            build_store_address(kind, password="secret", **fields)
    with pytest.raises(StoreChoiceError, match="service"):
        build_store_address("service")
    with pytest.raises(StoreChoiceError, match="host"):
        build_store_address("authcfg", authcfg="ab12cd3", dbname="twin")
    with pytest.raises(StoreChoiceError, match=".gpkg"):
        build_store_address("gpkg", path="/data/twin.sqlite")
    with pytest.raises(StoreChoiceError, match="identifier"):
        build_store_address("service", service="s", schema="x; drop")


def test_saved_connection_with_a_password_in_clear_is_refused(qgis_app):
    from qgis.core import QgsProviderRegistry

    from dseza_twin.dseza_twin_plugin.gui.connect_dialog import choice_address
    from dseza_twin.dseza_twin_plugin.gui.store_choice import StoreChoiceError, saved_postgres_connections

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    saved = {
        "dseza test clear": "dbname='twin' host=db.dseza.vn port=5432 user='officer' password='s3cret' sslmode=disable",
        "dseza test authcfg": "dbname='twin' host=db.dseza.vn port=5432 sslmode=require authcfg=ab12cd3",
        "dseza test service": "service='dseza_twin'",
    }
    try:
        for name, uri in saved.items():
            metadata.saveConnection(metadata.createConnection(uri, {"saveUsername": True, "savePassword": True}), name)
        # (QGIS 3.22 keeps the password in the settings even where "save password" is off; the uri then omits it)
        metadata.saveConnection(metadata.createConnection(saved["dseza test clear"], {}), "dseza test clear 2")
        connections = saved_postgres_connections()
        assert set(saved) <= set(connections)
        for name in ("dseza test clear", "dseza test clear 2"):
            with pytest.raises(StoreChoiceError, match="in clear") as refused:
                choice_address("connection", {"connection": name, "schema": "twin"}, connections)
            assert "s3cret" not in str(refused.value) and "authcfg" in str(refused.value)
        assert choice_address("connection", {"connection": "dseza test authcfg", "schema": "pilot"}) == (
            "dbname=twin host=db.dseza.vn port=5432 sslmode=require authcfg=ab12cd3 schema=pilot")
        assert choice_address("connection", {"connection": "dseza test service", "schema": ""}) == (
            "service=dseza_twin")
    finally:
        for name in [*saved, "dseza test clear 2"]:
            metadata.deleteConnection(name)


def test_the_chosen_store_is_remembered_without_password(qgis_app, project):
    from qgis.core import QgsSettings

    from dseza_twin.dseza_twin_plugin.gui import store_choice
    from dseza_twin.dseza_twin_plugin.store import StoreAddressError

    settings = QgsSettings()
    before = settings.value(store_choice.SETTINGS_KEY)
    try:
        store_choice.remember_store("service=dseza_twin schema=pilot", project)
        assert store_choice.remembered_store(project) == "service=dseza_twin schema=pilot"
        assert settings.value(store_choice.SETTINGS_KEY) == "service=dseza_twin schema=pilot"
        from qgis.core import QgsProject

        assert store_choice.remembered_store(QgsProject()) == "service=dseza_twin schema=pilot"  # from the settings
        with pytest.raises(StoreAddressError, match="password"):
            store_choice.remember_store("dbname=twin password=x", project)
        assert store_choice.remembered_store(project) == "service=dseza_twin schema=pilot"
    finally:
        if before is None:
            settings.remove(store_choice.SETTINGS_KEY)
        else:
            settings.setValue(store_choice.SETTINGS_KEY, before)


def test_the_connect_dialog_builds_the_address(qgis_app, demo_gpkg):
    from dseza_twin.dseza_twin_plugin.gui.connect_dialog import ConnectDialog

    dialog = ConnectDialog(None, "service=dseza_twin schema=pilot")
    assert dialog.kind() == "service" and dialog.service.text() == "dseza_twin" and dialog.schema.text() == "pilot"
    dialog.radios["authcfg"].setChecked(True)
    dialog.authcfg.setText("ab12cd3")
    dialog.accept()  # no host: refused, the dialog stays open with the reason
    assert "host" in dialog.message.text() and not dialog.address()
    dialog.radios["gpkg"].setChecked(True)
    dialog.path.setText(demo_gpkg)
    dialog.accept()
    assert dialog.address() == demo_gpkg and dialog.result() == dialog.Accepted


def test_menu_action_adds_the_remembered_store_to_the_current_project(qgis_app, demo_gpkg):
    from unittest import mock

    from qgis.core import QgsProject, QgsTemporalNavigationObject
    from qgis.gui import QgsMapCanvas

    from dseza_twin.dseza_twin_plugin.gui import store_choice, twin_layers

    project = QgsProject.instance()
    canvas = QgsMapCanvas()
    controller = QgsTemporalNavigationObject()  # what the Temporal Controller dock puts on the canvas
    canvas.setTemporalController(controller)
    iface = mock.Mock()
    iface.mapCanvas.return_value = canvas
    iface.actionMapTips().isCheckable.return_value = True
    iface.actionMapTips().isChecked.return_value = False
    try:
        project.writeEntry(store_choice.PROJECT_SCOPE, store_choice.PROJECT_KEY, demo_gpkg)
        added = twin_layers.add_twin_layers(iface)
        assert added is not None and len(project.mapLayers()) == 12
        assert canvas.extent().contains(added.layers["functional_areas"].extent())
        (title, text, *_rest), _kw = iface.messageBar().pushMessage.call_args
        assert "12 twin layers" in text
        iface.actionMapTips().trigger.assert_called_once()
        assert controller.navigationMode() == QgsTemporalNavigationObject.Animated
        assert controller.temporalExtents() == added.time_range == project.timeSettings().temporalRange()
        assert controller.frameDuration().hours() == 1
    finally:
        project.clear()
