"""The scenario selector on a demo twin (GeoPackage): the map shows a scenario (live lots it changes filtered out,
its own rows in an editable group) and the live twin again with the exact subset strings it had; every scenario
action writes scenario rows, never live ones; the choice survives a project save and reload; the inspector shows
the scenario's figures next to live; promotion and comparison run their algorithms in the background."""

from __future__ import annotations

import time

import pytest
from qgis.core import QgsApplication, QgsGeometry, QgsProject, QgsVectorLayerUtils
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt, QUrl
from qgis.PyQt.QtGui import QTextDocument
from qgis.PyQt.QtWidgets import QTextBrowser

ZONE = "DN-HTP-CN01"
CHANGED = "DN-HTP-CN01-001"  # tenant and sector change in scenario A
REMOVED = "DN-HTP-CN01-002"  # removed in scenario A
ADDED = "A-NEW-01"  # a lot only scenario A has


def _sc():
    from dseza_twin.dseza_twin_plugin.store import scenarios

    return scenarios


def _open(address):
    from dseza_twin.dseza_twin_plugin.store import open_store

    return open_store(address)


def _wait(condition, timeout=60.0, what="the background task"):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for " + what)
        QgsApplication.processEvents()
        time.sleep(0.005)


def _flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture(scope="module")
def demo(qgis_app, plugin, tmp_path_factory):
    """A demo twin with scenario A: one lot re-tenanted, one removed, one added (inside the first's zone)."""
    from qgis import processing

    path = str(tmp_path_factory.mktemp("scenario_gui") / "demo.gpkg")
    processing.run("dsezatwin:loaddemotwin", {"STORE": path, "DAYS": 3})
    sc = _sc()
    with _open(path) as store:
        sc.create_scenario(store, "A", "Option A", "Semiconductor plant on CN01")
        sc.put_rows(store, "A", "parcels", [{"code": CHANGED, "tenant": "Chip Fab Co.", "sector": "semiconductor"}])
        sc.delete_codes(store, "A", "parcels", [REMOVED])
        live = {r["code"]: r for r in store.rows("parcels")}
        sc.put_rows(store, "A", "parcels", [{**{k: v for k, v in live[REMOVED].items()
                                                 if k not in ("fid", "row_version")},
                                              "code": ADDED, "tenant": "New Tenant", "status": "reserved"}])
    return path


def _live_rows(address, layer="parcels"):
    with _open(address) as store:
        return sorted(store.rows(layer), key=lambda r: r["code"])


def _count(layer) -> int:
    # Counted by reading the features: the OGR provider's featureCount() ignores a sub-query subset string on a
    # GeoPackage in WAL mode (its read-only count connection cannot open the database).
    return sum(1 for _ in layer.getFeatures())


@pytest.fixture
def twin(demo, qgis_app):
    """A project with the demo twin's layers, and a selector on it (no iface)."""
    from dseza_twin.dseza_twin_plugin.gui.scenario_selector import ScenarioSelector
    from dseza_twin.dseza_twin_plugin.gui.twin_layers import add_store_layers

    project = QgsProject()
    added = add_store_layers(demo, project)
    selector = ScenarioSelector(None, lambda: demo, project=project)
    found = []
    selector.refreshed.connect(found.append)
    selector.refresh()
    _wait(lambda: found, what="the scenarios of the store")
    yield project, added.layers, selector
    selector.unload()
    project.clear()
    _flush_deletes()


def _wait_write(selector, action):
    done = []
    selector.storeChanged.connect(lambda _code: done.append(1))
    refreshed = []
    assert action()
    _wait(lambda: done, what="the scenario write")
    selector.refreshed.connect(refreshed.append)
    _wait(lambda: refreshed, what="the refresh after the write")


def test_combo_lists_the_store_scenarios(twin):
    _project, _layers, selector = twin
    texts = [selector.combo.itemText(i) for i in range(selector.combo.count())]
    assert texts == ["Live twin", "A — Option A (3 changes)"]
    assert selector.combo.itemData(1) == "A"


def test_scenario_filters_live_lots_and_shows_its_rows(twin, demo):
    from dseza_twin.dseza_twin_plugin.gui import scenario_view as sv

    project, layers, selector = twin
    parcels = layers["parcels"]
    before = _count(parcels)
    assert selector.show("A")
    # the live lots the scenario changes (CHANGED, REMOVED) are left out; ADDED was never live
    assert _count(parcels) == before - 2
    codes = {f["code"] for f in parcels.getFeatures()}
    assert CHANGED not in codes and REMOVED not in codes
    root = project.layerTreeRoot()
    assert [c.name() for c in root.children()][:2] == ["Scenario A", "DSEZA Twin"]
    group = root.children()[0]
    scen = {lyr.customProperty(sv.SCENARIO_LAYER_PROPERTY): lyr for lyr in (n.layer() for n in group.findLayers())}
    assert set(scen) == {"planning_zones", "parcels", "buildings", "construction_projects"}
    lots = scen["parcels"]
    assert sorted(f["code"] for f in lots.getFeatures()) == [ADDED, CHANGED]  # the deletion is not drawn
    assert {f["tenant"] for f in lots.getFeatures()} == {"Chip Fab Co.", "New Tenant"}
    # styled like the live layer, with the scenario's dashed outline, and not taken for a live twin layer
    assert lots.renderer().type() == parcels.renderer().type() == "categorizedSymbol"
    assert lots.renderer().classAttribute() == parcels.renderer().classAttribute()
    cue = lots.renderer().symbols(sv.QgsRenderContext())[0].symbolLayers()[-1]
    assert cue.color().name() == sv.CUE_COLOUR and cue.penStyle() == Qt.DashLine
    assert not lots.customProperty("dseza_twin/layer")
    assert lots.name() == "Land lots — scenario A"
    # drawn just above its live layer
    order = [lyr.id() for lyr in root.customLayerOrder()]
    assert order.index(lots.id()) == order.index(parcels.id()) - 1
    assert sv.shown_scenario(project) == "A"


def test_features_digitised_in_the_scenario_group_belong_to_it(twin, demo):
    project, layers, selector = twin
    live_before = _live_rows(demo)
    assert selector.show("A")
    lots = next(lyr for lyr in project.mapLayers().values()
                if lyr.customProperty("dseza_twin/scenario_layer") == "parcels")
    template = next(layers["parcels"].getFeatures())
    assert lots.startEditing()
    feature = QgsVectorLayerUtils.createFeature(lots, QgsGeometry(template.geometry()), {
        lots.fields().indexOf("code"): "A-DRAWN-01", lots.fields().indexOf("status"): "available"})
    assert feature["scenario"] == "A" and feature["op"] == "upsert"
    assert lots.addFeature(feature)
    assert lots.commitChanges(), lots.commitErrors()
    with _open(demo) as store:
        rows = {r["code"]: r for r in _sc().scenario_rows(store, "A", "parcels")}
        assert rows["A-DRAWN-01"]["op"] == "upsert" and rows["A-DRAWN-01"]["base_version"] is None
        _sc().discard(store, "A", "parcels", ["A-DRAWN-01"])
    assert _live_rows(demo) == live_before


def test_actions_write_scenario_rows_never_live_rows(twin, demo):
    project, layers, selector = twin
    sc = _sc()
    parcels = layers["parcels"]
    assert selector.show("A")
    live_before = _live_rows(demo)
    picked = sorted(f["code"] for f in parcels.getFeatures() if f["code"].startswith("DN-HTP-CN02-"))[:2]
    shown_before = _count(parcels)
    parcels.selectByExpression("\"code\" IN ('{}')".format("','".join(picked)))
    _wait_write(selector, lambda: selector.add_selected(parcels))
    with _open(demo) as store:
        rows = {r["code"]: r for r in sc.scenario_rows(store, "A", "parcels")}
    live = {r["code"]: r for r in live_before}
    for code in picked:  # a copy of the live row, based on its version
        assert rows[code]["op"] == "upsert" and rows[code]["tenant"] == live[code]["tenant"]
        assert rows[code]["base_version"] == live[code]["row_version"]
    assert _live_rows(demo) == live_before
    assert _count(parcels) == shown_before - 2  # the map follows: those lots are the scenario's now

    third = next(f["code"] for f in parcels.getFeatures() if f["code"].startswith("DN-HTP-CN03-"))
    parcels.selectByExpression("\"code\" = '{}'".format(third))
    _wait_write(selector, lambda: selector.remove_selected(parcels))
    with _open(demo) as store:
        assert sc.changes(store, "A")["parcels"][third] == "delete"
    assert _live_rows(demo) == live_before

    lots = next(lyr for lyr in project.mapLayers().values()
                if lyr.customProperty("dseza_twin/scenario_layer") == "parcels")
    lots.selectByExpression("\"code\" IN ('{}')".format("','".join(picked)))
    _wait_write(selector, lambda: selector.discard_selected(lots))
    parcels.selectByExpression("\"code\" = '{}'".format(third))  # hidden on the map: discarded by code below
    with _open(demo) as store:
        sc.discard(store, "A", "parcels", [third])
        assert set(sc.changes(store, "A")["parcels"]) == {CHANGED, REMOVED, ADDED}
    assert _live_rows(demo) == live_before
    _wait_write_refresh(selector)
    assert selector.combo.itemText(1) == "A — Option A (3 changes)"


def test_switching_back_restores_the_exact_subset_strings(twin):
    from dseza_twin.dseza_twin_plugin.gui import scenario_view as sv

    project, layers, selector = twin
    own = "\"status\" <> 'available' AND \"area_m2\" > 0"
    layers["parcels"].setSubsetString(own)
    before = {name: layers[name].subsetString() for name in sv.SCENARIO_LAYERS}
    n_own = _count(layers["parcels"])
    assert selector.show("A")
    assert layers["parcels"].subsetString().startswith("({}) AND (".format(own))
    assert _count(layers["parcels"]) == n_own - 2  # both changed lots are not 'available'
    assert selector.show("")
    assert {name: layers[name].subsetString() for name in sv.SCENARIO_LAYERS} == before
    assert _count(layers["parcels"]) == n_own
    assert [c.name() for c in project.layerTreeRoot().children()] == ["DSEZA Twin"]
    assert not [lyr for lyr in project.mapLayers().values() if sv.is_scenario_layer(lyr)]
    assert sv.shown_scenario(project) == ""
    assert selector.combo.currentData() == ""


def test_a_layer_being_edited_keeps_the_map_as_it_is(twin):
    _project, layers, selector = twin
    messages = []
    selector.message.connect(lambda _level, text: messages.append(text))
    assert layers["buildings"].startEditing()
    try:
        assert not selector.show("A")
        assert "Save or cancel the edits of Buildings" in messages[-1]
        assert layers["parcels"].subsetString() == "" and selector.combo.currentData() == ""
    finally:
        layers["buildings"].rollBack()


def test_the_choice_survives_a_project_save_and_reload(twin, demo, tmp_path):
    from dseza_twin.dseza_twin_plugin import twin_project
    from dseza_twin.dseza_twin_plugin.gui import scenario_view as sv
    from dseza_twin.dseza_twin_plugin.gui.scenario_selector import ScenarioSelector

    project, layers, selector = twin
    layers["parcels"].setSubsetString("\"status\" = 'operating'")
    assert selector.show("A")
    filtered = layers["parcels"].subsetString()
    path = str(tmp_path / "scenario.qgz")
    assert project.write(path)

    reopened = QgsProject()
    again = ScenarioSelector(None, lambda: demo, project=reopened)
    found = []
    again.refreshed.connect(found.append)
    try:
        assert reopened.read(path)
        _wait(lambda: found, what="the scenarios after reading the project")
        assert sv.shown_scenario(reopened) == "A" and again.combo.currentData() == "A"
        parcels = twin_project.twin_layers(reopened)["parcels"]
        assert parcels.subsetString() == filtered
        group = reopened.layerTreeRoot().children()[0]
        assert group.customProperty(sv.SCENARIO_PROPERTY) == "A"
        lots = [n.layer() for n in group.findLayers() if n.layer().customProperty(sv.SCENARIO_LAYER_PROPERTY)
                == "parcels"][0]
        assert sorted(f["code"] for f in lots.getFeatures()) == [ADDED, CHANGED]
        assert lots.defaultValueDefinition(lots.fields().indexOf("scenario")).expression() == "'A'"
        assert again.show("")
        assert parcels.subsetString() == "\"status\" = 'operating'"
    finally:
        again.unload()
        reopened.clear()


def test_inspector_shows_the_scenario_next_to_live(twin, demo):
    from dseza_twin.dseza_twin_plugin.gui.inspector import ZoneInspectorDock

    _project, _layers, selector = twin
    dock = ZoneInspectorDock(None, lambda: demo)
    selector.inspector = dock
    shown = []
    dock.scenarioShown.connect(shown.append)
    try:
        assert selector.show("A")
        assert dock.tab_widget.tabText(1) == "Scenario A"
        dock.inspect("planning_zones", ZONE)
        _wait(lambda: shown, what="the scenario's figures")
        figures = shown[-1]
        with _open(demo) as store:
            zone_lots = [r for r in store.rows("parcels") if r["zone_code"] == ZONE]
        changed = next(r for r in zone_lots if r["code"] == CHANGED)
        values = {key: (live, scen) for key, live, scen in figures.indicators}
        # the scenario removes one lot of the zone and adds a copy of it (ADDED): the zone keeps its lot count
        assert values["lots_total"] == (len(zone_lots), len(zone_lots))
        assert values["jobs"][0] == pytest.approx(sum(r["employees"] or 0 for r in zone_lots))
        assert values["jobs"][1] == pytest.approx(values["jobs"][0])  # ADDED keeps REMOVED's employees
        kinds = {c.code: c.kind for c in figures.changes}
        assert kinds == {CHANGED: "changed", REMOVED: "removed", ADDED: "added"}
        detail = next(c for c in figures.changes if c.code == CHANGED).details
        assert ("sector", changed["sector"], "semiconductor") in detail
        assert figures.elements and {e.service for e in figures.elements} >= {"power", "water"}
        assert dock.scenario_tab.changes.rowCount() == 3
        assert "Scenario A: 3 change(s) here" in dock.scenario_tab.summary.text()
        selector.show("")
        assert dock.tab_widget.indexOf(dock.scenario_tab.page) < 0
    finally:
        selector.inspector = None
        dock.dispose()
        dock.deleteLater()
        _flush_deletes()


def _run_done(run):
    ended = []
    run.done.connect(lambda ok, results, error: ended.append((ok, results, error)))
    return ended


def test_promotion_refuses_a_conflict_in_words_then_promotes(twin, demo):
    from dseza_twin.dseza_twin_plugin.gui.algorithm_run import is_registered

    if not is_registered("dsezatwin:promotescenario"):
        pytest.skip("dsezatwin:promotescenario is not registered in this checkout")
    project, layers, selector = twin
    sc = _sc()
    lot = "DN-HTP-CN04-001"
    with _open(demo) as store:
        sc.create_scenario(store, "B", "Option B")
        sc.put_rows(store, "B", "parcels", [{"code": lot, "tenant": "Scenario B Tenant"}])
        with store.transaction() as writer:  # someone edits the live lot afterwards
            writer.execute("UPDATE parcels SET tenant = 'Live Edit Ltd.' WHERE code = ?", [lot])
    _wait_write_refresh(selector)
    assert selector.show("B")
    live_before = _live_rows(demo)
    assert selector.promote(confirm=False)
    ended = _run_done(selector.run)
    _wait(lambda: ended, timeout=120, what="the promotion")
    assert ended[0][0] is False
    assert "was not promoted" in selector.last_report and lot in selector.last_report
    from dseza_twin.dseza_twin_plugin.gui.scenario_dialogs import show_refusal

    page = selector.last_report_file.read_text(encoding="utf-8")
    dialog = show_refusal(None, "B", selector.last_report, page)
    shown = dialog.findChild(QTextBrowser, "refusalReport").toPlainText()
    assert shown.startswith(selector.last_report.splitlines()[0]) and "Planned changes" in shown
    dialog.close()
    assert _live_rows(demo) == live_before
    assert selector.current() == "B"  # the map still shows it

    with _open(demo) as store:  # drawn again on what is live now
        sc.put_rows(store, "B", "parcels", [{"code": lot, "tenant": "Scenario B Tenant"}])
    assert selector.promote(confirm=False)
    ended = _run_done(selector.run)
    _wait(lambda: ended, timeout=120, what="the promotion")
    assert ended[0][0] is True and ended[0][1]["PROMOTED"] == 1
    after = {r["code"]: r for r in _live_rows(demo)}
    assert after[lot]["tenant"] == "Scenario B Tenant"
    assert selector.current() == ""  # back on the live twin, which has the scenario's changes now
    assert "Scenario B Tenant" in {f["tenant"] for f in layers["parcels"].getFeatures()}


def _wait_write_refresh(selector):
    refreshed = []
    selector.refreshed.connect(refreshed.append)
    selector.refresh()
    _wait(lambda: refreshed, what="the scenarios")


def _image_block_heights(document) -> list[float]:
    """Heights of the blocks that hold an image: no taller than the image (no blank above it)."""
    heights = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat():
                heights.append(document.documentLayout().blockBoundingRect(block).height())
            it += 1
        block = block.next()
    return heights


def test_compare_dialog_shows_the_report_and_loads_the_layer(twin, demo):
    from dseza_twin.dseza_twin_plugin.gui.algorithm_run import is_registered
    from dseza_twin.dseza_twin_plugin.gui.scenario_compare import ScenarioCompareDialog

    if not is_registered("dsezatwin:comparescenarios"):
        pytest.skip("dsezatwin:comparescenarios is not registered in this checkout")
    project, _layers, selector = twin
    dialog = ScenarioCompareDialog(None, demo, project)
    ended = []
    dialog.compared.connect(lambda ok, results: ended.append((ok, results)))
    try:
        dialog.set_scenarios(selector.found.scenarios, "A")
        assert dialog.chosen() == ["A"]
        before = set(project.mapLayers())
        assert dialog.start()
        _wait(lambda: ended, timeout=180, what="the comparison")
        ok, results = ended[0]
        assert ok, dialog.status.text()
        html = dialog.report.toHtml()
        assert "A" in html and dialog.report.document().characterCount() > 200
        source = open(results["REPORT"], encoding="utf-8").read()
        start = source.index("data:image/png;base64,")
        image = dialog.report.loadResource(QTextDocument.ImageResource, QUrl(source[start:source.index("'", start)]))
        assert not image.isNull() and image.width() > 100  # the charts render in the dialog
        heights = _image_block_heights(dialog.report.document())
        assert len(heights) == source.count("<img") and all(h < 1.05 * image.height() for h in heights[:1])
        new = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
        assert len(new) == 1 and new[0].featureCount() > 0
        assert new[0].renderer().type() != "singleSymbol"  # styled by scenario_indicators.qml
        assert {f["scenario"] for f in new[0].getFeatures()} == {"live", "A"}
        header = open(results["CSV"], encoding="utf-8-sig").readline().strip().split(",")
        assert header[-3:] == ["live", "A", "A_diff"]
        assert dialog.csv_button.isEnabled()
    finally:
        dialog.dispose()
        dialog.deleteLater()
        _flush_deletes()


class _Iface:
    """The QgisInterface calls the selector makes, on a real main window."""

    def __init__(self):
        from qgis.PyQt.QtWidgets import QMainWindow, QMenu

        self.window = QMainWindow()
        self.menu = QMenu()

    def mainWindow(self):  # noqa: N802
        return self.window

    def addToolBar(self, name):  # noqa: N802
        return self.window.addToolBar(name)

    def addPluginToMenu(self, _name, action):  # noqa: N802
        self.menu.addAction(action)

    def removePluginMenu(self, _name, action):  # noqa: N802
        self.menu.removeAction(action)

    def mapCanvas(self):  # noqa: N802
        return None


def test_toolbar_installs_and_unloads_cleanly(qgis_app, demo):
    from qgis.PyQt.QtWidgets import QToolBar

    from dseza_twin.dseza_twin_plugin.gui.scenario_selector import ScenarioSelector

    iface = _Iface()
    for _ in range(2):
        selector = ScenarioSelector(iface, lambda: demo, project=QgsProject())
        found = []
        selector.refreshed.connect(found.append)
        selector.install("&DSEZA Twin")
        _wait(lambda found=found: found, what="the scenarios")
        (toolbar,) = iface.window.findChildren(QToolBar, "DsezaTwinScenarioToolbar")
        assert len(toolbar.actions()) == 7 and len(iface.menu.actions()) == 6  # the combo and six actions
        assert not toolbar.actions()[2].isEnabled()  # "Add selected…" needs a scenario shown
        selector.unload()
        _flush_deletes()
        assert iface.window.findChildren(QToolBar, "DsezaTwinScenarioToolbar") == []
        assert iface.menu.actions() == []


def test_postgis_store_scenario_view(qgis_app, plugin, pg_store_address, tmp_path):
    """The same view on a PostGIS store: the live filter's sub-query runs in PostgreSQL, the scenario layers are
    editable postgres layers, and the live twin comes back exactly."""
    from qgis import processing

    from dseza_twin.dseza_twin_plugin.gui import scenario_view as sv
    from dseza_twin.dseza_twin_plugin.gui.scenario_selector import ScenarioSelector
    from dseza_twin.dseza_twin_plugin.gui.twin_layers import add_store_layers

    processing.run("dsezatwin:loaddemotwin", {"STORE": pg_store_address, "DAYS": 2})
    sc = _sc()
    with _open(pg_store_address) as store:
        sc.create_scenario(store, "PG1", "On PostGIS")
        sc.put_rows(store, "PG1", "parcels", [{"code": CHANGED, "tenant": "Chip Fab Co."}])
        sc.delete_codes(store, "PG1", "buildings", [store.rows("buildings", order_by="code")[0]["code"]])
    project = QgsProject()
    added = add_store_layers(pg_store_address, project)
    selector = ScenarioSelector(None, lambda: pg_store_address, project=project)
    found = []
    selector.refreshed.connect(found.append)
    try:
        selector.refresh()
        _wait(lambda: found, what="the scenarios of the PostGIS store")
        parcels, buildings = added.layers["parcels"], added.layers["buildings"]
        before = {name: (added.layers[name].subsetString(), _count(added.layers[name])) for name in sv.SCENARIO_LAYERS}
        assert selector.show("PG1")
        assert _count(parcels) == before["parcels"][1] - 1 and _count(buildings) == before["buildings"][1] - 1
        lots = next(lyr for lyr in project.mapLayers().values()
                    if lyr.customProperty(sv.SCENARIO_LAYER_PROPERTY) == "parcels")
        assert lots.providerType() == "postgres" and [f["tenant"] for f in lots.getFeatures()] == ["Chip Fab Co."]
        assert selector.show("")
        assert {name: (added.layers[name].subsetString(), _count(added.layers[name]))
                for name in sv.SCENARIO_LAYERS} == before
    finally:
        selector.unload()
        project.clear()
        _flush_deletes()


def test_a_store_that_cannot_be_read_disables_the_list_and_says_why(qgis_app, tmp_path):
    from dseza_twin.dseza_twin_plugin.gui.scenario_selector import ScenarioSelector

    missing = str(tmp_path / "nowhere" / "twin.gpkg")
    selector = ScenarioSelector(None, lambda: missing, project=QgsProject())
    found = []
    selector.refreshed.connect(found.append)
    try:
        selector.refresh()
        _wait(lambda: found, what="the refresh")
        assert found == [None] and not selector.combo.isEnabled()
        assert "nowhere" in selector.combo.toolTip()
        assert [selector.combo.itemText(i) for i in range(selector.combo.count())] == ["Live twin"]
        assert not selector.add_selected() and not selector.promote(confirm=False)
    finally:
        selector.unload()
