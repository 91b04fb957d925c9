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

An export carries its key sheet (``xlsx_keys``): ``OwnWorkbook.keys`` then holds
the rows as exported, which ``canonical`` turns into the same values as the rows
read, so that a re-import compares like with like. Cells typed in TCVN3, VNI or
VIQR are converted to Unicode as in a hand-made list (``xlsx_legacy``), each listed
in ``OwnWorkbook.conversions``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from dvdesk.documents.xlsx_export import (
    ASSIGNMENT_COLUMNS,
    ASSIGNMENT_KEY,
    OFFICER_COLUMNS,
    OFFICER_ID,
    SHEET_ASSIGNMENTS,
    SHEET_OFFICERS,
    SHEET_UNITS,
    UNIT_COLUMNS,
    UNIT_KEY,
    column_aliases,
    level_label,
)
from dvdesk.documents.xlsx_keys import SHEET_KEYS, ExportKeys, KeySheetDamaged, read_key_sheet
from dvdesk.documents.xlsx_legacy import CellConversion, LegacySheet, fonts_tell_nothing
from dvdesk.documents.xlsx_lists import (
    ListReadError,
    RowProblem,
    cell_text,
    column_key,
    phone_text,
    role_code,
)
from dvdesk.domain.messages import Message, msg
from dvdesk.domain.presets import PRESETS
from dvdesk.domain.roles import (
    COMMUNE_KINDS,
    HAMLET_KINDS,
    OFFICER_LEVELS,
    ROLES,
    Role,
    UnitKind,
    role_name,
)
from dvdesk.domain.text import clean, search_key
from dvdesk.domain.units import LevelNames
from dvdesk.domain.validate import ValueProblem, date_within, vietnamese_phone

HEADER_SCAN_ROWS = 10
_UNIT_LEVELS = {"cum": "cluster", "xa": "commune", "ap": "hamlet", "chibo": "cell",
                "tondtq": "group", "to": "group"}
_VN_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


# A province's export repeats the same few thousand texts (unit names, titles,
# roles) across 1.7 million cells: clean each distinct value once.
@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", search_key(text))


@lru_cache(maxsize=1 << 16, typed=True)  # typed: True and 1 are different cells
def _text(value) -> str:
    return cell_text(value)


_COMMUNE_KIND = {_key(label): code for code, label in COMMUNE_KINDS.items()}
_HAMLET_KIND = {_key(label): code for code, label in HAMLET_KINDS.items()}
_LEVEL = {_key(label): code for code, label in OFFICER_LEVELS.items()}
_ROLE = {_key(info.label): role.value for role, info in ROLES.items()}


def _level_aliases() -> None:
    """The columns, levels and roles as every preset names them ("Thôn, tổ dân phố",
    "Loại thôn", "Cán bộ theo dõi, hỗ trợ thôn"): a workbook exported by a commune, a
    district or a province reads back in any of them."""
    for preset in PRESETS.values():
        levels = LevelNames(preset.level_names)
        for kind in UnitKind:
            _UNIT_LEVELS.setdefault(_key(level_label(kind.value, levels)), kind.value)
        for role in Role:
            # Vietnamese whatever language is in force when this module is first imported.
            _ROLE.setdefault(_key(role_name(role.value, levels).render("vi")), role.value)


# Canonical field names of the export's columns.
_FIELDS = {
    "Cấp đơn vị": "level", "Cụm": "cluster", "Xã, thị trấn": "commune", "Loại xã": "commune_kind",
    "Ấp, khu phố": "hamlet", "Loại ấp": "hamlet_kind", "Chi bộ": "cell",
    "Loại hình chi bộ": "cell_type", "Tổ NDTQ": "group", OFFICER_ID: "officer_key",
    "Họ và tên": "name", "Chức vụ": "title", "Đơn vị công tác": "workplace", "Cấp": "officer_level",
    "Điện thoại": "phone", "Cấp ủy viên": "committee", "Ủy viên thường vụ": "standing",
    "Đang công tác": "active", "Ghi chú": "note", "Vai trò": "role", "Từ ngày": "start",
    "Đến ngày": "end", "Số quyết định": "decision", "Ngày quyết định": "decision_date",
    "Người ký": "signer", UNIT_KEY: "unit_key", ASSIGNMENT_KEY: "assignment_key",
}
TITLES = {name: title for title, name in _FIELDS.items()}
_REQUIRED = {
    SHEET_UNITS: ("level",),
    SHEET_OFFICERS: ("officer_key", "name"),
    SHEET_ASSIGNMENTS: ("role", "officer_key", "start"),
}
_COLUMNS = {SHEET_UNITS: [*UNIT_COLUMNS, UNIT_KEY], SHEET_OFFICERS: OFFICER_COLUMNS,
            SHEET_ASSIGNMENTS: [*ASSIGNMENT_COLUMNS, ASSIGNMENT_KEY]}
_level_aliases()


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
    keys: ExportKeys | None = None  # the key sheet of an export
    damaged_keys: bool = False  # there was one, but it does not read back
    # Each sheet's fields (the columns the secretary kept), for comparing rows.
    fields: dict[str, set[str]] = field(default_factory=dict)
    conversions: list[CellConversion] = field(default_factory=list)
    doubts: list[CellConversion] = field(default_factory=list)


def _open(path: Path):
    """The workbook opened with calamine (a Rust reader, ~50× faster than openpyxl here).

    Only the sheet list is read now; each sheet is read whole when asked for.
    """
    from python_calamine import CalamineWorkbook

    if not path.is_file():
        raise ListReadError(msg("Không tìm thấy tệp “{file}”.", file=path.name))
    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # not a zip, not a workbook, damaged XML
        raise ListReadError(_unreadable(path)) from exc


def _unreadable(path: Path) -> Message:
    return msg("Tệp “{file}” không phải là sổ tính Excel (.xlsx) đọc được.", file=path.name)


# The sheet is_own_workbook parsed, kept for the read_own that follows it (parsing
# the province's "Phân công" takes over a second): {(path, mtime, size, sheet): sheet}.
_LAST_SHEET: dict[tuple, object] = {}


def _sheet_rows(wb, path: Path, name: str, nrows: int | None = None) -> list[list]:
    """The sheet's rows from A1 (row index + 1 is the Excel row number); "" for empty cells."""
    try:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size, name)
        sheet = _LAST_SHEET.pop(key, None) or wb.get_sheet_by_name(name)
        if nrows is not None:
            _LAST_SHEET.clear()
            _LAST_SHEET[key] = sheet
        return sheet.to_python(skip_empty_area=False, nrows=nrows)
    except Exception as exc:
        raise ListReadError(_unreadable(path)) from exc


def find_header(rows: list, titles: list[str]) -> tuple[int, dict[str, int]] | None:
    """(index of the header row, title -> column) of the first row holding most titles."""
    wanted = {column_key(t): t for t in titles}
    wanted.update({column_key(alias): t for t in titles for alias in column_aliases(t)})
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        found: dict[str, int] = {}
        for c, value in enumerate(row):
            title = wanted.get(column_key(value))
            if title and title not in found:
                found[title] = c
        if len(found) >= max(2, len(titles) // 2):
            return index, found
    return None


def _header(rows: list[tuple], titles: list[str]) -> tuple[int, dict[str, int]] | None:
    """``find_header`` with the columns under their field names."""
    found = find_header(rows, titles)
    if found is None:
        return None
    index, columns = found
    return index, {_FIELDS[title]: c for title, c in columns.items()}


def is_own_workbook(path: str | Path) -> bool:
    """True for a workbook written by ``export_workbook`` (or filled in on its template)."""
    if Path(path).suffix.lower() == ".xls":
        return False  # the list reader explains how to resave an old .xls
    path = Path(path)
    wb = _open(path)
    if SHEET_OFFICERS not in wb.sheet_names or SHEET_ASSIGNMENTS not in wb.sheet_names:
        return False
    rows = _sheet_rows(wb, path, SHEET_ASSIGNMENTS, HEADER_SCAN_ROWS)
    found = _header(rows, ASSIGNMENT_COLUMNS)
    return found is not None and "officer_key" in found[1]


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
    return _key(_text(value)) in ("co", "x", "1", "true", "yes")


def _convert(sheet: str, row_no: int, raw: dict, problems: list[RowProblem], *,
             lenient: bool = False, start_required: bool = True,
             day_word: Message | None = None) -> dict | None:
    """The row's values by field name (see the module docstring); None when a value is bad
    (each reported in ``problems``), unless ``lenient``: then what could be read.
    ``day_word``: ``msg("Ngày")`` made once for a whole sheet's rows."""
    values: dict = {}
    bad = False

    def problem(column: str, message: str) -> None:
        nonlocal bad
        bad = True
        problems.append(RowProblem(sheet, row_no, column, message))

    for name, value in raw.items():
        if name in ("start", "end", "decision_date"):
            title = TITLES[name]
            try:
                values[name] = date_within(parse_date(value), day_word or msg("Ngày"))
            except ValueProblem as reason:
                problem(title, msg("{problem}.", problem=reason.args[0]))
            except (ValueError, OverflowError):
                problem(title, msg("“{value}” không phải là ngày (dd/mm/yyyy).",
                                   value=cell_text(value)[:40]))
            else:
                if name == "start" and values[name] is None and start_required:
                    problem(title, msg("Thiếu ngày bắt đầu của phân công."))
        elif name == "phone":
            values[name] = phone_text(value)
            try:
                vietnamese_phone(value)
            except ValueProblem as reason:
                problem("Điện thoại", msg("{problem}.", problem=reason.args[0]))
        elif name in ("committee", "standing"):
            values[name] = _flag(value)
        elif name == "active":
            values[name] = value in (None, "") or _flag(value)
        else:
            values[name] = _text(value)
    if "commune_kind" in values:
        kind = values["commune_kind"]
        values["commune_kind"] = _COMMUNE_KIND.get(_key(kind), "xa" if not kind else None)
        if values["commune_kind"] is None:
            problem("Loại xã", msg("Loại xã “{kind}” không rõ (Xã, Thị trấn hoặc Phường).",
                                   kind=kind))
    if "hamlet_kind" in values:
        kind = values["hamlet_kind"]
        values["hamlet_kind"] = _HAMLET_KIND.get(_key(kind), "ap" if not kind else None)
        if values["hamlet_kind"] is None:
            problem("Loại ấp", msg("Loại ấp “{kind}” không rõ (Ấp, Khu phố, Thôn, Tổ dân phố).",
                                   kind=kind))
    if "officer_level" in values:
        level = values["officer_level"]
        values["officer_level"] = _LEVEL.get(_key(level), "huyen" if not level else None)
        if values["officer_level"] is None:
            problem("Cấp", msg("Cấp “{level}” không rõ (Tỉnh, Huyện, Xã, Ấp).", level=level))
    if "level" in values and sheet == SHEET_UNITS:
        values["level"] = _UNIT_LEVELS.get(_key(values["level"]))
        if values["level"] is None:
            problem("Cấp đơn vị", msg("Cấp đơn vị phải là Cụm, Xã, Ấp, Chi bộ hoặc Tổ NDTQ."))
    if "role" in values:
        text = values["role"]
        values["role"] = _ROLE.get(_key(text)) or role_code(text)
        if values["role"] is None:
            problem("Vai trò", msg("Vai trò “{role}” không rõ.", role=text))
    return None if bad and not lenient else values


def canonical(sheet: str, row: dict[str, object]) -> dict:
    """A row given by column title (as exported, or as the database holds it now) as the
    values a row read from the sheet has, so that the two compare field by field."""
    raw = {_FIELDS[title]: value for title, value in row.items() if title in _FIELDS}
    return _convert(sheet, 0, raw, [], lenient=True, start_required=False)


def _read_sheet(rows: list[list], sheet: str, book: OwnWorkbook, out: list[OwnRow],
                fonts) -> None:
    legacy = LegacySheet(_Titled(sheet), rows, fonts)  # before the header: it may be legacy too
    found = _header(rows, _COLUMNS[sheet])
    problems = book.problems
    if found is None:
        problems.append(RowProblem(sheet, 1, None, msg("Không tìm thấy dòng tiêu đề của bảng.")))
        return
    header_index, columns = found
    missing = [t for t, f in _FIELDS.items() if f in _REQUIRED[sheet] and f not in columns]
    if missing:
        problems.append(RowProblem(sheet, header_index + 1, None,
                                   msg("Thiếu cột {columns}.",
                                       columns=", ".join(f"“{m}”" for m in missing))))
        return
    book.fields[sheet] = set(columns)
    if "name" in columns:
        legacy.names_in(columns["name"], header_index + 1)
    wanted = list(columns.items())
    day_word = msg("Ngày")
    for index, row in enumerate(rows[header_index + 1:], header_index + 2):
        width = len(row)
        raw = {name: (row[c] if c < width else None) for name, c in wanted}
        if all(v is None or v == "" or _text(v) == "" for v in raw.values()):
            continue
        done, doubts = legacy.report(index - 1, columns, TITLES)
        book.conversions += done
        book.doubts += doubts
        # A row added to an export may leave its start empty: it starts on the import day.
        values = _convert(sheet, index, raw, problems, start_required=book.keys is None,
                          day_word=day_word)
        if values is not None:
            out.append(OwnRow(sheet, index, values))


class _Titled:
    """What ``LegacySheet`` asks of a sheet besides its cells: its name."""

    def __init__(self, title: str):
        self.title = title


def _fonts(path: Path, sheet: str):
    """The fonts of some cells of ``sheet``, read with openpyxl in one pass (calamine gives
    none): asked only for text that may be typed in a legacy table. A workbook whose
    fonts are all Unicode ones (every export) answers without the pass, which at a
    province's size takes longer than the rest of the import."""
    def lookup(cells: list[tuple[int, int]]) -> dict[tuple[int, int], str | None]:
        from openpyxl import load_workbook

        if fonts_tell_nothing(path):
            return {}
        wanted: dict[int, set[int]] = {}
        for r, c in cells:
            wanted.setdefault(r, set()).add(c)
        found: dict[tuple[int, int], str | None] = {}
        wb = load_workbook(path, read_only=True)
        try:
            for r, row in enumerate(wb[sheet].iter_rows(max_row=max(wanted) + 1)):
                for c in wanted.get(r, ()):
                    cell = row[c] if c < len(row) else None
                    font = getattr(cell, "font", None)
                    found[(r, c)] = font.name if font is not None else None
        finally:
            wb.close()
        return found

    return lookup


def read_own(path: str | Path) -> OwnWorkbook:
    path = Path(path)
    wb = _open(path)
    result = OwnWorkbook()
    if SHEET_KEYS in wb.sheet_names:
        try:
            result.keys = read_key_sheet(_sheet_rows(wb, path, SHEET_KEYS))
        except KeySheetDamaged:
            result.damaged_keys = True
    for sheet, out in ((SHEET_UNITS, result.units), (SHEET_OFFICERS, result.officers),
                       (SHEET_ASSIGNMENTS, result.assignments)):
        if sheet == SHEET_UNITS and sheet not in wb.sheet_names:
            continue
        _read_sheet(_sheet_rows(wb, path, sheet), sheet, result, out, _fonts(path, sheet))
    _text.cache_clear()
    _LAST_SHEET.clear()
    return result
