"""Page geometry, styles, tables and page marks shared by the PDF documents.

Everything here uses the registered document font (see ``fonts``) on every
paragraph and table style, so no Helvetica ever reaches a PDF.

- ``Styles`` / ``make_styles()``: the named paragraph styles of an official document.
- ``TableSpec`` and ``make_table()``: a table whose cells wrap (plain lines broken
  where a Paragraph would break them, ``cell_lines``), whose header row repeats on
  every page and whose group headings never sit alone at a page foot.

The page geometry, the page template and the page-level flowables (page numbers, draft
marks, a table's tail kept with the signature) are in ``pdf_pages``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from dvdesk.documents.cell_lines import cell_lines
from dvdesk.documents.fonts import FontSet, font_set

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
_GROUP_BACKGROUND = colors.Color(0.90, 0.90, 0.90)
_HEADER_BACKGROUND = colors.Color(0.95, 0.95, 0.95)


def text(value: object) -> str:
    """Paragraph markup for plain user text: escaped, line breaks kept."""
    if value is None:
        return ""
    return escape(str(value)).replace("\r\n", "\n").replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    fonts: FontSet
    superior: ParagraphStyle
    issuing: ParagraphStyle
    number: ParagraphStyle
    party: ParagraphStyle
    place_date: ParagraphStyle
    doc_type: ParagraphStyle
    summary: ParagraphStyle
    subtitle: ParagraphStyle
    body: ParagraphStyle
    body_center: ParagraphStyle
    slip_heading: ParagraphStyle
    recipients_title: ParagraphStyle
    recipient: ParagraphStyle
    signer: ParagraphStyle
    signer_name: ParagraphStyle


def make_styles(fonts: FontSet | None = None, scale: float = 1.0) -> Styles:
    """The styles of an official document; ``scale`` < 1 gives the compact slip header."""
    f = fonts or font_set()

    def style(name: str, size: float, face: str, align: str = "center", **kw) -> ParagraphStyle:
        size = round(size * scale * 2) / 2
        return ParagraphStyle(
            name,
            fontName=face,
            fontSize=size,
            leading=kw.pop("leading", size * 1.2),
            alignment=_ALIGN[align],
            textColor=colors.black,
            **kw,
        )

    return Styles(
        fonts=f,
        superior=style("superior", 14, f.regular),
        issuing=style("issuing", 14, f.bold),
        number=style("number", 14, f.regular),
        party=style("party", 15, f.bold),
        place_date=style("place_date", 14, f.italic),
        doc_type=style("doc_type", 16, f.bold, spaceBefore=4 * mm * scale),
        summary=style("summary", 14, f.bold),
        subtitle=style("subtitle", 14, f.italic),
        body=style("body", 14, f.regular, "justify", spaceAfter=6, firstLineIndent=10 * mm),
        body_center=style("body_center", 14, f.regular),
        slip_heading=style("slip_heading", 14, f.regular, "left", spaceAfter=2),
        recipients_title=style("recipients_title", 14, f.regular, "left"),
        recipient=style("recipient", 12, f.regular, "left", leftIndent=8, firstLineIndent=-8),
        signer=style("signer", 14, f.bold),
        signer_name=style("signer_name", 14, f.bold),
    )


@dataclass
class TableSpec:
    """A body table.

    ``group_rows`` maps an index in ``rows`` to a heading row put before that
    row, in bold across all columns ("Thứ Năm, ngày 10/12/2026 — Buổi sáng");
    a heading is never left alone at the foot of a page, and a page that starts
    inside a group repeats its heading marked "(tiếp theo)". ``align`` gives each
    column's alignment ("left", "center", "right"; default left). Widths larger
    than the text frame are scaled down to fit it.

    ``carry_columns`` describes records of several rows (a meeting with its
    attendees, a hamlet with its officers): a row whose first carry column is
    blank continues the record above it. A record of at most ``KEEP_ROWS`` rows
    stays on one page; a longer one that must be cut shows its carry columns
    again on the row that starts the next page, so no page opens on blank cells.

    ``continued_heading`` and ``carried`` are set by ``split_table_spec`` on the
    second part of a cut table: the heading and the record cells shown when that
    part starts a page.
    """

    headers: list[str]
    rows: list[list[str]]
    col_widths_mm: list[float]
    group_rows: dict[int, str] = field(default_factory=dict)
    align: list[str] | None = None
    font_size: float = 13.0
    carry_columns: list[int] = field(default_factory=list)
    continued_heading: str | None = None
    carried: dict[int, str] = field(default_factory=dict)


# Above this many characters a single cell may need more than a page.
LONG_CELL_CHARS = 1500
# A record of at most this many rows is never cut across pages.
KEEP_ROWS = 12
CONTINUED = "(tiếp theo)"


def continued(heading: str) -> str:
    """ "Thứ Năm, ngày 10/12/2026 — Buổi sáng (tiếp theo)"."""
    return f"{heading} {CONTINUED}"


@dataclass
class _Row:
    """One row of a drawn table: the column header, a group heading or a data row."""

    kind: str  # "head" | "group" | "data"
    cells: list
    heading: str = ""  # the group heading in force (data rows) or shown (group rows)
    carried: dict[int, str] = field(default_factory=dict)  # cells to show if it opens a page
    record_start: bool = True
    height: float | None = None  # plain lines: from the start; else once a table measured it


@dataclass
class _Layout:
    """What a table and every continuation cut from it share."""

    ncols: int
    widths: list[float]
    size: float
    fonts: FontSet
    head: ParagraphStyle
    group: ParagraphStyle
    cells: list[ParagraphStyle]
    header: bool
    split_in_row: int
    carry_columns: list[int]
    aligns: list[str] = field(default_factory=list)  # "LEFT" / "CENTER" / "RIGHT" per column
    # The cell styles of a row of each kind, one object per column shared by every row of
    # that kind: reportlab otherwise makes a style per cell and applies every command of
    # the table's style to each of them, for every part of the table a page break cuts.
    row_styles: dict[str, list[CellStyle]] = field(default_factory=dict)


# Cell paddings (points), the same for every table.
_PAD_LEFT = _PAD_RIGHT = 3
_PAD_TOP, _PAD_BOTTOM = 2, 4


def _cell_style(name: str, font: str, size: float, align: str, valign: str) -> CellStyle:
    style = CellStyle(name)
    style.fontname, style.fontsize, style.leading = font, size, size * 1.2
    style.leftPadding, style.rightPadding = _PAD_LEFT, _PAD_RIGHT
    style.topPadding, style.bottomPadding = _PAD_TOP, _PAD_BOTTOM
    style.alignment, style.valign = align, valign
    return style


def _row_styles(fonts: FontSet, size: float, aligns: list[str]) -> dict[str, list[CellStyle]]:
    """Header row: bold, centred, middle; group heading: bold, left; data: each column's
    alignment, regular; all at the top but the header."""
    ncols = len(aligns)
    head = [_cell_style(f"th{c}", fonts.bold, size, "CENTER", "MIDDLE") for c in range(ncols)]
    group = [_cell_style(f"tg{c}", fonts.bold, size, "LEFT", "TOP") for c in range(ncols)]
    data = [_cell_style(f"td{c}", fonts.regular, size, a, "TOP") for c, a in enumerate(aligns)]
    return {"head": head, "group": group, "data": data}


# A long table holds rows as tall together as this, more than any frame (none is taller
# than an A4 page); the rest wait in ``SpecTable`` until a page break reaches them.
WINDOW_HEIGHT = A4[1]


def _window(layout: _Layout, rows: list[_Row]) -> int:
    """How many of ``rows`` a table holds: more than fill a page, a row not measured yet
    counted as one line."""
    line = layout.size * 1.2 + _PAD_TOP + _PAD_BOTTOM
    total = 0.0
    for n, row in enumerate(rows, 1):
        total += row.height or line
        if total > WINDOW_HEIGHT:
            return n
    return len(rows)


def _build(layout: _Layout, all_rows: list[_Row], window: bool = True) -> Table:
    """The reportlab table of ``all_rows`` with its grid, header and group styling.

    reportlab builds, styles and measures a table's rows anew at every page break (the
    rest becomes a new table): a table of a province's 5,000 meetings cost time growing
    with the square of its length. So a long table holds only its first rows, more than
    a page (``_window``), and rows keep the height they were measured at."""
    rows = all_rows
    if window and not layout.split_in_row:
        rows = all_rows[:_window(layout, all_rows)]
    # Fonts, sizes, paddings and alignment are in the rows' shared cell styles.
    commands: list[tuple] = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
    record_from = None
    for r, row in enumerate(rows):
        if row.kind == "head":
            commands.append(("BACKGROUND", (0, r), (-1, r), _HEADER_BACKGROUND))
        elif row.kind == "group":
            commands += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), _GROUP_BACKGROUND),
                         ("NOSPLIT", (0, r), (-1, min(r + 1, len(rows) - 1)))]
        if layout.carry_columns:
            ends_record = row.kind != "data" or row.record_start
            if ends_record and record_from is not None:
                if 1 < r - record_from <= KEEP_ROWS:
                    commands.append(("NOSPLIT", (0, record_from), (-1, r - 1)))
                record_from = None
            if row.kind == "data" and row.record_start:
                record_from = r
    if record_from is not None and 1 < len(rows) - record_from <= KEEP_ROWS:
        commands.append(("NOSPLIT", (0, record_from), (-1, len(rows) - 1)))
    # The cells are strings and flowables already (normalizedData): copied, since
    # reportlab may replace a flowable cell in the list it is given.
    table = SpecTable([list(row.cells) for row in rows], colWidths=layout.widths,
                      rowHeights=[row.height for row in rows],
                      repeatRows=1 if layout.header else 0, hAlign="CENTER",
                      splitInRow=layout.split_in_row,
                      cellStyles=[layout.row_styles[row.kind] for row in rows],
                      normalizedData=1)
    table.setStyle(TableStyle(commands))
    table._spec_layout, table._spec_rows = layout, all_rows
    return table


class SpecTable(Table):
    """A table that, cut at a page break, opens the next page with its context.

    reportlab repeats the header row; this also repeats the group heading in
    force, marked "(tiếp theo)", and the cells of a record cut in two.
    """

    _spec_layout: _Layout | None = None
    _spec_rows: list[_Row] | None = None  # every row, those held back beyond the table's too

    def _holds_back(self) -> bool:
        return self._spec_rows is not None and len(self._spec_rows) > len(self._cellvalues)

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        width, height = super().wrap(availWidth, availHeight)
        if self._holds_back() and height <= availHeight:
            return width, availHeight + 1  # rows follow: never drawn as if it ended here
        return width, height

    def split(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        layout, rows = self._spec_layout, self._spec_rows
        if layout is not None and rows is not None and not layout.split_in_row:
            return self._split_between_rows(layout, rows, availWidth, availHeight)
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2 or layout is None or rows is None:
            return parts
        first, rest = parts
        n = len(first._cellvalues)
        header = 1 if layout.header else 0
        if len(rest._cellvalues) != header + len(rows) - n:
            return parts  # a long cell was cut inside a row: keep reportlab's cut
        return [first, _build(layout, _continuation(layout, rows, n))]

    def _split_between_rows(self, layout: _Layout, rows: list[_Row], availWidth, availHeight):
        """reportlab's cut between rows (same rules: group headings and kept records stay
        with their rows), both parts built from the rows, their heights as measured."""
        self._calc(availWidth, availHeight)
        for row, height in zip(rows, self._rowHeights, strict=False):
            if height is not None:
                row.height = height
        n = self._getFirstPossibleSplitRowPosition(availHeight)
        if n <= (1 if layout.header else 0):
            return []
        if n >= len(self._cellvalues):  # all it holds fits
            if not self._holds_back():
                return [self]
            # A page of more rows than it holds: cut the table of all of them instead.
            return _build(layout, rows, window=False).split(availWidth, availHeight)
        return [_build(layout, rows[:n]), _build(layout, _continuation(layout, rows, n))]


def _continuation(layout: _Layout, rows: list[_Row], n: int) -> list[_Row]:
    """The rows of a table's part from row ``n`` on, opening with its context."""
    out = [rows[0]] if layout.header else []
    following = rows[n:]
    first = following[0]
    if first.kind == "data" and first.heading:
        out.append(_group_row(layout, continued(first.heading), first.heading))
    if first.kind == "data" and first.carried:
        first = _row("data", _carried_cells(layout, first), layout, first.heading)
        following = [first] + following[1:]
    return out + following


class CellParagraph(Paragraph):
    """A table cell's paragraph that remembers its wrap at a width.

    reportlab measures every remaining row again each time a table is cut at a page
    (the rest becomes a new table): without this, a cell of a long table is wrapped
    once per page that precedes it. A paragraph's wrap depends only on the width."""

    _wrapped_at: float | None = None
    _wrapped: tuple[float, float] = (0.0, 0.0)

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        if availWidth != self._wrapped_at:
            self._wrapped = super().wrap(availWidth, availHeight)
            self._wrapped_at = availWidth
        return self._wrapped


def _group_row(layout: _Layout, text_: str, heading: str) -> _Row:
    lines = cell_lines(text_, layout.fonts.bold, layout.size,
                       sum(layout.widths) - _PAD_LEFT - _PAD_RIGHT)
    first = CellParagraph(text(text_), layout.group) if lines is None else "\n".join(lines)
    return _row("group", [first] + [""] * (layout.ncols - 1), layout, heading)


def _carried_cells(layout: _Layout, row: _Row) -> list:
    cells = list(row.cells)
    for col, value in row.carried.items():
        cells[col] = _cell(layout, col, value)
    return cells


def _row(kind: str, cells: list, layout: _Layout, heading: str = "",
         carried: dict[int, str] | None = None, record_start: bool = True) -> _Row:
    """A row; one of plain lines knows its height already, as reportlab would measure it."""
    height = None
    if all(isinstance(c, str) for c in cells):
        height = max(c.count("\n") + 1 for c in cells) * layout.size * 1.2 \
            + _PAD_TOP + _PAD_BOTTOM
    return _Row(kind, cells, heading, carried or {}, record_start, height)


def _cell(layout: _Layout, column: int, value: str):
    """A cell: its text broken into lines (``cell_lines``), else a Paragraph.

    reportlab draws a plain string directly, while a Paragraph is parsed, split into
    words and measured at every wrap: a province calendar has 25,000 cells. Both are
    drawn in the same font, size, leading and alignment, and break at the same places.
    A table whose rows may be cut inside (``split_in_row``) keeps Paragraphs, which
    reportlab knows how to cut.
    """
    if not layout.split_in_row:
        room = layout.widths[column] - _PAD_LEFT - _PAD_RIGHT
        lines = cell_lines(value, layout.fonts.regular, layout.size, room)
        if lines is not None:
            return "\n".join(lines)
    return CellParagraph(text(value), layout.cells[column])


def make_table(spec: TableSpec, fonts: FontSet, frame_width: float, *, header: bool = True) -> Table:
    """A reportlab Table for ``spec``: wrapped cells, header row repeated on each page,
    group headings and record cells repeated where a page starts inside them.

    ``header=False`` leaves the header row out: the table then continues one
    drawn just above it with the same columns.
    """
    ncols = len(spec.headers)
    if ncols == 0:
        raise ValueError("Bảng phải có ít nhất một cột.")
    if len(spec.col_widths_mm) != ncols:
        raise ValueError(f"Bảng có {ncols} cột nhưng {len(spec.col_widths_mm)} độ rộng cột.")
    widths = [w * mm for w in spec.col_widths_mm]
    total = sum(widths)
    if total > frame_width:
        widths = [w * frame_width / total for w in widths]

    size = spec.font_size
    aligns = list(spec.align or [])
    aligns += ["left"] * (ncols - len(aligns))
    head = ParagraphStyle(
        "th", fontName=fonts.bold, fontSize=size, leading=size * 1.2, alignment=TA_CENTER
    )
    group = ParagraphStyle("tg", parent=head, alignment=TA_LEFT)
    cells = [
        ParagraphStyle(
            f"td{i}", fontName=fonts.regular, fontSize=size, leading=size * 1.2,
            alignment=_ALIGN[a],
        )
        for i, a in enumerate(aligns)
    ]
    # A row is cut across pages only when it could be taller than a page; an ordinary
    # row moves whole, so a meeting never continues as a blank cell on the next page.
    longest = max((len(str(value)) for row in spec.rows for value in row), default=0)
    carry = [c for c in spec.carry_columns if 0 <= c < ncols]
    cell_aligns = ["LEFT" if a == "justify" else a.upper() for a in aligns]
    layout = _Layout(ncols, widths, size, fonts, head, group, cells, header,
                     1 if longest > LONG_CELL_CHARS else 0, carry, cell_aligns,
                     _row_styles(fonts, size, cell_aligns))

    rows: list[_Row] = []
    if header:
        head_cells = []
        for c, h in enumerate(spec.headers):
            lines = cell_lines(str(h), fonts.bold, size, widths[c] - _PAD_LEFT - _PAD_RIGHT)
            head_cells.append(CellParagraph(text(h), head) if lines is None else "\n".join(lines))
        rows.append(_row("head", head_cells, layout))
        if spec.continued_heading and 0 not in spec.group_rows:
            rows.append(_group_row(layout, continued(spec.continued_heading),
                                   spec.continued_heading))
    heading = spec.continued_heading or ""
    record: dict[int, str] = dict(spec.carried)
    for index, row in enumerate(spec.rows):
        if len(row) > ncols:
            raise ValueError(f"Dòng {index + 1} của bảng có {len(row)} ô, nhiều hơn {ncols} cột.")
        if index in spec.group_rows:
            heading = spec.group_rows[index]
            rows.append(_group_row(layout, heading, heading))
        padded = [str(v) if v is not None else "" for v in row] + [""] * (ncols - len(row))
        starts = not carry or bool(padded[carry[0]].strip())
        carried: dict[int, str] = {}
        if carry:
            if starts:
                record = {c: padded[c] for c in carry}
            else:
                carried = {c: record.get(c, "") for c in carry
                           if not padded[c].strip() and record.get(c, "")}
        if index == 0 and header and spec.carried and not starts:
            padded = [spec.carried.get(c, v) if not v.strip() else v
                      for c, v in enumerate(padded)]
            carried = {}
        rows.append(_row("data", [_cell(layout, i, v) for i, v in enumerate(padded)],
                         layout, heading, carried, starts))
    if not rows:
        rows.append(_row("data", [""] * ncols, layout))
    return _build(layout, rows)


def split_table_spec(spec: TableSpec, at: int) -> tuple[TableSpec, TableSpec]:
    """``spec`` cut before row ``at``: group headings go with the row they precede; the
    second part knows the heading and record cells it continues."""

    def part(rows: list, first: int) -> TableSpec:
        groups = {i - first: g for i, g in spec.group_rows.items() if first <= i < first + len(rows)}
        return TableSpec(spec.headers, rows, spec.col_widths_mm, groups, spec.align,
                         spec.font_size, list(spec.carry_columns))

    head, tail = part(spec.rows[:at], 0), part(spec.rows[at:], at)
    before = [i for i in spec.group_rows if i < at]
    if at not in spec.group_rows:
        if before:
            tail.continued_heading = spec.group_rows[max(before)]
        elif spec.continued_heading:
            tail.continued_heading = spec.continued_heading
    if spec.carry_columns and at < len(spec.rows):
        key = spec.carry_columns[0]
        if not str(spec.rows[at][key] if key < len(spec.rows[at]) else "").strip():
            record = dict(spec.carried)
            for row in spec.rows[:at]:
                if key < len(row) and str(row[key]).strip():
                    record = {c: str(row[c]) for c in spec.carry_columns if c < len(row)}
            tail.carried = record
    return head, tail
