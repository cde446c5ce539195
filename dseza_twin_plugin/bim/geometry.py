"""Triangles of an IFC model's elements as numpy arrays, and footprints made from them (shapely 2, vectorised).

One geometry pass (``ifcopenshell.geom.iterator``, local shapes plus their placement matrix, applied with
numpy: faster here than the iterator's world-coordinate mode) over the elements that make a building's shell
(:data:`SHELL_CLASSES`) and, when the floor areas need them, its spaces. Furniture, openings, annotation and
MEP parts are left out: they neither shape the footprint nor the height, and would only slow the pass.
ifcopenshell's output is in metres whatever the file's length unit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import IfcImportError

#: Element classes (with their subclasses) that make a building's shell: footprint, height, 3D view.
SHELL_CLASSES = ("IfcWall", "IfcCurtainWall", "IfcSlab", "IfcRoof", "IfcColumn", "IfcBeam", "IfcMember",
                 "IfcPlate", "IfcCovering", "IfcStair", "IfcStairFlight", "IfcRamp", "IfcRampFlight", "IfcRailing",
                 "IfcDoor", "IfcWindow", "IfcBuildingElementProxy", "IfcFooting", "IfcPile", "IfcChimney",
                 "IfcShadingDevice")
#: Triangles smaller than this (m², in plan) are slivers of vertical faces and do not reach the footprint.
MIN_PLAN_AREA_M2 = 1e-6
#: Holes and parts of a footprint smaller than this (m²) are seams between elements, not courtyards.
MIN_RING_AREA_M2 = 0.05
#: Parts of a footprint smaller than this (m²) are slivers (a thin column is bigger).
MIN_PART_AREA_M2 = 1e-4


@dataclass
class Triangles:
    """All triangles of the pass: ``xyz`` (n, 3, 3) local metres and ``element`` (n,) index into ``ids``."""

    xyz: np.ndarray
    element: np.ndarray
    ids: list[int]


def elements_of(ifc_file, classes) -> list:
    found = {}
    for ifc_class in classes:
        try:
            entities = ifc_file.by_type(ifc_class)
        except RuntimeError:  # the class is not in this file's schema (IfcChimney in IFC2X3 …)
            continue
        for entity in entities:
            if entity.Representation is not None:
                found[entity.id()] = entity
    return list(found.values())


def triangulate(ifc_file, elements: list, *, threads: int = 1, progress=None, cancel=None) -> Triangles:
    """Triangles of ``elements`` in the model's coordinates (metres), one geometry pass."""
    import ifcopenshell.geom

    settings = ifcopenshell.geom.settings()
    chunks, owners, ids = [], [], []
    if not elements:
        return Triangles(np.zeros((0, 3, 3)), np.zeros(0, dtype=np.int64), ids)
    iterator = ifcopenshell.geom.iterator(settings, ifc_file, max(1, int(threads)), include=elements)
    if not iterator.initialize():
        return Triangles(np.zeros((0, 3, 3)), np.zeros(0, dtype=np.int64), ids)
    last = -1
    while True:
        shape = iterator.get()
        if cancel is not None and cancel():
            raise IfcImportError("canceled", "The IFC import was canceled.")
        geometry = shape.geometry
        faces = np.asarray(geometry.faces, dtype=np.int64)
        if faces.size:
            verts = np.asarray(geometry.verts, dtype=np.float64).reshape(-1, 3)
            matrix = np.asarray(shape.transformation.matrix, dtype=np.float64).reshape((4, 4), order="F")
            # x·col0 + y·col1 + z·col2 + t, without BLAS: OpenBLAS spins for ever when its 128 MB buffer
            # cannot be allocated under the worker's memory cap
            world = (verts[:, :1] * matrix[:3, 0] + verts[:, 1:2] * matrix[:3, 1] + verts[:, 2:] * matrix[:3, 2]
                     + matrix[:3, 3])
            chunks.append(world[faces.reshape(-1, 3)])
            owners.append(np.full(len(faces) // 3, len(ids), dtype=np.int64))
            ids.append(shape.id)
        if progress is not None:
            done = iterator.progress()
            if done != last and done % 5 == 0:
                last = done
                progress(done / 100.0, "Triangulating elements ({} %)".format(done))
        if not iterator.next():
            break
    if not chunks:
        return Triangles(np.zeros((0, 3, 3)), np.zeros(0, dtype=np.int64), ids)
    return Triangles(np.concatenate(chunks), np.concatenate(owners), ids)


def plan_area2(xyz: np.ndarray) -> np.ndarray:
    """Twice the signed plan area of each triangle (positive: faces up)."""
    a, b, c = xyz[:, 0, :2], xyz[:, 1, :2], xyz[:, 2, :2]
    return (b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (c[:, 0] - a[:, 0]) * (b[:, 1] - a[:, 1])


def plan_outline(xyz: np.ndarray, element: np.ndarray | None = None):
    """The union of the triangles' projection on the ground (a shapely Polygon or MultiPolygon), holes kept.

    Of each element (``element``: the triangles' element index), only the triangles facing the side with more
    plan area are needed: the up faces of a closed solid cover its whole projection, and an element whose mesh
    points inwards (or lacks its top) is read from its down faces.
    """
    import shapely

    area2 = plan_area2(xyz)
    if element is None:
        element = np.zeros(len(xyz), dtype=np.int64)
    _, owner = np.unique(element, return_inverse=True)
    up_area = np.bincount(owner, weights=np.where(area2 > 0, area2, 0.0))
    down_area = np.bincount(owner, weights=np.where(area2 < 0, -area2, 0.0))
    side = np.where(up_area >= down_area, 1.0, -1.0)[owner]
    chosen = xyz[area2 * side > 2 * MIN_PLAN_AREA_M2]
    if not len(chosen):
        return shapely.Polygon()
    rings = np.concatenate([chosen[:, :, :2], chosen[:, :1, :2]], axis=1)
    union = shapely.union_all(shapely.polygons(rings), grid_size=1e-4)
    return drop_seams(union)


def drop_seams(geometry):
    """Removes holes and parts smaller than :data:`MIN_RING_AREA_M2` (seams between elements' meshes)."""
    import shapely

    parts = shapely.get_parts(geometry)
    kept = []
    for part in parts:
        if part.geom_type != "Polygon" or part.area < MIN_PART_AREA_M2:
            continue
        holes = [ring for ring in part.interiors if shapely.Polygon(ring).area >= MIN_RING_AREA_M2]
        kept.append(shapely.Polygon(part.exterior, holes))
    if not kept:
        return shapely.Polygon()
    return kept[0] if len(kept) == 1 else shapely.MultiPolygon(kept)


def multipolygon_z_wkb(xyz: np.ndarray) -> bytes:
    """WKB of a MultiPolygonZ with one triangle per polygon (degenerate triangles dropped)."""
    import shapely

    cross = np.cross(xyz[:, 1] - xyz[:, 0], xyz[:, 2] - xyz[:, 0])
    keep = np.einsum("ij,ij->i", cross, cross) > 1e-16
    tris = xyz[keep]
    rings = np.concatenate([tris, tris[:, :1]], axis=1)
    multi = shapely.multipolygons(shapely.polygons(rings))
    return shapely.to_wkb(multi, output_dimension=3)
