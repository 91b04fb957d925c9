"""The calendar page: create, plan, move a chip onto a clash, see the conflict, undo it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from dvdesk.errors import CONCURRENT_EDIT
from dvdesk.gui.calendar_grid import MIME
from dvdesk.services import calendar as service

MONTH = "2026-12"


def plan(page, qtbot) -> None:
    """Xếp lịch tự động runs on the worker: click, then wait for it to land."""
    page.plan_button.click()
    qtbot.waitUntil(lambda: not page.ctx.jobs.busy, timeout=60000)


@pytest.fixture
def page(window, ctx, qtbot):
    ctx.month = MONTH
    page = window.show_page("calendar")
    assert "Chưa có lịch tháng 12/2026" in page.empty_hint.text()
    page.create_button.click()
    plan(page, qtbot)
    assert page.conflict_messages() == []
    return page


def _clashing_pair(page):
    seen = {}
    for row in page.state.rows:
        for officer_id, name, _role in row.attendees:
            if officer_id in seen and seen[officer_id].day != row.day:
                return seen[officer_id], row, name
            seen.setdefault(officer_id, row)
    raise AssertionError("the demo has officers attending several cells")


def _drop(page, meeting_id: int, day: dt.date, session: str) -> None:
    """Drop a dragged chip on the grid cell of ``day`` and ``session``, as the mouse does."""
    grid = page.grid
    index = grid.grid.index(grid.grid.days.index(day), grid.grid.sessions.index(session))
    grid.scrollTo(index)
    rect = grid.visualRect(index)
    mime = QMimeData()
    mime.setData(MIME, QByteArray(str(meeting_id).encode()))
    pos = QPointF(rect.center().x(), rect.top() + 5)
    event = QDropEvent(pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    grid.dropEvent(event)


def test_moving_onto_a_clash_shows_the_conflict_and_undo_removes_it(page, ctx, errors):
    first, second, officer = _clashing_pair(page)
    _drop(page, second.id, first.day, first.session)
    messages = page.conflict_messages()
    assert any(officer in m and first.unit in m and second.unit in m for m in messages)
    assert page.rows_by_id[second.id].day == first.day
    count = len(messages)
    assert f"{count} xung đột" in page.side.conflict_label.text()

    # clicking the conflict selects both meetings in the grid and in the table
    position = next(i for i, m in enumerate(messages) if officer in m)
    page.side.conflict_list.itemClicked.emit(page.side.conflict_list.item(position))
    assert page.selected == {first.id, second.id}
    selected_rows = {i.data(Qt.ItemDataRole.UserRole + 1)
                     for i in page.table.selectionModel().selectedRows()}
    assert selected_rows == {first.id, second.id}

    ctx.undo_stack.undo()
    assert page.conflict_messages() == []
    assert page.rows_by_id[second.id].day == second.day
    ctx.undo_stack.redo()
    assert page.conflict_messages() == messages
    assert errors == []


def test_edit_dialog_changes_place_and_undo_restores(page, ctx, dialogs):
    row = page.state.rows[0]

    def fill(dialog):
        # the form's fields are in the dialog that is shown (real typing: tests/window)
        assert dialog.form.place.window() is dialog and dialog.form.place.isVisible()
        dialog.form.place.setText("Hội trường Ủy ban nhân dân xã")
        dialog.form.pinned.setChecked(True)
        dialog.accept()

    dialogs.next(fill)
    page.edit_meeting(row.id)
    dialogs.check()
    changed = page.rows_by_id[row.id]
    assert (changed.place, changed.pinned) == ("Hội trường Ủy ban nhân dân xã", True)
    ctx.undo_stack.undo()
    assert (page.rows_by_id[row.id].place, page.rows_by_id[row.id].pinned) == (row.place, False)


def test_approve_freezes_the_page_and_revision_opens_a_draft(page, ctx, dialogs):
    assert page.badge.text() == "DỰ THẢO"

    def fill(dialog):
        assert dialog.form.number.window() is dialog and dialog.form.number.isVisible()
        dialog.form.number.setText("15-LT/HU")
        dialog.form.approvedBy.setText("Nguyễn Văn A")
        dialog.accept()

    dialogs.next(fill)
    page.approve_button.click()
    dialogs.check()
    assert page.badge.text().startswith("ĐÃ DUYỆT số 15-LT/HU ngày ")
    assert not page.plan_button.isEnabled() and not page.grid.editable
    assert page.revise_button.isEnabled()

    page.revise_button.click()
    assert page.badge.text() == "DỰ THẢO" and page.state.version == 2
    assert [page.version_box.itemText(i) for i in range(page.version_box.count())] == [
        "Bản 1 (đã duyệt)", "Bản 2 — điều chỉnh lần 1 (dự thảo)"]
    page.version_box.activated.emit(0)
    assert page.state.version == 1 and not page.edit_button.isEnabled()

    ctx.undo_stack.undo()  # the revision goes away, version 1 stays approved
    assert [m for m in service.months(ctx.db) if m["month"] == MONTH] == [
        {"month": MONTH, "version": 1, "status": "approved", "number": "15-LT/HU"}]


def test_filter_narrows_grid_and_table(page):
    row = next(r for r in page.state.rows if r.kind == "committee")
    commune = row.commune.split(" ", 1)[1]
    page.search.setText(commune.lower())
    QApplication.processEvents()
    shown = {c.id for chips in page.grid.grid.cells.values() for c in chips}
    assert row.id in shown and len(shown) < len(page.state.rows)
    assert 0 < page.proxy.rowCount() < page.table_model.rowCount()


def test_tet_month_explains_itself_and_a_moved_window_fixes_it(window, ctx, errors, qtbot):
    ctx.month = "2027-02"
    page = window.show_page("calendar")
    page.create_button.click()
    plan(page, qtbot)
    assert page.conflict_messages() and all("Tết" in m for m in page.conflict_messages())
    assert "Tết Nguyên Đán" in page.side.reasons_label.text()

    page.set_windows(committee=(16, 18), cell=(19, 24))
    assert page.state.windows == {"committee": (16, 18), "cell": (19, 24)}
    plan(page, qtbot)
    assert page.conflict_messages() == []
    days = {r.day.day for r in page.state.rows if r.kind == "committee"}
    assert days <= {16, 17, 18}

    ctx.undo_stack.undo()  # the plan
    ctx.undo_stack.undo()  # the windows
    assert page.state.windows == {"committee": (7, 9), "cell": (10, 15)}
    assert errors == []


def test_a_conflict_accepted_with_a_note_is_shown_and_listed_for_approval(page, ctx, dialogs):
    first, second, officer = _clashing_pair(page)
    _drop(page, second.id, first.day, first.session)
    side = page.side
    position = next(i for i, m in enumerate(page.conflict_messages()) if officer in m)
    side.conflict_list.setCurrentRow(position)
    assert side.accept_button.isEnabled() and not side.withdraw_button.isEnabled()

    def note(dialog):
        assert type(dialog).__name__ == "AcceptConflictDialog"
        dialog.note.setText("Dự lần lượt hai chi bộ")
        dialog.accept()

    dialogs.next(note)
    side.accept_button.click()
    dialogs.check()
    accepted = [m for m in page.conflict_messages() if "Đã chấp nhận: Dự lần lượt hai chi bộ" in m]
    assert len(accepted) == 1 and officer in accepted[0]
    assert "1 đã chấp nhận" in side.conflict_label.text()

    listed = []

    def look(dialog):
        listed.extend(dialog.form.conflicts.item(i).text()
                      for i in range(dialog.form.conflicts.count()))
        dialog.reject()

    dialogs.next(look)
    page.approve_button.click()
    dialogs.check()
    assert any(item.startswith("✓ ") and "Dự lần lượt hai chi bộ" in item for item in listed)

    ctx.undo_stack.undo()  # the acceptance
    assert not any("Đã chấp nhận" in m for m in page.conflict_messages())


def test_pinning_from_the_menu_says_so_in_the_undo_text(page, ctx):
    row = page.state.rows[0]
    page.apply_meeting_changes(row.id, {"pinned": True})
    assert ctx.undo_stack.undoText() == f"Ghim {row.unit}"
    page.apply_meeting_changes(row.id, {"pinned": False})
    assert ctx.undo_stack.undoText() == f"Bỏ ghim {row.unit}"
    page.apply_meeting_changes(row.id, {"place": "Nhà văn hóa ấp"})
    assert ctx.undo_stack.undoText() == f"Sửa {row.unit}"


def test_a_meeting_another_program_changed_meanwhile_is_not_overwritten(page, ctx, errors):
    """The page moves or edits a meeting as it showed it: if another program moved it or
    changed its place since, the change is refused in one sentence and theirs stays."""
    from dvdesk.store import open_database

    first, second, _officer = _clashing_pair(page)
    elsewhere = next(d for d in second.window if d not in (second.day, first.day))
    other = open_database(str(ctx.db.path))  # another program on the same file
    try:
        service.update_meeting(other, second.id, day=elsewhere)
        service.update_meeting(other, first.id, place="Nhà văn hóa ấp")
    finally:
        other.dispose()
    _drop(page, second.id, first.day, first.session)  # the page still shows the old day
    page.apply_meeting_changes(first.id, {"place": "Hội trường xã"})
    assert errors == [CONCURRENT_EDIT] * 2
    kept = {r.id: r for r in service.month_state(ctx.db, MONTH).rows}
    assert (kept[second.id].day, kept[first.id].place) == (elsewhere, "Nhà văn hóa ấp")
    # An edit of a field nobody else touched still goes through.
    page.apply_meeting_changes(first.id, {"note": "Mời thêm Bí thư chi đoàn"})
    kept = {r.id: r for r in service.month_state(ctx.db, MONTH).rows}
    assert kept[first.id].note == "Mời thêm Bí thư chi đoàn" and len(errors) == 2
