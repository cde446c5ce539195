"""Service areas (core.scenario.service_areas): which element serves each lot, by hand-built geometry."""

from __future__ import annotations

import doctest

import numpy as np
import pytest
import shapely

from dseza_twin.dseza_twin_plugin.core.scenario import service_areas as module
from dseza_twin.dseza_twin_plugin.core.scenario.demand import load_demand_pack
from dseza_twin.dseza_twin_plugin.core.scenario.service_areas import Elements, serve, service_areas, service_elements


def node(code, kind, area, x, y, capacity=1.0, unit="MVA", network="power"):
    return {"code": code, "network": network, "kind": kind, "name": code, "area_code": area, "capacity": capacity,
            "unit": unit, "geom": shapely.Point(x, y)}


def lots(*boxes):
    return np.array([shapely.box(*b) for b in boxes], dtype=object)


def test_own_area_wins_over_a_nearer_element_of_another_area():
    # S-A at x=0 serves area A, S-B at x=120 serves area B. Lot 1 (area A) stands at x 100–110: 10 m from S-B,
    # 100 m from S-A, yet S-A serves it. Lot 2 has no area: the nearest overall (S-B). Lot 3 is in area C, which
    # has no substation: the nearest overall (S-A, 5 m).
    e = Elements.from_rows("power", "power", [node("S-A", "substation", "A", 0, 0),
                                              node("S-B", "substation", "B", 120, 0)], ("substation",))
    got = serve(lots((100, 0, 110, 10), (100, 0, 110, 10), (5, 0, 15, 10)), ["A", None, "C"], e)
    assert got.element == ["S-A", "S-B", "S-A"]
    assert got.distance_m.tolist() == pytest.approx([100.0, 10.0, 5.0])
    assert got.same_area.tolist() == [True, False, False]


def test_only_nodes_of_the_services_kind_and_network():
    nodes = [node("S1", "substation", "A", 0, 0), node("X1", "intersection", "A", 1, 0, None, None, "road"),
             node("W1", "water_supply_station", "A", 50, 0, 500.0, "m3/day", "water"),
             node("P1", "pump", "A", 2, 0, 10.0, "m3/day", "water"),
             node("T1", "wwtp", "A", 500, 0, 300.0, "m3/day", "wastewater")]
    links = [{"code": "R1", "network": "road", "capacity": 900.0, "unit": "veh/h", "area_code": "A",
              "geom": shapely.LineString([(0, -10), (1000, -10)])},
             {"code": "R0", "network": "road", "capacity": None, "unit": None, "area_code": "A",  # no capacity
              "geom": shapely.LineString([(0, -1), (1000, -1)])},
             {"code": "WM", "network": "water", "capacity": 9000.0, "unit": "m3/day", "area_code": "A",
              "geom": shapely.LineString([(0, -2), (1000, -2)])}]
    elements = service_elements(load_demand_pack(), nodes, links)
    assert {s: e.code for s, e in elements.items()} == {"water": ["W1"], "wastewater": ["T1"], "power": ["S1"],
                                                          "trips": ["R1"]}
    served = service_areas(lots((0, 0, 10, 10)), ["A"], elements)
    assert {s: v.element for s, v in served.items()} == {"water": ["W1"], "wastewater": ["T1"], "power": ["S1"],
                                                         "trips": ["R1"]}
    assert elements["power"].capacities()[0].capacity == 1.0 and elements["power"].capacities()[0].unit == "MVA"


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_lot_between_two_roads_goes_to_the_one_nearest_its_middle(order):
    # Lot 30 × 10 m: road H 5 m below it, road V 5 m left of it (both 5 m from the polygon); the lot's point on
    # surface (15, 5) is 10 m from H and 20 m from V: H serves it, whatever the order of the roads.
    roads = [{"code": "H", "network": "road", "capacity": 900.0, "unit": "veh/h", "area_code": "A",
              "geom": shapely.LineString([(-100, -5), (100, -5)])},
             {"code": "V", "network": "road", "capacity": 900.0, "unit": "veh/h", "area_code": "A",
              "geom": shapely.LineString([(-5, -100), (-5, 100)])}]
    e = Elements.from_rows("trips", "road", [roads[i] for i in order], need_capacity=True)
    got = serve(lots((0, 0, 30, 10)), ["A"], e)
    assert got.element == ["H"] and got.distance_m[0] == pytest.approx(5.0)


def test_no_element_leaves_the_lot_unserved():
    e = Elements.from_rows("power", "power", [], ("substation",))
    got = serve(lots((0, 0, 1, 1)), ["A"], e)
    assert got.element == [None] and np.isnan(got.distance_m[0])


def test_many_lots_one_query_per_area():
    # 2,000 lots on a grid, two areas split at x = 1000: every lot takes its own area's substation.
    xs, ys = np.meshgrid(np.arange(40) * 50.0, np.arange(50) * 20.0)
    geoms = shapely.box(xs.ravel(), ys.ravel(), xs.ravel() + 40, ys.ravel() + 15)
    area = np.where(xs.ravel() < 1000, "A", "B").tolist()
    e = Elements.from_rows("power", "power", [node("S-A", "substation", "A", 1900, 500),
                                              node("S-B", "substation", "B", 100, 500)], ("substation",))
    got = serve(geoms, area, e)
    assert got.element == ["S-A" if a == "A" else "S-B" for a in area]


def test_the_modules_example():
    assert doctest.testmod(module).failed == 0
