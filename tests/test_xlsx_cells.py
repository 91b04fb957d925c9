"""The Excel table writer's cells: made a column at a time, written a row at a time.

A column is converted whole when its values are of one kind; the result must be what
converting each cell on its own gives. The rows are written without openpyxl's
per-cell writer; the sheet must be the bytes openpyxl writes, and read back the same.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from decimal import Decimal

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

import dvdesk.documents.xlsx_common as xlsx_common
from dvdesk.documents.xlsx_cells import TableCells, is_formula_like
from dvdesk.documents.xlsx_common import times_workbook, write_table_sheet_streaming

HEADERS = ["Họ và tên", "Ngày", "Số", "Ghi chú", "Có"]
ROWS = [
    ["Nguyễn Văn An", datetime.date(2026, 12, 10), 1, "=1+1", True],
    [" Trần Thị Bích ", datetime.datetime(2026, 12, 11, 7, 30), 2.5, "+84 90 123", False],
    ["Lê Minh\nPhó Bí thư", "2026-12-12", Decimal("3.25"), "", None],
    ["", None, None, "ghi chú\u0007 có ký tự lạ", 0],
    ["Võ Thị Hoa", datetime.time(7, 30), 10**12, "x" * 80, None],
]


def _sheet_bytes(book: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        return archive.read("xl/worksheets/sheet1.xml")


def _write(rows) -> bytes:
    wb = times_workbook()
    write_table_sheet_streaming(wb, "Danh sách", HEADERS, rows, date_columns=["Ngày"],
                                title_lines=["DANH SÁCH"], hidden_columns=["Có"])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def test_rows_written_as_openpyxl_writes_them(monkeypatch):
    fast = _write(ROWS)
    monkeypatch.setattr(xlsx_common, "row_writer", lambda ws: None)  # openpyxl's own writer
    assert _sheet_bytes(fast) == _sheet_bytes(_write(ROWS))

    ws = openpyxl.load_workbook(io.BytesIO(fast)).worksheets[0]
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    assert values[0] == ["Nguyễn Văn An", datetime.datetime(2026, 12, 10), 1, "=1+1", True]
    assert values[1][:4] == [" Trần Thị Bích ", datetime.datetime(2026, 12, 11, 7, 30), 2.5,
                             "+84 90 123"]
    assert values[2][:3] == ["Lê Minh\nPhó Bí thư", datetime.datetime(2026, 12, 12), 3.25]
    assert values[3] == [None, None, None, "ghi chú có ký tự lạ", 0]
    assert values[4][1] == datetime.time(7, 30) and values[4][2] == 10**12
    assert ws["D4"].quotePrefix and ws["D4"].data_type == "s"  # stays text, not a formula
    assert ws["B4"].number_format == "dd/mm/yyyy"
    assert ws.row_dimensions[4].height is None
    assert ws.row_dimensions[6].height == 33.75  # two lines: the name, then the title


_VALUES = st.one_of(
    st.none(), st.just(""), st.text(max_size=70), st.sampled_from(["=1+1", "-x", "@a", " a "]),
    st.integers(-10**6, 10**6), st.booleans(), st.floats(allow_nan=False, allow_infinity=False),
    st.dates(), st.datetimes(), st.sampled_from(["2026-12-10", "10/12/2026", "31/02/2026"]),
)
_COLUMN_KINDS = [st.one_of(st.none(), st.text(max_size=70)),
                 st.one_of(st.none(), st.integers(-10**6, 10**6)),
                 st.one_of(st.none(), st.dates()),
                 _VALUES]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(*_COLUMN_KINDS, *_COLUMN_KINDS), max_size=12), st.booleans())
def test_a_column_at_a_time_gives_what_each_cell_gives(rows, date_column):
    headers = [f"Cột {i}" for i in range(8)]
    dates = [2, 3] if date_column else [2]
    table = TableCells(headers, date_columns=dates)
    table.take(rows, 2)
    one_by_one = TableCells(headers, date_columns=dates)
    for col in range(8):
        for index, row in enumerate(rows):
            value, fmt = one_by_one.convert(col, row[col])
            one_by_one.measure(col, value)
            assert table.columns[col][index] == value
            assert type(table.columns[col][index]) is type(value)
            formats = table.number_formats[col]
            if value is not None:  # a blank may carry its column's format
                assert (formats[index] if isinstance(formats, list) else formats) == fmt
            guards = table.guards[col]
            assert (guards[index] if isinstance(guards, list) else guards) == \
                is_formula_like(value)
    assert table.chars == one_by_one.chars
    widths = table.widths()
    tall = table.tall_rows(widths, hidden=set())
    for index, _row in enumerate(rows):
        lines = one_by_one.lines([c[index] for c in table.columns], widths)
        assert tall.get(index, 1) == lines


def test_a_text_as_wide_as_its_column_keeps_a_one_line_row():
    """The widest unit name sets its column's width; its row must not print twice as tall
    for a rounding in the last digit (7 × 0.95 against (6.65 + 2) − 2)."""
    wb = times_workbook()
    write_table_sheet_streaming(wb, "Đơn vị", ["Đơn vị", "Ghi chú"],
                                [["Ấp Mới1", ""], ["Tổ 1", ""], ["Ấp 2", "hai\ndòng"]])
    buffer = io.BytesIO()
    wb.save(buffer)
    sheet = openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))["Đơn vị"]
    heights = {row: sheet.row_dimensions[row].height for row in (2, 3, 4)}
    assert heights[2] is None and heights[3] is None  # one line: the sheet's own height
    assert heights[4] is not None and heights[4] > 20  # two lines where a cell has two
