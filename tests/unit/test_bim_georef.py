"""Georeferencing of IFC models (dseza_twin_plugin.bim.georef), on small synthetic IFC files written here and on
the real Duplex models of ../shared/data/ifc (stijngoedertier/georeference-ifc, CC-BY-4.0)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("ifcopenshell")
import pyproj  # noqa: E402
import shapely  # noqa: E402

from dseza_twin.dseza_twin_plugin.bim.errors import IfcImportError  # noqa: E402
from dseza_twin.dseza_twin_plugin.bim.extract import import_ifc_inprocess  # noqa: E402
from dseza_twin.dseza_twin_plugin.bim.result import GeorefRequest  # noqa: E402

IFC_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ifc"


def synthetic_ifc(path: Path, *, unit_prefix: str | None = None, box=(10.0, 20.0, 3.0), origin=(0.0, 0.0),
                  site_latlon=None, true_north=None, map_conversion=None) -> Path:
    """A minimal IFC4 file: project, site, building, one storey at 0 and one floor slab, a box of ``box``
    (width, depth, height, in file units) whose corner is at ``origin`` (file units).

    ``site_latlon`` = (lat, lon) in decimal degrees; ``map_conversion`` = (crs, E, N, H, rotation_deg).
    """
    w, d, h = box
    prefix = ".{}.".format(unit_prefix) if unit_prefix else "$"

    def dms(value: float) -> str:
        sign = -1 if value < 0 else 1
        value = abs(value)
        deg = int(value)
        minutes = int((value - deg) * 60)
        seconds = int(((value - deg) * 60 - minutes) * 60)
        micro = round(((((value - deg) * 60 - minutes) * 60) - seconds) * 1e6)
        return "({},{},{},{})".format(sign * deg, sign * minutes, sign * seconds, sign * micro)

    site = "{},{},0.".format(dms(site_latlon[0]), dms(site_latlon[1])) if site_latlon else "$,$,$"
    north = "#13" if true_north else "$"
    lines = [
        "#1=IFCPROJECT('0YvctVUKr0kugbFTf53O9L',$,'P',$,$,$,$,(#10),#20);",
        "#10=IFCGEOMETRICREPRESENTATIONCONTEXT($,'Model',3,1.E-05,#11,{});".format(north),
        "#11=IFCAXIS2PLACEMENT3D(#12,$,$);",
        "#12=IFCCARTESIANPOINT((0.,0.,0.));",
        "#13=IFCDIRECTION(({!r},{!r}));".format(*(true_north or (0.0, 1.0))),
        "#20=IFCUNITASSIGNMENT((#21));",
        "#21=IFCSIUNIT(*,.LENGTHUNIT.,{},.METRE.);".format(prefix),
        "#22=IFCSIUNIT(*,.LENGTHUNIT.,$,.METRE.);",
        "#30=IFCSITE('1YvctVUKr0kugbFTf53O9L',$,'Site',$,$,#31,$,$,.ELEMENT.,{},$,$);".format(site),
        "#31=IFCLOCALPLACEMENT($,#11);",
        "#40=IFCBUILDING('2YvctVUKr0kugbFTf53O9L',$,'Block A',$,'Factory',#41,$,$,.ELEMENT.,$,$,$);",
        "#41=IFCLOCALPLACEMENT(#31,#11);",
        "#50=IFCBUILDINGSTOREY('3YvctVUKr0kugbFTf53O9L',$,'Ground',$,$,#51,$,$,.ELEMENT.,0.);",
        "#51=IFCLOCALPLACEMENT(#41,#11);",
        "#60=IFCRELAGGREGATES('4YvctVUKr0kugbFTf53O9L',$,$,$,#1,(#30));",
        "#61=IFCRELAGGREGATES('5YvctVUKr0kugbFTf53O9L',$,$,$,#30,(#40));",
        "#62=IFCRELAGGREGATES('6YvctVUKr0kugbFTf53O9L',$,$,$,#40,(#50));",
        "#70=IFCSLAB('7YvctVUKr0kugbFTf53O9L',$,'Block',$,$,#71,#72,$,.FLOOR.);",
        "#71=IFCLOCALPLACEMENT(#51,#73);",
        "#73=IFCAXIS2PLACEMENT3D(#74,$,$);",
        "#74=IFCCARTESIANPOINT(({!r},{!r},0.));".format(float(origin[0]), float(origin[1])),
        "#72=IFCPRODUCTDEFINITIONSHAPE($,$,(#75));",
        "#75=IFCSHAPEREPRESENTATION(#10,'Body','SweptSolid',(#76));",
        "#76=IFCEXTRUDEDAREASOLID(#77,#80,#81,{!r});".format(float(h)),
        "#77=IFCRECTANGLEPROFILEDEF(.AREA.,$,#78,{!r},{!r});".format(float(w), float(d)),
        "#78=IFCAXIS2PLACEMENT2D(#79,$);",
        "#79=IFCCARTESIANPOINT(({!r},{!r}));".format(w / 2, d / 2),
        "#80=IFCAXIS2PLACEMENT3D(#12,$,$);",
        "#81=IFCDIRECTION((0.,0.,1.));",
        "#90=IFCRELCONTAINEDINSPATIALSTRUCTURE('8YvctVUKr0kugbFTf53O9L',$,$,$,(#70),#50);",
    ]
    if map_conversion:
        crs, e, n, hh, rot = map_conversion
        lines += ["#100=IFCMAPCONVERSION(#10,#101,{!r},{!r},{!r},{!r},{!r},1.);".format(
                      float(e), float(n), float(hh), math.cos(math.radians(rot)), math.sin(math.radians(rot))),
                  "#101=IFCPROJECTEDCRS('{}',$,$,$,$,$,#22);".format(crs)]
    text = ("ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((''),'2;1');\nFILE_NAME('t.ifc','2026-01-01T00:00:00',(''),"
            "(''),'','','');\nFILE_SCHEMA(('IFC4'));\nENDSEC;\nDATA;\n" + "\n".join(lines)
            + "\nENDSEC;\nEND-ISO-10303-21;\n")
    path.write_text(text)
    return path


def footprint(result):
    return shapely.from_wkb(result.buildings[0].footprint_wkb)


def corners(geom) -> np.ndarray:
    return np.asarray(geom.exterior.coords)[:-1]


def has_corner(geom, xy, tol=1e-3) -> bool:
    return bool((np.hypot(*(corners(geom) - np.asarray(xy)).T) < tol).any())


def test_millimetre_model_is_read_in_metres(tmp_path):
    path = synthetic_ifc(tmp_path / "mm.ifc", unit_prefix="MILLI", box=(10000, 20000, 3000))
    result = import_ifc_inprocess(path, GeorefRequest(mode="manual", anchor_e=550000.0, anchor_n=1775000.0))
    g = result.georef
    assert (g.unit_name, g.unit_scale) == ("millimetre", 0.001)
    assert any("millimetre" in w for w in result.warnings)
    b = result.buildings[0]
    assert b.footprint_area_m2 == pytest.approx(200.0, rel=1e-6)
    assert b.height_m == pytest.approx(3.0, abs=1e-6)
    assert b.gfa_m2 == pytest.approx(200.0, rel=1e-6) and b.gfa_source.startswith("slab outlines")
    assert b.floors == 1 and b.storeys_below == 0 and b.use == "Factory"
    assert has_corner(footprint(result), (550010.0, 1775020.0))


def test_manual_anchor_and_rotation_place_a_known_local_point(tmp_path):
    path = synthetic_ifc(tmp_path / "m.ifc", box=(10, 20, 4))
    anchor, rot = (551234.5, 1776543.25), 30.0
    result = import_ifc_inprocess(path, GeorefRequest(mode="manual", anchor_e=anchor[0], anchor_n=anchor[1],
                                                      rotation_deg=rot))
    c, s = math.cos(math.radians(rot)), math.sin(math.radians(rot))
    # local corner (10, 0) turned 30° counter-clockwise, then moved to the anchor
    assert has_corner(footprint(result), (anchor[0] + 10 * c, anchor[1] + 10 * s))
    assert has_corner(footprint(result), (anchor[0] - 20 * s, anchor[1] + 20 * c))
    assert result.georef.method == "manual"
    assert footprint(result).area == pytest.approx(200.0, rel=1e-9)


def test_no_georef_with_parcel_centroid_centres_the_footprint(tmp_path):
    path = synthetic_ifc(tmp_path / "p.ifc", box=(30, 12, 9), origin=(5, 7))
    result = import_ifc_inprocess(path, GeorefRequest(parcel_code="HT-A-01", parcel_centroid=(548000.0, 1772000.0)))
    assert result.georef.method == "parcel centroid" and "HT-A-01" in result.georef.reason
    centre = footprint(result).centroid
    assert (centre.x, centre.y) == pytest.approx((548000.0, 1772000.0), abs=1e-6)
    assert any("Hon Dau" in w for w in result.warnings)  # heights are the model's own


def test_no_georef_without_parcel_says_what_to_provide(tmp_path):
    path = synthetic_ifc(tmp_path / "n.ifc")
    with pytest.raises(IfcImportError) as caught:
        import_ifc_inprocess(path)
    assert caught.value.kind == "no_georef"
    text = str(caught.value)
    assert "GEOREF=manual" in text and "ANCHOR_E" in text and "PARCEL" in text


def test_map_conversion_in_vn2000_and_ground_height(tmp_path):
    e0, n0, rot = 552000.0, 1771000.0, 20.0
    path = synthetic_ifc(tmp_path / "mc.ifc", box=(10, 20, 6), map_conversion=("EPSG:5899", e0, n0, 4.5, rot))
    result = import_ifc_inprocess(path, GeorefRequest(ground_height_m=7.25))
    g = result.georef
    assert g.method == "IfcMapConversion" and g.source_crs == "EPSG:5899"
    assert g.rotation_deg == pytest.approx(rot)
    c, s = math.cos(math.radians(rot)), math.sin(math.radians(rot))
    assert has_corner(footprint(result), (e0 + 10 * c - 20 * s, n0 + 10 * s + 20 * c))
    b = result.buildings[0]
    assert b.ground_elevation_m == pytest.approx(7.25) and b.top_elevation_m == pytest.approx(13.25)
    assert g.heights_known and not any("Hon Dau" in w for w in result.warnings)


def test_contradictory_georef_is_reported_and_map_conversion_wins(tmp_path):
    # map conversion in Da Nang, site latitude/longitude in Hanoi (about 600 km away)
    path = synthetic_ifc(tmp_path / "c.ifc", site_latlon=(21.0285, 105.8542),
                         map_conversion=("EPSG:5899", 550000.0, 1775000.0, 0.0, 0.0))
    result = import_ifc_inprocess(path)
    assert result.georef.method == "IfcMapConversion"
    assert any("contradictory" in w and "IfcMapConversion wins" in w for w in result.warnings)
    assert has_corner(footprint(result), (550000.0, 1775000.0))


def test_model_outside_danang_is_warned(tmp_path):
    path = synthetic_ifc(tmp_path / "o.ifc", map_conversion=("EPSG:5899", 300000.0, 2300000.0, 0.0, 0.0))
    result = import_ifc_inprocess(path)
    assert any("outside Da Nang" in w for w in result.warnings)
    assert has_corner(footprint(result), (300000.0, 2300000.0))
    # with a parcel, the parcel wins over a placement outside Da Nang
    moved = import_ifc_inprocess(path, GeorefRequest(parcel_code="L1", parcel_centroid=(550000.0, 1775000.0)))
    assert moved.georef.method == "parcel centroid"
    assert footprint(moved).centroid.x == pytest.approx(550000.0, abs=1e-6)


def test_map_coordinates_without_georef_inside_danang_are_used(tmp_path):
    path = synthetic_ifc(tmp_path / "mapc.ifc", origin=(551000.0, 1774000.0))
    result = import_ifc_inprocess(path)
    assert result.georef.method == "model coordinates"
    assert has_corner(footprint(result), (551010.0, 1774020.0))


def test_site_latlon_with_true_north(tmp_path):
    lat, lon = 16.045, 108.065  # the Da Nang High-Tech Park
    # true north along the model's +x axis: the model's x axis points north, its y axis west
    path = synthetic_ifc(tmp_path / "s.ifc", site_latlon=(lat, lon), true_north=(1.0, 0.0), box=(100, 10, 3))
    result = import_ifc_inprocess(path)
    assert result.georef.method == "IfcSite reference point"
    to_5899 = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:5899", always_xy=True)
    e0, n0 = to_5899.transform(lon, lat)
    geod = pyproj.Geod(ellps="WGS84")
    lon1, lat1, _ = geod.fwd(lon, lat, 0.0, 100.0)  # 100 m due north of the reference point
    e1, n1 = to_5899.transform(lon1, lat1)
    shape = footprint(result)
    assert has_corner(shape, (e0, n0), tol=0.01)
    assert has_corner(shape, (e1, n1), tol=0.05)


@pytest.fixture(scope="module")
def georeferenced_duplex():
    path = IFC_DIR / "Duplex_A_20110907_georeferenced.ifc"
    if not path.exists():
        pytest.skip("../shared/data/ifc is absent: the real Duplex models are not available here")
    return path, import_ifc_inprocess(path)


def test_georeferenced_duplex_lands_where_its_map_conversion_says(georeferenced_duplex):
    import ifcopenshell
    import ifcopenshell.geom

    path, result = georeferenced_duplex
    assert result.georef.method == "ePSet_MapConversion" and result.georef.source_crs == "EPSG:9897"
    assert any("contradictory" in w for w in result.warnings)  # its IfcSite lat/long is in Chicago
    # independently: the footings' vertices in world coordinates, through the map conversion read here by hand
    model = ifcopenshell.open(str(path))
    settings = ifcopenshell.geom.settings()
    settings.set("use-world-coords", True)
    local = np.concatenate([np.asarray(ifcopenshell.geom.create_shape(settings, f).geometry.verts).reshape(-1, 3)
                            for f in model.by_type("IfcFooting")])
    a, o = 0.325568154457152, 0.945518575599318
    e = 76670.0 + a * local[:, 0] - o * local[:, 1]
    n = 77179.0 + o * local[:, 0] + a * local[:, 1]
    crs = pyproj.CRS("EPSG:9897").sub_crs_list[0]
    x, y = pyproj.Transformer.from_crs(crs, "EPSG:5899", always_xy=True).transform(e, n)
    footings = next(g for g in result.elements if g.ifc_class == "IfcFooting")
    got = shapely.get_coordinates(shapely.from_wkb(footings.wkb), include_z=True)
    assert np.allclose(got[:, :2].min(axis=0), [x.min(), y.min()], rtol=0.0, atol=0.5)
    assert np.allclose(got[:, :2].max(axis=0), [x.max(), y.max()], rtol=0.0, atol=0.5)
    assert got[:, 2].min() == pytest.approx(local[:, 2].min() + 293.700012207031, abs=0.01)


def test_duplex_placed_by_its_site_latitude_longitude():
    path = IFC_DIR / "Duplex_A_20110907.ifc"
    if not path.exists():
        pytest.skip("../shared/data/ifc is absent: the real Duplex models are not available here")
    result = import_ifc_inprocess(path, with_3d=False)
    assert result.georef.method == "IfcSite reference point"
    lat = 41 + 52 / 60 + 27.84 / 3600
    lon = -(87 + 38 / 60 + 21.839999 / 3600)
    centre = footprint(result).centroid
    lon_c, lat_c = pyproj.Transformer.from_crs("EPSG:5899", "EPSG:4326", always_xy=True).transform(centre.x,
                                                                                                  centre.y)
    _, _, distance = pyproj.Geod(ellps="WGS84").inv(lon, lat, lon_c, lat_c)
    assert distance < 50.0  # the house stands within a few tens of metres of its reference point
    assert any("outside Da Nang" in w for w in result.warnings)


def test_the_same_box_in_metres_and_in_millimetres_gives_the_same_footprint(tmp_path):
    request = GeorefRequest(mode="manual", anchor_e=550000.0, anchor_n=1775000.0, rotation_deg=30.0)
    metres = import_ifc_inprocess(synthetic_ifc(tmp_path / "m.ifc", box=(12.5, 8.0, 4.0), origin=(3.0, 2.0)),
                                  request)
    millimetres = import_ifc_inprocess(synthetic_ifc(tmp_path / "mm.ifc", unit_prefix="MILLI",
                                                     box=(12500, 8000, 4000), origin=(3000, 2000)), request)
    a, b = footprint(metres), footprint(millimetres)
    assert a.area == pytest.approx(100.0, rel=1e-6) and a.symmetric_difference(b).area < 1e-6
    assert metres.buildings[0].height_m == pytest.approx(millimetres.buildings[0].height_m) == pytest.approx(4.0)
