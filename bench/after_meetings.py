"""Attendance and feedback reads at province scale: what the window asks for a page.

On the demo province (two approved months of ~5,000 meetings with ~12,600
expected attendances each, 20,000 feedback items) times, median of five runs:

- compliance per officer, commune and cluster for one month and for both, counted
  afresh (the first call after a change) and asked again (kept while nothing changed);
- one day's meetings with their expected officers (the entry list);
- a page of 100 feedback items: unfiltered, overdue today, one commune, an
  accent-free search; one item with its history;
- received / resolved / overdue counts per field and commune for a month and a year,
  counted afresh and asked again.

Goal: each under 100 ms. Then the two pages in the window (offscreen, in this process):
opened on the province month, filtered, one mark recorded, the rates tab; the feedback
page opened and filtered (goal: under 300 ms each, what a person takes as instant). Beside the feedback page, its floor: the same rows read
with plain sqlite3 and no joins. Run alone (``python bench/after_meetings.py``) or
through ``bench/run.py``.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import best_of, sample_database, table  # noqa: E402

GOAL = 0.100
FIRST, LAST = "2026-09", "2026-10"


def run() -> dict:
    from dvdesk.services import attendance_read as attendance
    from dvdesk.services import feedback_read as feedback
    from dvdesk.services.feedback_read import FeedbackFilter
    from dvdesk.store import open_database

    path = sample_database("province")
    db = open_database(str(path))
    try:
        one_day = attendance.month_meetings(db, LAST)[0].day
        commune_id = feedback.list_feedback(db, limit=1).rows[0]["commune_id"]
        some_item = feedback.list_feedback(db, limit=1).rows[0]["id"]
        page = {"offset": 0, "limit": 100}
        def counted_afresh(*months):  # the first call after a change: nothing kept
            attendance._COMPUTED.clear()
            return attendance.compliance(db, *months)

        def counts_afresh(period):
            feedback._COUNTED.clear()
            return feedback.feedback_counts(db, period)

        cases = {
            "compliance, one month, first call after a change":
                lambda: counted_afresh(LAST),
            "compliance, two months, first call after a change":
                lambda: counted_afresh(FIRST, LAST),
            "compliance, one month, asked again": lambda: attendance.compliance(db, LAST),
            "compliance, two months, asked again":
                lambda: attendance.compliance(db, FIRST, LAST),
            "one day's meetings with expected officers":
                lambda: attendance.month_meetings(db, LAST, day=one_day),
            "feedback page (100 of 20,000)": lambda: feedback.list_feedback(db, **page),
            "feedback page, overdue today":
                lambda: feedback.list_feedback(db, FeedbackFilter(overdue=True), **page),
            "feedback page, one commune":
                lambda: feedback.list_feedback(db, FeedbackFilter(commune_id=commune_id),
                                               **page),
            "feedback page, accent-free search “duong sat lo”":
                lambda: feedback.list_feedback(db, FeedbackFilter(search="duong sat lo"),
                                               **page),
            "one feedback item with its history": lambda: feedback.feedback_item(db, some_item),
            "feedback counts per field and commune, a month, first call after a change":
                lambda: counts_afresh(LAST),
            "feedback counts per field and commune, a year, first call after a change":
                lambda: counts_afresh("2026"),
            "feedback counts per field and commune, a year, asked again":
                lambda: feedback.feedback_counts(db, "2026"),
        }
        for fn in cases.values():  # warm the caches a window would have warmed too
            fn()
        seconds = {name: best_of(fn, repeat=5) for name, fn in cases.items()}
        sizes = {
            "meetings_one_day": len(cases["one day's meetings with expected officers"]()),
            "officers_two_months": len(cases["compliance, two months, asked again"]()
                                       .by_officer),
            "overdue_today": cases["feedback page, overdue today"]().total,
            "search_hits": cases["feedback page, accent-free search “duong sat lo”"]().total,
        }
        floor = best_of(lambda: _bare_page(path), repeat=5)
    finally:
        db.dispose()
    return {"seconds": seconds, "sizes": sizes, "feedback_page_floor": floor,
            "day": str(one_day), "window": window_run(path)}


def _bare_page(path: Path) -> None:
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("SELECT count(*) FROM feedback").fetchone()
        conn.execute("SELECT * FROM feedback ORDER BY received_on DESC, id DESC "
                     "LIMIT 100").fetchall()
    finally:
        conn.close()


def rows(result: dict) -> list[dict]:
    out = []
    for name, seconds in result["seconds"].items():
        row = {"what": f"province: {name}", "ours": seconds, "goal": "< 100 ms",
               "ok": seconds < GOAL}
        if name.startswith("feedback page (100"):
            row["floor"] = result["feedback_page_floor"]
            row["ratio"] = seconds / result["feedback_page_floor"]
        out.append(row)
    if "window" in result:
        out.extend(window_rows(result["window"]))
    return out



def window_run(path: Path | None = None) -> dict:
    """The two pages in the window (offscreen) on the province: opened, then filtered."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dvdesk.gui.app import create_application

    app = create_application()
    from dvdesk.gui.context import AppContext
    from dvdesk.gui.pages.attendance_page import AttendancePage
    from dvdesk.gui.pages.feedback_page import FeedbackPage
    from dvdesk.store import open_database

    db = open_database(str(path or sample_database("province")))
    ctx = AppContext(db)
    ctx.month = LAST
    seconds: dict[str, float] = {}

    def timed(name: str, fn):
        t0 = time.perf_counter()
        result = fn()
        app.processEvents()
        seconds[name] = time.perf_counter() - t0
        return result

    try:
        def shown(widget):
            widget.resize(1200, 800)
            widget.show()
            return widget

        page = timed("Dự họp page opened on a month of ~12,600 expected attendances",
                     lambda: shown(AttendancePage(ctx)))
        entry = page.entry
        timed("Dự họp list filtered: “nguyen van” typed",
              lambda: entry.search.setText("nguyen van"))
        timed("Dự họp list: one day chosen", lambda: entry.day.setCurrentIndex(3))
        entry.search.setText("")
        entry.day.setCurrentIndex(0)
        timed("Dự họp: one mark recorded and its day read again",
              lambda: (entry.select_row(5), entry.mark("absent")))
        timed("Dự họp: rates tab shown (compliance, one month, first count)",
              lambda: (page.tabs.setCurrentWidget(page.rates), ctx.jobs.wait(),
                       app.processEvents()))
        page.hide()
        feedback = timed("Phản ánh page opened (20,000 items, first page)",
                         lambda: shown(FeedbackPage(ctx)))
        timed("Phản ánh filtered: “duong” typed", lambda: (
            feedback.search.setText("duong"), feedback.load()))
        timed("Phản ánh filtered: overdue only", lambda: feedback.overdue.setChecked(True))
        sizes = {"attendance_lines": len(entry.model.lines),
                 "feedback_total": feedback.model.total}
        page.deleteLater()
        feedback.deleteLater()
    finally:
        db.dispose()
    return {"seconds": seconds, "sizes": sizes}


def window_rows(result: dict) -> list[dict]:
    return [{"what": f"window, province: {name}", "ours": value, "goal": "< 300 ms",
             "ok": value < 0.3} for name, value in result["seconds"].items()]


if __name__ == "__main__":
    outcome = run()
    print(table(rows(outcome)))
    print(f"sizes: {outcome['sizes']} (day {outcome['day']}); measured on {dt.date.today()}")
    print(f"window sizes: {outcome['window']['sizes']}")
