"""``dvdesk calendar …`` on the demo district, as a secretary or a script would run it."""

from __future__ import annotations

import json
from collections import defaultdict

from dvdesk.services.calendar import update_meeting
from dvdesk.services.unit_views import load_unit_index
from dvdesk.services.units import rename_unit
from dvdesk.store import open_database
from tests.helpers import pdf_text

MEETING_KEYS = {"id", "kind", "unit", "commune", "cell_type", "date", "session", "start",
                "place", "pinned", "attendees"}


def test_new_plan_conflicts_show_approve_then_refuse(cli, demo_path):
    db = ("--db", demo_path)
    new = cli(*db, "calendar", "new", "2026-12")
    assert new.code == 0, new
    assert "21 cuộc họp đảng ủy xã" in new.out
    assert cli(*db, "calendar", "conflicts", "2026-12").code == 1  # nothing placed yet

    planned = cli(*db, "calendar", "plan", "2026-12")
    assert planned.code == 0, planned
    assert "Không còn xung đột" in planned.out
    clean = cli(*db, "calendar", "conflicts", "2026-12")
    assert clean.code == 0, clean
    assert cli(*db, "calendar", "conflicts", "2026-12", "--json").out.strip() == "[]"

    shown = cli(*db, "calendar", "show", "2026-12", "--json")
    assert shown.code == 0
    view = json.loads(shown.out)
    assert set(view) == {"month", "status", "version", "meetings"}
    assert (view["month"], view["status"], view["version"]) == ("2026-12", "draft", 1)
    busy = defaultdict(int)
    committees = cells = 0
    for m in view["meetings"]:
        assert set(m) == MEETING_KEYS
        day = int(m["date"][8:])
        if m["kind"] == "committee":
            committees += 1
            assert 7 <= day <= 9
        else:
            cells += 1
            assert 10 <= day <= 15
        assert m["attendees"]
        for a in m["attendees"]:
            busy[(a["id"], m["date"], m["session"])] += 1
    assert committees == 21 and cells > 117
    assert max(busy.values()) == 1

    text = cli(*db, "calendar", "show", "2026-12")
    assert "Ngày 07/12/2026, buổi sáng" in text.out

    approved = cli(*db, "calendar", "approve", "2026-12", "--number", "15-LT/HU",
                   "--by", "Nguyễn Văn A", "--date", "2026-12-02")
    assert approved.code == 0, approved
    assert "15-LT/HU" in approved.out and "02/12/2026" in approved.out

    refused = cli(*db, "calendar", "plan", "2026-12")
    assert refused.code == 1
    assert refused.err.strip() == (
        "dvdesk: Lịch tháng 12/2026 đã duyệt (số 15-LT/HU); hãy mở bản điều chỉnh để sửa.")
    assert "Traceback" not in refused.err

    revised = cli(*db, "calendar", "revise", "2026-12")
    assert revised.code == 0 and "bản 2" in revised.out
    v1 = json.loads(cli(*db, "calendar", "show", "2026-12", "--json", "--version", "1").out)
    assert v1["status"] == "approved" and v1["meetings"] == view["meetings"]
    v2 = json.loads(cli(*db, "calendar", "show", "2026-12", "--json").out)
    assert (v2["version"], v2["status"]) == (2, "draft")


def test_missing_month_and_existing_month_are_sentences(cli, demo_path):
    missing = cli("--db", demo_path, "calendar", "show", "2026-12")
    assert missing.code == 1
    assert missing.err.strip() == (
        "dvdesk: Chưa có lịch tháng 12/2026; hãy chạy: dvdesk calendar new 2026-12.")
    assert cli("--db", demo_path, "calendar", "new", "2026-12").code == 0
    again = cli("--db", demo_path, "calendar", "new", "2026-12")
    assert again.code == 1 and "đã có" in again.err and "Traceback" not in again.err


def test_tet_month_plan_reports_the_window(cli, demo_path):
    assert cli("--db", demo_path, "calendar", "new", "2027-02").code == 0
    planned = cli("--db", demo_path, "calendar", "plan", "2027-02")
    assert planned.code == 0
    assert "Tết Nguyên Đán" in planned.out and "Lý do" in planned.out
    listed = cli("--db", demo_path, "calendar", "conflicts", "2027-02", "--json")
    assert listed.code == 1
    found = json.loads(listed.out)
    assert found and {c["kind"] for c in found} == {"holiday"}
    assert all(c["meeting_ids"] for c in found)


def test_pdf_of_the_approved_version_stays_the_same_after_a_revision(cli, demo_path, tmp_path):
    db = ("--db", demo_path)
    assert cli(*db, "calendar", "new", "2026-12").code == 0
    assert cli(*db, "calendar", "plan", "2026-12").code == 0
    draft_pdf = tmp_path / "draft.pdf"
    assert cli(*db, "calendar", "pdf", "2026-12", "-o", draft_pdf).code == 0
    draft_text = pdf_text(draft_pdf)
    assert "DỰ THẢO" in draft_text and "Đảng ủy xã Tam Phước" in draft_text

    assert cli(*db, "calendar", "approve", "2026-12", "--number", "15-LT/HU").code == 0
    approved = tmp_path / "v1-approved.pdf"
    assert cli(*db, "calendar", "pdf", "2026-12", "-o", approved).code == 0
    before = pdf_text(approved)
    assert "15-LT/HU" in before and "DỰ THẢO" not in before

    # Version 2 moves a meeting and the district renames the commune meanwhile.
    assert cli(*db, "calendar", "revise", "2026-12").code == 0
    meeting = json.loads(cli(*db, "calendar", "show", "2026-12", "--json").out)["meetings"][0]
    database = open_database(str(demo_path))
    try:
        update_meeting(database, meeting["id"], place="Hội trường mới của xã")
        tam_phuoc = next(e.id for e in load_unit_index(database, "commune").ordered("commune")
                         if e.name == "Xã Tam Phước")
        rename_unit(database, "commune", tam_phuoc, "Tam Phước Mới")
    finally:
        database.dispose()

    first = tmp_path / "v1.pdf"
    printed = cli(*db, "calendar", "pdf", "2026-12", "-o", first, "--version", "1")
    assert printed.code == 0, printed
    assert pdf_text(first) == before
    second = tmp_path / "v2.pdf"
    assert cli(*db, "calendar", "pdf", "2026-12", "-o", second).code == 0
    after = pdf_text(second)
    assert "Hội trường mới của xã" in after and "Tam Phước Mới" in after
    assert "Hội trường mới của xã" not in before and "Tam Phước Mới" not in before


def test_conflicts_prints_one_line_per_conflict(cli, demo_path):
    db = ("--db", demo_path)
    cli(*db, "calendar", "new", "2027-02")
    cli(*db, "calendar", "plan", "2027-02")
    listed = cli(*db, "calendar", "conflicts", "2027-02")
    found = cli(*db, "calendar", "conflicts", "2027-02", "--json")
    assert listed.code == found.code == 1
    assert len(listed.out.strip().splitlines()) == len(json.loads(found.out)) == 21
