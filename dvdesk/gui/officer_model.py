"""The officers table's model: a province's 20,000 officers kept as columns.

The rows come from ``services.officer_views.load_officer_table`` as tuples, one per
column, and stay that way: a row exists as text only when the view paints it. The order
is a list of positions sorted once by the Vietnamese name keys each officer row keeps
(``officers.sort_key``); the summary of an
officer's current work ("Theo dõi Ấp Phú Hòa; 3 chi bộ") is worded when first shown.
``FilteredRows`` shows the rows that match a search.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from dvdesk.domain.roles import OFFICER_LEVELS, UNIT_LABELS, Role, role_unit
from dvdesk.gui.tables import (
    ID_ROLE,
    INACTIVE_BRUSH,
    HeaderedTableModel,
    Row,
    text_sort_key,
)
from dvdesk.gui.terms import term
from dvdesk.services.officer_views import OfficerTable

COL_NAME, COL_TITLE, COL_WORKPLACE, COL_LEVEL, COL_PHONE, COL_CURRENT, COL_STATE = range(7)

# Roles named with their unit when an officer holds one; counted otherwise.
NAMED_ROLES = {
    Role.CLUSTER_LEADER.value: QT_TRANSLATE_NOOP("OfficersPage", "Trưởng {unit}"),
    Role.COMMUNE_LEAD.value: QT_TRANSLATE_NOOP("OfficersPage", "Phụ trách"),
    Role.PROVINCE_LIAISON.value: QT_TRANSLATE_NOOP("OfficersPage", "LĐ tỉnh phụ trách"),
    Role.HAMLET_SUPPORT.value: QT_TRANSLATE_NOOP("OfficersPage", "Theo dõi"),
}
# Counted with their unit's level word from the settings ({units}: "3 thôn", "1 xã";
# in English "3 villages", "1 commune").
COUNTED = {
    Role.CELL_ATTENDANCE.value: QT_TRANSLATE_NOOP("OfficersPage", "{units}"),
    Role.GROUP_SUPPORT.value: QT_TRANSLATE_NOOP("OfficersPage", "{units}"),
    Role.HAMLET_SUPPORT.value: QT_TRANSLATE_NOOP("OfficersPage", "{units}"),
    Role.COMMUNE_LEAD.value: QT_TRANSLATE_NOOP("OfficersPage", "{units} phụ trách"),
    Role.PROVINCE_LIAISON.value: QT_TRANSLATE_NOOP("OfficersPage", "{units} (LĐ tỉnh)"),
    Role.CLUSTER_LEADER.value: QT_TRANSLATE_NOOP("OfficersPage", "{units}"),
}

STATES = {True: QT_TRANSLATE_NOOP("OfficersPage", "Đang công tác"),
          False: QT_TRANSLATE_NOOP("OfficersPage", "Đã thôi")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("OfficersPage", text)


class _Rows(Sequence):
    """The rows in the order shown, made one at a time when asked for."""

    def __init__(self, model: OfficerTableModel):
        self._model = model

    def __len__(self) -> int:
        return len(self._model.order)

    def __getitem__(self, number: int) -> Row:
        model = self._model
        at = model.order[number]
        table = model.table
        return Row(table.ids[at], tuple(model.text(at, c) for c in range(len(model.headers))),
                   model.search_text(at), inactive=not table.active[at])


BY_NAME = (COL_NAME, Qt.SortOrder.AscendingOrder)  # how the table first shows its rows


def name_order(table: OfficerTable) -> list[int]:
    """The table's positions in Vietnamese name order (the keys each officer keeps)."""
    return sorted(range(len(table.ids)), key=table.sort_keys.__getitem__)


def search_lines(table: OfficerTable, order: Sequence[int]) -> str:
    """FilteredRows' text: a line per row in ``order``, "number<TAB>flags search"."""
    names, phones, active = table.search_names, table.phones, table.active
    return "".join(f"{n}\t{'a' if active[at] else 'i'}-{names[at]} {phones[at]}\n"
                   for n, at in enumerate(order))


@dataclass(frozen=True)
class NameOrder:
    """A table's name order and search lines, made off the GUI thread (no Qt in them):
    20,000 officers take 10 ms to sort and 20 ms to line up, the first keystroke's time."""

    table: OfficerTable
    order: list[int]
    lines: str

    @classmethod
    def of(cls, table: OfficerTable) -> NameOrder:
        order = name_order(table)
        return cls(table, order, search_lines(table, order))


class OfficerTableModel(HeaderedTableModel):
    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(headers, parent)
        self.table = OfficerTable(*([()] * 13), {})
        self.order: list[int] = []  # positions in the table, in the order shown
        self.rows = _Rows(self)
        self._sort = BY_NAME
        self._lines: str | None = None  # filter_lines, once made
        self._summaries: dict[int, str] = {}
        self._positions: dict[int, int] | None = None  # officer id -> row shown
        self.levels = None  # gui/levels.WindowLevels: the units' level words, set by the page
        self._words()

    def _words(self) -> None:
        levels = self.levels
        words = {role: levels.word(role_unit(role).value) if levels is not None
                 else term(UNIT_LABELS[role_unit(role)]).lower() for role in COUNTED}
        self._named = {role: _tr(text).format(unit=words[role])
                       for role, text in NAMED_ROLES.items()}
        self._counted = {role: _tr(text) for role, text in COUNTED.items()}
        self._words_of = words
        self._levels = {code: term(label) for code, label in OFFICER_LEVELS.items()}
        if levels is not None:  # a commune's or a hamlet's officer, in the settings' words
            self._levels.update(xa=levels.capital("commune"), ap=levels.capital("hamlet"))
        self._states = (_tr(STATES[False]), _tr(STATES[True]))

    def set_table(self, table: OfficerTable, ready: NameOrder | None = None) -> None:
        """Show ``table``; ``ready``: its name order and search lines, made beforehand
        (on the thread that read the table), used when the rows are shown by name."""
        self.beginResetModel()
        self.table = table
        self._summaries = {}
        self._words()
        if ready is not None and ready.table is table and self._sort == BY_NAME:
            self.order, self._lines = ready.order, ready.lines
        else:
            self.order, self._lines = self._sorted(*self._sort), None
        self._positions = None
        self.endResetModel()

    # --- what a row shows ------------------------------------------------------------------
    def text(self, at: int, column: int) -> str:
        table = self.table
        if column == COL_NAME:
            return table.full_names[at]
        if column == COL_TITLE:
            return table.titles[at]
        if column == COL_WORKPLACE:
            return table.workplaces[at]
        if column == COL_LEVEL:
            level = table.levels[at]
            return self._levels.get(level, level)
        if column == COL_PHONE:
            return table.phones[at]
        if column == COL_CURRENT:
            return self.summary(at)
        return self._states[bool(table.active[at])]

    def summary(self, at: int) -> str:
        officer_id = self.table.ids[at]
        found = self._summaries.get(officer_id)
        if found is None:
            parts = []
            for work in self.table.work_of(officer_id):
                if work.unit_name is not None and work.role in self._named:
                    parts.append(f"{self._named[work.role]} {work.unit_name}")
                elif work.role in self._counted:
                    parts.append(self._counted[work.role].format(units=self._units(work)))
                else:
                    parts.append(f"{work.count} {work.role}")
            found = self._summaries[officer_id] = "; ".join(parts)
        return found

    def _units(self, work) -> str:
        """ "3 thôn" / "1 village": how many units of the role's level."""
        if self.levels is None:
            return f"{work.count} {self._words_of[work.role]}"
        return self.levels.count(work.count, role_unit(work.role).value)

    def search_text(self, at: int) -> str:
        return f"{self.table.search_names[at]} {self.table.phones[at]}"

    # --- what FilteredRows asks --------------------------------------------------------------
    def filter_lines(self) -> str:
        """One line per row shown, in order: "number<TAB>flags search" (see FilteredRows)."""
        if self._lines is None:
            self._lines = search_lines(self.table, self.order)
        return self._lines

    def active_numbers(self) -> list[int]:
        """The numbers of the active officers' rows, in order (FilteredRows, no search)."""
        return list(compress(range(len(self.order)), map(self.table.active.__getitem__,
                                                          self.order)))

    def data_at(self, number: int, column: int, role=Qt.ItemDataRole.DisplayRole):
        at = self.order[number]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(at, column)
        if role == ID_ROLE:
            return self.table.ids[at]
        if role == Qt.ItemDataRole.ForegroundRole and not self.table.active[at]:
            return INACTIVE_BRUSH
        return None

    def row_for_id(self, row_id: Any) -> int:
        if self._positions is None:
            ids = self.table.ids
            self._positions = {ids[at]: n for n, at in enumerate(self.order)}
        return self._positions.get(row_id, -1)

    # --- the Qt model ------------------------------------------------------------------------
    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self.order)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or (column, order) == self._sort:
            return  # the view asks again after every reset: already in that order
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self.order, self._lines = self._sorted(column, order), None
        self._positions = None
        self.layoutChanged.emit()

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[int]:
        count = len(self.table.ids)
        if (column, order) == BY_NAME:
            return name_order(self.table)
        if column == COL_NAME:  # the Vietnamese way: given name, middle, family, then tones
            keys = self.table.sort_keys  # stored with each officer
        else:
            texts = [self.text(at, column) for at in range(count)]
            by_text = {text: text_sort_key(text) for text in set(texts)}
            keys = [by_text[text] for text in texts]
        return sorted(range(count), key=keys.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)
