"""The calendar page shows what a revision changed, prints the change notice, and flags an
approved month whose attendees no longer match the assignments."""

from __future__ import annotations

import datetime as dt

from dvdesk.gui.pages.calendar_changes import IDS_ROLE
from dvdesk.services import calendar as cal
from dvdesk.services import calendar_changes
from tests.helpers import pdf_text

MONTH = "2026-10"  # approved in the demo as 12-LT/HU


def _moved_meeting(ctx):
    cal.revise(ctx.db, MONTH)
    view = cal.calendar_view(ctx.db, MONTH)
    cell = [m for m in view["meetings"] if m["kind"] == "cell"][5]
    cal.update_meeting(ctx.db, cell["id"], day=dt.date(2026, 10, 14), session="toi")
    return cell


def test_a_revision_lists_the_moved_meeting_and_marks_it(window, ctx, qtbot):
    cell = _moved_meeting(ctx)
    ctx.month = MONTH
    page = window.show_page("calendar")
    panel = page.changes
    assert panel.isVisible()
    assert "Thay đổi so với bản đã duyệt" in panel.title.text()
    texts = panel.texts()
    assert len(texts) == 1 and texts[0].startswith("Dời lịch: ")
    assert cell["unit"] in texts[0] and "14/10/2026" in texts[0]
    assert panel.changed_ids == {cell["id"]}
    assert page.grid.grid.changed == {cell["id"]}
    names = {a["name"] for a in cell["attendees"]}
    officers = [panel.officers.item(i).text() for i in range(panel.officers.count())]
    assert {text.split(":")[0] for text in officers} == names
    # Clicking the line selects the meeting in the grid and the list.
    panel.list.itemClicked.emit(panel.list.item(0))
    assert page.selected == {cell["id"]}
    assert panel.list.item(0).data(IDS_ROLE) == [cell["id"]]


def test_the_notice_is_made_in_one_action(window, ctx, qtbot, monkeypatch, tmp_path):
    cell = _moved_meeting(ctx)
    ctx.month = MONTH
    page = window.show_page("calendar")
    shown = []

    class Preview:
        def __init__(self, _ctx, path, name, title, _parent):
            shown.append((path, name, title))

        def exec(self):
            return 0

        def deleteLater(self):  # noqa: N802 (Qt name)
            pass

    monkeypatch.setattr("dvdesk.gui.printing.PdfPreview", Preview)
    page.changes.notice_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    path, name, title = shown[0]
    text = " ".join(pdf_text(path).split())
    assert "THÔNG BÁO" in text and cell["unit"] in text
    assert name == "thong-bao-dieu-chinh-2026-10-ban-2.pdf"
    assert "10/2026" in title


def test_an_unrevised_month_has_no_changes_panel(window, ctx):
    ctx.month = MONTH
    page = window.show_page("calendar")
    assert not page.changes.changed_ids
    assert page.changes.changes is None
    assert calendar_changes.stale_attendees(ctx.db, MONTH) == []
    assert not page.changes.isVisible()


def test_an_approved_month_with_attendees_out_of_date_is_flagged(window, ctx):
    from dvdesk.services.assignments import reassign
    from dvdesk.services.officers import add_officer
    from tests.test_calendar_changes import _hamlet_support

    state = cal.month_state(ctx.db, MONTH)
    row = next(r for r in state.rows if r.kind == "cell" and r.attendees[-1][2] ==
               "hamlet_support" and r.day.day >= 12)
    assignment, _ = _hamlet_support(ctx.db, row.unit_id)
    newcomer = add_officer(ctx.db, "Đoàn Văn Lộc")
    reassign(ctx.db, assignment, newcomer, dt.date(2026, 10, 11), accept_warnings=True)
    ctx.month = MONTH
    page = window.show_page("calendar")
    panel = page.changes
    assert panel.isVisible() and panel.stale.isVisible()
    assert "không còn khớp phân công hiện nay: 1 cuộc họp" in panel.stale_label.text()
    assert "thêm đồng chí Đoàn Văn Lộc" in panel.stale.item(0).text()
    assert panel.stale_ids == {row.id}
    assert page.table_model.changed == {row.id}
