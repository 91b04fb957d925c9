"""Every Designer form (ui/*.ui), opened in the real window the way the secretary opens it,
seen on screen (a window of its own, fields inside, not blank) and filled in by typing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from dvdesk.domain.models import Officer
from dvdesk.services import calendar
from dvdesk.store import open_database
from tests.window.driver import ROOT

MONTH = "2026-12"


def _planned_month(path: Path) -> None:
    db = open_database(str(path))
    try:
        calendar.new_month(db, MONTH)
        calendar.plan(db, MONTH)
    finally:
        db.dispose()


def approve_form(launch, demo_path, lang):
    _planned_month(demo_path)
    app = launch(lang=lang, page="calendar", month=MONTH)
    app.click("Duyệt…")
    form = app.dialog("Duyệt lịch tháng 12/2026")
    assert form.field("Ngày duyệt")["date"] == __import__("datetime").date.today().isoformat()
    form.type_into("Số văn bản", "15-LT/HU")
    form.type_into("Người duyệt", "Nguyễn Văn Ấp")
    form.click("Đồng ý")
    app.wait_gone("Duyệt lịch tháng")
    app.wait_for("ĐÃ DUYỆT số 15-LT/HU")
    db = open_database(str(demo_path))
    try:
        state = calendar.month_state(db, MONTH)
    finally:
        db.dispose()
    assert (state.status, state.number, state.approved_by) == (
        "approved", "15-LT/HU", "Nguyễn Văn Ấp")
    return app


def meeting_form(launch, demo_path, lang):
    _planned_month(demo_path)
    db = open_database(str(demo_path))
    try:
        row = next(r for r in calendar.month_state(db, MONTH).rows if r.kind == "committee")
    finally:
        db.dispose()
    app = launch(lang=lang, page="calendar", month=MONTH)
    app.click("Danh sách")
    app.click(row.unit, kinds=["item"])
    app.click("Sửa cuộc họp…")
    form = app.dialog("Sửa cuộc họp")
    form.type_into("Địa điểm", "Hội trường Ủy ban nhân dân xã")
    form.type_into("Ghi chú", "Mời thêm Bí thư chi bộ")
    form.click("Ghim (xếp lịch tự động không dời cuộc họp này)")
    form.click("Đồng ý")
    app.wait_gone("Sửa cuộc họp")
    app.wait_for("Hội trường Ủy ban nhân dân xã")
    db = open_database(str(demo_path))
    try:
        changed = {r.id: r for r in calendar.month_state(db, MONTH).rows}[row.id]
    finally:
        db.dispose()
    assert (changed.place, changed.note, changed.pinned) == (
        "Hội trường Ủy ban nhân dân xã", "Mời thêm Bí thư chi bộ", True)
    return app


def windows_form(launch, demo_path, lang):
    _planned_month(demo_path)
    app = launch(lang=lang, page="calendar", month=MONTH)
    app.click("Khung ngày…")
    form = app.dialog("Khung ngày họp của tháng")
    for label, value in (("Đảng ủy xã họp từ ngày", "16"), ("Đảng ủy xã họp đến ngày", "18"),
                         ("Chi bộ sinh hoạt đến ngày", "24"),
                         ("Chi bộ sinh hoạt từ ngày", "19")):
        form.type_into(label, value)
    form.click("Đồng ý")
    app.wait_gone("Khung ngày họp của tháng")
    app.wait_for("16–18")  # the summary under the grid: "… khung: đảng ủy 16–18, chi bộ 19–24"
    assert app.sees("19–24")
    db = open_database(str(demo_path))
    try:
        windows = calendar.month_state(db, MONTH).windows
    finally:
        db.dispose()
    assert windows == {"committee": (16, 18), "cell": (19, 24)}
    return app


def officer_form(launch, demo_path, lang):
    app = launch(lang=lang, page="officers")
    app.click("Thêm…")
    form = app.dialog("Thêm cán bộ")
    form.type_into("Họ và tên", "Trần Thị Thu Hà")
    form.type_into("Chức vụ", "Phó Trưởng ban Dân vận")
    form.type_into("Đơn vị công tác", "Ban Dân vận Huyện ủy")
    form.choose("Cấp", "Huyện")
    form.type_into("Điện thoại", "0912 345 678")
    form.click("Cấp ủy viên")
    form.click("Đồng ý")
    app.wait_gone("Thêm cán bộ")
    app.wait_for("Trần Thị Thu Hà")
    db = open_database(str(demo_path))
    try:
        with db.read() as session:
            found = list(session.scalars(select(Officer).where(
                Officer.full_name == "Trần Thị Thu Hà")))
    finally:
        db.dispose()
    assert [(o.title, o.workplace, o.phone, o.is_committee_member) for o in found] == [
        ("Phó Trưởng ban Dân vận", "Ban Dân vận Huyện ủy", "0912345678", True)]
    return app


FORMS = {
    "calendar_approve_dialog": approve_form,
    "calendar_meeting_dialog": meeting_form,
    "calendar_windows_dialog": windows_form,
    "officer_dialog": officer_form,
}


def test_every_form_in_ui_is_covered_here():
    assert {p.stem for p in (ROOT / "ui").glob("*.ui")} == set(FORMS)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("form", sorted(FORMS))
def test_form_opens_as_a_window_and_takes_typing(launch, demo_path, form, lang):
    app = FORMS[form](launch, demo_path, lang)
    assert app.close() == 0
