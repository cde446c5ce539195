"""The real places of the Da Nang demo twin: anchor points, published areas, names.

Anchor points and published areas are the approximate public figures of
DESIGN.md. The Free Trade Zone's published total (≈1,881 ha) is split here into
three illustrative sub-zones around the Liên Chiểu port; their positions and
their split of the total are the demo's own choice, not official figures.
Established dates are approximate (year only).

Positions are transformed from WGS84 to the store's CRS, EPSG:5899
(VN-2000 / TM-3 107-45), with ``pyproj``. Each area's outline is a rectangle in
a rotated local frame centred on its anchor (a corner block is cut off the
larger ones), sized to its published area. Hòa Khánh, Liên Chiểu, the IT park
and the FTZ sub-zones lie within a few kilometres of each other: the aspect
ratios and rotations below were chosen so that no outline overlaps another
(the layout checks it and refuses less than 100 m between any two areas; the
closest pairs are Hòa Khánh – FTZ sub-zone 3 and the IT park – FTZ sub-zone 3,
≈580 m apart, for any seed). The FTZ sub-zones were placed west and south of
the Liên Chiểu industrial park, 0.8 km (sub-zone 1) to 4 km (sub-zone 2) from
the port, so as to keep clear of that park and of the IT park.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

STORE_EPSG = 5899

DSEZA_OPERATOR = "DSEZA — Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng"

#: Liên Chiểu port, approximate (WGS84 lon, lat).
LIEN_CHIEU_PORT = (108.13, 16.12)

#: Share of each land use among a kind's ordinary planning blocks (the
#: infrastructure, services and transport blocks are placed on purpose first).
LAND_USE_MIX: dict[str, dict[str, float]] = {
    "high_tech_park": {
        "industrial": 0.36, "rnd": 0.22, "warehouse": 0.05, "services": 0.06,
        "housing": 0.10, "green": 0.15, "infrastructure": 0.03, "transport": 0.03,
    },
    "it_park": {
        "rnd": 0.50, "services": 0.14, "housing": 0.10, "green": 0.20,
        "infrastructure": 0.03, "transport": 0.03,
    },
    "industrial_park": {
        "industrial": 0.62, "warehouse": 0.12, "services": 0.05, "housing": 0.03,
        "green": 0.12, "infrastructure": 0.03, "transport": 0.03,
    },
    "ftz": {
        "warehouse": 0.32, "industrial": 0.30, "services": 0.16, "rnd": 0.04,
        "transport": 0.06, "green": 0.10, "infrastructure": 0.02,
    },
}


@dataclass(frozen=True)
class AreaSpec:
    """One functional area of the demo."""

    code: str
    name_vi: str
    name_en: str
    kind: str
    district: str
    established: dt.date
    published_area_ha: float
    lon: float
    lat: float
    aspect: float  # width / height of the outline in its local frame
    rotation_deg: float  # counter-clockwise rotation of the local frame
    notch: str | None  # corner block cut off the outline: 'ne', 'nw' or None
    position: str  # where the anchor comes from
    short_vi: str = ""


AREAS: tuple[AreaSpec, ...] = (
    AreaSpec(
        "DN-HTP", "Khu công nghệ cao Đà Nẵng", "Da Nang High-Tech Park", "high_tech_park",
        "Hòa Vang (xã Hòa Liên)", dt.date(2010, 1, 1), 1128.0, 108.065, 16.045,
        aspect=1.45, rotation_deg=-12.0, notch="ne", position="DESIGN.md anchor", short_vi="KCNC",
    ),
    AreaSpec(
        "DN-ITP", "Khu công nghệ thông tin tập trung Đà Nẵng (giai đoạn 1)",
        "Da Nang Concentrated IT Park (phase 1)", "it_park",
        "Hòa Vang (xã Hòa Liên)", dt.date(2016, 1, 1), 131.0, 108.11, 16.09,
        aspect=1.4, rotation_deg=22.0, notch=None, position="DESIGN.md anchor", short_vi="KCNTT",
    ),
    AreaSpec(
        "KCN-HK", "Khu công nghiệp Hòa Khánh", "Hoa Khanh Industrial Park", "industrial_park",
        "Liên Chiểu", dt.date(1996, 1, 1), 394.0, 108.150, 16.065,
        aspect=1.5, rotation_deg=35.0, notch="nw", position="DESIGN.md anchor", short_vi="KCN Hòa Khánh",
    ),
    AreaSpec(
        "KCN-LC", "Khu công nghiệp Liên Chiểu", "Lien Chieu Industrial Park", "industrial_park",
        "Liên Chiểu", dt.date(1998, 1, 1), 289.0, 108.125, 16.110,
        aspect=1.5, rotation_deg=28.0, notch="ne", position="DESIGN.md anchor", short_vi="KCN Liên Chiểu",
    ),
    AreaSpec(
        "KCN-HC", "Khu công nghiệp Hòa Cầm", "Hoa Cam Industrial Park", "industrial_park",
        "Cẩm Lệ", dt.date(2003, 1, 1), 149.0, 108.180, 16.020,
        aspect=1.3, rotation_deg=-8.0, notch=None, position="DESIGN.md anchor", short_vi="KCN Hòa Cầm",
    ),
    AreaSpec(
        "KCN-DN", "Khu công nghiệp Đà Nẵng (An Đồn)", "Da Nang Industrial Park (An Don)", "industrial_park",
        "Sơn Trà", dt.date(1993, 1, 1), 50.0, 108.235, 16.075,
        aspect=1.5, rotation_deg=15.0, notch=None, position="DESIGN.md anchor", short_vi="KCN Đà Nẵng",
    ),
    AreaSpec(
        "KCN-TQ", "Khu công nghiệp Dịch vụ Thủy sản Đà Nẵng (Thọ Quang)",
        "Da Nang Seafood Services Industrial Park (Tho Quang)", "industrial_park",
        "Sơn Trà", dt.date(2001, 1, 1), 76.0, 108.250, 16.100,
        aspect=1.4, rotation_deg=40.0, notch=None, position="DESIGN.md anchor", short_vi="KCN Thọ Quang",
    ),
    AreaSpec(
        "FTZ-1", "Khu thương mại tự do Đà Nẵng – Phân khu 1 (logistics cảng Liên Chiểu)",
        "Da Nang Free Trade Zone – Sub-zone 1 (Lien Chieu port logistics)", "ftz",
        "Liên Chiểu", dt.date(2025, 1, 1), 400.0, 108.1120, 16.1280,
        aspect=1.3, rotation_deg=28.0, notch=None,
        position="illustrative, west of the Liên Chiểu port", short_vi="KTMTD PK1",
    ),
    AreaSpec(
        "FTZ-2", "Khu thương mại tự do Đà Nẵng – Phân khu 2 (sản xuất)",
        "Da Nang Free Trade Zone – Sub-zone 2 (production)", "ftz",
        "Liên Chiểu – Hòa Vang", dt.date(2025, 1, 1), 900.0, 108.0780, 16.1030,
        aspect=1.35, rotation_deg=10.0, notch="nw",
        position="illustrative, west of the IT park", short_vi="KTMTD PK2",
    ),
    AreaSpec(
        "FTZ-3", "Khu thương mại tự do Đà Nẵng – Phân khu 3 (thương mại – dịch vụ)",
        "Da Nang Free Trade Zone – Sub-zone 3 (commerce and services)", "ftz",
        "Liên Chiểu", dt.date(2025, 1, 1), 581.0, 108.1395, 16.0860,
        aspect=1.35, rotation_deg=30.0, notch="ne",
        position="illustrative, south of the Liên Chiểu industrial park", short_vi="KTMTD PK3",
    ),
)

#: Published figure of the whole Free Trade Zone, split above into sub-zones.
FTZ_PUBLISHED_TOTAL_HA = 1881.0

NOTE = (
    "Demo data: the geometry is illustrative, not official. Functional areas sit at approximate anchor "
    "points of the real Da Nang parks and are sized to their approximate published areas (Free Trade Zone: "
    "≈1,881 ha in total, split here into three illustrative sub-zones around the Liên Chiểu port); "
    "established dates are approximate; roads, planning zones, plan limits and decisions, lots, tenants, "
    "investors, buildings, networks, permits, sensors and readings are generated and fictional. "
    "— Dữ liệu mẫu: hình học chỉ mang tính minh họa, không phải số liệu chính thức. Các khu chức năng "
    "được đặt tại vị trí gần đúng của các khu thực tế ở Đà Nẵng, với diện tích công bố gần đúng (Khu "
    "thương mại tự do: khoảng 1.881 ha, chia minh họa thành ba phân khu quanh cảng Liên Chiểu); năm thành "
    "lập là gần đúng; đường, phân khu quy hoạch, chỉ tiêu và quyết định quy hoạch, lô đất, doanh nghiệp "
    "thuê đất, nhà đầu tư, công trình, mạng lưới hạ tầng, giấy phép, cảm biến và số liệu quan trắc đều là "
    "dữ liệu giả lập."
)


@cache
def _transformer():
    from pyproj import Transformer

    return Transformer.from_crs(4326, STORE_EPSG, always_xy=True)


def anchor_xy(spec: AreaSpec) -> tuple[float, float]:
    """The area's anchor point in EPSG:5899 metres."""
    x, y = _transformer().transform(spec.lon, spec.lat)
    return float(x), float(y)


def published_areas() -> dict[str, float]:
    """Functional-area code → published area in hectares."""
    return {spec.code: spec.published_area_ha for spec in AREAS}
