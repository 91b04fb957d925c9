"""Undo and redo in the real window, on SQLite and on PostgreSQL: what the secretary does,
takes back and does again stays the same rows (same ids), later edits of them work, and
a change another program made meanwhile is reported in one sentence, never overwritten."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from dvdesk.services import calendar
from dvdesk.services.demo import build_demo
from dvdesk.services.officer_views import load_officer_rows
from dvdesk.services.unit_views import tree_children, unit_details
from dvdesk.store import open_database

MONTH = "2026-12"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def house(request, demo_path) -> str:
    """The demo district as a SQLite file, or built on a real PostgreSQL server."""
    if request.param == "sqlite":
        return str(demo_path)
    url = request.getfixturevalue("pg_url")
    db = open_database(url)
    try:
        build_demo(db, "district")
    finally:
        db.dispose()
    return url


def read(target: str, reader):
    """``reader(db)`` on a connection of our own, closed again (the window runs apart)."""
    db = open_database(target)
    try:
        return reader(db)
    finally:
        db.dispose()


def eventually(check, timeout: float = 30) -> None:
    """The window acts on its own time: wait until ``check()`` holds."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the window never got there"
        time.sleep(0.2)


def officers_named(target: str, name: str):
    import datetime as dt

    return read(target, lambda db: [r for r in load_officer_rows(db, dt.date.today())
                                    if r.full_name == name])


def test_add_an_officer_undo_redo_then_edit(launch, house):
    app = launch(page="officers", db=house)
    app.click("Thêm…")
    form = app.dialog("Thêm cán bộ")
    form.type_into("Họ và tên", "Trần Thị Thu Hà")
    form.type_into("Chức vụ", "Chuyên viên")
    form.click("Đồng ý")
    app.wait_gone("Thêm cán bộ")
    app.wait_for("Trần Thị Thu Hà")
    [added] = officers_named(house, "Trần Thị Thu Hà")

    app.menu("Sửa", "Hoàn tác Thêm cán bộ Trần Thị Thu Hà")  # the menu names the action
    eventually(lambda: officers_named(house, "Trần Thị Thu Hà") == [])
    app.key("ctrl+y")
    app.wait_for("có thể hoàn tác: Thêm cán bộ Trần Thị Thu Hà")
    assert [r.id for r in officers_named(house, "Trần Thị Thu Hà")] == [added.id]  # same id

    app.click("Trần Thị Thu Hà", kinds=["item"])
    app.click("Sửa…")
    form = app.dialog("Sửa cán bộ")
    form.type_into("Chức vụ", "Phó Trưởng ban Dân vận")
    form.click("Đồng ý")
    app.wait_gone("Sửa cán bộ")
    app.wait_for("có thể hoàn tác: Sửa cán bộ Trần Thị Thu Hà")
    [edited] = officers_named(house, "Trần Thị Thu Hà")
    assert (edited.id, edited.title) == (added.id, "Phó Trưởng ban Dân vận")
    assert app.close() == 0


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_rename_a_unit_undo_redo(launch, house, lang):
    app = launch(page="units", db=house, lang=lang)
    # The page opens on the first hamlet of the first commune.
    cluster = read(house, lambda db: tree_children(db, "root"))[0]
    commune = read(house, lambda db: tree_children(db, "cluster", cluster.id))[0]
    hamlet = read(house, lambda db: tree_children(db, "commune", commune.id))[0]
    app.wait_for(hamlet.name)
    app.click(hamlet.name, kinds=["item"])
    app.click("Đổi tên…")
    form = app.dialog("Đổi tên đơn vị")
    form.type_into("Tên mới:", "Ấp Hòa Bình Mới")
    form.click("Đồng ý")
    app.wait_gone("Đổi tên đơn vị")
    app.wait_for("Ấp Hòa Bình Mới")

    def name(db):
        return unit_details(db, "hamlet", hamlet.id).name

    assert read(house, name) == "Ấp Hòa Bình Mới"
    assert app.sees(f"Đã lưu · có thể hoàn tác: Đổi tên {hamlet.name}")  # the status bar names it
    app.click("Ấp Hòa Bình Mới", kinds=["item"])  # back in the main window, then Ctrl+Z
    app.key("ctrl+z")
    eventually(lambda: read(house, name) == hamlet.name)
    app.key("ctrl+y")
    app.wait_for(f"Đã lưu · có thể hoàn tác: Đổi tên {hamlet.name}")
    assert read(house, name) == "Ấp Hòa Bình Mới"
    assert app.close() == 0


def test_plan_a_month_then_undo(launch, house):
    def placed(db):
        return sum(1 for r in calendar.month_state(db, MONTH).rows if r.day is not None)

    app = launch(page="calendar", month=MONTH, db=house)
    app.click("Tạo lịch tháng")
    app.wait_for("có thể hoàn tác: Tạo lịch tháng 12/2026")
    assert read(house, placed) == 0
    app.click("Xếp lịch tự động")
    app.wait_for("có thể hoàn tác: Xếp lịch tự động tháng 12/2026", timeout=120)
    total = len(read(house, lambda db: calendar.month_state(db, MONTH).rows))
    assert total > 100 and read(house, placed) == total
    app.menu("Sửa", "Hoàn tác Xếp lịch tự động tháng 12/2026")
    app.wait_for("có thể hoàn tác: Tạo lịch tháng 12/2026")
    assert read(house, placed) == 0  # back as created: nothing placed yet
    assert app.close() == 0


SECOND_WRITER = """
import sys
import time
from dvdesk.services.officers import update_officer
from dvdesk.store import open_database
db = open_database(sys.argv[1])
update_officer(db, int(sys.argv[2]), title="Trưởng ban (sửa từ máy khác)")
db.dispose()
"""


def test_an_edit_made_meanwhile_elsewhere_is_reported_not_overwritten(launch, house):
    import datetime as dt

    officer = read(house, lambda db: next(r for r in load_officer_rows(db, dt.date.today())
                                          if r.active and r.title))
    app = launch(page="officers", db=house)
    app.type_into("Tìm theo họ tên hoặc điện thoại (không cần dấu)…", officer.full_name)
    app.click(officer.full_name, kinds=["item"])
    app.click("Sửa…")
    form = app.dialog("Sửa cán bộ")
    # While the form is open, another program changes the same officer.
    subprocess.run([sys.executable, "-c", SECOND_WRITER, house, str(officer.id)], check=True,
                   timeout=120)
    form.type_into("Chức vụ", "Chuyên viên")
    form.click("Đồng ý")
    box = app.dialog("DV Desk")
    assert box.sees(f"Cán bộ {officer.full_name} đã được người khác thay đổi; "
                    "hãy tải lại rồi sửa.")
    box.click("Đồng ý")
    app.wait_gone("DV Desk")
    [after] = [r for r in read(house, lambda db: load_officer_rows(db, dt.date.today()))
               if r.id == officer.id]
    assert after.title == "Trưởng ban (sửa từ máy khác)"  # nothing overwritten
    assert app.sees("Đã lưu") and not app.sees("có thể hoàn tác")
    assert app.close() == 0
