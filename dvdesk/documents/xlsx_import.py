"""Reading the program's own Excel export back ("Đơn vị", "Cán bộ", "Phân công").

``is_own_workbook(path)`` tells whether a workbook has the export's "Cán bộ"
and "Phân công" sheets with their "Mã cán bộ" column; ``read_own(path)`` returns
its rows as plain values (text cleaned to NFC, kinds and roles turned back into
codes, dates as dates) together with a ``RowProblem`` for every unreadable
row. Nothing here touches a database: ``dvdesk.services.importer`` plans and
applies the import.

The header row may sit anywhere in the first 10 rows (a secretary may add a
title above it) and the columns may be in any order; the "Mã cán bộ" only links
rows of the same file (an officer's assignments to the officer).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from dvdesk.documents.xlsx_export import (
    ASSIGNMENT_COLUMNS,
    OFFICER_COLUMNS,
    OFFICER_ID,
    SHEET_ASSIGNMENTS,
    SHEET_OFFICERS,
    SHEET_UNITS,
    UNIT_COLUMNS,
)
from dvdesk.documents.xlsx_lists import (
    ListReadError,
    RowProblem,
    cell_text,
    column_key,
    phone_text,
    role_code,
)
from dvdesk.domain.roles import COMMUNE_KINDS, HAMLET_KINDS, OFFICER_LEVELS, ROLES
from dvdesk.domain.text import clean, search_key

HEADER_SCAN_ROWS = 10
_UNIT_LEVELS = {"cum": "cluster", "xa": "commune", "ap": "hamlet", "chibo": "cell",
                "tondtq": "group", "to": "group"}
_VN_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", search_key(text))


_COMMUNE_KIND = {_key(label): code for code, label in COMMUNE_KINDS.items()}
_HAMLET_KIND = {_key(label): code for code, label in HAMLET_KINDS.items()}
_LEVEL = {_key(label): code for code, label in OFFICER_LEVELS.items()}
_ROLE = {_key(info.label): role.value for role, info in ROLES.items()}

# Canonical field names of the export's columns.
_FIELDS = {
    "Cấp đơn vị": "level", "Cụm": "cluster", "Xã, thị trấn": "commune", "Loại xã": "commune_kind",
    "Ấp, khu phố": "hamlet", "Loại ấp": "hamlet_kind", "Chi bộ": "cell",
    "Loại hình chi bộ": "cell_type", "Tổ NDTQ": "group", OFFICER_ID: "officer_key",
    "Họ và tên": "name", "Chức vụ": "title", "Đơn vị công tác": "workplace", "Cấp": "officer_level",
    "Điện thoại": "phone", "Cấp ủy viên": "committee", "Ủy viên thường vụ": "standing",
    "Đang công tác": "active", "Ghi chú": "note", "Vai trò": "role", "Từ ngày": "start",
    "Đến ngày": "end", "Số quyết định": "decision", "Ngày quyết định": "decision_date",
    "Người ký": "signer",
}
_REQUIRED = {
    SHEET_UNITS: ("level",),
    SHEET_OFFICERS: ("officer_key", "name"),
    SHEET_ASSIGNMENTS: ("role", "officer_key", "start"),
}
_COLUMNS = {SHEET_UNITS: UNIT_COLUMNS, SHEET_OFFICERS: OFFICER_COLUMNS,
            SHEET_ASSIGNMENTS: ASSIGNMENT_COLUMNS}


@dataclass
class OwnRow:
    """One data row: ``values`` by canonical field name (text, dates or booleans)."""

    sheet: str
    row: int
    values: dict


@dataclass
class OwnWorkbook:
    units: list[OwnRow] = field(default_factory=list)
    officers: list[OwnRow] = field(default_factory=list)
    assignments: list[OwnRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


def _open(path: Path, read_only: bool = True):
    from openpyxl import load_workbook

    if not path.is_file():
        raise ListReadError(f"Không tìm thấy tệp “{path.name}”.")
    try:
        return load_workbook(path, read_only=read_only, data_only=True)
    except Exception as exc:  # zip, XML and openpyxl's own errors for a damaged file
        raise ListReadError(
            f"Tệp “{path.name}” không phải là sổ tính Excel (.xlsx) đọc được.") from exc


def _header(rows: list[tuple], titles: list[str]) -> tuple[int, dict[str, int]] | None:
    wanted = {column_key(t): _FIELDS[t] for t in titles}
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        columns = {}
        for c, value in enumerate(row):
            name = wanted.get(column_key(value))
            if name and name not in columns:
                columns[name] = c
        if len(columns) >= max(2, len(titles) // 2):
            return index, columns
    return None


def is_own_workbook(path: str | Path) -> bool:
    """True for a workbook written by ``export_workbook`` (or filled in on its template)."""
    if Path(path).suffix.lower() == ".xls":
        return False  # the list reader explains how to resave an old .xls
    wb = _open(Path(path))
    try:
        if SHEET_OFFICERS not in wb.sheetnames or SHEET_ASSIGNMENTS not in wb.sheetnames:
            return False
        rows = list(wb[SHEET_ASSIGNMENTS].iter_rows(max_row=HEADER_SCAN_ROWS, values_only=True))
        found = _header(rows, ASSIGNMENT_COLUMNS)
        return found is not None and "officer_key" in found[1]
    finally:
        wb.close()


def parse_date(value) -> dt.date | None:
    """A cell as a date: real dates, dd/mm/yyyy or yyyy-mm-dd text; ValueError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = clean(value)
    match = _VN_DATE.match(text)
    if match:
        d, m, y = (int(g) for g in match.groups())
        return dt.date(y, m, d)
    return dt.date.fromisoformat(text)


def _flag(value) -> bool:
    if isinstance(value, bool):
        return value
    return _key(cell_text(value)) in ("co", "x", "1", "true", "yes")


def _convert(sheet: str, row_no: int, raw: dict, problems: list[RowProblem]) -> dict | None:
    values: dict = {}
    bad = False

    def problem(column: str, message: str) -> None:
        nonlocal bad
        bad = True
        problems.append(RowProblem(sheet, row_no, column, message))

    for name, value in raw.items():
        if name in ("start", "end", "decision_date"):
            try:
                values[name] = parse_date(value)
            except ValueError:
                title = next(t for t, f in _FIELDS.items() if f == name)
                problem(title, f"“{cell_text(value)}” không phải là ngày (dd/mm/yyyy).")
        elif name == "phone":
            values[name] = phone_text(value)
        elif name in ("committee", "standing"):
            values[name] = _flag(value)
        elif name == "active":
            values[name] = value in (None, "") or _flag(value)
        elif name == "officer_key":
            values[name] = cell_text(value)
        else:
            values[name] = cell_text(value)
    if "commune_kind" in values:
        kind = values["commune_kind"]
        values["commune_kind"] = _COMMUNE_KIND.get(_key(kind), "xa" if not kind else None)
        if values["commune_kind"] is None:
            problem("Loại xã", f"Loại xã “{kind}” không rõ (Xã, Thị trấn hoặc Phường).")
    if "hamlet_kind" in values:
        kind = values["hamlet_kind"]
        values["hamlet_kind"] = _HAMLET_KIND.get(_key(kind), "ap" if not kind else None)
        if values["hamlet_kind"] is None:
            problem("Loại ấp", f"Loại ấp “{kind}” không rõ (Ấp, Khu phố, Thôn, Tổ dân phố).")
    if "officer_level" in values:
        level = values["officer_level"]
        values["officer_level"] = _LEVEL.get(_key(level), "huyen" if not level else None)
        if values["officer_level"] is None:
            problem("Cấp", f"Cấp “{level}” không rõ (Tỉnh, Huyện, Xã, Ấp).")
    if "level" in values and sheet == SHEET_UNITS:
        values["level"] = _UNIT_LEVELS.get(_key(values["level"]))
        if values["level"] is None:
            problem("Cấp đơn vị", "Cấp đơn vị phải là Cụm, Xã, Ấp, Chi bộ hoặc Tổ NDTQ.")
    if "role" in values:
        text = values["role"]
        values["role"] = _ROLE.get(_key(text)) or role_code(text)
        if values["role"] is None:
            problem("Vai trò", f"Vai trò “{text}” không rõ.")
    return None if bad else values


def _read_sheet(ws, sheet: str, out: list[OwnRow], problems: list[RowProblem]) -> None:
    rows = list(ws.iter_rows(values_only=True))
    found = _header(rows, _COLUMNS[sheet])
    if found is None:
        problems.append(RowProblem(sheet, 1, None, "Không tìm thấy dòng tiêu đề của bảng."))
        return
    header_index, columns = found
    missing = [t for t, f in _FIELDS.items() if f in _REQUIRED[sheet] and f not in columns]
    if missing:
        problems.append(RowProblem(sheet, header_index + 1, None,
                                   f"Thiếu cột {', '.join(f'“{m}”' for m in missing)}."))
        return
    for index, row in enumerate(rows[header_index + 1:], header_index + 2):
        raw = {name: (row[c] if c < len(row) else None) for name, c in columns.items()}
        if all(v is None or cell_text(v) == "" for v in raw.values()):
            continue
        values = _convert(sheet, index, raw, problems)
        if values is not None:
            out.append(OwnRow(sheet, index, values))


def read_own(path: str | Path) -> OwnWorkbook:
    wb = _open(Path(path))
    result = OwnWorkbook()
    try:
        if SHEET_UNITS in wb.sheetnames:
            _read_sheet(wb[SHEET_UNITS], SHEET_UNITS, result.units, result.problems)
        _read_sheet(wb[SHEET_OFFICERS], SHEET_OFFICERS, result.officers, result.problems)
        _read_sheet(wb[SHEET_ASSIGNMENTS], SHEET_ASSIGNMENTS, result.assignments,
                    result.problems)
    finally:
        wb.close()
    return result
