"""Monitoring stations of the demo: air, water, noise and traffic, per functional area.

Per area (40 sensors in all, whatever SCALE):

- air — PM2.5 at the services / administration zone (all areas) and NO2 next
  to it (the high-tech park, Hòa Khánh and the port logistics sub-zone);
- water — COD of the treated effluent at the wastewater treatment plant;
- noise — LAeq,1h at the corner of the zone nearest the main crossroads (not
  in the two small Sơn Trà parks);
- traffic — vehicle counts on the main road just before the main crossroads
  (not in the small An Đồn park).

``linked_layer``/``linked_code`` name the lot, node or road link the station
stands on. ``LIMITS`` gives each observed property's limit, used by the
readings' exceedance episodes (and documented there).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from .layout import AreaLayout, Zone
from .lots import Lots, zone_frame
from .networks import Networks

NO2_AREAS = ("DN-HTP", "KCN-HK", "FTZ-1")
NO_NOISE = ("KCN-DN", "KCN-TQ")
NO_TRAFFIC = ("KCN-DN",)


@dataclass(frozen=True)
class Kind:
    tag: str
    kind: str
    observed_property: str
    unit: str
    name_vi: str


PM25 = Kind("AQ-PM25", "air", "PM2.5 mass concentration", "µg/m³", "Trạm quan trắc không khí tự động (PM2.5)")
NO2 = Kind("AQ-NO2", "air", "NO2 concentration", "µg/m³", "Trạm quan trắc không khí tự động (NO2)")
COD = Kind("WQ-COD", "water", "COD of treated effluent", "mg/L", "Trạm quan trắc nước thải sau xử lý (COD)")
NOISE = Kind("NS-LAEQ", "noise", "Sound level LAeq,1h", "dBA", "Trạm quan trắc tiếng ồn")
TRAFFIC = Kind("TR-COUNT", "traffic", "Vehicle count", "veh/h", "Trạm đếm xe")


@dataclass
class SensorSpec:
    fid: int
    code: str
    kind: Kind
    area: int
    capacity: float | None  # the road link's capacity, for traffic counters
    row: dict


def _lot_at(lots: Lots, zone: Zone, u: float, v: float) -> tuple[int, float, float]:
    """The zone's lot at local (u, v), or, if (u, v) falls on a lane, the nearest lot and its centre."""
    along_u = zone_frame(zone)[0]
    a, c = (u, v) if along_u else (v, u)
    idx = np.flatnonzero(lots.zone == zone.index)
    da = np.maximum(np.maximum(lots.a0[idx] - a, a - lots.a1[idx]), 0.0)
    dc = np.maximum(np.maximum(lots.c0[idx] - c, c - lots.c1[idx]), 0.0)
    best = int(np.argmin(da + dc))
    lot = int(idx[best])
    if da[best] + dc[best] > 0:
        a = (lots.a0[lot] + lots.a1[lot]) / 2.0
        c = (lots.c0[lot] + lots.c1[lot]) / 2.0
        u, v = (a, c) if along_u else (c, a)
    return lot, float(u), float(v)


def _gap(zone: Zone, u: float, v: float) -> float:
    """Manhattan distance from local (u, v) to a zone's rectangle."""
    return max(zone.u0 - u, 0.0, u - zone.u1) + max(zone.v0 - v, 0.0, v - zone.v1)


def place(areas: list[AreaLayout], zones: list[Zone], lots: Lots, nets: Networks) -> list[SensorSpec]:
    specs: list[SensorSpec] = []

    def add(kind: Kind, area: AreaLayout, point, layer: str, linked: str, capacity=None, suffix=""):
        fid = len(specs) + 1
        code = "{}-{}{}".format(area.spec.code, kind.tag, suffix)
        row = {
            "fid": fid, "code": code, "name": "{} – {}".format(kind.name_vi, area.spec.short_vi),
            "kind": kind.kind, "observed_property": kind.observed_property, "unit": kind.unit,
            "source": "demo", "linked_layer": layer, "linked_code": linked, "area_code": area.spec.code,
            "geom": point,
        }
        specs.append(SensorSpec(fid, code, kind, area.index, capacity, row))

    def on_lot(area: AreaLayout, zone: Zone, u: float, v: float):
        lot, u, v = _lot_at(lots, zone, u, v)
        x, y = area.frame.to_world(u, v)
        return shapely.Point(float(x), float(y)), lots.codes[lot]

    for area in areas:
        code = area.spec.code
        area_zones = [zones[z] for z in area.zones]
        services = next((z for z in area_zones if z.land_use == "services"), area_zones[0])
        cu, cv = (services.u0 + services.u1) / 2.0, (services.v0 + services.v1) / 2.0
        point, lot = on_lot(area, services, cu, cv)
        add(PM25, area, point, "parcels", lot)
        if code in NO2_AREAS:
            point, lot = on_lot(area, services, cu + 0.2 * services.width, cv)
            add(NO2, area, point, "parcels", lot)
        node_code, node_point = nets.wwtp[area.index]
        add(COD, area, node_point, "network_nodes", node_code)
        if code not in NO_NOISE:
            xu, xv = area.u_lines[area.main_u], area.v_lines[area.main_v]
            candidates = [z for z in area_zones if z.land_use != "green" and z is not services] or [services]

            near = candidates[int(np.argmin([_gap(z, xu, xv) for z in candidates]))]
            nu = min(max(xu, near.u0 + 5.0), near.u1 - 5.0)
            nv = min(max(xv, near.v0 + 5.0), near.v1 - 5.0)
            point, lot = on_lot(area, near, nu, nv)
            add(NOISE, area, point, "parcels", lot)
        if code not in NO_TRAFFIC:
            link_code, geom, capacity = nets.main_road[area.index]
            point = shapely.line_interpolate_point(geom.geoms[0], 0.5, normalized=True)
            add(TRAFFIC, area, point, "network_links", link_code, capacity=capacity)
    return specs
