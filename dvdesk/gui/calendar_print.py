"""Xem bản in: from the calendar page, one click to the month's official PDF, previewed.

The PDF is made on the worker (the same document "dvdesk calendar pdf" writes), then
shown in the print preview, from where it is printed or saved as it is.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from dvdesk.gui.wording import document_file_name, version_name


def preview_calendar(parent: QWidget, ctx, month: str, version: int, status: str) -> None:
    """Make the calendar PDF of ``version`` on the worker, then open its preview."""
    from dvdesk.services import documents

    name = document_file_name("calendar", month, version, status)
    folder = Path(tempfile.mkdtemp(prefix="dvdesk-"))
    path = folder / name
    db = ctx.db
    title = QCoreApplication.translate("CalendarPage", "Bản in lịch tháng %1 — %2").replace(
        "%1", f"{month[5:]}/{month[:4]}").replace("%2", version_name(version))

    def show(_result) -> None:
        # Qt's PDF and printing modules load when a preview opens, not with the page.
        from dvdesk.gui.printing import PdfPreview

        dialog = PdfPreview(ctx, path, name, title, parent)
        dialog.exec()
        dialog.deleteLater()

    ctx.jobs.start(lambda _report: documents.calendar_pdf(db, month, path, version), done=show,
                   failed=lambda error: ctx.show_error(parent, error),
                   label=QCoreApplication.translate("CalendarPage", "Đang tạo văn bản…"))
