"""Child process of bench/window.py: start, paint, then (optionally) measure inside.

``bare``: a bare PySide6 QMainWindow process — the floor for start-up.
``app``: DV Desk's main window on the given database, as `dvdesk gui` builds it: painted
first, then filled in once the database is open (both moments are reported).
``full``: ``app``, then switching to each page and typing into the officer filter,
then the peak memory of the process. ``stall``: planning a month from the calendar
page while a timer watches the event loop. Prints one JSON line per event.
"""

from __future__ import annotations

import json
import resource
import sys
import time

START = time.perf_counter()


def emit(**values) -> None:
    print(json.dumps(values), flush=True)


def settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def switch_all(app, window, whole: dict | None = None) -> dict[str, float]:
    """Seconds to show and paint each page in turn. ``whole``: for the officers page, also
    the seconds until its whole list is read and shown (the first screen comes first)."""
    seconds = {}
    for key in ("officers", "assignments", "calendar", "reports", "units"):
        t0 = time.perf_counter()
        page = window.show_page(key)
        settle(app)
        window.grab()
        seconds[key] = time.perf_counter() - t0
        if whole is not None and key == "officers":
            while not page.model.table.complete:
                app.processEvents()
                time.sleep(0.001)
            window.grab()
            whole[key] = time.perf_counter() - t0
    return seconds


def _filter_floor(app, page, typed: str) -> list[float]:
    """The same keystrokes' rows in a bare QTableView of the same size and columns over
    a plain list model with the texts ready (no search, no data roles of ours): the
    time Qt itself takes to reset and paint them, measured in the same process."""
    from PySide6.QtCore import QAbstractTableModel, Qt
    from PySide6.QtWidgets import QTableView

    columns = page.proxy.columnCount()
    shown = []  # the rows each keystroke showed, as texts, typed again from empty
    page.search.clear()
    settle(app)
    for n in range(1, len(typed) + 1):
        page.search.setText(typed[:n])
        proxy = page.proxy
        shown.append([tuple(proxy.index(r, c).data() for c in range(columns))
                      for r in range(proxy.rowCount())])
    # The page reads the chosen officer's history once the typing pauses: let it, so that
    # it does not fall inside the floor's timing.
    pause = time.perf_counter() + 0.4
    while time.perf_counter() < pause:
        app.processEvents()
        time.sleep(0.005)

    class Plain(QAbstractTableModel):
        rows: list = []

        def rowCount(self, parent=None):  # noqa: N802
            return len(self.rows)

        def columnCount(self, parent=None):  # noqa: N802
            return columns

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return self.rows[index.row()][index.column()] \
                if role == Qt.ItemDataRole.DisplayRole else None

    model = Plain()
    view = QTableView(page.table.parentWidget())
    view.setModel(model)
    view.setGeometry(page.table.geometry())
    view.verticalHeader().setVisible(False)
    for c in range(columns):
        view.setColumnWidth(c, page.table.columnWidth(c))
    page.table.hide()
    view.show()
    settle(app)
    seconds = []
    for rows in shown:
        t0 = time.perf_counter()
        model.beginResetModel()
        model.rows = rows
        model.endResetModel()
        settle(app)
        view.viewport().grab()
        seconds.append(time.perf_counter() - t0)
    view.hide()
    page.table.show()
    return seconds


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1400, 900)
    window.show()
    settle(app)
    window.grab()
    emit(event="painted", seconds=time.perf_counter() - START)


def app_window(db_target: str, full: bool) -> None:
    from dvdesk.gui.app import create_application

    app = create_application()
    from dvdesk.gui.context import AppContext
    from dvdesk.gui.main_window import MainWindow

    def open_db():
        from dvdesk.store import open_database

        return open_database(db_target)

    # As `dvdesk gui` starts: the shell painted, the database opened after.
    ctx = AppContext(None)
    window = MainWindow(ctx)
    window.resize(1400, 900)
    window.show_page("units")
    window.show()
    window.open_later(open_db)
    settle(app)
    window.grab()
    emit(event="painted", seconds=time.perf_counter() - START)
    while not window.ready:
        app.processEvents()
        time.sleep(0.002)
    settle(app)
    window.grab()
    emit(event="filled", seconds=time.perf_counter() - START)
    if not full:
        return
    whole: dict[str, float] = {}
    emit(event="switch_first", seconds=switch_all(app, window, whole), whole=whole)
    emit(event="switch_again", seconds=switch_all(app, window))

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    page = window.show_page("officers")
    settle(app)
    keystrokes = []
    for char in "nguyen th":
        t0 = time.perf_counter()
        QTest.keyClick(page.search, char if char != " " else Qt.Key.Key_Space)
        settle(app)
        page.table.viewport().grab()
        keystrokes.append(time.perf_counter() - t0)
    emit(event="filter", seconds=keystrokes, shown=page.proxy.rowCount(),
         total=page.model.rowCount(), floor=_filter_floor(app, page, "nguyen th"))
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mb = usage / 1024 if sys.platform != "darwin" else usage / 1024 / 1024
    emit(event="memory", peak_mb=peak_mb)


def planning_stall(db_target: str, month: str) -> None:
    """Plan ``month`` (already made) from the calendar page as a person does, and time the
    event loop meanwhile: a 10 ms timer's longest gap is the longest the window did not
    repaint, from the click until the page shows the planned month."""
    from PySide6.QtCore import QEventLoop, QTimer

    from dvdesk.gui.app import create_application

    app = create_application()
    from dvdesk.gui.context import AppContext
    from dvdesk.gui.main_window import MainWindow
    from dvdesk.store import open_database

    ctx = AppContext(open_database(db_target))
    ctx.month = month
    window = MainWindow(ctx)
    window.resize(1400, 900)
    page = window.show_page("calendar")
    window.show()
    settle(app)
    gaps: list[tuple[float, float]] = []  # (when, gap)
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now, now - last[0]))
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    loop = QEventLoop()
    # Half a second after the work is done: the page's reload and summary are included.
    finished = [0.0]

    def idle(busy: bool) -> None:
        if not busy:
            finished[0] = time.perf_counter()
            QTimer.singleShot(500, loop.quit)

    ctx.jobs.busy_changed.connect(idle)
    started = time.perf_counter()
    timer.start(10)
    last[0] = time.perf_counter()
    page.plan_month()
    loop.exec()
    timer.stop()
    # Split where the work ended: on the worker before, the page's reload after.
    working = [gap for when, gap in gaps if when <= finished[0]]
    showing = [gap for when, gap in gaps if when > finished[0]]
    emit(event="stall", longest=max((g for _w, g in gaps), default=0.0), ticks=len(gaps),
         while_working=max(working, default=0.0), after=max(showing, default=0.0),
         seconds=finished[0] - started)
    window.close()


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "bare":
        bare()
    elif mode == "stall":
        planning_stall(sys.argv[2], sys.argv[3])
    else:
        app_window(sys.argv[2], full=mode == "full")
