"""The feedback list: a ``QAbstractTableModel`` that fetches a page of items at a time.

A province holds ~20,000 items; the database filters and counts them
(``services.feedback_read.list_feedback``) and the model asks for the next page only
when the view scrolls near its end (``canFetchMore`` / ``fetchMore``). Overdue items,
judged on the day the page chose, are shown in red.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from dvdesk.services.feedback_read import FeedbackFilter, list_feedback

PAGE = 200
(COL_ID, COL_RECEIVED, COL_DEADLINE, COL_STATUS, COL_FIELD, COL_HAMLET, COL_COMMUNE,
 COL_OFFICER, COL_CONTENT) = range(9)
HEADERS = (QT_TRANSLATE_NOOP("FeedbackPage", "Số"),
           QT_TRANSLATE_NOOP("FeedbackPage", "Ngày nhận"),
           QT_TRANSLATE_NOOP("FeedbackPage", "Hạn trả lời"),
           QT_TRANSLATE_NOOP("FeedbackPage", "Trạng thái"),
           QT_TRANSLATE_NOOP("FeedbackPage", "Lĩnh vực"),
           QT_TRANSLATE_NOOP("FeedbackPage", "Ấp, khu phố"),
           QT_TRANSLATE_NOOP("FeedbackPage", "Xã"),
           QT_TRANSLATE_NOOP("FeedbackPage", "Cán bộ"),
           QT_TRANSLATE_NOOP("FeedbackPage", "Nội dung"))
STATUS_WORDS = {"received": QT_TRANSLATE_NOOP("FeedbackPage", "Đã tiếp nhận"),
                "forwarded": QT_TRANSLATE_NOOP("FeedbackPage", "Đã chuyển"),
                "answered": QT_TRANSLATE_NOOP("FeedbackPage", "Đã trả lời"),
                "resolved": QT_TRANSLATE_NOOP("FeedbackPage", "Đã giải quyết"),
                "closed": QT_TRANSLATE_NOOP("FeedbackPage", "Đã đóng, không giải quyết")}
OVERDUE_BRUSH = QBrush(QColor("#fbd3d0"))
OVERDUE_TEXT = QBrush(QColor("#b71c1c"))
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def status_word(status: str) -> str:
    return QCoreApplication.translate("FeedbackPage", STATUS_WORDS.get(status, status))


def day_text(iso: str | None) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}" if iso else ""


class FeedbackModel(QAbstractTableModel):
    def __init__(self, db_of, parent=None):
        super().__init__(parent)
        self._db_of = db_of  # the open database, asked each time (it may be switched)
        # The hamlet and commune columns, titled with the settings' level names.
        self.level_titles: dict[int, str] = {}
        self.filter = FeedbackFilter()
        self.on = dt.date.today()
        self.rows: list[dict] = []
        self.total = 0
        self.overdue = 0
        self._bold = QFont()
        self._bold.setBold(True)

    def load(self, flt: FeedbackFilter, on: dt.date) -> None:
        """The first page of what matches (DvDeskError for a filter the service refuses)."""
        page = list_feedback(self._db_of(), flt, on=on, limit=PAGE)
        self.beginResetModel()
        self.filter, self.on = flt, on
        self.rows, self.total, self.overdue = page.rows, page.total, page.overdue
        self.endResetModel()

    def canFetchMore(self, parent=None) -> bool:  # noqa: N802 (Qt override)
        return not (parent is not None and parent.isValid()) and len(self.rows) < self.total

    def fetchMore(self, parent=None) -> None:  # noqa: N802 (Qt override)
        page = list_feedback(self._db_of(), self.filter, on=self.on, offset=len(self.rows),
                             limit=PAGE)
        if not page.rows:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page.rows) - 1)
        self.rows.extend(page.rows)
        self.endInsertRows()

    def row_of(self, item_id: int) -> int:
        for number, row in enumerate(self.rows):
            if row["id"] == item_id:
                return number
        return -1

    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.level_titles.get(section) or QCoreApplication.translate(
                "FeedbackPage", HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == COL_ID:
                return str(item["id"])
            if column == COL_RECEIVED:
                return day_text(item["received"])
            if column == COL_DEADLINE:
                return day_text(item["deadline"])
            if column == COL_STATUS:
                text = status_word(item["status"])
                if item["overdue"]:
                    text += " — " + QCoreApplication.translate("FeedbackPage", "quá hạn")
                return text
            if column == COL_CONTENT:
                return " ".join(item["content"].split())[:200]
            key = {COL_FIELD: "field", COL_HAMLET: "hamlet", COL_COMMUNE: "commune",
                   COL_OFFICER: "officer"}[column]
            return item[key]
        if role == ID_ROLE:
            return item["id"]
        if item["overdue"]:
            if role == Qt.ItemDataRole.BackgroundRole:
                return OVERDUE_BRUSH
            if role == Qt.ItemDataRole.ForegroundRole:
                return OVERDUE_TEXT
            if role == Qt.ItemDataRole.FontRole and index.column() in (COL_DEADLINE, COL_STATUS):
                return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_CONTENT:
            return item["content"]
        return None
