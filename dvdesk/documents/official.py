"""Official Party documents (Hướng dẫn 36-HD/VPTW layout) as PDF.

Two builders, both writing to a path or a binary file object:

``build_official_pdf(target, header, body, recipients, signer, *, landscape=False,
draft=False, version_note="")``
    One document: the header block (superior and issuing body, "*", number on the
    left; "ĐẢNG CỘNG SẢN VIỆT NAM" with its rule and the place-date line on the
    right), the centred document type, summary and optional subtitle, the body,
    then "Nơi nhận:" with the recipients on the left and the signer block on the
    right, kept together on one page with the last two rows of the last table
    (or the last paragraph), so a signature never stands alone on a page; rows
    moved that way get the table's header row again.

``build_slips_pdf(target, header, slips, *, landscape=False, draft=False,
version_note="", one_per_page=True, signer=None)``
    Several short documents in one PDF, e.g. one personal schedule per officer.
    Each ``Slip`` has its own heading lines under the title, its own body and,
    optionally, its own header, recipients and signer (else ``signer`` of the
    call), and a drawing beside its heading lines (``aside``: a QR code). With ``one_per_page`` every slip starts on a new page and numbers its
    own pages from its 2nd page; otherwise slips follow one another with a
    dashed cutting line between them, each kept whole on one page where it fits,
    under a smaller header.

The body is a list of ``TableSpec`` (a table: cells wrap, header row repeated on
every page, group headings across all columns), ``str`` (a justified 14 pt
paragraph; plain text, escaped) or any reportlab ``Flowable``.

Pages are A4 (margins top 25, bottom 25, left 35, right 15 mm; landscape top
20, bottom 20, left 30, right 15), numbered from page 2 in the top margin. A
draft shows a boxed "DỰ THẢO" at the top right of the first page and a light
diagonal "DỰ THẢO" on every page. ``version_note`` (e.g. "Điều chỉnh lần 1 —
phiên bản 2") is printed small at the foot of every page.

``DocumentHeader.number`` is the number as approved ("15-LT/HU"; a leading "Số"
is accepted). For a draft whose number is not given yet pass "" (prints
"Số" followed by a blank) or only the suffix ("-LT/HU", prints "Số      -LT/HU").
``date=None`` prints the place-date line with blanks to fill in by hand.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from dvdesk.documents.fonts import font_set
from dvdesk.documents.pdf_layout import (
    Styles,
    TableSpec,
    make_styles,
    make_table,
    split_table_spec,
    text,
)
from dvdesk.documents.pdf_pages import (
    DRAFT_TEXT,
    DocStart,
    DocumentTemplate,
    PageGeometry,
    TopAware,
    page_geometry,
)
from dvdesk.domain.text import clean, search_key
from dvdesk.safe_files import replacing

__all__ = [
    "DRAFT_TEXT",
    "DocumentHeader",
    "SignerBlock",
    "Slip",
    "TableSpec",
    "build_official_pdf",
    "build_slips_pdf",
    "format_place_date",
    "format_number",
    "recipient_lines",
]

PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM"
_NBSP = "\u00a0"
_BLANK = _NBSP * 8


@dataclass
class DocumentHeader:
    superior_body: str
    issuing_body: str
    number: str
    place: str
    date: datetime.date | None
    doc_type: str
    summary: str
    subtitle: str = ""


@dataclass
class SignerBlock:
    on_behalf: str
    position: str
    name: str


@dataclass
class Slip:
    """One short document of a slips PDF."""

    heading: list[str]
    body: list[TableSpec | Flowable | str]
    header: DocumentHeader | None = None
    recipients: list[str] = field(default_factory=list)
    signer: SignerBlock | None = None
    aside: Flowable | None = None  # drawn at the right of the heading lines


Body = Sequence[TableSpec | Flowable | str]


def format_place_date(place: str, date: datetime.date | None) -> str:
    """ "Châu Thành, ngày 02 tháng 12 năm 2026" (leading 0 for days 1–9 and months 1–2)."""
    place = clean(place)
    if date is None:
        line = f"ngày{_BLANK}tháng{_BLANK}năm{_BLANK}"
    else:
        month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
        line = f"ngày {date.day:02d} tháng {month} năm {date.year}"
    return f"{place}, {line}" if place else line[0].upper() + line[1:]


def format_number(number: str) -> str:
    """The number line: "Số 15-LT/HU"; a blank to fill in when the number is not given."""
    number = clean(number)
    if search_key(number).startswith("so "):
        number = number[3:].strip()
    elif search_key(number) == "so":
        number = ""
    if not number:
        return f"Số{_BLANK}{_BLANK}"
    if number.startswith("-"):
        return f"Số{_BLANK}{number}"
    return f"Số {number}"


def recipient_lines(recipients: Sequence[str]) -> list[str]:
    """The "Nơi nhận" lines as an official document writes them: each opens with "- ",
    ends with "," and the last with "." (whatever the secretary typed at the ends)."""
    lines = []
    for raw in recipients:
        line = clean(raw).lstrip("-+•–— ").rstrip(",.;: ").strip()
        if line:
            lines.append(f"- {line}")
    return [line + ("." if i == len(lines) - 1 else ",") for i, line in enumerate(lines)]


def _upper(value: str) -> str:
    return clean(value).upper()


class _Rule(Flowable):
    """A centred horizontal rule of a given width."""

    def __init__(self, width: float, thickness: float = 0.6):
        super().__init__()
        self.rule_width = width
        self.thickness = thickness

    def wrap(self, availWidth, availHeight):
        self.avail = availWidth
        return availWidth, self.thickness + 2

    def draw(self):
        x = (self.avail - self.rule_width) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, self.thickness + 1, x + self.rule_width, self.thickness + 1)


def header_flowables(
    header: DocumentHeader, styles: Styles, geometry: PageGeometry, *, blank_number: bool = True
) -> list:
    """The header block, title, summary and subtitle of a document.

    An empty number prints "Số" and a blank to fill in, unless ``blank_number``
    is false (slips without a number), which leaves the line empty.
    """
    width = geometry.width
    left_w = width * (0.44 if geometry.size[0] < geometry.size[1] else 0.42)
    right_w = width - left_w
    s = styles
    number_line = format_number(header.number) if blank_number or clean(header.number) else ""
    party_width = stringWidth(PARTY_NAME, s.party.fontName, s.party.fontSize)
    left_top = [
        Paragraph(text(_upper(header.superior_body)), s.superior),
        Paragraph(text(_upper(header.issuing_body)), s.issuing),
        Paragraph("*", s.superior),
    ]
    right_top = [Paragraph(PARTY_NAME, s.party), Spacer(1, 1), _Rule(party_width)]
    block = Table(
        [
            [left_top, right_top],
            [
                Paragraph(text(number_line), s.number),
                Paragraph(text(format_place_date(header.place, header.date)), s.place_date),
            ],
        ],
        colWidths=[left_w, right_w],
        hAlign="CENTER",
    )
    block.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), s.fonts.regular),
                ("VALIGN", (0, 0), (-1, 0), "TOP"),
                ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 2),
            ]
        )
    )
    out: list = [block, Spacer(1, 6 * mm * (s.doc_type.fontSize / 16))]
    if clean(header.doc_type):
        out.append(Paragraph(text(_upper(header.doc_type)), s.doc_type))
    if clean(header.summary):
        out.append(Paragraph(text(clean(header.summary)), s.summary))
    if clean(header.subtitle):
        out.append(Paragraph(text(clean(header.subtitle)), s.subtitle))
    out.append(Paragraph("-----", s.body_center))
    out.append(Spacer(1, 3 * mm))
    return out


def body_flowables(body: Body, styles: Styles, geometry: PageGeometry,
                   following: object = None) -> list:
    """The body's items as flowables; ``following`` is what comes after them (the last
    table that ``body_with_closing`` keeps with the signature)."""
    out: list = []
    items = list(body)
    for index, item in enumerate(items):
        if isinstance(item, TableSpec):
            out.append(make_table(item, styles.fonts, geometry.width))
            out.append(Spacer(1, 3 * mm))
        elif isinstance(item, str):
            paragraph = Paragraph(text(item), styles.body)
            after = items[index + 1] if index + 1 < len(items) else following
            if isinstance(after, TableSpec):
                out.append(CondPageBreak(_lead_height(paragraph, after, styles, geometry)))
            out.append(paragraph)
        elif isinstance(item, Flowable):
            out.append(item)
        else:
            raise TypeError(f"Không đưa được {type(item).__name__} vào văn bản.")
    return out


def closing_flowables(
    recipients: Sequence[str], signer: SignerBlock | None, styles: Styles, geometry: PageGeometry
) -> list:
    """ "Nơi nhận:" and the signer block side by side (a spacer and one table row)."""
    s = styles
    recipients = recipient_lines(recipients)
    if not recipients and signer is None:
        return []
    left: list = []
    if recipients:
        left.append(Paragraph("<u>Nơi nhận:</u>", s.recipients_title))
        for line in recipients:
            left.append(Paragraph(text(line), s.recipient))
    right: list = []
    if signer is not None:
        for line in (signer.on_behalf, signer.position):
            if clean(line):
                right.append(Paragraph(text(_upper(line)), s.signer))
        right.append(Spacer(1, 24 * mm))
        if clean(signer.name):
            right.append(Paragraph(text(clean(signer.name)), s.signer_name))
    width = geometry.width
    table = Table([[left or "", right or ""]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), s.fonts.regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [Spacer(1, 4 * mm), table]


def _lead_height(heading: Paragraph, table: TableSpec, styles: Styles,
                 geometry: PageGeometry) -> float:
    """The room a heading needs with its table's header and first rows: with less left
    on the page, the heading starts the next page rather than end this one alone."""
    top = split_table_spec(table, HEAD_ROWS)[0] if len(table.rows) > HEAD_ROWS else table
    room = geometry.height
    _, heading_height = heading.wrap(geometry.width, room)
    _, rows_height = make_table(top, styles.fonts, geometry.width).wrap(geometry.width, room)
    return heading_height + rows_height


# Rows of the last table that stay on the page of the signature.
TAIL_ROWS = 2


def body_with_closing(
    body: Body, recipients: Sequence[str], signer: SignerBlock | None, styles: Styles,
    geometry: PageGeometry,
) -> list:
    """The body, then "Nơi nhận" and the signer kept together with the end of the body.

    A signature never stands alone on a page: the last rows of the last table
    (or the last paragraph) move with it to the next page when it does not fit.
    """
    items = list(body)
    closing = closing_flowables(recipients, signer, styles, geometry)
    if not closing or not items:
        return body_flowables(items, styles, geometry) + (
            [KeepTogether(closing)] if closing else [])
    last = items[-1]
    out = body_flowables(items[:-1], styles, geometry, following=last)
    if isinstance(last, TableSpec) and len(last.rows) > TAIL_ROWS:
        main, tail = split_table_spec(last, len(last.rows) - TAIL_ROWS)
        out.append(make_table(main, styles.fonts, geometry.width))
        tail_flowables = [TopAware(
            make_table(tail, styles.fonts, geometry.width),
            make_table(tail, styles.fonts, geometry.width, header=False),
        )]
    else:
        tail_flowables = body_flowables([last], styles, geometry)
    out.append(KeepTogether(tail_flowables + closing))
    return out


# Rows of a table kept on the page of the heading above it.
HEAD_ROWS = 2


def _heading_with_body(lead: list, body: Body, recipients: Sequence[str],
                       signer: SignerBlock | None, styles: Styles,
                       geometry: PageGeometry, ending: list) -> list:
    """A slip: its header and heading (``lead``), its body, closing and ``ending``.

    A short slip (the usual one: a few meetings) is kept whole on one page. A long
    one starts a page with its heading, the table's header row and first rows
    together, so the heading never ends a page alone."""
    items = list(body)
    first = items[0] if items else None
    if not isinstance(first, TableSpec) or len(items) > 1 \
            or len(first.rows) <= HEAD_ROWS + TAIL_ROWS + 1:
        return [KeepTogether(lead + body_with_closing(items, recipients, signer, styles,
                                                      geometry) + ending)]
    top, rest = split_table_spec(first, HEAD_ROWS)
    kept = KeepTogether(lead + [make_table(top, styles.fonts, geometry.width)])
    rest_flow = body_with_closing([rest], recipients, signer, styles, geometry)
    # The rest continues the table just above it; starting a page, it shows its header.
    if rest_flow and isinstance(rest_flow[0], Table):
        rest_flow[0] = TopAware(rest_flow[0], make_table(
            _without_tail(rest, rest_flow), styles.fonts, geometry.width, header=False))
    return [kept] + rest_flow + ending


def _without_tail(spec: TableSpec, flow: list) -> TableSpec:
    """The rows of ``spec`` that ``body_with_closing`` drew in its first table."""
    if len(flow) > 1 and len(spec.rows) > TAIL_ROWS:
        return split_table_spec(spec, len(spec.rows) - TAIL_ROWS)[0]
    return spec


def _document_info(header: DocumentHeader, draft: bool) -> dict:
    title = " ".join(x for x in (_upper(header.doc_type), clean(header.summary)) if x)
    if draft:
        title = f"{title} ({DRAFT_TEXT})"
    return {"title": title, "author": clean(header.issuing_body), "lang": "vi-VN"}


def build_official_pdf(
    path_or_file: str | object | BinaryIO,
    header: DocumentHeader,
    tables_or_flowables: Body,
    recipients: list[str],
    signer: SignerBlock | None,
    *,
    landscape: bool = False,
    draft: bool = False,
    version_note: str = "",
) -> None:
    """Write one official document (see the module docstring)."""
    fonts = font_set()
    geometry = page_geometry(landscape)
    styles = make_styles(fonts)
    story = header_flowables(header, styles, geometry)
    story += body_with_closing(tables_or_flowables, recipients, signer, styles, geometry)
    with _target(path_or_file) as target:
        doc = DocumentTemplate(
            target, geometry=geometry, fonts=fonts, draft=draft,
            version_note=clean(version_note), **_document_info(header, draft),
        )
        doc.build(story)


def build_slips_pdf(
    path_or_file: str | object | BinaryIO,
    header: DocumentHeader,
    slips: Sequence[Slip],
    *,
    landscape: bool = False,
    draft: bool = False,
    version_note: str = "",
    one_per_page: bool = True,
    signer: SignerBlock | None = None,
) -> None:
    """Write several short documents into one PDF (see the module docstring)."""
    fonts = font_set()
    geometry = page_geometry(landscape)
    styles = make_styles(fonts)  # the official sizes, as on every other document
    story: list = []
    for index, slip in enumerate(slips):
        lead: list = header_flowables(slip.header or header, styles, geometry, blank_number=False)
        lines = [Paragraph(f"<b>{text(clean(line))}</b>" if line_no == 0 else text(clean(line)),
                           styles.slip_heading) for line_no, line in enumerate(slip.heading)]
        lead += _beside(lines, slip.aside, geometry, styles)
        if slip.heading:
            lead.append(Spacer(1, 2 * mm))
        ending = []
        if not one_per_page and index + 1 < len(slips):
            # The cutting line closes the slip, so it never opens a page.
            ending.append(HRFlowable(width="100%", thickness=0.5, dash=(4, 3),
                                     spaceBefore=5 * mm, spaceAfter=5 * mm))
        part = _heading_with_body(lead, slip.body, slip.recipients, slip.signer or signer,
                                  styles, geometry, ending)
        if one_per_page:
            if index:
                story.append(PageBreak())
            story.append(DocStart())
        story += part
    if not story:
        story = header_flowables(header, styles, geometry)
    with _target(path_or_file) as target:
        doc = DocumentTemplate(
            target, geometry=geometry, fonts=fonts, draft=draft,
            version_note=clean(version_note), **_document_info(header, draft),
        )
        doc.build(story)


def _beside(lines: list, aside: Flowable | None, geometry: PageGeometry,
            styles: Styles) -> list:
    """The heading lines, with ``aside`` at their right when there is one."""
    if aside is None:
        return lines
    aside_width = aside.wrap(geometry.width, geometry.height)[0]
    table = Table([[lines or "", aside]], colWidths=[geometry.width - aside_width, aside_width])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), styles.fonts.regular),
        ("VALIGN", (0, 0), (0, 0), "MIDDLE"),
        ("VALIGN", (1, 0), (1, 0), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [table]


@contextmanager
def _target(path_or_file):
    """reportlab takes a file name (str) or a file object; accept os.PathLike too. A file
    name is written whole or not at all (``dvdesk.safe_files``)."""
    if hasattr(path_or_file, "write"):
        yield path_or_file
        return
    with replacing(path_or_file) as partial:
        yield str(partial)
