"""Phân công: for one role, every unit with its current holder(s); assign, reassign, end."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

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
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from dvdesk.domain.models import Assignment, Decision, Officer
from dvdesk.domain.roles import ROLES, UNIT_LABELS, Role
from dvdesk.errors import DvDeskError, NeedsConfirmation
from dvdesk.gui.assign_dialog import ASSIGN, END, REASSIGN, AssignDialog, load_officer_choices
from dvdesk.gui.context import AppContext
from dvdesk.gui.forms import icon
from dvdesk.gui.pages import LazyRefresh
from dvdesk.gui.tables import Row, RowTableModel, SearchProxy, show_date
from dvdesk.gui.terms import term
from dvdesk.gui.unit_data import UnitIndex, units_mark
from dvdesk.services import assignments as service
from dvdesk.store import queries

COL_UNIT, COL_PARENT, COL_HOLDERS, COL_FROM, COL_DECISION = range(5)


def load_board(session, role: str, day: dt.date,
               index: UnitIndex | None = None) -> tuple[list[Row], int, int]:
    """Rows for every active unit of the role's kind; returns (rows, covered, total).

    ``index`` (the units of that kind, when still current) saves reading them again.
    """
    kind = ROLES[Role(role)].unit
    index = index or UnitIndex.load(session, kind)
    rules = queries.settings(session)["rules"].get(role, {})
    must_have = (rules.get("unit_min") or 0) >= 1
    held: dict[int, list[tuple]] = defaultdict(list)
    for a_id, unit_id, officer_id, name, key, start, number in session.connection().execute(
            select(Assignment.id, Assignment.unit_id, Assignment.officer_id, Officer.full_name,
                   Officer.search_name, Assignment.effective_from, Decision.number)
            .join(Officer, Officer.id == Assignment.officer_id)
            .outerjoin(Decision, Decision.id == Assignment.decision_id)
            .where(Assignment.role == role, queries.valid_on(day))
            .order_by(Assignment.unit_id, Assignment.effective_from, Assignment.id)):
        held[unit_id].append((a_id, officer_id, name, start, number or "", key))
    unassigned = QCoreApplication.translate("AssignmentsPage", "Chưa phân công")
    empty: list[tuple] = []
    rows, covered = [], 0
    for unit in index.ordered(kind):
        holders = held.get(unit.id, empty)
        if not holders:
            cells = (unit.name, unit.parent_text, unassigned, "", "")
            rows.append(Row(unit.id, cells, unit.search, highlight=must_have, payload=holders))
            continue
        covered += 1
        if len(holders) == 1:  # the usual case, kept cheap for 40,000 groups
            h = holders[0]
            cells = (unit.name, unit.parent_text, h[2], show_date(h[3]), h[4])
            search = f"{unit.search} {h[5]}"
        else:
            cells = (unit.name, unit.parent_text, "; ".join(h[2] for h in holders),
                     "; ".join(sorted({show_date(h[3]) for h in holders})),
                     "; ".join(sorted({h[4] for h in holders if h[4]})))
            search = unit.search + " " + " ".join(h[5] for h in holders)
        rows.append(Row(unit.id, cells, search, payload=holders))
    return rows, covered, len(rows)


class AssignmentsPage(LazyRefresh, QWidget):
    title = QT_TRANSLATE_NOOP("Navigation", "Phân công")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._units: tuple | None = None  # (what it was read for, UnitIndex)
        self.role_box = QComboBox(self)
        for role, info in ROLES.items():
            self.role_box.addItem(term(info.label), role.value)
        self.role_box.setCurrentIndex(self.role_box.findData(Role.HAMLET_SUPPORT.value))
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
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
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

    def refresh(self) -> None:
        selected = self.selected_unit()
        kind = ROLES[Role(self.role)].unit
        with self.ctx.db.read() as session:
            # After an assignment only the holders change: keep the units if they did not.
            mark = (kind, units_mark(session))
            if self._units is None or self._units[0] != mark:
                self._units = (mark, UnitIndex.load(session, kind))
            rows, covered, total = load_board(session, self.role, dt.date.today(),
                                              self._units[1])
            rule = queries.settings(session)["rules"].get(self.role, {})
        self.model.set_rows(rows)
        self.rule_hint.setText(self.rule_text(rule, term(UNIT_LABELS[kind]).lower()))
        label = term(ROLES[Role(self.role)].coverage_label)
        self.coverage.setText(f"{covered:,}/{total:,} {label}".replace(",", "."))
        self.coverage.setStyleSheet("font-weight: bold; color: %s"
                                    % ("#1b5e20" if covered == total else "#b71c1c"))
        if selected is not None:
            self.select_unit(selected)
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

    def _on_data_changed(self, what: str) -> None:
        if what in ("assignments", "units", "officers", "settings", "all"):
            self.refresh_when_visible()

    def selected_unit(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_id(rows[0].row()) if rows else None

    def select_unit(self, unit_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            if self.proxy.row_id(r) == unit_id:
                self.table.selectRow(r)
                self.table.scrollTo(self.proxy.index(r, 0))
                return True
        return False

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
        with self.ctx.db.read() as session:
            officers = load_officer_choices(session, self.role) if mode != END else []
        holders = [(h[0], h[2]) for h in row.payload]
        unit_text = f"{row.cells[COL_UNIT]} ({row.cells[COL_PARENT]})" if row.cells[
            COL_PARENT] else row.cells[COL_UNIT]
        return AssignDialog(mode, unit_text, term(ROLES[Role(self.role)].label), officers, holders,
                            self)

    def _run_confirmed(self, text: str, make_do, undo) -> bool:
        """Run ``make_do(accept_warnings)``; on soft-rule warnings ask, then run it accepting."""
        accept = False
        while True:
            try:
                self.ctx.run(text, make_do(accept), undo, "assignments")
                return True
            except NeedsConfirmation as warning:
                if accept or not self.ctx.confirm_warnings(self, warning.warnings):
                    return False
                accept = True
            except DvDeskError as error:
                self.ctx.show_error(self, error)
                return False

    def assign(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        dialog = self._dialog(ASSIGN, row)
        if not dialog.exec():
            return
        officer_id, day, decision = dialog.officer_id(), dialog.effective_date(), dialog.decision()
        role, unit_id, db = self.role, row.id, self.ctx.db
        self._run_confirmed(
            self.tr("Phân công {unit}").format(unit=row.cells[COL_UNIT]),
            lambda accept: lambda: service.assign(db, officer_id, role, unit_id, day, decision,
                                                  accept_warnings=accept),
            lambda result: service.withdraw(db, result.assignment_id))

    def reassign(self) -> None:
        row = self._selected_row()
        if row is None or not row.payload:
            return
        dialog = self._dialog(REASSIGN, row)
        if not dialog.exec():
            return
        old_id, officer_id = dialog.holder_id(), dialog.officer_id()
        day, decision, db = dialog.effective_date(), dialog.decision(), self.ctx.db
        self._run_confirmed(
            self.tr("Thay cán bộ phụ trách {unit}").format(unit=row.cells[COL_UNIT]),
            lambda accept: lambda: service.reassign(db, old_id, officer_id, day, decision,
                                                    accept_warnings=accept),
            lambda result: service.withdraw(db, result.assignment_id, reopen_id=old_id))

    def end(self) -> None:
        row = self._selected_row()
        if row is None or not row.payload:
            return
        dialog = self._dialog(END, row)
        if not dialog.exec():
            return
        assignment_id, last_day, db = dialog.holder_id(), dialog.effective_date(), self.ctx.db
        try:
            self.ctx.run(self.tr("Kết thúc phân công {unit}").format(unit=row.cells[COL_UNIT]),
                         lambda: service.end_assignment(db, assignment_id, last_day),
                         lambda _r: service.reopen(db, assignment_id, expected_end=last_day),
                         "assignments")
        except DvDeskError as error:
            self.ctx.show_error(self, error)
