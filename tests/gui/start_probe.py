"""Starts the real program (``dvdesk … gui``) and reports how its window came up.

    python tests/gui/start_probe.py [dvdesk arguments …]

Prints one JSON line when the main window first paints (the modules loaded by then, the
page shown, the status bar), and one when the page shown is the real page with its rows
(then closes the window). Everything else is the program as a user starts it.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStatusBar

from dvdesk.gui import app as gui_app

WATCHED = ("sqlalchemy", "alembic", "reportlab", "openpyxl", "dvdesk.store",
           "dvdesk.domain.models")
START = time.perf_counter()


def emit(**values) -> None:
    print(json.dumps(values, ensure_ascii=False), flush=True)


def status_texts(window: QMainWindow) -> list[str]:
    bar = window.findChild(QStatusBar)
    return [label.text() for label in bar.findChildren(QLabel) if label.isVisible()]


class Watcher(QObject):
    """Sees the first paint of the main window, then waits for its page to fill in."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.window = None
        app.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if (self.window is None and event.type() == QEvent.Type.Paint
                and type(watched).__name__ == "MainWindow"):
            self.window = watched
            emit(event="painted", seconds=time.perf_counter() - START,
                 loaded=[name for name in WATCHED if name in sys.modules],
                 page=type(watched.stack.currentWidget()).__name__,
                 status=status_texts(watched))
            self.timer = QTimer(self)
            self.timer.timeout.connect(self.check_filled)
            self.timer.start(20)
        return False

    def check_filled(self) -> None:
        window = self.window
        if not window.ready:
            return
        self.timer.stop()
        page = window.stack.currentWidget()
        emit(event="filled", seconds=time.perf_counter() - START,
             page=type(page).__name__, status=status_texts(window))
        window.close()


_create = gui_app.create_application


def _create_watched(argv=None):
    application = _create(argv)
    if not hasattr(application, "_start_watcher"):
        application._start_watcher = Watcher(application)
    return application


if __name__ == "__main__":
    gui_app.create_application = _create_watched
    from dvdesk.cli import main

    sys.exit(main(sys.argv[1:]))
