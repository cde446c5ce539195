"""The row-level rules of the data-quality gate for rows about to be written (:func:`.quality.check_rows`).

The whole-store gate (:func:`.quality.validate`) judges what is stored; this one judges a batch before it lands:
an import (``dsezatwin:importlayer``, inside its transaction), a save from QGIS (the edit buffer, read-only) or a
scenario's promotion. It reads what it compares against in a handful of queries for the whole batch — the stored
rows the batch replaces, the stored lots of the batch's zones, the zones, the lots of the buildings, the buildings
of the lots — and does the geometry with shapely's vectorised predicates and an STRtree.
"""

from __future__ import annotations

import json
from collections import defaultdict

import numpy as np
import shapely

from .. import schema
from ..standardize import check_row
from ..types import Geometry
from .quality import _AUTHORITY_USES, _LEASED, _reason_point, _reason_text, _tenancy_detail, da_nang_region


class _Reader:
    """Stored rows for the gate, through a writer (inside its transaction) or a store, in either backend."""

    def __init__(self, target):
        from ..gpkg import GeoPackageWriter

        if hasattr(target, "address"):  # a store: read-only queries
            self.gpkg = target.address.is_gpkg
            self.schema = None if self.gpkg else target.schema_name
            self.run = target.query
        else:  # a writer: what its transaction sees
            self.gpkg = isinstance(target, GeoPackageWriter)
            self.schema = None if self.gpkg else target.schema
            self.run = target.execute

    def fetch(self, layer: str, columns: list[str], key: str, values) -> list[dict]:
        """The stored rows of ``layer`` whose ``key`` is one of ``values``, in one query (geometry as shapely)."""
        values = sorted({v for v in values if v is not None}, key=str)
        if not values:
            return []
        table = schema.table(layer)
        cols = [table.c[c] for c in columns]
        if self.gpkg:  # one parameter whatever the number of values (SQLite's JSON1)
            statement = 'SELECT {} FROM "{}" WHERE "{}" IN (SELECT value FROM json_each(?))'.format(
                ", ".join('"{}"'.format(c.name) for c in cols), layer, table.c[key].name)  # names of the schema
            params = (json.dumps(values),)
        else:
            from psycopg import sql

            statement = sql.SQL("SELECT {} FROM {}.{} WHERE {} = ANY(%s)").format(
                sql.SQL(", ").join(sql.SQL("ST_AsBinary({})").format(sql.Identifier(c.name))
                                   if isinstance(c.type, Geometry) else sql.Identifier(c.name) for c in cols),
                sql.Identifier(self.schema), sql.Identifier(layer), sql.Identifier(table.c[key].name))
            params = (values,)
        return [{c.name: self._value(c, v) for c, v in zip(cols, record)} for record in self.run(statement, params)]

    def _value(self, column, value):
        if self.gpkg:
            from ..gpkg import _py_value

            return _py_value(column, value)
        if value is not None and isinstance(column.type, Geometry):
            return shapely.from_wkb(bytes(value))
        return value


def _usable(geom) -> bool:
    return geom is not None and not geom.is_empty and geom.is_valid


class RowGate:
    """The rules of :func:`.quality.check_rows` for one batch of one layer."""

    def __init__(self, target, layer: str, tolerance: float, pending: dict, removed_fids):
        self.read = _Reader(target)
        self.layer = layer
        self.table = schema.table(layer)
        self.tol = float(tolerance)
        self.pending = pending
        self.removed = set(removed_fids)
        self.reasons: dict[int, list[str]] = defaultdict(list)

    def _add(self, index: int, rule: str, detail: str) -> None:
        self.reasons[int(index)].append("{}: {}".format(rule, detail))

    def check(self, rows: list[dict]) -> list[tuple[int, str]]:
        if not rows:
            return []
        rows = self._complete(rows)
        for i, row in enumerate(rows):
            try:
                problems = check_row(self.table, row)
            except TypeError:  # a value of the wrong type (a text in a number field…)
                problems = ["a value does not have its field's type"]
            for problem in problems:
                self._add(i, "domain", problem)
        geom_col = schema.geometry_column(self.layer)
        if geom_col is not None:
            geoms = np.array([row.get(geom_col.name) for row in rows], dtype=object)
            good = self._geometry_rules(geoms)
            if self.layer == "parcels":
                self._lot_rules(rows)
                self._overlaps(rows, geoms, good)
                self._buildings_left_outside(rows, geoms, good)
            elif self.layer == "buildings":
                self._outside_lot(rows, geoms, good)
        return [(i, "; ".join(self.reasons[i])) for i in sorted(self.reasons)]

    def _complete(self, rows: list[dict]) -> list[dict]:
        """Rows as the store will hold them: a column a row leaves out keeps its stored value (an upsert of the
        same code) or takes its default (a new row)."""
        columns = list(self.table.columns.keys())
        partial = [row for row in rows if not set(columns) <= set(row)]
        if not partial:
            return rows
        stored = {}
        if "code" in self.table.c:
            stored = {s["code"]: s for s in self.read.fetch(self.layer, columns, "code",
                                                             [row.get("code") for row in partial])}
        defaults = {c.name: str(c.server_default.arg) for c in self.table.columns
                    if c.server_default is not None and c.name not in schema.MAINTAINED_COLUMNS}
        return [{**(stored.get(row.get("code")) or defaults), **row} for row in rows]

    def _geometry_rules(self, geoms: np.ndarray) -> np.ndarray:
        """Validity, presence and place; returns which rows have a geometry the spatial rules can judge."""
        present = np.array([g is not None and not g.is_empty for g in geoms], dtype=bool)
        valid = np.zeros(len(geoms), dtype=bool)
        if present.any():
            valid[present] = shapely.is_valid(geoms[present])
        for i in np.flatnonzero(present & ~valid):
            reason = shapely.is_valid_reason(geoms[i])
            point = _reason_point(reason)
            where = " at {:.1f} {:.1f}".format(point.x, point.y) if point is not None else ""
            self._add(i, "invalid_geometry", _reason_text(reason) + where)
        if self.layer in schema.AUDITED_LAYERS:
            for i in np.flatnonzero(~present):
                self._add(i, "missing_geometry", "the feature has no geometry")
        if present.any():
            region = da_nang_region()
            shapely.prepare(region)
            inside = shapely.covers(region, geoms[present])
            for i in np.flatnonzero(present)[~inside]:
                self._add(i, "outside_da_nang", "the geometry lies outside Da Nang (are its coordinates in "
                                                "another CRS?)")
        return present & valid

    def _by_code(self, layer: str, columns: list[str], codes: set) -> dict:
        """Rows of another layer by code: those written in the same change first, else the stored ones."""
        found = {r["code"]: r for r in self.read.fetch(layer, columns, "code", codes)}
        found.update({r["code"]: r for r in self.pending.get(layer, ()) if r.get("code") in codes})
        return found

    def _lot_rules(self, rows: list[dict]) -> None:
        zones = self._by_code("planning_zones", ["code", "area_code"], {r.get("zone_code") for r in rows} - {None})
        for i, lot in enumerate(rows):
            status, tenant = lot.get("status"), (lot.get("tenant") or "").strip()
            if (lot.get("land_use") or "") not in _AUTHORITY_USES and (
                    (status in _LEASED and not tenant) or (status == "available" and tenant)):
                self._add(i, "lot_tenancy", _tenancy_detail(status))
            zone = zones.get(lot.get("zone_code"))
            area, zone_area = lot.get("area_code"), (zone or {}).get("area_code")
            if area is not None and zone_area is not None and area != zone_area:
                self._add(i, "lot_area_mismatch", "functional area {} differs from area {} of zone {}".format(
                    area, zone_area, lot["zone_code"]))

    def _overlaps(self, rows: list[dict], geoms: np.ndarray, good: np.ndarray) -> None:
        """Lots of one zone overlapping deeper than the tolerance: the batch's lots against each other and
        against the stored lots of their zones that the batch does not replace."""
        batch = [i for i in np.flatnonzero(good) if rows[i].get("zone_code") is not None]
        if not batch:
            return
        codes = {r.get("code") for r in rows}
        fids = {r.get("fid") for r in rows} - {None}
        stored = [s for s in self.read.fetch("parcels", ["fid", "code", "zone_code", "geom"], "zone_code",
                                             {rows[i]["zone_code"] for i in batch})
                  if s["code"] not in codes and s["fid"] not in fids and s["fid"] not in self.removed
                  and _usable(s["geom"])]
        every = np.array([geoms[i] for i in batch] + [s["geom"] for s in stored], dtype=object)
        zones = np.array([rows[i]["zone_code"] for i in batch] + [s["zone_code"] for s in stored], dtype=object)
        labels = [rows[i].get("code") for i in batch] + [s["code"] for s in stored]
        mine = len(batch)
        a, b = shapely.STRtree(every).query(every[:mine], predicate="intersects")
        pick = (a != b) & (zones[a] == zones[b])
        a, b = a[pick], b[pick]
        if not a.size:
            return
        cores = np.empty(len(every), dtype=object)
        involved = np.unique(np.concatenate([a, b]))
        cores[involved] = shapely.buffer(every[involved], -self.tol)
        deep = shapely.intersects(cores[a], every[b]) & shapely.intersects(cores[b], every[a])
        a, b = a[deep], b[deep]
        areas = shapely.area(shapely.intersection(every[a], every[b]))
        for j, k, area in zip(a, b, areas):
            also = " (also being written)" if k < mine else ""
            self._add(batch[j], "lot_overlap", "overlaps lot {}{} of zone {} by {:.1f} m²".format(
                labels[k], also, zones[k], area))

    def _outside_lot(self, rows: list[dict], geoms: np.ndarray, good: np.ndarray) -> None:
        """Buildings not inside their lot (grown by the tolerance); the lot as the same change leaves it."""
        candidates = [i for i in np.flatnonzero(good) if rows[i].get("parcel_code") is not None]
        lots = self._by_code("parcels", ["code", "geom"], {rows[i]["parcel_code"] for i in candidates})
        keep = [i for i in candidates if _usable((lots.get(rows[i]["parcel_code"]) or {}).get("geom"))]
        if not keep:
            return
        mine = geoms[keep]
        lot_geoms = np.array([lots[rows[i]["parcel_code"]]["geom"] for i in keep], dtype=object)
        inside = shapely.covers(shapely.buffer(lot_geoms, self.tol), mine)
        outside = np.flatnonzero(~inside)
        areas = shapely.area(shapely.difference(mine[outside], lot_geoms[outside]))
        for j, area in zip(outside, areas):
            self._add(keep[j], "building_outside_lot", "{:.1f} m² outside lot {} (tolerance {:g} m)".format(
                area, rows[keep[j]]["parcel_code"], self.tol))

    def _buildings_left_outside(self, rows: list[dict], geoms: np.ndarray, good: np.ndarray) -> None:
        """A redrawn lot must still hold its stored buildings (those the same change rewrites are judged with
        the buildings). A lot whose shape does not change is left alone: an edit of its status is not the place
        to refuse a building drawn outside it before (``validatestore`` reports that one)."""
        by_code = {rows[i].get("code"): i for i in np.flatnonzero(good) if rows[i].get("code") is not None}
        if not by_code:
            return
        rewritten = {b.get("code") for b in self.pending.get("buildings", ())}
        buildings = [b for b in self.read.fetch("buildings", ["code", "parcel_code", "geom"], "parcel_code", by_code)
                     if b["code"] not in rewritten and _usable(b["geom"])]
        if not buildings:
            return
        theirs = np.array([b["geom"] for b in buildings], dtype=object)
        lot_geoms = np.array([geoms[by_code[b["parcel_code"]]] for b in buildings], dtype=object)
        inside = shapely.covers(shapely.buffer(lot_geoms, self.tol), theirs)
        outside = np.flatnonzero(~inside)
        if not outside.size:
            return
        before = {r["code"]: r["geom"] for r in self.read.fetch(
            "parcels", ["code", "geom"], "code", {buildings[j]["parcel_code"] for j in outside})}
        redrawn = np.array([before.get(buildings[j]["parcel_code"]) is None
                            or not shapely.equals(before[buildings[j]["parcel_code"]], lot_geoms[j])
                            for j in outside], dtype=bool)
        outside = outside[redrawn]
        areas = shapely.area(shapely.difference(theirs[outside], lot_geoms[outside]))
        for j, area in zip(outside, areas):
            building = buildings[j]
            self._add(by_code[building["parcel_code"]], "building_outside_lot",
                      "building {} would lie {:.1f} m² outside the lot".format(building["code"], area))
