"""Working days (ngày làm việc): Monday to Friday, less Vietnamese public holidays.

The holidays are those the calendar blocks (``holidays_vn``: Tết with its
extra days, Giỗ Tổ, 30/4, 1/5, Quốc khánh and the days off given in exchange);
a Saturday worked in exchange for such a day off counts as a working day.
Pure functions, no I/O.
"""

from __future__ import annotations

import datetime as dt
import functools

from dvdesk.domain.holidays_vn import vn_holidays, vn_weekend_workdays

__all__ = ["add_working_days", "is_working_day", "working_days_between"]

_DAY = dt.timedelta(days=1)


def is_working_day(day: dt.date) -> bool:
    if day in vn_weekend_workdays(day.year):
        return True
    return day.weekday() < 5 and day not in vn_holidays(day.year)


@functools.lru_cache(maxsize=8192)  # a list of 20,000 items has a few hundred distinct days
def add_working_days(start: dt.date, count: int) -> dt.date:
    """The ``count``-th working day after ``start`` (``start`` itself is not counted).

    A matter received on Wednesday 03/02/2027 with 7 working days is due on
    Friday 19/02/2027: the Tết days off from 04/02 to 10/02/2027 do not count.
    """
    if count < 0:
        raise ValueError("số ngày làm việc phải không âm")
    day = start
    left = count
    while left:
        day += _DAY
        if is_working_day(day):
            left -= 1
    return day


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when end <= start)."""
    count, day = 0, start
    while day < end:
        day += _DAY
        if is_working_day(day):
            count += 1
    return count
