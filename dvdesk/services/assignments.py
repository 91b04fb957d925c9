"""Assign, reassign and end assignments (phân công), each one transaction.

Nothing is overwritten: reassigning ends the current row the day before the
new one starts. Hard rules are refused with ``RuleViolation``; soft rules raise
``NeedsConfirmation`` unless the caller passes ``accept_warnings=True``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dvdesk.domain.messages import lowered, msg
from dvdesk.domain.models import Assignment, Decision, Officer
from dvdesk.domain.phrases import sentences
from dvdesk.domain.roles import ROLES, Role, role_name
from dvdesk.domain.rules import check_new_assignment
from dvdesk.domain.text import clean
from dvdesk.domain.units import level_names, unit_model
from dvdesk.errors import (
    ConcurrentEditError,
    InvalidInput,
    NeedsConfirmation,
    NotFound,
    RuleViolation,
)
from dvdesk.services.audit import add_recorded, record, recorded, snapshot
from dvdesk.services.officers import live_officer
from dvdesk.services.validation import checked_date, checked_text
from dvdesk.services.versions import expect_values, expect_version
from dvdesk.store import queries
from dvdesk.store.database import Database


@dataclass(frozen=True)
class DecisionRef:
    """Quyết định phân công: number, date and signer of the decision."""

    number: str
    signed_on: dt.date | None = None
    signer: str = ""


@dataclass
class AssignResult:
    assignment_id: int
    ended_id: int | None = None  # the holder's assignment a reassignment ended
    warnings: list[str] = field(default_factory=list)
    ended_was: dt.date | None = None  # that assignment's end date before (None: open)


def find_or_create_decision(session: Session, ref: DecisionRef | None) -> int | None:
    if ref is None or not clean(ref.number):
        return None
    number = checked_text(Decision, "number", ref.number, msg("Số quyết định"))
    checked_text(Decision, "signer", ref.signer, msg("Người ký"))
    checked_date(ref.signed_on, msg("Ngày quyết định"))
    stmt = select(Decision).where(Decision.number == number)
    if ref.signed_on:
        stmt = stmt.where(Decision.signed_on == ref.signed_on)
    existing = session.scalars(stmt.order_by(Decision.id)).first()
    if existing:
        return existing.id
    decision = Decision(number=number, signed_on=ref.signed_on, signer=clean(ref.signer))
    return add_recorded(session, decision, "decision.create", "decision")


def _check(session: Session, officer: Officer, role: str, unit_id: int, day: dt.date,
           ignore_assignment: int | None = None) -> tuple[list[str], list[str]]:
    rules = queries.settings(session)["rules"].get(role, {})
    unit_kind = ROLES[Role(role)].unit
    unit_text = queries.unit_label(session, unit_kind, unit_id)
    holders_stmt = (
        select(Officer.id, Officer.full_name)
        .join(Assignment, Assignment.officer_id == Officer.id)
        .where(Assignment.role == role, Assignment.unit_id == unit_id, queries.open_from(day))
    )
    if ignore_assignment is not None:
        holders_stmt = holders_stmt.where(Assignment.id != ignore_assignment)
    held = session.execute(holders_stmt).all()
    current = [name for _id, name in held]
    load_stmt = select(func.count(func.distinct(Assignment.unit_id))).where(
        Assignment.role == role, Assignment.officer_id == officer.id, queries.open_from(day),
        Assignment.unit_id != unit_id,
    )
    role_text = role_name(role, level_names(queries.settings(session)))
    outcome = check_new_assignment(
        rules,
        role_label=role_text,
        unit_label=unit_text,
        officer_name=officer.full_name,
        current_holders=current,
        officer_units=int(session.scalar(load_stmt) or 0),
        officer_is_standing=officer.is_standing_member,
    )
    if any(holder_id == officer.id for holder_id, _name in held):
        outcome.errors.insert(0, msg("Đồng chí {officer} đã là {role} của {unit}.",
                                     officer=officer.full_name,
                                     role=lowered(role_text), unit=unit_text))
    return outcome.errors, outcome.warnings


def _officer(session: Session, officer_id: int) -> Officer:
    officer = live_officer(session, officer_id)
    if not officer.active:
        raise InvalidInput(msg("Đồng chí {officer} đã thôi công tác, không thể phân công.",
                               officer=officer.full_name))
    return officer


def _unit_must_exist(session: Session, role: str, unit_id: int) -> None:
    kind = ROLES[Role(role)].unit
    # The unit's row is locked until the transaction ends: two people assigning the same
    # hamlet on a shared server check its holders one after the other, never both at once.
    unit = session.get(unit_model(kind), unit_id, with_for_update=True)
    if unit is None or not unit.active:
        raise NotFound(msg("Không có {kind} mã {id} (hoặc đơn vị đã bị xóa).", kind=kind.value,
                           id=unit_id))


def assign_in(session: Session, officer_id: int, role: str, unit_id: int,
              effective_from: dt.date, decision: DecisionRef | None = None,
              *, accept_warnings: bool = False, note: str = "",
              ignore_assignment: int | None = None, same_id: int | None = None) -> AssignResult:
    """Add one assignment inside an open transaction (used by import and reassign too);
    ``same_id``: a redo, which writes it with the id it had."""
    try:
        role = Role(role).value
    except ValueError as error:
        raise InvalidInput(msg("Vai trò không hợp lệ: {role}.", role=role)) from error
    checked_date(effective_from, msg("Ngày bắt đầu"))
    officer = _officer(session, officer_id)
    _unit_must_exist(session, role, unit_id)
    errors, warnings = _check(session, officer, role, unit_id, effective_from, ignore_assignment)
    if errors:
        raise RuleViolation(errors[0] if len(errors) == 1 else sentences(errors),
                            units=[unit_id], officers=[officer_id])
    if warnings and not accept_warnings:
        raise NeedsConfirmation(warnings)
    if same_id is not None and session.get(Assignment, same_id) is not None:
        raise ConcurrentEditError()
    row = Assignment(
        id=same_id, officer_id=officer_id, role=role, unit_id=unit_id,
        decision_id=find_or_create_decision(session, decision),
        effective_from=effective_from, effective_to=None,
        note=checked_text(Assignment, "note", note, msg("Ghi chú")),
    )
    add_recorded(session, row, "assignment.create", "assignment")
    return AssignResult(row.id, None, warnings)


def assign(db: Database, officer_id: int, role: str, unit_id: int, effective_from: dt.date,
           decision: DecisionRef | None = None, *, accept_warnings: bool = False,
           note: str = "") -> AssignResult:
    """Phân công: make ``officer_id`` the ``role`` of a unit from ``effective_from``."""
    with db.write() as session:
        return assign_in(session, officer_id, role, unit_id, effective_from, decision,
                         accept_warnings=accept_warnings, note=note)


def end_in(session: Session, assignment_id: int, last_day: dt.date,
           expected_version: int | None = None,
           expected_values: dict | None = None) -> Assignment:
    checked_date(last_day, msg("Ngày kết thúc"))
    row = session.get(Assignment, assignment_id)
    if row is None:
        raise NotFound(msg("Không có phân công mã {id}.", id=assignment_id))
    expect_version(row, expected_version)
    expect_values(row, expected_values)
    if row.effective_to is not None and row.effective_to <= last_day:
        raise InvalidInput(msg("Phân công này đã kết thúc trước ngày đó."))
    if last_day < row.effective_from - dt.timedelta(days=1):
        raise InvalidInput(msg("Ngày kết thúc {end} trước ngày bắt đầu {start} của phân công.",
                               end=f"{last_day:%d/%m/%Y}", start=f"{row.effective_from:%d/%m/%Y}"))
    with recorded(session, "assignment.end", "assignment", row):
        row.effective_to = last_day
    return row


def end_assignment(db: Database, assignment_id: int, last_day: dt.date, *,
                   expected_version: int | None = None,
                   expected_values: dict | None = None) -> dt.date | None:
    """Kết thúc phân công: the officer holds the role up to and including ``last_day``.

    ``expected_version``: the version the user saw; a redo passes ``expected_values``
    (``services.versions``). Returns the end date it had before (None: it was open),
    for ``reopen``.
    """
    with db.write() as session:
        row = session.get(Assignment, assignment_id)
        was = row.effective_to if row is not None else None
        end_in(session, assignment_id, last_day, expected_version, expected_values)
        return was


def reassign(db: Database, assignment_id: int, new_officer_id: int, on_date: dt.date,
             decision: DecisionRef | None = None, *, accept_warnings: bool = False,
             expected_version: int | None = None) -> AssignResult:
    """Hand an assignment to another officer from ``on_date``: the old row ends the day before.

    The assignment must still run past the day before ``on_date``: one ended meanwhile by
    someone else is a concurrent edit, not a fresh request (the person saw it running).
    An end planned for later is brought forward; ``AssignResult.ended_was`` keeps it for
    the undo."""
    checked_date(on_date, msg("Ngày chuyển giao"))
    with db.write() as session:
        old = session.get(Assignment, assignment_id)
        if old is None:
            raise NotFound(msg("Không có phân công mã {id}.", id=assignment_id))
        expect_version(old, expected_version)
        _unit_must_exist(session, old.role, old.unit_id)  # locks the unit first
        if old.effective_to is not None and old.effective_to < on_date:
            raise ConcurrentEditError()
        if on_date <= old.effective_from:
            raise InvalidInput(msg("Ngày chuyển giao phải sau ngày bắt đầu {start} của phân công "
                                   "hiện tại.", start=f"{old.effective_from:%d/%m/%Y}"))
        if old.officer_id == new_officer_id:
            raise InvalidInput(msg("Cán bộ mới trùng với cán bộ đang được phân công."))
        was = old.effective_to
        end_in(session, assignment_id, on_date - dt.timedelta(days=1))
        result = assign_in(session, new_officer_id, old.role, old.unit_id, on_date, decision,
                           accept_warnings=accept_warnings, ignore_assignment=old.id)
        result.ended_id, result.ended_was = assignment_id, was
        return result


def reopen_in(session: Session, assignment_id: int, until: dt.date | None = None, *,
              expected_end: dt.date | None = None) -> None:
    row = session.get(Assignment, assignment_id)
    if row is None:
        raise NotFound(msg("Không có phân công mã {id}.", id=assignment_id))
    if expected_end is not None:
        expect_values(row, {"effective_to": expected_end})
    with recorded(session, "assignment.reopen", "assignment", row):
        row.effective_to = until


def reopen(db: Database, assignment_id: int, until: dt.date | None = None, *,
           expected_end: dt.date | None = None) -> None:
    """Undo an end: the assignment runs on again, open (or up to the end it had before).
    ``expected_end``: the last day the end set, refused if someone changed it since
    (``services.versions``)."""
    checked_date(until, msg("Ngày kết thúc"))
    with db.write() as session:
        reopen_in(session, assignment_id, until, expected_end=expected_end)


def withdraw(db: Database, assignment_id: int, *, reopen_id: int | None = None,
             reopen_until: dt.date | None = None) -> dict:
    """Undo an assignment just made (and, for a reassignment, reopen the row it ended).

    Refused when someone has ended the new row, or changed the end of the old one,
    since. Returns the withdrawn row's values, which ``restore_assignment`` writes back.
    """
    with db.write() as session:
        row = session.get(Assignment, assignment_id)
        if row is None:
            raise NotFound(msg("Không có phân công mã {id}.", id=assignment_id))
        expect_values(row, {"effective_to": None})
        ended_on = row.effective_from - dt.timedelta(days=1)
        values = snapshot(row)
        record(session, "assignment.withdraw", "assignment", row.id, values, None)
        session.delete(row)
        session.flush()
        if reopen_id is not None:
            reopen_in(session, reopen_id, reopen_until, expected_end=ended_on)
        return values


_UNSET = object()


def restore_assignment(db: Database, values: dict, *, end_id: int | None = None,
                       end_was: object = _UNSET) -> None:
    """Redo a withdrawn assignment: written back with the id and values it had, after the
    rules are checked again (someone may have assigned the unit meanwhile). With
    ``end_id`` (a reassignment), that holder's assignment ends the day before again;
    ``end_was`` is the end it must still have (what the undo gave back)."""
    try:
        start = dt.date.fromisoformat(values["effective_from"])
        end = dt.date.fromisoformat(values["effective_to"]) if values["effective_to"] else None
        role = Role(values["role"]).value
    except (KeyError, TypeError, ValueError) as error:
        raise InvalidInput(msg("Không khôi phục được phân công: dữ liệu không hợp lệ.")) \
            from error
    checked_date(start, msg("Ngày bắt đầu"))
    checked_date(end, msg("Ngày kết thúc"))
    note = checked_text(Assignment, "note", values.get("note"), msg("Ghi chú"))
    with db.write() as session:
        if end_id is not None:
            expected = None if end_was is _UNSET else {"effective_to": end_was}
            end_in(session, end_id, start - dt.timedelta(days=1), expected_values=expected)
        officer = _officer(session, values["officer_id"])
        _unit_must_exist(session, role, values["unit_id"])
        errors, _warnings = _check(session, officer, role, values["unit_id"], start, end_id)
        if errors:  # the warnings were accepted when it was first made
            raise RuleViolation(sentences(errors), units=[values["unit_id"]],
                                officers=[officer.id])
        if session.get(Assignment, values["id"]) is not None:
            raise ConcurrentEditError(msg("Phân công này vừa được người khác ghi lại; hãy tải lại "
                                          "rồi làm lại."))
        row = Assignment(id=values["id"], officer_id=officer.id, role=role,
                         unit_id=values["unit_id"], decision_id=values["decision_id"],
                         effective_from=start, effective_to=end, note=note,
                         row_version=int(values["row_version"]) + 1)
        add_recorded(session, row, "assignment.restore", "assignment")
