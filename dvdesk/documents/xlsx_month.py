"""Reading the month and the settings back from the program's own Excel export.

``read_month(path)`` returns the "Phiên bản lịch" rows (each version's status,
number, approval and signer), the meetings of each version's calendar sheet and
the "Cài đặt" rows, as plain values with a ``RowProblem`` for every unreadable
row. A workbook without those sheets (an export made before they existed, or a
hand-made list) gives an empty result. Nothing here touches a database:
``dvdesk.services.importer_month`` plans and writes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from dvdesk.documents.xlsx_export import (
    CALENDAR_COLUMNS,
    MEETING_KINDS,
    SETTING_COLUMNS,
    SHEET_SETTINGS,
    SHEET_VERSIONS,
    STATUS_NAMES,
    VERSION_COLUMNS,
)
from dvdesk.documents.xlsx_import import find_header, parse_date
from dvdesk.documents.xlsx_lists import ListReadError, RowProblem, cell_text, column_key
from dvdesk.domain.messages import msg
from dvdesk.domain.validate import ValueProblem, date_within, month_parts

_TIME = re.compile(r"^([01]?\d|2[0-3])[:hg.]([0-5]\d)$")
_SESSIONS = {"sang": "sang", "chieu": "chieu", "toi": "toi"}
_KINDS = {column_key(label): kind for kind, label in MEETING_KINDS.items()}
_STATUSES = {column_key(label): status for status, label in STATUS_NAMES.items()}


@dataclass
class MonthVersion:
    row: int
    month: str
    version: int
    status: str
    number: str
    approved_on: dt.date | None
    approved_by: str
    signer_on_behalf: str
    signer_title: str
    signer_name: str
    sheet: str
    meetings: list[dict] = field(default_factory=list)


@dataclass
class MonthBook:
    versions: list[MonthVersion] = field(default_factory=list)
    settings: list[tuple[int, str, str]] = field(default_factory=list)  # (row, key, text)
    problems: list[RowProblem] = field(default_factory=list)


def _rows(wb, name: str) -> list[list]:
    try:
        return wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except Exception as exc:
        raise ListReadError(msg("Không đọc được trang “{sheet}” của tệp.", sheet=name)) from exc


def _records(rows, titles, sheet, problems):
    found = find_header(rows, titles)
    if found is None:
        problems.append(RowProblem(sheet, 1, None, msg("Không tìm thấy dòng tiêu đề của bảng.")))
        return
    header, columns = found
    for index, row in enumerate(rows[header + 1:], header + 2):
        values = {t: (row[c] if c < len(row) else None) for t, c in columns.items()}
        if all(cell_text(v) == "" for v in values.values()):
            continue
        yield index, values


def read_month(path: str | Path) -> MonthBook:
    from python_calamine import CalamineWorkbook

    path = Path(path)
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except Exception as exc:
        raise ListReadError(msg("Tệp “{file}” không phải là sổ tính Excel (.xlsx) đọc được.",
                                file=path.name)) from exc
    book = MonthBook()
    names = wb.sheet_names
    if SHEET_SETTINGS in names:
        for row, values in _records(_rows(wb, SHEET_SETTINGS), SETTING_COLUMNS, SHEET_SETTINGS,
                                    book.problems):
            key = cell_text(values.get("Khóa"))
            raw = values.get("Giá trị")
            text = "" if raw is None else (raw if isinstance(raw, str) else cell_text(raw))
            if key:
                book.settings.append((row, key, text.replace("\r\n", "\n")))
    if SHEET_VERSIONS not in names:
        return book
    for row, values in _records(_rows(wb, SHEET_VERSIONS), VERSION_COLUMNS, SHEET_VERSIONS,
                                book.problems):
        version = _version(row, values, book.problems)
        if version is None:
            continue
        if version.sheet not in names:
            book.problems.append(RowProblem(SHEET_VERSIONS, row, "Trang lịch",
                                            msg("Không có trang “{sheet}” trong tệp.",
                                                sheet=version.sheet)))
            continue
        for meeting_row, meeting in _records(_rows(wb, version.sheet), CALENDAR_COLUMNS,
                                             version.sheet, book.problems):
            found = _meeting(version, meeting_row, meeting, book.problems)
            if found is not None:
                version.meetings.append(found)
        book.versions.append(version)
    return book


def _version(row: int, values: dict, problems: list[RowProblem]) -> MonthVersion | None:
    def bad(column: str, message: str) -> None:
        problems.append(RowProblem(SHEET_VERSIONS, row, column, message))

    month = cell_text(values.get("Tháng"))
    try:
        month_parts(month)
    except ValueProblem as reason:
        bad("Tháng", msg("{problem}.", problem=reason.args[0]))
        return None
    number_text = cell_text(values.get("Bản"))
    if not number_text.isdigit() or int(number_text) < 1:
        bad("Bản", msg("Bản “{version}” phải là một số từ 1 trở lên.", version=number_text))
        return None
    status = _STATUSES.get(column_key(values.get("Tình trạng")))
    if status is None:
        bad("Tình trạng", msg("Tình trạng phải là Dự thảo hoặc Đã duyệt."))
        return None
    try:
        approved_on = date_within(parse_date(values.get("Ngày duyệt")), msg("Ngày duyệt"))
    except ValueProblem as reason:
        bad("Ngày duyệt", msg("{problem}.", problem=reason.args[0]))
        return None
    except (ValueError, OverflowError):
        bad("Ngày duyệt", msg("“{value}” không phải là ngày.",
                              value=cell_text(values.get("Ngày duyệt"))[:40]))
        return None
    number = cell_text(values.get("Số văn bản"))
    if status == "approved" and (not number or approved_on is None):
        bad("Số văn bản", msg("Bản đã duyệt cần số văn bản và ngày duyệt."))
        return None
    return MonthVersion(row, month, int(number_text), status, number, approved_on,
                        cell_text(values.get("Người duyệt")), cell_text(values.get("Thay mặt")),
                        cell_text(values.get("Chức vụ người ký")),
                        cell_text(values.get("Người ký")), cell_text(values.get("Trang lịch")))


def _meeting(version: MonthVersion, row: int, values: dict,
             problems: list[RowProblem]) -> dict | None:
    sheet = version.sheet

    def bad(column: str, message: str) -> None:
        problems.append(RowProblem(sheet, row, column, message))

    kind = _KINDS.get(column_key(values.get("Loại cuộc họp")))
    if kind is None:
        bad("Loại cuộc họp", msg("Loại cuộc họp phải là Đảng ủy xã hoặc Chi bộ."))
        return None
    try:
        day = parse_date(values.get("Ngày"))
    except (ValueError, OverflowError):
        bad("Ngày", msg("“{value}” không phải là ngày (dd/mm/yyyy).",
                        value=cell_text(values.get("Ngày"))[:40]))
        return None
    if day is not None and f"{day:%Y-%m}" != version.month:
        bad("Ngày", msg("Ngày {day} không thuộc tháng của lịch.", day=f"{day:%d/%m/%Y}"))
        return None
    session = _SESSIONS.get(column_key(values.get("Buổi")) or "sang")
    if session is None:
        bad("Buổi", msg("Buổi phải là sáng, chiều hoặc tối."))
        return None
    start = cell_text(values.get("Giờ"))
    match = _TIME.match(start)
    if start and not match:
        bad("Giờ", msg("Giờ “{start}” phải có dạng HH:MM.", start=start))
        return None
    start = f"{int(match[1]):02d}:{match[2]}" if match else ""
    commune = cell_text(values.get("Xã, thị trấn"))
    cell = cell_text(values.get("Chi bộ"))
    if not commune or (kind == "cell" and not cell):
        bad("Chi bộ" if commune else "Xã, thị trấn", msg("Thiếu tên đơn vị họp."))
        return None
    pinned = column_key(values.get("Ghim")) in ("co", "x", "1", "true")
    return {"row": row, "kind": kind, "commune": commune, "cell": cell, "day": day,
            "session": session, "start": start, "place": cell_text(values.get("Địa điểm")),
            "pinned": pinned}
