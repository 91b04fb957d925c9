"""Reading a month's calendar: windows, blocked days, expected attendees, the view.

Everything here works inside an open session and never writes. The rows of a
whole month are assembled with a handful of set-based queries (units, the
assignments overlapping the month, the meetings), never one query per meeting,
so a province month of ~5,000 meetings loads in a fraction of a second.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from calendar import monthrange
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from dvdesk.domain.calendar_engine import SESSIONS, MeetingItem, Slot
from dvdesk.domain.holidays_vn import blocked_days
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
from dvdesk.domain.roles import COMMUNE_KINDS
from dvdesk.domain.text import name_sort_key, text_sort_key
from dvdesk.domain.validate import ValueProblem, month_parts
from dvdesk.errors import InvalidInput, NotFound
from dvdesk.store import queries

COMMITTEE, CELL = "committee", "cell"
# Collation keys of names survive between loads: the window reloads the month after every edit.
_name_key = functools.lru_cache(maxsize=65536)(name_sort_key)
ATTENDEE_ROLES = ("commune_lead", "province_liaison", "cell_attendance", "hamlet_support")
ATTENDANCE_STATUSES = ("present", "excused", "absent")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


@dataclass
class MeetingRow:
    """One meeting with everything the view, the planner and the window need."""

    id: int
    kind: str
    unit_id: int
    unit: str  # "Đảng ủy xã An Khánh" / "Chi bộ Ấp Phú Hòa"
    label: str  # unit as a sentence names it (with its commune, for cells)
    commune: str  # "Xã An Khánh"
    commune_id: int | None
    cell_type: str | None
    day: dt.date | None
    session: str
    start: str
    place: str
    pinned: bool
    note: str
    window: tuple[dt.date, ...]
    attendees: list[tuple[int, str, str]] = field(default_factory=list)  # id, name, role
    sort_key: tuple = ()

    def item(self, attendees: tuple[int, ...] | None = None) -> MeetingItem:
        slot = Slot(self.day, self.session) if self.day is not None else None
        ids = attendees if attendees is not None else tuple(a[0] for a in self.attendees)
        return MeetingItem(self.id, self.label, self.kind, self.window, ids, slot, self.pinned)


# ---------------------------------------------------------------------------
# months, windows, blocked days


def parse_month(month: str) -> tuple[int, int]:
    try:
        return month_parts(month)
    except ValueProblem as problem:
        raise InvalidInput(f"{problem}.") from problem


def month_text(month: str) -> str:
    year, mon = parse_month(month)
    return f"{mon:02d}/{year}"


def previous_month(month: str) -> str:
    year, mon = parse_month(month)
    return f"{year - 1}-12" if mon == 1 else f"{year}-{mon - 1:02d}"


def month_days(month: str) -> tuple[dt.date, dt.date]:
    year, mon = parse_month(month)
    return dt.date(year, mon, 1), dt.date(year, mon, monthrange(year, mon)[1])


def _pair(value, fallback: tuple[int, int]) -> tuple[int, int]:
    try:
        a, b = int(value[0]), int(value[1])
    except (TypeError, ValueError, IndexError):
        return fallback
    return (a, b) if a <= b else (b, a)


def month_windows(settings: dict, override: dict | None) -> dict[str, tuple[int, int]]:
    """The committee and cell windows of a month: settings, then the month's own override."""
    cal = settings.get("calendar", {})
    result = {
        COMMITTEE: _pair(cal.get("committee_window"), (7, 9)),
        CELL: _pair(cal.get("cell_window"), (10, 15)),
    }
    for kind in (COMMITTEE, CELL):
        if override and override.get(kind):
            result[kind] = _pair(override[kind], result[kind])
    return result


def window_days(month: str, first: int, last: int) -> tuple[dt.date, ...]:
    start, end = month_days(month)
    return tuple(
        dt.date(start.year, start.month, d) for d in range(max(1, first), min(end.day, last) + 1)
    )


def cell_window(month: str, window: tuple[int, int], type_from: int | None,
                type_to: int | None) -> tuple[dt.date, ...]:
    """A cell type narrows the month's cell window; a narrowing that leaves nothing is ignored
    (a month whose window was moved must still give every cell somewhere to meet)."""
    first, last = window
    narrowed = (max(first, type_from or first), min(last, type_to or last))
    days = window_days(month, *narrowed) if narrowed[0] <= narrowed[1] else ()
    return days or window_days(month, first, last)


def blocked_for(settings: dict, month: str) -> dict[dt.date, str]:
    """Public holidays (Tết included) plus the blocked days kept in settings."""
    year, mon = parse_month(month)
    extra: dict[dt.date, str] = {}
    raw = settings.get("calendar", {}).get("blocked_days") or {}
    entries = raw.items() if isinstance(raw, dict) else ((d, "") for d in raw)
    for key, name in entries:
        try:
            extra[dt.date.fromisoformat(str(key))] = name or "Ngày nghỉ"
        except ValueError:
            continue
    return blocked_days(year, mon, extra)


def session_starts(settings: dict) -> dict[str, str]:
    starts = {"sang": "07:30", "chieu": "14:00", "toi": "19:00"}
    starts.update(settings.get("calendar", {}).get("sessions") or {})
    return starts


def usable_sessions(settings: dict) -> tuple[str, ...]:
    if settings.get("calendar", {}).get("use_evening", True):
        return SESSIONS
    return tuple(s for s in SESSIONS if s != "toi")


def check_time(start: str) -> str:
    start = (start or "").strip()
    if start and not _TIME.fullmatch(start):
        raise InvalidInput(f"Giờ họp phải có dạng HH:MM (ví dụ 07:30), không phải {start!r}.")
    return start


# ---------------------------------------------------------------------------
# calendars


def calendars_of(session: Session, month: str) -> list[MonthlyCalendar]:
    stmt = select(MonthlyCalendar).where(MonthlyCalendar.month == month)
    return list(session.scalars(stmt.order_by(MonthlyCalendar.version)))


def find_calendar(session: Session, month: str, version: int | None = None) -> MonthlyCalendar:
    """The asked version (default: the latest) or NotFound with what to do."""
    parse_month(month)
    versions = calendars_of(session, month)
    if not versions:
        raise NotFound(
            f"Chưa có lịch tháng {month_text(month)}; hãy chạy: dvdesk calendar new {month}."
        )
    if version is None:
        return versions[-1]
    for cal in versions:
        if cal.version == version:
            return cal
    have = ", ".join(str(c.version) for c in versions)
    raise NotFound(f"Lịch tháng {month_text(month)} không có bản {version} (có bản {have}).")


def refuse_if_approved(cal: MonthlyCalendar) -> None:
    if cal.status == "approved":
        number = f" (số {cal.number})" if cal.number else ""
        raise InvalidInput(
            f"Lịch tháng {month_text(cal.month)} đã duyệt{number}; "
            "hãy mở bản điều chỉnh để sửa."
        )


def draft_calendar(session: Session, month: str) -> MonthlyCalendar:
    """The latest version, refused when approved; its row stays locked to the end of the
    transaction, so an approval and an edit of the same month never interleave."""
    cal = find_calendar(session, month)
    session.refresh(cal, with_for_update=True)
    refuse_if_approved(cal)
    return cal


def meeting_and_calendar(session: Session, meeting_id: int) -> tuple[Meeting, MonthlyCalendar]:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(f"Không có cuộc họp mã {meeting_id}.")
    return meeting, session.get(MonthlyCalendar, meeting.calendar_id)


# ---------------------------------------------------------------------------
# units and attendees


def commune_title(commune: Commune) -> str:
    return f"{COMMUNE_KINDS.get(commune.kind, 'Xã')} {commune.name}"


def committee_unit(commune: Commune) -> str:
    return f"Đảng ủy {queries.commune_display(commune)}"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def default_place(kind: str, commune: Commune | None, cell: Cell | None,
                  hamlet: Hamlet | None) -> str:
    if kind == COMMITTEE:
        return f"Hội trường {committee_unit(commune)}" if commune else ""
    if hamlet is not None:
        return f"Nhà văn hóa {_lower_first(hamlet.name)}"
    if cell is not None:
        return f"Trụ sở {cell.name.removeprefix('Chi bộ ').strip()}"
    return ""


class Units:
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

    def commune_of(self, kind: str, unit_id: int) -> Commune | None:
        if kind == COMMITTEE:
            return self.communes.get(unit_id)
        cell = self.cells.get(unit_id)
        return self.communes.get(cell.commune_id) if cell else None

    def place(self, kind: str, unit_id: int) -> str:
        cell = self.cells.get(unit_id) if kind == CELL else None
        hamlet = self.hamlets.get(cell.hamlet_id) if cell and cell.hamlet_id else None
        return default_place(kind, self.commune_of(kind, unit_id), cell, hamlet)

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


class Attendees:
    """Expected attendees of every meeting of a month from the assignments overlapping it
    (one query), answered per meeting for the day it is held."""

    def __init__(self, session: Session, first: dt.date, last: dt.date,
                 unit_ids: set[int] | None = None):
        stmt = (
            select(Assignment.role, Assignment.unit_id, Assignment.officer_id,
                   Assignment.effective_from, Assignment.effective_to, Officer.full_name)
            .join(Officer, Officer.id == Assignment.officer_id)
            .where(
                Assignment.role.in_(ATTENDEE_ROLES),
                Assignment.effective_from <= last,
                or_(Assignment.effective_to.is_(None), Assignment.effective_to >= first),
            )
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

    def expected(self, kind: str, unit_id: int, cell: Cell | None,
                 day: dt.date) -> list[tuple[int, str, str]]:
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


def load_rows(session: Session, cal: MonthlyCalendar, settings: dict,
              only: set[int] | None = None) -> list[MeetingRow]:
    """The meetings of one (draft) calendar version, in calendar order (``only``: just
    these meetings, for refreshing a few after an edit)."""
    month = cal.month
    first, last = month_days(month)
    units = Units(session)
    windows = month_windows(settings, cal.windows)
    stmt = select(
        Meeting.id, Meeting.kind, Meeting.unit_id, Meeting.day, Meeting.session, Meeting.start,
        Meeting.place, Meeting.pinned, Meeting.note).where(Meeting.calendar_id == cal.id)
    few = only is not None and len(only) <= 500
    if few:
        stmt = stmt.where(Meeting.id.in_(sorted(only)))
    meetings = [m for m in session.execute(stmt) if only is None or m.id in only]
    unit_ids = None
    if few:
        unit_ids = set()
        for m in meetings:
            unit_ids.add(m.unit_id)
            cell = units.cells.get(m.unit_id) if m.kind == CELL else None
            if cell is not None and cell.hamlet_id:
                unit_ids.add(cell.hamlet_id)
    attendees = Attendees(session, first, last, unit_ids)
    commune_keys: dict[int, tuple] = {}
    rows: list[MeetingRow] = []
    for m in meetings:
        commune = units.commune_of(m.kind, m.unit_id)
        cell = units.cells.get(m.unit_id) if m.kind == CELL else None
        window = units.window(month, m.kind, m.unit_id, windows)
        on = m.day or (window[0] if window else first)
        if m.kind == COMMITTEE:
            unit = committee_unit(commune) if commune else f"Đảng ủy xã #{m.unit_id}"
            label, cell_type, position = unit, None, 0
        else:
            unit = cell.name if cell else f"Chi bộ #{m.unit_id}"
            where = queries.commune_display(commune) if commune else ""
            label = f"{unit} ({where})" if where else unit
            ctype = units.types.get(cell.cell_type_id) if cell and cell.cell_type_id else None
            cell_type, position = (ctype.name if ctype else ""), (cell.position if cell else 0)
        rows.append(MeetingRow(
            id=m.id, kind=m.kind, unit_id=m.unit_id, unit=unit, label=label,
            commune=commune_title(commune) if commune else "",
            commune_id=commune.id if commune else None, cell_type=cell_type,
            day=m.day, session=m.session, start=m.start, place=m.place, pinned=m.pinned,
            note=m.note, window=window,
            attendees=attendees.expected(m.kind, m.unit_id, cell, on),
            sort_key=(*_commune_key(commune, commune_keys),
                      0 if m.kind == COMMITTEE else 1, position, m.id),
        ))
    rows.sort(key=row_order)
    return rows


def _commune_key(commune, cache: dict[int, tuple]) -> tuple:
    if commune is None:
        return (0, ())
    found = cache.get(commune.id)
    if found is None:
        found = cache[commune.id] = (commune.position, text_sort_key(commune.name))
    return found


def row_order(row: MeetingRow) -> tuple:
    placed = row.day is not None
    return (not placed, row.day or dt.date.min, SESSIONS.index(row.session)
            if row.session in SESSIONS else 9, row.start or "99:99", row.sort_key)


# ---------------------------------------------------------------------------
# the view (DESIGN §7) and its frozen form


def meeting_json(row: MeetingRow) -> dict:
    return {
        "id": row.id,
        "kind": row.kind,
        "unit": row.unit,
        "commune": row.commune,
        "cell_type": row.cell_type if row.kind == CELL else None,
        "date": row.day.isoformat() if row.day else None,
        "session": row.session,
        "start": row.start,
        "place": row.place,
        "pinned": bool(row.pinned),
        "attendees": [{"id": i, "name": n, "role": r} for i, n, r in row.attendees],
    }


def view_of(cal: MonthlyCalendar, rows: list[MeetingRow], settings: dict) -> dict:
    windows = month_windows(settings, cal.windows)
    return {
        "month": cal.month,
        "status": cal.status,
        "version": cal.version,
        "meetings": [meeting_json(r) for r in rows],
        "number": cal.number or "",
        "approved_by": cal.approved_by or "",
        "approved_on": cal.approved_on.isoformat() if cal.approved_on else None,
        "revision": cal.version - 1,
        "windows": {k: list(v) for k, v in windows.items()},
    }


def frozen(cal: MonthlyCalendar, rows: list[MeetingRow], settings: dict) -> dict:
    """What an approved version keeps forever: its view plus what the window and the
    conflict check need (windows per meeting, notes, blocked days)."""
    return {
        "view": view_of(cal, rows, settings),
        "meetings": {str(r.id): {"unit_id": r.unit_id, "label": r.label, "note": r.note,
                                 "commune_id": r.commune_id,
                                 "window": [d.isoformat() for d in r.window]} for r in rows},
        "blocked": {d.isoformat(): name for d, name in blocked_for(settings, cal.month).items()},
    }


def rows_from_snapshot(snapshot: dict) -> list[MeetingRow]:
    extra = snapshot.get("meetings", {})
    rows = []
    for position, m in enumerate(snapshot["view"]["meetings"]):
        more = extra.get(str(m["id"]), {})
        rows.append(MeetingRow(
            id=m["id"], kind=m["kind"], unit_id=more.get("unit_id", 0), unit=m["unit"],
            label=more.get("label", m["unit"]), commune=m["commune"],
            commune_id=more.get("commune_id"), cell_type=m["cell_type"],
            day=dt.date.fromisoformat(m["date"]) if m["date"] else None,
            session=m["session"], start=m["start"], place=m["place"], pinned=m["pinned"],
            note=more.get("note", ""),
            window=tuple(dt.date.fromisoformat(d) for d in more.get("window", ())),
            attendees=[(a["id"], a["name"], a["role"]) for a in m["attendees"]],
            sort_key=(position,),
        ))
    return rows


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
    versions = calendars_of(session, previous_month(month))
    if not versions:
        return {}
    stmt = select(Meeting).where(and_(Meeting.calendar_id == versions[-1].id))
    return {(m.kind, m.unit_id): m for m in session.scalars(stmt)}
