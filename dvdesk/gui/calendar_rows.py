"""What the calendar page shows of each meeting: grid chips and table rows.

Built once per load from the service's MeetingRow objects; the accent-free
search text is computed by the page and shared by the grid and the table.
"""

from __future__ import annotations

import datetime as dt
import functools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dvdesk.domain.calendar import SESSIONS, format_date
from dvdesk.domain.text import search_key
from dvdesk.gui.calendar_dialogs import session_name
from dvdesk.gui.calendar_grid import Chip
from dvdesk.gui.tables import Row

(COL_DATE, COL_SESSION, COL_START, COL_UNIT, COL_COMMUNE, COL_TYPE, COL_PLACE, COL_PEOPLE,
 COL_PIN) = range(9)
ROLE_SHORT = {"commune_lead": QT_TRANSLATE_NOOP("CalendarPage", "phụ trách xã"),
              "province_liaison": QT_TRANSLATE_NOOP("CalendarPage", "LĐ tỉnh"),
              "cell_attendance": QT_TRANSLATE_NOOP("CalendarPage", "cấp ủy dự"),
              "hamlet_support": QT_TRANSLATE_NOOP("CalendarPage", "theo dõi ấp")}
KIND_COLORS = {"double_booked": "#c62828", "holiday": "#ad1457", "outside_window": "#e65100",
               "no_attendee": "#6a1b9a", "unplaced": "#555555"}

def short_commune(commune: str) -> str:
    """"Xã Tân Thạch" → "Tân Thạch": the commune's name without its kind, for a chip."""
    for kind in ("Thị trấn ", "Xã ", "Phường ", "Đặc khu "):
        if commune.startswith(kind):
            return commune[len(kind):]
    return commune


def legend_html() -> str:
    """What the grid's colours and marks mean, as a one-line legend."""
    from dvdesk.gui.calendar_grid import CELL_FILL, COMMITTEE_FILL, CONFLICT_FILL, PINNED_MARK

    def swatch(color, text: str) -> str:
        return (f"<span style='background:{color.name()}; border:1px solid #888'>&nbsp;&nbsp;"
                f"&nbsp;</span>&nbsp;{text}")

    return "&nbsp;&nbsp; ".join((
        swatch(COMMITTEE_FILL, QCoreApplication.translate("CalendarPage", "đảng ủy")),
        swatch(CELL_FILL, QCoreApplication.translate("CalendarPage", "chi bộ")),
        swatch(CONFLICT_FILL, QCoreApplication.translate("CalendarPage", "xung đột")),
        f"<b style='color:{PINNED_MARK.name()}'>◆</b>&nbsp;" + QCoreApplication.translate(
            "CalendarPage", "đã ghim (xếp lịch tự động không dời)")))


# Accent-free forms of names and places survive reloads: the month reloads after every edit.
search = functools.lru_cache(maxsize=200_000)(search_key)


def search_text(row) -> str:
    return " ".join((search(row.unit), search(row.commune), search(row.place),
                     *(search(name) for _i, name, _role in row.attendees)))


def grid_content(state, texts: dict[int, str]):
    """(days, chips by (day, session), window days, sessions) of the month grid: the days of
    every window plus any day a meeting was put on, and a last row for unplaced meetings."""
    window_days = {d for r in state.rows for d in r.window}
    days: list = sorted(window_days | {r.day for r in state.rows if r.day is not None})
    chips: dict = {}
    nobody = QCoreApplication.translate("CalendarPage", "(chưa có)")
    for r in state.rows:
        # The title line carries the unit; a cell's commune opens the second line, so the
        # unit's own name is what gets the room (the tooltip has everything).
        title = f"{r.start} {r.unit}" if r.start else r.unit
        people = ", ".join(name for _i, name, _role in r.attendees) or nobody
        if r.kind != "committee" and r.commune:
            people = f"{short_commune(r.commune)} · {people}"
        chips.setdefault((r.day, r.session), []).append(
            Chip(r.id, title, people, r.kind, r.pinned, texts[r.id]))
    if any(r.day is None for r in state.rows):
        days.append(None)
    sessions = tuple(s for s in SESSIONS if s in state.sessions
                     or any(r.session == s and r.day for r in state.rows))
    return days, chips, window_days, sessions


def _role(role: str) -> str:
    short = ROLE_SHORT.get(role)
    return QCoreApplication.translate("CalendarPage", short) if short else role


def table_row(r, conflict: bool, text: str) -> Row:
    people = "; ".join(f"{name} ({_role(role)})" for _i, name, role in r.attendees)
    unplaced = QCoreApplication.translate("CalendarPage", "chưa xếp")
    committee = QCoreApplication.translate("CalendarPage", "Đảng ủy")
    cells = (format_date(r.day) if r.day else unplaced,
             session_name(r.session) if r.day else "", r.start, r.unit,
             r.commune, r.cell_type or committee, r.place, people, "✓" if r.pinned else "")
    rank = SESSIONS.index(r.session) if r.session in SESSIONS else 9
    order = (r.day or dt.date.max, rank, r.start)
    return Row(r.id, cells, f"{text} {cells[0]} {search(cells[1])}",
               sort_keys={COL_DATE: order, COL_SESSION: (rank, r.day or dt.date.max)},
               highlight=conflict)
