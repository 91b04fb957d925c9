"""The calendar, attendance, feedback and workbook refusals an English user meets, in English.

Each test provokes real failures against a real SQLite file (the demo district) with
English in force and reads the sentence the service raised or returned: English, every
template translated, not one Vietnamese letter; the same error still says itself in
Vietnamese where that is asked. The command line speaks English when asked with
DVDESK_LANG and Vietnamese otherwise.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dvdesk import i18n
from dvdesk.domain import messages
from tests.english import VIETNAMESE, refused

APPROVED = "2026-10"  # approved in the demo as 12-LT/HU
DRAFT = "2026-12"


def said(error: Exception) -> str:
    """The sentence an error carries, as raised (a message keeps its template)."""
    return error.args[0]


def assert_english(sentence: str, *expected: str, printed: bool = False) -> None:
    """All of ``expected`` said, no Vietnamese letter, and (unless ``printed``: text read
    back from a terminal) every part of the message translated."""
    for part in expected:
        assert part in sentence, sentence
    assert printed or messages.untranslated(sentence, "en") == [], sentence
    assert not VIETNAMESE.search(sentence), sentence


def test_calendar_refusals_in_english(demo_db, english):
    from dvdesk.services import calendar

    db = demo_db
    calendar.new_month(db, DRAFT)  # its meetings have no day yet
    unplaced = refused(lambda: calendar.approve(db, DRAFT, "15-LT/HU"))
    assert_english(said(unplaced), "meetings have no date yet; schedule them before approving.")
    assert unplaced.sentence("vi").startswith("Còn ") and "chưa xếp ngày" in \
        unplaced.sentence("vi")
    no_number = refused(lambda: calendar.approve(db, DRAFT, "  "))
    assert_english(said(no_number), "Approval needs the calendar's document number")

    meeting = calendar.calendar_view(db, APPROVED)["meetings"][0]["id"]
    approved = refused(lambda: calendar.update_meeting(db, meeting, place="Hội trường"))
    assert str(approved) == ("The 10/2026 calendar is approved (no. 12-LT/HU); open a "
                             "revision to change it.")
    assert approved.sentence("vi") == ("Lịch tháng 10/2026 đã duyệt (số 12-LT/HU); hãy mở bản "
                                       "điều chỉnh để sửa.")
    for error, words in (
        (refused(lambda: calendar.new_month(db, APPROVED)), "already exists"),
        (refused(lambda: calendar.plan(db, "2027-05")),
         "There is no calendar for 05/2027 yet; run: dvdesk calendar new 2027-05."),
        (refused(lambda: calendar.update_meeting(db, calendar.calendar_view(db, DRAFT)[
            "meetings"][0]["id"], day=dt.date(2027, 1, 3))), "03/01/2027 is not in 12/2026"),
        (refused(lambda: calendar.revise(db, DRAFT)), "is still a draft"),
        (refused(lambda: calendar.new_month(db, "2026-13")), "The month must be YYYY-MM"),
    ):
        assert_english(said(error), words)
    # The length check words its sentence itself (services.validation), with our label.
    too_long = refused(lambda: calendar.update_meeting(db, calendar.calendar_view(db, DRAFT)[
        "meetings"][0]["id"], place="x" * 5000))
    assert_english(str(too_long), "Place is 5000 characters long, more than the 300 allowed.",
                   printed=True)


def test_attendance_refusals_in_english(demo_db, tmp_path, english):
    from openpyxl import Workbook

    from dvdesk.services import attendance, calendar
    from dvdesk.services.attendance_read import month_meetings, month_range
    from dvdesk.services.attendance_sheet import plan_sheet

    db = demo_db
    calendar.new_month(db, DRAFT)
    meeting = month_meetings(db, APPROVED)[0]
    stranger = 999_999
    for error, words in (
        (refused(lambda: attendance.record_attendance(db, DRAFT, 1, 1, "present")),
         "is not approved; attendance is recorded only against an approved calendar."),
        (refused(lambda: attendance.record_attendance(db, APPROVED, meeting.id,
                                                      meeting.expected[0].officer_id, "late")),
         "Attendance must be present, excused or absent, not 'late'."),
        (refused(lambda: attendance.record_attendance(db, APPROVED, meeting.id, stranger,
                                                      "present")),
         f"There is no officer with id {stranger}."),
        (refused(lambda: month_range("2026-11", "2026-10")),
         "The first month 11/2026 must not be after the last month 10/2026."),
    ):
        assert_english(said(error), words)

    # A sheet with a row whose meeting does not exist and one with an unknown mark.
    sheet = tmp_path / "du-hop.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["STT", "Mã cuộc họp", "Mã cán bộ", "Họ và tên", "Tình trạng", "Lý do"])
    ws.append([1, 987_654, meeting.expected[0].officer_id, "", "Có mặt", ""])
    ws.append([2, meeting.id, meeting.expected[0].officer_id, "", "Đến muộn", ""])
    wb.save(sheet)
    plan = plan_sheet(db, sheet)
    reasons = sorted(str(p.message) for p in plan.problems)
    assert reasons[0] == "There is no meeting with id 987654."
    assert reasons[1].startswith("Unknown attendance “Đến muộn”")  # the cell, quoted as typed
    for problem in plan.problems:
        assert messages.untranslated(problem.message, "en") == []
    assert_english(plan.summary(), "rows of")


def test_feedback_refusals_in_english(demo_db, english):
    from dvdesk.services import feedback
    from dvdesk.services.feedback_read import FeedbackFilter, list_feedback, period_bounds

    db = demo_db
    rows = list_feedback(db, FeedbackFilter()).rows
    received = next(r for r in rows if r["status"] == "received")
    finished = next(r for r in rows if r["status"] == "resolved")
    day = dt.date.fromisoformat(received["received"])
    early = refused(lambda: feedback.forward_feedback(db, received["id"], "UBND xã",
                                                      day - dt.timedelta(days=3)))
    assert str(early) == (f"Date forwarded {day - dt.timedelta(days=3):%d/%m/%Y} of feedback "
                          f"no. {received['id']} cannot be before the date received "
                          f"{day:%d/%m/%Y}.")
    assert early.sentence("vi") == (
        f"Ngày chuyển {day - dt.timedelta(days=3):%d/%m/%Y} của phản ánh số {received['id']} "
        f"không được trước ngày tiếp nhận {day:%d/%m/%Y}.")
    done = refused(lambda: feedback.forward_feedback(db, finished["id"], "UBND xã"))
    assert str(done) == (f"Feedback no. {finished['id']} is “Resolved”, so it cannot become "
                         "“Forwarded”: the matter is already finished.")
    for error, words in (
        (refused(lambda: feedback.answer_feedback(db, received["id"], "   ")),
         "Please enter the answer."),
        (refused(lambda: feedback.delete_feedback(db, finished["id"])),
         "is “resolved”, no longer just received, so it cannot be deleted."),
        (refused(lambda: list_feedback(db, FeedbackFilter(statuses=["lost"]))),
         "Unknown status: lost"),
        (refused(lambda: period_bounds("11/2026")), "The report period must be YYYY or YYYY-MM"),
        (refused(lambda: feedback.forward_feedback(db, 987_654, "UBND xã")),
         "There is no feedback no. 987654."),
    ):
        assert_english(said(error), words)


def test_workbook_refusals_in_english(tmp_path, english):
    from dvdesk.documents.xlsx_lists import ListReadError, read_lists

    old = tmp_path / "cu.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"not a workbook")
    for path, words in ((old, "is in the old Excel format (.xls)"),
                        (broken, "is not a readable Excel workbook (.xlsx)"),
                        (tmp_path / "absent.xlsx", "was not found")):
        with pytest.raises(ListReadError) as caught:
            read_lists(path)
        assert_english(said(caught.value), words)


def test_the_command_line_says_calendar_refusals_in_the_language_asked(demo_path, cli,
                                                                       monkeypatch):
    args = ("--db", demo_path, "calendar", "approve", APPROVED, "--number", "15-LT/HU")
    vietnamese = cli(*args)
    assert vietnamese.code != 0 and "Lịch tháng 10/2026 đã duyệt (số 12-LT/HU)" in vietnamese.err
    monkeypatch.setenv("DVDESK_LANG", "en")
    try:
        english = cli(*args)
        assert english.code != 0
        assert_english(english.err.strip(), "The 10/2026 calendar is approved (no. 12-LT/HU)",
                       printed=True)
        missing = cli("--db", demo_path, "calendar", "show", "2027-05")
        assert_english(missing.err.strip(), "There is no calendar for 05/2027 yet", printed=True)
        shown = cli("--db", demo_path, "calendar", "show", APPROVED).out.splitlines()
        assert shown[0].startswith("MEETING CALENDAR 10/2026 — version 1 (approved, no. 12-LT/HU")
        assert shown[-1] == "222 meetings."
        listed = cli("--db", demo_path, "attendance", "show", APPROVED).out.splitlines()
        assert listed[0] == "ATTENDANCE FOR 10/2026" and listed[2].startswith("Overall: expected")
    finally:
        i18n.use_language("vi")


def test_the_command_line_counts_units_in_the_plural_in_english(demo_path, cli, monkeypatch,
                                                                 tmp_path):
    args = ("--db", demo_path, "report", "assignments", "-o", tmp_path / "list.pdf")
    vietnamese = cli(*args)
    assert vietnamese.code == 0 and "(6 cụm, 21 xã, 117 ấp)" in vietnamese.out
    monkeypatch.setenv("DVDESK_LANG", "en")
    try:
        english = cli(*args)
        assert english.code == 0
        assert "the assignment list (6 clusters, 21 communes, 117 hamlets)" in english.out
    finally:
        i18n.use_language("vi")


def test_the_planners_reasons_in_english(demo_db, english):
    from dvdesk.services import calendar

    db = demo_db
    calendar.new_month(db, "2027-02")  # the committees' window (7–9) is all Tết
    outcome = calendar.plan(db, "2027-02")
    window = next(r for r in outcome.reasons if "falls entirely on holidays" in r)
    assert str(window) == ("The window 7–9/02/2027 of 21 committee meetings falls entirely on "
                           "holidays (Tết Nguyên Đán); widen or move this month's window.")
    assert all(messages.untranslated(r, "en") == [] for r in outcome.reasons)
    # ... and the same reason in Vietnamese, as the paper and the command line say it.
    assert window.render("vi").startswith("Khung ngày 7–9/02/2027 của 21 cuộc họp đảng ủy trùng")


def test_documents_made_from_the_english_window_are_vietnamese(demo_db, tmp_path, english):
    """Official documents are Vietnamese whatever the window speaks; a refusal while making
    one is said in English all the same."""
    import threading

    from dvdesk.services import documents
    from tests.helpers import pdf_text

    english_words = re.compile(r"\b(cluster|commune|hamlet|officer|party cell)s?\b", re.I)
    made = {}
    documents.assignments_pdf(demo_db, tmp_path / "a.pdf")
    documents.attendance_pdf(demo_db, APPROVED, tmp_path / "b.pdf")
    documents.calendar_pdf(demo_db, APPROVED, tmp_path / "c.pdf")
    for name in ("a", "b", "c"):
        made[name] = " ".join(pdf_text(tmp_path / f"{name}.pdf").split())
        assert not english_words.search(made[name]), (name, english_words.search(made[name]))
    assert "Trưởng cụm" in made["a"] and "Tỷ lệ dự sinh hoạt theo xã" in made["b"]

    error = refused(lambda: documents.calendar_pdf(demo_db, "2031-10", tmp_path / "d.pdf"))
    assert_english(said(error), "10/2031")

    # A worker writing a document leaves the window's own thread speaking English.
    entered, read = threading.Event(), threading.Event()
    seen = {}

    def write() -> None:
        with messages.on_paper():
            seen["worker"] = messages.current_language()
            entered.set()
            read.wait(5)

    worker = threading.Thread(target=write)
    worker.start()
    assert entered.wait(5)
    seen["window, meanwhile"] = messages.current_language()
    read.set()
    worker.join()
    assert seen == {"worker": "vi", "window, meanwhile": "en"}


def test_what_a_revision_changed_is_said_in_english_and_printed_in_vietnamese(english):
    from dvdesk.domain.calendar.changes import (
        MeetingChange,
        VersionMeeting,
        describe,
        describe_for_officer,
    )

    def meeting(day: int, session: str, place: str) -> VersionMeeting:
        return VersionMeeting(("cell", 7), 70 + day, "cell", "Chi bộ Ấp 1",
                              "Chi bộ Ấp 1 (xã An Khánh)", "Xã An Khánh",
                              dt.date(2026, 12, day), session, "07:30", place)

    moved = MeetingChange(meeting(10, "sang", "Hall"), meeting(12, "chieu", "Hall"),
                          joined=((3, "Lê Văn Ba"),))
    sentence = describe(moved)
    assert sentence == ("Chi bộ Ấp 1 (xã An Khánh): moved from 10/12/2026 (morning) at 07:30 "
                        "to 12/12/2026 (afternoon) at 07:30 (at Hall); comrade Lê Văn Ba added.")
    assert messages.untranslated(sentence, "en") == []
    assert sentence.render("vi") == (
        "Chi bộ Ấp 1 (xã An Khánh): chuyển từ sáng 10/12/2026 lúc 07:30 sang chiều 12/12/2026 "
        "lúc 07:30 (tại Hall); thêm đồng chí Lê Văn Ba.")
    removed = describe_for_officer(MeetingChange(meeting(10, "sang", ""), None), "removed")
    assert removed == ("Not attending Chi bộ Ấp 1 (xã An Khánh) (10/12/2026 (morning) at "
                       "07:30): the meeting is not held.")
    with messages.on_paper():
        assert describe(moved).startswith("Chi bộ Ấp 1 (xã An Khánh): chuyển từ sáng")
