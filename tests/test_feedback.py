"""Grassroots feedback (phản ánh, kiến nghị): from received to resolved, deadlines in working
days across Tết, the overdue list on a chosen day, lists, counts, the PDF summary, Excel."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from dvdesk.domain.models import AuditEntry, Feedback
from dvdesk.errors import ConcurrentEditError, InvalidInput
from dvdesk.services import feedback as service
from dvdesk.services.feedback_read import FeedbackFilter, feedback_item, list_feedback
from dvdesk.services.officers import add_officer
from dvdesk.services.units import add_unit
from dvdesk.store import open_database
from tests.test_pdf_documents import flat, pdf_text

ROOT = Path(__file__).resolve().parent.parent
D = dt.date


@pytest.fixture
def place(db):
    """Two communes, three hamlets, two officers: small enough to know every answer."""
    an_khanh = add_unit(db, "commune", "An Khánh")
    phu_tuc = add_unit(db, "commune", "Phú Túc")
    ids = {
        "an_khanh": an_khanh, "phu_tuc": phu_tuc,
        "phu_hoa": add_unit(db, "hamlet", "Ấp Phú Hòa", an_khanh),
        "an_thanh": add_unit(db, "hamlet", "Ấp An Thạnh", an_khanh),
        "phu_loc": add_unit(db, "hamlet", "Ấp Phú Lộc", phu_tuc),
        "lan": add_officer(db, "Nguyễn Thị Lan"),
        "tam": add_officer(db, "Trần Văn Tâm"),
    }
    return db, ids


TET_WEDNESDAY = D(2027, 2, 3)


def _add(db, ids, hamlet="phu_hoa", officer="lan", received=TET_WEDNESDAY, field="Đất đai",
         content="Đường vào ấp bị sạt lở", **more) -> int:
    return service.add_feedback(db, hamlet_id=ids[hamlet], officer_id=ids[officer],
                                received=received, field=field, content=content, **more)


def test_received_to_resolved_on_the_command_line_across_tet(place, cli, db_path):
    db, ids = place
    base = ("--db", db_path, "feedback")
    added = cli(*base, "add", "--hamlet", ids["phu_hoa"], "--officer", ids["lan"],
                "--received", "2027-02-03", "--field", "dat dai", "--content",
                "Đoạn đường đal liên ấp bị sạt lở", "--by", "Tổ NDTQ số 3")
    assert added.code == 0, added
    item = int(added.out.strip())  # the new id alone, for scripts

    def shown(on: str) -> dict:
        rows = json.loads(cli(*base, "list", "--json", "--on", on).out)
        assert [r["id"] for r in rows] == [item]
        assert set(rows[0]) == {"id", "received", "deadline", "status", "overdue", "hamlet",
                                "commune", "officer", "field", "content"}
        return rows[0]

    # Received Wednesday 03/02/2027; 04/02 to 10/02 are Tết days off, so the seven working
    # days are 11, 12, 15, 16, 17, 18 and 19 February.
    first = shown("2027-02-19")
    assert first == {"id": item, "received": "2027-02-03", "deadline": "2027-02-19",
                     "status": "received", "overdue": False, "hamlet": "Ấp Phú Hòa",
                     "commune": "Xã An Khánh", "officer": "Nguyễn Thị Lan", "field": "Đất đai",
                     "content": "Đoạn đường đal liên ấp bị sạt lở"}
    assert shown("2027-02-22")["overdue"] is True  # the next working day after the deadline

    assert cli(*base, "forward", item, "--to", "Phòng Kinh tế và Hạ tầng", "--on",
               "2027-02-11").code == 0
    assert shown("2027-02-18")["status"] == "forwarded"
    assert cli(*base, "answer", item, "--text", "Sẽ khắc phục trong tháng 3", "--on",
               "2027-02-24").code == 0
    answered = shown("2027-02-25")
    assert (answered["status"], answered["overdue"]) == ("answered", False)
    assert shown("2027-02-23")["overdue"] is True  # looking back: overdue until the answer
    done = cli(*base, "resolve", item, "--on", "2027-03-10", "--note", "Đã đổ bê tông lại")
    assert done.code == 0 and "giải quyết xong" in done.out
    assert shown("2027-03-10")["status"] == "resolved"

    history = json.loads(cli(*base, "show", item, "--json").out)["history"]
    assert [(h["on"], h["status"], h["note"]) for h in history] == [
        ("2027-02-03", "received", ""),
        ("2027-02-11", "forwarded", "Phòng Kinh tế và Hạ tầng"),
        ("2027-02-24", "answered", "Sẽ khắc phục trong tháng 3"),
        ("2027-03-10", "resolved", "Đã đổ bê tông lại")]
    with db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(
            AuditEntry.entity == "feedback", AuditEntry.entity_id == item)
            .order_by(AuditEntry.id)))
    assert actions == ["feedback.create", "feedback.forwarded", "feedback.answered",
                       "feedback.resolved"]


def test_a_complex_matter_has_fifteen_working_days(place):
    db, ids = place
    item = _add(db, ids, is_complex=True)
    assert feedback_item(db, item)["deadline"] == "2027-03-03"
    service.update_feedback(db, item, is_complex=False)
    assert feedback_item(db, item)["deadline"] == "2027-02-19"


@pytest.mark.parametrize(("steps", "command", "words"), [
    ([], ["resolve"], "cần có trả lời"),
    ([], ["answer", "--text", "Đã trả lời"], "chuyển đến giải quyết trước"),
    ([["forward", "--to", "UBND xã"]], ["resolve"], "cần có trả lời"),
    ([["forward", "--to", "UBND xã"], ["answer", "--text", "Được"]], ["forward", "--to", "Huyện"],
     "đã có trả lời"),
    ([["forward", "--to", "UBND xã"], ["answer", "--text", "Được"], ["resolve"]],
     ["close", "--reason", "Trùng"], "đã kết thúc"),
])
def test_an_invalid_step_is_one_sentence_naming_the_item(place, cli, db_path, steps, command,
                                                         words):
    db, ids = place
    item = _add(db, ids)
    for step in steps:
        assert cli("--db", db_path, "feedback", step[0], item, *step[1:], "--on",
                   "2027-02-05").code == 0
    before = feedback_item(db, item)
    result = cli("--db", db_path, "feedback", command[0], item, *command[1:], "--on",
                 "2027-02-08")
    assert result.code != 0 and result.out == ""
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and f"Phản ánh số {item}" in lines[0] and words in lines[0]
    assert "Traceback" not in result.err
    assert feedback_item(db, item) == before


def test_a_step_dated_before_the_one_it_follows_is_refused(place):
    db, ids = place
    item = _add(db, ids)
    with pytest.raises(InvalidInput, match=r"Ngày chuyển 02/02/2027 .* trước ngày tiếp nhận "
                                           r"03/02/2027"):
        service.forward_feedback(db, item, "UBND xã", D(2027, 2, 2))
    service.forward_feedback(db, item, "UBND xã", D(2027, 2, 4))
    with pytest.raises(InvalidInput, match="trước ngày chuyển 04/02/2027"):
        service.answer_feedback(db, item, "Đã xử lý", D(2027, 2, 3))


def test_the_overdue_list_is_right_on_the_day_chosen(place, cli, db_path):
    db, ids = place
    # Deadlines: 03/02 -> 19/02 (Tết in between); 22/02 -> 03/03; 01/03 -> 10/03.
    waiting = _add(db, ids, received=D(2027, 2, 3))
    forwarded = _add(db, ids, received=D(2027, 2, 3), hamlet="phu_loc")
    service.forward_feedback(db, forwarded, "Công an xã", D(2027, 2, 4))
    answered_late = _add(db, ids, received=D(2027, 2, 3), officer="tam")
    service.forward_feedback(db, answered_late, "UBND xã", D(2027, 2, 4))
    service.answer_feedback(db, answered_late, "Đã trả lời", D(2027, 2, 25))
    closed = _add(db, ids, received=D(2027, 2, 3), hamlet="an_thanh")
    service.close_feedback(db, closed, "Trùng với phản ánh trước", D(2027, 2, 22))
    later = _add(db, ids, received=D(2027, 2, 22), field="Hạ tầng")
    complex_one = _add(db, ids, received=D(2027, 2, 3), is_complex=True)  # due 03/03
    recent = _add(db, ids, received=D(2027, 3, 1))

    def overdue(on: str) -> set[int]:
        result = cli("--db", db_path, "feedback", "list", "--overdue", "--json", "--on", on)
        assert result.code == 0, result
        return {row["id"] for row in json.loads(result.out)}

    assert overdue("2027-02-19") == set()  # due that day: not yet late
    assert overdue("2027-02-20") == {waiting, forwarded, answered_late, closed}
    assert overdue("2027-02-23") == {waiting, forwarded, answered_late}  # closed on 22/02
    assert overdue("2027-02-25") == {waiting, forwarded}  # the answer came on 25/02
    assert overdue("2027-03-04") == {waiting, forwarded, later, complex_one}
    assert recent not in overdue("2027-03-10") and recent in overdue("2027-03-11")
    # The same rule in Python and in SQL, item by item.
    page = list_feedback(db, on=D(2027, 3, 4))
    assert {r["id"] for r in page.rows if r["overdue"]} == overdue("2027-03-04")
    assert page.overdue == 4 and page.total == 7
    text = cli("--db", db_path, "feedback", "list", "--on", "2027-03-04")
    assert text.out.count("[QUÁ HẠN]") == 4


def test_lists_filter_by_status_field_commune_officer_and_search_without_accents(place):
    db, ids = place
    road = _add(db, ids, content="Đường vào ấp bị sạt lở, xe đi lại nguy hiểm")
    light = _add(db, ids, hamlet="phu_loc", officer="tam", field="Hạ tầng",
                 content="Đèn đường hỏng nhiều bóng")
    noise = _add(db, ids, hamlet="an_thanh", field="An ninh trật tự",
                 content="Quán karaoke mở nhạc lớn sau 22 giờ", raised_by="Hộ bà Trần Thị Mai")
    service.forward_feedback(db, light, "Điện lực huyện", D(2027, 2, 4))

    def ids_of(**flt) -> list[int]:
        return [r["id"] for r in list_feedback(db, FeedbackFilter(**flt), on=D(2027, 2, 5)).rows]

    assert ids_of(search="sat lo") == [road]
    assert ids_of(search="DUONG") == [light, road]  # newest first, then by number
    assert ids_of(search="tran thi mai") == [noise]  # who raised it is searched too
    assert ids_of(search="dien luc") == [light]  # and the body it went to
    assert ids_of(field="an ninh trat tu") == [noise]
    assert ids_of(commune_id=ids["phu_tuc"]) == [light]
    assert ids_of(officer_id=ids["lan"]) == [noise, road]
    assert ids_of(statuses=("forwarded",)) == [light]
    assert ids_of(statuses=("received",), commune_id=ids["an_khanh"]) == [noise, road]
    page = list_feedback(db, on=D(2027, 2, 5), offset=1, limit=1)
    assert (page.total, [r["id"] for r in page.rows]) == (3, [light])
    with pytest.raises(InvalidInput, match="Lĩnh vực “giao thông” không có"):
        list_feedback(db, FeedbackFilter(field="giao thông"))


def test_a_stale_version_is_refused_and_undo_takes_a_step_back(place):
    db, ids = place
    item = _add(db, ids)
    seen = feedback_item(db, item)["row_version"]
    service.forward_feedback(db, item, "UBND xã", D(2027, 2, 4), expected_version=seen)
    with pytest.raises(ConcurrentEditError, match=f"Phản ánh số {item}"):
        service.forward_feedback(db, item, "Huyện", D(2027, 2, 5), expected_version=seen)
    service.forward_feedback(db, item, "Phòng Tài nguyên và Môi trường", D(2027, 2, 5))
    service.undo_step(db, item)
    back = feedback_item(db, item)
    assert (back["status"], back["forwarded_to"], back["forwarded_on"]) == (
        "forwarded", "UBND xã", "2027-02-04")
    service.undo_step(db, item)
    assert feedback_item(db, item)["status"] == "received"
    assert [h["status"] for h in feedback_item(db, item)["history"]] == ["received"]
    service.delete_feedback(db, item)
    with db.read() as s:
        assert s.get(Feedback, item) is None


def test_unknown_field_missing_hamlet_and_bad_dates_are_one_sentence(place, cli, db_path):
    _db, ids = place
    base = ("--db", db_path, "feedback", "add", "--officer", ids["lan"], "--content", "x")
    cases = [
        (["--hamlet", ids["phu_hoa"], "--received", "2027-02-03", "--field", "Giao thông"],
         "Lĩnh vực “Giao thông” không có trong danh sách"),
        (["--hamlet", 999, "--received", "2027-02-03", "--field", "Khác"],
         "Không có ấp, khu phố mã 999"),
        (["--hamlet", ids["phu_hoa"], "--received", "03/02/2027", "--field", "Khác"],
         "--received phải có dạng YYYY-MM-DD"),
        (["--hamlet", ids["phu_hoa"], "--received", "1900-01-01", "--field", "Khác"],
         "không hợp lệ"),
    ]
    for args, words in cases:
        result = cli(*base, *args)
        assert result.code != 0 and result.out == "", result
        assert len(result.err.strip().splitlines()) == 1 and words in result.err, result


def test_counts_pdf_summary_and_excel_export(place, cli, db_path, tmp_path):
    db, ids = place
    road = _add(db, ids, received=D(2027, 1, 5))  # due 14/01
    service.forward_feedback(db, road, "UBND xã", D(2027, 1, 6))
    service.answer_feedback(db, road, "Đã sửa", D(2027, 1, 12))
    service.resolve_feedback(db, road, D(2027, 2, 1))
    light = _add(db, ids, hamlet="phu_loc", field="Hạ tầng", received=D(2027, 2, 3),
                 content="Đèn đường hỏng")  # due 19/02, never answered
    _add(db, ids, field="Hạ tầng", received=D(2027, 2, 22), content="Cống nghẹt")  # due 03/03

    out = tmp_path / "phan_anh.pdf"
    result = cli("--db", db_path, "report", "feedback", "2027-02", "-o", out, "--on",
                 "2027-02-26")
    assert result.code == 0, result
    text = flat(pdf_text(out))
    assert "BÁO CÁO" in text and "phản ánh, kiến nghị của nhân dân tháng 2 năm 2027" in text
    assert ("đã tiếp nhận 2 phản ánh, kiến nghị của nhân dân; đã giải quyết xong 1. Đến ngày "
            "26/02/2027 còn 2 phản ánh, kiến nghị chưa giải quyết xong, trong đó 1 quá hạn "
            "trả lời.") in text
    assert "Đèn đường hỏng" in text and "19/02/2027" in text  # the overdue item, its deadline
    assert "Cống nghẹt" not in text  # not overdue
    assert "Xã Phú Túc 1 0 1 1" in text and "Hạ tầng 2 0 1 2" in text

    year = cli("--db", db_path, "report", "feedback", "2027", "-o", tmp_path / "nam.pdf",
               "--on", "2027-02-26")
    assert year.code == 0 and "năm 2027 (3 tiếp nhận, 1 đã giải quyết, 1 quá hạn)" in year.out

    xlsx = tmp_path / "phan_anh.xlsx"
    assert cli("--db", db_path, "feedback", "export", "-o", xlsx, "--period", "2027-02",
               "--on", "2027-02-26").code == 0
    wb = load_workbook(xlsx)
    ws = wb["Phản ánh, kiến nghị"]
    header = [c.value for c in ws[3]]
    assert header[:4] == ["Số", "Ngày nhận", "Nơi phản ánh", "Cán bộ tiếp nhận"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    assert [r[0] for r in rows] == [light, light + 1]  # received in February, oldest first
    assert rows[0][1] == dt.datetime(2027, 2, 3) and ws.cell(4, 2).number_format == "dd/mm/yyyy"
    assert rows[0][header.index("Quá hạn")] == "Quá hạn"
    assert rows[0][header.index("Trạng thái")] == "Đã tiếp nhận, QUÁ HẠN"
    assert ws.print_area == "'Phản ánh, kiến nghị'!$A$1:$J$5"  # one page across
    assert rows[0][header.index("Nơi phản ánh")] == "Ấp Phú Lộc, Xã Phú Túc"
    assert rows[1][header.index("Hạn trả lời")] == dt.datetime(2027, 3, 3)
    by_field = {r[0].value: [c.value for c in r[1:]] for r in wb["Theo lĩnh vực"].iter_rows(
        min_row=4)}
    assert by_field["Hạ tầng"] == [2, 0, 1, 2] and by_field["Đất đai"] == [0, 1, 0, 0]


def test_a_report_for_a_bad_period_writes_nothing(cli, demo_path, tmp_path):
    out = tmp_path / "x.pdf"
    result = cli("--db", demo_path, "report", "feedback", "2027-13", "-o", out)
    assert result.code != 0 and "YYYY hoặc YYYY-MM" in result.err and not out.exists()


RACER = textwrap.dedent("""
    import sys, datetime as dt
    from dvdesk.errors import DvDeskError
    from dvdesk.services.feedback import answer_feedback
    from dvdesk.store import open_database

    db = open_database(sys.argv[1])
    try:
        answer_feedback(db, int(sys.argv[2]), sys.argv[3], dt.date(2027, 2, 8))
        print("answered")
    except DvDeskError as error:
        print("refused:", error)
    db.dispose()
""")


def test_two_programs_answering_at_once_leave_one_answer(any_db_url, tmp_path):
    """The status is re-checked under the lock: the second answer sees the first."""
    db = open_database(any_db_url)
    try:
        commune = add_unit(db, "commune", "An Khánh")
        hamlet = add_unit(db, "hamlet", "Ấp Phú Hòa", commune)
        officer = add_officer(db, "Nguyễn Thị Lan")
        item = service.add_feedback(db, hamlet_id=hamlet, officer_id=officer,
                                    received=D(2027, 2, 3), field="Khác", content="x")
        service.forward_feedback(db, item, "UBND xã", D(2027, 2, 4))
    finally:
        db.dispose()
    script = tmp_path / "racer.py"
    script.write_text(RACER, encoding="utf-8")
    procs = [subprocess.Popen([sys.executable, str(script), any_db_url, str(item), text],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True)
             for text in ("Trả lời của xã", "Trả lời của huyện")]
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        outputs.append(out.strip())
    assert sorted(o.split(":")[0] for o in outputs) == ["answered", "refused"]
    refused = next(o for o in outputs if o.startswith("refused"))
    assert "đang ở trạng thái “Đã trả lời”" in refused
    db = open_database(any_db_url)
    try:
        item_now = feedback_item(db, item)
        assert [h["status"] for h in item_now["history"]] == ["received", "forwarded",
                                                               "answered"]
        assert item_now["answer"] in ("Trả lời của xã", "Trả lời của huyện")
    finally:
        db.dispose()


def test_counts_follow_every_change(place):
    """The counts are kept between calls; any change to an item shows in the next ones."""
    from dvdesk.services.feedback_read import feedback_counts

    db, ids = place
    on = D(2027, 2, 26)

    def total() -> dict:
        return feedback_counts(db, "2027-02", on)["total"]

    assert total() == {"received": 0, "resolved": 0, "overdue": 0, "open": 0}
    item = _add(db, ids)
    assert total() == {"received": 1, "resolved": 0, "overdue": 1, "open": 1}
    service.forward_feedback(db, item, "UBND xã", D(2027, 2, 4))
    service.answer_feedback(db, item, "Đã trả lời", D(2027, 2, 10))
    assert total() == {"received": 1, "resolved": 0, "overdue": 0, "open": 1}
    service.resolve_feedback(db, item, D(2027, 2, 20))
    assert total() == {"received": 1, "resolved": 1, "overdue": 0, "open": 0}
    service.update_feedback(db, item, field="Hạ tầng")
    by_field = {r["name"]: r["received"] for r in feedback_counts(db, "2027-02", on)["by_field"]}
    assert (by_field["Hạ tầng"], by_field["Đất đai"]) == (1, 0)
