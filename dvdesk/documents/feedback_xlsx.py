"""The feedback list as an Excel workbook the secretary can filter, edit and print.

``write_feedback_workbook(items, path, counts=None)`` writes one row per item
(the rows of ``services.feedback_read.list_feedback``) and, with the counts of a
month or a year, a sheet per field and per commune. The list is laid out to be
printed on A4 landscape: the long texts (place, content, the body it went to,
the answer, the result) get narrow wrapped columns, and each step's day is
written beside its text; the day received and the deadline stay real dates, so
the sheet filters and sorts by them.
"""

from __future__ import annotations

import datetime as dt
import math

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from dvdesk.documents.xlsx_common import WRAP_ALIGN, write_table_sheet
from dvdesk.domain.feedback import status_label

SHEET_ITEMS = "Phản ánh, kiến nghị"
# Column title -> printed width (characters); None: fitted to the content.
ITEM_COLUMNS = {
    "Số": None, "Ngày nhận": None, "Nơi phản ánh": 22, "Cán bộ tiếp nhận": 16,
    "Người phản ánh": 14, "Lĩnh vực": 11, "Nội dung": 34, "Hạn trả lời": None,
    "Trạng thái": 11, "Quá hạn": None, "Chuyển đến": 18, "Trả lời": 26, "Kết quả": 22,
}
LINE_HEIGHT = 15.0  # points, Times New Roman 12
CHARS_PER_UNIT = 1.2  # Vietnamese text in Times New Roman 12 per unit of column width
COUNT_COLUMNS = ["{unit}", "Tiếp nhận", "Đã giải quyết", "Quá hạn", "Chưa xong"]


def _date(value) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _with_day(text: str, day: str | None) -> str:
    if not day:
        return text or ""
    shown = _date(day).strftime("%d/%m/%Y")
    return f"{text} ({shown})" if text else shown


def item_row(item: dict) -> list:
    status = status_label(item["status"])
    if item.get("is_complex"):
        status += " (phức tạp)"
    ended = _with_day(item.get("resolution", ""), item.get("finished_on"))
    return [item["id"], _date(item["received"]), f"{item['hamlet']}, {item['commune']}",
            item["officer"], item.get("raised_by", ""), item["field"], item["content"],
            _date(item["deadline"]), status, "Quá hạn" if item["overdue"] else "",
            _with_day(item.get("forwarded_to", ""), item.get("forwarded_on")),
            _with_day(item.get("answer", ""), item.get("answered_on")), ended]


def write_feedback_workbook(items: list[dict], path, counts: dict | None = None,
                            title: str = "") -> dict[str, int]:
    """Write the workbook; returns sheet name -> rows."""
    wb = Workbook()
    wb.remove(wb.active)
    headers = list(ITEM_COLUMNS)
    ws = write_table_sheet(wb, SHEET_ITEMS, headers, (item_row(i) for i in items),
                           date_columns=["Ngày nhận", "Hạn trả lời"],
                           sheet_title_line=title or None, landscape=True)
    header_row = 3 if title else 1
    wrapped = {i: w for i, w in enumerate(ITEM_COLUMNS.values(), 1) if w is not None}
    for index, width in wrapped.items():
        ws.column_dimensions[get_column_letter(index)].width = width
    # Spreadsheet programs do not grow a row for wrapped text they did not lay out
    # themselves: each row gets the height of its longest wrapped cell.
    for row in ws.iter_rows(header_row + 1, header_row + len(items)):
        lines = 1
        for index, width in wrapped.items():
            cell = row[index - 1]
            cell.alignment = WRAP_ALIGN
            if cell.value:
                lines = max(lines, math.ceil(len(str(cell.value)) / ((width - 1) * CHARS_PER_UNIT)))
        ws.row_dimensions[row[0].row].height = LINE_HEIGHT * lines + 2
    written = {SHEET_ITEMS: len(items)}
    if counts is not None:
        for sheet, unit, rows in (("Theo lĩnh vực", "Lĩnh vực", counts["by_field"]),
                                  ("Theo xã", "Xã, thị trấn", counts["by_commune"])):
            write_table_sheet(wb, sheet, [c.format(unit=unit) for c in COUNT_COLUMNS],
                              ([r["name"], r["received"], r["resolved"], r["overdue"],
                                r["open"]] for r in rows), sheet_title_line=title or None)
            written[sheet] = len(rows)
    wb.save(path)
    return written

