"""The returned attendance sheet: export a month, preview its import, apply it all or nothing.

``export_sheet(db, month, path)`` writes the month's latest approved version as
one row per expected attendance. ``plan_sheet(db, path)`` reads a filled sheet
and checks every row against the database: the meeting must be of the latest
approved version of its month, all rows of one month, the person expected at
that meeting (someone who was not is refused with the row named), the status
readable; nothing is written. ``apply_sheet(db, plan)`` writes the plan in one
transaction, refused when the plan has any problem or when anything it read
changed meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from dvdesk.documents.attendance_sheet import (
    STATUS_CHOICES,
    AttendanceSheet,
    read_attendance_sheet,
    sheet_name,
    write_attendance_sheet,
)
from dvdesk.documents.xlsx_lists import ListReadError, RowProblem
from dvdesk.domain.calendar.months import month_text
from dvdesk.domain.messages import Message, msg, paper
from dvdesk.domain.models import Attendance, Meeting, MonthlyCalendar, Officer
from dvdesk.domain.roles import role_label
from dvdesk.domain.text import clean, search_key
from dvdesk.errors import ConcurrentEditError, InvalidInput
from dvdesk.services.attendance import apply_marks, require_approved
from dvdesk.services.attendance_read import approved_versions
from dvdesk.services.audit import record_many
from dvdesk.services.calendar_rows import rows_from_snapshot
from dvdesk.services.importer import problem_sentence, readable_workbook
from dvdesk.services.validation import text_problem
from dvdesk.store import queries
from dvdesk.store.database import Database

SESSION_NAMES = {"sang": "Sáng", "chieu": "Chiều", "toi": "Tối"}


class SheetRefused(InvalidInput):
    """The sheet has bad rows; ``problems`` holds one sentence per row. Nothing was written."""

    def __init__(self, problems: list[str], file_name: str):
        shown = " ".join(problems[:5])
        if len(problems) > 5:
            sentence = msg("{problems} (và {count} lỗi khác) Không ghi gì từ {file}; hãy sửa tệp "
                           "rồi nhập lại.", problems=shown, count=len(problems) - 5,
                           file=file_name)
        else:
            sentence = msg("{problems} Không ghi gì từ {file}; hãy sửa tệp rồi nhập lại.",
                           problems=shown, file=file_name)
        super().__init__(sentence)
        self.problems = problems


@dataclass
class SheetPlan:
    """What importing a sheet would do."""

    path: str
    sheet: str = ""
    month: str | None = None
    calendar_id: int | None = None
    version: int | None = None
    rows: int = 0
    blank: int = 0  # rows whose status was left empty: nothing to change
    unchanged: int = 0
    marks: list[dict] = field(default_factory=list)  # the changes, with what they replace
    problems: list[RowProblem] = field(default_factory=list)

    def counts(self) -> dict:
        by = {code: sum(1 for m in self.marks if m["status"] == code) for code in STATUS_CHOICES}
        return {"rows": self.rows, "changes": len(self.marks), "unchanged": self.unchanged,
                "blank": self.blank, "problems": len(self.problems), **by}

    def summary(self) -> Message:
        c = self.counts()
        where = (msg("tháng {month} (bản {version})", month=month_text(self.month),
                     version=self.version) if self.month else msg("không rõ tháng"))
        parts = [msg("{rows} dòng của {where}: ghi {changes} lượt (có mặt {present}, vắng có lý "
                     "do {excused}, vắng {absent})", where=where, **c)]
        if c["unchanged"]:
            parts.append(msg("{count} lượt đã ghi như vậy", count=c["unchanged"]))
        if c["blank"]:
            parts.append(msg("{count} dòng để trống tình trạng", count=c["blank"]))
        return msg("{sentence}.", sentence=", ".join(parts))

    def problem_lines(self) -> list[str]:
        return [problem_sentence(p) for p in self.problems]


# ---------------------------------------------------------------------------
# out


def sheet_of_month(db: Database, month: str) -> AttendanceSheet:
    """The rows of the sheet: the approved version's meetings in calendar order, each with
    its expected officers and what is recorded already."""
    with db.read() as session:
        calendar_id, version = require_approved(session, month)
        settings = queries.settings(session)
        number, snapshot = session.execute(select(MonthlyCalendar.number,
                                                  MonthlyCalendar.snapshot)
                                           .where(MonthlyCalendar.id == calendar_id)).one()
        marks = {(m, o): (s, r) for m, o, s, r in session.execute(
            select(Attendance.meeting_id, Attendance.officer_id, Attendance.status,
                   Attendance.reason).join(Meeting, Meeting.id == Attendance.meeting_id)
            .where(Meeting.calendar_id == calendar_id, Attendance.role != ""))}
    rows = []
    for meeting in rows_from_snapshot(snapshot, settings):
        for officer_id, name, role in meeting.attendees:
            status, reason = marks.get((meeting.id, officer_id), (None, ""))
            rows.append([None, meeting.id, meeting.day, SESSION_NAMES.get(meeting.session, ""),
                         meeting.label, officer_id, name, role_label(role),
                         STATUS_CHOICES.get(status, ""), reason])
    number_text = f"lịch số {number}, " if number else ""
    title = (f"KẾT QUẢ CÁN BỘ DỰ SINH HOẠT ĐẢNG ỦY, CHI BỘ THÁNG {month_text(month)} "
             f"({number_text}bản {version})")
    return AttendanceSheet(month=month, title=title, rows=rows)


@paper
def export_sheet(db: Database, month: str, path) -> int:
    """Write the month's sheet; returns the number of rows."""
    return write_attendance_sheet(sheet_of_month(db, month), path)


# ---------------------------------------------------------------------------
# in


def plan_sheet(db: Database, path: str | Path) -> SheetPlan:
    """Read and check a filled sheet; nothing is written."""
    from dvdesk.documents.xlsx_guard import WorkbookTooLarge

    path = readable_workbook(path)
    try:
        read = read_attendance_sheet(path)
    except (ListReadError, WorkbookTooLarge) as error:
        raise InvalidInput(error.args[0] if error.args else str(error)) from error
    plan = SheetPlan(str(path), sheet=read.sheet, rows=len(read.rows) + len(
        {p.row for p in read.problems}), problems=list(read.problems))

    def problem(row: int, column: str | None, message: str) -> None:
        plan.problems.append(RowProblem(read.sheet, row, column, message))

    ids = sorted({r.meeting_id for r in read.rows if r.meeting_id is not None})
    with db.read() as session:
        meetings = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            for meeting_id, calendar_id, month, version, status in session.execute(
                    select(Meeting.id, Meeting.calendar_id, MonthlyCalendar.month,
                           MonthlyCalendar.version, MonthlyCalendar.status)
                    .join(MonthlyCalendar, MonthlyCalendar.id == Meeting.calendar_id)
                    .where(Meeting.id.in_(chunk))):
                meetings[meeting_id] = (calendar_id, month, version, status)
        months = sorted({v[1] for v in meetings.values()})
        current = approved_versions(session, months) if months else {}
        file_month = _file_month(read.rows, meetings, current)
        if file_month is not None:
            plan.month = file_month
            plan.calendar_id, plan.version = current[file_month]
            expected = _expected(session, plan.calendar_id)
        else:
            expected = {}
    seen: dict[tuple[int, int], int] = {}
    for row in read.rows:
        found = meetings.get(row.meeting_id)
        if found is None:
            problem(row.row, "Mã cuộc họp", msg("Không có cuộc họp mã {id}.", id=row.meeting_id))
            continue
        calendar_id, month, version, _status = found
        if month not in current:
            problem(row.row, "Mã cuộc họp",
                    msg("Cuộc họp mã {id} thuộc lịch tháng {month} chưa được duyệt; dự họp chỉ "
                        "ghi nhận theo lịch đã duyệt.", id=row.meeting_id,
                        month=month_text(month)))
            continue
        if calendar_id != current[month][0]:
            problem(row.row, "Mã cuộc họp",
                    msg("Cuộc họp mã {id} thuộc bản {version} của lịch tháng {month}, nay bản "
                        "được duyệt là bản {approved}; hãy xuất lại bảng theo dõi dự họp.",
                        id=row.meeting_id, version=version, month=month_text(month),
                        approved=current[month][1]))
            continue
        if month != plan.month:
            problem(row.row, "Mã cuộc họp",
                    msg("Cuộc họp mã {id} thuộc tháng {month}, còn bảng này là của tháng "
                        "{sheet_month}.", id=row.meeting_id, month=month_text(month),
                        sheet_month=month_text(plan.month)))
            continue
        people = expected.get(row.meeting_id, {})
        target = _person(row, people)
        if target is None:
            problem(row.row, "Mã cán bộ" if row.officer_id else "Họ và tên",
                    _not_expected(row))
            continue
        key = (row.meeting_id, target["officer_id"])
        if key in seen:
            problem(row.row, "Mã cán bộ", msg("Trùng với dòng {row} (cùng cuộc họp, cùng người).",
                                              row=seen[key]))
            continue
        seen[key] = row.row
        if row.status is None:
            plan.blank += 1
            continue
        reason = clean(row.reason) if row.status in ("excused", "absent") else ""
        too_long = text_problem(Attendance, "reason", reason, msg("Lý do"))
        if too_long:
            problem(row.row, "Lý do", too_long)
            continue
        if (target["status"], target["reason"]) == (row.status, reason):
            plan.unchanged += 1
            continue
        plan.marks.append({"id": target["id"], "row_version": target["row_version"],
                           "meeting_id": row.meeting_id, "officer_id": target["officer_id"],
                           "status": row.status, "reason": reason,
                           "before_status": target["status"],
                           "before_reason": target["reason"], "row": row.row})
    plan.problems.sort(key=lambda p: p.row)
    if not read.rows and not plan.problems:
        raise InvalidInput(msg("Bảng “{sheet}” trong tệp “{file}” không có dòng nào.",
                               sheet=read.sheet, file=path.name))
    return plan


def _not_expected(row) -> Message:
    """The refusal of a row naming someone not expected at its meeting."""
    if row.name and row.officer_id:
        return msg("Đồng chí {name} (mã {id}) không được phân công dự cuộc họp mã {meeting} nên "
                   "không ghi nhận được.", name=row.name, id=row.officer_id,
                   meeting=row.meeting_id)
    if row.name:
        return msg("Đồng chí {name} không được phân công dự cuộc họp mã {meeting} nên không ghi "
                   "nhận được.", name=row.name, meeting=row.meeting_id)
    return msg("Cán bộ mã {id} không được phân công dự cuộc họp mã {meeting} nên không ghi nhận "
               "được.", id=row.officer_id, meeting=row.meeting_id)


def _file_month(rows, meetings: dict, current: dict) -> str | None:
    """The month of the first row whose meeting is of a current approved version."""
    for row in rows:
        found = meetings.get(row.meeting_id)
        if found and found[1] in current and current[found[1]][0] == found[0]:
            return found[1]
    return None


def _expected(session, calendar_id: int) -> dict[int, dict[int, dict]]:
    """meeting id -> officer id -> the expected row as the plan needs it."""
    stmt = (select(Attendance.id, Attendance.meeting_id, Attendance.officer_id,
                   Attendance.status, Attendance.reason, Attendance.row_version,
                   Officer.full_name)
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .join(Officer, Officer.id == Attendance.officer_id)
            .where(Meeting.calendar_id == calendar_id, Attendance.role != ""))
    found: dict[int, dict[int, dict]] = {}
    for row_id, meeting_id, officer_id, status, reason, version, name in session.execute(stmt):
        found.setdefault(meeting_id, {})[officer_id] = {
            "id": row_id, "officer_id": officer_id, "status": status, "reason": reason,
            "row_version": version, "name": name}
    return found


def _person(row, people: dict[int, dict]) -> dict | None:
    """The expected officer a row means: by id, or by name when the id was left empty."""
    if row.officer_id is not None:
        return people.get(row.officer_id)
    wanted = search_key(row.name)
    named = [p for p in people.values() if search_key(p["name"]) == wanted]
    return named[0] if len(named) == 1 else None


def apply_sheet(db: Database, plan: SheetPlan) -> dict:
    """Write the plan in one transaction; refused when it has any problem or when the month's
    approved version or any row it read changed since."""
    name = Path(plan.path).name
    if plan.problems:
        raise SheetRefused(plan.problem_lines(), name)
    with db.write() as session:
        if plan.month is not None:
            calendar_id, version = require_approved(session, plan.month)
            if calendar_id != plan.calendar_id:
                raise ConcurrentEditError(msg(
                    "Lịch tháng {month} vừa có bản {version} được duyệt; hãy xuất lại bảng theo "
                    "dõi dự họp.", month=month_text(plan.month), version=version))
        audit = apply_marks(session, plan.marks)
        audit.append(("attendance.import", "calendar", plan.calendar_id, None,
                      {"file": name, "month": plan.month, **plan.counts()}))
        record_many(session, audit)
    return plan.counts()


def import_sheet(db: Database, path, *, dry_run: bool = False) -> SheetPlan:
    """Plan and, unless ``dry_run``, apply; raises ``SheetRefused`` for bad rows."""
    plan = plan_sheet(db, path)
    if not dry_run:
        apply_sheet(db, plan)
    return plan


__all__ = ["SheetPlan", "SheetRefused", "apply_sheet", "export_sheet", "import_sheet",
           "plan_sheet", "sheet_name", "sheet_of_month"]
