"""What every page shares: the open database, the undo stack, the selected month, the worker.

Pages never write to the database themselves. A user action calls
``ctx.run(text, do, undo, changed)``: ``do`` is one service call (one
transaction); the action lands on the undo stack and ``data_changed`` tells
every view what kind of data moved, so each decides whether to reload. Work
that takes seconds runs on ``ctx.jobs`` and lands with ``ctx.push_done``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dvdesk.domain.calendar.months import next_month
from dvdesk.errors import DvDeskError
from dvdesk.gui.jobs import Jobs
from dvdesk.store.database import Database

APP_TITLE = "DV Desk"


class _ServiceCommand(QUndoCommand):
    """One user action on the undo stack; ``do`` already ran when it is pushed."""

    def __init__(self, ctx: AppContext, text: str, do, undo, changed: str, result):
        super().__init__(text)
        self._ctx, self._do, self._undo, self._changed = ctx, do, undo, changed
        self.result = result
        self._first = True

    def redo(self) -> None:
        if self._first:  # the action itself ran before the push, so errors could surface
            self._first = False
            return
        self._guarded(lambda: setattr(self, "result", self._do()))

    def undo(self) -> None:
        self._guarded(lambda: self._undo(self.result))

    def _guarded(self, step) -> None:
        # Exceptions cannot cross the C++ undo stack: report them and drop the
        # history, because the stack no longer matches the database.
        try:
            step()
        except DvDeskError as error:
            self._ctx.command_failed.emit(error)
            QTimer.singleShot(0, self._ctx.undo_stack.clear)
        finally:
            self._ctx.data_changed.emit(self._changed)


class AppContext(QObject):
    """The open database and the state the pages share."""

    # What changed: "units" | "officers" | "assignments" | "calendar" | "settings" | "all".
    data_changed = Signal(str)
    month_changed = Signal(str)  # "YYYY-MM"
    database_changed = Signal()
    command_failed = Signal(object)  # a DvDeskError raised while undoing or redoing

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._month = next_month()
        self.undo_stack = QUndoStack(self)
        self.jobs = Jobs(self)
        self.database_released = False  # a dialog that may touch files is up

    @property
    def db(self) -> Database:
        return self._db

    def set_database(self, db: Database) -> None:
        """Switch to another database: the undo history belongs to the old one."""
        old, self._db = self._db, db
        self.undo_stack.clear()
        if old is not None and old is not db:
            old.dispose()
        self.database_changed.emit()
        self.data_changed.emit("all")

    @property
    def month(self) -> str:
        return self._month

    @month.setter
    def month(self, value: str) -> None:
        if value != self._month:
            self._month = value
            self.month_changed.emit(value)

    def run(self, text: str, do: Callable[[], Any], undo: Callable[[Any], None] | None,
            changed: str) -> Any:
        """Run one service call as an undoable action.

        A DvDeskError from ``do`` is re-raised for the caller to show; nothing is pushed.
        """
        result = do()
        if undo is not None:
            self.undo_stack.push(_ServiceCommand(self, text, do, undo, changed, result))
        self.data_changed.emit(changed)
        return result

    def push_done(self, text: str, redo: Callable[[], Any], undo: Callable[[Any], None],
                  changed: str, result: Any) -> None:
        """Put on the undo stack an action that already ran (on the worker thread);
        ``redo`` runs it again after an undo."""
        self.undo_stack.push(_ServiceCommand(self, text, redo, undo, changed, result))
        self.data_changed.emit(changed)

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
        if self.jobs.busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.jobs.wait()
            finally:
                QApplication.restoreOverrideCursor()
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
