"""Thông báo điều chỉnh lịch sinh hoạt: only what a revision changed, as an official document.

``write_changes_pdf(data, settings, path, number=None, date=None)`` prints the data of
``dvdesk.services.calendar_changes.notice_data``: a sentence naming the calendar it
amends (its number and date), one table of the changed meetings grouped by what
happened to them (moved, added, not held, attendees changed) with the time and
place before and after and the officers expected, then the officers to inform,
and "Nơi nhận" with the signer. A draft revision carries the "DỰ THẢO" mark.
"""

from __future__ import annotations

import datetime as dt

from dvdesk.documents.calendar_pdf import (
    SESSION_NAMES,
    header_from_settings,
    month_words,
    organization,
    parse_day,
    recipients_from_settings,
    signer_for,
)
from dvdesk.documents.official import TableSpec, build_official_pdf
from dvdesk.domain.text import clean

HEADERS = ["STT", "Đơn vị", "Trước điều chỉnh", "Sau điều chỉnh", "Cán bộ dự"]
WIDTHS = [12, 37, 35, 35, 41]
GROUPS = (("moved", "Dời ngày, giờ hoặc địa điểm"), ("added", "Bổ sung"),
          ("removed", "Không tổ chức"), ("attendees", "Thay đổi cán bộ dự"))
NOT_HELD = "Không tổ chức"
ADDED = "(bổ sung)"


def when_text(meeting: dict | None) -> str:
    """ "Chiều 15/10/2026, 14:00\nTại: Hội trường UBND xã"."""
    if meeting is None:
        return ""
    day = parse_day(meeting.get("date"))
    if day is None:
        text = "Chưa xếp ngày"
    else:
        session = SESSION_NAMES.get(meeting.get("session"), "").removeprefix("Buổi ").strip()
        text = f"{session.capitalize()} {day:%d/%m/%Y}".strip()
        if clean(meeting.get("start")):
            text += f", {clean(meeting['start'])}"
    if clean(meeting.get("place")):
        text += f"\nTại: {clean(meeting['place'])}"
    return text


def people_text(change: dict) -> str:
    """The officers expected after the change; who joined is marked, who left is named."""
    joined = {p["id"] for p in change.get("joined") or []}
    meeting = change["after"] or change["before"]
    lines = [f"Đ/c {clean(p['name'])}" + (" (mới)" if p["id"] in joined else "")
             for p in meeting.get("attendees") or []]
    left = [clean(p["name"]) for p in change.get("left") or []]
    if left:
        lines.append("Không còn dự: " + ", ".join(f"Đ/c {n}" for n in left))
    return "\n".join(lines) or "(chưa có cán bộ dự)"


def change_rows(changes: list[dict]) -> tuple[list[list[str]], dict[int, str]]:
    rows: list[list[str]] = []
    groups: dict[int, str] = {}
    for kind, title in GROUPS:
        # a meeting moved whose attendees changed too is listed once, with the moves
        members = [c for c in changes if c["kinds"][0] == kind]
        if not members:
            continue
        groups[len(rows)] = f"{title} ({len(members)})"
        for change in members:
            meeting = change["after"] or change["before"]
            before = when_text(change["before"]) if change["before"] else ADDED
            after = when_text(change["after"]) if change["after"] else NOT_HELD
            if kind == "attendees":
                after = "Như cũ"
            rows.append([str(len(rows) + 1), clean(meeting.get("label") or meeting["unit"]),
                         before, after, people_text(change)])
    return rows, groups


def amended_words(data: dict) -> str:
    """ "Lịch sinh hoạt đảng ủy, chi bộ tháng 10 năm 2026 (số 12-LT/HU ngày 28/09/2026)"."""
    amended = data["amended"]
    text = f"Lịch sinh hoạt đảng ủy, chi bộ {month_words(data['month'])}"
    refs = []
    if clean(amended.get("number")):
        refs.append(f"số {clean(amended['number'])}")
    day = parse_day(amended.get("approved_on"))
    if day:
        refs.append(f"ngày {day:%d/%m/%Y}")
    if amended.get("revision"):
        refs.append(f"điều chỉnh lần {amended['revision']}")
    return f"{text} ({' '.join(refs)})" if refs else text


def issuer_words(settings: dict) -> str:
    """ "Ban Thường vụ Huyện ủy": who issues the notice."""
    short = clean(organization(settings).get("short_name")) or "Huyện ủy"
    return f"Ban Thường vụ {short}"


def notice_number_suffix(settings: dict) -> str:
    """The blank number of a notice: the calendar's suffix with TB for LT ("-TB/HU")."""
    suffix = clean(organization(settings).get("number_suffix"))
    if "/" in suffix:
        return "-TB/" + suffix.split("/", 1)[1]
    return ""


def write_changes_pdf(data: dict, settings: dict, path, *, number: str | None = None,
                      date: dt.date | None = None) -> None:
    revised = data["revised"]
    draft = revised.get("status") != "approved"
    header = header_from_settings(
        settings,
        number=clean(number) if number else notice_number_suffix(settings),
        date=date if date is not None else (None if draft else parse_day(
            revised.get("approved_on"))),
        doc_type="THÔNG BÁO",
        summary=f"điều chỉnh lịch sinh hoạt đảng ủy, chi bộ {month_words(data['month'])}",
        subtitle=f"(Điều chỉnh lần {revised['revision']})" if revised.get("revision") else "",
    )
    changes = data["changes"]
    body: list = [
        f"{issuer_words(settings)} thông báo điều chỉnh {amended_words(data)} như sau:"]
    rows, groups = change_rows(changes)
    if rows:
        body.append(TableSpec(HEADERS, rows, WIDTHS, groups,
                              ["center", "left", "left", "left", "left"], font_size=12))
    else:
        body.append("Không có cuộc họp nào thay đổi.")
    officers = data["officers"]
    if officers:
        names = ", ".join(clean(o["name"]) for o in officers)
        body.append(f"Đề nghị các đồng chí có lịch thay đổi ({len(officers)} đồng chí) nắm và "
                    f"thực hiện: {names}.")
    body.append("Các nội dung khác của lịch giữ nguyên.")
    recipients = ["Các đồng chí có tên trên", *recipients_from_settings(settings)]
    view = {"signer": revised.get("signer")} if revised.get("signer") else {}
    build_official_pdf(path, header, body, recipients, signer_for(view, settings),
                       draft=draft)
