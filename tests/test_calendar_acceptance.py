"""Accepting a conflict with a note, and the summary of what a plan moved against last month."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from dvdesk.domain.models import AuditEntry
from dvdesk.errors import InvalidInput, NotFound
from dvdesk.services import calendar
from dvdesk.services import calendar_acceptance as acceptance
from dvdesk.services.calendar_moves import explain_moves
from dvdesk.services.calendar_shown import month_shown

MONTH = "2026-12"


def _clash(db):
    """Put one officer in two places at once; return the resulting double booking."""
    state = calendar.month_state(db, MONTH)
    seen = {}
    for row in state.rows:
        for officer_id, _name, _role in row.attendees:
            if officer_id in seen and seen[officer_id].day != row.day:
                first = seen[officer_id]
                calendar.update_meeting(db, row.id, day=first.day, session=first.session)
                state = calendar.month_state(db, MONTH)
                keys = acceptance.keys_of(state.rows, state.conflicts)
                found = [(c, k) for c, k in zip(state.conflicts, keys, strict=True)
                         if c.kind == "double_booked" and officer_id in c.officer_ids]
                return found[0]
            seen.setdefault(officer_id, row)
    raise AssertionError("the demo has officers attending several cells")


@pytest.fixture
def planned(demo_db):
    calendar.new_month(demo_db, MONTH)
    calendar.plan(demo_db, MONTH)
    return demo_db


def test_a_conflict_is_accepted_with_its_note_and_stays_accepted_in_a_revision(planned):
    db = planned
    conflict, key = _clash(db)
    with pytest.raises(InvalidInput, match="lý do"):
        acceptance.accept_conflict(db, MONTH, key, "  ")
    acceptance.accept_conflict(db, MONTH, key, "Dự lần lượt hai chi bộ cùng ấp")
    kept = acceptance.accepted(db, MONTH)
    assert kept[key].note == "Dự lần lượt hai chi bộ cùng ấp"
    assert kept[key].message == conflict.message
    with pytest.raises(InvalidInput, match="đã được chấp nhận"):
        acceptance.accept_conflict(db, MONTH, key, "lần nữa")

    calendar.approve(db, MONTH, "15-LT/HU")
    calendar.revise(db, MONTH)  # version 2: new meeting rows, the same conflict
    state = calendar.month_state(db, MONTH)
    assert state.version == 2
    assert key in acceptance.keys_of(state.rows, state.conflicts)
    assert key in acceptance.accepted(db, MONTH)
    with db.read() as session:
        actions = [a for (a,) in session.execute(select(AuditEntry.action))]
    assert actions.count("conflict.accept") == 1

    acceptance.withdraw_acceptance(db, MONTH, key)
    assert acceptance.accepted(db, MONTH) == {}


def test_a_conflict_that_is_gone_cannot_be_accepted(planned):
    db = planned
    conflict, key = _clash(db)
    moved = conflict.meeting_ids[-1]
    calendar.plan(db, MONTH)  # the planner separates them again
    state = calendar.month_state(db, MONTH)
    assert moved in {r.id for r in state.rows}
    with pytest.raises(NotFound, match="không còn"):
        acceptance.accept_conflict(db, MONTH, key, "đã biết")


def test_the_move_summary_names_the_holiday_that_moved_a_meeting(demo_db):
    db = demo_db
    for month, number in (("2026-12", "1"), ("2027-01", "2")):
        calendar.new_month(db, month, copy_previous=month != "2026-12")
        calendar.plan(db, month)
        calendar.approve(db, month, f"{number}-LT/HU")
    calendar.new_month(db, "2027-02", copy_previous=True)
    calendar.plan(db, "2027-02")
    summary = explain_moves(db, "2027-02")
    assert summary.compared and summary.kept > 0 and summary.moves
    holiday = [m for m in summary.moves if "Tết Nguyên Đán" in m.reason]
    assert holiday, [m.text() for m in summary.moves[:5]]
    move = holiday[0]
    assert move.before is not None and move.after is not None and move.before != move.after
    assert f"{move.before.day:%d/%m}" in move.text()
    assert summary.kept + len(summary.moves) + summary.new == len(
        calendar.month_state(db, "2027-02").rows)
    # What the window shows after planning, read in one go with the month's rows, says the
    # same as the summary read on its own.
    shown = month_shown(db, "2027-02", moves=True)
    assert shown.moves == summary and shown.state.rows == calendar.month_state(
        db, "2027-02").rows


def test_a_month_without_a_previous_calendar_is_not_compared(demo_db):
    calendar.new_month(demo_db, MONTH)
    calendar.plan(demo_db, MONTH)
    summary = explain_moves(demo_db, MONTH)
    assert not summary.compared and summary.moves == [] and summary.kept == 0
    assert summary.new == len(calendar.month_state(demo_db, MONTH).rows)


def test_a_meeting_moved_for_an_officer_away_names_the_absence(demo_db):
    from dvdesk.services.unavailability import add_unavailability

    db = demo_db
    calendar.new_month(db, "2026-11")
    calendar.plan(db, "2026-11")
    calendar.approve(db, "2026-11", "1-LT/HU")
    calendar.new_month(db, MONTH, copy_previous=True)
    row = next(r for r in calendar.month_state(db, MONTH).rows
               if r.kind == "committee" and r.day is not None)
    officer_id, name, _role = row.attendees[0]
    add_unavailability(db, officer_id, row.day, row.day, "đi công tác tỉnh")
    calendar.plan(db, MONTH)
    moves = {m.meeting_id: m for m in explain_moves(db, MONTH).moves}
    assert moves[row.id].reason == (f"đồng chí {name} vắng ngày {row.day:%d/%m/%Y} "
                                    "(đi công tác tỉnh)")
