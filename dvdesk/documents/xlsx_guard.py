"""Hard limits on what an imported workbook may make us read, checked before any reader runs.

An .xlsx is a zip of XML parts, and both readers (openpyxl for the lists,
calamine for the program's own workbook) trust it: a 2 KB file with one cell
at XFD1048576 makes them lay out a grid of 17 billion cells, a stray space at
H1048576 turns a one-row list into a million empty rows, and a zip bomb
inflates one cell to 512 MB. So the file is measured first, in one streaming
pass with bounded memory:

- every part's uncompressed size, as declared and as actually inflated (a
  part that inflates past what it declares is refused: the zip is lying);
- for each worksheet, the cells that hold a value (not the declared
  ``<dimension>``, which anyone can write), hence the rows and columns the
  readers will really lay out.

Past a limit the import stops with one sentence that names the sheet and the
farthest cell, before anything big is allocated.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from dvdesk.domain.messages import msg
from dvdesk.domain.text import thousands

# What a province's own export needs (≈ 53,000 assignment rows, ≈ 20 columns, 1.7 million
# cells), with room to spare; far below what would exhaust the machine.
MAX_ROWS = 300_000
MAX_COLUMNS = 200
MAX_CELLS = 4_000_000
MAX_PART_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 768 * 1024 * 1024
_CHUNK = 1 << 20

# A row that holds cells (not <row …/>), with its number; a cell reference with a
# two- or three-letter column (AA…XFD); a cell reference with a one-letter column.
_ROW = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?row\b[^>]*?\br="([0-9]{1,7})"[^>]*?(/?)>')
_WIDE_CELL = re.compile(rb'r="([A-Z]{2,3})[0-9]')  # a literal start: the fast search path

class WorkbookTooLarge(ValueError):
    """One sentence: which limit the file passes, and where."""


@dataclass
class SheetExtent:
    part: str
    cells: int = 0
    last_row: int = 0
    last_column: int = 0
    far_cell: str = ""


def column_letters(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_index(letters: bytes) -> int:
    value = 0
    for ch in letters:
        value = value * 26 + (ch - 64)
    return value


def check_workbook(path: str | Path, sheet_names: dict[str, str] | None = None) -> None:
    """Raise WorkbookTooLarge when reading ``path`` would pass a limit; ValueError-free for
    a file that is not a zip at all (the readers say that in their own words)."""
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    with archive:
        infos = archive.infolist()
        total = sum(info.file_size for info in infos)
        if total > MAX_TOTAL_BYTES:
            raise WorkbookTooLarge(msg(
                "Tệp “{file}” khi giải nén chiếm {size} MB, quá mức {limit} MB mà DV Desk đọc.",
                file=path.name, size=total // (1024 * 1024),
                limit=MAX_TOTAL_BYTES // (1024 * 1024)))
        names = sheet_names or _sheet_titles(archive)
        for info in infos:
            if info.file_size > MAX_PART_BYTES:
                raise WorkbookTooLarge(msg(
                    "Tệp “{file}” có phần “{part}” giải nén ra {size} MB, quá mức {limit} MB "
                    "(tệp bị hỏng hoặc cố ý làm phình).", file=path.name, part=info.filename,
                    size=info.file_size // (1024 * 1024), limit=MAX_PART_BYTES // (1024 * 1024)))
            is_sheet = info.filename.startswith("xl/worksheets/") and \
                info.filename.endswith(".xml")
            extent = SheetExtent(info.filename) if is_sheet else None
            try:
                _inflate(archive, info, extent)
            except zipfile.BadZipFile as error:
                raise WorkbookTooLarge(msg(
                    "Tệp “{file}” bị hỏng: phần “{part}” không giải nén đúng kích thước đã khai.",
                    file=path.name, part=info.filename)) from error
            except (OSError, EOFError, RuntimeError, NotImplementedError):
                return  # damaged or encrypted: the reader reports it
            if extent is not None:
                _check_extent(extent, names.get(info.filename, info.filename))


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, extent: SheetExtent | None) -> None:
    """Stream one part through; Python's zip reader stops at the declared size and checks
    the CRC, so a part that inflates further raises BadZipFile instead of growing."""
    row = 0
    column = 0
    tail = b""
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            if extent is None:
                continue
            data = tail + chunk
            cut = data.rfind(b"<")
            if cut < 0:
                cut = len(data)
            tail, data = data[cut:], data[:cut]
            if len(tail) > 4096:  # no tag is that long: a value with no markup in it
                tail = b""
            row, column = _scan(data, extent, row, column)
        if extent is not None and tail:
            _scan(tail, extent, row, column)


def _scan(data: bytes, extent: SheetExtent, row: int, column: int) -> tuple[int, int]:
    """Rows with cells, the widest column and the number of cells, with a handful of fast
    byte searches per chunk (a province's 67 MB sheet in a fraction of a second).
    Formatting-only rows (``<row …/>``) are skipped; cells are counted whether or not
    they hold a value, which only errs on the safe side."""
    numbered = _ROW.findall(data)
    used = [int(number) for number, empty in numbered if not empty]
    if used:
        row = max(used)
    # A row with no number follows the one before it: count those on top, to be safe.
    row += data.count(b"<row") - len(numbered)
    extent.last_row = max(extent.last_row, row)
    extent.cells += data.count(b"<c ") + data.count(b"<c>")
    for letters in set(_WIDE_CELL.findall(data)):
        column = max(column, _column_index(letters))
    if column < 26:  # one search for any one-letter column right of the widest seen so far
        wider = re.findall(rb'r="([' + bytes([65 + column]) + rb'-Z])[0-9]', data)
        if wider:
            column = max(column, *(_column_index(letter) for letter in set(wider)))
    extent.last_column = max(extent.last_column, column)
    extent.far_cell = f"{column_letters(extent.last_column)}{extent.last_row}"
    return row, column



def _check_extent(extent: SheetExtent, title: str) -> None:
    where = {"sheet": title, "cell": extent.far_cell}
    if extent.last_row > MAX_ROWS:
        raise WorkbookTooLarge(msg(
            "Trang “{sheet}” có dữ liệu tới ô {cell}, quá {limit} dòng mà DV Desk đọc; hãy xóa "
            "các dòng, cột thừa (kể cả ô chỉ có dấu cách) rồi lưu lại.", **where,
            limit=thousands(MAX_ROWS)))
    if extent.last_column > MAX_COLUMNS:
        raise WorkbookTooLarge(msg(
            "Trang “{sheet}” có dữ liệu tới ô {cell}, quá {limit} cột mà DV Desk đọc; hãy xóa "
            "các dòng, cột thừa (kể cả ô chỉ có dấu cách) rồi lưu lại.", **where,
            limit=MAX_COLUMNS))
    if extent.last_row * extent.last_column > MAX_CELLS or extent.cells > MAX_CELLS:
        raise WorkbookTooLarge(msg(
            "Trang “{sheet}” có dữ liệu tới ô {cell} ({rows} dòng × {columns} cột), quá {limit} "
            "ô mà DV Desk đọc; hãy xóa các dòng, cột thừa (kể cả ô chỉ có dấu cách) rồi lưu lại.",
            **where, rows=thousands(extent.last_row), columns=extent.last_column,
            limit=thousands(MAX_CELLS)))


_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_REL_TAG = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")


def _attribute(tag: bytes, name: bytes) -> bytes | None:
    found = re.search(rb'(?:^|\s)(?:\w+:)?' + name + rb'="([^"]*)"', tag[1:])
    return found.group(1) if found else None


def _sheet_titles(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part -> the title a person sees, for the sentences (best effort)."""
    import html

    try:
        book = _small_part(archive, "xl/workbook.xml")
        rels = _small_part(archive, "xl/_rels/workbook.xml.rels")
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return {}
    targets = {}
    for tag in _REL_TAG.findall(rels):
        rel_id, target = _attribute(tag, b"Id"), _attribute(tag, b"Target")
        if rel_id and target:
            name = target.decode("utf-8", "replace").lstrip("/")
            targets[rel_id] = name if name.startswith("xl/") else f"xl/{name}"
    titles = {}
    for tag in _SHEET_TAG.findall(book):
        title, rel_id = _attribute(tag, b"name"), _attribute(tag, b"id")
        if title is not None and rel_id in targets:
            titles[targets[rel_id]] = html.unescape(title.decode("utf-8", "replace"))
    return titles


def _small_part(archive: zipfile.ZipFile, name: str) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > 16 * 1024 * 1024:
        raise ValueError(name)
    return archive.read(info)
