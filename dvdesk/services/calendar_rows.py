"""A month's calendar as rows: what the window, the command line and the documents show.

``load_rows`` turns one draft version into ``MeetingRow``s (units named, windows
and expected attendees worked out for the day each meeting is held); an approved
version is read back from its frozen snapshot (``rows_from_snapshot``). The view
``calendar show --json`` prints is ``view_of``; both are part of the command
line's contract.

Each row's ``label`` is how every sentence and document names its unit: a cell with
its commune ("Chi bộ Ấp 1 (xã An Khánh)"), except in a commune's own committee, where
all cells are of the one commune and the label is the cell's own name
(``names_commune``). That is decided here once, for drafts and approved versions alike.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvdesk.domain.calendar import CELL, COMMITTEE, SESSIONS, MeetingItem, Slot
from dvdesk.domain.calendar.months import month_days, month_text
from dvdesk.domain.calendar.rules import blocked_for, committee_name, month_windows
from dvdesk.domain.messages import msg
from dvdesk.domain.models import Meeting, MonthlyCalendar
from dvdesk.domain.roles import commune_phrase, commune_title
from dvdesk.domain.text import text_sort_key
from dvdesk.domain.units import names_commune
from dvdesk.domain.validate import ValueProblem, month_parts
from dvdesk.errors import InvalidInput, NotFound
from dvdesk.store.calendar_queries import CalendarUnits, ExpectedAttendees, calendars_of

ATTENDANCE_STATUSES = ("present", "excused", "absent")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


@dataclass
class MeetingRow:
    """One meeting with everything the view, the planner and the window need."""

    id: int
    kind: str
    unit_id: int
    unit: str  # "Đảng ủy xã An Khánh" / "Chi bộ Ấp Phú Hòa"
    label: str  # unit as a sentence names it (a cell with its commune: ``names_commune``)
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
# what the user typed


def parse_month(month: str) -> tuple[int, int]:
    """(year, month) of a YYYY-MM month inside 1900–2100, or one sentence saying why not."""
    try:
        return month_parts(month)
    except ValueProblem as problem:
        raise InvalidInput(msg("{problem}.", problem=problem.args[0])) from problem


def check_time(start: str) -> str:
    start = (start or "").strip()
    if start and not _TIME.fullmatch(start):
        raise InvalidInput(msg("Giờ họp phải có dạng HH:MM (ví dụ 07:30), không phải {start}.",
                               start=repr(start)))
    return start


# ---------------------------------------------------------------------------
# finding a version


def find_calendar(session: Session, month: str, version: int | None = None) -> MonthlyCalendar:
    """The asked version (default: the latest) or NotFound with what to do."""
    parse_month(month)
    versions = calendars_of(session, month)
    if not versions:
        raise NotFound(msg("Chưa có lịch tháng {month}; hãy chạy: dvdesk calendar new {code}.",
                           month=month_text(month), code=month))
    if version is None:
        return versions[-1]
    for cal in versions:
        if cal.version == version:
            return cal
    have = ", ".join(str(c.version) for c in versions)
    raise NotFound(msg("Lịch tháng {month} không có bản {version} (có bản {have}).",
                       month=month_text(month), version=version, have=have))


def refuse_if_approved(cal: MonthlyCalendar) -> None:
    if cal.status == "approved":
        if cal.number:
            raise InvalidInput(msg("Lịch tháng {month} đã duyệt (số {number}); hãy mở bản điều "
                                   "chỉnh để sửa.", month=month_text(cal.month),
                                   number=cal.number))
        raise InvalidInput(msg("Lịch tháng {month} đã duyệt; hãy mở bản điều chỉnh để sửa.",
                               month=month_text(cal.month)))


def draft_calendar(session: Session, month: str) -> MonthlyCalendar:
    """The latest version, refused when approved; its row stays locked to the end of the
    transaction, so an approval and an edit of the same month never interleave."""
    cal = find_calendar(session, month)
    session.refresh(cal, with_for_update=True)
    refuse_if_approved(cal)
    return cal


# ---------------------------------------------------------------------------
# rows


def load_rows(session: Session, cal: MonthlyCalendar, settings: dict,
              only: set[int] | None = None) -> list[MeetingRow]:
    """The meetings of one (draft) calendar version, in calendar order (``only``: just
    these meetings, for refreshing a few after an edit)."""
    month = cal.month
    first, last = month_days(month)
    units = CalendarUnits(session).as_of(first)
    windows = month_windows(settings, cal.windows)
    stmt = select(
        Meeting.id, Meeting.kind, Meeting.unit_id, Meeting.day, Meeting.session, Meeting.start,
        Meeting.place, Meeting.pinned, Meeting.note).where(Meeting.calendar_id == cal.id)
    few = only is not None and len(only) <= 500
    if few:
        stmt = stmt.where(Meeting.id.in_(sorted(only)))
    meetings = [m for m in session.execute(stmt) if only is None or m.id in only]
    attendees = ExpectedAttendees(session, first, last,
                                  _unit_ids(meetings, units) if few else None)
    commune_keys: dict[int, tuple] = {}
    rows: list[MeetingRow] = []
    named = names_commune(settings, _cell_communes(
        session, cal, units, meetings if only is None else None))
    for m in meetings:
        commune = units.commune_of(m.kind, m.unit_id)
        cell = units.cells.get(m.unit_id) if m.kind == CELL else None
        window = units.window(month, m.kind, m.unit_id, windows)
        on = m.day or (window[0] if window else first)
        unit, label, cell_type, position = _names(m, commune, cell, units, named)
        rows.append(MeetingRow(
            id=m.id, kind=m.kind, unit_id=m.unit_id, unit=unit, label=label,
            commune=commune_title(commune.kind, commune.name) if commune else "",
            commune_id=commune.id if commune else None, cell_type=cell_type,
            day=m.day, session=m.session, start=m.start, place=m.place, pinned=m.pinned,
            note=m.note, window=window,
            attendees=attendees.expected(m.kind, m.unit_id, cell, on),
            sort_key=(*_commune_key(commune, commune_keys),
                      0 if m.kind == COMMITTEE else 1, position, m.id),
        ))
    rows.sort(key=row_order)
    return rows


def _unit_ids(meetings, units: CalendarUnits) -> set[int]:
    """The units whose assignments a few meetings need (their own and their cells' hamlets)."""
    unit_ids = set()
    for m in meetings:
        unit_ids.add(m.unit_id)
        cell = units.cells.get(m.unit_id) if m.kind == CELL else None
        if cell is not None and cell.hamlet_id:
            unit_ids.add(cell.hamlet_id)
    return unit_ids


def _cell_communes(session: Session, cal: MonthlyCalendar, units: CalendarUnits, meetings):
    """The communes of a version's cells as of its month (a generator: only a commune's
    committee asks). ``meetings`` None: all of the version's, read here, so that a few
    meetings read again are named as the whole month names them."""
    if meetings is None:
        meetings = session.execute(select(Meeting.kind, Meeting.unit_id)
                                   .where(Meeting.calendar_id == cal.id))
    for m in meetings:
        if m.kind == CELL:
            commune = units.commune_of(m.kind, m.unit_id)
            yield commune.id if commune else None


def _names(m, commune, cell, units: CalendarUnits,
           named: bool) -> tuple[str, str, str | None, int]:
    """(unit, label, cell type, position) of a meeting; ``named``: cells' labels name their
    commune (``names_commune``)."""
    if m.kind == COMMITTEE:
        unit = committee_name(commune.kind, commune.name) if commune \
            else f"Đảng ủy xã #{m.unit_id}"
        return unit, unit, None, 0
    unit = cell.name if cell else f"Chi bộ #{m.unit_id}"
    where = commune_phrase(commune.kind, commune.name) if commune and named else ""
    label = f"{unit} ({where})" if where else unit
    ctype = units.types.get(cell.cell_type_id) if cell and cell.cell_type_id else None
    return unit, label, (ctype.name if ctype else ""), (cell.position if cell else 0)


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
# the view (the command line's contract) and its frozen form


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


def view_of(cal: MonthlyCalendar, rows: list[MeetingRow], settings: dict,
            labels: bool = False) -> dict:
    """``labels``: each meeting also has its ``label``, for the documents (the command
    line's view has exactly the contract's keys)."""
    windows = month_windows(settings, cal.windows)
    return {
        "month": cal.month,
        "status": cal.status,
        "version": cal.version,
        "meetings": [{**meeting_json(r), "label": r.label} if labels else meeting_json(r)
                     for r in rows],
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


def snapshot_labels(snapshot: dict, settings: dict) -> dict[int, str]:
    """Meeting id -> label of an approved version, as ``load_rows`` names them today.

    A snapshot keeps each cell's label with its commune as it was approved; a commune's
    own committee prints its cell's own name instead, so that the slips, conflicts and
    attendance papers of an approved month say what its calendar says. What was approved
    (which cell, which commune, day, attendees) is unchanged; the commune stays in the
    snapshot."""
    meetings = snapshot["view"]["meetings"]
    extra = snapshot.get("meetings", {})
    named = names_commune(settings, (m["commune"] for m in meetings if m["kind"] == CELL))
    return {m["id"]: extra.get(str(m["id"]), {}).get("label", m["unit"])
            if named or m["kind"] != CELL else m["unit"] for m in meetings}


def snapshot_view(snapshot: dict, settings: dict, labels: bool = False) -> dict:
    """An approved version's view (a copy); ``labels``: each meeting with its label of
    today (``snapshot_labels``)."""
    view = copy.deepcopy(snapshot["view"])
    if labels:
        named = snapshot_labels(snapshot, settings)
        for m in view["meetings"]:
            m["label"] = named[m["id"]]
    return view


def meeting_label(session: Session, meeting: Meeting, settings: dict) -> str:
    """The label of one meeting, as its version names it."""
    cal = session.get(MonthlyCalendar, meeting.calendar_id)
    if cal is not None and cal.status == "approved" and cal.snapshot:
        label = snapshot_labels(cal.snapshot, settings).get(meeting.id)
        if label is not None:
            return label
    rows = load_rows(session, cal, settings, only={meeting.id}) if cal is not None else []
    return rows[0].label if rows else f"#{meeting.unit_id}"


def rows_from_snapshot(snapshot: dict, settings: dict) -> list[MeetingRow]:
    extra = snapshot.get("meetings", {})
    labels = snapshot_labels(snapshot, settings)
    rows = []
    for position, m in enumerate(snapshot["view"]["meetings"]):
        more = extra.get(str(m["id"]), {})
        rows.append(MeetingRow(
            id=m["id"], kind=m["kind"], unit_id=more.get("unit_id", 0), unit=m["unit"],
            label=labels[m["id"]], commune=m["commune"],
            commune_id=more.get("commune_id"), cell_type=m["cell_type"],
            day=dt.date.fromisoformat(m["date"]) if m["date"] else None,
            session=m["session"], start=m["start"], place=m["place"], pinned=m["pinned"],
            note=more.get("note", ""),
            window=tuple(dt.date.fromisoformat(d) for d in more.get("window", ())),
            attendees=[(a["id"], a["name"], a["role"]) for a in m["attendees"]],
            sort_key=(position,),
        ))
    return rows
