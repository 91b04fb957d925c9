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

The actions are grouped by what they change: ``units``, ``people`` (officers, their
absences and assignments), ``calendar`` (the month and its attendance) and
``records`` (feedback, settings, imports); all are importable from this package.
"""

from dvdesk.services.actions.base import Action, Change
from dvdesk.services.actions.calendar import (
    AcceptConflict,
    AddMeeting,
    AllPresent,
    Approve,
    CopyAndPlan,
    EditMeeting,
    MarkAttendance,
    NewMonth,
    PlanMonth,
    RecordAttendance,
    RemoveMeeting,
    Revise,
    SetMonthWindows,
    WithdrawAcceptance,
)
from dvdesk.services.actions.people import (
    AddOfficer,
    AddUnavailability,
    Assign,
    DeleteOfficer,
    EditOfficer,
    EndAssignment,
    Reassign,
    RemoveUnavailability,
    SetOfficerActive,
)
from dvdesk.services.actions.records import (
    ApplyImport,
    ApplyPreset,
    FeedbackStep,
    ReceiveFeedback,
    SaveSettings,
)
from dvdesk.services.actions.units import (
    AddUnit,
    CarryOver,
    EditUnit,
    MergeUnits,
    MoveUnit,
    RemoveUnit,
    RenameUnitOn,
)

__all__ = [
    "AcceptConflict",
    "Action",
    "AddMeeting",
    "AddOfficer",
    "AddUnavailability",
    "AddUnit",
    "AllPresent",
    "ApplyImport",
    "ApplyPreset",
    "Approve",
    "Assign",
    "CarryOver",
    "Change",
    "CopyAndPlan",
    "DeleteOfficer",
    "EditMeeting",
    "EditOfficer",
    "EditUnit",
    "EndAssignment",
    "FeedbackStep",
    "MarkAttendance",
    "MergeUnits",
    "MoveUnit",
    "NewMonth",
    "PlanMonth",
    "Reassign",
    "ReceiveFeedback",
    "RecordAttendance",
    "RemoveMeeting",
    "RemoveUnavailability",
    "RemoveUnit",
    "RenameUnitOn",
    "Revise",
    "SaveSettings",
    "SetMonthWindows",
    "SetOfficerActive",
    "WithdrawAcceptance",
]
