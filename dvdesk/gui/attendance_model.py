"""The attendance entry list: one row per expected officer at a meeting of an approved month.

A ``QAbstractTableModel`` over the service's ``MeetingAttendance`` rows: a province month
(~5,000 meetings, ~12,600 expected attendances) is one flat list of small tuples, the
texts made when a cell is shown, the accent-free search text once per load. Filtering
(a day, words typed) picks row numbers; no widget per row.
"""

from __future__ import annotations

import datetime as dt
import functools

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from dvdesk.domain.text import search_key
from dvdesk.gui.calendar_dialogs import session_name
from dvdesk.gui.tables import show_date

COL_DATE, COL_SESSION, COL_MEETING, COL_OFFICER, COL_STATUS, COL_REASON = range(6)
HEADERS = (QT_TRANSLATE_NOOP("AttendancePage", "Ngày"), QT_TRANSLATE_NOOP("AttendancePage", "Buổi"),
           QT_TRANSLATE_NOOP("AttendancePage", "Cuộc họp"),
           QT_TRANSLATE_NOOP("AttendancePage", "Cán bộ"),
           QT_TRANSLATE_NOOP("AttendancePage", "Tình trạng"),
           QT_TRANSLATE_NOOP("AttendancePage", "Lý do vắng"))
STATUS_WORDS = {"present": QT_TRANSLATE_NOOP("AttendancePage", "Có mặt"),
                "excused": QT_TRANSLATE_NOOP("AttendancePage", "Vắng có lý do"),
                "absent": QT_TRANSLATE_NOOP("AttendancePage", "Vắng")}
STATUS_BRUSHES = {"present": QBrush(QColor("#e3f4e1")), "excused": QBrush(QColor("#fff4cc")),
                  "absent": QBrush(QColor("#fde2e1"))}
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (meeting id, officer id)

_search = functools.lru_cache(maxsize=100_000)(search_key)


def status_word(status: str | None) -> str:
    if status is None:
        return ""
    return QCoreApplication.translate("AttendancePage", STATUS_WORDS[status])


class Line:
    """One expected attendance as the list shows it."""

    __slots__ = ("meeting", "expected", "_search")

    def __init__(self, meeting, expected):
        self.meeting, self.expected = meeting, expected
        self._search = None

    @property
    def search(self) -> str:
        """Made the first time words are typed, not at every load: a province month has
        ~12,600 lines and most loads are never searched."""
        if self._search is None:
            meeting = self.meeting
            self._search = " ".join((_search(meeting.unit), _search(meeting.commune),
                                     _search(self.expected.name)))
        return self._search

    @property
    def key(self) -> tuple[int, int]:
        return self.meeting.id, self.expected.officer_id


class AttendanceModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[Line] = []
        self.shown: list[int] = []  # indexes into ``lines`` that pass the filter
        self.day: dt.date | None = None
        self.words: list[str] = []
        self.only_unrecorded = False

    # -- loading and filtering ---------------------------------------------------------
    def load(self, meetings) -> None:
        self.beginResetModel()
        self.lines = [Line(m, e) for m in meetings for e in m.expected]
        self._filter()
        self.endResetModel()

    def replace_day(self, day: dt.date, meetings) -> None:
        """Put the day's meetings, read again, in place of the day's lines (after a mark: a
        day is ~1/20 of a province month to read)."""
        self.beginResetModel()
        at = [i for i, line in enumerate(self.lines) if line.meeting.day == day]
        start = at[0] if at else next((i for i, line in enumerate(self.lines)
                                       if line.meeting.day and line.meeting.day > day),
                                      len(self.lines))
        end = at[-1] + 1 if at else start
        self.lines[start:end] = [Line(m, e) for m in meetings for e in m.expected]
        self._filter()
        self.endResetModel()

    def set_filter(self, day: dt.date | None, text: str, only_unrecorded: bool) -> None:
        self.beginResetModel()
        self.day, self.words, self.only_unrecorded = day, search_key(text).split(), \
            only_unrecorded
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        day, words, unrecorded = self.day, self.words, self.only_unrecorded
        if day is None and not words and not unrecorded:  # the whole month, as opened
            self.shown = list(range(len(self.lines)))
            return
        self.shown = [i for i, line in enumerate(self.lines)
                      if (day is None or line.meeting.day == day)
                      and (not unrecorded or line.expected.status is None)
                      and all(w in line.search for w in words)]

    def days(self) -> list[dt.date]:
        return sorted({line.meeting.day for line in self.lines if line.meeting.day})

    def line(self, row: int) -> Line:
        return self.lines[self.shown[row]]

    def row_of(self, key: tuple[int, int]) -> int:
        for row, index in enumerate(self.shown):
            if self.lines[index].key == key:
                return row
        return -1

    def meeting_lines(self, meeting_id: int) -> list[Line]:
        return [line for line in self.lines if line.meeting.id == meeting_id]

    def counts(self) -> dict[str | None, int]:
        found: dict[str | None, int] = {}
        for index in self.shown:
            status = self.lines[index].expected.status
            found[status] = found.get(status, 0) + 1
        return found

    # -- Qt -------------------------------------------------------------------------
    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self.shown)

    def columnCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AttendancePage", HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.line(index.row())
        meeting, expected = line.meeting, line.expected
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == COL_DATE:
                return show_date(meeting.day)
            if column == COL_SESSION:
                return session_name(meeting.session) if meeting.session else ""
            if column == COL_MEETING:
                return f"{meeting.unit} — {meeting.commune}" if meeting.kind == "cell" \
                    else meeting.unit
            if column == COL_OFFICER:
                return expected.name
            if column == COL_STATUS:
                return status_word(expected.status)
            return expected.reason
        if role == Qt.ItemDataRole.BackgroundRole:
            return STATUS_BRUSHES.get(expected.status)
        if role == KEY_ROLE:
            return line.key
        return None
