"""A program killed in the middle of a big write leaves all of the action or none of it.

Real processes are killed with SIGKILL at seeded random moments (no clean-up
runs, exactly like a power cut for the program). Afterwards the database must
open, pass ``PRAGMA integrity_check`` and hold either everything the action
wrote or nothing of it. Outcomes are printed (``pytest -s``).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest

from dvdesk.store import open_database
from tests.helpers import table_counts

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]

SEED = 20261122
ROOT = Path(__file__).resolve().parent.parent


def _start(*args: str, output: bool = False) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, *args], cwd=ROOT,
                            stdout=subprocess.PIPE if output else subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env={**os.environ})


def _kill_after(proc: subprocess.Popen, delay: float) -> bool:
    """SIGKILL the process after ``delay`` seconds; False if it had already finished."""
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


def _kill_once_working(proc: subprocess.Popen, delay: float) -> bool:
    """SIGKILL the process ``delay`` seconds after it printed its first line (its first
    action committed): on a busy machine starting Python alone can take seconds."""
    if not proc.stdout.readline():
        proc.wait()
        pytest.fail(f"the process ended before its first action: {proc.stderr.read()!r}")
    return _kill_after(proc, delay)


def _check_integrity(path: Path) -> None:
    conn = sqlite3.connect(str(path))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    db = open_database(str(path))  # the program itself opens it again
    db.dispose()


def _report(title: str, outcomes: Counter, trials: int) -> None:
    parts = ", ".join(f"{k}: {v}" for k, v in sorted(outcomes.items()))
    print(f"\n[crash-safety] {title}: {trials} kills -> {parts}")


@pytest.mark.timeout(1800)  # thirteen province demos: minutes on a busy machine
def test_killed_province_demo_leaves_all_or_nothing(tmp_path):
    template = tmp_path / "empty.db"
    open_database(str(template)).dispose()  # migrated and empty: the kill hits the demo itself
    reference = tmp_path / "reference.db"
    shutil.copyfile(template, reference)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "dvdesk", "--db", str(reference), "demo",
                           "--scale", "province"], cwd=ROOT, capture_output=True, text=True)
    full_time = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    everything = table_counts(reference)
    assert everything["officers"] == 20003
    nothing = table_counts(template)  # migrated and empty: only the database's identity

    rng = random.Random(SEED)
    outcomes: Counter = Counter()
    trials = 12
    for trial in range(trials):
        path = tmp_path / f"trial{trial}.db"
        shutil.copyfile(template, path)
        killed = _kill_after(_start("-m", "dvdesk", "--db", str(path), "demo", "--scale",
                                    "province"), rng.uniform(0.3, full_time * 1.05))
        _check_integrity(path)
        found = table_counts(path)
        outcome = ("all" if found == everything else "nothing" if found == nothing
                   else f"PARTIAL {found}")
        outcomes[outcome if killed else f"{outcome} (finished before the kill)"] += 1
        assert not outcome.startswith("PARTIAL"), f"trial {trial}: {found}"
    _report(f"demo --scale province ({full_time:.1f} s uninterrupted)", outcomes, trials)
    assert sum(v for k, v in outcomes.items() if k.startswith("nothing")) >= 1


LOOP = textwrap.dedent("""
    import datetime as dt, sys
    from sqlalchemy import select
    from dvdesk.domain.models import Assignment, Hamlet, Officer
    from dvdesk.services.assignments import reassign
    from dvdesk.store import open_database, queries

    db = open_database(sys.argv[1])
    with db.read() as s:
        hamlets = s.scalars(select(Hamlet.id).order_by(Hamlet.id)).all()
        pool = s.scalars(select(Officer.id).where(Officer.level == "xa")
                         .order_by(Officer.id).limit(400)).all()
    i = 0
    while True:
        hamlet = hamlets[i % len(hamlets)]
        with db.read() as s:
            current = s.scalars(select(Assignment).where(
                Assignment.role == "hamlet_support", Assignment.unit_id == hamlet,
                Assignment.effective_to.is_(None))).one()
        day = dt.date(2025, 11, 2) + dt.timedelta(days=i // len(hamlets))
        reassign(db, current.id, pool[i % len(pool)], day, accept_warnings=True)
        i += 1
        print(i, flush=True)
""")


def _loop_state(path: Path) -> dict:
    conn = sqlite3.connect(str(path))
    try:
        q = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
        return {
            "open_per_hamlet": dict(q(
                "SELECT h.id, (SELECT count(*) FROM assignments a WHERE a.role='hamlet_support' "
                "AND a.unit_id=h.id AND a.effective_to IS NULL) FROM hamlets h")),
            "rows": q("SELECT count(*) FROM assignments WHERE role='hamlet_support'")[0][0],
            "ended": q("SELECT count(*) FROM assignments WHERE role='hamlet_support' "
                       "AND effective_to IS NOT NULL")[0][0],
            "created": q("SELECT count(*) FROM audit_log WHERE action='assignment.create'")[0][0],
            "ends": q("SELECT count(*) FROM audit_log WHERE action='assignment.end'")[0][0],
        }
    finally:
        conn.close()


def test_killed_loop_of_reassignments_loses_no_half_action(demo_path, tmp_path):
    script = tmp_path / "loop.py"
    script.write_text(LOOP, encoding="utf-8")
    start = _loop_state(demo_path)
    rng = random.Random(SEED + 1)
    outcomes: Counter = Counter()
    trials = 8
    total_actions = 0
    for trial in range(trials):
        path = tmp_path / f"loop{trial}.db"
        shutil.copyfile(demo_path, path)
        assert _kill_once_working(_start(str(script), str(path), output=True),
                                  rng.uniform(0.2, 2.0))
        _check_integrity(path)
        state = _loop_state(path)
        done = state["rows"] - start["rows"]
        # Every reassignment ends one row and starts one, with an audit entry each:
        # a half-written one would break one of these equalities.
        assert set(state["open_per_hamlet"].values()) == {1}, f"trial {trial}"
        assert state["ended"] - start["ended"] == done
        assert state["created"] - start["created"] == done
        assert state["ends"] - start["ends"] == done
        total_actions += done
        outcomes["whole actions only"] += 1
    _report(f"reassign loop ({total_actions} reassignments committed in all)", outcomes, trials)
    assert total_actions > 0


def _meetings(path: Path, month: str = "2026-12") -> list[tuple]:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(
            "SELECT m.id, m.day, m.session, m.start, m.row_version FROM meetings m "
            "JOIN calendars c ON c.id = m.calendar_id WHERE c.month = ? ORDER BY m.id",
            (month,)).fetchall()
    finally:
        conn.close()


def test_killed_calendar_plan_moves_every_meeting_or_none(tmp_path):
    template = tmp_path / "province.db"
    for args in (["demo", "--scale", "province"], ["calendar", "new", "2026-12"]):
        done = subprocess.run([sys.executable, "-m", "dvdesk", "--db", str(template), *args],
                              cwd=ROOT, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    before = _meetings(template)
    reference = tmp_path / "reference.db"
    shutil.copyfile(template, reference)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "dvdesk", "--db", str(reference), "calendar",
                           "plan", "2026-12"], cwd=ROOT, capture_output=True, text=True)
    full_time = time.monotonic() - started
    assert done.returncode in (0, 1), done.stderr
    after = _meetings(reference)
    assert len(after) == 5000 and after != before

    rng = random.Random(SEED + 2)
    outcomes: Counter = Counter()
    trials = 6
    for trial in range(trials):
        path = tmp_path / f"plan{trial}.db"
        shutil.copyfile(template, path)
        killed = _kill_after(_start("-m", "dvdesk", "--db", str(path), "calendar", "plan",
                                    "2026-12"), rng.uniform(0.3, full_time * 1.05))
        _check_integrity(path)
        found = _meetings(path)
        plans = table_counts(path, ["audit_log"])["audit_log"] - table_counts(template, ["audit_log"])["audit_log"]
        outcome = ("all" if found == after and plans > 0 else
                   "nothing" if found == before and plans == 0 else "PARTIAL")
        outcomes[outcome if killed else f"{outcome} (finished before the kill)"] += 1
        assert outcome != "PARTIAL", f"trial {trial}: {plans} audit entries"
    _report(f"calendar plan, 5,000 meetings ({full_time:.1f} s uninterrupted)", outcomes, trials)


def test_killed_import_writes_the_whole_workbook_or_nothing(demo_path, tmp_path):
    book = tmp_path / "district.xlsx"
    done = subprocess.run([sys.executable, "-m", "dvdesk", "--db", str(demo_path),
                           "export-xlsx", "-o", str(book)], cwd=ROOT, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    template = tmp_path / "empty.db"
    open_database(str(template)).dispose()
    reference = tmp_path / "reference.db"
    shutil.copyfile(template, reference)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "dvdesk", "--db", str(reference), "import",
                           str(book)], cwd=ROOT, capture_output=True, text=True)
    full_time = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    everything = table_counts(reference)
    assert everything["hamlets"] == 117 and everything["officers"] > 1000
    nothing = table_counts(template)

    rng = random.Random(SEED + 3)
    outcomes: Counter = Counter()
    trials = 3  # the district import takes ~15 s; more kills cost more than they show
    for trial in range(trials):
        path = tmp_path / f"import{trial}.db"
        shutil.copyfile(template, path)
        # Reading and checking the workbook comes first; aim most kills at the writing.
        killed = _kill_after(_start("-m", "dvdesk", "--db", str(path), "import", str(book)),
                             rng.uniform(full_time * 0.5, full_time * 1.05))
        _check_integrity(path)
        found = table_counts(path)
        outcome = ("all" if found == everything else "nothing" if found == nothing
                   else f"PARTIAL {found}")
        outcomes[outcome if killed else f"{outcome} (finished before the kill)"] += 1
        assert not outcome.startswith("PARTIAL"), f"trial {trial}: {found}"
    _report(f"import of the district workbook ({full_time:.1f} s uninterrupted)", outcomes, trials)


MIGRATE = textwrap.dedent("""
    import sys
    from dvdesk.store import open_database
    from dvdesk.store.migrate import upgrade

    db = open_database(sys.argv[1], migrate=False)
    upgrade(db, sys.argv[2])
""")


def test_killed_migration_leaves_the_old_schema_or_the_new_one(demo_path, tmp_path):
    from tests.test_migrations import _dump, _migrations_with

    folder = _migrations_with(tmp_path, "9101", '''
        op.create_table("numbers", sa.Column("n", sa.Integer, primary_key=True))
        op.execute("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c "
                   "WHERE n < 300000) INSERT INTO numbers SELECT n FROM c")
        op.add_column("officers", sa.Column("extra", sa.Integer, nullable=True))
        op.execute("UPDATE officers SET extra = length(full_name)")
    ''')
    script = tmp_path / "migrate.py"
    script.write_text(MIGRATE, encoding="utf-8")
    old = _dump(demo_path)
    reference = tmp_path / "reference.db"
    shutil.copyfile(demo_path, reference)
    started = time.monotonic()
    done = subprocess.run([sys.executable, str(script), str(reference), str(folder)], cwd=ROOT,
                          capture_output=True, text=True)
    full_time = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    new = _dump(reference)

    rng = random.Random(SEED + 4)
    outcomes: Counter = Counter()
    trials = 6
    for trial in range(trials):
        path = tmp_path / f"migrate{trial}" / "district.db"
        path.parent.mkdir()
        shutil.copyfile(demo_path, path)
        killed = _kill_after(_start(str(script), str(path), str(folder)),
                             rng.uniform(0.3, full_time * 1.05))
        conn = sqlite3.connect(str(path))
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        found = _dump(path)
        outcome = "new schema" if found == new else "old schema" if found == old else "PARTIAL"
        for copy in path.parent.glob("district.backup-*.db"):  # a copy that exists is whole
            assert _dump(copy) == old, f"trial {trial}: torn backup {copy.name}"
        outcomes[outcome if killed else f"{outcome} (finished before the kill)"] += 1
        assert outcome != "PARTIAL", f"trial {trial}"
    _report(f"migration of the district ({full_time:.1f} s uninterrupted)", outcomes, trials)
