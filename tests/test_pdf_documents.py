"""The official PDFs: header lines, title, number, every meeting, fonts, A4, draft mark, pages."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from dvdesk.store import open_database
from tests.helpers import pdf_text

MONTH = "2026-12"


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def poppler_text(path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def fonts_of(path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


@pytest.fixture(scope="module")
def documents(tmp_path_factory, demo_template):
    """One planned demo month printed as draft, approved, revised; plus the other reports."""
    from dvdesk.services import calendar, documents

    folder = tmp_path_factory.mktemp("pdf")
    path = folder / "demo.db"
    shutil.copyfile(demo_template, path)
    db = open_database(str(path))
    calendar.new_month(db, MONTH)
    calendar.plan(db, MONTH)
    out = {"db_path": path, "folder": folder}
    out["draft_view"] = documents.calendar_pdf(db, MONTH, folder / "draft.pdf")
    out["draft"] = folder / "draft.pdf"
    calendar.approve(db, MONTH, "15-LT/HU", "Nguyễn Văn Mẫu", dt.date(2026, 12, 2))
    documents.calendar_pdf(db, MONTH, folder / "approved.pdf")
    out["approved"] = folder / "approved.pdf"
    calendar.revise(db, MONTH)
    calendar.approve(db, MONTH, "17-LT/HU", "Nguyễn Văn Mẫu", dt.date(2026, 12, 5))
    documents.calendar_pdf(db, MONTH, folder / "revised.pdf")
    out["revised"] = folder / "revised.pdf"
    documents.calendar_pdf(db, MONTH, folder / "v1.pdf", version=1)
    out["v1"] = folder / "v1.pdf"
    out["assignments_data"] = documents.assignments_pdf(db, folder / "assignments.pdf")
    out["assignments"] = folder / "assignments.pdf"
    out["personal_data"] = documents.personal_pdf(db, MONTH, folder / "personal.pdf")
    out["personal"] = folder / "personal.pdf"
    out["attendance_empty"] = folder / "attendance_empty.pdf"
    documents.attendance_pdf(db, MONTH, out["attendance_empty"])
    first = documents.calendar_view(db, MONTH)["meetings"][0]  # the latest version's meeting
    calendar.record_attendance(db, first["id"], first["attendees"][0]["id"], "present")
    calendar.record_attendance(db, first["id"], first["attendees"][1]["id"], "excused", "Đi học")
    out["attendance"] = folder / "attendance.pdf"
    documents.attendance_pdf(db, MONTH, out["attendance"])
    out["first_meeting"] = first
    db.dispose()
    return out


ALL = ["draft", "approved", "revised", "v1", "assignments", "personal", "attendance",
       "attendance_empty"]


@pytest.mark.parametrize("name", ALL)
def test_fonts_embedded_and_a4(documents, name):
    fonts = fonts_of(documents[name])
    assert fonts, "no font listed"
    for row in fonts:
        assert "Helvetica" not in row[0]
        assert row[-5] == "yes", row  # emb column
    for page in PdfReader(str(documents[name])).pages:
        size = sorted((round(float(page.mediabox.width)), round(float(page.mediabox.height))))
        assert size == [595, 842]


@pytest.mark.parametrize("name", ALL)
def test_page_numbers_from_page_two(documents, name):
    pages = len(PdfReader(str(documents[name])).pages)
    first = [line.strip() for line in poppler_text(documents[name], 1).splitlines()
             if line.strip()]
    assert not first[0].isdigit()  # no number at the top of the first page
    if pages > 1:
        second = [line.strip() for line in poppler_text(documents[name], 2).splitlines()
                  if line.strip()]
        assert second[0] == "2"


def test_calendar_header_title_and_every_meeting(documents):
    text = flat(poppler_text(documents["draft"]))
    for line in ("ĐẢNG BỘ TỈNH BẾN TRE", "HUYỆN ỦY CHÂU THÀNH", "ĐẢNG CỘNG SẢN VIỆT NAM",
                 "LỊCH", "sinh hoạt đảng ủy, chi bộ tháng 12 năm 2026", "T/M BAN THƯỜNG VỤ",
                 "PHÓ BÍ THƯ", "Nguyễn Văn Mẫu", "Nơi nhận:"):
        assert line in text
    content = flat(pdf_text(documents["draft"]))
    meetings = documents["draft_view"]["meetings"]
    assert len(meetings) == 222
    for meeting in meetings:
        assert meeting["unit"] in content, meeting["unit"]
        for attendee in meeting["attendees"]:
            assert f"Đ/c {attendee['name']}" in content
    assert re.search(r"Thứ \w+, ngày 07/12/2026 — Buổi sáng", content)


def test_draft_mark_only_on_drafts(documents):
    assert "DỰ THẢO" in pdf_text(documents["draft"])
    for name in ("approved", "revised", "v1"):
        assert "DỰ THẢO" not in pdf_text(documents[name])


def test_number_place_date_and_revision(documents):
    approved = flat(poppler_text(documents["approved"]))
    assert "Số 15-LT/HU" in approved
    assert "Châu Thành, ngày 02 tháng 12 năm 2026" in approved
    assert "Điều chỉnh" not in approved
    revised = flat(poppler_text(documents["revised"]))
    assert "Số 17-LT/HU" in revised and "(Điều chỉnh lần 1)" in revised
    assert "ngày 05 tháng 12 năm 2026" in revised
    # The first approved version stays printable as it was.
    assert "Số 15-LT/HU" in flat(poppler_text(documents["v1"]))
    draft = flat(poppler_text(documents["draft"]))
    assert "15-LT/HU" not in draft and "-LT/HU" in draft


def test_assignment_list(documents):
    text = flat(pdf_text(documents["assignments"]))
    assert "DANH SÁCH" in text and "Kèm theo" in text and "245-QĐ/HU" in text
    data = documents["assignments_data"]
    hamlets = [h for k in data["clusters"] for c in k["communes"] for h in c["hamlets"]]
    assert len(hamlets) == 117
    for hamlet in hamlets:
        assert hamlet["name"] in text
        for officer in hamlet["officers"]:
            assert officer["name"] in text and officer["phone"] in text
    for cluster in data["clusters"]:
        assert cluster["leaders"][0]["name"] in text


def test_personal_slips(documents):
    text = flat(pdf_text(documents["personal"]))
    people = documents["personal_data"]["officers"]
    assert len(people) > 100
    assert text.count("Đồng chí:") == len(people)
    for person in people:
        assert f"Đồng chí: {person['name']}" in text
    assert "DỰ THẢO" not in text  # the latest version is approved


def test_attendance_review(documents):
    empty = flat(pdf_text(documents["attendance_empty"]))
    assert "BÁO CÁO" in empty and "chưa ghi nhận" in empty
    recorded = flat(pdf_text(documents["attendance"]))
    assert "Có mặt" in recorded and "Vắng có lý do: Đi học" in recorded
    assert "Đã ghi nhận 2 lượt: có mặt 1, vắng có lý do 1, vắng 0" in recorded


def test_report_commands(documents, cli, tmp_path):
    db_path = documents["db_path"]
    for args in (["assignments"], ["personal", MONTH], ["attendance", MONTH]):
        out = tmp_path / f"{args[0]}.pdf"
        result = cli("--db", db_path, "report", *args, "-o", out)
        assert result.code == 0, result
        assert out.read_bytes().startswith(b"%PDF")
    missing = cli("--db", db_path, "report", "personal", "2030-01", "-o", tmp_path / "x.pdf")
    assert missing.code == 1 and "Chưa có lịch tháng 01/2030" in missing.err
    bad = cli("--db", db_path, "report", "assignments", "-o", tmp_path / "no" / "x.pdf")
    assert bad.code == 1 and "Traceback" not in bad.err


def test_calendar_pdf_from_a_plain_view(tmp_path):
    """The writer needs only the view dict and the settings (what `calendar pdf` passes)."""
    from dvdesk.documents.calendar_pdf import write_calendar_pdf
    from dvdesk.domain.settings import DEFAULT_SETTINGS

    view = {"month": "2027-02", "status": "draft", "version": 1, "meetings": [
        {"id": 1, "kind": "cell", "unit": "Chi bộ Ấp 1", "commune": "Xã An Khánh",
         "cell_type": "Chi bộ ấp", "date": "2027-02-10", "session": "toi", "start": "19:00",
         "place": "Nhà văn hóa ấp 1", "pinned": False,
         "attendees": [{"id": 5, "name": "Lê Thị Hoa", "role": "cell_attendance"}]}]}
    out = tmp_path / "lich.pdf"
    write_calendar_pdf(view, DEFAULT_SETTINGS, out)
    text = flat(pdf_text(out))
    assert "Chi bộ Ấp 1 (xã An Khánh)" in text
    assert "Thứ Tư, ngày 10/02/2027 — Buổi tối" in text
    assert "Đ/c Lê Thị Hoa (Dự sinh hoạt chi bộ)" in text


def test_long_tables_are_cut_only_at_headings():
    from dvdesk.documents.calendar_pdf import chunks

    rows = [[str(i)] for i in range(1000)]
    groups = {i: f"Ngày {i}" for i in range(0, 1000, 90)}
    parts = chunks(rows, groups, size=250)
    assert [r for part, _g in parts for r in part] == rows
    assert all(0 in g for _p, g in parts)  # every part opens with its heading
    assert [len(p) for p, _g in parts] == [270, 270, 270, 190]
    assert chunks(rows[:300], {0: "x"}, size=250) == [(rows[:300], {0: "x"})]
