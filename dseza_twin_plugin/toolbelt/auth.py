"""Credentials from the QGIS authentication database (``authcfg`` ids).

Only the id ever appears in settings, models, command lines and logs; user
name and password are read here, at connection time, and handed straight to
the database driver.
"""

from __future__ import annotations


def qgis_credentials(authcfg: str) -> dict:
    """``{"user": …, "password": …}`` of a Basic authentication configuration."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    from ..store.errors import StoreConnectionError

    manager = QgsApplication.authManager()
    if manager is None or authcfg not in manager.configIds():
        raise StoreConnectionError(
            "The QGIS authentication configuration '{}' does not exist in this QGIS profile. "
            "Create it under Settings > Options > Authentication, or use a pg_service.conf "
            "service.".format(authcfg)
        )
    config = QgsAuthMethodConfig()
    if not manager.loadAuthenticationConfig(authcfg, config, True):
        raise StoreConnectionError(
            "The QGIS authentication configuration '{}' could not be unlocked (is the master "
            "password set?).".format(authcfg)
        )
    user = config.config("username", "")
    password = config.config("password", "")
    if not user:
        raise StoreConnectionError(
            "The QGIS authentication configuration '{}' is not a Basic (user name and password) "
            "configuration, which a PostgreSQL store needs.".format(authcfg)
        )
    return {"user": user, "password": password}
