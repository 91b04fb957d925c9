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

import zipfile
from dataclasses import dataclass
from pathlib import Path

from dvdesk.domain.legacy_encoding import (
    ENCODING_LABELS,
    TCVN3,
    UNICODE,
    VIQR,
    VNI,
    Conversion,
    alternatives,
    convert_cell,
    font_encoding,
    read_cell,
    single_kind,
)

_STYLES_PART = "xl/styles.xml"
_STYLES_MAX_BYTES = 16 * 1024 * 1024


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
        # Each row's kinds of text (``Reading.kind``), which is all ``typed_in`` asks of
        # its cells: a province's export has 1.5 million text cells.
        rows: dict[int, set] = {}
        for r, row in enumerate(grid):
            kinds = None
            for c, value in enumerate(row):
                if not isinstance(value, str):
                    continue
                if kinds is None:
                    kinds = rows[r] = set()
                reading = read_cell(value)
                if not reading.plain and not reading.certain:
                    self.original[(r, c)] = value  # its font is looked up below
                else:
                    kinds.add(reading.kind)
        if self.original:
            found = (fonts or (lambda cells: {(r, c): self._font(ws, r, c) for r, c in cells}))(
                list(self.original))
            for (r, c), value in self.original.items():
                self.fonts[(r, c)] = found.get((r, c))
                rows[r].add(read_cell(value, self.fonts[(r, c)]).kind)
        self.sheet_kind = single_kind(set().union(*rows.values()))
        self.row_kind = {r: single_kind(kinds) for r, kinds in rows.items()}
        self.rows_to_report = {r for r, _c in self.original}
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
        if r not in self.rows_to_report:  # no cell of the row was read two ways
            return done, doubts
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


def fonts_tell_nothing(path: str | Path) -> bool:
    """True when no font the workbook defines implies a legacy table (".VnTime…",
    "VNI-…"): then every cell's font reads as no font at all (``font_encoding``), and
    the cells need not be visited one by one to ask theirs. False when unsure (no
    styles part where Excel puts it, or one that does not read)."""
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(_STYLES_PART)
            if info.file_size > _STYLES_MAX_BYTES:
                return False
            root = ElementTree.fromstring(archive.read(info))
    except (KeyError, OSError, ValueError, zipfile.BadZipFile, ElementTree.ParseError):
        return False
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] == "name" and element.get("val") is not None \
                and font_encoding(element.get("val"))[0] is not None:
            return False
    return True
