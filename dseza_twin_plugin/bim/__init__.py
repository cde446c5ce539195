"""IFC (BIM) import: buildings, storeys and 3D elements of an IFC file, placed in EPSG:5899.

Pure Python (ifcopenshell, shapely, numpy, pyproj), no QGIS. Importing this package costs nothing: the names
below load their module on first use, and ifcopenshell is only imported by the work itself.

- :func:`import_ifc` (isolation.py): the import in a child process, with time-out, memory cap, progress, cancel;
- :func:`import_ifc_inprocess` (extract.py): the same work in this process;
- :class:`GeorefRequest`, :class:`IfcImportResult` … (result.py), :class:`IfcImportError` (errors.py).
"""

from __future__ import annotations

_EXPORTS = {
    "import_ifc": "isolation", "child_python": "isolation", "import_ifc_inprocess": "extract",
    "IfcImportError": "errors", "GeorefRequest": "result", "Georef": "result", "Building": "result",
    "Storey": "result", "ElementGroup": "result", "IfcImportResult": "result",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module("." + _EXPORTS[name], __name__), name)
    raise AttributeError(name)
