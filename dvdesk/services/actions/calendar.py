"""The monthly calendar and the attendance recorded against it. See ``services.actions``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import ClassVar

from dvdesk.errors import DvDeskError
from dvdesk.services import calendar as calendar_service
from dvdesk.services import calendar_acceptance as acceptance_service
from dvdesk.services import calendar_meetings as meeting_service
from dvdesk.services.actions.base import Action, Change
from dvdesk.store.database import Database

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
    # What the person saw of the fields changed: refused if another program changed them.
    expected: dict | None = None
    undone: dict = field(default_factory=dict)  # what the undo returned: its own "previous"
    changes: ClassVar[Change] = Change.CALENDAR

    def do(self, db: Database) -> dict:
        self.previous = calendar_service.update_meeting(
            db, self.meeting_id, expected_version=self.version, expected_values=self.expected,
            **self.new)
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
