"""Numbers, dates and labels of the zone report, in Vietnamese (``vi``) or English (``en``).

Vietnamese writes a decimal comma and groups thousands with a dot, and dates day first:

>>> format_number(1234567.891, "vi", 2), format_number(1234567.891, "en", 2)
('1.234.567,89', '1,234,567.89')
>>> format_date(dt.date(2026, 11, 2), "vi"), format_date(dt.date(2026, 11, 2), "en")
('02/11/2026', '2 Nov 2026')
"""

from __future__ import annotations

import datetime as dt
import math

LANGUAGES = ("vi", "en")
MISSING = "—"

#: Every label of the report, per language (Vietnamese in NFC, with its diacritics).
LABELS: dict[str, dict[str, str]] = {
    "vi": {
        "title": "Báo cáo tóm tắt khu chức năng",
        "code": "Mã khu",
        "district": "Quận / huyện",
        "established": "Thành lập",
        "operator": "Đơn vị quản lý",
        "published_area": "Diện tích công bố",
        "map": "Bản đồ khu: ranh giới, phân khu quy hoạch, lô đất theo trạng thái, công trình, cảm biến",
        "indicators": "Chỉ tiêu",
        "legend": "Chú giải",
        "indicator": "Chỉ tiêu",
        "value": "Giá trị",
        "limit": "Giới hạn",
        "status": "Đánh giá",
        "compliance": "Tuân thủ quy hoạch",
        "sensors": "Quan trắc môi trường: trung bình ngày, 30 ngày gần nhất",
        "no_readings": "Không có số liệu quan trắc trong 30 ngày gần nhất.",
        "no_sensors": "Khu này chưa có cảm biến.",
        "made": "Lập ngày {date} bằng DSEZA Twin và QGIS {qgis} · Hệ tọa độ {crs}",
        "demo_note": "Dữ liệu minh họa, không phải số liệu quy hoạch chính thức.",
        "page": "Trang",
        "view3d": "Mô hình 3D",
        "view3d_caption": ("Khu nhìn từ phía nam, góc nhìn {pitch}° so với mặt đất: công trình dựng khối theo "
                           "chiều cao (hoặc số tầng × 3,5 m); bản đồ lô đất theo trạng thái và phân khu quy "
                           "hoạch trải trên mặt đất; cảm biến là các khối cầu xanh. {buildings} công trình."),
        "day": "Ngày",
        "daily_mean": "Trung bình ngày",
        "period": "Từ {start} đến {end}",
        # compliance
        "lots_checked": "Số lô đã kiểm tra",
        "lots_pass": "Đạt",
        "lots_fail": "Không đạt",
        "lots_insufficient": "Thiếu dữ liệu",
        "top_failures": "Các quy định bị vi phạm nhiều nhất",
        "no_failures": "Không có lô nào vi phạm.",
        "failing_lots": "Lô không đạt",
        "rule_lots": "{rule}: {n} lô",
        # indicator names
        "area_ha": "Diện tích (ha)",
        "lots_total": "Tổng số lô đất",
        "lots_available": "Lô còn trống",
        "lots_reserved": "Lô đã giữ chỗ",
        "lots_leased": "Lô đã cho thuê",
        "lots_under_construction": "Lô đang xây dựng",
        "lots_operating": "Lô đang hoạt động",
        "leasable_ha": "Đất công nghiệp cho thuê (ha)",
        "leased_ha": "Đã cho thuê (ha)",
        "occupancy_pct": "Tỷ lệ lấp đầy (%)",
        "available_ha": "Còn trống (ha)",
        "gfa_m2": "Tổng diện tích sàn (m²)",
        "gross_density_pct": "Mật độ xây dựng gộp (%)",
        "net_density_pct": "Mật độ xây dựng thuần (%)",
        "far": "Hệ số sử dụng đất (lần)",
        "green_pct": "Đất cây xanh (%)",
        "transport_pct": "Đất giao thông (%)",
        "technical_pct": "Đất hạ tầng kỹ thuật (%)",
        "high_tech_pct": "Tỷ lệ công nghệ cao (%)",
        "jobs": "Số lao động",
        "registered_capital_usd": "Vốn đăng ký (USD)",
        # flags
        "ok": "Đạt",
        "below_min": "Dưới mức tối thiểu",
        "above_max": "Vượt mức tối đa",
        "n/a": "—",
        "min": "tối thiểu {}",
        "max": "tối đa {}",
    },
    "en": {
        "title": "Functional area fact sheet",
        "code": "Area code",
        "district": "District",
        "established": "Established",
        "operator": "Operator",
        "published_area": "Published area",
        "map": "Map of the area: outline, planning zones, land lots by status, buildings, sensors",
        "indicators": "Indicators",
        "legend": "Legend",
        "indicator": "Indicator",
        "value": "Value",
        "limit": "Limit",
        "status": "Assessment",
        "compliance": "Planning compliance",
        "sensors": "Environmental monitoring: daily means, last 30 days",
        "no_readings": "No readings in the last 30 days.",
        "no_sensors": "This area has no sensors yet.",
        "made": "Made {date} with DSEZA Twin and QGIS {qgis} · CRS {crs}",
        "demo_note": "Illustrative demo data, not official planning data.",
        "page": "Page",
        "view3d": "3D view",
        "view3d_caption": ("The area seen from the south, {pitch}° above the horizon: buildings extruded by their "
                           "height (or floors × 3.5 m); the map of lots by status and planning zones draped on "
                           "the ground; sensors as blue spheres. {buildings} buildings."),
        "day": "Day",
        "daily_mean": "Daily mean",
        "period": "From {start} to {end}",
        "lots_checked": "Lots checked",
        "lots_pass": "Passing",
        "lots_fail": "Failing",
        "lots_insufficient": "Insufficient data",
        "top_failures": "Rules most often failed",
        "no_failures": "No lot fails a rule.",
        "failing_lots": "Failing lots",
        "rule_lots": "{rule}: {n} lots",
        "area_ha": "Area (ha)",
        "lots_total": "Land lots",
        "lots_available": "Lots available",
        "lots_reserved": "Lots reserved",
        "lots_leased": "Lots leased",
        "lots_under_construction": "Lots under construction",
        "lots_operating": "Lots operating",
        "leasable_ha": "Leasable industrial land (ha)",
        "leased_ha": "Leased (ha)",
        "occupancy_pct": "Occupancy (%)",
        "available_ha": "Available (ha)",
        "gfa_m2": "Gross floor area (m²)",
        "gross_density_pct": "Gross building coverage (%)",
        "net_density_pct": "Net building coverage (%)",
        "far": "Floor area ratio",
        "green_pct": "Green land (%)",
        "transport_pct": "Transport land (%)",
        "technical_pct": "Technical infrastructure land (%)",
        "high_tech_pct": "High-tech share (%)",
        "jobs": "Jobs",
        "registered_capital_usd": "Registered capital (USD)",
        "ok": "OK",
        "below_min": "Below minimum",
        "above_max": "Above maximum",
        "n/a": "—",
        "min": "min. {}",
        "max": "max. {}",
    },
}

KIND_LABELS = {
    "vi": {"high_tech_park": "Khu công nghệ cao", "it_park": "Khu công nghệ thông tin tập trung",
           "industrial_park": "Khu công nghiệp", "ftz": "Khu thương mại tự do"},
    "en": {"high_tech_park": "High-tech park", "it_park": "Concentrated IT park",
           "industrial_park": "Industrial park", "ftz": "Free trade zone"},
}

STATUS_LABELS = {
    "vi": {"available": "Còn trống", "reserved": "Đã giữ chỗ", "leased": "Đã cho thuê",
           "under_construction": "Đang xây dựng", "operating": "Đang hoạt động"},
    "en": {"available": "Available", "reserved": "Reserved", "leased": "Leased",
           "under_construction": "Under construction", "operating": "Operating"},
}

SENSOR_KIND_LABELS = {
    "vi": {"air": "Không khí", "water": "Nước thải", "noise": "Tiếng ồn", "traffic": "Giao thông",
           "energy": "Năng lượng", "flood": "Ngập"},
    "en": {"air": "Air", "water": "Water", "noise": "Noise", "traffic": "Traffic", "energy": "Energy",
           "flood": "Flood"},
}

RULE_LABELS = {
    "vi": {"coverage": "Mật độ xây dựng", "far": "Hệ số sử dụng đất", "height": "Chiều cao công trình",
           "floors": "Số tầng", "green": "Tỷ lệ cây xanh", "setback": "Khoảng lùi", "land_use": "Chức năng sử dụng"},
    "en": {"coverage": "Building coverage", "far": "Floor area ratio", "height": "Building height",
           "floors": "Floors", "green": "Green share", "setback": "Setback", "land_use": "Land use"},
}

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

#: Indicators of the fact sheet, in order: (column, decimals, limit column or None).
INDICATORS: tuple[tuple[str, int, str | None], ...] = (
    ("area_ha", 1, None),
    ("lots_total", 0, None),
    ("lots_available", 0, None),
    ("lots_reserved", 0, None),
    ("lots_leased", 0, None),
    ("lots_under_construction", 0, None),
    ("lots_operating", 0, None),
    ("leasable_ha", 1, None),
    ("leased_ha", 1, None),
    ("occupancy_pct", 1, None),
    ("available_ha", 1, None),
    ("gfa_m2", 0, None),
    ("gross_density_pct", 1, "gross_density_limit_pct"),
    ("net_density_pct", 1, "net_density_limit_pct"),
    ("far", 2, "far_limit"),
    ("green_pct", 1, "green_min_pct"),
    ("transport_pct", 1, "transport_min_pct"),
    ("technical_pct", 1, "technical_min_pct"),
    ("high_tech_pct", 1, "high_tech_min_pct"),
    ("jobs", 0, None),
    ("registered_capital_usd", 0, None),
)


def check_language(language: str) -> str:
    """``vi`` or ``en`` (case and spaces ignored); anything else is a ``ValueError``."""
    lang = (language or "").strip().lower()
    if lang not in LANGUAGES:
        raise ValueError("The language must be 'vi' (Vietnamese) or 'en' (English), not '{}'.".format(language))
    return lang


def label(key: str, language: str) -> str:
    return LABELS[language].get(key, key)


def kind_label(kind: str | None, language: str) -> str:
    return KIND_LABELS[language].get(kind or "", kind or MISSING)


def format_number(value, language: str, decimals: int = 1) -> str:
    """``value`` with ``decimals`` digits, grouped in thousands; ``—`` for no value.

    >>> format_number(0.5, "vi", 0), format_number(-1234.5, "vi", 1), format_number(None, "en")
    ('0', '-1.234,5', '—')
    """
    if value is None:
        return MISSING
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if not math.isfinite(number):
        return MISSING
    text = "{:,.{}f}".format(number, max(0, decimals))
    if text.startswith("-") and float(text[1:].replace(",", "")) == 0:
        text = text[1:]
    if language == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_date(value: dt.date | dt.datetime | str | None, language: str) -> str:
    """dd/mm/yyyy in Vietnamese, ``2 Nov 2026`` in English; ISO strings are read first."""
    if value is None or value == "":
        return MISSING
    if isinstance(value, str):
        value = parse_day(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    if language == "vi":
        return value.strftime("%d/%m/%Y")
    return "{} {} {}".format(value.day, MONTHS_EN[value.month - 1], value.year)


def parse_day(value) -> dt.date:
    """A store's day (``datetime.date`` from PostGIS, ``'YYYY-MM-DD'`` text from a GeoPackage)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def indicator_rows(area: dict, language: str) -> list[list[str]]:
    """Rows ``[indicator, value, limit, assessment]`` of the fact sheet's indicator table."""
    rows = []
    for column, decimals, limit_column in INDICATORS:
        if column not in area:
            continue
        limit_text = MISSING
        assessment = MISSING
        if limit_column is not None:
            limit = area.get(limit_column)
            if limit is not None and not (isinstance(limit, float) and math.isnan(limit)):
                sense = "min" if "_min_" in limit_column else "max"
                limit_text = label(sense, language).format(format_number(limit, language, decimals))
            prefix = column[:-4] if column.endswith("_pct") else column
            assessment = label(str(area.get(prefix + "_flag") or "n/a"), language)
        rows.append([label(column, language), format_number(area.get(column), language, decimals), limit_text,
                     assessment])
    return rows
