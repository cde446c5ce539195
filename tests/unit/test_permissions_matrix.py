"""The permissions matrix is data in one place (store/governance/permissions.py); the README shows exactly it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from dseza_twin.dseza_twin_plugin.store import schema
from dseza_twin.dseza_twin_plugin.store.governance import permissions

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("permissions_matrix", ROOT / "scripts" / "permissions_matrix.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_shows_the_matrix_of_the_code():
    script = _script()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert script.with_matrix(readme, permissions.markdown_table()) == readme, (
        "README.md's permissions matrix differs from store/governance/permissions.py: run "
        ".venv/bin/python scripts/permissions_matrix.py")


def test_matrix_covers_every_table_of_the_store_and_only_known_operations():
    tables = set(schema.metadata.tables)
    assert set(permissions.STORE_TABLES) == tables
    assert set(permissions.EDITED) == set(schema.AUDITED_LAYERS)
    for role, cells in permissions.MATRIX.items():
        assert role in permissions.ROLES
        assert set(cells) <= set(permissions.OBJECTS)
        for obj in cells:
            cell = permissions.cell(role, obj)
            assert cell.operations <= {"select", "insert", "update", "delete", "create"}
            assert not cell.columns or set(cell.columns) <= set(schema.metadata.tables[obj].c.keys())


def test_investors_see_no_private_column_and_only_published_lots():
    for table, columns, _condition in permissions.INVESTOR_VIEWS.values():
        assert set(columns) <= set(schema.metadata.tables[table].c.keys())
        assert not set(columns) & set(permissions.PRIVATE_COLUMNS.get(table, ()))
    assert permissions.INVESTOR_VIEWS["parcels"][2] == "is_public IS TRUE"
    assert set(permissions.MATRIX["investor"]) == {"public." + v for v in permissions.INVESTOR_VIEWS}


def test_officers_edit_exactly_the_audited_tables_and_nobody_alters_the_audit():
    edits = {t for t, c in permissions.MATRIX["officer"].items() if "U" in c and t in permissions.STORE_TABLES}
    assert edits == set(schema.AUDITED_TABLES) | {"alerts"}
    for role in permissions.ROLES:
        audit = permissions.cell(role, "audit_log")
        assert not audit.allows("update") and not audit.allows("delete")
    assert permissions.MATRIX["analyst"]["results"] == "SIUDC"
    # analysts draft scenarios, and write nothing else of the store
    assert all(set(c) <= {"S"} for t, c in permissions.MATRIX["analyst"].items()
               if t != "results" and t not in permissions.SCENARIO)
    assert {t for t, c in permissions.MATRIX["analyst"].items() if set(c) - {"S"}} == set(permissions.SCENARIO) | {
        "results"}
    assert set(permissions.SCENARIO) == set(schema.AUDITED_TABLES) - set(schema.AUDITED_LAYERS)
