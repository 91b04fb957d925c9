"""Lịch sinh hoạt: the month's meetings as a grid and a table, conflicts beside them.

The month is the toolbar's. Every edit (move a chip, edit a meeting, plan, approve,
revise, windows, accept a conflict) is one action through ``ctx.perform`` so it can
be undone; copying last month and planning run on the worker (a province month takes
seconds) and land on the undo stack when done. The page reloads the month whenever
calendar data changes and recomputes the conflicts with it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.calendar import SESSIONS, format_date
from dvdesk.errors import NotFound
from dvdesk.gui.calendar_actions import CalendarActions
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
    MarkedRowsModel,
    MonthContent,
    legend_html,
    month_content,
    role_words,
    search,
)
from dvdesk.gui.calendar_side import ConflictPanel
from dvdesk.gui.context import AppContext
from dvdesk.gui.filtered_rows import FilteredRows
from dvdesk.gui.forms import icon
from dvdesk.gui.pages.calendar_changes import ChangesPanel, preview_notice
from dvdesk.gui.tables import ID_ROLE, Row
from dvdesk.gui.wording import revise_text, status_name, version_name
from dvdesk.services import calendar as service
from dvdesk.services import calendar_shown


class CalendarPage(CalendarActions, QWidget):
    title = QT_TRANSLATE_NOOP("Navigation", "Lịch sinh hoạt")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.state: service.MonthState | None = None
        self.version: int | None = None  # None = the latest version
        self.rows_by_id: dict = {}
        self.search_text: dict[int, str] = {}
        self._table_rows: dict[int, Row] = {}
        self._roles: dict[str, str] = {}  # the attendees' roles, short (role_words)
        self._touched: set[int] | None = None  # meetings the running action changes
        # The month as the worker read and laid it out after planning, for the reload
        # that follows (reading it here would freeze the window for seconds).
        self._ready: tuple[calendar_shown.MonthShown, MonthContent] | None = None
        self.selected: set[int] = set()
        self.accepted: dict = {}
        self.conflict_keys: list[str] = []

        self.version_box = QComboBox(self)
        self.version_box.setAccessibleName(self.tr("Bản"))
        self.version_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.badge = QLabel(self)
        self.badge.setObjectName("calendarBadge")
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)

        self.create_button = QPushButton(icon("add"), self.tr("Tạo lịch tháng"), self)
        self.copy_button = QPushButton(self.tr("Sao chép tháng trước"), self)
        self.copy_button.setToolTip(self.tr("Giữ ngày, buổi, địa điểm của tháng trước rồi xếp "
                                            "lịch tự động những cuộc họp phải dời."))
        self.plan_button = QPushButton(self.tr("Xếp lịch tự động"), self)
        self.edit_button = QPushButton(icon("edit"), self.tr("Sửa cuộc họp…"), self)
        self.windows_button = QPushButton(self.tr("Khung ngày…"), self)
        self.approve_button = QPushButton(self.tr("Duyệt…"), self)
        self.print_button = QPushButton(icon("reports"), self.tr("Xem bản in…"), self)
        self.print_button.setToolTip(self.tr("Văn bản chính thức (PDF) của bản đang xem, để in "
                                             "hoặc lưu."))
        self.revise_button = QPushButton(self.tr("Mở bản điều chỉnh"), self)

        self.grid = GridView(self)
        self.table_model = MarkedRowsModel([
            self.tr("Ngày"), self.tr("Buổi"), self.tr("Giờ"), self.tr("Đơn vị"),
            ctx.levels.title("commune"),
            self.tr("Loại hình"), self.tr("Địa điểm"), self.tr("Cán bộ dự"), self.tr("Ghim")],
            self)
        self.proxy = FilteredRows(self)  # a month's 5,000 rows refiltered in one pass
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

        self.side = ConflictPanel(self)
        self.changes = ChangesPanel(self.side)
        self.side.addWidget(self.changes)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([820, 330])
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.legend = QLabel(legend_html(), self)
        self.legend.setToolTip(self.tr("Cuộc họp đã ghim có dấu ◆ và vạch sẫm bên trái: xếp lịch "
                                       "tự động không dời nó. Ghim hoặc bỏ ghim bằng chuột phải "
                                       "trên cuộc họp, hoặc trong «Sửa cuộc họp…»."))
        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.version_box)
        top.addWidget(self.badge)
        top.addStretch(1)
        top.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.copy_button, self.plan_button,
                       self.edit_button, self.windows_button, self.approve_button,
                       self.print_button, self.revise_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        self.version_box.activated.connect(self._on_version_chosen)
        self.search.textChanged.connect(self._on_search)
        self.create_button.clicked.connect(lambda: self.create_month(copy_previous=False))
        self.copy_button.clicked.connect(self.copy_and_plan)
        self.plan_button.clicked.connect(self.plan_month)
        self.edit_button.clicked.connect(self.edit_selected)
        self.windows_button.clicked.connect(self.edit_windows)
        self.approve_button.clicked.connect(self.approve_month)
        self.print_button.clicked.connect(self.print_preview)
        self.revise_button.clicked.connect(self.revise_month)
        self.grid.chip_clicked.connect(lambda mid: self.select_meetings({mid}, source="grid"))
        self.grid.chip_activated.connect(self.edit_meeting)
        self.grid.chip_dropped.connect(self.move_meeting)
        self.grid.chip_menu.connect(self._chip_menu)
        self.grid.tooltip_for = self._tooltip
        self.table.doubleClicked.connect(self._on_table_double_click)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_table_select())
        self.side.meetings_chosen.connect(self.select_meetings)
        self.changes.meetings_chosen.connect(self.select_meetings)
        self.changes.notice_wanted.connect(self.print_notice)
        self.changes.send_wanted.connect(lambda: self.window().send_schedules(changed_only=True))
        self.side.accept_wanted.connect(self.accept_conflict)
        self.side.withdraw_wanted.connect(self.withdraw_acceptance)
        ctx.data_changed.connect(self._on_data_changed)
        ctx.month_changed.connect(self._on_month_changed)
        ctx.jobs.busy_changed.connect(lambda _busy: self._update_buttons())
        self.refresh()

    # --- month and version -----------------------------------------------------------
    @property
    def month(self) -> str:
        return self.ctx.month

    def _on_month_changed(self, _month: str) -> None:
        self.version = None
        self.selected = set()
        self.side.hide_moves()
        self.refresh()

    def _on_version_chosen(self, position: int) -> None:
        version = self.version_box.itemData(position)
        latest = self.version_box.itemData(self.version_box.count() - 1)
        self.version = None if version == latest else version
        self.side.hide_moves()
        self.refresh()

    def _on_data_changed(self, _what) -> None:
        # Every kind of data shows in a month: units, holders, officers, rules, meetings.
        self.refresh()

    # --- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        touched, self._touched = self._touched, None
        ready, self._ready = self._ready, None
        if ready is not None and ready[0].state.month == self.month and self.version is None:
            return self._show(*ready)
        if touched and self.state is not None and self.version is None:
            fresh = service.refresh_state(self.ctx.db, self.state, touched)
            if fresh is not None:
                self.state = fresh
                self._show_state(touched, calendar_shown.changes_of(self.ctx.db, self.month,
                                                                    fresh))
                return None
        try:
            shown = calendar_shown.month_shown(self.ctx.db, self.month, self.version)
        except NotFound as missing:
            if self.version is not None:
                self.version = None
                return self.refresh()
            self.state = None
            self.empty_hint.setText(str(missing).split(";")[0] + self.tr(
                ". Bấm «Sao chép tháng trước» để giữ ngày, buổi, địa điểm của tháng trước và "
                "xếp lịch những cuộc họp phải dời, hoặc «Tạo lịch tháng» để bắt đầu từ đầu."))
            self._show_state()
            return None
        self._show(shown)
        return None

    def _show(self, shown: calendar_shown.MonthShown,
              content: MonthContent | None = None) -> None:
        self.state, self.accepted = shown.state, shown.accepted
        self._show_state(None, (shown.changes, shown.stale), content)

    def _show_state(self, touched: set[int] | None = None, changes: tuple = (None, []),
                    content: MonthContent | None = None) -> None:
        """Show ``self.state``; ``touched``: only those meetings changed since the last show;
        ``changes``: the revision's changes and the stale attendees (``changes_of``);
        ``content``: its chips and rows when already made."""
        state = self.state
        if touched is None:
            self._name_levels()
        scrolled = self.grid.verticalScrollBar().value()
        self.empty_hint.setVisible(state is None)
        self.version_box.clear()
        if state is None:
            self.rows_by_id = {}
            self.changes.show_changes(None)
            self.changes.show_stale([])
            self.grid.grid.changed = set()
            self.grid.grid.set_month([], {}, {}, set(), set())
            self.table_model.set_rows([])
            self.conflict_keys = []
            self.side.show_conflicts([], [], {}, False)
            self.badge.setText("")
            self.badge.setStyleSheet("")
            self.summary.setText("")
            self._update_buttons()
            return
        for version, status in state.versions:
            self.version_box.addItem(f"{version_name(version)} ({status_name(status)})", version)
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
        if content is None:
            content = month_content(state, self._roles, self.search_text, self._table_rows,
                                    touched)
        self.rows_by_id = content.by_id
        self.search_text, self._table_rows = content.texts, content.table_rows
        self._show_changes(state, *changes)
        self._fill_grid(state, content)
        self._fill_table(content)
        self.grid.verticalScrollBar().setValue(scrolled)
        self.conflict_keys = content.conflict_keys
        self.side.show_conflicts(state.conflicts, self.conflict_keys, self.accepted,
                                 self._is_latest_draft())
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

    def _name_levels(self) -> None:
        """The commune column and the attendees' roles in the settings' level words."""
        roles = role_words(self.ctx.levels)
        if roles != self._roles:  # rows made with the former words are made again
            self._roles, self._table_rows = roles, {}
        self.search.setPlaceholderText(self.tr("Lọc theo đơn vị, {commune}, cán bộ (không cần "
                                               "dấu)…").format(commune=self.ctx.levels.word(
                                                   "commune")))
        self.table_model.headers[COL_COMMUNE] = self.ctx.levels.title("commune")
        self.table_model.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_COMMUNE,
                                                COL_COMMUNE)

    def _show_changes(self, state: service.MonthState, changes, stale) -> None:
        """A revision's changes against the approved version before it, and, on the month's
        latest approved version, the meetings whose attendees no longer match."""
        shown_before = self.changes.isVisibleTo(self)
        self.changes.show_changes(changes, approved=state.status == "approved")
        self.changes.show_stale(stale)
        if self.changes.isVisibleTo(self) and not shown_before and not state.conflicts:
            self.side.setSizes([120, 0, 480])  # room for the changes, not an empty list
        marked = self.changes.changed_ids | self.changes.stale_ids
        self.grid.grid.changed = marked
        self.table_model.changed = marked

    def print_notice(self) -> None:
        """In thông báo điều chỉnh: the notice of the revision shown, previewed to print."""
        changes = self.changes.changes
        if changes is not None and not self.ctx.jobs.busy:
            preview_notice(self, self.ctx, self.month, changes.from_version,
                           changes.to_version)

    def _fill_grid(self, state: service.MonthState, content: MonthContent) -> None:
        days, chips, window_days, sessions = content.grid
        self.grid.grid.sessions = sessions
        self.grid.grid.set_month(days, chips, state.blocked, window_days, content.conflicting)
        self.grid.editable = state.status != "approved"

    def _fill_table(self, content: MonthContent) -> None:
        self.table_model.set_rows(list(content.rows))
        if self.selected:
            self._select_in_table(self.selected & set(self.rows_by_id), scroll=False)

    def conflict_messages(self) -> list[str]:
        return self.side.messages()

    def _is_latest_draft(self) -> bool:
        state = self.state
        return bool(state is not None and state.version == state.versions[-1][0]
                    and state.status == "draft")

    def _update_buttons(self) -> None:
        state = self.state
        busy = self.ctx.jobs.busy
        latest = state is not None and state.version == state.versions[-1][0]
        draft = self._is_latest_draft() and not busy
        self.create_button.setEnabled(state is None and not busy)
        self.copy_button.setEnabled(state is None and not busy)
        for button in (self.plan_button, self.edit_button, self.windows_button,
                       self.approve_button):
            button.setEnabled(draft)
        self.print_button.setEnabled(state is not None and not busy)
        self.revise_button.setEnabled(bool(latest and state.status == "approved") and not busy)
        if state is not None:
            self.revise_button.setText(revise_text(state.versions[-1][0] + 1))
        self.grid.editable = bool(state is not None and state.status != "approved" and not busy)

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

    def _on_table_double_click(self, index) -> None:
        self.edit_meeting(self.proxy.row_id(index.row()))

    def _on_search(self, text: str) -> None:
        self.proxy.set_query(text)
        self.grid.grid.set_filter(search(text).split())
