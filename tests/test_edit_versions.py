"""Two people editing the same thing: the second edit, and any undo of an overwritten
change, is refused with the concurrent-edit sentence instead of silently winning."""

from __future__ import annotations

import datetime as dt

import pytest

from dvdesk.errors import ConcurrentEditError
from dvdesk.services import assignments, settings, units
from dvdesk.services import calendar as cal
from dvdesk.services.officers import add_officer
from dvdesk.store import open_database


@pytest.fixture
def shared(any_db_url):
    db = open_database(any_db_url)
    yield db
    db.dispose()


def test_rename_and_move_check_the_version_the_user_saw(shared):
    db = shared
    cluster_a = units.add_unit(db, "cluster", "Cụm 1")
    cluster_b = units.add_unit(db, "cluster", "Cụm 2")
    commune = units.add_unit(db, "commune", "An Khánh", cluster_a)
    seen = units.unit_version(db, "commune", commune)  # both windows show this version
    units.rename_unit(db, "commune", commune, "An Khánh Mới", expected_version=seen)
    with pytest.raises(ConcurrentEditError, match="người khác thay đổi"):
        units.rename_unit(db, "commune", commune, "Tên khác", expected_version=seen)
    with pytest.raises(ConcurrentEditError):
        units.move_unit(db, "commune", commune, cluster_b, expected_version=seen)
    # Two renames undone in order by their owner: both undos go through.
    units.rename_unit(db, "commune", commune, "Tên hai")
    units.rename_unit(db, "commune", commune, "An Khánh Mới", expected_name="Tên hai")
    units.rename_unit(db, "commune", commune, "An Khánh", expected_name="An Khánh Mới")
    # An undo of a rename that someone else renamed again is refused.
    units.rename_unit(db, "commune", commune, "Tên ba")
    units.rename_unit(db, "commune", commune, "Tên của người khác")
    with pytest.raises(ConcurrentEditError):
        units.rename_unit(db, "commune", commune, "An Khánh", expected_name="Tên ba")
    units.move_unit(db, "commune", commune, cluster_b)
    units.move_unit(db, "commune", commune, cluster_a)  # someone else moves it back
    with pytest.raises(ConcurrentEditError):
        units.move_unit(db, "commune", commune, cluster_a, expected_parent=cluster_b)


def test_meeting_edits_and_their_undo(demo_path):
    db = open_database(str(demo_path))
    try:
        cal.new_month(db, "2026-12")
        meeting = cal.calendar_view(db, "2026-12")["meetings"][0]["id"]
        mine = cal.update_meeting(db, meeting, place="Hội trường xã")
        later = cal.update_meeting(db, meeting, place="Nhà văn hóa ấp")
        cal.update_meeting(db, meeting, **later)  # undo of the later edit
        cal.update_meeting(db, meeting, **mine)   # then of the first: both go through
        mine = cal.update_meeting(db, meeting, note="Họp sớm")
        cal.update_meeting(db, meeting, note="Ghi chú của người khác")
        with pytest.raises(ConcurrentEditError):
            cal.update_meeting(db, meeting, **mine)
        previous = cal.set_month_windows(db, "2026-12", committee=(8, 9))
        cal.set_month_windows(db, "2026-12", committee=(7, 8))  # someone else
        with pytest.raises(ConcurrentEditError):
            cal.restore_month_windows(db, "2026-12", previous)
    finally:
        db.dispose()


def test_settings_and_assignment_undo(shared):
    db = shared
    seen = settings.section_version(db, "organization")
    settings.set_section(db, "organization", {"name": "Huyện ủy Châu Thành"},
                         expected_version=seen)
    with pytest.raises(ConcurrentEditError):
        settings.set_section(db, "organization", {"name": "Khác"}, expected_version=seen)
    commune = units.add_unit(db, "commune", "An Khánh")
    hamlet = units.add_unit(db, "hamlet", "Ấp 1", commune)
    a = add_officer(db, "Nguyễn Văn An", phone="0912000031")
    made = assignments.assign(db, a, "hamlet_support", hamlet, dt.date(2026, 1, 1))
    assignments.end_assignment(db, made.assignment_id, dt.date(2026, 6, 30))
    assignments.reopen(db, made.assignment_id)  # someone else reopened it
    with pytest.raises(ConcurrentEditError):
        assignments.reopen(db, made.assignment_id, expected_end=dt.date(2026, 6, 30))
    assignments.end_assignment(db, made.assignment_id, dt.date(2026, 6, 30))
    with pytest.raises(ConcurrentEditError):  # undo of the assign, but the row was ended
        assignments.withdraw(db, made.assignment_id)


def test_a_hidden_officer_is_left_out_of_every_check(shared, tmp_path):
    """An officer deleted by mistake is hidden, not removed (so the undo can bring them
    back): an import does not take a list's row for them, a feedback item cannot name
    them, nobody can assign them, and the restore brings back the same id."""
    from dvdesk.errors import NotFound
    from dvdesk.services import feedback, officers
    from dvdesk.services.importer import import_file
    from dvdesk.services.officer_views import load_officer_rows
    from tests import hostile_files as hostile

    db = shared
    commune = units.add_unit(db, "commune", "An Khánh")
    hamlet = units.add_unit(db, "hamlet", "Ấp 1", commune)
    hidden = add_officer(db, "Nguyễn Văn An", phone="0912345678")
    officers.delete_officer(db, hidden)
    with pytest.raises(NotFound):
        assignments.assign(db, hidden, "hamlet_support", hamlet, dt.date(2026, 1, 1))
    with pytest.raises(NotFound):
        feedback.add_feedback(db, hamlet_id=hamlet, officer_id=hidden,
                              received=dt.date(2026, 12, 1), field="Khác", content="Đường hỏng")
    book = hostile.one_row_list(tmp_path / "ds.xlsx", name="Nguyễn Văn An",
                                phone="0912345678", hamlet="Ấp 1", commune="Xã An Khánh")
    import_file(db, book, on_date=dt.date(2026, 1, 1))
    listed = [r for r in load_officer_rows(db, dt.date(2026, 6, 1))
              if r.full_name == "Nguyễn Văn An"]
    assert len(listed) == 1 and listed[0].id != hidden
    officers.restore_officer(db, hidden)
    assert sorted(r.id for r in load_officer_rows(db, dt.date(2026, 6, 1))
                  if r.full_name == "Nguyễn Văn An") == sorted([hidden, listed[0].id])
