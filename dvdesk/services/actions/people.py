"""Officers (and their absences) and their assignments. See ``services.actions``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import ClassVar

from dvdesk.services import assignments as assignment_service
from dvdesk.services import officers as officer_service
from dvdesk.services import unavailability as unavailability_service
from dvdesk.services.actions.base import Action, Change
from dvdesk.services.assignments import AssignResult, DecisionRef
from dvdesk.store.database import Database

# ---------------------------------------------------------------------------
# officers


@dataclass
class AddOfficer(Action):
    full_name: str
    fields: dict = field(default_factory=dict)
    officer_id: int | None = None
    changes: ClassVar[Change] = Change.OFFICERS

    def do(self, db: Database) -> int:
        self.officer_id = officer_service.add_officer(db, self.full_name, **self.fields)
        return self.officer_id

    def undo(self, db: Database) -> None:
        officer_service.delete_officer(db, self.officer_id)

    def redo(self, db: Database) -> None:
        officer_service.restore_officer(db, self.officer_id)


@dataclass
class EditOfficer(Action):
    """Sửa cán bộ: ``version`` is the one the form was read at; the undo expects the
    fields as the edit left them (``new``), the redo as the undo left them (``old``)."""

    officer_id: int
    old: dict
    new: dict
    version: int | None = None
    changes: ClassVar[Change] = Change.OFFICERS

    def do(self, db: Database) -> None:
        officer_service.update_officer(db, self.officer_id, expected_version=self.version,
                                       **self.new)

    def undo(self, db: Database) -> None:
        officer_service.update_officer(db, self.officer_id, expected_values=self.new,
                                       **self.old)

    def redo(self, db: Database) -> None:
        officer_service.update_officer(db, self.officer_id, expected_values=self.old,
                                       **self.new)


@dataclass
class SetOfficerActive(Action):
    """Cho thôi công tác / khôi phục."""

    officer_id: int
    active: bool
    version: int | None = None
    changes: ClassVar[Change] = Change.OFFICERS

    def do(self, db: Database) -> None:
        officer_service.set_officer_active(db, self.officer_id, self.active,
                                           expected_version=self.version)

    def undo(self, db: Database) -> None:
        officer_service.set_officer_active(db, self.officer_id, not self.active,
                                           expected_values={"active": self.active})

    def redo(self, db: Database) -> None:
        officer_service.set_officer_active(db, self.officer_id, self.active,
                                           expected_values={"active": not self.active})


@dataclass
class DeleteOfficer(Action):
    """Xóa cán bộ nhập nhầm (refused for anyone with assignment history)."""

    officer_id: int
    version: int | None = None
    changes: ClassVar[Change] = Change.OFFICERS

    def do(self, db: Database) -> None:
        officer_service.delete_officer(db, self.officer_id, expected_version=self.version)

    def undo(self, db: Database) -> None:
        officer_service.restore_officer(db, self.officer_id)

    def redo(self, db: Database) -> None:  # refused if someone deleted or used it meanwhile
        officer_service.delete_officer(db, self.officer_id)


@dataclass
class AddUnavailability(Action):
    """Báo vắng (nghỉ phép, đi công tác …); undo removes it, redo writes it back, same id."""

    officer_id: int
    first_day: dt.date
    last_day: dt.date
    reason: str = ""
    values: dict | None = None
    unavailability_id: int | None = None
    changes: ClassVar[Change] = Change.OFFICERS | Change.CALENDAR

    def do(self, db: Database) -> int:
        self.unavailability_id = unavailability_service.add_unavailability(
            db, self.officer_id, self.first_day, self.last_day, self.reason)
        return self.unavailability_id

    def undo(self, db: Database) -> None:
        self.values = unavailability_service.remove_unavailability(db, self.unavailability_id)

    def redo(self, db: Database) -> None:
        unavailability_service.restore_unavailability(db, self.values)


@dataclass
class RemoveUnavailability(Action):
    """Bỏ báo vắng; undo writes the same row back."""

    unavailability_id: int
    values: dict | None = None
    changes: ClassVar[Change] = Change.OFFICERS | Change.CALENDAR

    def do(self, db: Database) -> None:
        self.values = unavailability_service.remove_unavailability(db, self.unavailability_id)

    def undo(self, db: Database) -> None:
        unavailability_service.restore_unavailability(db, self.values)

    redo = do


# ---------------------------------------------------------------------------
# assignments


@dataclass
class Assign(Action):
    """Phân công; ``accept_warnings`` once the secretary accepted the soft-rule warnings."""

    officer_id: int
    role: str
    unit_id: int
    effective_from: dt.date
    decision: DecisionRef | None = None
    accept_warnings: bool = False
    result: AssignResult | None = None
    withdrawn: dict | None = None
    changes: ClassVar[Change] = Change.ASSIGNMENTS

    def do(self, db: Database) -> AssignResult:
        self.result = assignment_service.assign(
            db, self.officer_id, self.role, self.unit_id, self.effective_from, self.decision,
            accept_warnings=self.accept_warnings)
        return self.result

    def undo(self, db: Database) -> None:
        self.withdrawn = assignment_service.withdraw(db, self.result.assignment_id)

    def redo(self, db: Database) -> None:
        assignment_service.restore_assignment(db, self.withdrawn)


@dataclass
class Reassign(Action):
    """Thay cán bộ: the holder's assignment ends the day before the newcomer's starts."""

    assignment_id: int
    officer_id: int
    on_date: dt.date
    decision: DecisionRef | None = None
    accept_warnings: bool = False
    result: AssignResult | None = None
    withdrawn: dict | None = None
    version: int | None = None  # of the holder's assignment, as the window showed it
    changes: ClassVar[Change] = Change.ASSIGNMENTS

    def do(self, db: Database) -> AssignResult:
        self.result = assignment_service.reassign(
            db, self.assignment_id, self.officer_id, self.on_date, self.decision,
            accept_warnings=self.accept_warnings, expected_version=self.version)
        return self.result

    def undo(self, db: Database) -> None:
        self.withdrawn = assignment_service.withdraw(
            db, self.result.assignment_id, reopen_id=self.assignment_id,
            reopen_until=self.result.ended_was)

    def redo(self, db: Database) -> None:
        assignment_service.restore_assignment(db, self.withdrawn, end_id=self.assignment_id,
                                              end_was=self.result.ended_was)


@dataclass
class EndAssignment(Action):
    """Kết thúc phân công on ``last_day``; undo gives back the end it had (usually none)."""

    assignment_id: int
    last_day: dt.date
    was: dt.date | None = None
    version: int | None = None
    changes: ClassVar[Change] = Change.ASSIGNMENTS

    def do(self, db: Database) -> None:
        self.was = assignment_service.end_assignment(db, self.assignment_id, self.last_day,
                                                     expected_version=self.version)

    def undo(self, db: Database) -> None:
        assignment_service.reopen(db, self.assignment_id, self.was, expected_end=self.last_day)

    def redo(self, db: Database) -> None:
        assignment_service.end_assignment(db, self.assignment_id, self.last_day,
                                          expected_values={"effective_to": self.was})
