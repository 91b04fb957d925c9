"""The pages of the PDF documents: their geometry, the template and the flowables that
act on pages.

- ``page_geometry(landscape)``: page size and margins (Hướng dẫn 36-HD/VPTW:
  A4, top 25, bottom 25, left 35, right 15 mm; landscape keeps the wider
  binding margin on the left).
- ``DocumentTemplate``: a one-frame template that numbers pages from page 2 of
  each document it holds, and marks drafts ("DỰ THẢO") on every page.
- ``DocStart``: where a new document starts in one PDF (its page numbers restart).
- ``TopAware``: a table's last rows kept with the signature, with the header row again
  when they start a page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as _landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from dvdesk.documents.fonts import FontSet

DRAFT_TEXT = "DỰ THẢO"

# (top, bottom, left, right) in millimetres.
PORTRAIT_MARGINS_MM = (25.0, 25.0, 35.0, 15.0)
LANDSCAPE_MARGINS_MM = (20.0, 20.0, 30.0, 15.0)


@dataclass(frozen=True)
class PageGeometry:
    size: tuple[float, float]
    top: float
    bottom: float
    left: float
    right: float

    @property
    def width(self) -> float:
        """Width of the text frame in points."""
        return self.size[0] - self.left - self.right

    @property
    def height(self) -> float:
        return self.size[1] - self.top - self.bottom


def page_geometry(landscape: bool = False) -> PageGeometry:
    top, bottom, left, right = LANDSCAPE_MARGINS_MM if landscape else PORTRAIT_MARGINS_MM
    size = _landscape(A4) if landscape else A4
    return PageGeometry(size, top * mm, bottom * mm, left * mm, right * mm)


class TopAware(Flowable):
    """Shows ``at_top`` when it starts a page and ``inline`` anywhere else.

    Used for the last rows of a table kept with the signature: below the rest
    of the table they continue it seamlessly; moved to a new page they get the
    header row again.
    """

    def __init__(self, at_top: Flowable, inline: Flowable):
        super().__init__()
        self.at_top = at_top
        self.inline = inline
        self._chosen = inline

    def _starts_page(self) -> bool:
        frame = getattr(self, "_frame", None)
        if frame is None:
            frame = getattr(getattr(self.canv, "_doctemplate", None), "frame", None)
        return bool(frame is not None and getattr(frame, "_atTop", 0))

    def wrap(self, availWidth, availHeight):
        self._chosen = self.at_top if self._starts_page() else self.inline
        self.width, self.height = self._chosen.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        return self._chosen.splitOn(self.canv, availWidth, availHeight)

    def draw(self):
        self._chosen.drawOn(self.canv, 0, 0)


class DocStart(Flowable):
    """Zero-size mark: a new document starts here (page numbers restart)."""

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self):
        pass


class DocumentTemplate(BaseDocTemplate):
    """One frame per page; page numbers from the 2nd page of each document.

    Page numbers are centred in the top margin, 14 pt. A draft carries a boxed
    "DỰ THẢO" at the top right of each document's first page and a light
    diagonal "DỰ THẢO" on every page. ``version_note`` is printed small at the
    foot of every page.
    """

    def __init__(self, target, *, geometry: PageGeometry, fonts: FontSet, draft: bool = False,
                 version_note: str = "", **kw):
        self.geometry = geometry
        self.fonts = fonts
        self.draft = draft
        self.version_note = version_note
        self.doc_start_page = 1
        super().__init__(
            target,
            pagesize=geometry.size,
            leftMargin=geometry.left,
            rightMargin=geometry.right,
            topMargin=geometry.top,
            bottomMargin=geometry.bottom,
            initialFontName=fonts.regular,
            initialFontSize=14,
            creator="DV Desk",
            **kw,
        )
        frame = Frame(
            geometry.left, geometry.bottom, geometry.width, geometry.height,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )
        self.addPageTemplates(
            [PageTemplate("page", [frame], onPage=self._under_page, onPageEnd=self._over_page)]
        )

    def afterFlowable(self, flowable):
        if isinstance(flowable, DocStart):
            self.doc_start_page = self.page

    def _under_page(self, canv, doc):
        if self.draft:
            self._watermark(canv)

    def _over_page(self, canv, doc):
        g = self.geometry
        width, height = g.size
        number = self.page - self.doc_start_page + 1
        canv.saveState()
        canv.setFillColor(colors.black)
        if number >= 2:
            canv.setFont(self.fonts.regular, 14)
            canv.drawCentredString(g.left + g.width / 2, height - g.top / 2 - 5, str(number))
        if self.draft and number == 1:
            self._draft_box(canv)
        if self.version_note:
            canv.setFont(self.fonts.italic, 10)
            canv.drawRightString(width - g.right, g.bottom / 2 - 4, self.version_note)
        canv.restoreState()

    def _draft_box(self, canv):
        g = self.geometry
        width, height = g.size
        size = 13
        label_w = stringWidth(DRAFT_TEXT, self.fonts.bold, size)
        pad = 5
        right = width - g.right
        baseline = height - g.top / 2 - 4
        canv.setLineWidth(1)
        canv.rect(right - label_w - 2 * pad, baseline - pad, label_w + 2 * pad, size + 2 * pad - 2)
        canv.setFont(self.fonts.bold, size)
        canv.drawString(right - label_w - pad, baseline, DRAFT_TEXT)

    def _watermark(self, canv):
        width, height = self.geometry.size
        size = 96
        canv.saveState()
        canv.setFillColor(colors.Color(0.5, 0.5, 0.5, alpha=0.18))
        canv.translate(width / 2, height / 2)
        canv.rotate(math.degrees(math.atan2(height, width)))
        canv.setFont(self.fonts.bold, size)
        canv.drawCentredString(0, -size / 3, DRAFT_TEXT)
        canv.restoreState()
