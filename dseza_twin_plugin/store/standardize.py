"""Standardize external records into a twin layer: fields, values and geometry.

Pure Python (shapely): the ``importlayer`` algorithm reads features with QGIS,
transforms them to EPSG:5899 and hands plain dicts and shapely geometries
here. Every refusal carries a reason in words a GIS officer understands.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

import shapely
from sqlalchemy import BigInteger, Boolean, Date, DateTime, Float, Table, Text

from . import schema
from .types import Geometry

# Accepted names of each column, beyond its own name: English, Vietnamese (written
# here without diacritics: names are compared after folding them away) and OSM keys.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "code": ("ma", "ma_so", "ma_lo", "ma_cong_trinh", "ma_tram", "id_lo", "lot_code", "lot_id",
             "parcel_code", "parcel_id", "zone_id", "ref", "ma_dinh_danh"),
    "name": ("ten", "ten_goi", "ten_cong_trinh", "ten_tram", "title"),
    "name_vi": ("ten", "ten_vi", "ten_tieng_viet", "ten_khu", "name", "name:vi"),
    "name_en": ("ten_en", "ten_tieng_anh", "english_name", "name:en", "name"),
    "kind": ("loai", "loai_hinh", "type"),
    "district": ("quan", "huyen", "quan_huyen", "district_name"),
    "established": ("ngay_thanh_lap", "nam_thanh_lap", "established_date"),
    "operator": ("don_vi_quan_ly", "chu_dau_tu_ha_tang", "developer"),
    "area_code": ("ma_khu", "khu", "functional_area", "park_code"),
    "zone_code": ("ma_phan_khu", "ma_o_quy_hoach", "planning_zone", "zone"),
    "parcel_code": ("ma_lo", "lo", "lot", "parcel", "ma_lo_dat"),
    "land_use": ("landuse", "loai_dat", "chuc_nang", "muc_dich_su_dung", "muc_dich_sd", "use_type"),
    "plan_level": ("ty_le", "cap_quy_hoach", "scale"),
    "max_coverage_pct": ("mat_do_xay_dung", "mdxd", "mat_do_toi_da", "coverage", "max_coverage"),
    "max_far": ("he_so_su_dung_dat", "hssdd", "far"),
    "max_height_m": ("chieu_cao_toi_da", "max_height"),
    "max_floors": ("tang_cao_toi_da", "so_tang_toi_da"),
    "min_green_pct": ("ty_le_cay_xanh", "cay_xanh", "green_pct"),
    "min_setback_m": ("khoang_lui", "chi_gioi_xay_dung", "setback"),
    "plan_decision": ("quyet_dinh", "so_quyet_dinh", "decision"),
    "status": ("trang_thai", "tinh_trang"),
    "tenant": ("doanh_nghiep", "ben_thue", "ten_doanh_nghiep", "company"),
    "investor": ("nha_dau_tu", "chu_dau_tu"),
    "sector": ("nganh", "nganh_nghe", "linh_vuc", "industry"),
    "lease_start": ("ngay_thue", "bat_dau_thue", "lease_from"),
    "lease_end": ("het_han_thue", "ket_thuc_thue", "lease_to"),
    "registered_capital_usd": ("von_dang_ky", "von_dau_tu", "capital_usd", "capital"),
    "employees": ("lao_dong", "so_lao_dong", "jobs", "workers"),
    "is_public": ("cong_cong", "cong_trinh_cong_cong", "public"),
    "area_m2": ("dien_tich", "dien_tich_m2", "area"),
    "height_m": ("chieu_cao", "chieu_cao_m", "height", "building_height"),
    "floors": ("so_tang", "tang", "levels", "building_levels", "building:levels"),
    "gfa_m2": ("tong_dien_tich_san", "dien_tich_san", "gfa", "floor_area"),
    "use": ("cong_nang", "building", "building_use"),
    "source": ("nguon", "nguon_du_lieu"),
    "network": ("mang", "loai_mang", "he_thong"),
    "capacity": ("cong_suat", "cong_suat_thiet_ke"),
    "unit": ("don_vi", "don_vi_tinh"),
    "width_m": ("be_rong", "chieu_rong", "lo_gioi", "width"),
    "lanes": ("so_lan", "lan_xe"),
    "diameter_mm": ("duong_kinh", "dn", "diameter"),
    "voltage_kv": ("dien_ap", "cap_dien_ap", "voltage"),
    "permit_no": ("so_giay_phep", "giay_phep_xay_dung", "gpxd", "permit"),
    "phase": ("giai_doan",),
    "progress_pct": ("tien_do", "ty_le_hoan_thanh", "progress"),
    "observed_property": ("thong_so", "chi_tieu", "parameter"),
}

# Vietnamese and common English spellings of the coded values.
VALUE_ALIASES: dict[str, dict[str, str]] = {
    "status": {
        "con_trong": "available", "trong": "available", "chua_cho_thue": "available", "vacant": "available",
        "free": "available", "da_dang_ky": "reserved", "giu_cho": "reserved", "da_cho_thue": "leased",
        "da_thue": "leased", "dang_xay_dung": "under_construction", "dang_thi_cong": "under_construction",
        "construction": "under_construction", "dang_hoat_dong": "operating", "hoat_dong": "operating",
        "in_operation": "operating", "ke_hoach": "planned", "da_cap_phep": "permitted",
        "hoan_thanh": "completed", "tam_dung": "suspended", "mo": "open", "da_xu_ly": "closed",
    },
    "land_use": {
        "cong_nghiep": "industrial", "dat_cong_nghiep": "industrial", "nha_may": "industrial",
        "kho_bai": "warehouse", "kho": "warehouse", "logistics": "warehouse", "nghien_cuu": "rnd",
        "r_d": "rnd", "nghien_cuu_phat_trien": "rnd", "dich_vu": "services", "thuong_mai": "services",
        "nha_o": "housing", "nha_o_cong_nhan": "housing", "residential": "housing", "cay_xanh": "green",
        "cong_vien": "green", "park": "green", "ha_tang_ky_thuat": "infrastructure", "giao_thong": "transport",
        "hon_hop": "mixed",
    },
    "kind": {
        "khu_cong_nghe_cao": "high_tech_park", "khu_cong_nghiep": "industrial_park",
        "khu_cong_nghe_thong_tin": "it_park", "khu_thuong_mai_tu_do": "ftz", "khong_khi": "air",
        "nuoc": "water", "tieng_on": "noise", "giao_thong": "traffic", "nang_luong": "energy", "ngap": "flood",
    },
    "network": {
        "duong": "road", "giao_thong": "road", "cap_nuoc": "water", "thoat_nuoc_thai": "wastewater",
        "nuoc_thai": "wastewater", "thoat_nuoc_mua": "drainage", "dien": "power", "vien_thong": "telecom",
    },
    "source": {"khao_sat": "survey", "do_dac": "survey", "uoc_tinh": "estimate"},
}

_TRUE = {"1", "true", "t", "yes", "y", "co", "x", "dung"}
_FALSE = {"0", "false", "f", "no", "n", "khong", "sai", ""}


def fold(text: str) -> str:
    """Compare-friendly form of a name: no diacritics, lower case, ``_`` between words.

    >>> fold("Mã Lô")
    'ma_lo'
    >>> fold("Chiều cao (m)")
    'chieu_cao_m'
    """
    text = unicodedata.normalize("NFD", str(text)).replace("đ", "d").replace("Đ", "D")
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return re.sub(r"[^a-z0-9:]+", "_", text.lower()).strip("_")


class FieldMapError(ValueError):
    """The FIELD_MAP text cannot be read, or names fields that do not exist."""


def parse_field_map(text: str) -> dict[str, str]:
    """``"ma_lo:code, dien_tich:area_m2"`` → ``{"ma_lo": "code", "dien_tich": "area_m2"}``."""
    mapping: dict[str, str] = {}
    for item in (text or "").split(","):
        item = item.strip()
        if not item:
            continue
        source, sep, target = item.partition(":")
        if not sep or not source.strip() or not target.strip():
            raise FieldMapError(
                "The field map entry '{}' is not of the form source_field:target_field.".format(item)
            )
        mapping[source.strip()] = target.strip()
    return mapping


@dataclass
class FieldMatch:
    """How the input's fields feed the layer's columns."""

    columns: dict[str, str]  # target column -> source field
    ignored: list[str] = field(default_factory=list)  # source fields matched to nothing
    missing_required: list[str] = field(default_factory=list)


def importable_columns(table: Table) -> list:
    """Columns an import may fill: not the id, not the geometry, not what the store maintains (row version)."""
    return [c for c in table.columns
            if c.name != "fid" and c.name not in schema.MAINTAINED_COLUMNS and not isinstance(c.type, Geometry)]


def match_fields(source_fields: list[str], table: Table, field_map: dict[str, str] | None = None) -> FieldMatch:
    """Match input fields to a layer's columns: the explicit map first, then names, then aliases."""
    field_map = field_map or {}
    columns = {c.name: c for c in importable_columns(table)}
    unknown_sources = [s for s in field_map if s not in source_fields]
    if unknown_sources:
        raise FieldMapError("The field map names input field(s) {} that the input does not have; it has: {}.".format(
            ", ".join(unknown_sources), ", ".join(source_fields)))
    unknown_targets = [t for t in field_map.values() if t not in columns]
    if unknown_targets:
        raise FieldMapError("The field map names {} which layer '{}' does not have; its fields are: {}.".format(
            ", ".join(unknown_targets), table.name, ", ".join(columns)))
    matched: dict[str, str] = {target: source for source, target in field_map.items()}
    used = set(field_map)
    folded = {fold(s): s for s in source_fields if s not in used}
    for name in columns:  # exact (folded) names first, so "name" never steals "name_vi"
        if name not in matched and name in folded and folded[name] not in used:
            matched[name] = folded[name]
            used.add(folded[name])
    for name in columns:
        if name in matched:
            continue
        for alias in FIELD_ALIASES.get(name, ()):
            source = folded.get(fold(alias))
            if source is not None and source not in used:
                matched[name] = source
                used.add(source)
                break
    required = [c.name for c in columns.values() if not c.nullable and c.server_default is None]
    return FieldMatch(
        columns=matched,
        ignored=[s for s in source_fields if s not in used],
        missing_required=[r for r in required if r not in matched],
    )


def _to_float(value) -> float:
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().replace(" ", "")
    if "," in text and "." in text:  # 1.234,5 (Vietnamese) or 1,234.5 (English)
        text = text.replace(".", "").replace(",", ".") if text.rfind(",") > text.rfind(".") else text.replace(",", "")
    elif "," in text:
        text = text.replace(",", ".")
    return float(text)


def _to_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%Y/%m/%d", "%Y"):
        try:
            return dt.datetime.strptime(text[:10] if pattern != "%Y" else text, pattern).date()
        except ValueError:
            continue
    raise ValueError


def _to_datetime(value, tz: dt.tzinfo) -> dt.datetime:
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, dt.date):
        parsed = dt.datetime(value.year, value.month, value.day)
    else:
        text = str(value).strip().replace("Z", "+00:00")
        try:
            parsed = dt.datetime.fromisoformat(text)
        except ValueError:
            parsed = dt.datetime.strptime(text, "%d/%m/%Y %H:%M")
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=tz)


_KIND_WORDS = {Float: "a number", BigInteger: "a whole number", Boolean: "yes/no", Date: "a date",
               DateTime: "a date and time", Text: "text"}


def convert_value(value, column, tz: dt.tzinfo = dt.timezone(dt.timedelta(hours=7))):
    """Convert an input value to the column's type; raise ValueError with a reason."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    kind = type(column.type)
    try:
        if kind is Float:
            result = _to_float(value)
            if result != result:  # NaN
                return None
            return result
        if kind is BigInteger:
            number = _to_float(value)
            if number != int(number):
                raise ValueError
            return int(number)
        if kind is Boolean:
            word = fold(str(value)) if not isinstance(value, bool | int) else str(int(value))
            if word in _TRUE:
                return True
            if word in _FALSE:
                return False
            raise ValueError
        if kind is Date:
            return _to_date(value)
        if kind is DateTime:
            return _to_datetime(value, tz)
        text = str(value).strip()
        aliases = VALUE_ALIASES.get(column.name)
        if aliases:
            text = aliases.get(fold(text), text)
        return text
    except (ValueError, TypeError, OverflowError):
        raise ValueError("'{}' in field {} is not {}".format(
            value, column.name, _KIND_WORDS.get(kind, "valid"))) from None


def check_row(table: Table, row: dict) -> list[str]:
    """Reasons the row breaks the layer's rules (required values, allowed values, ranges)."""
    reasons = []
    for column in importable_columns(table):
        if not column.nullable and column.server_default is None and row.get(column.name) is None:
            reasons.append("{} is required but empty".format(column.name))
    for constraint in table.constraints:
        info = getattr(constraint, "info", None) or {}
        name = info.get("column")
        value = row.get(name) if name else None
        if value is None:
            continue
        rule = info.get("rule")
        if rule == "one_of" and value not in info["values"]:
            reasons.append("{} '{}' is not one of: {}".format(name, value, ", ".join(info["values"])))
        elif rule == "percentage" and not 0 <= value <= 100:
            reasons.append("{} {} is not a percentage between 0 and 100".format(name, value))
        elif rule == "non_negative" and value < 0:
            reasons.append("{} {} is negative".format(name, value))
        elif rule == "not_before" and row.get(info["other"]) is not None and value < row[info["other"]]:
            reasons.append("{} {} is before {} {}".format(name, value, info["other"], row[info["other"]]))
    return reasons


_POLYGONAL = ("Polygon", "MultiPolygon")
_LINEAR = ("LineString", "MultiLineString")
_FAMILY = {"MULTIPOLYGON": _POLYGONAL, "MULTILINESTRING": _LINEAR, "POINT": ("Point",)}
#: A repair that changes a polygon's area by more than this share is not "safe".
SAFE_REPAIR_AREA_CHANGE = 0.01


def repair_geometry(geom, geometry_type: str):
    """Return ``(geometry, note)`` fit for a layer of ``geometry_type``, or raise ValueError.

    Z and M are dropped; an invalid polygon is repaired with ``make_valid`` only
    when the repair keeps its area within 1 % (a bow-tie is not "repaired"
    into two triangles silently); a multi-point is refused for a point layer.
    """
    if geom is None or geom.is_empty:
        raise ValueError("the feature has no geometry")
    family = _FAMILY[geometry_type]
    geom = shapely.force_2d(geom)
    if geom.geom_type not in family:
        raise ValueError("a {} cannot go into a layer of {} geometries".format(geom.geom_type, geometry_type.title()))
    note = ""
    if not geom.is_valid:
        reason = shapely.is_valid_reason(geom)
        fixed = shapely.make_valid(geom)
        if fixed.geom_type == "GeometryCollection":
            parts = [g for g in fixed.geoms if g.geom_type in family]
            fixed = shapely.unary_union(parts) if parts else shapely.Polygon()
        if fixed.is_empty or fixed.geom_type not in family:
            raise ValueError("the geometry is invalid ({}) and cannot be repaired".format(reason))
        if family is _POLYGONAL:
            before = geom.area  # of the rings as drawn: a bow-tie's lobes cancel out
            if before <= 0 or abs(fixed.area - before) / before > SAFE_REPAIR_AREA_CHANGE:
                raise ValueError("the geometry is invalid ({}) and repairing it would change its area by more "
                                 "than 1 %; fix it by hand".format(reason))
        geom = fixed
        note = "geometry repaired ({})".format(reason)
    if family is _POLYGONAL and geom.area <= 0:
        raise ValueError("the polygon has no area")
    return geom, note


@dataclass
class Rejection:
    index: int
    reason: str


@dataclass
class Standardized:
    rows: list[dict]
    source_index: list[int]  # input position of each accepted row
    rejected: list[Rejection]
    notes: list[str]


def standardize(records: list[dict], geometries: list | None, table: Table, match: FieldMatch) -> Standardized:
    """Convert and check every record; the geometries are already in EPSG:5899."""
    geom_col = schema.geometry_column(table.name)
    columns = {c.name: c for c in importable_columns(table)}
    rows, kept, rejected, notes = [], [], [], []
    for index, record in enumerate(records):
        row, reasons = {}, []
        for target, source in match.columns.items():
            try:
                row[target] = convert_value(record.get(source), columns[target])
            except ValueError as exc:
                reasons.append(str(exc))
            default = columns[target].server_default
            if row.get(target) is None and default is not None:  # blank → the layer's default
                row[target] = str(default.arg)
        if geom_col is not None:
            try:
                row[geom_col.name], note = repair_geometry(
                    geometries[index] if geometries else None, geom_col.type.geometry_type)
                if note:
                    notes.append("feature {}: {}".format(index + 1, note))
            except ValueError as exc:
                reasons.append(str(exc))
        if not reasons:
            reasons = check_row(table, row)
        if reasons:
            rejected.append(Rejection(index, "; ".join(reasons)))
        else:
            rows.append(row)
            kept.append(index)
    return Standardized(rows, kept, rejected, notes)
