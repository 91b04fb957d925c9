"""The change notice (Thông báo điều chỉnh lịch sinh hoạt) as a real PDF, read back."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from dvdesk.services import calendar as cal
from dvdesk.services.calendar_meetings import remove_meeting
from tests.helpers import pdf_text

MONTH = "2026-10"  # approved in the demo as 12-LT/HU on 28/09/2026


def _revise(db) -> dict:
    """A typical revision: two meetings moved, one not held."""
    cal.revise(db, MONTH)
    view = cal.calendar_view(db, MONTH)
    cells = [m for m in view["meetings"] if m["kind"] == "cell"]
    committee = next(m for m in view["meetings"] if m["kind"] == "committee")
    cal.update_meeting(db, cells[5]["id"], day=dt.date(2026, 10, 14), session="toi")
    cal.update_meeting(db, committee["id"], day=dt.date(2026, 10, 9), session="chieu")
    remove_meeting(db, cells[8]["id"])
    return {"moved": cells[5], "committee": committee, "removed": cells[8],
            "untouched": cells[20], "view": view}


def test_the_notice_lists_only_the_changes_and_names_whom_to_inform(demo_db, cli, tmp_path):
    made = _revise(demo_db)
    out_pdf = tmp_path / "thong-bao.pdf"
    out = cli("--db", demo_db.url, "report", "changes", MONTH, "-o", out_pdf)
    assert out.code == 0, out
    assert "3 cuộc họp thay đổi" in out.out
    text = " ".join(pdf_text(out_pdf).split())
    assert "THÔNG BÁO" in text
    assert "điều chỉnh lịch sinh hoạt đảng ủy, chi bộ tháng 10 năm 2026" in text
    assert "Lịch sinh hoạt đảng ủy, chi bộ tháng 10 năm 2026 (số 12-LT/HU ngày 28/09/2026)" \
        in text
    assert "Số -TB/HU" in text  # a number to fill in by hand
    assert "DỰ THẢO" in text  # the revision is still a draft
    for meeting in (made["moved"], made["removed"]):
        assert meeting["unit"] in text
    assert made["committee"]["unit"] in text
    assert "Tối 14/10/2026, 19:00" in text and "Chiều 09/10/2026, 14:00" in text
    assert "Không tổ chức" in text
    assert made["untouched"]["unit"] not in text
    people = {a["name"] for m in (made["moved"], made["removed"], made["committee"])
              for a in m["attendees"]}
    for name in people:
        assert name in text
    assert f"({len(people)} đồng chí)" in text
    others = {a["name"] for m in made["view"]["meetings"] for a in m["attendees"]} - people
    assert not any(f" {name}," in text or f" {name}." in text for name in others)
    assert "Các đồng chí có tên trên" in text
    assert 1 <= len(PdfReader(str(out_pdf)).pages) <= 2


def test_the_approved_revision_prints_its_date_and_signer(demo_db, cli, tmp_path):
    _revise(demo_db)
    cal.approve(demo_db, MONTH, "18-LT/HU", on_date=dt.date(2026, 10, 6), signer="Trần Văn Ký",
                signer_title="BÍ THƯ")
    out_pdf = tmp_path / "tb.pdf"
    out = cli("--db", demo_db.url, "report", "changes", MONTH, "-o", out_pdf, "--number",
              "25-TB/HU")
    assert out.code == 0, out
    text = " ".join(pdf_text(out_pdf).split())
    assert "Số 25-TB/HU" in text
    assert "ngày 06 tháng 10 năm 2026" in text
    assert "Trần Văn Ký" in text and "BÍ THƯ" in text
    assert "DỰ THẢO" not in text


def test_a_bad_output_path_is_one_sentence(demo_db, cli, tmp_path):
    _revise(demo_db)
    out = cli("--db", demo_db.url, "report", "changes", MONTH, "-o", tmp_path / "no" / "x.pdf")
    assert out.code != 0 and "không tồn tại" in out.err
    assert len(out.err.strip().splitlines()) == 1
