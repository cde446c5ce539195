"""DSEZA Twin QGIS plugin: classFactory only, lazy import, no side effects on import."""

def classFactory(iface):  # noqa: N802 - the name QGIS looks for
    from .dseza_twin_plugin.plugin import DsezaTwinPlugin
    return DsezaTwinPlugin(iface)
