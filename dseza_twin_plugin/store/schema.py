"""The twin store's schema, defined once for both backends (SQLAlchemy Core).

Layer names and column names are the public contract of DESIGN.md. Every
geometry is stored in EPSG:5899 (VN-2000 / TM-3 107-45). The same ``MetaData``
is compiled to GeoPackage DDL (SQLite dialect) and to PostGIS DDL; the few
places where the two differ are in :mod:`.types`.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB

from .types import Geometry

#: Version of the schema defined in this module; migrations lead up to it.
SCHEMA_VERSION = 6

#: EPSG code of the storage CRS.
STORE_SRID = 5899

FUNCTIONAL_AREA_KINDS = ("high_tech_park", "it_park", "industrial_park", "ftz")
LAND_USES = (
    "industrial",
    "warehouse",
    "rnd",
    "services",
    "housing",
    "green",
    "infrastructure",
    "transport",
    "mixed",
)
PARCEL_STATUSES = ("available", "reserved", "leased", "under_construction", "operating")
BUILDING_SOURCES = ("survey", "ifc", "estimate")
NETWORKS = ("road", "water", "wastewater", "drainage", "power", "telecom")
PROJECT_STATUSES = ("planned", "permitted", "under_construction", "completed", "suspended")
SENSOR_KINDS = ("air", "water", "noise", "traffic", "energy", "flood")
ALERT_STATUSES = ("open", "acknowledged", "closed")
SCENARIO_STATUSES = ("draft", "promoted", "archived")
#: What a scenario row does to the live row of the same code: replace (or add) it, or remove it.
SCENARIO_OPS = ("upsert", "delete")

metadata = MetaData()


# Each check constraint carries its rule in ``info`` too, so that importers can
# tell a GIS officer why a value is refused before the database does.


def _in(column: str, values: tuple[str, ...]) -> CheckConstraint:
    quoted = ", ".join(f"'{v}'" for v in values)  # constants of this module, not user input
    return CheckConstraint(
        f"{column} IS NULL OR {column} IN ({quoted})",
        name=f"ck_{column}_values",
        info={"column": column, "rule": "one_of", "values": values},
    )


def _pct(column: str) -> CheckConstraint:
    return CheckConstraint(
        f"{column} IS NULL OR ({column} >= 0 AND {column} <= 100)",
        name=f"ck_{column}_pct",
        info={"column": column, "rule": "percentage"},
    )


def _non_negative(*columns: str) -> list[CheckConstraint]:
    return [
        CheckConstraint(
            f"{c} IS NULL OR {c} >= 0",
            name=f"ck_{c}_nonneg",
            info={"column": c, "rule": "non_negative"},
        )
        for c in columns
    ]


def _fid() -> Column:
    return Column("fid", BigInteger, primary_key=True, autoincrement=True)


def _code() -> Column:
    return Column("code", Text, nullable=False, unique=True)


def _row_version() -> Column:
    """Optimistic locking (since schema version 5): kept by the store's triggers (see
    :mod:`.governance.locking`); an UPDATE that comes with a stale version is refused."""
    return Column("row_version", BigInteger, server_default="1")


functional_areas = Table(
    "functional_areas",
    metadata,
    _fid(),
    _code(),
    Column("name_vi", Text),
    Column("name_en", Text),
    Column("kind", Text, nullable=False),
    Column("district", Text),
    Column("established", Date),
    Column("operator", Text),
    Column("published_area_ha", Float),
    _row_version(),
    Column("geom", Geometry("MULTIPOLYGON")),
    _in("kind", FUNCTIONAL_AREA_KINDS),
    *_non_negative("published_area_ha"),
)

planning_zones = Table(
    "planning_zones",
    metadata,
    _fid(),
    _code(),
    Column("area_code", Text, ForeignKey("functional_areas.code", name="fk_zone_area")),
    Column("name", Text),
    Column("land_use", Text, nullable=False),
    Column("plan_level", Text),
    Column("max_coverage_pct", Float),
    Column("max_far", Float),
    Column("max_height_m", Float),
    Column("max_floors", BigInteger),
    Column("min_green_pct", Float),
    Column("min_setback_m", Float),
    Column("allowed_uses", Text),
    Column("plan_decision", Text),
    _row_version(),
    Column("geom", Geometry("MULTIPOLYGON")),
    _in("land_use", LAND_USES),
    _in("plan_level", ("1/2000", "1/500")),
    _pct("max_coverage_pct"),
    _pct("min_green_pct"),
    *_non_negative("max_far", "max_height_m", "max_floors", "min_setback_m"),
)

parcels = Table(
    "parcels",
    metadata,
    _fid(),
    _code(),
    Column("zone_code", Text, ForeignKey("planning_zones.code", name="fk_parcel_zone")),
    Column("area_code", Text, ForeignKey("functional_areas.code", name="fk_parcel_area")),
    Column("land_use", Text),
    Column("status", Text, nullable=False, server_default="available"),
    Column("tenant", Text),
    Column("investor", Text),
    Column("sector", Text),
    Column("lease_start", Date),
    Column("lease_end", Date),
    Column("registered_capital_usd", Float),
    Column("employees", BigInteger),
    Column("is_public", Boolean),
    Column("area_m2", Float),
    Column("green_area_m2", Float),  # since schema version 2: planted area inside the lot
    _row_version(),
    Column("geom", Geometry("MULTIPOLYGON")),
    _in("land_use", LAND_USES),
    _in("status", PARCEL_STATUSES),
    CheckConstraint(
        "lease_end IS NULL OR lease_start IS NULL OR lease_end >= lease_start",
        name="ck_lease_order",
        info={"column": "lease_end", "rule": "not_before", "other": "lease_start"},
    ),
    *_non_negative("registered_capital_usd", "employees", "area_m2", "green_area_m2"),
)

construction_projects = Table(
    "construction_projects",
    metadata,
    _fid(),
    _code(),
    Column("permit_no", Text),
    Column("parcel_code", Text, ForeignKey("parcels.code", name="fk_project_parcel")),
    Column("name", Text),
    Column("phase", Text),
    Column("planned_start", Date),
    Column("planned_end", Date),
    Column("actual_start", Date),
    Column("actual_end", Date),
    Column("progress_pct", Float),
    Column("status", Text, nullable=False, server_default="planned"),
    _row_version(),
    Column("geom", Geometry("MULTIPOLYGON")),
    _in("status", PROJECT_STATUSES),
    _pct("progress_pct"),
)

buildings = Table(
    "buildings",
    metadata,
    _fid(),
    _code(),
    Column("parcel_code", Text, ForeignKey("parcels.code", name="fk_building_parcel")),
    Column("name", Text),
    Column("height_m", Float),
    Column("floors", BigInteger),
    Column("gfa_m2", Float),
    Column("use", Text),
    Column("source", Text, nullable=False, server_default="estimate"),
    Column("ifc_guid", Text),
    Column("project_id", Text),
    _row_version(),
    Column("geom", Geometry("MULTIPOLYGON")),
    _in("source", BUILDING_SOURCES),
    *_non_negative("height_m", "floors", "gfa_m2"),
)

network_links = Table(
    "network_links",
    metadata,
    _fid(),
    _code(),
    Column("network", Text, nullable=False),
    Column("name", Text),
    Column("area_code", Text, ForeignKey("functional_areas.code", name="fk_link_area")),
    Column("capacity", Float),
    Column("unit", Text),
    Column("width_m", Float),
    Column("lanes", BigInteger),
    Column("diameter_mm", Float),
    Column("voltage_kv", Float),
    _row_version(),
    Column("geom", Geometry("MULTILINESTRING")),
    _in("network", NETWORKS),
    *_non_negative("capacity", "width_m", "lanes", "diameter_mm", "voltage_kv"),
)

network_nodes = Table(
    "network_nodes",
    metadata,
    _fid(),
    _code(),
    Column("network", Text, nullable=False),
    Column("kind", Text),
    Column("name", Text),
    Column("area_code", Text, ForeignKey("functional_areas.code", name="fk_node_area")),
    Column("capacity", Float),
    Column("unit", Text),
    _row_version(),
    Column("geom", Geometry("POINT")),
    _in("network", NETWORKS),
    *_non_negative("capacity"),
)

sensors = Table(
    "sensors",
    metadata,
    _fid(),
    _code(),
    Column("name", Text),
    Column("kind", Text, nullable=False),
    Column("observed_property", Text),
    Column("unit", Text),
    Column("source", Text),
    Column("linked_layer", Text),
    Column("linked_code", Text),
    Column("area_code", Text, ForeignKey("functional_areas.code", name="fk_sensor_area")),
    Column("geom", Geometry("POINT")),
    _in("kind", SENSOR_KINDS),
)

# Readings carry no geometry and are keyed by sensor first: the distribution
# column if the store ever moves to Citus, and the order of every query.
readings = Table(
    "readings",
    metadata,
    Column("sensor_id", BigInteger, ForeignKey("sensors.fid", name="fk_reading_sensor"), nullable=False),
    Column("phenomenon_time", DateTime(timezone=True), nullable=False),
    Column("value", Float),
    Column("quality", Text),
    Column("source_id", Text),
    PrimaryKeyConstraint("sensor_id", "phenomenon_time", name="pk_readings"),
    _in("quality", ("ok", "suspect", "missing")),
)

alerts = Table(
    "alerts",
    metadata,
    _fid(),
    Column("sensor_id", BigInteger, ForeignKey("sensors.fid", name="fk_alert_sensor")),
    Column("zone_code", Text),
    Column("rule", Text, nullable=False),
    Column("window_start", DateTime(timezone=True)),
    Column("window_end", DateTime(timezone=True)),
    Column("value", Float),
    Column("limit_value", Float),
    Column("status", Text, nullable=False, server_default="open"),
    Column("geom", Geometry("POINT")),
    _in("status", ALERT_STATUSES),
)

twin_meta = Table(
    "twin_meta",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text),
)

# Bookkeeping of the IoT sync (since schema version 3). Not twin layers: they are
# kept out of LAYERS, and written by the sync in the same transaction as the
# readings they describe.
sync_cursors = Table(
    "sync_cursors",
    metadata,
    Column("source", Text, nullable=False),
    Column("datastream", Text, nullable=False),
    Column("watermark", DateTime(timezone=True)),  # phenomenon_time of the newest reading stored
    Column("updated_at", DateTime(timezone=True)),
    PrimaryKeyConstraint("source", "datastream", name="pk_sync_cursors"),
)

sync_status = Table(
    "sync_status",
    metadata,
    Column("source", Text, primary_key=True),
    Column("last_run_start", DateTime(timezone=True)),
    Column("last_run_end", DateTime(timezone=True)),
    Column("new", BigInteger),
    Column("duplicate", BigInteger),
    Column("rejected", BigInteger),
    Column("sensors", BigInteger),
    Column("last_error", Text),
)

quarantine = Table(
    "quarantine",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=True),
    Column("source", Text),
    Column("received_at", DateTime(timezone=True)),
    Column("payload", Text),
    Column("reason", Text),
    # sha256 of payload and reason (since version 4): the same bad payload is kept once, found by index
    Column("digest", Text),
)
Index("ux_quarantine_source_digest", quarantine.c.source, quarantine.c.digest, unique=True)

# Rollups of the readings (since schema version 4), kept exact by triggers in the
# store itself (see :mod:`.rollups`) so that every writer — the sync, an import,
# QGIS editing, psql — keeps them right: the latest reading of each sensor, and
# per-sensor daily totals (Vietnam's calendar day, UTC+7) from which the
# ``readings_daily`` view derives the mean.
readings_latest = Table(
    "readings_latest",
    metadata,
    Column("sensor_id", BigInteger, ForeignKey("sensors.fid", name="fk_latest_sensor"), primary_key=True),
    Column("phenomenon_time", DateTime(timezone=True), nullable=False),
    Column("value", Float),
    Column("quality", Text),
)

readings_daily_totals = Table(
    "readings_daily_totals",
    metadata,
    Column("sensor_id", BigInteger, ForeignKey("sensors.fid", name="fk_daily_sensor"), nullable=False),
    Column("day", Date, nullable=False),
    Column("n", BigInteger, nullable=False),  # readings with a value
    Column("value_sum", Float),
    Column("value_min", Float),
    Column("value_max", Float),
    PrimaryKeyConstraint("sensor_id", "day", name="pk_readings_daily_totals"),
)

# Verdicts of 'Check planning compliance' written to the store (since schema version 4): one row per lot
# and rule of a run; the inspector shows a lot's latest run. Not a twin layer: a log of checks.
compliance_verdicts = Table(
    "compliance_verdicts",
    metadata,
    _fid(),
    Column("lot_code", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("rule_id", Text, nullable=False),
    Column("clause", Text),
    Column("value", Text),  # the measured value (a number, or the buildings' uses for land_use)
    Column("limit", Text),  # the limit that won (a number, or the allowed uses)
    Column("checked_at", DateTime(timezone=True), nullable=False),
    Column("run_id", Text, nullable=False),
    _in("status", ("pass", "fail", "insufficient_data")),
)
Index("ix_compliance_verdicts_lot_checked", compliance_verdicts.c.lot_code, compliance_verdicts.c.checked_at)

# The audit of every change to the edited layers (since schema version 5), written by the store's triggers
# (see :mod:`.governance.audit`): who, when, which operation, the row before and after (JSON; the geometry as
# hex of the backend's binary). Officers read it, nobody but the admin role alters it. History and "as of"
# derive from it.
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=True),
    Column("table_name", Text, nullable=False),
    Column("row_fid", BigInteger, nullable=False),
    Column("operation", Text, nullable=False),
    Column("changed_at", DateTime(timezone=True), nullable=False),
    Column("changed_by", Text),  # the login (PostGIS session_user); NULL in a GeoPackage (a file has no users)
    Column("db_role", Text),  # the role the change ran as (PostGIS current_user)
    Column("before", Text().with_variant(JSONB(), "postgresql")),
    Column("after", Text().with_variant(JSONB(), "postgresql")),
    _in("operation", ("INSERT", "UPDATE", "DELETE")),
)
Index("ix_audit_log_table_fid_time", audit_log.c.table_name, audit_log.c.row_fid, audit_log.c.changed_at)
Index("ix_audit_log_time", audit_log.c.changed_at)

# Development scenarios (since schema version 6): a named what-if branch of the twin. Its planned changes live
# in one ``scenario_<layer>`` table per changeable layer, with the layer's columns and three of their own: the
# scenario, the operation (``upsert`` a row by code — add, change, re-zone… — or ``delete`` the live row of that
# code) and ``base_version``, the live row's version when the change was drawn (NULL: the code was not live),
# which promotion compares with the live twin to refuse on conflicting live edits. The live twin is never touched
# until a scenario is promoted (see :mod:`.scenarios`).
scenarios = Table(
    "scenarios",
    metadata,
    _fid(),
    _code(),
    Column("name", Text),
    Column("description", Text),
    Column("created_at", DateTime(timezone=True)),
    Column("created_by", Text),
    Column("status", Text, nullable=False, server_default="draft"),
    Column("promoted_at", DateTime(timezone=True)),
    _row_version(),
    _in("status", SCENARIO_STATUSES),
)

#: Layers a scenario can change (in dependency order).
SCENARIO_LAYERS = ("planning_zones", "parcels", "construction_projects", "buildings")


def _scenario_table(layer: str) -> Table:
    """``scenario_<layer>``: the layer's columns (no unique code, no foreign keys: a scenario lot may sit in a
    scenario zone), every column nullable (a ``delete`` row carries only its code), the value rules kept."""
    live = metadata.tables[layer]
    name = "scenario_" + layer
    columns = []
    for c in live.columns:
        if c.name == "fid":
            columns.append(_fid())
        elif c.name == "code":
            columns += [Column("code", Text, nullable=False),
                        Column("scenario", Text, ForeignKey("scenarios.code", name="fk_{}_scenario".format(name),
                                                            ondelete="CASCADE"), nullable=False),
                        Column("op", Text, nullable=False, server_default="upsert"),
                        Column("base_version", BigInteger)]
        elif c.name == "row_version":
            columns.append(_row_version())
        else:
            default = c.server_default.arg if c.server_default is not None else None
            columns.append(Column(c.name, c.type, server_default=default))
    checks = [CheckConstraint(str(c.sqltext), name=c.name, info=dict(c.info)) for c in live.constraints
              if isinstance(c, CheckConstraint)]
    return Table(name, metadata, *columns, *checks, _in("op", SCENARIO_OPS),
                 UniqueConstraint("scenario", "code", name="ux_{}_scenario_code".format(name)))


#: The scenario tables, by the layer they change.
SCENARIO_TABLES: dict[str, str] = {layer: _scenario_table(layer).name for layer in SCENARIO_LAYERS}
#: Views of each changeable layer as every scenario sees it (one row per scenario and row: the live rows it keeps
#: and its own upserts; column ``scenario`` first, ``changed`` last), for QGIS and any algorithm taking a layer.
SCENARIO_VIEWS: dict[str, str] = {layer: layer + "_in_scenarios" for layer in SCENARIO_LAYERS}

Index("ix_parcels_zone_code", parcels.c.zone_code)
Index("ix_buildings_parcel_code", buildings.c.parcel_code)
Index("ix_projects_parcel_code", construction_projects.c.parcel_code)

#: Twin layers in dependency order (a layer only references layers before it).
LAYERS: tuple[str, ...] = (
    "functional_areas",
    "planning_zones",
    "parcels",
    "construction_projects",
    "buildings",
    "network_links",
    "network_nodes",
    "sensors",
    "readings",
    "alerts",
)

LAYER_TITLES = {
    "functional_areas": "Functional areas",
    "planning_zones": "Planning zones",
    "parcels": "Land lots",
    "construction_projects": "Construction projects",
    "buildings": "Buildings",
    "network_links": "Network links",
    "network_nodes": "Network nodes",
    "sensors": "Sensors",
    "readings": "Sensor readings",
    "alerts": "Alerts",
}


#: Bookkeeping tables of the IoT sync, with their titles (not twin layers).
SYNC_TABLES = {
    "sync_cursors": "Sync cursors",
    "sync_status": "Sync status",
    "quarantine": "Quarantined payloads",
}


#: Rollups of the readings, maintained by the store's triggers, and the views over them (titles).
ROLLUP_TABLES = {
    "readings_latest": "Latest reading per sensor",
    "readings_daily_totals": "Daily reading totals (maintained)",
}
#: Verdicts of the planning checks, kept when a run asks for it (title).
VERDICT_TABLES = {
    "compliance_verdicts": "Compliance verdicts",
}
#: The audit of the edited layers (since version 5), with its title.
AUDIT_TABLES = {
    "audit_log": "Audit of changes",
}
#: Layers whose every change is audited and which carry a row version: planning, land, buildings,
#: networks and projects (readings are left out: their volume).
AUDITED_LAYERS = ("functional_areas", "planning_zones", "parcels", "construction_projects", "buildings",
                  "network_links", "network_nodes")
#: Tables whose every change is audited and which carry a row version: the edited layers, the scenarios and their
#: changes (since version 6).
AUDITED_TABLES = AUDITED_LAYERS + ("scenarios",) + tuple(SCENARIO_TABLES.values())
#: Titles of the scenario tables.
SCENARIO_TITLES = {"scenarios": "Scenarios",
                   **{t: "Scenario changes: " + LAYER_TITLES[layer].lower() for layer, t in SCENARIO_TABLES.items()}}
SCENARIO_VIEW_TITLES = {v: LAYER_TITLES[layer] + " in the scenarios" for layer, v in SCENARIO_VIEWS.items()}
#: Columns the store maintains itself: never imported, never written by the plugin.
MAINTAINED_COLUMNS = ("row_version",)
ROLLUP_VIEWS = {
    "sensors_latest": "Sensors with their latest reading",
    "readings_hourly": "Hourly reading statistics",
    "readings_daily": "Daily reading statistics",
    "sensor_readings": "Readings on the map",
}


def title(name: str) -> str:
    """Human title of any table of the store (twin layer, sync bookkeeping, rollup)."""
    return (LAYER_TITLES.get(name) or SYNC_TABLES.get(name) or ROLLUP_TABLES.get(name)
            or VERDICT_TABLES.get(name) or AUDIT_TABLES.get(name) or ROLLUP_VIEWS.get(name)
            or SCENARIO_TITLES.get(name) or SCENARIO_VIEW_TITLES.get(name) or name)


def table(name: str) -> Table:
    """Return the table of a twin layer (or of the scenarios, since version 6), with a clear error for an unknown
    name."""
    if name not in LAYERS and name not in SCENARIO_TITLES:
        raise ValueError(
            "'{}' is not a twin layer; the layers are: {}".format(name, ", ".join(LAYERS))
        )
    return metadata.tables[name]


def geometry_column(name: str) -> Column | None:
    """The geometry column of a layer, or None for attribute-only layers."""
    for column in table(name).columns:
        if isinstance(column.type, Geometry):
            return column
    return None
