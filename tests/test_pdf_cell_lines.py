"""Table cells drawn as plain lines wrap exactly where reportlab's Paragraph wraps them, so
a calendar's rows keep their height and its pages break at the same rows."""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from dvdesk.documents.cell_lines import cell_lines
from dvdesk.documents.fonts import font_set
from dvdesk.documents.official import DocumentHeader, SignerBlock, TableSpec, build_official_pdf
from dvdesk.documents.pdf_layout import text
from tests.helpers import pdf_text

SIZE = 13.0
WORDS = ["Đ/c", "Nguyễn", "Văn", "An", "(Cấp", "ủy", "phụ", "trách", "xã)", "Hội", "trường",
         "Đảng", "ủy", "xã", "Tiên", "Long", "Ấp", "1", "Nhà", "văn", "hóa", "Phước", "Thạnh",
         "—", "07:30", "(Lãnh", "đạo", "tỉnh)", "Chi", "bộ", "Khu", "phố", "Mỹ", "Thạnh", "An"]


def paragraph_lines(value: str, font: str, width: float) -> list[str]:
    """The lines reportlab's Paragraph makes of ``value`` in a cell ``width`` points wide."""
    style = ParagraphStyle("cell", fontName=font, fontSize=SIZE, leading=SIZE * 1.2)
    paragraph = Paragraph(text(value), style)
    paragraph.wrap(width, 10_000)
    broken = paragraph.blPara
    if broken.kind == 0:
        return [" ".join(words) for _, words in broken.lines]
    return ["".join(getattr(f, "text", "") for f in line.words).strip() for line in broken.lines]


cell_texts = st.lists(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join),
    min_size=1, max_size=4,
).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(value=cell_texts, width=st.floats(min_value=60, max_value=330), bold=st.booleans())
def test_cells_break_where_paragraphs_break(value, width, bold):
    fonts = font_set(prefer_system=False)
    font = fonts.bold if bold else fonts.regular
    lines = cell_lines(value, font, SIZE, width)
    assert lines is not None  # every word fits the narrowest width drawn here
    assert lines == paragraph_lines(value, font, width)


def test_spaces_collapse_as_in_a_paragraph():
    font = font_set(prefer_system=False).regular
    assert cell_lines("  Ấp   Mỹ  Thạnh ", font, SIZE, 300) == ["Ấp Mỹ Thạnh"]
    assert cell_lines("Ấp 1\n\nẤp 2", font, SIZE, 300) == ["Ấp 1", "", "Ấp 2"]


def test_text_paragraphs_break_their_own_way_is_left_to_them():
    font = font_set(prefer_system=False).regular
    assert cell_lines("Nhàvănhóakhuphố" * 3, font, SIZE, 60) is None  # cut between letters
    assert cell_lines("Ấp\u00a01", font, SIZE, 300) is None  # a non-breaking space binds


def test_a_calendar_row_with_a_word_wider_than_its_column_keeps_every_letter(tmp_path):
    place = "Nhàvănhóakhuphố" * 4
    rows = [[str(i), "07:30", f"Chi bộ Ấp {i}", place if i == 3 else "Hội trường",
             "Đ/c Nguyễn Văn An (Cấp ủy phụ trách xã)\nĐ/c Lê Thị Bé (Lãnh đạo tỉnh)"]
            for i in range(1, 60)]
    spec = TableSpec(["STT", "Thời gian", "Đơn vị", "Địa điểm", "Cán bộ dự"], rows,
                     [10, 17, 45, 30, 58], {0: "Thứ Hai, ngày 07/12/2026 — Buổi sáng"})
    header = DocumentHeader("Đảng bộ tỉnh Bến Tre", "Huyện ủy Châu Thành", "", "Châu Thành",
                            datetime.date(2026, 12, 2), "Lịch", "sinh hoạt tháng 12 năm 2026")
    path = tmp_path / "lich.pdf"
    build_official_pdf(path, header, [spec], ["Lưu VP"], SignerBlock("T/M", "Bí thư", "Lê An"))
    flat = "".join(pdf_text(path).split())
    assert place in flat  # cut between letters, nothing lost
    assert "Thứ Hai, ngày 07/12/2026 — Buổi sáng (tiếp theo)".replace(" ", "") in flat
    assert "ChibộẤp59" in flat and "LêAn" in flat
