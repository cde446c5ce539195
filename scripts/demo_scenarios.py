"""The demo's two development scenarios for a block of the Da Nang High-Tech Park, as an analyst would draw them:
GeoPackage layers of changed lots and new buildings (EPSG:5899), written under ``out/scenarios/`` for
``dsezatwin:draftscenario`` (the demo then simulates, compares and promotes them with ``scripts/qgis-process``).

* ``HTP-CHIP`` — a semiconductor fab cluster: the free industrial lots of the High-Tech Park's industrial zone with
  the most of them are leased to one fab operator (sector ``semiconductors``), each with a 2-floor fab hall
  within the zone's limits (the demo promotes it);
* ``HTP-RND`` — an R&D campus: two neighbouring free R&D lots merged into one campus lot with a 6-floor
  laboratory over 40 % of it — FAR 2.4 where the plan allows 2, which the comparison shows.

    .venv/bin/python scripts/demo_scenarios.py --store out/danang_twin.gpkg --out out/scenarios

Prints the files and the scenario codes as ``name=path`` lines for the demo script.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / ".qgis-profile" / "profiles" / "default" / "python" / "plugins"))

AREA = "DN-HTP"
FAB_TENANT = "Cty TNHH Bán dẫn Đà Nẵng (dự kiến / planned)"
CAMPUS_TENANT = "Viện Nghiên cứu Vi mạch (dự kiến / planned)"


def write_layer(path: Path, rows: list[dict], geometry: str) -> None:
    """A GeoPackage layer of the rows (string/real/integer fields, shapely geometries) in EPSG:5899."""
    from osgeo import ogr, osr

    path.unlink(missing_ok=True)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(5899)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer(path.stem, srs, {"multipolygon": ogr.wkbMultiPolygon}[geometry])
    names = [k for k in rows[0] if k != "geom"]
    for name in names:
        sample = next((r[name] for r in rows if r[name] is not None), "")
        kind = ogr.OFTInteger64 if isinstance(sample, int) else ogr.OFTReal if isinstance(sample, float) \
            else ogr.OFTString
        layer.CreateField(ogr.FieldDefn(name, kind))
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name in names:
            if row[name] is not None:
                feature.SetField(name, row[name])
        feature.SetGeometry(ogr.CreateGeometryFromWkb(row["geom"].wkb))
        layer.CreateFeature(feature)
    ds = None


def main(argv=None) -> int:
    import shapely

    from dseza_twin.dseza_twin_plugin.store import open_store

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with open_store(args.store) as store:
        lots = [r for r in store.rows("parcels", order_by="code") if r["area_code"] == AREA]
        built = {b["parcel_code"] for b in store.rows("buildings", ["parcel_code"])}
    free = [r for r in lots if r["status"] == "available" and r["code"] not in built and r["geom"] is not None]

    # HTP-CHIP: the industrial zone with the most free industrial lots
    industrial = [r for r in free if r["land_use"] == "industrial"]
    zone = Counter(r["zone_code"] for r in industrial).most_common(1)[0][0]
    fab_lots = [r for r in industrial if r["zone_code"] == zone]
    leases = [{"code": r["code"], "status": "leased", "tenant": FAB_TENANT, "investor": FAB_TENANT,
               "sector": "semiconductors", "employees": int(round(120 * r["area_m2"] / 10_000.0)),
               "geom": r["geom"]} for r in fab_lots]
    fabs = []
    for r in fab_lots:  # a fab hall of 2 floors: the lot less a 12 m setback, at most 55 % of it (FAR ≤ 1.1)
        hall = r["geom"].buffer(-12.0, join_style="mitre")
        ratio = min(1.0, 0.55 * r["geom"].area / hall.area) if hall.area else 0.0
        hall = shapely.affinity.scale(hall, ratio ** 0.5, ratio ** 0.5, origin="centroid")
        fabs.append({"code": "{}-FAB".format(r["code"]), "parcel_code": r["code"], "name": "Nhà máy bán dẫn (fab)",
                     "height_m": 14.0, "floors": 2, "use": "factory", "source": "estimate",
                     "geom": shapely.MultiPolygon([hall]) if hall.geom_type == "Polygon" else hall})

    # HTP-RND: two neighbouring free R&D lots of one zone merged into a campus
    rnd = [r for r in free if r["land_use"] == "rnd"]
    pair = next(((a, b) for i, a in enumerate(rnd) for b in rnd[i + 1:]
                 if a["zone_code"] == b["zone_code"] and a["geom"].distance(b["geom"]) < 0.5), None)
    if pair is None:
        raise SystemExit("no two neighbouring free R&D lots in {}: the demo twin has changed".format(AREA))
    merged = shapely.union(pair[0]["geom"], pair[1]["geom"]).buffer(0.01).buffer(-0.01)
    merged = shapely.MultiPolygon([merged]) if merged.geom_type == "Polygon" else merged
    campus_code = "{}-M01".format(pair[0]["zone_code"])
    campus = [{"code": campus_code, "zone_code": pair[0]["zone_code"], "area_code": AREA, "land_use": "rnd",
               "status": "leased", "tenant": CAMPUS_TENANT, "investor": CAMPUS_TENANT, "sector": "software",
               "employees": 900, "area_m2": round(merged.area, 1), "is_public": 1, "geom": merged}]
    core = merged.buffer(-10.0, join_style="mitre")
    ratio = min(1.0, 0.4 * merged.area / core.area)
    core = shapely.affinity.scale(core, ratio ** 0.5, ratio ** 0.5, origin="centroid")
    campus_building = [{"code": "{}-B1".format(campus_code), "parcel_code": campus_code,
                        "name": "Trung tâm R&D (campus)", "height_m": 26.0, "floors": 6, "use": "laboratory",
                        "source": "estimate", "geom": shapely.MultiPolygon([core]) if core.geom_type == "Polygon"
                        else core}]
    merged_away = [{"code": r["code"], "note": "merged into {}".format(campus_code), "geom": r["geom"]}
                   for r in pair]

    files = {"chip_lots": (leases, "multipolygon"), "chip_buildings": (fabs, "multipolygon"),
             "rnd_removed_lots": (merged_away, "multipolygon"), "rnd_campus_lot": (campus, "multipolygon"),
             "rnd_campus_building": (campus_building, "multipolygon")}
    for name, (rows, geometry) in files.items():
        write_layer(out / "{}.gpkg".format(name), rows, geometry)
        print("{}={}".format(name, out / "{}.gpkg".format(name)))
    print("chip_zone={}".format(zone))
    print("rnd_campus={}".format(campus_code))
    return 0


if __name__ == "__main__":
    sys.exit(main())
