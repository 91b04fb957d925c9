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

from PySide6.QtCore import QT_TRANSLATE_NOOP

from dvdesk.errors import DvDeskError

PAGES: dict[str, str] = {
    "units": "dvdesk.gui.pages.units_page:UnitsPage",
    "officers": "dvdesk.gui.pages.officers_page:OfficersPage",
    "assignments": "dvdesk.gui.pages.assignments_page:AssignmentsPage",
    "calendar": "dvdesk.gui.pages.calendar_page:CalendarPage",
    "reports": "dvdesk.gui.pages.reports_page:ReportsPage",
}

# Navigation labels and icons, in order (the labels are translated by the window).
NAVIGATION: list[tuple[str, str, str]] = [
    ("units", QT_TRANSLATE_NOOP("Navigation", "Đơn vị"), "units"),
    ("officers", QT_TRANSLATE_NOOP("Navigation", "Cán bộ"), "officers"),
    ("assignments", QT_TRANSLATE_NOOP("Navigation", "Phân công"), "assignments"),
    ("calendar", QT_TRANSLATE_NOOP("Navigation", "Lịch sinh hoạt"), "calendar"),
    ("reports", QT_TRANSLATE_NOOP("Navigation", "Báo cáo"), "reports"),
]


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


def page_class(key: str):
    """The page class for a navigation key (its module is imported on first use)."""
    module_name, _, class_name = PAGES[key].partition(":")
    return getattr(importlib.import_module(module_name), class_name)
