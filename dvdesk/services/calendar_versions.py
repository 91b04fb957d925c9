"""Approving a month, withdrawing an approval, opening a revision, recording attendance.

Approving freezes the draft: a JSON snapshot of the whole view is kept with it,
so an approved version prints identically forever even after units or
assignments change. Changing an approved month opens version N+1, a draft
("điều chỉnh lần N"). Each use case is one transaction.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from dvdesk.domain.calendar.months import month_days, month_text
from dvdesk.domain.messages import msg
from dvdesk.domain.models import Attendance, Meeting, MonthlyCalendar
from dvdesk.domain.text import clean
from dvdesk.errors import ConcurrentEditError, InvalidInput, NotFound
from dvdesk.services.attendance import expect_attendance, forget_expected
from dvdesk.services.attendance import record_attendance as record_mark
from dvdesk.services.audit import record, recorded, snapshot
from dvdesk.services.calendar_rows import (
    draft_calendar,
    find_calendar,
    frozen,
    load_rows,
    refuse_if_approved,
)
from dvdesk.services.validation import checked_date, checked_text
from dvdesk.services.versions import expect_values
from dvdesk.store import queries
from dvdesk.store.calendar_queries import calendars_of, taken_back
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
    with db.write() as session:
        return approve_in(session, month, number, by, on_date, signer, signer_title)


def approve_in(session: Session, month: str, number: str, by: str = "",
               on_date: dt.date | None = None, signer: str | None = None,
               signer_title: str | None = None) -> dict:
    """``approve`` inside a transaction the caller holds (the demo approves several)."""
    number = checked_text(MonthlyCalendar, "number", number, msg("Số văn bản"))
    if not number:
        raise InvalidInput(msg("Cần số văn bản của lịch (ví dụ 15-LT/HU) để duyệt."))
    by = checked_text(MonthlyCalendar, "approved_by", by, msg("Người duyệt"))
    on_date = checked_date(on_date, msg("Ngày duyệt"))
    first = month_days(month)[0]
    if on_date is not None and abs((on_date - first).days) > 366:
        raise InvalidInput(msg("Ngày duyệt {day} cách tháng {month} hơn một năm; hãy kiểm tra "
                               "lại ngày duyệt.", day=f"{on_date:%d/%m/%Y}",
                               month=month_text(month)))
    cal = draft_calendar(session, month)
    settings = queries.settings(session)
    rows = load_rows(session, cal, settings)
    unplaced = sum(1 for r in rows if r.day is None)
    if unplaced:
        raise InvalidInput(msg("Còn {count} cuộc họp chưa xếp ngày; hãy xếp lịch trước khi "
                               "duyệt.", count=unplaced))
    org = settings.get("organization") or {}
    # The signer comes from the settings unless given: checked either way, since it is
    # printed on every copy of this version.
    signer = checked_text(MonthlyCalendar, "signer_name",
                          org.get("signer_name", "") if signer is None else signer,
                          msg("Người ký"))
    signer_title = checked_text(MonthlyCalendar, "signer_title",
                                org.get("signer_position", "") if signer_title is None
                                else signer_title, msg("Chức vụ người ký"))
    on_behalf = checked_text(MonthlyCalendar, "signer_on_behalf",
                             org.get("signer_on_behalf", ""), msg("Thừa lệnh / thay mặt"))
    before = snapshot(cal)
    cal.status = "approved"
    cal.number = number
    cal.approved_by = by
    cal.approved_on = on_date or dt.date.today()
    cal.signer_name, cal.signer_title, cal.signer_on_behalf = signer, signer_title, on_behalf
    cal.snapshot = frozen(cal, rows, settings)
    session.flush()
    expect_attendance(session, cal.id, month, cal.version, rows)
    kept = ("status", "number", "approved_by", "approved_on", "signer_name", "signer_title")
    record(session, "calendar.approve", "calendar", cal.id,
           {k: before[k] for k in kept},
           {"status": "approved", "number": number, "approved_by": cal.approved_by,
            "approved_on": cal.approved_on.isoformat(), "signer_name": cal.signer_name,
            "signer_title": cal.signer_title})
    return {"month": month, "version": cal.version, "number": number,
            "approved_by": cal.approved_by, "approved_on": cal.approved_on,
            "signer_name": cal.signer_name, "signer_title": cal.signer_title}


def withdraw_approval(db: Database, month: str, *,
                      expected_values: dict | None = None) -> None:
    """Back to draft (undo of an approval made by mistake, before any revision exists).
    ``expected_values``: the approval the undo takes back (version, number), refused if
    someone withdrew it and approved again meanwhile (``services.versions``)."""
    with db.write() as session:
        cal = find_calendar(session, month)
        session.refresh(cal, with_for_update=True)
        if expected_values and expected_values.get("number") is not None:
            expected_values = {**expected_values,
                               "number": clean(expected_values["number"])}
        expect_values(cal, expected_values)
        if cal.status != "approved":
            raise InvalidInput(msg("Lịch tháng {month} chưa được duyệt.",
                                   month=month_text(month)))
        before = snapshot(cal)
        forget_expected(session, cal.id, month)
        cal.status, cal.number, cal.approved_by, cal.approved_on = "draft", "", "", None
        cal.signer_name = cal.signer_title = cal.signer_on_behalf = ""
        cal.snapshot = None
        session.flush()
        record(session, "calendar.unapprove", "calendar", cal.id,
               {k: before[k] for k in ("status", "number")}, {"status": "draft"})


def delete_draft(db: Database, month: str, version: int) -> int:
    """Take back a draft version (undo of creating a month or opening a revision).

    The version is hidden, not removed, so that ``restore_calendar`` brings back the same
    calendar and meetings (ids included). Returns the calendar's id.
    """
    with db.write() as session:
        cal = find_calendar(session, month, version)
        session.refresh(cal, with_for_update=True)
        refuse_if_approved(cal)
        if cal.version != calendars_of(session, month)[-1].version:
            raise InvalidInput(msg("Chỉ xóa được bản mới nhất của lịch tháng."))
        with recorded(session, "calendar.delete", "calendar", cal):
            cal.deleted = True
        return cal.id


def restore_calendar(db: Database, calendar_id: int) -> None:
    """Undo ``delete_draft``: the same version is back, with its meetings."""
    with db.write() as session:
        cal = session.get(MonthlyCalendar, calendar_id, with_for_update=True)
        if cal is None:
            raise NotFound(msg("Không còn bản lịch mã {id} để khôi phục.", id=calendar_id))
        if not cal.deleted:  # someone else restored it, or made another in its place
            raise ConcurrentEditError(msg("Lịch tháng {month} vừa được người khác thay đổi; "
                                          "hãy tải lại rồi làm lại.",
                                          month=month_text(cal.month)))
        newer = [c.version for c in calendars_of(session, cal.month) if c.version > cal.version]
        if newer:
            raise InvalidInput(msg("Lịch tháng {month} đã có bản {newer}; không khôi phục được "
                                   "bản {version}.", month=month_text(cal.month),
                                   newer=newer[-1], version=cal.version))
        with recorded(session, "calendar.restore", "calendar", cal):
            cal.deleted = False


def purge_taken_back(session: Session, month: str, from_version: int) -> None:
    """Remove for good the taken-back versions a new version would collide with (a new
    action was taken instead of a redo, so they can no longer come back)."""
    for cal in taken_back(session, month, from_version):
        meetings = select(Meeting.id).where(Meeting.calendar_id == cal.id)
        session.execute(delete(Attendance).where(Attendance.meeting_id.in_(meetings)))
        session.execute(delete(Meeting).where(Meeting.calendar_id == cal.id))
        record(session, "calendar.purge", "calendar", cal.id, snapshot(cal), None)
        session.delete(cal)
    session.flush()


def revise(db: Database, month: str) -> dict:
    """Mở bản điều chỉnh: version N+1, a draft copying the approved version's meetings."""
    with db.write() as session:
        cal = find_calendar(session, month)
        if cal.status != "approved":
            raise InvalidInput(msg("Lịch tháng {month} (bản {version}) còn là dự thảo; cứ sửa "
                                   "trực tiếp, không cần mở bản điều chỉnh.",
                                   month=month_text(month), version=cal.version))
        version = cal.version + 1
        purge_taken_back(session, month, version)
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
        return {"month": month, "version": version, "meetings": len(rows),
                "calendar_id": new.id}


# ---------------------------------------------------------------------------
# attendance (monthly review)


def record_attendance(db: Database, meeting_id: int, officer_id: int, status: str | None,
                      reason: str = "", *, expected_values: dict | None = None) -> dict | None:
    """Dự họp at a meeting of an approved month (see ``dvdesk.services.attendance``); None
    clears it. Returns the previous record, None when there was none (for undo).
    ``expected_values``: the {status, reason} an undo or redo expects to find."""
    with db.read() as session:
        calendar_id = session.scalar(select(Meeting.calendar_id).where(Meeting.id == meeting_id))
        if calendar_id is None:
            raise NotFound(msg("Không có cuộc họp mã {id}.", id=meeting_id))
        month = session.scalar(select(MonthlyCalendar.month)
                               .where(MonthlyCalendar.id == calendar_id))
    previous = record_mark(db, month, meeting_id, officer_id, status, reason,
                           expected_values=expected_values)
    return previous if previous["status"] is not None else None
