"""The feedback summary for the committee's monthly meeting, as an official document.

``write_feedback_pdf(data, settings, path, number="", date=None)`` prints the
data of ``dvdesk.services.feedback_report.feedback_report``: a summary paragraph
(received, resolved, still open and overdue on the report's day), the counts per
field and per commune, then every item overdue on that day with its hamlet,
content, the body it went to and its deadline ("Báo cáo tình hình tiếp nhận,
giải quyết phản ánh, kiến nghị của nhân dân tháng 11 năm 2026").
"""

from __future__ import annotations

import datetime as dt

from dvdesk.documents.calendar_pdf import (
    header_from_settings,
    recipients_from_settings,
    signer_from_settings,
)
from dvdesk.documents.official import TableSpec, build_official_pdf
from dvdesk.domain.text import clean
from dvdesk.domain.units import DISTRICT_LEVELS, LevelNames, level_names

COUNT_HEADERS = ["STT", "{unit}", "Tiếp nhận", "Đã giải quyết", "Quá hạn", "Chưa xong"]
COUNT_WIDTHS = [12, 64, 22, 24, 19, 19]
COUNT_ALIGN = ["center", "left", "center", "center", "center", "center"]
OVERDUE_HEADERS = ["STT", "Ngày nhận", "Nơi phản ánh", "Nội dung", "Chuyển đến", "Hạn trả lời"]
OVERDUE_WIDTHS = [11, 22, 33, 50, 25, 22]


def _day(value) -> str:
    return dt.date.fromisoformat(value).strftime("%d/%m/%Y") if value else ""


def summary_text(data: dict, levels: LevelNames = DISTRICT_LEVELS) -> str:
    total = data["counts"]["total"]
    return (f"Trong {data['period_words']}, cán bộ theo dõi, hỗ trợ {levels.phrase('hamlet')} "
            "đã tiếp nhận "
            f"{total['received']} phản ánh, kiến nghị của nhân dân; đã giải quyết xong "
            f"{total['resolved']}. Đến ngày {_day(data['counts']['as_of'])} còn {total['open']} "
            f"phản ánh, kiến nghị chưa giải quyết xong, trong đó {total['overdue']} quá hạn "
            "trả lời.")


def count_rows(rows: list[dict]) -> list[list[str]]:
    return [[str(n), clean(r["name"]), str(r["received"]), str(r["resolved"]),
             str(r["overdue"]), str(r["open"])] for n, r in enumerate(rows, 1)]


def overdue_rows(items: list[dict]) -> list[list[str]]:
    return [[str(n), _day(i["received"]), f"{clean(i['hamlet'])} ({clean(i['commune'])})",
             f"{clean(i['field'])}: {clean(i['content'])}", clean(i.get("forwarded_to")) or
             "(chưa chuyển)", _day(i["deadline"])] for n, i in enumerate(items, 1)]


def _counts(unit: str, rows: list[dict]) -> TableSpec:
    return TableSpec(headers=[h.format(unit=unit) for h in COUNT_HEADERS], rows=count_rows(rows),
                     col_widths_mm=COUNT_WIDTHS, align=COUNT_ALIGN, font_size=12.5)


def write_feedback_pdf(data: dict, settings: dict, path, *, number: str = "",
                       date: dt.date | None = None) -> None:
    counts = data["counts"]
    levels = level_names(settings)
    body: list = [summary_text(data, levels), "1. Theo lĩnh vực:",
                  _counts("Lĩnh vực", counts["by_field"])]
    body.append(f"2. Theo {levels.phrase('commune')}:")
    if counts["by_commune"]:
        body.append(_counts(levels.title("commune"), counts["by_commune"]))
    else:
        body.append("Không có phản ánh, kiến nghị nào trong kỳ.")
    body.append(f"3. Phản ánh, kiến nghị quá hạn trả lời đến ngày {_day(counts['as_of'])}:")
    if data["overdue"]:
        body.append(TableSpec(headers=OVERDUE_HEADERS, rows=overdue_rows(data["overdue"]),
                              col_widths_mm=OVERDUE_WIDTHS, font_size=12,
                              align=["center", "center", "left", "left", "left", "center"]))
    else:
        body.append("Không có phản ánh, kiến nghị quá hạn trả lời.")
    header = header_from_settings(
        settings, number=number, date=date, doc_type="BÁO CÁO",
        summary=("tình hình tiếp nhận, giải quyết phản ánh, kiến nghị của nhân dân "
                 f"{data['period_words']}"))
    build_official_pdf(path, header, body, recipients_from_settings(settings),
                       signer_from_settings(settings))
