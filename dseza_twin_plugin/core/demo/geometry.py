"""Array geometry helpers: rotated local frames to EPSG:5899, rectangles and lines in bulk.

Every demo feature is laid out in the local frame of its functional area: a
(u, v) plane in metres, centred on the area's anchor and rotated by the area's
angle. These helpers turn arrays of local coordinates into shapely 2 geometry
arrays in one call each; they never loop over features in Python.

The same local coordinates always give bit-identical world coordinates (plain
IEEE multiply/add, elementwise), so two lots that share an edge in the local
frame share it exactly in EPSG:5899 too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely


@dataclass(frozen=True)
class Frame:
    """A rotated local frame: world = centre + R(angle) · (u, v)."""

    cx: float
    cy: float
    angle_deg: float

    @property
    def cos(self) -> float:
        return math.cos(math.radians(self.angle_deg))

    @property
    def sin(self) -> float:
        return math.sin(math.radians(self.angle_deg))

    def to_world(self, u, v):
        u = np.asarray(u, dtype=float)
        v = np.asarray(v, dtype=float)
        return to_world(u, v, self.cx, self.cy, self.cos, self.sin)


def to_world(u, v, cx, cy, cos, sin):
    """Local (u, v) → world (x, y); every argument may be an array (broadcast)."""
    x = cx + (u * cos - v * sin)
    y = cy + (u * sin + v * cos)
    return x, y


def frame_arrays(frames: list[Frame], index: np.ndarray):
    """Per-feature (cx, cy, cos, sin) arrays for features in the frames ``index``."""
    cx = np.array([f.cx for f in frames])[index]
    cy = np.array([f.cy for f in frames])[index]
    cos = np.array([f.cos for f in frames])[index]
    sin = np.array([f.sin for f in frames])[index]
    return cx, cy, cos, sin


def rect_polygons(u0, u1, v0, v1, cx, cy, cos, sin) -> np.ndarray:
    """Rectangles [u0, u1] × [v0, v1] of local frames → array of world Polygons."""
    u = np.stack([u0, u1, u1, u0, u0], axis=-1)
    v = np.stack([v0, v0, v1, v1, v0], axis=-1)
    x, y = to_world(u, v, np.asarray(cx)[..., None], np.asarray(cy)[..., None],
                    np.asarray(cos)[..., None], np.asarray(sin)[..., None])
    return shapely.polygons(np.stack([x, y], axis=-1))


def segment_lines(u0, v0, u1, v1, cx, cy, cos, sin) -> np.ndarray:
    """Segments (u0, v0)–(u1, v1) of local frames → array of world LineStrings."""
    u = np.stack([u0, u1], axis=-1)
    v = np.stack([v0, v1], axis=-1)
    x, y = to_world(u, v, np.asarray(cx)[..., None], np.asarray(cy)[..., None],
                    np.asarray(cos)[..., None], np.asarray(sin)[..., None])
    return shapely.linestrings(np.stack([x, y], axis=-1))


def as_multi(geoms: np.ndarray) -> np.ndarray:
    """Each Polygon/LineString of ``geoms`` → a one-part Multi geometry (the store's column types)."""
    geoms = np.asarray(geoms, dtype=object)
    if len(geoms) == 0:
        return geoms
    index = np.arange(len(geoms))
    kind = shapely.get_type_id(geoms[0])
    if kind == 3:  # Polygon
        return shapely.multipolygons(geoms, indices=index)
    if kind == 1:  # LineString
        return shapely.multilinestrings(geoms, indices=index)
    raise ValueError("as_multi expects polygons or linestrings")
