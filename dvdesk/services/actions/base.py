"""What every undoable action is (``Action``) and the kinds of data it moves (``Change``)."""

from __future__ import annotations

from enum import Flag, auto
from typing import Any, ClassVar

from dvdesk.store.database import Database


class Change(Flag):
    """What kind of data an action moved (views reload what they show of it)."""

    UNITS = auto()
    OFFICERS = auto()
    ASSIGNMENTS = auto()
    CALENDAR = auto()
    SETTINGS = auto()
    ATTENDANCE = auto()  # dự họp recorded (the calendar itself does not move)
    FEEDBACK = auto()  # phản ánh, kiến nghị
    ALL = UNITS | OFFICERS | ASSIGNMENTS | CALENDAR | SETTINGS | ATTENDANCE | FEEDBACK


class Action:
    """One user action. Subclasses keep what undo and redo need as fields."""

    changes: ClassVar[Change] = Change.ALL

    def do(self, db: Database) -> Any:
        raise NotImplementedError

    def undo(self, db: Database) -> None:
        raise NotImplementedError

    def redo(self, db: Database) -> None:
        raise NotImplementedError
