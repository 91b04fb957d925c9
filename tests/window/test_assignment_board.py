"""A board longer than a district's, in the real window: Phân công shows its first units at
once in the hierarchy's order with the whole coverage, the rest follows, and a unit far
down the list is found and assigned."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select

from dvdesk.domain.models import Group, Hamlet
from dvdesk.domain.text import search_key, thousands
from dvdesk.services.board_view import load_board
from dvdesk.services.unit_views import load_unit_index
from dvdesk.store import open_database

ROLE = "Theo dõi tổ NDTQ"  # the district preset's words for group_support
COVERED = "tổ NDTQ có cán bộ theo dõi"
NEW = 400  # groups added under the last hamlet: more than the window reads at once
LATE = f"Tổ mới số {NEW}"  # the very last unit of the board


def _more_groups(path) -> tuple[list[str], str, int, int]:
    """NEW more groups, without holders, under the last hamlet; (the name and place of the
    first group of the board, the name of an officer following it, how many groups, how many have holders)."""
    db = open_database(str(path))
    try:
        with db.write() as session:
            last = session.execute(select(Hamlet.id).order_by(Hamlet.id.desc())).scalar()
            session.execute(insert(Group), [
                {"hamlet_id": last, "name": f"Tổ mới số {n}", "position": 1000 + n,
                 "active": True, "row_version": 1} for n in range(1, NEW + 1)])
        head = load_unit_index(db, "group").ordered("group")[0]
        first = [head.name, head.parent_text]
        board = load_board(db, "group_support", dt.date.today())
        officer = board.rows[0].holders[0].name  # someone who already follows a group
        return first, officer, board.total, board.covered
    finally:
        db.dispose()


def _holders_of(path, name: str) -> list[str]:
    db = open_database(str(path))
    try:
        return [h.name for row in load_board(db, "group_support", dt.date.today()).rows
                if row.unit.name == name for h in row.holders]
    finally:
        db.dispose()


def test_a_long_board_shows_its_first_units_then_all_and_a_late_unit_is_assigned(
        launch, demo_path):
    first, officer, total, covered = _more_groups(demo_path)
    assert total > 2000  # more than the window reads whole at once
    app = launch()
    app.open_page("Phân công")
    app.choose("Vai trò", ROLE)
    # The coverage counts every group from the start; the rule shows once all are read.
    app.wait_for(f"{thousands(covered)}/{thousands(total)} {COVERED}")
    app.wait_until(lambda: any(t.startswith("Mỗi tổ NDTQ") for t in app.texts()),
                   "the role's rule never replaced «Đang đọc danh sách …»")
    rows = app.rows(LATE)
    assert len(rows) == total and rows[0][:2] == first
    assert rows[-1][0] == LATE and rows[-1][2] == "Chưa phân công"

    app.type_into("Lọc theo đơn vị hoặc tên cán bộ (không cần dấu)…", f"to moi so {NEW}")
    app.wait_until(lambda: [row[0] for row in app.rows(LATE)] == [LATE],
                   f"the filter never narrowed the board to {LATE}")
    app.click(LATE, kinds=["item"])
    app.click("Phân công…")
    dialog = app.dialog("Phân công", match="exact")
    dialog.type_into("Gõ tên cán bộ (không cần dấu)…", search_key(officer))
    dialog.click(officer, match="prefix", kinds=["item"], index=0)
    dialog.click("Đồng ý")
    app.wait_gone("Phân công", match="exact")
    app.wait_for(f"{thousands(covered + 1)}/{thousands(total)} {COVERED}")
    assert app.rows(LATE)[0][:3] == [LATE, app.rows(LATE)[0][1], officer]
    assert _holders_of(demo_path, LATE) == [officer]
    app.screenshot("assignments-long-board")
    assert app.close() == 0
