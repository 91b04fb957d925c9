"""The province's own Excel export, and importing it into an empty database.

Times, at province scale (48,040 units, 20,003 officers, 52,641 assignments):

- the export (``export_workbook``) beside the floor: a bare openpyxl write-only
  workbook holding the same values, unstyled (goal: at most 2×);
- XlsxWriter (``constant_memory``) writing the same values unstyled, beside the same
  floor: whether another writer would lower the floor itself;
- the import preview (``plan_import``: read, match, check; nothing written);
- the real import into an empty database (goal: under 30 s), then checks that
  the counts match the source.

Run alone (``python bench/import_export.py``) or through ``bench/run.py``.
"""

from __future__ import annotations

import atexit
import shutil
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import sample_database, table  # noqa: E402


def _own_sheets(db) -> dict[str, list[list]]:
    """The values of the export's three own sheets, gathered the export's way."""
    from dvdesk.documents import xlsx_export as x
    from dvdesk.services.excel_export import (
        UnitColumns,
        assignment_rows,
        officer_rows,
        unit_rows,
    )

    with db.read() as session:
        units = UnitColumns(session)
        return {x.SHEET_UNITS: unit_rows(units), x.SHEET_OFFICERS: officer_rows(session),
                x.SHEET_ASSIGNMENTS: assignment_rows(session, units)}


def xlsxwriter_floor(sheets: dict[str, list[list]], path: Path) -> None:
    """The floor's cells written by XlsxWriter, row by row as the export streams them."""
    import datetime as dt

    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    dates = wb.add_format({"num_format": "dd/mm/yyyy"})  # a date is a number without one
    for name, rows in sheets.items():
        ws = wb.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, str):  # as text, even "=1+1", as openpyxl's floor has it
                    ws.write_string(r, c, value)
                elif isinstance(value, dt.date):
                    ws.write_datetime(r, c, value, dates)
                elif value is not None:
                    ws.write_number(r, c, value)
    wb.close()


def run() -> dict:
    from bench.documents import excel_floor
    from dvdesk.services.check import check
    from dvdesk.services.excel_export import export_workbook
    from dvdesk.services.importer import import_file, plan_import
    from dvdesk.store import open_database

    source = open_database(str(sample_database("province")))
    folder = Path(tempfile.mkdtemp(prefix="dvdesk-import-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    workbook = folder / "province.xlsx"
    t0 = time.perf_counter()
    export_workbook(source, workbook)
    export_seconds = time.perf_counter() - t0
    sheets = _own_sheets(source)
    t0 = time.perf_counter()
    excel_floor(sheets, folder / "floor.xlsx")
    floor_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    xlsxwriter_floor(sheets, folder / "xlsxwriter.xlsx")
    xlsxwriter_seconds = time.perf_counter() - t0
    del sheets
    target = open_database(str(folder / "empty.db"))
    t0 = time.perf_counter()
    plan_import(target, workbook)
    preview_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    import_file(target, workbook)
    import_seconds = time.perf_counter() - t0
    before, after = check(source)["counts"], check(target)["counts"]
    source.dispose()
    target.dispose()
    return {"export_seconds": export_seconds, "export_floor_seconds": floor_seconds,
            "xlsxwriter_seconds": xlsxwriter_seconds,
            "preview_seconds": preview_seconds, "import_seconds": import_seconds,
            "workbook_mb": workbook.stat().st_size / 1e6,
            "counts_before": before, "counts_after": after,
            "same_counts": before == after}


def rows(result: dict) -> list[dict]:
    ratio = result["export_seconds"] / result["export_floor_seconds"]
    return [
        {"what": "export province workbook (units, officers, assignments)",
         "ours": result["export_seconds"], "floor": result["export_floor_seconds"],
         "ratio": ratio, "goal": "≤ 2×", "ok": ratio <= 2},
        {"what": "XlsxWriter writing the same cells unstyled, vs the openpyxl floor",
         "ours": result["xlsxwriter_seconds"], "floor": result["export_floor_seconds"],
         "ratio": result["xlsxwriter_seconds"] / result["export_floor_seconds"],
         "goal": "", "ok": None},
        {"what": "import preview (dry run) of the province's own export",
         "ours": result["preview_seconds"], "goal": "", "ok": None},
        {"what": "import province's own export into an empty database"
                 + ("" if result["same_counts"] else " (COUNTS DIFFER)"),
         "ours": result["import_seconds"], "goal": "< 30 s",
         "ok": result["import_seconds"] < 30 and result["same_counts"]},
    ]


if __name__ == "__main__":
    outcome = run()
    print(table(rows(outcome)))
    print(f"workbook {outcome['workbook_mb']:.1f} MB; counts equal: {outcome['same_counts']}")
