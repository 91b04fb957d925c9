"""`make bench`: every benchmark, each figure beside its floor measured in the same run.

Prints one table and writes bench/results.json (``bench/run.py window documents``
runs those parts only and keeps the others' last figures). Parts: the window (start-up, page
switches, filter keystroke, memory), the scheduler vs OR-Tools CP-SAT, documents
(calendar PDF, Excel export) vs bare reportlab / openpyxl, importing the
province's own export, and the attendance and feedback reads of the window.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import platform
import sys
import traceback
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import _fmt, table  # noqa: E402

PARTS = ["window", "scheduler", "documents", "import_export", "after_meetings"]


def main(only: list[str] | None = None) -> int:
    """Run ``only`` these parts (all by default); a partial run replaces those parts in
    bench/results.json and keeps the others' last figures, each part with its own date."""
    out = Path(__file__).resolve().parent / "results.json"
    kept = _kept(out, only)
    results, rows, failed = dict(kept["results"]), [], []
    when = dict(kept["when"])
    for name in only or PARTS:
        print(f"… {name}", file=sys.stderr, flush=True)
        when[name] = dt.datetime.now().isoformat(timespec="seconds")
        try:
            module = importlib.import_module(f"bench.{name}")
            result = module.run()
            results[name] = result
            rows.extend({**row, "part": name} for row in module.rows(result))
        except Exception:  # one broken part must not hide the others' numbers
            failed.append(name)
            results[name] = {"error": traceback.format_exc()}
            traceback.print_exc()
    print(table(rows))
    rows = sorted(kept["rows"] + rows, key=lambda r: PARTS.index(r["part"])
                  if r.get("part") in PARTS else len(PARTS))
    meta = {"when": dt.datetime.now().isoformat(timespec="seconds"), "parts": when,
            "python": platform.python_version(), "machine": platform.machine(),
            "cpus": __import__("os").cpu_count()}
    out.write_text(json.dumps({"meta": meta, "rows": rows, "results": results},
                              ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    print(f"\nresults written to {out}")
    missed = [r for r in rows if r.get("ok") is False]
    if missed:
        print("goals not met:")
        for r in missed:
            ratio = f" = {r['ratio']:.2f}× the floor" if r.get("ratio") is not None else ""
            print(f"  {r['what']}: {_fmt(r.get('ours'), r.get('unit', 's'))}{ratio}, "
                  f"goal {r.get('goal', '')}")
    return 1 if failed else 0


def _kept(out: Path, only: list[str] | None) -> dict:
    """The last run's rows, results and dates of the parts not run now."""
    if not only or not out.exists():
        return {"rows": [], "results": {}, "when": {}}
    try:
        last = json.loads(out.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"rows": [], "results": {}, "when": {}}
    others = [p for p in PARTS if p not in only]
    return {"rows": [r for r in last.get("rows", []) if r.get("part") in others],
            "results": {p: v for p, v in last.get("results", {}).items() if p in others},
            "when": {p: v for p, v in last.get("meta", {}).get("parts", {}).items()
                     if p in others}}


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:] or None))
