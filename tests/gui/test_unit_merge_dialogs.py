"""The carried-over assignments after a merge: all offered, ticked within each role's
limit per unit (the holder of the former unit that gives the new one its name first),
and "Giữ phân công" refused while a role has more ticked than a unit may have."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from dvdesk.gui.unit_merge import CarryOverDialog, first_of_next_month
from dvdesk.services.unit_changes import Proposal

ON = dt.date(2027, 1, 1)


def _proposal(role: str, officer: str, unit: str, assignment_id: int) -> Proposal:
    return Proposal(role, assignment_id, officer, unit, assignment_id, ON)


def test_carried_over_assignments_are_ticked_within_each_roles_limit(qtbot):
    proposals = [
        _proposal("commune_lead", "Võ Tuấn Lực", "xã Quới Sơn", 1),
        _proposal("commune_lead", "Nguyễn Quốc Trung", "xã Tiên Thủy", 2),
        _proposal("province_liaison", "Đặng Chí Hậu", "xã Tiên Thủy", 3),
        _proposal("province_liaison", "Võ Diễm Nhung", "xã Tân Thạch", 4),
    ]
    dialog = CarryOverDialog("Xã Tiên Thủy", proposals,
                             {"commune_lead": 1, "province_liaison": 1})
    qtbot.addWidget(dialog)
    assert [p.officer for p in dialog.chosen()] == ["Nguyễn Quốc Trung", "Đặng Chí Hậu"]
    assert dialog.keep.isEnabled()

    second_lead = next(i for i in range(dialog.list.count())
                       if "Võ Tuấn Lực" in dialog.list.item(i).text())
    dialog.list.item(second_lead).setCheckState(Qt.CheckState.Checked)
    assert not dialog.keep.isEnabled()  # two leads for one commune: the rule forbids it
    assert "(đang chọn 2)" in dialog.limit_note.text()

    for i in range(dialog.list.count()):
        dialog.list.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.chosen() == [] and not dialog.keep.isEnabled()


def test_without_a_limit_every_assignment_is_ticked(qtbot):
    proposals = [_proposal("cell_attendance", f"Cán bộ {n}", "xã An Khánh", n)
                 for n in range(4)]
    dialog = CarryOverDialog("Xã An Khánh", proposals, {})
    qtbot.addWidget(dialog)
    assert dialog.chosen() == proposals and dialog.limit_note.text() == ""


def test_a_change_takes_effect_on_the_first_of_next_month():
    assert first_of_next_month(dt.date(2026, 11, 30)) == dt.date(2026, 12, 1)
    assert first_of_next_month(dt.date(2026, 12, 5)) == dt.date(2027, 1, 1)
    assert first_of_next_month(dt.date(2027, 1, 1)) == dt.date(2027, 2, 1)


def test_two_hamlets_selected_together_merge_into_one(window, dialogs, errors):
    """Hamlets of one commune merge as communes do: selected together in the tree, one
    undoable action; the groups move under the new hamlet and come back on undo."""
    from PySide6.QtCore import QItemSelectionModel

    from dvdesk.services.unit_views import tree_children

    db, page = window.ctx.db, window.show_page("units")
    first = tree_children(db, "root")[0]
    commune = tree_children(db, "cluster", first.id)[1]
    hamlets = [c for c in tree_children(db, "commune", commune.id) if c.kind == "hamlet"][:2]
    groups = {h.id: {g.id for g in tree_children(db, "hamlet", h.id)} for h in hamlets}
    assert not page.unit_changes.merge_button.isEnabled()
    assert page.reveal("hamlet", hamlets[0].id)
    assert page.reveal("hamlet", hamlets[1].id)
    index = page.tree.currentIndex()
    page.reveal("hamlet", hamlets[0].id)
    page.tree.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select
                                      | QItemSelectionModel.SelectionFlag.Rows)
    assert page.unit_changes.merge_button.isEnabled()
    # With several selected, what acts on one unit is greyed out.
    assert not page.remove_button.isEnabled() and not page.rename_button.isEnabled()

    def fill(dialog) -> None:
        assert dialog.windowTitle() == "Sáp nhập đơn vị"
        assert dialog.completer is None  # official names are communes' names
        dialog.name.setText("Ấp Hòa Bình")
        dialog.on_date.setDate(dialog.on_date.date().addMonths(1))
        dialogs.next(keep)  # then the hamlets' assignments are offered
        dialog.accept()

    def keep(dialog) -> None:
        assert dialog.windowTitle() == "Giữ phân công cho Ấp Hòa Bình"
        assert len(dialog.chosen()) == 1  # one officer follows a hamlet
        dialog.accept()

    dialogs.next(fill)
    page.unit_changes.merge_button.click()
    dialogs.check()
    assert errors == []
    merged = [c for c in tree_children(db, "commune", commune.id) if c.name == "Ấp Hòa Bình"]
    assert len(merged) == 1
    assert {g.id for g in tree_children(db, "hamlet", merged[0].id)} == \
        groups[hamlets[0].id] | groups[hamlets[1].id]
    assert dialogs.seen == 2
    window.ctx.undo_stack.undo()  # the kept assignment
    window.ctx.undo_stack.undo()  # the merge
    assert [c.name for c in tree_children(db, "commune", commune.id)
            if c.name == "Ấp Hòa Bình"] == []
    assert {g.id for g in tree_children(db, "hamlet", hamlets[0].id)} == groups[hamlets[0].id]
