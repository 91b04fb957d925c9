"""Calendar engine: conflicts, automatic scheduling and Vietnamese holidays."""

from __future__ import annotations

import datetime
import importlib.util
import random
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvdesk.domain.calendar import (
    SESSION_LABELS,
    SESSIONS,
    MeetingItem,
    Slot,
    Unavailability,
    find_conflicts,
    format_days,
    plan,
    with_slots,
)
from dvdesk.domain.holidays_vn import blocked_days

ROOT = Path(__file__).resolve().parents[1]
D = datetime.date
PROPERTY = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def days(first: int, last: int, year: int = 2026, month: int = 12) -> tuple[datetime.date, ...]:
    return tuple(D(year, month, d) for d in range(first, last + 1))


def cell(mid: int, window, attendees, **kw) -> MeetingItem:
    return MeetingItem(
        mid, f"Chi bộ ấp {mid} (xã A)", "cell", tuple(window), tuple(attendees), **kw
    )


def load_bench():
    name = "bench_scheduler_engine"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "scheduler_engine.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# -- independent checks (not through find_conflicts) ---------------------------


def bookings(items, slots) -> Counter:
    counter: Counter = Counter()
    for item in items:
        slot = slots.get(item.id)
        if slot is None:
            continue
        for officer in set(item.attendees):
            counter[(officer, slot.day, slot.session)] += 1
    return counter


def fixed_slot(item: MeetingItem) -> Slot | None:
    """The slot the planner must keep for this item, if any."""
    if item.slot is not None and (item.pinned or not item.window):
        return item.slot
    return None


# -- random small instances -------------------------------------------------------


@st.composite
def instances(draw):
    n_days = draw(st.integers(1, 4))
    month_days = days(7, 6 + n_days)
    n_officers = draw(st.integers(1, 5))
    n = draw(st.integers(1, 9))
    ids = draw(st.lists(st.integers(1, 10_000), min_size=n, max_size=n, unique=True))
    blocked = {
        day: "Ngày nghỉ của địa phương" for day in month_days if draw(st.integers(0, 3)) == 0
    }
    sessions = draw(st.sampled_from([SESSIONS, ("sang", "chieu"), ("sang",), ("chieu", "toi")]))
    any_slot = st.builds(Slot, st.sampled_from(month_days), st.sampled_from(SESSIONS))
    items = []
    for mid in ids:
        first = draw(st.integers(0, n_days - 1))
        last = draw(st.integers(first, n_days - 1))
        window = () if draw(st.integers(0, 15)) == 0 else month_days[first : last + 1]
        attendees = draw(st.lists(st.integers(1, n_officers), max_size=3))
        pinned = draw(st.integers(0, 4)) == 0
        slot = draw(any_slot) if pinned or draw(st.booleans()) else None
        preferred = draw(st.none() | any_slot)
        kind = draw(st.sampled_from(["committee", "cell"]))
        items.append(
            MeetingItem(
                mid, f"Đơn vị {mid}", kind, window, tuple(attendees), slot, pinned, preferred
            )
        )
    names = {o: f"Cán bộ {o}" for o in range(1, n_officers + 1)}
    return items, blocked, names, sessions


@PROPERTY
@given(instances())
def test_plan_keeps_meetings_in_their_windows_and_pins(instance):
    items, blocked, names, sessions = instance
    result = plan(items, blocked, names, sessions)
    for item in items:
        kept = fixed_slot(item)
        if kept is not None:
            assert result.slots[item.id] == kept
        elif item.window:
            slot = result.slots[item.id]
            assert slot.day in item.window
            assert slot.session in sessions
        else:
            assert item.id not in result.slots
    assert result.conflicts == find_conflicts(with_slots(items, result.slots), blocked, names)


@PROPERTY
@given(instances())
def test_zero_conflicts_means_nobody_double_booked(instance):
    items, blocked, names, sessions = instance
    result = plan(items, blocked, names, sessions)
    counts = bookings(items, result.slots)
    expected_doubles = sum(1 for n in counts.values() if n >= 2)
    on_holiday = sum(
        1 for item in items if item.id in result.slots and result.slots[item.id].day in blocked
    )
    kinds = Counter(c.kind for c in result.conflicts)
    assert kinds["double_booked"] == expected_doubles
    assert kinds["holiday"] == on_holiday
    if not result.conflicts:
        assert all(n == 1 for n in counts.values())
        assert on_holiday == 0
        assert result.reasons == []


@PROPERTY
@given(instances(), st.randoms(use_true_random=False))
def test_plan_is_deterministic_and_ignores_input_order(instance, rnd):
    items, blocked, names, sessions = instance
    first = plan(items, blocked, names, sessions)
    again = plan(items, blocked, names, sessions)
    assert first == again
    shuffled = list(items)
    rnd.shuffle(shuffled)
    other = plan(shuffled, dict(reversed(list(blocked.items()))), names, sessions)
    assert other.slots == first.slots
    assert other.conflicts == first.conflicts
    assert other.reasons == first.reasons


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_never_more_conflicts_than_cpsat(instance):
    pytest.importorskip("ortools")
    bench = load_bench()
    items, blocked, names, sessions = instance
    result = plan(items, blocked, names, sessions)
    best = bench.solve_cpsat_full(items, blocked, 10.0, sessions=sessions, workers=1)
    assert best.status == "OPTIMAL"
    assert len(result.conflicts) <= best.n_conflicts


@st.composite
def instances_with_leave(draw):
    """Small months where some officers are away on some days (leave, business trips)."""
    items, blocked, names, sessions = draw(instances())
    month_days = sorted({d for it in items for d in it.window} | {D(2026, 12, 7)})
    leave = []
    for officer in names:
        if draw(st.integers(0, 2)) == 0:
            first = draw(st.sampled_from(month_days))
            length = draw(st.integers(0, 2))
            reason = draw(st.sampled_from(["nghỉ phép", "đi công tác", "Học tập", ""]))
            leave.append(Unavailability(officer, first, first + datetime.timedelta(days=length),
                                        reason))
    return items, blocked, names, sessions, leave


def away_pairs(leave) -> set:
    return {(u.officer_id, u.first + datetime.timedelta(days=k))
            for u in leave for k in range((u.last - u.first).days + 1)}


@PROPERTY
@given(instances_with_leave())
def test_leave_is_a_conflict_counted_once_per_officer_and_session(instance):
    items, blocked, names, sessions, leave = instance
    result = plan(items, blocked, names, sessions, leave)
    assert result.conflicts == find_conflicts(with_slots(items, result.slots), blocked, names,
                                              leave)
    away = away_pairs(leave)
    counts = bookings(items, result.slots)
    expected_away = {key for key in counts if (key[0], key[1]) in away}
    expected_doubles = sum(1 for key, n in counts.items() if n >= 2 and key not in expected_away)
    kinds = Counter(c.kind for c in result.conflicts)
    assert kinds["unavailable"] == len(expected_away)
    assert kinds["double_booked"] == expected_doubles
    for conflict in result.conflicts:
        if conflict.kind == "unavailable":
            officer = conflict.officer_ids[0]
            assert (officer, conflict.day) in away
            assert names[officer] in conflict.message
            assert f"{conflict.day:%d/%m/%Y}" in conflict.message


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances_with_leave())
def test_leave_never_more_conflicts_than_cpsat(instance):
    """Nobody away is planned into a meeting on those days while a free slot exists: the
    plan is as good as the proven optimum, which counts each such meeting as a conflict."""
    pytest.importorskip("ortools")
    bench = load_bench()
    items, blocked, names, sessions, leave = instance
    result = plan(items, blocked, names, sessions, leave)
    best = bench.solve_cpsat_full(items, blocked, 10.0, sessions=sessions, workers=1,
                                  unavailable=leave)
    assert best.status == "OPTIMAL"
    assert len(result.conflicts) <= best.n_conflicts


# -- leave: examples ------------------------------------------------------------------


def test_officer_on_leave_is_planned_around_and_named_when_pinned():
    names = {1: "Nguyễn Văn An", 2: "Trần Thị Bình"}
    leave = [Unavailability(1, D(2026, 12, 10), D(2026, 12, 13), "Nghỉ phép")]
    items = [cell(k, days(10, 15), [1, 2 if k == 1 else 10 + k]) for k in range(1, 5)]
    result = plan(items, {}, names, unavailable=leave)
    assert result.conflicts == []
    assert sorted(result.slots[k].day.day for k in range(1, 5)) == [14, 14, 15, 15]
    # pinned onto a day of leave: reported, with the meeting and the reason named
    pinned = cell(9, days(10, 15), [1], slot=Slot(D(2026, 12, 11), "chieu"), pinned=True)
    result = plan([*items, pinned], {}, names, unavailable=leave)
    assert [c.kind for c in result.conflicts] == ["unavailable"]
    assert result.conflicts[0].message == (
        "Đồng chí Nguyễn Văn An nghỉ phép ngày 11/12/2026 nhưng được mời dự buổi chiều "
        "Chi bộ ấp 9 (xã A).")
    assert result.conflicts[0].meeting_ids == (9,)
    assert any("đã ghim ngày 11/12/2026" in r and "nghỉ phép ngày đó" in r
               for r in result.reasons)


def test_officer_away_the_whole_window_is_one_conflict_per_session_and_a_reason():
    """Away is counted like a double booking: once per officer and session, naming every
    meeting of that session."""
    names = {1: "Lê Văn Cường"}
    leave = [Unavailability(1, D(2026, 12, 6), D(2026, 12, 9), "đi công tác")]
    items = [MeetingItem(1, "Đảng ủy xã A", "committee", days(7, 9), (1,)),
             MeetingItem(2, "Đảng ủy xã B", "committee", days(7, 9), (1, 2))]
    result = plan(items, {}, names, unavailable=leave)
    assert [c.kind for c in result.conflicts] == ["unavailable"]
    assert result.conflicts[0].meeting_ids == (1, 2)
    assert "Lê Văn Cường đi công tác ngày" in result.conflicts[0].message
    assert "2 cuộc họp: Đảng ủy xã A, Đảng ủy xã B" in result.conflicts[0].message
    assert any("Lê Văn Cường" in r and "ngày đồng chí vắng" in r for r in result.reasons)


# -- examples -------------------------------------------------------------------------


def test_overloaded_officer_gets_one_conflict_and_a_reason():
    items = [cell(k, days(7, 9), [1]) for k in range(1, 11)]
    names = {1: "Nguyễn Văn An"}
    result = plan(items, {}, names)
    assert len(result.conflicts) == 1
    conflict = result.conflicts[0]
    assert conflict.kind == "double_booked"
    assert conflict.officer_ids == (1,)
    assert len(conflict.meeting_ids) == 2
    assert len(set(result.slots.values())) == 9
    assert any(
        "Nguyễn Văn An" in r and "10 cuộc họp" in r and "9 buổi" in r for r in result.reasons
    )


def test_committee_window_on_tet_2027_stays_in_window():
    blocked = blocked_days(2027, 2)
    window = days(7, 9, 2027, 2)
    assert all(day in blocked for day in window)
    assert all("Tết" in blocked[day] for day in window)
    items = [
        MeetingItem(k, f"Đảng ủy xã {k}", "committee", window, (k, 100 + k)) for k in range(1, 5)
    ]
    items.append(MeetingItem(9, "Chi bộ ấp 1 (xã 1)", "cell", days(10, 15, 2027, 2), (1, 7)))
    result = plan(items, blocked, {})
    for item in items[:4]:
        assert result.slots[item.id].day in window
    assert result.slots[9].day not in blocked
    holiday = [c for c in result.conflicts if c.kind == "holiday"]
    assert sorted(c.meeting_ids[0] for c in holiday) == [1, 2, 3, 4]
    assert len(result.conflicts) == 4
    assert all(re.search(r"\d{2}/02/2027", c.message) for c in holiday)
    assert any(
        "7–9/02/2027" in r and "Tết Nguyên Đán" in r and "nới rộng" in r for r in result.reasons
    )


def test_find_conflicts_lists_every_double_booking():
    a, b, c = D(2026, 12, 10), D(2026, 12, 11), D(2026, 12, 12)
    window = days(10, 15)
    items = [
        cell(1, window, [1, 4], slot=Slot(a, "sang")),
        cell(2, window, [1], slot=Slot(a, "sang")),
        cell(3, window, [2], slot=Slot(b, "chieu")),
        cell(4, window, [2, 4], slot=Slot(b, "chieu")),
        cell(5, window, [3], slot=Slot(c, "toi")),
        cell(6, window, [3], slot=Slot(c, "toi")),
        cell(7, window, [4], slot=Slot(c, "sang")),
    ]
    names = {1: "Nguyễn Văn An", 2: "Trần Thị Bình", 3: "Lê Văn Cường"}
    conflicts = find_conflicts(items, {}, names)
    assert [c.kind for c in conflicts] == ["double_booked"] * 3
    assert [c.officer_ids for c in conflicts] == [(1,), (2,), (3,)]
    assert [c.meeting_ids for c in conflicts] == [(1, 2), (3, 4), (5, 6)]
    assert [c.day for c in conflicts] == [a, b, c]
    assert conflicts[0].message == (
        "Đồng chí Nguyễn Văn An được mời dự 2 cuộc họp cùng buổi sáng 10/12/2026: "
        "Chi bộ ấp 1 (xã A), Chi bộ ấp 2 (xã A)."
    )
    assert "buổi tối 12/12/2026" in conflicts[2].message


def test_find_conflicts_other_kinds_and_date_format():
    blocked = blocked_days(2027, 2)
    items = [
        cell(1, days(10, 15, 2027, 2), [1], slot=Slot(D(2027, 2, 9), "sang")),
        cell(2, days(1, 3, 2027, 2), [], slot=Slot(D(2027, 2, 2), "chieu")),
        cell(3, days(10, 15, 2027, 2), [2]),
    ]
    conflicts = find_conflicts(items, blocked, {})
    kinds = [c.kind for c in conflicts]
    assert kinds == ["no_attendee", "outside_window", "holiday", "unplaced"]
    assert "ngoài khung ngày 10–15/02/2027" in conflicts[1].message
    assert "09/02/2027" in conflicts[1].message
    assert "Tết Nguyên Đán 09/02/2027" in conflicts[2].message
    for conflict in conflicts:
        for date_text in re.findall(r"\b\d{1,2}/\d{1,2}/\d{4}\b", conflict.message):
            assert re.fullmatch(r"\d{2}/\d{2}/\d{4}", date_text)


def test_plan_prefers_last_month_slot_spreads_and_avoids_evening():
    window = days(10, 15)
    preferred = Slot(D(2026, 12, 13), "chieu")
    items = [cell(1, window, [1, 2], preferred=preferred)]
    items += [cell(k, window, [k + 10]) for k in range(2, 12)]
    result = plan(items, {}, {})
    assert result.slots[1] == preferred
    used = Counter(result.slots.values())
    assert max(used.values()) == 1
    assert all(slot.session != "toi" for slot in result.slots.values())


def test_plan_respects_pinned_meetings_and_works_around_them():
    window = days(10, 10)
    pinned = Slot(D(2026, 12, 10), "sang")
    items = [
        cell(1, window, [1], slot=pinned, pinned=True),
        cell(2, window, [1], preferred=pinned),
        cell(3, window, [1]),
    ]
    result = plan(items, {}, {})
    assert result.slots[1] == pinned
    assert len({result.slots[k] for k in (1, 2, 3)}) == 3
    assert result.conflicts == []


def test_pinned_double_booking_is_explained():
    slot = Slot(D(2026, 12, 10), "sang")
    items = [
        cell(1, days(10, 15), [1], slot=slot, pinned=True),
        cell(2, days(10, 15), [1], slot=slot, pinned=True),
    ]
    result = plan(items, {}, {1: "Nguyễn Văn An"})
    assert [c.kind for c in result.conflicts] == ["double_booked"]
    assert any("đã ghim" in r and "Nguyễn Văn An" in r for r in result.reasons)


def test_meeting_without_window_is_reported_not_invented():
    items = [cell(1, (), [1]), cell(2, days(10, 12), [1])]
    result = plan(items, {}, {})
    assert 1 not in result.slots
    assert [c.kind for c in result.conflicts] == ["unplaced"]
    assert any("không có ngày nào" in r for r in result.reasons)


def test_combinatorial_infeasibility_is_proven_and_explained():
    # three meetings pairwise sharing an officer, only two sessions
    items = [
        cell(1, days(10, 10), [1, 2]),
        cell(2, days(10, 10), [2, 3]),
        cell(3, days(10, 10), [3, 1]),
    ]
    result = plan(items, {}, {1: "A", 2: "B", 3: "C"}, sessions=("sang", "chieu"))
    assert len(result.conflicts) == 1
    assert any(r.startswith("Không có cách xếp nào") for r in result.reasons)


def test_duplicate_ids_are_refused():
    with pytest.raises(ValueError):
        plan([cell(1, days(10, 12), [1]), cell(1, days(10, 12), [2])], {}, {})


def test_format_days():
    assert format_days(days(7, 9)) == "7–9/12/2026"
    assert format_days([D(2026, 12, 10), D(2026, 12, 12), D(2026, 12, 13)]) == "10, 12–13/12/2026"
    assert format_days([D(2026, 12, 7)]) == "07/12/2026"
    assert SESSION_LABELS["chieu"] == "chiều"


def test_district_and_province_scale():
    """Both scales come out conflict-free (how long they take: bench/scheduler.py)."""
    bench = load_bench()
    district = bench.make_instance("district", seed=3)
    result = plan(district.items, district.blocked, district.officer_names)
    assert result.conflicts == []
    province = bench.make_instance("province", seed=3)
    result = plan(province.items, province.blocked, province.officer_names)
    assert result.conflicts == []
    for item in province.items:
        assert result.slots[item.id].day in item.window
    placed = with_slots(province.items, result.slots)
    assert find_conflicts(placed, province.blocked, province.officer_names) == []


def test_shuffled_province_gives_the_same_calendar():
    bench = load_bench()
    instance = bench.make_instance("district-tight", seed=5)
    first = plan(instance.items, instance.blocked, instance.officer_names)
    shuffled = list(instance.items)
    random.Random(7).shuffle(shuffled)
    second = plan(shuffled, instance.blocked, instance.officer_names)
    assert first == second


# -- holidays ------------------------------------------------------------------------------


def test_blocked_days_tet_2027_in_vietnamese():
    february = blocked_days(2027, 2)
    for number in range(6, 11):
        assert "Tết Nguyên Đán" in february[D(2027, 2, number)]
    assert all(day.month == 2 for day in february)
    assert list(february) == sorted(february)


def test_blocked_days_extra_and_other_holidays():
    extra = {
        D(2026, 9, 2): "Đại hội Đảng bộ",
        D(2026, 9, 15): "  Hội nghị   tỉnh ",
        D(2026, 10, 1): "Tháng khác",
    }
    september = blocked_days(2026, 9, extra)
    assert "Quốc khánh" in september[D(2026, 9, 2)]
    assert "Đại hội Đảng bộ" in september[D(2026, 9, 2)]
    assert september[D(2026, 9, 15)] == "Hội nghị tỉnh"
    assert D(2026, 10, 1) not in september
    assert blocked_days(2026, 12) == {}
