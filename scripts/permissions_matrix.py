"""Write the permissions matrix (dseza_twin_plugin/store/governance/permissions.py) into README.md, between
its markers. tests/unit/test_permissions_matrix.py fails when the README and the data differ.

    .venv/bin/python scripts/permissions_matrix.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGINS = ROOT / ".qgis-profile" / "profiles" / "default" / "python" / "plugins"
START, END = "<!-- permissions-matrix:start -->", "<!-- permissions-matrix:end -->"


def with_matrix(readme: str, table: str) -> str:
    """The README text with the table between the markers."""
    head, found, rest = readme.partition(START)
    _, found_end, tail = rest.partition(END)
    if not found or not found_end:
        raise ValueError("README.md has no {} … {} block".format(START, END))
    return "{}{}\n{}\n{}{}".format(head, START, table, END, tail)


def main() -> None:
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT]
    sys.path.insert(0, str(PLUGINS))
    from dseza_twin.dseza_twin_plugin.store.governance import permissions

    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    updated = with_matrix(text, permissions.markdown_table())
    if updated != text:
        readme.write_text(updated, encoding="utf-8")
        print("README.md: permissions matrix updated")


if __name__ == "__main__":
    main()
