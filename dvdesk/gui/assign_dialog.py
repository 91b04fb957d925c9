"""The dialog behind Phân công / Thay cán bộ / Kết thúc on the assignment board."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.roles import ROLES, UNIT_LABELS, Role
from dvdesk.gui.tables import (
    Row,
    RowTableModel,
    SearchProxy,
    cached_search_key,
    fast_name_sort_key,
)
from dvdesk.gui.terms import term
from dvdesk.services import officer_views

ASSIGN, REASSIGN, END = "assign", "reassign", "end"


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(parent: QWidget, day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setDate(to_qdate(day or dt.date.today()))
    return edit


def load_officer_choices(db, role: str | None = None, levels=None) -> list[Row]:
    """Active officers for the picker: "Name — title, workplace", searchable without accents.

    With ``role``, each officer's current number of units in that role follows the
    name, so the secretary sees who is already busy before the rules warn (``levels``:
    ``gui/levels.WindowLevels``, naming the units as the settings do).
    """
    held_text = unit = ""
    if role:
        kind = ROLES[Role(role)].unit
        unit = levels.word(kind) if levels is not None else term(UNIT_LABELS[kind]).lower()
        held_text = QCoreApplication.translate("AssignDialog", "đang phụ trách {n} {unit}")
    rows = []
    for choice in officer_views.load_officer_choices(db, role):
        detail = ", ".join(part for part in (choice.title, choice.workplace) if part)
        text = f"{choice.full_name} — {detail}" if detail else choice.full_name
        if choice.held:
            text += f" ({held_text.format(n=choice.held, unit=unit)})"
        rows.append(Row(choice.id, (text,),
                        f"{choice.search_name} {cached_search_key(choice.workplace)}",
                        sort_keys={0: fast_name_sort_key(choice.full_name)},
                        payload=choice.search_name))
    return rows


def name_rank(query: str, name_key: str) -> int:
    """How well what was typed names this officer (``name_key``: the accent-free name):
    3 the whole name, 2 the name's words from its start, 1 every word inside the name,
    0 only through other fields (the workplace: "thị trấn" is not "Trần Thị")."""
    words = cached_search_key(query).split()
    if not words:
        return 0
    names = name_key.split()
    if words == names:
        return 3
    if names[:len(words) - 1] == words[:-1] and len(words) <= len(names) and \
            names[len(words) - 1].startswith(words[-1]):
        return 2
    remaining = list(names)
    for word in words:
        hit = next((n for n in remaining if n.startswith(word)), None)
        if hit is None:
            return 0
        remaining.remove(hit)
    return 1


class RankedProxy(SearchProxy):
    """The officers that match, those whose name matches best first, then by name."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.query = ""
        self._ranks: dict[int, int] = {}  # source row -> rank, for the current query

    def set_query(self, text: str) -> None:
        self.query = text
        self._ranks = {}
        super().set_query(text)
        # Ranked only once something is typed: the empty list keeps the name order.
        QSortFilterProxyModel.sort(self, 0 if cached_search_key(text).split() else -1)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        QSortFilterProxyModel.sort(self, column, order)

    def _rank(self, source_row: int) -> int:
        rank = self._ranks.get(source_row)
        if rank is None:
            rank = self._ranks[source_row] = name_rank(
                self.query, self.sourceModel().rows[source_row].payload)
        return rank

    def lessThan(self, left, right) -> bool:  # noqa: N802 (Qt override)
        rank_a, rank_b = self._rank(left.row()), self._rank(right.row())
        if rank_a != rank_b:
            return rank_a > rank_b
        # The source rows are already in name order.
        return left.row() < right.row()

    def rank_of(self, proxy_row: int) -> int:
        return self._rank(self.mapToSource(self.index(proxy_row, 0)).row())


class AssignDialog(QDialog):
    """Pick an officer (assign, reassign) or a last day (end), with the decision reference.

    ``holders`` lists the unit's current assignments as (assignment id, officer name).
    """

    def __init__(self, mode: str, unit_text: str, role_text: str, officers: list[Row],
                 holders: list[tuple[int, str]] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.mode = mode
        titles = {ASSIGN: self.tr("Phân công"), REASSIGN: self.tr("Thay cán bộ"),
                  END: self.tr("Kết thúc phân công")}
        self.setWindowTitle(titles[mode])
        self.resize(560, 520 if mode != END else 220)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{role_text}</b> — {unit_text}", self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        layout.addLayout(form)

        self.holder = QComboBox(self)
        for assignment_id, name in holders:
            self.holder.addItem(name, assignment_id)
        if mode in (REASSIGN, END):
            form.addRow(self.tr("Cán bộ đang phụ trách:") if mode == REASSIGN
                        else self.tr("Kết thúc phân công của:"), self.holder)

        self.officer_model = RowTableModel([self.tr("Cán bộ")], self)
        self.officer_model.set_rows(officers)
        self.officer_model.sort(0)
        self.officer_proxy = RankedProxy(self)
        self.officer_proxy.setSourceModel(self.officer_model)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Gõ tên cán bộ (không cần dấu)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.officer_list = QListView(self)
        self.officer_list.setModel(self.officer_proxy)
        self.officer_list.setUniformItemSizes(True)
        self.decision_number = QLineEdit(self)
        self.decision_number.setPlaceholderText(self.tr("ví dụ 245-QĐ/HU"))
        self.decision_date = date_edit(self)
        self.effective = date_edit(self)
        if mode == END:
            self.effective.setDate(to_qdate(dt.date.today() - dt.timedelta(days=1)))
            form.addRow(self.tr("Ngày cuối phụ trách:"), self.effective)
        else:
            form.addRow(self.tr("Cán bộ mới:") if mode == REASSIGN else self.tr("Cán bộ:"),
                        self.search)
            layout.addWidget(self.officer_list, 1)
            form2 = QFormLayout()
            form2.addRow(self.tr("Số quyết định:"), self.decision_number)
            form2.addRow(self.tr("Ngày quyết định:"), self.decision_date)
            form2.addRow(self.tr("Hiệu lực từ ngày:"), self.effective)
            layout.addLayout(form2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b71c1c")
        layout.insertWidget(layout.count() - 1, self.error)

    def _on_search(self, text: str) -> None:
        self.officer_proxy.set_query(text)
        # Pre-select only a name that matches what was typed: a weak match (a word found
        # in someone's workplace) would put the wrong person in the decision.
        if self.officer_proxy.rowCount() and self.officer_proxy.rank_of(0) > 0:
            self.officer_list.setCurrentIndex(self.officer_proxy.index(0, 0))
        else:
            self.officer_list.setCurrentIndex(QModelIndex())

    def select_officer(self, officer_id: int) -> bool:
        for r in range(self.officer_proxy.rowCount()):
            if self.officer_proxy.row_id(r) == officer_id:
                self.officer_list.setCurrentIndex(self.officer_proxy.index(r, 0))
                return True
        return False

    def officer_id(self) -> int | None:
        index = self.officer_list.currentIndex()
        return self.officer_proxy.row_id(index.row()) if index.isValid() else None

    def holder_id(self) -> int | None:
        return self.holder.currentData()

    def effective_date(self) -> dt.date:
        return from_qdate(self.effective.date())

    def decision(self):
        from dvdesk.services.assignments import DecisionRef

        number = self.decision_number.text().strip()
        if not number:
            return None
        return DecisionRef(number, from_qdate(self.decision_date.date()))

    def _accept(self) -> None:
        if self.mode != END and self.officer_id() is None:
            self.error.setText(self.tr("Hãy chọn một cán bộ trong danh sách."))
            return
        if self.mode != ASSIGN and self.holder_id() is None:
            self.error.setText(self.tr("Đơn vị này chưa có ai được phân công."))
            return
        self.accept()
