"""Cells of a hand-made list typed in TCVN3 (ABC), VNI or VIQR, turned into Unicode as read.

``LegacySheet(ws, grid)`` looks at every text cell of the sheet once, with the
cell's font (".VnTime", ".VnTimeH", "VNI-Times"), and replaces in ``grid`` each
cell that ``dvdesk.domain.legacy_encoding`` finds typed in a legacy table, so
the header row and the rows are then recognised as if typed in Unicode.

A cell that reads as Vietnamese both as it stands and in a legacy table ("Hoàng"
is also VNI for "Hồng") follows what the cells typed with it show: the whole
sheet's table when every cell that reads only one way agrees, else its row's
(a typist keeps one table for a row). Where neither tells, it is left as written
and reported as a doubt, in a sheet where legacy text was found. The reader asks
afterwards what changed in the cells it used, to show each cell before → after.
"""

from __future__ import annotations

from dataclasses import dataclass

from dvdesk.domain.legacy_encoding import (
    ENCODING_LABELS,
    TCVN3,
    UNICODE,
    VIQR,
    VNI,
    Conversion,
    alternatives,
    convert_cell,
    read_cell,
    typed_in,
)


@dataclass
class CellConversion:
    """One cell of a list typed in a legacy table: where, the table, before and after."""

    sheet: str
    row: int
    column: str | None
    encoding: str
    before: str
    after: str

    @property
    def label(self) -> str:
        return ENCODING_LABELS[self.encoding]


class LegacySheet:
    """``fonts(cells) -> {(row, column): font name}`` gives the fonts of the cells that
    need one, asked once for all of them (by default read from ``ws``, an openpyxl
    sheet; a reader without fonts passes its own)."""

    def __init__(self, ws, grid: list[list[object]], fonts=None):
        self.sheet = ws.title
        self.grid = grid
        self.fonts: dict[tuple[int, int], str | None] = {}
        self.original: dict[tuple[int, int], str] = {}
        rows: dict[int, list] = {}
        for r, row in enumerate(grid):
            for c, value in enumerate(row):
                if not isinstance(value, str):
                    continue
                reading = read_cell(value)
                if not reading.plain and not reading.certain:
                    self.original[(r, c)] = value  # its font is looked up below
                else:
                    rows.setdefault(r, []).append(reading)
        if self.original:
            found = (fonts or (lambda cells: {(r, c): self._font(ws, r, c) for r, c in cells}))(
                list(self.original))
            for (r, c), value in self.original.items():
                self.fonts[(r, c)] = found.get((r, c))
                rows.setdefault(r, []).append(read_cell(value, self.fonts[(r, c)]))
        self.sheet_kind = typed_in(r for found in rows.values() for r in found)
        self.row_kind = {r: typed_in(found) for r, found in rows.items()}
        self.converted: dict[tuple[int, int], Conversion] = {}
        for r, c in self.original:
            self._convert(r, c, proper_name=False)

    @staticmethod
    def _font(ws, r: int, c: int) -> str | None:
        font = ws.cell(row=r + 1, column=c + 1).font
        return font.name if font is not None else None

    def _table(self, r: int) -> str | None:
        """The table an ambiguous cell of row ``r`` follows, if the sheet or the row tells."""
        for kind in (self.sheet_kind, self.row_kind.get(r)):
            if kind in (TCVN3, VNI, VIQR):
                return kind
        return None

    def _convert(self, r: int, c: int, proper_name: bool) -> None:
        before = self.original[(r, c)]
        found = convert_cell(before, self.fonts[(r, c)], proper_name=proper_name,
                             prevailing=self._table(r))
        if found is None:
            self.converted.pop((r, c), None)
            self.grid[r][c] = before
        else:
            self.converted[(r, c)] = found
            self.grid[r][c] = found.after

    def names_in(self, column: int, first_row: int) -> None:
        """Cells of a people's-name column: every word starts with a capital."""
        for r, c in list(self.original):
            if c == column and r >= first_row:
                self._convert(r, c, proper_name=True)

    def _doubtful(self, r: int) -> bool:
        """Whether a cell of row ``r`` left as written may still be legacy text."""
        return bool(self.converted) and self._table(r) is None \
            and UNICODE not in (self.sheet_kind, self.row_kind.get(r))

    def report(self, r: int, columns: dict[str, int], titles: dict[str, str]
               ) -> tuple[list[CellConversion], list[CellConversion]]:
        """(converted, left as written but maybe legacy) cells of grid row ``r`` in the
        recognised columns, each named by its column title."""
        done: list[CellConversion] = []
        doubts: list[CellConversion] = []
        for field, c in columns.items():
            key = (r, c)
            if key not in self.original:
                continue
            title = titles.get(field)
            if key in self.converted:
                found = self.converted[key]
                done.append(CellConversion(self.sheet, r + 1, title, found.encoding,
                                           found.before, found.after))
            elif self._doubtful(r):
                for other in alternatives(self.original[key], self.fonts[key],
                                          proper_name=field == "name"):
                    doubts.append(CellConversion(self.sheet, r + 1, title, other.encoding,
                                                 other.before, other.after))
        return done, doubts
