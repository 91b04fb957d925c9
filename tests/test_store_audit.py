"""The audit log: who did what, when, with the values before and after, read back newest first."""

from __future__ import annotations

import datetime as dt
import getpass

import pytest
from sqlalchemy import select

from dvdesk.domain.models import Assignment
from dvdesk.services import audit
from dvdesk.services.actions import EditOfficer, Reassign
from dvdesk.services.assignments import DecisionRef, assign, reassign
from dvdesk.services.officers import add_officer, update_officer
from dvdesk.services.units import add_unit


def _district(db):
    cluster = add_unit(db, "cluster", "Cụm 1")
    commune = add_unit(db, "commune", "Tân Thạch", cluster)
    hamlet = add_unit(db, "hamlet", "Ấp Thạnh Hưng", commune)
    first = add_officer(db, "Lê Hoàng Phúc", title="Chuyên viên")
    second = add_officer(db, "Phạm Minh Đức", title="Chuyên viên")
    return hamlet, first, second


def test_assign_then_reassign_leave_who_what_before_and_after(any_db_url):
    from dvdesk.store import open_database

    db = open_database(any_db_url)
    try:
        hamlet, first, second = _district(db)
        made = assign(db, first, "hamlet_support", hamlet, dt.date(2025, 11, 1),
                      DecisionRef("246-QĐ/HU", dt.date(2025, 10, 20)))
        moved = reassign(db, made.assignment_id, second, dt.date(2026, 3, 1))

        entries = audit.history(db, "hamlet", hamlet)
        actions = [(e.action, e.entity_id) for e in entries]
        # newest first: the hand-over (new row, then the end of the old one), then the first assignment
        assert actions[:3] == [("assignment.create", moved.assignment_id),
                               ("assignment.end", made.assignment_id),
                               ("assignment.create", made.assignment_id)]
        assert ("hamlet.create", hamlet) in actions
        expected_user = "postgres" if "://" in any_db_url else getpass.getuser()
        assert {e.user for e in entries} == {expected_user}

        created, ended = entries[0], entries[1]
        assert created.before is None
        assert created.after["officer_id"] == second and created.after["role"] == "hamlet_support"
        assert created.after["effective_from"] == "2026-03-01"
        assert created.names == {second: "Phạm Minh Đức"}
        assert "Ấp Thạnh Hưng" in created.labels["unit_id"]
        assert entries[2].labels["decision_id"] == "246-QĐ/HU"
        assert ended.before["effective_to"] is None
        assert ended.after["effective_to"] == "2026-02-28"
        assert ended.changes() == [("effective_to", None, "2026-02-28")]

        officer_history = audit.history(db, "officer", first)
        assert [e.action for e in officer_history] == [
            "assignment.end", "assignment.create", "officer.create"]
        with db.read() as s:
            assert s.scalars(select(Assignment.effective_to)
                             .where(Assignment.id == made.assignment_id)).one() \
                == dt.date(2026, 2, 28)
    finally:
        db.dispose()


def test_officer_edit_is_recorded_with_the_changed_fields(db):
    officer = add_officer(db, "Võ Thị Mai", phone="0377888999")
    update_officer(db, officer, title="Phó Bí thư", phone="377888111")
    latest = audit.history(db, "officer", officer)[0]
    assert latest.action == "officer.update"
    assert dict((k, (a, b)) for k, a, b in latest.changes()) == {
        "title": ("", "Phó Bí thư"), "phone": ("0377888999", "0377888111")}
    assert audit.history(db, "officer", officer + 999) == []


@pytest.mark.gui
def test_history_view_shows_newest_first_with_before_and_after(db, qtbot):
    from dvdesk.gui.context import AppContext
    from dvdesk.gui.history_view import HistoryView

    hamlet, first, second = _district(db)
    made = assign(db, first, "hamlet_support", hamlet, dt.date(2025, 11, 1))
    ctx = AppContext(db)
    view = HistoryView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_for("hamlet", hamlet)
    assert view.model.rowCount() == 2
    assert view.model.rows[0].cells[2] == "Phân công"
    assert "Lê Hoàng Phúc" in view.model.rows[0].cells[3]
    assert "Cán bộ theo dõi, hỗ trợ ấp" in view.model.rows[0].cells[3]
    assert "Đơn vị: Ấp Thạnh Hưng" in view.model.rows[0].cells[3]
    assert "Ghi chú" not in view.model.rows[0].cells[3]  # empty fields of a new row are left out

    ctx.perform("Chuyển giao", Reassign(made.assignment_id, second, dt.date(2026, 3, 1)))
    # the view reloads on its own
    texts = [row.cells[2:] for row in view.model.rows]
    assert texts[0][0] == "Phân công" and "Phạm Minh Đức" in texts[0][1]
    assert texts[1] == ("Kết thúc phân công", "Đến ngày: — → 28/02/2026")
    assert view.model.rows[0].cells[0].count("/") == 2  # dd/mm/yyyy HH:MM

    view.hide()  # a hidden view reads nothing; it catches up when it is shown again
    ctx.perform("Sửa", EditOfficer(first, {"title": "Chuyên viên"}, {"title": "Phó phòng"}))
    view.show_for("officer", first)
    assert view.model.rowCount() == 0
    view.show()
    assert view.model.rows[0].cells[2:] == ("Sửa thông tin cán bộ",
                                            "Chức vụ: Chuyên viên → Phó phòng")


def test_withdrawn_and_reopened_assignments_stay_in_the_history(db):
    from dvdesk.services.assignments import withdraw
    from dvdesk.services.units import remove_unit, restore_unit

    hamlet, first, second = _district(db)
    mistaken = assign(db, second, "hamlet_support", hamlet, dt.date(2025, 11, 1))
    withdraw(db, mistaken.assignment_id)  # the row is gone; its entries are not
    kept = assign(db, first, "hamlet_support", hamlet, dt.date(2025, 11, 1))
    ended = remove_unit(db, "hamlet", hamlet, dt.date(2026, 1, 1))
    restore_unit(db, "hamlet", hamlet, reopen=ended)

    actions = [(e.action, e.entity_id) for e in audit.history(db, "hamlet", hamlet)]
    assert actions[:4] == [("hamlet.restore", hamlet),
                           ("assignment.reopen", kept.assignment_id),
                           ("hamlet.remove", hamlet),
                           ("assignment.end", kept.assignment_id)]
    assert ("assignment.withdraw", mistaken.assignment_id) in actions
    second_history = [e.action for e in audit.history(db, "officer", second)]
    assert second_history == ["assignment.withdraw", "assignment.create", "officer.create"]
