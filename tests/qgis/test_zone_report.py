"""dsezatwin:zonereport on the demo twin: a PDF fact sheet in Vietnamese and English.

In this process QGIS runs on Qt's "offscreen" platform (no OpenGL): the sheet has its two 2D pages and says
that the 3D page was left out. The 3D page itself is tested through scripts/qgis-process under Xvfb
(tests/integration/test_zone_report_3d.py)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

AREA = "DN-HTP"
OUT = Path(__file__).resolve().parents[2] / "out"

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
                                reason="poppler-utils (pdfinfo, pdftotext) are not installed")


@pytest.fixture(scope="module")
def demo(qgis_app, plugin, tmp_path_factory):
    from qgis import processing

    path = str(tmp_path_factory.mktemp("report") / "demo.gpkg")
    processing.run("dsezatwin:loaddemotwin", {"STORE": path, "DAYS": 35})
    return path


@pytest.fixture(scope="module")
def reports(demo, tmp_path_factory):
    from qgis import processing

    folder = tmp_path_factory.mktemp("pdf")
    out = {}
    for lang in ("vi", "en"):
        pdf = folder / "{}_{}.pdf".format(AREA, lang)
        result = processing.run("dsezatwin:zonereport", {"STORE": demo, "AREA": AREA, "LANGUAGE": lang,
                                                         "OUTPUT": str(pdf)})
        out[lang] = (pdf, result)
    return out


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def _indicators(store: str) -> dict:
    """The area's row of dsezatwin:zoneindicators, run directly, to compare with the sheet."""
    from qgis import processing
    from qgis.core import QgsVectorLayer

    def layer(name, where):
        lyr = QgsVectorLayer("{}|layername={}".format(store, name), name, "ogr")
        if where:
            lyr.setSubsetString(where)
        return lyr

    where = "\"area_code\" = '{}'".format(AREA)
    result = processing.run("dsezatwin:zoneindicators", {
        "AREAS": layer("functional_areas", "\"code\" = '{}'".format(AREA)), "ZONING": layer("planning_zones", where),
        "PARCELS": layer("parcels", where), "BUILDINGS": layer("buildings", None),
        "OUTPUT_AREAS": "memory:", "OUTPUT_ZONES": "memory:"})
    return next(f for f in result["OUTPUT_AREAS"].getFeatures() if f["code"] == AREA)


def test_vietnamese_report(reports, demo):
    from dseza_twin.dseza_twin_plugin.core.report.formatting import format_number

    pdf, result = reports["vi"]
    assert pdf.exists() and pdf.stat().st_size > 20_000
    assert result["PAGES"] == 2 and _pages(pdf) == 2
    assert result["VIEW_3D"] == 0  # no OpenGL on the offscreen platform: the 3D page is left out
    assert "Trang 2 / 2" in _text(pdf)
    assert result["CHART_POINTS"] == 5 * 30  # five sensors, a daily mean on each of the last 30 days
    text = _text(pdf)
    assert "Khu công nghệ cao Đà Nẵng" in text
    for words in ("Chỉ tiêu", "Tỷ lệ lấp đầy (%)", "Diện tích (ha)", "Tuân thủ quy hoạch", "Số lô đã kiểm tra",
                  "Quan trắc môi trường", "Khu công nghệ cao", "Mật độ xây dựng gộp (%)"):
        assert words in text, words
    area = _indicators(demo)
    assert area["area_ha"] > 100
    area_vi = format_number(area["area_ha"], "vi", 1)
    assert "," in area_vi and area_vi in text  # e.g. 1.128,4: decimal comma, thousands with a dot
    assert format_number(area["lots_total"], "vi", 0) in text
    assert re.search(r"\b\d\d/\d\d/20\d\d\b", text), "dates as dd/mm/yyyy"


def test_english_report(reports, demo):
    from dseza_twin.dseza_twin_plugin.core.report.formatting import format_number

    pdf, result = reports["en"]
    assert _pages(pdf) == 2
    text = _text(pdf)
    assert "Da Nang High-Tech Park" in text
    for words in ("Indicators", "Occupancy (%)", "Planning compliance", "Lots checked", "Environmental monitoring"):
        assert words in text, words
    assert format_number(_indicators(demo)["area_ha"], "en", 1) in text
    assert "Chỉ tiêu" not in text


def test_page_one_renders_for_a_look(reports):
    """Page 1 as PNG (out/zone_report_example.png) for a person to look at; here: not blank."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed")
    from qgis.PyQt.QtGui import QImage

    OUT.mkdir(exist_ok=True)
    stem = OUT / "zone_report_example"
    subprocess.run(["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", str(reports["vi"][0]),
                    str(stem)], check=True)
    image = QImage(str(stem) + ".png")
    assert not image.isNull() and image.width() > 400
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50  # a map and a table, not an empty page


def test_bad_area_lists_the_valid_codes(demo, tmp_path):
    from qgis import processing

    with pytest.raises(QgsProcessingException, match=r"no functional area 'NOPE'.*Valid codes: .*DN-HTP"):
        processing.run("dsezatwin:zonereport", {"STORE": demo, "AREA": "NOPE", "LANGUAGE": "vi",
                                                "OUTPUT": str(tmp_path / "x.pdf")})
    assert not (tmp_path / "x.pdf").exists()


def test_bad_language_is_a_clear_error(demo, tmp_path):
    from qgis import processing

    with pytest.raises(QgsProcessingException, match="'vi'.*'en'"):
        processing.run("dsezatwin:zonereport", {"STORE": demo, "AREA": AREA, "LANGUAGE": "fr",
                                                "OUTPUT": str(tmp_path / "x.pdf")})


def test_report_from_a_postgis_store(plugin, pg_store_address, tmp_path):
    """The same sheet from PostGIS: the store's layers, its readings_daily view (dates as date) and SQL."""
    from qgis import processing

    processing.run("dsezatwin:loaddemotwin", {"STORE": pg_store_address, "DAYS": 35})
    pdf = tmp_path / "report_pg.pdf"
    result = processing.run("dsezatwin:zonereport", {"STORE": pg_store_address, "AREA": "KCN-HK", "LANGUAGE": "vi",
                                                     "OUTPUT": str(pdf)})
    assert result["PAGES"] == 2 and _pages(pdf) == 2 and result["CHART_POINTS"] > 0
    text = _text(pdf)
    assert "Khu công nghiệp Hòa Khánh" in text and "Số lô đã kiểm tra" in text
