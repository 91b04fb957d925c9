"""Benchmark: the calendar PDF and the Excel export beside the bare libraries' floor.

For the district and the province demo, times

- ``calendar_pdf``: ``write_calendar_pdf`` of a planned month, against a plain
  reportlab ``Table`` holding the same cell texts in the same font (the floor), each the
  median of alternating runs (three for a district, one for a province) after a first
  print in the same process: the document font is registered once per process, and a
  second print from the window reuses it;
- ``calendar_pdf_first``: the first print in a new process (importing reportlab and the
  documents, registering the font, writing), against the floor's first in a new process;
- ``excel_export``: ``export_workbook`` against an openpyxl write-only workbook
  holding the same values without any styling (the floor);

and prints ours, the floor and the ratio (goal: at most 2×). ``run()`` returns
the numbers as a dict. Usage: ``python bench/documents.py [district|province|all]``;
``--first ours|floor VIEW.pickle OUT.pdf`` times one first print in the new process the
bench starts for it and prints the seconds.
"""

from __future__ import annotations

import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MONTH = "2026-12"


def _timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _alternating(ours, floor, repeat: int) -> tuple[float, float]:
    """Median times of ``ours`` and ``floor`` run in turns, so that a load on the machine
    weighs on both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        times[0].append(_timed(ours))
        times[1].append(_timed(floor))
    return statistics.median(times[0]), statistics.median(times[1])


# What the window has imported before its first print (its own domain; not reportlab,
# which it imports with the first document).
_WINDOW_HAS = ("dvdesk.domain.text", "dvdesk.domain.units", "dvdesk.domain.roles",
               "dvdesk.domain.messages", "dvdesk.safe_files")


def first_print(which: str, data: Path, path: Path) -> float:
    """In this (new) process: the time of the first calendar PDF, ours or the floor."""
    import importlib

    for module in _WINDOW_HAS:
        importlib.import_module(module)
    with data.open("rb") as f:
        view, settings = pickle.load(f)
    started = time.perf_counter()
    if which == "ours":
        from dvdesk.documents.calendar_pdf import write_calendar_pdf

        write_calendar_pdf(view, settings, path)
    else:
        calendar_floor(view, path)
    return time.perf_counter() - started


def _first_in_new_process(which: str, data: Path, path: Path) -> float:
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--first", which,
                           str(data), str(path)], capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])


def build(folder: Path, scale: str):
    """A demo database of that scale with a planned month; returns (db, view, settings)."""
    from dvdesk.services import calendar
    from dvdesk.services.demo import build_demo
    from dvdesk.services.settings import get_settings
    from dvdesk.store import open_database

    if scale in ("district", "province"):  # the shared cache's copy: no demo to build
        from bench.common import sample_database

        db = open_database(str(sample_database(scale)))
    else:
        db = open_database(str(folder / f"{scale}.db"))
        build_demo(db, scale)
    calendar.new_month(db, MONTH)
    calendar.plan(db, MONTH)
    return db, calendar.calendar_view(db, MONTH), get_settings(db)


def calendar_floor(view: dict, path: Path, wrapped: bool = False) -> None:
    """The same rows in a plain reportlab Table, same font.

    Plain strings do not wrap (long attendee lists run out of their cells), so
    ``wrapped=True`` gives the fairer floor: the same table with reportlab's own
    Paragraph in each cell and the calendar's column widths.
    """
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from dvdesk.documents.calendar_pdf import HEADERS, LANDSCAPE_WIDTHS, grouped_rows
    from dvdesk.documents.fonts import font_set
    from dvdesk.documents.pdf_layout import text

    fonts = font_set()
    rows, groups = grouped_rows(view["meetings"])
    data = [HEADERS]
    for index, row in enumerate(rows):
        if index in groups:
            data.append([groups[index], "", "", "", ""])
        data.append(row)
    widths = None
    if wrapped:
        style = ParagraphStyle("td", fontName=fonts.regular, fontSize=13, leading=15.6)
        data = [[Paragraph(text(value), style) for value in row] for row in data]
        widths = [w * mm for w in LANDSCAPE_WIDTHS]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                               ("FONTSIZE", (0, 0), (-1, -1), 13)]))
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([table])


def excel_rows(db, month: str) -> dict[str, list[list]]:
    """The values of every sheet of the export, gathered the export's way."""
    from sqlalchemy import select

    from dvdesk.documents import xlsx_export as x
    from dvdesk.domain.models import Officer
    from dvdesk.services import excel_export as e
    from dvdesk.store import queries

    with db.read() as session:
        units = e.UnitColumns(session)
        sheets = {x.SHEET_UNITS: e.unit_rows(units), x.SHEET_OFFICERS: e.officer_rows(session),
                  x.SHEET_ASSIGNMENTS: e.assignment_rows(session, units)}
        info = {o.id: (o.title, o.phone) for o in session.scalars(select(Officer))}
        settings = queries.settings(session)
    versions = e.month_versions_data(db, month)
    for view in versions:
        cal_rows, personal = x.calendar_rows(view, info)
        sheets[x.calendar_sheet_name(month, view["version"])] = cal_rows
    sheets[x.SHEET_PERSONAL] = personal
    sheets[x.SHEET_VERSIONS] = x.version_rows(versions)
    sheets[x.SHEET_SETTINGS] = x.setting_rows(settings)
    return sheets


def excel_floor(sheets: dict[str, list[list]], path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(str(path))


def measure(scale: str) -> dict:
    from dvdesk.documents.calendar_pdf import write_calendar_pdf
    from dvdesk.services.excel_export import export_workbook

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db, view, settings = build(folder, scale)
        try:
            data = folder / "view.pickle"
            with data.open("wb") as f:
                pickle.dump((view, settings), f)
            repeat = 3 if len(view["meetings"]) < 1000 else 1
            firsts = [(_first_in_new_process("ours", data, folder / "first.pdf"),
                       _first_in_new_process("floor", data, folder / "first-floor.pdf"))
                      for _ in range(repeat)]
            ours_first = statistics.median(o for o, _ in firsts)
            floor_first = statistics.median(f for _, f in firsts)
            write_calendar_pdf(view, settings, folder / "warm.pdf")  # fonts registered once
            ours_pdf, floor_pdf = _alternating(
                lambda: write_calendar_pdf(view, settings, folder / "ours.pdf"),
                lambda: calendar_floor(view, folder / "floor.pdf"), repeat)
            wrapped_pdf = _timed(lambda: calendar_floor(view, folder / "wrapped.pdf", True))
            ours_xlsx = _timed(lambda: export_workbook(db, folder / "ours.xlsx", MONTH))
            sheets = excel_rows(db, MONTH)
            floor_xlsx = _timed(lambda: excel_floor(sheets, folder / "floor.xlsx"))
            cells = sum(len(r) for rows in sheets.values() for r in rows)
        finally:
            db.dispose()
    return {
        "meetings": len(view["meetings"]),
        "excel_cells": cells,
        "calendar_pdf": {"ours": ours_pdf, "floor": floor_pdf, "ratio": ours_pdf / floor_pdf},
        "calendar_pdf_vs_wrapped": {"ours": ours_pdf, "floor": wrapped_pdf,
                                    "ratio": ours_pdf / wrapped_pdf},
        "calendar_pdf_first": {"ours": ours_first, "floor": floor_first,
                               "ratio": ours_first / floor_first},
        "excel_export": {"ours": ours_xlsx, "floor": floor_xlsx, "ratio": ours_xlsx / floor_xlsx},
    }


def run(scales: tuple[str, ...] = ("district", "province")) -> dict:
    return {scale: measure(scale) for scale in scales}


_NAMES = {"calendar_pdf": "calendar PDF vs plain reportlab table",
          "calendar_pdf_vs_wrapped": "calendar PDF vs reportlab table of Paragraphs",
          "calendar_pdf_first": "calendar PDF, first print in a new process, vs the table's",
          "excel_export": "Excel export (all sheets) vs unstyled openpyxl write-only"}


def rows(result: dict) -> list[dict]:
    """One row per scale and document for ``bench/run.py``'s table (goal: at most 2×)."""
    out = []
    for scale, measured in result.items():
        for key, label in _NAMES.items():
            r = measured[key]
            # The goal is the plain table's (plain strings do not wrap, so it is the harder
            # one); the table of Paragraphs is the floor of wrapping cells, shown beside it.
            out.append({"what": f"{label} ({scale})", "ours": r["ours"], "floor": r["floor"],
                        "ratio": r["ratio"], "goal": "≤ 2×", "ok": r["ratio"] <= 2})
    return out


def main(argv: list[str]) -> None:
    if len(argv) == 5 and argv[1] == "--first":  # one first print, in this new process
        print(f"{first_print(argv[2], Path(argv[3]), Path(argv[4])):.6f}")
        return
    which = argv[1] if len(argv) > 1 else "all"
    scales = ("district", "province") if which == "all" else (which,)
    results = run(scales)
    print(f"{'scale':10} {'document':24} {'ours s':>9} {'floor s':>9} {'ratio':>7}")
    for scale, result in results.items():
        for name in ("calendar_pdf", "calendar_pdf_vs_wrapped", "calendar_pdf_first",
                     "excel_export"):
            r = result[name]
            print(f"{scale:10} {name:24} {r['ours']:9.2f} {r['floor']:9.2f} {r['ratio']:6.2f}×")
        print(f"{'':10} ({result['meetings']} meetings, {result['excel_cells']} Excel cells)")
    print("calendar_pdf: both timed after a first print in this process (the font is "
          "registered once per process, and a second print from the window reuses it); "
          "calendar_pdf_first: the first print in a new process, reportlab imported and the "
          "font registered within it.")


if __name__ == "__main__":
    main(sys.argv)
