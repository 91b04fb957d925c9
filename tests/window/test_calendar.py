"""The calendar page in the real window: a row of «Danh sách» opens its meeting, pinning
says what it does, a conflict is accepted with a note and the approval lists it."""

from __future__ import annotations

from dvdesk.services import calendar
from dvdesk.store import open_database

MONTH = "2026-12"
TET = "2027-02"  # Tết covers the committees' days 7–9: conflicts that stay


def _month(path, month: str, approve: bool = False):
    db = open_database(str(path))
    try:
        calendar.new_month(db, month)
        calendar.plan(db, month)
        if approve:
            calendar.approve(db, month, "15-LT/HU")
        return calendar.month_state(db, month)
    finally:
        db.dispose()


def test_double_click_in_the_list_opens_the_meeting_draft_or_approved(launch, demo_path):
    state = _month(demo_path, MONTH)
    committee = next(r for r in state.rows if r.kind == "committee")
    app = launch(page="calendar", month=MONTH)
    app.click("Danh sách")
    app.double_click(committee.unit, kinds=["item"])
    form = app.dialog("Sửa cuộc họp")
    assert form.field("Địa điểm")["value"] == committee.place
    form.click("Hủy")
    app.wait_gone("Sửa cuộc họp")

    app.click("Duyệt…")
    approve = app.dialog("Duyệt lịch tháng 12/2026")
    approve.type_into("Số văn bản", "15-LT/HU")
    approve.key("Return")
    app.wait_for("ĐÃ DUYỆT số 15-LT/HU")
    app.double_click(committee.unit, kinds=["item"])
    view = app.dialog("Cuộc họp (đã duyệt, chỉ xem)")
    assert not view.field("Địa điểm")["enabled"]
    view.click("Đóng")
    app.wait_gone("Cuộc họp (đã duyệt")
    assert app.close() == 0


def test_pinning_is_explained_and_undone_by_its_name(launch, demo_path):
    state = _month(demo_path, MONTH)
    committee = next(r for r in state.rows if r.kind == "committee")
    app = launch(page="calendar", month=MONTH)
    assert app.sees("đã ghim (xếp lịch tự động không dời)")  # the legend under the grid
    app.right_click(f"{committee.start} {committee.unit}", kinds=["chip"])
    app.menu_choice("Ghim (không dời)")
    app.wait_for(f"Ghim {committee.unit}")  # Sửa → Hoàn tác names the pinning
    assert app.sees(f"có thể hoàn tác: Ghim {committee.unit}")
    assert app.close() == 0


def test_a_conflict_is_accepted_with_a_note_and_the_approval_lists_it(launch, demo_path):
    state = _month(demo_path, TET)
    assert state.conflicts  # the committees' window is all Tết
    first = state.conflicts[0].message
    app = launch(page="calendar", month=TET)
    app.click(first, kinds=["item"])
    app.click("Chấp nhận xung đột…")
    ask = app.dialog("Chấp nhận xung đột")
    ask.type_into("Lý do chấp nhận", "Tết: họp sau khi có ý kiến")
    ask.click("Đồng ý")
    app.wait_gone("Chấp nhận xung đột")
    app.wait_for("Đã chấp nhận: Tết: họp sau khi có ý kiến")
    app.click("Duyệt…")
    approve = app.dialog("Duyệt lịch tháng 02/2027")
    assert approve.sees("Đã chấp nhận: Tết: họp sau khi có ý kiến")
    assert approve.sees(f"còn {len(state.conflicts) - 1} xung đột chưa chấp nhận")
    approve.click("Hủy")
    assert app.close() == 0
