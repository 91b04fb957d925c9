"""The plain values the calendar works with: slots, meetings to place, conflicts, results.

No database and no Qt: the services build these from the database rows, the
planner and the conflict check read them, and the window shows what comes back.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

SESSIONS = ("sang", "chieu", "toi")  # sáng, chiều, tối
SESSION_LABELS = {"sang": "sáng", "chieu": "chiều", "toi": "tối"}
CONFLICT_KINDS = ("double_booked", "unavailable", "outside_window", "holiday", "no_attendee",
                  "unplaced")
COMMITTEE, CELL = "committee", "cell"  # the two kinds of meeting


@dataclass(frozen=True, slots=True, order=True)
class Slot:
    day: datetime.date
    session: str


@dataclass(frozen=True, slots=True)
class MeetingItem:
    id: int
    label: str  # e.g. "Chi bộ ấp Phú Hòa (xã An Khánh)"
    kind: str  # "committee" | "cell"
    window: tuple[datetime.date, ...]  # allowed days this month, sorted
    attendees: tuple[int, ...]  # officer ids expected at it
    slot: Slot | None = None  # current placement (None = not placed yet)
    pinned: bool = False  # pinned meetings keep their slot
    preferred: Slot | None = None  # last month's day/session, moved into this month


@dataclass(frozen=True, slots=True)
class Unavailability:
    """Days (``first`` to ``last`` inclusive) an officer cannot attend: nghỉ phép, đi công
    tác, học tập … (``reason`` as the secretary typed it)."""

    officer_id: int
    first: datetime.date
    last: datetime.date
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: str  # one of CONFLICT_KINDS
    message: str  # one Vietnamese sentence
    meeting_ids: tuple[int, ...]
    officer_ids: tuple[int, ...]
    day: datetime.date | None
    session: str | None = None


@dataclass
class PlanResult:
    slots: dict[int, Slot]  # meeting id -> slot (pinned ones unchanged)
    conflicts: list[Conflict]  # what remains, as find_conflicts reports it
    reasons: list[str] = field(default_factory=list)  # why no conflict-free calendar exists
