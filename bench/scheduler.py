"""The monthly scheduler on the demo district and the demo province, against CP-SAT.

For each scale: a fresh demo database, ``calendar new`` for December 2026, then
the time of the engine alone (``dvdesk.domain.calendar.plan`` on the month's items),
of the whole ``plan`` service (load, plan, write, recheck in one transaction),
of loading the month as the window shows it, and the conflicts left; as the
reference, the same items solved by OR-Tools CP-SAT (bench/scheduler_engine.py).

    python bench/scheduler.py [--cpsat-limit SECONDS]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import sample_database, table  # noqa: E402

MONTH = "2026-12"
TET_MONTH = "2027-02"  # Tết covers the committee window 7–9: conflicts must remain
CPSAT_LIMITS = {"district": 20.0, "province": 60.0}
CASES = [("district", MONTH), ("province", MONTH), ("district", TET_MONTH),
         ("province", TET_MONTH)]


def measure(scale: str, cpsat_limit: float | None = None, month: str = MONTH) -> dict:
    from dvdesk.domain import calendar as engine
    from dvdesk.domain.calendar.rules import usable_sessions
    from dvdesk.services import calendar as service
    from dvdesk.services.calendar_rows import find_calendar
    from dvdesk.store import open_database, queries

    db = open_database(str(sample_database(scale)))
    try:
        service.new_month(db, month)
        with db.read() as session:
            settings = queries.settings(session)
            cal = find_calendar(session, month)
            items, blocked, names, _rows, away = service.plan_input(session, cal, settings)
        officers = len({o for item in items for o in item.attendees})

        started = time.perf_counter()
        engine_result = engine.plan(items, blocked, names, usable_sessions(settings), away)
        engine_seconds = time.perf_counter() - started

        started = time.perf_counter()
        outcome = service.plan(db, month)
        service_seconds = time.perf_counter() - started

        started = time.perf_counter()
        state = service.month_state(db, month)
        load_seconds = time.perf_counter() - started

        result = {
            "scale": scale, "month": month, "meetings": len(items), "officers": officers,
            "engine_seconds": engine_seconds, "engine_conflicts": len(engine_result.conflicts),
            "service_seconds": service_seconds, "service_conflicts": len(outcome.conflicts),
            "month_load_seconds": load_seconds, "month_load_conflicts": len(state.conflicts),
        }
        try:
            from bench.scheduler_engine import solve_cpsat
        except ImportError as missing:  # ortools is a bench extra
            result["cpsat_error"] = str(missing)
            return result
        limit = cpsat_limit or CPSAT_LIMITS[scale]
        _slots, cpsat_conflicts, cpsat_seconds = solve_cpsat(items, blocked, limit)
        result.update(cpsat_seconds=cpsat_seconds, cpsat_conflicts=cpsat_conflicts,
                      cpsat_limit=limit)
        return result
    finally:
        db.dispose()


def synthetic_province(seed: int = 3) -> dict:
    """The engine on the generated province month of bench/scheduler_engine.py: planning,
    then checking the planned month (what the window does after every edit)."""
    from bench.scheduler_engine import make_instance
    from dvdesk.domain import calendar as engine

    province = make_instance("province", seed=seed)
    started = time.perf_counter()
    result = engine.plan(province.items, province.blocked, province.officer_names)
    plan_seconds = time.perf_counter() - started
    placed = engine.with_slots(province.items, result.slots)
    started = time.perf_counter()
    engine.find_conflicts(placed, province.blocked, province.officer_names)
    return {"meetings": len(province.items), "plan_seconds": plan_seconds,
            "conflicts": len(result.conflicts),
            "check_seconds": time.perf_counter() - started}


def run(cpsat_limit: float | None = None) -> dict:
    result = {f"{scale} {month}": measure(scale, cpsat_limit, month) for scale, month in CASES}
    result["synthetic province"] = synthetic_province()
    return result


def rows(result: dict) -> list[dict]:
    out = []
    synthetic = result.get("synthetic province")
    if synthetic:
        out.append({"what": f"plan, engine only (generated province, {synthetic['meetings']} "
                            f"meetings), {synthetic['conflicts']} conflicts",
                    "ours": synthetic["plan_seconds"], "goal": "≤ 15 s",
                    "ok": synthetic["plan_seconds"] <= 15})
        out.append({"what": "find_conflicts on the planned generated province",
                    "ours": synthetic["check_seconds"], "goal": "≤ 1 s",
                    "ok": synthetic["check_seconds"] <= 1})
    for scale, r in result.items():
        if scale == "synthetic province":
            continue
        size = f"{scale}: {r['meetings']} meetings, {r['officers']} officers"
        floor = r.get("cpsat_seconds")
        out.append({"what": f"plan, engine only ({size}), {r['engine_conflicts']} conflicts "
                            f"(CP-SAT: {r.get('cpsat_conflicts', '?')})",
                    "ours": r["engine_seconds"], "floor": floor,
                    "ratio": r["engine_seconds"] / floor if floor else None,
                    "goal": "≤ CP-SAT conflicts",
                    "ok": (r["engine_conflicts"] <= r["cpsat_conflicts"]
                           if "cpsat_conflicts" in r else None)})
        out.append({"what": f"plan service: load + plan + write ({scale}), "
                            f"{r['service_conflicts']} conflicts left",
                    "ours": r["service_seconds"], "goal": "≤ 5 s",
                    "ok": r["service_seconds"] <= 5})
        out.append({"what": f"load month with conflicts for the window ({scale})",
                    "ours": r["month_load_seconds"], "goal": "≤ 1 s",
                    "ok": r["month_load_seconds"] <= 1})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cpsat-limit", type=float, help="CP-SAT time limit in seconds")
    args = parser.parse_args(argv)
    result = run(args.cpsat_limit)
    header = ("case", "meetings", "officers", "engine", "service", "load", "conflicts",
              "CP-SAT", "CP-SAT conflicts")
    lines = [header]
    for scale, r in result.items():
        if scale == "synthetic province":
            continue
        lines.append((scale, r["meetings"], r["officers"], f"{r['engine_seconds']:.2f} s",
                      f"{r['service_seconds']:.2f} s", f"{r['month_load_seconds']:.2f} s",
                      r["service_conflicts"],
                      f"{r['cpsat_seconds']:.2f} s" if "cpsat_seconds" in r else "—",
                      r.get("cpsat_conflicts", "—")))
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(header))]
    for line in lines:
        print("  ".join(str(c).rjust(w) for c, w in zip(line, widths, strict=True)))
    print()
    print(table(rows(result)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
