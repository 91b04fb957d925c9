"""How the calendar names days, sessions, meetings, officers and holidays in its sentences."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping, Sequence

from dvdesk.domain.calendar.types import SESSION_LABELS, SESSIONS, MeetingItem
from dvdesk.domain.messages import msg

MEETING_NOUNS = {"committee": "cuộc họp đảng ủy", "cell": "cuộc sinh hoạt chi bộ"}


def format_date(day: datetime.date) -> str:
    """dd/mm/yyyy."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def format_days(days: Iterable[datetime.date]) -> str:
    """Compact Vietnamese form of a set of days: "7–9/12/2026", "10, 12–15/12/2026"."""
    ordered = sorted(set(days))
    if not ordered:
        return ""
    if len(ordered) == 1:
        return format_date(ordered[0])
    parts: list[str] = []
    start = 0
    while start < len(ordered):
        year, month = ordered[start].year, ordered[start].month
        end = start
        while end < len(ordered) and (ordered[end].year, ordered[end].month) == (year, month):
            end += 1
        numbers = [d.day for d in ordered[start:end]]
        runs: list[str] = []
        first = prev = numbers[0]
        for number in [*numbers[1:], None]:
            if number is not None and number == prev + 1:
                prev = number
                continue
            runs.append(str(first) if first == prev else f"{first}–{prev}")
            if number is not None:
                first = prev = number
        parts.append(f"{', '.join(runs)}/{month:02d}/{year}")
        start = end
    return "; ".join(parts)


def session_label(session: str) -> str:
    return SESSION_LABELS.get(session, session)


def session_rank(session: str | None) -> tuple[int, str]:
    if session is None:
        return (-1, "")
    try:
        return (SESSIONS.index(session), "")
    except ValueError:
        return (len(SESSIONS), session)


def officer_name(officer_names: Mapping[int, str], officer_id: int) -> str:
    name = officer_names.get(officer_id)
    return name if name else f"mã số {officer_id}"


def absence_words(reason: str) -> str:
    """Why an officer is away, as the middle of a sentence: "nghỉ phép", "đi công tác";
    "vắng" when no reason was given. A reason typed with a capital ("Nghỉ phép") is
    lowered, unless it starts with an abbreviation ("UBND …")."""
    reason = " ".join((reason or "").split()).rstrip(".")
    if not reason:
        return "vắng"
    if len(reason) > 1 and reason[1].isupper():
        return reason
    return reason[:1].lower() + reason[1:]


def meeting_label(item: MeetingItem) -> str:
    return item.label if item.label else f"Cuộc họp mã số {item.id}"


def join_labels(labels: Sequence[str], limit: int = 6) -> str:
    if len(labels) <= limit:
        return ", ".join(labels)
    return msg("{labels} và {count} cuộc họp khác", labels=", ".join(labels[:limit]),
               count=len(labels) - limit)


def holiday_family(name: str) -> str:
    """Short name of the holiday a blocked day belongs to ("Mùng hai Tết Nguyên Đán" -> "Tết Nguyên Đán")."""
    base = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if "Tết Nguyên Đán" in base or re.fullmatch(r"\d+ Tết", base):
        return "Tết Nguyên Đán"
    return base or name


def holiday_families(names: Iterable[str]) -> list[str]:
    families: dict[str, None] = {}
    for name in names:
        for part in name.split("; "):
            families.setdefault(holiday_family(part), None)
    return list(families)
