"""Cán bộ: every officer with their current assignments; add, edit, deactivate."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
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

from dvdesk.domain.text import thousands
from dvdesk.errors import DvDeskError
from dvdesk.gui.context import APP_TITLE, AppContext
from dvdesk.gui.filtered_rows import FilteredRows
from dvdesk.gui.forms import icon
from dvdesk.gui.history_view import HistoryView
from dvdesk.gui.officer_dialog import OfficerDialog
from dvdesk.gui.officer_model import (
    COL_CURRENT,
    COL_LEVEL,
    COL_NAME,
    COL_PHONE,
    COL_STATE,
    COL_TITLE,
    COL_WORKPLACE,
    NameOrder,
    OfficerTableModel,
)
from dvdesk.gui.pages import LazyRefresh
from dvdesk.gui.tables import AfterPaintTable, Row, RowTableModel, show_date
from dvdesk.gui.unavailability_view import UnavailabilityView
from dvdesk.services.actions import (
    AddOfficer,
    Change,
    DeleteOfficer,
    EditOfficer,
    SetOfficerActive,
)
from dvdesk.services.officer_views import (
    load_officer_table,
    officer_assignments,
    officer_form,
)

# The columns are named with the model; the page re-exports them.
__all__ = ["COL_CURRENT", "COL_LEVEL", "COL_NAME", "COL_PHONE", "COL_STATE", "COL_TITLE",
           "COL_WORKPLACE", "OfficersPage"]


class OfficersPage(LazyRefresh, QWidget):
    title = QT_TRANSLATE_NOOP("Navigation", "Cán bộ")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._history_of: int | None = None  # whose history the lower half shows
        self._read_once = False  # the first read shows a screenful (refresh)
        self._details_later = False  # the selected officer's history after the next paint
        self._details_typed = False  # … or once the typing in the search pauses
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(200)
        self._details_timer.timeout.connect(lambda: self._show_history(self._selected_row()))
        # Columns read once, rows worded when painted: 20,000 officers at province.
        self.model = OfficerTableModel([
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

        self.table = AfterPaintTable(self)
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
                              (COL_LEVEL, 85), (COL_PHONE, 100), (COL_CURRENT, 250),
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
        self.leave = UnavailabilityView(ctx, self.lower_tabs)
        self.lower_tabs.addTab(self.leave, self.tr("Lịch vắng"))
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
    # A province lists 20,000 officers: the first visit shows a screenful read by the
    # stored name keys at once, and the whole list follows from the reading thread. Up to
    # READ_AT_ONCE (a district's, a commune's) they are read whole at once, as fast.
    FIRST_SCREEN = 200
    READ_AT_ONCE = 4000

    def refresh(self) -> None:
        self._reads += 1  # a list still being read is older than this one
        today = dt.date.today()
        first = self.FIRST_SCREEN if not self._read_once else None
        self._show_table(load_officer_table(self.ctx.db, today, first, self.READ_AT_ONCE))
        self._read_once = True
        if not self.model.table.complete:
            self._read_rest(today)

    def _read_rest(self, today: dt.date) -> None:
        db = self.ctx.db
        self.read_rest(lambda: NameOrder.of(load_officer_table(db, today)),
                       lambda ready: self._show_table(ready.table, keep_scroll=True,
                                                      ready=ready))

    def _show_table(self, table, keep_scroll: bool = False,
                    ready: NameOrder | None = None) -> None:
        """Show ``table``, keeping the officer selected, in sight or (``keep_scroll``,
        the rest of the list arriving under the person's eyes) where the rows were."""
        selected = self.selected_id()
        scrolled = self.table.verticalScrollBar().value()
        if not keep_scroll:
            self._history_of = None  # the history may have changed too
        self.model.levels = self.ctx.levels
        self.model.set_table(table, ready)
        self._update_count()
        # The first visit: the list first, the chosen officer's history just after it.
        self._details_later = not self.table.painted
        try:
            if selected is None or not self.select_officer(selected, scroll=not keep_scroll):
                if self.proxy.rowCount():
                    self.table.selectRow(0)
            if keep_scroll:
                self.table.verticalScrollBar().setValue(scrolled)
            self._on_selection()
        finally:
            self._details_later = False

    def _on_data_changed(self, what: Change) -> None:
        if what & (Change.OFFICERS | Change.ASSIGNMENTS | Change.UNITS | Change.SETTINGS):
            self.refresh_when_visible()

    def _on_search(self, text: str) -> None:
        self._keeping_selection(lambda: self.proxy.set_query(text))

    def _on_show_inactive(self, show: bool) -> None:
        self._keeping_selection(lambda: self.proxy.set_show_inactive(show))

    def _keeping_selection(self, change) -> None:
        """Filter, keeping the officer selected if still shown (the rows are reset), else
        selecting the first one shown: typing a name, then Sửa…, edits that officer. Their
        history is read once the typing pauses, not on every keystroke."""
        selected = self.selected_id()
        self._details_typed = True
        try:
            change()
            if selected is None or not self.select_officer(selected):
                if self.proxy.rowCount():
                    self.table.selectRow(0)
                self._on_selection()
        finally:
            self._details_typed = False
        self._update_count()

    def _update_count(self) -> None:
        table = self.model.table
        if not table.complete:
            self.count_label.setText(self.tr("Đang đọc danh sách {total} cán bộ…").format(
                total=thousands(table.total)))
            return
        self.count_label.setText(self.tr("{shown} / {total} cán bộ").format(
            shown=thousands(self.proxy.rowCount()), total=thousands(self.model.rowCount())))

    def visible_names(self) -> list[str]:
        return [self.proxy.index(r, COL_NAME).data() for r in range(self.proxy.rowCount())]

    # --- selection ---------------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_id(rows[0].row()) if rows else None

    def select_officer(self, officer_id: int, scroll: bool = True) -> bool:
        row = self.proxy.row_of_id(officer_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        if scroll:
            self.table.scrollTo(self.proxy.index(row, 0))
        if not (self._details_typed or self._details_later):
            self._on_selection()  # chosen already while typing: the history now, not later
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
        for button in (self.edit_button, self.active_button, self.delete_button):
            button.setEnabled(row is not None)
        self.active_button.setText(
            self.tr("Khôi phục") if row is not None and row.inactive
            else self.tr("Cho thôi công tác"))
        self._details_timer.stop()
        if row is not None and (self._details_later or self._details_typed):
            self.history_label.setText(self.tr("Lịch sử phân công của {name}").format(
                name=row.cells[COL_NAME]))
            self._history_of = None  # not shown yet
            self.history.set_rows([])  # nothing of the officer shown before
            self.changes.clear()
            self.leave.show_for(None, "")
            if self._details_later:
                self.table.after_paint(lambda: self._show_history(self._selected_row()))
            else:
                self._details_timer.start()
            return
        self._show_history(row)

    def _show_history(self, row: Row | None) -> None:
        """The lower half: the officer's assignments, change log and absences."""
        self._history_of = row.id if row is not None else None
        history_rows = []
        if row is not None:
            today = dt.date.today()
            history_rows = [Row(h.assignment_id, (
                self.ctx.levels.role(h.role), h.unit_label, show_date(h.effective_from),
                show_date(h.effective_to), h.decision), "",
                inactive=h.effective_to is not None and h.effective_to < today)
                for h in officer_assignments(self.ctx.db, row.id)]
            self.history_label.setText(self.tr("Lịch sử phân công của {name}").format(
                name=row.cells[COL_NAME]))
            self.changes.show_for("officer", row.id)
            self.leave.show_for(row.id, row.cells[COL_NAME])
        else:
            self.leave.show_for(None, "")
            self.history_label.setText(self.tr("Lịch sử phân công"))
            self.changes.clear()
        self.history.set_rows(history_rows)

    # --- actions -----------------------------------------------------------------------
    def add_officer(self) -> None:
        dialog = OfficerDialog(self, levels=self.ctx.levels)
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
        dialog = OfficerDialog(self, form.values, levels=self.ctx.levels)
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
