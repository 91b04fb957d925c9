"""Automatic scheduling: every unpinned meeting placed in its window, nobody in two places.

1. a DSatur-like greedy pass (most constrained meeting first) picks, for each
   meeting, the slot with the fewest new conflicts, then the fewest extra
   attendances, then last month's slot, then sáng/chiều before tối, then the
   least loaded slot;
2. the meetings still in conflict are gathered into groups that interact (an
   officer in common, windows that overlap); each group gets a lower bound
   (blocked windows, pinned double bookings, officers with more meetings than
   sessions) and is left alone once it reaches it;
3. small groups are solved by branch and bound (``exact``), which either finds
   a better calendar or proves there is none; larger groups are cut into parts
   that are bounded exactly on their own and re-solved exactly one
   neighbourhood at a time (the meetings around a double-booked officer, the
   rest fixed), alternating with a tabu min-conflicts search (``tabu``);
4. a last pass moves meetings back towards last month's slot, away from tối and
   towards the least loaded slots when this adds no conflict.

Everything runs in a fixed order with iteration budgets (never wall-clock
limits), so the same input always gives the same calendar.
"""

from __future__ import annotations

import datetime
import heapq
from collections.abc import Mapping, Sequence
from dataclasses import replace

from dvdesk.domain.calendar.board import Board, Budget, Group, Part
from dvdesk.domain.calendar.conflicts import away_days, find_conflicts, with_slots
from dvdesk.domain.calendar.exact import exact_search
from dvdesk.domain.calendar.explanations import reasons
from dvdesk.domain.calendar.tabu import local_search
from dvdesk.domain.calendar.types import SESSIONS, MeetingItem, PlanResult, Unavailability

# Search budgets (iterations and nodes, never time, so results are reproducible).
LOCAL_BASE = 300
LOCAL_PER_MEETING = 150
LOCAL_MAX_PER_GROUP = 20_000
EXACT_MAX_MEETINGS = 40
EXACT_DIRECT_MEETINGS = 12  # larger groups are first cut into parts
EXACT_WORK_PER_GROUP = 40_000
EXACT_WORK_LARGER_GROUP = 10_000
EXACT_WORK_PER_PIECE = 1_500
EXACT_WORK_PER_RELAXED = 6_000
NEIGHBOURHOOD_MEETINGS = 18
NEIGHBOURHOOD_ROUNDS = 3
IMPROVE_ROUNDS = 3


def plan(
    items: Sequence[MeetingItem],
    blocked: Mapping[datetime.date, str],
    officer_names: Mapping[int, str],
    sessions: Sequence[str] = SESSIONS,
    unavailable: Sequence[Unavailability] = (),
) -> PlanResult:
    """Place every unpinned meeting on a day of its window and a session.

    A meeting is kept off the days one of its officers is away (``unavailable``)
    wherever another slot exists; one left there is a conflict like a double booking.

    Pinned meetings (with a slot) keep it. A meeting without any day in its
    window keeps its current slot if it has one and is left out of ``slots``
    otherwise (it is then reported as unplaced). When every day of a window is
    blocked the meeting stays inside the window, on a blocked day, and the
    result says so. The result has the fewest conflicts the search could find
    and, when some remain, plain explanations in ``reasons``.
    """
    planner = Planner(items, blocked, sessions, away=away_days(unavailable))
    planner.run()
    slots = planner.slots()
    placed = with_slots(planner.items, slots)
    conflicts = find_conflicts(placed, blocked, officer_names, unavailable)
    why = reasons(planner, officer_names) if conflicts else []
    return PlanResult(slots=slots, conflicts=conflicts, reasons=why)


class Planner(Board):
    def __init__(
        self,
        items: Sequence[MeetingItem],
        blocked: Mapping[datetime.date, str],
        sessions: Sequence[str],
        budget: Budget | None = None,
        bounding: bool = False,
        away: Mapping[tuple[int, datetime.date], str] | None = None,
    ) -> None:
        super().__init__(items, blocked, sessions, away)
        self.budget = budget if budget is not None else Budget()
        # a bounding planner only looks for proven optima (no local search, no parts)
        self.bounding = bounding
        self.exact_cap = EXACT_WORK_PER_GROUP
        self.groups: list[Group] = []
        self.groups_left = 1  # groups still to solve, for sharing the budget
        self.least_soft = [0] * len(self.items)  # lowest soft cost over the domain, by greedy()

    def run(self) -> None:
        self.greedy()
        self.collect_groups()
        # small groups first: they are cheap to settle exactly
        order = sorted(self.groups, key=lambda g: (len(g.meetings), g.meetings[0]))
        for done, group in enumerate(order):
            self.groups_left = len(order) - done
            self.solve_group(group)
        self.polish()

    # -- 1. greedy -----------------------------------------------------------

    def greedy(self) -> None:
        free_count, degree = self._free_counts()
        heap = [(free_count[i], -degree[i], i) for i in range(len(self.items)) if self.free[i]]
        heapq.heapify(heap)
        placed = [not f for f in self.free]
        while heap:
            count, _, i = heapq.heappop(heap)
            if placed[i] or count != free_count[i]:
                continue
            s = self._greedy_slot(i)
            placed[i] = True
            for j in self._book(i, s, placed):
                free_count[j] -= 1
                heapq.heappush(heap, (free_count[j], -degree[j], j))

    def _free_counts(self) -> tuple[list[int], list[int]]:
        """Per free meeting: its slots free of conflicts so far, and how many meetings
        share its officers."""
        busy, is_blocked, domain = self.busy, self.is_blocked, self.domain
        n = len(self.items)
        free_count, degree = [0] * n, [0] * n
        has_fixed = [bool(fixed) or away
                     for fixed, away in zip(self.officer_fixed, self.officer_away, strict=True)]
        for i in range(n):
            if not self.free[i]:
                continue
            bases = self.booking_bases[i]
            if any(has_fixed[o] for o in self.officers_of[i]):
                free_count[i] = sum(1 for s in domain[i] if not is_blocked[s]
                                    and all(busy[b + s] == 0 for b in bases))
            else:
                free_count[i] = sum(1 for s in domain[i] if not is_blocked[s])
            degree[i] = sum(len(self.officer_free[o]) - 1 for o in self.officers_of[i])
        return free_count, degree

    def _greedy_slot(self, i: int) -> int:
        """The slot with the fewest new conflicts, extra attendances, soft cost, load."""
        busy, bases = self.busy, self.booking_bases[i]
        best_key, best_s, least_soft = None, -1, None
        for s in self.domain[i]:
            conflicts = self.is_blocked[s]
            extra = 0
            for b in bases:
                count = busy[b + s]
                if count:
                    extra += 1
                    if count == 1:
                        conflicts += 1
            soft = self.soft(i, s)
            if least_soft is None or soft < least_soft:
                least_soft = soft
            key = (conflicts, extra, soft, self.load[s], s)
            if best_key is None or key < best_key:
                best_key, best_s = key, s
        self.least_soft[i] = least_soft or 0
        return best_s

    def _book(self, i: int, s: int, placed: list[bool]) -> list[int]:
        """Put meeting i on slot s; returns the meetings that just lost a conflict-free
        slot (once per officer newly booked there)."""
        busy, is_blocked, domain_set = self.busy, self.is_blocked, self.domain_set
        bases = self.booking_bases
        lost = []
        for o, b in zip(self.officers_of[i], bases[i], strict=True):
            if busy[b + s] == 0 and not is_blocked[s]:
                for j in self.officer_free[o]:  # plain loops: this runs for every meeting
                    if placed[j] or s not in domain_set[j]:
                        continue
                    if all(busy[b2 + s] == 0 for b2 in bases[j]):
                        lost.append(j)
            busy[b + s] += 1
        self.load[s] += 1
        self.assign[i] = s
        return lost

    def collect_groups(self) -> None:
        n = len(self.items)
        seen = [False] * n
        for seed in range(n):
            if seen[seed] or not self.free[seed] or not self.in_conflict(seed):
                continue
            members = [seed]
            seen[seed] = True
            head = 0
            while head < len(members):
                i = members[head]
                head += 1
                for o in self.officers_of[i]:
                    for j in self.officer_free[o]:
                        if not seen[j] and not self.domain_set[i].isdisjoint(self.domain_set[j]):
                            seen[j] = True
                            members.append(j)
            members.sort()
            self.groups.append(Group(members, self.lower_bound(members)))

    # -- 2 and 3. groups ---------------------------------------------------------

    def _local(self, group: Group, wide: bool = False) -> None:
        """Tabu search with its share of the budget (a wider one once exact
        search has no budget left)."""
        per_meeting = LOCAL_PER_MEETING * (4 if wide else 1)
        share = self.budget.local // max(1, self.groups_left)
        budget = min(self.budget.local, LOCAL_MAX_PER_GROUP,
                     max(LOCAL_BASE + per_meeting * len(group.meetings), share))
        if budget > 0:
            self.budget.local -= local_search(self, group, budget)

    def _exact(self, group: Group, cap: int | None = None) -> bool:
        budget = min(self.budget.exact, cap or self.exact_cap)
        if budget <= 0:
            return False
        used, complete = exact_search(self, group, budget)
        self.budget.exact -= used
        return complete

    def solve_group(self, group: Group) -> None:
        members = group.meetings
        static = group.lower_bound
        parts: list[Part] | None = None
        if self.group_cost(members) > group.lower_bound:
            if len(members) > EXACT_DIRECT_MEETINGS and not self.bounding:
                parts = self.split_group(members)
                if len(members) > EXACT_MAX_MEETINGS:
                    self.solve_large_group(group, parts)
                    return
                if len(parts) > 1:
                    self.bound_parts(group, parts)
                else:
                    parts = None
            if len(members) <= EXACT_MAX_MEETINGS and self.group_cost(members) > group.lower_bound:
                group.proven = self._exact(group, self._exact_cap(len(members)))
            if not group.proven and not self.bounding:
                self.improve(group)
        group.proven = group.proven or self.group_cost(members) <= group.lower_bound
        if parts is not None:
            keys = self.group_keys(members)
            for part in parts:
                part.proven = part.proven and self.part_cost(part, keys) <= part.bound
            group.parts = parts
        else:
            bound = self.group_cost(members) if group.proven else group.lower_bound
            everyone = sorted(self.group_keys(members))
            group.parts = [Part(members, everyone, bound, static, group.proven)]

    def _exact_cap(self, size: int) -> int | None:
        """A larger group gets a share of what is left; a small one the usual cap."""
        if size <= EXACT_DIRECT_MEETINGS:
            return None
        share = self.budget.exact // (2 * max(1, self.groups_left))
        return min(EXACT_WORK_PER_GROUP, max(EXACT_WORK_LARGER_GROUP, share))

    def improve(self, group: Group) -> None:
        """Exact neighbourhoods, tabu search, exact neighbourhoods again."""
        cost = self.group_cost(group.meetings)
        for _ in range(IMPROVE_ROUNDS):
            if cost <= group.lower_bound:
                return
            self.neighbourhoods(group)
            if self.group_cost(group.meetings) > group.lower_bound:
                self._local(group, wide=self.budget.exact <= 0)
            self.neighbourhoods(group)
            before, cost = cost, self.group_cost(group.meetings)
            if cost >= before:
                return

    def bound_parts(self, group: Group, parts: list[Part]) -> None:
        """Bound every part on its own and raise the group's lower bound."""
        keys = self.group_keys(group.meetings)
        for part in parts:
            part.explained = self.lower_bound(part.meetings, set(part.officers))
            if self.part_cost(part, keys) <= part.explained:
                part.bound, part.proven = part.explained, True
            else:
                part.bound, part.explained, part.proven = self.relaxed_bound(part)
        group.lower_bound = max(group.lower_bound, sum(part.bound for part in parts))

    def solve_large_group(self, group: Group, parts: list[Part]) -> None:
        """Bound each part on its own, then improve the calendar part by part
        (the rest fixed) and around the parts that are still above their bound."""
        keys = self.group_keys(group.meetings)
        self.bound_parts(group, parts)
        group.parts = parts
        part_of = {i: n for n, part in enumerate(parts) for i in part.meetings}
        by_officer = self.by_officer(group.meetings)

        def hot() -> list[int]:
            return [k for k, part in enumerate(parts) if self.part_cost(part, keys) > part.bound]

        for _ in range(2):
            above = hot()
            if not above:
                break
            for k in above:
                self.improve_piece(parts[k].meetings)
            above = hot()
            if not above:
                break
            # search around each remaining part together with its neighbours
            for k in above:
                if self.part_cost(parts[k], keys) > parts[k].bound:
                    region = self._region(parts, k, part_of, by_officer)
                    self.improve(Group(region, self.lower_bound(region)))
        group.proven = not hot()
        for part in parts:
            part.proven = part.proven and self.part_cost(part, keys) <= part.bound

    def _region(self, parts: list[Part], k: int, part_of: dict[int, int],
                by_officer: dict[int, list[int]]) -> list[int]:
        """The meetings of part k and of every part sharing an officer with it."""
        near = {k}
        for i in parts[k].meetings:
            for o in self.officers_of[i]:
                near.update(part_of[j] for j in by_officer[o])
        return sorted(i for n in near for i in parts[n].meetings)

    def neighbourhoods(self, group: Group, rounds: int = NEIGHBOURHOOD_ROUNDS) -> None:
        """Re-solve exactly, the rest fixed, the meetings around each officer
        who is still double-booked: the meetings sharing those sessions, the
        officer's other meetings, then each time those of one co-attendee."""
        by_officer = self.by_officer(group.meetings)
        cost = self.group_cost(group.meetings)
        for _ in range(rounds):
            improved = False
            for o in sorted(by_officer):
                for piece in self._pieces_around(o, by_officer):
                    if cost <= group.lower_bound or self.budget.exact <= 0:
                        return
                    chosen = sorted(piece[:NEIGHBOURHOOD_MEETINGS])
                    before = self.group_cost(chosen)
                    self.improve_piece(chosen)
                    after = self.group_cost(chosen)
                    if after < before:
                        cost -= before - after
                        improved = True
            if not improved:
                return

    def _pieces_around(self, o: int, by_officer: dict[int, list[int]]) -> list[list[int]]:
        """For an officer double-booked somewhere: the meetings sharing those sessions
        with the officer's other meetings, then the same with each co-attendee's meetings;
        nothing when the officer has no double booking."""
        busy, assign, base = self.busy, self.assign, o * self.slot_count
        own = by_officer[o]
        crowded = {assign[i] for i in own if busy[base + assign[i]] >= 2}
        if not crowded:
            return []
        core = dict.fromkeys(i for i in own if assign[i] in crowded)
        partners: dict[int, None] = {}
        for i in list(core):
            for other in self.officers_of[i]:
                if other != o:
                    partners.setdefault(other)
                for j in by_officer[other]:
                    if assign[j] == assign[i]:
                        core.setdefault(j)
        core.update(dict.fromkeys(own))
        pieces = [list(core)]
        for other in sorted(partners):
            pieces.append(list(dict.fromkeys([*core, *by_officer[other]])))
        return pieces

    def improve_piece(self, meetings: list[int]) -> None:
        """Exact search over a few meetings, the rest of the calendar fixed."""
        if len(meetings) > EXACT_MAX_MEETINGS:
            return
        piece = Group(meetings, self.lower_bound(meetings))
        if self.group_cost(meetings) > piece.lower_bound:
            self._exact(piece, EXACT_WORK_PER_PIECE)

    def split_group(self, members: list[int]) -> list[Part]:
        """Parts joined by officers with three or more meetings of the group;
        every officer belongs to the part holding most of its meetings."""
        by_officer = self.by_officer(members)
        parent = {i: i for i in members}

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for own in by_officer.values():
            if len(own) >= 3:
                first = root(own[0])
                for i in own[1:]:
                    other = root(i)
                    if other != first:
                        parent[max(first, other)] = min(first, other)
                        first = min(first, other)
        pieces: dict[int, list[int]] = {}
        for i in members:
            pieces.setdefault(root(i), []).append(i)
        order = sorted(pieces)  # by smallest meeting
        index = {r: k for k, r in enumerate(order)}
        officers: list[list[int]] = [[] for _ in order]
        for o in sorted(by_officer):
            counts: dict[int, int] = {}
            for i in by_officer[o]:
                k = index[root(i)]
                counts[k] = counts.get(k, 0) + 1
            owner = min(counts, key=lambda k: (-counts[k], k))
            officers[owner].append(o)
        return [Part(pieces[r], officers[index[r]], 0, 0) for r in order]

    def relaxed_bound(self, part: Part) -> tuple[int, int, bool]:
        """(bound, explained, exact) for the part's own conflicts.

        The part is solved alone, keeping only the double bookings of its own
        officers: whatever the rest of the calendar does, the part's conflicts
        cannot be fewer.
        """
        keep = set(part.officers)

        def own_officers(i: int) -> tuple[int, ...]:
            return tuple(self.officer_ids[o] for o in self.officers_of[i] if o in keep)

        items = [replace(self.items[i], attendees=own_officers(i), slot=None, preferred=None)
                 for i in part.meetings]
        fixed = sorted({i for o in part.officers for i in self.officer_fixed[o]})
        items += [replace(self.items[i], attendees=own_officers(i)) for i in fixed]
        sub = Planner(items, self.blocked, self.sessions, budget=self.budget, bounding=True,
                      away=self.away)
        sub.exact_cap = EXACT_WORK_PER_RELAXED
        sub.greedy()
        sub.collect_groups()
        bound = explained = 0
        exact = True
        for group in sub.groups:
            explained += group.lower_bound
            sub.solve_group(group)
            bound += sub.group_cost(group.meetings) if group.proven else group.lower_bound
            exact = exact and group.proven
        return bound, explained, exact

    # -- 4. soft polish --------------------------------------------------------------

    def polish(self, passes: int = 3) -> None:
        """Single moves that add no conflict and reduce, in this order: the extra
        attendances of double-booked officers, the soft cost, the slot load."""
        for _ in range(passes):
            moved = False
            for i in range(len(self.items)):
                if self.free[i] and len(self.domain[i]) >= 2 and self._polish_one(i):
                    moved = True
            if not moved:
                break

    def _polish_one(self, i: int) -> bool:
        busy = self.busy
        s_old = self.assign[i]
        soft_old = self.soft(i, s_old)
        if soft_old <= self.least_soft[i] and all(busy[b + s_old] < 2
                                                  for b in self.booking_bases[i]):
            return False
        gain, extra_gain = self.remove_gains(i, s_old)
        self.unplace(i)
        best_key = (0, 0, soft_old, self.load[s_old], s_old)
        best_s = s_old
        for s in self.domain[i]:
            if s == s_old:
                continue
            add, extra = self.add_costs(i, s)
            if add > gain:
                continue
            key = (add - gain, extra - extra_gain, self.soft(i, s), self.load[s], s)
            if key < best_key:
                best_key, best_s = key, s
        self.place(i, best_s)
        return best_s != s_old
