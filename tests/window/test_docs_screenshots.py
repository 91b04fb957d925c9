"""Pictures of the real window for the README, taken as a person would see each page.

Always saved under tests/artifacts/; with DVDESK_DOCS_SCREENSHOTS=1 (``make screenshots``)
they also replace the ones in docs/.
"""

from __future__ import annotations

import os
import shutil

import pytest

from dvdesk.services import calendar
from dvdesk.store import open_database
from tests.window.driver import ROOT

MONTH = "2026-12"
SHOTS = [("units", "Đơn vị"), ("officers", "Cán bộ"), ("assignments", "Phân công"),
         ("calendar", "Lịch sinh hoạt"), ("reports", "Báo cáo")]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_screenshots_of_every_page(launch, demo_path, lang):
    db = open_database(str(demo_path))
    try:
        calendar.new_month(db, "2026-11")
        calendar.plan(db, "2026-11")
        calendar.approve(db, "2026-11", "14-LT/HU", "Nguyễn Văn Mẫu")
    finally:
        db.dispose()
    app = launch(lang=lang, month=MONTH)
    app.xdotool("mousemove", "1360", "760")  # no hover highlight in the pictures
    taken = {}
    for key, page in SHOTS:
        app.open_page(page)
        if key == "calendar":
            app.click("Sao chép tháng trước")
            app.wait_for("cuộc họp giữ ngày, buổi của tháng trước" if lang == "vi"
                         else "meetings keep last month's day and session", timeout=120)
        if key == "reports":
            app.click("Tạo văn bản")
            app.wait_for("lich-sinh-hoat-2026-12-du-thao.pdf", timeout=120)
        app.xdotool("mousemove", "1360", "760")
        app.request("idle", ms=400)
        taken[key] = app.screenshot(f"{key}-{lang}", ref=app.main["ref"])
    app.open_page("Lịch sinh hoạt")
    app.click("Duyệt…")
    dialog = app.dialog("Duyệt lịch tháng 12/2026")
    dialog.type_into("Số văn bản", "15-LT/HU")
    taken["approve"] = app.screenshot(f"approve-{lang}", ref=app.main["ref"])
    dialog.click("Hủy")
    assert app.close() == 0
    if os.environ.get("DVDESK_DOCS_SCREENSHOTS"):  # the ones the README shows
        for key, path in taken.items():
            if lang == "vi":
                shutil.copyfile(path, ROOT / "docs" / f"{key}.png")
            elif key == "calendar":
                shutil.copyfile(path, ROOT / "docs" / f"{key}-en.png")


def test_screenshot_of_a_communes_calendar(launch, tmp_path):
    """The merged commune of ``demo --scale commune`` (Đảng ủy xã): thôn, tổ dân phố, no
    cluster, in the month it approved."""
    from dvdesk.services.demo import build_demo

    path = tmp_path / "commune.db"
    db = open_database(str(path))
    try:
        build_demo(db, "commune")
    finally:
        db.dispose()
    app = launch(db=path, month="2026-10", page="calendar")
    app.wait_for("1 xã · 30 thôn · ")
    app.xdotool("mousemove", "1360", "760")
    app.request("idle", ms=400)
    taken = app.screenshot("calendar-commune", ref=app.main["ref"])
    assert app.close() == 0
    if os.environ.get("DVDESK_DOCS_SCREENSHOTS"):
        shutil.copyfile(taken, ROOT / "docs" / "calendar-commune.png")
