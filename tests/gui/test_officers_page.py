"""Cán bộ: accent-insensitive search, Vietnamese name order, deactivate / delete rules."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from dvdesk.domain.models import Officer
from dvdesk.domain.text import search_key
from dvdesk.gui.context import AppContext
from dvdesk.gui.pages.officers_page import COL_CURRENT, COL_NAME, OfficersPage
from dvdesk.services.officers import add_officer


def test_thanh_finds_thanh_with_accents_and_nothing_else(window, qtbot):
    page = window.show_page("officers")
    total = page.proxy.rowCount()
    qtbot.keyClicks(page.search, "thanh")
    names = page.visible_names()
    assert {"Mai Văn Thạnh", "Phạm Quốc Thạnh", "Đinh Trọng Thạnh"} <= set(names)
    assert all("thanh" in search_key(name) for name in names)
    with window.ctx.db.read() as session:
        expected = session.scalars(select(Officer.full_name).where(
            Officer.active.is_(True), Officer.search_name.contains("thanh"))).all()
    assert sorted(names) == sorted(expected)
    assert 0 < len(names) < total
    # Two words must both match, in any order and any accents.
    page.search.setText("THẠNH mai")
    both = page.visible_names()
    assert "Mai Văn Thạnh" in both and "Phạm Quốc Thạnh" not in both
    assert all({"mai", "thanh"} <= set(search_key(name).split()) for name in both)
    page.search.clear()
    assert page.proxy.rowCount() == total


def test_typing_on_narrows_and_erasing_or_changing_a_word_widens_again(window, qtbot):
    page = window.show_page("officers")

    def fresh(text: str) -> list[str]:  # what a search typed at once shows
        with window.ctx.db.read() as session:
            names = session.scalars(select(Officer.full_name).where(
                Officer.active.is_(True))).all()
        words = search_key(text).split()
        return sorted(n for n in names if all(w in search_key(n) for w in words))

    typed = ""
    for char in "nguyen th":  # typed a key at a time, as a person does
        qtbot.keyClick(page.search, char)
        typed += char
        assert sorted(page.visible_names()) == fresh(typed)
    narrow = page.proxy.rowCount()
    for _ in range(3):  # back to "nguyen": more officers again
        qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
    assert sorted(page.visible_names()) == fresh("nguyen") and page.proxy.rowCount() > narrow
    page.search.setText("nguyen an")  # a word replaced, not extended
    page.search.setText("nguyen van")
    assert sorted(page.visible_names()) == fresh("nguyen van")


KNOWN = ["Nguyễn Văn Bình", "Trần Thị An", "Đỗ Thị Đào", "Nguyễn Văn Ánh", "Võ Văn Dũng",
         "Hồ Thị Ân", "Nguyễn Văn Anh", "Lý Văn Ẩn", "Phạm Đức Anh", "Lê Ơn", "Lê Ô"]
# By given name in the Vietnamese alphabet (a ă â … d đ … o ô ơ), then middle and
# family name, then tones (ngang before sắc).
EXPECTED = ["Trần Thị An", "Phạm Đức Anh", "Nguyễn Văn Anh", "Nguyễn Văn Ánh", "Hồ Thị Ân",
            "Lý Văn Ẩn", "Nguyễn Văn Bình", "Võ Văn Dũng", "Đỗ Thị Đào", "Lê Ô", "Lê Ơn"]


def test_names_sort_the_vietnamese_way(db, qtbot):
    for name in KNOWN:
        add_officer(db, name)
    page = OfficersPage(AppContext(db))
    qtbot.addWidget(page)
    assert page.visible_names() == EXPECTED
    page.table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert page.visible_names() == EXPECTED[::-1]


def _answer(button):
    """Click ``button`` (Yes / No) of the question box the window asks."""
    def click(box):
        assert isinstance(box, QMessageBox) and "Xóa hẳn cán bộ" in box.text()
        box.button(button).click()
    return click


def test_current_work_summary_and_deactivate(window, errors, dialogs):
    page = window.show_page("officers")
    page.search.setText("Ngô Chí Bình")  # the demo's leader of Cụm 1
    assert page.proxy.rowCount() == 1
    page.table.selectRow(0)
    row = page.model.rows[page.model.row_for_id(page.selected_id())]
    assert row.cells[COL_CURRENT].startswith("Trưởng cụm Cụm 1")
    officer_id = row.id

    assert page.delete_button.isEnabled()  # a selected officer can be deleted …
    dialogs.next(_answer(QMessageBox.StandardButton.No))
    page.delete_button.click()  # declined: nothing happens
    dialogs.check()
    assert errors == [] and officer_id in {r.id for r in page.model.rows}
    dialogs.next(_answer(QMessageBox.StandardButton.Yes))
    page.delete_button.click()  # … unless they have a history of assignments
    dialogs.check()
    assert len(errors) == 1 and "không thể xóa" in errors[0]
    assert officer_id in {r.id for r in page.model.rows}

    page.active_button.click()
    with window.ctx.db.read() as session:
        assert session.get(Officer, officer_id).active is False
    assert page.proxy.rowCount() == 0  # inactive officers are hidden by default
    page.show_inactive.setChecked(True)
    assert page.proxy.rowCount() == 1
    window.undo_action.trigger()
    with window.ctx.db.read() as session:
        assert session.get(Officer, officer_id).active is True


def test_table_sort_key_orders_exactly_like_name_sort_key(demo_db):
    from dvdesk.domain.text import name_sort_key
    from dvdesk.gui.tables import fast_name_sort_key

    with demo_db.read() as session:
        names = list(session.scalars(select(Officer.full_name)))
    names += KNOWN + ["An", "Nguyễn An", "Nguyễn Văn An Bình", "Lê A"]
    assert sorted(names, key=fast_name_sort_key) == sorted(names, key=name_sort_key)


def test_edit_officer_through_the_form_and_undo(window, dialogs, errors):
    page = window.show_page("officers")
    page.search.setText("Ngô Chí Bình")
    page.table.selectRow(0)
    officer_id = page.selected_id()

    def edit(dialog):
        assert dialog.form.fullName.text() == "Ngô Chí Bình"
        # The Designer form's fields sit in the dialog shown, not in a window of their own.
        assert dialog.form.fullName.window() is dialog and dialog.form.fullName.isVisible()
        dialog.set_values(phone="912 345 678", title="Phó Bí thư Huyện ủy")
        dialog.accept()

    dialogs.next(edit)
    page.edit_button.click()
    dialogs.check()
    assert errors == []
    with window.ctx.db.read() as session:
        officer = session.get(Officer, officer_id)
        assert (officer.phone, officer.title) == ("0912345678", "Phó Bí thư Huyện ủy")
    row = page.model.rows[page.model.row_for_id(officer_id)]
    assert row.cells[4] == "0912345678"
    window.undo_action.trigger()
    with window.ctx.db.read() as session:
        assert session.get(Officer, officer_id).title != "Phó Bí thư Huyện ủy"
    window.redo_action.trigger()  # no false "changed by someone else" on redo
    assert errors == []
    with window.ctx.db.read() as session:
        assert session.get(Officer, officer_id).phone == "0912345678"


def test_an_empty_name_is_refused_with_one_sentence(window, dialogs, errors):
    page = window.show_page("officers")
    before = page.model.rowCount()

    def add(dialog):
        dialog.set_values(full_name="   ")
        dialog.accept()

    dialogs.next(add)
    page.add_button.click()
    dialogs.check()
    assert errors == ["Họ và tên cán bộ không được để trống."]
    assert page.model.rowCount() == before


def test_an_undo_the_database_refuses_is_explained_and_the_rest_stays_undoable(
        window, dialogs, errors, qtbot):
    import datetime as dt

    from dvdesk.services.assignments import assign

    page = window.show_page("officers")
    added = []
    for name in ("Cán Bộ Thêm Trước", "Cán Bộ Mới Thêm"):
        def fill(dialog, name=name):
            dialog.set_values(full_name=name)
            dialog.accept()

        dialogs.next(fill)
        page.add_button.click()
        dialogs.check()
        added.append(page.selected_id())
    first, officer_id = added
    from dvdesk.domain.models import Group

    with window.ctx.db.read() as session:
        group_id = session.scalars(select(Group.id)).first()
    # Meanwhile someone gives the new officer work: deleting them is no longer allowed.
    assign(window.ctx.db, officer_id, "group_support", group_id, dt.date.today(),
           accept_warnings=True)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert "không thể xóa" in errors[0]
    assert officer_id in {row.id for row in page.model.rows}  # nothing was taken back
    # The refused step left the history; the one before it is still there and undoes.
    stack = window.ctx.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Thêm cán bộ Cán Bộ Thêm Trước"
    window.undo_action.trigger()
    assert first not in {row.id for row in page.model.rows}
    assert officer_id in {row.id for row in page.model.rows} and len(errors) == 1


def test_the_email_is_edited_in_the_form(window, dialogs, errors):
    page = window.show_page("officers")
    page.search.setText("Ngô Chí Bình")
    page.table.selectRow(0)
    officer_id = page.selected_id()

    def edit(dialog):
        assert dialog.form.email.text() == ""
        dialog.set_values(email=" Binh.NC@HuyenUy.vn ")
        dialog.accept()

    dialogs.next(edit)
    page.edit_button.click()
    dialogs.check()
    assert errors == []
    with window.ctx.db.read() as session:
        assert session.get(Officer, officer_id).email == "Binh.NC@huyenuy.vn"

    def wrong(dialog):
        dialog.set_values(email="binh@")
        dialog.accept()

    dialogs.next(wrong)
    page.edit_button.click()
    dialogs.check()
    assert len(errors) == 1 and "binh@" in errors[0]
    with window.ctx.db.read() as session:
        assert session.get(Officer, officer_id).email == "Binh.NC@huyenuy.vn"


def test_search_by_phone_keeps_the_selected_officer_and_takes_any_character(db, qtbot):
    ids = {name: add_officer(db, name, phone=phone) for name, phone in (
        ("Trần Thị An", "0901234567"), ("Lê Văn Bình", "0912345678"),
        ("Ngô (Tư) Chí", "0987654321"))}
    page = OfficersPage(AppContext(db))
    qtbot.addWidget(page)
    page.select_officer(ids["Lê Văn Bình"])
    page.search.setText("091")  # the phone number's start
    assert page.visible_names() == ["Lê Văn Bình"]
    assert page.selected_id() == ids["Lê Văn Bình"]
    assert page.count_label.text() == "1 / 3 cán bộ"
    page.search.setText("(tư)")  # brackets and dots are letters to look for, not a pattern
    assert page.visible_names() == ["Ngô (Tư) Chí"]
    # The selected officer is filtered out: the first one shown is chosen instead, and
    # their history follows once the typing pauses.
    assert page.selected_id() == ids["Ngô (Tư) Chí"] and page.edit_button.isEnabled()
    qtbot.waitUntil(lambda: page._history_of == ids["Ngô (Tư) Chí"])
    assert page.history_label.text() == "Lịch sử phân công của Ngô (Tư) Chí"
    page.search.setText("(t.)")
    assert page.visible_names() == []
    page.search.setText("an 0901")
    assert page.visible_names() == ["Trần Thị An"]
    page.search.clear()
    assert page.visible_names() == ["Trần Thị An", "Lê Văn Bình", "Ngô (Tư) Chí"]
