"""Export, edit in Excel, import back: exactly the changes made, on SQLite and PostgreSQL.

The workbook is edited with openpyxl as a secretary edits it in Excel (typing over
cells, deleting a row, adding rows at the bottom) and saved; the re-import's
preview, its JSON, what it writes, its conflicts and its undo are checked.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from dvdesk.domain.models import Assignment, AuditEntry, Officer
from dvdesk.services import actions as a
from dvdesk.services import officers, units
from dvdesk.services.assignments import assign
from dvdesk.services.excel_export import export_workbook
from dvdesk.services.importer import apply_plan, plan_import
from dvdesk.services.importer_report import as_json
from dvdesk.store import open_database

START = dt.date(2025, 11, 1)
TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def office(any_db_url):
    """A commune with three hamlets and a cell; five officers, four of them at work."""
    db = open_database(any_db_url)
    ids = {"cluster": units.add_unit(db, "cluster", "Cụm 1")}
    ids["commune"] = units.add_unit(db, "commune", "An Khánh", ids["cluster"], kind="xa")
    for key, name in (("h1", "Ấp Phú Hòa"), ("h2", "Ấp Phú Lợi"), ("h3", "Ấp Phú Thạnh")):
        ids[key] = units.add_unit(db, "hamlet", name, ids["commune"])
    ids["cell"] = units.add_unit(db, "cell", "Chi bộ Ấp Phú Hòa", ids["commune"],
                                 hamlet_id=ids["h1"])
    ids["an"] = officers.add_officer(db, "Nguyễn Văn An", phone="0912345678")
    ids["binh"] = officers.add_officer(db, "Trần Thị Bình", phone="0987654321")
    ids["cuong"] = officers.add_officer(db, "Lê Văn Cường", phone="0911222333")
    ids["dung"] = officers.add_officer(db, "Phạm Thị Dung", phone="0933444555")
    ids["em"] = officers.add_officer(db, "Võ Văn Em", phone="0944555666")
    ids["lead"] = assign(db, ids["an"], "commune_lead", ids["commune"], START).assignment_id
    ids["h1_an"] = assign(db, ids["an"], "hamlet_support", ids["h1"], START).assignment_id
    ids["h2_binh"] = assign(db, ids["binh"], "hamlet_support", ids["h2"], START).assignment_id
    ids["cell_dung"] = assign(db, ids["dung"], "cell_attendance", ids["cell"],
                              START).assignment_id
    ids["db"] = db
    yield ids
    db.dispose()


def _rows(ws) -> tuple[list[str], list[list]]:
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    return rows[0], rows[1:]


def _find(ws, column: str, value) -> int:
    """The sheet row (1-based) whose ``column`` holds ``value``."""
    header, rows = _rows(ws)
    index = header.index(column)
    return next(i for i, row in enumerate(rows, 2) if row[index] == value)


def _set(ws, row: int, column: str, value) -> None:
    header, _rows_ = _rows(ws)
    ws.cell(row, header.index(column) + 1).value = value


def _append(ws, values: dict) -> int:
    header, _rows_ = _rows(ws)
    row = ws.max_row + 1
    for column, value in values.items():
        ws.cell(row, header.index(column) + 1).value = value
    return row


def edited_export(office, path):
    """Export, then the secretary's twenty minutes in Excel."""
    export_workbook(office["db"], path)
    wb = load_workbook(path)
    people, work = wb["Cán bộ"], wb["Phân công"]
    _set(people, _find(people, "Mã cán bộ", office["an"]), "Điện thoại", "0909111222")
    _set(people, _find(people, "Mã cán bộ", office["em"]), "Đang công tác", "Không")
    for key, name in (("M1", "Huỳnh Văn Phúc"), ("M2", "Đặng Thị Giang"), ("M3", "Bùi Văn Hải")):
        _append(people, {"Mã cán bộ": key, "Họ và tên": name, "Chức vụ": "Bí thư chi bộ",
                         "Cấp": "Ấp", "Đang công tác": "Có"})
    # Ấp Phú Lợi handed to Lê Văn Cường: his name typed over Bình's.
    _set(work, _find(work, "Mã phân công", office["h2_binh"]), "Họ và tên", "Lê Văn Cường")
    # An's commune lead ends: an end date typed.
    _set(work, _find(work, "Mã phân công", office["lead"]), "Đến ngày", dt.datetime(2026, 5, 31))
    # Dung's cell attendance: the row deleted.
    work.delete_rows(_find(work, "Mã phân công", office["cell_dung"]))
    # A new officer takes Ấp Phú Thạnh (no start date: the import day). The cluster
    # column is headed by the settings' level name ("Cụm vùng" by default).
    _append(work, {"Cụm vùng": "Cụm 1", "Xã, thị trấn": "An Khánh", "Loại xã": "Xã",
                   "Ấp, khu phố": "Ấp Phú Thạnh", "Vai trò": "Cán bộ theo dõi, hỗ trợ ấp",
                   "Mã cán bộ": "M1", "Họ và tên": "Huỳnh Văn Phúc"})
    wb.save(path)
    return path


def _summary(found: dict) -> dict:
    """The diff without the parts that hold row numbers of the file."""
    return {
        "kind": found["kind"],
        "added": sorted((x["entity"], x["name"]) for x in found["added"]),
        "changed": sorted((x["entity"], x["id"], x["field"], x["old"], x["new"])
                          for x in found["changed"]),
        "ended": sorted((x["id"], x["last_day"], x["reason"]) for x in found["ended"]),
        "assigned": sorted((x["role"], x["officer"], x["start"], tuple(x["replaces"]))
                           for x in found["assigned"]),
        "conflicts": found["conflicts"], "errors": found["errors"],
    }


def test_an_edited_export_imports_back_as_exactly_the_changes_made(office, tmp_path):
    db = office["db"]
    plan = plan_import(db, edited_export(office, tmp_path / "phan_cong.xlsx"), TODAY)
    found = as_json(plan)
    assert _summary(found) == {
        "kind": "reimport",
        "added": [("officer", "Bùi Văn Hải"), ("officer", "Huỳnh Văn Phúc"),
                  ("officer", "Đặng Thị Giang")],
        "changed": [("officer", office["an"], "phone", "0912345678", "0909111222"),
                    ("officer", office["em"], "active", True, False)],
        "ended": [(office["lead"], "2026-05-31", "end_date"),
                  (office["h2_binh"], "2026-05-31", "replaced"),
                  (office["cell_dung"], "2026-05-31", "row_deleted")],
        "assigned": [("hamlet_support", "Huỳnh Văn Phúc", "2026-06-01", ()),
                     ("hamlet_support", "Lê Văn Cường", "2026-06-01",
                      (office["h2_binh"],))],
        "conflicts": [], "errors": [],
    }
    # Exactly those: the untouched rows (An's hamlet, the units, Bình's, Cường's and Dung's
    # officer rows) are not listed, and nothing is left to warn about.
    assert found["warnings"] == []

    result = apply_plan(db, plan)
    with db.read() as s:
        by_id = {o.id: o for o in s.scalars(select(Officer))}
        rows = {r.id: r for r in s.scalars(select(Assignment))}
        audit = [(e.action, e.entity_id) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action.in_(
                ["officer.update", "assignment.end", "assignment.create", "officer.create"]))
            .order_by(AuditEntry.id))]
        assert by_id[office["an"]].phone == "0909111222"
        assert by_id[office["em"]].active is False
        assert {o.full_name for o in by_id.values()} >= {"Huỳnh Văn Phúc", "Đặng Thị Giang",
                                                          "Bùi Văn Hải"}
        # History: ends, not overwrites.
        assert rows[office["lead"]].effective_to == dt.date(2026, 5, 31)
        assert rows[office["cell_dung"]].effective_to == dt.date(2026, 5, 31)
        assert rows[office["h2_binh"]].effective_to == dt.date(2026, 5, 31)
        assert rows[office["h1_an"]].effective_to is None
        h2 = [r for r in rows.values() if r.unit_id == office["h2"]
              and r.role == "hamlet_support" and r.effective_to is None]
        assert [r.officer_id for r in h2] == [office["cuong"]]
    # One audit entry per change.
    assert audit.count(("officer.update", office["an"])) == 1
    assert audit.count(("officer.update", office["em"])) == 1
    for ended in ("lead", "cell_dung", "h2_binh"):
        assert audit.count(("assignment.end", office[ended])) == 1
    assert len(result["created"]["assignment"]) == 2


def _state(db) -> dict:
    with db.read() as s:
        return {
            "officers": sorted((o.id, o.full_name, o.phone, o.active, o.deleted)
                               for o in s.scalars(select(Officer))),
            "assignments": sorted((r.id, r.officer_id, r.role, r.unit_id, r.effective_from,
                                   r.effective_to) for r in s.scalars(select(Assignment))),
        }


def test_undo_takes_back_the_whole_import_and_redo_writes_it_again(office, tmp_path):
    db = office["db"]
    before = _state(db)
    action = a.ApplyImport(plan_import(db, edited_export(office, tmp_path / "x.xlsx"), TODAY))
    action.do(db)
    after = _state(db)
    assert after != before
    for _ in range(2):
        action.undo(db)
        assert _state(db) == before
        action.redo(db)
        assert _state(db) == after


def test_an_unticked_change_is_left_out(office, tmp_path):
    db = office["db"]
    plan = plan_import(db, edited_export(office, tmp_path / "x.xlsx"), TODAY)
    items = as_json(plan)
    phone = next(x["item"] for x in items["changed"] if x["field"] == "phone")
    phuc = next(x["item"] for x in items["added"] if x["name"] == "Huỳnh Văn Phúc")
    action = a.ApplyImport(plan, leave_out=[phone, phuc])
    action.do(db)
    state = _state(db)
    names = {o[1] for o in state["officers"]}
    assert "Huỳnh Văn Phúc" not in names and "Bùi Văn Hải" in names
    phones = {o[0]: o[2] for o in state["officers"]}
    assert phones[office["an"]] == "0912345678"
    # Phúc's new assignment went with him; the rest was applied.
    assert not any(r[3] == office["h3"] for r in state["assignments"])
    assert {o[0]: o[3] for o in state["officers"]}[office["em"]] is False
    action.undo(db)
    action.redo(db)
    assert _state(db) == state


def test_someone_elses_edit_of_the_same_row_is_a_conflict(office, tmp_path):
    db = office["db"]
    path = tmp_path / "x.xlsx"
    export_workbook(db, path)
    officers.update_officer(db, office["binh"], phone="0977000111")  # someone else, meanwhile
    officers.update_officer(db, office["cuong"], title="Phó Bí thư")  # a field nobody typed
    wb = load_workbook(path)
    people = wb["Cán bộ"]
    _set(people, _find(people, "Mã cán bộ", office["binh"]), "Điện thoại", "0966000222")
    _set(people, _find(people, "Mã cán bộ", office["an"]), "Chức vụ", "Bí thư")
    wb.save(path)
    plan = plan_import(db, path, TODAY)
    found = as_json(plan)
    assert [(c["entity"], c["id"], c["field"], c["exported"], c["database"], c["file"])
            for c in found["conflicts"]] == [
        ("officer", office["binh"], "phone", "0987654321", "0977000111", "0966000222")]
    assert found["conflicts"][0]["changed_by"]  # who changed it, from the audit log
    assert [(c["id"], c["field"], c["new"]) for c in found["changed"]] == [
        (office["an"], "title", "Bí thư")]
    apply_plan(db, plan)
    with db.read() as s:
        assert s.get(Officer, office["binh"]).phone == "0977000111"  # never overwritten
        assert s.get(Officer, office["cuong"]).title == "Phó Bí thư"
        assert s.get(Officer, office["an"]).title == "Bí thư"


def test_an_untouched_export_lists_nothing(office, tmp_path, cli):
    path = tmp_path / "x.xlsx"
    export_workbook(office["db"], path)
    result = cli("--db", office["db"].url, "import", path, "--dry-run", "--json")
    assert result.code == 0, result
    found = json.loads(result.out)
    assert {k: found[k] for k in ("kind", "added", "changed", "ended", "assigned", "conflicts",
                                  "errors")} == {
        "kind": "reimport", "added": [], "changed": [], "ended": [], "assigned": [],
        "conflicts": [], "errors": []}


def test_cli_json_then_apply(office, tmp_path, cli):
    db = office["db"]
    path = edited_export(office, tmp_path / "x.xlsx")
    result = cli("--db", db.url, "import", path, "--dry-run", "--json")
    assert result.code == 0, result
    found = json.loads(result.out)
    assert set(found) >= {"kind", "added", "changed", "ended", "assigned", "conflicts",
                          "errors", "conversions"}
    assert [{k: c[k] for k in ("entity", "id", "field", "old", "new")}
            for c in found["changed"]][0] == {
        "entity": "officer", "id": office["an"], "field": "phone", "old": "0912345678",
        "new": "0909111222"}
    applied = cli("--db", db.url, "import", path)
    assert applied.code == 0, applied
    with db.read() as s:
        assert s.get(Officer, office["an"]).phone == "0909111222"


def test_an_export_into_another_database_is_matched_by_names(office, tmp_path):
    """Ids mean nothing in another database: its rows are matched by name, as a list's."""
    path = tmp_path / "x.xlsx"
    export_workbook(office["db"], path)
    other = open_database(str(tmp_path / "khac.db"))
    try:
        units.add_unit(other, "cluster", "Cụm 1")
        plan = plan_import(other, path, TODAY)
        assert plan.kind == "export"
        assert any("cơ sở dữ liệu khác" in w for w in plan.warnings)
        assert sorted(o.name for o in plan.officers) == [
            "Lê Văn Cường", "Nguyễn Văn An", "Phạm Thị Dung", "Trần Thị Bình", "Võ Văn Em"]
    finally:
        other.dispose()


def test_rows_typed_in_tcvn3_and_vni_in_an_export_are_converted(office, tmp_path):
    from openpyxl.styles import Font

    from dvdesk.domain.legacy_encoding import TCVN3, VNI, encode

    path = tmp_path / "x.xlsx"
    export_workbook(office["db"], path)
    wb = load_workbook(path)
    people = wb["Cán bộ"]
    for key, name, encoding, font in (("M1", "Trương Thị Ngọc Ánh", TCVN3, ".VnTime"),
                                      ("M2", "Đặng Văn Ửng", VNI, "VNI-Times")):
        row = _append(people, {"Mã cán bộ": key})
        header, _r = _rows(people)
        for column, text in (("Họ và tên", name), ("Đang công tác", "Có")):  # as typed
            cell = people.cell(row, header.index(column) + 1)
            cell.value, cell.font = encode(text, encoding, strict=False), Font(name=font)
    wb.save(path)
    plan = plan_import(office["db"], path, TODAY)
    found = as_json(plan)
    assert sorted(x["name"] for x in found["added"]) == ["Trương Thị Ngọc Ánh", "Đặng Văn Ửng"]
    assert sorted((c["after"], c["encoding"].split()[0]) for c in found["conversions"]) == [
        ("Có", "TCVN3"), ("Có", "VNI"), ("Trương Thị Ngọc Ánh", "TCVN3"),
        ("Đặng Văn Ửng", "VNI")]
    assert all(c["before"] != c["after"] for c in found["conversions"])


def test_a_title_typed_in_an_upper_case_tcvn3_font_in_an_export_reads_in_capitals(
        office, tmp_path):
    """A .VnTimeH cell holds lower-case codes that the font draws as capitals: only the
    cell's font tells, so the export's own fonts are asked when one of them is legacy."""
    from openpyxl.styles import Font

    from dvdesk.domain.legacy_encoding import TCVN3, encode

    path = tmp_path / "x.xlsx"
    export_workbook(office["db"], path)
    wb = load_workbook(path)
    people = wb["Cán bộ"]
    row = _append(people, {"Mã cán bộ": "M1", "Họ và tên": "Lê Văn Tư",
                           "Đang công tác": "Có"})
    header, _r = _rows(people)
    cell = people.cell(row, header.index("Chức vụ") + 1)
    cell.value = encode("Phó chủ tịch", TCVN3)  # Excel shows it as PHÓ CHỦ TỊCH
    cell.font = Font(name=".VnTimeH")
    wb.save(path)
    apply_plan(office["db"], plan_import(office["db"], path, TODAY))
    with office["db"].read() as s:
        title = s.scalar(select(Officer.title).where(Officer.full_name == "Lê Văn Tư"))
    assert title == "PHÓ CHỦ TỊCH"
