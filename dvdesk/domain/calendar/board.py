"""The planner's working board: meetings, slots and officers as numbers, bookings counted.

Meetings are indexes into ``items`` (sorted by id), slots are indexes into
``slot_objs`` (sorted by day and session), officers are indexes into
``officer_ids``. ``busy[o * slot_count + s]`` counts the meetings officer ``o``
is expected at in slot ``s``; ``booking_bases[i]`` holds ``o * slot_count`` for
every officer of meeting ``i``, so a meeting's bookings in slot ``s`` are
``busy[base + s]``. A conflict is one officer with two or more meetings in a
slot, or one meeting on a blocked day; every search step is counted in these
integers, which keeps the search fast at province scale.

An officer away on a day (leave, business trip: ``away``) is booked once in each
of that day's slots before the search starts, like a pinned meeting: a meeting
of theirs placed there then counts as one conflict, exactly as a double booking,
so every search step, bound and explanation treats it without a special case.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from dvdesk.domain.calendar.types import MeetingItem, Slot
from dvdesk.domain.calendar.wording import session_rank

# Soft costs of a placement (only compared between placements with equal conflicts).
COST_PREF_SLOT = 8  # not on last month's slot
COST_PREF_DAY = 4  # ... nor on last month's day
COST_EVENING = 6  # tối rather than sáng / chiều
COST_CURRENT = 1  # moved away from where it already was

# Search budgets (iterations and nodes, never time, so results are reproducible).
LOCAL_WORK_TOTAL = 60_000
EXACT_WORK_TOTAL = 150_000


@dataclass
class Part:
    """A piece of a group with the officers whose double bookings it owns.

    The parts of a group split its conflicts without overlap: the double
    bookings of each officer belong to one part, a holiday placement to the
    part of the meeting. ``bound`` is a lower bound of the part's conflicts in
    any calendar; ``explained`` the part of it that the window, pinned and
    officer-overload reasons already account for.
    """

    meetings: list[int]
    officers: list[int]
    bound: int
    explained: int
    proven: bool = False


@dataclass
class Group:
    """Meetings that interact (share an officer on overlapping windows)."""

    meetings: list[int]
    lower_bound: int
    proven: bool = False
    parts: list[Part] = field(default_factory=list)


@dataclass
class Budget:
    """Search effort left, shared with the planners solving relaxed pieces."""

    local: int = LOCAL_WORK_TOTAL
    exact: int = EXACT_WORK_TOTAL


class Board:
    """The meetings of a month on their slots, with every booking counted."""

    def __init__(
        self,
        items: Sequence[MeetingItem],
        blocked: Mapping[datetime.date, str],
        sessions: Sequence[str],
        away: Mapping[tuple[int, datetime.date], str] | None = None,
    ) -> None:
        self.items = sorted(items, key=lambda it: it.id)
        for before, after in zip(self.items, self.items[1:], strict=False):
            if before.id == after.id:
                raise ValueError(f"mã cuộc họp bị trùng: {after.id}")
        self.sessions = tuple(dict.fromkeys(sessions))
        if not self.sessions:
            raise ValueError("cần ít nhất một buổi họp")
        self.blocked = blocked
        self.away = away or {}
        n = len(self.items)
        self.windows = [tuple(sorted(set(it.window))) for it in self.items]
        # fixed: pinned with a slot, or no window but already placed (kept where it is)
        self.fixed = [
            it.slot is not None and (it.pinned or not self.windows[i])
            for i, it in enumerate(self.items)
        ]
        self.free = [not self.fixed[i] and bool(self.windows[i]) for i in range(n)]
        self._number_slots()
        self._number_officers()
        self._fill_domains()
        self._book_fixed()

    def _number_slots(self) -> None:
        """Every (day, session) some meeting may use, in calendar order."""
        keys: set[tuple[datetime.date, str]] = set()
        for i, it in enumerate(self.items):
            if self.fixed[i]:
                keys.add((it.slot.day, it.slot.session))
            elif self.free[i]:
                keys.update((day, session) for day in self.windows[i] for session in self.sessions)
        ordered = sorted(keys, key=lambda k: (k[0], session_rank(k[1])))
        self.slot_objs = [Slot(day, session) for day, session in ordered]
        self.slot_index = {key: s for s, key in enumerate(ordered)}
        self.slot_count = max(1, len(ordered))
        self.slot_day = [day for day, _ in ordered]
        self.is_blocked = [1 if day in self.blocked else 0 for day, _ in ordered]
        self.is_evening = [session == "toi" for _, session in ordered]

    def _number_officers(self) -> None:
        officers = sorted({o for it in self.items for o in it.attendees})
        self.officer_ids = officers
        number = {o: k for k, o in enumerate(officers)}
        self.officers_of = [tuple(sorted({number[o] for o in it.attendees})) for it in self.items]
        self.booking_bases = [tuple(o * self.slot_count for o in own) for own in self.officers_of]

    def _fill_domains(self) -> None:
        """The slots each meeting may take, its current slot and last month's slot."""
        n = len(self.items)
        self.domain: list[list[int]] = []
        self.domain_set: list[frozenset[int]] = []
        self.assign = [-1] * n
        self.pref_slot = [-1] * n
        self.pref_day: list[datetime.date | None] = [None] * n
        self.current = [-1] * n
        for i, it in enumerate(self.items):
            if self.fixed[i]:
                s = self.slot_index[(it.slot.day, it.slot.session)]
                self.domain.append([s])
                self.assign[i] = s
            elif self.free[i]:
                self.domain.append([self.slot_index[(d, sess)]
                                    for d in self.windows[i] for sess in self.sessions])
                self._remember_slots(i, it)
            else:
                self.domain.append([])
            self.domain_set.append(frozenset(self.domain[i]))

    def _remember_slots(self, i: int, it: MeetingItem) -> None:
        if it.preferred is not None and it.preferred.day in set(self.windows[i]):
            self.pref_day[i] = it.preferred.day
            self.pref_slot[i] = self.slot_index.get((it.preferred.day, it.preferred.session), -1)
        if it.slot is not None:
            self.current[i] = self.slot_index.get((it.slot.day, it.slot.session), -1)

    def _book_fixed(self) -> None:
        """Each officer's free and fixed meetings; the fixed ones booked on the board."""
        n = len(self.items)
        self.officer_free: list[list[int]] = [[] for _ in self.officer_ids]
        self.officer_fixed: list[list[int]] = [[] for _ in self.officer_ids]
        for i in range(n):
            for o in self.officers_of[i]:
                if self.free[i]:
                    self.officer_free[o].append(i)
                elif self.fixed[i]:
                    self.officer_fixed[o].append(i)
        self.busy = [0] * (len(self.officer_ids) * self.slot_count)
        self.load = [0] * self.slot_count
        self.fixed_busy: dict[int, int] = {}
        for i in range(n):
            if self.fixed[i]:
                s = self.assign[i]
                self.load[s] += 1
                for b in self.booking_bases[i]:
                    self.busy[b + s] += 1
                    self.fixed_busy[b + s] = self.fixed_busy.get(b + s, 0) + 1
        self._book_away()

    def _book_away(self) -> None:
        """One booking of an away officer in every slot of the days they are away."""
        self.officer_away = [False] * len(self.officer_ids)
        if not self.away:
            return
        number = {officer_id: o for o, officer_id in enumerate(self.officer_ids)}
        slots_of_day: dict[datetime.date, list[int]] = {}
        for s, day in enumerate(self.slot_day):
            slots_of_day.setdefault(day, []).append(s)
        for officer_id, day in sorted(self.away):
            o = number.get(officer_id)
            if o is None:
                continue
            base = o * self.slot_count
            for s in slots_of_day.get(day, ()):
                self.officer_away[o] = True
                self.busy[base + s] += 1
                self.fixed_busy[base + s] = self.fixed_busy.get(base + s, 0) + 1

    def away_slot(self, o: int, s: int) -> bool:
        """Is officer ``o`` away on the day of slot ``s``?"""
        return (self.officer_ids[o], self.slot_day[s]) in self.away

    # -- costs ---------------------------------------------------------------

    def soft(self, i: int, s: int) -> int:
        cost = COST_EVENING if self.is_evening[s] else 0
        pref_day = self.pref_day[i]
        if pref_day is not None:
            if s != self.pref_slot[i]:
                cost += COST_PREF_SLOT
            if self.slot_day[s] != pref_day:
                cost += COST_PREF_DAY
        current = self.current[i]
        if current >= 0 and s != current:
            cost += COST_CURRENT
        return cost

    # Putting meeting i on slot s (not placed there yet) creates a conflict for each of its
    # officers already booked once there; taking it off (placed there) removes one for each
    # officer booked exactly twice. ``crowded`` is that count: 1 to put, 2 to take off.

    def add_cost(self, i: int, s: int) -> int:
        """Conflicts created by putting meeting i (not placed) on slot s."""
        return self._conflicts_at(i, s, 1)

    def remove_gain(self, i: int, s: int) -> int:
        """Conflicts removed by taking meeting i off slot s."""
        return self._conflicts_at(i, s, 2)

    def _conflicts_at(self, i: int, s: int, crowded: int) -> int:
        busy = self.busy
        conflicts = self.is_blocked[s]
        for b in self.booking_bases[i]:  # a plain loop: the search's innermost step
            if busy[b + s] == crowded:
                conflicts += 1
        return conflicts

    def add_costs(self, i: int, s: int) -> tuple[int, int]:
        """(conflicts created, extra attendances created) by putting meeting i on slot s."""
        return self._conflicts_and_extras_at(i, s, 1)

    def remove_gains(self, i: int, s: int) -> tuple[int, int]:
        """(conflicts removed, extra attendances removed) by taking meeting i off slot s."""
        return self._conflicts_and_extras_at(i, s, 2)

    def _conflicts_and_extras_at(self, i: int, s: int, crowded: int) -> tuple[int, int]:
        """Also the officers booked ``crowded`` times or more (their extra attendances)."""
        busy = self.busy
        conflicts = self.is_blocked[s]
        extra = 0
        for b in self.booking_bases[i]:
            count = busy[b + s]
            if count >= crowded:
                extra += 1
                if count == crowded:
                    conflicts += 1
        return conflicts, extra

    def place(self, i: int, s: int) -> None:
        busy = self.busy
        for b in self.booking_bases[i]:
            busy[b + s] += 1
        self.load[s] += 1
        self.assign[i] = s

    def unplace(self, i: int) -> None:
        s = self.assign[i]
        busy = self.busy
        for b in self.booking_bases[i]:
            busy[b + s] -= 1
        self.load[s] -= 1
        self.assign[i] = -1

    # -- groups and bounds -----------------------------------------------------

    def in_conflict(self, i: int) -> bool:
        s = self.assign[i]
        if s < 0:
            return False
        if self.is_blocked[s]:
            return True
        busy = self.busy
        return any(busy[b + s] >= 2 for b in self.booking_bases[i])

    def by_officer(self, members: Sequence[int]) -> dict[int, list[int]]:
        """The members of each officer, in the order given."""
        found: dict[int, list[int]] = {}
        for i in members:
            for o in self.officers_of[i]:
                found.setdefault(o, []).append(i)
        return found

    def group_keys(self, members: Sequence[int]) -> dict[int, set[int]]:
        """For every officer of the group, the slots its meetings of the group can use."""
        union: dict[int, set[int]] = {}
        for i in members:
            for o in self.officers_of[i]:
                union.setdefault(o, set()).update(self.domain[i])
        return union

    def group_cost(self, members: Sequence[int]) -> int:
        return sum(self.is_blocked[self.assign[i]] for i in members) + \
            self.group_cost_empty(members)

    def group_cost_empty(self, members: Sequence[int]) -> int:
        """The double bookings of the group's officers in the slots the group can use
        (with the group's meetings taken off: the conflicts the rest of the calendar makes)."""
        busy, slot_count = self.busy, self.slot_count
        cost = 0
        for o, slots in self.group_keys(members).items():
            base = o * slot_count
            cost += sum(1 for s in slots if busy[base + s] >= 2)
        return cost

    def part_cost(self, part: Part, keys: Mapping[int, set[int]]) -> int:
        busy, slot_count = self.busy, self.slot_count
        cost = sum(self.is_blocked[self.assign[i]] for i in part.meetings)
        for o in part.officers:
            base = o * slot_count
            cost += sum(1 for s in keys[o] if busy[base + s] >= 2)
        return cost

    def lower_bound(self, members: Sequence[int], officers: set[int] | None = None) -> int:
        """Conflicts every placement of the group must have.

        Counts meetings whose whole window is blocked, double bookings among
        pinned meetings, officers with more meetings than slots (a double
        booking is unavoidable) and a packing of officers with more meetings
        than unblocked slots (each needs a double booking or a meeting on a
        blocked day; their meetings that could sit on a blocked day are kept
        disjoint so that one holiday placement is never counted twice).
        With ``officers``, only the double bookings of those officers count.
        """
        is_blocked, domain = self.is_blocked, self.domain
        forced = [i for i in members if all(is_blocked[s] for s in domain[i])]
        bound = len(forced)
        taken: set[int] = set(forced)
        counts = self.by_officer(members)
        needy: list[tuple[int, int, list[int]]] = []
        for o, slots in self.group_keys(members).items():
            if officers is not None and o not in officers:
                continue
            certain, movable = self._officer_bound(o, slots, counts[o])
            bound += certain
            if movable is not None:
                needy.append((len(movable), o, movable))
        for _, _, movable in sorted(needy):
            if taken.isdisjoint(movable):
                taken.update(movable)
                bound += 1
        return bound

    def _officer_bound(self, o: int, slots: set[int], own: list[int]
                       ) -> tuple[int, list[int] | None]:
        """(conflicts certain for officer ``o``, its meetings that could go on a blocked day
        when it needs one more conflict or a holiday placement, else None)."""
        base, is_blocked = o * self.slot_count, self.is_blocked
        fixed = [(s, self.fixed_busy.get(base + s, 0)) for s in slots]
        pinned_groups = sum(1 for _, c in fixed if c >= 2)
        if pinned_groups:
            return pinned_groups, None
        if len(own) + sum(c for _, c in fixed) > len(slots):
            return 1, None
        usable = sum(1 for s in slots if not is_blocked[s])
        fixed_usable = sum(c for s, c in fixed if not is_blocked[s])
        if len(own) + fixed_usable > usable:
            return 0, [i for i in own if any(is_blocked[s] for s in self.domain[i])]
        return 0, None

    def slots(self) -> dict[int, Slot]:
        result: dict[int, Slot] = {}
        for i, it in enumerate(self.items):
            if self.fixed[i]:
                result[it.id] = it.slot
            elif self.assign[i] >= 0:
                result[it.id] = self.slot_objs[self.assign[i]]
        return result
