"""Personal schedules (Lịch cá nhân): one slip per officer with their meetings of the month.

``write_personal_pdf(data, settings, path)`` prints the data of
``dvdesk.services.documents.personal_data``. Slips follow one another with a
cutting line (each kept whole on a page where it fits), so a district's few
hundred officers print on a few dozen pages; a draft calendar's slips carry
the "DỰ THẢO" mark.
"""

from __future__ import annotations

from dvdesk.documents.calendar_pdf import (
    SESSION_NAMES,
    header_from_settings,
    meeting_sort_key,
    month_words,
    parse_day,
    role_name,
    unit_text,
)
from dvdesk.documents.official import Slip, TableSpec, build_slips_pdf
from dvdesk.domain.text import clean

WEEKDAYS_SHORT = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
HEADERS = ["STT", "Ngày", "Buổi, giờ", "Đơn vị", "Địa điểm", "Nhiệm vụ"]
WIDTHS = [12, 30, 22, 40, 30, 26]


def day_text(value) -> str:
    day = parse_day(value)
    return f"{WEEKDAYS_SHORT[day.weekday()]}, {day:%d/%m/%Y}" if day else "Chưa xếp"


def slip_rows(meetings: list[dict]) -> list[list[str]]:
    rows = []
    for index, meeting in enumerate(sorted(meetings, key=meeting_sort_key), 1):
        session = SESSION_NAMES.get(meeting.get("session"), "").removeprefix("Buổi ").strip()
        when = f"{session.capitalize()} {clean(meeting.get('start'))}".strip()
        rows.append([str(index), day_text(meeting.get("date")), when, unit_text(meeting),
                     clean(meeting.get("place")), role_name(meeting.get("role", ""))])
    return rows


def officer_heading(officer: dict) -> list[str]:
    lines = [f"Đồng chí: {clean(officer['name'])}"]
    position = ", ".join(x for x in (clean(officer.get("title")), clean(officer.get("workplace")))
                         if x)
    if position:
        lines.append(f"Chức vụ, đơn vị: {position}")
    if clean(officer.get("phone")):
        lines.append(f"Điện thoại: {clean(officer['phone'])}")
    return lines


def write_personal_pdf(data: dict, settings: dict, path) -> None:
    view = data["view"]
    draft = view.get("status") != "approved"
    subtitle = ""
    if not draft and clean(view.get("number")):
        subtitle = f"(Theo Lịch số {clean(view['number'])}"
        approved_on = parse_day(view.get("approved_on"))
        subtitle += f" ngày {approved_on:%d/%m/%Y})" if approved_on else ")"
    header = header_from_settings(
        settings, number="", date=parse_day(view.get("approved_on")) if not draft else None,
        doc_type="LỊCH CÁ NHÂN",
        summary=f"dự sinh hoạt đảng ủy, chi bộ {month_words(view['month'])}",
        subtitle=subtitle,
    )
    slips = [
        Slip(heading=officer_heading(officer),
             body=[TableSpec(headers=HEADERS, rows=slip_rows(officer["meetings"]),
                             col_widths_mm=WIDTHS, font_size=13,
                             align=["center", "left", "left", "left", "left", "left"])])
        for officer in data["officers"]
    ]
    if not slips:
        slips = [Slip(heading=[], body=["Tháng này chưa có cán bộ nào được phân công dự họp."])]
    revision = int(view.get("revision") or 0)
    build_slips_pdf(path, header, slips, draft=draft, one_per_page=False,
                    version_note=f"Điều chỉnh lần {revision}" if revision else "")
