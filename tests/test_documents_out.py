"""Documents that go out as they are: signer, continuation pages, numbers, extracts, Word.

Every page of every PDF is read back (pdftotext) and must say where it is: a
calendar page opens with its day and session, an assignment-list page with its
commune, an attendance page with a meeting's number, date and unit.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from dvdesk.store import open_database
from tests.test_pdf_documents import flat, pdf_text, poppler_text

MONTH = "2026-12"
HEADING = re.compile(r"^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật), ngày \d\d/\d\d/\d{4} — Buổi "
                     r"(sáng|chiều|tối)( \(tiếp theo\))?$|^Chưa xếp ngày")


def page_lines(path, page: int) -> list[str]:
    return [line.strip() for line in poppler_text(path, page).splitlines() if line.strip()]


def pages(path) -> int:
    return len(PdfReader(str(path)).pages)


def after_header(lines: list[str], *titles: str) -> str | None:
    """The line under the table's header row on a page (None when the page has no table)."""
    for index, line in enumerate(lines):
        if all(t in line for t in titles):
            rest = lines[index + 1:]
            # A header title wrapped onto a second line ("tác") is still the header.
            while rest and len(rest[0]) < 12 and not re.search(r"\d", rest[0]):
                rest = rest[1:]
            return rest[0] if rest else ""
    return None


def check_calendar_pages(path) -> int:
    """Every page after the first opens its table with a day-and-session heading."""
    continued = 0
    for page in range(2, pages(path) + 1):
        first = after_header(page_lines(path, page), "STT", "Đơn vị", "Địa điểm")
        assert first is not None, f"page {page} has no table"
        assert HEADING.match(first), f"page {page} starts with {first!r}"
        continued += "(tiếp theo)" in first
    return continued


def check_assignment_pages(path) -> None:
    for page in range(2, pages(path) + 1):
        lines = page_lines(path, page)[1:]  # the page number first
        if re.match(r"^[IVXL]+\. ", lines[0]):
            continue  # a cluster's title
        first = after_header(lines, "STT", "Đơn vị", "Họ và tên")
        assert first is not None and re.match(r"^\d+\. (Xã|Thị trấn|Phường) ", first), \
            f"page {page} starts with {lines[:3]!r}"


def check_attendance_pages(path) -> None:
    for page in range(2, pages(path) + 1):
        lines = page_lines(path, page)[1:]
        if lines[0].startswith("Cán bộ vắng trong tháng"):
            continue
        first = after_header(lines, "STT", "Ngày", "Đơn vị") or after_header(
            lines, "STT", "Họ và tên")
        assert first is not None, f"page {page}: {lines[:3]!r}"
        assert re.match(r"^\d+ +(\d\d/\d\d/\d{4}|[^\d])", first), \
            f"page {page} starts with {first!r}"


def check_slip_pages(path) -> None:
    """No slip's heading is the last thing on a page: its table starts there too."""
    for page in range(1, pages(path) + 1):
        text = "\n".join(page_lines(path, page))
        last_heading = text.rfind("Đồng chí:")
        if last_heading >= 0:
            assert text.find("Nhiệm vụ", last_heading) > 0, f"page {page}: heading alone"


@pytest.fixture(scope="module")
def month(tmp_path_factory, demo_template):
    """The demo month approved with its signer, revised, approved again with another."""
    from dvdesk.services import calendar

    folder = tmp_path_factory.mktemp("out")
    path = folder / "demo.db"
    shutil.copyfile(demo_template, path)
    db = open_database(str(path))
    calendar.new_month(db, MONTH)
    calendar.plan(db, MONTH)
    calendar.approve(db, MONTH, "15-LT/HU", "Văn phòng", dt.date(2026, 12, 2),
                     signer="Trần Văn Ký", signer_title="Bí thư")
    calendar.revise(db, MONTH)
    view = calendar.calendar_view(db, MONTH)
    first = view["meetings"][0]
    calendar.update_meeting(db, first["id"], place="Hội trường mới (đổi địa điểm)")
    calendar.approve(db, MONTH, "17-LT/HU", "", dt.date(2026, 12, 5))
    view = calendar.calendar_view(db, MONTH)
    calendar.record_attendance(db, first["id"], first["attendees"][0]["id"], "absent", "Ốm")
    db.dispose()
    return {"path": path, "folder": folder}


def test_the_signer_given_at_approval_prints_and_older_versions_keep_theirs(month, cli):
    from dvdesk.services.settings import set_section

    out = month["folder"]
    db = open_database(str(month["path"]))
    try:
        # The settings change afterwards: neither approved version changes with them.
        set_section(db, "organization", {"signer_name": "Người Khác", "signer_position": "X"})
    finally:
        db.dispose()
    first = cli("--db", month["path"], "calendar", "pdf", MONTH, "--version", "1",
                "-o", out / "v1.pdf")
    assert first.code == 0, first
    text = flat(poppler_text(out / "v1.pdf"))
    assert "BÍ THƯ" in text and "Trần Văn Ký" in text and "Người Khác" not in text
    second = cli("--db", month["path"], "calendar", "pdf", MONTH, "-o", out / "v2.pdf")
    text = flat(poppler_text(out / "v2.pdf"))
    # Approved without --signer: the settings of that day (the demo's Phó Bí thư).
    assert second.code == 0 and "PHÓ BÍ THƯ" in text and "Nguyễn Văn Mẫu" in text
    assert "Trần Văn Ký" not in text and "Người Khác" not in text


def test_approve_command_takes_signer_and_title(demo_path, cli):
    assert cli("--db", demo_path, "calendar", "new", MONTH).code == 0
    assert cli("--db", demo_path, "calendar", "plan", MONTH).code == 0
    result = cli("--db", demo_path, "calendar", "approve", MONTH, "--number", "9-LT/HU",
                 "--signer", "Lê  Thị Hoa", "--signer-title", "Phó Bí thư Thường trực")
    assert result.code == 0, result
    assert "người ký: Phó Bí thư Thường trực, Lê Thị Hoa" in result.out


def test_recipients_are_punctuated(month, cli):
    out = month["folder"] / "recipients.pdf"  # its own file: tests may run in any order
    assert cli("--db", month["path"], "calendar", "pdf", MONTH, "--version", "1",
               "-o", out).code == 0
    text = poppler_text(out)
    # The signer block stands to the right of the first lines: keep the left column only.
    lines = [re.split(r"\s{3,}", line.strip())[0] for line in text.splitlines()
             if line.strip().startswith("- ")]
    assert lines == ["- Thường trực Tỉnh ủy (b/c),", "- Các đồng chí Huyện ủy viên,",
                     "- Các đảng ủy xã, thị trấn,", "- Lưu Văn phòng Huyện ủy."]


def test_every_calendar_page_starts_with_its_day_and_session(month, cli):
    out = month["folder"] / "whole.pdf"
    assert cli("--db", month["path"], "calendar", "pdf", MONTH, "-o", out).code == 0
    assert pages(out) > 10
    assert check_calendar_pages(out) > 5  # most pages continue a day's session


def test_every_page_of_the_other_documents_says_where_it_is(month, cli):
    folder = month["folder"]
    for args in (["assignments"], ["attendance", MONTH], ["personal", MONTH]):
        result = cli("--db", month["path"], "report", *args, "-o", folder / f"{args[0]}.pdf")
        assert result.code == 0, result
    check_assignment_pages(folder / "assignments.pdf")
    check_attendance_pages(folder / "attendance.pdf")
    check_slip_pages(folder / "personal.pdf")


def test_numbers_and_dates_print_and_blanks_stay_blank(month, cli):
    folder = month["folder"]
    numbered = folder / "numbered.pdf"
    result = cli("--db", month["path"], "report", "attendance", MONTH, "--number", "20-BC/HU",
                 "--date", "2026-12-20", "-o", numbered)
    assert result.code == 0, result
    text = flat(poppler_text(numbered, 1))
    assert "Số 20-BC/HU" in text and "Châu Thành, ngày 20 tháng 12 năm 2026" in text
    listed = folder / "list.pdf"
    assert cli("--db", month["path"], "report", "assignments", "--number", "25-DS/HU",
               "-o", listed).code == 0
    assert "Số 25-DS/HU" in flat(poppler_text(listed, 1))
    unnumbered = folder / "unnumbered.pdf"  # made here: the test runs alone too
    assert cli("--db", month["path"], "report", "assignments", "-o", unnumbered).code == 0
    blank = flat(poppler_text(unnumbered, 1))
    assert "Số" in blank and "-DS/HU" not in blank and "ngày tháng năm" in blank
    bad = cli("--db", month["path"], "report", "assignments", "--date", "20/12/2026",
              "-o", listed)
    assert bad.code != 0 and "YYYY-MM-DD" in bad.err and "Traceback" not in bad.err


def test_personal_slips_of_an_older_version(month, cli):
    out = month["folder"] / "slips-v1.pdf"
    result = cli("--db", month["path"], "report", "personal", MONTH, "--version", "1", "-o", out)
    assert result.code == 0 and "(bản 1)" in result.out, result
    text = flat(pdf_text(out))
    assert "Theo Lịch số 15-LT/HU" in text and "Hội trường mới" not in text
    reader = PdfReader(str(out))
    sizes = set()
    for page in reader.pages[:1]:
        page.extract_text(visitor_text=lambda t, cm, tm, font, size: sizes.add(
            round(size * tm[0], 1)) if t.strip() else None)
    assert min(sizes) >= 12.0 and 14.0 in sizes


def test_extract_of_one_commune_and_one_file_per_commune(month, cli):
    from sqlalchemy import select

    from dvdesk.domain.models import Commune
    from dvdesk.services.calendar import calendar_view

    db = open_database(str(month["path"]))
    try:
        with db.read() as s:
            communes = [{"id": c.id, "name": c.name} for c in s.scalars(select(Commune))]
        view = calendar_view(db, MONTH)
    finally:
        db.dispose()
    commune = communes[0]
    name = commune["name"]
    own = [m for m in view["meetings"] if m["commune"].endswith(name)]
    out = month["folder"] / "one.pdf"
    result = cli("--db", month["path"], "calendar", "pdf", MONTH, "--commune", commune["id"],
                 "-o", out)
    assert result.code == 0 and f"{len(own)} cuộc họp" in result.out, result
    text = flat(pdf_text(out))
    assert "của Đảng bộ" in text and name in text
    others = {m["unit"] for m in view["meetings"] if not m["commune"].endswith(name)}
    assert not [u for u in others if f"{u} " in text and u.startswith("Đảng ủy")]
    folder = month["folder"] / "per-commune"
    result = cli("--db", month["path"], "calendar", "pdf", MONTH, "--per-commune", "-o", folder)
    assert result.code == 0, result
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == len(communes) == 21
    total = 0
    for path in files:
        text = flat(pdf_text(path))
        total += len(re.findall(r"Đ/c [^()]+\(Cấp ủy phụ trách xã\)", text)) and 1
        assert "Số 17-LT/HU" in flat(poppler_text(path, 1))
    assert total == 21
    missing = cli("--db", month["path"], "calendar", "pdf", MONTH, "--commune", "99999",
                  "-o", out)
    assert missing.code != 0 and "99999" in missing.err


def test_compact_layout_takes_fewer_pages(month, cli):
    from dvdesk.services.settings import set_section

    path = month["folder"] / "compact.db"
    shutil.copyfile(month["path"], path)
    db = open_database(str(path))
    try:
        set_section(db, "documents", {"compact_calendar": True})
    finally:
        db.dispose()
    out, usual = month["folder"] / "compact.pdf", month["folder"] / "usual.pdf"
    assert cli("--db", path, "calendar", "pdf", MONTH, "-o", out).code == 0
    assert cli("--db", month["path"], "calendar", "pdf", MONTH, "-o", usual).code == 0
    assert pages(out) < pages(usual)
    assert "; Đ/c " in flat(pdf_text(out))
    check_calendar_pages(out)


needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None,
                                   reason="LibreOffice (soffice) is not installed")


def soffice_pdf(source, folder):
    """``source`` converted by LibreOffice headless, with its own profile folder."""
    profile = folder / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=240)
    return folder / (source.stem + ".pdf")


@needs_soffice
def test_word_file_opens_in_libreoffice_with_the_months_units(month, cli, tmp_path):
    from dvdesk.services.calendar import calendar_view

    out = tmp_path / "lich.docx"
    result = cli("--db", month["path"], "calendar", "docx", MONTH, "-o", out)
    assert result.code == 0, result
    pdf = soffice_pdf(out, tmp_path)
    # -raw: in the order LibreOffice wrote the text, so a cell's wrapped lines stay together.
    text = flat(subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True,
                               text=True, check=True).stdout)
    db = open_database(str(month["path"]))
    try:
        view = calendar_view(db, MONTH)
    finally:
        db.dispose()
    for meeting in view["meetings"]:
        assert meeting["unit"] in text, meeting["unit"]
    for line in ("HUYỆN ỦY CHÂU THÀNH", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 17-LT/HU",
                 "Châu Thành, ngày 05 tháng 12 năm 2026", "sinh hoạt đảng ủy, chi bộ tháng 12",
                 "Nơi nhận:", "PHÓ BÍ THƯ"):
        assert line in text, line
    first = PdfReader(str(pdf)).pages[0]
    assert round(float(first.mediabox.width)) == 842  # A4 landscape
