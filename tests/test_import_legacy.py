"""Lists typed before Unicode (TCVN3 / ABC, VNI, VIQR) import with every name as meant."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import select

from dvdesk.domain import models as m
from dvdesk.domain.legacy_encoding import TCVN3, VIQR, VNI, encode
from dvdesk.services.importer import apply_plan, plan_import
from dvdesk.store import open_database

HEADER = ["STT", "Họ và tên", "Chức vụ", "Đơn vị công tác", "Điện thoại", "Ấp, khu phố",
          "Xã, thị trấn"]
# (name, title, workplace, phone, hamlet, commune). The names include what a legacy
# table makes hard: "Dũng" is TCVN3 "Dòng", a Unicode word too; "Hồng" is VNI "Hoàng";
# "Ánh" and "Ý" have capitals TCVN3 cannot type in an ordinary font.
PEOPLE = [
    ("Nguyễn Văn An", "Phó Chánh Văn phòng", "Văn phòng Huyện ủy", "0912345671", "Ấp Phú Hòa",
     "Xã An Khánh"),
    ("Trương Thị Ngọc Ánh", "Chuyên viên", "Ban Dân vận Huyện ủy", "0912345672", "Ấp Tân Lợi",
     "Xã An Khánh"),
    ("Cao Duy Dũng", "Phó Trưởng ban", "Ủy ban MTTQ Việt Nam huyện", "0912345673",
     "Ấp Long Thạnh", "Xã Tân Thạch"),
    ("Lê Thị Hồng", "Chuyên viên chính", "Hội Liên hiệp Phụ nữ huyện", "0912345674",
     "Khu phố 2", "Thị trấn Châu Thành"),
    ("Đặng Văn Ửng", "Trưởng phòng", "Hội Nông dân huyện", "0912345675", "Ấp Giồng Keo",
     "Xã Quới Sơn"),
    ("Võ Minh Ý", "Phó Chủ tịch", "Ban Tổ chức Huyện ủy", "0912345676", "Ấp Phú Thạnh",
     "Xã Quới Sơn"),
    ("Huỳnh Quốc Hưng", "Chuyên viên", "Ban Tuyên giáo Huyện ủy", "0912345677", "Ấp An Bình",
     "Xã Tiên Thủy"),
]
FONTS = {TCVN3: ".VnTime", VNI: "VNI-Times", VIQR: "Courier New", None: "Times New Roman"}


def typed(text: str, encoding: str | None) -> str:
    """The text as a typist of that table left it in the cell (TCVN3: no toned capitals)."""
    return text if encoding is None else encode(text, encoding, strict=False)


def write_list(path: Path, rows: list[tuple[str | None, tuple]], header: str | None,
               title: str | None = None) -> Path:
    """A hamlet-support list: each row typed in its own table (None = Unicode), in its font."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    if title is not None:
        ws.cell(1, 1, encode(title, TCVN3, capitals_font=True)).font = Font(name=".VnTimeH")
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    for col, text in enumerate(HEADER, 1):
        ws.cell(3, col, typed(text, header)).font = Font(name=FONTS[header], bold=True)
    for index, (encoding, person) in enumerate(rows, 1):
        ws.cell(3 + index, 1, index)
        for col, text in enumerate(person, 2):
            ws.cell(3 + index, col, typed(text, encoding)).font = Font(name=FONTS[encoding])
    wb.save(path)
    return path


def imported(db) -> set[tuple]:
    """(name, title, workplace, phone, hamlet, commune) of every hamlet_support assignment."""
    with db.read() as s:
        rows = s.execute(
            select(m.Officer.full_name, m.Officer.title, m.Officer.workplace, m.Officer.phone,
                   m.Hamlet.name, m.Commune.kind, m.Commune.name)
            .join(m.Assignment, m.Assignment.officer_id == m.Officer.id)
            .join(m.Hamlet, m.Hamlet.id == m.Assignment.unit_id)
            .join(m.Commune, m.Commune.id == m.Hamlet.commune_id)
            .where(m.Assignment.role == "hamlet_support"))
        prefix = {"xa": "Xã", "thi_tran": "Thị trấn", "phuong": "Phường"}
        return {(n, t, w, p, h, f"{prefix[k]} {c}") for n, t, w, p, h, k, c in rows}


@pytest.mark.parametrize("encoding", [TCVN3, VNI, VIQR])
def test_a_list_typed_in_a_legacy_table_imports_as_its_unicode_original(
        encoding, any_db_url, tmp_path):
    path = write_list(tmp_path / "danh_sach.xlsx", [(encoding, p) for p in PEOPLE],
                      header=encoding, title="Danh sách cán bộ theo dõi, hỗ trợ ấp")
    db = open_database(any_db_url)
    try:
        plan = plan_import(db, path)
        assert plan.problems == []
        # The header row was typed in the legacy table too, and was recognised.
        assert plan.sources == [
            f"Trang “Danh sách”: danh sách cán bộ theo dõi, hỗ trợ ấp, khu phố (7 dòng; "
            f"{len(plan.conversions)} ô gõ bằng {plan.conversions[0].label} đã chuyển sang "
            "Unicode)"]
        apply_plan(db, plan)
        assert imported(db) == set(PEOPLE)
    finally:
        db.dispose()
    # Every converted cell is listed before → after; the phone numbers, plain ASCII, are not.
    before_after = {(c.row, c.column): (c.before, c.after) for c in plan.conversions}
    assert before_after[(3, "Họ và tên")] == (typed("Họ và tên", encoding), "Họ và tên")
    assert before_after[(4, "Họ và tên")] == (typed("Nguyễn Văn An", encoding), "Nguyễn Văn An")
    assert before_after[(6, "Họ và tên")] == (typed("Cao Duy Dũng", encoding), "Cao Duy Dũng")
    assert (4, "Điện thoại") not in before_after and plan.doubts == []
    assert all(c.encoding == encoding for c in plan.conversions)


def test_a_mixed_sheet_converts_only_its_legacy_cells(db, tmp_path):
    unicode_rows = [("Phạm Thị Bích", "Chuyên viên", "Văn phòng Huyện ủy", "0987654321",
                     "Ấp Tân Hòa", "Xã Tân Thạch"),
                    ("Lê Hoàng Tâm", "Trưởng phòng", "Hội Nông dân huyện", "0987654322",
                     "Ấp Phú Hòa", "Xã Tân Thạch")]
    # Typed in VNI, but with nothing else accented in its row: "Hồng" is VNI “Hoàng”.
    unsure = ("Cao Bích Hồng", "Chuyen vien", "", "0912345679", "Ap 5", "Xa Tan Thach")
    rows = ([(TCVN3, p) for p in PEOPLE[:3]] + [(VNI, p) for p in PEOPLE[3:]]
            + [(VNI, unsure)] + [(None, p) for p in unicode_rows])
    path = write_list(tmp_path / "hon_hop.xlsx", rows, header=None)
    plan = plan_import(db, path)
    assert plan.problems == []
    apply_plan(db, plan)
    # Every legacy row as meant (its Unicode-looking "Dòng" follows its row's TCVN3 cells),
    # the Unicode rows untouched ("Lê Hoàng Tâm" would read as TCVN3 “Lờ Hoàng Tõm”).
    left_as_written = ("Cao Bích Hoàng", *unsure[1:5], "Xã Xa Tan Thach")  # xã by default
    assert imported(db) == {*PEOPLE, *unicode_rows, left_as_written}
    # The one cell nothing decides is left as written and listed for review.
    assert [(c.row, c.column, c.encoding, c.before, c.after) for c in plan.doubts] == \
        [(11, "Họ và tên", VNI, "Cao Bích Hoàng", "Cao Bích Hồng")]
    assert plan.doubt_lines() == ["Trang “Danh sách”, dòng 11, cột “Họ và tên”: để nguyên "
                                  "“Cao Bích Hoàng”; nếu ô này gõ bằng VNI thì là "
                                  "“Cao Bích Hồng”."]
    # Only legacy cells are listed as converted, each with its own table.
    assert {c.row for c in plan.conversions} == {4, 5, 6, 7, 8, 9, 10}
    assert {(c.row, c.encoding) for c in plan.conversions} == \
        {(r, TCVN3) for r in (4, 5, 6)} | {(r, VNI) for r in (7, 8, 9, 10)}
    assert plan.sources == [
        "Trang “Danh sách”: danh sách cán bộ theo dõi, hỗ trợ ấp, khu phố (10 dòng; 15 ô gõ "
        "bằng TCVN3 (ABC) và 20 ô gõ bằng VNI đã chuyển sang Unicode; 1 ô để nguyên, cần "
        "xem lại)"]


def test_dry_run_lists_each_converted_cell_before_and_after(db_path, tmp_path, cli):
    path = write_list(tmp_path / "tcvn3.xlsx", [(TCVN3, p) for p in PEOPLE[:2]], header=TCVN3)
    result = cli("--db", db_path, "import", path, "--dry-run")
    assert result.code == 0, result
    lines = result.out.splitlines()
    assert "Chuyển mã: Trang “Danh sách”, dòng 4, cột “Họ và tên”: “NguyÔn V¨n An” → " \
           "“Nguyễn Văn An” (TCVN3 (ABC))." in lines
    typed_name = typed("Trương Thị Ngọc Ánh", TCVN3)
    assert typed_name == "Tr\u00ad¬ng ThÞ Ngäc ¸nh"  # ư = AD, ơ = AC; Á typed as á
    assert f"Chuyển mã: Trang “Danh sách”, dòng 5, cột “Họ và tên”: “{typed_name}” → " \
           "“Trương Thị Ngọc Ánh” (TCVN3 (ABC))." in lines
    assert "Chuyển mã: Trang “Danh sách”, dòng 3, cột “Xã, thị trấn”: “X·, thÞ trÊn” → " \
           "“Xã, thị trấn” (TCVN3 (ABC))." in lines
    assert "Xem trước (chưa ghi gì): sẽ tạo 0 cụm, 1 xã, 2 ấp" in result.out
    db = open_database(str(db_path))
    try:
        with db.read() as s:
            assert s.scalars(select(m.Officer)).all() == []
    finally:
        db.dispose()
