"""The georeferencing doctor: finds where an IFC model belongs in EPSG:5899 and explains how it decided.

In this order (``GeorefRequest.mode='auto'``):

1. IFC4+ ``IfcMapConversion`` with its ``IfcProjectedCRS`` (EPSG code from the CRS's Name, map unit from its
   MapUnit);
2. IFC2X3 property sets ``ePSet_MapConversion`` / ``ePSet_ProjectedCRS`` on IfcSite or IfcProject (the
   buildingSMART convention for IFC2X3);
3. local coordinates more than 10 km from the origin that, read as EPSG:5899, fall inside Da Nang: a model
   exported in map coordinates without georeferencing (method ``'model coordinates'``);
4. ``IfcSite`` RefLatitude/RefLongitude/RefElevation turned by the context's TrueNorth, through a local
   tangent (transverse Mercator at the reference point) to EPSG:5899;
5. else the request's parcel centroid (the footprint's centre goes there), else ``IfcImportError('no_georef')``.

``mode='manual'`` puts the local origin on the request's anchor instead. A placement that lands outside Da
Nang is kept with a warning, unless a parcel centroid is given: then the parcel wins (also with a warning).
Pure Python over plain values; :func:`read_sources` is the only function that reads an ifcopenshell file.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

from .errors import IfcImportError
from .result import TARGET_CRS, Georef, GeorefRequest

#: Generous bounding box of Da Nang's mainland in EPSG:5899 (xmin, ymin, xmax, ymax): the city outline of
#: ../shared/data/admin/danang_districts_2024.geojson (dvhcvn, boundaries of 2025-03-01) without Hoàng Sa
#: district, transformed to EPSG:5899 (507153, 1760533, 562815, 1793418) and widened by about 2 km.
DANANG_BBOX_5899 = (505_000.0, 1_758_000.0, 565_000.0, 1_796_000.0)
#: Local coordinates this far from the origin (metres) mean a model exported in map coordinates.
FAR_FROM_ORIGIN_M = 10_000.0
#: Two georeferencings of the same file further apart than this (metres) contradict each other.
CONTRADICTION_M = 100.0

_SI_PREFIX = {"EXA": 1e18, "PETA": 1e15, "TERA": 1e12, "GIGA": 1e9, "MEGA": 1e6, "KILO": 1e3, "HECTO": 1e2,
              "DECA": 1e1, "DECI": 1e-1, "CENTI": 1e-2, "MILLI": 1e-3, "MICRO": 1e-6, "NANO": 1e-9,
              "PICO": 1e-12, "FEMTO": 1e-15, "ATTO": 1e-18}
_EPSG = re.compile(r"EPSG\s*:*\s*(\d+)", re.IGNORECASE)


def in_danang(x: float, y: float) -> bool:
    """Whether an EPSG:5899 point lies in Da Nang's (generous) mainland box."""
    xmin, ymin, xmax, ymax = DANANG_BBOX_5899
    return xmin <= x <= xmax and ymin <= y <= ymax


# --- reading the file ------------------------------------------------------------------------------------

def unit_of(unit) -> tuple[str, float]:
    """Name and metres per unit of an IfcNamedUnit (IfcSIUnit with prefix, or IfcConversionBasedUnit)."""
    if unit is None:
        return "metre", 1.0
    if unit.is_a("IfcSIUnit"):
        prefix = unit.Prefix or ""
        return prefix.lower() + unit.Name.lower(), _SI_PREFIX.get(prefix, 1.0)
    if unit.is_a("IfcConversionBasedUnit"):
        factor = unit.ConversionFactor
        value = factor.ValueComponent.wrappedValue if hasattr(factor.ValueComponent, "wrappedValue") \
            else float(factor.ValueComponent)
        _, base = unit_of(factor.UnitComponent)
        return unit.Name.lower(), float(value) * base
    return "metre", 1.0


def length_unit(ifc_file) -> tuple[str, float]:
    """The project's length unit (from IfcUnitAssignment's LENGTHUNIT): name and metres per unit."""
    for project in ifc_file.by_type("IfcProject"):
        assignment = project.UnitsInContext
        for unit in (assignment.Units if assignment else ()):
            if unit.is_a("IfcNamedUnit") and unit.UnitType == "LENGTHUNIT":
                return unit_of(unit)
    return "metre", 1.0


def _compound_angle(value) -> float | None:
    if not value:
        return None
    parts = list(value) + [0] * (4 - len(value))
    return parts[0] + parts[1] / 60.0 + parts[2] / 3600.0 + parts[3] / 3.6e9


def _true_north(ifc_file) -> tuple[float, float] | None:
    for context in ifc_file.by_type("IfcGeometricRepresentationContext"):
        if context.is_a("IfcGeometricRepresentationSubContext"):
            continue
        if context.TrueNorth is not None:
            ratios = context.TrueNorth.DirectionRatios
            return float(ratios[0]), float(ratios[1])
    return None


def _psets(entity) -> dict:
    import ifcopenshell.util.element

    return ifcopenshell.util.element.get_psets(entity)


def read_sources(ifc_file) -> dict:
    """Every georeferencing hint of the file, as plain values.

    Keys: ``unit_name``, ``unit_scale``, ``map_conversion`` (dict or None), ``site`` (dict or None),
    ``warnings``.
    """
    unit_name, unit_scale = length_unit(ifc_file)
    out = {"unit_name": unit_name, "unit_scale": unit_scale, "map_conversion": None, "site": None,
           "warnings": []}
    if ifc_file.schema != "IFC2X3":
        for conversion in ifc_file.by_type("IfcMapConversion"):
            crs = conversion.TargetCRS
            map_unit = getattr(crs, "MapUnit", None)
            out["map_conversion"] = {
                "method": "IfcMapConversion", "crs_name": getattr(crs, "Name", None),
                "eastings": float(conversion.Eastings or 0.0), "northings": float(conversion.Northings or 0.0),
                "height": float(conversion.OrthogonalHeight or 0.0),
                "x_abscissa": conversion.XAxisAbscissa, "x_ordinate": conversion.XAxisOrdinate,
                "scale": conversion.Scale, "map_unit_scale": unit_of(map_unit)[1] if map_unit else None,
            }
            if conversion.is_a("IfcMapConversionScaled"):
                out["warnings"].append("The map conversion has separate x/y/z scale factors "
                                       "(IfcMapConversionScaled); only its common Scale is applied.")
            break
    sites = ifc_file.by_type("IfcSite")
    holders = list(sites) + list(ifc_file.by_type("IfcProject"))
    if out["map_conversion"] is None:
        for holder in holders:
            psets = _psets(holder)
            conversion = psets.get("ePSet_MapConversion")
            if conversion:
                crs = psets.get("ePSet_ProjectedCRS") or {}
                out["map_conversion"] = {
                    "method": "ePSet_MapConversion", "crs_name": crs.get("Name"),
                    "eastings": float(conversion.get("Eastings") or 0.0),
                    "northings": float(conversion.get("Northings") or 0.0),
                    "height": float(conversion.get("OrthogonalHeight") or 0.0),
                    "x_abscissa": conversion.get("XAxisAbscissa"), "x_ordinate": conversion.get("XAxisOrdinate"),
                    "scale": conversion.get("Scale"), "map_unit_scale": None,
                }
                break
    for site in sites:
        lat, lon = _compound_angle(site.RefLatitude), _compound_angle(site.RefLongitude)
        if lat is None or lon is None or (abs(lat) < 1e-9 and abs(lon) < 1e-9):
            continue
        out["site"] = {"latitude": lat, "longitude": lon,
                       "elevation": float(site.RefElevation or 0.0) * unit_scale,
                       "true_north": _true_north(ifc_file)}
        break
    return out


# --- placing -------------------------------------------------------------------------------------------

@dataclass
class Placement:
    """Local model coordinates (metres) → EPSG:5899: a similarity into the source CRS, then pyproj."""

    origin_e: float
    origin_n: float
    cos: float
    sin: float
    factor: float  # source-CRS units per local metre
    z_offset: float = 0.0
    source_crs: str | None = None  # None: the affine already gives EPSG:5899
    _transformer: object = field(default=None, repr=False)

    def xy(self, x, y):
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        e = self.origin_e + self.factor * (self.cos * x - self.sin * y)
        n = self.origin_n + self.factor * (self.sin * x + self.cos * y)
        if self.source_crs is None:
            return e, n
        if self._transformer is None:
            self._transformer = _transformer(self.source_crs)
        return self._transformer.transform(e, n)

    def xyz(self, coords: np.ndarray) -> np.ndarray:
        """An (n, 3) array of local metres → EPSG:5899 x, y and height."""
        e, n = self.xy(coords[:, 0], coords[:, 1])
        return np.column_stack([e, n, coords[:, 2] + self.z_offset])

    def coords_2d(self, coords: np.ndarray) -> np.ndarray:
        """For ``shapely.transform``: (n, 2) local → (n, 2) EPSG:5899."""
        e, n = self.xy(coords[:, 0], coords[:, 1])
        return np.column_stack([e, n])


def _transformer(source: str):
    import pyproj

    crs = pyproj.CRS.from_user_input(source)
    if crs.is_compound:
        crs = crs.sub_crs_list[0]
    return pyproj.Transformer.from_crs(crs, TARGET_CRS, always_xy=True)


def _crs_code(name: str | None) -> str | None:
    if not name:
        return None
    match = _EPSG.search(str(name))
    if match:
        return "EPSG:{}".format(match.group(1))
    try:
        import pyproj

        pyproj.CRS.from_user_input(str(name))
        return str(name)
    except Exception:  # noqa: BLE001 - any pyproj refusal means "not a CRS we know"
        return None


def _heights_in_hon_dau(crs_code: str) -> bool:
    import pyproj

    try:
        crs = pyproj.CRS.from_user_input(crs_code)
    except Exception:  # noqa: BLE001
        return False
    return crs.is_compound and any(s.to_epsg() == 5727 for s in crs.sub_crs_list)


def _map_conversion(mc: dict, unit_scale: float, warnings: list) -> tuple[Placement, Georef] | None:
    where = "the file's {}".format(mc["method"])
    crs = _crs_code(mc.get("crs_name"))
    if crs is None:
        warnings.append("{} names no usable CRS ({!r}); it was not used. Give the CRS as 'EPSG:code' in the "
                        "projected CRS's Name.".format(where, mc.get("crs_name")))
        return None
    try:
        import pyproj

        crs_obj = pyproj.CRS.from_user_input(crs)
        horizontal = crs_obj.sub_crs_list[0] if crs_obj.is_compound else crs_obj
        axis_unit = horizontal.axis_info[0].unit_conversion_factor if horizontal.axis_info else 1.0
        _transformer(crs)
    except Exception as exc:  # noqa: BLE001
        warnings.append("{} names the CRS {}, which cannot be transformed to EPSG:5899 ({}); it was not used."
                        .format(where, crs, exc))
        return None
    map_unit = mc.get("map_unit_scale") or axis_unit or 1.0
    a = mc.get("x_abscissa")
    o = mc.get("x_ordinate")
    a = 1.0 if a is None else float(a)
    o = 0.0 if o is None else float(o)
    norm = math.hypot(a, o) or 1.0
    scale = float(mc.get("scale") or 1.0)
    if abs(scale - unit_scale / map_unit) < 1e-12 * max(1.0, scale) and unit_scale != map_unit:
        factor = 1.0 / map_unit  # Scale is the project-unit → map-unit conversion; geometry is in metres already
    else:
        factor = scale / map_unit
    placement = Placement(mc["eastings"], mc["northings"], a / norm, o / norm, factor,
                          z_offset=mc["height"] * map_unit, source_crs=crs)
    georef = Georef(method=mc["method"], reason="", source_crs=crs, eastings=mc["eastings"],
                    northings=mc["northings"], orthogonal_height=mc["height"],
                    rotation_deg=math.degrees(math.atan2(o, a)), scale=scale,
                    heights_known=_heights_in_hon_dau(crs))
    return placement, georef


def _site(site: dict) -> tuple[Placement, Georef]:
    north = site.get("true_north") or (0.0, 1.0)
    norm = math.hypot(*north) or 1.0
    nx, ny = north[0] / norm, north[1] / norm
    local = ("+proj=tmerc +lat_0={:.10f} +lon_0={:.10f} +k=1 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
             .format(site["latitude"], site["longitude"]))
    placement = Placement(0.0, 0.0, ny, nx, 1.0, z_offset=site["elevation"], source_crs=local)
    georef = Georef(method="IfcSite reference point", reason="", source_crs="EPSG:4326",
                    eastings=site["longitude"], northings=site["latitude"], orthogonal_height=site["elevation"],
                    rotation_deg=math.degrees(math.atan2(nx, ny)))
    return placement, georef


def _rotation(deg: float) -> tuple[float, float]:
    rad = math.radians(deg or 0.0)
    return math.cos(rad), math.sin(rad)


def resolve(sources: dict, request: GeorefRequest | None, local_centre: tuple[float, float],
            ground_z: float) -> tuple[Placement, Georef]:
    """Chooses the placement of a model.

    ``local_centre`` is the centre of the model's footprint in its own coordinates (metres), ``ground_z``
    the local height of its ground storey (metres). Raises ``IfcImportError('no_georef')`` when nothing
    places the model.
    """
    request = request or GeorefRequest()
    warnings = list(sources.get("warnings", []))
    unit_name, unit_scale = sources["unit_name"], sources["unit_scale"]
    if abs(unit_scale - 1.0) > 1e-12:
        warnings.append("The model's length unit is the {} ({:g} m); its coordinates and quantities were "
                        "converted to metres.".format(unit_name, unit_scale))
    cx, cy = local_centre
    far = math.hypot(cx, cy) > FAR_FROM_ORIGIN_M
    mc = sources.get("map_conversion")
    site = sources.get("site")
    chosen = None
    if request.mode == "manual":
        cos, sin = _rotation(request.rotation_deg)
        placement = Placement(float(request.anchor_e), float(request.anchor_n), cos, sin, 1.0)
        georef = Georef(method="manual", reason="GEOREF=manual: the model's local origin is put on the anchor "
                        "({:.2f}, {:.2f}) in EPSG:5899 and its x axis turned {:g}° counter-clockwise from grid "
                        "east.".format(request.anchor_e, request.anchor_n, request.rotation_deg or 0.0),
                        source_crs=TARGET_CRS, eastings=float(request.anchor_e),
                        northings=float(request.anchor_n), rotation_deg=float(request.rotation_deg or 0.0))
        if mc or site:
            warnings.append("The file's own georeferencing ({}) was ignored because a manual placement was "
                            "asked for.".format(mc["method"] if mc else "IfcSite latitude/longitude"))
        if far:
            warnings.append("The model's coordinates lie {:.1f} km from its origin, so it lands that far from the "
                            "anchor; the anchor places the local origin (0, 0), not the building."
                            .format(math.hypot(cx, cy) / 1000))
        chosen = (placement, georef)
    else:
        candidates = []
        if mc:
            found = _map_conversion(mc, unit_scale, warnings)
            if found:
                found[1].reason = ("The file carries a map conversion ({}) to {}: the most explicit "
                                   "georeferencing an IFC file can have.".format(mc["method"], found[1].source_crs))
                candidates.append(found)
                if far:
                    warnings.append("The model's coordinates lie {:.1f} km from its origin although it has a map "
                                    "conversion: the offset may be counted twice. Check the placement."
                                    .format(math.hypot(cx, cy) / 1000))
        if far and not candidates:
            if in_danang(cx, cy):
                placement = Placement(0.0, 0.0, 1.0, 0.0, 1.0)
                georef = Georef(method="model coordinates", reason="The model has no map conversion but its "
                                "coordinates ({:.0f}, {:.0f}) are far from the origin and fall inside Da Nang "
                                "when read as EPSG:5899: it was exported in map coordinates, used as they are."
                                .format(cx, cy), source_crs=TARGET_CRS)
                candidates.append((placement, georef))
            else:
                warnings.append("The model's coordinates lie {:.1f} km from its origin ({:.0f}, {:.0f}) but are not "
                                "Da Nang's EPSG:5899 coordinates: it may have been exported in map coordinates of "
                                "another system without georeferencing.".format(math.hypot(cx, cy) / 1000, cx, cy))
        if site:
            placement, georef = _site(site)
            georef.reason = ("The file has no map conversion; IfcSite's reference latitude/longitude "
                             "({:.6f}, {:.6f}) with true north place it through a local tangent plane."
                             .format(site["latitude"], site["longitude"]))
            if candidates:
                first = candidates[0][0]
                e1, n1 = first.xy(0.0, 0.0)
                e2, n2 = placement.xy(0.0, 0.0)
                gap = math.hypot(float(e1) - float(e2), float(n1) - float(n2))
                if gap > CONTRADICTION_M:
                    warnings.append("The file's georeferencing is contradictory: its {} and IfcSite's latitude/"
                                    "longitude put the model {:.1f} km apart. The {} wins: it is explicit, "
                                    "while the site's latitude/longitude is often an authoring tool's default."
                                    .format(candidates[0][1].method, gap / 1000, candidates[0][1].method))
            else:
                candidates.append((placement, georef))
        if candidates:
            chosen = candidates[0]
            e, n = chosen[0].xy(cx, cy)
            if not in_danang(float(e), float(n)):
                text = ("The {} places the model at ({:.0f}, {:.0f}) in EPSG:5899, outside Da Nang."
                        .format(chosen[1].method, float(e), float(n)))
                if request.parcel_centroid is not None:
                    warnings.append(text + " It was put on the centre of parcel {} instead.".format(
                        request.parcel_code or "(given)"))
                    chosen = None
                else:
                    warnings.append(text + " Check the file's georeferencing, or import with GEOREF=manual "
                                    "(ANCHOR_E, ANCHOR_N, ROTATION_DEG) or a PARCEL.")
        if chosen is None:
            if request.parcel_centroid is None:
                raise IfcImportError("no_georef", "The IFC model has no usable georeferencing (no map conversion, "
                                     "no site latitude/longitude, no map coordinates), so it cannot be placed. "
                                     "Import it with GEOREF=manual and ANCHOR_E, ANCHOR_N (EPSG:5899 metres of the "
                                     "model's origin) and ROTATION_DEG, or give the PARCEL lot code it stands on.",
                                     details="; ".join(warnings))
            px, py = request.parcel_centroid
            cos, sin = _rotation(request.rotation_deg)
            # the footprint's centre (cx, cy) goes to the parcel centroid
            origin_e = px - (cos * cx - sin * cy)
            origin_n = py - (sin * cx + cos * cy)
            placement = Placement(origin_e, origin_n, cos, sin, 1.0)
            georef = Georef(method="parcel centroid", reason="No usable georeferencing in the file: the centre of "
                            "the model's footprint is put on the centroid of parcel {} ({:.2f}, {:.2f}), turned "
                            "{:g}°.".format(request.parcel_code or "(given)", px, py, request.rotation_deg or 0.0),
                            source_crs=TARGET_CRS, eastings=origin_e, northings=origin_n,
                            rotation_deg=float(request.rotation_deg or 0.0))
            chosen = (placement, georef)
    placement, georef = chosen
    if placement.source_crs is None or georef.method in ("manual", "parcel centroid", "model coordinates"):
        placement.z_offset = 0.0
    if request.ground_height_m is not None:
        placement.z_offset = float(request.ground_height_m) - ground_z
        georef.heights_known = True
    elif not georef.heights_known:
        warnings.append("Heights are the model's own ({}), not Hon Dau 1992 (EPSG:5727) heights: give "
                        "GROUND_HEIGHT (the Hon Dau height of the ground floor) to place them."
                        .format("map conversion's OrthogonalHeight added" if georef.method.endswith("Conversion")
                                else "RefElevation added" if georef.method.startswith("IfcSite")
                                else "relative to the model's origin"))
    georef.unit_name, georef.unit_scale = unit_name, unit_scale
    georef.warnings = warnings
    return placement, georef
