"""The monthly meeting calendar as an official document (Lịch sinh hoạt đảng ủy, chi bộ).

``write_calendar_pdf(view, settings, path, extract="")`` takes the plain calendar
view (the shape of ``dvdesk calendar show --json``: month, status, version,
number, approved_by, approved_on, revision, meetings with their attendees, and
for an approved version the ``signer`` kept with it) and the organization
settings, and writes the PDF. Meetings are grouped by day, then session ("Thứ
Năm, ngày 10/12/2026 — Buổi sáng"); each row gives the time, the unit, the place
and the attending officers; a page that starts inside a group repeats its
heading marked "(tiếp theo)". A draft carries the "DỰ THẢO" mark and a blank
number; an approved version its number, approval date and signer; a revision
"(Điều chỉnh lần N)". ``extract`` names the commune or cluster of an extract
("xã An Khánh"): the title says whose meetings these are.

The compact layout (settings ``documents.compact_calendar``) puts a meeting's
attendees on one line and narrows the place column, for fewer pages.

``calendar_table(view, settings)`` gives the table itself (also used by the
Word export); the helpers for the header and signer block are shared by the
other documents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from dvdesk.documents.official import (
    DocumentHeader,
    SignerBlock,
    TableSpec,
    build_official_pdf,
)
from dvdesk.domain import roles
from dvdesk.domain.roles import Role
from dvdesk.domain.text import clean, text_sort_key
from dvdesk.domain.units import DISTRICT_LEVELS, LevelNames, level_names

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
SESSION_NAMES = {"sang": "Buổi sáng", "chieu": "Buổi chiều", "toi": "Buổi tối"}
SESSION_ORDER = {"sang": 0, "chieu": 1, "toi": 2}
UNDATED = "Chưa xếp ngày"

# Column widths (mm) for the portrait text frame (160 mm) and the landscape one (252 mm).
PORTRAIT_WIDTHS = [10, 17, 45, 30, 58]
LANDSCAPE_WIDTHS = [12, 23, 64, 65, 88]
# The compact layout: a narrower place column, the room given to the attendees.
COMPACT_PORTRAIT_WIDTHS = [10, 15, 42, 22, 71]
COMPACT_LANDSCAPE_WIDTHS = [12, 20, 60, 40, 120]
HEADERS = ["STT", "Thời gian", "Đơn vị", "Địa điểm", "Cán bộ dự"]
# An attending-officer line longer than this (characters) wraps in the 58 mm
# column of a portrait page; a table full of such lines reads better landscape.
LANDSCAPE_ATTENDEE_CHARS = 34
CHUNK_ROWS = 250


def organization(settings: dict) -> dict:
    return dict(settings.get("organization") or {})


def header_from_settings(settings: dict, *, number: str, date: dt.date | None, doc_type: str,
                         summary: str, subtitle: str = "") -> DocumentHeader:
    org = organization(settings)
    return DocumentHeader(
        superior_body=org.get("superior_body", ""),
        issuing_body=org.get("issuing_body", ""),
        number=number,
        place=org.get("place", ""),
        date=date,
        doc_type=doc_type,
        summary=summary,
        subtitle=subtitle,
    )


def signer_from_settings(settings: dict) -> SignerBlock:
    org = organization(settings)
    return SignerBlock(
        on_behalf=org.get("signer_on_behalf", ""),
        position=org.get("signer_position", ""),
        name=org.get("signer_name", ""),
    )


def signer_for(view: dict, settings: dict) -> SignerBlock:
    """The signer kept with an approved version, else the one the settings name."""
    kept = view.get("signer")
    if not isinstance(kept, dict):
        return signer_from_settings(settings)
    default = signer_from_settings(settings)
    return SignerBlock(on_behalf=kept.get("on_behalf") or default.on_behalf,
                       position=kept.get("position", ""), name=kept.get("name", ""))


def compact_layout(settings: dict) -> bool:
    return bool((settings.get("documents") or {}).get("compact_calendar"))


def recipients_from_settings(settings: dict) -> list[str]:
    recipients = organization(settings).get("recipients") or []
    if isinstance(recipients, str):
        recipients = recipients.splitlines()
    return [clean(r) for r in recipients if clean(r)]


def month_words(month: str) -> str:
    """ "2026-12" -> "tháng 12 năm 2026"."""
    year, mon = month.split("-")
    return f"tháng {int(mon)} năm {year}"


def parse_day(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def day_heading(day: dt.date | None, session: str | None = None) -> str:
    """ "Thứ Năm, ngày 10/12/2026 — Buổi sáng"."""
    if day is None:
        return UNDATED
    text = f"{WEEKDAYS[day.weekday()]}, ngày {day:%d/%m/%Y}"
    if session:
        text += f" — {SESSION_NAMES.get(session, session)}"
    return text


def role_name(role: str, levels: LevelNames = DISTRICT_LEVELS) -> str:
    """The role as the organization's level names say it ("Cán bộ theo dõi, hỗ trợ thôn")."""
    try:
        return roles.role_name(Role(role).value, levels)
    except ValueError:
        return clean(role)


def attendee_line(attendee: dict, levels: LevelNames = DISTRICT_LEVELS,
                  said: dict[str, str] | None = None) -> str:
    """ "Đ/c Nguyễn Văn An (Cấp ủy phụ trách xã)". ``said`` keeps the roles' names said
    once for a whole calendar (a province month names 12,000 attendees' roles)."""
    name = clean(attendee.get("name"))
    role = attendee.get("role")
    if not role:
        return f"Đ/c {name}"
    words = said.get(role) if said is not None else None
    if words is None:
        words = str(role_name(role, levels))
        if said is not None:
            said[role] = words
    return f"Đ/c {name} ({words})"


def _commune_words(commune: str) -> str:
    """ "An Khánh" -> "xã An Khánh"; "Thị trấn Tiên Thủy" -> "thị trấn Tiên Thủy"."""
    commune = clean(commune)
    for prefix in ("xã ", "thị trấn ", "phường ", "đặc khu "):
        if commune.lower().startswith(prefix):
            return prefix + commune[len(prefix):]
    return f"xã {commune}" if commune else ""


def unit_text(meeting: dict) -> str:
    """The unit as the calendar names it: "Đảng ủy xã An Khánh", "Chi bộ Ấp 1 (xã An Khánh)",
    or "Chi bộ Ấp 1" in a commune's own calendar: the meeting's ``label``, which the
    calendar's rows decide for every document alike. A meeting without one (written by
    hand) is named from its unit and commune."""
    label = clean(meeting.get("label"))
    if label:
        return label
    unit = clean(meeting.get("unit"))
    commune = clean(meeting.get("commune"))
    if meeting.get("kind") == "committee":
        if unit.lower().startswith("đảng ủy"):
            return unit
        return f"Đảng ủy {_commune_words(commune or unit)}"
    if commune and commune.lower() not in unit.lower():
        return f"{unit} ({_commune_words(commune)})"
    return unit


def meeting_sort_key(meeting: dict) -> tuple:
    day = parse_day(meeting.get("date"))
    return (
        day is None,
        day or dt.date.min,
        SESSION_ORDER.get(meeting.get("session"), 9),
        meeting.get("start") or "",
        0 if meeting.get("kind") == "committee" else 1,
        text_sort_key(meeting.get("commune") or ""),
        text_sort_key(meeting.get("unit") or ""),
    )


def grouped_rows(meetings: Iterable[dict], compact: bool = False,
                 levels: LevelNames = DISTRICT_LEVELS) -> tuple[list[list[str]], dict[int, str]]:
    """Table rows ordered by day and session, with a heading before each new group.

    ``compact`` puts a meeting's attendees on one line, separated by "; "."""
    rows: list[list[str]] = []
    groups: dict[int, str] = {}
    current = object()
    joiner = "; " if compact else "\n"
    said: dict[str, str] = {}
    for meeting in sorted(meetings, key=meeting_sort_key):
        day = parse_day(meeting.get("date"))
        key = (day, meeting.get("session") if day else None)
        if key != current:
            current = key
            groups[len(rows)] = day_heading(day, meeting.get("session") if day else None)
        attendees = meeting.get("attendees") or []
        people = joiner.join(attendee_line(a, levels, said) for a in attendees) \
            or "(chưa có cán bộ dự)"
        rows.append([
            str(len(rows) + 1),
            clean(meeting.get("start")) or SESSION_NAMES.get(meeting.get("session"), ""),
            unit_text(meeting),
            clean(meeting.get("place")),
            people,
        ])
    return rows, groups


def needs_landscape(meetings: Iterable[dict]) -> bool:
    return any(len(attendee_line(a)) > LANDSCAPE_ATTENDEE_CHARS
               for m in meetings for a in m.get("attendees") or [])


def revision_number(view: dict) -> int:
    revision = view.get("revision")
    if isinstance(revision, int):
        return revision
    return max(int(view.get("version") or 1) - 1, 0)


def extract_words(extract: str) -> str:
    """ "xã An Khánh" -> "của Đảng bộ xã An Khánh"; a cluster: "các xã thuộc Cụm 1"."""
    extract = clean(extract)
    if not extract:
        return ""
    if extract.lower().startswith(("xã ", "thị trấn ", "phường ")):
        return f"của Đảng bộ {extract}"
    return f"các đơn vị thuộc {extract}"


def calendar_header(view: dict, settings: dict,
                    extract: str = "") -> tuple[DocumentHeader, bool, str]:
    """(header, draft?, footer note) for a calendar version (or an extract of it)."""
    draft = view.get("status") != "approved"
    org = organization(settings)
    number = clean(view.get("number")) if not draft else ""
    if not number:
        number = org.get("number_suffix", "") if draft else ""
    revision = revision_number(view)
    subtitle = f"(Điều chỉnh lần {revision})" if revision else ""
    whose = extract_words(extract)
    header = header_from_settings(
        settings,
        number=number,
        date=None if draft else parse_day(view.get("approved_on")),
        doc_type="LỊCH",
        summary=(f"sinh hoạt đảng ủy, chi bộ {month_words(view['month'])}"
                 + (f" {whose}" if whose else "")),
        subtitle=subtitle,
    )
    note = f"Phiên bản {view.get('version') or 1}" if revision else ""
    return header, draft, note


def chunks(rows: list[list[str]], groups: dict[int, str], size: int = CHUNK_ROWS,
           starts: list[int] | None = None) -> list[tuple[list[list[str]], dict[int, str]]]:
    """Cut a long table at group headings (or at ``starts``) into parts of about ``size`` rows.

    reportlab re-measures the rest of a table at every page break, so one table
    of a province's 5,000 meetings costs time growing with the square of its
    length; parts of a few hundred rows keep it linear. A district month stays
    one table.
    """
    if len(rows) <= size * 3 // 2:
        return [(rows, groups)]
    cuts = [0]
    for start in sorted(groups) if starts is None else starts:
        if start - cuts[-1] >= size:
            cuts.append(start)
    cuts.append(len(rows))
    return [(rows[a:b], {i - a: text for i, text in groups.items() if a <= i < b})
            for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def calendar_table(view: dict, settings: dict) -> tuple[TableSpec | None, bool]:
    """(the whole month's table or None without meetings, landscape?) of a version."""
    meetings = view.get("meetings") or []
    compact = compact_layout(settings)
    rows, groups = grouped_rows(meetings, compact, level_names(settings))
    landscape = needs_landscape(meetings)
    if compact:
        widths = COMPACT_LANDSCAPE_WIDTHS if landscape else COMPACT_PORTRAIT_WIDTHS
    else:
        widths = LANDSCAPE_WIDTHS if landscape else PORTRAIT_WIDTHS
    if not rows:
        return None, landscape
    return TableSpec(headers=HEADERS, rows=rows, col_widths_mm=widths, group_rows=groups,
                     align=["center", "center", "left", "left", "left"]), landscape


NO_MEETINGS = "Tháng này chưa có cuộc họp nào trong lịch."


def write_calendar_pdf(view: dict, settings: dict, path, extract: str = "") -> None:
    """Write the month's calendar (one version, or an extract of it) as an official PDF."""
    header, draft, note = calendar_header(view, settings, extract)
    table, landscape = calendar_table(view, settings)
    body: list = []
    if table is not None:
        for part, part_groups in chunks(table.rows, table.group_rows):
            body.append(TableSpec(table.headers, part, table.col_widths_mm, part_groups,
                                  table.align, table.font_size))
    else:
        body.append(NO_MEETINGS)
    build_official_pdf(
        path, header, body, recipients_from_settings(settings), signer_for(view, settings),
        landscape=landscape, draft=draft, version_note=note,
    )
