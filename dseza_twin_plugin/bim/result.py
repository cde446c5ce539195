"""What an IFC import returns: plain dataclasses (str, float, int, bytes, lists, dicts) that pickle and
compare as values, so the worker process can hand them to QGIS's process unchanged.

Coordinates are EPSG:5899 (VN-2000 / TM-3 107-45, metres); heights are metres, in Hon Dau 1992 (EPSG:5727)
when the import knows the ground's height, else in the model's own height system (then a warning says so).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

TARGET_CRS = "EPSG:5899"
HEIGHT_CRS = "EPSG:5727"


@dataclass
class GeorefRequest:
    """How to place the model.

    ``mode='auto'`` reads the file's own georeferencing; ``mode='manual'`` puts the model's local origin on
    (``anchor_e``, ``anchor_n``) in EPSG:5899, its x axis turned ``rotation_deg`` counter-clockwise from grid
    east. ``parcel_centroid`` (EPSG:5899 x, y of the lot ``parcel_code``) places a model that has no usable
    georeferencing: its footprint's centre goes there. ``ground_height_m`` is the Hon Dau height of the ground
    storey's floor, when known.
    """

    mode: str = "auto"
    anchor_e: float | None = None
    anchor_n: float | None = None
    rotation_deg: float = 0.0
    parcel_code: str | None = None
    parcel_centroid: tuple[float, float] | None = None
    ground_height_m: float | None = None

    def __post_init__(self) -> None:
        if self.mode not in ("auto", "manual"):
            raise ValueError("GeorefRequest.mode must be 'auto' or 'manual', not {!r}".format(self.mode))
        if self.mode == "manual" and (self.anchor_e is None or self.anchor_n is None):
            raise ValueError("GeorefRequest(mode='manual') needs anchor_e and anchor_n (EPSG:5899 metres)")
        if self.parcel_centroid is not None:
            self.parcel_centroid = (float(self.parcel_centroid[0]), float(self.parcel_centroid[1]))


@dataclass
class Georef:
    """How the model was placed, and why (the import's georeferencing report)."""

    method: str  # 'IfcMapConversion' | 'ePSet_MapConversion' | 'IfcSite reference point' | 'model coordinates'
    #              | 'manual' | 'parcel centroid'
    reason: str
    source_crs: str | None = None
    eastings: float = 0.0
    northings: float = 0.0
    orthogonal_height: float = 0.0
    rotation_deg: float = 0.0
    scale: float = 1.0
    unit_name: str = "metre"
    unit_scale: float = 1.0
    target_crs: str = TARGET_CRS
    height_crs: str = HEIGHT_CRS
    heights_known: bool = False
    warnings: list[str] = field(default_factory=list)


@dataclass
class Storey:
    building_guid: str
    guid: str
    name: str | None
    elevation_m: float
    gross_area_m2: float | None
    area_source: str | None
    above_ground: bool


@dataclass
class Building:
    guid: str
    name: str | None
    use: str | None
    footprint_wkb: bytes
    footprint_area_m2: float
    height_m: float
    floors: int
    storeys_below: int
    gfa_m2: float | None
    gfa_source: str | None
    ground_elevation_m: float
    top_elevation_m: float


@dataclass
class ElementGroup:
    """The triangles of every element of one IFC class, as one MultiPolygonZ (EPSG:5899, z = height)."""

    ifc_class: str
    count: int
    wkb: bytes


@dataclass
class IfcImportResult:
    file: str
    schema: str
    georef: Georef
    buildings: list[Building]
    storeys: list[Storey]
    elements: list[ElementGroup]
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def to_plain(self) -> dict:
        """The result as nested dicts and lists of plain values (what the worker pickles)."""
        return dataclasses.asdict(self)

    @classmethod
    def from_plain(cls, data: dict) -> IfcImportResult:
        values = dict(data)
        values["georef"] = Georef(**data["georef"])
        values["buildings"] = [Building(**b) for b in data["buildings"]]
        values["storeys"] = [Storey(**s) for s in data["storeys"]]
        values["elements"] = [ElementGroup(**e) for e in data["elements"]]
        return cls(**values)
