"""After the meetings, in the real window: attendance for an approved month entered in a few
actions and undone and redone; the rates the window shows equal ``attendance show --json``;
a feedback item taken from received to resolved, its deadline counted across Tết 2027; the
overdue list on a day chosen in the window."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dvdesk.domain.compliance import rate_text
from dvdesk.services.attendance_read import month_meetings
from dvdesk.services.feedback_read import FeedbackFilter, feedback_item, list_feedback
from dvdesk.services.officer_views import load_officer_choices
from dvdesk.store import open_database
from tests.conftest import run_dvdesk

MONTH = "2026-10"  # approved in the demo, a few meetings not recorded yet


def _with_db(path, read):
    db = open_database(str(path))
    try:
        return read(db)
    finally:
        db.dispose()


def _unrecorded_meeting(path):
    """A meeting of the month nobody recorded yet, with at least three expected officers."""
    meetings = _with_db(path, lambda db: month_meetings(db, MONTH))
    return next(m for m in meetings if not m.recorded and len(m.expected) >= 3)


def _marks(path, meeting_id: int) -> dict[str, tuple]:
    meeting = next(m for m in _with_db(path, lambda db: month_meetings(db, MONTH))
                   if m.id == meeting_id)
    return {e.name: (e.status, e.reason) for e in meeting.expected}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_attendance_entered_in_a_few_actions_then_undone_and_redone(launch, demo_path, lang):
    meeting = _unrecorded_meeting(demo_path)
    first, excused, absent = (e.name for e in meeting.expected[:3])
    app = launch(lang=lang, page="attendance", month=MONTH)
    app.wait_for(f"Lịch tháng 10/2026 đã duyệt: {len(_with_db(demo_path, lambda db: month_meetings(db, MONTH)))} cuộc họp.")
    start = app.actions
    # A unit meets once a month: its name and commune find its lines.
    app.type_into("Tìm cuộc họp, cán bộ…", f"{meeting.unit} {meeting.commune}")  # 1, 2
    app.wait_until(lambda: len(app.rows(first)) == len(meeting.expected), "not one meeting")
    assert {r[2] for r in app.rows(first)} == {f"{meeting.unit} — {meeting.commune}"}
    app.click(first, kinds=["item"])                                       # 3
    app.click("Tất cả có mặt")                                             # 4
    app.click(excused, kinds=["item"])                                     # 5
    app.key("l")                                                           # 6
    reason = app.dialog("Vắng có lý do")
    reason.type_into("Lý do vắng", "Đi công tác tỉnh")                    # 7
    reason.click("Đồng ý")                                                 # 8
    app.wait_gone("Vắng có lý do")
    # The selection moved down to the next officer of the list: the absent one.
    rows = app.rows(excused)
    names = [r[3] for r in rows]
    assert names.index(absent) == names.index(excused) + 1, rows
    app.key("v")                                                           # 9
    assert app.actions - start <= 9, app.log

    expected = {e.name: ("present", "") for e in meeting.expected}
    expected[excused] = ("excused", "Đi công tác tỉnh")
    expected[absent] = ("absent", "")
    app.wait_until(lambda: _marks(demo_path, meeting.id) == expected,
                   f"the marks never reached the database: {_marks(demo_path, meeting.id)}")
    shown = {r[3]: r[4] for r in app.rows(first) if r[3] in expected}
    word = {"vi": ("Có mặt", "Vắng có lý do", "Vắng"), "en": ("Present", "Excused", "Absent")}
    present_word, excused_word, absent_word = word[lang]
    assert shown[first] == present_word and shown[excused] == excused_word
    assert shown[absent] == absent_word
    app.screenshot("entered")

    for _ in range(3):
        app.key("ctrl+z")
    nothing = {e.name: (None, "") for e in meeting.expected}
    app.wait_until(lambda: _marks(demo_path, meeting.id) == nothing,
                   f"undo left {_marks(demo_path, meeting.id)}")
    app.wait_until(lambda: all(r[4] == "" for r in app.rows(first) if r[3] in expected),
                   "the list still shows marks after undo")
    for _ in range(3):
        app.key("ctrl+y")
    app.wait_until(lambda: _marks(demo_path, meeting.id) == expected,
                   f"redo left {_marks(demo_path, meeting.id)}")
    assert app.close() == 0


def _json(path) -> dict:
    result = run_dvdesk("--db", str(path), "attendance", "show", MONTH, "--json")
    assert result.code == 0, result
    return json.loads(result.out)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_rates_in_the_window_are_those_of_the_json(launch, demo_path, lang):
    shown = _json(demo_path)
    app = launch(lang=lang, page="attendance", month=MONTH)
    app.click("Tỷ lệ dự họp", kinds=["tab"])
    overall = shown["overall"]
    app.wait_for(f"tỷ lệ có mặt {rate_text(overall['rate'])}" if lang == "vi"
                 else f"presence rate {rate_text(overall['rate'])}")
    assert app.sees(f"dự kiến {overall['expected']} lượt, có mặt {overall['present']}, "
                    f"vắng có lý do {overall['excused']}, vắng {overall['absent']}"
                    if lang == "vi" else
                    f"{overall['expected']} expected, present {overall['present']}, "
                    f"excused {overall['excused']}, absent {overall['absent']}")

    def table(rows) -> list[list[str]]:
        return [[r["name"], str(r["expected"]), str(r["present"]), str(r["excused"]),
                 str(r["absent"]), rate_text(r["rate"])] for r in rows]

    communes = table(shown["by_commune"])
    assert len(communes) > 10
    assert app.rows(communes[0][0]) == communes      # the level chosen first: communes
    app.choose("Theo", "Cán bộ")
    officers = table(shown["by_officer"])
    app.wait_for(officers[0][0])
    assert app.rows(officers[0][0]) == officers
    app.screenshot("rates")
    assert app.close() == 0


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_feedback_item_from_received_to_resolved_across_tet(launch, demo_path, lang):
    officer = _with_db(demo_path, lambda db: sorted(
        o.full_name for o in load_officer_choices(db))[0])
    app = launch(lang=lang, page="feedback")
    app.click("Tiếp nhận…")
    receive = app.dialog("Tiếp nhận phản ánh, kiến nghị")
    receive.choose("Xã", "Xã Tân Phú")
    receive.choose("Ấp", "Ấp Tân Quới")  # the hamlet level's word, from the settings
    receive.type_into("Cán bộ tiếp nhận", officer)
    receive.close_popup()
    receive.type_into("Ngày tiếp nhận", "01/02/2027")
    receive.choose("Lĩnh vực", "Hạ tầng")
    receive.type_into("Nội dung", "Cầu Tân Quới xuống cấp, đề nghị sửa trước mùa mưa")
    receive.click("Đồng ý")
    app.wait_gone("Tiếp nhận phản ánh")
    # Seven working days after Monday 01/02/2027, Tết (04–10/02) not counted.
    app.wait_for("17/02/2027")
    item_id = _with_db(demo_path, lambda db: list_feedback(db, FeedbackFilter(
        search="Cau Tan Quoi xuong cap")).rows[0]["id"])

    steps = (("Chuyển…", f"Chuyển phản ánh số {item_id}", "Chuyển đến", "UBND xã Tân Phú",
              "02/02/2027"),
             ("Trả lời…", f"Trả lời phản ánh số {item_id}", "Nội dung trả lời",
              "Đã lập dự toán sửa cầu", "15/02/2027"),
             ("Giải quyết xong…", f"Giải quyết xong phản ánh số {item_id}",
              "Kết quả giải quyết", "Cầu đã sửa xong", "26/03/2027"))
    for button, title, label, text, day in steps:
        app.click(button)
        step = app.dialog(title)
        step.type_into(label, text)
        step.type_into("Ngày", day)
        step.click("Đồng ý")
        app.wait_gone(title)
    app.wait_until(lambda: _with_db(demo_path, lambda db: feedback_item(db, item_id))[
        "status"] == "resolved", "the item never became resolved")
    row = next(r for r in app.rows("17/02/2027") if r[0] == str(item_id))
    assert row[1:4] == ["01/02/2027", "17/02/2027",
                        "Đã giải quyết" if lang == "vi" else "Resolved"], row
    item = _with_db(demo_path, lambda db: feedback_item(db, item_id))
    assert (item["status"], item["received"], item["deadline"]) == (
        "resolved", "2027-02-01", "2027-02-17")
    assert [(h["status"], h["on"]) for h in item["history"]] == [
        ("received", "2027-02-01"), ("forwarded", "2027-02-02"), ("answered", "2027-02-15"),
        ("resolved", "2027-03-26")]
    assert item["forwarded_to"] == "UBND xã Tân Phú"
    assert not item["overdue"]  # answered before its deadline
    app.screenshot("resolved")
    app.key("ctrl+z")  # the last step taken back
    app.wait_until(lambda: _with_db(demo_path, lambda db: feedback_item(db, item_id))["status"]
                   == "answered", "undo did not take the resolution back")
    assert app.close() == 0


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_overdue_list_on_a_chosen_day(launch, demo_path, lang):
    day = dt.date(2026, 11, 19)
    wanted = _with_db(demo_path, lambda db: [
        r["id"] for r in list_feedback(db, FeedbackFilter(overdue=True), on=day).rows])
    later = _with_db(demo_path, lambda db: [
        r["id"] for r in list_feedback(db, FeedbackFilter(overdue=True),
                                       on=dt.date(2026, 11, 30)).rows])
    assert wanted and set(wanted) < set(later)  # the day chosen changes the answer
    app = launch(lang=lang, page="feedback")
    app.type_into("Xét quá hạn đến ngày", f"{day:%d/%m/%Y}")
    app.click("Chỉ quá hạn")
    app.wait_for(f"{len(wanted)} phản ánh, kiến nghị; {len(wanted)} quá hạn tính đến 19/11/2026."
                 if lang == "vi" else
                 f"{len(wanted)} feedback items; {len(wanted)} overdue as of 19/11/2026.")
    rows = app.rows(str(wanted[0]))
    assert [int(r[0]) for r in rows] == wanted
    assert all(r[3].endswith("quá hạn" if lang == "vi" else "overdue") for r in rows)
    app.screenshot("overdue")
    assert app.close() == 0


def _file(dialog, path, button: str) -> None:
    dialog.type_into("Tên tệp", str(path))
    dialog.close_popup()  # the name field completes as one types
    dialog.click(button)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_sheet_goes_out_and_comes_back_with_a_preview(launch, demo_path, tmp_path, lang):
    from openpyxl import load_workbook

    app = launch(lang=lang, page="attendance", month=MONTH)
    sheet = tmp_path / "du-hop.xlsx"
    app.click("Xuất bảng dự họp…")
    _file(app.dialog("Xuất bảng dự họp"), sheet, "Lưu")
    app.wait_for("Đã xuất" if lang == "vi" else "Exported")

    wb = load_workbook(sheet)
    ws = wb.worksheets[0]
    header_row = next(r for r in range(1, 11) if ws.cell(r, 1).value == "STT")
    header = [c.value for c in ws[header_row]]
    status, reason, officer = (header.index(name) + 1 for name in
                               ("Tình trạng", "Lý do", "Mã cán bộ"))
    blank = [r for r in range(header_row + 1, ws.max_row + 1)
             if ws.cell(r, officer).value and not ws.cell(r, status).value]
    assert len(blank) > 5
    for r in blank:
        ws.cell(r, status, "Có mặt")
    ws.cell(blank[0], status, "Vắng có lý do")
    ws.cell(blank[0], reason, "Ốm")
    wb.save(sheet)
    excused_officer = ws.cell(blank[0], officer).value

    app.click("Nhập bảng dự họp…")
    _file(app.dialog("Nhập bảng dự họp"), sheet, "Mở")
    preview = app.dialog("Xem trước bảng dự họp")
    assert preview.sees(f"ghi {len(blank)} lượt (có mặt {len(blank) - 1}, vắng có lý do 1, "
                        "vắng 0)" if lang == "vi" else
                        f"{len(blank)} to record ({len(blank) - 1} present, 1 excused, 0 absent)")
    preview.click("Nhập")
    app.wait_gone("Xem trước bảng dự họp")
    meetings = _with_db(demo_path, lambda db: month_meetings(db, MONTH))
    assert not [m for m in meetings if not m.recorded]
    assert any((e.officer_id, e.status, e.reason) == (excused_officer, "excused", "Ốm")
               for m in meetings for e in m.expected)

    # A row naming someone not expected at its meeting: refused with the row named, nothing
    # written.
    wrong = tmp_path / "sai.xlsx"
    wb = load_workbook(sheet)
    ws = wb.worksheets[0]
    first_row = header_row + 1
    ws.cell(first_row, status, "Vắng")
    stranger = next(ws.cell(r, officer).value for r in range(first_row + 1, ws.max_row + 1)
                    if ws.cell(r, officer).value != ws.cell(first_row, officer).value
                    and ws.cell(r, 2).value != ws.cell(first_row, 2).value)
    ws.cell(first_row, officer, stranger)
    ws.cell(first_row, officer + 1, None)
    wb.save(wrong)
    app.click("Nhập bảng dự họp…")
    _file(app.dialog("Nhập bảng dự họp"), wrong, "Mở")
    refused = app.dialog("Xem trước bảng dự họp")
    refused.wait_for(f"dòng {first_row}" if lang == "vi" else f"row {first_row}")
    assert refused.sees("không ghi gì" if lang == "vi" else "nothing was written")
    assert not refused.find("Nhập", kinds=None).raw["enabled"]
    app.screenshot("refused")
    refused.click("Hủy")
    app.wait_gone("Xem trước bảng dự họp")
    assert _with_db(demo_path, lambda db: month_meetings(db, MONTH)) == meetings
    assert app.close() == 0


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_communes_outside_any_cluster_are_named_in_the_windows_language(
        launch, demo_path, lang):
    from sqlalchemy import select

    from dvdesk.domain.models import Commune
    from dvdesk.services.units import move_unit

    def take_one_out(db) -> None:  # a commune the secretary left outside any cluster
        with db.read() as session:
            commune_id = session.scalars(select(Commune.id).order_by(Commune.id)).first()
        move_unit(db, "commune", commune_id, None)

    _with_db(demo_path, take_one_out)
    app = launch(lang=lang, page="attendance", month=MONTH)
    app.click("Tỷ lệ dự họp", kinds=["tab"])
    app.choose("Theo", "Cụm vùng")
    loose = "Chưa thuộc cụm" if lang == "vi" else "Not in a cluster"
    app.wait_for(loose)
    app.screenshot("rates-by-cluster")
    assert app.close() == 0
    # What the reports are made from keeps the Vietnamese name whatever the window speaks.
    shown = run_dvdesk("--db", str(demo_path), "attendance", "show", MONTH)
    assert shown.code == 0 and "Chưa thuộc cụm" in shown.out
