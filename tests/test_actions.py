"""Every undoable action: do, undo, redo on SQLite and PostgreSQL, with the same ids after redo.

What is compared is what the window shows (officer list, unit index, boards, months,
calendar views, settings), read through the same services the window reads. Each
"add, undo, redo, then edit" test goes on acting on the row the redo brought back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from openpyxl import Workbook

from dvdesk.domain.roles import ROLES, UnitKind
from dvdesk.errors import ConcurrentEditError, InvalidInput, NotFound, RuleViolation
from dvdesk.services import actions as a
from dvdesk.services import calendar as calendar_service
from dvdesk.services import calendar_acceptance as acceptance
from dvdesk.services import officers, units
from dvdesk.services.assignments import assign, reopen
from dvdesk.services.board_view import load_board
from dvdesk.services.importer import plan_import
from dvdesk.services.officer_views import load_officer_rows, officer_form
from dvdesk.services.settings import get_settings
from dvdesk.services.unavailability import list_unavailability
from dvdesk.services.unit_views import load_unit_index
from dvdesk.store import open_database

START = dt.date(2026, 1, 1)
DAY = dt.date(2026, 6, 1)
MONTH = "2026-12"


@pytest.fixture
def district(any_db_url):
    """One cluster, one commune (two hamlets, a group, two cells), three officers."""
    db = open_database(any_db_url)
    ids = {"cluster": units.add_unit(db, "cluster", "Cụm 1")}
    ids["commune"] = units.add_unit(db, "commune", "An Khánh", ids["cluster"], kind="xa")
    ids["h1"] = units.add_unit(db, "hamlet", "Ấp Phú Hòa", ids["commune"])
    ids["h2"] = units.add_unit(db, "hamlet", "Ấp Phú Lợi", ids["commune"])
    ids["group"] = units.add_unit(db, "group", "Tổ 1", ids["h1"])
    ids["cell"] = units.add_unit(db, "cell", "Chi bộ Ấp Phú Hòa", ids["commune"],
                                 hamlet_id=ids["h1"])
    ids["cell2"] = units.add_unit(db, "cell", "Chi bộ Ấp Phú Lợi", ids["commune"],
                                  hamlet_id=ids["h2"])
    ids["a"] = officers.add_officer(db, "Nguyễn Văn An", phone="0912345678")
    ids["b"] = officers.add_officer(db, "Trần Thị Bình", phone="0987654321")
    ids["c"] = officers.add_officer(db, "Lê Văn Cường")
    assign(db, ids["a"], "commune_lead", ids["commune"], START)
    assign(db, ids["a"], "hamlet_support", ids["h1"], START)
    assign(db, ids["b"], "cell_attendance", ids["cell"], START)
    ids["db"] = db
    yield ids
    db.dispose()


def seen(db) -> dict:
    """Everything the window shows, through the services it reads."""
    view = {
        "officers": sorted((r.id, r.full_name, r.title, r.phone, r.active, r.work)
                           for r in load_officer_rows(db, DAY)),
        "units": {k.value: [(e.id, e.name, e.parent_text)
                            for e in load_unit_index(db, k).ordered(k)] for k in UnitKind},
        "boards": {r.value: [(row.unit.id, tuple((h.assignment_id, h.officer_id,
                                                  h.effective_from) for h in row.holders))
                             for row in load_board(db, r, DAY).rows] for r in ROLES},
        "months": calendar_service.months(db),
        "settings": get_settings(db),
        "unavailable": list_unavailability(db),
    }
    for version in view["months"]:
        view[f"calendar {version['month']} v{version['version']}"] = \
            calendar_service.calendar_view(db, version["month"], version["version"])
        view[f"conflicts {version['month']} v{version['version']}"] = \
            calendar_service.conflicts(db, version["month"], version["version"])
        accepted = acceptance.accepted(db, version["month"])
        view[f"accepted {version['month']}"] = sorted(
            (key, x.message, x.note) for key, x in accepted.items())
    return view


def round_trip(db, action: a.Action):
    """do, then undo and redo twice; returns what do returned."""
    before = seen(db)
    result = action.do(db)
    after = seen(db)
    assert after != before
    for _ in range(2):
        action.undo(db)
        assert seen(db) == before
        action.redo(db)
        assert seen(db) == after
    return result


def test_add_a_unit_undo_redo_then_rename_it(district):
    db = district["db"]
    action = a.AddUnit("hamlet", "Ấp Mới", district["commune"], {"kind": "thon"})
    unit_id = round_trip(db, action)
    assert action.unit_id == unit_id
    round_trip(db, a.EditUnit("hamlet", unit_id, {"name": "Ấp Mới"}, {"name": "Thôn Mới"}))
    names = [e.name for e in load_unit_index(db, "hamlet").ordered("hamlet")]
    assert "Thôn Mới" in names and "Ấp Mới" not in names


def test_move_and_remove_units(district):
    db = district["db"]
    other = units.add_unit(db, "commune", "Tân Thạch", district["cluster"])
    round_trip(db, a.MoveUnit("hamlet", district["h2"], district["commune"], other))
    ended = round_trip(db, a.RemoveUnit("hamlet", district["h1"], DAY))
    assert len(ended) == 1  # the hamlet support of Ấp Phú Hòa
    assert a.RemoveUnit.changes == a.Change.UNITS | a.Change.ASSIGNMENTS
    assert a.Change.ASSIGNMENTS in a.Change.ALL and a.Change.SETTINGS not in a.RemoveUnit.changes


def test_add_an_officer_undo_redo_then_edit_and_assign_them(district):
    db = district["db"]
    add = a.AddOfficer("Phạm Thị Dung", {"title": "Chuyên viên", "phone": "0933444555"})
    officer_id = round_trip(db, add)
    assert add.officer_id == officer_id
    form = officer_form(db, officer_id)
    round_trip(db, a.EditOfficer(officer_id, {"title": "Chuyên viên"},
                                 {"title": "Phó Trưởng ban"}, form.version))
    assert officer_form(db, officer_id).values["title"] == "Phó Trưởng ban"
    result = round_trip(db, a.Assign(officer_id, "hamlet_support", district["h2"], START))
    holders = load_board(db, "hamlet_support", DAY).rows
    assert [(h.assignment_id, h.officer_id) for r in holders for h in r.holders
            if r.unit.id == district["h2"]] == [(result.assignment_id, officer_id)]


def test_a_chain_undone_and_redone_keeps_its_ids(district):
    """Add an officer, assign them; undo both, redo both, then end the assignment: the
    later actions still find the rows the earlier redo brought back."""
    db = district["db"]
    add = a.AddOfficer("Võ Văn Em")
    officer_id = add.do(db)
    give = a.Assign(officer_id, "hamlet_support", district["h2"], START)
    assignment_id = give.do(db).assignment_id
    give.undo(db)
    add.undo(db)
    assert officer_id not in {r.id for r in load_officer_rows(db, DAY)}
    add.redo(db)
    give.redo(db)
    end = a.EndAssignment(assignment_id, dt.date(2026, 5, 31))
    round_trip(db, end)
    assert load_board(db, "hamlet_support", DAY).covered == 1


def test_deactivate_and_delete_officers(district):
    db = district["db"]
    round_trip(db, a.SetOfficerActive(district["b"], False))
    delete = a.DeleteOfficer(district["c"])
    round_trip(db, delete)
    with pytest.raises(NotFound):
        officers.update_officer(db, district["c"], title="x")
    delete.undo(db)
    assert officer_form(db, district["c"]).values["full_name"] == "Lê Văn Cường"
    with pytest.raises(InvalidInput):  # someone with assignment history is never deleted
        a.DeleteOfficer(district["a"]).do(db)


def test_editing_an_officer_changed_meanwhile_is_refused_not_overwritten(district):
    db = district["db"]
    form = officer_form(db, district["c"])
    stale = a.EditOfficer(district["c"], {"title": ""}, {"title": "Cán bộ"}, form.version)
    edit = a.EditOfficer(district["c"], {"title": ""}, {"title": "Chuyên viên"}, form.version)
    edit.do(db)
    with pytest.raises(ConcurrentEditError):  # a second window still showing the old form
        stale.do(db)
    officers.update_officer(db, district["c"], title="Phó Trưởng ban")  # someone else
    with pytest.raises(ConcurrentEditError):
        edit.undo(db)
    assert officer_form(db, district["c"]).values["title"] == "Phó Trưởng ban"
    # A change to a field the undo does not touch is kept, not overwritten.
    other = a.EditOfficer(district["c"], {"title": "Phó Trưởng ban"}, {"title": "Trưởng ban"},
                          officer_form(db, district["c"]).version)
    other.do(db)
    officers.update_officer(db, district["c"], phone="0901112223")  # someone else
    other.undo(db)
    values = officer_form(db, district["c"]).values
    assert (values["title"], values["phone"]) == ("Phó Trưởng ban", "0901112223")


def test_own_edits_of_one_row_undone_in_turn_and_redone(district):
    """Two edits of the same officer, the same unit and the same meeting, undone newest
    first and redone: each undo finds the values its edit left although the later undo
    raised the row's version."""
    db = district["db"]
    a.NewMonth(MONTH).do(db)
    meeting = calendar_service.calendar_view(db, MONTH)["meetings"][0]["id"]
    other_commune = units.add_unit(db, "commune", "Tân Thạch", district["cluster"])
    version = officer_form(db, district["b"]).version
    steps = [
        a.EditOfficer(district["b"], {"title": ""}, {"title": "Chuyên viên"}, version),
        a.EditOfficer(district["b"], {"title": "Chuyên viên", "phone": "0987654321"},
                      {"title": "Phó Trưởng ban", "phone": "0987 654 322"}),
        a.EditUnit("hamlet", district["h2"], {"name": "Ấp Phú Lợi"}, {"name": "Ấp  Phú Lợi A"},
                   units.unit_version(db, "hamlet", district["h2"])),
        a.EditUnit("hamlet", district["h2"], {"name": "Ấp Phú Lợi A"}, {"name": "Ấp Phú Lợi B"}),
        a.MoveUnit("hamlet", district["h2"], district["commune"], other_commune),
        a.EditMeeting(meeting, {"place": "Hội trường xã"}),
        a.EditMeeting(meeting, {"place": "Nhà văn hóa ấp", "note": "Họp sớm"}),
        a.SetMonthWindows(MONTH, committee=(8, 9)),
        a.SetMonthWindows(MONTH, committee=(7, 8)),
        a.SetOfficerActive(district["c"], False),
        a.SaveSettings({"organization": {"name": "Huyện ủy Chợ Lách"}}),
        a.SaveSettings({"organization": {"name": "Huyện ủy Mỏ Cày"}}),
    ]
    before = seen(db)
    for step in steps:
        step.do(db)
    after = seen(db)
    for _ in range(2):
        for step in reversed(steps):
            step.undo(db)
        assert seen(db) == before
        for step in steps:
            step.redo(db)
        assert seen(db) == after


def test_assign_reassign_and_end(district):
    db = district["db"]
    result = round_trip(db, a.Assign(district["c"], "hamlet_support", district["h2"], START))
    handover = a.Reassign(result.assignment_id, district["b"], dt.date(2026, 3, 1))
    new = round_trip(db, handover)
    assert new.ended_id == result.assignment_id
    round_trip(db, a.EndAssignment(new.assignment_id, dt.date(2026, 5, 31)))


def test_redo_rechecks_the_rules_someone_may_have_broken_meanwhile(district):
    db = district["db"]
    give = a.Assign(district["c"], "hamlet_support", district["h2"], START)
    give.do(db)
    give.undo(db)
    assign(db, district["b"], "hamlet_support", district["h2"], START)  # someone else
    with pytest.raises(RuleViolation):
        give.redo(db)
    holders = {r.unit.id: r.holders for r in load_board(db, "hamlet_support", DAY).rows}
    assert [h.officer_id for h in holders[district["h2"]]] == [district["b"]]


def test_new_month_undo_redo_then_plan_and_move_a_meeting(district):
    db = district["db"]
    new = a.NewMonth(MONTH)
    summary = round_trip(db, new)
    assert summary["calendar_id"] == new.calendar_id
    outcome = round_trip(db, a.PlanMonth(MONTH))
    assert outcome.moved == 3 and outcome.placed
    meeting = calendar_service.calendar_view(db, MONTH)["meetings"][0]
    round_trip(db, a.EditMeeting(meeting["id"], {"place": "Nhà văn hóa mới", "pinned": True}))
    round_trip(db, a.SetMonthWindows(MONTH, committee=(8, 9)))
    round_trip(db, a.Approve(MONTH, "15-LT/HU", "Nguyễn Văn An", DAY))
    revision = round_trip(db, a.Revise(MONTH))
    meeting_v2 = calendar_service.calendar_view(db, MONTH)["meetings"][0]
    assert revision["version"] == 2 and meeting_v2["id"] != meeting["id"]
    round_trip(db, a.EditMeeting(meeting_v2["id"], {"start": "08:00"}))


def test_copy_and_plan_then_accept_a_conflict_and_approve_with_a_signer(district):
    db = district["db"]
    a.NewMonth("2026-11").do(db)
    a.PlanMonth("2026-11").do(db)
    copy = a.CopyAndPlan(MONTH)
    outcome = round_trip(db, copy)
    state = calendar_service.month_state(db, MONTH)
    # Last month's days kept: every meeting has its day, nothing left for the planner.
    assert outcome.moved == 0 and all(r.day is not None for r in state.rows)
    assert state.conflicts  # Chi bộ Ấp Phú Lợi has nobody assigned yet
    key = acceptance.keys_of(state.rows, state.conflicts)[0]
    round_trip(db, a.AcceptConflict(MONTH, key, "Chi bộ mới, chưa phân công"))
    assert acceptance.accepted(db, MONTH)[key].note == "Chi bộ mới, chưa phân công"
    round_trip(db, a.WithdrawAcceptance(MONTH, key, "Chi bộ mới, chưa phân công"))
    approved = round_trip(db, a.Approve(MONTH, "16-LT/HU", "Nguyễn Văn An", DAY,
                                        signer="Trần Thị Bình", signer_title="Phó Bí thư"))
    assert approved["number"] == "16-LT/HU"
    assert calendar_service.month_state(db, MONTH).status == "approved"


def test_unavailability_added_and_removed_with_undo_and_redo(district):
    """Báo vắng: the conflict it makes in a planned month comes and goes with it; after a
    redo the same row (same id) can be removed again."""
    db = district["db"]
    calendar_service.new_month(db, MONTH)
    calendar_service.plan(db, MONTH)
    state = calendar_service.month_state(db, MONTH)
    before = state.conflicts  # Chi bộ Ấp Phú Lợi has nobody assigned yet
    committee = next(r for r in state.rows if r.kind == "committee")
    add = a.AddUnavailability(district["a"], committee.day, committee.day, "Nghỉ phép")
    unavailability_id = round_trip(db, add)
    away = [c for c in calendar_service.conflicts(db, MONTH) if c not in before]
    assert [(c.kind, c.meeting_ids) for c in away] == [("unavailable", (committee.id,))]
    assert "Nguyễn Văn An nghỉ phép ngày" in away[0].message
    remove = a.RemoveUnavailability(unavailability_id)
    round_trip(db, remove)
    assert calendar_service.conflicts(db, MONTH) == before
    remove.undo(db)
    assert [r.id for r in list_unavailability(db)] == [unavailability_id]
    assert a.AddUnavailability.changes == a.Change.OFFICERS | a.Change.CALENDAR


def test_a_month_made_again_after_an_undo_replaces_the_one_taken_back(district):
    db = district["db"]
    first = a.NewMonth(MONTH)
    first.do(db)
    first.undo(db)
    second = a.NewMonth(MONTH)  # a new action instead of redo
    second.do(db)
    second_view = calendar_service.calendar_view(db, MONTH)
    with pytest.raises((NotFound, ConcurrentEditError)):  # never brings back another month
        first.redo(db)
    assert [m["version"] for m in calendar_service.months(db)] == [1]
    assert calendar_service.calendar_view(db, MONTH) == second_view


def test_attendance_and_settings(district):
    db = district["db"]
    a.NewMonth(MONTH).do(db)
    a.PlanMonth(MONTH).do(db)
    a.Approve(MONTH, "15-LT/HU").do(db)
    meeting = next(m for m in calendar_service.calendar_view(db, MONTH)["meetings"]
                   if m["attendees"])
    officer = meeting["attendees"][0]["id"]
    record = a.RecordAttendance(meeting["id"], officer, "excused", "Đi công tác")
    record.do(db)
    shown = calendar_service.calendar_view(db, MONTH, with_attendance=True)
    assert next(m for m in shown["meetings"] if m["id"] == meeting["id"])["attendance"] == \
        {str(officer): {"status": "excused", "reason": "Đi công tác"}}
    record.undo(db)
    shown = calendar_service.calendar_view(db, MONTH, with_attendance=True)
    # Still expected at the meeting, with nothing recorded.
    assert next(m for m in shown["meetings"] if m["id"] == meeting["id"])["attendance"] == \
        {str(officer): {"status": None, "reason": ""}}
    round_trip(db, a.SaveSettings({"organization": {"name": "Huyện ủy Chợ Lách"},
                                   "level_names": {"hamlet": "Thôn"}}))
    # Áp dụng mẫu tổ chức, as Cài đặt runs it: undone and redone like saving the sections.
    round_trip(db, a.ApplyPreset(code="xa"))
    assert get_settings(db)["level_names"]["hamlet"] == "Thôn, tổ dân phố"


def test_attendance_entered_from_the_list_and_feedback_steps(district):
    from dvdesk.services.attendance_read import month_meetings
    from dvdesk.services.feedback_read import feedback_item

    db = district["db"]
    a.NewMonth(MONTH).do(db)
    a.PlanMonth(MONTH).do(db)
    a.Approve(MONTH, "15-LT/HU").do(db)
    meeting = next(m for m in month_meetings(db, MONTH) if m.expected)

    def marks() -> dict[int, tuple]:
        found = next(m for m in month_meetings(db, MONTH) if m.id == meeting.id)
        return {e.officer_id: (e.status, e.reason) for e in found.expected}

    nobody = {e.officer_id: (None, "") for e in meeting.expected}
    everyone = {e.officer_id: ("present", "") for e in meeting.expected}
    present = a.AllPresent(MONTH, meeting.id,
                           versions={e.officer_id: e.row_version for e in meeting.expected})
    present.do(db)
    assert marks() == everyone
    present.undo(db)
    assert marks() == nobody
    present.redo(db)
    assert marks() == everyone
    officer = meeting.expected[0].officer_id
    version = next(e for m in month_meetings(db, MONTH) if m.id == meeting.id
                   for e in m.expected if e.officer_id == officer).row_version
    excused = a.MarkAttendance(MONTH, meeting.id, officer, "excused", "Đi học", version=version)
    excused.do(db)
    assert marks() == {**everyone, officer: ("excused", "Đi học")}
    excused.undo(db)
    assert marks() == everyone
    excused.redo(db)
    assert marks()[officer] == ("excused", "Đi học")
    with pytest.raises(ConcurrentEditError):  # the version the list showed is gone
        a.MarkAttendance(MONTH, meeting.id, officer, "absent", version=version).do(db)

    received = a.ReceiveFeedback({"hamlet_id": district["h1"], "officer_id": district["a"],
                                  "received": dt.date(2027, 2, 1), "field": "Hạ tầng",
                                  "content": "Cầu hư"})
    item_id = received.do(db)
    assert feedback_item(db, item_id)["deadline"] == "2027-02-17"  # Tết not counted
    received.undo(db)
    with pytest.raises(NotFound):
        feedback_item(db, item_id)
    assert received.redo(db) == item_id  # the same item, for the steps after it
    forward = a.FeedbackStep(item_id, "forwarded", "UBND xã", dt.date(2027, 2, 2),
                             version=feedback_item(db, item_id)["row_version"])
    forward.do(db)
    assert feedback_item(db, item_id)["status"] == "forwarded"
    forward.undo(db)
    assert [h["status"] for h in feedback_item(db, item_id)["history"]] == ["received"]
    forward.redo(db)
    item = feedback_item(db, item_id)
    assert (item["status"], item["forwarded_to"]) == ("forwarded", "UBND xã")


def _hamlet_list(folder) -> str:
    wb = Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Chức vụ", "Đơn vị công tác", "Điện thoại", "Ấp/Khu phố",
               "Xã/Thị trấn", "Cụm"])
    ws.append(["Đỗ Văn Giàu", "Chuyên viên", "Ban Dân vận", "0911000111", "Ấp Mỹ Thạnh",
               "Xã Hữu Định", "Cụm 3"])
    ws.append(["Huỳnh Thị Hoa", "Cán bộ", "UBMTTQ", "0911000222", "Ấp Mỹ Lợi", "Xã Hữu Định",
               "Cụm 3"])
    path = folder / "ho_tro_ap.xlsx"
    wb.save(path)
    return path


def test_an_import_undone_and_redone_from_its_plan_keeps_its_ids(district, tmp_path):
    db = district["db"]
    path = _hamlet_list(tmp_path)
    plan = plan_import(db, path)
    action = a.ApplyImport(plan)
    first = round_trip(db, action)
    assert action.result["created"] == first["created"]  # the redo wrote the same ids
    path.unlink()  # a redo never reads the file again
    action.undo(db)
    action.redo(db)
    officer_id = first["created"]["officer"][0]
    form = officer_form(db, officer_id)
    round_trip(db, a.EditOfficer(officer_id, {"phone": form.values["phone"]},
                                 {"phone": "0911999999"}, form.version))
    assert dataclasses.asdict(officer_form(db, officer_id))["values"]["phone"] == "0911999999"


def test_undo_and_redo_refuse_what_someone_else_changed_meanwhile(district, tmp_path):
    """Each undo or redo finds a change made meanwhile by someone else and is refused with
    the concurrent-edit sentence; what they wrote stays."""
    db = district["db"]
    a.NewMonth(MONTH).do(db)
    a.PlanMonth(MONTH).do(db)
    holder = next(h.assignment_id for r in load_board(db, "hamlet_support", DAY).rows
                  if r.unit.id == district["h1"] for h in r.holders)
    end = a.EndAssignment(holder, DAY)
    end.do(db)
    reopen(db, end.assignment_id)  # someone else reopens it
    with pytest.raises(ConcurrentEditError, match="người khác"):
        end.undo(db)
    settings = a.SaveSettings({"organization": {"name": "Huyện ủy Chợ Lách"}})
    settings.do(db)
    a.SaveSettings({"organization": {"name": "Huyện ủy Giồng Trôm"}}).do(db)  # someone else
    with pytest.raises(ConcurrentEditError):
        settings.undo(db)
    assert get_settings(db)["organization"]["name"] == "Huyện ủy Giồng Trôm"
    windows = a.SetMonthWindows(MONTH, committee=(8, 9))
    windows.do(db)
    windows.undo(db)
    calendar_service.set_month_windows(db, MONTH, committee=(7, 7))  # someone else
    with pytest.raises(ConcurrentEditError):
        windows.redo(db)
    move = a.MoveUnit("hamlet", district["h2"], district["commune"],
                      units.add_unit(db, "commune", "Tân Thạch", district["cluster"]))
    move.do(db)
    move.undo(db)
    units.move_unit(db, "hamlet", district["h2"], move.new_parent_id)  # someone else
    with pytest.raises(ConcurrentEditError):
        move.redo(db)


def test_an_import_undone_after_ones_own_later_edit_and_refused_after_someone_elses(
        district, tmp_path):
    db = district["db"]
    action = a.ApplyImport(plan_import(db, _hamlet_list(tmp_path)))
    result = action.do(db)
    officer_id = result["created"]["officer"][0]
    form = officer_form(db, officer_id)
    mine = a.EditOfficer(officer_id, {"title": form.values["title"]}, {"title": "Trưởng ấp"},
                         form.version)
    mine.do(db)
    mine.undo(db)  # raises the imported officer's version, changes no value
    action.undo(db)
    action.redo(db)
    officers.update_officer(db, officer_id, phone="0911888777")  # someone else
    with pytest.raises(ConcurrentEditError):
        action.undo(db)
    assert officer_form(db, officer_id).values["phone"] == "0911888777"


def test_an_import_redo_is_refused_when_what_its_plan_relies_on_changed(district, tmp_path):
    db = district["db"]
    action = a.ApplyImport(plan_import(db, _hamlet_list(tmp_path)))
    action.do(db)
    action.undo(db)
    meeting_month = a.NewMonth(MONTH)
    meeting_month.do(db)  # someone else's work the plan does not rely on: the redo goes on
    action.redo(db)
    action.undo(db)
    units.add_unit(db, "commune", "Xã Hữu Định", district["cluster"])  # someone else
    before = seen(db)
    with pytest.raises(ConcurrentEditError):  # the plan would make a second Xã Hữu Định
        action.redo(db)
    assert seen(db) == before


def test_rename_on_a_date_merge_and_carry_over(district):
    from dvdesk.services.unit_changes import merge_proposals

    db = district["db"]
    other = units.add_unit(db, "commune", "Tân Thạch", district["cluster"])
    third = units.add_unit(db, "commune", "Quới Sơn", district["cluster"])
    assign(db, district["b"], "commune_lead", other, START)
    renamed = round_trip(db, a.RenameUnitOn("commune", other, "Phường Tân Thạch",
                                            dt.date(2026, 3, 1)))
    assert (renamed.old, renamed.title) == ({"name": "Tân Thạch", "kind": "xa"},
                                            "Phường Tân Thạch")
    on = DAY  # the boards the window shows are those of DAY
    merged = round_trip(db, a.MergeUnits("commune", [district["commune"], other, third],
                                         "Xã Tân Phú", on))
    assert merged.title == "Xã Tân Phú" and len(merged.ended) == 2
    offered = merge_proposals(db, "commune", merged.new_id)
    assert sorted(p.officer_id for p in offered) == [district["a"], district["b"]]
    created = round_trip(db, a.CarryOver("commune", merged.new_id, offered[:1]))
    assert len(created) == 1
    # Undoing the merge while the new commune has a carried-over assignment is refused.
    with pytest.raises(InvalidInput):
        a.MergeUnits("commune", [], "", on, result=merged).undo(db)
