"""Why a month has no conflict-free calendar, in sentences the secretary can act on.

The reasons come in this order: windows that fall wholly on holidays, meetings
without any window day, pinned meetings that cause conflicts by themselves,
officers with more meetings than usable sessions, and last the conflicts that
none of these explain, group part by group part (proven unavoidable or not).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING

from dvdesk.domain.calendar.wording import (
    absence_words,
    format_date,
    format_days,
    holiday_families,
    join_labels,
    meeting_label,
    officer_name,
    session_label,
)
from dvdesk.domain.messages import N_, msg, term
from dvdesk.domain.text import name_sort_key

if TYPE_CHECKING:
    from dvdesk.domain.calendar.planner import Planner

# "3 cuộc họp đảng ủy": how many meetings of a kind share a window.
_COUNTED = {"committee": N_("{count} cuộc họp đảng ủy"),
            "cell": N_("{count} cuộc sinh hoạt chi bộ")}
_COUNTED_ANY = N_("{count} cuộc họp")


def reasons(planner: Planner, officer_names: Mapping[int, str]) -> list[str]:
    windows_blocked = [
        planner.free[i] and all(day in planner.blocked for day in planner.windows[i])
        for i in range(len(planner.items))
    ]
    return [
        *_blocked_windows(planner, windows_blocked),
        *_no_window(planner),
        *_pinned(planner, officer_names),
        *_overloaded(planner, officer_names, windows_blocked),
        *_unexplained(planner, officer_names),
    ]


def _blocked_windows(planner: Planner, windows_blocked: list[bool]) -> list[str]:
    """Windows without any usable day."""
    items, blocked = planner.items, planner.blocked
    windows: dict[tuple[str, tuple[datetime.date, ...]], list[int]] = {}
    for i, it in enumerate(items):
        if windows_blocked[i]:
            windows.setdefault((it.kind, planner.windows[i]), []).append(i)
    out = []
    for (kind, window), members in sorted(windows.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        names = ", ".join(holiday_families(blocked[day] for day in window))
        if len(members) == 1:
            whose = meeting_label(items[members[0]])
        else:
            whose = msg(_COUNTED.get(kind, _COUNTED_ANY), count=len(members))
        out.append(msg("Khung ngày {window} của {whose} trùng toàn bộ ngày nghỉ ({holidays}); "
                       "hãy nới rộng hoặc dời khung của tháng này.",
                       window=format_days(window), whose=whose, holidays=names))
    return out


def _no_window(planner: Planner) -> list[str]:
    return [
        msg("{meeting} không có ngày nào trong khung họp của tháng này; hãy đặt khung ngày cho "
            "tháng này.", meeting=meeting_label(it))
        for i, it in enumerate(planner.items)
        if not planner.windows[i] and not (it.pinned and it.slot is not None)
    ]


def _pinned(planner: Planner, officer_names: Mapping[int, str]) -> list[str]:
    """Pinned meetings that cause conflicts by themselves."""
    items, blocked = planner.items, planner.blocked
    out = []
    pinned_groups: dict[tuple[int, int], list[int]] = {}
    for i, it in enumerate(items):
        if not (it.pinned and it.slot is not None):
            continue
        window = planner.windows[i]
        if it.slot.day not in window and window:
            out.append(msg("{meeting} đã ghim ngày {day}, ngoài khung ngày {window}; hãy bỏ "
                           "ghim hoặc đổi ngày.", meeting=meeting_label(it),
                           day=format_date(it.slot.day), window=format_days(window)))
        if it.slot.day in blocked:
            out.append(msg("{meeting} đã ghim vào ngày nghỉ {holiday} {day}; hãy bỏ ghim hoặc "
                           "đổi ngày.", meeting=meeting_label(it), holiday=blocked[it.slot.day],
                           day=format_date(it.slot.day)))
        for o in planner.officers_of[i]:
            pinned_groups.setdefault((planner.assign[i], o), []).append(i)
            reason = planner.away.get((planner.officer_ids[o], it.slot.day))
            if reason is not None:
                out.append(msg(
                    "{meeting} đã ghim ngày {day} nhưng đồng chí {officer} {away} ngày đó; hãy "
                    "bỏ ghim hoặc đổi ngày.", meeting=meeting_label(it),
                    day=format_date(it.slot.day),
                    officer=officer_name(officer_names, planner.officer_ids[o]),
                    away=term(absence_words(reason))))
    for (s, o), members in sorted(pinned_groups.items()):
        if len(members) < 2:
            continue
        slot = planner.slot_objs[s]
        out.append(msg(
            "Các cuộc họp đã ghim {meetings} cùng buổi {session} {day} nên đồng chí {officer} "
            "vẫn bị trùng lịch; hãy bỏ ghim hoặc đổi buổi một cuộc.",
            meetings=", ".join(meeting_label(items[i]) for i in members),
            session=term(session_label(slot.session)), day=format_date(slot.day),
            officer=officer_name(officer_names, planner.officer_ids[o])))
    return out


def _overloaded(planner: Planner, officer_names: Mapping[int, str],
                windows_blocked: list[bool]) -> list[str]:
    """Officers with more meetings than usable sessions."""
    found: list[tuple[tuple, str]] = []
    for o, officer_id in enumerate(planner.officer_ids):
        meetings = sorted(planner.officer_free[o] + planner.officer_fixed[o])
        for part in overlapping_parts(planner, meetings):
            if all(planner.fixed[i] for i in part):
                continue  # explained by the pinned meetings above
            slots: set[int] = set()
            days: set[datetime.date] = set()
            for i in part:
                slots.update(planner.domain[i])
                days.update(planner.windows[i] or (planner.items[i].slot.day,))
            open_slots = [s for s in slots if not planner.is_blocked[s]]
            usable = sum(1 for s in open_slots if not planner.away_slot(o, s))
            if len(part) <= usable:
                continue
            if usable == 0 and all(windows_blocked[i] for i in part):
                continue  # explained by the window reason above
            name = officer_name(officer_names, officer_id)
            if usable < len(open_slots):
                what = msg("{count} buổi không trùng ngày nghỉ và những ngày đồng chí vắng",
                           count=usable)
            elif len(part) <= len(slots):
                what = msg("{count} buổi không trùng ngày nghỉ", count=usable)
            else:
                what = msg("{count} buổi", count=usable)
            text = msg("Đồng chí {officer} có {count} cuộc họp nhưng chỉ có {sessions} trong "
                       "khung ngày {days}.", officer=name, count=len(part), sessions=what,
                       days=format_days(days))
            found.append(((name_sort_key(name), officer_id, min(days)), text))
    return [text for _, text in sorted(found, key=lambda pair: pair[0])]


def _unexplained(planner: Planner, officer_names: Mapping[int, str]) -> list[str]:
    """Conflicts that the reasons above do not account for, part by part."""
    out = []
    for group in planner.groups:
        keys = planner.group_keys(group.meetings)
        for part in group.parts:
            if planner.part_cost(part, keys) > part.explained:
                out.append(_part_sentence(planner, part, officer_names))
    return out


def _part_sentence(planner: Planner, part, officer_names: Mapping[int, str]) -> str:
    busy, slot_count = planner.busy, planner.slot_count
    own = set(part.officers)
    officer_set: set[int] = set()
    involved = []
    for i in part.meetings:
        s = planner.assign[i]
        crowded = [o for o in planner.officers_of[i] if o in own and busy[o * slot_count + s] >= 2]
        officer_set.update(crowded)
        if crowded or planner.is_blocked[s]:
            involved.append(i)
    names = [
        officer_name(officer_names, planner.officer_ids[o])
        for o in sorted(officer_set, key=lambda o: planner.officer_ids[o])
    ]
    labels = join_labels([meeting_label(planner.items[i]) for i in involved])
    who = msg(" (đồng chí {names} cùng được mời)", names=", ".join(names)) if names else ""
    if part.proven:
        return msg("Không có cách xếp nào giảm được số xung đột của các cuộc họp {meetings}{who}: "
                   "khung ngày của các cuộc họp này không đủ buổi trống để tách riêng; hãy nới "
                   "rộng khung ngày hoặc điều chỉnh phân công.", meetings=labels, who=who)
    return msg("Chưa tìm được cách xếp tránh hết xung đột của các cuộc họp {meetings}{who}; hãy "
               "nới rộng khung ngày hoặc điều chỉnh phân công.", meetings=labels, who=who)


def overlapping_parts(planner: Planner, meetings: list[int]) -> list[list[int]]:
    """Split one officer's meetings into sets whose slot ranges overlap."""
    parts: list[list[int]] = []
    slot_sets: list[set[int]] = []
    for i in meetings:
        slots = set(planner.domain[i])
        merged = [k for k, other in enumerate(slot_sets) if not other.isdisjoint(slots)]
        if not merged:
            parts.append([i])
            slot_sets.append(slots)
            continue
        target = merged[0]
        parts[target].append(i)
        slot_sets[target] |= slots
        for k in reversed(merged[1:]):
            parts[target].extend(parts.pop(k))
            slot_sets[target] |= slot_sets.pop(k)
    return [sorted(part) for part in parts]
