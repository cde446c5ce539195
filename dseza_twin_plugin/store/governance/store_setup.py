"""What a store of schema version 5 carries for its governance from the start (both backends): the triggers
of the row versions and of the audit. Roles and row-level security are added by ``setuproles`` (PostGIS)."""

from __future__ import annotations

from .. import scenarios
from . import audit, locking


def create(writer, kind: str) -> None:
    """Create the row-version and audit triggers, the history view, the scenarios' base-version triggers and
    views (the tables are in the schema)."""
    locking.create(writer, kind)
    audit.create(writer, kind)
    scenarios.create_triggers(writer, kind)
    scenarios.create_views(writer, kind)
