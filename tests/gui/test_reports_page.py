"""Báo cáo page: documents made off the GUI thread, previewed from the PDF, printed, saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from dvdesk.services.actions import Change

MONTH = "2026-12"


@pytest.fixture
def page(ctx, qtbot):
    from dvdesk.gui.pages.reports_page import ReportsPage
    from dvdesk.services import calendar

    calendar.new_month(ctx.db, MONTH)
    calendar.plan(ctx.db, MONTH)
    ctx.month = MONTH
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.refresh()
    yield widget
    widget.wait_until_done()


def generate(page, qtbot, kind: str) -> None:
    page.kind.setCurrentIndex(page.kind.findData(kind))
    page.generate()
    assert not page.generate_button.isEnabled()  # busy while the worker runs
    qtbot.waitUntil(lambda: page.current is not None and
                    page.document.status() == QPdfDocument.Status.Ready, timeout=60000)


def test_month_versions_listed(page):
    assert page.selected_month() == MONTH
    texts = [page.version.itemText(i) for i in range(page.version.count())]
    assert texts == ["Bản mới nhất", "Bản 1 (dự thảo)"]


@pytest.mark.parametrize("kind, words", [
    ("calendar", "sinh hoạt đảng ủy, chi bộ tháng 12 năm 2026"),
    ("assignments", "DANH SÁCH"),
    ("personal", "LỊCH CÁ NHÂN"),
    ("attendance", "BÁO CÁO"),
])
def test_generate_preview_and_save(page, qtbot, tmp_path, kind, words):
    generate(page, qtbot, kind)
    assert page.document.pageCount() > 1
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    target = page.save_pdf(str(tmp_path / "out.pdf"))
    text = " ".join(p.extract_text() for p in PdfReader(str(target)).pages[:1])
    assert words in " ".join(text.split())


def test_print_renders_the_pdf_pages(page, qtbot, tmp_path):
    from dvdesk.gui.printing import prepare_printer, render_pages

    generate(page, qtbot, "calendar")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(72)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    prepare_printer(printer, page.document)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert render_pages(page.document, printer, 0, 2) == 3
    pages = PdfReader(str(out)).pages
    assert len(pages) == 3
    # The calendar is landscape A4, and so is every printed sheet.
    assert [round(float(p.mediabox.width)) for p in pages] == [842] * 3


def test_missing_month_is_reported_not_raised(page, ctx, qtbot, errors):
    ctx.month = "2027-06"
    page.kind.setCurrentIndex(page.kind.findData("personal"))
    page.generate()
    qtbot.waitUntil(lambda: bool(errors), timeout=30000)
    assert "Chưa có lịch tháng" in errors[0]
    assert page.generate_button.isEnabled()


def test_export_excel_from_the_page(page, ctx, qtbot, tmp_path, dialogs):
    import openpyxl

    from dvdesk.services.calendar import month_state

    target = tmp_path / "xuat.xlsx"

    def save_as(dialog):
        dialog.selectFile(str(target))
        dialog.accept()

    dialogs.next(save_as)
    page.excel_button.click()
    dialogs.check()
    qtbot.waitUntil(lambda: "Đã xuất" in page.status.text(), timeout=60000)
    book = openpyxl.load_workbook(target, read_only=True)
    sheet = "Lịch tháng 12-2026"  # the month chosen on the page, its latest version
    assert sheet in book.sheetnames and "Lịch cá nhân" in book.sheetnames
    written = {cell for row in book[sheet].iter_rows(values_only=True) for cell in row}
    meetings = month_state(ctx.db, MONTH).rows
    assert len(meetings) > 100 and {m.unit for m in meetings} <= written


def test_a_preview_belongs_to_what_it_was_made_from(page, ctx, qtbot):
    """Another document, month or version: the old preview goes and cannot be printed."""
    for change in (lambda: page.kind.setCurrentIndex(page.kind.findData("personal")),
                   lambda: setattr(ctx, "month", "2027-01"),
                   lambda: page.version.setCurrentIndex(1)):
        ctx.month = MONTH
        page.refresh()
        generate(page, qtbot, "calendar")
        assert page.print_button.isEnabled() and page.document.pageCount() > 1
        change()
        assert page.current is None and page.document.pageCount() == 0
        assert not page.print_button.isEnabled() and not page.save_button.isEnabled()


def test_print_to_file_writes_the_real_pdf(page, qtbot, tmp_path, dialogs):
    from dvdesk.gui.printing import print_pdf_file

    generate(page, qtbot, "calendar")
    target = tmp_path / "in-ra-tep.pdf"

    def to_file(dialog):
        from PySide6.QtWidgets import QLineEdit

        # No printer on a test machine: "In ra tệp (PDF)" is chosen, its file proposed
        # in the PDF folder; the user types another name.
        field = next(e for e in dialog.findChildren(QLineEdit) if e.text().endswith(".pdf"))
        assert field.text().endswith("lich.pdf")
        field.setText(str(target))
        dialog.accept()

    dialogs.next(to_file)
    pages = print_pdf_file(page, page.ctx, page.current, page.document, "lich.pdf")
    dialogs.check()
    assert pages == page.document.pageCount()
    # The document itself (its text, its size), not a picture of every page.
    assert target.read_bytes() == page.current.read_bytes()
    text = PdfReader(str(target)).pages[0].extract_text()
    assert "sinh hoạt đảng ủy, chi bộ tháng 12 năm 2026" in " ".join(text.split())


def test_save_proposes_the_version_in_the_name_and_the_last_folder(page, ctx, qtbot, tmp_path,
                                                                   dialogs):
    from PySide6.QtWidgets import QFileDialog

    from dvdesk.services import calendar

    calendar.approve(ctx.db, MONTH, "15-LT/HU")
    calendar.revise(ctx.db, MONTH)  # version 2, "điều chỉnh lần 1"
    ctx.data_changed.emit(Change.CALENDAR)
    page.refresh()
    page.version.setCurrentIndex(page.version.findData(2))
    generate(page, qtbot, "calendar")
    seen = []

    def save_in(folder, name):
        def fill(dialog):
            assert isinstance(dialog, QFileDialog)
            seen.append((dialog.directory().absolutePath(), dialog.selectedFiles()[0]))
            dialog.setDirectory(str(folder))
            dialog.selectFile(str(folder / name))
            dialog.accept()
        return fill

    folder = tmp_path / "van-ban"
    folder.mkdir()
    dialogs.next(save_in(folder, "lich.pdf"))
    page.save_button.click()
    dialogs.check()
    assert seen[0][1].endswith("lich-sinh-hoat-2026-12-dieu-chinh-1-du-thao.pdf")
    assert seen[0][0] != str(Path.cwd())  # never the program's working folder
    assert (folder / "lich.pdf").read_bytes()[:5] == b"%PDF-"

    dialogs.next(save_in(folder, "lich-ban-2.pdf"))
    page.save_button.click()  # the next save starts where the last one went
    dialogs.check()
    assert seen[1][0] == str(folder)
