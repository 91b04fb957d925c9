"""Tabu min-conflicts search over one group of meetings (the rest of the calendar fixed).

Each step picks a conflict at random (a double-booked officer's slot or a
meeting on a holiday), then the move of one of its meetings that removes the
most conflicts; a move just undone is tabu for a few steps unless it beats the
best calendar seen. The random choices come from a generator seeded by the
group, so the same month always gives the same calendar.
"""

from __future__ import annotations

import random

from dvdesk.domain.calendar.board import Board, Group

SEED = 20261207
RANDOM_MOVE_SHARE = 0.03  # how often a step takes any move of a conflicting meeting


def local_search(board: Board, group: Group, budget: int) -> int:
    """Improve the group for at most ``budget`` steps; returns the steps taken.

    The group ends on the best calendar seen.
    """
    return _TabuSearch(board, group).run(budget)


class _TabuSearch:
    def __init__(self, board: Board, group: Group) -> None:
        self.board, self.group = board, group
        members = group.meetings
        self.members = members
        self.rng = random.Random(SEED + board.items[members[0]].id)
        domain, is_blocked = board.domain, board.is_blocked
        self.movable_holiday = {i for i in members if any(not is_blocked[s] for s in domain[i])}
        self.member_set = set(members)
        self.by_officer = board.by_officer(members)
        # >= 0: busy key of a double booking; < 0: -(i + 1) for meeting i on a holiday
        self.entries: list[int] = []
        self.position: dict[int, int] = {}
        busy, fixed_busy = board.busy, board.fixed_busy
        for o, slots in board.group_keys(members).items():
            base = o * board.slot_count
            for s in sorted(slots):
                k = base + s
                if busy[k] >= 2 and busy[k] > fixed_busy.get(k, 0):
                    self.add_entry(k)
        for i in members:
            if i in self.movable_holiday and is_blocked[board.assign[i]]:
                self.add_entry(-(i + 1))

    # -- the conflicts still open --------------------------------------------------

    def add_entry(self, key: int) -> None:
        if key not in self.position:
            self.position[key] = len(self.entries)
            self.entries.append(key)

    def drop_entry(self, key: int) -> None:
        at = self.position.pop(key, None)
        if at is None:
            return
        last = self.entries.pop()
        if last != key:
            self.entries[at] = last
            self.position[last] = at

    def move(self, i: int, s_new: int) -> None:
        board = self.board
        busy, fixed_busy = board.busy, board.fixed_busy
        s_old = board.assign[i]
        for b in board.booking_bases[i]:
            k = b + s_old
            busy[k] -= 1
            if busy[k] < 2 or busy[k] <= fixed_busy.get(k, 0):
                self.drop_entry(k)
            k = b + s_new
            busy[k] += 1
            if busy[k] >= 2 and busy[k] > fixed_busy.get(k, 0):
                self.add_entry(k)
        board.load[s_old] -= 1
        board.load[s_new] += 1
        board.assign[i] = s_new
        if i in self.movable_holiday:
            if board.is_blocked[s_new]:
                self.add_entry(-(i + 1))
            else:
                self.drop_entry(-(i + 1))

    # -- one step --------------------------------------------------------------------

    def candidates(self, key: int) -> list[int]:
        """The meetings of the group that a move could take out of the conflict ``key``."""
        board = self.board
        if key < 0:
            found = [-key - 1]
        else:
            o, s = divmod(key, board.slot_count)
            found = [i for i in self.by_officer.get(o, ()) if board.assign[i] == s]
        return [i for i in found if i in self.member_set and len(board.domain[i]) > 1]

    def random_move(self, candidates: list[int]) -> tuple[int, int, int]:
        board, rng = self.board, self.rng
        i = candidates[rng.randrange(len(candidates))]
        choices = [s for s in board.domain[i] if s != board.assign[i]]
        s_new = choices[rng.randrange(len(choices))]
        s_old = board.assign[i]
        delta = -board.remove_gain(i, s_old)
        board.unplace(i)
        delta += board.add_cost(i, s_new)
        board.place(i, s_old)
        return i, s_new, delta

    def best_move(self, candidates: list[int], tabu: dict[int, int], iteration: int,
                  cost: int, best_cost: int) -> tuple[int, int, int] | None:
        """The move removing the most conflicts (ties drawn at random), tabu moves
        allowed only when they beat the best calendar seen."""
        board, rng = self.board, self.rng
        busy, is_blocked, slot_count = board.busy, board.is_blocked, board.slot_count
        chosen = chosen_key = None
        for i in candidates:
            s_old = board.assign[i]
            gain = board.remove_gain(i, s_old)
            bases = board.booking_bases[i]
            for s in board.domain[i]:
                if s == s_old:
                    continue
                delta = is_blocked[s] - gain
                for b in bases:  # a plain loop: the search's innermost step
                    if busy[b + s] == 1:
                        delta += 1
                if tabu.get(i * slot_count + s, 0) > iteration and cost + delta >= best_cost:
                    continue
                rank = (delta, rng.random())
                if chosen_key is None or rank < chosen_key:
                    chosen_key = rank
                    chosen = (i, s, delta)
        return chosen

    def run(self, budget: int) -> int:
        board, rng, members = self.board, self.rng, self.members
        cost = board.group_cost(members)
        best_cost = cost
        best = [board.assign[i] for i in members]
        tabu: dict[int, int] = {}
        iteration = 0
        while iteration < budget and cost > self.group.lower_bound and self.entries:
            iteration += 1
            candidates = self.candidates(self.entries[rng.randrange(len(self.entries))])
            if not candidates:
                continue
            if rng.random() < RANDOM_MOVE_SHARE:
                chosen = self.random_move(candidates)
            else:
                chosen = self.best_move(candidates, tabu, iteration, cost, best_cost)
                if chosen is None:
                    continue
            i, s_new, delta = chosen
            s_old = board.assign[i]
            self.move(i, s_new)
            tabu[i * board.slot_count + s_old] = (iteration + 4 + rng.randrange(8)
                                                  + len(self.entries) // 2)
            cost += delta
            if cost < best_cost:
                best_cost = cost
                best = [board.assign[i] for i in members]
        for i, s in zip(members, best, strict=True):
            if board.assign[i] != s:
                self.move(i, s)
        return iteration
