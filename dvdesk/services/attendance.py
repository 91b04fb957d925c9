"""Dự họp: recording who attended the meetings of an approved month.

Approving a month (``calendar_versions.approve``) calls ``expect_attendance``
inside its transaction: one attendance row per officer the approved version
expects at each meeting, status NULL until recorded. Attendance is then
recorded against the month's latest approved version only: "all present", then
the exceptions (excused with a reason, absent), one service call each, each
re-checking under the write lock that the month is still approved, the meeting
is of that version and the officer is expected there. An approved revision
takes over what was recorded for the same unit and officer in the version it
replaces.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from dvdesk.domain.calendar.months import month_text
from dvdesk.domain.compliance import ATTENDANCE_STATUSES, STATUS_LABELS
from dvdesk.domain.messages import N_, Message, msg
from dvdesk.domain.models import Attendance, Meeting, MonthlyCalendar, Officer
from dvdesk.errors import ConcurrentEditError, InvalidInput, NotFound
from dvdesk.services.audit import record
from dvdesk.services.calendar_rows import meeting_label as unit_label
from dvdesk.services.calendar_rows import parse_month
from dvdesk.services.validation import checked_text
from dvdesk.services.versions import expect_values, expect_version
from dvdesk.store import queries
from dvdesk.store.database import Database

_SHEET_MEANWHILE = N_("Kết quả dự họp trong tệp vừa được người khác ghi trong lúc xem "
                      "trước; hãy xem trước rồi nhập lại.")
_CHUNK = 900  # SQLite's bound parameters per statement stay well under its limit


def _chunks(values: list, size: int = _CHUNK) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


# ---------------------------------------------------------------------------
# which version of a month attendance belongs to


def approved_version(session: Session, month: str) -> tuple[int, int] | None:
    """(calendar id, version) of the month's latest approved version, or None."""
    parse_month(month)
    return session.execute(
        select(MonthlyCalendar.id, MonthlyCalendar.version)
        .where(MonthlyCalendar.month == month, MonthlyCalendar.status == "approved")
        .order_by(MonthlyCalendar.version.desc()).limit(1)).first()


def require_approved(session: Session, month: str) -> tuple[int, int]:
    found = approved_version(session, month)
    if found is not None:
        return tuple(found)
    exists = session.scalar(select(func.count()).select_from(MonthlyCalendar)
                            .where(MonthlyCalendar.month == month))
    if not exists:
        raise NotFound(msg("Chưa có lịch tháng {month}; dự họp ghi nhận theo lịch đã duyệt.",
                           month=month_text(month)))
    raise InvalidInput(msg("Lịch tháng {month} chưa được duyệt; dự họp chỉ ghi nhận theo lịch "
                           "đã duyệt.", month=month_text(month)))


def meeting_label(session: Session, meeting: Meeting) -> Message:
    """ "Chi bộ Ấp 1 (xã An Khánh), ngày 10/12/2026" as a sentence names the meeting (its
    unit as its calendar names it: ``calendar_rows``)."""
    unit = unit_label(session, meeting, queries.settings(session))
    if meeting.day:
        return msg("cuộc họp mã {id} — {unit}, ngày {day}", id=meeting.id, unit=unit,
                   day=f"{meeting.day:%d/%m/%Y}")
    return msg("cuộc họp mã {id} — {unit}", id=meeting.id, unit=unit)


def meeting_of_month(session: Session, month: str, meeting_id: int) -> Meeting:
    """The meeting, refused unless it belongs to the month's latest approved version."""
    calendar_id, version = require_approved(session, month)
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(msg("Không có cuộc họp mã {id}.", id=meeting_id))
    if meeting.calendar_id != calendar_id:
        raise InvalidInput(msg("Cuộc họp mã {id} không thuộc lịch tháng {month} đã duyệt (bản "
                               "{version}).", id=meeting_id, month=month_text(month),
                               version=version))
    return meeting


def _expected_row(session: Session, meeting: Meeting, officer_id: int) -> Attendance:
    row = session.scalars(select(Attendance).where(
        Attendance.meeting_id == meeting.id, Attendance.officer_id == officer_id,
        Attendance.role != "").with_for_update()).first()
    if row is None:
        name = session.scalar(select(Officer.full_name).where(Officer.id == officer_id))
        if name is None:
            raise NotFound(msg("Không có cán bộ mã {id}.", id=officer_id))
        raise InvalidInput(msg("Đồng chí {name} (mã {id}) không được phân công dự {meeting}; chỉ "
                               "ghi nhận dự họp cho người được phân công.", name=name,
                               id=officer_id, meeting=meeting_label(session, meeting)))
    return row


def check_status(status: str | None) -> str | None:
    if status is None or status in ATTENDANCE_STATUSES:
        return status
    raise InvalidInput(msg("Tình trạng dự họp phải là present (có mặt), excused (vắng có lý do) "
                           "hoặc absent (vắng), không phải {status}.", status=repr(status)))


# ---------------------------------------------------------------------------
# approval and withdrawal (inside their transactions)


def expect_attendance(session: Session, calendar_id: int, month: str, version: int,
                      rows) -> int:
    """Write the expected attendances of a version being approved (``rows``: its MeetingRows,
    with attendees). Returns how many rows were added."""
    existing: dict[tuple[int, int], tuple[int, str]] = {
        (meeting_id, officer_id): (row_id, role)
        for row_id, meeting_id, officer_id, role in session.execute(
            select(Attendance.id, Attendance.meeting_id, Attendance.officer_id, Attendance.role)
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .where(Meeting.calendar_id == calendar_id))}
    carried = _marks_of_previous_version(session, month, version)
    inserts, roles = [], []
    for r in rows:
        for officer_id, _name, role in r.attendees:
            found = existing.get((r.id, officer_id))
            if found is not None:
                if found[1] != role:
                    roles.append({"b_id": found[0], "b_role": role})
                continue
            existing[(r.id, officer_id)] = (0, role)
            status, reason = carried.get((r.kind, r.unit_id, officer_id), (None, ""))
            inserts.append({"meeting_id": r.id, "officer_id": officer_id, "status": status,
                            "reason": reason, "role": role, "row_version": 1})
    for chunk in _chunks(inserts, 5000):
        session.execute(Attendance.__table__.insert(), chunk)
    if roles:
        table = Attendance.__table__
        session.connection().execute(
            update(table).where(table.c.id == bindparam("b_id"))
            .values(role=bindparam("b_role"), row_version=table.c.row_version + 1), roles)
    return len(inserts)


def _marks_of_previous_version(session: Session, month: str,
                               version: int) -> dict[tuple[str, int, int], tuple[str, str]]:
    """(meeting kind, unit id, officer id) -> (status, reason) recorded in the approved
    version this one replaces."""
    previous = session.execute(
        select(MonthlyCalendar.id).where(MonthlyCalendar.month == month,
                                         MonthlyCalendar.status == "approved",
                                         MonthlyCalendar.version < version)
        .order_by(MonthlyCalendar.version.desc()).limit(1)).scalar()
    if previous is None:
        return {}
    stmt = (select(Meeting.kind, Meeting.unit_id, Attendance.officer_id, Attendance.status,
                   Attendance.reason)
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .where(Meeting.calendar_id == previous, Attendance.status.is_not(None)))
    return {(kind, unit, officer): (status, reason)
            for kind, unit, officer, status, reason in session.execute(stmt)}


def forget_expected(session: Session, calendar_id: int, month: str) -> int:
    """Withdrawing an approval: refused once attendance was recorded for it; otherwise its
    expected rows go. Returns how many."""
    meetings = select(Meeting.id).where(Meeting.calendar_id == calendar_id)
    recorded = session.scalar(select(func.count()).select_from(Attendance).where(
        Attendance.meeting_id.in_(meetings), Attendance.status.is_not(None)))
    if recorded:
        raise InvalidInput(msg(
            "Lịch tháng {month} đã ghi nhận {count} lượt dự họp nên không hủy duyệt được; hãy "
            "mở bản điều chỉnh nếu cần sửa lịch.", month=month_text(month), count=recorded))
    result = session.execute(delete(Attendance).where(
        Attendance.meeting_id.in_(meetings), Attendance.status.is_(None)))
    return result.rowcount or 0


# ---------------------------------------------------------------------------
# recording


def _mark(status: str | None, reason: object) -> tuple[str | None, str]:
    """(status, reason) as stored: a reason only for an absence, cleaned and within bounds."""
    status = check_status(status)
    if status not in ("excused", "absent"):
        return status, ""
    return status, checked_text(Attendance, "reason", reason, msg("Lý do vắng"))


def _recorded_meanwhile(session: Session, meeting: Meeting) -> Message:
    """Made only when refusing: naming an approved month's meeting reads its snapshot."""
    return msg("Kết quả dự họp tại {meeting} vừa được người khác ghi; hãy tải lại rồi làm lại.",
               meeting=meeting_label(session, meeting))


def record_attendance(db: Database, month: str, meeting_id: int, officer_id: int,
                      status: str | None, reason: str = "", *,
                      expected_version: int | None = None,
                      expected_values: dict | None = None) -> dict:
    """Ghi nhận dự họp: present / excused / absent (+ reason) for one expected officer; None
    clears it. ``expected_version`` is the row version the user saw; an undo or redo passes
    ``expected_values``, the {status, reason} the step before left (``services.versions``).
    A change made meanwhile is refused. Returns the previous {status, reason} (for undo)."""
    status, reason = _mark(status, reason)
    expected = None
    if expected_values is not None:
        expected = dict(zip(("status", "reason"), _mark(expected_values.get("status"),
                                                        expected_values.get("reason")),
                            strict=True))
    with db.write() as session:
        meeting = meeting_of_month(session, month, meeting_id)
        row = _expected_row(session, meeting, officer_id)
        expect_version(row, expected_version, lambda: _recorded_meanwhile(session, meeting))
        expect_values(row, expected, lambda: _recorded_meanwhile(session, meeting))
        previous = {"status": row.status, "reason": row.reason}
        if (row.status, row.reason) != (status, reason):
            row.status, row.reason = status, reason
            session.flush()
            record(session, "attendance.record", "meeting", meeting.id,
                   {"officer_id": officer_id, **previous},
                   {"officer_id": officer_id, "status": status, "reason": reason})
        return previous


def all_present(db: Database, month: str, meeting_id: int, *,
                expected_versions: dict[int, int] | None = None) -> dict[int, dict]:
    """Có mặt đủ: every expected officer not yet recorded is marked present (the exceptions
    already entered stay). ``expected_versions`` (officer id -> row version the user saw)
    refuses a change made meanwhile. Returns officer id -> previous {status, reason} of the
    rows changed (for undo with ``restore_attendance``)."""
    with db.write() as session:
        meeting = meeting_of_month(session, month, meeting_id)
        rows = list(session.scalars(select(Attendance).where(
            Attendance.meeting_id == meeting.id, Attendance.role != "").with_for_update()))
        if not rows:
            raise InvalidInput(msg("Không có ai được phân công dự {meeting}.",
                                   meeting=meeting_label(session, meeting)))
        for row in rows:
            expect_version(row, (expected_versions or {}).get(row.officer_id),
                           lambda: _recorded_meanwhile(session, meeting))
        previous = {}
        for row in rows:
            if row.status is None:
                previous[row.officer_id] = {"status": None, "reason": row.reason}
                row.status, row.reason = "present", ""
        if previous:
            session.flush()
            record(session, "attendance.all_present", "meeting", meeting.id,
                   {"officers": sorted(previous), "status": None},
                   {"officers": sorted(previous), "status": "present"})
        return previous


def restore_attendance(db: Database, month: str, meeting_id: int,
                       previous: dict[int, dict], *,
                       expected_values: dict[int, dict] | None = None) -> None:
    """Put back what ``all_present`` or ``record_attendance`` returned (undo).
    ``expected_values`` (officer id -> {status, reason}): what the step being undone left,
    refused if someone recorded otherwise meanwhile (``services.versions``)."""
    with db.write() as session:
        meeting = meeting_of_month(session, month, meeting_id)
        for officer_id, values in sorted(previous.items()):
            row = _expected_row(session, meeting, int(officer_id))
            left = (expected_values or {}).get(officer_id) or \
                (expected_values or {}).get(int(officer_id))
            if left is not None:
                expect_values(row, dict(zip(("status", "reason"),
                                            _mark(left.get("status"), left.get("reason")),
                                            strict=True)),
                              lambda: _recorded_meanwhile(session, meeting))
            before = {"officer_id": row.officer_id, "status": row.status, "reason": row.reason}
            row.status = check_status(values.get("status"))
            row.reason = checked_text(Attendance, "reason", values.get("reason"),
                                      msg("Lý do vắng"))
            session.flush()
            record(session, "attendance.restore", "meeting", meeting.id, before,
                   {"officer_id": row.officer_id, "status": row.status, "reason": row.reason})


def apply_marks(session: Session, marks: list[dict]) -> list[tuple]:
    """Write many marks at once ({id, row_version, status, reason}) guarded by row version;
    returns the audit entries. Used by the sheet import inside its transaction."""
    table = Attendance.__table__
    params = [{"b_id": m["id"], "b_version": m["row_version"], "b_status": m["status"],
               "b_reason": m["reason"]} for m in marks]
    if not params:
        return []
    stmt = (update(table)
            .where(and_(table.c.id == bindparam("b_id"),
                        table.c.row_version == bindparam("b_version")))
            .values(status=bindparam("b_status"), reason=bindparam("b_reason"),
                    row_version=table.c.row_version + 1))
    result = session.connection().execute(stmt, params)
    sane = session.get_bind().dialect.supports_sane_multi_rowcount
    if sane and result.rowcount not in (-1, len(params)):
        raise ConcurrentEditError(msg(_SHEET_MEANWHILE))
    if not sane:  # count what the guarded update left untouched
        ids = [m["id"] for m in marks]
        fresh = {}
        for chunk in _chunks(ids):
            fresh.update(dict(session.execute(select(table.c.id, table.c.row_version)
                                              .where(table.c.id.in_(chunk))).all()))
        if any(fresh.get(m["id"]) != m["row_version"] + 1 for m in marks):
            raise ConcurrentEditError(msg(_SHEET_MEANWHILE))
    return [("attendance.record", "meeting", m["meeting_id"],
             {"officer_id": m["officer_id"], "status": m["before_status"],
              "reason": m["before_reason"]},
             {"officer_id": m["officer_id"], "status": m["status"], "reason": m["reason"]})
            for m in marks]


def status_text(status: str | None) -> str:
    return STATUS_LABELS.get(status, str(status))
