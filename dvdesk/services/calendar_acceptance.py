"""Accepting a conflict of a month, with a note: the secretary knows and agrees.

Some conflicts stay on purpose (an officer really attends two cells of one hamlet back
to back). Each one can be accepted on its own with the reason; the window shows it
as accepted with that note and the approval lists it. A conflict is named by what it
is about — kind, day, session, officers and units — not by meeting ids, so the same
conflict in a revision of the month is still accepted, and a conflict that changes
(another day, another officer) is a new one that needs its own decision.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvdesk.domain import calendar as engine
from dvdesk.domain.calendar import Conflict
from dvdesk.domain.calendar.months import month_text
from dvdesk.domain.calendar.rules import blocked_for
from dvdesk.domain.models import AcceptedConflict
from dvdesk.domain.text import clean
from dvdesk.errors import InvalidInput, NotFound
from dvdesk.services.audit import record
from dvdesk.services.calendar_rows import find_calendar, load_rows, parse_month
from dvdesk.store import queries
from dvdesk.store.database import Database


@dataclass(frozen=True)
class Acceptance:
    key: str
    message: str
    note: str
    accepted_at: dt.datetime | None


def conflict_key(conflict: Conflict, units: dict[int, tuple[str, int]]) -> str:
    """The conflict in words that survive a revision: ``units`` maps meeting id → (kind,
    unit id)."""
    parts = sorted(f"{units[m][0]}:{units[m][1]}" for m in conflict.meeting_ids if m in units)
    officers = ",".join(str(o) for o in sorted(conflict.officer_ids))
    day = conflict.day.isoformat() if conflict.day else ""
    return f"{conflict.kind}|{day}|{conflict.session or ''}|{officers}|{' '.join(parts)}"


def keys_of(rows, conflicts: list[Conflict]) -> list[str]:
    """The key of each conflict, in order, for the rows they were found in."""
    units = {r.id: (r.kind, r.unit_id) for r in rows}
    return [conflict_key(c, units) for c in conflicts]


def accepted(db: Database, month: str) -> dict[str, Acceptance]:
    """Every accepted conflict of the month, by key."""
    parse_month(month)
    with db.read() as session:
        return {a.key: Acceptance(a.key, a.message, a.note, a.accepted_at)
                for a in session.scalars(select(AcceptedConflict)
                                         .where(AcceptedConflict.month == month)
                                         .order_by(AcceptedConflict.id))}


def _current_conflicts(session: Session, month: str) -> dict[str, Conflict]:
    cal = find_calendar(session, month)
    settings = queries.settings(session)
    rows = load_rows(session, cal, settings)
    names = {a[0]: a[1] for r in rows for a in r.attendees}
    found = engine.find_conflicts([r.item() for r in rows], blocked_for(settings, month), names)
    return dict(zip(keys_of(rows, found), found, strict=True))


def accept_conflict(db: Database, month: str, key: str, note: str) -> int:
    """Accept one conflict of the month's latest version with ``note`` (why); returns its id.
    Refused when that conflict is no longer there (someone changed the calendar)."""
    note = clean(note)
    if not note:
        raise InvalidInput("Cần ghi lý do chấp nhận xung đột (ví dụ: cán bộ dự lần lượt "
                           "hai chi bộ cùng ấp).")
    with db.write() as session:
        current = _current_conflicts(session, month)
        conflict = current.get(key)
        if conflict is None:
            raise NotFound(f"Xung đột này không còn trong lịch tháng {month_text(month)} "
                           "(lịch vừa được thay đổi); hãy tải lại.")
        existing = session.scalars(select(AcceptedConflict).where(
            AcceptedConflict.month == month, AcceptedConflict.key == key)).first()
        if existing is not None:
            raise InvalidInput("Xung đột này đã được chấp nhận.")
        row = AcceptedConflict(month=month, key=key, kind=conflict.kind,
                               message=conflict.message, note=note,
                               accepted_at=dt.datetime.now().replace(microsecond=0))
        session.add(row)
        session.flush()
        record(session, "conflict.accept", "accepted_conflict", row.id, None,
               {"month": month, "message": conflict.message, "note": note})
        return row.id


def withdraw_acceptance(db: Database, month: str, key: str) -> None:
    """The conflict is no longer accepted (undo of accepting it)."""
    with db.write() as session:
        row = session.scalars(select(AcceptedConflict).where(
            AcceptedConflict.month == month, AcceptedConflict.key == key)).first()
        if row is None:
            return
        record(session, "conflict.withdraw", "accepted_conflict", row.id,
               {"month": month, "message": row.message, "note": row.note}, None)
        session.delete(row)
