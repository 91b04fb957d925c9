"""The monthly meeting calendar, as pure functions over plain data (no database, no Qt).

- ``types``: slots, meetings to place, conflicts, plan results;
- ``wording``: how days, sessions, meetings and officers are named in sentences;
- ``conflicts``: every conflict of a placed month (``find_conflicts``);
- ``planner``: automatic scheduling (``plan``), built on ``board`` (the search state),
  ``exact`` (branch and bound) and ``tabu`` (min-conflicts search);
- ``explanations``: why no conflict-free calendar exists.

Callers import from this package; the modules are its rooms.
"""

from dvdesk.domain.calendar.conflicts import find_conflicts, with_slots
from dvdesk.domain.calendar.planner import plan
from dvdesk.domain.calendar.types import (
    CELL,
    COMMITTEE,
    CONFLICT_KINDS,
    SESSION_LABELS,
    SESSIONS,
    Conflict,
    MeetingItem,
    PlanResult,
    Slot,
    Unavailability,
)
from dvdesk.domain.calendar.wording import format_date, format_days

__all__ = [
    "CELL",
    "COMMITTEE",
    "CONFLICT_KINDS",
    "SESSIONS",
    "SESSION_LABELS",
    "Conflict",
    "MeetingItem",
    "PlanResult",
    "Slot",
    "Unavailability",
    "find_conflicts",
    "format_date",
    "format_days",
    "plan",
    "with_slots",
]
