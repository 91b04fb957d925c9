"""The monthly calendar services on the demo district (real SQLite files)."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict

import pytest
from sqlalchemy import select

from dvdesk.domain.models import Assignment, Cell, Commune
from dvdesk.errors import InvalidInput, NotFound
from dvdesk.services import calendar as cal
from dvdesk.services.assignments import reassign
from dvdesk.services.officers import add_officer

MONTH = "2026-12"
MEETING_KEYS = {"id", "kind", "unit", "commune", "cell_type", "date", "session", "start",
                "place", "pinned", "attendees"}


def _planned(db, month=MONTH):
    cal.new_month(db, month)
    return cal.plan(db, month)


def _counts(db):
    with db.read() as s:
        communes = len(s.scalars(select(Commune.id).where(Commune.active.is_(True))).all())
        cells = len(s.scalars(select(Cell.id).where(Cell.active.is_(True))).all())
    return communes, cells


def test_new_month_has_one_meeting_per_commune_and_cell(demo_db):
    communes, cells = _counts(demo_db)
    summary = cal.new_month(demo_db, MONTH)
    assert (summary["committees"], summary["cells"]) == (communes, cells)
    view = cal.calendar_view(demo_db, MONTH)
    kinds = Counter(m["kind"] for m in view["meetings"])
    assert kinds == {"committee": communes, "cell": cells}
    assert all(m["date"] is None for m in view["meetings"])
    assert {m["place"] for m in view["meetings"] if m["kind"] == "committee"} >= {
        "Hội trường Đảng ủy thị trấn Châu Thành"}
    with pytest.raises(InvalidInput, match="đã có"):
        cal.new_month(demo_db, MONTH)


def test_plan_places_everyone_inside_windows_without_double_booking(demo_db):
    outcome = _planned(demo_db)
    assert outcome.conflicts == []
    view = cal.calendar_view(demo_db, MONTH)
    where = defaultdict(list)
    for m in view["meetings"]:
        day = dt.date.fromisoformat(m["date"])
        assert day.month == 12
        if m["kind"] == "committee":
            assert 7 <= day.day <= 9
            assert {a["role"] for a in m["attendees"]} == {"commune_lead", "province_liaison"}
        else:
            assert 10 <= day.day <= 15
            roles = [a["role"] for a in m["attendees"]]
            assert "cell_attendance" in roles
        assert m["start"] in {"07:30", "14:00", "19:00"}
        for a in m["attendees"]:
            where[(a["id"], m["date"], m["session"])].append(m["id"])
    assert all(len(ids) == 1 for ids in where.values())
    # the residential cells see their hamlet's support officer too
    assert any(a["role"] == "hamlet_support" for m in view["meetings"] for a in m["attendees"])
    assert cal.conflicts(demo_db, MONTH) == []


def test_view_has_exactly_the_contract_keys(demo_db):
    _planned(demo_db)
    view = cal.calendar_view(demo_db, MONTH)
    assert {"month", "status", "version", "meetings"} <= set(view)
    assert (view["month"], view["status"], view["version"], view["revision"]) == (
        MONTH, "draft", 1, 0)
    for m in view["meetings"]:
        assert set(m) == MEETING_KEYS
        assert m["session"] in {"sang", "chieu", "toi"}
        for a in m["attendees"]:
            assert set(a) == {"id", "name", "role"}
    cells = [m for m in view["meetings"] if m["kind"] == "cell"]
    assert all(m["cell_type"] for m in cells)
    assert all(m["cell_type"] is None for m in view["meetings"] if m["kind"] == "committee")


def test_copy_previous_keeps_day_session_and_place(demo_db):
    _planned(demo_db, "2026-11")
    first = cal.calendar_view(demo_db, "2026-11")["meetings"][0]
    cal.update_meeting(demo_db, first["id"], place="Nhà văn hóa xã (mượn)")
    summary = cal.new_month(demo_db, MONTH, copy_previous=True)
    assert summary["copied"] == summary["committees"] + summary["cells"]
    before = {(m["kind"], m["unit"], m["commune"]): m
              for m in cal.calendar_view(demo_db, "2026-11")["meetings"]}
    after = cal.calendar_view(demo_db, MONTH)["meetings"]
    for m in after:
        old = before[(m["kind"], m["unit"], m["commune"])]
        assert m["date"][8:] == old["date"][8:]
        assert (m["session"], m["start"], m["place"]) == (old["session"], old["start"],
                                                          old["place"])
    assert any(m["place"] == "Nhà văn hóa xã (mượn)" for m in after)
    with pytest.raises(NotFound, match="02/2027"):
        cal.new_month(demo_db, "2027-03", copy_previous=True)


def _two_meetings_of_one_officer(view):
    seen = {}
    for m in view["meetings"]:
        for a in m["attendees"]:
            if a["id"] in seen:
                return seen[a["id"]], m, a
            seen[a["id"]] = m
    raise AssertionError("the demo has officers attending several cells")


def test_moving_onto_a_clash_names_both_meetings_and_the_officer(demo_db):
    _planned(demo_db)
    first, second, officer = _two_meetings_of_one_officer(cal.calendar_view(demo_db, MONTH))
    previous = cal.update_meeting(demo_db, second["id"], day=dt.date.fromisoformat(
        first["date"]), session=first["session"])
    found = [c for c in cal.conflicts(demo_db, MONTH) if c.kind == "double_booked"]
    assert len(found) >= 1
    clash = next(c for c in found if officer["id"] in c.officer_ids)
    assert set(clash.meeting_ids) == {first["id"], second["id"]}
    assert officer["name"] in clash.message
    assert first["unit"] in clash.message and second["unit"] in clash.message
    cal.update_meeting(demo_db, second["id"], **previous)
    assert cal.conflicts(demo_db, MONTH) == []


def test_tet_month_is_reported_not_crashed(demo_db):
    outcome = _planned(demo_db, "2027-02")
    holiday = [c for c in outcome.conflicts if c.kind == "holiday"]
    assert holiday and all("Tết" in c.message for c in holiday)
    assert any("Tết" in r and "khung" in r for r in outcome.reasons)
    view = cal.calendar_view(demo_db, "2027-02")
    committees = [m for m in view["meetings"] if m["kind"] == "committee"]
    assert all(7 <= int(m["date"][8:]) <= 9 for m in committees)  # never moved out on its own
    # the secretary moves the window: then it plans cleanly
    cal.set_month_windows(demo_db, "2027-02", committee=(16, 18), cell=(19, 24))
    assert cal.plan(demo_db, "2027-02").conflicts == []
    view = cal.calendar_view(demo_db, "2027-02")
    assert view["windows"] == {"committee": [16, 18], "cell": [19, 24]}
    assert all(16 <= int(m["date"][8:]) <= 18 for m in view["meetings"]
               if m["kind"] == "committee")


def test_approve_freezes_and_revise_opens_a_new_draft(demo_db):
    _planned(demo_db)
    cal.approve(demo_db, MONTH, "15-LT/HU", "Nguyễn Văn A", dt.date(2026, 12, 2))
    frozen = json.dumps(cal.calendar_view(demo_db, MONTH, version=1), ensure_ascii=False)
    view = json.loads(frozen)
    assert (view["status"], view["number"], view["approved_on"]) == (
        "approved", "15-LT/HU", "2026-12-02")
    meeting_id = view["meetings"][0]["id"]
    sentence = "Lịch tháng 12/2026 đã duyệt (số 15-LT/HU); hãy mở bản điều chỉnh để sửa."
    with pytest.raises(InvalidInput) as refused:
        cal.update_meeting(demo_db, meeting_id, session="toi")
    assert str(refused.value) == sentence
    with pytest.raises(InvalidInput, match="đã duyệt"):
        cal.plan(demo_db, MONTH)

    revision = cal.revise(demo_db, MONTH)
    assert revision["version"] == 2
    draft = cal.calendar_view(demo_db, MONTH)
    assert (draft["version"], draft["status"], draft["revision"]) == (2, "draft", 1)
    moved = draft["meetings"][0]["id"]
    cal.update_meeting(demo_db, moved, session="toi", place="Hội trường mới")

    # a later change of assignment and of a unit name leaves version 1 untouched
    with demo_db.read() as s:
        row = s.scalars(select(Assignment).where(Assignment.role == "commune_lead")).first()
    newcomer = add_officer(demo_db, "Phạm Thị Mới", title="Huyện ủy viên")
    reassign(demo_db, row.id, newcomer, dt.date(2026, 11, 1),
             accept_warnings=True)
    with demo_db.write() as s:
        s.get(Commune, 1).name = "Tên Mới"
    assert json.dumps(cal.calendar_view(demo_db, MONTH, version=1), ensure_ascii=False) == frozen
    names = {a["name"] for m in cal.calendar_view(demo_db, MONTH)["meetings"]
             for a in m["attendees"]}
    assert "Phạm Thị Mới" in names


def test_approve_refuses_unplaced_meetings(demo_db):
    cal.new_month(demo_db, MONTH)
    with pytest.raises(InvalidInput, match="chưa xếp ngày"):
        cal.approve(demo_db, MONTH, "15-LT/HU")


def test_pinned_meetings_stay_and_undo_of_plan_restores(demo_db):
    cal.new_month(demo_db, MONTH)
    view = cal.calendar_view(demo_db, MONTH)
    pinned = view["meetings"][0]["id"]
    cal.update_meeting(demo_db, pinned, day=dt.date(2026, 12, 9), session="toi", pinned=True)
    outcome = cal.plan(demo_db, MONTH)
    after = {m["id"]: m for m in cal.calendar_view(demo_db, MONTH)["meetings"]}
    assert (after[pinned]["date"], after[pinned]["session"]) == ("2026-12-09", "toi")
    cal.set_slots(demo_db, MONTH, outcome.previous)
    restored = cal.calendar_view(demo_db, MONTH)["meetings"]
    assert sum(1 for m in restored if m["date"] is None) == len(restored) - 1


def test_attendance_is_recorded_and_shown(demo_db):
    _planned(demo_db)
    m = cal.calendar_view(demo_db, MONTH)["meetings"][0]
    officer = m["attendees"][0]["id"]
    with pytest.raises(InvalidInput, match="chưa được duyệt"):  # a draft is not attended yet
        cal.record_attendance(demo_db, m["id"], officer, "absent", "Ốm")
    cal.approve(demo_db, MONTH, "15-LT/HU", "Nguyễn Văn A", dt.date(2026, 12, 2))
    assert cal.record_attendance(demo_db, m["id"], officer, "absent", "Ốm") is None
    view = cal.calendar_view(demo_db, MONTH, with_attendance=True)
    assert view["meetings"][0]["attendance"][str(officer)] == {"status": "absent",
                                                               "reason": "Ốm"}
    with pytest.raises(InvalidInput):
        cal.record_attendance(demo_db, m["id"], officer, "maybe")


def test_missing_month_is_one_sentence(demo_db):
    with pytest.raises(NotFound) as missing:
        cal.calendar_view(demo_db, MONTH)
    assert str(missing.value) == (
        "Chưa có lịch tháng 12/2026; hãy chạy: dvdesk calendar new 2026-12.")


def test_plan_prefers_last_months_day_and_session(demo_db):
    _planned(demo_db, "2026-11")
    outcome = _planned(demo_db, MONTH)
    assert outcome.conflicts == []

    def slots(month):
        return {(m["kind"], m["unit"], m["commune"]): (m["date"][8:], m["session"])
                for m in cal.calendar_view(demo_db, month)["meetings"]}

    before, after = slots("2026-11"), slots(MONTH)
    assert after == before
    # planning again changes nothing
    assert cal.plan(demo_db, MONTH).moved == 0


def test_cell_type_narrows_the_cell_window(demo_db):
    from dvdesk.domain.models import CellType

    with demo_db.write() as s:  # school cells meet early in the window (set up as settings would)
        school = s.scalars(select(CellType).where(CellType.code == "truong_hoc")).one()
        school.window_from, school.window_to = 10, 11
        type_name = school.name
    _planned(demo_db)
    view = cal.calendar_view(demo_db, MONTH)
    schools = [m for m in view["meetings"] if m["cell_type"] == type_name]
    assert schools and {int(m["date"][8:]) for m in schools} <= {10, 11}
    assert any(int(m["date"][8:]) > 11 for m in view["meetings"] if m["kind"] == "cell")
    # a month whose cell window was moved past the type's days still places those cells
    cal.set_month_windows(demo_db, MONTH, cell=(16, 20))
    assert cal.plan(demo_db, MONTH).conflicts == []
    moved = [m for m in cal.calendar_view(demo_db, MONTH)["meetings"]
             if m["cell_type"] == type_name]
    assert {int(m["date"][8:]) for m in moved} <= set(range(16, 21))


@pytest.mark.pg
def test_the_month_on_postgresql(pg_url):
    from dvdesk.services.demo import build_demo
    from dvdesk.store import open_database

    db = open_database(pg_url)
    try:
        build_demo(db, "district")
        outcome = _planned(db)
        assert outcome.moved > 200 and outcome.conflicts == []
        first = cal.calendar_view(db, MONTH)["meetings"][0]
        previous = cal.update_meeting(db, first["id"], session="toi")
        cal.update_meeting(db, first["id"], **previous)
        cal.set_slots(db, MONTH, outcome.previous)  # undo of the plan, one statement
        assert all(m["date"] is None for m in cal.calendar_view(db, MONTH)["meetings"])
        cal.plan(db, MONTH)
        cal.approve(db, MONTH, "15-LT/HU", "Nguyễn Văn A", dt.date(2026, 12, 2))
        frozen = json.dumps(cal.calendar_view(db, MONTH, version=1), ensure_ascii=False)
        assert cal.revise(db, MONTH)["version"] == 2
        assert json.dumps(cal.calendar_view(db, MONTH, version=1), ensure_ascii=False) == frozen
    finally:
        db.dispose()
