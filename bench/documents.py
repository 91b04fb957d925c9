"""Benchmark: the calendar PDF and the Excel export beside the bare libraries' floor.

For the district and the province demo, times

- ``calendar_pdf``: ``write_calendar_pdf`` of a planned month, against a plain
  reportlab ``Table`` holding the same cell texts in the same font (the floor);
- ``excel_export``: ``export_workbook`` against an openpyxl write-only workbook
  holding the same values without any styling (the floor);

and prints ours, the floor and the ratio (goal: at most 2×). ``run()`` returns
the numbers as a dict. Usage: ``python bench/documents.py [district|province|all]``.
"""

from __future__ import annotations

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
            write_calendar_pdf(view, settings, folder / "warm.pdf")  # fonts registered once
            ours_pdf = _timed(lambda: write_calendar_pdf(view, settings, folder / "ours.pdf"))
            floor_pdf = _timed(lambda: calendar_floor(view, folder / "floor.pdf"))
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
        "excel_export": {"ours": ours_xlsx, "floor": floor_xlsx, "ratio": ours_xlsx / floor_xlsx},
    }


def run(scales: tuple[str, ...] = ("district", "province")) -> dict:
    return {scale: measure(scale) for scale in scales}


_NAMES = {"calendar_pdf": "calendar PDF vs plain reportlab table",
          "calendar_pdf_vs_wrapped": "calendar PDF vs reportlab table of Paragraphs",
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
    which = argv[1] if len(argv) > 1 else "all"
    scales = ("district", "province") if which == "all" else (which,)
    results = run(scales)
    print(f"{'scale':10} {'document':24} {'ours s':>9} {'floor s':>9} {'ratio':>7}")
    for scale, result in results.items():
        for name in ("calendar_pdf", "calendar_pdf_vs_wrapped", "excel_export"):
            r = result[name]
            print(f"{scale:10} {name:24} {r['ours']:9.2f} {r['floor']:9.2f} {r['ratio']:6.2f}×")
        print(f"{'':10} ({result['meetings']} meetings, {result['excel_cells']} Excel cells)")


if __name__ == "__main__":
    main(sys.argv)
