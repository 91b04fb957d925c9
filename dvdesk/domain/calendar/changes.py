"""What changed between two versions of a month (điều chỉnh lịch), and for whom.

A meeting is the same meeting in two versions when it belongs to the same unit
(``VersionMeeting.key``: kind and unit id), since a revision copies every meeting
under a new id. ``compare_versions`` lists each meeting moved (another day,
session, time or place), added, removed, or whose expected officers changed (an
assignment changed, or the new day falls under another holder), and, for every
officer concerned, what changed for them: the officers a change notice must
inform. Plain data in, plain data out: no database, no Qt.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from dvdesk.domain.calendar.wording import format_date, session_label, session_rank
from dvdesk.domain.messages import Message, msg, term
from dvdesk.domain.phrases import Joined, Listed
from dvdesk.domain.text import name_sort_key

MOVED, ADDED, REMOVED, ATTENDEES = "moved", "added", "removed", "attendees"


@dataclass(frozen=True)
class VersionMeeting:
    """One meeting of one version, as a comparison needs it."""

    key: tuple[str, int]  # (kind, unit id): the same unit's meeting in every version
    id: int
    kind: str
    unit: str  # "Chi bộ Ấp 1"
    label: str  # "Chi bộ Ấp 1 (xã An Khánh)": the unit as a sentence names it
    commune: str
    day: datetime.date | None
    session: str
    start: str
    place: str
    attendees: tuple[tuple[int, str], ...] = ()  # (officer id, name)

    @property
    def slot(self) -> tuple:
        return (self.day, self.session, self.start, self.place)

    def when(self, place: bool = True) -> Message:
        """ "sáng 10/12/2026 lúc 07:30 tại Nhà văn hóa ấp 1" (without the place: the part
        before "tại")."""
        if self.day is None:
            text = msg("chưa xếp ngày")
        elif self.start:
            text = msg("{session} {day} lúc {start}", session=term(session_label(self.session)),
                       day=format_date(self.day), start=self.start)
        else:
            text = msg("{session} {day}", session=term(session_label(self.session)),
                       day=format_date(self.day))
        if place and self.place:
            text = msg("{when} tại {place}", when=text, place=self.place)
        return text


@dataclass(frozen=True)
class MeetingChange:
    """One meeting that differs between the versions (``before`` None: added; ``after``
    None: removed)."""

    before: VersionMeeting | None
    after: VersionMeeting | None
    joined: tuple[tuple[int, str], ...] = ()  # expected now, not before
    left: tuple[tuple[int, str], ...] = ()  # expected before, not now

    @property
    def meeting(self) -> VersionMeeting:
        return self.after if self.after is not None else self.before

    @property
    def moved(self) -> bool:
        return self.before is not None and self.after is not None \
            and self.before.slot != self.after.slot

    @property
    def kinds(self) -> tuple[str, ...]:
        """What happened to it: added, removed, or moved and / or attendees."""
        if self.before is None:
            return (ADDED,)
        if self.after is None:
            return (REMOVED,)
        return tuple(k for k, yes in ((MOVED, self.moved),
                                      (ATTENDEES, bool(self.joined or self.left))) if yes)

    def officers(self) -> tuple[tuple[int, str], ...]:
        """Who must be told: everyone expected before or after when the meeting itself
        changed; only those who joined or left when just its attendees did."""
        if self.before is None or self.after is None or self.moved:
            people = (self.before.attendees if self.before else ()) + \
                (self.after.attendees if self.after else ())
        else:
            people = self.joined + self.left
        return tuple(dict(people).items())

    def sort_key(self) -> tuple:
        m = self.meeting
        return (m.day is None, m.day or datetime.date.min, session_rank(m.session),
                m.start or "99:99", m.kind != "committee", m.label, m.id)


@dataclass(frozen=True)
class OfficerChange:
    """What changed for one officer: each change with its meaning for them."""

    officer_id: int
    name: str
    items: tuple[tuple[MeetingChange, str], ...]  # (change, moved | added | removed)

    def meeting_ids(self) -> list[int]:
        return [change.meeting.id for change, _ in self.items]

    def sentences(self) -> list[str]:
        return [describe_for_officer(change, what) for change, what in self.items]


@dataclass(frozen=True)
class VersionChanges:
    month: str
    from_version: int
    to_version: int
    changes: tuple[MeetingChange, ...] = ()
    officers: tuple[OfficerChange, ...] = field(default_factory=tuple)

    def of_kind(self, kind: str) -> list[MeetingChange]:
        return [c for c in self.changes if kind in c.kinds]

    def officer_ids(self) -> set[int]:
        return {o.officer_id for o in self.officers}


def _keyed(meetings: Iterable[VersionMeeting]) -> dict[tuple, VersionMeeting]:
    """By unit; a unit with two meetings in one version keeps them apart by their order."""
    found: dict[tuple, VersionMeeting] = {}
    seen: dict[tuple[str, int], int] = {}
    for m in sorted(meetings, key=lambda m: m.id):
        n = seen.get(m.key, 0)
        seen[m.key] = n + 1
        found[(*m.key, n)] = m
    return found


def attendee_change(before: Sequence[tuple[int, str]], after: Sequence[tuple[int, str]]
                    ) -> tuple[tuple[tuple[int, str], ...], tuple[tuple[int, str], ...]]:
    """(joined, left) between two lists of (officer id, name)."""
    was, now = dict(before), dict(after)
    joined = tuple((o, now[o]) for o in now if o not in was)
    left = tuple((o, was[o]) for o in was if o not in now)
    return joined, left


def compare_versions(month: str, from_version: int, to_version: int,
                     before: Iterable[VersionMeeting], after: Iterable[VersionMeeting]
                     ) -> VersionChanges:
    """Every meeting that differs, in calendar order, and every officer concerned, in
    Vietnamese name order."""
    old, new = _keyed(before), _keyed(after)
    changes: list[MeetingChange] = []
    for key in old.keys() | new.keys():
        a, b = old.get(key), new.get(key)
        if a is not None and b is not None:
            joined, left = attendee_change(a.attendees, b.attendees)
            if a.slot == b.slot and not joined and not left:
                continue
            changes.append(MeetingChange(a, b, joined, left))
        else:
            changes.append(MeetingChange(a, b))
    changes.sort(key=MeetingChange.sort_key)
    return VersionChanges(month, from_version, to_version, tuple(changes),
                          tuple(officers_concerned(changes)))


def officers_concerned(changes: Sequence[MeetingChange]) -> list[OfficerChange]:
    """For each officer concerned, what each change means for them."""
    items: dict[int, list[tuple[MeetingChange, str]]] = {}
    names: dict[int, str] = {}
    for change in changes:
        joined, left = dict(change.joined), dict(change.left)
        for officer_id, name in change.officers():
            names.setdefault(officer_id, name)
            if change.before is None or officer_id in joined:
                what = ADDED
            elif change.after is None or officer_id in left:
                what = REMOVED
            else:
                what = MOVED
            items.setdefault(officer_id, []).append((change, what))
    found = [OfficerChange(o, names[o], tuple(items[o])) for o in items]
    found.sort(key=lambda x: (name_sort_key(x.name), x.officer_id))
    return found


def describe(change: MeetingChange) -> Message:
    """The change in one sentence, as the change notice prints it."""
    m = change.meeting
    if change.before is None:
        return msg("Bổ sung {meeting}: {when}.", meeting=m.label, when=m.when())
    if change.after is None:
        return msg("Không tổ chức {meeting} ({when}).", meeting=m.label, when=m.when())
    parts = []
    if change.moved:
        parts.append(move_words(change.before, change.after))
    if change.joined:
        parts.append(msg("thêm đồng chí {names}",
                         names=Listed(n for _, n in change.joined)))
    if change.left:
        parts.append(msg("không còn đồng chí {names}",
                         names=Listed(n for _, n in change.left)))
    return msg("{meeting}: {changes}.", meeting=m.label, changes=Changes(parts))


class Changes(Joined):
    """What changed about one meeting, said one after the other."""

    separator = "; "


def describe_for_officer(change: MeetingChange, what: str) -> Message:
    """What one officer must know about one change."""
    m = change.meeting
    if what == ADDED:
        return msg("Dự {meeting}: {when}.", meeting=m.label, when=m.when())
    if what == REMOVED:
        if change.after is None:
            return msg("Không dự {meeting} ({when}): cuộc họp không tổ chức.",
                       meeting=m.label, when=m.when())
        return msg("Không còn dự {meeting} ({when}).", meeting=m.label,
                   when=change.before.when())
    return msg("{meeting}: {moved}.", meeting=m.label,
               moved=move_words(change.before, change.after))


def move_words(before: VersionMeeting, after: VersionMeeting) -> Message:
    """Only what moved: the time ("chuyển từ sáng 10/12/2026 lúc 07:30 sang chiều
    12/12/2026 lúc 14:00"), the place ("đổi địa điểm từ … sang …"), or both."""
    timed = before.slot[:3] != after.slot[:3]
    placed = before.place != after.place
    if timed and not placed:
        if after.place:
            return msg("chuyển từ {before} sang {after} (tại {place})",
                       before=before.when(False), after=after.when(False), place=after.place)
        return msg("chuyển từ {before} sang {after}", before=before.when(False),
                   after=after.when(False))
    if placed and not timed:
        unwritten = msg("(chưa ghi)")
        return msg("đổi địa điểm từ {before} sang {after} ({when})",
                   before=before.place or unwritten, after=after.place or unwritten,
                   when=after.when(False))
    return msg("chuyển từ {before} sang {after}", before=before.when(), after=after.when())
