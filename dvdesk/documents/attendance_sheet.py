"""The returned attendance sheet (bảng theo dõi dự họp) of an approved month, out and in.

``write_attendance_sheet(sheet, path)`` writes one row per expected attendance
(meeting id, day, session, unit, officer id, name, role) with the "Tình trạng"
column to fill in (a drop-down of Có mặt / Vắng có lý do / Vắng; what is already
recorded is shown) and "Lý do". ``read_attendance_sheet(path)`` reads such a
sheet back, wherever its header row sits in the first 10 rows and in whatever
column order, into plain rows with their Excel row numbers and a ``RowProblem``
for each unreadable cell. Neither touches a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from dvdesk.documents.xlsx_common import (
    save_workbook,
    times_workbook,
    write_table_sheet_streaming,
)
from dvdesk.documents.xlsx_lists import ListReadError, RowProblem, cell_text, column_key
from dvdesk.domain.messages import msg
from dvdesk.domain.text import search_key

COLUMNS = ["STT", "Mã cuộc họp", "Ngày", "Buổi", "Đơn vị", "Mã cán bộ", "Họ và tên", "Vai trò",
           "Tình trạng", "Lý do"]
STATUS_CHOICES = {"present": "Có mặt", "excused": "Vắng có lý do", "absent": "Vắng"}
HEADER_SCAN_ROWS = 10
HEADER_ROW = 4  # under the title, the note and a blank row
_FIELDS = {"Mã cuộc họp": "meeting", "Mã cán bộ": "officer", "Họ và tên": "name",
           "Tình trạng": "status", "Lý do": "reason"}
_KEYS = {column_key(title): name for title, name in _FIELDS.items()}
_KEYS.update({column_key(t): "status" for t in ("Kết quả", "Tình hình dự họp", "Dự họp")})
_KEYS.update({column_key("Họ tên"): "name", column_key("Ghi chú"): "reason"})
# What secretaries write in the status column, compared without accents, case or spaces.
_STATUS_WORDS = {
    "present": ("có mặt", "có", "x", "c", "cm", "dự", "có dự", "present"),
    "excused": ("vắng có lý do", "có lý do", "vắng có phép", "có phép", "phép", "p", "vcld",
                "vcp", "excused"),
    "absent": ("vắng", "vắng không lý do", "vắng không phép", "không phép", "không lý do", "v",
               "k", "kp", "absent"),
}
_STATUS = {search_key(w).replace(" ", ""): code for code, words in _STATUS_WORDS.items()
           for w in words}


@dataclass
class AttendanceSheet:
    """What the sheet shows: its title and one row per expected attendance."""

    month: str  # YYYY-MM
    title: str
    rows: list[list] = field(default_factory=list)  # in COLUMNS order (STT filled here)


@dataclass
class SheetRow:
    row: int  # the Excel row number
    meeting_id: int | None
    officer_id: int | None
    name: str
    status: str | None  # present / excused / absent; None when left empty
    reason: str


@dataclass
class ReadSheet:
    sheet: str
    rows: list[SheetRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def sheet_name(month: str) -> str:
    year, mon = month.split("-")
    return f"Dự họp {mon}-{year}"


def write_attendance_sheet(sheet: AttendanceSheet, path) -> int:
    """Write the workbook; returns the number of rows."""
    wb = times_workbook()
    rows = [[index, *row[1:]] for index, row in enumerate(sheet.rows, 1)]
    note = ("Ghi cột Tình trạng: Có mặt, Vắng có lý do hoặc Vắng (để trống nếu chưa rõ); "
            "không thêm người không có trong danh sách.")
    ws = write_table_sheet_streaming(wb, sheet_name(sheet.month), COLUMNS, rows,
                                     date_columns=["Ngày"], title_lines=[sheet.title, note],
                                     landscape=True, max_widths={"Đơn vị": 40, "Lý do": 30})
    first = HEADER_ROW + 1
    status = get_column_letter(COLUMNS.index("Tình trạng") + 1)
    choices = DataValidation(type="list", allow_blank=True,
                             formula1='"' + ",".join(STATUS_CHOICES.values()) + '"',
                             showErrorMessage=True, errorTitle="Tình trạng",
                             error="Chọn Có mặt, Vắng có lý do hoặc Vắng.")
    if rows:
        choices.add(f"{status}{first}:{status}{first + len(rows) - 1}")
        ws.data_validations.append(choices)  # a write-only sheet has no add_data_validation
    save_workbook(wb, path)  # whole or not at all, never through a symlink
    return len(rows)


def status_code(text: str) -> str | None:
    """present / excused / absent for what a person wrote; None when it is not one of them."""
    return _STATUS.get(search_key(text).replace(" ", ""))


def _number(value) -> int | None:
    text = cell_text(value)
    return int(text) if text.isdigit() else None


def read_attendance_sheet(path: str | Path) -> ReadSheet:
    """Every filled row of the first sheet that has the sheet's header; ListReadError for a
    file that is no workbook or has no such sheet."""
    from python_calamine import CalamineWorkbook

    path = Path(path)
    if not path.is_file():
        raise ListReadError(msg("Không tìm thấy tệp “{file}”.", file=path.name))
    try:
        wb = CalamineWorkbook.from_path(str(path))
        names = list(wb.sheet_names)
    except Exception as exc:  # not a zip, not a workbook, damaged XML
        raise ListReadError(msg("Tệp “{file}” không phải là sổ tính Excel (.xlsx) đọc được.",
                                file=path.name)) from exc
    for name in names:
        try:
            rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except Exception as exc:
            raise ListReadError(msg("Không đọc được trang “{sheet}” của tệp “{file}”.",
                                    sheet=name, file=path.name)) from exc
        found = _header(rows)
        if found is not None:
            return _rows(name, rows, *found)
    raise ListReadError(msg("Tệp “{file}” không có bảng theo dõi dự họp (cần các cột Mã cuộc "
                            "họp, Mã cán bộ hoặc Họ và tên, Tình trạng).", file=path.name))


def _header(rows: list[list]) -> tuple[int, dict[str, int]] | None:
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        columns: dict[str, int] = {}
        for c, value in enumerate(row):
            name = _KEYS.get(column_key(value))
            if name and name not in columns:
                columns[name] = c
        if {"meeting", "status"} <= set(columns) and ("officer" in columns or "name" in columns):
            return index, columns
    return None


def _rows(sheet: str, rows: list[list], header: int, columns: dict[str, int]) -> ReadSheet:
    result = ReadSheet(sheet)

    def cell(row: list, name: str):
        c = columns.get(name)
        return row[c] if c is not None and c < len(row) else None

    for index, row in enumerate(rows[header + 1:], header + 2):
        values = {name: cell(row, name) for name in columns}
        if all(cell_text(v) == "" for v in values.values()):
            continue
        bad = False
        meeting_id = _number(values.get("meeting"))
        if meeting_id is None:
            bad = True
            result.problems.append(RowProblem(sheet, index, "Mã cuộc họp",
                                              msg("Thiếu mã cuộc họp (cột do chương trình ghi, "
                                                  "không sửa).")))
        officer_text = cell_text(values.get("officer"))
        officer_id = _number(officer_text) if officer_text else None
        if officer_text and officer_id is None:
            bad = True
            result.problems.append(RowProblem(sheet, index, "Mã cán bộ",
                                              msg("Mã cán bộ “{id}” không phải là số.",
                                                  id=officer_text)))
        name = cell_text(values.get("name"))
        if officer_id is None and not officer_text and not name:
            bad = True
            result.problems.append(RowProblem(sheet, index, "Họ và tên",
                                              msg("Dòng không có mã cán bộ, cũng không có họ "
                                                  "tên.")))
        status_text = cell_text(values.get("status"))
        status = status_code(status_text) if status_text else None
        if status_text and status is None:
            bad = True
            result.problems.append(RowProblem(
                sheet, index, "Tình trạng",
                msg("Tình trạng “{status}” không rõ (Có mặt, Vắng có lý do hoặc Vắng).",
                    status=status_text)))
        if not bad:
            result.rows.append(SheetRow(index, meeting_id, officer_id, name, status,
                                        cell_text(values.get("reason"))))
    return result
