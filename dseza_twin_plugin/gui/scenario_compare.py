"""Compare scenarios: a dialog that runs ``dsezatwin:comparescenarios`` in the background on the scenarios an
analyst ticks (the live twin is always the baseline), shows its HTML report with the charts, loads the
comparison layer (styled) into the project and opens the CSV in the system's spreadsheet program.

The report embeds its charts as ``data:`` PNG images; :class:`ReportBrowser` decodes them itself (and fits them
to its width), so the report reads the same in QGIS as in a web browser.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
import re
from pathlib import Path

from qgis.core import QgsProcessingOutputLayerDefinition, QgsProcessingUtils, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices, QImage, QTextDocument
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .algorithm_run import AlgorithmRun, is_registered

log = logging.getLogger(__name__)

COMPARE_ALGORITHM = "dsezatwin:comparescenarios"
IMAGE = re.compile(r"(<img\b[^>]*>)", re.IGNORECASE)


def tr(text: str) -> str:
    return QCoreApplication.translate("ScenarioCompare", text)


class ReportBrowser(QTextBrowser):
    """A QTextBrowser that shows ``data:image/png;base64,…`` images, scaled down to its width."""

    def set_report(self, page: str) -> None:
        """Show an HTML report. Each image goes in a block of its own: Qt's rich text would otherwise give the
        line before a tall image (the end of the paragraph it follows) the image's height, a blank as tall."""
        self.setHtml(IMAGE.sub(r"<div>\1</div>", page))

    def loadResource(self, kind, url):  # noqa: N802 - Qt API
        if kind == QTextDocument.ImageResource and url.scheme() == "data":
            header, _sep, payload = url.toString().partition(",")
            if ";base64" in header:
                image = QImage.fromData(base64.b64decode(payload))
                width = max(200, self.viewport().width() - 24)
                if not image.isNull() and image.width() > width:
                    image = image.scaledToWidth(width, Qt.SmoothTransformation)
                return image
        return super().loadResource(kind, url)


class ScenarioCompareDialog(QDialog):
    """Tick scenarios, compare them with the live twin. Signal :attr:`compared` ``(ok, results)`` when a run ends."""

    compared = pyqtSignal(bool, dict)

    def __init__(self, iface, address: str, project: QgsProject | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("DsezaTwinScenarioCompare")
        self.setWindowTitle(tr("DSEZA Twin — Compare scenarios"))
        self.iface = iface
        self.address = address
        self.project = project or QgsProject.instance()
        self.run: AlgorithmRun | None = None
        self.results: dict = {}
        self.loaded_layers: list = []

        self.scenario_list = QListWidget()
        self.scenario_list.setObjectName("scenarioList")
        self.scenario_list.itemChanged.connect(self._update_buttons)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(tr("Scenarios to compare with the live twin:")))
        column.addWidget(self.scenario_list, 1)
        self.compare_button = QPushButton(tr("Compare"))
        self.compare_button.setObjectName("compareButton")
        self.compare_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.compare_button)
        row.addWidget(self.cancel_button)
        column.addLayout(row)
        self.report = ReportBrowser()
        self.report.setObjectName("compareReport")
        self.report.setOpenExternalLinks(True)
        self.report.setPlaceholderText(tr("Tick one or more scenarios and press Compare: the report of the "
                                          "comparison is shown here."))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.report)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 770])
        self.status = QLabel()
        self.status.setObjectName("compareStatus")
        self.status.setWordWrap(True)
        self.csv_button = QPushButton(tr("Open the CSV"))
        self.csv_button.setObjectName("csvButton")
        self.csv_button.clicked.connect(self.open_csv)
        self.browser_button = QPushButton(tr("Open the report in a web browser"))
        self.browser_button.clicked.connect(self.open_report)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.addButton(self.csv_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.browser_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(1100, 720)
        self._update_buttons()

    # -- scenarios -----------------------------------------------------------------------------------------------
    def set_scenarios(self, scenarios: list[dict], ticked: str = "") -> None:
        """List the store's scenarios (``store.scenarios.list_scenarios`` rows); ``ticked`` starts ticked."""
        before = set(self.chosen()) | ({ticked} if ticked else set())
        self.scenario_list.blockSignals(True)
        self.scenario_list.clear()
        for s in scenarios:
            item = QListWidgetItem(tr("{} — {} ({} changes)").format(s["code"], s["name"] or s["code"],
                                                                    s["changes"]))
            item.setData(Qt.UserRole, s["code"])
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if s["code"] in before else Qt.Unchecked)
            self.scenario_list.addItem(item)
        self.scenario_list.blockSignals(False)
        if not scenarios:
            self.status.setText(tr("This twin store has no scenario yet: create one with 'New scenario…'."))
        self._update_buttons()

    def chosen(self) -> list[str]:
        return [self.scenario_list.item(i).data(Qt.UserRole) for i in range(self.scenario_list.count())
                if self.scenario_list.item(i).checkState() == Qt.Checked]

    def _update_buttons(self, _item=None) -> None:
        running = self.run is not None and self.run.running
        self.compare_button.setEnabled(bool(self.chosen()) and not running)
        self.cancel_button.setEnabled(running)
        self.csv_button.setEnabled(bool(self.results.get("CSV")) and Path(self.results["CSV"]).exists())
        self.browser_button.setEnabled(bool(self.results.get("REPORT")) and Path(self.results["REPORT"]).exists())

    # -- running ---------------------------------------------------------------------------------------------------
    def start(self) -> bool:
        """Run the comparison of the ticked scenarios in the background; False (and why) when it cannot start."""
        codes = self.chosen()
        if not codes or (self.run is not None and self.run.running):
            return False
        if not is_registered(COMPARE_ALGORITHM):
            self.status.setText(tr("The algorithm {} is not installed with this version of DSEZA Twin.").format(
                COMPARE_ALGORITHM))
            return False
        folder = Path(QgsProcessingUtils.tempFolder()) / "scenario_compare_{}".format(
            dt.datetime.now().strftime("%Y%m%d_%H%M%S_%f"))
        folder.mkdir(parents=True, exist_ok=True)
        output = QgsProcessingOutputLayerDefinition(str(folder / "comparison.gpkg"), self.project)
        output.destinationName = tr("Scenario comparison: live, {}").format(", ".join(codes))
        parameters = {"STORE": self.address, "SCENARIOS": ",".join(codes), "OUTPUT": output,
                      "REPORT": str(folder / "comparison.html"), "CSV": str(folder / "comparison.csv")}
        self.results = {}
        self.run = AlgorithmRun(COMPARE_ALGORITHM, parameters, self.project)
        self.run.done.connect(self._done)
        if not self.run.start():
            self.status.setText(tr("The algorithm {} could not be started.").format(COMPARE_ALGORITHM))
            return False
        self.status.setText(tr("Comparing live with {} in the background…").format(", ".join(codes)))
        self.report.setHtml("")
        self._update_buttons()
        return True

    def cancel(self) -> None:
        if self.run is not None:
            self.run.cancel()

    def _done(self, ok: bool, results: dict, error: str) -> None:
        if ok:
            self.results = results
            self.loaded_layers = self.run.load_result_layers()
            report = Path(results.get("REPORT") or "")
            if report.is_file():
                self.report.set_report(report.read_text(encoding="utf-8"))
            self.status.setText(tr("Compared: the report is shown; the layer '{}' is added to the project.").format(
                self.loaded_layers[0].name() if self.loaded_layers else ""))
        elif error:
            self.status.setText(error)
        else:
            self.status.setText(tr("The comparison was canceled."))
        self._update_buttons()
        self.compared.emit(ok, results)

    # -- files -----------------------------------------------------------------------------------------------------
    def open_csv(self) -> bool:
        path = self.results.get("CSV")
        return bool(path) and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def open_report(self) -> bool:
        path = self.results.get("REPORT")
        return bool(path) and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def dispose(self) -> None:
        """Cancel a running comparison (before the dialog goes)."""
        self.cancel()
        self.close()
