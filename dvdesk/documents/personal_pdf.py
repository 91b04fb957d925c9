"""Personal schedules (Lịch cá nhân): one slip per officer with their meetings of the month.

``write_personal_pdf(data, settings, path)`` prints the data of
``dvdesk.services.documents.personal_data``. Slips follow one another with a
cutting line (each kept whole on a page where it fits), so a district's few
hundred officers print on a few dozen pages; a draft calendar's slips carry
the "DỰ THẢO" mark. Each slip has a QR code beside the officer's name: a phone
camera reads it as that officer's meetings (iCalendar events, or a short listing
when the month does not fit, ``documents.ics.qr_text``).
"""

from __future__ import annotations

import functools

from reportlab.platypus import Flowable

from dvdesk.documents.calendar_pdf import (
    SESSION_NAMES,
    header_from_settings,
    meeting_sort_key,
    month_words,
    parse_day,
    role_name,
    unit_text,
)
from dvdesk.documents.ics import qr_text
from dvdesk.documents.official import Slip, TableSpec, build_slips_pdf
from dvdesk.domain.text import clean
from dvdesk.domain.units import DISTRICT_LEVELS, LevelNames, level_names

QR_SIZE_MM = 32
NO_MEETINGS = "Tháng này đồng chí không còn cuộc họp nào phải dự (theo lịch điều chỉnh)."

WEEKDAYS_SHORT = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
HEADERS = ["STT", "Ngày", "Buổi, giờ", "Đơn vị", "Địa điểm", "Nhiệm vụ"]
WIDTHS = [12, 30, 22, 40, 30, 26]


def day_text(value) -> str:
    day = parse_day(value)
    return f"{WEEKDAYS_SHORT[day.weekday()]}, {day:%d/%m/%Y}" if day else "Chưa xếp"


def slip_rows(meetings: list[dict], levels: LevelNames = DISTRICT_LEVELS) -> list[list[str]]:
    rows = []
    for index, meeting in enumerate(sorted(meetings, key=meeting_sort_key), 1):
        session = SESSION_NAMES.get(meeting.get("session"), "").removeprefix("Buổi ").strip()
        when = f"{session.capitalize()} {clean(meeting.get('start'))}".strip()
        rows.append([str(index), day_text(meeting.get("date")), when, unit_text(meeting),
                     clean(meeting.get("place")), role_name(meeting.get("role", ""), levels)])
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


def _reuse_generator_polynomials() -> None:
    """reportlab's encoder builds the Reed-Solomon generator polynomial of a block size
    again for every block of every code (a third of the encoding time); it is a pure
    function of that size, so it is kept once made."""
    from reportlab.graphics.barcode import qrencoder

    util = getattr(qrencoder, "QRUtil", None)
    make = getattr(util, "getErrorCorrectPolynomial", None)
    if make is not None and not hasattr(make, "cache_info"):
        util.getErrorCorrectPolynomial = staticmethod(functools.lru_cache(maxsize=None)(make))


class QrCode(Flowable):
    """A QR code of ``value`` (UTF-8, error correction M), ``size_mm`` square with its quiet
    zone. Encoded once by reportlab's encoder and drawn as one path of dark runs: its
    widget re-encodes at every draw and makes a shape per run, which costs a district's
    four hundred slips a minute and a half.

    The mask is fixed (pattern 4) instead of trying all eight: that search is nine tenths
    of the encoding time, and on the slips' texts pattern 4 is the best one for most
    codes and within a few percent of the best penalty on average."""

    QUIET = 4  # modules of white around the code
    MASK = 4

    def __init__(self, value: str, size_mm: float = QR_SIZE_MM):
        super().__init__()
        from reportlab.graphics.barcode import qrencoder
        from reportlab.lib.units import mm

        _reuse_generator_polynomials()
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(value)
        code.version = code.calculate_version()
        code.makeImpl(False, self.MASK)
        self.modules = [[bool(x) for x in row] for row in code.modules]
        self.width = self.height = size_mm * mm

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self):
        count = len(self.modules)
        box = self.width / (count + 2 * self.QUIET)
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            y = self.height - (r + self.QUIET + 1) * box
            c = 0
            while c < count:
                if row[c]:
                    end = c
                    while end < count and row[end]:
                        end += 1
                    path.rect((c + self.QUIET) * box, y, (end - c) * box, box)
                    c = end
                else:
                    c += 1
        self.canv.saveState()
        self.canv.setFillColorRGB(0, 0, 0)
        self.canv.drawPath(path, stroke=0, fill=1)
        self.canv.restoreState()


def officer_qr(officer: dict, view: dict):
    from dvdesk.domain.calendar.months import month_text

    heading = f"Lịch tháng {month_text(view['month'])} - Đ/c {clean(officer['name'])}"
    return QrCode(qr_text(sorted(officer["meetings"], key=meeting_sort_key),
                           month=view["month"], version=int(view.get("version") or 1),
                           heading=heading))


def slip_body(officer: dict, levels: LevelNames = DISTRICT_LEVELS) -> list:
    if not officer["meetings"]:
        return [NO_MEETINGS]
    return [TableSpec(headers=HEADERS, rows=slip_rows(officer["meetings"], levels),
                      col_widths_mm=WIDTHS, font_size=13,
                      align=["center", "left", "left", "left", "left", "left"])]


def write_personal_pdf(data: dict, settings: dict, path) -> None:
    view = data["view"]
    levels = level_names(settings)
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
        Slip(heading=officer_heading(officer), body=slip_body(officer, levels),
             aside=officer_qr(officer, view) if officer["meetings"] else None)
        for officer in data["officers"]
    ]
    if not slips:
        slips = [Slip(heading=[], body=["Tháng này chưa có cán bộ nào được phân công dự họp."])]
    revision = int(view.get("revision") or 0)
    build_slips_pdf(path, header, slips, draft=draft, one_per_page=False,
                    version_note=f"Điều chỉnh lần {revision}" if revision else "")
