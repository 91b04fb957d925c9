"""The feedback list as an Excel workbook the secretary can filter, edit and print.

``write_feedback_workbook(items, path, counts=None)`` writes one row per item
(the rows of ``services.feedback_read.list_feedback``) and, with the counts of a
month or a year, a sheet per field and per commune. Written in openpyxl's
write-only mode: a province's 20,000 items stream out (see ``xlsx_common``).
"""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook

from dvdesk.documents.xlsx_common import write_table_sheet_streaming
from dvdesk.domain.feedback import status_label

SHEET_ITEMS = "Phản ánh, kiến nghị"
ITEM_COLUMNS = ["Số", "Ngày nhận", "Ấp, khu phố", "Xã, thị trấn", "Cán bộ tiếp nhận",
                "Người phản ánh", "Lĩnh vực", "Nội dung", "Phức tạp", "Hạn trả lời",
                "Trạng thái", "Quá hạn", "Chuyển đến", "Ngày chuyển", "Trả lời", "Ngày trả lời",
                "Kết quả", "Ngày kết thúc"]
COUNT_COLUMNS = ["{unit}", "Tiếp nhận", "Đã giải quyết", "Quá hạn", "Chưa xong"]
DATE_COLUMNS = ["Ngày nhận", "Hạn trả lời", "Ngày chuyển", "Ngày trả lời", "Ngày kết thúc"]


def _date(value) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def item_row(item: dict) -> list:
    return [item["id"], _date(item["received"]), item["hamlet"], item["commune"],
            item["officer"], item.get("raised_by", ""), item["field"], item["content"],
            "Có" if item.get("is_complex") else "", _date(item["deadline"]),
            status_label(item["status"]), "Quá hạn" if item["overdue"] else "",
            item.get("forwarded_to", ""), _date(item.get("forwarded_on")),
            item.get("answer", ""), _date(item.get("answered_on")), item.get("resolution", ""),
            _date(item.get("finished_on"))]


def write_feedback_workbook(items: list[dict], path, counts: dict | None = None,
                            title: str = "") -> dict[str, int]:
    """Write the workbook; returns sheet name -> rows."""
    wb = Workbook(write_only=True)
    written = {}
    write_table_sheet_streaming(wb, SHEET_ITEMS, ITEM_COLUMNS, (item_row(i) for i in items),
                                date_columns=DATE_COLUMNS, sheet_title_line=title or None,
                                landscape=True)
    written[SHEET_ITEMS] = len(items)
    if counts is not None:
        for sheet, unit, rows in (("Theo lĩnh vực", "Lĩnh vực", counts["by_field"]),
                                  ("Theo xã", "Xã, thị trấn", counts["by_commune"])):
            write_table_sheet_streaming(
                wb, sheet, [c.format(unit=unit) for c in COUNT_COLUMNS],
                ([r["name"], r["received"], r["resolved"], r["overdue"], r["open"]]
                 for r in rows), sheet_title_line=title or None)
            written[sheet] = len(rows)
    wb.save(path)
    return written
