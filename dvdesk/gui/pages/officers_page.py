"""Cán bộ: every officer with their current assignments; add, edit, deactivate."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.roles import OFFICER_LEVELS, Role, role_label
from dvdesk.errors import DvDeskError
from dvdesk.gui.context import APP_TITLE, AppContext
from dvdesk.gui.forms import icon
from dvdesk.gui.history_view import HistoryView
from dvdesk.gui.officer_dialog import OfficerDialog
from dvdesk.gui.pages import LazyRefresh
from dvdesk.gui.tables import (
    Row,
    RowTableModel,
    SearchProxy,
    fast_name_sort_key,
    select_id,
    show_date,
)
from dvdesk.gui.terms import term
from dvdesk.services.actions import (
    AddOfficer,
    Change,
    DeleteOfficer,
    EditOfficer,
    SetOfficerActive,
)
from dvdesk.services.officer_views import (
    OfficerRow,
    load_officer_rows,
    officer_assignments,
    officer_form,
)

COL_NAME, COL_TITLE, COL_WORKPLACE, COL_LEVEL, COL_PHONE, COL_CURRENT, COL_STATE = range(7)

# Roles named with their unit when an officer holds one; counted otherwise.
_NAMED_ROLES = {
    Role.CLUSTER_LEADER.value: QT_TRANSLATE_NOOP("OfficersPage", "Trưởng cụm"),
    Role.COMMUNE_LEAD.value: QT_TRANSLATE_NOOP("OfficersPage", "Phụ trách"),
    Role.PROVINCE_LIAISON.value: QT_TRANSLATE_NOOP("OfficersPage", "LĐ tỉnh phụ trách"),
    Role.HAMLET_SUPPORT.value: QT_TRANSLATE_NOOP("OfficersPage", "Theo dõi"),
}
_COUNTED = {
    Role.CELL_ATTENDANCE.value: QT_TRANSLATE_NOOP("OfficersPage", "chi bộ"),
    Role.GROUP_SUPPORT.value: QT_TRANSLATE_NOOP("OfficersPage", "tổ NDTQ"),
    Role.HAMLET_SUPPORT.value: QT_TRANSLATE_NOOP("OfficersPage", "ấp"),
    Role.COMMUNE_LEAD.value: QT_TRANSLATE_NOOP("OfficersPage", "xã phụ trách"),
    Role.PROVINCE_LIAISON.value: QT_TRANSLATE_NOOP("OfficersPage", "xã (LĐ tỉnh)"),
    Role.CLUSTER_LEADER.value: QT_TRANSLATE_NOOP("OfficersPage", "cụm"),
}


def officer_rows(officers: list[OfficerRow]) -> list[Row]:
    """The table's rows: each officer with a summary of their current work in words."""
    named = {role: QCoreApplication.translate("OfficersPage", text)
             for role, text in _NAMED_ROLES.items()}
    counted = {role: QCoreApplication.translate("OfficersPage", text)
               for role, text in _COUNTED.items()}
    levels = {code: term(label) for code, label in OFFICER_LEVELS.items()}
    working = QCoreApplication.translate("OfficersPage", "Đang công tác")
    left = QCoreApplication.translate("OfficersPage", "Đã thôi")
    rows = []
    for o in officers:
        summary = "; ".join(
            f"{named[w.role]} {w.unit_name}" if w.unit_name is not None and w.role in named
            else f"{w.count} {counted.get(w.role, w.role)}" for w in o.work)
        cells = (o.full_name, o.title, o.workplace, levels.get(o.level, o.level), o.phone,
                 summary, working if o.active else left)
        rows.append(Row(o.id, cells, f"{o.search_name} {o.phone}",
                        sort_keys={COL_NAME: fast_name_sort_key(o.full_name)},
                        inactive=not o.active))
    return rows


class OfficersPage(LazyRefresh, QWidget):
    title = QT_TRANSLATE_NOOP("Navigation", "Cán bộ")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowTableModel([
            self.tr("Họ và tên"), self.tr("Chức vụ"), self.tr("Đơn vị công tác"), self.tr("Cấp"),
            self.tr("Điện thoại"), self.tr("Phân công hiện tại"), self.tr("Trạng thái")], self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_show_inactive(False)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Tìm theo họ tên hoặc điện thoại (không cần dấu)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.show_inactive = QCheckBox(self.tr("Hiện cả cán bộ đã thôi"), self)
        self.show_inactive.toggled.connect(self._on_show_inactive)
        self.add_button = QPushButton(icon("add"), self.tr("Thêm…"), self)
        self.edit_button = QPushButton(icon("edit"), self.tr("Sửa…"), self)
        self.active_button = QPushButton(self.tr("Cho thôi công tác"), self)
        self.delete_button = QPushButton(icon("remove"), self.tr("Xóa"), self)
        self.count_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((COL_NAME, 190), (COL_TITLE, 260), (COL_WORKPLACE, 200),
                              (COL_LEVEL, 60), (COL_PHONE, 100), (COL_CURRENT, 250),
                              (COL_STATE, 100)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_officer())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())

        self.history = RowTableModel([self.tr("Vai trò"), self.tr("Đơn vị"), self.tr("Từ ngày"),
                                      self.tr("Đến ngày"), self.tr("Quyết định")], self)
        self.history_view = QTableView(self)
        self.history_view.setModel(self.history)
        self.history_view.verticalHeader().setVisible(False)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.history_view.setColumnWidth(0, 200)
        self.history_view.setColumnWidth(1, 320)
        self.history_label = QLabel(self.tr("Lịch sử phân công"), self)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_inactive)
        for button in (self.add_button, self.edit_button, self.active_button, self.delete_button):
            top.addWidget(button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.history_label)
        self.lower_tabs = QTabWidget(lower)
        self.lower_tabs.addTab(self.history_view, self.tr("Phân công"))
        self.changes = HistoryView(ctx, self.lower_tabs)
        self.lower_tabs.addTab(self.changes, self.tr("Nhật ký thay đổi"))
        lower_layout.addWidget(self.lower_tabs)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([560, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)

        self.add_button.clicked.connect(self.add_officer)
        self.edit_button.clicked.connect(self.edit_officer)
        self.active_button.clicked.connect(self.toggle_active)
        self.delete_button.clicked.connect(self.delete_officer)
        ctx.data_changed.connect(self._on_data_changed)
        self.refresh()

    # --- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.set_rows(officer_rows(load_officer_rows(self.ctx.db, dt.date.today())))
        self._update_count()
        if selected is None or not self.select_officer(selected):
            if self.proxy.rowCount():
                self.table.selectRow(0)
        self._on_selection()

    def _on_data_changed(self, what: Change) -> None:
        if what & (Change.OFFICERS | Change.ASSIGNMENTS | Change.UNITS):
            self.refresh_when_visible()

    def _on_search(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()

    def _on_show_inactive(self, show: bool) -> None:
        self.proxy.set_show_inactive(show)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{shown} / {total} cán bộ").format(
            shown=f"{self.proxy.rowCount():,}".replace(",", "."),
            total=f"{self.model.rowCount():,}".replace(",", ".")))

    def visible_names(self) -> list[str]:
        return [self.proxy.index(r, COL_NAME).data() for r in range(self.proxy.rowCount())]

    # --- selection ---------------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_id(rows[0].row()) if rows else None

    def select_officer(self, officer_id: int) -> bool:
        return select_id(self.table, self.proxy, officer_id)

    def _selected_row(self) -> Row | None:
        officer_id = self.selected_id()
        if officer_id is None:
            return None
        number = self.model.row_for_id(officer_id)
        return self.model.rows[number] if number >= 0 else None

    def _on_selection(self) -> None:
        row = self._selected_row()
        for button in (self.edit_button, self.active_button, self.delete_button):
            button.setEnabled(row is not None)
        self.active_button.setText(
            self.tr("Khôi phục") if row is not None and row.inactive
            else self.tr("Cho thôi công tác"))
        history_rows = []
        if row is not None:
            today = dt.date.today()
            history_rows = [Row(h.assignment_id, (
                term(role_label(h.role)), h.unit_label, show_date(h.effective_from),
                show_date(h.effective_to), h.decision), "",
                inactive=h.effective_to is not None and h.effective_to < today)
                for h in officer_assignments(self.ctx.db, row.id)]
            self.history_label.setText(self.tr("Lịch sử phân công của {name}").format(
                name=row.cells[COL_NAME]))
            self.changes.show_for("officer", row.id)
        else:
            self.history_label.setText(self.tr("Lịch sử phân công"))
            self.changes.clear()
        self.history.set_rows(history_rows)

    # --- actions -----------------------------------------------------------------------
    def add_officer(self) -> None:
        dialog = OfficerDialog(self)
        if not dialog.exec():
            return
        fields = dialog.values()
        name = fields.pop("full_name")
        action = AddOfficer(name, fields)
        if self.ctx.perform_shown(self, self.tr("Thêm cán bộ {name}").format(name=name), action):
            self.search.clear()
            self.select_officer(action.officer_id)

    def edit_officer(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        try:
            form = officer_form(self.ctx.db, row.id)
        except DvDeskError as error:  # deleted meanwhile
            self.ctx.show_error(self, error)
            return
        dialog = OfficerDialog(self, form.values)
        if not dialog.exec():
            return
        new = dialog.values()
        changed = {k: v for k, v in new.items() if v != form.values.get(k)}
        if changed:
            self.ctx.perform_shown(
                self, self.tr("Sửa cán bộ {name}").format(name=new["full_name"]),
                EditOfficer(row.id, {k: form.values[k] for k in changed}, changed, form.version))

    def toggle_active(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        active = row.inactive  # inactive now -> make active
        text = (self.tr("Khôi phục cán bộ {name}") if active
                else self.tr("Cho thôi công tác {name}")).format(name=row.cells[COL_NAME])
        try:
            version = officer_form(self.ctx.db, row.id).version
        except DvDeskError as error:
            self.ctx.show_error(self, error)
            return
        self.ctx.perform_shown(self, text, SetOfficerActive(row.id, active, version))

    def delete_officer(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        try:
            version = officer_form(self.ctx.db, row.id).version
        except DvDeskError as error:
            self.ctx.show_error(self, error)
            return
        answer = QMessageBox.question(
            self, APP_TITLE,
            self.tr("Xóa hẳn cán bộ {name}? Chỉ dùng cho dòng nhập nhầm; người đã có lịch sử "
                    "phân công thì hãy cho thôi công tác.").format(name=row.cells[COL_NAME]))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.perform_shown(
                self, self.tr("Xóa cán bộ {name}").format(name=row.cells[COL_NAME]),
                DeleteOfficer(row.id, version))
