"""Approving a month, withdrawing an approval, opening a revision, recording attendance.

Approving freezes the draft: a JSON snapshot of the whole view is kept with it,
so an approved version prints identically forever even after units or
assignments change. Changing an approved month opens version N+1, a draft
("điều chỉnh lần N"). Each use case is one transaction.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from dvdesk.domain.models import Attendance, Meeting, MonthlyCalendar, Officer
from dvdesk.domain.text import clean
from dvdesk.errors import InvalidInput, NotFound
from dvdesk.services.audit import record, snapshot
from dvdesk.services.calendar_data import (
    ATTENDANCE_STATUSES,
    draft_calendar,
    find_calendar,
    frozen,
    load_rows,
    meeting_and_calendar,
    month_days,
    month_text,
)
from dvdesk.services.validation import checked_date, checked_text
from dvdesk.store import queries
from dvdesk.store.database import Database

# ---------------------------------------------------------------------------
# approval and revisions


def approve(db: Database, month: str, number: str, by: str = "",
            on_date: dt.date | None = None, signer: str | None = None,
            signer_title: str | None = None) -> dict:
    """Duyệt: freeze the current draft with its number, approver, date and signer.

    ``signer`` and ``signer_title`` (the name and position printed under the
    signature) default to the organization settings; they are kept with this
    version, so its PDF prints them whatever the settings say later.
    """
    number = checked_text(MonthlyCalendar, "number", number, "Số văn bản")
    if not number:
        raise InvalidInput("Cần số văn bản của lịch (ví dụ 15-LT/HU) để duyệt.")
    by = checked_text(MonthlyCalendar, "approved_by", by, "Người duyệt")
    if signer is not None:
        signer = checked_text(MonthlyCalendar, "signer_name", signer, "Người ký")
    if signer_title is not None:
        signer_title = checked_text(MonthlyCalendar, "signer_title", signer_title, "Chức vụ người ký")
    on_date = checked_date(on_date, "Ngày duyệt")
    first = month_days(month)[0]
    if on_date is not None and abs((on_date - first).days) > 366:
        raise InvalidInput(f"Ngày duyệt {on_date:%d/%m/%Y} cách tháng {month_text(month)} hơn "
                           "một năm; hãy kiểm tra lại ngày duyệt.")
    with db.write() as session:
        cal = draft_calendar(session, month)
        settings = queries.settings(session)
        rows = load_rows(session, cal, settings)
        unplaced = sum(1 for r in rows if r.day is None)
        if unplaced:
            raise InvalidInput(
                f"Còn {unplaced} cuộc họp chưa xếp ngày; hãy xếp lịch trước khi duyệt."
            )
        before = snapshot(cal)
        cal.status = "approved"
        cal.number = number
        cal.approved_by = clean(by)
        cal.approved_on = on_date or dt.date.today()
        org = settings.get("organization") or {}
        cal.signer_name = clean(org.get("signer_name", "") if signer is None else signer)
        cal.signer_title = clean(org.get("signer_position", "") if signer_title is None
                                 else signer_title)
        cal.signer_on_behalf = clean(org.get("signer_on_behalf", ""))
        cal.snapshot = frozen(cal, rows, settings)
        session.flush()
        kept = ("status", "number", "approved_by", "approved_on", "signer_name", "signer_title")
        record(session, "calendar.approve", "calendar", cal.id,
               {k: before[k] for k in kept},
               {"status": "approved", "number": number, "approved_by": cal.approved_by,
                "approved_on": cal.approved_on.isoformat(), "signer_name": cal.signer_name,
                "signer_title": cal.signer_title})
        return {"month": month, "version": cal.version, "number": number,
                "approved_by": cal.approved_by, "approved_on": cal.approved_on,
                "signer_name": cal.signer_name, "signer_title": cal.signer_title}


def withdraw_approval(db: Database, month: str) -> None:
    """Back to draft (undo of an approval made by mistake, before any revision exists)."""
    with db.write() as session:
        cal = find_calendar(session, month)
        if cal.status != "approved":
            raise InvalidInput(f"Lịch tháng {month_text(month)} chưa được duyệt.")
        before = snapshot(cal)
        cal.status, cal.number, cal.approved_by, cal.approved_on = "draft", "", "", None
        cal.signer_name = cal.signer_title = cal.signer_on_behalf = ""
        cal.snapshot = None
        session.flush()
        record(session, "calendar.unapprove", "calendar", cal.id,
               {k: before[k] for k in ("status", "number")}, {"status": "draft"})


def revise(db: Database, month: str) -> dict:
    """Mở bản điều chỉnh: version N+1, a draft copying the approved version's meetings."""
    with db.write() as session:
        cal = find_calendar(session, month)
        if cal.status != "approved":
            raise InvalidInput(
                f"Lịch tháng {month_text(month)} (bản {cal.version}) còn là dự thảo; "
                "cứ sửa trực tiếp, không cần mở bản điều chỉnh."
            )
        version = cal.version + 1
        new = MonthlyCalendar(month=month, version=version, status="draft",
                              windows=dict(cal.windows) if cal.windows else None,
                              note=f"Điều chỉnh lần {version - 1}",
                              created_at=dt.datetime.now().replace(microsecond=0))
        session.add(new)
        session.flush()
        columns = ("kind", "unit_id", "day", "session", "start", "place", "pinned", "note")
        old = session.execute(select(*(getattr(Meeting, c) for c in columns))
                              .where(Meeting.calendar_id == cal.id).order_by(Meeting.id))
        rows = [dict(zip(columns, r, strict=True), calendar_id=new.id, row_version=1)
                for r in old]
        if rows:
            session.execute(Meeting.__table__.insert(), rows)
        record(session, "calendar.revise", "calendar", new.id, None,
               {"month": month, "version": version})
        return {"month": month, "version": version, "meetings": len(rows)}


# ---------------------------------------------------------------------------
# attendance (monthly review)


def record_attendance(db: Database, meeting_id: int, officer_id: int, status: str | None,
                      reason: str = "") -> dict | None:
    """Dự họp: present / excused / absent (+ reason); None clears it. Returns the previous
    record (for undo)."""
    if status is not None and status not in ATTENDANCE_STATUSES:
        raise InvalidInput("Tình trạng dự họp phải là có mặt, vắng có lý do hoặc vắng.")
    with db.write() as session:
        meeting, _cal = meeting_and_calendar(session, meeting_id)
        if session.get(Officer, officer_id) is None:
            raise NotFound(f"Không có cán bộ mã {officer_id}.")
        row = session.scalars(select(Attendance).where(
            Attendance.meeting_id == meeting.id, Attendance.officer_id == officer_id)).first()
        previous = {"status": row.status, "reason": row.reason} if row else None
        if status is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            row = Attendance(meeting_id=meeting.id, officer_id=officer_id, status=status,
                             reason=clean(reason))
            session.add(row)
        else:
            row.status, row.reason = status, clean(reason)
        session.flush()
        record(session, "attendance.record", "meeting", meeting.id, previous,
               {"officer_id": officer_id, "status": status, "reason": clean(reason)})
        return previous
