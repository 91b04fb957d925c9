"""Sentences of an import, in the user's language: where in the file a row is ("Trang
“Cán bộ”, dòng 7, cột “Điện thoại”"), a row's problem with its place, and phrases joined
into one sentence whose parts are themselves messages.
"""

from __future__ import annotations

import re
from functools import reduce

from dvdesk.documents.xlsx_lists import RowProblem
from dvdesk.domain.messages import Message, lowered, msg


class Joined(tuple):
    """Phrases of one sentence said one after the other, each rendered in the sentence's
    language (a message parameter: ``msg("{parts}.", parts=Joined(parts))``)."""

    separator = ""

    def __format__(self, spec: str) -> str:
        return self.separator.join(str(part) for part in self)


class Listed(Joined):
    """Names said as a list: "A, B (dòng 7)"."""

    separator = ", "


class Sentences(Joined):
    """Whole sentences one after the other."""

    separator = " "


def with_and(parts: list) -> Message | str:
    """ "A, B và C" said in the sentence's language ("" for none)."""
    if not parts:
        return ""
    return reduce(lambda first, last: msg("{first} và {last}", first=first, last=last), parts)


def place(sheet: str, row: int, column: str | None = None) -> Message:
    """"Trang “X”, dòng 7" (", cột “Điện thoại”" when the column is known)."""
    if column:
        return msg("Trang “{sheet}”, dòng {row}, cột “{column}”", sheet=sheet, row=row,
                   column=column)
    return msg("Trang “{sheet}”, dòng {row}", sheet=sheet, row=row)


_WHERE = re.compile(r"^\s*(trang\s+“[^”]*”\s*[,:]?\s*)?(dòng\s+\d+\s*[,:]?\s*)?",
                    re.IGNORECASE)


def problem_sentence(problem: RowProblem) -> str:
    """ "Trang “X”, dòng 7, cột “Điện thoại”: <reason>" (the reader's own place prefix dropped)."""
    where = place(problem.sheet, problem.row, problem.column)
    reason = problem.message
    if isinstance(reason, Message) and not _WHERE.match(reason).group(0):
        return msg("{place}: {reason}", place=where, reason=lowered(reason))
    reason = _WHERE.sub("", reason.strip())
    if not reason:
        return msg("{place}: dòng không đọc được.", place=where)
    return msg("{place}: {reason}", place=where, reason=reason[:1].lower() + reason[1:])
