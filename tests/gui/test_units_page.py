"""Đơn vị: rename, move and remove units through the page, each undone and redone."""

from __future__ import annotations

import datetime as dt
from unittest import mock

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from dvdesk.domain.models import Assignment, Commune, Hamlet, Officer


def _hamlet(db, name: str, commune: str):
    with db.read() as session:
        return session.execute(
            select(Hamlet.id, Hamlet.commune_id).join(Commune, Commune.id == Hamlet.commune_id)
            .where(Hamlet.name == name, Commune.name == commune)).one()


def _get(db, model, row_id):
    with db.read() as session:
        return session.get(model, row_id)


def test_rename_move_and_remove_with_undo(window, dialogs, errors, qtbot):
    db = window.ctx.db
    page = window.show_page("units")
    hamlet_id, commune_id = _hamlet(db, "Ấp Bến Đình", "Tân Thạch")
    assert page.reveal("hamlet", hamlet_id)

    with mock.patch("dvdesk.gui.pages.units_page.QInputDialog.getText",
                    return_value=("Ấp  Bến Đình Mới ", True)):
        page.rename_button.click()
    assert _get(db, Hamlet, hamlet_id).name == "Ấp Bến Đình Mới"
    assert page.heading.text().startswith("Ấp Bến Đình Mới")

    with db.read() as session:
        target = session.scalar(select(Commune.id).where(Commune.name == "Quới Sơn"))

    def move(dialog):
        dialog.search.setText("quoi son")
        dialog.select(target)
        dialog.accept()

    dialogs.next(move)
    page.move_button.click()
    dialogs.check()
    assert _get(db, Hamlet, hamlet_id).commune_id == target
    assert page.current_ref() == ("hamlet", hamlet_id)

    with db.read() as session:
        holder = session.scalars(select(Assignment).where(
            Assignment.role == "hamlet_support", Assignment.unit_id == hamlet_id,
            Assignment.effective_to.is_(None))).one()
    with mock.patch("dvdesk.gui.pages.units_page.QMessageBox.question",
                    return_value=QMessageBox.StandardButton.Yes):
        page.remove_button.click()
    assert _get(db, Hamlet, hamlet_id).active is False
    assert _get(db, Assignment, holder.id).effective_to == dt.date.today() - dt.timedelta(days=1)
    assert _get(db, Officer, holder.officer_id).active is True  # people are never removed

    # Ctrl+Z three times, through the keyboard as a user would.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _get(db, Hamlet, hamlet_id).active is True
    assert _get(db, Assignment, holder.id).effective_to is None
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _get(db, Hamlet, hamlet_id).commune_id == commune_id
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _get(db, Hamlet, hamlet_id).name == "Ấp Bến Đình"
    # Ctrl+Y brings the rename back.
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _get(db, Hamlet, hamlet_id).name == "Ấp Bến Đình Mới"
    assert errors == []
    # Let go of Ctrl, as a person does: the keys the application believes held stay so
    # for the tests after this one (a click in the tree would add to its selection).
    qtbot.keyRelease(window, Qt.Key.Key_Control)


def test_search_finds_units_without_accents_and_reveals_them(window):
    page = window.show_page("units")
    page.filter.setText("ben dinh tan thach")
    rows = [page.results_proxy.index(r, 0).data() for r in range(page.results_proxy.rowCount())]
    # The hamlet, its cell, then its groups (whose place names the hamlet).
    assert rows[:2] == ["Ấp Bến Đình", "Chi bộ Ấp Bến Đình"]
    assert len(rows) > 2 and all(name.startswith("Tổ ") for name in rows[2:])
    page.results.selectRow(0)
    page.results.setCurrentIndex(page.results_proxy.index(0, 0))
    assert page.heading.text() == "Ấp Bến Đình (xã Tân Thạch)"
    page.reveal_selected_result()
    assert page.filter.text() == ""
    assert page.views.currentWidget() is page.tree
    node = page.current_node()
    assert (node.kind, node.name) == ("hamlet", "Ấp Bến Đình")


def test_adding_under_a_hamlet_makes_a_group(window, dialogs):
    page = window.show_page("units")
    hamlet_id, _commune = _hamlet(window.ctx.db, "Ấp Bến Đình", "Tân Thạch")
    assert page.reveal("hamlet", hamlet_id)

    def add(dialog):
        assert [dialog.kind.itemText(i) for i in range(dialog.kind.count())] == ["Tổ NDTQ"]
        dialog.name.setText("Tổ 99")
        dialog.accept()

    dialogs.next(add)
    page.add_button.click()
    dialogs.check()
    ref = page.current_ref()
    assert ref[0] == "group"
    assert page.heading.text() == "Tổ 99, Ấp Bến Đình (xã Tân Thạch)"


def test_a_new_database_is_built_from_the_tree(db, qtbot, dialogs, monkeypatch):
    from dvdesk.gui.context import AppContext
    from dvdesk.gui.pages.units_page import UnitsPage

    ctx = AppContext(db)
    shown: list[str] = []
    monkeypatch.setattr(ctx, "show_error", lambda parent, error: shown.append(str(error)))
    page = UnitsPage(ctx)
    qtbot.addWidget(page)
    page.show()

    def add(kind, code, name):
        def fill(dialog):
            dialog.set_kind(kind, code)
            dialog.name.setText(name)
            dialog.accept()

        dialogs.next(fill)
        page.add_button.click()
        dialogs.check()

    add("cluster", None, "Cụm 1")
    add("commune", "thi_tran", "Châu Thành")
    add("hamlet", "khu_pho", "Khu phố 1")
    assert page.heading.text() == "Khu phố 1 (thị trấn Châu Thành)"
    node = page.current_node()
    cluster = node.parent.parent
    page.tree.setCurrentIndex(page.tree_model.index_of(cluster))
    add("cluster", None, "Cụm 2")
    with db.read() as session:
        assert session.scalars(select(Hamlet.name)).all() == ["Khu phố 1"]
        assert session.scalars(select(Commune.kind)).all() == ["thi_tran"]
    assert [page.tree_model.index(r, 0).data() for r in range(page.tree_model.rowCount())] == [
        "Cụm 1", "Cụm 2"]
    add("cluster", None, "  ")
    assert shown == ["Tên đơn vị không được để trống."]


def test_communes_of_a_removed_cluster_can_still_be_found_and_moved(window, dialogs):
    from dvdesk.domain.models import Cluster

    db = window.ctx.db
    page = window.show_page("units")
    with db.read() as session:
        cluster_id = session.scalar(select(Cluster.id).where(Cluster.name == "Cụm 6"))
        commune_ids = set(session.scalars(select(Commune.id).where(
            Commune.cluster_id == cluster_id)))
    page.reveal("cluster", cluster_id)
    with mock.patch("dvdesk.gui.pages.units_page.QMessageBox.question",
                    return_value=QMessageBox.StandardButton.Yes):
        page.remove_button.click()
    root = page.tree_model.ensure_loaded(page.tree_model.root)
    assert [n.name for n in root][-1] == "(Chưa thuộc cụm)"
    orphans = page.tree_model.ensure_loaded(root[-1])
    assert {n.id for n in orphans} == commune_ids
    commune = next(iter(commune_ids))
    assert page.reveal("commune", commune)
    with db.read() as session:
        target = session.scalar(select(Cluster.id).where(Cluster.name == "Cụm 1"))

    def move(dialog):
        dialog.select(target)
        dialog.accept()

    dialogs.next(move)
    page.move_button.click()
    dialogs.check()
    with db.read() as session:
        assert session.get(Commune, commune).cluster_id == target
    assert page.current_ref() == ("commune", commune)


def test_adding_from_a_search_result_adds_under_that_unit(window, dialogs):
    page = window.show_page("units")
    page.filter.setText("ben dinh tan thach")
    page.results.setCurrentIndex(page.results_proxy.index(0, 0))  # the hamlet itself

    def add(dialog):
        dialog.name.setText("Tổ Tìm Thấy")
        dialog.accept()

    dialogs.next(add)
    page.add_button.click()
    dialogs.check()
    assert page.current_ref()[0] == "group"
    assert page.heading.text() == "Tổ Tìm Thấy, Ấp Bến Đình (xã Tân Thạch)"
