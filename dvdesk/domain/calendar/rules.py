"""The calendar rules of a month: windows, blocked days, sessions and usual places.

Committee meetings fall in the committee window (days 7–9 by default), cells in
the cell window (10–15), narrowed per cell type; a month may override both (Tết).
Public holidays and the blocked days kept in the settings are not meeting days.
"""

from __future__ import annotations

import datetime as dt

from dvdesk.domain.calendar.months import split_month, window_days
from dvdesk.domain.calendar.types import CELL, COMMITTEE, SESSIONS
from dvdesk.domain.holidays_vn import blocked_days
from dvdesk.domain.roles import commune_phrase

DEFAULT_STARTS = {"sang": "07:30", "chieu": "14:00", "toi": "19:00"}


def _pair(value, fallback: tuple[int, int]) -> tuple[int, int]:
    try:
        a, b = int(value[0]), int(value[1])
    except (TypeError, ValueError, IndexError):
        return fallback
    return (a, b) if a <= b else (b, a)


def month_windows(settings: dict, override: dict | None) -> dict[str, tuple[int, int]]:
    """The committee and cell windows of a month: settings, then the month's own override."""
    cal = settings.get("calendar", {})
    result = {
        COMMITTEE: _pair(cal.get("committee_window"), (7, 9)),
        CELL: _pair(cal.get("cell_window"), (10, 15)),
    }
    for kind in (COMMITTEE, CELL):
        if override and override.get(kind):
            result[kind] = _pair(override[kind], result[kind])
    return result


def cell_window(month: str, window: tuple[int, int], type_from: int | None,
                type_to: int | None) -> tuple[dt.date, ...]:
    """A cell type narrows the month's cell window; a narrowing that leaves nothing is ignored
    (a month whose window was moved must still give every cell somewhere to meet)."""
    first, last = window
    narrowed = (max(first, type_from or first), min(last, type_to or last))
    days = window_days(month, *narrowed) if narrowed[0] <= narrowed[1] else ()
    return days or window_days(month, first, last)


def blocked_for(settings: dict, month: str) -> dict[dt.date, str]:
    """Public holidays (Tết included) plus the blocked days kept in settings."""
    year, mon = split_month(month)
    extra: dict[dt.date, str] = {}
    raw = settings.get("calendar", {}).get("blocked_days") or {}
    entries = raw.items() if isinstance(raw, dict) else ((d, "") for d in raw)
    for key, name in entries:
        try:
            extra[dt.date.fromisoformat(str(key))] = name or "Ngày nghỉ"
        except ValueError:
            continue
    return blocked_days(year, mon, extra)


def session_starts(settings: dict) -> dict[str, str]:
    starts = dict(DEFAULT_STARTS)
    starts.update(settings.get("calendar", {}).get("sessions") or {})
    return starts


def usable_sessions(settings: dict) -> tuple[str, ...]:
    if settings.get("calendar", {}).get("use_evening", True):
        return SESSIONS
    return tuple(s for s in SESSIONS if s != "toi")


def committee_name(commune_kind: str | None, commune_name: str) -> str:
    """ "Đảng ủy xã An Khánh": the unit a committee meeting belongs to."""
    return f"Đảng ủy {commune_phrase(commune_kind, commune_name)}"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def default_place(kind: str, *, commune_kind: str | None = None, commune_name: str | None = None,
                  cell_name: str | None = None, hamlet_name: str | None = None) -> str:
    """Where a meeting is usually held: the commune hall, the hamlet's cultural house,
    the cell's own office."""
    if kind == COMMITTEE:
        return f"Hội trường {committee_name(commune_kind, commune_name)}" if commune_name else ""
    if hamlet_name is not None:
        return f"Nhà văn hóa {_lower_first(hamlet_name)}"
    if cell_name is not None:
        return f"Trụ sở {cell_name.removeprefix('Chi bộ ').strip()}"
    return ""
