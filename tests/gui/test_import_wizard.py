"""Nhập Excel wizard: preview first, nothing written on bad rows, apply, undo and redo."""

from __future__ import annotations

import datetime as dt

import pytest

from dvdesk.services.actions import Change
from dvdesk.services.officer_views import load_officer_rows
from tests import xlsx_fixtures as fx
from tests.helpers import table_counts

COUNTED = ["communes", "hamlets", "officers", "assignments"]  # the audit log grows on undo


def clean_hamlet_list(folder):
    from openpyxl import load_workbook

    path = fx.hamlet_support_list(folder)
    wb = load_workbook(path)
    for col in range(1, 9):
        wb["Hỗ trợ ấp"].cell(11, col).value = None
    wb.save(path)
    return path


@pytest.fixture
def wizard(ctx, qtbot):
    from dvdesk.gui.import_wizard import ImportWizard

    w = ImportWizard(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def preview(wizard, qtbot, path):
    wizard.file_page.path.setText(str(path))
    assert wizard.file_page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.busy and (wizard.preview_page.plan is not None
                                                  or "không" in wizard.preview_page.summary.text()),
                    timeout=30000)


def test_bad_rows_block_the_import(wizard, qtbot, ctx, tmp_path):
    before = table_counts(ctx.db, COUNTED)
    preview(wizard, qtbot, fx.leads_list(tmp_path))
    page = wizard.preview_page
    assert not page.isComplete()
    text = page.details.toPlainText()
    assert "Trang “Phụ trách”, dòng 8" in text and "Trang “Phụ trách”, dòng 9" in text
    assert "2 dòng lỗi" in page.summary.text()
    assert table_counts(ctx.db, COUNTED) == before


def test_not_a_workbook(wizard, qtbot, ctx, tmp_path):
    preview(wizard, qtbot, fx.not_a_workbook(tmp_path))
    assert "không phải là sổ tính Excel" in wizard.preview_page.summary.text()
    assert not wizard.preview_page.isComplete()


def officer_ids(db) -> set[int]:
    return {row.id for row in load_officer_rows(db, dt.date.today())}


def test_apply_then_undo_and_redo(wizard, qtbot, ctx, tmp_path):
    before = table_counts(ctx.db, COUNTED)
    source = clean_hamlet_list(tmp_path)
    preview(wizard, qtbot, source)
    assert wizard.preview_page.isComplete()
    assert "5 cán bộ mới" in wizard.preview_page.summary.text()
    assert table_counts(ctx.db, COUNTED) == before  # the preview writes nothing
    wizard.next()
    changed = []
    ctx.data_changed.connect(changed.append)
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=60000)
    plan = wizard.preview_page.plan
    total = len(plan.units) + len(plan.officers) + len(plan.assignments)
    bar = wizard.confirm_page.progress
    assert total >= 10 and bar.maximum() == total and bar.value() == total
    after = table_counts(ctx.db, COUNTED)
    assert after["officers"] == before["officers"] + 5
    assert after["assignments"] == before["assignments"] + 5
    assert Change.ALL in changed
    assert ctx.undo_stack.count() == 1
    imported = officer_ids(ctx.db)
    ctx.undo_stack.undo()
    assert table_counts(ctx.db, COUNTED) == before
    source.unlink()  # the redo applies the plan it previewed: the file is not read again
    ctx.undo_stack.redo()
    assert table_counts(ctx.db, COUNTED) == after
    assert officer_ids(ctx.db) == imported  # the same officers, with the same ids


def test_the_diff_lists_conflicts_first_filters_and_leaves_out_what_is_unticked(
        wizard, qtbot, ctx, tmp_path):
    from openpyxl import load_workbook
    from PySide6.QtCore import Qt

    from dvdesk.services import officers
    from dvdesk.services.excel_export import export_workbook

    path = tmp_path / "xuat.xlsx"
    export_workbook(ctx.db, path)
    wb = load_workbook(path)
    ws = wb["Cán bộ"]
    header = [c.value for c in ws[1]]
    phone, title, key = (header.index(t) + 1 for t in ("Điện thoại", "Chức vụ", "Mã cán bộ"))
    ws.cell(2, phone).value = "0909000111"
    ws.cell(3, title).value = "Phó Bí thư Đảng ủy"
    wb.save(path)
    officers.update_officer(ctx.db, int(ws.cell(2, key).value), phone="0977000222")  # meanwhile
    preview(wizard, qtbot, path)
    view = wizard.preview_page.diff
    tops = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    assert tops == ["Xung đột, không ghi (1)", "Sửa (1)"]
    conflict = view.tree.topLevelItem(0).child(0)
    assert "0977000222" in conflict.text(1) and "0909000111" in conflict.text(2)
    assert not conflict.flags() & Qt.ItemFlag.ItemIsUserCheckable  # never written
    view.filter.setCurrentIndex(view.filter.findData("changed"))
    assert view.tree.topLevelItem(0).isHidden() and not view.tree.topLevelItem(1).isHidden()
    edit = view.tree.topLevelItem(1).child(0)
    assert edit.text(2) == "Phó Bí thư Đảng ủy"
    assert view.leave_out() == []
    edit.setCheckState(0, Qt.CheckState.Unchecked)
    assert view.leave_out() == ["changed:0"]
