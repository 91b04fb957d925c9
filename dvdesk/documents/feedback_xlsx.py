"""The feedback list as an Excel workbook the secretary can filter, edit and print.

``write_feedback_workbook(items, path, counts=None)`` writes one row per item
(the rows of ``services.feedback_read.list_feedback``) and, with the counts of a
month or a year, a sheet per field and per commune. The list is laid out to be
printed on one A4 landscape page across by ``xlsx_common``'s streaming writer:
the long texts get narrower wrapped columns, each step's day is written beside
its text, an overdue item says so in its status, and the columns kept only for
filtering (who raised it, overdue, the answer and the result apart) come after
the printed ones. The day received and the deadline stay real dates, so the
sheet filters and sorts by them.
"""

from __future__ import annotations

import datetime as dt

from dvdesk.documents.xlsx_common import (
    save_workbook,
    times_workbook,
    write_table_sheet_streaming,
)
from dvdesk.domain.feedback import status_label
from dvdesk.domain.units import DISTRICT_LEVELS, LevelNames

SHEET_ITEMS = "Phản ánh, kiến nghị"
# The first PRINTED columns fit an A4 landscape page at a readable size; the others stay in
# the sheet for filtering and editing.
ITEM_COLUMNS = ["Số", "Ngày nhận", "Nơi phản ánh", "Cán bộ tiếp nhận", "Lĩnh vực", "Nội dung",
                "Hạn trả lời", "Trạng thái", "Chuyển đến", "Trả lời, kết quả", "Người phản ánh",
                "Quá hạn", "Trả lời", "Kết quả"]
PRINTED = 10
# The long texts wrap within these widths (characters).
NARROW = {"Nơi phản ánh": 18, "Cán bộ tiếp nhận": 14, "Lĩnh vực": 10, "Nội dung": 30,
          "Trạng thái": 12, "Chuyển đến": 16, "Trả lời, kết quả": 24, "Người phản ánh": 20,
          "Trả lời": 30, "Kết quả": 30}
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
    if item["overdue"]:
        status += ", QUÁ HẠN"  # stands out on paper too
    answer = _with_day(item.get("answer", ""), item.get("answered_on"))
    result = _with_day(item.get("resolution", ""), item.get("finished_on"))
    return [item["id"], _date(item["received"]), f"{item['hamlet']}, {item['commune']}",
            item["officer"], item["field"], item["content"], _date(item["deadline"]), status,
            _with_day(item.get("forwarded_to", ""), item.get("forwarded_on")),
            "; ".join(t for t in (answer, result) if t), item.get("raised_by", ""),
            "Quá hạn" if item["overdue"] else "", answer, result]


def write_feedback_workbook(items: list[dict], path, counts: dict | None = None,
                            title: str = "", levels: LevelNames = DISTRICT_LEVELS,
                            ) -> dict[str, int]:
    """Write the workbook; returns sheet name -> rows."""
    wb = times_workbook()
    write_table_sheet_streaming(wb, SHEET_ITEMS, ITEM_COLUMNS, (item_row(i) for i in items),
                                date_columns=["Ngày nhận", "Hạn trả lời"],
                                sheet_title_line=title or None, landscape=True,
                                max_widths=NARROW, print_columns=PRINTED)
    written = {SHEET_ITEMS: len(items)}
    if counts is not None:
        for sheet, unit, rows in (("Theo lĩnh vực", "Lĩnh vực", counts["by_field"]),
                                  (f"Theo {levels.word('commune')}"[:31],
                                   levels.title("commune"), counts["by_commune"])):
            write_table_sheet_streaming(
                wb, sheet, [c.format(unit=unit) for c in COUNT_COLUMNS],
                [[r["name"], r["received"], r["resolved"], r["overdue"], r["open"]]
                 for r in rows], sheet_title_line=title or None)
            written[sheet] = len(rows)
    save_workbook(wb, path)  # whole or not at all, never through a symlink
    return written
