"""GUI fixtures: a window on a fresh copy of the demo district, dialog and message capture."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


@pytest.fixture
def ctx(demo_path, qapp):
    from dvdesk.gui.app import create_application
    from dvdesk.gui.context import AppContext
    from dvdesk.store import open_database

    create_application()
    context = AppContext(open_database(str(demo_path)))
    yield context
    context.undo_stack.clear()
    context.db.dispose()


@pytest.fixture
def window(ctx, qtbot):
    from dvdesk.gui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    return win


@pytest.fixture
def errors(ctx, monkeypatch):
    """Messages the window would show in an error box, instead of a blocking box."""
    shown: list[str] = []
    monkeypatch.setattr(ctx, "show_error", lambda parent, error: shown.append(str(error)))
    return shown


class DialogDriver:
    """Fill in the next modal dialog from a callback, as a user would, then let it close."""

    def __init__(self):
        self.failure: BaseException | None = None
        self.seen = 0

    def next(self, handler) -> None:
        def fire(attempt: int = 0) -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                if attempt < 200:
                    QTimer.singleShot(10, lambda: fire(attempt + 1))
                return
            self.seen += 1
            try:
                handler(dialog)
            except BaseException as error:  # never leave a modal dialog hanging the test
                self.failure = error
                dialog.reject()

        QTimer.singleShot(0, fire)

    def check(self) -> None:
        if self.failure is not None:
            raise self.failure


@pytest.fixture
def dialogs():
    driver = DialogDriver()
    yield driver
    driver.check()
