"""The assignment rules: hard refusals, soft warnings, history."""

import datetime as dt

import pytest
from sqlalchemy import select

from dvdesk.domain.models import Assignment, AuditEntry
from dvdesk.errors import InvalidInput, NeedsConfirmation, RuleViolation
from dvdesk.services import assignments, officers, settings, units
from dvdesk.services.assignments import DecisionRef
from dvdesk.store import queries
from tests.helpers import table_counts

D0 = dt.date(2026, 1, 1)


@pytest.fixture
def small(db):
    """One cluster, one commune with two hamlets and a cell, three officers."""
    cluster = units.add_unit(db, "cluster", "Cụm 1")
    commune = units.add_unit(db, "commune", "An Khánh", cluster, kind="xa")
    h1 = units.add_unit(db, "hamlet", "Ấp 1", commune)
    h2 = units.add_unit(db, "hamlet", "Ấp 2", commune)
    cell = units.add_unit(db, "cell", "Chi bộ Ấp 1", commune, hamlet_id=h1)
    a = officers.add_officer(db, "Nguyễn Văn An", phone="0912345678")
    b = officers.add_officer(db, "Trần Thị Bình", phone="0987654321")
    c = officers.add_officer(db, "Lê Văn Cường")
    return dict(cluster=cluster, commune=commune, h1=h1, h2=h2, cell=cell, a=a, b=b, c=c)


def test_second_cluster_leader_is_refused_with_a_sentence_naming_both(db, small):
    assignments.assign(db, small["a"], "cluster_leader", small["cluster"], D0)
    before = table_counts(db)["assignments"]
    with pytest.raises(RuleViolation) as error:
        assignments.assign(db, small["b"], "cluster_leader", small["cluster"], D0)
    message = str(error.value)
    assert "Cụm 1" in message and "Nguyễn Văn An" in message and "Trần Thị Bình" in message
    assert table_counts(db)["assignments"] == before


def test_hamlet_support_for_second_hamlet_is_a_soft_warning(db, small):
    assignments.assign(db, small["a"], "hamlet_support", small["h1"], D0)
    with pytest.raises(NeedsConfirmation) as warning:
        assignments.assign(db, small["a"], "hamlet_support", small["h2"], D0)
    assert "Nguyễn Văn An" in warning.value.warnings[0]
    assert table_counts(db)["assignments"] == 1
    result = assignments.assign(db, small["a"], "hamlet_support", small["h2"], D0,
                                accept_warnings=True)
    assert result.warnings and table_counts(db)["assignments"] == 2


def test_limits_come_from_settings_and_can_be_made_hard(db, small):
    settings.set_section(db, "rules", {"hamlet_support": {
        "unit_min": 1, "unit_max": 1, "unit_hard": True, "officer_max": 1, "officer_hard": True}})
    assignments.assign(db, small["a"], "hamlet_support", small["h1"], D0)
    with pytest.raises(RuleViolation):
        assignments.assign(db, small["a"], "hamlet_support", small["h2"], D0, accept_warnings=True)
    settings.set_section(db, "rules", {"hamlet_support": {"officer_max": 2}})
    assignments.assign(db, small["a"], "hamlet_support", small["h2"], D0)  # now allowed


def test_province_liaison_at_most_one(db, small):
    assignments.assign(db, small["a"], "province_liaison", small["commune"], D0)
    with pytest.raises(RuleViolation):
        assignments.assign(db, small["b"], "province_liaison", small["commune"], D0)


def test_cell_attendance_allows_several_per_cell_but_limits_members(db, small):
    cell2 = units.add_unit(db, "cell", "Chi bộ Ấp 2", small["commune"], hamlet_id=small["h2"])
    assignments.assign(db, small["a"], "cell_attendance", small["cell"], D0)
    assignments.assign(db, small["b"], "cell_attendance", small["cell"], D0)
    with pytest.raises(NeedsConfirmation):  # an ordinary member attends one cell
        assignments.assign(db, small["a"], "cell_attendance", cell2, D0)
    officers.update_officer(db, small["a"], is_standing_member=True)
    assignments.assign(db, small["a"], "cell_attendance", cell2, D0)  # standing: up to 5


def test_reassign_ends_old_row_and_history_answers_who_held_on_a_date(db, small):
    first = assignments.assign(db, small["a"], "hamlet_support", small["h1"], D0,
                               DecisionRef("12-QĐ/HU", dt.date(2025, 12, 20)))
    result = assignments.reassign(db, first.assignment_id, small["b"], dt.date(2026, 6, 1),
                                  DecisionRef("30-QĐ/HU", dt.date(2026, 5, 25)))
    with db.read() as s:
        old = s.get(Assignment, first.assignment_id)
        assert old.effective_to == dt.date(2026, 5, 31)  # not overwritten, ended
        assert [o.full_name for o in queries.holders(s, "hamlet_support", small["h1"],
                                                       dt.date(2026, 5, 31))] == ["Nguyễn Văn An"]
        assert [o.full_name for o in queries.holders(s, "hamlet_support", small["h1"],
                                                       dt.date(2026, 6, 1))] == ["Trần Thị Bình"]
        assert queries.holders(s, "hamlet_support", small["h1"], dt.date(2025, 12, 31)) == []
        history = queries.unit_history(s, "hamlet", small["h1"])
        assert [(h.officer_name, h.decision) for h in history] == [
            ("Trần Thị Bình", "30-QĐ/HU"), ("Nguyễn Văn An", "12-QĐ/HU")]
    assert result.ended_id == first.assignment_id


def test_reassign_before_start_is_refused_and_changes_nothing(db, small):
    first = assignments.assign(db, small["a"], "hamlet_support", small["h1"], D0)
    with pytest.raises(InvalidInput):
        assignments.reassign(db, first.assignment_id, small["b"], D0)
    with db.read() as s:
        assert s.get(Assignment, first.assignment_id).effective_to is None
    assert table_counts(db)["assignments"] == 1


def test_failed_reassign_is_rolled_back_whole(db, small):
    """A reassignment to someone the rules refuse must not leave the old row ended."""
    first = assignments.assign(db, small["a"], "cluster_leader", small["cluster"], D0)
    officers.set_officer_active(db, small["b"], False)
    with pytest.raises(InvalidInput):
        assignments.reassign(db, first.assignment_id, small["b"], dt.date(2026, 3, 1))
    with db.read() as s:
        assert s.get(Assignment, first.assignment_id).effective_to is None


def test_withdraw_and_reopen_undo_a_reassignment(db, small):
    first = assignments.assign(db, small["a"], "hamlet_support", small["h1"], D0)
    result = assignments.reassign(db, first.assignment_id, small["b"], dt.date(2026, 6, 1))
    assignments.withdraw(db, result.assignment_id, reopen_id=result.ended_id)
    with db.read() as s:
        holders = queries.holders(s, "hamlet_support", small["h1"], dt.date(2026, 7, 1))
        assert [o.full_name for o in holders] == ["Nguyễn Văn An"]


def test_every_change_is_in_the_audit_log(db, small):
    first = assignments.assign(db, small["a"], "hamlet_support", small["h1"], D0)
    assignments.reassign(db, first.assignment_id, small["b"], dt.date(2026, 6, 1))
    with db.read() as s:
        actions = [e.action for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "assignment").order_by(AuditEntry.id))]
        ended = s.scalars(select(AuditEntry).where(AuditEntry.action == "assignment.end")).one()
    assert actions == ["assignment.create", "assignment.end", "assignment.create"]
    assert ended.before["effective_to"] is None and ended.after["effective_to"] == "2026-05-31"
    assert ended.user


def test_removed_unit_keeps_history_and_can_be_restored(db, small):
    first = assignments.assign(db, small["a"], "hamlet_support", small["h1"], D0)
    ended = units.remove_unit(db, "hamlet", small["h1"], dt.date(2026, 3, 1))
    assert ended == [first.assignment_id]
    with db.read() as s:
        assert len(queries.unit_history(s, "hamlet", small["h1"])) == 1
        assert queries.holders(s, "hamlet_support", small["h1"], dt.date(2026, 3, 1)) == []
    units.restore_unit(db, "hamlet", small["h1"], ended)
    with db.read() as s:
        assert len(queries.holders(s, "hamlet_support", small["h1"], dt.date(2026, 3, 1))) == 1


def test_officer_with_history_cannot_be_deleted(db, small):
    assignments.assign(db, small["a"], "hamlet_support", small["h1"], D0)
    with pytest.raises(InvalidInput):
        officers.delete_officer(db, small["a"])
    officers.delete_officer(db, small["c"])  # no history: a mistaken row may go


def test_names_are_normalised_on_the_way_in(db):
    import unicodedata

    officer = officers.add_officer(db, unicodedata.normalize("NFD", "  Phạm   Thị Thạnh "),
                                   phone=912345678)
    with db.read() as s:
        from dvdesk.domain.models import Officer

        row = s.get(Officer, officer)
        assert row.full_name == "Phạm Thị Thạnh"
        assert row.search_name == "pham thi thanh"
        assert row.phone == "0912345678"
