"""The services' refusals in the English window: approving a month whose meetings have no
day yet, approving without a number, and forwarding a feedback item on a day before it was
received; and why auto-scheduling left conflicts. Each is provoked by clicking and typing;
what the window says reads in English, not one Vietnamese letter but in names."""

from __future__ import annotations

import datetime as dt
import re

from dvdesk.services import calendar
from dvdesk.services.feedback_read import FeedbackFilter, list_feedback
from dvdesk.store import open_database

MONTH = "2026-12"
VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
                        re.IGNORECASE)


def _with_db(path, work):
    db = open_database(str(path))
    try:
        return work(db)
    finally:
        db.dispose()


def _refusal(app, sentence: str, shot: str) -> None:
    """The message box says ``sentence``, all of it in English; it is closed with OK."""
    box = app.dialog("DV Desk")
    box.wait_for(sentence)
    app.screenshot(shot)
    for text in box.texts():
        assert not VIETNAMESE.search(text), text
    box.click("Đồng ý")
    app.wait_gone("DV Desk")


def test_calendar_refusals_read_in_english(launch, demo_path):
    unplaced = _with_db(demo_path, lambda db: calendar.new_month(db, MONTH))  # nothing planned
    app = launch(lang="en", page="calendar", month=MONTH)
    app.click("Duyệt…")
    approve = app.dialog("Duyệt lịch tháng 12/2026")
    approve.type_into("Số văn bản", "15-LT/HU")
    approve.click("Đồng ý")
    count = unplaced["committees"] + unplaced["cells"]
    _refusal(app, f"{count} meetings have no date yet; schedule them before approving.",
             "unplaced")

    app.click("Duyệt…")  # the number is asked for before anything else
    approve = app.dialog("Duyệt lịch tháng 12/2026")
    approve.type_into("Số văn bản", "   ")
    approve.click("Đồng ý")
    _refusal(app, "Approval needs the calendar's document number (for example 15-LT/HU).",
             "no-number")
    assert _with_db(demo_path, lambda db: calendar.month_state(db, MONTH).status) == "draft"
    assert app.close() == 0


def test_a_feedback_step_before_its_receipt_reads_in_english(launch, demo_path):
    rows = _with_db(demo_path, lambda db: list_feedback(db, FeedbackFilter()).rows)
    contents = [r["content"] for r in rows]
    item = next(r for r in rows if r["status"] == "received"
                and contents.count(r["content"]) == 1)  # its row found by what it says
    received = dt.date.fromisoformat(item["received"])
    early = received - dt.timedelta(days=3)
    app = launch(lang="en", page="feedback")
    app.type_into("Search content, hamlet, officer…", item["content"])  # the hamlet level's word
    app.click(item["content"], kinds=["item"])
    app.click("Chuyển…")
    step = app.dialog(f"Chuyển phản ánh số {item['id']}")
    step.type_into("Chuyển đến", "UBND xã")
    step.type_into("Ngày", f"{early:%d/%m/%Y}")
    step.click("Đồng ý")
    _refusal(app, f"Date forwarded {early:%d/%m/%Y} of feedback no. {item['id']} cannot be "
                  f"before the date received {received:%d/%m/%Y}.", "feedback-early")
    status = _with_db(demo_path, lambda db: next(
        r for r in list_feedback(db, FeedbackFilter()).rows if r["id"] == item["id"])["status"])
    assert status == "received"  # nothing written
    assert app.close() == 0


def test_why_the_planner_left_conflicts_reads_in_english(launch, demo_path):
    _with_db(demo_path, lambda db: calendar.new_month(db, "2027-02"))  # Tết covers days 7–9
    app = launch(lang="en", page="calendar", month="2027-02")
    app.click("Xếp lịch tự động")
    app.wait_for("falls entirely on holidays", timeout=120)
    app.screenshot("reasons")
    reasons = [t for t in app.texts() if "falls entirely on holidays" in t]
    assert reasons and "widen or move this month's window." in reasons[0]
    # The holiday's own name is data (the calendar of holidays); the sentence around it is
    # English.
    assert not VIETNAMESE.search(reasons[0].replace("Tết Nguyên Đán", "")), reasons[0]
    assert app.close() == 0
