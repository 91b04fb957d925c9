"""The secretary's everyday path through the window, checked against the database."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from dvdesk.domain.models import Assignment, Commune, Hamlet, Officer
from dvdesk.gui.pages.assignments_page import COL_HOLDERS
from dvdesk.gui.unit_dialogs import AddUnitDialog

TODAY = dt.date.today()


def _scalar(db, stmt):
    with db.read() as session:
        return session.scalar(stmt)


def _add_officer(window, dialogs, name: str) -> int:
    page = window.show_page("officers")

    def fill(dialog):
        dialog.set_values(full_name=name, title="Chuyên viên", workplace="Ban Dân vận Huyện ủy",
                          level="huyen", phone="0912345678")
        dialog.accept()

    dialogs.next(fill)
    page.add_button.click()
    dialogs.check()
    officer_id = _scalar(window.ctx.db, select(Officer.id).where(Officer.full_name == name))
    assert officer_id is not None
    assert page.selected_id() == officer_id
    return officer_id


def _add_hamlet(window, dialogs, commune_name: str, hamlet_name: str) -> int:
    page = window.show_page("units")
    commune_id = _scalar(window.ctx.db, select(Commune.id).where(Commune.name == commune_name))
    assert page.reveal("commune", commune_id)

    def fill(dialog: AddUnitDialog):
        dialog.set_kind("hamlet", "ap")
        dialog.name.setText(hamlet_name)
        dialog.accept()

    dialogs.next(fill)
    page.add_button.click()
    dialogs.check()
    hamlet_id = _scalar(window.ctx.db, select(Hamlet.id).where(
        Hamlet.name == hamlet_name, Hamlet.commune_id == commune_id, Hamlet.active.is_(True)))
    assert hamlet_id is not None
    assert page.current_ref() == ("hamlet", hamlet_id)
    return hamlet_id


def _board_row(page, hamlet_id: int):
    assert page.select_unit(hamlet_id)
    return page.model.rows[page.model.row_for_id(hamlet_id)]


def _support_rows(db, hamlet_id: int) -> list[tuple]:
    with db.read() as session:
        return session.execute(
            select(Assignment.officer_id, Assignment.effective_from, Assignment.effective_to)
            .where(Assignment.role == "hamlet_support", Assignment.unit_id == hamlet_id)
            .order_by(Assignment.id)).all()


def test_add_hamlet_assign_reassign_undo_redo(window, dialogs, errors):
    db = window.ctx.db
    first = _add_officer(window, dialogs, "Trần Văn Thử")
    second = _add_officer(window, dialogs, "Lê Thị Mới")
    hamlet = _add_hamlet(window, dialogs, "Tân Thạch", "Ấp Kiểm Thử")

    board = window.show_page("assignments")
    board.set_role("hamlet_support")
    assert board.coverage.text() == "117/118 ấp có cán bộ theo dõi"
    row = _board_row(board, hamlet)
    assert row.cells[COL_HOLDERS] == "Chưa phân công" and row.highlight

    def assign(dialog):
        dialog.search.setText("tran van thu")  # no accents typed
        assert dialog.officer_id() == first
        dialog.decision_number.setText("300-QĐ/HU")
        dialog.accept()

    dialogs.next(assign)
    board.assign_button.click()
    dialogs.check()
    assert errors == []
    assert _support_rows(db, hamlet) == [(first, TODAY, None)]
    assert board.coverage.text() == "118/118 ấp có cán bộ theo dõi"
    assert _board_row(board, hamlet).cells[COL_HOLDERS] == "Trần Văn Thử"

    handover = TODAY + dt.timedelta(days=10)

    def reassign(dialog):
        dialog.search.setText("le thi moi")
        assert dialog.officer_id() == second
        dialog.effective.setDate(dialog.effective.date().addDays(10))
        dialog.accept()

    dialogs.next(reassign)
    board.reassign_button.click()
    dialogs.check()
    after_reassign = [(first, TODAY, handover - dt.timedelta(days=1)), (second, handover, None)]
    assert _support_rows(db, hamlet) == after_reassign

    units = window.show_page("units")
    assert units.reveal("hamlet", hamlet)
    history = units.history_rows()
    assert history[0][:4] == ("Lê Thị Mới", "Cán bộ theo dõi, hỗ trợ ấp",
                              handover.strftime("%d/%m/%Y"), "")
    assert history[1][:4] == ("Trần Văn Thử", "Cán bộ theo dõi, hỗ trợ ấp",
                              TODAY.strftime("%d/%m/%Y"),
                              (handover - dt.timedelta(days=1)).strftime("%d/%m/%Y"))
    assert history[1][4] == "300-QĐ/HU"
    # The change log of the hamlet (read when its tab is opened): created, then two
    # assignment entries at least.
    units.tabs.setCurrentWidget(units.changes)
    assert units.changes.entity_id == hamlet and units.changes.model.rowCount() >= 1

    window.undo_action.trigger()  # the reassignment
    assert _support_rows(db, hamlet) == [(first, TODAY, None)]
    assert units.history_rows()[0][0] == "Trần Văn Thử"
    window.undo_action.trigger()  # the assignment
    assert _support_rows(db, hamlet) == []
    window.redo_action.trigger()
    assert _support_rows(db, hamlet) == [(first, TODAY, None)]
    window.redo_action.trigger()
    assert _support_rows(db, hamlet) == after_reassign
    assert errors == []

    # Undo all the way back: assignments, the hamlet, both officers.
    while window.ctx.undo_stack.canUndo():
        window.undo_action.trigger()
    assert _support_rows(db, hamlet) == []
    assert _scalar(db, select(Hamlet.active).where(Hamlet.id == hamlet)) is False
    assert _scalar(db, select(func.count()).select_from(Officer).where(  # deleted: hidden
        Officer.id.in_([first, second]), Officer.deleted.is_(False))) == 0
    assert errors == []


def test_second_hamlet_support_is_refused_and_changes_nothing(window, dialogs, errors):
    db = window.ctx.db
    board = window.show_page("assignments")
    board.set_role("hamlet_support")
    hamlet = board.model.rows[0].id
    holder = board.model.rows[0].payload[0].officer_id
    other = _scalar(db, select(Officer.id).where(Officer.id != holder,
                                                 Officer.active.is_(True)).order_by(Officer.id))
    before = _scalar(db, select(func.count()).select_from(Assignment))
    assert board.select_unit(hamlet)

    def assign(dialog):
        assert dialog.select_officer(other)
        dialog.accept()

    dialogs.next(assign)
    board.assign_button.click()
    dialogs.check()
    assert len(errors) == 1
    assert "Khu phố 1" in errors[0] and errors[0].endswith(".")
    assert _scalar(db, select(func.count()).select_from(Assignment)) == before
    assert not window.ctx.undo_stack.canUndo()


def test_soft_rule_asks_and_declining_writes_nothing(window, dialogs, errors, monkeypatch):
    db = window.ctx.db
    asked: list[list[str]] = []
    monkeypatch.setattr(window.ctx, "confirm_warnings",
                        lambda parent, warnings: asked.append(warnings) or False)
    board = window.show_page("assignments")
    board.set_role("hamlet_support")
    hamlet = _add_hamlet(window, dialogs, "Tân Thạch", "Ấp Cảnh Báo")
    window.show_page("assignments")
    busy = board.model.rows[0].payload[0].officer_id  # already supports another hamlet (limit 1)
    before = _scalar(db, select(func.count()).select_from(Assignment))
    assert board.select_unit(hamlet)

    def assign(dialog):
        assert dialog.select_officer(busy)
        # The picker shows who is already busy in this role.
        assert dialog.officer_list.currentIndex().data().endswith("(đang phụ trách 1 ấp)")
        dialog.accept()

    dialogs.next(assign)
    board.assign_button.click()
    dialogs.check()
    assert len(asked) == 1 and errors == []
    assert _scalar(db, select(func.count()).select_from(Assignment)) == before

    monkeypatch.setattr(window.ctx, "confirm_warnings", lambda parent, warnings: True)
    dialogs.next(assign)
    board.assign_button.click()
    dialogs.check()
    assert _support_rows(db, hamlet) == [(busy, TODAY, None)]


def test_end_an_assignment_and_undo(window, dialogs, errors):
    db = window.ctx.db
    board = window.show_page("assignments")
    board.set_role("cluster_leader")
    assert board.coverage.text() == "6/6 cụm có trưởng cụm"
    assert board.rule_hint.text() == ("Mỗi cụm đúng 1 cán bộ (bắt buộc); "
                                      "mỗi cán bộ tối đa 1 cụm (cảnh báo).")
    row = board.model.rows[0]
    assignment_id = row.payload[0].assignment_id
    assert board.select_unit(row.id)

    def end(dialog):
        assert dialog.holder_id() == assignment_id
        dialog.accept()  # last day: yesterday, the default

    dialogs.next(end)
    board.end_button.click()
    dialogs.check()
    assert errors == []
    with db.read() as session:
        assert session.get(Assignment, assignment_id).effective_to == TODAY - dt.timedelta(days=1)
    assert board.coverage.text() == "5/6 cụm có trưởng cụm"
    assert board.model.rows[0].highlight
    board.only_unassigned.setChecked(True)
    assert [board.proxy.row_id(r) for r in range(board.proxy.rowCount())] == [row.id]
    board.only_unassigned.setChecked(False)
    assert board.proxy.rowCount() == 6
    window.undo_action.trigger()
    with db.read() as session:
        assert session.get(Assignment, assignment_id).effective_to is None
    assert board.coverage.text() == "6/6 cụm có trưởng cụm"


def test_units_with_several_holders_list_them_all(window):
    board = window.show_page("assignments")
    board.set_role("cell_attendance")
    assert board.rule_hint.text() == (
        "Mỗi chi bộ ít nhất 1 cán bộ (cảnh báo); "
        "mỗi cán bộ tối đa 1 chi bộ, ủy viên thường vụ tối đa 5 (cảnh báo).")
    shared = [row for row in board.model.rows if len(row.payload) > 1]
    assert shared, "the demo has cells attended by several committee members"
    row = shared[0]
    assert row.cells[COL_HOLDERS] == "; ".join(h.name for h in row.payload)
    # Searching for the second holder finds the cell too.
    board.search.setText(row.payload[1].name)
    assert row.id in {board.proxy.row_id(r) for r in range(board.proxy.rowCount())}


def test_the_officer_picker_ranks_names_and_never_preselects_a_weak_match(ctx, qtbot):
    from dvdesk.gui.assign_dialog import ASSIGN, AssignDialog, load_officer_choices
    from dvdesk.services.officers import add_officer

    wanted = add_officer(ctx.db, "Trần Thị Thu Hà", title="Chuyên viên",
                         workplace="Ban Dân vận Huyện ủy")
    add_officer(ctx.db, "Lý Thị Thu Dung", title="Công chức",
                workplace="Đảng ủy thị trấn Châu Thành")
    rows = load_officer_choices(ctx.db, "hamlet_support")
    dialog = AssignDialog(ASSIGN, "Ấp 1", "Cán bộ theo dõi, hỗ trợ ấp", rows)
    qtbot.addWidget(dialog)

    dialog.search.setText("tran thi thu ha")  # her workplace has "thị trấn" too
    assert dialog.officer_id() == wanted
    assert dialog.officer_proxy.index(0, 0).data().startswith("Trần Thị Thu Hà")

    dialog.search.setText("tran thi")  # the start of her name: ranked before others
    assert dialog.officer_list.currentIndex().data().startswith("Trần Thị")

    dialog.search.setText("thi tran chau")  # only workplaces match: nobody is chosen
    assert dialog.officer_proxy.rowCount() > 0 and dialog.officer_id() is None
