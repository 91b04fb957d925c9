"""The window's undo stack holds the actions of ``services/actions/``, nothing else.

A page builds an ``Action`` (a service call and its inverse, both services) and hands
it to ``ctx.perform(text, action)``: the action runs once (its errors reach the page,
which shows them, and nothing lands on the stack), then an ``ActionCommand`` wrapping
it is pushed. Work that runs on the worker (planning a month, an import) calls
``action.do`` there and ``ctx.push_done(text, action)`` when it is done.

A command is pushed *applied*: the database already holds the action, so Qt's first
``redo()`` (which ``QUndoStack.push`` always calls) has nothing to do. From then on
``undo()`` and ``redo()`` call the action's inverse and its redo, each one service
call that checks again under the write lock what it relies on. When such a step is
refused (someone changed the rows meanwhile), the sentence is shown, the command
marks itself obsolete so that the stack drops it and stays usable for the other
actions, and the data stays as the other writer left it. See docs/ARCHITECTURE.md,
"How undo works".
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand

from dvdesk.errors import DvDeskError
from dvdesk.services.actions import Action


class ActionCommand(QUndoCommand):
    """One action on the undo stack; ``ctx`` gives the database and the signals."""

    def __init__(self, ctx, text: str, action: Action,
                 touched: Callable[[], None] | None = None):
        super().__init__(text)
        self.ctx, self.action, self.touched = ctx, action, touched
        self.applied = True  # pushed once the action ran: the database holds it

    def redo(self) -> None:
        if not self.applied:
            self._step(self.action.redo)

    def undo(self) -> None:
        if self.applied:
            self._step(self.action.undo)

    def _step(self, step: Callable) -> None:
        # Exceptions cannot cross the C++ undo stack: the error is reported as a signal.
        if self.touched is not None:
            self.touched()
        try:
            step(self.ctx.db)
        except DvDeskError as error:
            self.setObsolete(True)  # QUndoStack drops it; the rest of the history stays
            # Shown once the stack has finished its step, not in the middle of it.
            QTimer.singleShot(0, partial(self.ctx.command_failed.emit, error))
        else:
            self.applied = not self.applied
        self.ctx.data_changed.emit(self.action.changes)
