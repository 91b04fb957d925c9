"""Document primitives: fonts, the official PDF layout, Excel sheets and list reading."""

from __future__ import annotations

import datetime
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook
from pypdf import PdfReader

from dvdesk.documents import fonts
from dvdesk.documents.official import (
    DocumentHeader,
    SignerBlock,
    Slip,
    TableSpec,
    build_official_pdf,
    build_slips_pdf,
    format_number,
    format_place_date,
)
from dvdesk.documents.xlsx_cells import DATE_FORMAT
from dvdesk.documents.xlsx_common import sheet_title, write_table_sheet_streaming
from dvdesk.documents.xlsx_lists import (
    ListReadError,
    ListRow,
    RowProblem,
    cell_text,
    column_key,
    hamlet_kind,
    phone_text,
    read_lists,
    role_code,
    split_commune,
)
from dvdesk.paths import resource_path
from tests import xlsx_fixtures as fx
from tests.helpers import pdf_pages

A4 = (595.28, 841.89)
TOP_MARGIN = 25 * 72 / 25.4

HEADER = DocumentHeader(
    superior_body="Đảng bộ tỉnh Bến Tre",
    issuing_body="Huyện ủy Châu Thành",
    number="15-LT/HU",
    place="Châu Thành",
    date=datetime.date(2026, 12, 2),
    doc_type="Lịch",
    summary="sinh hoạt đảng ủy, chi bộ tháng 12 năm 2026",
    subtitle="Điều chỉnh lần 1",
)
SIGNER = SignerBlock("T/M Ban Thường vụ", "Phó Bí thư", "Nguyễn Văn Thành")
RECIPIENTS = ["Ban Thường vụ Tỉnh ủy (b/c)", "Đảng ủy các xã, thị trấn", "Lưu Văn phòng Huyện ủy."]
LAST_CELL = "Ấp Phú Thạnh B"


def calendar_table() -> TableSpec:
    rows, groups = [], {}
    for day in range(10, 16):
        for session, start in (("sáng", "7 giờ 30"), ("chiều", "13 giờ 30")):
            groups[len(rows)] = f"Ngày {day}/12/2026 — Buổi {session}"
            for n in range(1, 4):
                rows.append([f"{day}/12", start, f"Chi bộ ấp {n}, xã An Khánh",
                             f"Hội trường ấp {n}", "Nguyễn Văn An\nTrần Thị Bích Ngọc"])
    rows[-1][2] = LAST_CELL
    return TableSpec(["Ngày", "Thời gian", "Đơn vị", "Địa điểm", "Cán bộ dự"], rows,
                     [22, 24, 46, 32, 46], group_rows=groups,
                     align=["center", "center", "left", "left", "left"])


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    out = {}
    for name, kw in (("final", {}), ("draft", {"draft": True}),
                     ("landscape", {"landscape": True})):
        out[name] = folder / f"{name}.pdf"
        build_official_pdf(out[name], HEADER, ["Ban Thường vụ thông báo lịch như sau:",
                                               calendar_table()], RECIPIENTS, SIGNER, **kw)
    return out


def pdftotext(path: Path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                            capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def top_margin_text(page) -> str:
    """Text drawn in the top margin of a page (page numbers, draft mark)."""
    height = float(page.mediabox.height)
    found: list[str] = []

    def visit(text, cm, tm, font_dict, font_size):
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and y > height - TOP_MARGIN:
            found.append(text.strip())

    page.extract_text(visitor_text=visit)
    return " ".join(found)


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


EXPECTED_LINES = [
    "ĐẢNG BỘ TỈNH BẾN TRE",
    "HUYỆN ỦY CHÂU THÀNH",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Số 15-LT/HU",
    "Châu Thành, ngày 02 tháng 12 năm 2026",
    "LỊCH",
    "sinh hoạt đảng ủy, chi bộ tháng 12 năm 2026",
    "Điều chỉnh lần 1",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Nguyễn Văn Thành",
    "Nơi nhận:",
    "- Lưu Văn phòng Huyện ủy.",
]


# ---------------------------------------------------------------- fonts


def test_bundled_fonts_and_licence_are_shipped():
    for style in ("Regular", "Bold", "Italic", "BoldItalic"):
        assert resource_path("fonts", f"LiberationSerif-{style}.ttf").is_file()
    licence = resource_path("fonts", "LICENSE-LiberationSerif.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Red Hat" in licence


def test_register_fonts_is_idempotent():
    family = fonts.register_fonts()
    assert family in (fonts.BUNDLED_FAMILY, fonts.SYSTEM_FAMILY)
    assert fonts.register_fonts() == family
    bundled = fonts.font_set(prefer_system=False)
    assert bundled.family == "LiberationSerif"
    assert bundled.bold == "LiberationSerif-Bold"


# ---------------------------------------------------------------- official PDF


def test_place_date_and_number_lines():
    assert format_place_date("Châu Thành", datetime.date(2026, 12, 2)) == (
        "Châu Thành, ngày 02 tháng 12 năm 2026")
    assert format_place_date("Châu Thành", datetime.date(2026, 1, 15)) == (
        "Châu Thành, ngày 15 tháng 01 năm 2026")
    assert format_place_date("Châu Thành", datetime.date(2026, 3, 9)) == (
        "Châu Thành, ngày 09 tháng 3 năm 2026")
    assert format_place_date("Châu Thành", None).startswith("Châu Thành, ngày")
    assert format_number("15-LT/HU") == "Số 15-LT/HU"
    assert format_number("Số 15-LT/HU") == "Số 15-LT/HU"
    assert format_number("-LT/HU").startswith("Số") and format_number("-LT/HU").endswith("-LT/HU")
    assert format_number("").startswith("Số")


def test_pdf_text_extracts_with_pypdf(pdfs):
    pages = pdf_pages(pdfs["final"])
    assert len(pages) >= 3
    whole = norm("\n".join(pages))
    for line in EXPECTED_LINES:
        assert line in whole, line
    assert LAST_CELL in norm(pages[-1])
    assert "DỰ THẢO" not in whole
    draft = norm("\n".join(pdf_pages(pdfs["draft"])))
    assert "DỰ THẢO" in draft


def test_pdf_text_extracts_with_pdftotext(pdfs):
    text = pdftotext(pdfs["final"])
    if text is None:
        pytest.skip("pdftotext is not installed")
    whole = norm(text)
    for line in EXPECTED_LINES:
        assert line in whole, line
    assert LAST_CELL in whole
    assert "DỰ THẢO" not in whole
    draft = norm(pdftotext(pdfs["draft"]))
    assert "DỰ THẢO" in draft


@pytest.mark.parametrize("name", ["final", "draft", "landscape"])
def test_pdf_fonts_are_embedded_and_never_helvetica(pdfs, name):
    reader = PdfReader(pdfs[name])
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            base = str(font["/BaseFont"])
            seen.add(base)
            assert "Helvetica" not in base
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font)["/FontDescriptor"]
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), base
    assert seen
    if shutil.which("pdffonts") is None:
        return
    out = subprocess.run(["pdffonts", str(pdfs[name])], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert len(out) > 2
    for line in out[2:]:
        assert "Helvetica" not in line
        assert line.split()[-5] == "yes", line  # emb column


def test_pdf_pages_are_a4_and_numbered_from_page_two(pdfs):
    reader = PdfReader(pdfs["final"])
    for page in reader.pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(A4, abs=0.5)
    assert top_margin_text(reader.pages[0]) == ""
    for index, page in enumerate(reader.pages[1:], start=2):
        assert top_margin_text(page) == str(index)
    landscape = PdfReader(pdfs["landscape"])
    for page in landscape.pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(A4[::-1], abs=0.5)
    assert top_margin_text(landscape.pages[1]) == "2"


def test_draft_is_marked_on_every_page(pdfs):
    reader = PdfReader(pdfs["draft"])
    assert top_margin_text(reader.pages[0]) == "DỰ THẢO"
    for page in reader.pages:
        assert "DỰ THẢO" in norm(page.extract_text())
    assert "DỰ THẢO" in reader.metadata.title


def test_header_row_repeats_on_every_page(pdfs):
    for text in pdf_pages(pdfs["final"]):
        assert "Cán bộ dự" in text


def test_draft_without_number_and_date(tmp_path):
    header = DocumentHeader("Đảng bộ tỉnh Bến Tre", "Huyện ủy Châu Thành", "-LT/HU", "Châu Thành",
                            None, "Lịch", "sinh hoạt tháng 1 năm 2027")
    path = tmp_path / "draft.pdf"
    build_official_pdf(path, header, [], [], None, draft=True)
    text = norm(pdf_pages(path)[0])
    assert "-LT/HU" in text and "DỰ THẢO" in text and "ngày" in text


def test_long_cell_text_is_not_cut(tmp_path):
    long_text = " ".join(f"từ{n}" for n in range(400))
    spec = TableSpec(["STT", "Nội dung"], [["1", long_text], ["2", "cuối"]], [15, 145])
    path = tmp_path / "long.pdf"
    build_official_pdf(path, HEADER, [spec], RECIPIENTS, SIGNER)
    whole = norm(" ".join(pdf_pages(path)))
    assert "từ0" in whole and "từ399" in whole and "cuối" in whole


def test_slips_one_per_page_restart_page_numbers(tmp_path):
    long_rows = [[f"{d:02d}/12/2026", "Sáng", f"Chi bộ ấp {d}"] for d in range(1, 50)]
    slips = [
        Slip(["Đồng chí: Nguyễn Văn An", "Chức vụ: Huyện ủy viên"],
             [TableSpec(["Ngày", "Buổi", "Đơn vị"], long_rows, [40, 30, 90])]),
        Slip(["Đồng chí: Trần Thị Bích"],
             [TableSpec(["Ngày", "Buổi", "Đơn vị"], [["10/12/2026", "Chiều", "Chi bộ ấp 2"]],
                        [40, 30, 90])]),
    ]
    header = DocumentHeader("Huyện ủy Châu Thành", "Ban Dân vận", "", "Châu Thành",
                            datetime.date(2026, 12, 1), "Lịch sinh hoạt cá nhân",
                            "tháng 12 năm 2026")
    path = tmp_path / "slips.pdf"
    build_slips_pdf(path, header, slips, draft=True)
    reader = PdfReader(path)
    texts = [norm(p.extract_text()) for p in reader.pages]
    first_of_second = next(i for i, t in enumerate(texts) if "Trần Thị Bích" in t)
    assert first_of_second >= 2
    assert "Nguyễn Văn An" in texts[0]
    assert top_margin_text(reader.pages[0]) == "DỰ THẢO"
    assert top_margin_text(reader.pages[1]) == "2"
    assert top_margin_text(reader.pages[first_of_second]) == "DỰ THẢO"
    assert all("Số" not in t.split("ĐẢNG CỘNG SẢN")[0] for t in texts if "BAN DÂN VẬN" in t)

    compact = tmp_path / "compact.pdf"
    build_slips_pdf(compact, header, [slips[1]] * 3, one_per_page=False)
    reader = PdfReader(compact)
    # At the official sizes two short slips share a page; none is ever cut in two.
    assert len(reader.pages) == 2
    texts = [norm(page.extract_text()) for page in reader.pages]
    assert [t.count("Trần Thị Bích") for t in texts] == [2, 1]
    assert [t.count("Chi bộ ấp 2") for t in texts] == [2, 1]


def test_pdf_to_file_object(tmp_path):
    import io

    buffer = io.BytesIO()
    build_official_pdf(buffer, HEADER, ["Nội dung."], RECIPIENTS, SIGNER)
    assert buffer.getvalue().startswith(b"%PDF")


# ---------------------------------------------------------------- Excel writing

TRICKY = ["=1+1", "+84 90", "-x", "@a", "=SUM(A1)"]


def tricky_rows():
    return [
        [TRICKY[0], datetime.date(2026, 12, 10), "Nguyễn Văn An", 1],
        [TRICKY[1], "2026-12-11", "Trần Thị Bích", 2],
        [TRICKY[2], datetime.datetime(2026, 12, 12, 0, 0), "x" * 100, 3],
        [TRICKY[3], None, "Lê Minh\u0301", None],
        [TRICKY[4], "10/12/2026", "bình thường", 5],
    ]


HEADERS = ["Ghi chú", "Ngày", "Họ và tên", "Số"]


def _check_sheet(path: Path):
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        xml = archive.read(sheets[0]).decode("utf-8")
    assert "<f>" not in xml and "<f " not in xml
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    assert ws.title == "Danh sách"
    assert ws["A1"].value == "DANH SÁCH CÁN BỘ"
    assert "A1:D1" in {str(r) for r in ws.merged_cells.ranges}
    assert [c.value for c in ws[3]] == HEADERS
    assert ws["A3"].font.b and ws["A3"].font.name == "Times New Roman"
    for row, text in enumerate(TRICKY, start=4):
        cell = ws.cell(row, 1)
        assert cell.value == text and cell.data_type == "s"
        assert cell.quotePrefix
    dates = [ws.cell(r, 2) for r in range(4, 9)]
    assert dates[0].value == datetime.datetime(2026, 12, 10)
    assert dates[1].value == datetime.datetime(2026, 12, 11)  # ISO text in a date column
    assert dates[2].value == datetime.datetime(2026, 12, 12)
    assert dates[3].value is None
    assert dates[4].value == datetime.datetime(2026, 12, 10)
    for cell in dates:
        if cell.value is not None:
            assert cell.is_date and cell.number_format == DATE_FORMAT
    assert ws["C4"].font.name == "Times New Roman"
    assert ws["D4"].value == 1 and ws["D4"].data_type == "n"
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == "A3:D8"
    assert ws.print_title_rows == "$1:$3"  # the title and the header on every page
    assert ws.page_setup.paperSize in ("9", 9)
    # Printed at a readable size: never shrunk to fit, split across pages instead.
    assert int(ws.page_setup.scale) >= 75
    assert not ws.sheet_properties.pageSetUpPr.fitToPage
    widths = {k: v.width for k, v in ws.column_dimensions.items()}
    assert widths["C"] == 60  # capped
    assert 6 <= widths["A"] < 20


def test_sheet_keeps_text_and_dates(tmp_path):
    wb = Workbook(write_only=True)
    write_table_sheet_streaming(wb, "Danh sách", HEADERS, iter(tricky_rows()), date_columns=[1],
                                sheet_title_line="DANH SÁCH CÁN BỘ")
    path = tmp_path / "stream.xlsx"
    wb.save(path)
    _check_sheet(path)


def test_sheet_titles_are_valid_and_unique():
    wb = Workbook()
    assert sheet_title(wb, "Lịch: tháng 12/2026") == "Lịch- tháng 12-2026"
    wb.create_sheet("Cán bộ")
    assert sheet_title(wb, "Cán bộ") == "Cán bộ (2)"
    assert len(sheet_title(wb, "x" * 50)) == 31


def test_text_without_header_table_is_possible(tmp_path):
    wb = Workbook(write_only=True)
    write_table_sheet_streaming(wb, "Trống", ["Họ và tên"], [])
    wb.save(tmp_path / "empty.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "empty.xlsx").worksheets[0]
    assert ws.auto_filter.ref == "A1:A1"
    assert ws.freeze_panes == "A2"


# ---------------------------------------------------------------- reading lists


def values(rows: list[ListRow]) -> dict[int, dict[str, str]]:
    return {r.row: r.values for r in rows}


def test_hamlet_support_list(tmp_path):
    [parsed] = read_lists(fx.hamlet_support_list(tmp_path))
    assert (parsed.kind, parsed.sheet, parsed.header_row) == ("hamlet_support", "Hỗ trợ ấp", 4)
    common = {"cluster": "Cụm 1", "commune_kind": "xa", "hamlet_kind": "ap"}
    assert values(parsed.rows) == {
        5: {**common, "name": "Nguyễn Văn An", "commune": "An Khánh", "hamlet": "Ấp 1",
            "phone": "0912345678", "title": "Phó Chánh Văn phòng",
            "workplace": "Văn phòng Huyện ủy"},
        6: {**common, "name": "Trần Thị Bích", "commune": "An Khánh", "hamlet": "Ấp 2",
            "phone": "0987 654 321", "title": "Chuyên viên", "workplace": "Ban Dân vận Huyện ủy"},
        8: {**common, "name": "Nguyễn Văn An", "commune": "Tân Thạch", "hamlet": "Ấp 1",
            "phone": "0918765432", "title": "Phó Trưởng phòng", "workplace": "Phòng Nội vụ"},
        9: {"name": "Lê Minh Tuấn", "commune": "Châu Thành", "commune_kind": "thi_tran",
            "hamlet": "Khu phố 2", "hamlet_kind": "khu_pho", "phone": "+84 90 111 2233",
            "title": "Cán bộ", "workplace": "UBMTTQ huyện", "cluster": "Cụm 2"},
        12: {"name": "Phạm Văn Đức", "commune": "Phú Túc", "commune_kind": "xa", "hamlet": "3",
             "hamlet_kind": "", "phone": "02753861234", "title": "05/01/2026", "workplace": "Có",
             "cluster": "Cụm 2"},
    }
    # NFD input reads back precomposed.
    row6 = values(parsed.rows)[6]
    assert row6["name"] == unicodedata.normalize("NFC", "Trần Thị Bích")
    assert unicodedata.is_normalized("NFC", row6["workplace"])
    assert parsed.problems == [RowProblem("Hỗ trợ ấp", 11, "Họ tên", "Thiếu Họ tên.")]
    assert all(r.sheet == "Hỗ trợ ấp" for r in parsed.rows)


def test_cell_attendance_list_fills_merged_commune(tmp_path):
    [parsed] = read_lists(fx.cell_attendance_list(tmp_path))
    assert (parsed.kind, parsed.header_row) == ("cell_attendance", 1)
    base = {"title": "Bí thư Đảng ủy", "cell_type": "Nông thôn", "commune": "An Khánh",
            "commune_kind": "xa", "phone": "0909000111", "name": "Võ Thị Hoa"}
    assert values(parsed.rows) == {
        2: {**base, "cell": "Chi bộ Ấp 1"},
        3: {**base, "cell": "Chi bộ Ấp 2"},
        4: {"name": "Đặng Văn Nam", "title": "Phó Bí thư", "cell": "Chi bộ Trường THCS An Khánh",
            "cell_type": "Trường học", "commune": "An Khánh", "commune_kind": "xa", "phone": ""},
    }
    assert parsed.problems == [RowProblem("Dự chi bộ", 5, "Chi bộ", "Thiếu Chi bộ.")]


def test_leads_list_roles(tmp_path):
    [parsed] = read_lists(fx.leads_list(tmp_path))
    assert (parsed.kind, parsed.sheet, parsed.header_row) == ("leads", "Phụ trách", 2)
    assert values(parsed.rows) == {
        5: {"name": "Nguyễn Thanh Bình", "title": "Phó Bí thư Huyện ủy", "role": "cluster_leader",
            "cluster": "Cụm 1", "commune": "", "commune_kind": ""},
        6: {"name": "Lê Văn Hùng", "title": "Huyện ủy viên", "role": "commune_lead",
            "cluster": "Cụm 1", "commune": "An Khánh", "commune_kind": "xa"},
        7: {"name": "Trần Quốc Việt", "title": "Phó Chủ tịch UBND tỉnh",
            "role": "province_liaison", "cluster": "Cụm 1", "commune": "An Khánh",
            "commune_kind": "xa"},
    }
    assert [(p.row, p.column) for p in parsed.problems] == [(8, "VAI TRÒ"), (9, "Xã, thị trấn")]
    assert parsed.problems[0].message.startswith("Vai trò “Thư ký” không rõ")
    assert parsed.problems[1].message == "Thiếu Xã, thị trấn."


def test_missing_column_hidden_and_free_text_sheets(tmp_path):
    # A list without its commune column is read (a commune's own list names none); the
    # importer takes the database's one commune or refuses it (test_import_lists).
    [parsed] = read_lists(fx.missing_column_list(tmp_path))
    assert (parsed.kind, parsed.sheet, parsed.problems) == ("hamlet_support", "Thiếu xã", [])
    [row] = parsed.rows
    assert (row.values["name"], row.values["hamlet"], row.values.get("commune")) == \
        ("Nguyễn Văn An", "Ấp 1", None)


def test_not_a_workbook(tmp_path):
    path = fx.not_a_workbook(tmp_path)
    with pytest.raises(ListReadError) as info:
        read_lists(path)
    message = str(info.value)
    assert path.name in message and message.count(".") <= 3 and "\n" not in message
    with pytest.raises(ListReadError):
        read_lists(tmp_path / "absent.xlsx")
    old = tmp_path / "cu.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ListReadError, match="xls"):
        read_lists(old)


def test_value_helpers():
    assert phone_text(912345678) == "0912345678"
    assert phone_text(912345678.0) == "0912345678"
    assert phone_text(84912345678) == "+84912345678"
    assert phone_text("+84 912 345 678") == "+84 912 345 678"
    assert phone_text("912345678") == "0912345678"
    assert cell_text(datetime.date(2026, 1, 5)) == "05/01/2026"
    assert cell_text(3.0) == "3" and cell_text(2.5) == "2.5" and cell_text(False) == "Không"
    assert split_commune("Xã An Khánh") == ("An Khánh", "xa")
    assert split_commune("An Khánh") == ("An Khánh", "")
    assert split_commune("TT Châu Thành") == ("Châu Thành", "thi_tran")
    assert split_commune("Thị trấn Châu Thành") == ("Châu Thành", "thi_tran")
    assert split_commune("Phường 7") == ("7", "phuong")
    assert split_commune("Xà Phiên") == ("Xà Phiên", "")  # a name, not "Xã Phiên"
    assert hamlet_kind("Ấp 1") == "ap" and hamlet_kind("Khu phố 2") == "khu_pho"
    assert hamlet_kind("Thôn 3") == "thon" and hamlet_kind("Tổ dân phố 4") == "to_dan_pho"
    assert hamlet_kind("Phú Hòa") == ""
    assert role_code("TRƯỞNG CỤM") == "cluster_leader"
    assert role_code("Cấp ủy phụ trách xã") == "commune_lead"
    assert role_code("lanh dao tinh phu trach") == "province_liaison"
    assert role_code("Bí thư") is None
    assert column_key("Số ĐT (di động)") == column_key("số đt") == "sodt"
    assert column_key(unicodedata.normalize("NFD", "Ấp, khu phố")) == column_key("Ấp/Khu phố")


def test_system_times_new_roman_is_found_when_complete(tmp_path, monkeypatch):
    names = {"Regular": "times.ttf", "Bold": "timesbd.ttf", "Italic": "timesi.ttf",
             "BoldItalic": "timesbi.ttf"}
    for style, name in names.items():
        shutil.copy(resource_path("fonts", f"LiberationSerif-{style}.ttf"), tmp_path / name)
    monkeypatch.setattr(fonts, "_font_folders", lambda: [tmp_path])
    found = fonts.find_system_times()
    assert found is not None and [p.name for p in found] == list(names.values())
    loaded = fonts._load_family("TimesProbe", found, check=True)
    assert loaded is not None and loaded.bold_italic == "TimesProbe-BoldItalic"
    (tmp_path / "timesbi.ttf").unlink()
    assert fonts.find_system_times() is None


def test_signature_never_stands_alone_and_header_is_never_doubled(tmp_path):
    moved = kept = 0
    for count in range(12, 34):
        rows = [[str(n), f"Đơn vị số {n}", "Hội trường"] for n in range(1, count + 1)]
        spec = TableSpec(["STT", "Đơn vị", "Địa điểm"], rows, [15, 90, 55])
        path = tmp_path / f"t{count}.pdf"
        build_official_pdf(path, HEADER, [spec], RECIPIENTS, SIGNER)
        pages = [norm(t) for t in pdf_pages(path)]
        last = pages[-1]
        assert "Nơi nhận:" in last and f"Đơn vị số {count}" in last, count
        assert f"Đơn vị số {count - 1}" in last, count
        for text in pages:
            assert text.count("Địa điểm") == 1, count
        if f"Đơn vị số {count - 2}" in last:
            kept += 1
        else:
            moved += 1
    assert moved and kept  # both cases were exercised
