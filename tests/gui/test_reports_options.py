"""Báo cáo page, what a document needs besides its kind: a number and date, a commune's
extract, one PDF per commune, the Word file, the phone calendars, changed-only slips."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from PySide6.QtCore import QDate

from tests.gui.test_reports_page import MONTH, generate, page  # noqa: F401 (fixture)
from tests.helpers import pdf_text


def _flat(path) -> str:
    return " ".join(pdf_text(path).split())


def test_number_and_date_print_on_the_assignment_list(page, qtbot, tmp_path):  # noqa: F811
    page.kind.setCurrentIndex(page.kind.findData("assignments"))
    options = page.options
    assert options.number.isVisible() and not options.scope.isVisible()
    options.number.setText("25-DS/HU")
    options.date.setDate(QDate(2026, 12, 20))
    generate(page, qtbot, "assignments")
    saved = page.save_pdf(str(tmp_path / "phan-cong.pdf"))
    text = _flat(saved)
    assert "Số 25-DS/HU" in text and "ngày 20 tháng 12 năm 2026" in text
    # Changing the number forgets the preview: it no longer matches.
    options.number.setText("26-DS/HU")
    assert page.current is None and not page.save_button.isEnabled()
    options.number.clear()
    options.date.setDate(options.date.minimumDate())
    assert options.chosen_date() is None
    generate(page, qtbot, "assignments")
    assert "Số 25-DS/HU" not in _flat(page.current)


def test_a_commune_extract_and_one_pdf_per_commune(page, qtbot, tmp_path):  # noqa: F811
    from dvdesk.services import calendar

    page.kind.setCurrentIndex(page.kind.findData("calendar"))
    options = page.options
    assert options.scope.isVisible() and options.per_commune_button.isVisible()
    communes = [options.scope.itemData(i) for i in range(options.scope.count())
                if options.scope.itemData(i)[0] == "commune"]
    assert len(communes) > 3
    position = options.scope.findData(communes[1])
    name = options.scope.itemText(position)
    options.scope.setCurrentIndex(position)
    generate(page, qtbot, "calendar")
    assert f"-xa-{communes[1][1]}" in page.current_name
    text = _flat(page.current)
    own = name.split(" ", 1)[1]  # "Xã Tân Thạch" -> "Tân Thạch"
    assert "của Đảng bộ" in text and own in text  # the extract names its commune
    view = calendar.calendar_view(page.ctx.db, MONTH)
    others = {m["unit"] for m in view["meetings"] if not m["commune"].endswith(own)}
    assert not [u for u in others if f"{u} " in text and u.startswith("Đảng ủy")]
    assert [m for m in view["meetings"] if m["commune"].endswith(own)
            and f"{m['unit']} " in text]

    folder = tmp_path / "tung-xa"
    folder.mkdir()
    page.save_per_commune(str(folder))
    page.wait_until_done()
    qtbot.waitUntil(lambda: "tệp PDF (mỗi xã một tệp)" in page.status.text(), timeout=60000)
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == len({m["commune"] for m in view["meetings"]})
    assert f"Đã ghi {len(files)} tệp PDF" in page.status.text()


def test_word_and_phone_calendars(page, qtbot, tmp_path):  # noqa: F811
    import icalendar

    page.kind.setCurrentIndex(page.kind.findData("calendar"))
    target = tmp_path / "lich.docx"
    page.save_word(str(target))
    qtbot.waitUntil(lambda: "Đã lưu" in page.status.text(), timeout=60000)
    with zipfile.ZipFile(target) as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert "tháng 12 năm 2026" in body
    folder = tmp_path / "ics"
    folder.mkdir()
    page.save_ics(str(folder))
    qtbot.waitUntil(lambda: "tệp lịch của cán bộ" in page.status.text(), timeout=60000)
    month_file = folder / f"lich-{MONTH}.ics"
    events = icalendar.Calendar.from_ical(month_file.read_bytes()).walk("VEVENT")
    assert events and len(list(folder.glob("*.ics"))) > 2


@pytest.mark.slow
def test_personal_slips_of_the_officers_a_revision_changed(ctx, qtbot, tmp_path):
    from dvdesk.gui.pages.reports_page import ReportsPage
    from dvdesk.services import calendar

    month = "2026-10"  # approved in the demo
    calendar.revise(ctx.db, month)
    cell = [m for m in calendar.calendar_view(ctx.db, month)["meetings"]
            if m["kind"] == "cell"][5]
    calendar.update_meeting(ctx.db, cell["id"], day=dt.date(2026, 10, 14), session="toi")
    ctx.month = month
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    widget.kind.setCurrentIndex(widget.kind.findData("personal"))
    assert widget.options.changed_only.isVisible()
    widget.options.changed_only.setChecked(True)
    generate(widget, qtbot, "personal")
    text = _flat(widget.current)
    for attendee in cell["attendees"]:
        assert attendee["name"] in text
    assert widget.current_name.endswith("-co-thay-doi.pdf")
    assert widget.document.pageCount() <= len(cell["attendees"])
    widget.wait_until_done()
