"""The rows of a RowTableModel that match a search, for tables of tens of thousands of rows.

A QSortFilterProxyModel asks a Python ``filterAcceptsRow`` about every row on every
keystroke (20,000 calls, then as many index mappings): 60–200 ms for the province's
officers. Here the rows shown are one list of source row numbers, found by one
regular expression over the ready accent-free search texts of all rows (kept as one
text, a line per row), and the view is told once that the rows changed. Typing on
narrows the search: when every word of the last search is still part of a word typed,
only the lines the last search kept are searched again. Same interface as
``tables.SearchProxy`` for the pages; the source is a ``RowTableModel`` or a model with
the same ``filter_lines``, ``active_numbers``, ``data_at`` and ``row_for_id``
(``officer_model.OfficerTableModel``).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from dvdesk.gui.tables import ID_ROLE, RowTableModel, search_key

# What the sources answer; a view asks every cell for a dozen roles more, each a call
# into Python that is not made.
ANSWERED = frozenset({Qt.ItemDataRole.DisplayRole, ID_ROLE, Qt.ItemDataRole.BackgroundRole,
                      Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole})


class FilteredRows(QAbstractTableModel):
    """Every word typed must occur in a row's search text (accents and case ignored)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._source: RowTableModel | None = None
        self._shown: list[int] = []
        self._lines: str | None = None
        self._line_list: list[str] = []  # the same lines one by one, for narrowing
        self._kept: tuple[list[str], str, str] | None = None  # last words, flags, lines kept
        self._words: list[str] = []
        self.show_inactive = True
        self.only_highlighted = False

    # --- the source ------------------------------------------------------------------
    def setSourceModel(self, source: RowTableModel) -> None:  # noqa: N802 (Qt's name)
        self._source = source
        source.modelReset.connect(self._rows_changed)
        source.layoutChanged.connect(self._rows_changed)
        self._rows_changed()

    def sourceModel(self) -> RowTableModel:  # noqa: N802 (Qt's name)
        return self._source

    # --- the filter --------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        words = search_key(text).split()
        if words != self._words:
            self._words = words
            self._refilter()

    def set_show_inactive(self, show: bool) -> None:
        if show != self.show_inactive:
            self.show_inactive = show
            self._refilter()

    def set_only_highlighted(self, only: bool) -> None:
        if only != self.only_highlighted:
            self.only_highlighted = only
            self._refilter()

    def _rows_changed(self) -> None:
        # One line per source row, in the source's order: "number<TAB>flags search"
        # (flags: a/i active or inactive, h/- highlighted or not). A search is then one
        # regular expression over this text, run in C.
        # Made when first searched: a table shown whole or without the inactive rows (as
        # every page first shows it) is told its rows by the source without them.
        self._lines = None
        self._line_list = []
        self._kept = None
        self._refilter()

    def _search_lines(self) -> str:
        if self._lines is None:
            self._lines = self._source.filter_lines() if self._source is not None else ""
            self._line_list = [f"{line}\n" for line in self._lines.split("\n")[:-1]]
        return self._lines

    def _refilter(self) -> None:
        if not self._words and not self.only_highlighted:
            self._kept = None
            self.beginResetModel()
            self._shown = [] if self._source is None else (
                list(range(self._source.rowCount())) if self.show_inactive
                else self._source.active_numbers())
            self.endResetModel()
            return
        lines = self._search_lines()
        flags = ("a" if not self.show_inactive else ".") + ("h" if self.only_highlighted else ".")
        words = "".join(f"(?=[^\n]*?{re.escape(word)})" for word in self._words)
        pattern = re.compile(f"^(\\d+)\t{flags}{words}", re.MULTILINE)
        kept = self._kept
        narrower = (kept is not None and kept[1] == flags and kept[0]
                    and all(any(old in new for new in self._words) for old in kept[0]))
        # A row the new words match was matched by the last ones: search only those.
        shown = list(map(int, pattern.findall(kept[2] if narrower else lines)))
        self._kept = (list(self._words), flags,
                      "".join(map(self._line_list.__getitem__, shown)))
        self.beginResetModel()
        self._shown = shown
        self.endResetModel()

    # --- what the view asks --------------------------------------------------------------
    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self._shown)

    def columnCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        if self._source is None or (parent is not None and parent.isValid()):
            return 0
        return self._source.columnCount()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        return self._source.headerData(section, orientation, role)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in ANSWERED or not index.isValid():
            return None
        return self._source.data_at(self._shown[index.row()], index.column(), role)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)  # the source's layoutChanged refilters

    def row_id(self, row: int) -> Any:
        return self.index(row, 0).data(ID_ROLE)

    def row_of_id(self, row_id: Any) -> int:
        """The shown row of ``row_id``, or -1 when it is filtered out."""
        number = self._source.row_for_id(row_id)
        try:
            return self._shown.index(number) if number >= 0 else -1
        except ValueError:
            return -1
