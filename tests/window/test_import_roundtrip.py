"""The Excel round trip in the real window: an export edited as in Excel, brought back with
Tệp → Nhập Excel…, its diff reviewed (one change unticked), applied, then undone."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from dvdesk.domain.models import Officer
from dvdesk.services.excel_export import export_workbook
from dvdesk.store import open_database
from tests.window.driver import Scope


def _edited_export(db_path, folder) -> tuple:
    """Two officers' rows edited: a new phone number for one, a new title for the other."""
    db = open_database(str(db_path))
    try:
        path = folder / "phan_cong_sua.xlsx"
        export_workbook(db, path)
        wb = load_workbook(path)
        ws = wb["Cán bộ"]
        header = [c.value for c in ws[1]]
        column = {title: header.index(title) + 1 for title in header}
        first, second = (ws.cell(r, column["Mã cán bộ"]).value for r in (2, 3))
        names = [ws.cell(r, column["Họ và tên"]).value for r in (2, 3)]
        ws.cell(2, column["Điện thoại"]).value = "0909000111"
        ws.cell(3, column["Chức vụ"]).value = "Phó Bí thư Đảng ủy"
        wb.save(path)
        with db.read() as s:
            before = {o.id: (o.phone, o.title) for o in s.scalars(select(Officer))}
    finally:
        db.dispose()
    return path, int(first), int(second), names, before


def _officers(db_path) -> dict:
    db = open_database(str(db_path))
    try:
        with db.read() as s:
            return {o.id: (o.phone, o.title) for o in s.scalars(select(Officer))}
    finally:
        db.dispose()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_edited_export_reviewed_unticked_applied_and_undone(launch, demo_path, tmp_path,
                                                               lang):
    path, phoned, titled, names, before = _edited_export(demo_path, tmp_path)
    app = launch(lang=lang, db=demo_path)
    app.menu("Tệp", "Nhập Excel…")
    wizard = app.dialog("Nhập Excel")
    wizard.type_into("Đường dẫn tệp .xlsx", str(path))
    wizard.click("Tiếp >")
    wizard.wait_for(f"{names[0]}: Điện thoại")
    # The diff: two changes, old → new, nothing else listed.
    assert wizard.sees("Sửa (2)")
    assert wizard.sees("0909000111") and wizard.sees("Phó Bí thư Đảng ủy")
    assert not wizard.sees("Thêm mới") and not wizard.sees("Kết thúc phân công")
    app.screenshot("diff")
    # The phone number is left out: its tickbox unticked from the keyboard.
    wizard.click(f"{names[0]}: Điện thoại")
    wizard.key("space")
    app.screenshot("unticked")
    wizard.click("Tiếp >")
    wizard.click("Nhập")
    app.wait_gone("Nhập Excel")
    app.screenshot("applied")
    after = _officers(demo_path)
    assert after[phoned] == before[phoned]  # unticked: not written
    assert after[titled] == (before[titled][0], "Phó Bí thư Đảng ủy")
    # Sửa → "Hoàn tác Nhập Excel phan_cong_sua.xlsx": the undo names the import.
    app.click("Sửa", kinds=["action"])
    menu = app.program.wait_window(lambda w: w["popup"], "the menu «Sửa»")
    Scope(app.program, menu["ref"], "Sửa").click("Hoàn tác", kinds=["action"], match="prefix")
    app.screenshot("undone")
    app.program.wait_until(lambda: _officers(demo_path) == before,
                           "the undo never restored the officers")
    assert app.close() == 0
