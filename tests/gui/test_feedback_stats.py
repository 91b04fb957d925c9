"""The feedback page's statistics tab (offscreen): the counts it shows are the service's,
its Excel export holds the period's items and counts, and its PDF preview shows the
summary the committee's meeting reads."""

from __future__ import annotations

from openpyxl import load_workbook

from dvdesk.services.feedback_read import (
    FeedbackFilter,
    feedback_counts,
    list_feedback,
    period_bounds,
)
from tests.helpers import pdf_text

PERIOD = "2026-11"


def _stats(ctx, qtbot):
    from dvdesk.gui.pages.feedback_page import FeedbackPage

    ctx.month = PERIOD
    page = FeedbackPage(ctx)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.stats)
    return page.stats


def test_the_counts_shown_are_the_services(ctx, qtbot):
    stats = _stats(ctx, qtbot)
    counts = feedback_counts(ctx.db, PERIOD)
    shown = [list(r.cells) for r in stats.by_field.rows]
    assert shown == [[e["name"], str(e["received"]), str(e["resolved"]), str(e["overdue"]),
                      str(e["open"])] for e in counts["by_field"]]
    assert [r.cells[0] for r in stats.by_commune.rows] == [e["name"]
                                                           for e in counts["by_commune"]]
    total = counts["total"]
    assert f"tiếp nhận {total['received']}, đã giải quyết {total['resolved']}" in \
        stats.summary.text()
    stats.kind.setCurrentIndex(stats.kind.findData("year"))
    assert stats.period() == "2026"
    assert [r.cells[1] for r in stats.by_field.rows] == [
        str(e["received"]) for e in feedback_counts(ctx.db, "2026")["by_field"]]


def test_the_excel_export_holds_the_periods_items(ctx, qtbot, tmp_path):
    stats = _stats(ctx, qtbot)
    target = tmp_path / "phan-anh.xlsx"
    stats.export_excel(str(target))
    qtbot.waitUntil(lambda: "Đã xuất" in stats.summary.text(), timeout=60000)
    first, last = period_bounds(PERIOD)
    wanted = list_feedback(ctx.db, FeedbackFilter(received_from=first, received_to=last)).total
    items = load_workbook(target).worksheets[0]
    contents = {str(c.value) for row in items.iter_rows() for c in row if c.value}
    received = [r for r in list_feedback(ctx.db, FeedbackFilter(received_from=first,
                                                                 received_to=last)).rows]
    assert wanted == len(received) > 0
    assert all(r["content"] in contents for r in received)


def test_the_pdf_summary_is_previewed(ctx, qtbot, monkeypatch):
    from dvdesk.gui import printing

    stats = _stats(ctx, qtbot)
    previewed = []
    monkeypatch.setattr(printing.PdfPreview, "exec",
                        lambda self: previewed.append((self.pdf, self.windowTitle(),
                                                       self.document.pageCount())))
    stats.preview_pdf()
    qtbot.waitUntil(lambda: bool(previewed), timeout=60000)
    pdf, title, pages = previewed[0]
    assert title == "Bản in báo cáo phản ánh, kiến nghị tháng 11/2026" and pages >= 1
    text = " ".join(pdf_text(pdf).split())
    assert "tháng 11 năm 2026" in text
    total = feedback_counts(ctx.db, PERIOD)["total"]
    assert f"đã tiếp nhận {total['received']} phản ánh" in text
