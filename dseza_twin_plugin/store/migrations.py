"""Schema migrations of the twin store.

``MIGRATIONS[v]`` upgrades a store from schema version ``v`` to ``v + 1``. It
receives the open writer (so it runs inside the upgrade's one transaction) and
the backend kind (``"gpkg"`` or ``"postgis"``) for the rare statement that
differs. Version 1 is the first published schema: nothing to migrate yet.
When the schema in :mod:`.schema` changes, bump ``SCHEMA_VERSION`` there and
add the step here, with a test that upgrades a store of the previous version.
"""

from __future__ import annotations

from collections.abc import Callable

MIGRATIONS: dict[int, Callable] = {}
