"""The monthly meeting calendar (Lịch sinh hoạt tháng): each use case one transaction.

A month has versions: version 1 starts as a draft; approving freezes it (a JSON
snapshot of the whole view, so it prints identically forever even after units
or assignments change); changing an approved month opens version N+1, a draft
("điều chỉnh lần N"). Only the latest draft can be edited.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from dvdesk.domain import calendar_engine as engine
from dvdesk.domain.calendar_engine import SESSIONS, Conflict, Slot
from dvdesk.domain.models import Attendance, Cell, Commune, Meeting, MonthlyCalendar
from dvdesk.errors import ConcurrentEditError, InvalidInput, NotFound
from dvdesk.services.audit import record, snapshot
from dvdesk.services.calendar_data import (
    CELL,
    COMMITTEE,
    MeetingRow,
    Units,
    attendance_of,
    blocked_for,
    calendars_of,
    check_time,
    draft_calendar,
    find_calendar,
    load_rows,
    meeting_and_calendar,
    month_days,
    month_text,
    month_windows,
    parse_month,
    previous_month,
    previous_slots,
    refuse_if_approved,
    row_order,
    rows_from_snapshot,
    session_starts,
    usable_sessions,
    view_of,
)

# Approval, revisions and attendance live in calendar_versions; callers use this module.
from dvdesk.services.calendar_versions import (
    approve,
    record_attendance,
    revise,
    withdraw_approval,
)
from dvdesk.services.validation import checked_text
from dvdesk.services.versions import expect_values, expect_version
from dvdesk.store import queries
from dvdesk.store.database import Database

__all__ = [
    "MonthState", "PlanOutcome", "approve", "calendar_view", "conflicts", "delete_draft",
    "month_state", "months", "new_month", "plan", "plan_input", "record_attendance",
    "refresh_state", "restore_month_windows", "revise", "set_month_windows", "set_slots",
    "update_meeting", "withdraw_approval",
]

_UNSET = object()


@dataclass
class MonthState:
    """One version of a month as the window shows it."""

    calendar_id: int
    month: str
    version: int
    status: str
    number: str
    approved_by: str
    approved_on: dt.date | None
    windows: dict[str, tuple[int, int]]
    blocked: dict[dt.date, str]
    rows: list[MeetingRow]
    conflicts: list[Conflict]
    versions: list[tuple[int, str]] = field(default_factory=list)  # (version, status)
    sessions: tuple[str, ...] = SESSIONS
    starts: dict[str, str] = field(default_factory=dict)


@dataclass
class PlanOutcome:
    moved: int
    conflicts: list[Conflict]
    reasons: list[str]
    previous: dict[int, tuple]  # meeting id -> (day, session, start) before the plan


# ---------------------------------------------------------------------------
# helpers


def _state(session: Session, cal: MonthlyCalendar, settings: dict) -> MonthState:
    if cal.status == "approved" and cal.snapshot:
        rows = rows_from_snapshot(cal.snapshot)
        blocked = {dt.date.fromisoformat(k): v for k, v in cal.snapshot.get("blocked", {}).items()}
        view = cal.snapshot["view"]
        windows = {k: tuple(v) for k, v in view["windows"].items()}
    else:
        rows = load_rows(session, cal, settings)
        blocked = blocked_for(settings, cal.month)
        windows = month_windows(settings, cal.windows)
    names = {a[0]: a[1] for r in rows for a in r.attendees}
    conflicts = engine.find_conflicts([r.item() for r in rows], blocked, names)
    return MonthState(
        calendar_id=cal.id, month=cal.month, version=cal.version, status=cal.status,
        number=cal.number or "", approved_by=cal.approved_by or "",
        approved_on=cal.approved_on, windows=windows, blocked=blocked, rows=rows,
        conflicts=conflicts,
        versions=[(c.version, c.status) for c in calendars_of(session, cal.month)],
        sessions=usable_sessions(settings), starts=session_starts(settings),
    )


def _check_day(cal: MonthlyCalendar, day: dt.date | None) -> dt.date | None:
    if day is None:
        return None
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    first, last = month_days(cal.month)
    if not first <= day <= last:
        raise InvalidInput(
            f"Ngày {day:%d/%m/%Y} không thuộc tháng {month_text(cal.month)} của lịch này."
        )
    return day


def _check_session(value: str) -> str:
    if value not in SESSIONS:
        raise InvalidInput(f"Buổi họp phải là sáng, chiều hoặc tối, không phải {value!r}.")
    return value


# ---------------------------------------------------------------------------
# reading


def month_state(db: Database, month: str, version: int | None = None) -> MonthState:
    with db.read() as session:
        settings = queries.settings(session)
        return _state(session, find_calendar(session, month, version), settings)


def refresh_state(db: Database, state: MonthState, meeting_ids: set[int]) -> MonthState | None:
    """The state after an edit of a few meetings of a draft: only those are read again and
    the conflicts recomputed in memory (a full reload takes a second at province scale).
    None when the version is no longer that draft (reload it all then)."""
    with db.read() as session:
        cal = session.get(MonthlyCalendar, state.calendar_id)
        if cal is None or cal.status != "draft" or state.status != "draft":
            return None
        settings = queries.settings(session)
        fresh = {r.id: r for r in load_rows(session, cal, settings, only=set(meeting_ids))}
    rows = [fresh.get(r.id, r) for r in state.rows]
    rows.sort(key=row_order)
    names = {a[0]: a[1] for r in rows for a in r.attendees}
    found = engine.find_conflicts([r.item() for r in rows], state.blocked, names)
    return dataclasses.replace(state, rows=rows, conflicts=found)


def calendar_view(db: Database, month: str, version: int | None = None, *,
                  with_attendance: bool = False) -> dict:
    """The month as DESIGN §7 ``calendar show --json`` prints it, plus number, approved_by,
    approved_on, revision and windows for the documents. Approved versions come from
    their snapshot. ``with_attendance`` adds each meeting's recorded attendance."""
    with db.read() as session:
        cal = find_calendar(session, month, version)
        settings = queries.settings(session)
        if cal.status == "approved" and cal.snapshot:
            view = copy.deepcopy(cal.snapshot["view"])
        else:
            view = view_of(cal, load_rows(session, cal, settings), settings)
        if with_attendance:
            recorded = attendance_of(session, [m["id"] for m in view["meetings"]])
            for m in view["meetings"]:
                m["attendance"] = {str(k): v for k, v in recorded.get(m["id"], {}).items()}
        return view


def conflicts(db: Database, month: str, version: int | None = None) -> list[Conflict]:
    """Every conflict of the month (double bookings, outside windows, holidays, nobody
    expected, not placed), ordered by day and session."""
    return month_state(db, month, version).conflicts


def months(db: Database) -> list[dict]:
    """Every calendar version, newest month first (for pickers)."""
    with db.read() as session:
        stmt = select(MonthlyCalendar).order_by(MonthlyCalendar.month.desc(),
                                                MonthlyCalendar.version)
        return [{"month": c.month, "version": c.version, "status": c.status,
                 "number": c.number} for c in session.scalars(stmt)]


# ---------------------------------------------------------------------------
# creating and removing a month


def new_month(db: Database, month: str, copy_previous: bool = False) -> dict:
    """Version 1 draft: one committee meeting per active commune, one meeting per active
    cell. With ``copy_previous`` each unit keeps last month's day, session, time and place
    where that day is still inside this month's window."""
    parse_month(month)
    with db.write() as session:
        existing = calendars_of(session, month)
        if existing:
            raise InvalidInput(
                f"Lịch tháng {month_text(month)} đã có (bản {existing[-1].version}); "
                "hãy mở lịch đó để sửa hoặc mở bản điều chỉnh."
            )
        settings = queries.settings(session)
        previous = previous_slots(session, month) if copy_previous else {}
        if copy_previous and not previous:
            raise NotFound(
                f"Chưa có lịch tháng {month_text(previous_month(month))} để sao chép."
            )
        cal = MonthlyCalendar(month=month, version=1, status="draft",
                              created_at=dt.datetime.now().replace(microsecond=0))
        session.add(cal)
        session.flush()
        units = Units(session)
        windows = month_windows(settings, None)
        year, mon = parse_month(month)
        communes = session.scalars(select(Commune).where(Commune.active.is_(True))
                                   .order_by(Commune.position, Commune.id))
        cells = session.scalars(select(Cell).where(Cell.active.is_(True))
                                .order_by(Cell.commune_id, Cell.position, Cell.id))
        units_list = [(COMMITTEE, c.id) for c in communes] + [(CELL, c.id) for c in cells]
        rows, copied = [], 0
        for kind, unit_id in units_list:
            row = {"calendar_id": cal.id, "kind": kind, "unit_id": unit_id, "day": None,
                   "session": "sang", "start": "", "place": units.place(kind, unit_id),
                   "pinned": False, "note": "", "row_version": 1}
            before = previous.get((kind, unit_id))
            if before is not None:
                row["place"] = before.place or row["place"]
                window = units.window(month, kind, unit_id, windows)
                day = _same_day(before.day, year, mon)
                if day is not None and day in window:
                    row.update(day=day, session=before.session, start=before.start)
                    copied += 1
            rows.append(row)
        if rows:
            session.execute(Meeting.__table__.insert(), rows)
        record(session, "calendar.create", "calendar", cal.id, None,
               {"month": month, "meetings": len(rows), "copied": copied})
        return {"month": month, "version": 1, "committees": sum(k == COMMITTEE for k, _ in
                                                                 units_list),
                "cells": sum(k == CELL for k, _ in units_list), "copied": copied,
                "calendar_id": cal.id}


def _same_day(day: dt.date | None, year: int, mon: int) -> dt.date | None:
    if day is None:
        return None
    try:
        return dt.date(year, mon, day.day)
    except ValueError:  # the 31st in a 30-day month
        return None


def delete_draft(db: Database, month: str, version: int) -> None:
    """Remove a draft version (undo of creating a month or opening a revision)."""
    with db.write() as session:
        cal = find_calendar(session, month, version)
        refuse_if_approved(cal)
        if cal.version != calendars_of(session, month)[-1].version:
            raise InvalidInput("Chỉ xóa được bản mới nhất của lịch tháng.")
        ids = select(Meeting.id).where(Meeting.calendar_id == cal.id)
        session.execute(delete(Attendance).where(Attendance.meeting_id.in_(ids)))
        session.execute(delete(Meeting).where(Meeting.calendar_id == cal.id))
        record(session, "calendar.delete", "calendar", cal.id, snapshot(cal), None)
        session.delete(cal)


def set_month_windows(db: Database, month: str, committee: tuple[int, int] | None = None,
                      cell: tuple[int, int] | None = None, *,
                      expected_version: int | None = None,
                      expected_windows: object = _UNSET) -> dict:
    """Override this month's windows (e.g. Tết covering days 7–9); None keeps the setting.
    Returns the previous override (for undo: ``restore_month_windows``), which carries
    the windows this change leaves, so the undo is refused if they were changed since."""
    with db.write() as session:
        cal = draft_calendar(session, month)
        expect_version(cal, expected_version)
        if expected_windows is not _UNSET and (cal.windows or None) != expected_windows:
            raise ConcurrentEditError()
        last = month_days(month)[1].day
        previous = dict(cal.windows) if cal.windows else {}
        value: dict = {}
        for kind, pair in ((COMMITTEE, committee), (CELL, cell)):
            if pair is None:
                continue
            a, b = int(pair[0]), int(pair[1])
            if not 1 <= a <= b <= last:
                raise InvalidInput(
                    f"Khung ngày {a}–{b} không hợp lệ cho tháng {month_text(month)} "
                    f"(từ ngày 1 đến ngày {last}, ngày đầu không sau ngày cuối)."
                )
            value[kind] = [a, b]
        cal.windows = value or None
        session.flush()
        record(session, "calendar.windows", "calendar", cal.id, {"windows": previous or None},
               {"windows": cal.windows})
        return {**previous, "expected": cal.windows}


def restore_month_windows(db: Database, month: str, windows: dict | None) -> dict:
    """Put back the windows ``set_month_windows`` returned (its undo, and the redo of that)."""
    windows = windows or {}
    return set_month_windows(db, month, committee=windows.get(COMMITTEE),
                             cell=windows.get(CELL),
                             expected_windows=windows.get("expected", _UNSET))


# ---------------------------------------------------------------------------
# editing meetings


def update_meeting(db: Database, meeting_id: int, *, day=_UNSET, session=_UNSET,
                   start=_UNSET, place=_UNSET, pinned=_UNSET, note=_UNSET,
                   expected_version: int | None = None,
                   expected_values: dict | None = None) -> dict:
    """Change what is given; returns the previous values of those fields (for undo), with
    the values this edit leaves as ``expected_values``, so that calling back with them
    undoes it only if nobody changed the meeting since (see ``services.versions``).
    Changing the session without a time sets that session's usual start time."""
    with db.write() as s:
        meeting, cal = meeting_and_calendar(s, meeting_id)
        refuse_if_approved(cal)
        expect_version(meeting, expected_version)
        expect_values(meeting, expected_values)
        before = snapshot(meeting)
        previous: dict = {}
        if day is not _UNSET:
            previous["day"] = meeting.day
            meeting.day = _check_day(cal, day)
        if session is not _UNSET:
            previous["session"] = meeting.session
            new_session = _check_session(session)
            if new_session != meeting.session and start is _UNSET:
                previous["start"] = meeting.start
                meeting.start = session_starts(queries.settings(s)).get(new_session, "")
            meeting.session = new_session
        if start is not _UNSET:
            previous["start"] = meeting.start
            meeting.start = check_time(start)
        if place is not _UNSET:
            previous["place"] = meeting.place
            meeting.place = checked_text(Meeting, "place", place, "Địa điểm")
        if pinned is not _UNSET:
            previous["pinned"] = meeting.pinned
            meeting.pinned = bool(pinned)
        if note is not _UNSET:
            previous["note"] = meeting.note
            meeting.note = checked_text(Meeting, "note", note, "Ghi chú")
        s.flush()
        record(s, "meeting.update", "meeting", meeting.id, before, snapshot(meeting))
        previous["expected_values"] = {key: getattr(meeting, key) for key in previous}
        return previous


def set_slots(db: Database, month: str, slots: dict[int, tuple]) -> dict[int, tuple]:
    """Put meetings on (day, session, start) in one go (undo of a plan); returns the old ones."""
    with db.write() as session:
        cal = draft_calendar(session, month)
        return _write_slots(session, cal, slots)


def _write_slots(session: Session, cal: MonthlyCalendar, slots: dict[int, tuple]) -> dict:
    meetings = {m.id: m for m in session.scalars(
        select(Meeting).where(Meeting.calendar_id == cal.id))}
    previous: dict[int, tuple] = {}
    changes = []
    for meeting_id, slot in slots.items():
        # (day, session, start), or with a 4th item: the slot the caller expects the meeting
        # to be on now (an undo of a plan expects the slot the plan left; a meeting moved
        # since by someone else is refused).
        day, sess, start = slot[:3]
        m = meetings.get(meeting_id)
        if m is None:
            raise NotFound(f"Cuộc họp mã {meeting_id} không thuộc lịch tháng "
                           f"{month_text(cal.month)}.")
        if len(slot) > 3 and (m.day, m.session, m.start) != tuple(slot[3]):
            raise ConcurrentEditError()
        if (m.day, m.session, m.start) == (day, sess, start):
            continue
        previous[meeting_id] = (m.day, m.session, m.start, (day, sess, start))
        changes.append({"b_id": meeting_id, "b_day": _check_day(cal, day),
                        "b_session": _check_session(sess), "b_start": check_time(start),
                        "b_version": m.row_version})
    if changes:
        # One executemany for the whole month, still guarded by row_version.
        from sqlalchemy import bindparam

        stmt = (update(Meeting.__table__)
                .where(Meeting.__table__.c.id == bindparam("b_id"),
                       Meeting.__table__.c.row_version == bindparam("b_version"))
                .values(day=bindparam("b_day"), session=bindparam("b_session"),
                        start=bindparam("b_start"),
                        row_version=Meeting.__table__.c.row_version + 1))
        result = session.connection().execute(stmt, changes)
        sane = session.get_bind().dialect.supports_sane_multi_rowcount
        if sane and result.rowcount not in (-1, len(changes)):
            raise ConcurrentEditError()
        for m in meetings.values():
            session.expire(m)
    return previous


def plan_input(session: Session, cal: MonthlyCalendar, settings: dict):
    """What the engine plans: the meetings as items (with last month's slot as preferred),
    the blocked days, the officer names, and the loaded rows."""
    rows = load_rows(session, cal, settings)
    blocked = blocked_for(settings, cal.month)
    names = {a[0]: a[1] for r in rows for a in r.attendees}
    year, mon = parse_month(cal.month)
    before = previous_slots(session, cal.month)
    items = []
    for r in rows:
        prev = before.get((r.kind, r.unit_id))
        day = _same_day(prev.day, year, mon) if prev is not None else None
        preferred = Slot(day, prev.session) if day is not None else None
        item = r.item()
        items.append(engine.MeetingItem(item.id, item.label, item.kind, item.window,
                                        item.attendees, item.slot, item.pinned, preferred))
    return items, blocked, names, rows


def plan(db: Database, month: str) -> PlanOutcome:
    """Xếp lịch tự động: every unpinned meeting placed inside its window so that nobody is
    in two places at once, keeping pinned meetings and, where possible, last month's day
    and session. Writes the slots; returns what conflicts remain and why."""
    with db.write() as session:
        cal = draft_calendar(session, month)
        settings = queries.settings(session)
        items, blocked, names, rows = plan_input(session, cal, settings)
        result = engine.plan(items, blocked, names, usable_sessions(settings))
        starts = session_starts(settings)
        by_id = {r.id: r for r in rows}
        wanted: dict[int, tuple] = {}
        for meeting_id, slot in result.slots.items():
            r = by_id[meeting_id]
            if r.day == slot.day and r.session == slot.session and r.start:
                continue
            start = r.start if (r.start and r.session == slot.session) else starts.get(
                slot.session, "")
            wanted[meeting_id] = (slot.day, slot.session, start)
        previous = _write_slots(session, cal, wanted)
        record(session, "calendar.plan", "calendar", cal.id, None,
               {"moved": len(previous), "conflicts": len(result.conflicts)})
        # Attendees depend on the day (an assignment may change mid-window): recheck.
        rows = load_rows(session, cal, settings)
        names = {a[0]: a[1] for r in rows for a in r.attendees}
        remaining = engine.find_conflicts([r.item() for r in rows], blocked, names)
        return PlanOutcome(len(previous), remaining, result.reasons if remaining else [],
                           previous)
