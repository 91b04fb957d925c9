"""Officers' unavailability (nghỉ phép, đi công tác, học tập): add, list, remove.

Each change is one transaction with its audit entry. Removing a row hands back its
values, which ``restore_unavailability`` writes back with the same id (undo of a
removal, redo of an addition), so the actions after it on the undo stack still find
it. The planner and the conflict check read the rows overlapping a month through
``store.calendar_queries.unavailability_in``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from dvdesk.domain.calendar import format_date
from dvdesk.domain.messages import msg
from dvdesk.domain.models import Officer, Unavailability
from dvdesk.domain.text import clean, name_sort_key
from dvdesk.errors import ConcurrentEditError, InvalidInput, NotFound
from dvdesk.services.audit import add_recorded, record, snapshot
from dvdesk.services.calendar_rows import parse_month
from dvdesk.services.officers import live_officer
from dvdesk.store.database import Database

REASON_MAX = 300
# The usual reasons, offered first by the window (any text is accepted).
USUAL_REASONS = ("nghỉ phép", "đi công tác", "học tập")


@dataclass(frozen=True)
class UnavailabilityRow:
    """One period an officer cannot attend, as the lists show it."""

    id: int
    officer_id: int
    officer: str
    first_day: dt.date
    last_day: dt.date
    reason: str

    def json(self) -> dict:
        return {"id": self.id, "officer_id": self.officer_id, "officer": self.officer,
                "from": self.first_day.isoformat(), "to": self.last_day.isoformat(),
                "reason": self.reason}


def _day(value, what: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidInput(msg("{what} phải có dạng YYYY-MM-DD (ví dụ 2026-12-10), không phải "
                               "{value}.", what=what, value=repr(str(value)))) from None


def _checked(first, last, reason) -> tuple[dt.date, dt.date, str]:
    first, last = _day(first, msg("Ngày bắt đầu")), _day(last, msg("Ngày kết thúc"))
    if first > last:
        raise InvalidInput(msg("Ngày bắt đầu {first} sau ngày kết thúc {last}.",
                               first=format_date(first), last=format_date(last)))
    reason = clean(reason)
    if len(reason) > REASON_MAX:
        raise InvalidInput(msg("Lý do vắng dài {length} ký tự, quá {limit} ký tự.",
                               length=len(reason), limit=REASON_MAX))
    return first, last, reason


def add_unavailability(db: Database, officer_id: int, first, last, reason: str = "") -> int:
    """Báo vắng: the officer cannot attend from ``first`` to ``last`` (inclusive)."""
    first, last, reason = _checked(first, last, reason)
    with db.write() as session:
        live_officer(session, officer_id)
        row = Unavailability(officer_id=officer_id, first_day=first, last_day=last,
                             reason=reason, created_at=dt.datetime.now().replace(microsecond=0))
        return add_recorded(session, row, "unavailability.create", "unavailability")


def remove_unavailability(db: Database, unavailability_id: int) -> dict:
    """Bỏ báo vắng; returns the row's values (what ``restore_unavailability`` writes back)."""
    with db.write() as session:
        row = session.get(Unavailability, unavailability_id)
        if row is None:
            raise NotFound(msg("Không có lịch vắng mã {id} (xem: dvdesk unavailable list).",
                               id=unavailability_id))
        values = snapshot(row)
        record(session, "unavailability.delete", "unavailability", row.id, values, None)
        session.delete(row)
        return values


def restore_unavailability(db: Database, values: dict) -> None:
    """Write a removed row back with its id (undo of a removal, redo of an addition)."""
    first, last, reason = _checked(values["first_day"], values["last_day"], values["reason"])
    with db.write() as session:
        live_officer(session, values["officer_id"])
        if session.get(Unavailability, values["id"]) is not None:
            raise ConcurrentEditError(msg("Lịch vắng này vừa được người khác ghi lại; hãy tải "
                                          "lại rồi làm lại."))
        created = values.get("created_at")
        row = Unavailability(
            id=values["id"], officer_id=values["officer_id"], first_day=first, last_day=last,
            reason=reason, row_version=int(values.get("row_version") or 1) + 1,
            created_at=dt.datetime.fromisoformat(created) if created else None)
        add_recorded(session, row, "unavailability.restore", "unavailability")


def list_unavailability(db: Database, *, officer_id: int | None = None,
                        month: str | None = None) -> list[UnavailabilityRow]:
    """Every period (of one officer, or overlapping one month), by first day then name."""
    stmt = (select(Unavailability, Officer.full_name)
            .join(Officer, Officer.id == Unavailability.officer_id)
            .where(Officer.deleted.is_(False)))
    if officer_id is not None:
        stmt = stmt.where(Unavailability.officer_id == officer_id)
    if month is not None:
        from dvdesk.domain.calendar.months import month_days

        parse_month(month)
        first, last = month_days(month)
        stmt = stmt.where(Unavailability.first_day <= last, Unavailability.last_day >= first)
    with db.read() as session:
        if officer_id is not None and session.get(Officer, officer_id) is None:
            raise NotFound(msg("Không có cán bộ mã {id}.", id=officer_id))
        rows = [UnavailabilityRow(u.id, u.officer_id, name, u.first_day, u.last_day, u.reason)
                for u, name in session.execute(stmt)]
    rows.sort(key=lambda r: (r.first_day, name_sort_key(r.officer), r.id))
    return rows
