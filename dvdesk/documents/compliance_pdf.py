"""The compliance part of the monthly attendance review (tỷ lệ dự sinh hoạt).

``compliance_section(compliance)`` turns the plain dict of
``dvdesk.services.attendance_read.compliance`` (as ``dataclasses.asdict``) into
body parts for ``build_official_pdf``: the overall rate, a table per commune and
per cluster (expected, present, excused, absent, rate), the officers absent
without reason two months running, and the heading of the meeting table that
follows it in the review. The numbers are printed as given, so the
review, the window and ``attendance show --json`` agree.
"""

from __future__ import annotations

from dvdesk.documents.official import TableSpec
from dvdesk.domain.compliance import rate_text
from dvdesk.domain.text import clean
from dvdesk.domain.units import DISTRICT_LEVELS, LevelNames

HEADERS = ["STT", "{unit}", "Phải dự", "Có mặt", "Vắng có lý do", "Vắng", "Tỷ lệ"]
WIDTHS = [12, 54, 19, 19, 22, 16, 18]
ALIGN = ["center", "left", "center", "center", "center", "center", "center"]
REPEAT_HEADERS = ["STT", "Họ và tên", "Các tháng vắng liên tiếp"]
REPEAT_WIDTHS = [12, 70, 78]


def _month_text(month: str) -> str:
    year, mon = month.split("-")
    return f"{mon}/{year}"


def overall_text(overall: dict) -> str:
    if overall.get("rate") is None:
        return "Chưa ghi nhận kết quả dự họp nên chưa tính được tỷ lệ dự sinh hoạt."
    return (f"Tỷ lệ dự sinh hoạt chung (có mặt trên số lượt phải dự ở các cuộc họp đã ghi "
            f"nhận): {rate_text(overall['rate'])}; có mặt {overall['present']}, vắng có lý do "
            f"{overall['excused']}, vắng {overall['absent']} trong {overall['expected']} lượt "
            "phải dự.")


def tally_rows(rows: list[dict]) -> list[list[str]]:
    return [[str(n), clean(r["name"]), str(r["expected"]), str(r["present"]), str(r["excused"]),
             str(r["absent"]), rate_text(r["rate"])] for n, r in enumerate(rows, 1)]


def _table(unit: str, rows: list[dict]) -> TableSpec:
    return TableSpec(headers=[h.format(unit=unit) for h in HEADERS], rows=tally_rows(rows),
                     col_widths_mm=WIDTHS, align=ALIGN, font_size=12.5)


def compliance_section(compliance: dict | None,
                       levels: LevelNames = DISTRICT_LEVELS) -> list:
    """Body parts for the review; nothing when no compliance was given. Levels are named
    as the settings name them; a commune's own review has no cluster table."""
    if not compliance:
        return []
    body: list = [overall_text(compliance["overall"])]
    if len(compliance.get("by_commune") or []) > 1:
        body += [f"Tỷ lệ dự sinh hoạt theo {levels.phrase('commune')}:",
                 _table(levels.title("commune"), compliance["by_commune"])]
    clusters = compliance.get("by_cluster") or []
    if levels.used("cluster") and (len(clusters) > 1 or (clusters and clusters[0].get("id")
                                                        is not None)):
        word = str(levels.word("cluster"))  # "cụm": a cluster's name says the rest
        body += [f"Tỷ lệ dự sinh hoạt theo {word}:", _table(word[:1].upper() + word[1:],
                                                              clusters)]
    repeats = compliance.get("repeat_absentees") or []
    if repeats:
        body.append("Cán bộ vắng không có lý do 2 tháng liên tiếp:")
        body.append(TableSpec(
            headers=REPEAT_HEADERS, col_widths_mm=REPEAT_WIDTHS, font_size=12.5,
            align=["center", "left", "left"],
            rows=[[str(n), clean(r["name"]), ", ".join(_month_text(m) for m in r["months"])]
                  for n, r in enumerate(repeats, 1)]))
    body.append("Kết quả dự họp của từng cuộc họp:")  # the review's meeting table follows
    return body
