"""Importing the lists secretaries keep: exact results, matching rules, all or nothing."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from dvdesk.domain import models as m
from dvdesk.services.officers import add_officer
from dvdesk.store import open_database
from tests import xlsx_fixtures as fx
from tests.helpers import table_counts

# What an import creates (its own audit entry aside).
TABLES = [t.__tablename__ for t in (m.Cluster, m.Commune, m.Hamlet, m.Cell, m.Group, m.Officer,
                                    m.Assignment, m.Decision, m.CellType)]


def blank_rows(path, sheet: str, rows: list[int]) -> None:
    """Empty some rows of a fixture (to turn a list with bad rows into a clean one)."""
    wb = load_workbook(path)
    ws = wb[sheet]
    for merged in list(ws.merged_cells.ranges):
        if merged.min_row in rows and merged.min_row > 1:
            ws.unmerge_cells(str(merged))
    for row in rows:
        for col in range(1, ws.max_column + 1):
            ws.cell(row, col).value = None
    wb.save(path)


def officers(db) -> dict[str, list[tuple]]:
    with db.read() as s:
        found: dict[str, list[tuple]] = {}
        for o in s.scalars(select(m.Officer).order_by(m.Officer.id)):
            found.setdefault(o.full_name, []).append((o.phone, o.title, o.workplace))
        return found


def holders(db, role: str) -> set[tuple[str, str, str]]:
    """(officer, unit name, commune name) of the current assignments of a role."""
    with db.read() as s:
        stmt = (select(m.Officer.full_name, m.Assignment.unit_id)
                .join(m.Officer, m.Officer.id == m.Assignment.officer_id)
                .where(m.Assignment.role == role, m.Assignment.effective_to.is_(None)))
        result = set()
        for name, unit_id in s.execute(stmt):
            if role == "hamlet_support":
                unit = s.get(m.Hamlet, unit_id)
                result.add((name, unit.name, s.get(m.Commune, unit.commune_id).name))
            elif role == "cell_attendance":
                unit = s.get(m.Cell, unit_id)
                result.add((name, unit.name, s.get(m.Commune, unit.commune_id).name))
            elif role == "cluster_leader":
                result.add((name, s.get(m.Cluster, unit_id).name, ""))
            else:
                result.add((name, s.get(m.Commune, unit_id).name, ""))
        return result


def test_hamlet_list_creates_exactly_what_it_lists(db, tmp_path, cli, db_path):
    path = fx.hamlet_support_list(tmp_path)
    blank_rows(path, "Hỗ trợ ấp", [11])
    result = cli("--db", db_path, "import", path)
    assert result.code == 0, result
    assert "2 cụm, 4 xã, 5 ấp" in result.out
    counts = table_counts(db, TABLES)
    assert counts["clusters"] == 2 and counts["communes"] == 4 and counts["hamlets"] == 5
    assert counts["officers"] == 5 and counts["assignments"] == 5
    people = officers(db)
    # Same name, different phone: two people. NFD text arrives NFC; phones get their 0 back.
    assert sorted(people["Nguyễn Văn An"]) == [
        ("0912345678", "Phó Chánh Văn phòng", "Văn phòng Huyện ủy"),
        ("0918765432", "Phó Trưởng phòng", "Phòng Nội vụ")]
    assert people["Trần Thị Bích"] == [("0987654321", "Chuyên viên", "Ban Dân vận Huyện ủy")]
    assert people["Lê Minh Tuấn"][0][0] == "+84901112233"
    assert people["Phạm Văn Đức"][0][0] == "02753861234"
    # "Ấp 1" of two communes stays two hamlets.
    assert holders(db, "hamlet_support") == {
        ("Nguyễn Văn An", "Ấp 1", "An Khánh"), ("Trần Thị Bích", "Ấp 2", "An Khánh"),
        ("Nguyễn Văn An", "Ấp 1", "Tân Thạch"), ("Lê Minh Tuấn", "Khu phố 2", "Châu Thành"),
        ("Phạm Văn Đức", "3", "Phú Túc")}
    with db.read() as s:
        kinds = dict(s.execute(select(m.Commune.name, m.Commune.kind)).all())
        clusters = {c.name for c in s.scalars(select(m.Cluster))}
        hamlet_kinds = dict(s.execute(select(m.Hamlet.name, m.Hamlet.kind)).all())
    assert kinds == {"An Khánh": "xa", "Tân Thạch": "xa", "Châu Thành": "thi_tran",
                     "Phú Túc": "xa"}
    assert clusters == {"Cụm 1", "Cụm 2"}
    assert hamlet_kinds["Khu phố 2"] == "khu_pho"


def test_importing_the_same_list_twice_changes_nothing(db, tmp_path, cli, db_path):
    path = fx.hamlet_support_list(tmp_path)
    blank_rows(path, "Hỗ trợ ấp", [11])
    assert cli("--db", db_path, "import", path).code == 0
    before = table_counts(db, TABLES)
    again = cli("--db", db_path, "import", path)
    assert again.code == 0, again
    assert "0 cán bộ mới (5 cán bộ đã có), 0 phân công; 5 phân công đã có" in again.out
    assert table_counts(db, TABLES) == before


def test_cell_list_merged_commune_and_soft_rule_warning(db, tmp_path, cli, db_path):
    path = fx.cell_attendance_list(tmp_path)
    blank_rows(path, "Dự chi bộ", [5])
    result = cli("--db", db_path, "import", path)
    assert result.code == 0, result
    assert "Võ Thị Hoa" in result.out and "vượt mức thường lệ 1" in result.out
    counts = table_counts(db, TABLES)
    assert (counts["communes"], counts["cells"], counts["officers"], counts["assignments"],
            counts["cell_types"]) == (1, 3, 2, 3, 2)
    assert holders(db, "cell_attendance") == {
        ("Võ Thị Hoa", "Chi bộ Ấp 1", "An Khánh"), ("Võ Thị Hoa", "Chi bộ Ấp 2", "An Khánh"),
        ("Đặng Văn Nam", "Chi bộ Trường THCS An Khánh", "An Khánh")}


def test_leads_list_roles(db, tmp_path, cli, db_path):
    path = fx.leads_list(tmp_path)
    blank_rows(path, "Phụ trách", [8, 9])
    result = cli("--db", db_path, "import", path)
    assert result.code == 0, result
    assert holders(db, "cluster_leader") == {("Nguyễn Thanh Bình", "Cụm 1", "")}
    assert holders(db, "commune_lead") == {("Lê Văn Hùng", "An Khánh", "")}
    assert holders(db, "province_liaison") == {("Trần Quốc Việt", "An Khánh", "")}
    with db.read() as s:
        commune = s.scalars(select(m.Commune)).one()
        assert s.get(m.Cluster, commune.cluster_id).name == "Cụm 1"


@pytest.mark.parametrize("builder, sentences", [
    (fx.hamlet_support_list, ["Trang “Hỗ trợ ấp”, dòng 11"]),
    (fx.cell_attendance_list, ["Trang “Dự chi bộ”, dòng 5"]),
    (fx.leads_list, ["Trang “Phụ trách”, dòng 8", "Trang “Phụ trách”, dòng 9"]),
    (fx.missing_column_list, ["Trang “Thiếu xã”"]),
    (fx.not_a_workbook, ["không phải là sổ tính Excel"]),
])
def test_bad_files_write_nothing(demo_db, demo_path, tmp_path, cli, builder, sentences):
    before = table_counts(demo_db, TABLES)
    path = builder(tmp_path)
    for args in ([], ["--dry-run"]):
        result = cli("--db", demo_path, "import", path, *args)
        assert result.code == 1, result
        assert "Traceback" not in result.err
        for sentence in sentences:
            assert sentence in result.err
        problem_lines = [line for line in result.err.splitlines() if "Trang “" in line]
        assert len(problem_lines) == len([s for s in sentences if s.startswith("Trang")])
    assert table_counts(demo_db, TABLES) == before


def test_missing_file_is_one_sentence(demo_path, tmp_path, cli):
    result = cli("--db", demo_path, "import", tmp_path / "khong_co.xlsx")
    assert result.code == 1
    assert result.err.strip().count("\n") == 0 and "Không tìm thấy tệp" in result.err


def _list(tmp_path, rows, headers=("Họ và tên", "Chức vụ", "Chi bộ", "Xã")):
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws.append(list(headers))
    for row in rows:
        ws.append(list(row))
    path = tmp_path / "list.xlsx"
    wb.save(path)
    return path


def test_ambiguous_officer_is_a_bad_row(db, db_path, tmp_path, cli):
    add_officer(db, "Nguyễn Văn An", phone="0912000001", title="Chuyên viên")
    add_officer(db, "Nguyễn Văn An", phone="0912000002", title="Chuyên viên")
    before = table_counts(db, TABLES)
    path = _list(tmp_path, [["Lê Thị Mai", "Đảng ủy viên", "Chi bộ Ấp 1", "Xã An Khánh"],
                            ["Nguyễn Văn An", "", "Chi bộ Ấp 2", "Xã An Khánh"]])
    result = cli("--db", db_path, "import", path)
    assert result.code == 1
    assert "Trang “Danh sách”, dòng 3, cột “Họ và tên”" in result.err
    assert "2 cán bộ tên “Nguyễn Văn An”" in result.err
    assert table_counts(db, TABLES) == before


def test_existing_officer_matched_by_name_and_phone_or_workplace(db, db_path, tmp_path, cli):
    first = add_officer(db, "Nguyễn Văn An", phone="0912345678", workplace="Văn phòng Huyện ủy")
    path = fx.hamlet_support_list(tmp_path)
    blank_rows(path, "Hỗ trợ ấp", [11])
    result = cli("--db", db_path, "import", path)
    assert result.code == 0, result
    assert "4 cán bộ mới (1 cán bộ đã có)" in result.out
    with db.read() as s:
        ids = set(s.scalars(select(m.Assignment.officer_id)))
    assert first in ids


def test_one_per_unit_role_changes_hands(db, db_path, tmp_path, cli):
    headers = ("Họ và tên", "Điện thoại", "Ấp", "Xã")
    first = _list(tmp_path, [["Nguyễn Văn An", "0912000001", "Ấp 1", "Xã An Khánh"]], headers)
    assert cli("--db", db_path, "import", first).code == 0
    second = _list(tmp_path, [["Trần Văn Bình", "0912000002", "Ấp 1", "Xã An Khánh"],
                              ["Lê Văn Cường", "0912000003", "Ấp 1", "Xã An Khánh"]], headers)
    refused = cli("--db", db_path, "import", second)
    assert refused.code == 1 and "dòng 3" in refused.err  # two holders in one file
    third = _list(tmp_path, [["Trần Văn Bình", "0912000002", "Ấp 1", "Xã An Khánh"]], headers)
    preview = cli("--db", db_path, "import", third, "--dry-run")
    assert preview.code == 0 and "Nguyễn Văn An → Trần Văn Bình" in preview.out
    assert "1 phân công thay người đang phụ trách" in preview.out
    assert cli("--db", db_path, "import", third).code == 0
    with db.read() as s:
        rows = {(s.get(m.Officer, a.officer_id).full_name, a.effective_to)
                for a in s.scalars(select(m.Assignment))}
    yesterday = dt.date.today() - dt.timedelta(days=1)
    assert rows == {("Nguyễn Văn An", yesterday), ("Trần Văn Bình", None)}


def test_import_into_a_new_database_file(tmp_path, cli):
    path = fx.leads_list(tmp_path)
    blank_rows(path, "Phụ trách", [8, 9])
    target = tmp_path / "moi.db"
    assert cli("--db", target, "import", path).code == 0
    db = open_database(str(target))
    try:
        assert table_counts(db, TABLES)["assignments"] == 3
    finally:
        db.dispose()


def test_dry_run_writes_nothing(demo_db, demo_path, tmp_path, cli):
    path = fx.hamlet_support_list(tmp_path)
    blank_rows(path, "Hỗ trợ ấp", [11])
    copy = tmp_path / "copy.db"
    shutil.copyfile(demo_path, copy)
    before = table_counts(demo_db, TABLES)
    result = cli("--db", demo_path, "import", path, "--dry-run")
    assert result.code == 0, result
    assert "Xem trước (chưa ghi gì)" in result.out
    assert table_counts(demo_db, TABLES) == before
