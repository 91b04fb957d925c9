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
    MEETING_NOUNS,
    absence_words,
    format_date,
    format_days,
    holiday_families,
    join_labels,
    meeting_label,
    officer_name,
    session_label,
)
from dvdesk.domain.text import name_sort_key

if TYPE_CHECKING:
    from dvdesk.domain.calendar.planner import Planner


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
            whose = f"{len(members)} {MEETING_NOUNS.get(kind, 'cuộc họp')}"
        out.append(
            f"Khung ngày {format_days(window)} của {whose} trùng toàn bộ ngày nghỉ "
            f"({names}); hãy nới rộng hoặc dời khung của tháng này."
        )
    return out


def _no_window(planner: Planner) -> list[str]:
    return [
        f"{meeting_label(it)} không có ngày nào trong khung họp của tháng này; "
        "hãy đặt khung ngày cho tháng này."
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
            out.append(
                f"{meeting_label(it)} đã ghim ngày {format_date(it.slot.day)}, ngoài khung ngày "
                f"{format_days(window)}; hãy bỏ ghim hoặc đổi ngày."
            )
        if it.slot.day in blocked:
            out.append(
                f"{meeting_label(it)} đã ghim vào ngày nghỉ {blocked[it.slot.day]} "
                f"{format_date(it.slot.day)}; hãy bỏ ghim hoặc đổi ngày."
            )
        for o in planner.officers_of[i]:
            pinned_groups.setdefault((planner.assign[i], o), []).append(i)
            reason = planner.away.get((planner.officer_ids[o], it.slot.day))
            if reason is not None:
                out.append(
                    f"{meeting_label(it)} đã ghim ngày {format_date(it.slot.day)} nhưng đồng chí "
                    f"{officer_name(officer_names, planner.officer_ids[o])} "
                    f"{absence_words(reason)} ngày đó; hãy bỏ ghim hoặc đổi ngày."
                )
    for (s, o), members in sorted(pinned_groups.items()):
        if len(members) < 2:
            continue
        slot = planner.slot_objs[s]
        out.append(
            f"Các cuộc họp đã ghim {', '.join(meeting_label(items[i]) for i in members)} cùng "
            f"buổi {session_label(slot.session)} {format_date(slot.day)} nên đồng chí "
            f"{officer_name(officer_names, planner.officer_ids[o])} vẫn bị trùng lịch; "
            "hãy bỏ ghim hoặc đổi buổi một cuộc."
        )
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
                what = f"{usable} buổi không trùng ngày nghỉ và những ngày đồng chí vắng"
            elif len(part) <= len(slots):
                what = f"{usable} buổi không trùng ngày nghỉ"
            else:
                what = f"{usable} buổi"
            text = (
                f"Đồng chí {name} có {len(part)} cuộc họp nhưng chỉ có {what} "
                f"trong khung ngày {format_days(days)}."
            )
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
    who = f" (đồng chí {', '.join(names)} cùng được mời)" if names else ""
    if part.proven:
        return (
            f"Không có cách xếp nào giảm được số xung đột của các cuộc họp "
            f"{labels}{who}: khung ngày của các cuộc họp này không đủ buổi trống "
            "để tách riêng; hãy nới rộng khung ngày hoặc điều chỉnh phân công."
        )
    return (
        f"Chưa tìm được cách xếp tránh hết xung đột của các cuộc họp "
        f"{labels}{who}; hãy nới rộng khung ngày hoặc điều chỉnh phân công."
    )


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
