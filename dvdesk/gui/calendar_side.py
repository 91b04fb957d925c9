"""Beside the month grid: its conflicts (each can be accepted with a note) and, after a
plan, what moved against last month and why. Clicking either selects the meetings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dvdesk.gui.calendar_rows import KIND_COLORS

IDS_ROLE = Qt.ItemDataRole.UserRole + 7
KEY_ROLE = Qt.ItemDataRole.UserRole + 8
ACCEPTED_COLOR = "#5f6b5f"


class ConflictPanel(QSplitter):
    """Conflicts on top, the plan's moves below (shown once a plan has run)."""

    meetings_chosen = Signal(object)  # set of meeting ids
    accept_wanted = Signal(str, str)  # conflict key, message
    withdraw_wanted = Signal(str, str)  # conflict key, message

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        top = QWidget(self)
        self.conflict_label = QLabel(top)
        self.conflict_label.setWordWrap(True)
        self.conflict_list = QListWidget(top)
        self.conflict_list.setWordWrap(True)
        self.conflict_list.setAlternatingRowColors(True)
        self.conflict_list.setSpacing(2)
        self.conflict_list.setAccessibleName(self.tr("Xung đột"))
        self.conflict_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.accept_button = QPushButton(self.tr("Chấp nhận xung đột…"), top)
        self.accept_button.setToolTip(self.tr("Giữ xung đột đã chọn, có ghi lý do; lý do được "
                                          "ghi kèm khi duyệt lịch."))
        self.withdraw_button = QPushButton(self.tr("Bỏ chấp nhận"), top)
        self.reasons_label = QLabel(top)
        self.reasons_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(top)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.conflict_label)
        layout.addWidget(self.conflict_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.reasons_label)

        bottom = QWidget(self)
        self.moves_label = QLabel(bottom)
        self.moves_label.setWordWrap(True)
        self.moves_list = QListWidget(bottom)
        self.moves_list.setWordWrap(True)
        self.moves_list.setAlternatingRowColors(True)
        self.moves_list.setAccessibleName(self.tr("Đã dời so với tháng trước"))
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.moves_label)
        lower.addWidget(self.moves_list, 1)
        self.moves_box = bottom
        bottom.hide()
        self.setChildrenCollapsible(False)

        self.conflict_list.itemClicked.connect(self._chosen)
        self.conflict_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.conflict_list.customContextMenuRequested.connect(self._menu)
        self.moves_list.itemClicked.connect(self._chosen)
        self.accept_button.clicked.connect(self._accept_current)
        self.withdraw_button.clicked.connect(self._withdraw_current)
        self.editable = False
        self._update_buttons()

    # -- conflicts ---------------------------------------------------------------------
    def show_conflicts(self, conflicts, keys: list[str], accepted: dict, editable: bool) -> None:
        """``accepted``: key → Acceptance (with its note)."""
        self.editable = editable
        self.conflict_list.clear()
        open_count = sum(1 for key in keys if key not in accepted)
        done = len(keys) - open_count
        if not keys:
            text, color = self.tr("Không có xung đột."), "#2e7d32"
        elif not open_count:
            text = self.tr("%1 xung đột, đều đã chấp nhận.").replace("%1", str(done))
            color = "#2e7d32"
        else:
            text = self.tr("%1 xung đột (bấm để chọn các cuộc họp):").replace("%1", str(len(keys)))
            if done:
                text += " " + self.tr("%1 đã chấp nhận.").replace("%1", str(done))
            color = "#c62828"
        self.conflict_label.setText(text)
        self.conflict_label.setStyleSheet(f"QLabel {{ color: {color}; font-weight: bold; }}")
        for conflict, key in zip(conflicts, keys, strict=True):
            acceptance = accepted.get(key)
            text = conflict.message
            if acceptance is not None:
                note = self.tr("Đã chấp nhận: %1").replace("%1", acceptance.note)
                text = f"✓ {text}\n{note}"
            item = QListWidgetItem(text)
            item.setData(IDS_ROLE, list(conflict.meeting_ids))
            item.setData(KEY_ROLE, key)
            item.setData(Qt.ItemDataRole.ToolTipRole, text)
            color = ACCEPTED_COLOR if acceptance else KIND_COLORS.get(conflict.kind, "#c62828")
            item.setForeground(QBrush(QColor(color)))
            item.setData(Qt.ItemDataRole.UserRole + 9, acceptance is not None)
            self.conflict_list.addItem(item)
        self.reasons_label.setText("")
        self._update_buttons()

    def messages(self) -> list[str]:
        return [self.conflict_list.item(i).text() for i in range(self.conflict_list.count())]

    def _current(self) -> QListWidgetItem | None:
        return self.conflict_list.currentItem()

    def _update_buttons(self) -> None:
        item = self._current()
        accepted = bool(item and item.data(Qt.ItemDataRole.UserRole + 9))
        self.accept_button.setEnabled(self.editable and item is not None and not accepted)
        self.withdraw_button.setEnabled(self.editable and item is not None and accepted)
        self.accept_button.setVisible(self.conflict_list.count() > 0)
        self.withdraw_button.setVisible(self.conflict_list.count() > 0)

    def _accept_current(self) -> None:
        item = self._current()
        if item is not None:
            self.accept_wanted.emit(item.data(KEY_ROLE), item.text())

    def _withdraw_current(self) -> None:
        item = self._current()
        if item is not None:
            self.withdraw_wanted.emit(item.data(KEY_ROLE), item.text())

    def _menu(self, where) -> None:
        item = self.conflict_list.itemAt(where)
        if item is None:
            return
        self.conflict_list.setCurrentItem(item)
        menu = QMenu(self)
        accepted = bool(item.data(Qt.ItemDataRole.UserRole + 9))
        action = menu.addAction(self.tr("Bỏ chấp nhận") if accepted
                                else self.tr("Chấp nhận xung đột…"))
        action.setEnabled(self.editable)
        if menu.exec(self.conflict_list.viewport().mapToGlobal(where)) is action:
            (self._withdraw_current if accepted else self._accept_current)()

    def _chosen(self, item: QListWidgetItem) -> None:
        self.meetings_chosen.emit(set(item.data(IDS_ROLE) or ()))

    # -- what the plan moved -----------------------------------------------------------
    def show_moves(self, summary, reasons: list[str]) -> None:
        """The plan's summary: kept, new, and every move with its reason."""
        self.moves_list.clear()
        if not summary.compared:
            self.moves_label.setText(self.tr(
                "Xếp lịch tự động: đã xếp %1 cuộc họp (tháng trước chưa có lịch để so sánh).")
                .replace("%1", str(summary.new)))
            self.moves_list.hide()
            self.reasons_label.setText(
                self.tr("Lý do còn xung đột:") + "\n" + "\n".join(f"• {r}" for r in reasons)
                if reasons else "")
            self.moves_box.show()
            return
        parts = [self.tr("Xếp lịch tự động: %1 cuộc họp giữ ngày, buổi của tháng trước")
                 .replace("%1", str(summary.kept))]
        if summary.new:
            parts.append(self.tr("%1 đơn vị mới").replace("%1", str(summary.new)))
        parts.append(self.tr("%1 cuộc họp dời (lý do bên dưới).").replace(
            "%1", str(len(summary.moves))) if summary.moves else self.tr("không cuộc họp nào dời."))
        self.moves_label.setText("; ".join(parts))
        for move in summary.moves:
            item = QListWidgetItem(move.text())
            item.setData(IDS_ROLE, [move.meeting_id])
            item.setData(Qt.ItemDataRole.ToolTipRole, move.text())
            self.moves_list.addItem(item)
        self.moves_list.setVisible(bool(summary.moves))
        self.reasons_label.setText(
            self.tr("Lý do còn xung đột:") + "\n" + "\n".join(f"• {r}" for r in reasons)
            if reasons else "")
        self.moves_box.show()

    def hide_moves(self) -> None:
        self.moves_box.hide()
        self.moves_list.clear()
