"""The monthly calendar as an editable Word file (python-docx).

``write_calendar_docx(view, settings, path, extract="")`` writes the same
document as ``calendar_pdf``: the letterhead (superior and issuing body, "*",
number; "ĐẢNG CỘNG SẢN VIỆT NAM" and the place-date line), the title, the
table grouped by day and session (header row repeated on every page), "Nơi
nhận" and the signer block, on A4 landscape in Times New Roman (LibreOffice
shows its metric twin, Liberation Serif). Secretaries change a word or two
before signing; everything is ordinary editable text, and tables are real
Word tables. Page numbers from page 2, in the top margin. A draft says "DỰ
THẢO" at the top right.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from dvdesk.documents.calendar_pdf import (
    NO_MEETINGS,
    calendar_header,
    calendar_table,
    recipients_from_settings,
    signer_for,
)
from dvdesk.documents.official import (
    PARTY_NAME,
    format_number,
    format_place_date,
    recipient_lines,
)
from dvdesk.documents.pdf_pages import DRAFT_TEXT, LANDSCAPE_MARGINS_MM
from dvdesk.domain.text import clean
from dvdesk.safe_files import write_bytes

FONT = "Times New Roman"
GROUP_FILL = "E6E6E6"
HEADER_FILL = "F2F2F2"


def _font(run, size: float, bold: bool = False, italic: bool = False,
          underline: bool = False) -> None:
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    run.font.underline = underline
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)


def _para(container, text: str, size: float, *, bold=False, italic=False, underline=False,
          align=WD_ALIGN_PARAGRAPH.CENTER, after: float = 0):
    paragraph = container.add_paragraph()
    paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(after)
    paragraph.paragraph_format.space_before = Pt(0)
    if text:
        _font(paragraph.add_run(text), size, bold, italic, underline)
    return paragraph


def _cell_text(cell, lines: list[str], size: float, *, bold=False, italic=False,
               align=WD_ALIGN_PARAGRAPH.LEFT, underline=False) -> None:
    """Fill a cell: one paragraph per line (the first reuses the cell's own paragraph)."""
    first = True
    for line in lines:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        paragraph.alignment = align
        paragraph.paragraph_format.space_after = Pt(0)
        _font(paragraph.add_run(line), size, bold, italic, underline)


def _no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _shade(cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_as_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.append(element)


def _keep_row_whole(row) -> None:
    element = OxmlElement("w:cantSplit")
    element.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(element)


def _page_number_header(section) -> None:
    """Page numbers centred in the top margin, from page 2 (the first page has none)."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    _font(run, 14)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            run._r.append(field)
        else:
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            run._r.append(instruction)


def _widths(table, widths_mm: list[float]) -> None:
    """Fixed column widths, written both where Word and where LibreOffice read them."""
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths_mm, strict=False):
        column.w = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=False):
            cell.width = Mm(width)


def write_calendar_docx(view: dict, settings: dict, path, extract: str = "") -> None:
    """Write one calendar version (or an extract) as a Word document."""
    header, draft, note = calendar_header(view, settings, extract)
    spec, _landscape = calendar_table(view, settings)
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(13)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)

    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    top, bottom, left, right = LANDSCAPE_MARGINS_MM
    section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.header_distance = Mm(8)
    _page_number_header(section)
    frame_mm = 297 - left - right

    if draft:
        _para(doc, DRAFT_TEXT, 13, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    letterhead = doc.add_table(rows=2, cols=2)
    _no_borders(letterhead)
    _widths(letterhead, [frame_mm * 0.42, frame_mm * 0.58])
    left_cell, right_cell = letterhead.rows[0].cells
    _cell_text(left_cell, [clean(header.superior_body).upper()], 14,
               align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(left_cell, clean(header.issuing_body).upper(), 14, bold=True)
    _para(left_cell, "*", 14)
    _cell_text(right_cell, [PARTY_NAME], 15, bold=True, underline=True,
               align=WD_ALIGN_PARAGRAPH.CENTER)
    number_cell, date_cell = letterhead.rows[1].cells
    _cell_text(number_cell, [format_number(header.number)], 14,
               align=WD_ALIGN_PARAGRAPH.CENTER)
    _cell_text(date_cell, [format_place_date(header.place, header.date)], 14, italic=True,
               align=WD_ALIGN_PARAGRAPH.CENTER)

    _para(doc, "", 8)
    _para(doc, clean(header.doc_type).upper(), 16, bold=True)
    _para(doc, clean(header.summary), 14, bold=True)
    if clean(header.subtitle):
        _para(doc, clean(header.subtitle), 14, italic=True)
    _para(doc, "-----", 14, after=6)

    if spec is None:
        _para(doc, NO_MEETINGS, 14, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    else:
        _calendar_table(doc, spec, frame_mm)

    _closing(doc, recipients_from_settings(settings), signer_for(view, settings), frame_mm)
    if note:
        _para(doc, note, 10, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    core = doc.core_properties
    core.title = f"{clean(header.doc_type).upper()} {clean(header.summary)}" + (
        f" ({DRAFT_TEXT})" if draft else "")
    core.author = clean(header.issuing_body)
    core.language = "vi-VN"
    # Built in memory and written whole or not at all (never through a symlink): a disk
    # that fills up half-way never leaves python-docx's zip writer torn open.
    buffer = io.BytesIO()
    doc.save(buffer)
    write_bytes(path, buffer.getvalue())


def _calendar_table(doc, spec, frame_mm: float) -> None:
    total = sum(spec.col_widths_mm)
    widths = [w * frame_mm / total for w in spec.col_widths_mm]
    # Word's cell margins are wider than the PDF's: "STT" needs a little more room.
    extra = max(0.0, 15 - widths[0])
    widths[0] += extra
    widths[-1] -= extra
    aligns = [WD_ALIGN_PARAGRAPH.CENTER if a == "center" else WD_ALIGN_PARAGRAPH.LEFT
              for a in (spec.align or [])]
    table = doc.add_table(rows=1, cols=len(spec.headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    head = table.rows[0]
    _repeat_as_header(head)
    for cell, title in zip(head.cells, spec.headers, strict=True):
        _cell_text(cell, [title], 13, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        _shade(cell, HEADER_FILL)
    for index, values in enumerate(spec.rows):
        heading = spec.group_rows.get(index)
        if heading is not None:
            row = table.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            _cell_text(merged, [heading], 13, bold=True)
            _shade(merged, GROUP_FILL)
            _keep_row_whole(row)
            # A heading never ends a page: it keeps with the first meeting under it.
            merged.paragraphs[0].paragraph_format.keep_with_next = True
        row = table.add_row()
        _keep_row_whole(row)
        for col, (cell, value) in enumerate(zip(row.cells, values, strict=False)):
            lines = str(value).split("\n") if value else [""]
            _cell_text(cell, lines, 13, align=aligns[col] if col < len(aligns)
                       else WD_ALIGN_PARAGRAPH.LEFT)
    _widths(table, widths)


def _closing(doc, recipients: list[str], signer, frame_mm: float) -> None:
    _para(doc, "", 8)
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    _widths(table, [frame_mm * 0.45, frame_mm * 0.55])
    left, right = table.rows[0].cells
    lines = recipient_lines(recipients)
    if lines:
        _cell_text(left, ["Nơi nhận:"], 14, underline=True)
        for line in lines:
            _para(left, line, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
    first = True
    for line in (signer.on_behalf, signer.position):
        if clean(line):
            if first:
                _cell_text(right, [clean(line).upper()], 14, bold=True,
                           align=WD_ALIGN_PARAGRAPH.CENTER)
                first = False
            else:
                _para(right, clean(line).upper(), 14, bold=True)
    for _ in range(4):
        _para(right, "", 14)
    if clean(signer.name):
        _para(right, clean(signer.name), 14, bold=True)
