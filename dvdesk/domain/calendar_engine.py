"""Monthly meeting calendar engine: conflict detection and automatic scheduling.

Pure functions over plain data (no database, no Qt, no I/O), shared by the
window, the command line and the benchmarks.

A meeting is placed on a slot: a day of its window and a session (sáng, chiều,
tối). The conflicts counted are the ones ``find_conflicts`` lists: one per
officer expected at two or more meetings of the same slot, one per meeting on a
blocked day (public holiday, Tết ...), plus the fixed ones the planner cannot
change (pinned outside the window, no attendee, no window).

``plan`` places every unpinned meeting inside its own window:

1. a DSatur-like greedy pass (most constrained meeting first) that picks, for
   each meeting, the slot with the fewest new conflicts, then the fewest extra
   attendances, then last month's slot, then sáng/chiều before tối, then the
   least loaded slot;
2. the meetings still in conflict are gathered into groups that interact
   (an officer in common, windows that overlap); each group gets a lower bound
   (blocked windows, pinned double bookings, officers with more meetings than
   sessions) and is left alone once it reaches it;
3. small groups are solved by branch and bound, which either finds a better
   calendar or proves there is none; larger groups are cut into parts that are
   bounded exactly on their own and re-solved exactly one neighbourhood at a
   time (the meetings around a double-booked officer, the rest fixed),
   alternating with a tabu min-conflicts search (fixed-seed RNG);
4. a last pass moves meetings back towards last month's slot, away from tối
   and towards the least loaded slots when this adds no conflict.

Everything runs in a fixed order with iteration budgets (never wall-clock
limits), so the same input always gives the same calendar.
"""

from __future__ import annotations

import datetime
import heapq
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from dvdesk.domain.text import name_sort_key

__all__ = [
    "SESSIONS",
    "SESSION_LABELS",
    "CONFLICT_KINDS",
    "Slot",
    "MeetingItem",
    "Conflict",
    "PlanResult",
    "find_conflicts",
    "plan",
    "with_slots",
    "format_date",
    "format_days",
]

SESSIONS = ("sang", "chieu", "toi")  # sáng, chiều, tối
SESSION_LABELS = {"sang": "sáng", "chieu": "chiều", "toi": "tối"}
CONFLICT_KINDS = ("double_booked", "outside_window", "holiday", "no_attendee", "unplaced")

_KIND_RANK = {kind: rank for rank, kind in enumerate(CONFLICT_KINDS)}
_MEETING_NOUNS = {"committee": "cuộc họp đảng ủy", "cell": "cuộc sinh hoạt chi bộ"}

# Soft costs of a placement (only compared between placements with equal conflicts).
_COST_PREF_SLOT = 8  # not on last month's slot
_COST_PREF_DAY = 4  # ... nor on last month's day
_COST_EVENING = 6  # tối rather than sáng / chiều
_COST_CURRENT = 1  # moved away from where it already was

# Search budgets (iterations and nodes, never time, so results are reproducible).
_SEED = 20261207
_LS_BASE = 300
_LS_PER_MEETING = 150
_LS_MAX_PER_GROUP = 20_000
_LS_MAX_TOTAL = 60_000
_EXACT_MAX_MEETINGS = 40
_EXACT_DIRECT_MEETINGS = 12  # larger groups are first cut into parts
_EXACT_WORK_PER_GROUP = 40_000
_EXACT_WORK_LARGER_GROUP = 10_000
_EXACT_WORK_TOTAL = 150_000
_EXACT_WORK_PER_PIECE = 1_500
_EXACT_WORK_PER_RELAXED = 6_000
_NEIGHBOURHOOD_MEETINGS = 18
_NEIGHBOURHOOD_ROUNDS = 3
_IMPROVE_ROUNDS = 3


@dataclass(frozen=True, slots=True, order=True)
class Slot:
    day: datetime.date
    session: str


@dataclass(frozen=True, slots=True)
class MeetingItem:
    id: int
    label: str  # e.g. "Chi bộ ấp Phú Hòa (xã An Khánh)"
    kind: str  # "committee" | "cell"
    window: tuple[datetime.date, ...]  # allowed days this month, sorted
    attendees: tuple[int, ...]  # officer ids expected at it
    slot: Slot | None = None  # current placement (None = not placed yet)
    pinned: bool = False  # pinned meetings keep their slot
    preferred: Slot | None = None  # last month's day/session, moved into this month


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: str  # one of CONFLICT_KINDS
    message: str  # one Vietnamese sentence
    meeting_ids: tuple[int, ...]
    officer_ids: tuple[int, ...]
    day: datetime.date | None
    session: str | None = None


@dataclass
class PlanResult:
    slots: dict[int, Slot]  # meeting id -> slot (pinned ones unchanged)
    conflicts: list[Conflict]  # what remains, as find_conflicts reports it
    reasons: list[str] = field(default_factory=list)  # why no conflict-free calendar exists


# ---------------------------------------------------------------------------
# formatting helpers


def format_date(day: datetime.date) -> str:
    """dd/mm/yyyy."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def format_days(days: Iterable[datetime.date]) -> str:
    """Compact Vietnamese form of a set of days: "7–9/12/2026", "10, 12–15/12/2026"."""
    ordered = sorted(set(days))
    if not ordered:
        return ""
    if len(ordered) == 1:
        return format_date(ordered[0])
    parts: list[str] = []
    start = 0
    while start < len(ordered):
        year, month = ordered[start].year, ordered[start].month
        end = start
        while end < len(ordered) and (ordered[end].year, ordered[end].month) == (year, month):
            end += 1
        numbers = [d.day for d in ordered[start:end]]
        runs: list[str] = []
        first = prev = numbers[0]
        for number in [*numbers[1:], None]:
            if number is not None and number == prev + 1:
                prev = number
                continue
            runs.append(str(first) if first == prev else f"{first}–{prev}")
            if number is not None:
                first = prev = number
        parts.append(f"{', '.join(runs)}/{month:02d}/{year}")
        start = end
    return "; ".join(parts)


def _session_label(session: str) -> str:
    return SESSION_LABELS.get(session, session)


def _session_rank(session: str | None) -> tuple[int, str]:
    if session is None:
        return (-1, "")
    try:
        return (SESSIONS.index(session), "")
    except ValueError:
        return (len(SESSIONS), session)


def _officer_name(officer_names: Mapping[int, str], officer_id: int) -> str:
    name = officer_names.get(officer_id)
    return name if name else f"mã số {officer_id}"


def _label(item: MeetingItem) -> str:
    return item.label if item.label else f"Cuộc họp mã số {item.id}"


def _join_labels(labels: Sequence[str], limit: int = 6) -> str:
    if len(labels) <= limit:
        return ", ".join(labels)
    return f"{', '.join(labels[:limit])} và {len(labels) - limit} cuộc họp khác"


def _holiday_family(name: str) -> str:
    """Short name of the holiday a blocked day belongs to ("Mùng hai Tết Nguyên Đán" -> "Tết Nguyên Đán")."""
    base = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if "Tết Nguyên Đán" in base or re.fullmatch(r"\d+ Tết", base):
        return "Tết Nguyên Đán"
    return base or name


def _holiday_families(names: Iterable[str]) -> list[str]:
    families: dict[str, None] = {}
    for name in names:
        for part in name.split("; "):
            families.setdefault(_holiday_family(part), None)
    return list(families)


def with_slots(items: Iterable[MeetingItem], slots: Mapping[int, Slot]) -> list[MeetingItem]:
    """The items with their slot replaced by ``slots[id]`` where given."""
    return [replace(item, slot=slots[item.id]) if item.id in slots else item for item in items]


# ---------------------------------------------------------------------------
# conflicts


def find_conflicts(
    items: Iterable[MeetingItem],
    blocked: Mapping[datetime.date, str],
    officer_names: Mapping[int, str],
) -> list[Conflict]:
    """Every conflict of the placed meetings, ordered by day, session, kind and ids.

    - double_booked: one per (officer, day, session) with two or more meetings;
    - outside_window: a meeting placed on a day outside its window;
    - holiday: a meeting placed on a blocked day;
    - no_attendee: a meeting nobody is expected at;
    - unplaced: a meeting without a slot.
    """
    found: list[tuple[tuple, Conflict]] = []

    def add(conflict: Conflict) -> None:
        key = (
            conflict.day is None,
            conflict.day or datetime.date.min,
            _session_rank(conflict.session),
            _KIND_RANK.get(conflict.kind, len(_KIND_RANK)),
            conflict.meeting_ids,
            conflict.officer_ids,
        )
        found.append((key, conflict))

    by_slot: dict[tuple[int, datetime.date, str], list[MeetingItem]] = {}
    for item in items:
        slot = item.slot
        label = _label(item)
        day = slot.day if slot is not None else None
        session = slot.session if slot is not None else None
        if not item.attendees:
            add(
                Conflict(
                    "no_attendee",
                    f"{label} chưa có cán bộ nào được phân công dự.",
                    (item.id,),
                    (),
                    day,
                    session,
                )
            )
        if slot is None:
            add(Conflict("unplaced", f"{label} chưa được xếp ngày họp.", (item.id,), (), None))
            continue
        if slot.day not in item.window:
            if item.window:
                text = (
                    f"{label} xếp ngày {format_date(slot.day)}, "
                    f"ngoài khung ngày {format_days(item.window)}."
                )
            else:
                text = (
                    f"{label} xếp ngày {format_date(slot.day)} "
                    "nhưng tháng này không có khung ngày họp nào cho đơn vị này."
                )
            add(Conflict("outside_window", text, (item.id,), (), slot.day, slot.session))
        holiday = blocked.get(slot.day)
        if holiday is not None:
            text = (
                f"{label} họp buổi {_session_label(slot.session)}, rơi vào "
                f"ngày nghỉ {holiday} {format_date(slot.day)}."
            )
            add(Conflict("holiday", text, (item.id,), (), slot.day, slot.session))
        for officer_id in dict.fromkeys(item.attendees):
            key = (officer_id, slot.day, slot.session)
            group = by_slot.get(key)
            if group is None:
                by_slot[key] = [item]
            else:
                group.append(item)

    for (officer_id, day, session), group in by_slot.items():
        if len(group) < 2:
            continue
        group.sort(key=lambda it: it.id)
        text = (
            f"Đồng chí {_officer_name(officer_names, officer_id)} được mời dự {len(group)} "
            f"cuộc họp cùng buổi {_session_label(session)} {format_date(day)}: "
            f"{', '.join(_label(it) for it in group)}."
        )
        add(
            Conflict(
                "double_booked",
                text,
                tuple(it.id for it in group),
                (officer_id,),
                day,
                session,
            )
        )

    found.sort(key=lambda pair: pair[0])
    return [conflict for _, conflict in found]


# ---------------------------------------------------------------------------
# planner


@dataclass
class _Part:
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
class _Group:
    """Meetings that interact (share an officer on overlapping windows)."""

    meetings: list[int]
    lower_bound: int
    proven: bool = False
    parts: list[_Part] = field(default_factory=list)


@dataclass
class _Budget:
    """Search effort left, shared with the planners solving relaxed pieces."""

    local: int = _LS_MAX_TOTAL
    exact: int = _EXACT_WORK_TOTAL


class _Planner:
    def __init__(
        self,
        items: Sequence[MeetingItem],
        blocked: Mapping[datetime.date, str],
        sessions: Sequence[str],
        budget: _Budget | None = None,
        bounding: bool = False,
    ) -> None:
        self.budget = budget if budget is not None else _Budget()
        # a bounding planner only looks for proven optima (no local search, no parts)
        self.bounding = bounding
        self.exact_cap = _EXACT_WORK_PER_GROUP
        self.items = sorted(items, key=lambda it: it.id)
        for before, after in zip(self.items, self.items[1:], strict=False):
            if before.id == after.id:
                raise ValueError(f"mã cuộc họp bị trùng: {after.id}")
        self.sessions = tuple(dict.fromkeys(sessions))
        if not self.sessions:
            raise ValueError("cần ít nhất một buổi họp")
        self.blocked = blocked
        n = len(self.items)

        self.windows = [tuple(sorted(set(it.window))) for it in self.items]
        # fixed: pinned with a slot, or no window but already placed (kept where it is)
        self.fixed = [
            it.slot is not None and (it.pinned or not self.windows[i])
            for i, it in enumerate(self.items)
        ]
        self.free = [not self.fixed[i] and bool(self.windows[i]) for i in range(n)]

        keys: set[tuple[datetime.date, str]] = set()
        for i, it in enumerate(self.items):
            if self.fixed[i]:
                keys.add((it.slot.day, it.slot.session))
            elif self.free[i]:
                for day in self.windows[i]:
                    for session in self.sessions:
                        keys.add((day, session))
        ordered = sorted(keys, key=lambda k: (k[0], _session_rank(k[1])))
        self.slot_objs = [Slot(day, session) for day, session in ordered]
        self.slot_index = {key: s for s, key in enumerate(ordered)}
        self.ns = ns = max(1, len(ordered))
        self.slot_day = [day for day, _ in ordered]
        self.is_blocked = [1 if day in blocked else 0 for day, _ in ordered]
        self.is_evening = [session == "toi" for _, session in ordered]

        officers = sorted({o for it in self.items for o in it.attendees})
        self.officer_ids = officers
        off_index = {o: k for k, o in enumerate(officers)}
        self.att = [tuple(sorted({off_index[o] for o in it.attendees})) for it in self.items]
        self.attb = [tuple(o * ns for o in att) for att in self.att]

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
                self.domain.append(
                    [self.slot_index[(d, sess)] for d in self.windows[i] for sess in self.sessions]
                )
                window = set(self.windows[i])
                if it.preferred is not None and it.preferred.day in window:
                    self.pref_day[i] = it.preferred.day
                    self.pref_slot[i] = self.slot_index.get(
                        (it.preferred.day, it.preferred.session), -1
                    )
                if it.slot is not None:
                    self.current[i] = self.slot_index.get((it.slot.day, it.slot.session), -1)
            else:
                self.domain.append([])
            self.domain_set.append(frozenset(self.domain[i]))

        # meetings of each officer (free ones), in id order
        self.officer_free: list[list[int]] = [[] for _ in officers]
        self.officer_fixed: list[list[int]] = [[] for _ in officers]
        for i in range(n):
            for o in self.att[i]:
                if self.free[i]:
                    self.officer_free[o].append(i)
                elif self.fixed[i]:
                    self.officer_fixed[o].append(i)

        self.busy = [0] * (len(officers) * ns)
        self.load = [0] * ns
        self.fixed_busy: dict[int, int] = {}
        for i in range(n):
            if self.fixed[i]:
                s = self.assign[i]
                self.load[s] += 1
                for b in self.attb[i]:
                    self.busy[b + s] += 1
                    self.fixed_busy[b + s] = self.fixed_busy.get(b + s, 0) + 1

        self.groups: list[_Group] = []
        self.groups_left = 1  # groups still to solve, for sharing the budget
        self.least_soft = [0] * n  # lowest soft cost over the domain, set by greedy()

    # -- costs ---------------------------------------------------------------

    def soft(self, i: int, s: int) -> int:
        cost = _COST_EVENING if self.is_evening[s] else 0
        pref_day = self.pref_day[i]
        if pref_day is not None:
            if s != self.pref_slot[i]:
                cost += _COST_PREF_SLOT
            if self.slot_day[s] != pref_day:
                cost += _COST_PREF_DAY
        current = self.current[i]
        if current >= 0 and s != current:
            cost += _COST_CURRENT
        return cost

    def add_cost(self, i: int, s: int) -> int:
        """Conflicts created by putting meeting i (not placed) on slot s."""
        busy = self.busy
        delta = self.is_blocked[s]
        for b in self.attb[i]:
            if busy[b + s] == 1:
                delta += 1
        return delta

    def remove_gain(self, i: int, s: int) -> int:
        """Conflicts removed by taking meeting i off slot s."""
        busy = self.busy
        gain = self.is_blocked[s]
        for b in self.attb[i]:
            if busy[b + s] == 2:
                gain += 1
        return gain

    def add_costs(self, i: int, s: int) -> tuple[int, int]:
        """(conflicts created, extra attendances created) by putting meeting i on slot s."""
        busy = self.busy
        delta = self.is_blocked[s]
        extra = 0
        for b in self.attb[i]:
            count = busy[b + s]
            if count:
                extra += 1
                if count == 1:
                    delta += 1
        return delta, extra

    def remove_gains(self, i: int, s: int) -> tuple[int, int]:
        """(conflicts removed, extra attendances removed) by taking meeting i off slot s."""
        busy = self.busy
        gain = self.is_blocked[s]
        extra = 0
        for b in self.attb[i]:
            count = busy[b + s]
            if count >= 2:
                extra += 1
                if count == 2:
                    gain += 1
        return gain, extra

    def place(self, i: int, s: int) -> None:
        busy = self.busy
        for b in self.attb[i]:
            busy[b + s] += 1
        self.load[s] += 1
        self.assign[i] = s

    def unplace(self, i: int) -> None:
        s = self.assign[i]
        busy = self.busy
        for b in self.attb[i]:
            busy[b + s] -= 1
        self.load[s] -= 1
        self.assign[i] = -1

    # -- 1. greedy -----------------------------------------------------------

    def greedy(self) -> None:
        busy, attb, att = self.busy, self.attb, self.att
        is_blocked, domain, domain_set = self.is_blocked, self.domain, self.domain_set
        officer_free, load = self.officer_free, self.load
        n = len(self.items)
        free_count = [0] * n
        degree = [0] * n
        heap: list[tuple[int, int, int]] = []
        has_fixed = [False] * len(self.officer_ids)
        for o, fixed in enumerate(self.officer_fixed):
            has_fixed[o] = bool(fixed)
        for i in range(n):
            if not self.free[i]:
                continue
            if any(has_fixed[o] for o in att[i]):
                count = 0
                for s in domain[i]:
                    if not is_blocked[s] and all(busy[b + s] == 0 for b in attb[i]):
                        count += 1
            else:
                count = sum(1 for s in domain[i] if not is_blocked[s])
            free_count[i] = count
            degree[i] = sum(len(officer_free[o]) - 1 for o in att[i])
            heap.append((count, -degree[i], i))
        heapq.heapify(heap)
        placed = [not f for f in self.free]

        while heap:
            count, _, i = heapq.heappop(heap)
            if placed[i] or count != free_count[i]:
                continue
            best_key = None
            best_s = -1
            least_soft = None
            attb_i = attb[i]
            for s in domain[i]:
                conflicts = is_blocked[s]
                extra = 0
                for b in attb_i:
                    count = busy[b + s]
                    if count:
                        extra += 1
                        if count == 1:
                            conflicts += 1
                soft = self.soft(i, s)
                if least_soft is None or soft < least_soft:
                    least_soft = soft
                key = (conflicts, extra, soft, load[s], s)
                if best_key is None or key < best_key:
                    best_key, best_s = key, s
            self.least_soft[i] = least_soft or 0
            s = best_s
            placed[i] = True
            for o, b in zip(att[i], attb[i], strict=True):
                k = b + s
                if busy[k] == 0 and not is_blocked[s]:
                    for j in officer_free[o]:
                        if placed[j] or s not in domain_set[j]:
                            continue
                        if all(busy[b2 + s] == 0 for b2 in attb[j]):
                            free_count[j] -= 1
                            heapq.heappush(heap, (free_count[j], -degree[j], j))
                busy[k] += 1
            self.load[s] += 1
            self.assign[i] = s

    # -- groups and bounds -----------------------------------------------------

    def in_conflict(self, i: int) -> bool:
        s = self.assign[i]
        if s < 0:
            return False
        if self.is_blocked[s]:
            return True
        busy = self.busy
        return any(busy[b + s] >= 2 for b in self.attb[i])

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
                for o in self.att[i]:
                    for j in self.officer_free[o]:
                        if not seen[j] and not self.domain_set[i].isdisjoint(self.domain_set[j]):
                            seen[j] = True
                            members.append(j)
            members.sort()
            self.groups.append(_Group(members, self.lower_bound(members)))

    def group_keys(self, members: Sequence[int]) -> dict[int, set[int]]:
        """For every officer of the group, the slots its meetings of the group can use."""
        union: dict[int, set[int]] = {}
        for i in members:
            for o in self.att[i]:
                union.setdefault(o, set()).update(self.domain[i])
        return union

    def group_cost(self, members: Sequence[int]) -> int:
        busy, ns = self.busy, self.ns
        cost = sum(self.is_blocked[self.assign[i]] for i in members)
        for o, slots in self.group_keys(members).items():
            base = o * ns
            cost += sum(1 for s in slots if busy[base + s] >= 2)
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
        ns, is_blocked, domain = self.ns, self.is_blocked, self.domain
        forced = [i for i in members if all(is_blocked[s] for s in domain[i])]
        bound = len(forced)
        taken: set[int] = set(forced)
        counts: dict[int, list[int]] = {}
        for i in members:
            for o in self.att[i]:
                counts.setdefault(o, []).append(i)
        needy: list[tuple[int, int, list[int]]] = []
        for o, slots in self.group_keys(members).items():
            if officers is not None and o not in officers:
                continue
            base = o * ns
            fixed = [(s, self.fixed_busy.get(base + s, 0)) for s in slots]
            pinned_groups = sum(1 for _, c in fixed if c >= 2)
            if pinned_groups:
                bound += pinned_groups
                continue
            own = counts[o]
            n_fixed = sum(c for _, c in fixed)
            if len(own) + n_fixed > len(slots):
                bound += 1
                continue
            usable = sum(1 for s in slots if not is_blocked[s])
            fixed_usable = sum(c for s, c in fixed if not is_blocked[s])
            if len(own) + fixed_usable > usable:
                movable = [i for i in own if any(is_blocked[s] for s in domain[i])]
                needy.append((len(movable), o, movable))
        for _, _, movable in sorted(needy):
            if taken.isdisjoint(movable):
                taken.update(movable)
                bound += 1
        return bound

    # -- 2. tabu min-conflicts --------------------------------------------------

    def local_search(self, group: _Group, budget: int) -> int:
        members = group.meetings
        busy, ns, attb, domain = self.busy, self.ns, self.attb, self.domain
        is_blocked, fixed_busy = self.is_blocked, self.fixed_busy
        rng = random.Random(_SEED + self.items[members[0]].id)
        movable_holiday = {i for i in members if any(not is_blocked[s] for s in domain[i])}
        member_set = set(members)
        by_officer: dict[int, list[int]] = {}
        for i in members:
            for o in self.att[i]:
                by_officer.setdefault(o, []).append(i)

        entries: list[int] = []  # >= 0: busy key of a double booking; < 0: -(i + 1) on a holiday
        position: dict[int, int] = {}

        def add_entry(key: int) -> None:
            if key not in position:
                position[key] = len(entries)
                entries.append(key)

        def drop_entry(key: int) -> None:
            at = position.pop(key, None)
            if at is None:
                return
            last = entries.pop()
            if last != key:
                entries[at] = last
                position[last] = at

        for o, slots in self.group_keys(members).items():
            base = o * ns
            for s in sorted(slots):
                k = base + s
                if busy[k] >= 2 and busy[k] > fixed_busy.get(k, 0):
                    add_entry(k)
        for i in members:
            if i in movable_holiday and is_blocked[self.assign[i]]:
                add_entry(-(i + 1))

        def move(i: int, s_new: int) -> None:
            s_old = self.assign[i]
            for b in attb[i]:
                k = b + s_old
                busy[k] -= 1
                if busy[k] < 2 or busy[k] <= fixed_busy.get(k, 0):
                    drop_entry(k)
                k = b + s_new
                busy[k] += 1
                if busy[k] >= 2 and busy[k] > fixed_busy.get(k, 0):
                    add_entry(k)
            self.load[s_old] -= 1
            self.load[s_new] += 1
            self.assign[i] = s_new
            if i in movable_holiday:
                if is_blocked[s_new]:
                    add_entry(-(i + 1))
                else:
                    drop_entry(-(i + 1))

        cost = self.group_cost(members)
        best_cost = cost
        best = [self.assign[i] for i in members]
        tabu: dict[int, int] = {}
        iteration = 0
        while iteration < budget and cost > group.lower_bound and entries:
            iteration += 1
            key = entries[rng.randrange(len(entries))]
            if key < 0:
                candidates = [-key - 1]
            else:
                o, s = divmod(key, ns)
                candidates = [i for i in by_officer.get(o, ()) if self.assign[i] == s]
            candidates = [i for i in candidates if i in member_set and len(domain[i]) > 1]
            if not candidates:
                continue
            if rng.random() < 0.03:
                i = candidates[rng.randrange(len(candidates))]
                choices = [s for s in domain[i] if s != self.assign[i]]
                s_new = choices[rng.randrange(len(choices))]
                s_old = self.assign[i]
                delta = -self.remove_gain(i, s_old)
                self.unplace(i)
                delta += self.add_cost(i, s_new)
                self.place(i, s_old)
                chosen = (i, s_new, delta)
            else:
                chosen = None
                chosen_key = None
                for i in candidates:
                    s_old = self.assign[i]
                    gain = self.remove_gain(i, s_old)
                    for s in domain[i]:
                        if s == s_old:
                            continue
                        add = is_blocked[s]
                        for b in attb[i]:
                            if busy[b + s] == 1:
                                add += 1
                        delta = add - gain
                        if tabu.get(i * ns + s, 0) > iteration and cost + delta >= best_cost:
                            continue
                        rank = (delta, rng.random())
                        if chosen_key is None or rank < chosen_key:
                            chosen_key = rank
                            chosen = (i, s, delta)
                if chosen is None:
                    continue
            i, s_new, delta = chosen
            s_old = self.assign[i]
            move(i, s_new)
            tabu[i * ns + s_old] = iteration + 4 + rng.randrange(8) + len(entries) // 2
            cost += delta
            if cost < best_cost:
                best_cost = cost
                best = [self.assign[i] for i in members]

        for i, s in zip(members, best, strict=True):
            if self.assign[i] != s:
                move(i, s)
        return iteration

    # -- 3. exact search on small groups ----------------------------------------

    def exact(self, group: _Group, node_budget: int) -> tuple[int, bool]:
        """Branch and bound over the group, the rest of the calendar fixed.

        Returns (work used, search completed); work counts the meetings
        examined at each node. The group ends on the best calendar found.
        """
        members = group.meetings
        busy, domain, att = self.busy, self.domain, self.att
        is_blocked, ns = self.is_blocked, self.ns
        incumbent = self.group_cost(members)
        saved = [self.assign[i] for i in members]
        for i in members:
            self.unplace(i)
        base = self.group_cost_empty(members)
        m = len(members)
        officers = sorted(self.group_keys(members))

        # Slots that no meeting of the group uses yet and that look the same to
        # the group (blocked or not, same meetings may use them, same outside
        # bookings of the group's officers) are interchangeable: try one of them.
        all_slots = sorted({s for i in members for s in domain[i]})
        signature: dict[tuple, int] = {}
        slot_class: dict[int, int] = {}
        for s in all_slots:
            key = (
                is_blocked[s],
                tuple(s in self.domain_set[i] for i in members),
                tuple(busy[o * ns + s] for o in officers),
            )
            slot_class[s] = signature.setdefault(key, len(signature))
        used = dict.fromkeys(all_slots, 0)

        # delta[p][k]: conflicts added by putting member p on its k-th slot now
        slots_of = [domain[i] for i in members]
        where = [{s: k for k, s in enumerate(slots)} for slots in slots_of]
        delta = [
            [is_blocked[s] + sum(1 for o in att[i] if busy[o * ns + s] == 1) for s in slots_of[p]]
            for p, i in enumerate(members)
        ]
        users: dict[int, list[int]] = {}
        for p, i in enumerate(members):
            for o in att[i]:
                users.setdefault(o, []).append(p)
        officers_of = [att[i] for i in members]
        has_blocked = [any(is_blocked[s] for s in slots) for slots in slots_of]
        slot_sets = [self.domain_set[i] for i in members]

        def put(p: int, s: int) -> None:
            for o in officers_of[p]:
                k = o * ns + s
                count = busy[k]
                busy[k] = count + 1
                if count <= 1:
                    step = 1 if count == 0 else -1
                    for q in users[o]:
                        at = where[q].get(s)
                        if at is not None:
                            delta[q][at] += step
            used[s] += 1

        def take(p: int, s: int) -> None:
            for o in officers_of[p]:
                k = o * ns + s
                count = busy[k]
                busy[k] = count - 1
                if count <= 2:
                    step = -1 if count == 1 else 1
                    for q in users[o]:
                        at = where[q].get(s)
                        if at is not None:
                            delta[q][at] += step
            used[s] -= 1

        best_cost = [incumbent]
        best_slots = list(saved)
        current = [-1] * m
        nodes = [0]
        aborted = [False]
        remaining = list(range(m))
        lower = group.lower_bound

        def search(cost: int) -> None:
            if best_cost[0] <= lower:
                return
            if nodes[0] >= node_budget:
                aborted[0] = True
                return
            nodes[0] += 1 + len(remaining)
            if not remaining:
                if cost < best_cost[0]:
                    best_cost[0] = cost
                    best_slots[:] = [
                        slots_of[p][0] if current[p] < 0 else current[p] for p in range(m)
                    ]
                return
            pick = -1
            pick_key = None
            leasts = []
            for at, p in enumerate(remaining):
                row = delta[p]
                least = min(row)
                leasts.append(least)
                key = (-least, row.count(least), at)
                if pick_key is None or key < pick_key:
                    pick_key, pick = key, at
            if cost + max(leasts) >= best_cost[0]:
                return
            # bound: a packing of disjoint reasons for further conflicts, each
            # owning the double bookings of some officers and the holiday
            # placements of some meetings
            claims: list[tuple[int, int, tuple[int, ...], tuple[int, ...]]] = []
            own_by_officer: dict[int, list[int]] = {}
            for p in remaining:
                for o in officers_of[p]:
                    own_by_officer.setdefault(o, []).append(p)
            for o, own in own_by_officer.items():
                base_o = o * ns
                union = (
                    set().union(*(slot_sets[p] for p in own)) if len(own) > 1 else slot_sets[own[0]]
                )
                zero = usable = 0
                grouped = False
                for s in union:
                    count = busy[base_o + s]
                    if count >= 2:
                        grouped = True
                        break
                    if count == 0:
                        zero += 1
                        if not is_blocked[s]:
                            usable += 1
                if grouped:
                    continue
                if len(own) > zero:
                    claims.append((1, -1, (o,), ()))
                elif len(own) > usable:
                    holiday = tuple(p for p in own if has_blocked[p])
                    claims.append((1 + len(holiday), -1, (o,), holiday))
            for at, p in enumerate(remaining):
                if leasts[at] > 0:
                    claims.append((len(officers_of[p]) + 1, -leasts[at], officers_of[p], (p,)))
            extra = 0
            used_officers: set[int] = set()
            used_meetings: set[int] = set()
            for _, worth, claim_officers, claim_meetings in sorted(claims):
                if used_officers.isdisjoint(claim_officers) and used_meetings.isdisjoint(
                    claim_meetings
                ):
                    extra -= worth
                    used_officers.update(claim_officers)
                    used_meetings.update(claim_meetings)
            if cost + extra >= best_cost[0]:
                return
            p = remaining.pop(pick)
            row = delta[p]
            order = sorted(range(len(row)), key=lambda k: (row[k], slots_of[p][k]))
            tried: set[int] = set()
            for k in order:
                d = row[k]
                if cost + d >= best_cost[0]:
                    break
                s = slots_of[p][k]
                if not used[s]:
                    if slot_class[s] in tried:
                        continue
                    tried.add(slot_class[s])
                current[p] = s
                put(p, s)
                search(cost + d)
                take(p, s)
                current[p] = -1
                if aborted[0] or best_cost[0] <= lower:
                    break
            remaining.insert(pick, p)

        search(base)
        for i, s in zip(members, best_slots, strict=True):
            self.place(i, s)
        return nodes[0], not aborted[0]

    def group_cost_empty(self, members: Sequence[int]) -> int:
        """Conflicts of the group's officers with the group's meetings all taken off."""
        busy, ns = self.busy, self.ns
        cost = 0
        for o, slots in self.group_keys(members).items():
            base = o * ns
            cost += sum(1 for s in slots if busy[base + s] >= 2)
        return cost

    # -- 4. soft polish --------------------------------------------------------------

    def polish(self, passes: int = 3) -> None:
        """Single moves that add no conflict and reduce, in this order: the extra
        attendances of double-booked officers, the soft cost, the slot load."""
        busy = self.busy
        for _ in range(passes):
            moved = False
            for i in range(len(self.items)):
                if not self.free[i] or len(self.domain[i]) < 2:
                    continue
                s_old = self.assign[i]
                soft_old = self.soft(i, s_old)
                if soft_old <= self.least_soft[i] and all(
                    busy[b + s_old] < 2 for b in self.attb[i]
                ):
                    continue
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
                moved = moved or best_s != s_old
            if not moved:
                break

    # -- driver ------------------------------------------------------------------

    def run(self) -> None:
        self.greedy()
        self.collect_groups()
        # small groups first: they are cheap to settle exactly
        order = sorted(self.groups, key=lambda g: (len(g.meetings), g.meetings[0]))
        for done, group in enumerate(order):
            self.groups_left = len(order) - done
            self.solve_group(group)
        self.polish()

    def _local(self, group: _Group, wide: bool = False) -> None:
        """Tabu search with its share of the budget (a wider one once exact
        search has no budget left)."""
        per_meeting = _LS_PER_MEETING * (4 if wide else 1)
        share = self.budget.local // max(1, self.groups_left)
        budget = min(
            self.budget.local,
            _LS_MAX_PER_GROUP,
            max(_LS_BASE + per_meeting * len(group.meetings), share),
        )
        if budget > 0:
            self.budget.local -= self.local_search(group, budget)

    def _exact(self, group: _Group, cap: int | None = None) -> bool:
        budget = min(self.budget.exact, cap or self.exact_cap)
        if budget <= 0:
            return False
        used, complete = self.exact(group, budget)
        self.budget.exact -= used
        return complete

    def solve_group(self, group: _Group) -> None:
        members = group.meetings
        static = group.lower_bound
        parts: list[_Part] | None = None
        if self.group_cost(members) > group.lower_bound:
            if len(members) > _EXACT_DIRECT_MEETINGS and not self.bounding:
                parts = self.split_group(members)
                if len(members) > _EXACT_MAX_MEETINGS:
                    self.solve_large_group(group, parts)
                    return
                if len(parts) > 1:
                    self.bound_parts(group, parts)
                else:
                    parts = None
            if len(members) <= _EXACT_MAX_MEETINGS and self.group_cost(members) > group.lower_bound:
                cap = None
                if len(members) > _EXACT_DIRECT_MEETINGS:
                    share = self.budget.exact // (2 * max(1, self.groups_left))
                    cap = min(_EXACT_WORK_PER_GROUP, max(_EXACT_WORK_LARGER_GROUP, share))
                group.proven = self._exact(group, cap)
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
            group.parts = [_Part(members, everyone, bound, static, group.proven)]

    def improve(self, group: _Group) -> None:
        """Exact neighbourhoods, tabu search, exact neighbourhoods again."""
        cost = self.group_cost(group.meetings)
        for _ in range(_IMPROVE_ROUNDS):
            if cost <= group.lower_bound:
                return
            self.neighbourhoods(group)
            if self.group_cost(group.meetings) > group.lower_bound:
                self._local(group, wide=self.budget.exact <= 0)
            self.neighbourhoods(group)
            before, cost = cost, self.group_cost(group.meetings)
            if cost >= before:
                return

    def bound_parts(self, group: _Group, parts: list[_Part]) -> None:
        """Bound every part on its own and raise the group's lower bound."""
        keys = self.group_keys(group.meetings)
        for part in parts:
            part.explained = self.lower_bound(part.meetings, set(part.officers))
            if self.part_cost(part, keys) <= part.explained:
                part.bound, part.proven = part.explained, True
            else:
                part.bound, part.explained, part.proven = self.relaxed_bound(part)
        group.lower_bound = max(group.lower_bound, sum(part.bound for part in parts))

    def solve_large_group(self, group: _Group, parts: list[_Part]) -> None:
        """Bound each part on its own, then improve the calendar part by part
        (the rest fixed) and around the parts that are still above their bound."""
        members = group.meetings
        keys = self.group_keys(members)
        self.bound_parts(group, parts)
        group.parts = parts

        part_of: dict[int, int] = {}
        for k, part in enumerate(parts):
            for i in part.meetings:
                part_of[i] = k
        by_officer: dict[int, list[int]] = {}
        for i in members:
            for o in self.att[i]:
                by_officer.setdefault(o, []).append(i)

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
                if self.part_cost(parts[k], keys) <= parts[k].bound:
                    continue
                near = {k}
                for i in parts[k].meetings:
                    for o in self.att[i]:
                        near.update(part_of[j] for j in by_officer[o])
                region = sorted(i for n in near for i in parts[n].meetings)
                self.improve(_Group(region, self.lower_bound(region)))
        group.proven = not hot()
        for part in parts:
            part.proven = part.proven and self.part_cost(part, keys) <= part.bound

    def neighbourhoods(self, group: _Group, rounds: int = _NEIGHBOURHOOD_ROUNDS) -> None:
        """Re-solve exactly, the rest fixed, the meetings around each officer
        who is still double-booked: the meetings sharing those sessions, the
        officer's other meetings, then each time those of one co-attendee."""
        members = group.meetings
        busy, ns, att, assign = self.busy, self.ns, self.att, self.assign
        by_officer: dict[int, list[int]] = {}
        for i in members:
            for o in att[i]:
                by_officer.setdefault(o, []).append(i)
        cost = self.group_cost(members)
        for _ in range(rounds):
            improved = False
            for o in sorted(by_officer):
                own = by_officer[o]
                crowded = {assign[i] for i in own if busy[o * ns + assign[i]] >= 2}
                if not crowded:
                    continue
                core = dict.fromkeys(i for i in own if assign[i] in crowded)
                partners: dict[int, None] = {}
                for i in list(core):
                    for other in att[i]:
                        if other != o:
                            partners.setdefault(other)
                        for j in by_officer[other]:
                            if assign[j] == assign[i]:
                                core.setdefault(j)
                core.update(dict.fromkeys(own))
                pieces = [list(core)]
                for other in sorted(partners):
                    pieces.append(list(dict.fromkeys([*core, *by_officer[other]])))
                for piece in pieces:
                    if cost <= group.lower_bound or self.budget.exact <= 0:
                        return
                    chosen = sorted(piece[:_NEIGHBOURHOOD_MEETINGS])
                    before = self.group_cost(chosen)
                    self.improve_piece(chosen)
                    after = self.group_cost(chosen)
                    if after < before:
                        cost -= before - after
                        improved = True
            if not improved:
                return

    def improve_piece(self, meetings: list[int]) -> None:
        """Exact search over a few meetings, the rest of the calendar fixed."""
        if len(meetings) > _EXACT_MAX_MEETINGS:
            return
        piece = _Group(meetings, self.lower_bound(meetings))
        if self.group_cost(meetings) > piece.lower_bound:
            self._exact(piece, _EXACT_WORK_PER_PIECE)

    def split_group(self, members: list[int]) -> list[_Part]:
        """Parts joined by officers with three or more meetings of the group;
        every officer belongs to the part holding most of its meetings."""
        by_officer: dict[int, list[int]] = {}
        for i in members:
            for o in self.att[i]:
                by_officer.setdefault(o, []).append(i)
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
        return [_Part(pieces[r], officers[index[r]], 0, 0) for r in order]

    def part_cost(self, part: _Part, keys: Mapping[int, set[int]]) -> int:
        busy, ns = self.busy, self.ns
        cost = sum(self.is_blocked[self.assign[i]] for i in part.meetings)
        for o in part.officers:
            base = o * ns
            cost += sum(1 for s in keys[o] if busy[base + s] >= 2)
        return cost

    def relaxed_bound(self, part: _Part) -> tuple[int, int, bool]:
        """(bound, explained, exact) for the part's own conflicts.

        The part is solved alone, keeping only the double bookings of its own
        officers: whatever the rest of the calendar does, the part's conflicts
        cannot be fewer.
        """
        keep = set(part.officers)
        items: list[MeetingItem] = []
        for i in part.meetings:
            officers = tuple(self.officer_ids[o] for o in self.att[i] if o in keep)
            items.append(replace(self.items[i], attendees=officers, slot=None, preferred=None))
        fixed = sorted({i for o in part.officers for i in self.officer_fixed[o]})
        for i in fixed:
            officers = tuple(self.officer_ids[o] for o in self.att[i] if o in keep)
            items.append(replace(self.items[i], attendees=officers))
        sub = _Planner(items, self.blocked, self.sessions, budget=self.budget, bounding=True)
        sub.exact_cap = _EXACT_WORK_PER_RELAXED
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

    def slots(self) -> dict[int, Slot]:
        result: dict[int, Slot] = {}
        for i, it in enumerate(self.items):
            if self.fixed[i]:
                result[it.id] = it.slot
            elif self.assign[i] >= 0:
                result[it.id] = self.slot_objs[self.assign[i]]
        return result

    # -- explanations ----------------------------------------------------------------

    def reasons(self, officer_names: Mapping[int, str]) -> list[str]:
        items, blocked = self.items, self.blocked
        out: list[str] = []

        # windows without any usable day
        windows_blocked = [
            self.free[i] and all(day in blocked for day in self.windows[i])
            for i in range(len(items))
        ]
        windows: dict[tuple[str, tuple[datetime.date, ...]], list[int]] = {}
        for i, it in enumerate(items):
            if windows_blocked[i]:
                windows.setdefault((it.kind, self.windows[i]), []).append(i)
        for (kind, window), members in sorted(windows.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            names = ", ".join(_holiday_families(blocked[day] for day in window))
            if len(members) == 1:
                whose = _label(items[members[0]])
            else:
                whose = f"{len(members)} {_MEETING_NOUNS.get(kind, 'cuộc họp')}"
            out.append(
                f"Khung ngày {format_days(window)} của {whose} trùng toàn bộ ngày nghỉ "
                f"({names}); hãy nới rộng hoặc dời khung của tháng này."
            )

        for i, it in enumerate(items):
            if not self.windows[i] and not (it.pinned and it.slot is not None):
                out.append(
                    f"{_label(it)} không có ngày nào trong khung họp của tháng này; "
                    "hãy đặt khung ngày cho tháng này."
                )

        # pinned meetings that cause conflicts by themselves
        pinned_groups: dict[tuple[int, int], list[int]] = {}
        for i, it in enumerate(items):
            if not (it.pinned and it.slot is not None):
                continue
            s = self.assign[i]
            if it.slot.day not in self.windows[i] and self.windows[i]:
                out.append(
                    f"{_label(it)} đã ghim ngày {format_date(it.slot.day)}, ngoài khung ngày "
                    f"{format_days(self.windows[i])}; hãy bỏ ghim hoặc đổi ngày."
                )
            if it.slot.day in blocked:
                out.append(
                    f"{_label(it)} đã ghim vào ngày nghỉ {blocked[it.slot.day]} "
                    f"{format_date(it.slot.day)}; hãy bỏ ghim hoặc đổi ngày."
                )
            for o in self.att[i]:
                pinned_groups.setdefault((s, o), []).append(i)
        for (s, o), members in sorted(pinned_groups.items()):
            if len(members) < 2:
                continue
            slot = self.slot_objs[s]
            out.append(
                f"Các cuộc họp đã ghim {', '.join(_label(items[i]) for i in members)} cùng buổi "
                f"{_session_label(slot.session)} {format_date(slot.day)} nên đồng chí "
                f"{_officer_name(officer_names, self.officer_ids[o])} vẫn bị trùng lịch; "
                "hãy bỏ ghim hoặc đổi buổi một cuộc."
            )

        # officers with more meetings than usable sessions
        overloaded: list[tuple[tuple, str]] = []
        for o, officer_id in enumerate(self.officer_ids):
            meetings = sorted(self.officer_free[o] + self.officer_fixed[o])
            for part in self._overlapping_parts(meetings):
                if all(self.fixed[i] for i in part):
                    continue  # explained by the pinned meetings above
                slots: set[int] = set()
                days: set[datetime.date] = set()
                for i in part:
                    slots.update(self.domain[i])
                    days.update(self.windows[i] or (items[i].slot.day,))
                usable = sum(1 for s in slots if not self.is_blocked[s])
                if len(part) <= usable:
                    continue
                if usable == 0 and all(windows_blocked[i] for i in part):
                    continue  # explained by the window reason above
                name = _officer_name(officer_names, officer_id)
                if len(part) <= len(slots):
                    what = f"{usable} buổi không trùng ngày nghỉ"
                else:
                    what = f"{usable} buổi"
                text = (
                    f"Đồng chí {name} có {len(part)} cuộc họp nhưng chỉ có {what} "
                    f"trong khung ngày {format_days(days)}."
                )
                overloaded.append(((name_sort_key(name), officer_id, min(days)), text))
        out.extend(text for _, text in sorted(overloaded, key=lambda pair: pair[0]))

        # conflicts that the reasons above do not account for, part by part
        busy, ns = self.busy, self.ns
        for group in self.groups:
            keys = self.group_keys(group.meetings)
            for part in group.parts:
                if self.part_cost(part, keys) <= part.explained:
                    continue
                own = set(part.officers)
                officer_set: set[int] = set()
                involved = []
                for i in part.meetings:
                    s = self.assign[i]
                    crowded = [o for o in self.att[i] if o in own and busy[o * ns + s] >= 2]
                    officer_set.update(crowded)
                    if crowded or self.is_blocked[s]:
                        involved.append(i)
                names = [
                    _officer_name(officer_names, self.officer_ids[o])
                    for o in sorted(officer_set, key=lambda o: self.officer_ids[o])
                ]
                labels = _join_labels([_label(items[i]) for i in involved])
                who = f" (đồng chí {', '.join(names)} cùng được mời)" if names else ""
                if part.proven:
                    out.append(
                        f"Không có cách xếp nào giảm được số xung đột của các cuộc họp "
                        f"{labels}{who}: khung ngày của các cuộc họp này không đủ buổi trống "
                        "để tách riêng; hãy nới rộng khung ngày hoặc điều chỉnh phân công."
                    )
                else:
                    out.append(
                        f"Chưa tìm được cách xếp tránh hết xung đột của các cuộc họp "
                        f"{labels}{who}; hãy nới rộng khung ngày hoặc điều chỉnh phân công."
                    )
        return out

    def _overlapping_parts(self, meetings: list[int]) -> list[list[int]]:
        """Split one officer's meetings into sets whose slot ranges overlap."""
        parts: list[list[int]] = []
        slot_sets: list[set[int]] = []
        for i in meetings:
            slots = set(self.domain[i])
            merged = [k for k, other in enumerate(slot_sets) if not other.isdisjoint(slots)]
            if not merged:
                parts.append([i])
                slot_sets.append(slots)
                continue
            target = merged[0]
            parts[target].append(i)
            slot_sets[target] |= slots
            for k in reversed(merged[1:]):
                parts[target].extend(parts.pop(k))
                slot_sets[target] |= slot_sets.pop(k)
        return [sorted(part) for part in parts]


def plan(
    items: Sequence[MeetingItem],
    blocked: Mapping[datetime.date, str],
    officer_names: Mapping[int, str],
    sessions: Sequence[str] = SESSIONS,
) -> PlanResult:
    """Place every unpinned meeting on a day of its window and a session.

    Pinned meetings (with a slot) keep it. A meeting without any day in its
    window keeps its current slot if it has one and is left out of ``slots``
    otherwise (it is then reported as unplaced). When every day of a window is
    blocked the meeting stays inside the window, on a blocked day, and the
    result says so. The result has the fewest conflicts the search could find
    and, when some remain, plain explanations in ``reasons``.
    """
    planner = _Planner(items, blocked, sessions)
    planner.run()
    slots = planner.slots()
    placed = with_slots(planner.items, slots)
    conflicts = find_conflicts(placed, blocked, officer_names)
    reasons = planner.reasons(officer_names) if conflicts else []
    return PlanResult(slots=slots, conflicts=conflicts, reasons=reasons)
