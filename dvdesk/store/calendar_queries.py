"""Calendar reads: the versions of a month, the units and attendees its meetings need.

Everything here works inside an open session and never writes. The rows of a
whole month are assembled with a handful of set-based queries (units, the
assignments overlapping the month, the meetings), never one query per meeting,
so a province month of ~5,000 meetings loads in a fraction of a second.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvdesk.domain.calendar import CELL, COMMITTEE, Unavailability
from dvdesk.domain.calendar.months import previous_month, window_days
from dvdesk.domain.calendar.rules import cell_window, default_place
from dvdesk.domain.messages import msg
from dvdesk.domain.models import (
    Assignment,
    Attendance,
    Cell,
    CellType,
    Commune,
    Hamlet,
    Meeting,
    MonthlyCalendar,
    Officer,
)
from dvdesk.domain.models import Unavailability as UnavailabilityRow
from dvdesk.domain.text import name_sort_key
from dvdesk.errors import NotFound
from dvdesk.store.queries import overlapping
from dvdesk.store.unit_history import UnitHistoryIndex

# Collation keys of names survive between loads: the window reloads the month after every edit.
_name_key = functools.lru_cache(maxsize=65536)(name_sort_key)
ATTENDEE_ROLES = ("commune_lead", "province_liaison", "cell_attendance", "hamlet_support")


def calendars_of(session: Session, month: str) -> list[MonthlyCalendar]:
    """Every version of the month, oldest first (not the ones taken back, kept for redo)."""
    stmt = select(MonthlyCalendar).where(MonthlyCalendar.month == month,
                                         MonthlyCalendar.deleted.is_(False))
    return list(session.scalars(stmt.order_by(MonthlyCalendar.version)))


def taken_back(session: Session, month: str, from_version: int) -> list[MonthlyCalendar]:
    """Versions of the month from ``from_version`` on that were taken back (deleted)."""
    return list(session.scalars(select(MonthlyCalendar).where(
        MonthlyCalendar.month == month, MonthlyCalendar.deleted.is_(True),
        MonthlyCalendar.version >= from_version)))


def latest_calendar(session: Session, month: str) -> MonthlyCalendar | None:
    versions = calendars_of(session, month)
    return versions[-1] if versions else None


def latest_month(session: Session) -> str | None:
    """The newest month that has a calendar."""
    return session.scalar(select(MonthlyCalendar.month)
                          .where(MonthlyCalendar.deleted.is_(False))
                          .order_by(MonthlyCalendar.month.desc()).limit(1))


def meeting_and_calendar(session: Session, meeting_id: int) -> tuple[Meeting, MonthlyCalendar]:
    meeting = session.get(Meeting, meeting_id)
    calendar = session.get(MonthlyCalendar, meeting.calendar_id) if meeting else None
    if calendar is None or calendar.deleted:
        raise NotFound(msg("Không có cuộc họp mã {id}.", id=meeting_id))
    return meeting, calendar


class CalendarUnits:
    """Every commune, cell, hamlet and cell type, loaded once (inactive ones too, since an
    older calendar may still name them)."""

    def __init__(self, session: Session):
        # Plain rows, not ORM objects: a province has thousands of each.
        self.communes = {c.id: c for c in session.execute(select(
            Commune.id, Commune.name, Commune.kind, Commune.position))}
        self.cells = {c.id: c for c in session.execute(select(
            Cell.id, Cell.commune_id, Cell.hamlet_id, Cell.cell_type_id, Cell.name,
            Cell.position))}
        self.hamlets = {h.id: h for h in session.execute(select(Hamlet.id, Hamlet.name))}
        self.types = {t.id: t for t in session.execute(select(
            CellType.id, CellType.name, CellType.window_from, CellType.window_to))}
        self._windows: dict = {}
        self.history = UnitHistoryIndex(session, ("commune", "hamlet", "cell"))

    def as_of(self, day: dt.date) -> CalendarUnits:
        """The units as they were on ``day``: names, kinds and parents before a later
        rename or merge (a month before a merge prints the former communes)."""
        if not self.history:
            return self
        for kind, table, names in (("commune", self.communes, ("name", "kind")),
                                   ("hamlet", self.hamlets, ("name",)),
                                   ("cell", self.cells, ("name", "commune_id", "hamlet_id"))):
            for unit_id, row in list(table.items()):
                table[unit_id] = self.history.as_of(kind, row, day, names)
        return self

    def commune_of(self, kind: str, unit_id: int):
        if kind == COMMITTEE:
            return self.communes.get(unit_id)
        cell = self.cells.get(unit_id)
        return self.communes.get(cell.commune_id) if cell else None

    def place(self, kind: str, unit_id: int) -> str:
        cell = self.cells.get(unit_id) if kind == CELL else None
        hamlet = self.hamlets.get(cell.hamlet_id) if cell and cell.hamlet_id else None
        commune = self.commune_of(kind, unit_id)
        return default_place(kind, commune_kind=commune.kind if commune else None,
                             commune_name=commune.name if commune else None,
                             cell_name=cell.name if cell else None,
                             hamlet_name=hamlet.name if hamlet else None)

    def window(self, month: str, kind: str, unit_id: int,
               windows: dict[str, tuple[int, int]]) -> tuple[dt.date, ...]:
        cell = self.cells.get(unit_id) if kind == CELL else None
        type_id = cell.cell_type_id if cell else None
        key = (month, kind, type_id, windows[kind])
        found = self._windows.get(key)
        if found is None:
            if kind == COMMITTEE:
                found = window_days(month, *windows[COMMITTEE])
            else:
                ctype = self.types.get(type_id) if type_id else None
                found = cell_window(month, windows[CELL], ctype.window_from if ctype else None,
                                    ctype.window_to if ctype else None)
            self._windows[key] = found
        return found


class ExpectedAttendees:
    """Expected attendees of every meeting of a month from the assignments overlapping it
    (one query), answered per meeting for the day it is held."""

    def __init__(self, session: Session, first: dt.date, last: dt.date,
                 unit_ids: set[int] | None = None):
        stmt = (
            select(Assignment.role, Assignment.unit_id, Assignment.officer_id,
                   Assignment.effective_from, Assignment.effective_to, Officer.full_name)
            .join(Officer, Officer.id == Assignment.officer_id)
            .where(Assignment.role.in_(ATTENDEE_ROLES), overlapping(first, last))
            .order_by(Assignment.effective_from, Assignment.id)
        )
        if unit_ids is not None:  # a few meetings only (ids of several unit kinds: a superset)
            stmt = stmt.where(Assignment.unit_id.in_(sorted(unit_ids)))
        rows = session.execute(stmt)
        self.by_unit: dict[tuple[str, int], list[tuple]] = defaultdict(list)
        self.names: dict[int, str] = {}
        self._sort_keys: dict[int, tuple] = {}
        for role, unit_id, officer_id, start, end, name in rows:
            self.by_unit[(role, unit_id)].append((officer_id, start, end))
            self.names[officer_id] = name

    def sort_key(self, officer_id: int) -> tuple:
        found = self._sort_keys.get(officer_id)
        if found is None:
            found = self._sort_keys[officer_id] = _name_key(self.names[officer_id])
        return found

    def _holders(self, role: str, unit_id: int | None, day: dt.date) -> list[int]:
        if unit_id is None:
            return []
        return [o for o, start, end in self.by_unit.get((role, unit_id), ())
                if start <= day and (end is None or end >= day)]

    def expected(self, kind: str, unit_id: int, cell, day: dt.date) -> list[tuple[int, str, str]]:
        """(officer id, name, role) of everyone expected at the meeting on ``day``."""
        found: list[tuple[int, str, str]] = []
        seen: set[int] = set()

        def add(role: str, ids: list[int], sort: bool = False) -> None:
            if sort and len(ids) > 1:
                ids = sorted(ids, key=self.sort_key)
            for officer_id in ids:
                if officer_id not in seen:
                    seen.add(officer_id)
                    found.append((officer_id, self.names[officer_id], role))

        if kind == COMMITTEE:
            add("commune_lead", self._holders("commune_lead", unit_id, day))
            add("province_liaison", self._holders("province_liaison", unit_id, day))
        else:
            add("cell_attendance", self._holders("cell_attendance", unit_id, day), sort=True)
            add("hamlet_support",
                self._holders("hamlet_support", cell.hamlet_id if cell else None, day))
        return found


def attendance_of(session: Session, meeting_ids: list[int]) -> dict[int, dict[int, dict]]:
    """meeting id -> officer id -> {status, reason}."""
    result: dict[int, dict[int, dict]] = defaultdict(dict)
    if not meeting_ids:
        return result
    for chunk_start in range(0, len(meeting_ids), 900):
        chunk = meeting_ids[chunk_start:chunk_start + 900]
        stmt = select(Attendance).where(Attendance.meeting_id.in_(chunk))
        for row in session.scalars(stmt):
            result[row.meeting_id][row.officer_id] = {"status": row.status, "reason": row.reason}
    return result


def previous_slots(session: Session, month: str) -> dict[tuple[str, int], Meeting]:
    """(kind, unit id) -> the unit's meeting in the latest version of the month before."""
    before = latest_calendar(session, previous_month(month))
    if before is None:
        return {}
    stmt = select(Meeting).where(Meeting.calendar_id == before.id)
    return {(m.kind, m.unit_id): m for m in session.scalars(stmt)}


def unavailability_in(session: Session, first: dt.date, last: dt.date) -> list[Unavailability]:
    """Who is away (leave, business trips …) on days of [first, last], each period cut to
    that range (so a year-long course costs no more than the month)."""
    stmt = (select(UnavailabilityRow.officer_id, UnavailabilityRow.first_day,
                   UnavailabilityRow.last_day, UnavailabilityRow.reason)
            .where(UnavailabilityRow.first_day <= last, UnavailabilityRow.last_day >= first)
            .order_by(UnavailabilityRow.first_day, UnavailabilityRow.id))
    return [Unavailability(officer_id, max(start, first), min(end, last), reason)
            for officer_id, start, end, reason in session.execute(stmt)]
