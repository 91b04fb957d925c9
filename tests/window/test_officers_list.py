"""A list of officers longer than a district's, in the real window: the first screen comes
at once in the Vietnamese order, the rest follows, and every officer can be found."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import func, insert, select

from dvdesk.domain.models import Officer
from dvdesk.domain.text import officer_name_keys, thousands
from dvdesk.store import open_database

FIRST = "Lê Thị Ái"  # "Ái" comes before every given name of the demo ("An", "Anh" …)
LATE = "Ừng Thị Xuyến"  # far down the list: not in the first screen
FAMILIES = ("Nguyễn", "Trần", "Phạm", "Huỳnh", "Võ", "Đặng")
MIDDLES = ("Văn", "Thị", "Minh", "Ngọc", "Hữu")
GIVENS = ("Hùng", "Lan", "Minh", "Thảo", "Tuấn", "Phúc", "Nga", "Sơn", "Trang", "Dũng")


def _more_officers(path, count: int) -> tuple[int, int]:
    """``count`` more officers (FIRST and LATE among them) in the file; (active, listed)."""
    names = [FIRST, LATE] + [f"{f} {m} {g}" for f, m, g in itertools.islice(
        itertools.cycle(itertools.product(FAMILIES, MIDDLES, GIVENS)), count - 2)]
    db = open_database(str(path))
    try:
        with db.write() as session:
            session.execute(insert(Officer), [
                {"full_name": name, **officer_name_keys(name), "title": "Tổ trưởng tổ tự quản",
                 "workplace": "Ban Dân vận", "level": "ap", "phone": "", "active": True,
                 "note": "", "row_version": 1} for name in names])
        with db.read() as session:
            listed = Officer.deleted.is_(False)
            return (session.scalar(select(func.count()).where(listed, Officer.active)),
                    session.scalar(select(func.count()).where(listed)))
    finally:
        db.dispose()


def test_a_long_list_of_officers_shows_in_name_order_and_every_officer_is_found(
        launch, demo_path):
    active, listed = _more_officers(demo_path, 3000)
    assert listed > 4000  # more than the window reads whole at once
    app = launch()
    app.open_page("Cán bộ")
    # The whole list arrived: the count names every officer.
    app.wait_for(f"{thousands(active)} / {thousands(listed)} cán bộ")
    rows = app.rows(FIRST)
    assert len(rows) == active and rows[0][0] == FIRST
    app.type_into("Tìm theo họ tên hoặc điện thoại (không cần dấu)…", "ung xuyen")
    app.wait_until(lambda: [row[0] for row in app.rows(LATE)] == [LATE],
                   f"the search never narrowed the list to {LATE}")
    assert app.sees(f"1 / {thousands(listed)} cán bộ")
    # The one officer left is chosen: the history follows, Sửa… edits that officer.
    app.wait_for(f"Lịch sử phân công của {LATE}")
    app.click("Sửa…")
    form = app.dialog("Sửa cán bộ")
    assert form.field("Họ và tên")["value"] == LATE
    form.click("Hủy")
    app.wait_gone("Sửa cán bộ")
    app.screenshot("officers-found")


def _one_and_more(path) -> tuple[str, str]:
    """The names of an officer following one self-governing group only, and of one attending
    one party cell and following two groups (each name held by nobody else)."""
    import datetime as dt
    from collections import Counter

    from dvdesk.services.officer_views import load_officer_table

    db = open_database(str(path))
    try:
        table = load_officer_table(db, dt.date.today())
    finally:
        db.dispose()
    named = Counter(table.full_names)
    work = {name: tuple((w.role, w.count) for w in table.work_of(officer_id))
            for officer_id, name in zip(table.ids, table.full_names, strict=True)
            if named[name] == 1}
    one = next(n for n, w in work.items() if w == (("group_support", 1),))
    more = next(n for n, w in work.items()
                if w == (("cell_attendance", 1), ("group_support", 2)))
    return one, more


@pytest.mark.parametrize("lang, one, more", [
    ("en", "1 self-governing group", "1 party cell; 2 self-governing groups"),
    ("vi", "1 tổ NDTQ", "1 chi bộ; 2 tổ NDTQ"),  # the district's word for its groups
])
def test_the_current_work_counts_units_in_the_windows_language(launch, demo_path, lang, one,
                                                               more):
    names = _one_and_more(demo_path)
    app = launch(lang=lang)
    app.open_page("Cán bộ")
    for name, expected in zip(names, (one, more), strict=True):
        app.type_into("Tìm theo họ tên hoặc điện thoại (không cần dấu)…", name)
        app.wait_until(lambda name=name: [r[0] for r in app.rows(name)] == [name],
                       f"the search never narrowed the list to {name}")
        assert app.rows(name)[0][5] == expected
