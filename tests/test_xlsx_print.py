"""The Excel export as LibreOffice prints it, and the month and letterhead round trip."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from dvdesk.store import open_database
from tests.test_documents_out import needs_soffice, soffice_pdf

MONTH = "2026-12"


def overlaps(words: list[dict]) -> list[tuple[str, str]]:
    """Pairs of words drawn over each other (lines of one cell running over the next)."""
    found = []
    words = sorted(words, key=lambda w: w["top"])
    for i, word in enumerate(words):
        for other in words[i + 1:]:
            if other["top"] >= word["bottom"] - 1:
                break
            if min(word["x1"], other["x1"]) - max(word["x0"], other["x0"]) > 1:
                found.append((word["text"], other["text"]))
    return found


@pytest.fixture(scope="module")
def draft_month(tmp_path_factory, demo_template):
    from dvdesk.services import calendar

    folder = tmp_path_factory.mktemp("xlsx")
    path = folder / "demo.db"
    shutil.copyfile(demo_template, path)
    db = open_database(str(path))
    calendar.new_month(db, MONTH)
    calendar.plan(db, MONTH)
    db.dispose()
    return path


@needs_soffice
@pytest.mark.slow
def test_libreoffice_prints_every_sheet_readable_without_overlaps(draft_month, tmp_path):
    import pdfplumber

    from dvdesk.services.excel_export import export_workbook

    db = open_database(str(draft_month))
    try:
        export_workbook(db, tmp_path / "xuat.xlsx", MONTH)
    finally:
        db.dispose()
    pdf = soffice_pdf(tmp_path / "xuat.xlsx", tmp_path)
    calendar_pages = 0
    with pdfplumber.open(str(pdf)) as doc:
        assert len(doc.pages) > 50
        for number, page in enumerate(doc.pages, 1):
            sizes = {round(c["size"], 1) for c in page.chars if c["text"].strip()}
            assert sizes and min(sizes) >= 8, (number, sorted(sizes)[:3])
            words = page.extract_words(keep_blank_chars=False)
            assert overlaps(words) == [], (number, overlaps(words)[:3])
            text = page.extract_text() or ""
            if "LỊCH SINH HOẠT ĐẢNG ỦY" in text:
                calendar_pages += 1
                assert "DỰ THẢO" in text and "Cán bộ dự" in text
    assert calendar_pages >= 5


def month_of(db, month: str) -> list[dict]:
    """Every version as the documents print it, without ids."""
    from dvdesk.services.documents import calendar_document
    from dvdesk.services.excel_export import month_versions_data

    out = []
    for view in month_versions_data(db, month):
        doc = calendar_document(db, month, view["version"])["view"]
        meetings = sorted((m["kind"], m["unit"], m["commune"], m["date"], m["session"],
                           m["start"], m["place"], tuple(a["name"] for a in m["attendees"]))
                          for m in doc["meetings"])
        out.append({k: doc.get(k) for k in ("version", "status", "number", "approved_on",
                                             "approved_by", "signer")} | {"meetings": meetings})
    return out


def test_month_and_letterhead_survive_export_and_import(draft_month, tmp_path, cli):
    from dvdesk.services import calendar
    from dvdesk.services.excel_export import export_workbook
    from dvdesk.services.settings import get_settings

    source = tmp_path / "nguon.db"
    shutil.copyfile(draft_month, source)
    db = open_database(str(source))
    try:
        calendar.approve(db, MONTH, "15-LT/HU", "Văn phòng", dt.date(2026, 12, 2),
                         signer="Trần Văn Ký", signer_title="Bí thư")
        calendar.revise(db, MONTH)
        first = calendar.calendar_view(db, MONTH)["meetings"][3]
        calendar.update_meeting(db, first["id"], start="08:15", place="Nhà văn hóa mới")
        export_workbook(db, tmp_path / "xuat.xlsx", MONTH)
        expected, settings = month_of(db, MONTH), get_settings(db)
    finally:
        db.dispose()
    target = tmp_path / "moi.db"
    result = cli("--db", target, "import", tmp_path / "xuat.xlsx")
    assert result.code == 0, result
    fresh = open_database(str(target))
    try:
        got = month_of(fresh, MONTH)
        assert [v["version"] for v in got] == [1, 2]
        assert got == expected
        assert get_settings(fresh)["organization"] == settings["organization"]
    finally:
        fresh.dispose()
    pdf = tmp_path / "v1.pdf"
    assert cli("--db", target, "calendar", "pdf", MONTH, "--version", "1", "-o", pdf).code == 0
    from tests.test_pdf_documents import flat, poppler_text

    text = flat(poppler_text(pdf))
    assert "ĐẢNG BỘ TỈNH BẾN TRE" in text and "HUYỆN ỦY CHÂU THÀNH" in text
    assert "Trần Văn Ký" in text and "Số 15-LT/HU" in text


def test_import_over_a_month_lists_changes_and_never_touches_an_approved_version(
        draft_month, tmp_path, cli):
    from openpyxl import load_workbook

    from dvdesk.services import calendar
    from dvdesk.services.excel_export import export_workbook

    path = tmp_path / "db.db"
    shutil.copyfile(draft_month, path)
    db = open_database(str(path))
    try:
        export_workbook(db, tmp_path / "nhap.xlsx", MONTH)
    finally:
        db.dispose()
    book = tmp_path / "nhap.xlsx"
    wb = load_workbook(book)
    ws = wb["Lịch tháng 12-2026"]
    header = [c.value for c in ws[4]]
    ws.cell(5, header.index("Giờ") + 1, "09:45")
    ws.cell(5, header.index("Địa điểm") + 1, "Hội trường đổi")
    unit = ws.cell(5, header.index("Đơn vị") + 1).value
    wb.save(book)
    result = cli("--db", path, "import", book)
    assert result.code == 0, result
    assert "Lịch tháng 12/2026 bản 1:" in result.out and "09:45" in result.out, result.out
    db = open_database(str(path))
    try:
        moved = [m for m in calendar.calendar_view(db, MONTH)["meetings"]
                 if m["place"] == "Hội trường đổi"]
        assert len(moved) == 1 and moved[0]["start"] == "09:45", unit
        calendar.approve(db, MONTH, "15-LT/HU")
    finally:
        db.dispose()
    ws.cell(5, header.index("Giờ") + 1, "10:30")
    wb.save(book)
    before = path.read_bytes()
    refused = cli("--db", path, "import", book)
    assert refused.code == 1 and "đã duyệt" in refused.err and "bản 1" in refused.err, refused
    assert path.read_bytes() == before
