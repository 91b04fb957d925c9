"""The rules after the meetings: working days, feedback steps, overdue (Python and SQL agree),
compliance rates and repeat absences."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvdesk.domain import feedback as rules
from dvdesk.domain.compliance import Tally, rate_text, repeat_absences
from dvdesk.domain.working_days import add_working_days, is_working_day, working_days_between

D = dt.date


@pytest.mark.parametrize(("start", "days", "due"), [
    (D(2027, 2, 3), 7, D(2027, 2, 19)),  # Tết 2027: 04/02 to 10/02 off
    (D(2027, 2, 3), 15, D(2027, 3, 3)),
    (D(2027, 2, 10), 1, D(2027, 2, 11)),  # received on mùng năm Tết
    (D(2026, 12, 30), 2, D(2027, 1, 4)),  # 01/01 and the weekend
    (D(2027, 4, 14), 2, D(2027, 4, 19)),  # Giỗ Tổ Hùng Vương on Friday 16/04
    (D(2026, 8, 21), 1, D(2026, 8, 22)),  # Saturday 22/08/2026 is worked for Monday 31/08
    (D(2026, 8, 28), 1, D(2026, 9, 3)),  # 31/08, 01/09, 02/09 off
])
def test_deadlines_count_working_days(start, days, due):
    assert add_working_days(start, days) == due
    assert rules.answer_deadline(start, days == 15) == due or days not in (7, 15)
    assert working_days_between(start, due) == days
    assert is_working_day(due)


def test_tet_days_are_not_working_days():
    assert [d.day for d in (D(2027, 2, x) for x in range(1, 15)) if not is_working_day(d)] == [
        4, 5, 6, 7, 8, 9, 10, 13, 14]


def test_settings_give_the_fields_and_the_deadlines():
    settings = {"feedback": {"fields": "Đất đai; Giao thông ,Khác, đất đai",
                             "deadline_days": "10", "complex_deadline_days": 0}}
    assert rules.fields_of(settings) == ["Đất đai", "Giao thông", "Khác"]
    assert rules.deadline_days(settings) == (10, 15)  # a nonsense value falls back
    assert rules.match_field("GIAO THONG", rules.fields_of(settings)) == "Giao thông"
    assert rules.match_field("Môi trường", rules.fields_of(settings)) is None


@pytest.mark.parametrize(("current", "target", "allowed"), [
    ("received", "forwarded", True), ("received", "closed", True),
    ("received", "answered", False), ("received", "resolved", False),
    ("forwarded", "forwarded", True), ("forwarded", "answered", True),
    ("forwarded", "resolved", False), ("answered", "resolved", True),
    ("answered", "forwarded", False), ("answered", "closed", True),
    ("resolved", "closed", False), ("closed", "forwarded", False),
])
def test_allowed_steps(current, target, allowed):
    if allowed:
        rules.check_transition(7, current, target)
    else:
        with pytest.raises(rules.TransitionRefused, match="^Phản ánh số 7 đang ở trạng thái"):
            rules.check_transition(7, current, target)


def test_state_after_replays_the_history():
    steps = [("received", D(2027, 2, 3), ""), ("forwarded", D(2027, 2, 4), "UBND xã"),
             ("forwarded", D(2027, 2, 5), "Huyện"), ("answered", D(2027, 2, 8), "Được"),
             ("resolved", D(2027, 2, 20), "Xong")]
    assert rules.state_after(steps) == {
        "status": "resolved", "forwarded_to": "Huyện", "forwarded_on": D(2027, 2, 5),
        "answer": "Được", "answered_on": D(2027, 2, 8), "resolution": "Xong",
        "finished_on": D(2027, 2, 20)}
    assert rules.state_after(steps[:2])["answered_on"] is None


def test_rates_count_only_recorded_meetings():
    tally = Tally()
    tally.add("present", True, 3)
    tally.add("excused", True)
    tally.add(None, True)  # expected at a recorded meeting but not marked: counts against
    tally.add(None, False, 4)  # a meeting nobody entered yet: neither way
    assert tally.as_dict() == {"expected": 9, "present": 3, "excused": 1, "absent": 0,
                               "rate": 0.6}
    assert rate_text(2 / 3) == "66,7%" and rate_text(None) == "—"


def test_repeat_absences_need_two_months_running_ending_in_the_range():
    months = {1: ["2026-08", "2026-09"], 2: ["2026-08", "2026-10"], 3: ["2026-09", "2026-10"],
              4: ["2026-12", "2027-01"], 5: ["2026-06", "2026-07"]}
    assert repeat_absences(months, "2026-09", "2026-10") == {1: ["2026-08", "2026-09"],
                                                            3: ["2026-09", "2026-10"]}
    assert repeat_absences(months, "2027-01", "2027-01") == {4: ["2026-12", "2027-01"]}


# ---------------------------------------------------------------------------
# overdue: the rule in Python and its SQL form agree on every item and every day

day_offsets = st.integers(0, 40)


@st.composite
def item_histories(draw):
    """A feedback item's steps as the services allow them, with their day gaps."""
    target = draw(st.sampled_from(["received", "forwarded", "answered", "resolved",
                                   "closed-early", "closed-late"]))
    chain = {"received": [], "forwarded": ["forwarded"],
             "answered": ["forwarded", "answered"],
             "resolved": ["forwarded", "answered", "resolved"],
             "closed-early": draw(st.sampled_from([["closed"], ["forwarded", "closed"]])),
             "closed-late": ["forwarded", "answered", "closed"]}[target]
    received = D(2027, 1, 1) + dt.timedelta(days=draw(st.integers(0, 60)))
    steps, day = [("received", received, "")], received
    for status in chain:
        day += dt.timedelta(days=draw(day_offsets))
        steps.append((status, day, "x"))
    return steps, draw(st.booleans())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(items=st.lists(item_histories(), min_size=1, max_size=12),
       on=st.integers(0, 150).map(lambda n: D(2027, 1, 1) + dt.timedelta(days=n)))
def test_overdue_in_sql_is_the_rule(db, items, on):
    from sqlalchemy import delete, insert

    from dvdesk.domain.models import Commune, Feedback, Hamlet, Officer
    from dvdesk.services.feedback_read import FeedbackFilter, list_feedback

    with db.write() as s:
        s.execute(delete(Feedback))
        if s.get(Hamlet, 1) is None:
            s.add(Commune(id=1, name="An Khánh"))
            s.add(Hamlet(id=1, commune_id=1, name="Ấp 1"))
            s.add(Officer(id=1, full_name="Lan", search_name="lan"))
            s.flush()
        rows = []
        for steps, complex_matter in items:
            received = steps[0][1]
            rows.append({"received_on": received, "hamlet_id": 1, "officer_id": 1,
                         "field": "Khác", "content": "x", "search_text": "x",
                         "is_complex": complex_matter,
                         "deadline": rules.answer_deadline(received, complex_matter),
                         **rules.state_after(steps), "row_version": 1})
        s.execute(insert(Feedback), rows)
    page = list_feedback(db, on=on)
    expected = {r["id"] for r in page.rows
                if rules.is_overdue(dt.date.fromisoformat(r["received"]),
                                    dt.date.fromisoformat(r["deadline"]),
                                    _day(r["answered_on"]), _day(r["finished_on"]), on)}
    assert {r["id"] for r in page.rows if r["overdue"]} == expected
    assert {r["id"] for r in list_feedback(db, FeedbackFilter(overdue=True), on=on).rows} == \
        expected
    assert page.overdue == len(expected)


def _day(iso):
    return dt.date.fromisoformat(iso) if iso else None
