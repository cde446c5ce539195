"""The zone report's 3D page: QGIS's 3D map item drawn by ``scripts/qgis-process`` under Xvfb (Mesa's
software OpenGL), as an admin's cron job or the demo makes it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WRAPPER = ROOT / "scripts" / "qgis-process"

pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in ("xvfb-run", "pdftoppm", "pdftotext", "pdfinfo")),
    reason="xvfb-run and poppler-utils are installed by scripts/setup.sh")


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([str(WRAPPER), *args], capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report3d")
    store = folder / "demo.gpkg"
    made = _run("run", "dsezatwin:loaddemotwin", "--", "STORE={}".format(store), "DAYS=3")
    assert made.returncode == 0, made.stderr
    pdf = folder / "DN-HTP_vi.pdf"
    run = _run("run", "dsezatwin:zonereport", "--", "STORE={}".format(store), "AREA=DN-HTP", "LANGUAGE=vi",
               "OUTPUT={}".format(pdf))
    assert run.returncode == 0, run.stdout + run.stderr
    return pdf, run.stdout


def test_the_report_has_a_third_page_with_the_3d_view(report):
    pdf, stdout = report
    assert re.search(r"^VIEW_3D:\s+1\b", stdout, re.M), stdout
    assert re.search(r"^PAGES:\s+3\b", stdout, re.M), stdout
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+3$", info, re.M)
    text = subprocess.run(["pdftotext", "-f", "3", "-l", "3", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Mô hình 3D" in text and "Trang 3 / 3" in text
    assert re.search(r"\d\.\d{3} công trình", text)  # the count of buildings, Vietnamese thousands dot


def test_the_3d_view_shows_extruded_buildings(report, tmp_path):
    """The 3D box of page 3 is drawn, not blank: the massing colour of the buildings, lit on several
    faces (several shades of it), over the draped lot map."""
    from qgis.PyQt.QtGui import QColor, QImage

    pdf, _ = report
    stem = tmp_path / "p3"
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "3", "-l", "3", "-singlefile", str(pdf), str(stem)],
                   check=True)
    image = QImage(str(stem) + ".png")
    mm = image.width() / 210.0
    pixels = [QColor(image.pixel(x, y)).getRgb()[:3]  # the template's 3D frame: 10-200 mm × 28-183 mm
              for x in range(int(10 * mm), int(200 * mm)) for y in range(int(28 * mm), int(183 * mm))]
    drawn = [p for p in pixels if p != (255, 255, 255)]
    assert len(drawn) > 0.25 * len(pixels)

    def massing(p):  # #e3d7c3 under light and shade: warm, light, red > green > blue
        r, g, b = p
        return r > 150 and r >= g >= b and r - b > 12 and r - b < 60
    shades = {(p[0] // 16, p[1] // 16, p[2] // 16) for p in pixels if massing(p)}
    assert sum(1 for p in pixels if massing(p)) > 0.02 * len(pixels)
    assert len(shades) >= 3, shades  # lit roofs and shaded walls: extruded, not flat
