"""Translations: the Vietnamese .ts is complete and clean, and QGIS set to Vietnamese shows the plugin in Vietnamese.

The .qm files are build products (gitignored): the ``compiled`` fixture runs
``scripts/make_translations.sh --compile`` when a .qm is missing or older than its .ts.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsSettings

import dseza_twin

ROOT = Path(dseza_twin.__file__).resolve().parent
TS = ROOT / "i18n" / "dseza_twin_vi.ts"
QM = TS.with_suffix(".qm")
HELP = ROOT / "resources" / "help"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _messages(path: Path = TS) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (translation, type) of the current (not vanished) messages of a .ts file."""
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") == "vanished":
                continue
            key = (context.findtext("name"), message.findtext("source"))
            messages[key] = (translation.text or "", translation.get("type", ""))
    return messages


@pytest.fixture(scope="module")
def compiled():
    if not QM.exists() or QM.stat().st_mtime < TS.stat().st_mtime:
        subprocess.run([str(ROOT / "scripts" / "make_translations.sh"), "--compile"], check=True,
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
    assert QM.exists()
    return QM


@pytest.fixture
def qgis_locale():
    """Set QGIS's user interface language for one test; the previous settings come back afterwards."""
    settings = QgsSettings()
    keys = ("locale/userLocale", "locale/overrideFlag")
    saved = {key: settings.value(key) for key in keys if settings.contains(key)}

    def set_locale(language: str) -> None:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", language)

    yield set_locale
    for key in keys:
        if key in saved:
            settings.setValue(key, saved[key])
        else:
            settings.remove(key)


def _load(language: str, set_locale) -> dict[str, dict[str, str]]:
    """Load the plugin fresh as qgis_process does, with QGIS in ``language``; what its algorithms show."""
    set_locale(language)
    registry = QgsApplication.processingRegistry()
    assert registry.providerById("dsezatwin") is None
    plugin = dseza_twin.classFactory(None)
    plugin.initProcessing()
    try:
        shown = {}
        for algorithm in plugin.provider.algorithms():
            # Through the registry's copy too: the toolbox and qgis_process ask that one.
            registered = registry.algorithmById(algorithm.id())
            shown[algorithm.name()] = {
                "class": type(algorithm).__name__,
                "display": registered.displayName(),
                "group": registered.group(),
                "parameter": registered.parameterDefinitions()[0].description(),
                "help": registered.shortHelpString(),
                "parameters": {d.name(): (d.description(), d.options() if d.type() == "enum" else None,
                                          d.type() == "enum" and d.usesStaticStrings())
                               for d in registered.parameterDefinitions()},
            }
        shown["provider"] = {"long_name": registry.providerById("dsezatwin").longName()}
        return shown
    finally:
        plugin.unload()


def test_ts_is_complete_nfc_and_keeps_placeholders():
    messages = _messages()
    assert len(messages) > 200
    for (context, source), (text, kind) in messages.items():
        assert kind != "unfinished" and text.strip(), "untranslated: {} / {!r}".format(context, source)
        assert unicodedata.is_normalized("NFC", text), "not NFC: {!r}".format(text)
        assert PLACEHOLDER.findall(text) == PLACEHOLDER.findall(source), "placeholders differ: {!r}".format(source)


def test_ts_holds_every_string_of_the_code(tmp_path):
    """Every tr()/translate() string of the sources is in the .ts: run scripts/make_translations.sh and
    translate what it reports as unfinished."""
    spec = importlib.util.spec_from_file_location("make_translations", ROOT / "scripts" / "make_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    extracted, warnings = module.extract(ROOT)
    assert warnings == []
    missing = sorted(set(extracted) - {(c, s, "") for c, s in _messages()} - {k for k in extracted if k[2]})
    assert missing == [], "strings not in i18n/dseza_twin_vi.ts: {}".format(missing)


def test_every_help_page_has_a_vietnamese_translation():
    pages = sorted(p.name for p in HELP.glob("*.html"))
    assert pages
    for name in pages:
        english = (HELP / name).read_text(encoding="utf-8")
        vietnamese = (HELP / "vi" / name).read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", vietnamese), name
        tags = re.compile(r"</?[a-z0-9]+")
        assert tags.findall(vietnamese) == tags.findall(english), "HTML structure differs: {}".format(name)
        assert vietnamese != english


def test_vietnamese_locale_shows_the_plugin_in_vietnamese(qgis_app, compiled, qgis_locale):
    english = _load("en", qgis_locale)
    vietnamese = _load("vi", qgis_locale)
    messages = _messages()
    assert set(vietnamese) == set(english)
    assert vietnamese.pop("provider")["long_name"] == messages[("DsezaTwinProvider", english.pop("provider")[
        "long_name"])][0] == "DSEZA Twin — bản sao số Khu công nghệ cao và các khu công nghiệp Đà Nẵng"
    for name, shown in vietnamese.items():
        source = english[name]
        context = shown["class"]
        assert shown["display"] == messages[(context, source["display"])][0], name
        assert shown["display"] != source["display"], name
        assert shown["group"] == messages[("DsezaAlgorithm", source["group"])][0], name
        assert shown["parameter"] == messages[(context, source["parameter"])][0], name
        if (HELP / "{}.html".format(name)).exists():  # every help page has its Vietnamese one (test above)
            assert shown["help"] == (HELP / "vi" / "{}.html".format(name)).read_text(encoding="utf-8"), name
    assert vietnamese["createstore"]["display"] == "Tạo hoặc nâng cấp kho dữ liệu bản sao số"
    assert vietnamese["checkcompliance"]["group"] == "Kiểm tra quy hoạch"


def test_english_locale_stays_english_and_unload_removes_the_translation(qgis_app, compiled, qgis_locale):
    from dseza_twin.processing.algorithms.base import help_language

    english = _load("en", qgis_locale)
    assert english["createstore"]["display"] == "Create or upgrade twin store"
    assert english["checkcompliance"]["group"] == "Planning checks"
    assert english["createstore"]["help"] == (HELP / "createstore.html").read_text(encoding="utf-8")
    _load("vi", qgis_locale)
    assert help_language() == "en"  # the Vietnamese translator went away with the plugin


def _with_vietnamese(qgis_locale):
    """Load the plugin with QGIS in Vietnamese (its translator installed); the caller unloads it."""
    qgis_locale("vi")
    plugin = dseza_twin.classFactory(None)
    assert plugin.translator is not None
    return plugin


def test_enum_options_stay_the_values_models_pass_and_their_meaning_is_translated(qgis_app, compiled, qgis_locale):
    english = _load("en", qgis_locale)
    vietnamese = _load("vi", qgis_locale)
    for alg, name, options in (("importlayer", "MODE", ["append", "upsert"]),
                               ("environmentalbuffers", "GEOMETRY", ["line", "polygon"])):
        (shown, shown_options, static), (source, source_options, _) = (vietnamese[alg]["parameters"][name],
                                                                       english[alg]["parameters"][name])
        # QGIS 3.22 shows a static-string enum's values as its options: they stay the language-independent keys
        assert shown_options == source_options == options and static
        assert shown == _messages()[(english[alg]["class"], source)][0]
        assert shown.startswith(("Chế độ (append:", "Hình học đầu ra (line:"))


def test_store_errors_an_officer_meets_are_shown_in_vietnamese(qgis_app, compiled, qgis_locale, tmp_path):
    import sqlite3

    from qgis.core import QgsProcessingException

    from dseza_twin.dseza_twin_plugin.store import StoreAddressError, StoreError, open_store
    from dseza_twin.dseza_twin_plugin.toolbelt.store_messages import store_error_text
    from dseza_twin.processing.algorithms.base import DsezaAlgorithm

    not_a_store = tmp_path / "other.gpkg"
    with sqlite3.connect(not_a_store) as conn:
        conn.execute("PRAGMA application_id = 1196444487")  # 'GPKG': a GeoPackage, not a twin store
        conn.execute("CREATE TABLE something (id INTEGER)")

    def error_of(address):
        with pytest.raises(StoreError) as caught:
            with open_store(address) as store:
                store.check_version()
        return caught.value

    english = error_of(str(not_a_store))
    assert english.code == "not_a_store" and store_error_text(english) == str(english)
    plugin = _with_vietnamese(qgis_locale)
    try:
        vietnamese = store_error_text(error_of(str(not_a_store)))
        assert vietnamese == ("{} chưa phải là kho dữ liệu DSEZA Twin: hãy chạy 'Tạo hoặc nâng cấp kho dữ liệu bản "
                              "sao số' (dsezatwin:createstore) trên đó trước.").format(not_a_store)
        missing = tmp_path / "no" / "such" / "twin.gpkg"  # no store there: the same advice
        assert store_error_text(error_of(str(missing))).startswith("{} chưa phải là kho dữ liệu".format(missing))
        with pytest.raises(QgsProcessingException, match="không phải tệp GeoPackage"):
            DsezaAlgorithm.open_store("twin.shp")
        assert store_error_text(StoreAddressError("", "no_address")).startswith("Chưa chỉ định kho dữ liệu")
        # an error without a known code keeps its own (English) sentence
        assert store_error_text(StoreError("Layer 'x' has no column 'y'.")) == "Layer 'x' has no column 'y'."
    finally:
        plugin.unload()


def test_inspector_writes_numbers_and_dates_the_vietnamese_way(qgis_app, compiled, qgis_locale):
    import datetime as dt

    from dseza_twin.dseza_twin_plugin.gui.inspector.chart import LocalNumberFormatter
    from dseza_twin.dseza_twin_plugin.gui.inspector.tabs import _clause, _lot_status, fmt
    from dseza_twin.dseza_twin_plugin.toolbelt.i18n import number_language

    instant = dt.datetime(2026, 11, 2, 7, 30, tzinfo=dt.timezone.utc)  # 14:30 in Việt Nam
    assert number_language() == "en"
    assert (fmt(1234.5), fmt(1234567), fmt(dt.date(2026, 11, 2)), fmt(instant)) == (
        "1,234.50", "1,234,567", "2026-11-02", "2026-11-02 14:30")
    plugin = _with_vietnamese(qgis_locale)
    try:
        assert number_language() == "vi"
        assert (fmt(1234.5), fmt(1234567), fmt(-0.25), fmt(dt.date(2026, 11, 2)), fmt(instant)) == (
            "1.234,50", "1.234.567", "-0,25", "02/11/2026", "02/11/2026 14:30")
        assert fmt(True) == "có" and _lot_status("under_construction") == "đang xây dựng"
        limit = {"rule": "coverage", "limit": "max_coverage_pct", "clause": "plan of zone HK-CN1 (QĐ 1/2020)",
                 "zone_code": "HK-CN1", "plan_decision": "QĐ 1/2020"}
        assert _clause(limit) == "quy hoạch phân khu HK-CN1 (QĐ 1/2020)"
        ticks = LocalNumberFormatter(number_language())
        ticks.set_locs([0.0, 2.5, 5.0, 1250.0])
        assert [ticks(v) for v in (2.5, 1250.0)] == ["2,5", "1.250,0"]
    finally:
        plugin.unload()
    assert number_language() == "en" and fmt(1234.5) == "1,234.50"


def test_layer_names_for_translation_are_the_store_titles():
    from dseza_twin.dseza_twin_plugin import twin_project
    from dseza_twin.dseza_twin_plugin.store.schema import LAYER_TITLES

    titles = set(LAYER_TITLES.values()) | {title for _base, title in twin_project.VIEW_LAYERS.values()}
    assert set(twin_project.LAYER_NAMES) == titles


def test_a_twin_project_opens_with_names_in_qgis_language(qgis_app, compiled, qgis_locale, tmp_path):
    """A project saved in English opens in Vietnamese (and back), keeping a name an officer changed."""
    from qgis.core import QgsProject

    from dseza_twin.dseza_twin_plugin import twin_project
    from dseza_twin.dseza_twin_plugin.store import open_store

    with open_store(str(tmp_path / "twin.gpkg")) as opened:
        opened.create_or_upgrade()
        sources = twin_project.store_layer_sources(opened)
    twin_project.build_twin_project(sources, tmp_path / "twin.qgz", "Twin")
    project = QgsProject()
    assert project.read(str(tmp_path / "twin.qgz"))
    names = {layer.customProperty(twin_project.LAYER_PROPERTY): layer for layer in project.mapLayers().values()}
    names["alerts"].setName("Cảnh báo của tôi")  # an officer's own name
    project.setDirty(False)

    plugin = _with_vietnamese(qgis_locale)
    try:
        assert twin_project.retitle_twin_layers(project) > 10
        assert names["parcels"].name() == "Lô đất" and names["sensors"].name() == "Cảm biến"
        assert names["alerts"].name() == "Cảnh báo của tôi"
        groups = {g.customProperty(twin_project.GROUP_PROPERTY): g.name()
                  for g in project.layerTreeRoot().findGroups(True)}
        assert groups["Planning"] == "Quy hoạch" and groups["Environment & IoT"] == "Môi trường & IoT"
        lots = [c.label() for c in names["parcels"].renderer().categories()]
        assert "Còn trống" in lots and "Đang hoạt động" in lots and "Available" not in lots
        ranges = [r.label() for r in names["buildings"].renderer().ranges()]
        assert ranges[0] == "Cao < 10 m"
        networks = [r.label() for r in names["network_nodes"].renderer().rootRule().descendants()]
        assert "Trạm biến áp" in networks
        assert names["functional_areas"].labeling().settings().fieldName == "name_vi"  # Khu công nghệ cao …
        assert not project.isDirty()
    finally:
        plugin.unload()
    assert twin_project.retitle_twin_layers(project) > 10  # QGIS in English again: back to the English names
    assert names["parcels"].name() == "Land lots" and names["alerts"].name() == "Cảnh báo của tôi"
    assert "Available" in [c.label() for c in names["parcels"].renderer().categories()]
    assert names["functional_areas"].labeling().settings().fieldName == "name_en"


def test_legend_labels_for_translation_are_the_labels_of_the_styles():
    """Every class label of the twin layers' styles is marked for translation (LEGEND_LABELS), and only those."""
    import html
    import re

    from dseza_twin.dseza_twin_plugin import twin_project
    from dseza_twin.dseza_twin_plugin.store.schema import LAYERS

    labels = set()
    for name in LAYERS:
        style = twin_project.STYLES_DIR / "{}.qml".format(name)
        if style.exists():
            text = style.read_text(encoding="utf-8")
            labels |= {html.unescape(x) for x in re.findall(r'<(?:category|range|rule) [^>]*label="([^"]*)"', text)}
    assert labels == set(twin_project.LEGEND_LABELS)
