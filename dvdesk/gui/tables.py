"""A flat table model over precomputed rows and the search proxy the pages share.

Everything the view asks for often (search text, sort keys) is computed once
when the rows are loaded, so filtering and sorting 20,000 rows never touches
the database and never runs collation per comparison: the proxy filters on a
ready accent-free string and sorting reorders the source rows by ready keys.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView

from dvdesk.domain.text import (  # noqa: F401 (the pages import them from here)
    cached_search_key,
    fast_name_sort_key,
    search_key,
    text_sort_key,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NEWLINE = "\n"
UNASSIGNED_BRUSH = QBrush(QColor("#fde2e1"))
INACTIVE_BRUSH = QBrush(QColor("#8a8a8a"))


@cache
def show_date(day: dt.date | None) -> str:
    """dd/mm/yyyy; cached because tables show the same few dates thousands of times."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}" if day else ""


def select_id(table, proxy, row_id, scroll: bool = True) -> bool:
    """Select the row with ``row_id`` in ``table`` (whose model is ``proxy``, a
    ``SearchProxy`` or a ``filtered_rows.FilteredRows``) and, with ``scroll``, show it;
    False when the filter hides it or it is not there."""
    if hasattr(proxy, "row_of_id"):
        found = proxy.row_of_id(row_id)
    else:
        found = next((r for r in range(proxy.rowCount()) if proxy.row_id(r) == row_id), -1)
    if found < 0:
        return False
    table.selectRow(found)
    if scroll:
        table.scrollTo(proxy.index(found, 0))
    return True


def list_table(parent, model, name: str) -> QTableView:
    """A read-only list over ``model`` named ``name``: whole rows, one at a time, no row
    numbers, rows as low as the text allows."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    return table


class Row:
    """One table row: its id, the texts shown and what search and sort use."""

    __slots__ = ("id", "cells", "search", "sort_keys", "highlight", "inactive", "payload")

    def __init__(self, id: Any, cells: Sequence[str], search: str, *,
                 sort_keys: dict[int, Any] | None = None, highlight: bool = False,
                 inactive: bool = False, payload: Any = None):
        self.id = id
        self.cells = tuple(cells)
        self.search = search
        self.sort_keys = sort_keys or {}
        self.highlight = highlight
        self.inactive = inactive
        self.payload = payload


class HeaderedTableModel(QAbstractTableModel):
    """A flat table titled by ``headers`` whose cells ``data_at`` gives by row number, so
    views that ask by row number without an index get the same answers as Qt."""

    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(parent)
        self.headers = list(headers)

    def data_at(self, number: int, column: int, role=Qt.ItemDataRole.DisplayRole):
        raise NotImplementedError

    def columnCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        return self.data_at(index.row(), index.column(), role) if index.isValid() else None


class RowTableModel(HeaderedTableModel):
    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(headers, parent)
        self.rows: list[Row] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.tooltip: Callable[[Row, int], str | None] | None = None

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def row_for_id(self, row_id: Any) -> int:
        for number, row in enumerate(self.rows):
            if row.id == row_id:
                return number
        return -1

    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def data_at(self, number: int, column: int, role=Qt.ItemDataRole.DisplayRole):
        return self.cell(self.rows[number], column, role)

    def active_numbers(self) -> list[int]:
        """The numbers of the rows not inactive, in order (``FilteredRows`` with no search)."""
        return [n for n, row in enumerate(self.rows) if not row.inactive]

    def filter_lines(self) -> str:
        """One line per row for ``filtered_rows.FilteredRows``: "number<TAB>flags search"."""
        return "".join(
            f"{n}\t{'i' if row.inactive else 'a'}{'h' if row.highlight else '-'}"
            f"{row.search.replace(NEWLINE, ' ')}\n" for n, row in enumerate(self.rows))

    def cell(self, row: Row, column: int, role=Qt.ItemDataRole.DisplayRole):
        """What ``row`` shows in ``column`` for ``role`` (views over these rows ask it too)."""
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[column]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole and row.highlight:
            return UNASSIGNED_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and row.inactive:
            return INACTIVE_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and self.tooltip is not None:
            return self.tooltip(row, column)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        if column < 0:
            return

        def key(row: Row):
            found = row.sort_keys.get(column)
            if found is None:
                found = row.sort_keys[column] = text_sort_key(row.cells[column])
            return found

        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)


class SearchProxy(QSortFilterProxyModel):
    """Accent- and case-insensitive filter: every word typed must occur in the row's search text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self.show_inactive = True
        self.only_highlighted = False  # e.g. only the units nobody looks after

    def set_query(self, text: str) -> None:
        words = search_key(text).split()
        if words != self._words:
            self._change_filter(lambda: setattr(self, "_words", words))

    def set_show_inactive(self, show: bool) -> None:
        if show != self.show_inactive:
            self._change_filter(lambda: setattr(self, "show_inactive", show))

    def set_only_highlighted(self, only: bool) -> None:
        if only != self.only_highlighted:
            self._change_filter(lambda: setattr(self, "only_highlighted", only))

    def _change_filter(self, change) -> None:
        # Qt 6.9 replaced invalidateRowsFilter() by a begin/end pair around the change.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        row = self.sourceModel().rows[source_row]
        if row.inactive and not self.show_inactive:
            return False
        if self.only_highlighted and not row.highlight:
            return False
        text = row.search
        for word in self._words:
            if word not in text:
                return False
        return True

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts itself by precomputed keys; the proxy keeps that order.
        self.sourceModel().sort(column, order)

    def row_id(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(ID_ROLE)


class AfterPaintTable(QTableView):
    """A table that can run things shortly after its rows are next painted, in the order
    asked: the selected row's details, then the rest of a long list, once the first
    screen is on screen. Shortly after, not at once: the view's own follow-up (a second
    layout pass and paint) comes first, since a thread reading meanwhile holds the
    interpreter lock that every painted cell needs."""

    SETTLE_MS = 50

    def __init__(self, parent=None):
        super().__init__(parent)
        self._after_paint: list[Callable[[], None]] = []
        self.painted = False  # the rows were on screen at least once

    def after_paint(self, then: Callable[[], None]) -> None:
        self._after_paint.append(then)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        self.painted = True
        if self._after_paint:
            waiting, self._after_paint = self._after_paint, []
            # Bound to the table: nothing runs once it is gone (a page closed meanwhile).
            QTimer.singleShot(self.SETTLE_MS, self, lambda: [then() for then in waiting])
