"""A list of officers longer than a district's, in the real window: the first screen comes
at once in the Vietnamese order, the rest follows, and every officer can be found."""

from __future__ import annotations

import itertools

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
    app.screenshot("officers-found")
