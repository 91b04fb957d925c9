"""Cán bộ: every officer with their current assignments; add, edit, deactivate."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

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
from sqlalchemy import select

from dvdesk.domain.models import Assignment, Cluster, Commune, Hamlet, Officer
from dvdesk.domain.roles import (
    OFFICER_LEVELS,
    ROLE_ORDER,
    Role,
    commune_title,
    role_label,
    role_unit,
)
from dvdesk.errors import DvDeskError
from dvdesk.gui.context import APP_TITLE, AppContext
from dvdesk.gui.filtered_rows import FilteredRows
from dvdesk.gui.forms import icon
from dvdesk.gui.history_view import HistoryView
from dvdesk.gui.officer_dialog import OfficerDialog, officer_fields
from dvdesk.gui.pages import LazyRefresh
from dvdesk.gui.tables import Row, RowTableModel, fast_name_sort_key, show_date
from dvdesk.gui.terms import term
from dvdesk.services import officers as officer_service
from dvdesk.store import queries

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
_ROLE_ORDER = ROLE_ORDER


def load_officer_rows(session, day: dt.date) -> list[Row]:
    """All officers with a summary of their current work, in four set-based queries."""
    clusters = dict(session.execute(select(Cluster.id, Cluster.name)).all())
    communes = {cid: commune_title(kind, name)
                for cid, name, kind in session.execute(
                    select(Commune.id, Commune.name, Commune.kind))}
    hamlets = dict(session.execute(select(Hamlet.id, Hamlet.name)).all())
    names = {Role.CLUSTER_LEADER.value: clusters, Role.COMMUNE_LEAD.value: communes,
             Role.PROVINCE_LIAISON.value: communes, Role.HAMLET_SUPPORT.value: hamlets}
    named = {role: QCoreApplication.translate("OfficersPage", text)
             for role, text in _NAMED_ROLES.items()}
    counted = {role: QCoreApplication.translate("OfficersPage", text)
               for role, text in _COUNTED.items()}
    work: dict[tuple[int, str], list[int]] = defaultdict(list)
    # Core rows (session.connection()) skip the ORM's per-row work: 50,000 rows at province.
    for officer_id, role, unit_id in session.connection().execute(
            select(Assignment.officer_id, Assignment.role, Assignment.unit_id)
            .where(queries.valid_on(day)).order_by(Assignment.id)):
        work[officer_id, role].append(unit_id)
    parts: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for (officer_id, role), units in work.items():
        if len(units) == 1 and role in named:
            text = f"{named[role]} {names[role].get(units[0], '?')}"
        else:
            text = f"{len(units)} {counted.get(role, role)}"
        parts[officer_id].append((_ROLE_ORDER.get(role, 99), text))
    summaries = {officer_id: "; ".join(text for _order, text in sorted(items))
                 for officer_id, items in parts.items()}
    levels = {code: term(label) for code, label in OFFICER_LEVELS.items()}
    working = QCoreApplication.translate("OfficersPage", "Đang công tác")
    left = QCoreApplication.translate("OfficersPage", "Đã thôi")
    rows = []
    officers = session.connection().execute(select(
        Officer.id, Officer.full_name, Officer.search_name, Officer.title, Officer.workplace,
        Officer.level, Officer.phone, Officer.active))
    for id_, name, key, title, workplace, level, phone, active in officers:
        cells = (name, title, workplace, levels.get(level, level), phone,
                 summaries.get(id_, ""), working if active else left)
        rows.append(Row(id_, cells, f"{key} {phone}",
                        sort_keys={COL_NAME: fast_name_sort_key(name)}, inactive=not active))
    return rows


class OfficersPage(LazyRefresh, QWidget):
    title = QT_TRANSLATE_NOOP("Navigation", "Cán bộ")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._history_of: int | None = None  # whose history the lower half shows
        self.model = RowTableModel([
            self.tr("Họ và tên"), self.tr("Chức vụ"), self.tr("Đơn vị công tác"), self.tr("Cấp"),
            self.tr("Điện thoại"), self.tr("Phân công hiện tại"), self.tr("Trạng thái")], self)
        self.proxy = FilteredRows(self)  # 20,000 rows: filtered in one pass per keystroke
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
        self._history_of = None  # the history may have changed too
        with self.ctx.db.read() as session:
            rows = load_officer_rows(session, dt.date.today())
        self.model.set_rows(rows)
        self._update_count()
        if selected is None or not self.select_officer(selected):
            if self.proxy.rowCount():
                self.table.selectRow(0)
        self._on_selection()

    def _on_data_changed(self, what: str) -> None:
        if what in ("officers", "assignments", "units", "all"):
            self.refresh_when_visible()

    def _on_search(self, text: str) -> None:
        self._keeping_selection(lambda: self.proxy.set_query(text))

    def _on_show_inactive(self, show: bool) -> None:
        self._keeping_selection(lambda: self.proxy.set_show_inactive(show))

    def _keeping_selection(self, change) -> None:
        """Filter, keeping the officer selected if still shown (the rows are reset)."""
        selected = self.selected_id()
        change()
        if selected is None or not self.select_officer(selected):
            self._on_selection()
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
        row = self.proxy.row_of_id(officer_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.proxy.index(row, 0))
        return True

    def _selected_row(self) -> Row | None:
        officer_id = self.selected_id()
        if officer_id is None:
            return None
        number = self.model.row_for_id(officer_id)
        return self.model.rows[number] if number >= 0 else None

    def _on_selection(self) -> None:
        row = self._selected_row()
        shown = row.id if row is not None else None
        if shown == self._history_of and shown is not None:
            return  # the same officer selected again after a filter: nothing to reload
        self._history_of = shown
        for button in (self.edit_button, self.active_button, self.delete_button):
            button.setEnabled(row is not None)
        self.active_button.setText(
            self.tr("Khôi phục") if row is not None and row.inactive
            else self.tr("Cho thôi công tác"))
        history_rows = []
        if row is not None:
            with self.ctx.db.read() as session:
                for h in queries.officer_history(session, row.id):
                    unit = queries.unit_label(session, role_unit(h.role), h.unit_id)
                    history_rows.append(Row(h.assignment_id, (
                        term(role_label(h.role)), unit, show_date(h.effective_from),
                        show_date(h.effective_to), h.decision), "",
                        inactive=h.effective_to is not None and h.effective_to < dt.date.today()))
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
        try:
            new_id = self.ctx.run(
                self.tr("Thêm cán bộ {name}").format(name=name),
                lambda: officer_service.add_officer(self.ctx.db, name, **fields),
                lambda officer_id: officer_service.delete_officer(self.ctx.db, officer_id),
                "officers")
        except DvDeskError as error:
            self.ctx.show_error(self, error)
            return
        self.search.clear()
        self.select_officer(new_id)

    def edit_officer(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        with self.ctx.db.read() as session:
            officer = session.get(Officer, row.id)
            old = officer_fields(officer)
            version = officer.row_version
        dialog = OfficerDialog(self, old)
        if not dialog.exec():
            return
        new = dialog.values()
        changed = {k: v for k, v in new.items() if v != old.get(k)}
        if not changed:
            return
        undo_values = {k: old[k] for k in changed}
        # Only the first run checks the version read above: a redo follows our own undo.
        state = {"version": version}

        def do():
            officer_service.update_officer(self.ctx.db, row.id,
                                           expected_version=state.pop("version", None), **changed)

        try:
            self.ctx.run(
                self.tr("Sửa cán bộ {name}").format(name=new["full_name"]), do,
                lambda _r: officer_service.update_officer(self.ctx.db, row.id, **undo_values),
                "officers")
        except DvDeskError as error:
            self.ctx.show_error(self, error)

    def toggle_active(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        active = row.inactive  # inactive now -> make active
        text = (self.tr("Khôi phục cán bộ {name}") if active
                else self.tr("Cho thôi công tác {name}")).format(name=row.cells[COL_NAME])
        try:
            self.ctx.run(text,
                         lambda: officer_service.set_officer_active(self.ctx.db, row.id, active),
                         lambda _r: officer_service.set_officer_active(self.ctx.db, row.id,
                                                                        not active),
                         "officers")
        except DvDeskError as error:
            self.ctx.show_error(self, error)

    def delete_officer(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self, APP_TITLE,
            self.tr("Xóa hẳn cán bộ {name}? Chỉ dùng cho dòng nhập nhầm; người đã có lịch sử "
                    "phân công thì hãy cho thôi công tác.").format(name=row.cells[COL_NAME]))
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.ctx.db.read() as session:
            fields = officer_fields(session.get(Officer, row.id))
        name = fields.pop("full_name")
        state = {"id": row.id}

        def do():
            officer_service.delete_officer(self.ctx.db, state["id"])

        def undo(_result):
            state["id"] = officer_service.add_officer(self.ctx.db, name, **fields)

        try:
            self.ctx.run(self.tr("Xóa cán bộ {name}").format(name=name), do, undo, "officers")
        except DvDeskError as error:
            self.ctx.show_error(self, error)
