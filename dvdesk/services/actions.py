"""Undoable actions: each one a service call and its inverse service call.

The window changes data only through these (docs/ARCHITECTURE.md, "How undo works").
``do`` runs the action the first time and returns what the window shows; ``undo``
and ``redo`` then alternate. Every step is one service call, so one transaction
that checks again, under the write lock, what it relies on. Redo brings back the
same rows with the same ids (a deleted officer or calendar version is hidden,
not removed; a withdrawn assignment or import is written back with its ids), so
the actions after it on the stack still find what they act on, on SQLite as on
PostgreSQL. An edit carries the version the user saw (``version``); its undo and
redo carry the values the step before left (``services.versions``): a change
made meanwhile by someone else is refused, never overwritten, while undoing one's
own later actions first (which raises versions without changing values) is not.

``changes`` tells the views what kind of data moved (``Change``), so each
decides whether to reload. Nothing here imports Qt: the window wraps an action
in its undo stack.

One module past the usual size on purpose: it is the list of every undoable action,
read side by side to see that each step passes what the step before left.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Flag, auto
from typing import Any, ClassVar

from dvdesk.errors import DvDeskError
from dvdesk.services import assignments as assignment_service
from dvdesk.services import calendar as calendar_service
from dvdesk.services import calendar_acceptance as acceptance_service
from dvdesk.services import calendar_meetings as meeting_service
from dvdesk.services import officers as officer_service
from dvdesk.services import settings as settings_service
from dvdesk.services import unavailability as unavailability_service
from dvdesk.services import unit_changes as unit_change_service
from dvdesk.services import units as unit_service
from dvdesk.services.assignments import AssignResult, DecisionRef
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


# ---------------------------------------------------------------------------
# units


@dataclass
class AddUnit(Action):
    kind: str
    name: str
    parent_id: int | None = None
    fields: dict = field(default_factory=dict)
    unit_id: int | None = None
    changes: ClassVar[Change] = Change.UNITS

    def do(self, db: Database) -> int:
        self.unit_id = unit_service.add_unit(db, self.kind, self.name, self.parent_id,
                                             **self.fields)
        return self.unit_id

    def undo(self, db: Database) -> None:
        unit_service.remove_unit(db, self.kind, self.unit_id, expected_values={"active": True})

    def redo(self, db: Database) -> None:
        unit_service.restore_unit(db, self.kind, self.unit_id,
                                  expected_values={"active": False})


@dataclass
class EditUnit(Action):
    """Rename a unit or change its fields (kind, cell type …); ``version``: the one the
    window showed."""

    kind: str
    unit_id: int
    old: dict
    new: dict
    version: int | None = None
    changes: ClassVar[Change] = Change.UNITS

    def do(self, db: Database) -> None:
        unit_service.update_unit(db, self.kind, self.unit_id, expected_version=self.version,
                                 **self.new)

    def undo(self, db: Database) -> None:
        unit_service.update_unit(db, self.kind, self.unit_id, expected_values=self.new,
                                 **self.old)

    def redo(self, db: Database) -> None:
        unit_service.update_unit(db, self.kind, self.unit_id, expected_values=self.old,
                                 **self.new)


@dataclass
class MoveUnit(Action):
    kind: str
    unit_id: int
    old_parent_id: int | None
    new_parent_id: int | None
    version: int | None = None
    changes: ClassVar[Change] = Change.UNITS

    def do(self, db: Database) -> None:
        unit_service.move_unit(db, self.kind, self.unit_id, self.new_parent_id,
                               expected_version=self.version)

    def undo(self, db: Database) -> None:
        unit_service.move_unit(db, self.kind, self.unit_id, self.old_parent_id,
                               expected_parent=self.new_parent_id)

    def redo(self, db: Database) -> None:
        unit_service.move_unit(db, self.kind, self.unit_id, self.new_parent_id,
                               expected_parent=self.old_parent_id)


@dataclass
class RemoveUnit(Action):
    """Xóa đơn vị: inactive, its current assignments ended; undo reopens them."""

    kind: str
    unit_id: int
    on_date: dt.date | None = None
    ended: list[int] = field(default_factory=list)
    version: int | None = None
    changes: ClassVar[Change] = Change.UNITS | Change.ASSIGNMENTS

    def do(self, db: Database) -> list[int]:
        self.ended = unit_service.remove_unit(db, self.kind, self.unit_id, self.on_date,
                                              expected_version=self.version)
        return self.ended

    def undo(self, db: Database) -> None:
        unit_service.restore_unit(db, self.kind, self.unit_id, self.ended,
                                  expected_values={"active": False})

    def redo(self, db: Database) -> None:
        self.ended = unit_service.remove_unit(db, self.kind, self.unit_id, self.on_date,
                                              expected_values={"active": True})


@dataclass
class RenameUnitOn(Action):
    """Đổi tên từ một ngày (the old name kept for the months before); ``version``: the
    one the window showed."""

    kind: str
    unit_id: int
    name: str
    on_date: dt.date
    version: int | None = None
    result: Any = None  # unit_changes.Renamed
    changes: ClassVar[Change] = Change.UNITS

    def do(self, db: Database) -> Any:
        self.result = unit_change_service.rename_on(db, self.kind, self.unit_id, self.name,
                                                    self.on_date, expected_version=self.version)
        return self.result

    def undo(self, db: Database) -> None:
        unit_change_service.undo_rename(db, self.result)

    def redo(self, db: Database) -> None:
        self.result = unit_change_service.rename_on(
            db, self.kind, self.unit_id, self.name, self.on_date,
            kind_code=self.result.kind_code, expected_name=self.result.old["name"])


@dataclass
class MergeUnits(Action):
    """Sáp nhập: the units become one new unit from ``on_date``; redo gives the new unit
    the id it had."""

    kind: str
    unit_ids: list[int]
    name: str
    on_date: dt.date
    result: Any = None  # unit_changes.Merged
    changes: ClassVar[Change] = Change.UNITS | Change.ASSIGNMENTS

    def do(self, db: Database) -> Any:
        self.result = unit_change_service.merge(db, self.kind, self.unit_ids, self.name,
                                                self.on_date)
        return self.result

    def undo(self, db: Database) -> None:
        unit_change_service.unmerge(db, self.result)

    def redo(self, db: Database) -> None:
        self.result = unit_change_service.redo_merge(db, self.result)


@dataclass
class CarryOver(Action):
    """The merged units' assignments chosen to go on for the new unit."""

    kind: str
    unit_id: int
    chosen: list  # unit_changes.Proposal
    accept_warnings: bool = False
    created: list[int] = field(default_factory=list)
    changes: ClassVar[Change] = Change.ASSIGNMENTS

    def do(self, db: Database) -> list[int]:
        self.created = unit_change_service.apply_proposals(
            db, self.kind, self.unit_id, self.chosen, accept_warnings=self.accept_warnings)
        return self.created

    def undo(self, db: Database) -> None:
        unit_change_service.withdraw_proposals(db, self.created)

    def redo(self, db: Database) -> None:
        # Warnings were accepted (or there were none) when it was first done.
        unit_change_service.apply_proposals(db, self.kind, self.unit_id, self.chosen,
                                            accept_warnings=True, same_ids=self.created)


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


# ---------------------------------------------------------------------------
# the monthly calendar


@dataclass
class NewMonth(Action):
    month: str
    copy_previous: bool = False
    calendar_id: int | None = None
    changes: ClassVar[Change] = Change.CALENDAR

    def do(self, db: Database) -> dict:
        summary = calendar_service.new_month(db, self.month, self.copy_previous)
        self.calendar_id = summary["calendar_id"]
        return summary

    def undo(self, db: Database) -> None:
        calendar_service.delete_draft(db, self.month, 1)

    def redo(self, db: Database) -> None:
        calendar_service.restore_calendar(db, self.calendar_id)


@dataclass
class CopyAndPlan(Action):
    """Sao chép tháng trước: last month's days kept, the rest planned; one action. Undo
    takes the new month back, redo brings it back as planned (same calendar, same ids)."""

    month: str
    created: NewMonth | None = None
    outcome: calendar_service.PlanOutcome | None = None
    changes: ClassVar[Change] = Change.CALENDAR

    def do(self, db: Database) -> calendar_service.PlanOutcome:
        self.created = NewMonth(self.month, copy_previous=True)
        self.created.do(db)
        try:
            self.outcome = calendar_service.plan(db, self.month)
        except DvDeskError:
            self.created.undo(db)  # nothing half done: no copied month left unplanned
            raise
        return self.outcome

    def undo(self, db: Database) -> None:
        self.created.undo(db)

    def redo(self, db: Database) -> None:
        self.created.redo(db)


@dataclass
class Revise(Action):
    """Mở bản điều chỉnh: version N+1, a draft."""

    month: str
    summary: dict | None = None
    changes: ClassVar[Change] = Change.CALENDAR

    def do(self, db: Database) -> dict:
        self.summary = calendar_service.revise(db, self.month)
        return self.summary

    def undo(self, db: Database) -> None:
        calendar_service.delete_draft(db, self.month, self.summary["version"])

    def redo(self, db: Database) -> None:
        calendar_service.restore_calendar(db, self.summary["calendar_id"])


@dataclass
class PlanMonth(Action):
    """Xếp lịch tự động; redo puts the meetings back where the plan put them."""

    month: str
    outcome: calendar_service.PlanOutcome | None = None
    changes: ClassVar[Change] = Change.CALENDAR

    def do(self, db: Database) -> calendar_service.PlanOutcome:
        self.outcome = calendar_service.plan(db, self.month)
        return self.outcome

    def undo(self, db: Database) -> None:
        calendar_service.set_slots(db, self.month, self.outcome.previous)

    def redo(self, db: Database) -> None:
        calendar_service.set_slots(db, self.month, self.outcome.placed)


@dataclass
class EditMeeting(Action):
    """Move a meeting or change its time, place, pin or note."""

    meeting_id: int
    new: dict
    previous: dict = field(default_factory=dict)
    version: int | None = None
    undone: dict = field(default_factory=dict)  # what the undo returned: its own "previous"
    changes: ClassVar[Change] = Change.CALENDAR

    def do(self, db: Database) -> dict:
        self.previous = calendar_service.update_meeting(
            db, self.meeting_id, expected_version=self.version, **self.new)
        return self.previous

    def undo(self, db: Database) -> None:
        # ``previous`` carries the values the edit left as its ``expected_values``.
        self.undone = calendar_service.update_meeting(db, self.meeting_id, **self.previous)

    def redo(self, db: Database) -> None:
        self.previous = calendar_service.update_meeting(
            db, self.meeting_id, expected_values=self.undone["expected_values"], **self.new)


@dataclass
class AddMeeting(Action):
    """Bổ sung a meeting (a unit founded after approval) to the month's draft."""

    month: str
    kind: str
    unit_id: int
    fields: dict = field(default_factory=dict)  # day, session, start, place
    meeting_id: int | None = None
    values: dict | None = None
    changes: ClassVar[Change] = Change.CALENDAR

    def do(self, db: Database) -> int:
        self.meeting_id = meeting_service.add_meeting(db, self.month, self.kind, self.unit_id,
                                                      **self.fields)
        return self.meeting_id

    def undo(self, db: Database) -> None:
        self.values = meeting_service.remove_meeting(db, self.meeting_id)

    def redo(self, db: Database) -> None:
        meeting_service.restore_meeting(db, self.values)


@dataclass
class RemoveMeeting(Action):
    """Không tổ chức: take a meeting out of the month's draft."""

    meeting_id: int
    values: dict | None = None
    changes: ClassVar[Change] = Change.CALENDAR

    def do(self, db: Database) -> None:
        self.values = meeting_service.remove_meeting(db, self.meeting_id)

    def undo(self, db: Database) -> None:
        meeting_service.restore_meeting(db, self.values)

    redo = do


@dataclass
class SetMonthWindows(Action):
    """This month's own committee and cell windows (Tết); None keeps the setting."""

    month: str
    committee: tuple[int, int] | None = None
    cell: tuple[int, int] | None = None
    previous: dict | None = None
    undone: dict = field(default_factory=dict)
    changes: ClassVar[Change] = Change.CALENDAR

    def do(self, db: Database) -> dict | None:
        self.previous = calendar_service.set_month_windows(db, self.month, self.committee,
                                                           self.cell)
        return self.previous

    def undo(self, db: Database) -> None:
        # ``previous`` carries the windows the change left, as "expected".
        self.undone = calendar_service.restore_month_windows(db, self.month, self.previous)

    def redo(self, db: Database) -> None:
        self.previous = calendar_service.set_month_windows(
            db, self.month, self.committee, self.cell, expected_windows=self.undone["expected"])


@dataclass
class Approve(Action):
    month: str
    number: str
    by: str = ""
    on_date: dt.date | None = None
    signer: str | None = None
    signer_title: str | None = None
    approved: dict | None = None
    changes: ClassVar[Change] = Change.CALENDAR

    def do(self, db: Database) -> dict:
        self.approved = calendar_service.approve(db, self.month, self.number, self.by,
                                                 self.on_date, self.signer, self.signer_title)
        return self.approved

    def undo(self, db: Database) -> None:
        calendar_service.withdraw_approval(db, self.month, expected_values={
            "status": "approved", "version": self.approved["version"],
            "number": self.approved["number"]})

    redo = do  # refused unless the month is a draft again


@dataclass
class AcceptConflict(Action):
    """Chấp nhận xung đột with a note (why); refused once the conflict is gone."""

    month: str
    key: str
    note: str
    changes: ClassVar[Change] = Change.CALENDAR

    def do(self, db: Database) -> int:
        return acceptance_service.accept_conflict(db, self.month, self.key, self.note)

    def undo(self, db: Database) -> None:
        acceptance_service.withdraw_acceptance(db, self.month, self.key)

    redo = do


@dataclass
class WithdrawAcceptance(Action):
    """Bỏ chấp nhận xung đột; undo accepts it again with the same note."""

    month: str
    key: str
    note: str
    changes: ClassVar[Change] = Change.CALENDAR

    def do(self, db: Database) -> None:
        acceptance_service.withdraw_acceptance(db, self.month, self.key)

    def undo(self, db: Database) -> None:
        acceptance_service.accept_conflict(db, self.month, self.key, self.note)

    redo = do


@dataclass
class RecordAttendance(Action):
    """Dự họp of one officer at one meeting (None clears it)."""

    meeting_id: int
    officer_id: int
    status: str | None
    reason: str = ""
    previous: dict | None = None
    changes: ClassVar[Change] = Change.CALENDAR

    def do(self, db: Database) -> None:
        self.previous = calendar_service.record_attendance(
            db, self.meeting_id, self.officer_id, self.status, self.reason)

    def undo(self, db: Database) -> None:
        before = self.previous or {}
        calendar_service.record_attendance(
            db, self.meeting_id, self.officer_id, before.get("status"), before.get("reason", ""),
            expected_values={"status": self.status, "reason": self.reason})

    def redo(self, db: Database) -> None:
        before = self.previous or {}
        calendar_service.record_attendance(
            db, self.meeting_id, self.officer_id, self.status, self.reason,
            expected_values={"status": before.get("status"), "reason": before.get("reason", "")})


@dataclass
class MarkAttendance(Action):
    """Dự họp of one expected officer at a meeting of ``month``'s approved version, from the
    entry list: ``version`` is the row version the list showed."""

    month: str
    meeting_id: int
    officer_id: int
    status: str | None
    reason: str = ""
    version: int | None = None
    previous: dict | None = None
    changes: ClassVar[Change] = Change.ATTENDANCE

    def do(self, db: Database) -> dict:
        from dvdesk.services.attendance import record_attendance

        self.previous = record_attendance(db, self.month, self.meeting_id, self.officer_id,
                                          self.status, self.reason,
                                          expected_version=self.version)
        return self.previous

    def undo(self, db: Database) -> None:
        from dvdesk.services.attendance import record_attendance

        record_attendance(db, self.month, self.meeting_id, self.officer_id,
                          self.previous["status"], self.previous["reason"],
                          expected_values={"status": self.status, "reason": self.reason})

    def redo(self, db: Database) -> None:
        from dvdesk.services.attendance import record_attendance

        record_attendance(db, self.month, self.meeting_id, self.officer_id, self.status,
                          self.reason, expected_values=self.previous)


@dataclass
class AllPresent(Action):
    """Có mặt đủ at one meeting: every expected officer not yet recorded marked present."""

    month: str
    meeting_id: int
    versions: dict[int, int] | None = None  # officer id -> row version the user saw
    previous: dict[int, dict] = field(default_factory=dict)
    changes: ClassVar[Change] = Change.ATTENDANCE

    def do(self, db: Database) -> dict[int, dict]:
        from dvdesk.services.attendance import all_present

        self.previous = all_present(db, self.month, self.meeting_id,
                                    expected_versions=self.versions)
        return self.previous

    def _marked(self) -> dict[int, dict]:
        return {officer: {"status": "present", "reason": ""} for officer in self.previous}

    def undo(self, db: Database) -> None:
        from dvdesk.services.attendance import restore_attendance

        restore_attendance(db, self.month, self.meeting_id, self.previous,
                           expected_values=self._marked())

    def redo(self, db: Database) -> None:
        # The same officers as the first time, not "whoever is unrecorded now".
        from dvdesk.services.attendance import restore_attendance

        restore_attendance(db, self.month, self.meeting_id, self._marked(),
                           expected_values=self.previous)


# ---------------------------------------------------------------------------
# feedback (phản ánh, kiến nghị)


@dataclass
class ReceiveFeedback(Action):
    """Tiếp nhận: a new item; its undo removes it, its redo enters it again with its id."""

    values: dict
    item_id: int | None = None
    changes: ClassVar[Change] = Change.FEEDBACK

    def do(self, db: Database) -> int:
        from dvdesk.services.feedback import add_feedback

        self.item_id = add_feedback(db, **self.values)
        return self.item_id

    def undo(self, db: Database) -> None:
        from dvdesk.services.feedback import delete_feedback

        delete_feedback(db, self.item_id)  # refused once someone took it further

    def redo(self, db: Database) -> int:
        from dvdesk.services.feedback import add_feedback

        return add_feedback(db, **self.values, item_id=self.item_id)


@dataclass
class FeedbackStep(Action):
    """Chuyển / trả lời / giải quyết / đóng one item (``step`` is the target status)."""

    item_id: int
    step: str
    text: str
    on: dt.date | None = None
    version: int | None = None  # the row version the user saw
    after: int | None = None  # the row version the step (or its undo) left
    changes: ClassVar[Change] = Change.FEEDBACK

    def _run(self, db: Database, version: int | None) -> dict:
        from dvdesk.services import feedback

        if self.step == "forwarded":
            done = feedback.forward_feedback(db, self.item_id, self.text, self.on,
                                             expected_version=version)
        elif self.step == "answered":
            done = feedback.answer_feedback(db, self.item_id, self.text, self.on,
                                            expected_version=version)
        elif self.step == "resolved":
            done = feedback.resolve_feedback(db, self.item_id, self.on, self.text,
                                             expected_version=version)
        else:
            done = feedback.close_feedback(db, self.item_id, self.text, self.on,
                                           expected_version=version)
        self.after = done["row_version"]
        return done

    def do(self, db: Database) -> dict:
        return self._run(db, self.version)

    def undo(self, db: Database) -> None:
        from dvdesk.services.feedback import undo_step

        self.after = undo_step(db, self.item_id, expected_version=self.after)["row_version"]

    def redo(self, db: Database) -> None:
        self._run(db, self.after)


# ---------------------------------------------------------------------------
# settings and imports


@dataclass
class SaveSettings(Action):
    """Sửa cài đặt; ``versions`` (section -> version) as the dialog read them."""

    sections: dict
    previous: dict | None = None
    versions: dict | None = None
    changes: ClassVar[Change] = Change.SETTINGS

    def do(self, db: Database) -> None:
        self.previous = settings_service.save_sections(db, self.sections,
                                                       expected_versions=self.versions)

    def undo(self, db: Database) -> None:
        settings_service.save_sections(db, self.previous, expected_values=self.sections)

    def redo(self, db: Database) -> None:
        settings_service.save_sections(db, self.sections, expected_values=self.previous)


@dataclass
class ApplyPreset(SaveSettings):
    """Áp dụng mẫu tổ chức (huyen, tinh, xa): the sections the preset writes over the
    settings as they are when it runs; undone and redone like saving those sections."""

    code: str = "huyen"
    sections: dict = field(default_factory=dict)

    def do(self, db: Database) -> None:
        self.sections, self.previous = settings_service.apply_preset(db, self.code)


@dataclass
class ApplyImport(Action):
    """Nhập Excel: the previewed plan, applied all or nothing, without the items the user
    unticked. Redo writes the same plan again (never re-reading the file), with the ids it
    had; undo takes back the whole import (what it created, ended and changed)."""

    plan: Any  # importer.ImportPlan
    result: dict | None = None
    leave_out: list = field(default_factory=list)  # the items unticked in the preview
    changes: ClassVar[Change] = Change.ALL

    def do(self, db: Database, progress=None) -> dict:
        from dvdesk.services.importer import apply_plan

        self.result = apply_plan(db, self.plan, progress, leave_out=self.leave_out)
        return self.result

    def undo(self, db: Database) -> None:
        from dvdesk.services.importer import withdraw_import

        withdraw_import(db, self.result)  # refused if the imported rows changed since

    def redo(self, db: Database) -> None:
        from dvdesk.services.importer import apply_plan

        # Refused unless what the plan relies on is as it was when it was first applied.
        self.result = apply_plan(db, self.plan, redo_of=self.result)
