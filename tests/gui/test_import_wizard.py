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
