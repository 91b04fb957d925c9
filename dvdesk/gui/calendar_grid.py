"""The month as a grid: days of the windows × sessions, each meeting a painted chip.

One model cell holds every meeting of that day and session; a delegate paints
them as chips (no widget per meeting, so a province month of ~5,000 meetings
scrolls freely) and the view turns a press on a chip into a drag that can be
dropped on another day or session.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDrag, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
    QToolTip,
)

from dvdesk.domain.calendar import SESSIONS
from dvdesk.gui.calendar_dialogs import day_label, session_name

MIME = "application/x-dvdesk-meeting"
CHIP_HEIGHT = 38
CHIP_GAP = 3
PAD = 4
EMPTY_SESSION_WIDTH = 90

COMMITTEE_FILL = QColor("#dbe8fb")
CELL_FILL = QColor("#e3f3e3")
CONFLICT_FILL = QColor("#fbd5d3")
CONFLICT_EDGE = QColor("#c62828")
CHANGED_EDGE = QColor("#1565c0")  # the revision shown changed this meeting
SELECTED_EDGE = QColor("#1a56b0")
BLOCKED_FILL = QColor("#f4e3e3")
WINDOW_FILL = QColor("#ffffff")
OUTSIDE_FILL = QColor("#f2f2f2")
PINNED_MARK = QColor("#1a237e")


class Chip:
    """What a chip shows about one meeting (precomputed when the month loads)."""

    __slots__ = ("id", "title", "people", "kind", "pinned", "search")

    def __init__(self, id: int, title: str, people: str, kind: str, pinned: bool, search: str):
        self.id, self.title, self.people, self.kind = id, title, people, kind
        self.pinned, self.search = pinned, search


class GridModel(QAbstractTableModel):
    """Rows: the days shown (plus one row for meetings not placed yet); columns: sessions."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.days: list[dt.date | None] = []
        self.sessions: tuple[str, ...] = SESSIONS
        self.cells: dict[tuple[dt.date | None, str], list[Chip]] = {}
        self.blocked: dict[dt.date, str] = {}
        self.window_days: set[dt.date] = set()
        self.conflicting: set[int] = set()
        self.changed: set[int] = set()  # changed by the revision shown: a blue edge
        self.selected: set[int] = set()
        self.words: list[str] = []
        self._all: dict[tuple[dt.date | None, str], list[Chip]] = {}

    def set_month(self, days: list[dt.date | None], chips: dict, blocked: dict,
                  window_days: set[dt.date], conflicting: set[int]) -> None:
        self.beginResetModel()
        self.days, self._all, self.blocked = days, chips, blocked
        self.window_days, self.conflicting = window_days, conflicting
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, words: list[str]) -> None:
        if words != self.words:
            self.words = words
            self.beginResetModel()
            self._apply_filter()
            self.endResetModel()

    def _apply_filter(self) -> None:
        if not self.words:
            self.cells = self._all
            return
        self.cells = {key: [c for c in chips if all(w in c.search for w in self.words)]
                      for key, chips in self._all.items()}

    def set_selected(self, ids: set[int]) -> None:
        self.selected = ids
        if self.days:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.days) - 1, len(self.sessions) - 1))

    def all_chips(self) -> dict:
        """Every chip by (day, session), whatever the filter hides."""
        return self._all

    def chips(self, index: QModelIndex) -> list[Chip]:
        return self.cells.get((self.days[index.row()], self.sessions[index.column()]), [])

    def slot(self, index: QModelIndex) -> tuple[dt.date | None, str]:
        return self.days[index.row()], self.sessions[index.column()]

    def locate(self, meeting_id: int) -> tuple[QModelIndex, int] | None:
        for (day, session), chips in self.cells.items():
            for position, chip in enumerate(chips):
                if chip.id == meeting_id and day in self.days:
                    row = self.days.index(day)
                    return self.index(row, self.sessions.index(session)), position
        return None

    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self.days)

    def columnCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        return 0 if parent is not None and parent.isValid() else len(self.sessions)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Vertical:
            # rows can be taller than the screen: keep the day label at the top where it is seen
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical:
                day = self.days[section]
                return self.blocked.get(day) if day else None
            return None
        if orientation == Qt.Orientation.Horizontal:
            return session_name(self.sessions[section]).capitalize()
        day = self.days[section]
        if day is None:
            return QCoreApplication.translate("CalendarPage", "Chưa xếp")
        text = day_label(day)
        if day in self.blocked:
            return text + "\n" + QCoreApplication.translate("CalendarPage", "Nghỉ")
        return text

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            day = self.days[index.row()]
            if day in self.blocked:
                return QBrush(BLOCKED_FILL)
            return QBrush(WINDOW_FILL if day is None or day in self.window_days else OUTSIDE_FILL)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("CalendarPage", "%1 cuộc họp").replace(
                "%1", str(len(self.chips(index))))
        return None

    def row_height(self, row: int) -> int:
        day = self.days[row]
        most = max((len(self.cells.get((day, s), ())) for s in self.sessions), default=0)
        return max(CHIP_HEIGHT + 2 * PAD, most * (CHIP_HEIGHT + CHIP_GAP) + 2 * PAD)


def chip_rect(cell: QRect, position: int) -> QRect:
    top = cell.top() + PAD + position * (CHIP_HEIGHT + CHIP_GAP)
    return QRect(cell.left() + PAD, top, cell.width() - 2 * PAD, CHIP_HEIGHT)


def paint_chip(painter: QPainter, rect: QRect, chip: Chip, conflict: bool, selected: bool,
               font: QFont, changed: bool = False) -> None:
    fill = CONFLICT_FILL if conflict else (COMMITTEE_FILL if chip.kind == "committee"
                                           else CELL_FILL)
    edge = SELECTED_EDGE if selected else (
        CONFLICT_EDGE if conflict else (CHANGED_EDGE if changed else fill.darker(130)))
    painter.setPen(QPen(edge, 2.5 if selected or changed else 1))
    painter.setBrush(fill)
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
    if chip.pinned:  # a dark bar on the left: the planner leaves this meeting where it is
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PINNED_MARK)
        painter.drawRoundedRect(QRect(rect.left() + 1, rect.top() + 1, 5, rect.height() - 2),
                                2, 2)
    inner = rect.adjusted(9, 3, -6, -3)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(CONFLICT_EDGE if conflict else QColor("#1d1d1d"))
    title = ("◆ " if chip.pinned else "") + chip.title
    half = inner.height() // 2
    top = QRect(inner.left(), inner.top(), inner.width(), half)
    painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight,
                                                      top.width()))
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() - 1))
    painter.setFont(small)
    painter.setPen(QColor("#444444"))
    bottom = QRect(inner.left(), inner.top() + half, inner.width(), inner.height() - half)
    painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     painter.fontMetrics().elidedText(chip.people, Qt.TextElideMode.ElideRight,
                                                      bottom.width()))


class ChipDelegate(QStyledItemDelegate):
    def __init__(self, view: GridView):
        super().__init__(view)
        self.view = view

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        model: GridModel = index.model()
        painter.save()
        painter.fillRect(option.rect, index.data(Qt.ItemDataRole.BackgroundRole))
        if self.view.drop_target == (index.row(), index.column()):
            painter.fillRect(option.rect, QColor(26, 86, 176, 40))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        visible = self.view.viewport().rect()
        for position, chip in enumerate(model.chips(index)):
            rect = chip_rect(option.rect, position)
            if rect.bottom() < visible.top():
                continue
            if rect.top() > visible.bottom():
                break  # chips below the viewport are never painted
            paint_chip(painter, rect, chip, chip.id in model.conflicting,
                       chip.id in model.selected, option.font, chip.id in model.changed)
        painter.restore()

    def sizeHint(self, option, index: QModelIndex) -> QSize:  # noqa: N802 (Qt override)
        return QSize(260, index.model().row_height(index.row()))


class GridView(QTableView):
    """Chips can be clicked, double-clicked and dragged to another day or session."""

    chip_clicked = Signal(int)
    chip_activated = Signal(int)
    chip_dropped = Signal(int, object, str)  # meeting id, day, session
    chip_menu = Signal(int, QPoint)  # meeting id, global position

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = GridModel(self)
        self.setModel(self.grid)
        self.setItemDelegate(ChipDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setMinimumWidth(70)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.editable = True
        self.tooltip_for = None  # meeting id -> text, set by the page
        self.drop_target: tuple[int, int] | None = None
        self._press: tuple[QPoint, int] | None = None
        self.grid.modelReset.connect(self._fit_rows)

    def _fit_rows(self) -> None:
        header = self.verticalHeader()
        for row in range(self.grid.rowCount()):
            header.resizeSection(row, self.grid.row_height(row))
        # A session nobody meets in stays narrow (still a place to drop a meeting on), so
        # the busy sessions get the width their chip titles need.
        columns = self.horizontalHeader()
        used = {session for (_day, session), chips in self.grid.all_chips().items() if chips}
        for column, session in enumerate(self.grid.sessions):
            if session in used or not used:
                columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                columns.resizeSection(column, EMPTY_SESSION_WIDTH)

    def chip_at(self, pos: QPoint) -> int | None:
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        cell = self.visualRect(index)
        position = (pos.y() - cell.top() - PAD) // (CHIP_HEIGHT + CHIP_GAP)
        chips = self.grid.chips(index)
        if 0 <= position < len(chips) and chip_rect(cell, position).contains(pos):
            return chips[position].id
        return None

    def chip_items(self) -> list[tuple[str, QRect, int]]:
        """(text, rectangle in the viewport, meeting id) of every chip on screen now, once for
        its title and once for its second line (commune, attendees): the chips are painted,
        not widgets, so this is how they are named to the outside."""
        visible = self.viewport().rect()
        found = []
        for row in range(self.grid.rowCount()):
            for column in range(self.grid.columnCount()):
                index = self.grid.index(row, column)
                cell = self.visualRect(index)
                if not cell.intersects(visible):
                    continue
                for position, chip in enumerate(self.grid.chips(index)):
                    rect = chip_rect(cell, position)
                    if rect.intersects(visible):
                        found.append((chip.title, rect, chip.id))
                        found.append((chip.people, rect, chip.id))
        return found

    def scroll_to_meeting(self, meeting_id: int) -> None:
        found = self.grid.locate(meeting_id)
        if found is None:
            return
        index, position = found
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        rect = chip_rect(self.visualRect(index), position)
        if not self.viewport().rect().contains(rect):
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    # --- mouse and drag ---------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        chip = self.chip_at(event.position().toPoint())
        if chip is not None and event.button() == Qt.MouseButton.LeftButton:
            self._press = (event.position().toPoint(), chip)
            self.chip_clicked.emit(chip)
            return
        self._press = None
        super().mousePressEvent(event)

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ToolTip and self.tooltip_for is not None:
            chip = self.chip_at(event.pos())
            if chip is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_for(chip), self.viewport())
                return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt override)
        chip = self.chip_at(event.pos())  # forwarded from the viewport: its coordinates
        if chip is not None:
            self.chip_clicked.emit(chip)
            self.chip_menu.emit(chip, event.globalPos())

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 (Qt override)
        chip = self.chip_at(event.position().toPoint())
        if chip is not None:
            self.chip_activated.emit(chip)
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._press is None or not self.editable:
            return super().mouseMoveEvent(event)
        start, chip = self._press
        distance = (event.position().toPoint() - start).manhattanLength()
        if distance < QApplication.startDragDistance():
            return None
        self._press = None
        mime = QMimeData()
        mime.setData(MIME, QByteArray(str(chip).encode()))
        drag = QDrag(self)
        drag.setMimeData(mime)
        found = self.grid.locate(chip)
        if found is not None:
            rect = chip_rect(self.visualRect(found[0]), found[1])
            pixmap = QPixmap(rect.size())
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            chips = self.grid.chips(found[0])
            paint_chip(painter, QRect(QPoint(0, 0), rect.size()), chips[found[1]],
                       chip in self.grid.conflicting, True, self.font())
            painter.end()
            drag.setPixmap(pixmap)
            drag.setHotSpot(start - rect.topLeft())
        drag.exec(Qt.DropAction.MoveAction)
        return None

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._press = None
        super().mouseReleaseEvent(event)

    def _target(self, event) -> QModelIndex | None:
        if not self.editable or not event.mimeData().hasFormat(MIME):
            return None
        index = self.indexAt(event.position().toPoint())
        return index if index.isValid() else None

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._target(event) is not None or event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        index = self._target(event)
        target = (index.row(), index.column()) if index is not None else None
        if target != self.drop_target:
            self.drop_target = target
            self.viewport().update()
        if index is None:
            event.ignore()
        else:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.drop_target = None
        self.viewport().update()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        index = self._target(event)
        self.drop_target = None
        self.viewport().update()
        if index is None:
            event.ignore()
            return
        meeting_id = int(bytes(event.mimeData().data(MIME)).decode())
        day, session = self.grid.slot(index)
        event.acceptProposedAction()
        self.chip_dropped.emit(meeting_id, day, session)
