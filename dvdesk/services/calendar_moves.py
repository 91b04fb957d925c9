"""What moved against last month, and why: the summary shown after copying and planning.

Each unit's meeting is compared with last month's day number and session. A meeting
that keeps them is "kept"; one that does not is listed with the first reason that
explains it: that day does not exist this month, is outside this month's window, is
a holiday, or keeping it would put an officer in two places at once (named, with the
meeting they attend then).
"""

from __future__ import annotations

from dataclasses import dataclass

from dvdesk.domain.calendar import SESSION_LABELS, Slot, format_date
from dvdesk.domain.calendar.months import month_text
from dvdesk.domain.messages import msg, term
from dvdesk.services.calendar import plan_input
from dvdesk.services.calendar_rows import MeetingRow, find_calendar
from dvdesk.store import queries
from dvdesk.store.calendar_queries import previous_slots
from dvdesk.store.database import Database


@dataclass(frozen=True)
class Move:
    meeting_id: int
    unit: str  # as a sentence names it
    before: Slot | None  # last month's day and session, moved into this month
    after: Slot | None
    reason: str  # one phrase, in the language in force when it was explained

    def text(self) -> str:
        def where(slot: Slot | None) -> str:
            if slot is None:
                return msg("chưa xếp")
            return msg("{day} {session}", day=f"{slot.day:%d/%m}",
                       session=term(SESSION_LABELS.get(slot.session, slot.session)))

        return msg("{unit}: {before} → {after} — {reason}", unit=self.unit,
                   before=where(self.before), after=where(self.after), reason=self.reason)


@dataclass(frozen=True)
class MoveSummary:
    kept: int  # meetings on last month's day and session
    new: int  # units without a meeting last month
    moves: list[Move]
    compared: bool = True  # False: last month has no calendar to compare with


def explain_moves(db: Database, month: str, version: int | None = None,
                  rows: list[MeetingRow] | None = None) -> MoveSummary:
    """Compare a version of the month (the latest by default) with last month.
    ``rows``: that version's rows as the caller has just read them (not read again)."""
    with db.read() as session:
        cal = find_calendar(session, month, version)
        settings = queries.settings(session)
        items, blocked, _names, rows, away = plan_input(session, cal, settings, rows)
        previous = {key for key, m in previous_slots(session, month).items()
                    if m.day is not None}
    by_id = {r.id: r for r in rows}
    placed: dict[tuple, list] = {}
    for r in rows:
        if r.day is not None:
            placed.setdefault((r.day, r.session), []).append(r)
    kept = new = 0
    moves: list[Move] = []
    for item in items:
        row = by_id[item.id]
        now = Slot(row.day, row.session) if row.day is not None else None
        if item.preferred is None:
            if (row.kind, row.unit_id) in previous:  # its day (a 31st) is not in this month
                moves.append(Move(item.id, item.label, None, now,
                                  msg("tháng {month} không có ngày họp của tháng trước",
                                      month=month_text(month))))
            else:
                new += 1
            continue
        if now == item.preferred:
            kept += 1
            continue
        moves.append(Move(item.id, item.label, item.preferred, now,
                          _why(row, item.preferred, blocked, placed, away)))
    return MoveSummary(kept, new, moves, compared=bool(previous))


def _why(row, preferred: Slot, blocked: dict, placed: dict, away=()) -> str:
    day = preferred.day
    if day not in row.window:
        if row.window:
            return msg("ngày {day} ngoài khung ngày tháng này ({window})", day=format_date(day),
                       window=f"{row.window[0]:%d}–{row.window[-1]:%d/%m}")
        return msg("ngày {day} ngoài khung ngày tháng này", day=format_date(day))
    if day in blocked:
        return msg("ngày {day} là ngày nghỉ ({holiday})", day=format_date(day),
                   holiday=blocked[day])
    names = {officer: name for officer, name, _role in row.attendees}
    for absence in away:
        if absence.officer_id in names and absence.first <= day <= absence.last:
            why = f" ({absence.reason})" if absence.reason else ""
            return msg("đồng chí {officer} vắng ngày {day}{why}",
                       officer=names[absence.officer_id], day=format_date(day), why=why)
    mine = set(names)
    for other in placed.get((preferred.day, preferred.session), []):
        if other.id == row.id:
            continue
        for officer, name, _role in other.attendees:
            if officer in mine:
                return msg("đồng chí {officer} dự {meeting} buổi đó", officer=name,
                           meeting=other.label)
    return msg("để không ai phải dự hai cuộc họp cùng buổi")
