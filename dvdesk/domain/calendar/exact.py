"""Branch and bound over one small group of meetings, the rest of the calendar fixed.

It either finds a calendar with fewer conflicts or proves there is none, within
a work budget (meetings examined per node, never time). At each node the most
constrained meeting is placed next, its slots tried from the fewest new
conflicts on; a branch stops when its conflicts so far plus a packing of
disjoint reasons for more conflicts cannot beat the best calendar found.
"""

from __future__ import annotations

from dvdesk.domain.calendar.board import Board, Group


def exact_search(board: Board, group: Group, node_budget: int) -> tuple[int, bool]:
    """Returns (work used, search completed); the group ends on the best calendar found."""
    return _ExactSearch(board, group, node_budget).run()


class _ExactSearch:
    """Members are numbered p = 0..m-1 in the order of ``group.meetings``."""

    def __init__(self, board: Board, group: Group, node_budget: int) -> None:
        self.board, self.group, self.node_budget = board, group, node_budget
        members = group.meetings
        self.members = members
        self.incumbent = board.group_cost(members)
        self.saved = [board.assign[i] for i in members]
        for i in members:
            board.unplace(i)
        self.base = board.group_cost_empty(members)
        self._classify_slots()
        busy, slot_count, is_blocked = board.busy, board.slot_count, board.is_blocked
        self.slots_of = [board.domain[i] for i in members]
        self.where = [{s: k for k, s in enumerate(slots)} for slots in self.slots_of]
        # delta[p][k]: conflicts added by putting member p on its k-th slot now
        self.delta = [
            [is_blocked[s] + sum(1 for o in board.officers_of[i] if busy[o * slot_count + s] == 1)
             for s in self.slots_of[p]]
            for p, i in enumerate(members)
        ]
        self.users: dict[int, list[int]] = {}
        for p, i in enumerate(members):
            for o in board.officers_of[i]:
                self.users.setdefault(o, []).append(p)
        self.member_officers = [board.officers_of[i] for i in members]
        self.has_blocked = [any(is_blocked[s] for s in slots) for slots in self.slots_of]
        self.slot_sets = [board.domain_set[i] for i in members]
        self.best_cost = self.incumbent
        self.best_slots = list(self.saved)
        self.current = [-1] * len(members)
        self.nodes = 0
        self.aborted = False
        self.remaining = list(range(len(members)))

    def _classify_slots(self) -> None:
        """Slots that no meeting of the group uses yet and that look the same to the
        group (blocked or not, same meetings may use them, same outside bookings of the
        group's officers) are interchangeable: only one of them is tried."""
        board, members = self.board, self.members
        officers = sorted(board.group_keys(members))
        all_slots = sorted({s for i in members for s in board.domain[i]})
        signature: dict[tuple, int] = {}
        self.slot_class: dict[int, int] = {}
        for s in all_slots:
            key = (
                board.is_blocked[s],
                tuple(s in board.domain_set[i] for i in members),
                tuple(board.busy[o * board.slot_count + s] for o in officers),
            )
            self.slot_class[s] = signature.setdefault(key, len(signature))
        self.used = dict.fromkeys(all_slots, 0)

    # -- placing a member ------------------------------------------------------------

    def _shift(self, p: int, s: int, step: int) -> None:
        """Book (step 1) or free (step -1) member p's officers in slot s, keeping every
        member's ``delta`` of that slot right."""
        busy, slot_count = self.board.busy, self.board.slot_count
        for o in self.member_officers[p]:
            k = o * slot_count + s
            count = busy[k]
            busy[k] = count + step
            # a booking 0 -> 1 makes the slot cost one more for the others, 1 -> 2 one less
            # (the conflict is already there); freeing works the other way round
            touched = count if step > 0 else count - 1
            if touched <= 1:
                change = (1 if touched == 0 else -1) * step
                for q in self.users[o]:
                    at = self.where[q].get(s)
                    if at is not None:
                        self.delta[q][at] += change
        self.used[s] += step

    # -- bounds ----------------------------------------------------------------------

    def _most_constrained(self) -> tuple[int, list[int]]:
        """(position in ``remaining`` of the member to place next, each remaining member's
        least delta): the one whose best slot adds most, then with the fewest such slots."""
        pick, pick_key, leasts = -1, None, []
        for at, p in enumerate(self.remaining):
            row = self.delta[p]
            least = min(row)
            leasts.append(least)
            key = (-least, row.count(least), at)
            if pick_key is None or key < pick_key:
                pick_key, pick = key, at
        return pick, leasts

    def _claims(self, leasts: list[int]) -> list[tuple[int, int, tuple[int, ...], tuple[int, ...]]]:
        """Reasons for further conflicts: (size, -worth, officers owned, members owned)."""
        slot_count = self.board.slot_count
        claims = []
        own_by_officer: dict[int, list[int]] = {}
        for p in self.remaining:
            for o in self.member_officers[p]:
                own_by_officer.setdefault(o, []).append(p)
        for o, own in own_by_officer.items():
            union = (set().union(*(self.slot_sets[p] for p in own)) if len(own) > 1
                     else self.slot_sets[own[0]])
            free, usable = self._free_slots(o * slot_count, union)
            if free is None:
                continue  # already double-booked there: counted in the cost
            if len(own) > free:
                claims.append((1, -1, (o,), ()))
            elif len(own) > usable:
                holiday = tuple(p for p in own if self.has_blocked[p])
                claims.append((1 + len(holiday), -1, (o,), holiday))
        for at, p in enumerate(self.remaining):
            if leasts[at] > 0:
                claims.append((len(self.member_officers[p]) + 1, -leasts[at],
                               self.member_officers[p], (p,)))
        return claims

    def _free_slots(self, base: int, slots) -> tuple[int | None, int]:
        """(slots where the officer is free, those of them not blocked); (None, 0) when
        the officer is already double-booked in one of them."""
        busy, is_blocked = self.board.busy, self.board.is_blocked
        free = usable = 0
        for s in slots:  # a plain loop with an early exit: this runs at every node
            count = busy[base + s]
            if count >= 2:
                return None, 0
            if count == 0:
                free += 1
                if not is_blocked[s]:
                    usable += 1
        return free, usable

    def _packing(self, leasts: list[int]) -> int:
        """Conflicts still to come: a packing of claims that share no officer or member."""
        extra = 0
        used_officers: set[int] = set()
        used_members: set[int] = set()
        for _, worth, officers, members in sorted(self._claims(leasts)):
            if used_officers.isdisjoint(officers) and used_members.isdisjoint(members):
                extra -= worth
                used_officers.update(officers)
                used_members.update(members)
        return extra

    # -- the search --------------------------------------------------------------------

    def _stop(self) -> bool:
        if self.best_cost <= self.group.lower_bound:
            return True
        if self.nodes >= self.node_budget:
            self.aborted = True
            return True
        return False

    def search(self, cost: int) -> None:
        if self._stop():
            return
        self.nodes += 1 + len(self.remaining)
        if not self.remaining:
            if cost < self.best_cost:
                self.best_cost = cost
                self.best_slots[:] = [self.slots_of[p][0] if self.current[p] < 0
                                      else self.current[p] for p in range(len(self.members))]
            return
        pick, leasts = self._most_constrained()
        if cost + max(leasts) >= self.best_cost or cost + self._packing(leasts) >= self.best_cost:
            return
        p = self.remaining.pop(pick)
        self._branch(p, cost)
        self.remaining.insert(pick, p)

    def _branch(self, p: int, cost: int) -> None:
        """Try member p on each of its slots, fewest new conflicts first."""
        row, slots = self.delta[p], self.slots_of[p]
        tried: set[int] = set()
        for k in sorted(range(len(row)), key=lambda k: (row[k], slots[k])):
            d = row[k]
            if cost + d >= self.best_cost:
                break
            s = slots[k]
            if not self.used[s]:
                if self.slot_class[s] in tried:
                    continue
                tried.add(self.slot_class[s])
            self.current[p] = s
            self._shift(p, s, 1)
            self.search(cost + d)
            self._shift(p, s, -1)
            self.current[p] = -1
            if self.aborted or self.best_cost <= self.group.lower_bound:
                break

    def run(self) -> tuple[int, bool]:
        self.search(self.base)
        for i, s in zip(self.members, self.best_slots, strict=True):
            self.board.place(i, s)
        return self.nodes, not self.aborted
