"""Checks every value passes on its way in, the same whatever database is behind it.

SQLite stores a 1 MB name in a ``String(200)`` column and PostgreSQL refuses it
with an error that names neither the row nor the field, so lengths, date
ranges, months and phone numbers are checked here, before any write, and a
failure is one sentence naming the field. Pure functions: the services and the
importer call them and add where the value came from (row, column).
"""

from __future__ import annotations

import datetime as dt
import re

from dvdesk.domain.calendar.months import split_month
from dvdesk.domain.messages import msg
from dvdesk.domain.text import clean

# Far enough back for the oldest decision, far enough ahead for any plan; a year
# outside it is a typing slip (01/01/0001, 9999) that would break date arithmetic.
FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2100, 12, 31)
_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")


class ValueProblem(ValueError):
    """A value that cannot be stored; ``str()`` is the reason, without where it came from."""


def text_within(value: object, limit: int | None, label: str) -> str:
    """The cleaned text, or ValueProblem when it is longer than the column holds."""
    text = clean(value)
    if limit is not None and len(text) > limit:
        raise ValueProblem(msg("{label} dài {length} ký tự, quá mức {limit} ký tự", label=label,
                               length=len(text), limit=limit))
    return text


def date_within(day: dt.date | None, label: str) -> dt.date | None:
    if day is None:
        return None
    if isinstance(day, dt.datetime):
        day = day.date()
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValueProblem(msg("{label} {day} nằm ngoài khoảng {first}–{last}", label=label,
                               day=f"{day.day:02d}/{day.month:02d}/{day.year:04d}",
                               first=FIRST_DAY.year, last=LAST_DAY.year))
    return day


def month_parts(month: object) -> tuple[int, int]:
    """(year, month) of a YYYY-MM text inside 1900–2100, or ValueProblem."""
    try:
        year, mon = split_month(month)
    except ValueError:
        raise ValueProblem(msg("Tháng phải có dạng YYYY-MM, không phải {month}",
                               month=repr(str(month)[:40]))) from None
    if not FIRST_DAY.year <= year <= LAST_DAY.year:
        raise ValueProblem(msg("Năm {year} của tháng {month} nằm ngoài khoảng {first}–{last}",
                               year=year, month=month, first=FIRST_DAY.year,
                               last=LAST_DAY.year))
    return year, mon


def vietnamese_phone(value: object) -> str:
    """A Vietnamese phone number as stored (digits, leading 0 or +84), "" for none.

    A number cell loses the leading 0 (DESIGN §5): 9 or 10 digits without it get
    it back. Anything that cannot be a Vietnamese number is refused rather than
    rewritten: a fraction (912345678.5), a negative, a 301-digit float, letters.
    """
    if value is None or value == "":
        return ""
    shown = clean(value)[:30]
    if isinstance(value, bool):
        raise ValueProblem(msg("“{shown}” không phải là số điện thoại", shown=shown))
    if isinstance(value, float):
        if not value.is_integer() or value < 0 or abs(value) >= 1e12:
            raise ValueProblem(msg("“{shown}” không phải là số điện thoại", shown=shown))
        value = int(value)
    if isinstance(value, int):
        if value < 0:
            raise ValueProblem(msg("“{shown}” không phải là số điện thoại (số âm)", shown=shown))
        value = str(value)
    text = _PHONE_SEPARATORS.sub("", clean(value))
    if not text:
        return ""
    international = text.startswith("+")
    digits = text[1:] if international else text
    if not digits.isascii() or not digits.isdigit():
        raise ValueProblem(msg("“{shown}” không phải là số điện thoại (chỉ gồm chữ số)",
                               shown=shown))
    if international or (digits.startswith("84") and len(digits) in (11, 12)):
        if not digits.startswith("84") or len(digits) not in (11, 12):
            raise ValueProblem(msg("“{shown}” không phải là số điện thoại Việt Nam (+84 và 9–10 "
                                   "chữ số)", shown=shown))
        return "+" + digits
    if not digits.startswith("0") and len(digits) in (9, 10):
        digits = "0" + digits
    if not digits.startswith("0") or len(digits) not in (10, 11):
        raise ValueProblem(msg("“{shown}” không phải là số điện thoại Việt Nam (10 hoặc 11 chữ "
                               "số, bắt đầu bằng 0)", shown=shown))
    return digits
