"""A table's values made into the cells a workbook stores, a column at a time.

``TableCells(headers, ...)`` takes the rows of one sheet (``take``) and gives, for each
column, the values as stored (``convert``: blanks, safe text, real dates from text in a
date column), each cell's number format and whether its text must be kept from being
read as a formula; it measures each column's width and each row's height in lines.

A province's export has about two million cells, and a column holds values of one kind
(text, a number, a date). So a column is looked at whole: the kinds it holds are found
once, its text is searched for illegal characters, line breaks and formula-like starts by
the C string functions over the whole column, and only a column that needs it (text in a
date column, kinds mixed) is converted cell by cell. The result is the one ``convert``
and ``measure`` give cell by cell.

``StyledCell`` is the one cell per column and style that the streaming writer reuses for
every row (see ``xlsx_common``).
"""

from __future__ import annotations

import datetime
import math
import operator
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from itertools import repeat, zip_longest

from lxml.etree import Element, SubElement
from openpyxl import LXML
from openpyxl.cell import Cell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.compat import safe_string
from openpyxl.utils.datetime import to_excel
from openpyxl.xml.constants import XML_NS

from dvdesk.domain.messages import msg

DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
TIME_FORMAT = "hh:mm"
MAX_WIDTH = 60
MIN_WIDTH = 6
EXCEL_TEXT_LIMIT = 32767

# Text in Times New Roman 12 pt, counted in the width unit (its digit, 6 pt): Vietnamese
# text averages a little under one digit per character; capitals take more.
_CHAR = 0.95

_FORMULA_START = ("=", "+", "-", "@")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_VN_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")

Column = int | str

_NONE = type(None)
_TEXT_KINDS = frozenset({str, _NONE})
_NUMBER_KINDS = frozenset({bool, int, float, Decimal, _NONE})
_DATE_KINDS = frozenset({datetime.date, _NONE})
# How the writer types a value that ``convert`` gave (openpyxl's own letters).
_DATA_TYPES = {str: "s", _NONE: "n", int: "n", float: "n", Decimal: "n", bool: "b",
               datetime.date: "d", datetime.datetime: "d", datetime.time: "d"}
_starts_like_formula = operator.methodcaller("startswith", _FORMULA_START)


def safe_text(value: str) -> str:
    """Text Excel can store: no XML-illegal characters, at most 32,767 characters."""
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if len(value) > EXCEL_TEXT_LIMIT:
        value = value[: EXCEL_TEXT_LIMIT - 1] + "…"
    return value


def is_formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith(_FORMULA_START)


def parse_date(value: str) -> datetime.date | None:
    """A date from text in the form 2026-12-10 or 10/12/2026; None for other text."""
    text = value.strip()
    m = _ISO_DATE.match(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _VN_DATE.match(text)
        if not m:
            return None
        d, mo, y = (int(g) for g in m.groups())
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def column_index(headers: Sequence[str], column: Column) -> int:
    if isinstance(column, int):
        if not 0 <= column < len(headers):
            raise IndexError(msg("Không có cột số {column} (bảng có {count} cột).",
                                 column=column, count=len(headers)))
        return column
    try:
        return list(headers).index(column)
    except ValueError:
        raise KeyError(msg("Không có cột “{column}”.", column=column)) from None


def text_width(value: str) -> float:
    return max((len(line) for line in value.split("\n")), default=0) * _CHAR


# Widths are sums of character widths; a text exactly as wide as its column must not
# count as two lines because (6.65 + 2) - 2 is 6.649999999999999 in floating point.
_SLACK = 1e-6


def _line_count(value: str, room: float) -> int:
    """How many lines ``value`` takes in a cell ``room`` units wide."""
    count = 0
    for line in value.split("\n"):
        width = len(line) * _CHAR
        count += max(1, math.ceil(width / room - _SLACK)) if width > room + _SLACK else 1
    return count


class TableCells:
    """One sheet's columns: settings, then (after ``take``) the values as stored."""

    def __init__(self, headers: Sequence[str], date_columns: Iterable[Column] = (),
                 number_formats: Mapping[Column, str] | None = None):
        self.headers = [safe_text(str(h)) for h in headers]
        self.ncols = len(self.headers)
        self.date_cols = {column_index(self.headers, c) for c in date_columns}
        self.formats = {
            column_index(self.headers, c): fmt for c, fmt in (number_formats or {}).items()
        }
        # A header wraps between its words: its longest word sets the least width.
        self.chars = [max(max((len(w) for w in h.split()), default=0) * _CHAR * 1.1,
                          min(text_width(h), 10), 4) for h in self.headers]
        self.caps: dict[int, float] = {}
        self.columns: list[list] = [[] for _ in self.headers]
        # Per column: one number format for every cell, or a list with one per row; the
        # same for "keep this text from being read as a formula".
        self.number_formats: list[str | None | list] = [None] * self.ncols
        self.guards: list[bool | list[bool]] = [False] * self.ncols
        # Per column: (longest text, any line break?); None when only a look at each cell
        # tells (a column converted cell by cell).
        self._texts: list[tuple[int, bool] | None] = [(0, False)] * self.ncols
        self.nrows = 0

    def cap(self, max_widths: Mapping[Column, float] | None) -> None:
        """Narrower maximum widths for some columns (their text wraps beyond)."""
        for column, width in (max_widths or {}).items():
            self.caps[column_index(self.headers, column)] = width

    def convert(self, col: int, value: object) -> tuple[object, str | None]:
        """(value to store, number format or None) of one cell."""
        if value is None or value == "":
            return None, None
        if isinstance(value, str) and col in self.date_cols:
            parsed = parse_date(value)
            if parsed is not None:
                value = parsed
        if isinstance(value, datetime.datetime):
            fmt = DATE_FORMAT if value.time() == datetime.time() else DATETIME_FORMAT
            return value, self.formats.get(col, fmt)
        if isinstance(value, datetime.date):
            return value, self.formats.get(col, DATE_FORMAT)
        if isinstance(value, datetime.time):
            return value, self.formats.get(col, TIME_FORMAT)
        if isinstance(value, bool | int | float | Decimal):
            return value, self.formats.get(col)
        return safe_text(value if isinstance(value, str) else str(value)), self.formats.get(col)

    def measure(self, col: int, value: object) -> None:
        if value is None:
            return
        if isinstance(value, datetime.datetime):
            width = 17.0
        elif isinstance(value, datetime.date):
            width = 11.5
        elif isinstance(value, str):
            width = text_width(value)
        else:
            width = len(str(value))
        if width > self.chars[col]:
            self.chars[col] = width

    def take(self, rows: Iterable[Sequence[object]], first_row: int) -> None:
        """Convert and measure every row (``first_row``: the sheet row of the first, for
        the sentence about a row with too many cells)."""
        table = rows if isinstance(rows, list) else list(rows)
        for index, values in enumerate(table):
            if len(values) > self.ncols:
                raise ValueError(f"Dòng {first_row + index} có {len(values)} ô, "
                                 f"nhiều hơn {self.ncols} cột.")
        self.nrows = len(table)
        given = list(zip_longest(*table)) if table else []
        given += [(None,) * self.nrows] * (self.ncols - len(given))
        for col, values in enumerate(given):
            self._take_column(col, values)

    def _take_column(self, col: int, values: Sequence[object]) -> None:
        kinds = set(map(type, values))
        if kinds <= _TEXT_KINDS and col not in self.date_cols:
            texts = list(filter(None, values))
            if texts and (ILLEGAL_CHARACTERS_RE.search("\n".join(texts))
                          or max(map(len, texts)) > EXCEL_TEXT_LIMIT):
                # Text of control characters only stays an empty text cell, as convert has it.
                self.columns[col] = [safe_text(v) if v else None for v in values]
                texts = list(filter(None, self.columns[col]))
            else:
                self.columns[col] = [v or None for v in values]
            self.number_formats[col] = self.formats.get(col)
            self._take_texts(col, texts)
            if any(map(_starts_like_formula, texts)):
                self.guards[col] = [is_formula_like(v) for v in self.columns[col]]
            return
        if kinds <= _NUMBER_KINDS or kinds <= _DATE_KINDS:
            self.columns[col] = list(values)
            present = [v for v in values if v is not None]
            if kinds <= _NUMBER_KINDS:
                self.number_formats[col] = self.formats.get(col)
                width = max(map(len, map(str, present)), default=0)
            else:
                self.number_formats[col] = self.formats.get(col, DATE_FORMAT)
                width = 11.5 if present else 0
            self.chars[col] = max(self.chars[col], width)
            return
        # Kinds mixed (or text in a date column): cell by cell.
        converted, formats = [], []
        for value in values:
            value, fmt = self.convert(col, value)
            self.measure(col, value)
            converted.append(value)
            formats.append(fmt)
        self.columns[col] = converted
        self.number_formats[col] = formats
        self.guards[col] = [is_formula_like(v) for v in converted]
        self._texts[col] = None

    def _take_texts(self, col: int, texts: list[str]) -> None:
        if not texts:
            return
        breaks = any(map(operator.contains, texts, repeat("\n")))
        longest = (max(max(map(len, t.split("\n"))) for t in texts) if breaks
                   else max(map(len, texts)))
        self.chars[col] = max(self.chars[col], longest * _CHAR)
        self._texts[col] = (max(map(len, texts)), breaks)

    def widths(self) -> list[float]:
        return [min(max(c + 2, MIN_WIDTH), self.caps.get(i, MAX_WIDTH))
                for i, c in enumerate(self.chars)]

    def lines(self, values: list, widths: list[float]) -> int:
        """How many lines the tallest cell of a row takes at these column widths."""
        most = 1
        for col, value in enumerate(values):
            if type(value) is str:
                most = max(most, _line_count(value, widths[col] - 2))
        return most

    def tall_rows(self, widths: list[float], hidden: set[int]) -> dict[int, int]:
        """Row index (from 0) -> lines, for each row whose tallest cell takes more than
        one line at these widths; a hidden column sets no height."""
        tall: dict[int, int] = {}
        for col, values in enumerate(self.columns):
            room = widths[col] - 2
            texts = self._texts[col]
            if col in hidden or (texts is not None and not texts[1]
                                 and texts[0] * _CHAR <= room + _SLACK):
                continue
            for index, value in enumerate(values):
                if type(value) is str and ("\n" in value
                                           or len(value) * _CHAR > room + _SLACK):
                    count = _line_count(value, room)
                    if count > tall.get(index, 1):
                        tall[index] = count
        return tall

    def rows(self, cell_for) -> Iterable[tuple[tuple[StyledCell, ...], tuple]]:
        """(cells, values) of each row; ``cell_for(col, number format, guard)`` gives the
        styled cell a value is written through."""
        per_column = []
        for col in range(self.ncols):
            fmts, guards = self.number_formats[col], self.guards[col]
            if not isinstance(fmts, list) and not isinstance(guards, list):
                per_column.append(repeat(cell_for(col, fmts, guards), self.nrows))
                continue
            fmts = fmts if isinstance(fmts, list) else repeat(fmts)
            guards = guards if isinstance(guards, list) else repeat(guards)
            per_column.append([cell_for(col, f, g) for f, g in zip(fmts, guards, strict=False)])
        if not self.nrows:
            return iter(())
        return zip(zip(*per_column, strict=True), zip(*self.columns, strict=True), strict=True)


def _kind_of(value) -> str:
    """openpyxl's letter for a value of a type ``_DATA_TYPES`` does not list (a subclass)."""
    if isinstance(value, bool):
        return "b"
    if isinstance(value, int | float | Decimal):
        return "n"
    if isinstance(value, datetime.date | datetime.time):
        return "d"
    return "s"


def row_writer(ws):
    """Write a table's rows (``(cells, values)`` from ``TableCells.rows``) into ``ws``
    faster than openpyxl does; None when this openpyxl's writer is not the one this was
    made for (the caller then appends the cells the usual way).

    openpyxl writes a cell through five nested XML contexts and asks the cell for its
    coordinate, style and type each time: about 8 µs a cell, two thirds of the
    writing of a province (two million cells). Here each row is built as one element,
    its cells' attributes from what the column's cell already knows, and handed to the
    same XML stream: the sheet's bytes are the same as openpyxl writes them.
    """
    writer = getattr(ws, "_writer", None)
    if (not LXML or writer is None or not callable(getattr(writer, "write_row", None))
            or not callable(getattr(ws, "_values_to_row", None)) or ws.parent.iso_dates):
        return None
    epoch, dims = ws.parent.epoch, ws.row_dimensions

    def write_row(xf, row, row_idx):
        cells, values = row
        text = str(row_idx)
        attrs = {"r": text}
        attrs.update(dims.get(row_idx, {}))
        element = Element("row", attrs)
        for cell, value in zip(cells, values, strict=True):
            kind = _DATA_TYPES.get(type(value)) or _kind_of(value)
            where = cell.letter + text
            if value is None or value == "":
                c = SubElement(element, "c", {"r": where, "s": cell.style_text,
                                              "t": "inlineStr" if kind == "s" else kind})
                c.text = ""  # written as <c ...></c>, as openpyxl does
            elif kind == "s":
                c = SubElement(element, "c", {"r": where, "s": cell.style_text,
                                              "t": "inlineStr"})
                line = SubElement(SubElement(c, "is"), "t",
                                  _PRESERVE if value != value.strip() else None)
                line.text = value
            else:
                if kind == "d":
                    value, kind = to_excel(value, epoch), "n"
                c = SubElement(element, "c", {"r": where, "s": cell.style_text, "t": kind})
                SubElement(c, "v").text = safe_string(value)
        xf.write(element)

    ws._values_to_row = lambda row, _row_idx: row
    writer.write_row = write_row
    return lambda row: ws.append(row)


_PRESERVE = {f"{{{XML_NS}}}space": "preserve"}


class StyledCell(Cell):
    """A write-only cell reused for every row of its column, its style fixed before the
    first write (``fix_style``).

    openpyxl asks each cell it writes for its style (hashing it in the workbook's list),
    its coordinate, whether it is styled and whether it links somewhere; for a cell that
    is the same one each time, these are kept as plain attributes.
    """

    __slots__ = ("style_id", "coordinate", "letter", "style_text")
    has_style = True
    hyperlink = None

    def fix_style(self, letter: str) -> None:
        self.letter = letter
        self.style_id = Cell.style_id.fget(self)
        self.style_text = str(self.style_id)

    def place(self, row: int, row_text: str, value) -> None:
        """Hold ``value`` (as ``TableCells`` gave it: text is already safe and stays text,
        even "=1+1") at this row."""
        self.row, self.coordinate = row, self.letter + row_text
        kind = _DATA_TYPES.get(type(value))
        if kind is None:
            self.value = value
        else:
            self._value, self.data_type = value, kind
