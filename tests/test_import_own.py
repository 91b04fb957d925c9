"""The program's own template filled in by hand, and undoing an import."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from dvdesk.documents.xlsx_export import ASSIGNMENT_COLUMNS, OFFICER_COLUMNS
from dvdesk.domain.models import AuditEntry
from dvdesk.errors import InvalidInput
from dvdesk.services import assignments, audit
from dvdesk.services.importer import apply_plan, plan_import
from dvdesk.services.importer_changes import withdraw_import
from tests.helpers import table_counts
from tests.test_import_lists import TABLES

# The officer columns in an order of the secretary's own (the import reads them by title).
OFFICER_TITLES = ["Mã cán bộ", "Họ và tên", "Chức vụ", "Đơn vị công tác", "Cấp", "Điện thoại",
                  "Cấp ủy viên", "Ủy viên thường vụ", "Đang công tác", "Ghi chú"]
assert sorted(OFFICER_TITLES) == sorted(OFFICER_COLUMNS)


def template(tmp_path, officers: list[list], rows: list[dict]):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cán bộ"
    ws.append(OFFICER_TITLES)
    for officer in officers:
        ws.append(officer)
    ws = wb.create_sheet("Phân công")
    ws.append(ASSIGNMENT_COLUMNS)
    for row in rows:
        ws.append([row.get(column) for column in ASSIGNMENT_COLUMNS])
    path = tmp_path / "mau.xlsx"
    wb.save(path)
    return path


def hamlet_row(officer_key, hamlet="Ấp 1", start=dt.datetime(2026, 1, 1), **more):
    return {"Cụm": "Cụm 1", "Xã, thị trấn": "An Khánh", "Loại xã": "Xã", "Ấp, khu phố": hamlet,
            "Loại ấp": "Ấp", "Vai trò": "Cán bộ theo dõi, hỗ trợ ấp", "Mã cán bộ": officer_key,
            "Từ ngày": start, **more}


def test_filled_template_imports(db, db_path, tmp_path, cli):
    path = template(tmp_path, [[1, "Lê Văn A", "Chuyên viên", "Phòng Nội vụ", "Huyện",
                                912000001, "", "", "Có", ""]],
                    [hamlet_row(1, "Ấp 1", "01/02/2026", **{"Số quyết định": "5-QĐ/HU"}),
                     hamlet_row(1, "Ấp 2")])
    result = cli("--db", db_path, "import", path)
    assert result.code == 0, result
    counts = table_counts(db, TABLES)
    assert (counts["clusters"], counts["communes"], counts["hamlets"], counts["officers"],
            counts["assignments"], counts["decisions"]) == (1, 1, 2, 1, 2, 1)


def test_bad_template_rows_are_each_reported(db, db_path, tmp_path, cli):
    path = template(tmp_path, [[1, "Lê Văn A", "", "", "Huyện", "", "", "", "Có", ""]], [
        hamlet_row(1, start="31/02/2026"),
        hamlet_row(1, **{"Vai trò": "Thủ quỹ"}),
        hamlet_row(7),
        hamlet_row(1, "Ấp 3", **{"Đến ngày": dt.datetime(2025, 1, 1)}),
    ])
    before = table_counts(db, TABLES)
    result = cli("--db", db_path, "import", path)
    assert result.code == 1
    lines = [line for line in result.err.splitlines() if "Trang “Phân công”" in line]
    assert [line.split(",")[1].strip() for line in lines] == [
        "dòng 2", "dòng 3", "dòng 4", "dòng 5"]
    assert "cột “Từ ngày”" in lines[0] and "cột “Vai trò”" in lines[1]
    assert "cán bộ mã 7" in lines[2] and "ngày kết thúc trước ngày bắt đầu" in lines[3]
    assert table_counts(db, TABLES) == before


def test_withdraw_import_and_its_refusal(db, tmp_path):
    path = template(tmp_path, [[1, "Lê Văn A", "", "", "Huyện", "0912000001", "", "", "Có", ""]],
                    [hamlet_row(1)])
    before = table_counts(db, TABLES)
    result = apply_plan(db, plan_import(db, path))
    withdraw_import(db, result)
    assert table_counts(db, TABLES) == before
    result = apply_plan(db, plan_import(db, path))
    hamlet = result["created"]["hamlet"][0]
    other = result["created"]["officer"][0]
    assignments.assign(db, other, "group_support", _group(db, hamlet), dt.date(2026, 2, 1))
    with pytest.raises(InvalidInput, match="Không hoàn tác được"):
        withdraw_import(db, result)
    assert table_counts(db, TABLES)["officers"] == before["officers"] + 1


def _group(db, hamlet_id: int) -> int:
    from dvdesk.services.units import add_unit

    return add_unit(db, "group", "Tổ 1", hamlet_id)


def test_every_imported_row_has_its_audit_entry(db, tmp_path):
    path = template(tmp_path, [[1, "Lê Văn A", "", "", "Huyện", "0912000001", "", "", "Có", ""],
                               [2, "Trần Thị B", "", "", "Huyện", "", "", "", "Có", ""]],
                    [hamlet_row(1, "Ấp 1", **{"Số quyết định": "5-QĐ/HU"}),
                     hamlet_row(2, "Ấp 2", **{"Số quyết định": "5-QĐ/HU",
                                               "Đến ngày": dt.datetime(2026, 3, 31)})])
    result = apply_plan(db, plan_import(db, path))
    first, second = result["created"]["officer"]
    hamlet = result["created"]["hamlet"][0]
    assert [e.action for e in audit.history(db, "officer", first)] == [
        "assignment.create", "officer.create"]
    ended = audit.history(db, "officer", second)
    assert [e.action for e in ended] == ["assignment.end", "assignment.create", "officer.create"]
    assert ended[0].changes() == [("effective_to", None, "2026-03-31")]
    created = ended[1].after
    assert (created["officer_id"], created["role"], created["effective_from"],
            created["effective_to"]) == (second, "hamlet_support", "2026-01-01", None)
    unit_history = audit.history(db, "hamlet", hamlet)
    assert ("hamlet.create", hamlet) in [(e.action, e.entity_id) for e in unit_history]
    assert unit_history[-1].after["name"] == "Ấp 1"
    # One decision for both rows, created once.
    assert table_counts(db, TABLES)["decisions"] == 1
    with db.read() as session:
        made = session.scalar(select(func.count()).select_from(AuditEntry)
                              .where(AuditEntry.action == "decision.create"))
    assert made == 1


def test_rows_under_a_title_keep_their_sheet_row_numbers(tmp_path):
    from dvdesk.documents.xlsx_import import is_own_workbook, read_own

    wb = Workbook()
    ws = wb.active
    ws.title = "Cán bộ"
    ws.append(["DANH SÁCH CÁN BỘ"])
    ws.append([])
    ws.append(OFFICER_TITLES)
    ws.append([12, "  Lê   Văn A ", "", "", "Huyện", 912000001, "", "", "Có", ""])
    ws = wb.create_sheet("Phân công")
    ws.append(ASSIGNMENT_COLUMNS)
    ws.append([None] * len(ASSIGNMENT_COLUMNS))
    ws.append([hamlet_row(12, start="30/02/2026").get(c) for c in ASSIGNMENT_COLUMNS])
    ws.append([hamlet_row(12).get(c) for c in ASSIGNMENT_COLUMNS])
    path = tmp_path / "tieu-de.xlsx"
    wb.save(path)
    assert is_own_workbook(path)
    book = read_own(path)
    officer = book.officers[0]
    assert (officer.row, officer.values["officer_key"], officer.values["name"],
            officer.values["phone"]) == (4, "12", "Lê Văn A", "0912000001")
    assert [(p.sheet, p.row, p.column) for p in book.problems] == [("Phân công", 3, "Từ ngày")]
    assert [(r.row, r.values["start"]) for r in book.assignments] == [(4, dt.date(2026, 1, 1))]


def test_a_file_that_is_not_a_workbook_is_one_sentence(db, db_path, tmp_path, cli):
    path = tmp_path / "khong-phai.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    result = cli("--db", db_path, "import", path)
    assert result.code != 0
    assert "không phải là sổ tính Excel" in result.err and "Traceback" not in result.err
