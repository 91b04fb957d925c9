"""Excel export: sheets, real dates, formula-safe text, frozen header, filter; round trip."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from dvdesk.domain import models as m
from dvdesk.services import assignments, officers, units
from dvdesk.services.assignments import DecisionRef
from dvdesk.store import open_database

DANGEROUS = ["=cmd|' /C calc'!A0", "+84 912 345 678", "@x", "-1+2"]


def unit_sets(db) -> dict:
    """Units, officers and assignments as comparable tuples (no ids)."""
    with db.read() as s:
        clusters = {c.id: c.name for c in s.scalars(select(m.Cluster))}
        communes = {c.id: (c.name, c.kind, clusters.get(c.cluster_id))
                    for c in s.scalars(select(m.Commune))}
        hamlets = {h.id: (communes[h.commune_id], h.name, h.kind)
                   for h in s.scalars(select(m.Hamlet))}
        types = dict(s.execute(select(m.CellType.id, m.CellType.name)).all())
        cells = {c.id: (communes[c.commune_id], c.name, hamlets.get(c.hamlet_id),
                        types.get(c.cell_type_id)) for c in s.scalars(select(m.Cell))}
        groups = {g.id: (hamlets[g.hamlet_id], g.name) for g in s.scalars(select(m.Group))}
        people = {o.id: (o.full_name, o.title, o.workplace, o.level, o.phone,
                         o.is_committee_member, o.is_standing_member, o.active, o.note)
                  for o in s.scalars(select(m.Officer))}
        decisions = {d.id: (d.number, d.signed_on, d.signer) for d in s.scalars(select(m.Decision))}
        by_kind = {"cluster_leader": clusters, "commune_lead": communes,
                   "province_liaison": communes, "hamlet_support": hamlets,
                   "cell_attendance": cells, "group_support": groups}
        assigned = {(a.role, by_kind[a.role][a.unit_id], people[a.officer_id], a.effective_from,
                     a.effective_to, decisions.get(a.decision_id))
                    for a in s.scalars(select(m.Assignment))}
    return {"clusters": set(clusters.values()), "communes": set(communes.values()),
            "hamlets": set(hamlets.values()), "cells": set(cells.values()),
            "groups": set(groups.values()), "officers": sorted(people.values()),
            "assignments": assigned}


@pytest.fixture
def small_db(db):
    """A small district with awkward data: formula-like text, same names, history."""
    cluster = units.add_unit(db, "cluster", "Cụm 1")
    commune = units.add_unit(db, "commune", "An Khánh", cluster, kind="xa")
    town = units.add_unit(db, "commune", "Châu Thành", cluster, kind="thi_tran")
    h1 = units.add_unit(db, "hamlet", "Ấp 1", commune)
    h2 = units.add_unit(db, "hamlet", "Khu phố 1", town, kind="khu_pho")
    h3 = units.add_unit(db, "hamlet", "Ấp 1", town)  # same name, other commune
    units.add_unit(db, "group", "Tổ 1", h1)
    with db.write() as s:
        type_id = units.ensure_cell_type(s, "ap", "Chi bộ ấp (nông thôn)")
    cell = units.add_unit(db, "cell", "Chi bộ Ấp 1", commune, hamlet_id=h1, cell_type_id=type_id)
    ids = [officers.add_officer(db, name, title=DANGEROUS[(i + 1) % 4],
                                workplace=DANGEROUS[(i + 2) % 4], phone=f"0912000{i:03d}")
           for i, name in enumerate(DANGEROUS)]
    twin_a = officers.add_officer(db, "Nguyễn Văn An", phone="0912111111", level="xa",
                                  is_committee_member=True, is_standing_member=True)
    twin_b = officers.add_officer(db, "Nguyễn Văn An", workplace="Phòng Nội vụ", note="ghi chú")
    retired = officers.add_officer(db, "Trần Văn Cũ", phone="0912222222")
    decision = DecisionRef("245-QĐ/HU", dt.date(2025, 10, 20), "Ban Thường vụ")
    start = dt.date(2025, 11, 1)
    assignments.assign(db, ids[0], "cluster_leader", cluster, start, decision)
    assignments.assign(db, ids[1], "commune_lead", commune, start, decision)
    assignments.assign(db, twin_a, "commune_lead", town, start)
    old = assignments.assign(db, retired, "hamlet_support", h1, dt.date(2020, 11, 1))
    assignments.end_assignment(db, old.assignment_id, start - dt.timedelta(days=1))
    assignments.assign(db, twin_b, "hamlet_support", h1, start, decision)
    assignments.assign(db, ids[2], "hamlet_support", h2, start)
    assignments.assign(db, ids[3], "hamlet_support", h3, start)
    assignments.assign(db, twin_a, "cell_attendance", cell, start)
    with db.read() as s:
        group = s.scalars(select(m.Group)).one().id
    assignments.assign(db, twin_b, "group_support", group, start)
    officers.set_officer_active(db, retired, False)
    return db


def test_sheets_dates_and_layout(small_db, tmp_path, cli, db_path):
    out = tmp_path / "xuat.xlsx"
    result = cli("--db", db_path, "export-xlsx", "-o", out)
    assert result.code == 0, result
    wb = load_workbook(out)
    assert wb.sheetnames == ["Đơn vị", "Cán bộ", "Phân công", "Cài đặt", "Khóa đối chiếu"]
    # The keys a re-import matches rows by are out of sight and out of print.
    assert wb["Khóa đối chiếu"].sheet_state == "veryHidden"
    assert wb["Khóa đối chiếu"].protection.sheet
    for name, title in (("Đơn vị", "Mã đơn vị"), ("Phân công", "Mã phân công")):
        header = [c.value for c in wb[name][1]]
        letter = wb[name].cell(1, header.index(title) + 1).column_letter
        assert header[-1] == title and wb[name].column_dimensions[letter].hidden
        assert letter not in wb[name].print_area[0]
    for ws in wb.worksheets[:-1]:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref.startswith("A1:")
        assert ws.print_title_rows == "$1:$1"
        assert ws.page_setup.paperSize in ("9", 9)
    ws = wb["Phân công"]
    header = [c.value for c in ws[1]]
    start_col = header.index("Từ ngày") + 1
    values = [ws.cell(r, start_col) for r in range(2, ws.max_row + 1)]
    assert all(isinstance(c.value, dt.datetime) for c in values)
    assert {c.number_format for c in values} == {"dd/mm/yyyy"}
    roles = [ws.cell(r, header.index("Vai trò") + 1).value for r in range(2, ws.max_row + 1)]
    # Cluster first, then each commune's own roles, then its hamlets.
    assert roles[0] == "Trưởng cụm"
    ended = header.index("Đến ngày") + 1
    assert dt.datetime(2025, 10, 31) in [ws.cell(r, ended).value for r in range(2, ws.max_row + 1)]


def test_user_text_is_never_a_formula(small_db, tmp_path):
    from dvdesk.services.excel_export import export_workbook

    out = tmp_path / "xuat.xlsx"
    export_workbook(small_db, out)
    wb = load_workbook(out)  # formulas would load as "=..." with data_type "f"
    seen = set()
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if cell.value in DANGEROUS:
                    seen.add(cell.value)
    assert seen == set(DANGEROUS)


def test_month_sheets(demo_db, demo_path, tmp_path, cli):
    from dvdesk.services.calendar import new_month, plan

    new_month(demo_db, "2026-12")
    plan(demo_db, "2026-12")
    out = tmp_path / "lich.xlsx"
    result = cli("--db", demo_path, "export-xlsx", "-o", out, "--month", "2026-12")
    assert result.code == 0, result
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames == ["Đơn vị", "Cán bộ", "Phân công", "Lịch tháng 12-2026",
                             "Lịch cá nhân", "Phiên bản lịch", "Cài đặt", "Khóa đối chiếu"]
    rows = list(wb["Lịch tháng 12-2026"].iter_rows(values_only=True))
    # Title, the version with its draft mark, a blank row, then the table.
    assert rows[0][0] == "LỊCH SINH HOẠT ĐẢNG ỦY, CHI BỘ THÁNG 12 NĂM 2026"
    assert rows[1][0] == "DỰ THẢO — bản 1"
    assert rows[3][0] == "Ngày" and len(rows) == 4 + 222
    assert all(isinstance(r[0], dt.datetime) and r[0].month == 12 for r in rows[4:])
    personal = list(wb["Lịch cá nhân"].iter_rows(values_only=True))
    assert personal[1][0] == "DỰ THẢO — bản 1"
    assert len(personal) > 4 + 222


def test_round_trip_small(small_db, tmp_path, cli):
    from dvdesk.services.excel_export import export_workbook

    out = tmp_path / "xuat.xlsx"
    export_workbook(small_db, out)
    target = tmp_path / "moi.db"
    result = cli("--db", target, "import", out)
    assert result.code == 0, result
    fresh = open_database(str(target))
    try:
        assert unit_sets(fresh) == unit_sets(small_db)
    finally:
        fresh.dispose()
    # The same file into the database it came from: a re-import that changes nothing.
    again = cli("--db", small_db.path, "import", out)
    assert again.code == 0, again
    assert "không có thay đổi nào so với lúc xuất." in again.out


@pytest.mark.slow
def test_round_trip_demo_district(demo_db, tmp_path, cli):
    from dvdesk.services.excel_export import export_workbook

    out = tmp_path / "xuat.xlsx"
    export_workbook(demo_db, out)
    target = tmp_path / "moi.db"
    result = cli("--db", target, "import", out)
    assert result.code == 0, result
    fresh = open_database(str(target))
    try:
        expected, got = unit_sets(demo_db), unit_sets(fresh)
        for key in expected:
            assert got[key] == expected[key], key
        # Importing the same file again finds everything already there.
        again = cli("--db", target, "import", out, "--dry-run")
        assert "0 phân công;" in again.out and "0 cán bộ mới" in again.out
    finally:
        fresh.dispose()


def test_export_to_missing_folder_is_one_sentence(demo_path, tmp_path, cli):
    result = cli("--db", demo_path, "export-xlsx", "-o", tmp_path / "khong" / "x.xlsx")
    assert result.code == 1 and "không tồn tại" in result.err and "Traceback" not in result.err


def test_round_trip_into_sqlite_and_postgresql(small_db, tmp_path, any_db_url):
    """The set-based import writes the same rows on both databases."""
    from dvdesk.services.audit import history
    from dvdesk.services.excel_export import export_workbook
    from dvdesk.services.importer import import_file

    out = tmp_path / "xuat.xlsx"
    export_workbook(small_db, out)
    fresh = open_database(any_db_url)
    try:
        plan = import_file(fresh, out)
        assert unit_sets(fresh) == unit_sets(small_db)
        officer = plan.officers[0]
        actions = [e.action for e in history(fresh, "officer", officer.id)]
        assert actions[-1] == "officer.create" and "assignment.create" in actions
    finally:
        fresh.dispose()


def _rows_as_stored(db) -> dict[str, dict[int, dict]]:
    """Every unit, officer, decision and assignment, all columns, as audit snapshots
    write them (dates as text, the officers' byte sort keys left out)."""
    from dvdesk.services.audit import row_snapshot

    tables = (m.Cluster, m.Commune, m.Hamlet, m.Cell, m.Group, m.Officer, m.Decision,
              m.Assignment)
    with db.read() as s:
        return {model.__tablename__: {row.id: row_snapshot(row._mapping)
                                      for row in s.execute(select(model.__table__))}
                for model in tables}


@pytest.mark.slow
def test_an_imported_district_reads_back_row_by_row_as_its_history_says(
        demo_db, tmp_path, any_db_url):
    """A district's export into an empty database (SQLite and PostgreSQL): each unit,
    officer, decision and assignment as stored is what its history's last entry shows,
    and the row versions and unit positions are the ones the one-by-one services give
    (new rows 1, a row written twice 2; positions 1, 2, 3 … under each parent)."""
    from dvdesk.services.excel_export import export_workbook
    from dvdesk.services.importer import import_file

    out = tmp_path / "xuat.xlsx"
    export_workbook(demo_db, out)
    fresh = open_database(any_db_url)
    try:
        import_file(fresh, out)
        stored = _rows_as_stored(fresh)
        assert unit_sets(fresh) == unit_sets(demo_db)
        entity = {"clusters": "cluster", "communes": "commune", "hamlets": "hamlet",
                  "cells": "cell", "groups": "group", "officers": "officer",
                  "decisions": "decision", "assignments": "assignment"}
        with fresh.read() as s:
            last = {(e.entity, e.entity_id): (e.action, e.after)
                    for e in s.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id))}
        for table, rows in stored.items():
            assert rows, table
            for row_id, row in rows.items():
                action, after = last[(entity[table], row_id)]
                assert after == row, (table, row_id, action)
        ended = {i for i, a in stored["assignments"].items() if a["effective_to"]}
        assert ended and all(a["row_version"] == (2 if i in ended else 1)
                             for i, a in stored["assignments"].items())
        assert {o["row_version"] for o in stored["officers"].values() if o["active"]} == {1}
        parents = {"communes": "cluster_id", "hamlets": "commune_id", "cells": "commune_id",
                   "groups": "hamlet_id"}
        for table, parent in parents.items():
            under: dict = {}
            for row in stored[table].values():
                under.setdefault(row[parent], []).append(row["position"])
            assert all(sorted(p) == list(range(1, len(p) + 1)) for p in under.values()), table
    finally:
        fresh.dispose()
