"""Importing the province's own Excel export into an empty database (goal: under 30 s)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import sample_database, table  # noqa: E402


def run() -> dict:
    from dvdesk.documents.xlsx_export import export_workbook
    from dvdesk.services.check import check
    from dvdesk.services.importer import import_file
    from dvdesk.store import open_database

    source = open_database(str(sample_database("province")))
    folder = Path(tempfile.mkdtemp(prefix="dvdesk-import-"))
    workbook = folder / "province.xlsx"
    t0 = time.perf_counter()
    export_workbook(source, workbook)
    export_seconds = time.perf_counter() - t0
    target = open_database(str(folder / "empty.db"))
    t0 = time.perf_counter()
    import_file(target, workbook)
    import_seconds = time.perf_counter() - t0
    before, after = check(source)["counts"], check(target)["counts"]
    source.dispose()
    target.dispose()
    return {"export_seconds": export_seconds, "import_seconds": import_seconds,
            "workbook_mb": workbook.stat().st_size / 1e6,
            "counts_before": before, "counts_after": after,
            "same_counts": before == after}


def rows(result: dict) -> list[dict]:
    return [
        {"what": "export province workbook (all sheets)", "ours": result["export_seconds"],
         "goal": "", "ok": None},
        {"what": "import province's own export into an empty database"
                 + ("" if result["same_counts"] else " (COUNTS DIFFER)"),
         "ours": result["import_seconds"], "goal": "< 30 s",
         "ok": result["import_seconds"] < 30 and result["same_counts"]},
    ]


if __name__ == "__main__":
    outcome = run()
    print(table(rows(outcome)))
    print(f"workbook {outcome['workbook_mb']:.1f} MB; counts equal: {outcome['same_counts']}")
