"""The data-quality gate of a twin store (``dsezatwin:validatestore``): every violation with its rule.

Rules (:data:`RULES`):

* ``invalid_geometry`` — not a valid OGC geometry (GEOS's reason and place);
* ``missing_geometry`` — an edited layer's feature without geometry;
* ``wrong_crs`` — a geometry not in EPSG:5899 (a GeoPackage blob can say otherwise; PostGIS columns cannot);
* ``outside_da_nang`` — a geometry outside Da Nang in EPSG:5899 (degrees or another CRS stored as metres): the
  mainland city and the Hoàng Sa island district (:func:`da_nang_region`);
* ``lot_overlap`` — two lots of the same planning zone overlapping by more than the tolerance;
* ``building_outside_lot`` — a building not inside its lot (its ``parcel_code``), tolerance allowed;
* ``domain`` — a value outside the schema's rule for its column (one of, percentage, non-negative, lease
  order): rows written before the rule existed or by a tool that bypassed it;
* ``lot_tenancy`` — a leased, building or operating lot without a tenant, or an available lot with one (public
  green lots, run by the Authority, have none);
* ``lot_area_mismatch`` — a lot's functional area differs from its planning zone's.

PostGIS runs each rule as one set-based query (the spatial ones on the GiST indexes); a GeoPackage, which has
no spatial SQL here, gets the same rules in Python with shapely 2 (vectorised predicates, an STRtree for the
pairs). Both return the same violations for the same data.

:func:`check_rows` applies the row-level rules to rows *about to be written* (an import, a QGIS save, a scenario
promotion), against the store's content as the caller's transaction sees it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import shapely

from .. import schema

RULES = {
    "invalid_geometry": "The geometry is not valid",
    "missing_geometry": "The feature has no geometry",
    "wrong_crs": "The geometry is not in EPSG:5899",
    "outside_da_nang": "The geometry lies outside Da Nang (another CRS stored as EPSG:5899?)",
    "lot_overlap": "Two lots of the same planning zone overlap",
    "building_outside_lot": "The building is not inside its lot",
    "domain": "A value is outside its column's rule",
    "lot_tenancy": "The lot's status and tenant disagree",
    "lot_area_mismatch": "The lot's functional area differs from its planning zone's",
}
#: Fields of a violation (the output layer's attributes), besides its point.
FIELDS = ("rule", "layer", "feature_fid", "code", "other_code", "detail", "measure")

#: Da Nang, generously (WGS 84 lon/lat), as a box in EPSG:5899.
_DA_NANG_LONLAT = (107.5, 15.6, 108.8, 16.6)
#: The Hoàng Sa island district of Da Nang (on the city's official outline), with a 5 km margin: no wider, so that
#: UTM zone 48N coordinates of the mainland parks (x up to ~857 km) stored as EPSG:5899 stay outside it.
_HOANG_SA_LONLAT = (111.15, 15.7, 112.85, 17.05)
_GEOMETRY_LAYERS = schema.AUDITED_LAYERS + ("sensors", "alerts")
_LEASED = ("leased", "under_construction", "operating")
#: Land uses the Authority runs itself (public green): their lots have no tenant.
_AUTHORITY_USES = ("green",)


def _box_5899(lonlat: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    from pyproj import Transformer

    t = Transformer.from_crs(4326, schema.STORE_SRID, always_xy=True)
    x0, y0, x1, y1 = lonlat
    xs, ys = t.transform([x0, x1, x0, x1], [y0, y0, y1, y1])
    return min(xs), min(ys), max(xs), max(ys)


@lru_cache(maxsize=1)
def da_nang_box() -> tuple[float, float, float, float]:
    """Mainland Da Nang, generously, as ``(xmin, ymin, xmax, ymax)`` in EPSG:5899."""
    return _box_5899(_DA_NANG_LONLAT)


@lru_cache(maxsize=1)
def da_nang_region():
    """Where a twin geometry may lie (EPSG:5899): the mainland box and the Hoàng Sa box, as one multipolygon."""
    return shapely.MultiPolygon([shapely.box(*da_nang_box()), shapely.box(*_box_5899(_HOANG_SA_LONLAT))])


@dataclass
class Violation:
    rule: str
    layer: str
    fid: int
    code: str | None
    detail: str
    measure: float | None = None
    other_code: str | None = None
    point: object = None  # shapely Point in EPSG:5899, or None

    def key(self) -> tuple:
        return (self.rule, self.layer, self.fid, self.other_code or "", self.detail)


_LOCATION = re.compile(r"\[\s*(-?[0-9.eE+-]+)\s+(-?[0-9.eE+-]+)")


def _reason_point(reason: str):
    found = _LOCATION.search(reason or "")
    return shapely.Point(float(found.group(1)), float(found.group(2))) if found else None


def _reason_text(reason: str) -> str:
    return (reason or "").split("[")[0].strip()


def _domain_checks(layer: str) -> list[tuple[str, str, str]]:
    """``(constraint name, column, SQL condition)`` of the layer's value rules (portable SQL of the schema)."""
    return [(c.name, c.info["column"], str(c.sqltext)) for c in schema.table(layer).constraints
            if (getattr(c, "info", None) or {}).get("rule")]


def validate(store, tolerance: float = 0.5, is_canceled=lambda: False) -> list[Violation]:
    """Every violation of :data:`RULES` in the store, ordered by rule, layer and fid."""
    if tolerance < 0:
        raise ValueError("The tolerance must be zero or more metres.")
    if store.address.kind == "gpkg":
        found = _GeoPackageGate(store, tolerance, is_canceled).run()
    else:
        found = _PostGISGate(store, tolerance, is_canceled).run()
    return sorted(found, key=Violation.key)


def check_rows(target, layer: str, rows: list[dict], tolerance: float = 0.5, *, pending: dict | None = None,
               removed_fids=()) -> list[tuple[int, str]]:
    """The row-level rules of the gate for ``rows`` about to be written to ``layer``: ``[(index into rows,
    reasons)]`` for the rows that break them, a row's reasons joined with ``"; "``, each reason starting with its
    rule (``"lot_overlap: overlaps lot L1 of zone Z1 by 2000.0 m²"``).

    ``target`` is a writer inside the caller's transaction (the rows are judged against what that transaction
    sees) or a store (read-only). Rows are plain dicts as :mod:`..base` writes them (geometry: shapely in
    EPSG:5899); a row without some column takes the stored row of the same ``code`` (an upsert) or the column's
    default. A row with a ``fid`` or a ``code`` of a stored feature replaces it; ``removed_fids`` are stored
    features deleted by the same change. ``pending``, ``{layer: rows}``, holds rows of other layers written in
    the same change (a lot redrawn with its buildings): they count instead of their stored versions.

    Rules: ``invalid_geometry``, ``missing_geometry`` (edited layers), ``outside_da_nang``, ``lot_overlap``
    (other rows of the batch and stored lots of the same zone), ``building_outside_lot`` (a building outside its
    lot, or a redrawn lot leaving one of its buildings outside), ``domain`` (the schema's value rules, as
    :func:`..standardize.check_row` states them), ``lot_tenancy``, ``lot_area_mismatch``. A few queries for the
    whole batch, none per row; shapely's vectorised predicates and an STRtree do the geometry.
    """
    if tolerance < 0:
        raise ValueError("The tolerance must be zero or more metres.")
    from .quality_rows import RowGate

    return RowGate(target, layer, tolerance, pending or {}, removed_fids).check(rows)


# -- PostGIS: set-based SQL ------------------------------------------------------------------------------------

class _PostGISGate:
    def __init__(self, store, tolerance, is_canceled):
        from psycopg import sql

        self.store, self.tol, self.canceled = store, tolerance, is_canceled
        self.sql = sql
        self.s = sql.Identifier(store.schema_name)

    def _q(self, text: str, layer: str | None = None, params=()):
        sql = self.sql
        statement = sql.SQL(text).format(s=self.s, t=sql.Identifier(layer) if layer else sql.SQL(""))
        return self.store.query(statement, params)

    def run(self) -> list[Violation]:
        out = []
        x0, y0, x1, y1 = da_nang_box()
        region = shapely.to_wkb(da_nang_region())
        for layer in _GEOMETRY_LAYERS:
            if self.canceled():
                return out
            code = "code" if "code" in schema.table(layer).c else "NULL::text"
            rows = self._q("SELECT fid, " + code + ", ST_IsValidReason(geom), ST_AsBinary(ST_PointOnSurface(geom)) "
                           "FROM {s}.{t} WHERE geom IS NOT NULL AND NOT ST_IsValid(geom)", layer)
            out += [Violation("invalid_geometry", layer, fid, c, _reason_text(r), point=_reason_point(r))
                    for fid, c, r, _ in rows]
            if layer in schema.AUDITED_LAYERS:
                rows = self._q("SELECT fid, code FROM {s}.{t} WHERE geom IS NULL OR ST_IsEmpty(geom)", layer)
                out += [Violation("missing_geometry", layer, fid, c, RULES["missing_geometry"]) for fid, c in rows]
            rows = self._q("SELECT fid, " + code + ", ST_SRID(geom) FROM {s}.{t} WHERE ST_SRID(geom) <> %s", layer,
                           (schema.STORE_SRID,))
            out += [Violation("wrong_crs", layer, fid, c, "EPSG:{}".format(srid)) for fid, c, srid in rows]
            rows = self._q("SELECT fid, " + code + ", ST_AsBinary(ST_PointOnSurface(geom)) FROM {s}.{t} "
                           "WHERE geom IS NOT NULL AND NOT ST_IsEmpty(geom) AND NOT (geom @ "
                           "ST_MakeEnvelope(%s, %s, %s, %s, %s)) AND NOT ST_Covers(ST_GeomFromWKB(%s, %s), geom)",
                           layer, (x0, y0, x1, y1, schema.STORE_SRID, region, schema.STORE_SRID))
            out += [Violation("outside_da_nang", layer, fid, c, RULES["outside_da_nang"], point=_point(p))
                    for fid, c, p in rows]
            for name, column, condition in _domain_checks(layer):
                rows = self._q("SELECT fid, " + code + ", " + '"' + column + '", '
                               "ST_AsBinary(ST_PointOnSurface(geom)) FROM {s}.{t} WHERE NOT (" + condition + ")",
                               layer)  # conditions and columns: the schema's constants
                out += [Violation("domain", layer, fid, c, "{}: {} = {}".format(name, column, _text(v)),
                                  point=_point(p)) for fid, c, v, p in rows]
        if self.canceled():
            return out
        # lots of one zone overlapping deeper than the tolerance (a lot shrunk by it still meets the other)
        rows = self._q(
            "SELECT a.fid, a.code, b.code, ST_Area(ST_Intersection(a.geom, b.geom)), "
            "ST_AsBinary(ST_PointOnSurface(ST_Intersection(a.geom, b.geom))) "
            "FROM {s}.parcels a JOIN {s}.parcels b ON a.zone_code = b.zone_code AND a.fid < b.fid "
            "AND a.geom && b.geom "  # the GiST index finds the candidate pairs
            "WHERE ST_IsValid(a.geom) AND ST_IsValid(b.geom) AND ST_Intersects(a.geom, b.geom) "
            "AND ST_Intersects(ST_Buffer(a.geom, -%s), b.geom) AND ST_Intersects(ST_Buffer(b.geom, -%s), a.geom)",
            None, (self.tol, self.tol))
        out += [Violation("lot_overlap", "parcels", fid, c, "overlaps lot {}".format(o), area, o, _point(p))
                for fid, c, o, area, p in rows]
        rows = self._q(
            "SELECT b.fid, b.code, p.code, ST_Area(ST_Difference(b.geom, p.geom)), "
            "ST_AsBinary(ST_PointOnSurface(b.geom)) FROM {s}.buildings b JOIN {s}.parcels p ON p.code = b.parcel_code "
            "WHERE b.geom IS NOT NULL AND p.geom IS NOT NULL AND ST_IsValid(b.geom) AND ST_IsValid(p.geom) "
            "AND NOT ST_Covers(ST_Buffer(p.geom, %s), b.geom)", None, (self.tol,))
        out += [Violation("building_outside_lot", "buildings", fid, c, "outside lot {}".format(o), area, o, _point(p))
                for fid, c, o, area, p in rows]
        rows = self._q(
            "SELECT fid, code, status, ST_AsBinary(ST_PointOnSurface(geom)) FROM {s}.parcels "
            "WHERE NOT (coalesce(land_use, '') = ANY(%s)) AND ((status = ANY(%s) AND coalesce(trim(tenant), '') = '') "
            "OR (status = 'available' AND coalesce(trim(tenant), '') <> ''))", None,
            (list(_AUTHORITY_USES), list(_LEASED)))
        out += [Violation("lot_tenancy", "parcels", fid, c, _tenancy_detail(st), point=_point(p))
                for fid, c, st, p in rows]
        rows = self._q(
            "SELECT p.fid, p.code, z.code, p.area_code || ' / ' || z.area_code, ST_AsBinary(ST_PointOnSurface(p.geom)) "
            "FROM {s}.parcels p JOIN {s}.planning_zones z ON z.code = p.zone_code "
            "WHERE p.area_code <> z.area_code", None)
        out += [Violation("lot_area_mismatch", "parcels", fid, c, "area {} of zone".format(d), other_code=z,
                          point=_point(p)) for fid, c, z, d, p in rows]
        return out


def _point(wkb):
    return shapely.from_wkb(bytes(wkb)) if wkb is not None else None


def _tenancy_detail(status: str) -> str:
    if status == "available":
        return "an available lot with a tenant"
    return "{} {} lot without a tenant".format("an" if str(status or "-")[0] in "aeiou" else "a", status)


# -- GeoPackage: the same rules with shapely --------------------------------------------------------------------

class _GeoPackageGate:
    def __init__(self, store, tolerance, is_canceled):
        self.store, self.tol, self.canceled = store, tolerance, is_canceled

    def _srids(self, layer: str) -> dict:
        """The srs_id of each GeoPackage geometry blob (header bytes 4–8, in the header's byte order)."""
        out = {}
        for fid, blob in self.store.query('SELECT fid, substr(geom, 1, 8) FROM "{}" WHERE geom IS NOT NULL'
                                          .format(layer)):  # a layer name of the schema
            blob = bytes(blob)
            if len(blob) == 8 and blob[:2] == b"GP":
                out[fid] = int.from_bytes(blob[4:8], "little" if blob[3] & 1 else "big", signed=True)
        return out

    def run(self) -> list[Violation]:
        out = []
        region = da_nang_region()
        shapely.prepare(region)
        frames = {}
        for layer in _GEOMETRY_LAYERS:
            if self.canceled():
                return out
            rows = self.store.rows(layer, order_by="fid")
            frames[layer] = rows
            fids = np.array([r["fid"] for r in rows], dtype=np.int64)
            codes = [r.get("code") for r in rows]
            geoms = np.array([r["geom"] for r in rows], dtype=object)
            present = np.array([g is not None and not g.is_empty for g in geoms], dtype=bool)
            valid = np.ones(len(rows), dtype=bool)
            if present.any():
                valid[present] = shapely.is_valid(geoms[present])
            for i in np.flatnonzero(~valid):
                reason = shapely.is_valid_reason(geoms[i])
                out.append(Violation("invalid_geometry", layer, int(fids[i]), codes[i], _reason_text(reason),
                                     point=_reason_point(reason)))
            if layer in schema.AUDITED_LAYERS:
                out += [Violation("missing_geometry", layer, int(fids[i]), codes[i], RULES["missing_geometry"])
                        for i in np.flatnonzero(~present)]
            srids = self._srids(layer)
            out += [Violation("wrong_crs", layer, int(fid), codes[int(np.flatnonzero(fids == fid)[0])],
                              "EPSG:{}".format(srid)) for fid, srid in srids.items() if srid != schema.STORE_SRID]
            if present.any():
                inside = shapely.covers(region, geoms[present])
                for i in np.flatnonzero(present)[~inside]:
                    out.append(Violation("outside_da_nang", layer, int(fids[i]), codes[i], RULES["outside_da_nang"],
                                         point=_surface_point(geoms[i])))
            for name, column, condition in _domain_checks(layer):
                bad = {fid for (fid,) in self.store.query(
                    'SELECT fid FROM "{}" WHERE NOT ({})'.format(layer, condition))}  # the schema's constants
                for i in np.flatnonzero(np.isin(fids, list(bad))):
                    value = rows[i][column]
                    out.append(Violation("domain", layer, int(fids[i]), codes[i], "{}: {} = {}".format(
                        name, column, _text(value)), point=_surface_point(geoms[i])))
        if self.canceled():
            return out
        out += self._overlaps(frames["parcels"])
        out += self._outside(frames["parcels"], frames["buildings"])
        for lot in frames["parcels"]:
            tenant = (lot["tenant"] or "").strip()
            if (lot["land_use"] or "") in _AUTHORITY_USES:
                continue
            if (lot["status"] in _LEASED and not tenant) or (lot["status"] == "available" and tenant):
                out.append(Violation("lot_tenancy", "parcels", lot["fid"], lot["code"], _tenancy_detail(lot["status"]),
                                     point=_surface_point(lot["geom"])))
        zones = {z["code"]: z["area_code"] for z in frames["planning_zones"]}
        for lot in frames["parcels"]:
            zone_area = zones.get(lot["zone_code"])
            if lot["area_code"] is not None and zone_area is not None and lot["area_code"] != zone_area:
                out.append(Violation("lot_area_mismatch", "parcels", lot["fid"], lot["code"], "area {} / {} of zone"
                                     .format(lot["area_code"], zone_area), other_code=lot["zone_code"],
                                     point=_surface_point(lot["geom"])))
        return out

    def _overlaps(self, lots: list[dict]) -> list[Violation]:
        keep = [r for r in lots if r["zone_code"] is not None and r["geom"] is not None and r["geom"].is_valid]
        if len(keep) < 2:
            return []
        geoms = np.array([r["geom"] for r in keep], dtype=object)
        zones = np.array([r["zone_code"] for r in keep], dtype=object)
        fids = np.array([r["fid"] for r in keep], dtype=np.int64)
        cores = shapely.buffer(geoms, -self.tol)
        tree = shapely.STRtree(geoms)
        a, b = tree.query(geoms, predicate="intersects")
        pick = (fids[a] < fids[b]) & (zones[a] == zones[b])
        a, b = a[pick], b[pick]
        deep = shapely.intersects(cores[a], geoms[b]) & shapely.intersects(cores[b], geoms[a])
        a, b = a[deep], b[deep]
        overlap = shapely.intersection(geoms[a], geoms[b])
        areas = shapely.area(overlap)
        return [Violation("lot_overlap", "parcels", int(fids[i]), keep[i]["code"],
                          "overlaps lot {}".format(keep[j]["code"]), float(area), keep[j]["code"], _surface_point(g))
                for i, j, area, g in zip(a, b, areas, overlap)]

    def _outside(self, lots: list[dict], buildings: list[dict]) -> list[Violation]:
        by_code = {r["code"]: r["geom"] for r in lots if r["geom"] is not None and r["geom"].is_valid}
        keep = [b for b in buildings if b["geom"] is not None and b["geom"].is_valid and b["parcel_code"] in by_code]
        if not keep:
            return []
        geoms = np.array([b["geom"] for b in keep], dtype=object)
        lot_geoms = np.array([by_code[b["parcel_code"]] for b in keep], dtype=object)
        inside = shapely.covers(shapely.buffer(lot_geoms, self.tol), geoms)
        out = []
        for i in np.flatnonzero(~inside):
            area = float(shapely.area(shapely.difference(geoms[i], lot_geoms[i])))
            out.append(Violation("building_outside_lot", "buildings", keep[i]["fid"], keep[i]["code"],
                                 "outside lot {}".format(keep[i]["parcel_code"]), area, keep[i]["parcel_code"],
                                 _surface_point(geoms[i])))
        return out


def _surface_point(geom):
    return None if geom is None or geom.is_empty else shapely.point_on_surface(geom)


def _text(value) -> str:
    """A value as both backends show it in a violation's detail."""
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)
