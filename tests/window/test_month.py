"""The secretary's month, counted: from "last month is approved" to "this month approved
and printed" in at most 10 actions (clicks, typings, keys), in the real window."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from dvdesk.services import calendar
from dvdesk.store import open_database

MOST_ACTIONS = 10


def months_around(today: dt.date) -> tuple[str, str]:
    """(this month, next month): the window opens on next month, the one being prepared."""
    this = f"{today.year:04d}-{today.month:02d}"
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return this, f"{year:04d}-{month:02d}"


def _last_month_approved(path, month: str) -> None:
    db = open_database(str(path))
    try:
        calendar.new_month(db, month)
        calendar.plan(db, month)
        calendar.approve(db, month, "14-LT/HU", "Nguyễn Văn A")
    finally:
        db.dispose()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_month_in_at_most_ten_actions(launch, demo_path, lang):
    last, this = months_around(dt.date.today())
    _last_month_approved(demo_path, last)
    shown = f"{this[5:]}/{this[:4]}"
    app = launch(lang=lang)

    app.open_page("Lịch sinh hoạt")                                     # 1
    app.click("Sao chép tháng trước")                               # 2: copy and plan
    app.wait_for("cuộc họp giữ ngày, buổi của tháng trước" if lang == "vi"
                 else "meetings keep last month's day and session", timeout=120)
    app.click("Duyệt…")                                             # 3
    approve = app.dialog(f"Duyệt lịch tháng {shown}")
    assert approve.field("Ngày duyệt")["date"] == dt.date.today().isoformat()
    assert approve.field("Người duyệt")["value"]  # the signer from the settings
    assert approve.field("Số văn bản")["focus"]
    approve.type_into("Số văn bản", "15-LT/HU")                     # 4 (the cursor is there)
    approve.click("Đồng ý")                                         # 5
    app.wait_gone("Duyệt lịch tháng")
    app.wait_for("ĐÃ DUYỆT số 15-LT/HU")
    app.click("Xem bản in…")                                        # 6
    preview = app.dialog(f"Bản in lịch tháng {shown} — Bản 1", timeout=120)
    preview.click("In…")                                            # 7
    printing = app.dialog("In", match="exact")
    target = printing.field("Tệp in ra")["value"]
    printing.click("In")                                            # 8
    app.wait_gone("In", timeout=60, match="exact")

    assert app.actions <= MOST_ACTIONS, app.log
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "15-LT/HU" in text and f"tháng {int(this[5:])} năm {this[:4]}" in " ".join(text.split())
    assert "DỰ THẢO" not in text
    db = open_database(str(demo_path))
    try:
        state = calendar.month_state(db, this)
    finally:
        db.dispose()
    assert (state.status, state.number, state.version) == ("approved", "15-LT/HU", 1)
    print(f"{lang}: {app.actions} actions: {app.log}")
    preview.click("Đóng")
    assert app.close() == 0
