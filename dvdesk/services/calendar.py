"""The monthly meeting calendar (Lịch sinh hoạt tháng): each use case one transaction.

A month has versions: version 1 starts as a draft; approving freezes it (a JSON
snapshot of the whole view, so it prints identically forever even after units
or assignments change); changing an approved month opens version N+1, a draft
("điều chỉnh lần N"). Only the latest draft can be edited.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from dvdesk.domain import calendar as engine
from dvdesk.domain.calendar import CELL, COMMITTEE, SESSIONS, Conflict, Slot, Unavailability
from dvdesk.domain.calendar.months import month_days, month_text, previous_month, same_day
from dvdesk.domain.calendar.rules import (
    blocked_for,
    month_windows,
    session_starts,
    usable_sessions,
)
from dvdesk.domain.messages import msg
from dvdesk.domain.models import Cell, Commune, Meeting, MonthlyCalendar
from dvdesk.errors import ConcurrentEditError, InvalidInput, NotFound
from dvdesk.services.audit import record, recorded
from dvdesk.services.calendar_rows import (
    MeetingRow,
    check_time,
    draft_calendar,
    find_calendar,
    load_rows,
    parse_month,
    refuse_if_approved,
    row_order,
    rows_from_snapshot,
    snapshot_view,
    view_of,
)

# Approval, revisions and attendance live in calendar_versions; callers use this module.
from dvdesk.services.calendar_versions import (
    approve,
    delete_draft,
    purge_taken_back,
    record_attendance,
    restore_calendar,
    revise,
    withdraw_approval,
)
from dvdesk.services.validation import checked_text
from dvdesk.services.versions import expect_values, expect_version
from dvdesk.store import queries
from dvdesk.store.calendar_queries import (
    CalendarUnits,
    attendance_of,
    calendars_of,
    meeting_and_calendar,
    previous_slots,
    unavailability_in,
)
from dvdesk.store.database import Database

__all__ = [
    "MonthState", "PlanOutcome", "approve", "calendar_view", "conflicts", "delete_draft",
    "month_state", "months", "new_month", "plan", "plan_input", "record_attendance",
    "refresh_state", "restore_calendar", "restore_month_windows", "revise", "set_month_windows", "set_slots",
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
    # Who is away on days of the month (leave, business trips): part of the conflicts.
    unavailable: list[Unavailability] = field(default_factory=list)


@dataclass
class PlanOutcome:
    moved: int
    conflicts: list[Conflict]
    reasons: list[str]
    # meeting id -> (day, session, start) before the plan, with the slot the plan left as a
    # 4th item (what ``set_slots`` expects to find when it undoes the plan) ...
    previous: dict[int, tuple]
    # ... and after it, with the slot before as the 4th item (for a redo)
    placed: dict[int, tuple] = field(default_factory=dict)


# ---------------------------------------------------------------------------
# helpers


def _state(session: Session, cal: MonthlyCalendar, settings: dict) -> MonthState:
    if cal.status == "approved" and cal.snapshot:
        rows = rows_from_snapshot(cal.snapshot, settings)
        blocked = {dt.date.fromisoformat(k): v for k, v in cal.snapshot.get("blocked", {}).items()}
        view = cal.snapshot["view"]
        windows = {k: tuple(v) for k, v in view["windows"].items()}
    else:
        rows = load_rows(session, cal, settings)
        blocked = blocked_for(settings, cal.month)
        windows = month_windows(settings, cal.windows)
    names = {a[0]: a[1] for r in rows for a in r.attendees}
    away = unavailability_in(session, *month_days(cal.month))
    conflicts = engine.find_conflicts([r.item() for r in rows], blocked, names, away)
    return MonthState(
        calendar_id=cal.id, month=cal.month, version=cal.version, status=cal.status,
        number=cal.number or "", approved_by=cal.approved_by or "",
        approved_on=cal.approved_on, windows=windows, blocked=blocked, rows=rows,
        conflicts=conflicts,
        versions=[(c.version, c.status) for c in calendars_of(session, cal.month)],
        sessions=usable_sessions(settings), starts=session_starts(settings),
        unavailable=away,
    )


def _check_day(cal: MonthlyCalendar, day: dt.date | None) -> dt.date | None:
    if day is None:
        return None
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    first, last = month_days(cal.month)
    if not first <= day <= last:
        raise InvalidInput(msg("Ngày {day} không thuộc tháng {month} của lịch này.",
                               day=f"{day:%d/%m/%Y}", month=month_text(cal.month)))
    return day


def _check_session(value: str) -> str:
    if value not in SESSIONS:
        raise InvalidInput(msg("Buổi họp phải là sáng, chiều hoặc tối, không phải {session}.",
                               session=repr(value)))
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
    found = engine.find_conflicts([r.item() for r in rows], state.blocked, names,
                                  state.unavailable)
    return dataclasses.replace(state, rows=rows, conflicts=found)


def calendar_view(db: Database, month: str, version: int | None = None, *,
                  with_attendance: bool = False, with_labels: bool = False) -> dict:
    """The month as ``calendar show --json`` prints it (docs/ARCHITECTURE.md), plus number, approved_by,
    approved_on, revision and windows for the documents. Approved versions come from
    their snapshot. ``with_attendance`` adds each meeting's recorded attendance,
    ``with_labels`` its ``label`` (how the documents name its unit: ``calendar_rows``)."""
    with db.read() as session:
        cal = find_calendar(session, month, version)
        settings = queries.settings(session)
        if cal.status == "approved" and cal.snapshot:
            view = snapshot_view(cal.snapshot, settings, with_labels)
        else:
            view = view_of(cal, load_rows(session, cal, settings), settings, with_labels)
        if with_attendance:
            recorded = attendance_of(session, [m["id"] for m in view["meetings"]])
            for m in view["meetings"]:
                m["attendance"] = {str(k): v for k, v in recorded.get(m["id"], {}).items()}
        return view


def conflicts(db: Database, month: str, version: int | None = None) -> list[Conflict]:
    """Every conflict of the month (double bookings, officers away, outside windows,
    holidays, nobody expected, not placed), ordered by day and session."""
    return month_state(db, month, version).conflicts


def months(db: Database, month: str | None = None) -> list[dict]:
    """Every calendar version, newest month first (for pickers); with ``month``, that
    month's versions only."""
    with db.read() as session:
        # Only the columns a picker shows: an approved version's snapshot is a whole
        # month's document, read (and decoded) only when that document is made.
        stmt = select(MonthlyCalendar.month, MonthlyCalendar.version, MonthlyCalendar.status,
                      MonthlyCalendar.number).where(MonthlyCalendar.deleted.is_(False))
        if month is not None:
            stmt = stmt.where(MonthlyCalendar.month == month)
        stmt = stmt.order_by(MonthlyCalendar.month.desc(), MonthlyCalendar.version)
        return [{"month": c.month, "version": c.version, "status": c.status,
                 "number": c.number} for c in session.execute(stmt)]


# ---------------------------------------------------------------------------
# creating and removing a month


def new_month(db: Database, month: str, copy_previous: bool = False) -> dict:
    """Version 1 draft: one committee meeting per active commune, one meeting per active
    cell. With ``copy_previous`` each unit keeps last month's day, session, time and place
    where that day is still inside this month's window."""
    parse_month(month)
    with db.write() as session:
        return new_month_in(session, month, copy_previous)


def new_month_in(session: Session, month: str, copy_previous: bool = False) -> dict:
    """``new_month`` inside a transaction the caller holds (the demo builds several)."""
    existing = calendars_of(session, month)
    if existing:
        raise InvalidInput(msg("Lịch tháng {month} đã có (bản {version}); hãy mở lịch đó để sửa "
                               "hoặc mở bản điều chỉnh.", month=month_text(month),
                               version=existing[-1].version))
    settings = queries.settings(session)
    previous = previous_slots(session, month) if copy_previous else {}
    if copy_previous and not previous:
        raise NotFound(msg("Chưa có lịch tháng {month} để sao chép.",
                           month=month_text(previous_month(month))))
    purge_taken_back(session, month, 1)
    cal = MonthlyCalendar(month=month, version=1, status="draft",
                          created_at=dt.datetime.now().replace(microsecond=0))
    session.add(cal)
    session.flush()
    first, last = month_days(month)
    units = CalendarUnits(session).as_of(first)
    windows = month_windows(settings, None)
    year, mon = parse_month(month)
    communes = [c.id for c in session.scalars(select(Commune).where(
        Commune.active.is_(True)).order_by(Commune.position, Commune.id))]
    communes = communes_of_month(units.history, communes, first, last)
    cells = session.scalars(select(Cell).where(Cell.active.is_(True))
                            .order_by(Cell.commune_id, Cell.position, Cell.id))
    units_list = [(COMMITTEE, c) for c in communes] + [(CELL, c.id) for c in cells]
    rows, copied = [], 0
    for kind, unit_id in units_list:
        row = {"calendar_id": cal.id, "kind": kind, "unit_id": unit_id, "day": None,
               "session": "sang", "start": "", "place": units.place(kind, unit_id),
               "pinned": False, "note": "", "row_version": 1}
        before = previous.get((kind, unit_id))
        if before is not None:
            row["place"] = before.place or row["place"]
            window = units.window(month, kind, unit_id, windows)
            day = same_day(before.day, year, mon)
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


def communes_of_month(history, active: list[int], first: dt.date, last: dt.date) -> list[int]:
    """The communes whose committees meet in a month: the active ones, except a commune
    made by a merge after the month, whose former communes meet instead."""
    if not history:
        return active
    found = []
    for commune_id in active:
        sources = history.merged_from("commune", commune_id)
        if sources and min(day for _old, day in sources) >= last:
            found += [old for old, _day in sources]  # merged after this month
        else:
            found.append(commune_id)
    return found


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
        if expected_windows is not _UNSET:  # an undo or redo: the windows the step before left
            expect_values({"windows": cal.windows or None}, {"windows": expected_windows})
        last = month_days(month)[1].day
        previous = dict(cal.windows) if cal.windows else {}
        value: dict = {}
        for kind, pair in ((COMMITTEE, committee), (CELL, cell)):
            if pair is None:
                continue
            a, b = int(pair[0]), int(pair[1])
            if not 1 <= a <= b <= last:
                raise InvalidInput(msg(
                    "Khung ngày {first}–{last} không hợp lệ cho tháng {month} (từ ngày 1 đến "
                    "ngày {end}, ngày đầu không sau ngày cuối).", first=a, last=b,
                    month=month_text(month), end=last))
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
    given = {name: value for name, value in (("day", day), ("session", session),
                                               ("start", start), ("place", place),
                                               ("pinned", pinned), ("note", note))
             if value is not _UNSET}
    with db.write() as s:
        meeting, cal = meeting_and_calendar(s, meeting_id)
        refuse_if_approved(cal)
        expect_version(meeting, expected_version)
        expect_values(meeting, expected_values)
        checked = {"day": lambda value: _check_day(cal, value), "session": _check_session,
                   "start": check_time,
                   "place": lambda value: checked_text(Meeting, "place", value,
                                                       msg("Địa điểm")),
                   "pinned": bool,
                   "note": lambda value: checked_text(Meeting, "note", value, msg("Ghi chú"))}
        values = {name: checked[name](value) for name, value in given.items()}
        if "session" in values and "start" not in values \
                and values["session"] != meeting.session:
            values["start"] = session_starts(queries.settings(s)).get(values["session"], "")
        previous = {name: getattr(meeting, name) for name in values}
        with recorded(s, "meeting.update", "meeting", meeting):
            for name, value in values.items():
                setattr(meeting, name, value)
        previous["expected_values"] = {name: getattr(meeting, name) for name in values}
        return previous


def set_slots(db: Database, month: str, slots: dict[int, tuple]) -> dict[int, tuple]:
    """Put meetings on (day, session, start) in one go (undo of a plan); returns the old ones.
    A 4th item in a slot is the slot the meeting must still be on (``_write_slots``)."""
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
            raise NotFound(msg("Cuộc họp mã {id} không thuộc lịch tháng {month}.",
                               id=meeting_id, month=month_text(cal.month)))
        if len(slot) > 3:
            expect_values(m, dict(zip(("day", "session", "start"), slot[3], strict=True)))
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


def plan_input(session: Session, cal: MonthlyCalendar, settings: dict,
               rows: list[MeetingRow] | None = None):
    """What the engine plans: the meetings as items (with last month's slot as preferred),
    the blocked days, the officer names, the loaded rows and who is away that month.
    ``rows``: the draft's rows when the caller has just read them (read here otherwise)."""
    if rows is None:
        rows = load_rows(session, cal, settings)
    blocked = blocked_for(settings, cal.month)
    names = {a[0]: a[1] for r in rows for a in r.attendees}
    year, mon = parse_month(cal.month)
    before = previous_slots(session, cal.month)
    items = []
    for r in rows:
        prev = before.get((r.kind, r.unit_id))
        day = same_day(prev.day, year, mon) if prev is not None else None
        preferred = Slot(day, prev.session) if day is not None else None
        item = r.item()
        items.append(engine.MeetingItem(item.id, item.label, item.kind, item.window,
                                        item.attendees, item.slot, item.pinned, preferred))
    away = unavailability_in(session, *month_days(cal.month))
    return items, blocked, names, rows, away


def plan(db: Database, month: str) -> PlanOutcome:
    """Xếp lịch tự động: every unpinned meeting placed inside its window so that nobody is
    in two places at once, keeping pinned meetings and, where possible, last month's day
    and session, and keeping each officer's meetings off the days they are away.
    Writes the slots; returns what conflicts remain and why."""
    with db.write() as session:
        return plan_in(session, month)


def plan_in(session: Session, month: str) -> PlanOutcome:
    """``plan`` inside a transaction the caller holds."""
    cal = draft_calendar(session, month)
    settings = queries.settings(session)
    items, blocked, names, rows, away = plan_input(session, cal, settings)
    result = engine.plan(items, blocked, names, usable_sessions(settings), away)
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
    remaining = engine.find_conflicts([r.item() for r in rows], blocked, names, away)
    # Each slot carries the one it expects to find (``_write_slots``): the undo expects
    # where the plan put a meeting, the redo where the undo put it back.
    placed = {meeting_id: (*wanted[meeting_id], previous[meeting_id][:3])
              for meeting_id in previous}
    return PlanOutcome(len(previous), remaining, result.reasons if remaining else [],
                       previous, placed)
