"""Technical networks: roads, water, wastewater, drainage, power and telecom, with their nodes.

Roads follow the area's grid, one link per block side (main roads 30–40 m with
4–6 lanes, internal roads 15.5–24 m with 2–4 lanes), plus the 10 m access
lanes between pairs of lot rows. Road capacity is 900 veh/h per lane.

Under each grid road run, at fixed offsets inside the road reserve: a water
main (200–400 mm), a wastewater sewer (300–500 mm), a drainage culvert
(1,000–1,500 mm equivalent), a 22 kV cable and a telecom duct. Pipe capacity
is the full-bore flow at a design velocity (water 1.0 m/s, wastewater 0.5 m/s,
drainage 1.2 m/s), in m3/day. Each area has a 110 kV feeder from its
substation to the outline.

Nodes per area: the 110/22 kV substation, the water supply station and the
central wastewater treatment plant (in the technical-infrastructure zone), the
drainage outfall, the road crossings and the gates at both ends of the main roads.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely

from .geometry import as_multi, segment_lines
from .layout import AreaLayout, Zone
from .lots import LANE_M, Lots, zone_frame

ROAD_VEH_PER_LANE = 900.0
# network code, offset (fraction of the half road width, + towards growing u/v), diameter main/internal
_UTILITIES = (
    ("water", "WS", 0.55, 400.0, 200.0),
    ("wastewater", "WW", -0.55, 500.0, 300.0),
    ("drainage", "DR", -0.85, 1500.0, 1000.0),
    ("power", "PW", 0.85, None, None),
    ("telecom", "TC", 0.30, None, None),
)
_VELOCITY = {"water": 1.0, "wastewater": 0.5, "drainage": 1.2}


def pipe_capacity_m3_day(network: str, diameter_mm: float) -> float:
    d = diameter_mm / 1000.0
    return float(round(math.pi / 4.0 * d * d * _VELOCITY[network] * 86400.0, -1))


@dataclass
class Networks:
    links: list[dict]
    nodes: list[dict]
    #: per area index: code and geometry of the main road link next to the main crossroads
    main_road: dict[int, tuple[str, object, float]]
    #: per area index: code and point of the wastewater treatment plant
    wwtp: dict[int, tuple[str, object]]


def _link(code: str, network: str, name: str, area_code: str, capacity: float | None, unit: str | None,
          geom, width_m: float | None = None, lanes: int | None = None, diameter_mm: float | None = None,
          voltage_kv: float | None = None) -> dict:
    """A network_links row, its keys always in the same order."""
    return {"code": code, "network": network, "name": name, "area_code": area_code, "capacity": capacity,
            "unit": unit, "width_m": width_m, "lanes": lanes, "diameter_mm": diameter_mm,
            "voltage_kv": voltage_kv, "geom": geom}


def _lanes(width: float) -> int:
    if width >= 40:
        return 6
    if width >= 30:
        return 4
    return 4 if width >= 20 else 2


def build(areas: list[AreaLayout], zones: list[Zone], lots: Lots, seed: int) -> Networks:
    rng = np.random.default_rng([seed, 61])
    links: list[dict] = []
    nodes: list[dict] = []
    main_road: dict[int, tuple[str, object, float]] = {}
    wwtp: dict[int, tuple[str, object]] = {}
    for area in areas:
        f = area.frame
        code = area.spec.code
        short = area.spec.short_vi
        nx, ny = area.nx, area.ny
        # road segments: (name, line code, u0, v0, u1, v1, width, vertical, is_main)
        segs = []
        ul, vl = area.u_lines, area.v_lines
        for k in range(1, nx):
            for j in range(ny):
                segs.append(("U{:02d}-{:02d}".format(k, j + 1), ul[k], vl[j], ul[k], vl[j + 1],
                             area.u_widths[k], True, k == area.main_u, k))
        for k in range(1, ny):
            for i in range(nx):
                segs.append(("V{:02d}-{:02d}".format(k, i + 1), ul[i], vl[k], ul[i + 1], vl[k],
                             area.v_widths[k], False, k == area.main_v, k))
        su0 = np.array([s[1] for s in segs])
        sv0 = np.array([s[2] for s in segs])
        su1 = np.array([s[3] for s in segs])
        sv1 = np.array([s[4] for s in segs])
        width = np.array([s[5] for s in segs])
        vertical = np.array([s[6] for s in segs])
        roads = as_multi(segment_lines(su0, sv0, su1, sv1, f.cx, f.cy, f.cos, f.sin))
        for s, geom in zip(segs, roads):
            lanes = _lanes(s[5])
            if s[7]:
                name = "Đường trục chính {} (main road)".format("dọc" if s[6] else "ngang")
            else:
                name = "Đường số {}{} (internal road)".format("D" if s[6] else "N", s[8])
            links.append({
                "code": "{}-RD-{}".format(code, s[0]), "network": "road", "name": name, "area_code": code,
                "capacity": lanes * ROAD_VEH_PER_LANE, "unit": "veh/h", "width_m": float(s[5]),
                "lanes": lanes, "diameter_mm": None, "voltage_kv": None, "geom": geom,
            })
        # the main road's block next to the main crossroads carries the traffic counter
        for s, geom in zip(segs, roads):
            if s[6] and s[7] and abs(s[4] - area.v_lines[area.main_v]) < 1e-9:
                capacity = _lanes(s[5]) * ROAD_VEH_PER_LANE
                main_road[area.index] = ("{}-RD-{}".format(code, s[0]), geom, capacity)
        # utilities under every grid road
        is_main = np.array([s[7] for s in segs])
        for network, tag, offset, d_main, d_internal in _UTILITIES:
            off = offset * width / 2.0
            du = np.where(vertical, off, 0.0)
            dv = np.where(vertical, 0.0, off)
            geoms = as_multi(segment_lines(su0 + du, sv0 + dv, su1 + du, sv1 + dv, f.cx, f.cy, f.cos, f.sin))
            for s, geom, main in zip(segs, geoms, is_main.tolist()):
                link_code = "{}-{}-{}".format(code, tag, s[0])
                if network in _VELOCITY:
                    wider = 50.0 if s[5] >= 24 and network == "water" else 0.0
                    d = d_main if main else d_internal + wider
                    label = {"water": "Ống cấp nước", "wastewater": "Cống thoát nước thải",
                             "drainage": "Cống thoát nước mưa"}[network]
                    links.append(_link(link_code, network, "{} D{} ({})".format(label, int(d), network), code,
                                       pipe_capacity_m3_day(network, d), "m3/day", geom, diameter_mm=d))
                elif network == "power":
                    links.append(_link(link_code, network, "Cáp ngầm 22 kV (power)", code,
                                       12.0 if main else 8.0, "MVA", geom, voltage_kv=22.0))
                else:
                    links.append(_link(link_code, network, "Cống bể cáp viễn thông (telecom duct)", code,
                                       10.0, "Gbit/s", geom))

        # technical nodes in the infrastructure zone
        infra = next(zones[z] for z in area.zones if zones[z].land_use == "infrastructure")
        vmid = (infra.v0 + infra.v1) / 2.0
        pts_u = infra.u0 + np.array([0.25, 0.5, 0.75]) * infra.width
        px, py = f.to_world(pts_u, np.full(3, vmid))
        ha = area.spec.published_area_ha
        # The High-Tech Park (over 1,000 ha, R&D and industry) is supplied like the big parks of its kind: three
        # 126 MVA transformers and a plant sized to its planned demand; the others by the tiers below.
        big = ha >= 1000
        sub_mva = 378.0 if big else (126.0 if ha >= 800 else (80.0 if ha >= 250 else 50.0))
        water_cap = float(max(1000.0, round(ha * (45.0 if big else 20.0) * rng.uniform(1.0, 1.4) / 500.0) * 500.0))
        ww_cap = float(max(1000.0, round(ha * (30.0 if big else 15.0) * rng.uniform(1.0, 1.5) / 500.0) * 500.0))
        tech = (
            ("SUB", "power", "substation", "Trạm biến áp 110/22 kV {} (substation)".format(short),
             sub_mva, "MVA"),
            ("WTR", "water", "water_supply_station", "Trạm cấp nước {} (water supply)".format(short),
             water_cap, "m3/day"),
            ("WWTP", "wastewater", "wwtp", "Nhà máy xử lý nước thải tập trung {} (WWTP)".format(short),
             ww_cap, "m3/day"),
        )
        for (tag, network, kind, name, cap, unit), x, y in zip(tech, px, py):
            point = shapely.Point(float(x), float(y))
            nodes.append({"code": "{}-N-{}".format(code, tag), "network": network, "kind": kind, "name": name,
                          "area_code": code, "capacity": cap, "unit": unit, "geom": point})
            if tag == "WWTP":
                wwtp[area.index] = (nodes[-1]["code"], point)
        # 110 kV feeder: substation → outline, straight across the margin (to the left edge)
        u_sub = float(pts_u[0])
        feeder = segment_lines(np.array([u_sub]), np.array([vmid]), np.array([-area.width / 2.0]),
                               np.array([vmid]), f.cx, f.cy, f.cos, f.sin)
        links.append({
            "code": "{}-PW-110".format(code), "network": "power", "name": "Đường dây 110 kV (feeder)",
            "area_code": code, "capacity": sub_mva, "unit": "MVA", "width_m": None, "lanes": None,
            "diameter_mm": None, "voltage_kv": 110.0, "geom": as_multi(feeder)[0],
        })
        # drainage outfall at the low corner
        ox, oy = f.to_world(-area.width / 2.0 + 5.0, -area.height / 2.0 + 5.0)
        nodes.append({"code": "{}-N-OUT".format(code), "network": "drainage", "kind": "outfall",
                      "name": "Cửa xả nước mưa {} (storm outfall)".format(short), "area_code": code,
                      "capacity": pipe_capacity_m3_day("drainage", 1500.0), "unit": "m3/day",
                      "geom": shapely.Point(float(ox), float(oy))})
        # road crossings and gates
        for i in range(1, nx):
            for j in range(1, ny):
                x, y = f.to_world(area.u_lines[i], area.v_lines[j])
                nodes.append({"code": "{}-N-X{:02d}{:02d}".format(code, i, j), "network": "road",
                              "kind": "intersection", "name": "Nút giao (crossing) {}-{}".format(i, j),
                              "area_code": code, "capacity": None, "unit": None,
                              "geom": shapely.Point(float(x), float(y))})
        mu, mv = ul[area.main_u], vl[area.main_v]
        half_w, half_h = area.width / 2.0, area.height / 2.0
        gates = ((mu, -half_h), (mu, half_h), (-half_w, mv), (half_w, mv))
        for g, (u, v) in enumerate(gates):
            x, y = f.to_world(u, v)
            nodes.append({"code": "{}-N-G{}".format(code, g + 1), "network": "road", "kind": "gate",
                          "name": "Cổng {} (gate)".format(g + 1), "area_code": code, "capacity": None,
                          "unit": None, "geom": shapely.Point(float(x), float(y))})

    # access lanes inside zones
    if lots.lanes:
        zi = np.array([ln[0] for ln in lots.lanes])
        a0 = np.array([ln[1] for ln in lots.lanes])
        a1 = np.array([ln[2] for ln in lots.lanes])
        c = np.array([ln[3] for ln in lots.lanes])
        along_u = np.array([zone_frame(zones[z])[0] for z in zi.tolist()])
        u0, v0 = np.where(along_u, a0, c), np.where(along_u, c, a0)
        u1, v1 = np.where(along_u, a1, c), np.where(along_u, c, a1)
        area_idx = np.array([zones[z].area for z in zi.tolist()])
        cx = np.array([a.frame.cx for a in areas])[area_idx]
        cy = np.array([a.frame.cy for a in areas])[area_idx]
        cos = np.array([a.frame.cos for a in areas])[area_idx]
        sin = np.array([a.frame.sin for a in areas])[area_idx]
        geoms = as_multi(segment_lines(u0, v0, u1, v1, cx, cy, cos, sin))
        counter: dict[int, int] = {}
        for z, geom in zip(zi.tolist(), geoms):
            counter[z] = counter.get(z, 0) + 1
            links.append({
                "code": "{}-LN{:02d}".format(zones[z].code, counter[z]), "network": "road",
                "name": "Đường nội bộ lô (access lane)", "area_code": zones[z].area_code,
                "capacity": None, "unit": None, "width_m": LANE_M, "lanes": 2,  # capacity: not modelled
                "diameter_mm": None, "voltage_kv": None, "geom": geom,
            })
    return Networks(links=links, nodes=nodes, main_road=main_road, wwtp=wwtp)
