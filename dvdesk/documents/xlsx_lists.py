"""Reading the assignment lists secretaries already keep in Excel.

``read_lists(path) -> list[ParsedList]`` opens a workbook and, for every
visible sheet whose header row it recognises, returns the kind of list, the
cleaned rows and the problems found. It writes nothing and touches no database:
the importer turns the rows into units, officers and assignments.

Recognition:

- The header row is the row among the first 10 with the most recognised column
  titles (at least two, one of them the name). Title rows and merged cells above
  it are skipped.
- Column titles are compared without case, accents, spaces or punctuation, and
  with what is in brackets dropped, so "Họ và tên", "HỌ TÊN", "Ấp/Khu phố",
  "Ấp, khu phố" and "Số ĐT (di động)" are all recognised. STT and Ghi chú are
  ignored; unknown columns are ignored too.
- Kind: a sheet with a Vai trò column is "leads" (needs Cụm and/or Xã), else
  one with a Chi bộ column is "cell_attendance" (needs Xã), else one with an Ấp
  column is "hamlet_support" (needs Xã). A recognised sheet missing a required
  column gives a ParsedList with no rows and one problem naming the sheet and
  the missing columns (kind "unknown" when no kind can be told).
- Sheets without a recognisable header row, and hidden sheets, are skipped.

Rows:

- ``ListRow.values`` has one key per recognised column of the sheet (canonical
  names: name, title, workplace, phone, hamlet, commune, cluster, cell,
  cell_type, role; "" when the cell is empty), plus "commune_kind" ("xa",
  "thi_tran", "phuong" or "" when the text does not say) when there is a
  commune column and "hamlet_kind" ("ap", "khu_pho", "thon", "to_dan_pho" or "")
  when there is a hamlet column. The commune is given without its kind prefix
  ("Xã An Khánh" -> "An Khánh"); the hamlet keeps its name as written.
- Every text goes through ``clean`` (NFC, trimmed, single spaces). Numbers,
  dates and booleans become text (10/12/2026, "12", "Có"); phone numbers stored
  as numbers get their leading 0 back.
- Roles become "cluster_leader", "commune_lead" or "province_liaison".
- Blank rows (also rows with only an STT) and heading rows made of one merged
  cell across several columns ("I. CỤM 1") are skipped. A value merged down
  over several rows (a commune written once beside its hamlets) counts for each
  of those rows.
- A row with a missing required value or an unknown role gives a
  ``RowProblem`` and is left out of ``rows``.

Legacy encodings: cells typed in TCVN3 (ABC), VNI or VIQR are converted to Unicode
before anything else (``xlsx_legacy``), so their header row is recognised too;
``ParsedList.conversions`` lists each converted cell of the header row and of the
rows read (before → after), ``ParsedList.doubts`` the cells left as written that
may also be legacy text.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path

from dvdesk.documents.xlsx_legacy import CellConversion, LegacySheet
from dvdesk.domain.messages import N_, msg
from dvdesk.domain.text import clean, search_key
from dvdesk.domain.validate import ValueProblem, vietnamese_phone

__all__ = [
    "ListReadError",
    "ListRow",
    "ParsedList",
    "RowProblem",
    "cell_text",
    "column_key",
    "hamlet_kind",
    "phone_text",
    "read_lists",
    "role_code",
    "split_commune",
]

HEADER_SCAN_ROWS = 10

# Canonical field -> accepted titles (compared through column_key).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("Họ và tên", "Họ tên", "Họ và tên cán bộ", "Họ tên cán bộ", "Họ và tên đồng chí"),
    "title": ("Chức vụ", "Chức danh", "Chức vụ hiện nay"),
    "workplace": (
        "Đơn vị", "Đơn vị công tác", "Cơ quan", "Cơ quan công tác", "Nơi công tác",
        "Cơ quan, đơn vị", "Cơ quan đơn vị công tác",
    ),
    "phone": (
        "Điện thoại", "SĐT", "Số điện thoại", "ĐT", "Số ĐT", "ĐTDĐ", "Di động",
        "Điện thoại di động", "Số điện thoại di động",
    ),
    "hamlet": (
        "Ấp", "Khu phố", "Ấp, khu phố", "Ấp/Khu phố", "Thôn", "Tổ dân phố", "Thôn, tổ dân phố",
        "Ấp phụ trách", "Ấp, khu phố phụ trách", "Ấp khu phố theo dõi hỗ trợ",
        # the words of 2025's communes and of the uplands and the Mekong delta
        "Thôn, ấp, tổ dân phố", "Thôn phụ trách", "Thôn, tổ dân phố phụ trách", "Bản",
        "Buôn", "Làng", "Sóc", "Khóm", "Thôn, bản", "Bản, làng", "Buôn, làng", "Ấp, sóc",
        "Thôn, bản, tổ dân phố", "Thôn, buôn, tổ dân phố", "Khu phố phụ trách",
    ),
    "commune": (
        "Xã", "Thị trấn", "Xã, thị trấn", "Phường", "Xã, phường", "Xã, phường, thị trấn",
        "Xã, thị trấn, phường", "Đặc khu", "Xã, phường, đặc khu", "Xã, đặc khu",
    ),
    "cluster": ("Cụm", "Cụm vùng", "Cụm xã"),
    "cell": ("Chi bộ", "Tên chi bộ", "Chi bộ dự sinh hoạt", "Chi bộ sinh hoạt"),
    "cell_type": ("Loại hình", "Loại hình chi bộ"),
    "role": ("Vai trò", "Vai trò phụ trách", "Nhiệm vụ phân công"),
}

LABELS = {
    "name": "Họ và tên",
    "title": "Chức vụ",
    "workplace": "Đơn vị công tác",
    "phone": "Điện thoại",
    "hamlet": "Ấp, khu phố",
    "commune": "Xã, thị trấn",
    "cluster": "Cụm",
    "cell": "Chi bộ",
    "cell_type": "Loại hình chi bộ",
    "role": "Vai trò",
}

KIND_LABELS = {
    "hamlet_support": N_("danh sách cán bộ theo dõi, hỗ trợ ấp, khu phố"),
    "cell_attendance": N_("danh sách phân công dự sinh hoạt chi bộ"),
    "leads": N_("danh sách phân công phụ trách cụm, xã"),
}
# The commune is not required: a commune's own list leaves it out (the importer takes the
# database's one commune); a district's or a province's list without it is refused there.
_REQUIRED = {
    "hamlet_support": ("name", "hamlet"),
    "cell_attendance": ("name", "cell"),
    "leads": ("name", "role"),
}

ROLE_LABELS = {
    "cluster_leader": "Trưởng cụm",
    "commune_lead": "Phụ trách xã",
    "province_liaison": "Lãnh đạo tỉnh phụ trách",
}

_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_ALNUM = re.compile(r"[^a-z0-9]")
_WORD_PUNCT = re.compile(r"[^\w]")
_DOTTED_PREFIX = re.compile(r"^(\w{1,3})\.(?=\w)")
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")

# Kind prefixes as lower-case whole words, accents kept ("Xà Phiên" is a name,
# "Xã Phiên" a commune); "tt" = thị trấn, "kp" = khu phố, "tdp" = tổ dân phố.
_COMMUNE_PREFIXES = (("thị trấn", "thi_tran"), ("tt", "thi_tran"), ("xã", "xa"),
                     ("phường", "phuong"), ("đặc khu", "dac_khu"))
_HAMLET_PREFIXES = (
    ("khu phố", "khu_pho"), ("kp", "khu_pho"), ("tổ dân phố", "to_dan_pho"), ("tdp", "to_dan_pho"),
    ("ấp", "ap"), ("thôn", "thon"), ("bản", "ban"), ("buôn", "buon"), ("làng", "lang"),
    ("sóc", "soc"),
)


class ListReadError(Exception):
    """The file cannot be read as a workbook."""


@dataclass
class ListRow:
    sheet: str
    row: int
    values: dict[str, str]


@dataclass
class RowProblem:
    sheet: str
    row: int
    column: str | None
    message: str


@dataclass
class ParsedList:
    kind: str
    sheet: str
    header_row: int
    rows: list[ListRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    conversions: list[CellConversion] = field(default_factory=list)
    doubts: list[CellConversion] = field(default_factory=list)


def column_key(title: object) -> str:
    """Comparison form of a column title: no brackets, case, accents, spaces or punctuation."""
    return _NON_ALNUM.sub("", search_key(_BRACKETS.sub(" ", clean(cell_text(title)))))


def cell_text(value: object) -> str:
    """Any cell value as cleaned text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return clean(repr(value))
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time():
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    return clean(value)


_FIELD_BY_KEY = {column_key(t): f for f, titles in SYNONYMS.items() for t in titles}


def phone_text(value: object) -> str:
    """A phone number as text, with the leading 0 that a number cell lost put back."""
    if isinstance(value, bool):
        return cell_text(value)
    if isinstance(value, int | float) and float(value).is_integer() and value > 0:
        digits = str(int(value))
    else:
        text = cell_text(value)
        if not text.isdigit():
            return text
        digits = text
    if digits.startswith("84") and len(digits) == 11:
        return "+" + digits
    if len(digits) in (9, 10) and not digits.startswith("0"):
        return "0" + digits
    return digits


def split_commune(text: str) -> tuple[str, str]:
    """("An Khánh", "xa") from "Xã An Khánh"; ("An Khánh", "") when no kind is written."""
    return _split_prefix(text, _COMMUNE_PREFIXES, keep_prefix=False)


def hamlet_kind(text: str) -> str:
    """"ap", "khu_pho", "thon", "to_dan_pho" from the name's first word(s), or ""."""
    return _split_prefix(text, _HAMLET_PREFIXES, keep_prefix=True)[1]


def _split_prefix(text: str, prefixes, keep_prefix: bool) -> tuple[str, str]:
    words = _DOTTED_PREFIX.sub(r"\1. ", text).split(" ")
    # Compare word by word ("TT." and "TT" alike), keeping the original words.
    keys = [_WORD_PUNCT.sub("", w.lower()) for w in words]
    for prefix, kind in prefixes:
        parts = prefix.split(" ")
        n = len(parts)
        if keys[:n] == parts and len(words) > n:
            rest = clean(" ".join(words[n:]).lstrip(".:- "))
            if rest:
                return (text if keep_prefix else rest), kind
    return text, ""


_ROLE_CODES = {code.replace("_", ""): code for code in ROLE_LABELS}


def role_code(text: str) -> str | None:
    """The role code of a role as written ("Trưởng cụm vùng" -> "cluster_leader"), or None."""
    key = _NON_ALNUM.sub("", search_key(text))
    if not key:
        return None
    if key in _ROLE_CODES:
        return _ROLE_CODES[key]
    if "truongcum" in key or "phutrachcum" in key:
        return "cluster_leader"
    if "tinh" in key and "phutrach" in key:
        return "province_liaison"
    if "phutrach" in key:
        return "commune_lead"
    return None


def read_lists(path: str | Path) -> list[ParsedList]:
    """Every recognised list in the workbook at ``path`` (see the module docstring)."""
    workbook = _open(Path(path))
    try:
        results = []
        for ws in workbook.worksheets:
            if ws.sheet_state != "visible":
                continue
            parsed = _read_sheet(ws)
            if parsed is not None:
                results.append(parsed)
        return results
    finally:
        workbook.close()


def _open(path: Path):
    from openpyxl import load_workbook

    name = path.name
    if not path.is_file():
        raise ListReadError(msg("Không tìm thấy tệp “{file}”.", file=name))
    if path.suffix.lower() == ".xls":
        raise ListReadError(msg("Tệp “{file}” là định dạng Excel cũ (.xls): hãy mở bằng Excel và "
                                "lưu lại dạng .xlsx.", file=name))
    try:
        return load_workbook(path, data_only=True)
    except Exception as exc:  # zip, XML and openpyxl's own errors for a damaged file
        raise ListReadError(msg("Tệp “{file}” không phải là sổ tính Excel (.xlsx) đọc được.",
                                file=name)) from exc


def _find_header(grid: list[list[object]]) -> tuple[int, dict[str, int], dict[str, str]] | None:
    """(row index, field -> column index, field -> title as written) of the header row."""
    best = None
    for r, row in enumerate(grid[:HEADER_SCAN_ROWS]):
        columns: dict[str, int] = {}
        titles: dict[str, str] = {}
        for c, value in enumerate(row):
            key = column_key(value)
            field_name = _FIELD_BY_KEY.get(key)
            if field_name and field_name not in columns:
                columns[field_name] = c
                titles[field_name] = cell_text(value)
        # On a tie the lower row wins: a header merged over two rows repeats there.
        if "name" in columns and len(columns) >= 2 and (best is None or len(columns) >= len(best[1])):
            best = (r, columns, titles)
    return best


def _grid(ws) -> tuple[list[list[object]], set[int]]:
    """Cell values with vertical merges filled down, and the rows that are merged headings."""
    grid = [list(row) for row in ws.iter_rows(values_only=True)]
    heading_rows: set[int] = set()
    for rng in ws.merged_cells.ranges:
        r0, c0 = rng.min_row - 1, rng.min_col - 1
        if r0 >= len(grid):
            continue
        value = grid[r0][c0] if c0 < len(grid[r0]) else None
        if rng.max_row == rng.min_row:
            if rng.max_col > rng.min_col:
                heading_rows.add(r0)
            continue
        for r in range(rng.min_row, min(rng.max_row, len(grid))):
            row = grid[r]
            if c0 >= len(row):
                row.extend([None] * (c0 + 1 - len(row)))
            row[c0] = value
    return grid, heading_rows


def _read_sheet(ws) -> ParsedList | None:
    grid, heading_rows = _grid(ws)
    legacy = LegacySheet(ws, grid)
    found = _find_header(grid)
    if found is None:
        return None
    header_index, columns, titles = found
    if "name" in columns:
        legacy.names_in(columns["name"], header_index + 1)
    sheet = ws.title
    header_row = header_index + 1
    kind, missing = _kind(columns)
    if missing:
        label = KIND_LABELS.get(kind, N_("danh sách phân công"))
        return ParsedList(
            kind, sheet, header_row,
            problems=[RowProblem(sheet, header_row, None,
                                 msg("Thiếu cột {columns} của {list}.",
                                     columns=", ".join(missing), list=msg(label)))],
        )
    result = ParsedList(kind, sheet, header_row)
    _note_legacy(result, legacy, header_index, columns, titles)
    used = set(columns.values())
    for index in range(header_index + 1, len(grid)):
        raw = grid[index]
        values = {f: raw[c] if c < len(raw) else None for f, c in columns.items()}
        if all(cell_text(v) == "" for v in values.values()):
            continue
        if index in heading_rows and _is_heading(raw, used):
            continue
        if _is_header_repeat(values) or _is_column_numbers(values):
            continue
        row_no = index + 1
        _note_legacy(result, legacy, index, columns, titles)
        row, problems = _clean_row(kind, values, columns, titles, sheet, row_no)
        if problems:
            result.problems.extend(problems)
        else:
            result.rows.append(ListRow(sheet, row_no, row))
    return result


def _note_legacy(result: ParsedList, legacy: LegacySheet, index: int, columns, titles) -> None:
    done, doubts = legacy.report(index, columns, titles)
    result.conversions.extend(done)
    result.doubts.extend(doubts)


def _is_heading(raw: list[object], used: set[int]) -> bool:
    """A heading row: one text spread over merged cells, so only one cell has a value."""
    return sum(1 for c in used if c < len(raw) and cell_text(raw[c])) <= 1


def _is_header_repeat(values: dict[str, object]) -> bool:
    return _FIELD_BY_KEY.get(column_key(values["name"])) == "name"


def _is_column_numbers(values: dict[str, object]) -> bool:
    """The row under some headers that numbers the columns: (1) (2) (3) …"""
    texts = [cell_text(v) for v in values.values() if cell_text(v)]
    return len(texts) >= 2 and all(_COLUMN_NUMBER.match(t) for t in texts)


def _kind(columns: dict[str, int]) -> tuple[str, list[str]]:
    """The list kind and the titles of the missing required columns."""
    if "role" in columns:
        missing = [LABELS[f] for f in _REQUIRED["leads"] if f not in columns]
        if "cluster" not in columns and "commune" not in columns:
            missing.append(_either([LABELS["cluster"], LABELS["commune"]]))
        return "leads", missing
    if "cell" in columns:
        kind = "cell_attendance"
    elif "hamlet" in columns:
        kind = "hamlet_support"
    else:
        return "unknown", [_either([LABELS[f] for f in ("hamlet", "cell", "role")])]
    return kind, [LABELS[f] for f in _REQUIRED[kind] if f not in columns]


def _either(titles: list[str]) -> str:
    """ "Ấp, khu phố hoặc Chi bộ hoặc Vai trò" in the sentence's language."""
    said = titles[0]
    for title in titles[1:]:
        said = msg("{first} hoặc {second}", first=said, second=title)
    return said


def _clean_row(kind, values, columns, titles, sheet, row_no):
    row: dict[str, str] = {}
    problems: list[RowProblem] = []

    def problem(f: str | None, message: str) -> None:
        problems.append(RowProblem(sheet, row_no, titles.get(f) if f else None, message))

    for f, value in values.items():
        row[f] = cell_text(value)
        if f == "phone":
            row[f] = phone_text(value)
            try:  # the raw cell: 912345678.5 is refused, not read as the text "912345678.5"
                vietnamese_phone(value)
            except ValueProblem as reason:
                problem(f, msg("{problem}.", problem=reason.args[0]))

    for f in _REQUIRED[kind]:
        if not row.get(f):
            problem(f, msg("Thiếu {column}.", column=titles[f]))
    if "commune" in row:
        row["commune"], row["commune_kind"] = split_commune(row["commune"])
    if "hamlet" in row:
        row["hamlet_kind"] = hamlet_kind(row["hamlet"])
    if kind == "leads" and row.get("role"):
        code = role_code(row["role"])
        if code is None:
            known = ", ".join(ROLE_LABELS.values())
            problem("role", msg("Vai trò “{role}” không rõ (cần một trong: {known}).",
                                role=row["role"], known=known))
        else:
            row["role"] = code
            need = "cluster" if code == "cluster_leader" else "commune"
            if need not in columns:
                problem(None, msg("Vai trò {role} cần cột {column}.", role=ROLE_LABELS[code],
                                  column=LABELS[need]))
            elif not row.get(need):
                problem(need, msg("Thiếu {column}.", column=titles[need]))
    return row, problems
