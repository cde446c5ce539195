"""Lot measures pushed down to PostGIS (store.pushdown) equal the shapely path's, on the demo twin and on
hand-computed cases; bad input gets the same clear errors, and inputs PostGIS cannot take are refused
with PushDownUnavailableError so that the caller can fall back to the shapely path."""

from __future__ import annotations

import datetime as dt
import logging
import math
import os
import uuid

import numpy as np
import psycopg
import pytest
import shapely
import shapely.affinity
from shapely import LineString, MultiPolygon, Polygon, box

from dseza_twin.dseza_twin_plugin.core.demo import build_demo_twin
from dseza_twin.dseza_twin_plugin.core.planning.measures import measure_lots
from dseza_twin.dseza_twin_plugin.store import open_store, pushdown
from dseza_twin.dseza_twin_plugin.store.demo_load import load_demo
from dseza_twin.dseza_twin_plugin.store.pushdown import (
    SUBDIVIDE_VERTICES,
    PushDownCanceledError,
    PushDownUnavailableError,
    TableRef,
    measure_lots_postgis,
)

PG = os.environ.get("DSEZA_TEST_PG", "dbname=dseza_twin_test host=127.0.0.1 port=5432 user=postgres")
END = dt.datetime(2026, 3, 14, 17, 0, tzinfo=dt.timezone.utc)
NAN = math.nan
NO_ROAD = "no road within 60 m of the lot: setback unknown"
NUMBERS = ("lot_area_m2", "footprint_m2", "gfa_m2", "max_height_m", "max_floors", "building_count", "green_area_m2",
           "min_setback_m", "road_width_m", "coverage_pct", "far", "green_pct")


def assert_same(a, b):
    """Every number equal to 1e-6 relative (1e-9 absolute near zero), the same nan, uses, notes and flags."""
    assert a.code == b.code
    for name in NUMBERS:
        x, y = np.asarray(getattr(a, name), dtype=float), np.asarray(getattr(b, name), dtype=float)
        differ = np.flatnonzero(np.isnan(x) != np.isnan(y))
        assert not len(differ), (name, [a.code[i] for i in differ[:5]])
        ok = ~np.isnan(x)
        np.testing.assert_allclose(y[ok], x[ok], rtol=1e-6, atol=1e-9, err_msg=name)
    assert (np.asarray(a.gfa_estimated) == np.asarray(b.gfa_estimated)).all()
    assert a.building_uses == b.building_uses
    assert a.notes == b.notes


def _schema_conn(schema: str):
    conn = psycopg.connect(PG, autocommit=True)
    conn.execute("CREATE SCHEMA {}".format(schema))
    return conn


# --------------------------------------------------------------------------- the demo twin, both paths


@pytest.fixture(scope="module")
def demo():
    schema = "t_{}".format(uuid.uuid4().hex[:10])
    twin = build_demo_twin(seed=2026, scale=1, days=1, end=END)
    store = open_store("{} schema={}".format(PG, schema))
    store.create_or_upgrade()
    load_demo(store, twin, seed=2026, scale=1, days=1)
    yield store, schema
    store.close()
    with psycopg.connect(PG, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS {} CASCADE".format(schema))


def _shapely_measures(store, with_roads=True):
    lots = store.rows("parcels", ["code", "geom", "green_area_m2"], order_by="code")
    lots.sort(key=lambda r: r["code"])  # code point order, as the push-down returns them
    blds = store.rows("buildings", ["geom", "height_m", "floors", "gfa_m2", "use"])
    roads = [r for r in store.rows("network_links", ["geom", "width_m", "network"]) if r["network"] == "road"]
    kwargs = {}
    if with_roads:
        kwargs = {"road_geoms": [r["geom"] for r in roads], "road_width": [r["width_m"] for r in roads]}
    return measure_lots([r["code"] for r in lots], [r["geom"] for r in lots], [b["geom"] for b in blds],
                        [b["height_m"] for b in blds], [b["floors"] for b in blds], [b["gfa_m2"] for b in blds],
                        [b["use"] for b in blds], lot_green_area=[r["green_area_m2"] for r in lots], **kwargs)


@pytest.mark.parametrize("with_roads", [True, False])
def test_demo_twin_both_paths_give_the_same_measures(demo, with_roads):
    store, schema = demo
    timings: dict = {}
    pushed = measure_lots_postgis(store, TableRef.twin("parcels", schema), TableRef.twin("buildings", schema),
                                  TableRef.twin("roads", schema) if with_roads else None, timings=timings)
    local = _shapely_measures(store, with_roads)
    assert len(pushed) == store.count("parcels") > 1500
    assert_same(local, pushed)
    assert set(timings) == {"checks", "pairs", "subdivided", "aggregate"}
    # the demo's content shows through: crossing buildings (outside_lot breaches), estimates, setbacks
    assert sum(1 for n in pushed.notes if any("crosses the lot boundary" in x for x in n)) >= 10
    if with_roads:
        assert np.isfinite(pushed.min_setback_m).sum() > 1000
        assert set(np.unique(pushed.road_width_m[np.isfinite(pushed.road_width_m)])) >= {10.0, 40.0}
    else:
        assert np.isnan(pushed.min_setback_m).all()


def test_demo_twin_from_layer_sources(demo):
    """TableRef.from_uri on the store's own QGIS layer sources measures the same as TableRef.twin."""
    store, schema = demo
    lots = TableRef.from_uri(store.layer_source("parcels")[0], green="green_area_m2")
    blds = TableRef.from_uri(store.layer_source("buildings")[0], height="height_m", floors="floors", gfa="gfa_m2",
                             use="use")
    assert (lots.schema, lots.table, lots.geometry, lots.pk, lots.srid) == (schema, "parcels", "geom", "fid", 5899)
    assert lots.database_key == blds.database_key
    a = measure_lots_postgis(lots.conninfo, lots, blds)
    b = measure_lots_postgis(store, TableRef.twin("parcels", schema), TableRef.twin("buildings", schema))
    assert_same(a, b)


def test_chosen_lots_in_the_given_order(demo):
    store, schema = demo
    everything = measure_lots_postgis(store, TableRef.twin("parcels", schema), TableRef.twin("buildings", schema))
    chosen = [everything.code[i] for i in (40, 3, 900, 17)]
    some = measure_lots_postgis(store, TableRef.twin("parcels", schema), TableRef.twin("buildings", schema),
                                codes=chosen)
    assert some.code == chosen
    for k, i in enumerate((40, 3, 900, 17)):
        assert some.footprint_m2[k] == pytest.approx(everything.footprint_m2[i], rel=1e-12)
        assert some.notes[k] == everything.notes[i]
    with pytest.raises(ValueError, match="not in the lots table: NO-SUCH-LOT"):
        measure_lots_postgis(store, TableRef.twin("parcels", schema), TableRef.twin("buildings", schema),
                             codes=chosen + ["NO-SUCH-LOT"])


def test_cancel_stops_the_statement_on_the_server(demo, monkeypatch):
    store, schema = demo
    refs = [TableRef.twin(name, schema) for name in ("parcels", "buildings", "roads")]
    with pytest.raises(PushDownCanceledError):
        measure_lots_postgis(store, *refs, is_canceled=lambda: True)
    polls = []

    def second_poll():
        polls.append(1)
        return len(polls) >= 2

    monkeypatch.setattr(pushdown, "CANCEL_POLL_S", 0.005)
    with pytest.raises(PushDownCanceledError):
        measure_lots_postgis(store, *refs, is_canceled=second_poll)
    # the store's connection is usable afterwards, and a run that is not canceled completes
    assert len(measure_lots_postgis(store, *refs, is_canceled=lambda: False)) == store.count("parcels")


# --------------------------------------------------------------------------- hand-computed cases, own tables

X0, Y0 = 550_000.0, 1_770_000.0  # plausible EPSG:5899 coordinates (Da Nang)


def _at(geom, dx: float):
    return shapely.affinity.translate(geom, X0 + dx, Y0)


def _circle_lot(r: float, vertices: int) -> Polygon:
    angles = np.linspace(0.0, 2 * np.pi, vertices, endpoint=False)
    return Polygon(np.column_stack([r * np.cos(angles), r * np.sin(angles)]))


# lots: code → (geometry, planted area); each case 1 km from the others
HAND_LOTS = {
    "A-EMPTY": (box(0, 0, 100, 100), 2500.0),
    "B-INSIDE": (box(0, 0, 100, 50), 1000.0),
    "C-LEFT": (box(0, 0, 100, 50), 1000.0),
    "C-RIGHT": (box(100, 0, 200, 50), None),
    "D-MULTI": (MultiPolygon([box(0, 0, 50, 50), box(100, 0, 150, 50)]), 1500.0),
    "E-MISSING": (box(0, 0, 100, 50), 0.0),
    "F-SETBACK": (box(0, 0, 100, 50), 500.0),
    "G-NOROAD": (box(0, 0, 100, 50), 500.0),
    "H-NOWIDTH": (box(0, 0, 100, 50), 500.0),
    "I-BIG": (_circle_lot(100.0, 4 * SUBDIVIDE_VERTICES), 5000.0),
    "J-TOUCH": (box(0, 0, 100, 50), 500.0),
    "K-RESERVE": (box(0, 0, 100, 50), 500.0),
}
OFFSET = {code: 1000.0 * i for i, code in enumerate(sorted({c.split("-")[0] for c in HAND_LOTS}))}
# buildings: (lot case, geometry, height, floors, GFA, use)
HAND_BUILDINGS = [
    ("B", box(10, 10, 40, 30), 12.5, 3, 1700.0, "factory"),
    ("C", box(90, 10, 110, 30), 8.0, 2, 1000.0, "warehouse"),  # half in C-LEFT, half in C-RIGHT
    ("D", box(10, 10, 30, 30), 10.0, 2, None, "office"),
    ("D", box(110, 10, 120, 40), 20.0, 5, 1400.0, "canteen"),
    ("D", box(60, 10, 90, 40), 99.0, 30, 1.0, "factory"),  # in the gap between the two parts: no lot
    ("E", box(10, 10, 30, 30), None, None, None, None),
    ("E", box(50, 10, 60, 30), 5.0, 1, 200.0, "office"),
    ("F", box(10, 10, 40, 30), 6.0, 1, 600.0, "factory"),
    ("F", box(60, 5, 95, 45), 6.0, 1, 1400.0, "office"),
    ("G", box(10, 10, 40, 30), 6.0, 1, 600.0, "office"),
    ("H", box(10, 10, 40, 30), 6.0, 1, 600.0, "office"),
    ("I", box(-20, -20, 20, 20), 15.0, 3, 4800.0, "laboratory"),
    ("I", box(90, -5, 110, 5), 15.0, 3, 600.0, "laboratory"),  # crosses the 1,024-vertex outline
    ("J", box(100, 10, 120, 30), 8.0, 2, 800.0, "office"),  # touches J-TOUCH from outside
    ("K", box(10, -4, 40, 30), 6.0, 1, None, "depot"),  # reaches 4 m into the road reserve
]
# roads: (lot case, geometry, width, kind); kind 'power' is filtered out by the roads' subset
HAND_ROADS = [
    ("A", LineString([(-20, -50), (-20, 150)]), 20.0, "road"),
    ("F", LineString([(-100, -20), (300, -20)]), 20.0, "road"),  # 25 m from the second building: 15
    ("F", LineString([(130, -100), (130, 200)]), 40.0, "road"),  # 35 m: 15 as well, the wider one wins
    ("F", LineString([(-100, 100), (300, 100)]), 10.0, "road"),
    ("F", LineString([(-100, -100), (300, -100)]), 200.0, "road"),  # 100 m from the lot: not considered
    ("F", LineString([(-100, 48), (300, 48)]), 0.0, "power"),  # not a road
    ("H", LineString([(-100, -20), (300, -20)]), None, "road"),
    ("K", LineString([(-100, -12), (300, -12)]), 20.0, "road"),
]


def _hand_expected():
    """Hand-computed values per lot (the I-BIG areas come from the exact geometry, computed once)."""
    big = _circle_lot(100.0, 4 * SUBDIVIDE_VERTICES)
    cross = box(90, -5, 110, 5).intersection(big).area
    return {
        "A-EMPTY": dict(footprint_m2=0.0, gfa_m2=0.0, max_height_m=0.0, building_count=0, green_pct=25.0,
                        min_setback_m=NAN, notes=[]),
        "B-INSIDE": dict(footprint_m2=600.0, gfa_m2=1700.0, far=0.34, coverage_pct=12.0, max_height_m=12.5,
                         max_floors=3.0, gfa_estimated=False, building_uses=("factory",), notes=[NO_ROAD]),
        "C-LEFT": dict(footprint_m2=200.0, gfa_m2=500.0, gfa_estimated=True, building_count=1, notes=[
            "1 building crosses the lot boundary: only its part inside the lot counts",
            "GFA of 1 building prorated to the share of its footprint inside the lot (estimate)", NO_ROAD]),
        "C-RIGHT": dict(footprint_m2=200.0, gfa_m2=500.0, green_area_m2=NAN, notes=[
            "1 building crosses the lot boundary: only its part inside the lot counts",
            "GFA of 1 building prorated to the share of its footprint inside the lot (estimate)", NO_ROAD,
            "planted (green) area not recorded"]),
        "D-MULTI": dict(lot_area_m2=5000.0, footprint_m2=700.0, gfa_m2=2200.0, max_height_m=20.0, max_floors=5.0,
                        building_count=2, building_uses=("canteen", "office"), green_pct=30.0,
                        notes=["GFA of 1 building estimated as footprint × floors (no GFA recorded)", NO_ROAD]),
        "E-MISSING": dict(footprint_m2=600.0, gfa_m2=NAN, far=NAN, max_height_m=NAN, max_floors=NAN,
                          building_uses=("office",), notes=[
                              "1 building has neither GFA nor floors: GFA and FAR unknown",
                              "1 building has no height: maximum height unknown",
                              "1 building has no number of floors: maximum floors unknown",
                              "1 building has no use recorded", NO_ROAD]),
        "F-SETBACK": dict(min_setback_m=15.0, road_width_m=40.0, footprint_m2=600.0 + 1400.0, notes=[]),
        "G-NOROAD": dict(min_setback_m=NAN, notes=[NO_ROAD]),
        "H-NOWIDTH": dict(min_setback_m=NAN, road_width_m=NAN,
                          notes=["1 road within 60 m has no width: setback unknown"]),
        "I-BIG": dict(footprint_m2=1600.0 + cross, gfa_m2=4800.0 + 600.0 * cross / 200.0, building_count=2),
        "J-TOUCH": dict(footprint_m2=0.0, building_count=0, notes=[]),
        "K-RESERVE": dict(footprint_m2=900.0, gfa_m2=900.0, min_setback_m=-2.0, road_width_m=20.0, notes=[
            "1 building crosses the lot boundary: only its part inside the lot counts",
            "GFA of 1 building estimated as footprint × floors (no GFA recorded)"]),
    }


@pytest.fixture(scope="module")
def hand():
    schema = "t_{}".format(uuid.uuid4().hex[:10])
    conn = _schema_conn(schema)
    conn.execute("SET search_path TO {}, public".format(schema))
    conn.execute("CREATE TABLE hand_lots (id serial PRIMARY KEY, code text, planted float8, "
                 "geom geometry(MultiPolygon, 5899))")
    conn.execute("CREATE TABLE hand_buildings (id serial PRIMARY KEY, h float8, storeys integer, floor_area float8, "
                 "kind text, geom geometry(MultiPolygon, 5899))")
    conn.execute("CREATE TABLE hand_roads (id serial PRIMARY KEY, width float8, kind text, "
                 "geom geometry(LineString, 5899))")
    lots = {}
    for code, (geom, green) in HAND_LOTS.items():
        g = _at(geom, OFFSET[code.split("-")[0]])
        lots[code] = (g, green)
        conn.execute("INSERT INTO hand_lots (code, planted, geom) VALUES (%s, %s, ST_Multi(ST_GeomFromWKB(%s, 5899)))",
                     (code, green, shapely.to_wkb(g)))
    blds = []
    for case, geom, h, f, gfa, use in HAND_BUILDINGS:
        g = _at(geom, OFFSET[case])
        blds.append((g, h, f, gfa, use))
        conn.execute("INSERT INTO hand_buildings (h, storeys, floor_area, kind, geom) "
                     "VALUES (%s, %s, %s, %s, ST_Multi(ST_GeomFromWKB(%s, 5899)))", (h, f, gfa, use, shapely.to_wkb(g)))
    roads = []
    for case, geom, width, kind in HAND_ROADS:
        g = _at(geom, OFFSET[case])
        if kind == "road":
            roads.append((g, width))
        conn.execute("INSERT INTO hand_roads (width, kind, geom) VALUES (%s, %s, ST_GeomFromWKB(%s, 5899))",
                     (width, kind, shapely.to_wkb(g)))
    conn.execute("CREATE INDEX ON hand_buildings USING GIST (geom)")
    conn.execute("CREATE INDEX ON hand_roads USING GIST (geom)")
    refs = (TableRef("hand_lots", schema, code="code", green="planted"),
            TableRef("hand_buildings", schema, height="h", floors="storeys", gfa="floor_area", use="kind"),
            TableRef("hand_roads", schema, width="width", subset="kind = 'road'"))
    yield conn, schema, refs, lots, blds, roads
    conn.execute("DROP SCHEMA {} CASCADE".format(schema))
    conn.close()


def _hand_shapely(lots, blds, roads):
    codes = sorted(lots)
    return measure_lots(codes, [lots[c][0] for c in codes], [b[0] for b in blds], [b[1] for b in blds],
                        [b[2] for b in blds], [b[3] for b in blds], [b[4] for b in blds],
                        road_geoms=[r[0] for r in roads], road_width=[r[1] for r in roads],
                        lot_green_area=[lots[c][1] for c in codes])


def test_hand_cases_in_postgis_and_shapely(hand):
    conn, schema, (lots_ref, blds_ref, roads_ref), lots, blds, roads = hand
    pushed = measure_lots_postgis(PG, lots_ref, blds_ref, roads_ref)
    local = _hand_shapely(lots, blds, roads)
    assert pushed.code == sorted(HAND_LOTS)
    assert_same(local, pushed)
    for code, expected in _hand_expected().items():
        i = pushed.code.index(code)
        for name, value in expected.items():
            got = getattr(pushed, name)[i]
            if isinstance(value, float) and math.isnan(value):
                assert math.isnan(got), (code, name, got)
            elif isinstance(value, float):
                assert got == pytest.approx(value, rel=1e-9, abs=1e-9), (code, name, got, value)
            else:
                assert got == value, (code, name, got, value)


def test_a_view_with_a_key_and_a_filtered_layer(hand):
    conn, schema, (lots_ref, blds_ref, roads_ref), lots, blds, roads = hand
    conn.execute("CREATE VIEW hand_buildings_v AS SELECT * FROM hand_buildings")
    try:
        view = TableRef("hand_buildings_v", schema, height="h", floors="storeys", gfa="floor_area", use="kind")
        with pytest.raises(PushDownUnavailableError, match="is a view: name its key column"):
            measure_lots_postgis(PG, lots_ref, view, roads_ref)
        by_view = measure_lots_postgis(PG, lots_ref, view.with_columns(pk="id"), roads_ref)
        assert_same(measure_lots_postgis(PG, lots_ref, blds_ref, roads_ref), by_view)
    finally:
        conn.execute("DROP VIEW hand_buildings_v")
    only_b = measure_lots_postgis(PG, lots_ref.with_columns(subset="code LIKE 'B%'"), blds_ref)
    assert only_b.code == ["B-INSIDE"] and only_b.footprint_m2.tolist() == [600.0]


def test_missing_spatial_index_is_warned_about_or_created(hand, caplog):
    conn, schema, (lots_ref, blds_ref, roads_ref), *_ = hand
    conn.execute("CREATE TABLE bare_roads AS SELECT * FROM hand_roads")
    try:
        bare = TableRef("bare_roads", schema, width="width", subset="kind = 'road'")
        with caplog.at_level(logging.WARNING, logger="dseza_twin.dseza_twin_plugin.store.pushdown_sql"):
            a = measure_lots_postgis(PG, lots_ref, blds_ref, bare)
        assert any("no spatial (GiST) index" in r.getMessage() for r in caplog.records)
        b = measure_lots_postgis(PG, lots_ref, blds_ref, bare, create_indexes=True)
        assert_same(a, b)
        assert conn.execute("SELECT count(*) FROM pg_indexes WHERE schemaname = %s AND tablename = 'bare_roads'",
                            (schema,)).fetchone()[0] == 1
    finally:
        conn.execute("DROP TABLE bare_roads")


@pytest.mark.parametrize("sql, message", [
    ("UPDATE hand_lots SET code = 'B-INSIDE' WHERE code = 'C-LEFT'", "codes must be unique.*B-INSIDE"),
    ("UPDATE hand_lots SET code = NULL WHERE code = 'C-LEFT'", "1 of the lots have no code"),
    ("UPDATE hand_lots SET geom = NULL WHERE code = 'C-LEFT'", "lots have no geometry: C-LEFT"),
    ("UPDATE hand_lots SET geom = ST_Multi(ST_GeomFromText('POLYGON((550000 1770000, 550100 1770100, "
     "550100 1770000, 550000 1770100, 550000 1770000))', 5899)) WHERE code = 'A-EMPTY'", "invalid geometr.*A-EMPTY"),
    ("UPDATE hand_buildings SET geom = ST_Multi(ST_GeomFromText('POLYGON((550010 1770010, 550020 1770020, "
     "550020 1770010, 550010 1770020, 550010 1770010))', 5899)) WHERE kind = 'factory' AND h = 12.5",
     "invalid geometr"),
    ("UPDATE hand_roads SET width = -5 WHERE kind = 'road' AND width = 10", "cannot be negative"),
    ("DELETE FROM hand_lots", "no lots to measure"),
])
def test_bad_data_is_refused_like_the_shapely_path(hand, sql, message):
    conn, schema, (lots_ref, blds_ref, roads_ref), *_ = hand
    with pytest.raises(_UndoError):
        with conn.transaction():  # measured in this transaction, which then rolls back
            conn.execute(sql)
            with pytest.raises(ValueError, match=message):
                measure_lots_postgis(conn, lots_ref, blds_ref, roads_ref)
            raise _UndoError


class _UndoError(Exception):
    """Rolls a test's change back."""


def test_inputs_postgis_cannot_take_fall_back(hand, tmp_path):
    conn, schema, (lots_ref, blds_ref, roads_ref), *_ = hand
    with pytest.raises(PushDownUnavailableError, match="no table or view"):
        measure_lots_postgis(PG, TableRef("nope", schema), blds_ref)
    with pytest.raises(PushDownUnavailableError, match="no column 'storeys_x'"):
        measure_lots_postgis(PG, lots_ref, blds_ref.with_columns(floors="storeys_x"))
    with pytest.raises(PushDownUnavailableError, match="not in the same database"):
        measure_lots_postgis(PG, TableRef("hand_lots", schema, conninfo="service=a"),
                             TableRef("hand_buildings", schema, conninfo="service=b"))
    conn.execute("CREATE TABLE lots_4326 AS SELECT code, ST_Transform(geom, 4326)::geometry(MultiPolygon, 4326) "
                 "AS geom FROM hand_lots")
    conn.execute("CREATE TABLE blds_4326 AS SELECT id, ST_Transform(geom, 4326)::geometry(MultiPolygon, 4326) "
                 "AS geom FROM hand_buildings")
    try:
        with pytest.raises(PushDownUnavailableError, match="different coordinate systems"):
            measure_lots_postgis(PG, TableRef("lots_4326", schema), blds_ref)
        with pytest.raises(ValueError, match="degrees"):
            measure_lots_postgis(PG, TableRef("lots_4326", schema), TableRef("blds_4326", schema))
    finally:
        conn.execute("DROP TABLE lots_4326, blds_4326")
    with pytest.raises(ValueError, match="must be lines"):
        measure_lots_postgis(PG, lots_ref, blds_ref, TableRef("hand_lots", schema, width="planted"))
    with pytest.raises(PushDownUnavailableError, match="GeoPackage"):
        measure_lots_postgis(open_store(str(tmp_path / "none.gpkg")), lots_ref, blds_ref)
