"""The official names of the communes and wards from 1 July 2025, suggested when units
merge (the ``vietnam-provinces`` package: the 34 provinces and their 3,321 communes,
wards and special zones, as the Statistics Office lists them).

The settings name the province in the header line ("ĐẢNG BỘ TỈNH BẾN TRE"); a province
merged in 2025 is found under the province it became, so a district of Bến Tre is
offered the communes of Vĩnh Long.
"""

from __future__ import annotations

import json
from functools import cache

from dvdesk.domain.presets import province_of
from dvdesk.domain.text import clean, search_key, text_sort_key
from dvdesk.services.settings import get_settings
from dvdesk.store.database import Database

# The provinces merged on 1 July 2025 and the province each became (the 23 provinces
# formed from two or three; the 11 unchanged keep their names).
MERGED_INTO = {
    "Hà Giang": "Tuyên Quang", "Yên Bái": "Lào Cai", "Bắc Kạn": "Thái Nguyên",
    "Vĩnh Phúc": "Phú Thọ", "Hòa Bình": "Phú Thọ", "Bắc Giang": "Bắc Ninh",
    "Thái Bình": "Hưng Yên", "Hải Dương": "Hải Phòng", "Hà Nam": "Ninh Bình",
    "Nam Định": "Ninh Bình", "Quảng Bình": "Quảng Trị", "Quảng Nam": "Đà Nẵng",
    "Kon Tum": "Quảng Ngãi", "Bình Định": "Gia Lai", "Ninh Thuận": "Khánh Hòa",
    "Đắk Nông": "Lâm Đồng", "Bình Thuận": "Lâm Đồng", "Phú Yên": "Đắk Lắk",
    "Bình Dương": "Hồ Chí Minh", "Bà Rịa - Vũng Tàu": "Hồ Chí Minh",
    "Bình Phước": "Đồng Nai", "Long An": "Tây Ninh", "Sóc Trăng": "Cần Thơ",
    "Hậu Giang": "Cần Thơ", "Bến Tre": "Vĩnh Long", "Trà Vinh": "Vĩnh Long",
    "Tiền Giang": "Đồng Tháp", "Bạc Liêu": "Cà Mau", "Kiên Giang": "An Giang",
}


def _bare(province: str) -> str:
    """ "Thành phố Hồ Chí Minh", "TP. HỒ CHÍ MINH", "hồ chí minh" -> "ho chi minh"."""
    key = search_key(province).replace("-", " ").replace(".", " ")
    for prefix in ("thanh pho ", "tp ", "tinh "):
        if key.startswith(prefix):
            key = key[len(prefix):]
    return " ".join(key.split())


@cache
def _provinces() -> dict[str, tuple[str, ...]]:
    """Each 2025 province (its bare key) and its communes' official names. Read from the
    package's JSON file, its documented data: a hundredth of the time its Python lookup
    tables take to import."""
    from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH

    provinces = json.loads(NESTED_DIVISIONS_JSON_PATH.read_text(encoding="utf-8"))
    return {_bare(p["name"]): tuple(sorted((clean(w["name"]) for w in p["wards"]),
                                           key=text_sort_key))
            for p in provinces}


def official_province(province: str) -> str | None:
    """The bare key of the 2025 province that ``province`` is or became, if known."""
    key = _bare(province)
    if not key:
        return None
    merged = {_bare(old): _bare(new) for old, new in MERGED_INTO.items()}
    key = merged.get(key, key)
    return key if key in _provinces() else None


def commune_names(province: str) -> list[str]:
    """The official 2025 names ("Xã Tân Phú", "Phường An Hội", "Đặc khu Côn Đảo") of the
    province's communes; of the whole country when the province is not known."""
    provinces = _provinces()
    key = official_province(province)
    if key is not None:
        return list(provinces[key])
    return sorted((n for names in provinces.values() for n in names), key=text_sort_key)


def suggested_names(db: Database) -> list[str]:
    """The official commune names for the province the settings name."""
    superior = get_settings(db).get("organization", {}).get("superior_body", "")
    return commune_names(province_of(superior))
