"""What every page shares: the open database, the undo stack, the selected month, the worker.

Pages never write to the database themselves. A user action is an ``Action`` of
``services/actions/`` run by ``ctx.perform(text, action)``: one service call (one
transaction); the action lands on the undo stack (``gui/actions.py``) and
``data_changed`` tells every view what kind of data moved (a ``Change``), so each
decides whether to reload. Work that takes seconds runs on ``ctx.jobs`` and lands
with ``ctx.push_done``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dvdesk.domain.calendar.months import next_month
from dvdesk.errors import DvDeskError
from dvdesk.gui.jobs import Jobs

if TYPE_CHECKING:  # the services and the store (SQLAlchemy) load after the window paints
    from dvdesk.services.actions import Action
    from dvdesk.services.databases import Database

APP_TITLE = "DV Desk"


class AppContext(QObject):
    """The open database and the state the pages share.

    ``db`` is None while the window opens it (the window paints first); pages are only
    created once it is set.
    """

    data_changed = Signal(object)  # a Change: what kind of data moved
    month_changed = Signal(str)  # "YYYY-MM"
    database_changed = Signal()
    command_failed = Signal(object)  # a DvDeskError raised while undoing or redoing

    def __init__(self, db: Database | None, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._month = next_month()
        self.undo_stack = QUndoStack(self)
        self.jobs = Jobs(self)
        self.database_released = False  # a dialog that may touch files is up
        self._levels = None  # WindowLevels, read when first asked for
        # Connected first, so every page's own slot finds the settings' new names.
        self.data_changed.connect(self._forget_levels)

    @property
    def db(self) -> Database | None:
        return self._db

    def set_database(self, db: Database) -> None:
        """Switch to another database: the undo history belongs to the old one."""
        from dvdesk.services.actions import Change

        old, self._db = self._db, db
        self._levels = None
        self.undo_stack.clear()
        if old is not None and old is not db:
            old.dispose()
        self.database_changed.emit()
        self.data_changed.emit(Change.ALL)

    @property
    def levels(self):
        """The level and role names of the open database (``gui/levels.WindowLevels``)."""
        if self._levels is None:
            from dvdesk.gui.levels import load_levels

            self._levels = load_levels(self._db)
        return self._levels

    def _forget_levels(self, what) -> None:
        from dvdesk.services.actions import Change

        if what & Change.SETTINGS:
            self._levels = None

    @property
    def month(self) -> str:
        return self._month

    @month.setter
    def month(self, value: str) -> None:
        if value != self._month:
            self._month = value
            self.month_changed.emit(value)

    def perform(self, text: str, action: Action,
                touched: Callable[[], None] | None = None) -> Any:
        """Run an action and put it on the undo stack; returns what its ``do`` returned.

        A DvDeskError is re-raised for the caller to show; nothing is pushed.
        ``touched`` runs before every step (the calendar marks the meeting it reloads).
        """
        if touched is not None:
            touched()
        result = action.do(self._db)
        self.push_done(text, action, touched)
        return result

    def perform_shown(self, parent: QWidget | None, text: str, action: Action) -> bool:
        """``perform``, its error shown in a message box over ``parent``; True if done."""
        try:
            self.perform(text, action)
        except DvDeskError as error:
            self.show_error(parent, error)
            return False
        return True

    def push_done(self, text: str, action: Action,
                  touched: Callable[[], None] | None = None) -> None:
        """Put on the undo stack an action whose ``do`` already ran (on the worker)."""
        from dvdesk.gui.actions import ActionCommand

        self.undo_stack.push(ActionCommand(self, text, action, touched))
        self.data_changed.emit(action.changes)

    @contextmanager
    def released_database(self) -> Iterator[None]:
        """No connection of this program to the database while the block runs.

        On Linux and macOS closing any file descriptor of a file drops every POSIX lock
        the process holds on it, SQLite's included; a file or print dialog that looks
        into the database's folder (type and icon sniffing) does exactly that, after
        which another program's next write deletes our -wal and -shm files and later
        writes are lost. With no connection open, nothing of ours can lose its locks:
        the background work ends first, every pooled connection is closed, and the
        window reads nothing until the block ends (connections reopen on next use).
        """
        if self.jobs.busy or self.jobs.reading:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.jobs.wait()
            finally:
                QApplication.restoreOverrideCursor()
        if self._db is not None:
            self._db.dispose()
        self.database_released = True
        try:
            yield
        finally:
            self.database_released = False

    def show_error(self, parent: QWidget | None, error: Exception) -> None:
        QMessageBox.warning(parent, APP_TITLE, str(error))

    def confirm_warnings(self, parent: QWidget | None, warnings: list[str]) -> bool:
        text = "\n".join(f"• {w}" for w in warnings)
        answer = QMessageBox.question(
            parent, APP_TITLE,
            text + "\n\n" + QCoreApplication.translate("AppContext", "Vẫn tiếp tục?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
