"""Calendar engine against OR-Tools CP-SAT on the same instances.

``solve_cpsat(items, blocked, time_limit_s)`` solves a list of MeetingItem with
CP-SAT, minimising what ``find_conflicts`` counts for the planner: double
bookings (one per officer and session with two or more meetings), sessions an
officer is away but expected (one per officer and session) plus meetings on
blocked days. ``make_instance`` builds synthetic district- or
province-sized months. Run standalone it prints a comparison table:

    python bench/scheduler_engine.py [--time-limit SECONDS] [--seed N] [--scales ...]
"""

from __future__ import annotations

import argparse
import datetime
import random
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dvdesk.domain.calendar import (  # noqa: E402
    SESSIONS,
    MeetingItem,
    Slot,
    Unavailability,
    find_conflicts,
    plan,
    with_slots,
)
from dvdesk.domain.holidays_vn import blocked_days  # noqa: E402

__all__ = [
    "CpsatResult",
    "Instance",
    "make_instance",
    "solve_cpsat",
    "solve_cpsat_full",
    "count_conflicts",
    "SCALES",
]


# ---------------------------------------------------------------------------
# CP-SAT model


@dataclass
class CpsatResult:
    slots: dict[int, Slot]
    n_conflicts: int
    seconds: float
    status: str
    objective: float | None = None
    bound: float | None = None


def count_conflicts(
    items: Sequence[MeetingItem],
    slots: Mapping[int, Slot],
    blocked: Mapping[datetime.date, str],
    unavailable: Sequence[Unavailability] = (),
) -> int:
    """Number of conflicts ``find_conflicts`` lists once ``slots`` are applied."""
    return len(find_conflicts(with_slots(items, slots), blocked, {}, unavailable))


def solve_cpsat_full(
    items: Sequence[MeetingItem],
    blocked: Mapping[datetime.date, str],
    time_limit_s: float,
    sessions: Sequence[str] = SESSIONS,
    workers: int = 0,
    unavailable: Sequence[Unavailability] = (),
) -> CpsatResult:
    """Solve with CP-SAT under the planner's rules (window, pinned, sessions, officers
    away: each counts as one booking of the officer in every session of the day).

    Pinned meetings with a slot and meetings without a window that already have
    a slot are fixed; meetings without a window and without a slot stay
    unplaced. ``seconds`` is the wall time of model building plus solving.
    """
    from ortools.sat.python import cp_model

    started = time.perf_counter()
    model = cp_model.CpModel()
    sessions = tuple(dict.fromkeys(sessions))
    fixed: dict[int, Slot] = {}
    choices: dict[int, list[tuple[Slot, object]]] = {}
    # (officer, day, session) -> (variables, fixed count)
    by_key: dict[tuple[int, datetime.date, str], tuple[list, list[int]]] = {}
    holiday_terms: list = []
    constant = 0
    away = {(u.officer_id, u.first + datetime.timedelta(days=k))
            for u in unavailable for k in range((u.last - u.first).days + 1)}

    for item in sorted(items, key=lambda it: it.id):
        officers = sorted(set(item.attendees))
        window = sorted(set(item.window))
        if item.slot is not None and (item.pinned or not window):
            fixed[item.id] = item.slot
            if item.slot.day in blocked:
                constant += 1
            for officer in officers:
                entry = by_key.setdefault((officer, item.slot.day, item.slot.session), ([], [0]))
                entry[1][0] += 1
            continue
        if not window:
            continue
        options = []
        for day in window:
            for session in sessions:
                var = model.NewBoolVar(f"m{item.id}_{day.isoformat()}_{session}")
                options.append((Slot(day, session), var))
                if day in blocked:
                    holiday_terms.append(var)
                for officer in officers:
                    by_key.setdefault((officer, day, session), ([], [0]))[0].append(var)
        model.AddExactlyOne(var for _, var in options)
        choices[item.id] = options

    double_terms = []
    for (officer, day, session), (variables, fixed_count) in by_key.items():
        n_fixed = fixed_count[0] + ((officer, day) in away)
        total = len(variables) + n_fixed
        if total < 2:
            continue
        if n_fixed >= 2:
            constant += 1
            continue
        flag = model.NewBoolVar(f"o{officer}_{day.isoformat()}_{session}")
        model.Add(sum(variables) + n_fixed <= 1 + (total - 1) * flag)
        double_terms.append(flag)

    model.Minimize(sum(double_terms) + sum(holiday_terms) + constant)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = float(time_limit_s)
    if workers:
        solver.parameters.num_workers = workers
    status = solver.Solve(model)
    seconds = time.perf_counter() - started

    slots = dict(fixed)
    objective = bound = None
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        for meeting_id, options in choices.items():
            for slot, var in options:
                if solver.BooleanValue(var):
                    slots[meeting_id] = slot
                    break
        objective = solver.ObjectiveValue()
        bound = solver.BestObjectiveBound()
    return CpsatResult(
        slots=slots,
        n_conflicts=count_conflicts(items, slots, blocked, unavailable),
        seconds=seconds,
        status=solver.StatusName(status),
        objective=objective,
        bound=bound,
    )


def solve_cpsat(
    items: Sequence[MeetingItem],
    blocked: Mapping[datetime.date, str],
    time_limit_s: float,
    sessions: Sequence[str] = SESSIONS,
) -> tuple[dict[int, Slot], int, float]:
    """(slots, number of conflicts, seconds) of the CP-SAT solution.

    Pass the same ``sessions`` as to ``plan`` when the month does not use all three.
    """
    result = solve_cpsat_full(items, blocked, time_limit_s, sessions=sessions)
    return result.slots, result.n_conflicts, result.seconds


# ---------------------------------------------------------------------------
# synthetic instances

_FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Huỳnh",
    "Hoàng",
    "Võ",
    "Phan",
    "Trương",
    "Bùi",
    "Đặng",
    "Đỗ",
    "Ngô",
    "Hồ",
    "Dương",
    "Đinh",
    "Lâm",
    "Châu",
]
_MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Ngọc", "Hữu", "Quốc", "Thị Thu", "Hoàng", "Kim"]
_GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hà",
    "Hải",
    "Hạnh",
    "Hòa",
    "Hùng",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Nam",
    "Nga",
    "Phúc",
    "Phương",
    "Quang",
    "Sơn",
    "Tâm",
    "Thảo",
    "Thạnh",
    "Trang",
    "Tuấn",
    "Vân",
    "Yến",
]
_PLACES = [
    "An Khánh",
    "Phú Hòa",
    "Tân Thạch",
    "Quới Sơn",
    "Giao Long",
    "An Phước",
    "Phú Túc",
    "Tiên Thủy",
    "Thành Triệu",
    "Tường Đa",
    "Hữu Định",
    "Phú An Hòa",
    "An Hóa",
    "Sơn Hòa",
    "Tân Phú",
    "Tiên Long",
    "Phú Đức",
    "Qưới Thành",
    "Tam Phước",
    "An Hiệp",
]
# cell types other than hamlet cells, with the days of the cell window they use
_CELL_TYPES = [
    ("cơ quan", (0, 1, 2, 3)),
    ("trường học", (0, 1, 2)),
    ("công an", (2, 3, 4, 5)),
    ("quân sự", (3, 4, 5)),
    ("doanh nghiệp", (1, 2, 3, 4, 5)),
]


@dataclass
class Instance:
    name: str
    items: list[MeetingItem]
    blocked: dict[datetime.date, str]
    officer_names: dict[int, str] = field(default_factory=dict)

    @property
    def n_officers(self) -> int:
        return len({o for item in self.items for o in item.attendees})


@dataclass(frozen=True)
class Scale:
    communes: int
    cells_per_commune: tuple[int, int]
    members_per_cell: tuple[int, int]
    standing_per_commune: int
    standing_cells: tuple[int, int]
    cell_days: tuple[int, ...] = (10, 11, 12, 13, 14, 15)
    committee_days: tuple[int, ...] = (7, 8, 9)
    hamlet_share: float = 0.85
    shared_officers: int = 0  # officers attending cells in two communes
    extra_blocked: tuple[int, ...] = ()


SCALES: dict[str, Scale] = {
    # ~150 meetings, ~300 officers
    "district": Scale(21, (5, 8), (1, 1), 3, (3, 5)),
    # ~5,000 meetings, ~20,000 officers
    "province": Scale(600, (6, 9), (2, 4), 3, (3, 5)),
    # district with narrow windows, busy standing members and a blocked day
    "district-tight": Scale(
        21,
        (6, 9),
        (1, 1),
        3,
        (5, 8),
        cell_days=(10, 11, 12),
        shared_officers=25,
        extra_blocked=(11,),
    ),
    # province with the same pressure
    "province-tight": Scale(
        600,
        (6, 9),
        (2, 3),
        3,
        (5, 8),
        cell_days=(10, 11, 12),
        shared_officers=600,
        extra_blocked=(11,),
    ),
}


def make_instance(
    scale: str | Scale = "district",
    seed: int = 1,
    year: int = 2026,
    month: int = 12,
    preferred_share: float = 0.6,
) -> Instance:
    """A random month: one committee meeting per commune, cells with their officers.

    Committee meetings: the commune lead and (mostly) a provincial liaison.
    Cells: their own committee members (one cell each), the hamlet support
    officer for hamlet cells (one meeting each) and standing members of the
    commune committee, each attending several cells of the commune.
    """
    spec = SCALES[scale] if isinstance(scale, str) else scale
    name = scale if isinstance(scale, str) else "custom"
    rng = random.Random(seed)
    next_officer = [1]
    names: dict[int, str] = {}

    def officer() -> int:
        oid = next_officer[0]
        next_officer[0] += 1
        names[oid] = f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"
        return oid

    def day(number: int) -> datetime.date:
        return datetime.date(year, month, number)

    committee_window = tuple(day(d) for d in spec.committee_days)
    cell_window = tuple(day(d) for d in spec.cell_days)
    items: list[MeetingItem] = []
    cells_by_commune: list[list[int]] = []
    attendees: dict[int, list[int]] = {}
    meta: dict[int, tuple[str, str, tuple[datetime.date, ...]]] = {}
    next_id = 1

    for c in range(spec.communes):
        commune = f"xã {_PLACES[c % len(_PLACES)]}" + (
            f" {c // len(_PLACES) + 1}" if c >= len(_PLACES) else ""
        )
        mid = next_id
        next_id += 1
        people = [officer()]
        if rng.random() < 0.9:
            people.append(officer())
        attendees[mid] = people
        meta[mid] = ("committee", f"Đảng ủy {commune}", committee_window)

        cells = []
        n_cells = rng.randint(*spec.cells_per_commune)
        for k in range(n_cells):
            mid = next_id
            next_id += 1
            people = [officer() for _ in range(rng.randint(*spec.members_per_cell))]
            if rng.random() < spec.hamlet_share:
                label = f"Chi bộ ấp {k + 1} ({commune})"
                window = cell_window
                people.append(officer())  # hamlet support
            else:
                kind_name, positions = rng.choice(_CELL_TYPES)
                label = f"Chi bộ {kind_name} {k + 1} ({commune})"
                window = tuple(cell_window[p] for p in positions if p < len(cell_window))
                window = window or cell_window
            attendees[mid] = people
            meta[mid] = ("cell", label, window)
            cells.append(mid)
        cells_by_commune.append(cells)
        for _ in range(spec.standing_per_commune):
            member = officer()
            low, high = spec.standing_cells
            for mid in rng.sample(cells, min(len(cells), rng.randint(low, high))):
                attendees[mid].append(member)

    for _ in range(spec.shared_officers):
        member = officer()
        first, second = rng.sample(range(spec.communes), 2)
        for commune_cells in (cells_by_commune[first], cells_by_commune[second]):
            attendees[rng.choice(commune_cells)].append(member)

    for mid in sorted(meta):
        kind, label, window = meta[mid]
        preferred = None
        if rng.random() < preferred_share:
            session = rng.choice(("sang", "sang", "chieu", "chieu", "toi"))
            preferred = Slot(rng.choice(window), session)
        items.append(
            MeetingItem(
                id=mid,
                label=label,
                kind=kind,
                window=window,
                attendees=tuple(attendees[mid]),
                preferred=preferred,
            )
        )
    extra = {day(d): "Ngày nghỉ của địa phương" for d in spec.extra_blocked}
    return Instance(name, items, blocked_days(year, month, extra), names)


# ---------------------------------------------------------------------------
# table


def run_engine(instance: Instance) -> tuple[int, float]:
    started = time.perf_counter()
    result = plan(instance.items, instance.blocked, instance.officer_names)
    seconds = time.perf_counter() - started
    return len(result.conflicts), seconds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--time-limit",
        type=float,
        default=30.0,
        help="CP-SAT time limit per instance in seconds (default 30)",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scales", nargs="*", default=list(SCALES), choices=list(SCALES))
    parser.add_argument("--workers", type=int, default=0, help="CP-SAT workers (0 = all)")
    args = parser.parse_args(argv)

    header = (
        f"{'instance':<16}{'meetings':>9}{'officers':>10}{'engine s':>10}{'engine c':>10}"
        f"{'CP-SAT s':>10}{'CP-SAT c':>10}  CP-SAT status (bound)"
    )
    print(header)
    print("-" * len(header))
    worse = 0
    for scale in args.scales:
        instance = make_instance(scale, seed=args.seed)
        engine_conflicts, engine_seconds = run_engine(instance)
        cpsat = solve_cpsat_full(
            instance.items, instance.blocked, args.time_limit, workers=args.workers
        )
        fixed = count_conflicts(instance.items, {}, instance.blocked) - len(instance.items)
        bound = "" if cpsat.bound is None else f" (≥ {cpsat.bound + fixed:.0f})"
        print(
            f"{scale:<16}{len(instance.items):>9}{instance.n_officers:>10}"
            f"{engine_seconds:>10.3f}{engine_conflicts:>10}"
            f"{cpsat.seconds:>10.2f}{cpsat.n_conflicts:>10}  {cpsat.status}{bound}",
            flush=True,
        )
        worse += engine_conflicts > cpsat.n_conflicts
    return 1 if worse else 0


if __name__ == "__main__":
    raise SystemExit(main())
