"""Editable, printable Excel sheets (openpyxl).

``write_table_sheet_streaming(wb, title, headers, rows, ...)`` adds one sheet
holding a table to a write-only workbook (``Workbook(write_only=True)``, so a
province's tables stream out): optional title line above it, bold header row
frozen below and filtered, columns fitted to the header and the first
``sample_rows`` rows (at most 60 characters wide), dates as real dates shown
dd/mm/yyyy, A4 print setup fitted to the page width with the header row
repeated on every printed page and page numbers in the footer, Times New Roman
throughout; ``rows`` may be any iterable (a generator).

Text that starts with = + - @ (user data: "=1+1", "+84 90 ...") is always
written as text, never as a formula: the cell is typed as a string and marked
with Excel's quote prefix, so it stays text even after the user edits it.
Characters that XML cannot hold (control characters) are dropped, and text is
cut at Excel's limit of 32,767 characters.

Columns in ``date_columns`` / ``number_formats`` are given by 0-based index or
by header text. In a date column, text in the form 2026-12-10 or 10/12/2026 is
turned into a real date.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from itertools import islice

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.properties import PageSetupProperties

FONT_NAME = "Times New Roman"
DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
TIME_FORMAT = "hh:mm"
MAX_WIDTH = 60
MIN_WIDTH = 6
EXCEL_TEXT_LIMIT = 32767
# Landscape when the fitted columns are wider than this many characters.
_PORTRAIT_CHARS = 100

TEXT_FONT = Font(name=FONT_NAME, size=12)
HEADER_FONT = Font(name=FONT_NAME, size=12, bold=True)
TITLE_FONT = Font(name=FONT_NAME, size=14, bold=True)
_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_FILL = PatternFill("solid", fgColor="E7E6E6")
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
CELL_ALIGN = Alignment(vertical="top")
WRAP_ALIGN = Alignment(vertical="top", wrap_text=True)

_FORMULA_START = ("=", "+", "-", "@")
_INVALID_TITLE = re.compile(r"[\[\]:*?/\\]")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_VN_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")

Column = int | str


def safe_text(value: str) -> str:
    """Text Excel can store: no XML-illegal characters, at most 32,767 characters."""
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if len(value) > EXCEL_TEXT_LIMIT:
        value = value[: EXCEL_TEXT_LIMIT - 1] + "…"
    return value


def is_formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith(_FORMULA_START)


def sheet_title(wb: Workbook, title: str) -> str:
    """A valid, unused sheet name (max 31 characters, no []:*?/\\)."""
    base = _INVALID_TITLE.sub("-", title).strip().strip("'") or "Sheet"
    base = base[:31]
    existing = {name.lower() for name in wb.sheetnames}
    name, n = base, 2
    while name.lower() in existing:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    return name


def _parse_date(value: str) -> datetime.date | None:
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


def _column_index(headers: Sequence[str], column: Column) -> int:
    if isinstance(column, int):
        if not 0 <= column < len(headers):
            raise IndexError(f"Không có cột số {column} (bảng có {len(headers)} cột).")
        return column
    try:
        return list(headers).index(column)
    except ValueError:
        raise KeyError(f"Không có cột “{column}”.") from None


class _Prepared:
    """Per-table settings shared by the normal and the streaming writer."""

    def __init__(self, headers, date_columns, number_formats):
        self.headers = [safe_text(str(h)) for h in headers]
        self.ncols = len(self.headers)
        self.date_cols = {_column_index(self.headers, c) for c in date_columns}
        self.formats = {
            _column_index(self.headers, c): fmt for c, fmt in (number_formats or {}).items()
        }
        self.chars = [max(_text_width(h) * 1.1, 4) for h in self.headers]

    def convert(self, col: int, value: object) -> tuple[object, str | None]:
        """(value to store, number format or None)."""
        if value is None or value == "":
            return None, None
        if isinstance(value, str) and col in self.date_cols:
            parsed = _parse_date(value)
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
            width = 16.0
        elif isinstance(value, datetime.date):
            width = 10.5
        elif isinstance(value, str):
            width = _text_width(value)
        else:
            width = len(str(value))
        if width > self.chars[col]:
            self.chars[col] = width

    def widths(self) -> list[float]:
        return [min(max(c + 2, MIN_WIDTH), MAX_WIDTH) for c in self.chars]

    def wrapped(self) -> set[int]:
        return {i for i, c in enumerate(self.chars) if c + 2 > MAX_WIDTH}


def _text_width(value: str) -> float:
    # Times New Roman at 12 pt is a little wider than Excel's width unit (Calibri 11).
    return max((len(line) for line in value.split("\n")), default=0) * 1.05


def _title_and_header_rows(sheet_title_line: str | None) -> tuple[int, int]:
    return (1, 3) if sheet_title_line else (0, 1)


def _setup_print(ws, widths: list[float], header_row: int, landscape: bool | None) -> None:
    if landscape is None:
        landscape = sum(widths) > _PORTRAIT_CHARS
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = 0.8
    ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.7
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.oddFooter.center.text = "Trang &P / &N"
    ws.oddFooter.center.font = FONT_NAME
    ws.oddFooter.center.size = 11


def _set_widths(ws, widths: list[float]) -> None:
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = round(width, 1)


def _guard(cell) -> None:
    """Keep text that looks like a formula as text."""
    if is_formula_like(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True


def write_table_sheet_streaming(
    wb: Workbook,
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    date_columns: Iterable[Column] = (),
    number_formats: Mapping[Column, str] | None = None,
    sheet_title_line: str | None = None,
    landscape: bool | None = None,
    sample_rows: int = 500,
):
    """Add the table as a sheet named ``title``; returns the worksheet.

    The workbook must be created with ``Workbook(write_only=True)`` and saved
    by the caller. Text longer than the widest column is not wrapped.
    """
    if not getattr(wb, "write_only", False):
        raise ValueError("write_table_sheet_streaming cần Workbook(write_only=True).")
    prep = _Prepared(headers, date_columns, number_formats)
    ws = wb.create_sheet(sheet_title(wb, title))
    title_row, header_row = _title_and_header_rows(sheet_title_line)
    iterator = iter(rows)
    sample = [list(r) for r in islice(iterator, sample_rows)]
    for values in sample:
        for col, raw in enumerate(values[: prep.ncols]):
            prep.measure(col, prep.convert(col, raw)[0])
    widths = prep.widths()
    _set_widths(ws, widths)
    ws.freeze_panes = f"A{header_row + 1}"
    _setup_print(ws, widths, header_row, landscape)

    if title_row:
        cell = WriteOnlyCell(ws, safe_text(sheet_title_line))
        _guard(cell)
        cell.font = TITLE_FONT
        cell.alignment = Alignment(horizontal="center", vertical="center")
        if prep.ncols > 1:
            ws.merged_cells.add(f"A1:{get_column_letter(prep.ncols)}1")
        ws.append([cell])
        ws.append([])
    header_cells = []
    for header in prep.headers:
        cell = WriteOnlyCell(ws, header)
        _guard(cell)
        cell.font, cell.fill, cell.border, cell.alignment = (
            HEADER_FONT, HEADER_FILL, BORDER, HEADER_ALIGN,
        )
        header_cells.append(cell)
    ws.append(header_cells)
    _append_cells_as_given(ws)

    # One styled cell per column and kind, reused for every row: openpyxl writes
    # each cell before it takes the next one.
    cells: dict[tuple[int, str | None, bool], WriteOnlyCell] = {}

    def cell_for(col: int, fmt: str | None, guard: bool) -> WriteOnlyCell:
        key = (col, fmt, guard)
        cell = cells.get(key)
        if cell is None:
            cell = _FixedStyleCell(ws, row=1, column=1)
            cell.font, cell.border, cell.alignment = TEXT_FONT, BORDER, CELL_ALIGN
            if fmt:
                cell.number_format = fmt
            if guard:
                cell.quotePrefix = True
            cells[key] = cell
        return cell

    count = 0
    for values in _chain(sample, iterator):
        count += 1
        if len(values) > prep.ncols:
            row_no = header_row + count
            raise ValueError(f"Dòng {row_no} có {len(values)} ô, nhiều hơn {prep.ncols} cột.")
        out = []
        for col in range(prep.ncols):
            value, fmt = prep.convert(col, values[col] if col < len(values) else None)
            guard = is_formula_like(value)
            cell = cell_for(col, fmt, guard)
            cell.put(value)
            out.append(cell)
        ws.append(out)
    last_row = header_row + count
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(prep.ncols)}{last_row}"
    return ws


class _FixedStyleCell(Cell):
    """A reused write-only cell whose style is set once, before its first write.

    openpyxl looks the style up in the workbook's style list for every cell it
    writes (hashing it each time); this cell remembers the answer.
    """

    __slots__ = ("_fixed_style_id",)

    @property
    def style_id(self) -> int:
        found = getattr(self, "_fixed_style_id", None)
        if found is None:
            found = self._fixed_style_id = super().style_id
        return found

    def put(self, value) -> None:
        """Set a value ``_Prepared.convert`` gave: text is already safe and stays text
        (even "=1+1"), so openpyxl's own checks are skipped for text and blanks."""
        if value is None:
            self._value, self.data_type = None, "n"
        elif type(value) is str:
            self._value, self.data_type = value, "s"
        else:
            self.value = value


def _append_cells_as_given(ws) -> None:
    """Let ``ws.append`` take rows of styled ``WriteOnlyCell`` as they are.

    openpyxl's write-only ``append`` first tries each item as a plain value
    (failing with a ValueError for a cell) and then makes a fresh cell after
    every styled one: about a third of the export's time at province scale
    (a million cells). Every row this module appends after the header is made
    of WriteOnlyCells, so they only need their place set. Left as it is when
    openpyxl no longer has that step (a newer release).
    """
    if not callable(getattr(ws, "_values_to_row", None)):
        return

    def cells_as_given(values, row_idx):
        for col_idx, cell in enumerate(values, 1):
            cell.row, cell.column = row_idx, col_idx
            yield cell

    ws._values_to_row = cells_as_given


def _chain(first: list, rest: Iterable):
    yield from first
    for row in rest:
        yield list(row)
