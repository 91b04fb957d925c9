"""Small widgets the pages share."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QSizePolicy,
    QWidget,
)


class ElidedLabel(QLabel):
    """One line that ends in "…" when there is no room (the whole text in its tooltip),
    instead of asking its window for more width."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        self._full = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(40, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 8,
                     super().sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                              max(self.width(), 10))
        super().setText(shown)


class DateField(QDateEdit):
    """A dd/mm/yyyy date that can be typed whole, as on paper: selecting all selects the
    day, and a "/" right after a full day or month (the field has already moved on) is
    not taken as a second move. The calendar pops up from the arrow."""

    def __init__(self, date: QDate | None = None, parent: QWidget | None = None):
        super().__init__(date or QDate.currentDate(), parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)
            return
        if event.text() in ("/", ".", "-"):
            line = self.lineEdit()
            if line.hasSelectedText() and \
                    line.selectedText() == self.sectionText(self.currentSection()):
                return
        super().keyPressEvent(event)


def fit_on_screen(window: QWidget) -> None:
    """Never larger than the screen (a 1366×768 laptop included), never off it."""
    screen = (window.screen() or QApplication.primaryScreen()).availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()
    width = min(window.width(), screen.width() - frame.width())
    height = min(window.height(), screen.height() - frame.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), screen.x()), screen.right() - window.frameGeometry().width() + 1)
    y = min(max(window.y(), screen.y()), screen.bottom() - window.frameGeometry().height() + 1)
    window.move(x, y)
