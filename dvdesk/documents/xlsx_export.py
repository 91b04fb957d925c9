"""The Excel export: officers, units, assignments, the month's calendar, personal schedules.

``write_workbook(data, path)`` writes the rows it is given (gathered by
``dvdesk.services.excel_export``) into a workbook the secretary can edit and
print (frozen header, autofilter, fitted widths, real dates shown dd/mm/yyyy, A4
print setup, formula-safe text; see ``xlsx_common``). Its "Đơn vị", "Cán bộ" and
"Phân công" sheets are also the program's own import template: importing the
file into an empty database gives back the same units, officers and assignments
(``xlsx_import`` reads them). The workbook is written in openpyxl's write-only
mode, so a province (20,000 officers, ~55,000 assignments, 40,000 groups)
streams out without holding every cell in memory.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook

from dvdesk.documents.xlsx_common import write_table_sheet_streaming
from dvdesk.domain.text import name_sort_key

# Sheet names and column titles: the import reads the same names (keep them in step).
SHEET_UNITS = "Đơn vị"
SHEET_OFFICERS = "Cán bộ"
SHEET_ASSIGNMENTS = "Phân công"
SHEET_PERSONAL = "Lịch cá nhân"

OFFICER_ID = "Mã cán bộ"
UNIT_COLUMNS = ["Cấp đơn vị", "Cụm", "Xã, thị trấn", "Loại xã", "Ấp, khu phố", "Loại ấp",
                "Chi bộ", "Loại hình chi bộ", "Tổ NDTQ"]
OFFICER_COLUMNS = [OFFICER_ID, "Họ và tên", "Chức vụ", "Đơn vị công tác", "Cấp", "Điện thoại",
                   "Cấp ủy viên", "Ủy viên thường vụ", "Đang công tác", "Ghi chú"]
ASSIGNMENT_COLUMNS = ["Cụm", "Xã, thị trấn", "Loại xã", "Ấp, khu phố", "Loại ấp", "Chi bộ",
                      "Loại hình chi bộ", "Tổ NDTQ", "Vai trò", OFFICER_ID, "Họ và tên",
                      "Chức vụ", "Đơn vị công tác", "Điện thoại", "Từ ngày", "Đến ngày",
                      "Số quyết định", "Ngày quyết định", "Người ký", "Ghi chú"]
CALENDAR_COLUMNS = ["Ngày", "Thứ", "Buổi", "Giờ", "Đơn vị", "Xã, thị trấn", "Loại hình chi bộ",
                    "Địa điểm", "Cán bộ dự"]
YES = "Có"  # a true flag in the officer columns ("Cấp ủy viên", "Đang công tác" …)
PERSONAL_COLUMNS = ["Họ và tên", "Chức vụ", "Điện thoại", "Ngày", "Buổi", "Giờ", "Đơn vị",
                    "Địa điểm", "Nhiệm vụ"]



@dataclass
class ExportData:
    """The rows of the workbook's sheets, in the column order above."""

    units: list[list]
    officers: list[list]
    assignments: list[list]
    officer_info: dict[int, tuple[str, str]] = field(default_factory=dict)  # id -> title, phone
    view: dict | None = None  # the month's calendar (``calendar show --json`` shape), if any


def calendar_sheet_name(month: str) -> str:
    """ "2026-12" -> "Lịch tháng 12-2026"."""
    return f"Lịch tháng {month[5:]}-{month[:4]}"


def calendar_rows(view: dict, officers: dict[int, tuple[str, str]]) -> tuple[list, list]:
    """(calendar rows, personal-schedule rows) of one calendar version; ``officers`` maps an
    officer id to (title, phone)."""
    from dvdesk.documents.calendar_pdf import (
        SESSION_NAMES,
        WEEKDAYS,
        attendee_line,
        meeting_sort_key,
        parse_day,
        role_name,
        unit_text,
    )

    cal_rows, per_officer = [], defaultdict(list)
    names: dict[int, str] = {}
    for m in sorted(view.get("meetings") or [], key=meeting_sort_key):
        day = parse_day(m.get("date"))
        session_name = SESSION_NAMES.get(m.get("session"), "").removeprefix("Buổi ").strip()
        cal_rows.append([day, WEEKDAYS[day.weekday()] if day else "", session_name,
                         m.get("start") or "", unit_text(m), m.get("commune") or "",
                         m.get("cell_type") or "", m.get("place") or "",
                         "\n".join(attendee_line(a) for a in m.get("attendees") or [])])
        for a in m.get("attendees") or []:
            names[a["id"]] = a["name"]
            per_officer[a["id"]].append(
                [day, session_name, m.get("start") or "", unit_text(m), m.get("place") or "",
                 role_name(a.get("role", ""))])
    personal = []
    for officer_id in sorted(per_officer, key=lambda i: (name_sort_key(names[i]), i)):
        title, phone = officers.get(officer_id, ("", ""))
        personal += [[names[officer_id], title, phone, *rest] for rest in per_officer[officer_id]]
    return cal_rows, personal


def write_workbook(data: ExportData, path) -> dict:
    """Write the workbook; returns its path, the month shown (or None) and each sheet's rows."""
    wb = Workbook(write_only=True)
    counts = {}
    write_table_sheet_streaming(wb, SHEET_UNITS, UNIT_COLUMNS, data.units)
    counts[SHEET_UNITS] = len(data.units)
    write_table_sheet_streaming(wb, SHEET_OFFICERS, OFFICER_COLUMNS, data.officers)
    counts[SHEET_OFFICERS] = len(data.officers)
    write_table_sheet_streaming(wb, SHEET_ASSIGNMENTS, ASSIGNMENT_COLUMNS, data.assignments,
                                date_columns=["Từ ngày", "Đến ngày", "Ngày quyết định"])
    counts[SHEET_ASSIGNMENTS] = len(data.assignments)
    view = data.view
    if view is not None:
        cal_rows, personal = calendar_rows(view, data.officer_info)
        name = calendar_sheet_name(view["month"])
        write_table_sheet_streaming(wb, name, CALENDAR_COLUMNS, cal_rows, date_columns=["Ngày"])
        counts[name] = len(cal_rows)
        write_table_sheet_streaming(wb, SHEET_PERSONAL, PERSONAL_COLUMNS, personal,
                                    date_columns=["Ngày"])
        counts[SHEET_PERSONAL] = len(personal)
    target = Path(path)
    wb.save(str(target))
    return {"path": str(target), "month": view["month"] if view else None, "sheets": counts}
