"""Bridge the plugin's ``logging`` loggers to the QGIS message log (tab "DSEZA Twin")."""

from __future__ import annotations

import logging

from qgis.core import Qgis, QgsMessageLog

TAG = "DSEZA Twin"
ROOT_LOGGER = "dseza_twin"

_LEVELS = (
    (logging.ERROR, Qgis.Critical),
    (logging.WARNING, Qgis.Warning),
    (logging.DEBUG, Qgis.Info),
)


class QgsMessageLogHandler(logging.Handler):
    """Send records to ``QgsMessageLog`` under the plugin's tag."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            level = next(q for threshold, q in _LEVELS if record.levelno >= threshold)
            QgsMessageLog.logMessage(self.format(record), TAG, level, notifyUser=False)
        except Exception:  # logging must never break the caller
            self.handleError(record)


def install_log_bridge() -> QgsMessageLogHandler:
    """Attach the bridge to the plugin's root logger; returns the handler to remove on unload."""
    handler = QgsMessageLogHandler(level=logging.INFO)
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    logger = logging.getLogger(ROOT_LOGGER)
    logger.addHandler(handler)
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.INFO)
    return handler


def remove_log_bridge(handler: QgsMessageLogHandler | None) -> None:
    if handler is not None:
        logging.getLogger(ROOT_LOGGER).removeHandler(handler)
