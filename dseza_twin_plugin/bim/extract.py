"""The IFC import's work, in the current process: open, georeference, triangulate, footprints, storeys, areas.

:func:`import_ifc_inprocess` is what the worker process runs (and the benchmark); QGIS calls
:func:`~.isolation.import_ifc`, which runs it in a child process with a time-out and a memory cap.

Rules, per IfcBuilding (a file without one is taken as one building, with a warning):

- storey levels are the z of each storey's placement (metres), else its Elevation; the *ground storey* is the
  lowest one not more than 0.5 m below the building's own level; storeys below it are ``storeys_below``;
- the *footprint* is the plan union of the shell elements that rise above the ground storey (footings and
  basement walls do not widen it), holes of 0.05 m² and more kept; ``height_m`` is the highest shell vertex
  above the ground storey;
- storey areas come from, in this order: every IfcSpace's Qto GrossFloorArea; else NetFloorArea; else the
  plan union of the storey's space geometry; else the plan union of its floor slabs (not ROOF/LANDING, not
  parts of an IfcRoof). ``floors`` counts the storeys above ground that have floor area (all of them when no
  source exists) and at least :data:`MIN_FLOOR_HEADROOM_M` of height up to the next storey or the building's
  top: a "Roof" storey at the parapets is no floor. ``gfa_m2`` sums the areas of those floors.
  ``storeys_below`` counts the storeys below ground with floor area (a foundation level of footings is none).
"""

from __future__ import annotations

import os
import time
from collections import Counter

import numpy as np

from . import geometry as geo
from .errors import IfcImportError
from .georef import read_sources, resolve
from .header import read_schema
from .result import Building, ElementGroup, GeorefRequest, IfcImportResult, Storey

#: A storey this far (m) below the building's own level still counts as the ground storey.
GROUND_TOLERANCE_M = 0.5
#: Height (m) a storey needs up to the next storey (or the building's top) to count as a floor: below the
#: lowest clear room height of the Vietnamese building standards (2.4 m, ancillary rooms) less a slab.
MIN_FLOOR_HEADROOM_M = 2.2
#: Slab types that are not a floor.
NOT_FLOOR_SLABS = ("ROOF", "LANDING")
_CLASS_ALIASES = {"StandardCase": "", "ElementedCase": ""}


def _class_name(entity) -> str:
    name = entity.is_a()
    for suffix in _CLASS_ALIASES:
        if name.endswith(suffix) and name != suffix:
            return name[: -len(suffix)]
    return name


def _placement_z(entity, unit_scale: float) -> float | None:
    import ifcopenshell.util.placement

    if getattr(entity, "ObjectPlacement", None) is None:
        return None
    return float(ifcopenshell.util.placement.get_local_placement(entity.ObjectPlacement)[2, 3]) * unit_scale


def _up(entity, ifc_class: str):
    """The nearest spatial parent of ``entity`` of class ``ifc_class`` (through containment and aggregation)."""
    import ifcopenshell.util.element as ue

    seen = 0
    current = entity
    while current is not None and seen < 20:
        seen += 1
        parent = ue.get_container(current) if not current.is_a("IfcSpatialElement") and \
            not current.is_a("IfcSpatialStructureElement") else None
        parent = parent or ue.get_aggregate(current)
        if parent is None:
            return None
        if parent.is_a(ifc_class):
            return parent
        current = parent
    return None


def _area_scale(ifc_file) -> float:
    from .georef import unit_of

    for project in ifc_file.by_type("IfcProject"):
        for unit in (project.UnitsInContext.Units if project.UnitsInContext else ()):
            if unit.is_a("IfcNamedUnit") and unit.UnitType == "AREAUNIT":
                if unit.is_a("IfcSIUnit"):
                    return unit_of(unit)[1] ** 2
                return unit_of(unit)[1]
    return 1.0


def _space_quantity(space, name: str) -> float | None:
    import ifcopenshell.util.element as ue

    for quantities in ue.get_psets(space, qtos_only=True).values():
        value = quantities.get(name)
        if isinstance(value, int | float) and value > 0:
            return float(value)
    return None


def _use_of(building) -> str | None:
    import ifcopenshell.util.element as ue

    common = ue.get_psets(building).get("Pset_BuildingCommon", {})
    for value in (common.get("OccupancyType"), building.ObjectType, getattr(building, "LongName", None)):
        if value:
            return str(value)
    return None


def import_ifc_inprocess(path, request: GeorefRequest | None = None, *, with_3d: bool = True, threads: int = 1,
                         progress=None, cancel=None) -> IfcImportResult:
    """Imports an IFC file in this process. See :func:`~.isolation.import_ifc` for the arguments."""
    import ifcopenshell
    import shapely

    request = request or GeorefRequest()
    say = progress or (lambda fraction, message: None)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    path = os.fspath(path)
    schema = read_schema(path)
    name = os.path.basename(path)
    say(0.02, "Opening {}".format(name))
    try:
        ifc_file = ifcopenshell.open(path)
    except ifcopenshell.SchemaError as exc:
        raise IfcImportError("unsupported_schema", "{} uses an IFC schema this import cannot read ({}). Ask for "
                             "an export in IFC4 or IFC2X3.".format(name, exc)) from exc
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - ifcopenshell raises plain errors for unreadable files
        raise IfcImportError("corrupt", "{} could not be read as IFC: {}. The file is damaged or not valid IFC; "
                             "export it again.".format(name, exc), details=repr(exc)) from exc
    timings["open"] = time.perf_counter() - started
    if cancel is not None and cancel():
        raise IfcImportError("canceled", "The IFC import was canceled.")
    sources = read_sources(ifc_file)
    unit_scale = sources["unit_scale"]
    warnings: list[str] = []

    # spatial structure: buildings, storeys, which element and space belongs where
    buildings = list(ifc_file.by_type("IfcBuilding"))
    elements = geo.elements_of(ifc_file, geo.SHELL_CLASSES)
    spaces = geo.elements_of(ifc_file, ("IfcSpace",))
    if not elements:
        raise IfcImportError("empty", "{} contains no building elements with geometry (walls, slabs, roofs …); "
                             "nothing to import. Check that the export included the model's 3D elements."
                             .format(name))
    owner_of = {}  # element id -> building id
    storey_of = {}  # element or space id -> storey id
    for entity in elements + spaces:
        storey = _up(entity, "IfcBuildingStorey")
        if storey is not None:
            storey_of[entity.id()] = storey.id()
        building = _up(storey or entity, "IfcBuilding")
        if building is not None:
            owner_of[entity.id()] = building.id()
    if not buildings:
        warnings.append("The file has no IfcBuilding: all its elements were taken as one building.")
    if len(buildings) <= 1:
        only = buildings[0].id() if buildings else 0
        owner_of = {entity.id(): only for entity in elements + spaces}
    else:
        loose = sum(1 for entity in elements if entity.id() not in owner_of)
        if loose:
            warnings.append("{} elements belong to no building and were left out of the footprints.".format(loose))
    storeys_by_building: dict[int, list] = {b.id(): [] for b in buildings} or {0: []}
    for storey in ifc_file.by_type("IfcBuildingStorey"):
        building = _up(storey, "IfcBuilding")
        key = building.id() if building is not None else next(iter(storeys_by_building))
        storeys_by_building.setdefault(key, []).append(storey)

    # which floor-area source: quantities, space geometry or slabs
    area_scale = _area_scale(ifc_file)
    space_area, area_source = {}, None
    for quantity in ("GrossFloorArea", "NetFloorArea"):
        values = {s.id(): _space_quantity(s, quantity) for s in spaces}
        if spaces and all(v is not None for v in values.values()):
            space_area = {k: v * area_scale for k, v in values.items()}
            area_source = "IfcSpace Qto_SpaceBaseQuantities {}".format(quantity)
            break
    need_space_geometry = bool(spaces) and area_source is None
    say(0.1, "Triangulating {} elements".format(len(elements) + (len(spaces) if need_space_geometry else 0)))
    t0 = time.perf_counter()

    def geometry_progress(fraction, message):
        say(0.1 + 0.75 * fraction, message)

    tris = geo.triangulate(ifc_file, elements + (spaces if need_space_geometry else []), threads=threads,
                           progress=geometry_progress, cancel=cancel)
    timings["geometry"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    say(0.86, "Building footprints")
    by_id = {i: ifc_file.by_id(i) for i in tris.ids}
    space_ids = {s.id() for s in spaces}
    is_space = np.array([i in space_ids for i in tris.ids], dtype=bool)
    owner = np.array([owner_of.get(i, -1) for i in tris.ids], dtype=np.int64)
    tri_space = is_space[tris.element] if len(tris.element) else np.zeros(0, dtype=bool)
    tri_owner = owner[tris.element] if len(tris.element) else np.zeros(0, dtype=np.int64)
    elem_top = np.full(len(tris.ids), -np.inf)
    if len(tris.element):
        np.maximum.at(elem_top, tris.element, tris.xyz[:, :, 2].max(axis=1))
    if not (~tri_space).any():
        raise IfcImportError("empty", "No building element of {} produced any geometry; nothing to import."
                             .format(name))

    # per building, in local coordinates: ground level, top, footprint
    plans = []
    for building_id, storeys in storeys_by_building.items():
        mine = (tri_owner == building_id) & ~tri_space
        if not mine.any():
            continue
        levels = sorted(((_placement_z(s, unit_scale) if s.ObjectPlacement is not None
                          else float(s.Elevation or 0.0) * unit_scale), s) for s in storeys)
        entity = ifc_file.by_id(building_id) if building_id else None
        base = (_placement_z(entity, unit_scale) or 0.0) if entity is not None else 0.0
        above = [z for z, _ in levels if z >= base - GROUND_TOLERANCE_M]
        ground_z = above[0] if above else (levels[-1][0] if levels else float(tris.xyz[mine][:, :, 2].min()))
        shell = mine & (elem_top[tris.element] > ground_z + 0.1)
        pick = shell if shell.any() else mine
        outline = geo.plan_outline(tris.xyz[pick], tris.element[pick])
        plans.append((building_id, entity, levels, ground_z, float(tris.xyz[mine][:, :, 2].max()), outline))
    everything = shapely.union_all([p[5] for p in plans])
    centre = everything.centroid
    placement, georef = resolve(sources, request, (centre.x, centre.y) if not everything.is_empty else (0.0, 0.0),
                                plans[0][3])

    # storeys and areas, then the buildings in EPSG:5899
    out_buildings, out_storeys = [], []
    for building_id, entity, levels, ground_z, top_z, outline in plans:
        footprint = shapely.transform(outline, placement.coords_2d)
        guid = entity.GlobalId if entity is not None else (ifc_file.by_type("IfcProject")[0].GlobalId)
        areas, source = {}, area_source
        storey_ids = [s.id() for _, s in levels]
        if area_source:
            for sid, value in space_area.items():
                storey = storey_of.get(sid)
                if storey in storey_ids:
                    areas[storey] = areas.get(storey, 0.0) + value
        elif need_space_geometry and (tri_space & (tri_owner == building_id)).any():
            source = "IfcSpace geometry (plan outline of the storey's spaces)"
            areas = _areas_by_storey(tris, tri_space & (tri_owner == building_id), storey_of, placement)
        else:
            slab = np.array([by_id[i].is_a("IfcSlab") and (getattr(by_id[i], "PredefinedType", None) or "")
                             not in NOT_FLOOR_SLABS and not _up_is_roof(by_id[i]) for i in tris.ids], dtype=bool)
            chosen = slab[tris.element] & (tri_owner == building_id)
            if chosen.any():
                source = "slab outlines per storey (floor slabs' plan outline)"
                areas = _areas_by_storey(tris, chosen, storey_of, placement)
        floors = below = 0
        gfa = 0.0 if source else None
        for index, (z, storey) in enumerate(levels):
            above_ground = z >= ground_z - 0.01
            area = areas.get(storey.id()) if source else None
            out_storeys.append(Storey(building_guid=guid, guid=storey.GlobalId, name=storey.Name, elevation_m=z
                                      + placement.z_offset, gross_area_m2=area, area_source=source if area else None,
                                      above_ground=above_ground))
            if above_ground:
                headroom = (levels[index + 1][0] if index + 1 < len(levels) else top_z) - z
                if (source is None or area) and headroom >= MIN_FLOOR_HEADROOM_M:
                    floors += 1
                    gfa = gfa + area if area else gfa
                elif area:
                    warnings.append("Building {}: storey '{}' has {:.2f} m of height up to the {} (less than "
                                    "{:.1f} m): not counted as a floor, its {:.1f} m² not in the floor area."
                                    .format(getattr(entity, "Name", None) or guid, storey.Name or storey.GlobalId,
                                            headroom, "next storey" if index + 1 < len(levels) else "top",
                                            MIN_FLOOR_HEADROOM_M, area))
            elif source is None or area:
                below += 1
        if source is None:
            warnings.append("Building {}: no spaces or floor slabs, so its gross floor area is unknown."
                            .format(getattr(entity, "Name", None) or guid))
        out_buildings.append(Building(
            guid=guid, name=getattr(entity, "Name", None), use=_use_of(entity) if entity is not None else None,
            footprint_wkb=shapely.to_wkb(footprint), footprint_area_m2=float(footprint.area),
            height_m=top_z - ground_z, floors=floors, storeys_below=below, gfa_m2=gfa, gfa_source=source,
            ground_elevation_m=ground_z + placement.z_offset, top_elevation_m=top_z + placement.z_offset))
    timings["footprints"] = time.perf_counter() - t0

    groups = []
    if with_3d:
        say(0.93, "Building the 3D view's triangles")
        shell = ~tri_space
        classes = np.array([_class_name(by_id[i]) for i in tris.ids])
        tri_class = classes[tris.element]
        placed = placement.xyz(tris.xyz[shell].reshape(-1, 3)).reshape(-1, 3, 3)
        shell_class = tri_class[shell]
        element_count = Counter(_class_name(by_id[i]) for i in tris.ids if i not in space_ids)
        for ifc_class in sorted(set(shell_class.tolist())):
            groups.append(ElementGroup(ifc_class=ifc_class, count=element_count[ifc_class],
                                       wkb=geo.multipolygon_z_wkb(placed[shell_class == ifc_class])))
    timings["total"] = time.perf_counter() - started
    say(1.0, "Imported {}".format(name))
    counts = {"elements": int(len(tris.ids) - int(is_space.sum())), "spaces": len(spaces),
              "triangles": int((~tri_space).sum()), "buildings": len(out_buildings), "storeys": len(out_storeys)}
    counts.update({"class:" + k: v for k, v in sorted(Counter(_class_name(e) for e in elements).items())})
    return IfcImportResult(file=path, schema=schema, georef=georef, buildings=out_buildings, storeys=out_storeys,
                           elements=groups, warnings=georef.warnings + warnings, timings=timings, counts=counts)


def _up_is_roof(entity) -> bool:
    import ifcopenshell.util.element as ue

    parent = ue.get_aggregate(entity)
    return parent is not None and parent.is_a("IfcRoof")


def _areas_by_storey(tris, mask: np.ndarray, storey_of: dict, placement) -> dict:
    """Plan area (m², EPSG:5899) of the union of the masked triangles, per storey."""
    import shapely

    areas = {}
    storey_per_element = np.array([storey_of.get(i, -1) for i in tris.ids], dtype=np.int64)
    tri_storey = storey_per_element[tris.element]
    for storey in np.unique(tri_storey[mask]):
        if storey < 0:
            continue
        pick = mask & (tri_storey == storey)
        outline = geo.plan_outline(tris.xyz[pick], tris.element[pick])
        area = float(shapely.transform(outline, placement.coords_2d).area)
        if area > 0:
            areas[int(storey)] = area
    return areas
