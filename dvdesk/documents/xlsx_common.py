"""Editable, printable Excel sheets (openpyxl).

``write_table_sheet_streaming(wb, title, headers, rows, ...)`` adds one sheet
holding a table to a write-only workbook (``Workbook(write_only=True)``, so a
province's tables stream out): optional title lines above it, bold header row
frozen below and filtered, columns fitted to their content (at most 60
characters wide, longer text wraps), dates as real dates shown dd/mm/yyyy, Times
New Roman throughout; ``rows`` may be any iterable (a generator). The sheet is
laid out to print as it looks:

- widths are fitted to every row (not a sample); a column capped at the
  maximum width wraps, and so does every cell holding several lines;
- each row that needs more than one line gets the height of its lines, so
  wrapped text never runs over the row below;
- A4, the header row (and ``title_lines`` above it) repeated on every page,
  page numbers in the footer; the orientation and print scale are chosen so
  the printed text is never smaller than ``MIN_PRINT_PT`` (8 pt): a sheet too
  wide for one page at that size is split across pages, its first
  ``repeat_columns`` repeated on each, never shrunk further;
- ``print_columns`` (the first N columns) limits what is printed; the others
  stay in the sheet for editing and re-import; ``hidden_columns`` (keys a re-import
  matches rows by) are hidden as well, so that nobody types over them by mistake;
- ``page_mark`` ("DỰ THẢO") prints at the top right of every page and
  ``footer_note`` (the version) at the bottom left.

Text that starts with = + - @ (user data: "=1+1", "+84 90 ...") is always
written as text, never as a formula: the cell is typed as a string and marked
with Excel's quote prefix, so it stays text even after the user edits it.
Characters that XML cannot hold (control characters) are dropped, and text is
cut at Excel's limit of 32,767 characters.

Columns in ``date_columns`` / ``number_formats`` are given by 0-based index or
by header text. In a date column, text in the form 2026-12-10 or 10/12/2026 is
turned into a real date. ``xlsx_cells`` turns the values into cells and measures
them, a column at a time.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.properties import PageSetupProperties

from dvdesk.documents.xlsx_cells import (
    Column,
    StyledCell,
    TableCells,
    column_index,
    is_formula_like,
    row_writer,
    safe_text,
)
from dvdesk.safe_files import write_bytes

FONT_NAME = "Times New Roman"
# Landscape when the fitted columns are wider than this many characters.
_PORTRAIT_CHARS = 100

TEXT_SIZE = 12
# Printed text never smaller than this: the print scale never goes below
# MIN_PRINT_PT / TEXT_SIZE (75 % of 12 pt = 9 pt, with room for rounding).
MIN_PRINT_PT = 8
MIN_SCALE = 75
# Height of one line of 12 pt Times New Roman in a row (points), and a row's padding.
LINE_PT = 15.75
ROW_PAD_PT = 2.25
# A4 in points and the margins set below (inches), for choosing orientation and scale.
_A4_PT = (595.28, 841.89)
_MARGINS_IN = {"left": 0.7, "right": 0.5, "top": 0.75, "bottom": 0.75}

TEXT_FONT = Font(name=FONT_NAME, size=TEXT_SIZE)
HEADER_FONT = Font(name=FONT_NAME, size=12, bold=True)
TITLE_FONT = Font(name=FONT_NAME, size=14, bold=True)
_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_FILL = PatternFill("solid", fgColor="E7E6E6")
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
CELL_ALIGN = Alignment(vertical="top")
WRAP_ALIGN = Alignment(vertical="top", wrap_text=True)
KEY_ALIGN = Alignment(vertical="top", wrap_text=False)

_INVALID_TITLE = re.compile(r"[\[\]:*?/\\]")


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


def _width_pt(width: float) -> float:
    """A column width in points: Excel's unit is the widest digit of the workbook's
    default font, Times New Roman 12 here (8 pixels), plus 5 pixels of padding."""
    return (8 * width + 5) * 0.75


def times_workbook() -> Workbook:
    """A write-only workbook whose default font is Times New Roman 12.

    Column widths are counted in digits of the default font; with openpyxl's
    Calibri default, Excel and LibreOffice (which substitutes another font for
    Calibri) disagree on how wide a column is. With Times New Roman, which
    LibreOffice shows as its metric twin Liberation Serif, they agree.
    """
    from openpyxl.utils.indexed_list import IndexedList

    wb = Workbook(write_only=True)
    wb._fonts = IndexedList([Font(name=FONT_NAME, size=TEXT_SIZE, family=1)])
    return wb


def save_workbook(wb: Workbook, path) -> Path:
    """Write ``wb`` to ``path`` whole or not at all (``dvdesk.safe_files``): the workbook
    is built in memory (a province's is ~8 MB) and written in one go, so a disk that fills
    up half-way never leaves openpyxl's zip writer torn open, and a symlink or a device
    is never written through."""
    buffer = io.BytesIO()
    wb.save(buffer)
    return write_bytes(path, buffer.getvalue())


def print_layout(widths: list[float], landscape: bool | None = None) -> tuple[bool, int]:
    """(landscape?, print scale in %) for columns of these widths on A4.

    Portrait when the columns fit it at full size, else landscape; scaled down to
    fit the page width, but never below MIN_SCALE (then the sheet prints over
    several pages across instead)."""
    needed = sum(_width_pt(w) for w in widths)
    side = _MARGINS_IN["left"] * 72 + _MARGINS_IN["right"] * 72
    portrait_room, landscape_room = _A4_PT[0] - side, _A4_PT[1] - side
    if landscape is None:
        landscape = needed > portrait_room
    room = landscape_room if landscape else portrait_room
    scale = 100 if needed <= room else max(MIN_SCALE, int(room / needed * 100))
    return landscape, scale


def _setup_print(ws, widths: list[float], header_row: int, landscape: bool | None, *,
                 repeat_from: int = 1, repeat_columns: int = 0, page_mark: str = "",
                 footer_note: str = "") -> None:
    landscape, scale = print_layout(widths, landscape)
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.scale = scale
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=False)
    ws.print_options.horizontalCentered = True
    for side, inches in _MARGINS_IN.items():
        setattr(ws.page_margins, side, inches)
    ws.print_title_rows = f"{repeat_from}:{header_row}"
    if repeat_columns and scale == MIN_SCALE:
        ws.print_title_cols = f"A:{get_column_letter(repeat_columns)}"
    footer = ws.oddFooter
    footer.center.text = "Trang &P / &N"
    footer.center.font, footer.center.size = FONT_NAME, TEXT_SIZE
    if footer_note:
        footer.left.text = footer_note.replace("&", "&&")
        footer.left.font, footer.left.size = FONT_NAME, TEXT_SIZE
    if page_mark:
        ws.oddHeader.right.text = page_mark.replace("&", "&&")
        ws.oddHeader.right.font, ws.oddHeader.right.size = f"{FONT_NAME},Bold", TEXT_SIZE + 2


def _set_widths(ws, widths: list[float], hidden: set[int] = frozenset()) -> None:
    for i, width in enumerate(widths, 1):
        dimension = ws.column_dimensions[get_column_letter(i)]
        dimension.width = round(width, 1)
        if i - 1 in hidden:
            dimension.hidden = True


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
    title_lines: Sequence[str] = (),
    landscape: bool | None = None,
    print_columns: int | None = None,
    repeat_columns: int = 0,
    page_mark: str = "",
    footer_note: str = "",
    max_widths: Mapping[Column, float] | None = None,
    hidden_columns: Iterable[Column] = (),
):
    """Add the table as a sheet named ``title``, laid out to print (see the module
    docstring); returns the worksheet.

    The workbook must be created with ``Workbook(write_only=True)`` and saved by
    the caller. ``title_lines`` (or the one ``sheet_title_line``) go above the
    table, then a blank row, then the header row.
    """
    if not getattr(wb, "write_only", False):
        raise ValueError("write_table_sheet_streaming cần Workbook(write_only=True).")
    table = TableCells(headers, date_columns, number_formats)
    table.cap(max_widths)
    ws = wb.create_sheet(sheet_title(wb, title))
    titles = [t for t in ([sheet_title_line] if sheet_title_line else list(title_lines)) if t]
    header_row = len(titles) + 2 if titles else 1
    # Every row is measured before the first is written: the widths go out first.
    table.take(rows, header_row + 1)
    widths = table.widths()
    hidden = {column_index(table.headers, c) for c in hidden_columns}
    _set_widths(ws, widths, hidden)
    ws.freeze_panes = f"A{header_row + 1}"
    printed = widths[:print_columns] if print_columns else widths
    _setup_print(ws, printed, header_row, landscape, repeat_from=1 if titles else header_row,
                 repeat_columns=repeat_columns, page_mark=page_mark, footer_note=footer_note)

    last_letter = get_column_letter(table.ncols)
    for index, line in enumerate(titles):
        cell = WriteOnlyCell(ws, safe_text(line))
        _guard(cell)
        cell.font = TITLE_FONT if index == 0 else HEADER_FONT
        cell.alignment = Alignment(horizontal="center", vertical="center")
        if table.ncols > 1:
            span = get_column_letter(print_columns) if print_columns else last_letter
            ws.merged_cells.add(f"A{index + 1}:{span}{index + 1}")
        ws.append([cell])
    if titles:
        ws.append([])
    header_cells = []
    for header in table.headers:
        cell = WriteOnlyCell(ws, header)
        _guard(cell)
        cell.font, cell.fill, cell.border, cell.alignment = (
            HEADER_FONT, HEADER_FILL, BORDER, HEADER_ALIGN,
        )
        header_cells.append(cell)
    header_lines = table.lines(table.headers, widths)
    if header_lines > 1:
        ws.row_dimensions[header_row].height = header_lines * LINE_PT + ROW_PAD_PT
    ws.append(header_cells)

    # One styled cell per column and kind, reused for every row: openpyxl writes
    # each cell before it takes the next one. Every text cell may wrap: Excel and
    # LibreOffice then keep a cell's lines inside its row instead of running over.
    cells: dict[tuple[int, str | None, bool], StyledCell] = {}

    def cell_for(col: int, fmt: str | None, guard: bool) -> StyledCell:
        key = (col, fmt, guard)
        cell = cells.get(key)
        if cell is None:
            cell = StyledCell(ws, row=1, column=col + 1)
            # A hidden column's text must not wrap: LibreOffice would draw its lines, one
            # letter each, over the printed column beside it.
            cell.font, cell.border = TEXT_FONT, BORDER
            cell.alignment = KEY_ALIGN if col in hidden else WRAP_ALIGN
            if fmt:
                cell.number_format = fmt
            if guard:
                cell.quotePrefix = True
            cell.fix_style(get_column_letter(col + 1))
            cells[key] = cell
        return cell

    tall = table.tall_rows(widths, hidden)
    dimensions = ws.row_dimensions
    append = _row_appender(ws)
    row_no = header_row
    for index, row in enumerate(table.rows(cell_for)):
        row_no += 1
        lines = tall.get(index)
        if lines:
            dimensions[row_no].height = round(lines * LINE_PT + ROW_PAD_PT, 2)
        append(row, row_no)
    last_row = max(row_no, header_row)
    ws.auto_filter.ref = f"A{header_row}:{last_letter}{last_row}"
    if print_columns and print_columns < table.ncols:
        ws.print_area = f"A1:{get_column_letter(print_columns)}{last_row}"
    return ws


def _row_appender(ws):
    """``append((cells, values), row_no)``: write one row of a table's reused cells.

    openpyxl's write-only ``append`` first tries each item as a plain value (failing
    with a ValueError for a cell) and makes a fresh cell after every styled one; its
    writer then asks each cell for its place, style and type: together most of the
    export's time at province scale (two million cells). ``xlsx_cells.row_writer``
    writes the rows as they are; where it does not fit this openpyxl (a newer release),
    the cells are filled and appended the usual way.
    """
    fast = row_writer(ws)
    if fast is not None:
        return lambda row, _row_no: fast(row)

    def append_cells(row, row_no):
        cells, values = row
        text = str(row_no)
        for cell, value in zip(cells, values, strict=True):
            cell.place(row_no, text, value)
        ws.append(list(cells))
    return append_cells
