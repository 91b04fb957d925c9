"""Báo cáo page: documents made off the GUI thread, previewed from the PDF, printed, saved."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

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
    assert texts[0] == "Bản mới nhất" and texts[1].startswith("Bản 1 (dự thảo)")


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
    from dvdesk.gui.pages.reports_page import prepare_printer, print_pdf

    generate(page, qtbot, "calendar")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(72)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    prepare_printer(printer, page.document)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert print_pdf(page.document, printer, 0, 2) == 3
    pages = PdfReader(str(out)).pages
    assert len(pages) == 3
    # The calendar is landscape A4, and so is every printed sheet.
    assert [round(float(p.mediabox.width)) for p in pages] == [842] * 3


def test_missing_month_is_reported_not_raised(page, qtbot, errors):
    page.month.setDate(page.month.date().addMonths(6))
    page.kind.setCurrentIndex(page.kind.findData("personal"))
    page.generate()
    qtbot.waitUntil(lambda: bool(errors), timeout=30000)
    assert "Chưa có lịch tháng" in errors[0]
    assert page.generate_button.isEnabled()


def test_export_excel_from_the_page(page, qtbot, tmp_path):
    target = tmp_path / "xuat.xlsx"
    page.export_excel(str(target))
    qtbot.waitUntil(lambda: "Đã xuất" in page.status.text(), timeout=60000)
    assert target.read_bytes()[:2] == b"PK"
