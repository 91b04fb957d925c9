"""Month arithmetic on "YYYY-MM" strings, the form months take everywhere in the program.

The services check what the user typed (``services.calendar_rows.parse_month``
turns a malformed month into one sentence); these functions assume a month
that has been checked and raise ValueError otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange

MONTH_PATTERN = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")


def split_month(month: str) -> tuple[int, int]:
    """ "2026-12" -> (2026, 12); ValueError for anything else."""
    match = MONTH_PATTERN.fullmatch(str(month))
    if not match:
        raise ValueError(f"not a YYYY-MM month: {month!r}")
    return int(match[1]), int(match[2])


def month_text(month: str) -> str:
    """ "2026-12" -> "12/2026"."""
    year, mon = split_month(month)
    return f"{mon:02d}/{year}"


def previous_month(month: str) -> str:
    year, mon = split_month(month)
    return f"{year - 1}-12" if mon == 1 else f"{year}-{mon - 1:02d}"


def next_month(today: dt.date | None = None) -> str:
    """The month after ``today`` (default: the real today), the one usually being planned."""
    today = today or dt.date.today()
    year, mon = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return f"{year:04d}-{mon:02d}"


def month_days(month: str) -> tuple[dt.date, dt.date]:
    """The first and the last day of the month."""
    year, mon = split_month(month)
    return dt.date(year, mon, 1), dt.date(year, mon, monthrange(year, mon)[1])


def window_days(month: str, first: int, last: int) -> tuple[dt.date, ...]:
    """Days ``first``..``last`` of the month, cut to the days the month has."""
    start, end = month_days(month)
    return tuple(
        dt.date(start.year, start.month, d) for d in range(max(1, first), min(end.day, last) + 1)
    )


def same_day(day: dt.date | None, year: int, mon: int) -> dt.date | None:
    """The same day number in another month (None when that month is too short)."""
    if day is None:
        return None
    try:
        return dt.date(year, mon, day.day)
    except ValueError:  # the 31st in a 30-day month
        return None
