"""Blocked days of a month: Vietnamese public holidays (Tết included) plus extra days.

Pure functions over the ``holidays`` package; no I/O. Names are Vietnamese.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Mapping

import holidays

from dvdesk.domain.text import clean

__all__ = ["blocked_days", "vn_holidays", "vn_weekend_workdays"]

# Used only when the installed ``holidays`` package cannot name the days in Vietnamese.
_EN_TO_VI = {
    "New Year's Day": "Tết Dương lịch",
    "29 of Lunar New Year": "29 Tết",
    "Lunar New Year's Eve": "Giao thừa Tết Nguyên Đán",
    "Lunar New Year": "Tết Nguyên Đán",
    "Second Day of Lunar New Year": "Mùng hai Tết Nguyên Đán",
    "Third Day of Lunar New Year": "Mùng ba Tết Nguyên Đán",
    "Fourth Day of Lunar New Year": "Mùng bốn Tết Nguyên Đán",
    "Fifth Day of Lunar New Year": "Mùng năm Tết Nguyên Đán",
    "Hung Kings' Commemoration Day": "Ngày Giỗ Tổ Hùng Vương",
    "Liberation Day/Reunification Day": "Ngày Chiến thắng",
    "International Labor Day": "Ngày Quốc tế Lao động",
    "National Day": "Quốc khánh",
    "Vietnam Cultural Day": "Ngày Văn hóa Việt Nam",
}
_OBSERVED = re.compile(r"^(?P<name>.+?) \(observed\)$")
_SUBSTITUTED = re.compile(r"^Day off \(substituted from (?P<m>\d{2})/(?P<d>\d{2})/(?P<y>\d{4})\)$")


def _to_vietnamese(name: str) -> str:
    parts = []
    for part in name.split("; "):
        if part in _EN_TO_VI:
            parts.append(_EN_TO_VI[part])
        elif match := _OBSERVED.match(part):
            base = match["name"]
            parts.append(f"{_EN_TO_VI.get(base, base)} (nghỉ bù)")
        elif match := _SUBSTITUTED.match(part):
            parts.append(f"Ngày nghỉ (thay cho ngày {match['d']}/{match['m']}/{match['y']})")
        else:
            parts.append(part)
    return "; ".join(parts)


@functools.lru_cache(maxsize=32)
def _year_holidays(year: int) -> tuple[tuple[datetime.date, str], ...]:
    supported = getattr(holidays.VN, "supported_languages", ()) or ()
    if "vi" in supported:
        table = holidays.country_holidays("VN", years=year, language="vi")
        days = [(day, clean(name)) for day, name in table.items()]
    else:
        table = holidays.country_holidays("VN", years=year)
        days = [(day, _to_vietnamese(clean(name))) for day, name in table.items()]
    return tuple(sorted(days))


def vn_holidays(year: int) -> dict[datetime.date, str]:
    """All Vietnamese public holidays of a year (Tết, Giỗ Tổ, 30/4, 1/5, Quốc khánh ...)."""
    return dict(_year_holidays(year))


@functools.lru_cache(maxsize=32)
def vn_weekend_workdays(year: int) -> frozenset[datetime.date]:
    """Saturdays and Sundays of a year worked in exchange for a day off next to a holiday
    (22/08/2026 for 31/08/2026); empty where the installed ``holidays`` cannot tell."""
    table = holidays.country_holidays("VN", years=year)
    days = getattr(table, "weekend_workdays", None) or ()
    return frozenset(day for day in days if day.year == year)


def blocked_days(
    year: int, month: int, extra: Mapping[datetime.date, str] | None = None
) -> dict[datetime.date, str]:
    """Days of the month on which no meeting should be held, with their Vietnamese names.

    Public holidays of that month plus the ``extra`` days that fall in it (other
    days of ``extra`` are ignored). A day that is both keeps both names, joined
    with "; ". The result is ordered by day.
    """
    if not 1 <= month <= 12:
        raise ValueError(f"tháng không hợp lệ: {month}")
    result = {day: name for day, name in _year_holidays(year) if day.month == month}
    for day, name in (extra or {}).items():
        if isinstance(day, datetime.datetime):
            day = day.date()
        if (day.year, day.month) != (year, month):
            continue
        label = clean(name) or "Ngày nghỉ"
        existing = result.get(day)
        if existing is None:
            result[day] = label
        elif label not in existing.split("; "):
            result[day] = f"{existing}; {label}"
    return dict(sorted(result.items()))
