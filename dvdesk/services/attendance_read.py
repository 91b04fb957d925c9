"""Reading attendance: a month's meetings with their expected officers, and compliance.

``attendance_view(db, first, last)`` is what ``dvdesk attendance show --json``
prints; ``compliance(db, first, last)`` gives the rates per officer, commune and
cluster and the officers absent two months running, for the window, the JSON
and the monthly review PDF alike (one computation, so they always agree);
``month_meetings(db, month, …)`` is the entry list of the window, a day or a
commune at a time. Each month counts in its latest approved version. The
compliance figures come from one read of the expected attendances, counted in
memory, never one query per meeting.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from dvdesk.domain import compliance as rules
from dvdesk.domain.calendar.months import month_text
from dvdesk.domain.calendar.rules import committee_name
from dvdesk.domain.compliance import Tally
from dvdesk.domain.messages import msg
from dvdesk.domain.models import (
    Attendance,
    Cell,
    Cluster,
    Commune,
    Meeting,
    MonthlyCalendar,
    Officer,
)
from dvdesk.domain.roles import commune_title
from dvdesk.domain.text import matches, name_sort_key, text_sort_key
from dvdesk.errors import InvalidInput
from dvdesk.services.attendance import require_approved
from dvdesk.services.calendar_rows import parse_month, rows_from_snapshot
from dvdesk.store import queries
from dvdesk.store.database import Database
from dvdesk.store.queries import plain_rows

MAX_MONTHS = 36
# Unit names sort the Vietnamese way; their keys are kept between calls.
cached_text_key = functools.lru_cache(maxsize=8192)(text_sort_key)


@functools.lru_cache(maxsize=65536)
def _name_key(name: str) -> bytes:
    """``name_sort_key`` flattened to bytes that sort the same way: a province month has
    ~9,000 officers, and comparing nested tuples is most of the cost of sorting them. Kept
    between calls: the window asks again after every change."""
    primary, tones = name_sort_key(name)
    out = bytearray()
    for part in (primary, tones):
        for word in part:
            for rank in word:
                out += (rank + 1).to_bytes(3, "big")
            out += b"\x00\x00\x00"  # a word that is a prefix of another sorts first
        out += b"\x00\x00\x00"
    return bytes(out)


@dataclass
class Expected:
    """One expected officer of a meeting and what was recorded."""

    officer_id: int
    name: str
    role: str
    status: str | None
    reason: str
    row_version: int


@dataclass
class MeetingAttendance:
    """One meeting of an approved month as the entry list shows it."""

    id: int
    kind: str
    unit: str
    commune: str
    commune_id: int | None
    day: dt.date | None
    session: str
    start: str
    expected: list[Expected] = field(default_factory=list)

    @property
    def recorded(self) -> bool:
        return any(e.status is not None for e in self.expected)


@dataclass
class Compliance:
    """Rates for a range of months (each month in its latest approved version)."""

    first: str
    last: str
    months: list[str]  # the months of the range that have an approved version
    by_officer: list[dict]
    by_commune: list[dict]
    by_cluster: list[dict]
    overall: dict
    repeat_absentees: list[dict]  # officers absent (no reason) two months running


# ---------------------------------------------------------------------------
# months


def month_range(first: str, last: str | None = None) -> list[str]:
    """The months from ``first`` to ``last`` (default ``first``); refused when reversed or
    longer than three years."""
    parse_month(first)
    last = last or first
    parse_month(last)
    months = rules.months_between(first, last)
    if not months:
        raise InvalidInput(msg("Tháng đầu {first} phải không sau tháng cuối {last}.",
                               first=month_text(first), last=month_text(last)))
    if len(months) > MAX_MONTHS:
        raise InvalidInput(msg("Khoảng từ {first} đến {last} dài quá {count} tháng; hãy chọn "
                               "khoảng ngắn hơn.", first=month_text(first),
                               last=month_text(last), count=MAX_MONTHS))
    return months


def approved_versions(session: Session, months: list[str]) -> dict[str, tuple[int, int]]:
    """month -> (calendar id, version) of its latest approved version, for those that have one."""
    found: dict[str, tuple[int, int]] = {}
    stmt = (select(MonthlyCalendar.month, MonthlyCalendar.id, MonthlyCalendar.version)
            .where(MonthlyCalendar.month.in_(months), MonthlyCalendar.status == "approved")
            .order_by(MonthlyCalendar.month, MonthlyCalendar.version))
    for month, calendar_id, version in session.execute(stmt):
        found[month] = (calendar_id, version)  # the newest approved version wins
    return found


def _commune_of_meeting():
    """SQL: the commune of a meeting (its unit for a committee, the cell's for a cell);
    needs ``Cell`` outer-joined on the meeting's cell."""
    return case((Meeting.kind == "committee", Meeting.unit_id), else_=Cell.commune_id)


# ---------------------------------------------------------------------------
# compliance


# (database, first, last) -> (stamp, result): a province's compliance takes ~0.1 s of CPU to
# count; the window asks for it again after every page switch and every change.
_COMPUTED: dict[tuple[str, str, str], tuple[tuple, Compliance]] = {}
_KEEP = 16


def compliance(db: Database, first: str, last: str | None = None) -> Compliance:
    """Present / expected, excused and absent per officer, commune and cluster, overall, and
    the officers absent without reason two months running (the month before ``first``
    counts for that, so a one-month review sees last month too).

    The result is kept and given again while nothing it counts has changed: the months'
    approved versions, their attendance rows (every change raises a row version), the
    officers, communes and clusters."""
    months = month_range(first, last)
    with db.read() as session:
        before = rules.month_of_index(rules.month_index(months[0]) - 1)
        versions = approved_versions(session, [before, *months])
        stamp = _stamp(session, versions)
        key = (db.url, months[0], months[-1])
        kept = _COMPUTED.get(key)
        if kept is not None and kept[0] == stamp:
            return _copy(kept[1])
        result = _compliance(session, months, {m: v for m, v in versions.items()
                                               if m != before})
    if len(_COMPUTED) >= _KEEP:  # the oldest goes
        _COMPUTED.pop(next(iter(_COMPUTED)))
    _COMPUTED[key] = (stamp, result)
    return _copy(result)


def _stamp(session: Session, versions: dict[str, tuple[int, int]]) -> tuple:
    """What changes whenever anything ``compliance`` counts or names changes."""
    ids = sorted(v[0] for v in versions.values())
    attendance = session.execute(
        select(func.count(), func.sum(Attendance.row_version))
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .where(Meeting.calendar_id.in_(ids))).one() if ids else (0, 0)
    names = tuple(tuple(session.execute(select(func.count(), func.sum(model.row_version),
                                               func.max(model.id))).one())
                  for model in (Officer, Commune, Cluster, Cell))
    return (tuple(sorted(versions.items())), tuple(attendance), names)


def _copy(result: Compliance) -> Compliance:
    """A copy the caller may change without changing what is kept."""
    return dataclasses.replace(
        result, months=list(result.months),
        by_officer=[dict(r) for r in result.by_officer],
        by_commune=[dict(r) for r in result.by_commune],
        by_cluster=[dict(r) for r in result.by_cluster], overall=dict(result.overall),
        repeat_absentees=[{**r, "months": list(r["months"])} for r in result.repeat_absentees])


def _compliance(session: Session, months: list[str],
                versions: dict[str, tuple[int, int]]) -> Compliance:
    last = months[-1]
    month_of = {calendar_id: month for month, (calendar_id, _v) in versions.items()}
    communes: dict[int | None, Tally] = {}
    by_officer: list[dict] = []
    names: dict[int, str] = {}
    absences: dict[int, set[str]] = defaultdict(set)
    if month_of:
        # The expected attendances themselves (~12,600 a province month) as the driver's
        # tuples, counted per officer and per commune by ``Counter`` (in C): faster than
        # SQL's GROUP BY over them, and far faster than a Python step per row. They come in
        # the officers' Vietnamese name order (their stored keys, ``stored_name_key``), so
        # the officers are counted in the order they are shown.
        commune = _commune_of_meeting().label("commune_id")
        rows = plain_rows(session.connection(), (
            select(Attendance.officer_id, Attendance.meeting_id, Attendance.status, commune,
                   Meeting.calendar_id, Officer.full_name)
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .join(Officer, Officer.id == Attendance.officer_id)
            .outerjoin(Cell, and_(Meeting.kind == "cell", Cell.id == Meeting.unit_id))
            .where(Meeting.calendar_id.in_(month_of), Attendance.role != "")
            .order_by(Officer.sort_key, Attendance.officer_id)))
        recorded = {row[1] for row in rows if row[2] is not None}
        at_recorded = [row for row in rows if row[1] in recorded]
        names = {row[0]: row[5] for row in rows}
        for officer_id, calendar_id in {(row[0], row[4]) for row in rows
                                        if row[2] == rules.ABSENT}:
            absences[officer_id].add(month_of[calendar_id])
        expected, counted, present, excused, absent = _counted_by(0, rows, at_recorded)
        by_officer = [{"id": i, "name": names[i], "expected": n, "present": present.get(i, 0),
                       "excused": excused.get(i, 0), "absent": absent.get(i, 0),
                       "rate": rules.rate_of(present.get(i, 0), counted.get(i, 0))}
                      for i, n in expected.items()]
        expected, counted, present, excused, absent = _counted_by(3, rows, at_recorded)
        communes = {i: Tally(n, present.get(i, 0), excused.get(i, 0), absent.get(i, 0),
                             counted.get(i, 0)) for i, n in expected.items()}
    # The month before the range counts for "absent two months running"; the range's own
    # absences were read above.
    before = rules.month_of_index(rules.month_index(months[0]) - 1)
    for officer_id, found in _absent_months(session, [before]).items():
        absences[officer_id] |= found
    repeats = rules.repeat_absences(absences, months[0], last)
    names.update(_officer_names(session, set(repeats) - set(names)))
    commune_rows = {c.id: c for c in session.execute(select(
        Commune.id, Commune.name, Commune.kind, Commune.position, Commune.cluster_id))}
    clusters = {c.id: c for c in session.execute(select(Cluster.id, Cluster.name,
                                                        Cluster.position))}
    by_commune, cluster_tallies, overall = [], defaultdict(Tally), Tally()
    for commune_id, tally in communes.items():
        _merge(overall, tally)
        row = commune_rows.get(commune_id)
        cluster_id = row.cluster_id if row else None
        by_commune.append({"id": commune_id, "name": commune_title(row.kind, row.name) if row else "",
                           "cluster_id": cluster_id, **tally.as_dict(),
                           "_key": (row.position if row else 0,
                                    cached_text_key(row.name if row else ""))})
        _merge(cluster_tallies[cluster_id], tally)
    by_commune.sort(key=lambda r: r.pop("_key"))
    by_cluster = []
    for cluster_id, tally in cluster_tallies.items():
        row = clusters.get(cluster_id)
        by_cluster.append({"id": cluster_id, "name": row.name if row else "Chưa thuộc cụm",
                           **tally.as_dict(), "_key": (row is None, row.position if row else 0)})
    by_cluster.sort(key=lambda r: r.pop("_key"))
    repeat_rows = [{"id": i, "name": names.get(i, f"#{i}"), "months": found}
                   for i, found in repeats.items()]
    repeat_rows.sort(key=lambda r: (_name_key(r["name"]), r["id"]))
    return Compliance(first=months[0], last=last, months=sorted(versions),
                      by_officer=by_officer, by_commune=by_commune, by_cluster=by_cluster,
                      overall=overall.as_dict(), repeat_absentees=repeat_rows)


def _counted_by(column: int, rows: list[tuple], at_recorded: list[tuple]) -> tuple:
    """Per value of ``column`` (an officer, a commune): expected, counted (expected at a
    recorded meeting), present, excused and absent, each a ``Counter`` in the rows' order."""
    by_status = {status: Counter([row[column] for row in rows if row[2] == status])
                 for status in rules.ATTENDANCE_STATUSES}
    return (Counter([row[column] for row in rows]),
            Counter([row[column] for row in at_recorded]),
            by_status[rules.PRESENT], by_status[rules.EXCUSED], by_status[rules.ABSENT])


def _merge(into: Tally, other: Tally) -> None:
    into.expected += other.expected
    into.present += other.present
    into.excused += other.excused
    into.absent += other.absent
    into.counted += other.counted


def _absent_months(session: Session, months: list[str]) -> dict[int, set[str]]:
    versions = approved_versions(session, months)
    if not versions:
        return {}
    stmt = (select(Attendance.officer_id, MonthlyCalendar.month)
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .join(MonthlyCalendar, MonthlyCalendar.id == Meeting.calendar_id)
            .where(Meeting.calendar_id.in_([v[0] for v in versions.values()]),
                   Attendance.status == "absent", Attendance.role != "")
            .group_by(Attendance.officer_id, MonthlyCalendar.month))
    found: dict[int, set[str]] = defaultdict(set)
    for officer_id, month in session.execute(stmt):
        found[officer_id].add(month)
    return found


def _officer_names(session: Session, ids: set[int]) -> dict[int, str]:
    ordered = sorted(ids)
    names: dict[int, str] = {}
    for start in range(0, len(ordered), 900):
        chunk = ordered[start:start + 900]
        names.update(dict(session.execute(select(Officer.id, Officer.full_name)
                                          .where(Officer.id.in_(chunk))).all()))
    return names


# ---------------------------------------------------------------------------
# the months' meetings


def attendance_view(db: Database, first: str, last: str | None = None) -> dict:
    """``attendance show --json``: {from, to, meetings: [{id, unit, date, expected: [{id,
    name, status, reason}]}], by_officer, by_commune, overall}. Meetings are those of each
    month's latest approved version, in calendar order; ``status`` is None where nothing is
    recorded yet."""
    months = month_range(first, last)
    with db.read() as session:
        versions = approved_versions(session, months)
        if not versions:
            require_approved(session, months[0])  # the sentence that says what is missing
        settings = queries.settings(session)
        meetings = []
        for month in months:
            if month not in versions:
                continue
            calendar_id = versions[month][0]
            snapshot = session.scalar(select(MonthlyCalendar.snapshot)
                                      .where(MonthlyCalendar.id == calendar_id))
            marks = _marks(session, calendar_id)
            for row in rows_from_snapshot(snapshot, settings):
                meetings.append({
                    "id": row.id, "unit": row.unit,
                    "date": row.day.isoformat() if row.day else None,
                    "expected": [{"id": officer_id, "name": name,
                                  "status": marks.get((row.id, officer_id), (None, ""))[0],
                                  "reason": marks.get((row.id, officer_id), (None, ""))[1]}
                                 for officer_id, name, _role in row.attendees]})
    result = compliance(db, months[0], months[-1])
    strip = ("cluster_id",)
    return {"from": months[0], "to": months[-1], "meetings": meetings,
            "by_officer": result.by_officer,
            "by_commune": [{k: v for k, v in r.items() if k not in strip}
                           for r in result.by_commune],
            "overall": result.overall}


def _marks(session: Session, calendar_id: int) -> dict[tuple[int, int], tuple[str | None, str]]:
    stmt = (select(Attendance.meeting_id, Attendance.officer_id, Attendance.status,
                   Attendance.reason)
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .where(Meeting.calendar_id == calendar_id, Attendance.role != ""))
    return {(m, o): (s, r) for m, o, s, r in session.execute(stmt)}


def month_meetings(db: Database, month: str, *, day: dt.date | None = None,
                   commune_id: int | None = None, search: str = "",
                   only_unrecorded: bool = False) -> list[MeetingAttendance]:
    """The meetings of the month's approved version with their expected officers and what
    was recorded, in day, session and time order; narrowed to a day, a commune, an accent-free
    search over unit and names, or the meetings not recorded yet."""
    with db.read() as session:
        calendar_id, _version = require_approved(session, month)
        # Core rows (no ORM work per row): a province month is ~5,000 meetings and ~12,600
        # expected officers, read when the entry page opens.
        connection = session.connection()
        commune = _commune_of_meeting().label("commune_id")
        stmt = (select(Meeting.id, Meeting.kind, Meeting.unit_id, Meeting.day, Meeting.session,
                       Meeting.start, Cell.name.label("cell_name"), commune)
                .outerjoin(Cell, and_(Meeting.kind == "cell", Cell.id == Meeting.unit_id))
                .where(Meeting.calendar_id == calendar_id))
        if day is not None:
            stmt = stmt.where(Meeting.day == day)
        if commune_id is not None:
            stmt = stmt.where(commune == commune_id)
        found = connection.execute(stmt).all()
        commune_rows = {c.id: c for c in connection.execute(select(
            Commune.id, Commune.name, Commune.kind, Commune.position))}
        # The expected officers of those meetings in one statement (the meetings chosen by
        # the same conditions), in the order they were written.
        chosen = select(stmt.subquery().c.id)
        expected: dict[int, list[Expected]] = defaultdict(list)
        for meeting_id, *values in plain_rows(connection, (
                select(Attendance.meeting_id, Attendance.officer_id, Officer.full_name,
                       Attendance.role, Attendance.status, Attendance.reason,
                       Attendance.row_version)
                .join(Officer, Officer.id == Attendance.officer_id)
                .where(Attendance.meeting_id.in_(chosen), Attendance.role != "")
                .order_by(Attendance.id))):
            expected[meeting_id].append(Expected(*values))
    titles = {i: commune_title(c.kind, c.name) for i, c in commune_rows.items()}
    committees = {i: committee_name(c.kind, c.name) for i, c in commune_rows.items()}
    result = []
    for m in found:
        if m.kind == "committee":
            unit = committees.get(m.commune_id) or f"Đảng ủy xã #{m.unit_id}"
        else:
            unit = m.cell_name or f"Chi bộ #{m.unit_id}"
        result.append(MeetingAttendance(
            id=m.id, kind=m.kind, unit=unit, commune=titles.get(m.commune_id, ""),
            commune_id=m.commune_id, day=m.day, session=m.session, start=m.start,
            expected=expected.get(m.id, []),
        ))
    if search:
        result = [r for r in result if matches(search, " ".join(
            [r.unit, r.commune] + [e.name for e in r.expected]))]
    if only_unrecorded:
        result = [r for r in result if not r.recorded]
    order = {"sang": 0, "chieu": 1, "toi": 2}
    position = {i: c.position for i, c in commune_rows.items()}
    result.sort(key=lambda r: (r.day or dt.date.max, order.get(r.session, 9), r.start or "99:99",
                               position.get(r.commune_id, 0), r.kind != "committee", r.id))
    return result
