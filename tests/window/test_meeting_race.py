"""Two programs on one calendar, in the real window: a meeting the secretary is editing
is changed meanwhile by another program (a colleague's window, a script); saving the form
is refused in one sentence and the other change stays, never silently overwritten."""

from __future__ import annotations

import subprocess
import sys

from dvdesk.services import calendar
from dvdesk.store import open_database

MONTH = "2026-12"
THEIRS = "Nhà văn hóa ấp (đổi bởi máy khác)"


def _month(path):
    db = open_database(str(path))
    try:
        calendar.new_month(db, MONTH)
        calendar.plan(db, MONTH)
        return next(r for r in calendar.month_state(db, MONTH).rows if r.kind == "committee")
    finally:
        db.dispose()


def test_a_meeting_changed_by_another_program_while_its_form_is_open(launch, demo_path):
    row = _month(demo_path)
    app = launch(page="calendar", month=MONTH)
    app.click("Danh sách")
    app.click(row.unit, kinds=["item"])
    app.click("Sửa cuộc họp…")
    form = app.dialog("Sửa cuộc họp")
    # Another program changes the place of the same meeting while the form is open.
    subprocess.run([sys.executable, "-c", (
        "import sys\n"
        "from dvdesk.services import calendar\n"
        "from dvdesk.store import open_database\n"
        "db = open_database(sys.argv[1])\n"
        "calendar.update_meeting(db, int(sys.argv[2]), place=sys.argv[3])\n"
        "db.dispose()\n"), str(demo_path), str(row.id), THEIRS], check=True, timeout=120)
    form.type_into("Địa điểm", "Hội trường Ủy ban nhân dân xã")
    form.click("Đồng ý")
    refusal = app.dialog("DV Desk", match="exact")
    assert refusal.sees("đã được người khác thay đổi trong lúc bạn sửa")
    refusal.click("Đồng ý")
    app.wait_gone("DV Desk", match="exact")
    db = open_database(str(demo_path))
    try:
        kept = {r.id: r for r in calendar.month_state(db, MONTH).rows}[row.id]
    finally:
        db.dispose()
    assert kept.place == THEIRS
