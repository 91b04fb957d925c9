"""Conflicts of a placed month: double bookings, officers away, outside windows, holidays,
nobody, unplaced.

``find_conflicts`` lists every one of them (never just the first), each as one
Vietnamese sentence naming the people and the meetings involved; the window
shows them live while the secretary edits.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import replace

from dvdesk.domain.calendar.types import (
    CONFLICT_KINDS,
    Conflict,
    MeetingItem,
    Slot,
    Unavailability,
)
from dvdesk.domain.calendar.wording import (
    absence_words,
    format_date,
    format_days,
    meeting_label,
    officer_name,
    session_label,
    session_rank,
)
from dvdesk.domain.messages import msg, term

_KIND_RANK = {kind: rank for rank, kind in enumerate(CONFLICT_KINDS)}


def with_slots(items: Iterable[MeetingItem], slots: Mapping[int, Slot]) -> list[MeetingItem]:
    """The items with their slot replaced by ``slots[id]`` where given."""
    return [replace(item, slot=slots[item.id]) if item.id in slots else item for item in items]


def away_days(unavailable: Iterable[Unavailability]) -> dict[tuple[int, datetime.date], str]:
    """(officer id, day) -> the reason the officer is away that day (the first one given)."""
    found: dict[tuple[int, datetime.date], str] = {}
    for entry in unavailable:
        day = entry.first
        while day <= entry.last:
            found.setdefault((entry.officer_id, day), entry.reason)
            day += datetime.timedelta(days=1)
    return found


def find_conflicts(
    items: Iterable[MeetingItem],
    blocked: Mapping[datetime.date, str],
    officer_names: Mapping[int, str],
    unavailable: Iterable[Unavailability] = (),
) -> list[Conflict]:
    """Every conflict of the placed meetings, ordered by day, session, kind and ids.

    - unavailable: one per (officer, day, session) with a meeting on a day the officer
      is away (leave, business trip …), naming every meeting of that session;
    - double_booked: one per (officer, day, session) with two or more meetings, the
      officer not away;
    - outside_window: a meeting placed on a day outside its window;
    - holiday: a meeting placed on a blocked day;
    - no_attendee: a meeting nobody is expected at;
    - unplaced: a meeting without a slot.
    """
    found: list[tuple[tuple, Conflict]] = []
    away = away_days(unavailable)

    def add(conflict: Conflict) -> None:
        key = (
            conflict.day is None,
            conflict.day or datetime.date.min,
            session_rank(conflict.session),
            _KIND_RANK.get(conflict.kind, len(_KIND_RANK)),
            conflict.meeting_ids,
            conflict.officer_ids,
        )
        found.append((key, conflict))

    by_slot: dict[tuple[int, datetime.date, str], list[MeetingItem]] = {}
    for item in items:
        slot = item.slot
        label = meeting_label(item)
        day = slot.day if slot is not None else None
        session = slot.session if slot is not None else None
        if not item.attendees:
            add(
                Conflict(
                    "no_attendee",
                    msg("{meeting} chưa có cán bộ nào được phân công dự.", meeting=label),
                    (item.id,),
                    (),
                    day,
                    session,
                )
            )
        if slot is None:
            add(Conflict("unplaced", msg("{meeting} chưa được xếp ngày họp.", meeting=label),
                         (item.id,), (), None))
            continue
        if slot.day not in item.window:
            if item.window:
                text = msg("{meeting} xếp ngày {day}, ngoài khung ngày {window}.", meeting=label,
                           day=format_date(slot.day), window=format_days(item.window))
            else:
                text = msg("{meeting} xếp ngày {day} nhưng tháng này không có khung ngày họp "
                           "nào cho đơn vị này.", meeting=label, day=format_date(slot.day))
            add(Conflict("outside_window", text, (item.id,), (), slot.day, slot.session))
        holiday = blocked.get(slot.day)
        if holiday is not None:
            text = msg("{meeting} họp buổi {session}, rơi vào ngày nghỉ {holiday} {day}.",
                       meeting=label, session=term(session_label(slot.session)),
                       holiday=holiday, day=format_date(slot.day))
            add(Conflict("holiday", text, (item.id,), (), slot.day, slot.session))
        for officer_id in dict.fromkeys(item.attendees):
            key = (officer_id, slot.day, slot.session)
            group = by_slot.get(key)
            if group is None:
                by_slot[key] = [item]
            else:
                group.append(item)

    for (officer_id, day, session), group in by_slot.items():
        reason = away.get((officer_id, day)) if away else None
        if len(group) < 2 and reason is None:
            continue
        group.sort(key=lambda it: it.id)
        if reason is not None:
            add(_away_conflict(officer_names, officer_id, reason, day, session, group))
            continue
        text = msg("Đồng chí {officer} được mời dự {count} cuộc họp cùng buổi {session} {day}: "
                   "{meetings}.", officer=officer_name(officer_names, officer_id),
                   count=len(group), session=term(session_label(session)),
                   day=format_date(day),
                   meetings=", ".join(meeting_label(it) for it in group))
        add(
            Conflict(
                "double_booked",
                text,
                tuple(it.id for it in group),
                (officer_id,),
                day,
                session,
            )
        )

    found.sort(key=lambda pair: pair[0])
    return [conflict for _, conflict in found]


def _away_conflict(officer_names: Mapping[int, str], officer_id: int, reason: str,
                   day: datetime.date, session: str, group: list[MeetingItem]) -> Conflict:
    """ "Đồng chí X nghỉ phép ngày D nhưng được mời dự …": one per officer and session,
    counted like a double booking (the planner weighs both the same)."""
    what = (meeting_label(group[0]) if len(group) == 1 else
            msg("{count} cuộc họp: {meetings}", count=len(group),
                meetings=", ".join(meeting_label(it) for it in group)))
    text = msg("Đồng chí {officer} {away} ngày {day} nhưng được mời dự buổi {session} "
               "{meetings}.", officer=officer_name(officer_names, officer_id),
               away=term(absence_words(reason)), day=format_date(day),
               session=term(session_label(session)), meetings=what)
    return Conflict("unavailable", text, tuple(it.id for it in group), (officer_id,), day,
                    session)
