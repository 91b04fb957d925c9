"""Lịch vắng in the Cán bộ page: a leave added through the form keeps the officer's meetings
off those days when the month is planned; undo and redo keep the same row; removal undoes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from dvdesk.services import calendar as cal
from dvdesk.services import unavailability

MONTH = "2026-12"


def _busy_officer(db) -> tuple[int, str, set[dt.date]]:
    """An officer expected at one or two meetings of December, and their days: the
    planner has other slots for them."""
    cal.new_month(db, MONTH)
    cal.plan(db, MONTH)
    days: dict[tuple[int, str], set[dt.date]] = {}
    for row in cal.month_state(db, MONTH).rows:
        for officer_id, name, _role in row.attendees:
            days.setdefault((officer_id, name), set()).add(row.day)
    (officer_id, name), busy = min(days.items(), key=lambda item: (len(item[1]), item[0]))
    cal.delete_draft(db, MONTH, 1)
    return officer_id, name, busy


def test_a_leave_added_in_the_page_keeps_the_planner_off_those_days(window, dialogs, errors):
    db = window.ctx.db
    officer_id, name, busy = _busy_officer(db)
    first, last = min(busy), min(busy) + dt.timedelta(days=1)
    page = window.show_page("officers")
    page.search.setText(name)
    page.select_officer(officer_id)
    view = page.leave
    page.lower_tabs.setCurrentWidget(view)  # the tab is read when opened
    assert view.officer_id == officer_id

    def fill(dialog):
        assert name in dialog.windowTitle()
        dialog.first.setDate(QDate(first.year, first.month, first.day))
        dialog.last.setDate(QDate(last.year, last.month, last.day))
        dialog.reason.setCurrentText("đi công tác")
        dialog.accept()

    dialogs.next(fill)
    view.add_button.click()
    dialogs.check()
    assert errors == []
    assert [view.model.rows[0].cells] == [(first.strftime("%d/%m/%Y"), last.strftime("%d/%m/%Y"),
                                           "đi công tác")]
    saved = unavailability.list_unavailability(db, officer_id=officer_id)
    assert [(p.first_day, p.last_day, p.reason) for p in saved] == [(first, last, "đi công tác")]

    window.undo_action.trigger()
    assert unavailability.list_unavailability(db, officer_id=officer_id) == []
    assert view.model.rowCount() == 0
    window.redo_action.trigger()
    assert [p.id for p in unavailability.list_unavailability(db, officer_id=officer_id)] == \
        [saved[0].id]
    assert errors == []

    cal.new_month(db, MONTH)
    cal.plan(db, MONTH)
    planned = [r for r in cal.month_state(db, MONTH).rows
               if officer_id in {a[0] for a in r.attendees}]
    assert planned and not [r for r in planned if first <= r.day <= last]

    view.table.selectRow(0)
    view.remove_button.click()
    assert unavailability.list_unavailability(db, officer_id=officer_id) == []
    window.undo_action.trigger()
    assert [p.id for p in unavailability.list_unavailability(db, officer_id=officer_id)] == \
        [saved[0].id]
    assert errors == []


def test_a_leave_on_a_planned_day_is_a_conflict_in_the_calendar_page(window, dialogs, errors):
    db = window.ctx.db
    officer_id, name, _days = _busy_officer(db)
    cal.new_month(db, MONTH)
    cal.plan(db, MONTH)
    day = next(r.day for r in cal.month_state(db, MONTH).rows
               if officer_id in {a[0] for a in r.attendees})
    page = window.show_page("officers")
    page.search.setText(name)
    page.select_officer(officer_id)

    def fill(dialog):
        dialog.first.setDate(QDate(day.year, day.month, day.day))
        dialog.last.setDate(QDate(day.year, day.month, day.day))
        dialog.reason.setCurrentText("nghỉ phép")
        dialog.accept()

    dialogs.next(fill)
    page.leave.add_button.click()
    dialogs.check()
    window.ctx.month = MONTH
    calendar_page = window.show_page("calendar")
    said = [m for m in calendar_page.conflict_messages() if name in m]
    assert said and said[0].startswith(
        f"Đồng chí {name} nghỉ phép ngày {day.strftime('%d/%m/%Y')} nhưng được mời dự")
    window.undo_action.trigger()  # the leave taken back: the conflict goes with it
    assert not [m for m in calendar_page.conflict_messages() if name in m]
    assert errors == []
