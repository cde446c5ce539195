"""The scenario selector's small dialogs: a new scenario's code and name, the confirmation of a promotion, and a
refused promotion in words (the algorithm's message, then its HTML report)."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication, QRegularExpression, Qt
from qgis.PyQt.QtGui import QRegularExpressionValidator, QTextCursor
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("ScenarioDialogs", text)


class NewScenarioDialog(QDialog):
    """Code (letters, digits, ``_ . -``, as ``store.scenarios`` accepts), name and description of a new scenario."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("New scenario"))
        self.code = QLineEdit()
        self.code.setObjectName("scenarioCode")
        self.code.setPlaceholderText(tr("e.g. HTP-2030-A"))
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,62}")))
        self.name = QLineEdit()
        self.name.setObjectName("scenarioName")
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(80)
        form = QFormLayout()
        form.addRow(tr("Code"), self.code)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Description"), self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


def confirm_promotion(parent, scenario: dict) -> bool:
    """Ask before a scenario (a ``list_scenarios`` row) is applied to the live twin."""
    box = QMessageBox(QMessageBox.Question, tr("Promote scenario"), tr(
        "Apply the {} change(s) of scenario {} ({}) to the live twin?").format(
        scenario["changes"], scenario["code"], scenario["name"] or scenario["code"]),
        QMessageBox.Yes | QMessageBox.No, parent)
    box.setInformativeText(tr("Every change goes through the data-quality checks in one transaction and is recorded "
                              "in the audit; nothing is written when the live twin changed under the scenario or a "
                              "change breaks the twin's rules."))
    box.setDefaultButton(QMessageBox.No)
    answer = box.exec_()
    return answer == QMessageBox.Yes


def show_refusal(parent, code: str, text: str, page: str = "") -> QDialog:
    """Why scenario ``code`` was not promoted: ``text`` (the algorithm's message, a sentence and the rows), then
    its HTML report ``page`` when there is one. Not modal: the officer can look at the map meanwhile."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Scenario {} was not promoted").format(code))
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    browser = QTextBrowser()
    browser.setObjectName("refusalReport")
    browser.setPlainText(text)
    if page:
        browser.append("")
        browser.moveCursor(QTextCursor.End)
        browser.insertHtml(page)
    browser.moveCursor(QTextCursor.Start)
    buttons = QDialogButtonBox(QDialogButtonBox.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(720, 420)
    dialog.show()
    return dialog
