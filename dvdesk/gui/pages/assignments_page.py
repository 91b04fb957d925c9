"""Phân công: for one role, every unit with its current holder(s); assign, reassign, end."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.roles import ROLES, Role
from dvdesk.domain.text import thousands
from dvdesk.errors import DvDeskError, NeedsConfirmation
from dvdesk.gui.assign_dialog import ASSIGN, END, REASSIGN, AssignDialog, load_officer_choices
from dvdesk.gui.context import AppContext
from dvdesk.gui.filtered_rows import FilteredRows
from dvdesk.gui.forms import icon
from dvdesk.gui.pages import LazyRefresh
from dvdesk.gui.tables import AfterPaintTable, Row, RowTableModel, select_id, show_date
from dvdesk.services.actions import Assign, Change, EndAssignment, Reassign
from dvdesk.services.board_view import Board, load_board
from dvdesk.services.unit_views import units_mark

COL_UNIT, COL_PARENT, COL_HOLDERS, COL_FROM, COL_DECISION = range(5)


def board_rows(board: Board) -> list[Row]:
    """One table row per unit of the board: its holders' names, since when, by which
    decision; a unit without a holder is highlighted when the role needs one per unit."""
    unassigned = QCoreApplication.translate("AssignmentsPage", "Chưa phân công")
    rows = []
    for entry in board.rows:
        unit, holders = entry.unit, entry.holders
        if not holders:
            cells = (unit.name, unit.parent_text, unassigned, "", "")
            rows.append(Row(unit.id, cells, unit.search, highlight=board.must_have,
                            payload=holders))
            continue
        if len(holders) == 1:  # the usual case, kept cheap for 40,000 groups
            h = holders[0]
            cells = (unit.name, unit.parent_text, h.name, show_date(h.effective_from),
                     h.decision)
            search = f"{unit.search} {h.search_name}"
        else:
            cells = (unit.name, unit.parent_text, "; ".join(h.name for h in holders),
                     "; ".join(sorted({show_date(h.effective_from) for h in holders})),
                     "; ".join(sorted({h.decision for h in holders if h.decision})))
            search = unit.search + " " + " ".join(h.search_name for h in holders)
        rows.append(Row(unit.id, cells, search, payload=holders))
    return rows


class AssignmentsPage(LazyRefresh, QWidget):
    title = QT_TRANSLATE_NOOP("Navigation", "Phân công")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._units: tuple | None = None  # (what it was read for, UnitIndex)
        self.role_box = QComboBox(self)
        self._fill_roles(Role.HAMLET_SUPPORT.value)
        self.coverage = QLabel(self)
        self.coverage.setStyleSheet("font-weight: bold")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Lọc theo đơn vị hoặc tên cán bộ (không cần dấu)…"))
        self.search.setClearButtonEnabled(True)
        self.only_unassigned = QCheckBox(self.tr("Chỉ đơn vị chưa phân công"), self)
        self.only_unassigned.toggled.connect(self.proxy_only_unassigned)
        self.assign_button = QPushButton(icon("assign"), self.tr("Phân công…"), self)
        self.reassign_button = QPushButton(icon("edit"), self.tr("Thay cán bộ…"), self)
        self.end_button = QPushButton(icon("remove"), self.tr("Kết thúc…"), self)

        self.model = RowTableModel([self.tr("Đơn vị"), self.tr("Thuộc"),
                                    self.tr("Cán bộ phụ trách"), self.tr("Từ ngày"),
                                    self.tr("Quyết định")], self)
        # A province's 3,000 hamlets or 40,000 groups: filtered in one pass, not per row.
        self.proxy = FilteredRows(self)
        self.proxy.setSourceModel(self.model)
        self.table = AfterPaintTable(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((COL_UNIT, 220), (COL_PARENT, 260), (COL_HOLDERS, 320),
                              (COL_FROM, 110)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _i: self.assign())

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Vai trò:"), self))
        top.addWidget(self.role_box)
        top.addWidget(self.search, 1)
        top.addWidget(self.only_unassigned)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.rule_hint = QLabel(self)
        self.rule_hint.setStyleSheet("color: #555")
        self.rule_hint.setWordWrap(True)
        # The buttons share the second line with the coverage: the first keeps room for
        # the whole search hint on a 1366-pixel screen.
        status = QHBoxLayout()
        status.addWidget(self.coverage)
        status.addSpacing(16)
        status.addWidget(self.rule_hint, 1)
        for button in (self.assign_button, self.reassign_button, self.end_button):
            status.addWidget(button)
        layout.addLayout(status)
        layout.addWidget(self.table, 1)

        self.role_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(self.proxy.set_query)
        self.assign_button.clicked.connect(self.assign)
        self.reassign_button.clicked.connect(self.reassign)
        self.end_button.clicked.connect(self.end)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ctx.data_changed.connect(self._on_data_changed)
        self.refresh()

    def proxy_only_unassigned(self, only: bool) -> None:
        self.proxy.set_only_highlighted(only)

    @property
    def role(self) -> str:
        return self.role_box.currentData()

    def set_role(self, role: str) -> None:
        self.role_box.setCurrentIndex(self.role_box.findData(role))

    def _role_choices(self) -> list[tuple[str, str]]:
        """(name, role) of the roles the organization assigns, in the settings' words."""
        levels = self.ctx.levels
        roles = [role.value for role in ROLES if levels.in_use(role.value)] or \
            [role.value for role in ROLES]
        return [(levels.role(role), role) for role in roles]

    def _fill_roles(self, current: str | None) -> None:
        self.role_box.blockSignals(True)
        self.role_box.clear()
        for name, role in self._role_choices():
            self.role_box.addItem(name, role)
        self.role_box.setCurrentIndex(max(self.role_box.findData(current), 0))
        self.role_box.blockSignals(False)

    # --- loading -----------------------------------------------------------------------
    # A province has 3,000 hamlets and 40,000 groups: the first visit (or role) shows a
    # screenful in the hierarchy's order, with the coverage counted by the database, and
    # the whole board follows from the reading thread. Up to READ_AT_ONCE units (a
    # district's 1,702 groups, a commune's) are read whole at once, as fast.
    FIRST_SCREEN = 200
    READ_AT_ONCE = 2000

    def refresh(self) -> None:
        self._reads += 1  # a board still being read is older than this one
        shown = [(self.role_box.itemText(i), self.role_box.itemData(i))
                 for i in range(self.role_box.count())]
        if shown != self._role_choices():  # the settings changed the roles or their words
            self._fill_roles(self.role)
        db, role, today = self.ctx.db, self.role, dt.date.today()
        kind = ROLES[Role(role)].unit
        # After an assignment only the holders change: keep the units if they did not.
        kept = self._units[1] if self._units is not None and self._units[0] == (
            kind, units_mark(db)) else None
        board = load_board(db, role, today, kept, first=self.FIRST_SCREEN,
                           whole_up_to=self.READ_AT_ONCE)
        self._keep_units(kind, board)
        self._show_board(board)
        if not board.complete:
            self._read_rest(role, kind, today)

    def _keep_units(self, kind: str, board: Board) -> None:
        if board.index is not None and board.mark is not None:
            self._units = ((kind, board.mark), board.index)

    def _read_rest(self, role: str, kind: str, today: dt.date) -> None:
        db = self.ctx.db

        def read() -> tuple[Board, list[Row]]:
            board = load_board(db, role, today)
            return board, board_rows(board)  # 40,000 groups: worded there, not on screen

        def show(read: tuple[Board, list[Row]]) -> None:
            board, rows = read
            self._keep_units(kind, board)
            self._show_board(board, rows, keep_scroll=True)

        self.read_rest(read, show)

    def _show_board(self, board: Board, rows: list[Row] | None = None,
                    keep_scroll: bool = False) -> None:
        """Show ``board`` (its ``rows`` when worded already), keeping the unit selected
        and (``keep_scroll``, the rest of the board arriving under the person's eyes)
        where the rows were."""
        selected = self.selected_unit()
        scrolled = self.table.verticalScrollBar().value()
        kind = ROLES[Role(board.role)].unit
        self.model.set_rows(board_rows(board) if rows is None else rows)
        if board.complete:
            self.rule_hint.setText(self.rule_text(board.rule, self.ctx.levels.word(kind)))
        else:
            self.rule_hint.setText(self.tr("Đang đọc danh sách {units}…").format(
                units=self.ctx.levels.count(thousands(board.total), kind)))
        covered, total = board.covered, board.total
        label = self.ctx.levels.coverage(board.role)
        self.coverage.setText(f"{thousands(covered)}/{thousands(total)} {label}")
        self.coverage.setStyleSheet("font-weight: bold; color: %s"
                                    % ("#1b5e20" if covered == total else "#b71c1c"))
        if selected is not None:
            self.select_unit(selected, scroll=not keep_scroll)
        if keep_scroll:
            self.table.verticalScrollBar().setValue(scrolled)
        self._update_buttons()

    def rule_text(self, rule: dict, unit: str) -> str:
        """The role's limits in words, from the settings (Công cụ → Cài đặt)."""
        hard, soft = self.tr("bắt buộc"), self.tr("cảnh báo")
        low, high = rule.get("unit_min") or 0, rule.get("unit_max")
        if high and low == high:
            part = self.tr("Mỗi {unit} đúng {n} cán bộ").format(unit=unit, n=high)
        elif high:
            part = self.tr("Mỗi {unit} tối đa {n} cán bộ").format(unit=unit, n=high)
        else:
            part = self.tr("Mỗi {unit} ít nhất {n} cán bộ").format(unit=unit, n=low)
        parts = [f"{part} ({hard if rule.get('unit_hard') else soft})"]
        if rule.get("officer_max"):
            part = self.tr("mỗi cán bộ tối đa {n} {unit}").format(unit=unit,
                                                                 n=rule["officer_max"])
            if rule.get("officer_max_standing"):
                part += self.tr(", ủy viên thường vụ tối đa {n}").format(
                    n=rule["officer_max_standing"])
            parts.append(f"{part} ({hard if rule.get('officer_hard') else soft})")
        return "; ".join(parts) + "."

    def _on_data_changed(self, what: Change) -> None:
        if what & (Change.ASSIGNMENTS | Change.UNITS | Change.OFFICERS | Change.SETTINGS):
            self.refresh_when_visible()

    def selected_unit(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_id(rows[0].row()) if rows else None

    def select_unit(self, unit_id: int, scroll: bool = True) -> bool:
        return select_id(self.table, self.proxy, unit_id, scroll)

    def _selected_row(self) -> Row | None:
        unit_id = self.selected_unit()
        number = self.model.row_for_id(unit_id) if unit_id is not None else -1
        return self.model.rows[number] if number >= 0 else None

    def _update_buttons(self) -> None:
        row = self._selected_row()
        self.assign_button.setEnabled(row is not None)
        self.reassign_button.setEnabled(bool(row and row.payload))
        self.end_button.setEnabled(bool(row and row.payload))

    # --- actions -----------------------------------------------------------------------
    def _dialog(self, mode: str, row: Row) -> AssignDialog:
        officers = load_officer_choices(self.ctx.db, self.role, self.ctx.levels) \
            if mode != END else []
        holders = [(h.assignment_id, h.name) for h in row.payload]
        unit_text = f"{row.cells[COL_UNIT]} ({row.cells[COL_PARENT]})" if row.cells[
            COL_PARENT] else row.cells[COL_UNIT]
        return AssignDialog(mode, unit_text, self.ctx.levels.role(self.role), officers, holders,
                            self)

    def _perform_confirmed(self, text: str, action) -> bool:
        """Run the action; on soft-rule warnings ask, then run it again accepting them."""
        while True:
            try:
                self.ctx.perform(text, action)
                return True
            except NeedsConfirmation as warning:
                if action.accept_warnings or not self.ctx.confirm_warnings(
                        self, warning.warnings):
                    return False
                action.accept_warnings = True
            except DvDeskError as error:
                self.ctx.show_error(self, error)
                return False

    @staticmethod
    def _holder(row: Row, assignment_id: int):
        return next(h for h in row.payload if h.assignment_id == assignment_id)

    def assign(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        dialog = self._dialog(ASSIGN, row)
        if not dialog.exec():
            return
        self._perform_confirmed(
            self.tr("Phân công {unit}").format(unit=row.cells[COL_UNIT]),
            Assign(dialog.officer_id(), self.role, row.id, dialog.effective_date(),
                   dialog.decision()))

    def reassign(self) -> None:
        row = self._selected_row()
        if row is None or not row.payload:
            return
        dialog = self._dialog(REASSIGN, row)
        if not dialog.exec():
            return
        holder = self._holder(row, dialog.holder_id())
        self._perform_confirmed(
            self.tr("Thay cán bộ phụ trách {unit}").format(unit=row.cells[COL_UNIT]),
            Reassign(holder.assignment_id, dialog.officer_id(), dialog.effective_date(),
                     dialog.decision(), version=holder.version))

    def end(self) -> None:
        row = self._selected_row()
        if row is None or not row.payload:
            return
        dialog = self._dialog(END, row)
        if not dialog.exec():
            return
        holder = self._holder(row, dialog.holder_id())
        self.ctx.perform_shown(
            self, self.tr("Kết thúc phân công {unit}").format(unit=row.cells[COL_UNIT]),
            EndAssignment(holder.assignment_id, dialog.effective_date(), version=holder.version))
