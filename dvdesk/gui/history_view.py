"""Lịch sử thay đổi: the audit history of one officer or one unit, for pages to embed.

    view = HistoryView(ctx)
    view.show_for("officer", officer_id)   # or "hamlet", hamlet_id …

Newest first: when, who, what was done, and what changed (before → after).
The view reloads itself when data changes, so an edit shows up at once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from dvdesk.domain.roles import OFFICER_LEVELS, Role, UnitKind, role_label
from dvdesk.errors import DvDeskError
from dvdesk.gui.tables import Row, RowTableModel
from dvdesk.services.audit import HistoryEntry, history


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryView", text)


ACTIONS = {
    "assignment.create": "Phân công",
    "assignment.end": "Kết thúc phân công",
    "assignment.reopen": "Mở lại phân công",
    "officer.create": "Thêm cán bộ",
    "officer.update": "Sửa thông tin cán bộ",
    "officer.activate": "Cho công tác trở lại",
    "officer.deactivate": "Cho thôi công tác",
    "officer.delete": "Xóa cán bộ",
    "decision.create": "Thêm quyết định",
}
UNIT_ACTIONS = {"create": "Thêm", "update": "Sửa", "move": "Chuyển", "remove": "Xóa",
                "restore": "Khôi phục"}
FIELDS = {
    "full_name": "Họ và tên", "title": "Chức vụ", "workplace": "Đơn vị công tác",
    "level": "Cấp", "phone": "Điện thoại", "is_committee_member": "Cấp ủy viên",
    "is_standing_member": "Ủy viên thường vụ", "active": "Còn hoạt động", "note": "Ghi chú",
    "name": "Tên", "kind": "Loại", "position": "Thứ tự", "officer_id": "Cán bộ",
    "role": "Vai trò", "unit_id": "Đơn vị", "decision_id": "Quyết định",
    "effective_from": "Từ ngày", "effective_to": "Đến ngày", "cluster_id": "Cụm",
    "commune_id": "Xã", "hamlet_id": "Ấp", "cell_type_id": "Loại hình",
}
COLUMNS = ("Thời điểm", "Người thực hiện", "Thao tác", "Nội dung")


def action_text(action: str, levels=None) -> str:
    if action in ACTIONS:
        return _tr(ACTIONS[action])
    entity, _, verb = action.partition(".")
    if verb in UNIT_ACTIONS:
        if levels is not None and entity in UnitKind.__members__.values():  # "Thêm thôn", not "Thêm hamlet"
            entity = levels.word(entity)
        return f"{_tr(UNIT_ACTIONS[verb])} {entity}"
    return action


# The parent columns of a unit, named with the settings' level words.
LEVEL_FIELDS = {"cluster_id": "cluster", "commune_id": "commune", "hamlet_id": "hamlet"}


def value_text(key: str, value: Any, entry: HistoryEntry, levels=None) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _tr("có") if value else _tr("không")
    if key == "officer_id" and value in entry.names:
        return entry.names[value]
    if key in entry.labels:
        return entry.labels[key]
    if key == "role":
        try:
            return levels.role(value) if levels is not None else role_label(Role(value))
        except ValueError:
            return str(value)
    if key == "level":
        return OFFICER_LEVELS.get(value, str(value))
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            pass
    return str(value)


def change_text(entry: HistoryEntry, levels=None) -> str:
    """One line per changed field: "Đến ngày: — → 28/02/2026" (``levels``:
    gui/levels.WindowLevels, naming the levels and roles as the settings do)."""
    changes = entry.changes()
    lines = []
    for key, old, new in changes:
        label = levels.capital(LEVEL_FIELDS[key]) if levels is not None \
            and key in LEVEL_FIELDS else _tr(FIELDS.get(key, key))
        if entry.before is None or entry.after is None:
            shown = new if entry.before is None else old
            if shown in (None, "") or key in ("position",):
                continue  # a new or deleted row: its empty fields say nothing
            lines.append(f"{label}: {value_text(key, shown, entry, levels)}")
        else:
            lines.append(f"{label}: {value_text(key, old, entry, levels)} → "
                         f"{value_text(key, new, entry, levels)}")
    return "\n".join(lines)


class HistoryView(QWidget):
    """The audit history of one officer or one unit, newest first."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entity: str | None = None
        self.entity_id: int | None = None
        self.entries: list[HistoryEntry] = []
        self._stale = False
        self.model = RowTableModel([_tr(c) for c in COLUMNS], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setObjectName("historyTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(_tr("Chưa có thay đổi nào được ghi lại."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.empty.hide()
        ctx.data_changed.connect(self._on_data_changed)
        if hasattr(ctx, "database_changed"):
            ctx.database_changed.connect(self.clear)

    def show_for(self, entity: str, entity_id: int) -> None:
        """Show the history of ``entity`` ("officer", "hamlet", "commune" …) number
        ``entity_id``; read when the view is on screen (a hidden tab reads when shown)."""
        self.entity, self.entity_id = entity, entity_id
        if self.isVisible():
            self.reload()
        else:
            self.entries = []
            self.model.set_rows([])
            self._stale = True

    def clear(self) -> None:
        self.entity = self.entity_id = None
        self.entries = []
        self.model.set_rows([])
        self.empty.hide()

    def reload(self) -> None:
        self._stale = False
        if self.entity is None or self.entity_id is None:
            return
        try:
            self.entries = history(self.ctx.db, self.entity, self.entity_id)
        except DvDeskError as error:
            self.entries = []
            self.empty.setText(str(error))
        levels = self.ctx.levels
        rows = [Row(e.id, [e.at.strftime("%d/%m/%Y %H:%M"), e.user, action_text(e.action, levels),
                           change_text(e, levels)], "") for e in self.entries]
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not rows)

    def _on_data_changed(self, _kind) -> None:
        # A hidden view only remembers that it is out of date: no queries behind the user's back.
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._stale:
            self.reload()
        super().showEvent(event)
