"""Dự họp: after the month's meetings, who attended (entry) and the rates (compliance).

Its own page in the navigation rather than a tab of the calendar: the secretary comes
here with the returned sheets or the list of absences, for the approved month chosen in
the toolbar, and goes down a day's list by keyboard. Two tabs: "Ghi nhận" and "Tỷ lệ dự
họp". Attendance changes are announced as ``Change.ATTENDANCE``, so the calendar page does
not reload for them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from dvdesk.gui.context import AppContext
from dvdesk.gui.pages import LazyRefresh
from dvdesk.gui.pages.attendance_compliance import CompliancePanel
from dvdesk.gui.pages.attendance_entry import AttendanceEntry
from dvdesk.services.actions import Change


class AttendancePage(LazyRefresh, QWidget):
    title = "Dự họp"

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.entry = AttendanceEntry(ctx, self.tabs)
        self.rates = CompliancePanel(ctx, self.tabs)
        self.tabs.addTab(self.entry, self.tr("Ghi nhận"))
        self.tabs.addTab(self.rates, self.tr("Tỷ lệ dự họp"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._rates_stale = True
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())
        ctx.month_changed.connect(self._month_changed)
        ctx.data_changed.connect(self._data_changed)
        self.rates.set_month(ctx.month)
        self.refresh()

    def _month_changed(self, month: str) -> None:
        self.rates.set_month(month)
        self._rates_stale = True
        self.refresh_when_visible()

    def _data_changed(self, what: Change) -> None:
        if what & (Change.ATTENDANCE | Change.CALENDAR | Change.OFFICERS | Change.UNITS
                   | Change.SETTINGS):
            if what != Change.ATTENDANCE or not self.isVisible():
                self.entry.touched_day = None  # the whole month read again
            self._rates_stale = True
            self.refresh_when_visible()

    def _tab_shown(self) -> None:
        if self.tabs.currentWidget() is self.rates and self._rates_stale:
            self._rates_stale = False
            self.rates.set_levels()
            self.rates.load()

    def refresh(self) -> None:
        self.entry.load(self.ctx.month)
        self._rates_stale = True
        self._tab_shown()
