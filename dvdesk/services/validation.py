"""The schema's own limits, checked before a write (``dvdesk.domain.validate`` does the work).

Lengths come from the mapped columns, so a column widened by a migration is
widened here too. A text column with no declared length still gets a bound:
nothing a person types is a megabyte long, and a document that prints it
would take minutes.
"""

from __future__ import annotations

import datetime as dt

from dvdesk.domain.messages import msg
from dvdesk.domain.validate import ValueProblem, date_within, text_within, vietnamese_phone
from dvdesk.errors import InvalidInput

LONG_TEXT = 10_000


def column_limit(model, field: str) -> int:
    length = getattr(model.__table__.c[field].type, "length", None)
    return int(length) if length else LONG_TEXT


def text_problem(model, field: str, value: object, label: str) -> str | None:
    """The reason ``value`` cannot go into ``model.field``, or None."""
    try:
        text_within(value, column_limit(model, field), label)
    except ValueProblem as problem:
        return msg("{problem}.", problem=problem.args[0])
    return None


def checked_text(model, field: str, value: object, label: str) -> str:
    try:
        return text_within(value, column_limit(model, field), label)
    except ValueProblem as problem:
        raise InvalidInput(msg("{problem}.", problem=problem.args[0])) from problem


def checked_date(day: dt.date | None, label: str) -> dt.date | None:
    try:
        return date_within(day, label)
    except ValueProblem as problem:
        raise InvalidInput(msg("{problem}.", problem=problem.args[0])) from problem


def checked_phone(value: object) -> str:
    try:
        return vietnamese_phone(value)
    except ValueProblem as problem:
        raise InvalidInput(msg("Điện thoại {problem}.", problem=problem.args[0])) from problem
