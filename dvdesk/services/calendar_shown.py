"""Everything the calendar page shows of one version of a month, read in one go.

A province month takes about a second to read (5,000 meetings, their attendees and
conflicts), so after planning the window reads it on the worker with the plan and only
shows it on the GUI thread. The moves summary reuses the rows just read instead of
reading the month a second time.
"""

from __future__ import annotations

from dataclasses import dataclass

from dvdesk.domain.calendar.changes import MeetingChange, VersionChanges
from dvdesk.errors import DvDeskError
from dvdesk.services import calendar as service
from dvdesk.services import calendar_acceptance as acceptance
from dvdesk.services import calendar_changes
from dvdesk.services.calendar_moves import MoveSummary, explain_moves
from dvdesk.store.database import Database


@dataclass(frozen=True)
class MonthShown:
    state: service.MonthState
    accepted: dict[str, acceptance.Acceptance]
    changes: VersionChanges | None  # a revision against the approved version before it
    stale: list[MeetingChange]  # the latest approved version's attendees out of date
    moves: MoveSummary | None = None  # against last month, when asked for


def month_shown(db: Database, month: str, version: int | None = None, *,
                moves: bool = False) -> MonthShown:
    """The month's version (the latest by default) as the page shows it; ``moves``: with
    what moved against last month and why (after planning)."""
    state = service.month_state(db, month, version)
    changes, stale = changes_of(db, month, state)
    summary = None
    if moves:
        rows = state.rows if state.status == "draft" else None  # a snapshot is not the draft
        summary = explain_moves(db, month, state.version, rows)
    return MonthShown(state, acceptance.accepted(db, month), changes, stale, summary)


def changes_of(db: Database, month: str,
               state: service.MonthState) -> tuple[VersionChanges | None, list[MeetingChange]]:
    """A revision's changes against the approved version before it, and, on the month's
    latest approved version, the meetings whose attendees no longer match."""
    changes, stale = None, []
    if any(s == "approved" and v < state.version for v, s in state.versions):
        try:
            changes = calendar_changes.compare(db, month, None, state.version)
        except DvDeskError:
            changes = None
    approved = [v for v, s in state.versions if s == "approved"]
    if approved and state.version == approved[-1]:
        stale = calendar_changes.stale_attendees(db, month)
    return changes, stale
