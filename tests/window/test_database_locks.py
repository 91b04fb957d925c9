"""The database never loses its locks: the window and the command line write in turns,
with a save dialog shown on the database's own folder in between, and nothing is lost.

The control test shows the hazard is real here: a plain Qt file dialog on that folder,
in a process with an open SQLite connection, drops every lock SQLite held (POSIX
close() semantics). The program's dialogs must not let that happen to it.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import run_dvdesk
from tests.window.driver import ROOT

ROUNDS = 20


def sqlite_locks(pid: int, folder: Path) -> list[str]:
    """The POSIX locks process ``pid`` holds on the files of ``folder`` (from /proc/locks)."""
    inodes = {os.stat(p).st_ino: p.name for p in folder.iterdir() if p.is_file()}
    held = []
    for line in Path("/proc/locks").read_text().splitlines():
        parts = line.split()
        if len(parts) > 5 and parts[4] == str(pid):
            inode = int(parts[5].split(":")[-1])
            if inode in inodes:
                held.append(inodes[inode])
    return held


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="reads Linux's /proc/locks")
def test_control_a_plain_qt_file_dialog_drops_sqlite_locks(xdisplay, tmp_path):
    """Why the program needs its care: Qt's own dialog, as it comes, sniffs the files."""
    folder = tmp_path / "data"
    folder.mkdir()
    script = textwrap.dedent(f"""
        import json, sqlite3, sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from tests.window.test_database_locks import sqlite_locks
        from pathlib import Path
        import os
        folder = Path({str(folder)!r})
        db = sqlite3.connect(folder / "demo.db")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE t(x)")
        db.execute("INSERT INTO t VALUES (1)")
        db.commit()
        db.execute("SELECT * FROM t").fetchall()
        before = sqlite_locks(os.getpid(), folder)
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QApplication, QFileDialog
        app = QApplication([])
        dialog = QFileDialog(None, "x", str(folder))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.show()
        loop, end = QEventLoop(), time.monotonic() + 3
        while time.monotonic() < end:
            loop.processEvents()
        print(json.dumps([before, sqlite_locks(os.getpid(), folder)]))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env={**os.environ, "DISPLAY": xdisplay, "QT_QPA_PLATFORM": "xcb"},
                            timeout=120)
    import json

    before, after = json.loads(result.stdout.strip().splitlines()[-1])
    assert sorted(before) == ["demo.db", "demo.db-shm"]
    assert after == []  # every lock gone: the next writer may delete our -wal and -shm


def _browse_database_folder(app, folder: Path) -> None:
    """Tệp → Lưu bản sao…, go to the database's folder, see its files, cancel."""
    app.menu("Tệp", "Lưu bản sao…")
    dialog = app.dialog("Lưu bản sao cơ sở dữ liệu")
    dialog.type_into("Tên tệp", str(folder) + "/")
    dialog.key("Return")
    dialog.close_popup()  # the file name field completes folder names as one types
    dialog.find("demo.db", kinds=["item"])  # the folder is listed (and would be sniffed)
    time.sleep(0.5)  # the file system model gathers icons on its own thread
    held = sqlite_locks(app.process.pid, folder)
    assert held == [], f"while the dialog shows the folder the window holds {held}"
    dialog.click("Hủy")
    app.wait_gone("Lưu bản sao cơ sở dữ liệu")


def _add_officer_in_window(app, name: str) -> None:
    app.click("Thêm…")
    form = app.dialog("Thêm cán bộ")
    form.type_into("Họ và tên", name)
    form.click("Đồng ý")
    app.wait_gone("Thêm cán bộ")
    app.wait_for(name)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="reads Linux's /proc/locks")
def test_window_and_command_line_writing_in_turns_lose_nothing(launch, demo_path):
    folder = demo_path.parent
    app = launch(page="officers")
    months, names = [], []
    started = time.monotonic()
    for round_ in range(1, ROUNDS + 1):
        month = f"{2030 + (round_ - 1) // 12}-{(round_ - 1) % 12 + 1:02d}"
        created = run_dvdesk("--db", demo_path, "calendar", "new", month)
        assert created.code == 0, created
        months.append(month)
        _browse_database_folder(app, folder)
        name = f"Cán bộ thử vòng {round_:02d}"
        _add_officer_in_window(app, name)
        names.append(name)
    assert app.close() == 0
    elapsed = time.monotonic() - started

    shown = run_dvdesk("--db", demo_path, "calendar", "show", months[-1], "--json")
    assert shown.code == 0, shown
    with sqlite3.connect(demo_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = {m for (m,) in db.execute("SELECT month FROM calendars")}
        officers = {n for (n,) in db.execute(
            "SELECT full_name FROM officers WHERE full_name LIKE 'Cán bộ thử vòng %'")}
    assert set(months) <= kept, sorted(set(months) - kept)
    assert officers == set(names), sorted(set(names) - officers)
    print(f"{ROUNDS} rounds in {elapsed:.0f} s: {len(months)} command-line months and "
          f"{len(names)} window officers kept, integrity ok")
