"""The Excel export's layout: units, officers, assignments, the month, settings.

``write_workbook(data, path)`` writes the workbook from the plain data that
``dvdesk.services.excel_export`` gathers. Sheets:

- "Đơn vị", "Cán bộ", "Phân công": the program's own import template
  (importing the file into an empty database gives back the same units,
  officers and assignments; ``xlsx_import`` reads them by column title);
- one calendar sheet per version of the month ("Lịch tháng 12-2026" is the
  latest; "Lịch 12-2026 bản 1" an older one), titled with the month, the
  version, its approval or the "DỰ THẢO" mark;
- "Lịch cá nhân": every officer's meetings of the latest version, titled the
  same way;
- "Phiên bản lịch": each version's status, number, approval date and signer;
- "Cài đặt": the organization settings (header lines, signer, recipients …);
- "Khóa đối chiếu", very hidden: the export time, the database and every row as
  exported, which a re-import of the edited workbook compares it with
  (``xlsx_keys``); each row of "Đơn vị" and "Phân công" carries its key in a hidden
  last column, each officer its "Mã cán bộ".

Each sheet prints as it looks (see ``xlsx_common``): the columns a reader needs
come first and are the ones printed; the columns kept for re-import (kinds,
codes) follow them. The workbook is written in openpyxl's write-only mode, so a
province (20,000 officers, ~55,000 assignments, 40,000 groups) streams out
without holding every cell in memory.
"""

from __future__ import annotations

import json
from collections import defaultdict

from dvdesk.documents.calendar_pdf import (
    SESSION_NAMES,
    WEEKDAYS,
    attendee_line,
    meeting_sort_key,
    month_words,
    parse_day,
    role_name,
    unit_text,
)
from dvdesk.documents.pdf_pages import DRAFT_TEXT
from dvdesk.documents.xlsx_common import (
    save_workbook,
    times_workbook,
    write_table_sheet_streaming,
)
from dvdesk.domain.text import clean, fast_name_sort_key
from dvdesk.domain.units import DISTRICT_LEVELS, LevelNames, level_names

# Sheet names and column titles: the import reads the same names (keep them in step).
SHEET_UNITS = "Đơn vị"
SHEET_OFFICERS = "Cán bộ"
SHEET_ASSIGNMENTS = "Phân công"
SHEET_PERSONAL = "Lịch cá nhân"
SHEET_VERSIONS = "Phiên bản lịch"
SHEET_SETTINGS = "Cài đặt"

OFFICER_ID = "Mã cán bộ"
# The hidden last column of a row a re-import matches by (``xlsx_keys``).
UNIT_KEY = "Mã đơn vị"
ASSIGNMENT_KEY = "Mã phân công"
UNIT_COLUMNS = ["Cấp đơn vị", "Cụm", "Xã, thị trấn", "Loại xã", "Ấp, khu phố", "Loại ấp",
                "Chi bộ", "Loại hình chi bộ", "Tổ NDTQ"]
# The order the rows are built in (services.excel_export) ...
_OFFICER_FIELDS = [OFFICER_ID, "Họ và tên", "Chức vụ", "Đơn vị công tác", "Cấp", "Điện thoại",
                   "Cấp ủy viên", "Ủy viên thường vụ", "Đang công tác", "Ghi chú"]
_ASSIGNMENT_FIELDS = ["Cụm", "Xã, thị trấn", "Loại xã", "Ấp, khu phố", "Loại ấp", "Chi bộ",
                      "Loại hình chi bộ", "Tổ NDTQ", "Vai trò", OFFICER_ID, "Họ và tên",
                      "Chức vụ", "Đơn vị công tác", "Điện thoại", "Từ ngày", "Đến ngày",
                      "Số quyết định", "Ngày quyết định", "Người ký", "Ghi chú"]
# ... and the order of the sheet: what a reader needs first (and printed), then the
# columns kept for editing and re-import.
OFFICER_COLUMNS = ["Họ và tên", "Chức vụ", "Đơn vị công tác", "Cấp", "Điện thoại",
                   "Cấp ủy viên", "Ủy viên thường vụ", "Đang công tác", "Ghi chú", OFFICER_ID]
OFFICER_PRINTED = 9
ASSIGNMENT_COLUMNS = ["Cụm", "Xã, thị trấn", "Ấp, khu phố", "Chi bộ", "Tổ NDTQ", "Vai trò",
                      "Họ và tên", "Chức vụ", "Điện thoại", "Từ ngày", "Đến ngày",
                      "Số quyết định", "Loại xã", "Loại ấp", "Loại hình chi bộ", OFFICER_ID,
                      "Đơn vị công tác", "Ngày quyết định", "Người ký", "Ghi chú"]
ASSIGNMENT_PRINTED = 12
CALENDAR_COLUMNS = ["Ngày", "Thứ", "Buổi", "Giờ", "Đơn vị", "Địa điểm", "Cán bộ dự",
                    "Loại cuộc họp", "Xã, thị trấn", "Chi bộ", "Loại hình chi bộ", "Ghim"]
CALENDAR_PRINTED = 7
# The printed calendar fits A4 landscape: long units, places and attendees wrap.
CALENDAR_WIDTHS = {"Đơn vị": 30, "Địa điểm": 26, "Cán bộ dự": 46}
PERSONAL_WIDTHS = {"Họ và tên": 22, "Chức vụ": 24, "Đơn vị": 30, "Địa điểm": 24,
                   "Nhiệm vụ": 22}
PERSONAL_COLUMNS = ["Họ và tên", "Chức vụ", "Điện thoại", "Ngày", "Buổi", "Giờ", "Đơn vị",
                    "Địa điểm", "Nhiệm vụ"]
VERSION_COLUMNS = ["Tháng", "Bản", "Tình trạng", "Số văn bản", "Ngày duyệt", "Người duyệt",
                   "Thay mặt", "Chức vụ người ký", "Người ký", "Trang lịch"]
SETTING_COLUMNS = ["Mục", "Giá trị", "Khóa"]

MEETING_KINDS = {"committee": "Đảng ủy xã", "cell": "Chi bộ"}
STATUS_NAMES = {"draft": "Dự thảo", "approved": "Đã duyệt"}
YES = "Có"

# The settings carried in "Cài đặt", with the names a secretary knows them by.
SETTING_LABELS = {
    "organization.name": "Tên đơn vị",
    "organization.superior_body": "Cơ quan cấp trên (dòng 1 tiêu đề)",
    "organization.issuing_body": "Cơ quan ban hành (dòng 2 tiêu đề)",
    "organization.short_name": "Tên viết gọn",
    "organization.place": "Địa danh ghi ngày tháng",
    "organization.number_suffix": "Ký hiệu số văn bản",
    "organization.signer_on_behalf": "Thẩm quyền ký (T/M …)",
    "organization.signer_position": "Chức vụ người ký",
    "organization.signer_name": "Người ký",
    "organization.recipients": "Nơi nhận (mỗi dòng một nơi)",
}
SETTING_SECTIONS = ("organization", "level_names", "documents", "calendar", "rules")


# The columns named after a level, and the level: the sheets say them as the settings do
# ("Thôn, tổ dân phố", "Loại thôn"); the importer knows every preset's names.
LEVEL_COLUMNS = {"Cụm": ("cluster", "title"), "Xã, thị trấn": ("commune", "title"),
                 "Ấp, khu phố": ("hamlet", "title"), "Tổ NDTQ": ("group", "title"),
                 "Loại ấp": ("hamlet", "kind")}


def level_column(title: str, levels: LevelNames) -> str:
    """A column's title with the organization's level names ("Loại ấp" -> "Loại thôn")."""
    if title not in LEVEL_COLUMNS:
        return title
    kind, form = LEVEL_COLUMNS[title]
    # A workbook is paper: Vietnamese whatever language the window speaks.
    if form == "title":
        return levels.title(kind).render("vi")
    return f"Loại {levels.word(kind).render('vi')}"


def level_label(kind: str, levels: LevelNames) -> str:
    """The "Cấp đơn vị" of a row: the level's first word ("Thôn", "Tổ tự quản")."""
    word = levels.word(kind).render("vi")
    return word[:1].upper() + word[1:]


def column_aliases(title: str) -> set[str]:
    """The names a level column has under each preset ("Ấp, khu phố": "Thôn, tổ dân phố",
    "Thôn, ấp, tổ dân phố"), so a workbook of any organization reads back in."""
    from dvdesk.domain.presets import PRESETS

    if title not in LEVEL_COLUMNS:
        return set()
    return {level_column(title, LevelNames(p.level_names)) for p in PRESETS.values()}


def _level_sheet(columns: list[str], rows: list[list], levels: LevelNames,
                 ) -> tuple[list[str], list[list]]:
    """The columns renamed with the level names, without the cluster column when the
    organization has no clusters."""
    keep = [i for i, c in enumerate(columns) if c != "Cụm" or levels.used("cluster")]
    named = [level_column(columns[i], levels) for i in keep]
    if len(keep) == len(columns):
        return named, rows
    return named, [[row[i] for i in keep] for row in rows]


def _order(fields: list[str], columns: list[str]) -> list[int]:
    return [fields.index(c) for c in columns]


_OFFICER_ORDER = _order(_OFFICER_FIELDS, OFFICER_COLUMNS)
_ASSIGNMENT_ORDER = _order(_ASSIGNMENT_FIELDS, ASSIGNMENT_COLUMNS)


def reorder_officer(row: list) -> list:
    return [row[i] for i in _OFFICER_ORDER]


def reorder_assignment(row: list) -> list:
    """The row in the sheet's order; what follows the fields (the key) stays last."""
    return [row[i] for i in _ASSIGNMENT_ORDER] + list(row[len(_ASSIGNMENT_FIELDS):])


def calendar_sheet_name(month: str, version: int | None = None) -> str:
    """ "2026-12" -> "Lịch tháng 12-2026"; an older version: "Lịch 12-2026 bản 1"."""
    if version is None:
        return f"Lịch tháng {month[5:]}-{month[:4]}"
    return f"Lịch {month[5:]}-{month[:4]} bản {version}"


def version_text(view: dict) -> str:
    """ "Bản 2 (điều chỉnh lần 1) — đã duyệt, số 17-LT/HU ngày 05/12/2026" / "DỰ THẢO — bản 1"."""
    version = int(view.get("version") or 1)
    label = f"Bản {version}" + (f" (điều chỉnh lần {version - 1})" if version > 1 else "")
    if view.get("status") != "approved":
        return f"{DRAFT_TEXT} — {label[:1].lower()}{label[1:]}"
    text = f"{label} — đã duyệt"
    if clean(view.get("number")):
        text += f", số {clean(view['number'])}"
    day = parse_day(view.get("approved_on"))
    if day:
        text += f" ngày {day:%d/%m/%Y}"
    return text


def _title_lines(view: dict, what: str) -> list[str]:
    return [f"{what} {month_words(view['month'])}".upper(), version_text(view)]


def calendar_rows(view: dict, officers: dict[int, tuple[str, str]],
                  levels: LevelNames = DISTRICT_LEVELS) -> tuple[list, list]:
    """(calendar rows, personal-schedule rows) of one calendar version; ``officers`` maps an
    officer id to (title, phone)."""
    cal_rows, per_officer = [], defaultdict(list)
    names: dict[int, str] = {}
    role_words: dict[str, str] = {}  # a province's month has 12,000 attendances, few roles
    for m in sorted(view.get("meetings") or [], key=meeting_sort_key):
        day = parse_day(m.get("date"))
        session_name = SESSION_NAMES.get(m.get("session"), "").removeprefix("Buổi ").strip()
        kind = m.get("kind")
        unit = unit_text(m)
        cal_rows.append([day, WEEKDAYS[day.weekday()] if day else "", session_name,
                         m.get("start") or "", unit, m.get("place") or "",
                         "\n".join(attendee_line(a, levels) for a in m.get("attendees") or []),
                         MEETING_KINDS.get(kind, kind or ""), m.get("commune") or "",
                         m.get("unit") if kind == "cell" else "", m.get("cell_type") or "",
                         YES if m.get("pinned") else ""])
        for a in m.get("attendees") or []:
            names[a["id"]] = a["name"]
            role = a.get("role", "")
            if role not in role_words:
                role_words[role] = role_name(role, levels).render("vi")
            per_officer[a["id"]].append(
                [day, session_name, m.get("start") or "", unit, m.get("place") or "",
                 role_words[role]])
    personal = []
    for officer_id in sorted(per_officer, key=lambda i: (fast_name_sort_key(names[i]), i)):
        title, phone = officers.get(officer_id, ("", ""))
        personal += [[names[officer_id], title, phone, *rest] for rest in per_officer[officer_id]]
    return cal_rows, personal


def version_rows(versions: list[dict]) -> list[list]:
    rows = []
    for view in versions:
        signer = view.get("signer") or {}
        latest = view is versions[-1]
        rows.append([view["month"], int(view.get("version") or 1),
                     STATUS_NAMES.get(view.get("status"), view.get("status") or ""),
                     view.get("number") or "", parse_day(view.get("approved_on")),
                     view.get("approved_by") or "", signer.get("on_behalf", ""),
                     signer.get("position", ""), signer.get("name", ""),
                     calendar_sheet_name(view["month"], None if latest else view["version"])])
    return rows


def setting_text(value) -> str:
    """A setting as a cell holds it: text as it is, a list one item a line, else JSON."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    return json.dumps(value, ensure_ascii=False)


def setting_rows(settings: dict) -> list[list[str]]:
    rows = []
    for section in SETTING_SECTIONS:
        values = settings.get(section)
        if not isinstance(values, dict):
            continue
        for key, value in values.items():
            path = f"{section}.{key}"
            rows.append([SETTING_LABELS.get(path, path), setting_text(value), path])
    return rows


def write_workbook(data: dict, path) -> dict:
    """Write the workbook from ``data`` (see ``services.excel_export``); returns how many
    rows each sheet got and which month it holds."""
    wb = times_workbook()
    counts: dict[str, int] = {}

    def sheet(name: str, columns: list[str], rows: list, **layout) -> None:
        ws = write_table_sheet_streaming(wb, name, columns, rows, **layout)
        counts[ws.title] = len(rows)

    levels = level_names(data.get("settings") or {})
    clusters = levels.used("cluster")
    labels = {kind: level_label(kind, levels) for kind in {row[0] for row in data["units"]}}
    units = [[labels[kind], *rest] for kind, *rest in data["units"]]
    unit_columns, unit_rows = _level_sheet([*UNIT_COLUMNS, UNIT_KEY], units, levels)
    sheet(SHEET_UNITS, unit_columns, unit_rows, repeat_columns=3 if clusters else 2,
          print_columns=len(unit_columns) - 1, hidden_columns=[UNIT_KEY])
    sheet(SHEET_OFFICERS, OFFICER_COLUMNS, data["officers"], print_columns=OFFICER_PRINTED,
          repeat_columns=1)
    assignment_columns, assignment_rows = _level_sheet([*ASSIGNMENT_COLUMNS, ASSIGNMENT_KEY],
                                                       data["assignments"], levels)
    sheet(SHEET_ASSIGNMENTS, assignment_columns, assignment_rows,
          date_columns=["Từ ngày", "Đến ngày", "Ngày quyết định"],
          print_columns=ASSIGNMENT_PRINTED - (not clusters), repeat_columns=1 + clusters,
          hidden_columns=[ASSIGNMENT_KEY])
    versions = data.get("versions") or []
    month = versions[-1]["month"] if versions else None
    for view in versions:
        latest = view is versions[-1]
        cal_rows, personal = calendar_rows(view, data.get("officer_info") or {},
                                           level_names(data.get("settings") or {}))
        marks = _marks(view)
        sheet(calendar_sheet_name(view["month"], None if latest else view["version"]),
              [level_column(c, levels) for c in CALENDAR_COLUMNS], cal_rows,
              date_columns=["Ngày"], print_columns=CALENDAR_PRINTED,
              max_widths=CALENDAR_WIDTHS,
              title_lines=_title_lines(view, "Lịch sinh hoạt đảng ủy, chi bộ"), **marks)
        if latest:
            sheet(SHEET_PERSONAL, PERSONAL_COLUMNS, personal, date_columns=["Ngày"],
                  title_lines=_title_lines(view, "Lịch cá nhân dự sinh hoạt đảng ủy, chi bộ"),
                  repeat_columns=1, max_widths=PERSONAL_WIDTHS, **marks)
    if versions:
        sheet(SHEET_VERSIONS, VERSION_COLUMNS, version_rows(versions),
              date_columns=["Ngày duyệt"])
    settings = setting_rows(data.get("settings") or {})
    sheet(SHEET_SETTINGS, SETTING_COLUMNS, settings, print_columns=2)
    if data.get("exported_at") is not None:
        _key_sheet(wb, data, settings, units)
    target = save_workbook(wb, path)
    return {"path": str(target), "month": month, "sheets": counts}


def _key_sheet(wb, data: dict, settings: list[list], units: list[list]) -> None:
    """The rows as exported, each with its key and version (see ``xlsx_keys``); ``units``
    carry their level's word as the sheet shows it."""
    from dvdesk.documents.xlsx_keys import key_text, write_key_sheet

    versions = data.get("row_versions") or {}

    def keyed(sheet: str, rows: list[list], at: int) -> list[tuple]:
        """(key, version, values) of each row, its key in column ``at``."""
        known, width = versions.get(sheet, {}), len(_BASE_COLUMNS[sheet])
        found = []
        for row in rows:
            key = key_text(row[at])
            found.append((key, known.get(key), row[:width]))
        return found

    write_key_sheet(wb, data["exported_at"], data.get("database"), {
        SHEET_UNITS: (UNIT_COLUMNS, keyed(SHEET_UNITS, units, -1)),
        SHEET_OFFICERS: (OFFICER_COLUMNS, keyed(SHEET_OFFICERS, data["officers"],
                                                OFFICER_COLUMNS.index(OFFICER_ID))),
        SHEET_ASSIGNMENTS: (ASSIGNMENT_COLUMNS, keyed(SHEET_ASSIGNMENTS, data["assignments"], -1)),
        SHEET_SETTINGS: (SETTING_COLUMNS, keyed(SHEET_SETTINGS, settings, -1)),
    })


_BASE_COLUMNS = {SHEET_UNITS: UNIT_COLUMNS, SHEET_OFFICERS: OFFICER_COLUMNS,
                 SHEET_ASSIGNMENTS: ASSIGNMENT_COLUMNS, SHEET_SETTINGS: SETTING_COLUMNS}


def _marks(view: dict) -> dict:
    draft = view.get("status") != "approved"
    return {"page_mark": DRAFT_TEXT if draft else "", "footer_note": version_text(view)}
