"""The window comes up before the database: painted first, filled in when the database opens.

The real program (`dvdesk gui`) is started as its own process (start_probe.py watches
it); the early clicks are made on a window whose database is still opening.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from dvdesk.errors import DatabaseError

PROBE = Path(__file__).resolve().parent / "start_probe.py"
ROOT = PROBE.parent.parent.parent


def start(tmp_path, *args: str) -> dict[str, dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "PYTHONPATH": str(ROOT), "DVDESK_LANG": "vi"}
    proc = subprocess.run([sys.executable, str(PROBE), *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    events = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    return {event["event"]: event for event in events}


def test_the_window_paints_before_the_database_layer_loads(tmp_path, demo_path):
    events = start(tmp_path, "--db", str(demo_path), "gui", "--page", "officers")
    painted, filled = events["painted"], events["filled"]
    # Nothing of SQLAlchemy, Alembic, reportlab or openpyxl when the window first paints.
    assert painted["loaded"] == []
    assert painted["page"] == "PageFrame"  # the frame of the page asked for
    assert "CSDL: đang mở…" in painted["status"]
    # Then the page itself, with the database's counts in the status bar.
    assert filled["page"] == "OfficersPage"
    assert "CSDL: demo.db" in filled["status"]
    assert any(text.endswith("cán bộ") and text[0].isdigit() for text in filled["status"])
    assert filled["seconds"] > painted["seconds"]


@pytest.fixture
def slow_open(demo_path):
    """A database that opens only when the test says so, as a province or a migration
    would keep the window waiting."""
    from dvdesk.store import open_database

    gate = threading.Event()

    def open_db():
        assert gate.wait(60)
        return open_database(str(demo_path))

    return gate, open_db


def test_nothing_clicked_while_the_database_opens_fails(qtbot, slow_open, monkeypatch):
    from PySide6.QtCore import Qt

    from dvdesk.gui.app import create_application
    from dvdesk.gui.context import AppContext
    from dvdesk.gui.main_window import MainWindow

    gate, open_db = slow_open
    create_application()
    ctx = AppContext(None)
    shown: list[str] = []
    monkeypatch.setattr(ctx, "show_error", lambda parent, error: shown.append(str(error)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show_page("units")
    window.show()
    window.open_later(open_db)
    qtbot.waitExposed(window)

    # Every action is there; those needing the database are greyed out until it is open.
    assert window.db_label.text() == "CSDL: đang mở…"
    for action in (window.export_action, window.import_action, window.backup_action,
                   window.refresh_action, window.settings_action, window.open_action):
        assert not action.isEnabled()
        action.trigger()  # a shortcut pressed anyway does nothing
    assert window.quit_action.isEnabled() and window.about_action.isEnabled()
    # The person goes to Cán bộ, then Lịch, picks a month: frames now, pages later.
    for row in (1, 3):
        rect = window.nav.visualItemRect(window.nav.item(row))
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "calendar"
    assert type(window.stack.currentWidget()).__name__ == "PageFrame"
    window.month_picker.month_changed.emit("2026-12")
    window.update_status()
    assert ctx.db is None and shown == []

    gate.set()
    qtbot.waitUntil(lambda: window.ready, timeout=60000)
    qtbot.waitUntil(lambda: type(window.stack.currentWidget()).__name__ == "CalendarPage")
    assert window.export_action.isEnabled() and window.refresh_action.isEnabled()
    assert "12/2026" in window.month_label.text()
    assert window.db_label.text() == "CSDL: demo.db"
    assert shown == []
    # The frames are gone; the pages visited while opening are made when next shown.
    assert window.show_page("officers").model.rowCount() > 0
    window.close()
    ctx.db.dispose()


def test_a_database_that_cannot_open_is_one_sentence_and_another_can_be_chosen(
        qtbot, monkeypatch):
    from dvdesk.gui.app import create_application
    from dvdesk.gui.context import AppContext
    from dvdesk.gui.main_window import MainWindow

    create_application()
    ctx = AppContext(None)
    shown: list[str] = []
    monkeypatch.setattr(ctx, "show_error", lambda parent, error: shown.append(str(error)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()

    def refuse():
        raise DatabaseError("Tệp x.db không phải là cơ sở dữ liệu DV Desk (SQLite) hoặc đã bị "
                            "hỏng.")

    window.open_later(refuse)
    qtbot.waitUntil(lambda: shown != [], timeout=30000)
    assert shown == ["Tệp x.db không phải là cơ sở dữ liệu DV Desk (SQLite) hoặc đã bị hỏng."]
    assert window.db_label.text() == "CSDL: chưa mở được"
    assert window.open_action.isEnabled() and window.new_action.isEnabled()
    assert not window.export_action.isEnabled()
    window.close()
