"""The permissions matrix of a PostGIS twin store: which role may select, insert, update or delete what.

This is the one place the matrix lives. ``setuproles`` grants exactly it (:mod:`.roles`), the README shows it
(:func:`markdown_table`, kept equal by ``tests/unit/test_permissions_matrix.py``) and
``tests/integration/test_store_roles.py`` connects as each role and tries every operation on every object,
failing on any drift in either direction.

Cells: the letters of the allowed operations — ``S`` select, ``I`` insert, ``U`` update, ``D`` delete — and
``S(code,geom)`` for a select limited to those columns. A missing cell is nothing at all.

Objects: the store's tables (schema ``<store>``), the investor views (schema ``<store>_public``) and the
analysts' results (schema ``<store>_results``; ``C`` = may create tables there).
"""

from __future__ import annotations

from dataclasses import dataclass

OPERATIONS = {"S": "select", "I": "insert", "U": "update", "D": "delete"}

#: The group roles (NOLOGIN), without their prefix (``twin_`` by default: ``twin_officer``…).
ROLES = ("admin", "officer", "analyst", "sensor_ingest", "investor")

ROLE_DUTIES = {
    "admin": "owns the schemas, runs createstore, migrations and setuproles",
    "officer": "reads all; edits planning, land, buildings, networks and projects; raises and closes alerts; "
               "keeps compliance verdicts; quarantines rows an import refuses; drafts and promotes scenarios",
    "analyst": "reads all; drafts scenarios (never the live twin); writes the results schema",
    "sensor_ingest": "inserts readings and sensors, updates sync cursors and status, quarantines payloads",
    "investor": "reads only the published views (schema <store>_public)",
}

#: The edited layers: planning, land, buildings, networks, projects.
EDITED = ("functional_areas", "planning_zones", "parcels", "construction_projects", "buildings", "network_links",
          "network_nodes")

#: Development scenarios (schema version 6): the scenarios and their planned changes.
SCENARIO = ("scenarios", "scenario_planning_zones", "scenario_parcels", "scenario_construction_projects",
            "scenario_buildings")

#: Every table of the store's schema, in the README's order.
STORE_TABLES = EDITED + SCENARIO + ("sensors", "readings", "alerts", "compliance_verdicts", "audit_log",
                                    "sync_cursors", "sync_status", "quarantine", "readings_latest",
                                    "readings_daily_totals", "twin_meta")

#: Investor views: name → (table, columns, condition). Lots only when published (``is_public``), without the
#: tenant, the investor, the lease dates, the registered capital, the employees; nothing else has private data.
INVESTOR_VIEWS = {
    "functional_areas": ("functional_areas", ("fid", "code", "name_vi", "name_en", "kind", "district",
                                              "established", "operator", "published_area_ha", "geom"), None),
    "planning_zones": ("planning_zones", ("fid", "code", "area_code", "name", "land_use", "plan_level",
                                          "max_coverage_pct", "max_far", "max_height_m", "max_floors",
                                          "min_green_pct", "min_setback_m", "allowed_uses", "plan_decision",
                                          "geom"), None),
    "parcels": ("parcels", ("fid", "code", "zone_code", "area_code", "land_use", "status", "sector", "area_m2",
                            "geom"), "is_public IS TRUE"),
    "network_links": ("network_links", ("fid", "code", "network", "name", "area_code", "capacity", "unit",
                                        "width_m", "lanes", "diameter_mm", "voltage_kv", "geom"), None),
    "network_nodes": ("network_nodes", ("fid", "code", "network", "kind", "name", "area_code", "capacity", "unit",
                                        "geom"), None),
}
#: Columns of the store's tables no investor view shows (the tenants' private data).
PRIVATE_COLUMNS = {"parcels": ("tenant", "investor", "lease_start", "lease_end", "registered_capital_usd",
                               "employees", "green_area_m2")}

_ALL = "SIUD"
#: role → {object → cell}; objects are "<table>", "public.<view>" or "results".
MATRIX: dict[str, dict[str, str]] = {
    "admin": {**{t: _ALL for t in STORE_TABLES}, "audit_log": "SI",  # the audit is append-only, even for its owner
              **{"public." + v: "S" for v in INVESTOR_VIEWS}, "results": "SIUDC"},
    "officer": {**{t: "S" for t in STORE_TABLES}, **{t: _ALL for t in EDITED + SCENARIO}, "alerts": "SIU",
                "compliance_verdicts": "SI", "quarantine": "SI", **{"public." + v: "S" for v in INVESTOR_VIEWS},
                "results": "S"},
    "analyst": {**{t: "S" for t in STORE_TABLES}, **{t: _ALL for t in SCENARIO},
                **{"public." + v: "S" for v in INVESTOR_VIEWS}, "results": "SIUDC"},
    "sensor_ingest": {"functional_areas": "S(code,geom)", "parcels": "S(code,geom)", "network_nodes": "S(code,geom)",
                      "sensors": "SIU", "readings": "SI", "sync_cursors": "SIU", "sync_status": "SIU",
                      "quarantine": "SI", "readings_latest": "SIU", "readings_daily_totals": "SIU",
                      "twin_meta": "S"},
    "investor": {"public." + v: "S" for v in INVESTOR_VIEWS},
}

#: Every object of the matrix, in the README's order.
OBJECTS = STORE_TABLES + tuple("public." + v for v in INVESTOR_VIEWS) + ("results",)


@dataclass(frozen=True)
class Cell:
    """What one role may do on one object."""

    operations: frozenset  # of "select", "insert", "update", "delete" (and "create" for results)
    columns: tuple | None = None  # a select limited to these columns

    def allows(self, operation: str) -> bool:
        return operation in self.operations


def cell(role: str, obj: str) -> Cell:
    """The parsed cell of the matrix (an empty cell where the role has nothing)."""
    text = MATRIX[role].get(obj, "")
    columns = None
    if "(" in text:
        text, _, rest = text.partition("(")
        columns = tuple(rest.rstrip(")").split(","))
    names = {**OPERATIONS, "C": "create"}
    return Cell(frozenset(names[letter] for letter in text), columns)


def markdown_table() -> str:
    """The matrix as the README's Markdown table (rows: objects, columns: roles)."""
    header = "| object | " + " | ".join("`twin_{}`".format(r) for r in ROLES) + " |"
    lines = [header, "|" + "---|" * (len(ROLES) + 1)]
    for obj in OBJECTS:
        name = "`<store>_results` (schema)" if obj == "results" else (
            "`<store>_public.{}` (view)".format(obj[7:]) if obj.startswith("public.") else "`{}`".format(obj))
        cells = []
        for role in ROLES:
            text = MATRIX[role].get(obj, "")
            cells.append(" ".join(text.split("(")[0]) + (" ({})".format(text.split("(")[1].rstrip(")")
                                                                         .replace(",", ", ")) if "(" in text else "")
                         if text else "—")
        lines.append("| {} | {} |".format(name, " | ".join(cells)))
    return "\n".join(lines)
