"""The feedback list as an Excel workbook the secretary can filter, edit and print.

``write_feedback_workbook(items, path, counts=None)`` writes one row per item
(the rows of ``services.feedback_read.list_feedback``) and, with the counts of a
month or a year, a sheet per field and per commune. The list is laid out to be
printed on A4 landscape by ``xlsx_common``'s streaming writer: the long texts
(place, content, the body it went to, the answer, the result) get narrower,
wrapped columns, and each step's day is written beside its text; the day
received and the deadline stay real dates, so the sheet filters and sorts by
them.
"""

from __future__ import annotations

import datetime as dt

from dvdesk.documents.xlsx_common import times_workbook, write_table_sheet_streaming
from dvdesk.domain.feedback import status_label

SHEET_ITEMS = "Phản ánh, kiến nghị"
ITEM_COLUMNS = ["Số", "Ngày nhận", "Nơi phản ánh", "Cán bộ tiếp nhận", "Người phản ánh",
                "Lĩnh vực", "Nội dung", "Hạn trả lời", "Trạng thái", "Quá hạn", "Chuyển đến",
                "Trả lời", "Kết quả"]
# The long texts wrap within these widths (characters) so that the list prints readably.
NARROW = {"Nơi phản ánh": 22, "Cán bộ tiếp nhận": 16, "Người phản ánh": 14, "Lĩnh vực": 11,
          "Nội dung": 34, "Trạng thái": 12, "Chuyển đến": 18, "Trả lời": 26, "Kết quả": 22}
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
    return [item["id"], _date(item["received"]), f"{item['hamlet']}, {item['commune']}",
            item["officer"], item.get("raised_by", ""), item["field"], item["content"],
            _date(item["deadline"]), status, "Quá hạn" if item["overdue"] else "",
            _with_day(item.get("forwarded_to", ""), item.get("forwarded_on")),
            _with_day(item.get("answer", ""), item.get("answered_on")),
            _with_day(item.get("resolution", ""), item.get("finished_on"))]


def write_feedback_workbook(items: list[dict], path, counts: dict | None = None,
                            title: str = "") -> dict[str, int]:
    """Write the workbook; returns sheet name -> rows."""
    wb = times_workbook()
    write_table_sheet_streaming(wb, SHEET_ITEMS, ITEM_COLUMNS, (item_row(i) for i in items),
                                date_columns=["Ngày nhận", "Hạn trả lời"],
                                sheet_title_line=title or None, landscape=True,
                                max_widths=NARROW, repeat_columns=1)
    written = {SHEET_ITEMS: len(items)}
    if counts is not None:
        for sheet, unit, rows in (("Theo lĩnh vực", "Lĩnh vực", counts["by_field"]),
                                  ("Theo xã", "Xã, thị trấn", counts["by_commune"])):
            write_table_sheet_streaming(
                wb, sheet, [c.format(unit=unit) for c in COUNT_COLUMNS],
                [[r["name"], r["received"], r["resolved"], r["overdue"], r["open"]]
                 for r in rows], sheet_title_line=title or None)
            written[sheet] = len(rows)
    wb.save(path)
    return written
