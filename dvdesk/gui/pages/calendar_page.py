"""Lịch sinh hoạt: the month's meetings as a grid and a table, conflicts beside them.

Every edit (move a chip, edit a meeting, plan, approve, revise, windows) is one
service call through ``ctx.run`` so it can be undone; the page reloads the month
whenever calendar data changes and recomputes the conflicts with it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.calendar_engine import SESSIONS, format_date
from dvdesk.errors import DvDeskError, NotFound
from dvdesk.gui.calendar_dialogs import ApproveDialog, MeetingDialog, WindowsDialog, day_label
from dvdesk.gui.calendar_grid import GridView
from dvdesk.gui.calendar_rows import (
    COL_COMMUNE,
    COL_DATE,
    COL_PEOPLE,
    COL_PIN,
    COL_PLACE,
    COL_SESSION,
    COL_START,
    COL_TYPE,
    COL_UNIT,
    KIND_COLORS,
    grid_content,
    search,
    search_text,
    session_name,
    table_row,
)
from dvdesk.gui.context import AppContext
from dvdesk.gui.forms import icon
from dvdesk.gui.tables import ID_ROLE, Row, RowTableModel, SearchProxy
from dvdesk.services import calendar as service
from dvdesk.services.calendar_data import month_text

IDS_ROLE = Qt.ItemDataRole.UserRole + 7


class CalendarPage(QWidget):
    title = QT_TRANSLATE_NOOP("Navigation", "Lịch sinh hoạt")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.state: service.MonthState | None = None
        self.version: int | None = None  # None = the latest version
        self.rows_by_id: dict = {}
        self.search_text: dict[int, str] = {}
        self._table_rows: dict[int, Row] = {}
        self._touched: set[int] | None = None  # meetings the running action changes
        self.selected: set[int] = set()

        self.month_edit = QDateEdit(self)
        self.month_edit.setDisplayFormat("MM/yyyy")
        self.month_edit.setCalendarPopup(False)
        self.version_box = QComboBox(self)
        self.version_box.setMinimumWidth(170)
        self.badge = QLabel(self)
        self.badge.setObjectName("calendarBadge")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Lọc theo đơn vị, xã, cán bộ (không cần dấu)…"))
        self.search.setClearButtonEnabled(True)

        self.create_button = QPushButton(icon("add"), self.tr("Tạo lịch tháng"), self)
        self.copy_button = QPushButton(self.tr("Sao chép tháng trước"), self)
        self.plan_button = QPushButton(self.tr("Xếp lịch tự động"), self)
        self.edit_button = QPushButton(icon("edit"), self.tr("Sửa cuộc họp…"), self)
        self.windows_button = QPushButton(self.tr("Khung ngày…"), self)
        self.approve_button = QPushButton(self.tr("Duyệt…"), self)
        self.revise_button = QPushButton(self.tr("Mở bản điều chỉnh"), self)

        self.grid = GridView(self)
        self.table_model = RowTableModel([
            self.tr("Ngày"), self.tr("Buổi"), self.tr("Giờ"), self.tr("Đơn vị"), self.tr("Xã"),
            self.tr("Loại hình"), self.tr("Địa điểm"), self.tr("Cán bộ dự"), self.tr("Ghim")],
            self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.table_model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((COL_DATE, 90), (COL_SESSION, 60), (COL_START, 55),
                              (COL_UNIT, 220), (COL_COMMUNE, 140), (COL_TYPE, 150),
                              (COL_PLACE, 220), (COL_PEOPLE, 300), (COL_PIN, 50)):
            self.table.setColumnWidth(column, width)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.grid, self.tr("Lưới tháng"))
        self.tabs.addTab(self.table, self.tr("Danh sách"))

        self.conflict_label = QLabel(self)
        self.conflict_list = QListWidget(self)
        self.conflict_list.setWordWrap(True)
        self.conflict_list.setAlternatingRowColors(True)
        self.conflict_list.setSpacing(2)
        self.reasons_label = QLabel(self)
        self.reasons_label.setWordWrap(True)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.conflict_label)
        side_layout.addWidget(self.conflict_list, 1)
        side_layout.addWidget(self.reasons_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 330])
        self.summary = QLabel(self)
        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tháng:"), self))
        top.addWidget(self.month_edit)
        top.addWidget(self.version_box)
        top.addWidget(self.badge)
        top.addStretch(1)
        top.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.copy_button, self.plan_button,
                       self.edit_button, self.windows_button, self.approve_button,
                       self.revise_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.summary)

        self._set_month_edit(ctx.month)
        self.month_edit.dateChanged.connect(self._on_month_edited)
        self.version_box.activated.connect(self._on_version_chosen)
        self.search.textChanged.connect(self._on_search)
        self.create_button.clicked.connect(lambda: self.create_month(copy_previous=False))
        self.copy_button.clicked.connect(lambda: self.create_month(copy_previous=True))
        self.plan_button.clicked.connect(self.plan_month)
        self.edit_button.clicked.connect(self.edit_selected)
        self.windows_button.clicked.connect(self.edit_windows)
        self.approve_button.clicked.connect(self.approve_month)
        self.revise_button.clicked.connect(self.revise_month)
        self.grid.chip_clicked.connect(lambda mid: self.select_meetings({mid}, source="grid"))
        self.grid.chip_activated.connect(self.edit_meeting)
        self.grid.chip_dropped.connect(self.move_meeting)
        self.grid.chip_menu.connect(self._chip_menu)
        self.grid.tooltip_for = self._tooltip
        self.table.doubleClicked.connect(
            lambda index: self.edit_meeting(self.proxy.row_id(index.row())))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_table_select())
        self.conflict_list.itemClicked.connect(self._on_conflict_clicked)
        ctx.data_changed.connect(self._on_data_changed)
        ctx.month_changed.connect(self._on_month_changed)
        self.refresh()

    # --- month and version -----------------------------------------------------------
    @property
    def month(self) -> str:
        return self.ctx.month

    def _set_month_edit(self, month: str) -> None:
        self.month_edit.blockSignals(True)
        self.month_edit.setDate(QDate(int(month[:4]), int(month[5:]), 1))
        self.month_edit.blockSignals(False)

    def _on_month_edited(self, date: QDate) -> None:
        self.ctx.month = f"{date.year():04d}-{date.month():02d}"

    def _on_month_changed(self, month: str) -> None:
        self._set_month_edit(month)
        self.version = None
        self.selected = set()
        self.refresh()

    def _on_version_chosen(self, position: int) -> None:
        version = self.version_box.itemData(position)
        latest = self.version_box.itemData(self.version_box.count() - 1)
        self.version = None if version == latest else version
        self.refresh()

    def _on_data_changed(self, what: str) -> None:
        if what in ("calendar", "units", "assignments", "officers", "settings", "all"):
            self.refresh()

    # --- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        touched, self._touched = self._touched, None
        if touched and self.state is not None and self.version is None:
            fresh = service.refresh_state(self.ctx.db, self.state, touched)
            if fresh is not None:
                self.state = fresh
                self._show_state(touched)
                return None
        try:
            self.state = service.month_state(self.ctx.db, self.month, self.version)
        except NotFound as missing:
            if self.version is not None:
                self.version = None
                return self.refresh()
            self.state = None
            self.empty_hint.setText(str(missing).split(";")[0] + self.tr(
                ". Bấm «Tạo lịch tháng» để tạo, hoặc «Sao chép tháng trước» để giữ ngày, "
                "buổi, địa điểm của tháng trước."))
        self._show_state()
        return None

    def _show_state(self, touched: set[int] | None = None) -> None:
        """Show ``self.state``; ``touched``: only those meetings changed since the last show."""
        state = self.state
        scrolled = self.grid.verticalScrollBar().value()
        self.empty_hint.setVisible(state is None)
        self.version_box.clear()
        if state is None:
            self.rows_by_id = {}
            self.grid.grid.set_month([], {}, {}, set(), set())
            self.table_model.set_rows([])
            self.conflict_list.clear()
            self.conflict_label.setText("")
            self.reasons_label.setText("")
            self.badge.setText("")
            self.badge.setStyleSheet("")
            self.summary.setText("")
            self._update_buttons()
            return
        for version, status in state.versions:
            text = self.tr("Bản %1 — %2").replace("%1", str(version)).replace(
                "%2", self.tr("đã duyệt") if status == "approved" else self.tr("dự thảo"))
            self.version_box.addItem(text, version)
        self.version_box.setCurrentIndex(self.version_box.findData(state.version))
        if state.status == "approved":
            text = self.tr("ĐÃ DUYỆT số %1").replace("%1", state.number)
            if state.approved_on:
                text += self.tr(" ngày %1").replace("%1", format_date(state.approved_on))
            self.badge.setText(text)
            self.badge.setStyleSheet("QLabel { background: #2e7d32; color: white; "
                                     "font-weight: bold; padding: 3px 10px; border-radius: 4px; }")
        else:
            self.badge.setText(self.tr("DỰ THẢO"))
            self.badge.setStyleSheet("QLabel { background: #ef6c00; color: white; "
                                     "font-weight: bold; padding: 3px 10px; border-radius: 4px; }")
        self.rows_by_id = {r.id: r for r in state.rows}
        if touched is None:
            self.search_text = {}
            self._table_rows = {}
        for r in state.rows:
            if touched is None or r.id in touched:
                self.search_text[r.id] = search_text(r)
                self._table_rows.pop(r.id, None)
        conflicting = {mid for c in state.conflicts for mid in c.meeting_ids}
        self._fill_grid(state, conflicting)
        self._fill_table(state, conflicting)
        self.grid.verticalScrollBar().setValue(scrolled)
        self._fill_conflicts(state)
        placed = sum(1 for r in state.rows if r.day is not None)
        self.summary.setText(self.tr("%1 cuộc họp (%2 đã xếp ngày) · %3 xung đột · khung: đảng ủy "
                                     "%4–%5, chi bộ %6–%7").replace("%1", str(len(state.rows)))
                             .replace("%2", str(placed)).replace("%3", str(len(state.conflicts)))
                             .replace("%4", str(state.windows["committee"][0]))
                             .replace("%5", str(state.windows["committee"][1]))
                             .replace("%6", str(state.windows["cell"][0]))
                             .replace("%7", str(state.windows["cell"][1])))
        self.selected &= set(self.rows_by_id)
        self.grid.grid.set_selected(self.selected)
        self._update_buttons()

    def _fill_grid(self, state: service.MonthState, conflicting: set[int]) -> None:
        days, chips, window_days, sessions = grid_content(state, self.search_text)
        self.grid.grid.sessions = sessions
        self.grid.grid.set_month(days, chips, state.blocked, window_days, conflicting)
        self.grid.editable = state.status != "approved"

    def _fill_table(self, state: service.MonthState, conflicting: set[int]) -> None:
        rows = []
        for r in state.rows:
            row = self._table_rows.get(r.id)
            if row is None or row.highlight != (r.id in conflicting):
                row = self._table_rows[r.id] = table_row(r, r.id in conflicting,
                                                         self.search_text[r.id])
            rows.append(row)  # unchanged since the last load: the prepared row is reused
        self.table_model.set_rows(rows)
        if self.selected:
            self._select_in_table(self.selected & set(self.rows_by_id), scroll=False)

    def _fill_conflicts(self, state: service.MonthState) -> None:
        self.conflict_list.clear()
        count = len(state.conflicts)
        self.conflict_label.setText(
            self.tr("Không có xung đột.") if not count
            else self.tr("%1 xung đột (bấm để chọn các cuộc họp):").replace("%1", str(count)))
        color = "#2e7d32" if not count else "#c62828"
        self.conflict_label.setStyleSheet(f"QLabel {{ color: {color}; font-weight: bold; }}")
        for conflict in state.conflicts:
            item = QListWidgetItem(conflict.message)
            item.setData(IDS_ROLE, list(conflict.meeting_ids))
            item.setForeground(QBrush(QColor(KIND_COLORS.get(conflict.kind, "#c62828"))))
            self.conflict_list.addItem(item)
        self.reasons_label.setText("")

    def conflict_messages(self) -> list[str]:
        return [self.conflict_list.item(i).text() for i in range(self.conflict_list.count())]

    def _update_buttons(self) -> None:
        state = self.state
        latest = state is not None and state.version == state.versions[-1][0]
        draft = latest and state.status == "draft"
        self.create_button.setEnabled(state is None)
        self.copy_button.setEnabled(state is None)
        for button in (self.plan_button, self.edit_button, self.windows_button,
                       self.approve_button):
            button.setEnabled(bool(draft))
        self.revise_button.setEnabled(bool(latest and state.status == "approved"))

    # --- selection --------------------------------------------------------------------
    def select_meetings(self, ids: set[int], source: str = "") -> None:
        self.selected = set(ids)
        self.grid.grid.set_selected(self.selected)
        if source != "grid" and ids:
            self.grid.scroll_to_meeting(min(ids, key=lambda i: self._order(i)))
        if source != "table":
            self._select_in_table(ids)

    def _order(self, meeting_id: int) -> tuple:
        row = self.rows_by_id.get(meeting_id)
        if row is None or row.day is None:
            return (dt.date.max, 9)
        return (row.day, SESSIONS.index(row.session) if row.session in SESSIONS else 9)

    def _select_in_table(self, ids: set[int], scroll: bool = True) -> None:
        model = self.table.selectionModel()
        model.blockSignals(True)
        selection = QItemSelection()
        first = None
        for proxy_row in range(self.proxy.rowCount()):
            if self.proxy.row_id(proxy_row) in ids:
                left = self.proxy.index(proxy_row, 0)
                selection.select(left, self.proxy.index(proxy_row, self.proxy.columnCount() - 1))
                first = first or left
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        model.blockSignals(False)
        self.table.viewport().update()
        if first is not None and scroll:
            self.table.scrollTo(first)

    def _on_table_select(self) -> None:
        ids = {index.data(ID_ROLE) for index in self.table.selectionModel().selectedRows()}
        self.select_meetings(ids, source="table")

    def _on_conflict_clicked(self, item: QListWidgetItem) -> None:
        self.select_meetings(set(item.data(IDS_ROLE) or ()))

    def _on_search(self, text: str) -> None:
        self.proxy.set_query(text)
        self.grid.grid.set_filter(search(text).split())

    # --- actions (each one undoable service call) ------------------------------------
    def _run(self, text: str, do, undo):
        failure = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # planning a province: seconds
        try:
            return self.ctx.run(text, do, undo, changed="calendar")
        except DvDeskError as error:
            failure = error
        finally:
            QApplication.restoreOverrideCursor()
        self._touched = None
        self.ctx.show_error(self, failure)
        return None

    def _touching(self, meeting_id: int, call):
        """``call`` marked as changing one meeting, so the page reloads only that one."""
        def run(*args):
            self._touched = {meeting_id}
            return call(*args)
        return run

    def create_month(self, copy_previous: bool = False):
        db, month = self.ctx.db, self.month
        text = (self.tr("Sao chép lịch tháng trước sang tháng %1") if copy_previous
                else self.tr("Tạo lịch tháng %1")).replace("%1", month_text(month))
        return self._run(text, lambda: service.new_month(db, month, copy_previous),
                         lambda _r: service.delete_draft(db, month, 1))

    def plan_month(self):
        db, month = self.ctx.db, self.month
        outcome = self._run(self.tr("Xếp lịch tự động tháng %1").replace(
            "%1", month_text(month)), lambda: service.plan(db, month),
            lambda result: service.set_slots(db, month, result.previous))
        if outcome is not None and outcome.reasons:
            self.reasons_label.setText(self.tr("Lý do:") + "\n" + "\n".join(
                f"• {reason}" for reason in outcome.reasons))
        return outcome

    def move_meeting(self, meeting_id: int, day, session: str):
        row = self.rows_by_id.get(meeting_id)
        if row is None or (row.day == day and row.session == session):
            return None
        db = self.ctx.db
        where = (f"{day_label(day)} {session_name(session)}" if day
                 else self.tr("chưa xếp ngày"))
        return self._run(
            self.tr("Dời %1 sang %2").replace("%1", row.unit).replace("%2", where),
            self._touching(meeting_id, lambda: service.update_meeting(
                db, meeting_id, day=day, session=session)),
            self._touching(meeting_id, lambda previous: service.update_meeting(
                db, meeting_id, **previous)))

    def _tooltip(self, meeting_id: int) -> str:
        r = self.rows_by_id.get(meeting_id)
        if r is None:
            return ""
        when = (f"{day_label(r.day)} {session_name(r.session)} {r.start}" if r.day
                else self.tr("chưa xếp ngày"))
        people = "\n".join(f"  • {name}" for _i, name, _role in r.attendees)
        return f"{r.label}\n{when} — {r.place}\n{self.tr('Cán bộ dự:')}\n{people}"

    def _chip_menu(self, meeting_id: int, where) -> None:
        row = self.rows_by_id.get(meeting_id)
        if row is None:
            return
        menu = QMenu(self)
        editable = self.grid.editable
        edit = menu.addAction(icon("edit"), self.tr("Sửa cuộc họp…"))
        pin = menu.addAction(self.tr("Bỏ ghim") if row.pinned else self.tr("Ghim"))
        unplace = menu.addAction(self.tr("Đưa về chưa xếp ngày"))
        for action in (edit, pin, unplace):
            action.setEnabled(editable)
        unplace.setEnabled(editable and row.day is not None)
        chosen = menu.exec(where)
        if chosen is edit:
            self.edit_meeting(meeting_id)
        elif chosen is pin:
            self.apply_meeting_changes(meeting_id, {"pinned": not row.pinned})
        elif chosen is unplace:
            self.move_meeting(meeting_id, None, row.session)

    def edit_selected(self) -> None:
        if self.selected:
            self.edit_meeting(min(self.selected, key=self._order))

    def edit_meeting(self, meeting_id: int) -> None:
        row = self.rows_by_id.get(meeting_id)
        state = self.state
        if row is None or state is None or state.status == "approved":
            return
        dialog = MeetingDialog(self, row, state.month, state.blocked, state.sessions)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_meeting_changes(meeting_id, dialog.changes())

    def apply_meeting_changes(self, meeting_id: int, changes: dict):
        row = self.rows_by_id.get(meeting_id)
        if not changes or row is None:
            return None
        db = self.ctx.db
        return self._run(self.tr("Sửa %1").replace("%1", row.unit),
                         self._touching(meeting_id, lambda: service.update_meeting(
                             db, meeting_id, **changes)),
                         self._touching(meeting_id, lambda previous: service.update_meeting(
                             db, meeting_id, **previous)))

    def edit_windows(self) -> None:
        if self.state is None:
            return
        dialog = WindowsDialog(self, self.state.windows)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_windows(**dialog.values())

    def set_windows(self, committee, cell):
        db, month = self.ctx.db, self.month
        return self._run(self.tr("Đổi khung ngày tháng %1").replace("%1", month_text(month)),
                         lambda: service.set_month_windows(db, month, committee, cell),
                         lambda previous: service.restore_month_windows(db, month, previous))

    def approve_month(self) -> None:
        state = self.state
        if state is None:
            return
        from dvdesk.services.settings import get_settings

        org = get_settings(self.ctx.db).get("organization", {})
        dialog = ApproveDialog(self, month_text(state.month), state.version,
                               len(state.conflicts), org.get("number_suffix", "-LT/HU"),
                               org.get("signer_name", ""), org.get("signer_name", ""),
                               org.get("signer_position", ""))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.approve(**dialog.values())

    def approve(self, number: str, by: str = "", on_date: dt.date | None = None,
                signer: str | None = None, signer_title: str | None = None):
        db, month = self.ctx.db, self.month
        return self._run(self.tr("Duyệt lịch tháng %1").replace("%1", month_text(month)),
                         lambda: service.approve(db, month, number, by, on_date, signer,
                                                 signer_title),
                         lambda _r: service.withdraw_approval(db, month))

    def revise_month(self):
        db, month = self.ctx.db, self.month
        self.version = None
        return self._run(
            self.tr("Mở bản điều chỉnh lịch tháng %1").replace("%1", month_text(month)),
            lambda: service.revise(db, month),
            lambda result: service.delete_draft(db, month, result["version"]))
