"""What the calendar page shows of each meeting: grid chips and table rows.

Built once per load from the service's MeetingRow objects (``month_content``, plain
Python that may run on the worker); the accent-free search text is shared by the grid
and the table.
"""

from __future__ import annotations

import datetime as dt
import functools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from dvdesk.domain.calendar import SESSIONS, format_date
from dvdesk.domain.text import search_key
from dvdesk.gui.calendar_dialogs import session_name
from dvdesk.gui.calendar_grid import Chip
from dvdesk.gui.tables import Row, RowTableModel
from dvdesk.services import calendar_acceptance as acceptance

CHANGED_BRUSH = QBrush(QColor("#dbe8fb"))  # changed by the revision shown (not a conflict)


class MarkedRowsModel(RowTableModel):
    """The meetings' table; rows in ``changed`` (by the revision shown, or attendees out of
    date) get a blue background, conflicts keep theirs."""

    def __init__(self, headers, parent=None):
        super().__init__(headers, parent)
        self.changed: set[int] = set()

    def cell(self, row: Row, column: int, role=Qt.ItemDataRole.DisplayRole):
        found = super().cell(row, column, role)
        if found is None and role == Qt.ItemDataRole.BackgroundRole and row.id in self.changed:
            return CHANGED_BRUSH
        return found

(COL_DATE, COL_SESSION, COL_START, COL_UNIT, COL_COMMUNE, COL_TYPE, COL_PLACE, COL_PEOPLE,
 COL_PIN) = range(9)
# Why an officer attends, short; {unit}: the level word of the settings ("thôn", "xã").
ROLE_SHORT = {"commune_lead": QT_TRANSLATE_NOOP("CalendarPage", "phụ trách {unit}"),
              "province_liaison": QT_TRANSLATE_NOOP("CalendarPage", "LĐ tỉnh"),
              "cell_attendance": QT_TRANSLATE_NOOP("CalendarPage", "cấp ủy dự"),
              "hamlet_support": QT_TRANSLATE_NOOP("CalendarPage", "theo dõi {unit}")}
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
    from dvdesk.gui.calendar_grid import (
        CELL_FILL,
        CHANGED_EDGE,
        COMMITTEE_FILL,
        CONFLICT_FILL,
        PINNED_MARK,
    )

    def swatch(color, text: str) -> str:
        return (f"<span style='background:{color.name()}; border:1px solid #888'>&nbsp;&nbsp;"
                f"&nbsp;</span>&nbsp;{text}")

    return "&nbsp;&nbsp; ".join((
        swatch(COMMITTEE_FILL, QCoreApplication.translate("CalendarPage", "đảng ủy")),
        swatch(CELL_FILL, QCoreApplication.translate("CalendarPage", "chi bộ")),
        swatch(CONFLICT_FILL, QCoreApplication.translate("CalendarPage", "xung đột")),
        f"<b style='color:{CHANGED_EDGE.name()}'>▢</b>&nbsp;"
        + QCoreApplication.translate("CalendarPage", "đã thay đổi"),
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
        # A cell's label names its commune unless the committee has only the one (a
        # commune's own calendar): the chip says it when the label does.
        if r.kind != "committee" and r.commune and r.label != r.unit:
            people = f"{short_commune(r.commune)} · {people}"
        chips.setdefault((r.day, r.session), []).append(
            Chip(r.id, title, people, r.kind, r.pinned, texts[r.id]))
    if any(r.day is None for r in state.rows):
        days.append(None)
    sessions = tuple(s for s in SESSIONS if s in state.sessions
                     or any(r.session == s and r.day for r in state.rows))
    return days, chips, window_days, sessions


def role_words(levels) -> dict[str, str]:
    """The short role names, with the level words of ``levels`` (gui/levels.WindowLevels)."""
    from dvdesk.domain.roles import role_unit

    return {role: QCoreApplication.translate("CalendarPage", short).format(
        unit=levels.word(role_unit(role).value)) for role, short in ROLE_SHORT.items()}


def table_row(r, conflict: bool, text: str, roles: dict[str, str]) -> Row:
    """``roles``: the short role names (``role_words``)."""
    people = "; ".join(f"{name} ({roles.get(role, role)})" for _i, name, role in r.attendees)
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


class MonthContent:
    """A month's chips and table rows, ready for the page to show.

    ``texts`` and ``table_rows`` (by meeting id) are kept by the page: after an edit of a
    few meetings only theirs are made again."""

    __slots__ = ("texts", "table_rows", "rows", "grid", "conflicting", "conflict_keys",
                 "by_id")

    def __init__(self, texts: dict[int, str], table_rows: dict[int, Row], rows: list[Row],
                 grid: tuple, conflicting: set[int], conflict_keys: list[str], by_id: dict):
        self.texts, self.table_rows, self.rows = texts, table_rows, rows
        self.grid, self.conflicting, self.conflict_keys = grid, conflicting, conflict_keys
        self.by_id = by_id  # the service's rows by meeting id


def month_content(state, roles: dict[str, str], texts: dict[int, str] | None = None,
                  table_rows: dict[int, Row] | None = None,
                  touched: set[int] | None = None) -> MonthContent:
    """The chips and rows of ``state``; ``roles``: the short role names (``role_words``);
    ``touched``: only those meetings changed since ``texts`` and ``table_rows`` were made
    (None: make them all)."""
    if touched is None or texts is None or table_rows is None:
        texts, table_rows, touched = {}, {}, None
    for r in state.rows:
        if touched is None or r.id in touched:
            texts[r.id] = search_text(r)
            table_rows.pop(r.id, None)
    conflicting = {mid for c in state.conflicts for mid in c.meeting_ids}
    rows = []
    for r in state.rows:
        row = table_rows.get(r.id)
        if row is None or row.highlight != (r.id in conflicting):
            row = table_rows[r.id] = table_row(r, r.id in conflicting, texts[r.id], roles)
        rows.append(row)  # unchanged since the last load: the prepared row is reused
    return MonthContent(texts, table_rows, rows, grid_content(state, texts), conflicting,
                        acceptance.keys_of(state.rows, state.conflicts),
                        {r.id: r for r in state.rows})
