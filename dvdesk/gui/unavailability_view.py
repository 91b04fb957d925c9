"""Lịch vắng in the Cán bộ page: an officer's leave, trips and studies, added and removed.

Each addition or removal is one undoable action (``AddUnavailability``,
``RemoveUnavailability``). The planner never puts the officer's meetings on those days
when another slot exists, and the calendar page lists "Đ/c X nghỉ phép ngày D" among the
conflicts otherwise; the actions tell the calendar to reload.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.text import clean
from dvdesk.errors import DvDeskError
from dvdesk.gui.tables import Row, RowTableModel, show_date
from dvdesk.gui.widgets import DateField
from dvdesk.services import unavailability as service
from dvdesk.services.actions import AddUnavailability, RemoveUnavailability


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class UnavailabilityDialog(QDialog):
    """Báo vắng: from, to (inclusive) and the reason (the usual ones offered, any text)."""

    def __init__(self, name: str, parent: QWidget | None = None,
                 first: dt.date | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Báo vắng — %1").replace("%1", name))
        first = first or dt.date.today()
        self.first = DateField(_qdate(first), self)
        self.last = DateField(_qdate(first), self)
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        self.reason.addItems(list(service.USUAL_REASONS))
        self.reason.lineEdit().setMaxLength(service.REASON_MAX)
        self.reason.setCurrentIndex(-1)  # typed, or one of the usual ones from the list
        self.reason.lineEdit().setPlaceholderText(", ".join(service.USUAL_REASONS) + "…")
        form = QFormLayout()
        form.addRow(self.tr("Từ ngày"), self.first)
        form.addRow(self.tr("Đến ngày"), self.last)
        form.addRow(self.tr("Lý do"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.first.dateChanged.connect(self._first_changed)

    def _first_changed(self, value: QDate) -> None:
        if self.last.date() < value:  # a one-day leave by default; never a reversed range
            self.last.setDate(value)

    def values(self) -> tuple[dt.date, dt.date, str]:
        return _day(self.first.date()), _day(self.last.date()), clean(self.reason.currentText())


class UnavailabilityView(QWidget):
    """The selected officer's periods of absence, with Thêm / Bỏ."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.officer_id: int | None = None
        self.officer_name = ""
        self._stale = False  # chosen while hidden: read when shown
        self.model = RowTableModel([self.tr("Từ ngày"), self.tr("Đến ngày"), self.tr("Lý do")],
                                   self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Lịch vắng"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 110)
        self.table.setColumnWidth(1, 110)
        self.add_button = QPushButton(self.tr("Báo vắng…"), self)
        self.add_button.setToolTip(self.tr("Nghỉ phép, đi công tác, học tập: xếp lịch tự động "
                                           "không xếp cuộc họp của đồng chí vào những ngày này."))
        self.remove_button = QPushButton(self.tr("Bỏ lịch vắng"), self)
        self.hint = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.show_for(None, "")

    def show_for(self, officer_id: int | None, name: str) -> None:
        """Show ``officer_id``'s absences; read when the tab is on screen (each officer
        chosen in the list above would otherwise cost a query nobody sees)."""
        self.officer_id, self.officer_name = officer_id, name
        self._stale = not self.isVisible()
        if self._stale:
            self.model.set_rows([])
            self.hint.setText("")
            self._update_buttons()
            return
        self._read()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._stale:
            self._stale = False
            self._read()
        super().showEvent(event)

    def _read(self) -> None:
        officer_id = self.officer_id
        rows = []
        if officer_id is not None:
            try:
                periods = service.list_unavailability(self.ctx.db, officer_id=officer_id)
            except DvDeskError:
                periods = []  # deleted meanwhile: the page reloads
            rows = [Row(p.id, (show_date(p.first_day), show_date(p.last_day), p.reason), "")
                    for p in periods]
        self.model.set_rows(rows)
        self.hint.setText(self.tr("%1 lần vắng").replace("%1", str(len(rows)))
                          if officer_id is not None else "")
        self._update_buttons()

    def _selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].id if rows else None

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.officer_id is not None)
        self.remove_button.setEnabled(self._selected() is not None)

    def add(self) -> None:
        if self.officer_id is None:
            return
        dialog = UnavailabilityDialog(self.officer_name, self)
        if not dialog.exec():
            return
        first, last, reason = dialog.values()
        text = self.tr("Báo vắng %1 từ %2 đến %3").replace("%1", self.officer_name).replace(
            "%2", show_date(first)).replace("%3", show_date(last))
        self.ctx.perform_shown(self, text, AddUnavailability(self.officer_id, first, last,
                                                             reason))
        self.show_for(self.officer_id, self.officer_name)

    def remove_selected(self) -> None:
        row_id = self._selected()
        if row_id is None:
            return
        text = self.tr("Bỏ lịch vắng của %1").replace("%1", self.officer_name)
        self.ctx.perform_shown(self, text, RemoveUnavailability(row_id))
        self.show_for(self.officer_id, self.officer_name)
