"""A meeting added to, or taken out of, a draft version (a revision, usually).

A revision copies every meeting of the approved version; a cell founded since
gets its meeting with ``add_meeting`` ("bổ sung"), a meeting that will not take
place is taken out with ``remove_meeting`` ("không tổ chức"). Removing hands back
the meeting's values, which ``restore_meeting`` writes back with the same id (the
undo pair). Each is one transaction with its audit entry.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from dvdesk.domain.calendar import CELL, COMMITTEE, SESSIONS
from dvdesk.domain.calendar.months import month_days, month_text
from dvdesk.domain.calendar.rules import session_starts
from dvdesk.domain.messages import msg
from dvdesk.domain.models import Attendance, Cell, Commune, Meeting
from dvdesk.domain.text import clean
from dvdesk.errors import ConcurrentEditError, InvalidInput, NotFound
from dvdesk.services.audit import add_recorded, record, snapshot
from dvdesk.services.calendar_rows import check_time, draft_calendar, refuse_if_approved
from dvdesk.store import queries
from dvdesk.store.calendar_queries import CalendarUnits, meeting_and_calendar
from dvdesk.store.database import Database


def _unit(session, kind: str, unit_id: int) -> None:
    model = {COMMITTEE: Commune, CELL: Cell}.get(kind)
    if model is None:
        raise InvalidInput(msg("Loại cuộc họp phải là committee hoặc cell, không phải {kind}.",
                               kind=repr(kind)))
    unit = session.get(model, unit_id)
    if unit is None or not unit.active:
        if kind == COMMITTEE:
            raise NotFound(msg("Không có xã, thị trấn mã {id} đang hoạt động.", id=unit_id))
        raise NotFound(msg("Không có chi bộ mã {id} đang hoạt động.", id=unit_id))


def add_meeting(db: Database, month: str, kind: str, unit_id: int, *,
                day: dt.date | None = None, session: str = "sang", start: str | None = None,
                place: str | None = None) -> int:
    """Bổ sung a meeting of a unit that has none in the month's draft; returns its id."""
    if session not in SESSIONS:
        raise InvalidInput(msg("Buổi họp phải là sáng, chiều hoặc tối, không phải {session}.",
                               session=repr(session)))
    with db.write() as s:
        cal = draft_calendar(s, month)
        _unit(s, kind, unit_id)
        if day is not None and not month_days(month)[0] <= day <= month_days(month)[1]:
            raise InvalidInput(msg("Ngày {day} không thuộc tháng {month}.",
                                   day=f"{day:%d/%m/%Y}", month=month_text(month)))
        there = s.scalar(select(Meeting.id).where(Meeting.calendar_id == cal.id,
                                                  Meeting.kind == kind,
                                                  Meeting.unit_id == unit_id))
        if there is not None:
            raise InvalidInput(msg("Đơn vị này đã có cuộc họp mã {id} trong lịch tháng {month}.",
                                   id=there, month=month_text(month)))
        starts = session_starts(queries.settings(s))
        meeting = Meeting(
            calendar_id=cal.id, kind=kind, unit_id=unit_id, day=day, session=session,
            start=check_time(start) if start is not None else (starts.get(session, "")
                                                               if day else ""),
            place=clean(place) if place is not None else CalendarUnits(s).place(kind, unit_id),
            pinned=False, note="")
        return add_recorded(s, meeting, "meeting.create", "meeting")


def remove_meeting(db: Database, meeting_id: int) -> dict:
    """Không tổ chức: the meeting leaves the draft; returns its values (for undo)."""
    with db.write() as s:
        meeting, cal = meeting_and_calendar(s, meeting_id)
        refuse_if_approved(cal)
        values = snapshot(meeting)
        if s.scalar(select(Attendance.id).where(Attendance.meeting_id == meeting_id).limit(1)):
            raise InvalidInput(msg("Cuộc họp mã {id} đã có dự họp ghi nhận; không xóa được.",
                                   id=meeting_id))
        record(s, "meeting.delete", "meeting", meeting.id, values, None)
        s.delete(meeting)
        return values


def restore_meeting(db: Database, values: dict) -> None:
    """Write a removed meeting back with its id (undo of a removal, redo of an addition)."""
    with db.write() as s:
        from dvdesk.domain.models import MonthlyCalendar

        cal = s.get(MonthlyCalendar, values["calendar_id"])
        if cal is None or cal.deleted:
            raise NotFound(msg("Không còn bản lịch mã {id}.", id=values["calendar_id"]))
        refuse_if_approved(cal)
        if s.get(Meeting, values["id"]) is not None:
            raise ConcurrentEditError(
                msg("Cuộc họp này vừa được người khác ghi lại; hãy tải lại rồi làm lại."))
        day = values.get("day")
        meeting = Meeting(
            id=values["id"], calendar_id=cal.id, kind=values["kind"], unit_id=values["unit_id"],
            day=dt.date.fromisoformat(day) if day else None, session=values["session"],
            start=values["start"], place=values["place"], pinned=bool(values["pinned"]),
            note=values.get("note") or "", row_version=int(values.get("row_version") or 1) + 1)
        add_recorded(s, meeting, "meeting.restore", "meeting")
