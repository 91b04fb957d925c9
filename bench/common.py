"""Shared helpers for the benchmarks: sample databases, timing, result tables."""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# Shared by every checkout on the machine (a province takes minutes to build); a checkout
# may keep its own with DVDESK_BENCH_CACHE.
CACHE = Path(os.environ.get("DVDESK_BENCH_CACHE") or Path(tempfile.gettempdir()) / "dvdesk-bench")


def sample_database(scale: str) -> Path:
    """A demo database of the given scale, built once per machine and copied per use."""
    from dvdesk.services.demo import build_demo
    from dvdesk.store import open_database

    CACHE.mkdir(exist_ok=True)
    template = CACHE / f"{scale}-template.db"
    stamp = CACHE / f"{scale}-template.stamp"
    root = Path(__file__).resolve().parent.parent
    # Rebuilt when the demo or the schema changes: judged by content, not modification
    # times, so checkouts of the same sources share one template.
    sources = [root / "dvdesk" / "services" / name for name in ("demo.py", "demo_meetings.py")]
    sources += sorted((root / "db" / "migrations" / "versions").glob("*.py"))
    digest = hashlib.sha256()
    for path in sources:
        if path.exists():
            digest.update(path.read_bytes())
    source_stamp = digest.hexdigest()
    if not template.exists() or not stamp.exists() or stamp.read_text() != source_stamp:
        for path in CACHE.glob(f"{scale}-template.db*"):
            path.unlink()
        db = open_database(str(template))
        build_demo(db, scale)
        db.dispose()
        stamp.write_text(source_stamp)
    folder = Path(tempfile.mkdtemp(prefix=f"dvdesk-{scale}-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)  # 40 MB a province copy
    copy = folder / f"{scale}.db"
    shutil.copyfile(template, copy)
    return copy


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """Median wall time of ``fn`` in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def env_offscreen() -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # As installed, the program's modules are compiled once; a machine that forbids
    # writing bytecode would have every measured start compile them all again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("PYTHONPYCACHEPREFIX", str(CACHE / "bytecode"))
    return env


def table(rows: list[dict]) -> str:
    """Rows of {what, ours, floor, ratio, goal, ok} as an aligned text table."""
    header = ("measure", "ours", "floor", "ratio", "goal", "met")
    lines = [header]
    for row in rows:
        lines.append((
            row["what"],
            _fmt(row.get("ours"), row.get("unit", "s")),
            _fmt(row.get("floor"), row.get("unit", "s")),
            f"{row['ratio']:.2f}×" if row.get("ratio") is not None else "",
            row.get("goal", ""),
            {True: "yes", False: "NO", None: ""}[row.get("ok")],
        ))
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(header))]
    return "\n".join("  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True))
                     for line in lines)


def _fmt(value, unit: str) -> str:
    if value is None:
        return ""
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value}"
