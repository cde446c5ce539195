"""The SQL of the measuring push-down (see :mod:`.pushdown`): input checks and the pair statements.

Identifiers are composed with ``psycopg.sql``; values are bound parameters.
The one piece of SQL text taken from outside is a layer's own subset filter
(QGIS's ``sql=``), which QGIS's PostgreSQL provider itself sends to the same
database as is: it is applied inside a sub-select of its relation only.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from ..core.planning.pairs import ROAD_SEARCH_M, TIE_PER_M
from .tableref import TableRef

log = logging.getLogger(__name__)

#: Columns of a pair row (both statements; the last five only with roads).
(CODE, BK, LOT_AREA, GREEN, LOT_VALID, B_AREA, A_IN, HEIGHT, FLOORS, GFA, USE, B_VALID, LEAST, TIE_KEY, TIE_WIDTH,
 NEAR, NO_WIDTH) = range(17)

#: Lots with more vertices than this intersect their crossing buildings piece by piece (ST_Subdivide).
SUBDIVIDE_VERTICES = 256

_POLYGONAL = {"POLYGON", "MULTIPOLYGON"}
_LINEAR = {"LINESTRING", "MULTILINESTRING"}


def _sql():
    from psycopg import sql

    return sql


class PushDownUnavailableError(ValueError):
    """These inputs cannot be measured in PostGIS; measure them in QGIS (the shapely path) instead."""


def _unavailable(message: str) -> PushDownUnavailableError:
    return PushDownUnavailableError(message)


@dataclass
class Plan:
    """The checked inputs: each relation as a sub-select with the columns the statements read."""

    lots: object  # psycopg.sql.Composed
    buildings: object
    roads: object | None
    srid: int


# --------------------------------------------------------------------------- checks


def _relation(conn, ref: TableRef) -> tuple[int, str, dict[str, str]]:
    """(oid, relkind, {column: type}) of a relation, or PushDownUnavailableError."""
    sql = _sql()
    name = sql.Identifier(*([ref.schema, ref.table] if ref.schema else [ref.table])).as_string(conn)
    row = conn.execute("SELECT c.oid, c.relkind FROM pg_class c WHERE c.oid = to_regclass(%s)", (name,)).fetchone()
    if row is None:
        raise _unavailable("The database has no table or view {} (or this login cannot see it).".format(
            ref.qualified_name))
    columns = dict(conn.execute(
        "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
        "WHERE attrelid = %s AND attnum > 0 AND NOT attisdropped", (row[0],)).fetchall())
    return row[0], row[1], columns


def _geometry_info(conn, ref: TableRef, oid: int, columns: dict[str, str], what: str) -> tuple[int, set[str]]:
    """SRID and geometry types of a relation's geometry column."""
    sql = _sql()
    kind = columns.get(ref.geometry)
    if kind is None:
        raise _unavailable("{} has no column {!r}.".format(ref.qualified_name, ref.geometry))
    found = re.fullmatch(r"geometry\((\w+?)(?:Z|M|ZM)?,(\d+)\)", kind.replace(" ", ""), flags=re.IGNORECASE)
    if found:
        return int(found.group(2)), {found.group(1).upper()}
    if not kind.lower().startswith("geometry"):
        raise _unavailable("{}.{} is a {}, not a PostGIS geometry.".format(ref.qualified_name, ref.geometry, kind))
    rows = conn.execute(sql.SQL("SELECT DISTINCT ST_SRID({g}), upper(GeometryType({g})) FROM {t} "
                                "WHERE {g} IS NOT NULL").format(g=sql.Identifier(ref.geometry), t=_table(ref))
                        ).fetchall()
    srids = {r[0] for r in rows}
    if len(srids) > 1:
        raise _unavailable("The {} mix coordinate systems (SRIDs {}).".format(what, sorted(srids)))
    return (srids.pop() if srids else 0), {r[1] for r in rows}


def _table(ref: TableRef):
    sql = _sql()
    return sql.Identifier(*([ref.schema, ref.table] if ref.schema else [ref.table]))


def _subset(ref: TableRef):
    sql = _sql()
    if not ref.subset.strip():
        return sql.SQL("TRUE")
    return sql.SQL("(") + sql.SQL(ref.subset.replace("%", "%%")) + sql.SQL(")")  # the layer's own filter


def _column(ref: TableRef, role: str, columns: dict[str, str], cast: str):
    sql = _sql()
    name = getattr(ref, role)
    if name is None:
        return sql.SQL("NULL::{}".format(cast))
    if name not in columns:
        raise _unavailable("{} has no column {!r} (given for {}).".format(ref.qualified_name, name, role))
    return sql.SQL("{}::{}").format(sql.Identifier(name), sql.SQL(cast))


def _has_spatial_index(conn, oid: int, column: str) -> bool:
    return conn.execute(
        "SELECT 1 FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam "
        "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
        "WHERE i.indrelid = %s AND a.attname = %s AND am.amname IN ('gist', 'spgist') LIMIT 1",
        (oid, column)).fetchone() is not None


def _ensure_index(conn, ref: TableRef, oid: int, relkind: str, create: bool) -> None:
    if relkind not in ("r", "m", "p") or _has_spatial_index(conn, oid, ref.geometry):
        return
    if not create:
        log.warning("%s has no spatial (GiST) index on %s: measuring will scan it for every lot. Create one: "
                    "CREATE INDEX ON %s USING GIST (%s)", ref.qualified_name, ref.geometry, ref.qualified_name,
                    ref.geometry)
        return
    sql = _sql()
    log.info("Creating a GiST index on %s (%s)", ref.qualified_name, ref.geometry)
    conn.execute(sql.SQL("CREATE INDEX IF NOT EXISTS {} ON {} USING GIST ({})").format(
        sql.Identifier("sidx_{}_{}".format(ref.table, ref.geometry)[:63]), _table(ref), sql.Identifier(ref.geometry)))


def _check_metric(conn, srid: int) -> None:
    if not srid:
        raise _unavailable("The layers have no coordinate system (SRID 0): their units are unknown.")
    row = conn.execute("SELECT proj4text, srtext FROM spatial_ref_sys WHERE srid = %s", (srid,)).fetchone()
    if row is None:
        raise _unavailable("SRID {} is not in the database's spatial_ref_sys.".format(srid))
    proj4, srtext = (row[0] or ""), (row[1] or "")
    if "+proj=longlat" in proj4 or srtext.startswith("GEOGCS"):
        raise ValueError("The layers are in EPSG:{} (degrees). Areas and distances are measured in metres: "
                         "reproject them to EPSG:5899 (VN-2000 / TM-3 107-45).".format(srid))
    if proj4 and "+units=m" not in proj4:
        raise _unavailable("EPSG:{} is not in metres.".format(srid))


def check_inputs(conn, parcels: TableRef, buildings: TableRef, roads: TableRef | None,
                 wanted: list[str] | None, create_indexes: bool) -> Plan:
    """Check relations, columns, types, CRS, indexes and lot codes; compose the sub-selects."""
    sql = _sql()
    srids = set()
    parts = {}
    for ref, what, allowed, roles in (
        (parcels, "lots", _POLYGONAL, (("code", 'text COLLATE "C"'), ("green", "float8"))),
        (buildings, "buildings", _POLYGONAL,
         (("height", "float8"), ("floors", "float8"), ("gfa", "float8"), ("use", "text"))),
        (roads, "roads", _LINEAR, (("width", "float8"),)),
    ):
        if ref is None:
            continue
        oid, relkind, columns = _relation(conn, ref)
        srid, types = _geometry_info(conn, ref, oid, columns, what)
        wrong = types - allowed - {"GEOMETRY"}
        if wrong:
            raise ValueError("The {} must be {}; {} holds {}.".format(
                what, "polygons" if allowed is _POLYGONAL else "lines", ref.qualified_name,
                ", ".join(sorted(t.lower() for t in wrong))))
        srids.add(srid)
        if what != "lots" or roads is not None:  # with roads, the lots near each road come from the lots' index
            _ensure_index(conn, ref, oid, relkind, create_indexes)
        selects = [sql.SQL("{} AS {}").format(_column(ref, role, columns, cast), sql.Identifier(role))
                   for role, cast in roles]
        if what == "buildings":
            if ref.pk:
                if ref.pk not in columns:
                    raise _unavailable("{} has no key column {!r}.".format(ref.qualified_name, ref.pk))
                key = sql.SQL("{}::text").format(sql.Identifier(ref.pk))
            elif relkind in ("r", "m"):
                key = sql.SQL("ctid::text")
            elif relkind == "p":
                key = sql.SQL("tableoid::text || ':' || ctid::text")
            else:
                raise _unavailable("{} is a view: name its key column (the layer's key) to measure it in "
                                   "PostGIS.".format(ref.qualified_name))
            selects.append(sql.SQL('{} COLLATE "C" AS bk').format(key))
        parts[what] = sql.SQL("(SELECT {g} AS geom, {cols} FROM {t} WHERE {subset})").format(
            g=sql.Identifier(ref.geometry), cols=sql.SQL(", ").join(selects), t=_table(ref), subset=_subset(ref))
    if len(srids) > 1:
        raise _unavailable("The lots, buildings and roads are in different coordinate systems (SRIDs {}); "
                           "reproject them to one.".format(", ".join(str(s) for s in sorted(srids))))
    srid = srids.pop()
    _check_metric(conn, srid)
    _check_codes(conn, parts["lots"], wanted)
    if roads is not None:
        negative = conn.execute(sql.SQL("SELECT count(*) FROM {} r WHERE r.width < 0").format(parts["roads"])
                                ).fetchone()[0]
        if negative:
            raise ValueError("Road widths cannot be negative ({} are).".format(negative))
    return Plan(lots=parts["lots"], buildings=parts["buildings"], roads=parts.get("roads"), srid=srid)


def _check_codes(conn, lots, wanted: list[str] | None) -> None:
    sql = _sql()
    where = sql.SQL("l.code = ANY(%s)") if wanted is not None else sql.SQL("TRUE")
    params = (wanted,) if wanted is not None else None
    total, with_code, distinct = conn.execute(sql.SQL(
        "SELECT count(*), count(l.code), count(DISTINCT l.code) FROM {} l WHERE {}").format(lots, where),
        params).fetchone()
    if total == 0:
        raise ValueError("There are no lots to measure.")
    if with_code < total:
        raise ValueError("{} of the lots have no code; every lot needs one.".format(total - with_code))
    if distinct < total:
        dups = [r[0] for r in conn.execute(sql.SQL(
            "SELECT l.code FROM {} l WHERE {} GROUP BY l.code HAVING count(*) > 1 ORDER BY 1 LIMIT 5").format(
            lots, where), params).fetchall()]
        raise ValueError("Lot codes must be unique; {} codes are used more than once, e.g. {}.".format(
            total - distinct, ", ".join(dups)))


# --------------------------------------------------------------------------- statements

_PAIR = """
SELECT l.code, b.bk, ST_Area(l.geom) AS lot_area, l.green, ST_IsValid(l.geom) AS lot_valid,
       ST_Area(b.geom) AS b_area, {a_in} AS a_in,
       b.height, b.floors, b.gfa, b.use, ST_IsValid(b.geom) AS b_valid{geoms}
FROM {lots} l LEFT JOIN {buildings} b ON ST_Intersects(b.geom, l.geom)
WHERE {where}
"""
# Area of the building inside the lot, signed: + wholly inside (ST_CoveredBy: no overlay needed),
# − crossing the boundary (ST_Intersection), NULL for a crossing building of a lot of many vertices
# (computed on its ST_Subdivide pieces afterwards).
_A_IN = """CASE WHEN b.geom IS NULL THEN NULL
            WHEN ST_CoveredBy(b.geom, l.geom) THEN ST_Area(b.geom)
            WHEN ST_NPoints(l.geom) > {big} THEN NULL
            ELSE -ST_Area(ST_Intersection(b.geom, l.geom)) END"""
# With roads: the pair sub-select is fenced by a set-returning call (unnest of one value) so that
# PostgreSQL computes the area once per pair, not once per pair × road, while still running it in
# parallel workers (an OFFSET 0 fence would not); the distance is fenced the same way so that the
# grouping sorts numbers, not geometries. The roads near each lot are found from the roads' side
# (a few thousand probes of the lots' GiST index, hashed by lot code), not by one probe per pair.
# Per pair: the least setback, and the (micrometre, −width) of the road giving it (ties to the
# micrometre go to the wider road, as core.planning.pairs does).
_WITH_ROADS = """
SELECT q.code, q.bk, min(q.lot_area), min(q.green), bool_and(q.lot_valid), min(q.b_area), min(q.a_in),
       min(q.height), min(q.floors), min(q.gfa), min(q.use), bool_and(q.b_valid),
       min(q.d - q.w / 2.0) AS least, (min(ARRAY[floor((q.d - q.w / 2.0) * %s), -q.w]))[1] AS tie_key,
       (min(ARRAY[floor((q.d - q.w / 2.0) * %s), -q.w]))[2] AS tie_width,
       count(q.d) AS near, count(q.d) FILTER (WHERE q.w IS NULL OR q.w = 'NaN') AS no_width
FROM (
    SELECT p.code, p.bk, p.lot_area, p.green, p.lot_valid, p.b_area, p.a_in, p.height, p.floors, p.gfa,
           p.use, p.b_valid, lr.width AS w, unnest(ARRAY[ST_Distance(p.bgeom, lr.geom)]) AS d
    FROM ({pairs}) p
    LEFT JOIN (
        SELECT l.code, r.geom, r.width FROM {lots} l JOIN {roads} r ON ST_DWithin(l.geom, r.geom, %s) WHERE {where}
    ) lr ON lr.code = p.code AND p.bgeom IS NOT NULL
) q
GROUP BY q.code, q.bk
"""


def fetch_pairs(conn, plan: Plan, wanted: list[str] | None) -> list[tuple]:
    """One row per lot–building pair (one per lot without buildings); see the column constants."""
    sql = _sql()
    big = sql.Literal(SUBDIVIDE_VERTICES)
    where = sql.SQL("l.code = ANY(%s)") if wanted is not None else sql.SQL("TRUE")
    params: list = [wanted] if wanted is not None else []
    if plan.roads is None:
        query = sql.SQL(_PAIR).format(a_in=sql.SQL(_A_IN).format(big=big), geoms=sql.SQL(""), lots=plan.lots,
                                      buildings=plan.buildings, where=where)
    else:
        pairs = sql.SQL(_PAIR).format(
            a_in=sql.SQL("unnest(ARRAY[{}])").format(sql.SQL(_A_IN).format(big=big)),
            geoms=sql.SQL(", b.geom AS bgeom"), lots=plan.lots, buildings=plan.buildings, where=where)
        query = sql.SQL(_WITH_ROADS).format(pairs=pairs, lots=plan.lots, roads=plan.roads, where=where)
        params = [TIE_PER_M, TIE_PER_M] + params + [ROAD_SEARCH_M] + params  # in the order of the placeholders
    return _run(conn, query, params, plan)


def subdivided_areas(conn, plan: Plan, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], float]:
    """Area inside the lot of buildings crossing lots of many vertices, over the lots' ST_Subdivide pieces."""
    sql = _sql()
    query = sql.SQL("""
WITH pair(code, bk) AS (SELECT * FROM unnest(%s::text[], %s::text[])),
piece AS (
    SELECT l.code, ST_Subdivide(l.geom, {big}) AS geom FROM {lots} l WHERE l.code IN (SELECT code FROM pair)
)
SELECT p.code, p.bk, coalesce(sum(ST_Area(ST_Intersection(b.geom, s.geom))), 0)
FROM pair p JOIN {buildings} b ON b.bk = p.bk
LEFT JOIN piece s ON s.code = p.code AND s.geom && b.geom
GROUP BY p.code, p.bk""").format(big=sql.Literal(SUBDIVIDE_VERTICES), lots=plan.lots,
                                  buildings=plan.buildings)
    rows = _run(conn, query, [[p[0] for p in pairs], [p[1] for p in pairs]], plan)
    return {(r[0], r[1]): float(r[2]) for r in rows}


def _run(conn, query, params, plan: Plan) -> list[tuple]:
    """Run a statement and fetch every row; geometry errors become a ValueError naming invalid features."""
    import psycopg

    try:
        with conn.transaction(), conn.cursor(binary=True) as cur:  # a savepoint: a diagnosis can follow an error
            return cur.execute(query, params or None).fetchall()
    except psycopg.errors.DataError as exc:
        raise ValueError("PostGIS could not measure the lots: {}".format(_primary(exc))) from exc
    except psycopg.errors.InternalError as exc:  # GEOS exceptions (TopologyException …) on invalid input
        raise ValueError("PostGIS could not measure the lots ({}). {}".format(
            _primary(exc), _invalid_features(conn, plan))) from exc


def _primary(exc) -> str:
    return getattr(getattr(exc, "diag", None), "message_primary", None) or str(exc).strip()


def _invalid_features(conn, plan: Plan) -> str:
    sql = _sql()
    found = []
    for what, rel, key in (("lots", plan.lots, "code"), ("buildings", plan.buildings, "bk")):
        rows = conn.execute(sql.SQL("SELECT x.{} FROM {} x WHERE NOT ST_IsValid(x.geom) LIMIT 5").format(
            sql.Identifier(key), rel)).fetchall()
        if rows:
            found.append("invalid {}: {}".format(what, ", ".join(str(r[0]) for r in rows)))
    if not found:
        return ""
    return "Repair the invalid geometries first (Processing: 'Fix geometries'); " + "; ".join(found) + "."
