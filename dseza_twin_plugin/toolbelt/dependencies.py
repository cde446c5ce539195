"""Check the Python packages the plugin needs beyond what QGIS ships.

QGIS installations carry their own Python; SQLAlchemy 2 and shapely 2 are not
in Debian 12's packages (1.4 and 1.8 are), so a user may have installed the
plugin without them. Better a clear sentence with the fix than a traceback.
"""

from __future__ import annotations

import importlib
import importlib.metadata

# import name -> (distribution name, minimum major version, what it is needed for)
REQUIRED = {
    "sqlalchemy": ("SQLAlchemy", 2, "the twin store"),
    "shapely": ("shapely", 2, "geometry work"),
    "numpy": ("numpy", 1, "geometry work"),
}
OPTIONAL = {
    "psycopg": ("psycopg", 3, "PostGIS stores"),
}
PIP_HINT = "python3 -m pip install -r requirements.txt (see the README, 'Installing into a real QGIS')"


def _problem(module: str, distribution: str, major: int, purpose: str) -> str | None:
    try:
        importlib.import_module(module)
        version = importlib.metadata.version(distribution)
    except ImportError:
        return "{} is not installed (needed for {})".format(distribution, purpose)
    except importlib.metadata.PackageNotFoundError:
        return None  # importable but installed without metadata: trust it
    if int(version.split(".")[0]) < major:
        return "{} {} is too old (version {} or newer is needed for {})".format(distribution, version, major, purpose)
    return None


def missing_dependencies(optional: bool = False) -> list[str]:
    """Sentences describing each missing or too old package; empty when all is well."""
    table = OPTIONAL if optional else REQUIRED
    return [p for p in (_problem(m, *spec) for m, spec in table.items()) if p]
