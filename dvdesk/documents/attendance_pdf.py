"""The monthly attendance review (Báo cáo kết quả cán bộ dự sinh hoạt) as a PDF.

``write_attendance_pdf(data, settings, path)`` prints the data of
``dvdesk.services.documents.attendance_data``: a summary paragraph (meetings,
expected attendances, how many were recorded present, excused, absent, not yet
recorded), then one row per expected officer of every meeting with what was
recorded ("chưa ghi nhận" when nothing was), then the officers who missed a
meeting. With ``data["compliance"]`` the rates follow the summary
(``compliance_pdf``).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from dvdesk.documents.calendar_pdf import (
    chunks,
    header_from_settings,
    meeting_sort_key,
    month_words,
    parse_day,
    recipients_from_settings,
    role_name,
    signer_from_settings,
    unit_text,
)
from dvdesk.documents.compliance_pdf import compliance_section
from dvdesk.documents.official import TableSpec, build_official_pdf
from dvdesk.domain.text import clean, name_sort_key
from dvdesk.domain.units import DISTRICT_LEVELS, LevelNames, level_names

STATUS_TEXT = {"present": "Có mặt", "excused": "Vắng có lý do", "absent": "Vắng",
               None: "Chưa ghi nhận"}
HEADERS = ["STT", "Ngày", "Đơn vị", "Cán bộ dự theo phân công", "Kết quả"]
WIDTHS = [12, 26, 42, 48, 32]
ABSENCE_HEADERS = ["STT", "Họ và tên", "Số buổi phải dự", "Có mặt", "Vắng có lý do", "Vắng"]
ABSENCE_WIDTHS = [12, 48, 25, 25, 25, 25]


def result_text(attendee: dict) -> str:
    status = attendee.get("status")
    text = STATUS_TEXT.get(status, clean(status))
    reason = clean(attendee.get("reason"))
    return f"{text}: {reason}" if reason and status in ("excused", "absent") else text


def meeting_rows(meetings: list[dict], levels: LevelNames = DISTRICT_LEVELS) -> list[list[str]]:
    rows: list[list[str]] = []
    for index, meeting in enumerate(sorted(meetings, key=meeting_sort_key), 1):
        day = parse_day(meeting.get("date"))
        when = f"{day:%d/%m/%Y}" if day else "Chưa xếp"
        attendees = meeting.get("attendees") or []
        if not attendees:
            rows.append([str(index), when, unit_text(meeting), "(không có cán bộ được phân công)",
                         ""])
            continue
        for position, attendee in enumerate(attendees):
            first = position == 0
            rows.append([str(index) if first else "", when if first else "",
                         unit_text(meeting) if first else "",
                         f"{clean(attendee['name'])} ({role_name(attendee.get('role', ''), levels)})",
                         result_text(attendee)])
    return rows


def tally(meetings: list[dict]) -> Counter:
    counts: Counter = Counter()
    for meeting in meetings:
        for attendee in meeting.get("attendees") or []:
            counts[attendee.get("status")] += 1
    return counts


def summary_text(month: str, meetings: list[dict]) -> str:
    counts = tally(meetings)
    expected = sum(counts.values())
    mon = month_words(month)
    text = (f"Trong {mon} có {len(meetings)} cuộc họp đảng ủy, sinh hoạt chi bộ với "
            f"{expected} lượt cán bộ được phân công dự.")
    recorded = expected - counts[None]
    if not recorded:
        return text + " Kết quả dự họp chưa ghi nhận."
    return (text + f" Đã ghi nhận {recorded} lượt: có mặt {counts['present']}, vắng có lý do "
            f"{counts['excused']}, vắng {counts['absent']}; chưa ghi nhận {counts[None]} lượt.")


def absence_rows(meetings: list[dict]) -> list[list[str]]:
    per: dict[int, Counter] = defaultdict(Counter)
    names: dict[int, str] = {}
    for meeting in meetings:
        for attendee in meeting.get("attendees") or []:
            per[attendee["id"]][attendee.get("status")] += 1
            names[attendee["id"]] = clean(attendee["name"])
    missed = [i for i, c in per.items() if c["excused"] or c["absent"]]
    missed.sort(key=lambda i: name_sort_key(names[i]))
    return [[str(n), names[i], str(sum(per[i].values())), str(per[i]["present"]),
             str(per[i]["excused"]), str(per[i]["absent"])] for n, i in enumerate(missed, 1)]


def write_attendance_pdf(data: dict, settings: dict, path, *, number: str = "",
                         date=None) -> None:
    """Write the review; ``number`` and ``date`` print in the header (blanks when not given).

    A meeting's rows stay on one page; a meeting with more officers than fit is cut
    with its number, date and unit shown again on the next page."""
    view = data["view"]
    meetings = data["meetings"]
    body: list = [summary_text(view["month"], meetings),
                  *compliance_section(data.get("compliance"), level_names(settings))]
    rows = meeting_rows(meetings, level_names(settings))
    # A province month has ~15,000 rows: cut it between meetings (see calendar_pdf.chunks).
    starts = [i for i, row in enumerate(rows) if row[0]]
    for part, _groups in (chunks(rows, {}, starts=starts) if rows else []):
        body.append(TableSpec(headers=HEADERS, rows=part, col_widths_mm=WIDTHS,
                              align=["center", "center", "left", "left", "left"],
                              font_size=12.5, carry_columns=[0, 1, 2]))
    missed = absence_rows(meetings)
    if missed:
        body.append("Cán bộ vắng trong tháng:")
        body.append(TableSpec(headers=ABSENCE_HEADERS, rows=missed, col_widths_mm=ABSENCE_WIDTHS,
                              align=["center", "left", "center", "center", "center", "center"],
                              font_size=12.5))
    header = header_from_settings(
        settings, number=number, date=date, doc_type="BÁO CÁO",
        summary=f"kết quả cán bộ dự sinh hoạt đảng ủy, chi bộ {month_words(view['month'])}",
    )
    build_official_pdf(path, header, body, recipients_from_settings(settings),
                       signer_from_settings(settings))
