"""The pages of the main window.

Contract every page follows::

    class XPage(QWidget):
        title = "Tiếng Việt"          # shown in the navigation (translated by the window)
        def __init__(self, ctx: AppContext, parent=None): ...
        def refresh(self) -> None: ...  # reload from ctx.db (called on F5 / focus-in)

Pages listen to ``ctx.data_changed`` / ``ctx.month_changed`` themselves and
change data only through ``ctx.perform(text, action)`` (gui/actions.py). The main window
creates each page the first time it is shown; ``PAGES`` maps the navigation
keys to "module:Class".
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dvdesk.errors import DvDeskError

PAGES: dict[str, str] = {
    "units": "dvdesk.gui.pages.units_page:UnitsPage",
    "officers": "dvdesk.gui.pages.officers_page:OfficersPage",
    "assignments": "dvdesk.gui.pages.assignments_page:AssignmentsPage",
    "calendar": "dvdesk.gui.pages.calendar_page:CalendarPage",
    "reports": "dvdesk.gui.pages.reports_page:ReportsPage",
    "attendance": "dvdesk.gui.pages.attendance_page:AttendancePage",
    "feedback": "dvdesk.gui.pages.feedback_page:FeedbackPage",
}

# Navigation labels and icons, in order (the labels are translated by the window).
NAVIGATION: list[tuple[str, str, str]] = [
    ("units", QT_TRANSLATE_NOOP("Navigation", "Đơn vị"), "units"),
    ("officers", QT_TRANSLATE_NOOP("Navigation", "Cán bộ"), "officers"),
    ("assignments", QT_TRANSLATE_NOOP("Navigation", "Phân công"), "assignments"),
    ("calendar", QT_TRANSLATE_NOOP("Navigation", "Lịch sinh hoạt"), "calendar"),
    ("attendance", QT_TRANSLATE_NOOP("Navigation", "Dự họp"), "attendance"),
    ("feedback", QT_TRANSLATE_NOOP("Navigation", "Phản ánh, kiến nghị"), "feedback"),
    ("reports", QT_TRANSLATE_NOOP("Navigation", "Báo cáo"), "reports"),
]


class PageFrame(QWidget):
    """The frame of a page while the database opens: its name and a quiet line, so the
    window the person sees is the one they left, before its rows are there."""

    def __init__(self, parent=None, name: str = ""):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(name, self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("Đang mở cơ sở dữ liệu…"), self))
        layout.addStretch(1)


class LazyRefresh:
    """Mixin for pages: reload at once when on screen, otherwise when next shown.

    Hidden pages would otherwise reload after every edit made elsewhere, which
    costs seconds at province scale for nothing the user can see.
    """

    _stale = False

    def refresh_when_visible(self) -> None:
        if self.isVisible():
            self._stale = False
            self.safe_refresh()
        else:
            self._stale = True

    def safe_refresh(self) -> None:
        """Reload; a database that went away or is busy is one sentence, not a traceback."""
        try:
            self.refresh()
        except DvDeskError as error:
            self._stale = True  # try again next time the page is shown
            self.ctx.show_error(self, error)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._stale:
            self._stale = False
            self.safe_refresh()
        super().showEvent(event)

    _reads = 0  # reads started by refresh: a slower one that ends late is not shown

    def read_rest(self, read, show) -> None:
        """The rest of a long list after its first screen: ``read()`` on the reading thread
        once ``self.table`` (a ``tables.AfterPaintTable``) has painted, then ``show`` of
        what it returned, unless the page read again meanwhile (``_reads``). Not while a
        file dialog is up: no connection is opened until it ends."""
        reads = self._reads

        def done(value) -> None:
            if reads == self._reads:
                show(value)

        def failed(error) -> None:
            if reads == self._reads:
                self._stale = True  # read again when next shown
                self.ctx.show_error(self, error)

        def start() -> None:
            if reads != self._reads:
                return
            if self.ctx.database_released:
                QTimer.singleShot(250, self, start)
                return
            self.ctx.jobs.read(read, done=done, failed=failed)

        self.table.after_paint(start)


def page_class(key: str):
    """The page class for a navigation key (its module is imported on first use)."""
    module_name, _, class_name = PAGES[key].partition(":")
    return getattr(importlib.import_module(module_name), class_name)
