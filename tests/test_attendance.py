"""Attendance of approved months: recording, the returned sheet, compliance rates that agree
between the JSON and the PDF, revisions, the demo's months, older databases."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from openpyxl import load_workbook

from dvdesk.domain.compliance import rate_text
from dvdesk.domain.text import search_key
from dvdesk.errors import ConcurrentEditError, InvalidInput
from dvdesk.services import attendance, attendance_read
from dvdesk.services import calendar as cal
from dvdesk.store import open_database
from tests.test_pdf_documents import flat, pdf_text

MONTH = "2026-12"
HEADER = 4  # the sheet's header row: under its title, its note and a blank row
KEYS = {"from", "to", "meetings", "by_officer", "by_commune", "overall"}


def _approved(db, month: str = MONTH) -> None:
    cal.new_month(db, month)
    cal.plan(db, month)
    cal.approve(db, month, "15-LT/HU", "Nguyễn Văn A", dt.date(2026, 12, 2))


def _show(cli, path, *args) -> dict:
    result = cli("--db", path, "attendance", "show", *args, "--json")
    assert result.code == 0, result
    return json.loads(result.out)


def _by_hand(view: dict) -> tuple[dict, dict]:
    """Each officer's tally and the overall one, counted from the meetings list alone."""
    recorded = {m["id"] for m in view["meetings"] if any(e["status"] for e in m["expected"])}
    officers: dict[int, Counter] = defaultdict(Counter)
    for meeting in view["meetings"]:
        for person in meeting["expected"]:
            tally = officers[person["id"]]
            tally["expected"] += 1
            tally[person["status"]] += 1
            tally["counted"] += meeting["id"] in recorded
    overall = sum(officers.values(), Counter())

    def shape(t: Counter) -> dict:
        rate = round(t["present"] / t["counted"], 4) if t["counted"] else None
        return {"expected": t["expected"], "present": t["present"], "excused": t["excused"],
                "absent": t["absent"], "rate": rate}

    return {i: shape(t) for i, t in officers.items()}, shape(overall)


def test_record_all_present_and_show_with_the_contract_shape(demo_db, demo_path, cli):
    _approved(demo_db)
    view = _show(cli, demo_path, MONTH)
    assert set(view) == KEYS and (view["from"], view["to"]) == (MONTH, MONTH)
    assert all(e["status"] is None for m in view["meetings"] for e in m["expected"])
    assert view["overall"]["rate"] is None and view["overall"]["expected"] > 500
    first, second, third = view["meetings"][:3]
    assert set(first) == {"id", "unit", "date", "expected"}
    assert set(first["expected"][0]) == {"id", "name", "status", "reason"}

    base = ("--db", demo_path, "attendance")
    done = cli(*base, "all-present", MONTH, "--meeting", first["id"])
    assert done.code == 0 and f"cho {len(first['expected'])} cán bộ" in done.out
    absent = second["expected"][0]["id"]
    assert cli(*base, "record", MONTH, "--meeting", second["id"], "--officer", absent,
               "--status", "absent").code == 0
    excused = third["expected"][-1]["id"]
    assert cli(*base, "record", MONTH, "--meeting", third["id"], "--officer", excused,
               "--status", "excused", "--reason", "Đi  học lớp  trung cấp").code == 0

    view = _show(cli, demo_path, MONTH)
    meetings = {m["id"]: m for m in view["meetings"]}
    assert {e["status"] for e in meetings[first["id"]]["expected"]} == {"present"}
    marked = {e["id"]: e for e in meetings[third["id"]]["expected"]}
    assert (marked[excused]["status"], marked[excused]["reason"]) == (
        "excused", "Đi học lớp trung cấp")
    # Rates over the recorded meetings only: the three meetings touched.
    counted = len(first["expected"]) + len(second["expected"]) + len(third["expected"])
    assert view["overall"] == {"expected": sum(len(m["expected"]) for m in view["meetings"]),
                               "present": len(first["expected"]), "excused": 1, "absent": 1,
                               "rate": round(len(first["expected"]) / counted, 4)}
    # The grouped counts agree with counting the meetings list by hand, officer by officer.
    officers, overall = _by_hand(view)
    assert overall == view["overall"]
    assert {r["id"]: {k: r[k] for k in ("expected", "present", "excused", "absent", "rate")}
            for r in view["by_officer"]} == officers
    assert set(view["by_officer"][0]) == {"id", "name", "expected", "present", "excused",
                                          "absent", "rate"}
    assert sum(r["expected"] for r in view["by_commune"]) == view["overall"]["expected"]


def test_all_present_keeps_the_exceptions_and_undo_puts_them_back(demo_db):
    _approved(demo_db)
    meeting = attendance_read.month_meetings(demo_db, MONTH)[0]
    first, *others = meeting.expected
    attendance.record_attendance(demo_db, MONTH, meeting.id, first.officer_id, "excused",
                                 "Họp tỉnh")
    previous = attendance.all_present(demo_db, MONTH, meeting.id)
    assert set(previous) == {o.officer_id for o in others}
    after = attendance_read.month_meetings(demo_db, MONTH)[0]
    assert [e.status for e in after.expected] == ["excused"] + ["present"] * len(others)
    attendance.restore_attendance(demo_db, MONTH, meeting.id, previous)
    back = attendance_read.month_meetings(demo_db, MONTH)[0]
    assert [e.status for e in back.expected] == ["excused"] + [None] * len(others)
    stale = back.expected[0].row_version - 1
    with pytest.raises(ConcurrentEditError, match="vừa được người khác ghi"):
        attendance.record_attendance(demo_db, MONTH, meeting.id, first.officer_id, "present",
                                     expected_version=stale)


def test_only_the_expected_officers_of_an_approved_month(demo_db, demo_path, cli):
    cal.new_month(demo_db, MONTH)
    cal.plan(demo_db, MONTH)
    meeting = cal.calendar_view(demo_db, MONTH)["meetings"][0]
    someone = meeting["attendees"][0]["id"]
    draft = cli("--db", demo_path, "attendance", "record", MONTH, "--meeting", meeting["id"],
                "--officer", someone, "--status", "present")
    assert draft.code != 0 and "Lịch tháng 12/2026 chưa được duyệt" in draft.err
    cal.approve(demo_db, MONTH, "15-LT/HU")
    other = next(m for m in cal.calendar_view(demo_db, MONTH)["meetings"]
                 if someone not in {a["id"] for a in m["attendees"]})
    result = cli("--db", demo_path, "attendance", "record", MONTH, "--meeting", other["id"],
                 "--officer", someone, "--status", "present")
    assert result.code != 0 and result.out == ""
    assert len(result.err.strip().splitlines()) == 1
    assert (f"(mã {someone}) không được phân công dự cuộc họp mã {other['id']}"
            in result.err)
    wrong_month = cli("--db", demo_path, "attendance", "record", "2026-10", "--meeting",
                      meeting["id"], "--officer", someone, "--status", "present")
    assert "không thuộc lịch tháng 10/2026 đã duyệt" in wrong_month.err


def test_the_monthly_review_pdf_prints_the_rates_of_the_json(demo_db, demo_path, cli, tmp_path):
    _approved(demo_db)
    meetings = attendance_read.month_meetings(demo_db, MONTH)
    for index, meeting in enumerate(meetings[:40]):
        attendance.all_present(demo_db, MONTH, meeting.id) if index % 3 else None
        person = meeting.expected[0].officer_id
        attendance.record_attendance(demo_db, MONTH, meeting.id, person,
                                     ("absent", "excused", "present")[index % 3], "Ốm")
    view = _show(cli, demo_path, MONTH)
    out = tmp_path / "review.pdf"
    assert cli("--db", demo_path, "report", "attendance", MONTH, "-o", out).code == 0
    text = flat(pdf_text(out))
    overall = view["overall"]
    assert (f"Tỷ lệ dự sinh hoạt chung (có mặt trên số lượt phải dự ở các cuộc họp đã ghi "
            f"nhận): {rate_text(overall['rate'])}; có mặt {overall['present']}, vắng có lý do "
            f"{overall['excused']}, vắng {overall['absent']} trong {overall['expected']} lượt "
            "phải dự.") in text
    rated = [c for c in view["by_commune"] if c["rate"] is not None]
    assert len(rated) >= 3
    for commune in view["by_commune"]:
        row = (f"{commune['name']} {commune['expected']} {commune['present']} "
               f"{commune['excused']} {commune['absent']} {rate_text(commune['rate'])}")
        assert row in text, row
    assert "Tỷ lệ dự sinh hoạt theo cụm:" in text


def _fill(path, marks: dict[int, tuple[str, str]]) -> None:
    """Write statuses (and reasons) into the sheet's rows, by Excel row number."""
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[HEADER]]
    status, reason = header.index("Tình trạng") + 1, header.index("Lý do") + 1
    for row, (text, why) in marks.items():
        ws.cell(row, status, text)
        ws.cell(row, reason, why)
    wb.save(path)


def test_the_returned_sheet_round_trips(demo_db, demo_path, cli, tmp_path):
    _approved(demo_db)
    sheet = tmp_path / "du_hop.xlsx"
    exported = cli("--db", demo_path, "attendance", "sheet", MONTH, "-o", sheet)
    assert exported.code == 0, exported
    view = _show(cli, demo_path, MONTH)
    expected = [(m["id"], e["id"]) for m in view["meetings"] for e in m["expected"]]
    ws = load_workbook(sheet).worksheets[0]
    assert ws.title == "Dự họp 12-2026" and "THÁNG 12/2026" in ws["A1"].value
    header = [c.value for c in ws[HEADER]]
    assert header == ["STT", "Mã cuộc họp", "Ngày", "Buổi", "Đơn vị", "Mã cán bộ", "Họ và tên",
                      "Vai trò", "Tình trạng", "Lý do"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=HEADER + 1)]
    assert [(r[1], r[5]) for r in rows] == expected  # one row per expected attendance
    assert all(r[8] is None for r in rows)  # the status column is empty
    assert ws.cell(5, 3).number_format == "dd/mm/yyyy" and isinstance(rows[0][2], dt.datetime)
    assert ws.data_validations.dataValidation[0].formula1 == '"Có mặt,Vắng có lý do,Vắng"'

    _fill(sheet, {5: ("Có mặt", None), 6: ("có mặt", None), 7: ("Vắng có lý do", "Đi học"),
                  8: ("v", "không báo")})
    preview = cli("--db", demo_path, "attendance", "import", sheet, "--dry-run")
    assert preview.code == 0, preview
    assert "Xem trước (chưa ghi gì)" in preview.out
    assert "ghi 4 lượt (có mặt 2, vắng có lý do 1, vắng 1)" in preview.out
    assert _show(cli, demo_path, MONTH) == view  # nothing written

    imported = cli("--db", demo_path, "attendance", "import", sheet)
    assert imported.code == 0, imported
    after = {(m["id"], e["id"]): (e["status"], e["reason"])
             for m in _show(cli, demo_path, MONTH)["meetings"] for e in m["expected"]}
    assert [after[k] for k in expected[:4]] == [("present", ""), ("present", ""),
                                                ("excused", "Đi học"), ("absent", "không báo")]
    assert all(after[k] == (None, "") for k in expected[4:])

    again = tmp_path / "lan_hai.xlsx"
    assert cli("--db", demo_path, "attendance", "sheet", MONTH, "-o", again).code == 0
    statuses = [c.value for c in load_workbook(again).worksheets[0]["I"][HEADER:HEADER + 5]]
    assert statuses == ["Có mặt", "Có mặt", "Vắng có lý do", "Vắng", None]
    unchanged = cli("--db", demo_path, "attendance", "import", again)
    assert unchanged.code == 0 and "ghi 0 lượt" in unchanged.out
    assert "4 lượt đã ghi như vậy" in unchanged.out


def test_a_person_not_expected_is_refused_with_the_row_named(demo_db, demo_path, cli,
                                                             tmp_path):
    _approved(demo_db)
    sheet = tmp_path / "du_hop.xlsx"
    cli("--db", demo_path, "attendance", "sheet", MONTH, "-o", sheet)
    view = _show(cli, demo_path, MONTH)
    first = view["meetings"][0]
    stranger = next(e for m in view["meetings"] for e in m["expected"]
                    if e["id"] not in {x["id"] for x in first["expected"]})
    wb = load_workbook(sheet)
    ws = wb.worksheets[0]
    ws.cell(5, 9, "Có mặt")  # a good row: must not be written either
    ws.cell(6, 6, stranger["id"])
    ws.cell(6, 7, stranger["name"])
    ws.cell(6, 9, "Có mặt")
    wb.save(sheet)
    before = _show(cli, demo_path, MONTH)
    result = cli("--db", demo_path, "attendance", "import", sheet)
    assert result.code != 0 and result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1
    assert (f"Trang “Dự họp 12-2026”, dòng 6, cột “Mã cán bộ”: đồng chí {stranger['name']} "
            f"(mã {stranger['id']}) không được phân công dự cuộc họp mã {first['id']}"
            in lines[0])
    assert "Không ghi gì từ du_hop.xlsx" in lines[0]
    assert _show(cli, demo_path, MONTH) == before


def test_unreadable_rows_are_named_and_a_name_alone_is_enough(demo_db, demo_path, cli,
                                                              tmp_path):
    _approved(demo_db)
    sheet = tmp_path / "du_hop.xlsx"
    cli("--db", demo_path, "attendance", "sheet", MONTH, "-o", sheet)
    wb = load_workbook(sheet)
    ws = wb.worksheets[0]
    meeting_of_row_7 = ws.cell(7, 2).value
    ws.cell(5, 9, "đi trễ")
    ws.cell(7, 2, "abc")
    ws.cell(8, 9, "có mặt")
    ws.cell(9, 9, "Có mặt")
    wb.save(sheet)
    result = cli("--db", demo_path, "attendance", "import", sheet, "--dry-run")
    assert result.code != 0
    assert "dòng 5, cột “Tình trạng”: tình trạng “đi trễ” không rõ" in result.err
    assert "dòng 7, cột “Mã cuộc họp”" in result.err
    assert "dòng 8" not in result.err and "dòng 9" not in result.err

    fixed = load_workbook(sheet)
    ws = fixed.worksheets[0]
    ws.cell(5, 9, "Vắng")
    ws.cell(7, 2, meeting_of_row_7)
    name = ws.cell(8, 7).value
    ws.cell(8, 6, None)  # the officer's id left out, the name is there
    fixed.save(sheet)
    ok = cli("--db", demo_path, "attendance", "import", sheet)
    assert ok.code == 0, ok
    people = {e["name"]: e["status"] for m in _show(cli, demo_path, MONTH)["meetings"]
              for e in m["expected"] if e["status"]}
    assert people[name] == "present"


def test_an_approved_revision_keeps_what_was_recorded(demo_db):
    _approved(demo_db)
    meeting = attendance_read.month_meetings(demo_db, MONTH)[0]
    person = meeting.expected[0].officer_id
    attendance.record_attendance(demo_db, MONTH, meeting.id, person, "absent", "Ốm")
    with pytest.raises(InvalidInput, match="đã ghi nhận 1 lượt dự họp nên không hủy duyệt"):
        cal.withdraw_approval(demo_db, MONTH)
    cal.revise(demo_db, MONTH)
    assert attendance_read.month_meetings(demo_db, MONTH)[0].id == meeting.id  # v1 still counts
    cal.approve(demo_db, MONTH, "17-LT/HU")
    revised = next(m for m in attendance_read.month_meetings(demo_db, MONTH)
                   if m.unit == meeting.unit)
    assert revised.id != meeting.id
    marks = {e.officer_id: (e.status, e.reason) for e in revised.expected}
    assert marks[person] == ("absent", "Ốm")
    assert attendance_read.compliance(demo_db, MONTH).overall["absent"] == 1


def test_withdrawing_an_approval_before_anything_is_recorded(demo_db):
    _approved(demo_db)
    assert attendance_read.compliance(demo_db, MONTH).overall["expected"] > 0
    cal.withdraw_approval(demo_db, MONTH)
    with pytest.raises(InvalidInput, match="chưa được duyệt"):
        attendance_read.month_meetings(demo_db, MONTH)
    assert attendance_read.compliance(demo_db, MONTH).overall["expected"] == 0
    cal.approve(demo_db, MONTH, "15-LT/HU")
    assert attendance_read.compliance(demo_db, MONTH).overall["expected"] > 0


def test_the_demo_has_realistic_months_and_feedback(demo_db, demo_path, cli):
    from dvdesk.services.feedback_read import list_feedback

    result = attendance_read.compliance(demo_db, "2026-08", "2026-10")
    assert result.months == ["2026-08", "2026-09", "2026-10"]
    overall = result.overall
    assert 0.90 <= overall["rate"] <= 0.95, overall
    assert 0 < overall["absent"] < overall["excused"] < overall["expected"] * 0.08
    assert [r["months"] for r in result.repeat_absentees] == [["2026-09", "2026-10"]] * 2
    view = _show(cli, demo_path, "2026-09", "--to", "2026-10")
    absent_in = defaultdict(set)
    for meeting in view["meetings"]:
        for person in meeting["expected"]:
            if person["status"] == "absent":
                absent_in[person["id"]].add(meeting["date"][:7])
    assert {i for i, months in absent_in.items() if len(months) == 2} == {
        r["id"] for r in result.repeat_absentees}
    october = _show(cli, demo_path, "2026-10")["meetings"]
    assert sum(all(e["status"] is None for e in m["expected"]) for m in october) >= 5

    items = list_feedback(demo_db).rows
    assert len(items) == 40
    assert {i["status"] for i in items} == {"received", "forwarded", "answered", "resolved",
                                            "closed"}
    assert sum(i["overdue"] for i in items) == 3
    assert max(i["received"] for i in items) <= dt.date.today().isoformat()


def test_the_window_lists_a_day_and_a_commune(demo_db):
    day_list = attendance_read.month_meetings(demo_db, "2026-10", day=dt.date(2026, 10, 7))
    assert day_list and {m.day for m in day_list} == {dt.date(2026, 10, 7)}
    commune = day_list[0].commune_id
    one = attendance_read.month_meetings(demo_db, "2026-10", commune_id=commune)
    assert one and {m.commune_id for m in one} == {commune}
    assert [m.day for m in one] == sorted(m.day for m in one)
    name = day_list[0].expected[0].name
    found = attendance_read.month_meetings(demo_db, "2026-10", search=search_key(name))
    everything = attendance_read.month_meetings(demo_db, "2026-10")
    assert day_list[0].id in {m.id for m in found} and len(found) < len(everything) / 10
    waiting = attendance_read.month_meetings(demo_db, "2026-10", only_unrecorded=True)
    assert waiting and all(all(e.status is None for e in m.expected) for m in waiting)


def test_an_older_database_gets_the_expected_attendance_of_its_approved_months(tmp_path):
    source = Path(__file__).parent / "data" / "schema-0001.db"
    path = tmp_path / "old.db"
    shutil.copyfile(source, path)
    conn = sqlite3.connect(str(path))
    with conn:  # the old month approved, as the old program froze it
        snapshot = {"view": {"month": "2026-04", "meetings": [{
            "id": 1, "kind": "committee", "unit": "Đảng ủy xã", "commune": "Xã", "date":
            "2026-04-08", "session": "sang", "start": "07:30", "place": "", "pinned": False,
            "cell_type": None, "attendees": [
                {"id": 2, "name": "Trần Thị Hồng Nhung", "role": "commune_lead"},
                {"id": 3, "name": "x", "role": "province_liaison"}]}]}}
        conn.execute("UPDATE calendars SET status = 'approved', snapshot = ?",
                     (json.dumps(snapshot, ensure_ascii=False),))
    conn.close()
    db = open_database(str(path))
    try:
        result = attendance_read.compliance(db, "2026-04")
        assert result.overall == {"expected": 2, "present": 0, "excused": 1, "absent": 0,
                                  "rate": 0.0}
        rows = {e.officer_id: (e.status, e.reason, e.role) for m in
                attendance_read.month_meetings(db, "2026-04") for e in m.expected}
        assert rows == {2: ("excused", "Đi công tác tỉnh", "commune_lead"),
                        3: (None, "", "province_liaison")}
    finally:
        db.dispose()


def test_attendance_on_both_databases(any_db_url):
    """A small district of one commune and one cell, from approval to compliance."""
    from dvdesk.services.assignments import assign
    from dvdesk.services.officers import add_officer
    from dvdesk.services.units import add_unit

    db = open_database(any_db_url)
    try:
        commune = add_unit(db, "commune", "An Khánh")
        hamlet = add_unit(db, "hamlet", "Ấp Phú Hòa", commune)
        cell = add_unit(db, "cell", "Chi bộ Ấp Phú Hòa", commune, hamlet_id=hamlet)
        lead, member, support = (add_officer(db, n) for n in (
            "Nguyễn Văn An", "Lê Thị Bích", "Trần Văn Chung"))
        start = dt.date(2026, 1, 1)
        assign(db, lead, "commune_lead", commune, start)
        assign(db, member, "cell_attendance", cell, start)
        assign(db, support, "hamlet_support", hamlet, start)
        _approved(db)
        meetings = attendance_read.month_meetings(db, MONTH)
        assert [sorted(e.officer_id for e in m.expected) for m in meetings] == [
            [lead], sorted([member, support])]
        attendance.all_present(db, MONTH, meetings[0].id)
        attendance.record_attendance(db, MONTH, meetings[1].id, member, "absent")
        result = attendance_read.compliance(db, MONTH)
        assert result.overall == {"expected": 3, "present": 1, "excused": 0, "absent": 1,
                                  "rate": round(1 / 3, 4)}
        assert [(r["name"], r["rate"]) for r in result.by_officer] == [
            ("Nguyễn Văn An", 1.0), ("Lê Thị Bích", 0.0), ("Trần Văn Chung", 0.0)]
    finally:
        db.dispose()
