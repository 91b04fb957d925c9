"""The reads the window needs, as plain rows from services (no Qt): tree, index, board, lists."""

from __future__ import annotations

import datetime as dt

import pytest

from dvdesk.domain.text import search_key
from dvdesk.errors import NotFound
from dvdesk.services import assignments, officers, settings, units
from dvdesk.services.board_view import load_board
from dvdesk.services.officer_views import (
    load_officer_choices,
    load_officer_rows,
    load_officer_table,
    officer_assignments,
    officer_form,
)
from dvdesk.services.status import database_mark, status_counts
from dvdesk.services.unit_views import (
    CELL_FOLDER,
    NO_CLUSTER,
    ROOT,
    load_unit_index,
    tree_children,
    unit_details,
    unit_path,
    units_mark,
)
from tests.helpers import table_counts

TODAY = dt.date.today()


def test_the_tree_walks_from_clusters_down_to_groups_and_cells(demo_db):
    clusters = tree_children(demo_db, ROOT)
    assert [c.kind for c in clusters] == ["cluster"] * 6
    assert sum(c.counts["communes"] for c in clusters) == 21
    communes = tree_children(demo_db, "cluster", clusters[0].id)
    assert len(communes) == clusters[0].counts["communes"]
    assert all(c.name.startswith(("Xã ", "Thị trấn ")) for c in communes)
    commune = communes[0]
    children = tree_children(demo_db, "commune", commune.id)
    hamlets, folder = children[:-1], children[-1]
    assert (folder.kind, folder.id) == (CELL_FOLDER, commune.id)
    assert len(hamlets) == commune.counts["hamlets"] and folder.counts["cells"] == \
        commune.counts["cells"]
    groups = tree_children(demo_db, "hamlet", hamlets[0].id)
    assert len(groups) == hamlets[0].counts["groups"] and groups[0].kind == "group"
    cells = tree_children(demo_db, CELL_FOLDER, commune.id)
    assert len(cells) == folder.counts["cells"] and {c.kind for c in cells} == {"cell"}
    assert tree_children(demo_db, "group", groups[0].id) == []


def test_every_unit_is_found_again_along_its_path(demo_db):
    index = load_unit_index(demo_db, "group")
    for entry in index.ordered("group")[::250]:
        node_kind, node_id = ROOT, None
        for kind, unit_id in [*unit_path(demo_db, "group", entry.id), ("group", entry.id)]:
            found = [c for c in tree_children(demo_db, node_kind, node_id)
                     if (c.kind, c.id) == (kind, unit_id)]
            assert len(found) == 1, (entry, kind, unit_id)
            node_kind, node_id = kind, unit_id
        assert found[0].name == entry.name
    cell = load_unit_index(demo_db, "cell").ordered("cell")[0]
    assert unit_path(demo_db, "cell", cell.id)[-1][0] == CELL_FOLDER


def test_a_commune_whose_cluster_is_removed_sits_under_no_cluster(demo_db):
    cluster = tree_children(demo_db, ROOT)[0]
    commune = tree_children(demo_db, "cluster", cluster.id)[0]
    units.remove_unit(demo_db, "cluster", cluster.id)
    assert unit_path(demo_db, "commune", commune.id) == [(NO_CLUSTER, None)]
    folder = tree_children(demo_db, ROOT)[-1]
    assert folder.kind == NO_CLUSTER and folder.counts["communes"] == cluster.counts["communes"]
    assert commune.id in {c.id for c in tree_children(demo_db, NO_CLUSTER)}
    with pytest.raises(NotFound):
        unit_path(demo_db, "hamlet", 10**6)


def test_the_unit_index_is_in_hierarchy_order_and_searchable_without_accents(demo_db):
    counts = table_counts(demo_db)
    for kind, table in (("cluster", "clusters"), ("commune", "communes"),
                        ("hamlet", "hamlets"), ("cell", "cells"), ("group", "groups")):
        entries = load_unit_index(demo_db, kind).ordered(kind)
        assert len(entries) == counts[table]
        assert [e.order for e in entries] == sorted(e.order for e in entries)
    hamlet = load_unit_index(demo_db, "hamlet").ordered("hamlet")[0]
    assert hamlet.parent_text.startswith(("Xã ", "Thị trấn "))
    assert search_key(hamlet.name) in hamlet.search and hamlet.search == search_key(hamlet.search)


def test_units_mark_moves_with_any_unit_change_and_only_then(demo_db):
    before = units_mark(demo_db)
    officers.add_officer(demo_db, "Nguyễn Văn Mới")
    assert units_mark(demo_db) == before
    hamlet = load_unit_index(demo_db, "hamlet").ordered("hamlet")[0]
    units.rename_unit(demo_db, "hamlet", hamlet.id, hamlet.name + " mới")
    assert units_mark(demo_db) != before


def test_the_board_lists_every_unit_with_its_holders_and_the_coverage(demo_db):
    board = load_board(demo_db, "hamlet_support", TODAY)
    assert (board.covered, board.total, board.must_have) == (117, 117, True)
    row = board.rows[0]
    assert len(row.holders) == 1
    assignments.withdraw(demo_db, row.holders[0].assignment_id)
    again = load_board(demo_db, "hamlet_support", TODAY)
    assert (again.covered, again.total) == (116, 117)
    assert [r.unit.id for r in again.rows] == [r.unit.id for r in board.rows]
    assert again.rows[0].holders == ()
    cells = load_board(demo_db, "cell_attendance", TODAY)
    assert max(len(r.holders) for r in cells.rows) > 1
    assert load_board(demo_db, "province_liaison", TODAY).must_have is False


def test_the_first_screen_of_a_board_is_the_head_of_the_whole_board(any_db_url):
    """A province's board first shows a screenful of units in the hierarchy's order, read
    by the database: the same units, places and holders as the head of the whole board,
    and the coverage of all of them; the hamlets of a commune outside any cluster come
    last, a unit moved up comes where it now is, a removed one is gone."""
    from dvdesk.services.demo import build_demo
    from dvdesk.store import open_database

    db = open_database(any_db_url)
    try:
        build_demo(db)
        outside = tree_children(db, "cluster", tree_children(db, ROOT)[0].id)[0]
        units.move_unit(db, "commune", outside.id, None)  # now outside any cluster
        hamlets = load_unit_index(db, "hamlet").ordered("hamlet")
        units.update_unit(db, "hamlet", hamlets[7].id, position=-1)  # first of its commune
        units.remove_unit(db, "hamlet", hamlets[3].id)
        assignments.withdraw(db, load_board(db, "hamlet_support", TODAY)
                             .rows[0].holders[0].assignment_id)
        for role, first in (("hamlet_support", 40), ("group_support", 300),
                            ("cell_attendance", 25), ("commune_lead", 5)):
            whole = load_board(db, role, TODAY)
            head = load_board(db, role, TODAY, first=first)
            assert not head.complete and head.index is None, role
            assert (head.total, head.covered) == (whole.total, whole.covered), role
            assert head.rows == whole.rows[:first], role
            assert whole.complete and whole.mark == units_mark(db)
            # Few enough to read at once: the whole board, with its units to keep.
            at_once = load_board(db, role, TODAY, first=first, whole_up_to=whole.total)
            assert at_once.complete and at_once.rows == whole.rows
        whole = load_board(db, "hamlet_support", TODAY)
        assert whole.covered == whole.total - 1
        assert whole.rows[-1].unit.parent_text == outside.name
        assert hamlets[3].id not in {r.unit.id for r in whole.rows}
    finally:
        db.dispose()


def test_officer_rows_summarise_the_current_work(demo_db):
    rows = {r.id: r for r in load_officer_rows(demo_db, TODAY)}
    assert len(rows) == table_counts(demo_db)["officers"]
    board = load_board(demo_db, "hamlet_support", TODAY)
    holder = board.rows[0].holders[0]
    work = {w.role: w for w in rows[holder.officer_id].work}
    assert work["hamlet_support"].count == 1
    assert work["hamlet_support"].unit_name == board.rows[0].unit.name
    leader = load_board(demo_db, "cluster_leader", TODAY).rows[0].holders[0]
    assert [w.role for w in rows[leader.officer_id].work][0] == "cluster_leader"
    officers.set_officer_active(demo_db, holder.officer_id, False)
    assert not {r.id: r for r in load_officer_rows(demo_db, TODAY)}[holder.officer_id].active


def test_officer_table_holds_the_same_officers_and_work_as_columns(any_db_url):
    from dvdesk.services.demo import build_demo
    from dvdesk.store import open_database

    db = open_database(any_db_url)
    try:
        build_demo(db)
        gone = officers.add_officer(db, "Lê Văn Xóa")
        officers.delete_officer(db, gone)
        quiet = load_board(db, "hamlet_support", TODAY).rows[0].holders[0].officer_id
        officers.set_officer_active(db, quiet, False)
        table = load_officer_table(db, TODAY)
        rows = {r.id: r for r in load_officer_rows(db, TODAY)}
        assert len(table) == len(rows) == table_counts(db)["officers"] - 1
        assert gone not in table.ids
        for at, officer_id in enumerate(table.ids):
            row = rows[officer_id]
            assert (table.full_names[at], table.search_names[at], table.titles[at],
                    table.workplaces[at], table.levels[at], table.phones[at],
                    table.active[at]) == (row.full_name, row.search_name, row.title,
                                          row.workplace, row.level, row.phone, row.active)
            assert table.work_of(officer_id) == row.work
        assert table.active[table.ids.index(quiet)] is False
        assert table.work_of(gone) == ()
    finally:
        db.dispose()


def test_the_first_screen_of_officers_is_the_head_of_the_whole_list_in_name_order(any_db_url):
    """A province's officers table first shows a screenful read by the stored name keys:
    the same officers, in the same Vietnamese order, with the same work, as the head of
    the whole list; a renamed officer moves with the new name."""
    from dvdesk.domain.text import name_sort_key
    from dvdesk.services.demo import build_demo
    from dvdesk.store import open_database

    db = open_database(any_db_url)
    try:
        build_demo(db)
        renamed = officers.add_officer(db, "Trần Văn Zũ")
        officers.update_officer(db, renamed, full_name="Trần Văn A")  # now first but one
        officers.add_officer(db, "Lê Thị A")
        whole = load_officer_table(db, TODAY)
        by_name = sorted(range(len(whole)), key=lambda at: (
            name_sort_key(whole.full_names[at]), whole.ids[at]))
        head = load_officer_table(db, TODAY, first=50)
        assert not head.complete and head.total == len(whole) and len(head) == 50
        assert list(head.ids) == [whole.ids[at] for at in by_name[:50]]
        assert head.full_names[:2] == ("Lê Thị A", "Trần Văn A")
        for officer_id in head.ids:
            assert head.work_of(officer_id) == whole.work_of(officer_id)
        # Few enough to read at once: the whole list, complete.
        assert load_officer_table(db, TODAY, first=50, whole_up_to=len(whole)).complete
    finally:
        db.dispose()


def test_officer_choices_show_how_busy_each_active_officer_is(demo_db):
    board = load_board(demo_db, "cell_attendance", TODAY)
    busiest = max((h.officer_id for r in board.rows for h in r.holders),
                  key=lambda o: sum(h.officer_id == o for r in board.rows for h in r.holders))
    held = sum(h.officer_id == busiest for r in board.rows for h in r.holders)
    choices = {c.id: c for c in load_officer_choices(demo_db, "cell_attendance")}
    assert choices[busiest].held == held > 1
    officers.set_officer_active(demo_db, busiest, False)
    assert busiest not in {c.id for c in load_officer_choices(demo_db, "cell_attendance")}


def test_one_officer_and_one_unit_read_for_their_forms_and_histories(demo_db):
    hamlet = load_board(demo_db, "hamlet_support", TODAY).rows[0]
    holder = hamlet.holders[0]
    form = officer_form(demo_db, holder.officer_id)
    assert form.values["full_name"] == holder.name and form.version >= 1
    officers.update_officer(demo_db, holder.officer_id, title="Phó Chủ tịch")
    assert officer_form(demo_db, holder.officer_id).version == form.version + 1
    lines = officer_assignments(demo_db, holder.officer_id)
    assert any(line.unit_id == hamlet.unit.id and hamlet.unit.name in line.unit_label
               for line in lines)
    details = unit_details(demo_db, "hamlet", hamlet.unit.id)
    assert details.name == hamlet.unit.name and details.parent_id is not None
    assert [h.officer_name for h in details.current(TODAY)] == [holder.name]


def test_status_counts_and_the_mark_other_programs_move(demo_db):
    from dvdesk.services.calendar import approve, new_month, plan

    status = status_counts(demo_db, "2026-12")
    assert (status.clusters, status.communes, status.hamlets) == (6, 21, 117)
    assert status.calendar_status is None
    mark = database_mark(demo_db)
    new_month(demo_db, "2026-12")
    assert database_mark(demo_db) != mark
    plan(demo_db, "2026-12")
    approve(demo_db, "2026-12", "15-LT/HU")
    status = status_counts(demo_db, "2026-12")
    assert (status.calendar_status, status.calendar_version) == ("approved", 1)


def test_settings_sections_are_saved_together_and_the_old_values_come_back(db):
    before = settings.get_settings(db)
    old = settings.save_sections(db, {
        "organization": {"name": "Huyện ủy Chợ Lách", "place": "Chợ Lách"},
        "calendar": {"committee_window": [6, 8]}})
    assert old == {"organization": {"name": before["organization"]["name"],
                                    "place": before["organization"]["place"]},
                   "calendar": {"committee_window": before["calendar"]["committee_window"]}}
    saved = settings.get_settings(db)
    assert saved["organization"]["name"] == "Huyện ủy Chợ Lách"
    assert saved["calendar"]["committee_window"] == [6, 8]
    settings.save_sections(db, old)
    assert settings.get_settings(db) == before
