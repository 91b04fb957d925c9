"""Sentences of an import, in the user's language: where in the file a row is ("Trang
“Cán bộ”, dòng 7, cột “Điện thoại”") and a row's problem with its place.
"""

from __future__ import annotations

import re

from dvdesk.documents.xlsx_lists import RowProblem
from dvdesk.domain.messages import Message, lowered, msg


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
        # Said after the place, a reason starts small, unless it starts with a name.
        if not reason.template.startswith("{"):
            reason = lowered(reason)
        return msg("{place}: {reason}", place=where, reason=reason)
    reason = _WHERE.sub("", reason.strip())
    if not reason:
        return msg("{place}: dòng không đọc được.", place=where)
    return msg("{place}: {reason}", place=where, reason=reason[:1].lower() + reason[1:])
