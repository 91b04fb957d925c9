"""The month picker: ◀ MM/yyyy ▶, the one place the window's month is chosen.

It sits in the main toolbar and drives ``ctx.month``; every page (calendar, reports …)
follows that month instead of keeping a picker of its own, so the window never shows
two months that disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget


class MonthPicker(QWidget):
    """A month as "YYYY-MM": type it, scroll it, or step with the arrows."""

    month_changed = Signal(str)

    def __init__(self, month: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Tháng"))
        self.previous = QToolButton(self)
        self.previous.setText("◀")
        self.previous.setToolTip(self.tr("Tháng trước"))
        self.previous.setAccessibleName(self.tr("Tháng trước"))
        self.next = QToolButton(self)
        self.next.setText("▶")
        self.next.setToolTip(self.tr("Tháng sau"))
        self.next.setAccessibleName(self.tr("Tháng sau"))
        self.edit = QDateEdit(self)
        self.edit.setDisplayFormat("MM/yyyy")
        self.edit.setCalendarPopup(False)
        self.edit.setAccessibleName(self.tr("Tháng"))
        self.edit.setMinimumDate(QDate(2000, 1, 1))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.previous)
        layout.addWidget(self.edit)
        layout.addWidget(self.next)
        self._month = ""
        self.set_month(month)
        self.edit.dateChanged.connect(self._edited)
        self.previous.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))

    def month(self) -> str:
        return self._month

    def set_month(self, month: str) -> None:
        """Show ``month`` without announcing it (the caller already knows)."""
        self._month = month
        self.edit.blockSignals(True)
        self.edit.setDate(QDate(int(month[:4]), int(month[5:]), 1))
        self.edit.blockSignals(False)

    def _edited(self, date: QDate) -> None:
        month = f"{date.year():04d}-{date.month():02d}"
        if month != self._month:
            self._month = month
            self.month_changed.emit(month)

    def _step(self, by: int) -> None:
        self.edit.setDate(self.edit.date().addMonths(by))
