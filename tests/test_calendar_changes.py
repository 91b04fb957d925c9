"""What a revision changed, and for whom: ``calendar changes`` on the demo district."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from dvdesk.domain.models import Assignment, Cell
from dvdesk.errors import InvalidInput
from dvdesk.services import actions as a
from dvdesk.services import calendar as cal
from dvdesk.services import units
from dvdesk.services.assignments import assign, reassign
from dvdesk.services.calendar_changes import compare, stale_attendees
from dvdesk.services.calendar_meetings import add_meeting, remove_meeting
from dvdesk.services.officers import add_officer

MONTH = "2026-10"  # approved in the demo as 12-LT/HU
ITEM_KEYS = {"id", "unit", "commune", "before", "after", "officers"}


def _people(meeting: dict) -> set[int]:
    return {x["id"] for x in meeting["attendees"]}


def _hamlet_support(db, cell_id: int) -> tuple[int, int]:
    """(assignment id, hamlet id) of the support officer of a cell's hamlet."""
    with db.read() as s:
        hamlet = s.scalar(select(Cell.hamlet_id).where(Cell.id == cell_id))
        assignment = s.scalar(select(Assignment.id).where(
            Assignment.role == "hamlet_support", Assignment.unit_id == hamlet,
            Assignment.effective_to.is_(None)))
    return assignment, hamlet


@pytest.fixture
def revised(demo_db):
    """Revision 1 of October: one meeting moved, one re-placed, one cancelled, a new cell's
    meeting added, and a hamlet handed to a new support officer (before the revision)."""
    db = demo_db
    v1 = cal.calendar_view(db, MONTH)
    cells = [m for m in v1["meetings"] if m["kind"] == "cell"]
    residential = [m for m in cells if m["attendees"][-1]["role"] == "hamlet_support"]
    moved, placed, cancelled, handed = residential[0], residential[1], residential[2], \
        residential[3]
    newcomer = add_officer(db, "Phạm Thị Ngọc Hân", title="Chuyên viên")
    with db.read() as s:
        handed_cell = next(r.unit_id for r in cal.month_state(db, MONTH).rows
                           if r.id == handed["id"])
        commune_id = s.scalar(select(Cell.commune_id).where(Cell.id == handed_cell))
    assignment, _hamlet = _hamlet_support(db, handed_cell)
    reassign(db, assignment, newcomer, dt.date(2026, 10, 1), accept_warnings=True)

    info = cal.revise(db, MONTH)
    v2 = {(m["unit"], m["commune"]): m for m in cal.calendar_view(db, MONTH)["meetings"]}

    def same(m):
        return v2[(m["unit"], m["commune"])]

    cal.update_meeting(db, same(moved)["id"], day=dt.date(2026, 10, 15), session="chieu")
    cal.update_meeting(db, same(placed)["id"], place="Hội trường UBND xã")
    remove_meeting(db, same(cancelled)["id"])
    new_cell = units.add_unit(db, "cell", "Chi bộ Doanh nghiệp Tân Phú", commune_id)
    assign(db, newcomer, "cell_attendance", new_cell, dt.date(2026, 10, 1),
           accept_warnings=True)
    added = add_meeting(db, MONTH, "cell", new_cell, day=dt.date(2026, 10, 13), session="toi")
    return {"db": db, "v1": v1, "version": info["version"], "moved": moved, "placed": placed,
            "cancelled": cancelled, "handed": handed, "added": added, "newcomer": newcomer,
            "v2": {m["id"]: m for m in cal.calendar_view(db, MONTH)["meetings"]},
            "same": same}


def test_each_kind_of_change_is_listed_once_with_its_officers(revised, cli):
    db, same = revised["db"], revised["same"]
    out = cli("--db", db.url, "calendar", "changes", MONTH, "--json")
    assert out.code == 0, out
    found = json.loads(out.out)
    assert set(found) == {"month", "from", "to", "moved", "added", "removed",
                          "attendees_changed", "officers"}
    assert (found["month"], found["from"], found["to"]) == (MONTH, 1, 2)

    moved = {m["id"]: m for m in found["moved"]}
    assert set(moved) == {same(revised["moved"])["id"], same(revised["placed"])["id"]}
    assert all(set(m) == ITEM_KEYS for m in found["moved"])
    one = moved[same(revised["moved"])["id"]]
    old = revised["moved"]
    assert one["before"] == {"date": old["date"], "session": old["session"],
                             "start": old["start"], "place": old["place"]}
    assert one["after"] == {"date": "2026-10-15", "session": "chieu", "start": "14:00",
                            "place": old["place"]}
    assert (one["unit"], one["commune"]) == (old["unit"], old["commune"])
    assert {o["id"] for o in one["officers"]} == _people(old)
    assert moved[same(revised["placed"])["id"]]["after"]["place"] == "Hội trường UBND xã"

    assert [(m["id"], m["before"], m["after"]["date"], m["after"]["session"])
            for m in found["added"]] == [(revised["added"], None, "2026-10-13", "toi")]
    assert [o["id"] for o in found["added"][0]["officers"]] == [revised["newcomer"]]

    cancelled = revised["cancelled"]
    assert [(m["id"], m["after"], m["before"]["date"]) for m in found["removed"]] == [
        (cancelled["id"], None, cancelled["date"])]  # the id it had in version 1
    assert {o["id"] for o in found["removed"][0]["officers"]} == _people(cancelled)

    handed = revised["handed"]
    changed = found["attendees_changed"]
    assert [m["id"] for m in changed] == [same(handed)["id"]]
    gone = handed["attendees"][-1]
    assert changed[0]["joined"] == [{"id": revised["newcomer"], "name": "Phạm Thị Ngọc Hân"}]
    assert changed[0]["left"] == [{"id": gone["id"], "name": gone["name"]}]
    assert {o["id"] for o in changed[0]["officers"]} == {revised["newcomer"], gone["id"]}

    # every officer concerned, each with the meetings that concern them
    expected: dict[int, set[int]] = {}
    for item in found["moved"] + found["added"] + found["removed"] + changed:
        for officer in item["officers"]:
            expected.setdefault(officer["id"], set()).add(item["id"])
    assert {o["id"]: set(o["meetings"]) for o in found["officers"]} == expected
    # nobody whose meetings did not change is told anything
    untouched = set().union(*(_people(m) for m in revised["v1"]["meetings"])) - set(expected)
    assert untouched and not untouched & {o["id"] for o in found["officers"]}


def test_text_output_and_the_officer_sentences(revised, cli):
    db = revised["db"]
    out = cli("--db", db.url, "calendar", "changes", MONTH)
    assert out.code == 0
    assert "từ bản 1 (số 12-LT/HU) đến bản 2 (dự thảo)" in out.out
    old = revised["moved"]
    day = dt.date.fromisoformat(old["date"])
    assert f"{old['unit']} (xã " in out.out
    assert f"{day:%d/%m/%Y} lúc {old['start']} sang chiều 15/10/2026 lúc 14:00" in out.out
    assert "Bổ sung Chi bộ Doanh nghiệp Tân Phú" in out.out
    assert "Không tổ chức" in out.out
    assert "thêm đồng chí Phạm Thị Ngọc Hân" in out.out
    assert "Đồng chí Phạm Thị Ngọc Hân" in out.out


def test_after_approval_the_default_is_still_what_the_revision_changed(revised):
    db = revised["db"]
    draft = compare(db, MONTH)
    cal.approve(db, MONTH, "18-LT/HU", on_date=dt.date(2026, 10, 9))
    approved = compare(db, MONTH)
    assert (approved.from_version, approved.to_version) == (1, 2)
    assert [c.meeting.id for c in approved.changes] == [c.meeting.id for c in draft.changes]
    assert compare(db, MONTH, 1, 2).officer_ids() == draft.officer_ids()


def test_versions_that_cannot_be_compared_are_one_sentence(demo_db, cli):
    db = demo_db.url
    out = cli("--db", db, "calendar", "changes", MONTH)
    assert out.code != 0 and "chưa có bản đã duyệt nào trước bản 1" in out.err
    cal.revise(demo_db, MONTH)
    for args, sentence in (((("--from", "2", "--to", "1")), "phải là bản trước"),
                           (("--from", "2"), "phải là bản trước"),
                           (("--to", "7"), "không có bản 7")):
        out = cli("--db", db, "calendar", "changes", MONTH, *args)
        assert out.code != 0 and sentence in out.err, (args, out)
        assert len(out.err.strip().splitlines()) == 1
    with pytest.raises(InvalidInput):
        compare(demo_db, MONTH, 1, 1)
    # a fresh revision changes nothing
    assert json.loads(cli("--db", db, "calendar", "changes", MONTH, "--json").out)["officers"] \
        == []


def test_attendees_out_of_date_after_a_reassignment(demo_db, cli):
    """A hamlet handed to another officer after approval: the approved month's meeting of
    that hamlet's cell is flagged with who joined and who left; others are not."""
    db = demo_db
    assert stale_attendees(db, MONTH) == []
    state = cal.month_state(db, MONTH)
    row = next(r for r in state.rows if r.kind == "cell" and r.attendees[-1][2] ==
               "hamlet_support" and r.day.day >= 12)
    assignment, _ = _hamlet_support(db, row.unit_id)
    newcomer = add_officer(db, "Đoàn Văn Lộc")
    reassign(db, assignment, newcomer, dt.date(2026, 10, 11), accept_warnings=True)
    stale = stale_attendees(db, MONTH)
    assert [(c.meeting.id, c.joined, c.left) for c in stale] == [
        (row.id, ((newcomer, "Đoàn Văn Lộc"),), ((row.attendees[-1][0], row.attendees[-1][1]),))]
    # the approved version itself is unchanged
    assert newcomer not in {x["id"] for m in cal.calendar_view(db, MONTH)["meetings"]
                            for x in m["attendees"]}
    cal.revise(db, MONTH)
    out = cli("--db", db.url, "calendar", "changes", MONTH)
    assert "Lưu ý: 1 cuộc họp của bản đã duyệt" in out.out
    assert "thêm đồng chí Đoàn Văn Lộc" in out.out


def test_add_and_remove_meeting_undo_pairs(revised):
    db = revised["db"]
    before = compare(db, MONTH)
    remove = a.RemoveMeeting(revised["added"])
    remove.do(db)
    assert [c.kinds for c in compare(db, MONTH).changes].count(("added",)) == 0
    remove.undo(db)
    assert compare(db, MONTH) == before
    remove.redo(db)
    remove.undo(db)
    assert compare(db, MONTH) == before
    unit_id = next(r.unit_id for r in cal.month_state(db, MONTH).rows
                   if r.id == revised["added"])
    with pytest.raises(InvalidInput, match="đã có cuộc họp"):
        add_meeting(db, MONTH, "cell", unit_id)
