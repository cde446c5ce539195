"""Connect to a twin store: a GeoPackage file, or PostGIS through a saved QGIS connection, a pg_service or an
authcfg id. The chosen address is checked (the store opens and is of a version this plugin reads) and
remembered in the QGIS settings and the project; never a password (see :mod:`.store_choice`).

:func:`connect_store` is the menu action (it takes ``iface``).
"""

from __future__ import annotations

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..store.address import DEFAULT_SCHEMA, parse_store_address
from ..store.errors import StoreAddressError
from .store_choice import (
    StoreChoiceError,
    address_from_connection_uri,
    build_store_address,
    connection_password_saved,
    remember_store,
    remembered_store,
    saved_postgres_connections,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("ConnectDialog", text)


def choice_address(kind: str, values: dict[str, str], connections: dict[str, str] | None = None) -> str:
    """The store address of the dialog's choice: ``kind`` (gpkg | connection | service | authcfg) and its field
    ``values``; for ``connection``, ``values["connection"]`` names one of ``connections`` ({name: uri}).

    Raises :class:`StoreChoiceError` (a clear message) for a missing field, an unknown connection or a password.
    """
    schema = values.get("schema", "") or DEFAULT_SCHEMA
    if kind == "connection":
        connections = saved_postgres_connections() if connections is None else connections
        name = values.get("connection", "")
        if name not in connections:
            raise StoreChoiceError(tr("Choose one of the PostgreSQL connections saved in QGIS."))
        return address_from_connection_uri(name, connections[name], schema,
                                           password_saved=connection_password_saved(name))
    if kind == "gpkg":
        return build_store_address("gpkg", path=values.get("path", ""))
    if kind == "service":
        return build_store_address("service", service=values.get("service", ""), schema=schema)
    return build_store_address("authcfg", authcfg=values.get("authcfg", ""), host=values.get("host", ""),
                               port=values.get("port", ""), dbname=values.get("dbname", ""), schema=schema)


def check_store(address: str) -> str:
    """Open the store and check its version; returns "" when it is usable, else the reason in a sentence."""
    from ..store import StoreError, open_store
    from ..toolbelt.auth import qgis_credentials
    from ..toolbelt.store_messages import store_error_text

    try:
        with open_store(address, credentials=qgis_credentials) as store:
            if not store.exists():
                return tr("There is no twin store at {}: create one with the algorithm "
                          "'Create or upgrade twin store'.").format(address)
            store.check_version()
    except StoreError as exc:
        return store_error_text(exc)
    return ""


class ConnectDialog(QDialog):
    """Choose the twin store. ``address()`` is the chosen address once the dialog is accepted."""

    KINDS = ("gpkg", "connection", "service", "authcfg")

    def __init__(self, parent=None, current: str = ""):
        super().__init__(parent)
        self.setWindowTitle(tr("Connect to a twin store"))
        self.setObjectName("DsezaTwinConnectDialog")
        self._address = ""
        self.connections = saved_postgres_connections()
        layout = QVBoxLayout(self)
        self.radios = {
            "gpkg": QRadioButton(tr("GeoPackage file")),
            "connection": QRadioButton(tr("PostGIS: saved QGIS PostgreSQL connection")),
            "service": QRadioButton(tr("PostGIS: PostgreSQL service (pg_service)")),
            "authcfg": QRadioButton(tr("PostGIS: server and database, credentials in a QGIS authentication "
                                       "configuration")),
        }
        self.stack = QStackedWidget()
        for kind in self.KINDS:
            layout.addWidget(self.radios[kind])
            self.radios[kind].toggled.connect(self._kind_changed)
        layout.addWidget(self.stack)

        self.path = QLineEdit()
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        page = QWidget()
        row = QHBoxLayout(page)
        row.addWidget(QLabel(tr("File")))
        row.addWidget(self.path)
        row.addWidget(browse)
        self.stack.addWidget(page)

        self.connection = QComboBox()
        self.connection.addItems(sorted(self.connections))
        self.stack.addWidget(self._form((tr("Connection"), self.connection)))

        self.service = QLineEdit()
        self.service.setPlaceholderText("dseza_twin")
        self.stack.addWidget(self._form((tr("Service"), self.service)))

        self.authcfg = QLineEdit()
        self.authcfg.setPlaceholderText(tr("authcfg id, e.g. ab12cd3"))
        self.host, self.port, self.dbname = QLineEdit(), QLineEdit(), QLineEdit()
        self.port.setPlaceholderText("5432")
        self.stack.addWidget(self._form((tr("Authentication configuration"), self.authcfg), (tr("Host"), self.host),
                                        (tr("Port"), self.port), (tr("Database"), self.dbname)))

        self.schema = QLineEdit(DEFAULT_SCHEMA)
        self.schema_row = self._form((tr("Schema"), self.schema))
        layout.addWidget(self.schema_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show(current)

    @staticmethod
    def _form(*rows) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        for label, widget in rows:
            form.addRow(label, widget)
        return page

    def _show(self, current: str) -> None:
        """Fill the fields from a remembered address."""
        kind = "gpkg"
        try:
            parsed = parse_store_address(current) if current else None
        except StoreAddressError:  # start from a blank dialog
            parsed = None
        if parsed is not None and parsed.is_gpkg:
            self.path.setText(parsed.path)
        elif parsed is not None:
            self.schema.setText(parsed.schema)
            if parsed.params.get("service"):
                kind = "service"
                self.service.setText(parsed.params["service"])
            else:
                kind = "authcfg"
                self.authcfg.setText(parsed.authcfg)
                self.host.setText(parsed.params.get("host", ""))
                self.port.setText(parsed.params.get("port", ""))
                self.dbname.setText(parsed.params.get("dbname", ""))
        self.radios[kind].setChecked(True)
        self._kind_changed()

    def kind(self) -> str:
        return next(k for k in self.KINDS if self.radios[k].isChecked())

    def values(self) -> dict[str, str]:
        return {
            "path": self.path.text(), "connection": self.connection.currentText(), "service": self.service.text(),
            "authcfg": self.authcfg.text(), "host": self.host.text(), "port": self.port.text(),
            "dbname": self.dbname.text(), "schema": self.schema.text(),
        }

    def _kind_changed(self, *_args) -> None:
        kind = self.kind()
        self.stack.setCurrentIndex(self.KINDS.index(kind))
        self.schema_row.setVisible(kind != "gpkg")
        self.message.clear()

    def _browse(self) -> None:
        start = self.path.text() or QgsSettings().value("dseza_twin/last_gpkg_dir", "", type=str)
        path, _filter = QFileDialog.getOpenFileName(self, tr("Twin store (GeoPackage)"), start,
                                                    tr("GeoPackage (*.gpkg)"))
        if path:
            self.path.setText(path)

    def address(self) -> str:
        return self._address

    def accept(self) -> None:  # noqa: D102 - checks the choice before closing
        try:
            address = choice_address(self.kind(), self.values(), self.connections)
        except StoreChoiceError as exc:
            self.message.setText(str(exc))
            return
        problem = check_store(address)
        if problem:
            self.message.setText(problem)
            return
        self._address = address
        super().accept()


def connect_store(iface) -> str:
    """Menu action "Connect to a twin store": the dialog; the chosen address is remembered and returned ("" when
    the officer cancels)."""
    from qgis.core import Qgis

    dialog = ConnectDialog(iface.mainWindow() if iface is not None else None, remembered_store())
    if dialog.exec_() != QDialog.Accepted:
        return ""
    address = dialog.address()
    remember_store(address)
    if iface is not None:
        iface.messageBar().pushMessage(tr("DSEZA Twin"), tr("Connected to the twin store {}.").format(address),
                                       Qgis.Info, 5)
    return address
