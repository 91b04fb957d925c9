"""Phản ánh, kiến nghị: receiving a matter and carrying it to its end, one transaction each.

Every step (forward to a body, the body's answer, resolved, closed without
resolution) is checked against the item's status under the write lock (the row
is locked on a shared server), refused with one sentence naming the item when
not allowed, written with its day into the item's history, and audited. Where a
person edits, the row version they saw is compared first: a change made
meanwhile is refused, never overwritten. ``undo_step`` and ``delete_feedback``
are the inverses the window's undo uses.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from dvdesk.domain import feedback as rules
from dvdesk.domain.messages import N_, Message, lowered, msg
from dvdesk.domain.models import Feedback, FeedbackEvent, Hamlet
from dvdesk.domain.text import clean, search_key
from dvdesk.errors import ConcurrentEditError, InvalidInput, NotFound
from dvdesk.services.audit import current_user, record, snapshot
from dvdesk.services.officers import live_officer
from dvdesk.services.validation import checked_date, checked_text
from dvdesk.services.versions import expect_version
from dvdesk.store import queries
from dvdesk.store.database import Database

# The day each step happened on, as a sentence names it.
_STEP_DAYS = {rules.RECEIVED: N_("Ngày tiếp nhận"), rules.FORWARDED: N_("Ngày chuyển"),
              rules.ANSWERED: N_("Ngày trả lời"), rules.RESOLVED: N_("Ngày giải quyết xong"),
              rules.CLOSED: N_("Ngày đóng")}
# What each text field holds, as its label names it.
_CONTENT = N_("Nội dung phản ánh, kiến nghị")
_RAISED_BY = N_("Người, nhóm phản ánh")


def _text(value, column: str, what: str, *, required: bool = False) -> str:
    """Cleaned (control and invisible characters dropped) and within what ``column`` of
    the feedback table holds (``services.validation``); ``what``: the field's label, a
    template of the catalogue."""
    text = checked_text(Feedback, column, value, msg(what))
    if required and not text:
        raise InvalidInput(msg("Cần ghi {what}.", what=lowered(msg(what))))
    return text


def _search_text(item: Feedback) -> str:
    return search_key(" ".join((item.content, item.raised_by, item.forwarded_to)))


def _locked(session: Session, item_id: int, expected_version: int | None) -> Feedback:
    item = session.scalars(select(Feedback).where(Feedback.id == item_id)
                           .with_for_update()).first()
    if item is None:
        raise NotFound(msg("Không có phản ánh số {id}.", id=item_id))
    expect_version(item, expected_version,
                   msg("Phản ánh số {id} vừa được người khác thay đổi; hãy tải lại rồi làm lại.",
                       id=item_id))
    return item


def _event(session: Session, item: Feedback, status: str, on: dt.date, note: str,
           previous: str | None) -> None:
    session.add(FeedbackEvent(feedback_id=item.id, on_date=on, status=status,
                              previous_status=previous, note=note,
                              at=dt.datetime.now().replace(microsecond=0),
                              user=current_user(session)))


def _last_step_day(session: Session, item: Feedback) -> tuple[dt.date, str]:
    found = session.execute(select(FeedbackEvent.on_date, FeedbackEvent.status)
                            .where(FeedbackEvent.feedback_id == item.id)
                            .order_by(FeedbackEvent.id.desc()).limit(1)).first()
    return (found[0], found[1]) if found else (item.received_on, rules.RECEIVED)


def _check_day(session: Session, item: Feedback, target: str, on: dt.date) -> None:
    last, status = _last_step_day(session, item)
    if on < last:
        raise InvalidInput(msg(
            "{step_day} {day} của phản ánh số {id} không được trước {previous_day} {last}.",
            step_day=msg(_STEP_DAYS[target]), day=f"{on:%d/%m/%Y}", id=item.id,
            previous_day=lowered(msg(_STEP_DAYS.get(status, _STEP_DAYS[rules.RECEIVED]))),
            last=f"{last:%d/%m/%Y}"))


def _settings(session: Session) -> dict:
    return queries.settings(session)


def _check_date(day, step: str) -> dt.date:
    """A real day in a sensible range: narrower than the program's 1900–2100
    (``services.validation``), since the holidays a deadline skips are worked out for
    these years only. ``step``: the step whose day it is."""
    label: Message = msg(_STEP_DAYS[step])
    if isinstance(day, dt.datetime):
        day = day.date()
    if not isinstance(day, dt.date):
        raise InvalidInput(msg("Cần {what} (YYYY-MM-DD).", what=lowered(label)))
    checked_date(day, label)
    if not 2000 <= day.year <= 2099:
        raise InvalidInput(msg("{what} {day} không hợp lệ (từ năm 2000 đến 2099).", what=label,
                               day=f"{day:%d/%m/%Y}"))
    return day


# ---------------------------------------------------------------------------
# receiving


def add_feedback(db: Database, *, hamlet_id: int, officer_id: int, received: dt.date,
                 field: str, content: str, is_complex: bool = False,
                 raised_by: str = "", item_id: int | None = None) -> int:
    """Tiếp nhận: a new item, its answer deadline counted in working days from ``received``
    (7, or 15 for a complex matter, as settings say). Returns its id. ``item_id``: the id it
    had before an undo took it back (a redo brings back the same item, so the steps after it
    on the undo stack still find it); refused if that id was given to another item since."""
    content = _text(content, "content", _CONTENT, required=True)
    raised_by = _text(raised_by, "raised_by", _RAISED_BY)
    received = _check_date(received, rules.RECEIVED)
    with db.write() as session:
        if session.get(Hamlet, hamlet_id) is None:
            raise NotFound(msg("Không có ấp, khu phố mã {id}.", id=hamlet_id))
        live_officer(session, officer_id)  # a deleted (hidden) officer carries nothing
        settings = _settings(session)
        fields = rules.fields_of(settings)
        chosen = rules.match_field(field, fields)
        if chosen is None:
            raise InvalidInput(msg("Lĩnh vực “{field}” không có trong danh sách: {known} (danh "
                                   "sách sửa trong cài đặt).", field=clean(field),
                                   known=", ".join(fields)))
        days, complex_days = rules.deadline_days(settings)
        if item_id is not None and session.get(Feedback, item_id) is not None:
            raise ConcurrentEditError(msg("Số {id} vừa được dùng cho một phản ánh khác; không "
                                          "làm lại được việc tiếp nhận.", id=item_id))
        item = Feedback(
            id=item_id, received_on=received, hamlet_id=hamlet_id, officer_id=officer_id,
            raised_by=raised_by, field=chosen, content=content, is_complex=bool(is_complex),
            deadline=rules.answer_deadline(received, is_complex, days=days,
                                           complex_days=complex_days),
            status=rules.RECEIVED, forwarded_to="", answer="", resolution="",
            created_at=dt.datetime.now().replace(microsecond=0))
        item.search_text = _search_text(item)
        session.add(item)
        session.flush()
        _event(session, item, rules.RECEIVED, received, "", None)
        record(session, "feedback.create", "feedback", item.id, None, snapshot(item))
        return item.id


# ---------------------------------------------------------------------------
# steps


def _step(db: Database, item_id: int, target: str, on: dt.date | None, note: str,
          expected_version: int | None) -> dict:
    on = _check_date(on or dt.date.today(), target)
    with db.write() as session:
        item = _locked(session, item_id, expected_version)
        try:
            rules.check_transition(item.id, item.status, target)
        except rules.TransitionRefused as refused:
            raise InvalidInput(refused.args[0]) from refused
        _check_day(session, item, target, on)
        before = snapshot(item)
        previous = item.status
        item.status = target
        text_field, day_field = rules.STEP_FIELDS[target]
        setattr(item, text_field, note)
        setattr(item, day_field, on)
        item.search_text = _search_text(item)
        session.flush()
        _event(session, item, target, on, note, previous)
        record(session, f"feedback.{target}", "feedback", item.id,
               {k: before[k] for k in ("status", text_field, day_field)},
               {"status": target, text_field: note, day_field: on.isoformat()})
        return {"id": item.id, "status": target, "row_version": item.row_version}


def forward_feedback(db: Database, item_id: int, body: str, on: dt.date | None = None, *,
                     expected_version: int | None = None) -> dict:
    """Chuyển: the body that can settle the matter (again, to another body, before an answer)."""
    return _step(db, item_id, rules.FORWARDED,
                 on, _text(body, "forwarded_to", N_("Cơ quan được chuyển đến"), required=True),
                 expected_version)


def answer_feedback(db: Database, item_id: int, text: str, on: dt.date | None = None, *,
                    expected_version: int | None = None) -> dict:
    """Trả lời: what the body answered."""
    return _step(db, item_id, rules.ANSWERED, on,
                 _text(text, "answer", N_("Nội dung trả lời"), required=True), expected_version)


def resolve_feedback(db: Database, item_id: int, on: dt.date | None = None, note: str = "", *,
                     expected_version: int | None = None) -> dict:
    """Đã giải quyết: the matter is settled (an optional note on how)."""
    return _step(db, item_id, rules.RESOLVED, on,
                 _text(note, "resolution", N_("Ghi chú kết quả")), expected_version)


def close_feedback(db: Database, item_id: int, reason: str, on: dt.date | None = None, *,
                   expected_version: int | None = None) -> dict:
    """Đóng, không giải quyết: ended without resolution, with the reason."""
    return _step(db, item_id, rules.CLOSED, on,
                 _text(reason, "resolution", N_("Lý do đóng phản ánh"), required=True),
                 expected_version)


def undo_step(db: Database, item_id: int, *, expected_version: int | None = None) -> dict:
    """Take back the item's last step (its receipt excepted): status and fields go back to
    what the remaining history says."""
    with db.write() as session:
        item = _locked(session, item_id, expected_version)
        events = list(session.scalars(select(FeedbackEvent).where(
            FeedbackEvent.feedback_id == item.id).order_by(FeedbackEvent.id)))
        if len(events) < 2:
            raise InvalidInput(msg("Phản ánh số {id} chưa có bước nào sau khi tiếp nhận để hoàn "
                                   "tác.", id=item.id))
        last = events.pop()
        before = snapshot(item)
        state = rules.state_after((e.status, e.on_date, e.note) for e in events)
        for key, value in state.items():
            setattr(item, key, value)
        item.search_text = _search_text(item)
        session.delete(last)
        session.flush()
        record(session, "feedback.undo", "feedback", item.id,
               {k: before[k] for k in state}, {k: _plain(v) for k, v in state.items()})
        return {"id": item.id, "status": item.status, "row_version": item.row_version}


def _plain(value):
    return value.isoformat() if isinstance(value, dt.date) else value


# ---------------------------------------------------------------------------
# editing the item itself


EDITABLE = ("hamlet_id", "officer_id", "received_on", "field", "content", "raised_by",
            "is_complex")


def update_feedback(db: Database, item_id: int, *, expected_version: int | None = None,
                    **fields) -> dict:
    """Sửa: hamlet, officer, day received, field, content, who raised it, complex or not.
    The deadline follows the day received and the complex flag. Returns the previous values
    of the fields changed (for undo)."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise InvalidInput(msg("Không sửa được trường {fields} của phản ánh.",
                               fields=", ".join(sorted(unknown))))
    with db.write() as session:
        item = _locked(session, item_id, expected_version)
        before = snapshot(item)
        if "hamlet_id" in fields and session.get(Hamlet, fields["hamlet_id"]) is None:
            raise NotFound(msg("Không có ấp, khu phố mã {id}.", id=fields["hamlet_id"]))
        if "officer_id" in fields:
            live_officer(session, fields["officer_id"])
        settings = _settings(session)
        if "field" in fields:
            chosen = rules.match_field(fields["field"], rules.fields_of(settings))
            if chosen is None:
                raise InvalidInput(msg("Lĩnh vực “{field}” không có trong danh sách: {known}.",
                                       field=clean(fields["field"]),
                                       known=", ".join(rules.fields_of(settings))))
            fields["field"] = chosen
        if "content" in fields:
            fields["content"] = _text(fields["content"], "content", _CONTENT, required=True)
        if "raised_by" in fields:
            fields["raised_by"] = _text(fields["raised_by"], "raised_by", _RAISED_BY)
        if "received_on" in fields:
            fields["received_on"] = _check_date(fields["received_on"], rules.RECEIVED)
            first_step = session.scalar(select(func.min(FeedbackEvent.on_date)).where(
                FeedbackEvent.feedback_id == item.id, FeedbackEvent.status != rules.RECEIVED))
            if first_step is not None and fields["received_on"] > first_step:
                raise InvalidInput(msg("Ngày tiếp nhận của phản ánh số {id} không được sau ngày "
                                       "chuyển, trả lời {day}.", id=item.id,
                                       day=f"{first_step:%d/%m/%Y}"))
        previous = {k: getattr(item, k) for k in fields}
        for key, value in fields.items():
            setattr(item, key, value)
        days, complex_days = rules.deadline_days(settings)
        item.deadline = rules.answer_deadline(item.received_on, item.is_complex, days=days,
                                              complex_days=complex_days)
        item.search_text = _search_text(item)
        if "received_on" in fields:
            session.execute(FeedbackEvent.__table__.update().where(
                FeedbackEvent.feedback_id == item.id, FeedbackEvent.status == rules.RECEIVED)
                .values(on_date=item.received_on))
        session.flush()
        record(session, "feedback.update", "feedback", item.id, before, snapshot(item))
        return previous


def delete_feedback(db: Database, item_id: int, *, expected_version: int | None = None) -> None:
    """Remove an item entered by mistake (undo of receiving it); refused once it went further
    than its receipt."""
    with db.write() as session:
        item = _locked(session, item_id, expected_version)
        if item.status != rules.RECEIVED:
            raise InvalidInput(msg("Phản ánh số {id} ở trạng thái “{state}”, không còn là mới "
                                   "tiếp nhận, nên không xóa được.", id=item.id,
                                   state=lowered(rules.status_message(item.status))))
        record(session, "feedback.delete", "feedback", item.id, snapshot(item), None)
        session.execute(delete(FeedbackEvent).where(FeedbackEvent.feedback_id == item.id))
        session.delete(item)
