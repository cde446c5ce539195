"""Plan limits, lot sizes and building uses per land use (the demo's planning rules).

The limits are plausible for Vietnamese industrial and high-tech parks (in the
spirit of QCVN 01:2021/BXD: building coverage of industrial lots at most 70 %,
lower for public services and housing; at least 20 % green inside industrial
lots), not copied from any approved plan. Each zone draws its limits from the
small lists below, so zones of one land use differ a little.

The store's ``land_use`` values are in English codes (``schema.LAND_USES``);
``LAND_USE_VI`` gives the Vietnamese planning label used in zone names.
"""

from __future__ import annotations

from dataclasses import dataclass

LAND_USE_ORDER: tuple[str, ...] = (
    "industrial", "warehouse", "rnd", "services", "housing", "green", "infrastructure", "transport",
)
LU_INDEX = {lu: i for i, lu in enumerate(LAND_USE_ORDER)}

LAND_USE_VI = {
    "industrial": "Đất nhà máy, xí nghiệp",
    "warehouse": "Đất kho tàng, logistics",
    "rnd": "Đất nghiên cứu – phát triển",
    "services": "Đất dịch vụ – điều hành",
    "housing": "Đất nhà ở công nhân, chuyên gia",
    "green": "Đất cây xanh",
    "infrastructure": "Đất hạ tầng kỹ thuật",
    "transport": "Đất giao thông, bãi đỗ xe",
}
LAND_USE_EN = {
    "industrial": "factories",
    "warehouse": "warehouses and logistics",
    "rnd": "research and development",
    "services": "services and administration",
    "housing": "housing for workers and experts",
    "green": "green space",
    "infrastructure": "technical infrastructure",
    "transport": "transport and parking",
}
#: Short prefix of zone codes, Vietnamese planning style.
LAND_USE_PREFIX = {
    "industrial": "CN", "warehouse": "KT", "rnd": "NC", "services": "DV",
    "housing": "NO", "green": "CX", "infrastructure": "HT", "transport": "GT",
}


@dataclass(frozen=True)
class LimitChoices:
    coverage_pct: tuple[float, ...]
    far: tuple[float, ...]
    height_m: tuple[float, ...]
    floors: tuple[int, ...]
    green_pct: tuple[float, ...]
    setback_m: tuple[float, ...]


LIMITS: dict[str, LimitChoices] = {
    "industrial": LimitChoices(
        (60, 65, 70), (1.2, 1.5, 2.0, 2.5), (25, 30, 35, 45), (3, 4, 5), (20,), (6, 8, 10)),
    "warehouse": LimitChoices((60, 65, 70), (0.8, 1.0, 1.4), (18, 20, 25), (1, 2), (20,), (6, 8)),
    "rnd": LimitChoices((40, 45, 50), (1.5, 2.0, 3.0), (30, 40, 60), (7, 9, 12), (25, 30), (6,)),
    "services": LimitChoices((40, 45, 50), (1.5, 2.5, 3.0), (25, 35, 45), (5, 7, 9), (25,), (6,)),
    "housing": LimitChoices((40, 45), (2.0, 3.0, 4.0), (35, 45, 60), (9, 12, 15), (30,), (6,)),
    "green": LimitChoices((5,), (0.1,), (8,), (1,), (80, 85), (3,)),
    "infrastructure": LimitChoices((40,), (0.8,), (20,), (2,), (30,), (6,)),
    "transport": LimitChoices((20,), (0.4,), (12,), (2,), (10,), (3,)),
}
#: Public services (the park's administration centre, fire station, clinic) keep coverage at 40 %.
PUBLIC_SERVICES_COVERAGE = 40.0

ALLOWED_USES = {
    "industrial": "factory; warehouse; office; canteen",
    "warehouse": "warehouse; cold store; office",
    "rnd": "office; laboratory; data centre; canteen",
    "services": "office; service; canteen; clinic",
    "housing": "dormitory; service",
    "green": "pavilion",
    "infrastructure": "utility",
    "transport": "depot; parking",
}

#: Typical lot area at SCALE 1, m² (each zone draws its own around this).
LOT_TARGET_M2 = {
    "industrial": 22000.0,
    "warehouse": 18000.0,
    "rnd": 11000.0,
    "services": 9000.0,
    "housing": 14000.0,
    "green": 40000.0,
    "infrastructure": 20000.0,
    "transport": 20000.0,
}

#: Building uses per land use, one per building slot of a lot (slot 1, 2, 3, 4).
BUILDING_USES = {
    "industrial": ("factory", "warehouse", "office", "canteen"),
    "warehouse": ("warehouse", "warehouse", "office", "canteen"),
    "rnd": ("office", "laboratory", "data_centre", "canteen"),
    "services": ("office", "service", "canteen", "clinic"),
    "housing": ("dormitory", "dormitory", "service", "dormitory"),
    "green": ("pavilion", "pavilion", "pavilion", "pavilion"),
    "infrastructure": ("utility", "utility", "office", "utility"),
    "transport": ("depot", "office", "depot", "depot"),
}
USE_VI = {
    "factory": "Nhà xưởng",
    "warehouse": "Nhà kho",
    "office": "Nhà văn phòng",
    "canteen": "Nhà ăn",
    "laboratory": "Phòng thí nghiệm",
    "data_centre": "Trung tâm dữ liệu",
    "service": "Nhà dịch vụ",
    "clinic": "Trạm y tế",
    "dormitory": "Nhà ở công nhân",
    "pavilion": "Nhà chòi",
    "utility": "Công trình hạ tầng",
    "depot": "Nhà điều hành bến bãi",
}
#: Storey height per building use, m.
STOREY_M = {
    "factory": 7.0,
    "warehouse": 9.0,
    "office": 3.8,
    "canteen": 4.5,
    "laboratory": 4.2,
    "data_centre": 5.0,
    "service": 4.0,
    "clinic": 3.8,
    "dormitory": 3.3,
    "pavilion": 4.0,
    "utility": 5.0,
    "depot": 4.5,
}

#: Lot status probabilities per land use (available, reserved, leased, under_construction, operating).
STATUS_ORDER = ("available", "reserved", "leased", "under_construction", "operating")
STATUS_P = {
    "industrial": (0.12, 0.05, 0.07, 0.10, 0.66),
    "warehouse": (0.14, 0.05, 0.08, 0.09, 0.64),
    "rnd": (0.15, 0.06, 0.07, 0.10, 0.62),
    "services": (0.12, 0.05, 0.05, 0.08, 0.70),
    "housing": (0.10, 0.05, 0.05, 0.10, 0.70),
    "green": (0.0, 0.0, 0.0, 0.0, 1.0),
    "infrastructure": (0.0, 0.0, 0.0, 0.08, 0.92),
    "transport": (0.05, 0.0, 0.0, 0.05, 0.90),
}
#: Building-count probabilities (1, 2, 3, 4 buildings) of an operating lot, per land use.
BUILDINGS_P = {
    "industrial": (0.20, 0.30, 0.32, 0.18),
    "warehouse": (0.22, 0.35, 0.30, 0.13),
    "rnd": (0.22, 0.35, 0.28, 0.15),
    "services": (0.30, 0.35, 0.25, 0.10),
    "housing": (0.20, 0.30, 0.30, 0.20),
    "green": (1.0, 0.0, 0.0, 0.0),
    "infrastructure": (0.25, 0.35, 0.30, 0.10),
    "transport": (0.5, 0.5, 0.0, 0.0),
}

SECTORS = {
    "industrial": (
        "electronics", "semiconductors", "mechanical engineering", "automotive parts",
        "food processing", "garments and textiles", "plastics and packaging", "pharmaceuticals",
        "precision engineering", "furniture",
    ),
    "warehouse": ("logistics", "cold chain logistics", "e-commerce fulfilment", "bonded warehousing"),
    "rnd": (
        "software", "semiconductor design", "artificial intelligence", "biotechnology",
        "IoT and embedded systems", "new materials",
    ),
    "services": ("banking", "training", "health care", "retail", "business services"),
    "housing": ("worker housing",),
    "green": ("public green space",),
    "infrastructure": ("utilities",),
    "transport": ("transport services",),
}
SECTOR_WORD = {
    "electronics": "Electronics", "semiconductors": "Semiconductor", "mechanical engineering": "Machinery",
    "automotive parts": "Auto Parts", "food processing": "Foods", "garments and textiles": "Textile",
    "plastics and packaging": "Packaging", "pharmaceuticals": "Pharma", "precision engineering": "Precision",
    "furniture": "Furniture", "logistics": "Logistics", "cold chain logistics": "Cold Chain",
    "e-commerce fulfilment": "Fulfilment", "bonded warehousing": "Bonded Warehouse", "software": "Software",
    "semiconductor design": "Chip Design", "artificial intelligence": "AI Labs", "biotechnology": "Biotech",
    "IoT and embedded systems": "Embedded", "new materials": "Materials", "banking": "Finance",
    "training": "Academy", "health care": "Clinic", "retail": "Retail", "business services": "Services",
    "worker housing": "Housing", "public green space": "Green", "utilities": "Utilities",
    "transport services": "Transport",
}
#: Registered capital per hectare (USD) and jobs per hectare, by land use (medians).
CAPITAL_USD_PER_HA = {
    "industrial": 2.5e6, "warehouse": 1.2e6, "rnd": 4.0e6, "services": 2.0e6, "housing": 1.5e6,
    "green": 0.0, "infrastructure": 1.0e6, "transport": 0.5e6,
}
JOBS_PER_HA = {
    "industrial": 120.0, "warehouse": 35.0, "rnd": 350.0, "services": 150.0, "housing": 10.0,
    "green": 1.0, "infrastructure": 8.0, "transport": 15.0,
}
