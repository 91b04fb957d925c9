"""Phản ánh, kiến nghị: the people's matters carried by the officers, followed to their end.

The list is filtered by the database (status, field, commune, officer, overdue on a chosen
day, accent-free words) and fetched a page at a time (``gui/feedback_model.py``); overdue
items are red. The selected item shows its details and history; receiving, forwarding,
answering, resolving and closing are undoable actions (``services.actions``). The second
tab counts received, resolved and overdue items per field and commune for a month or a
year, exports the list to Excel and previews the PDF summary (``gui/pages/feedback_stats``).
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain import feedback as rules
from dvdesk.errors import DvDeskError
from dvdesk.gui.context import AppContext
from dvdesk.gui.feedback_model import (
    COL_COMMUNE,
    COL_CONTENT,
    COL_DEADLINE,
    COL_FIELD,
    COL_HAMLET,
    COL_ID,
    COL_OFFICER,
    COL_RECEIVED,
    COL_STATUS,
    STATUS_WORDS,
    FeedbackModel,
    day_text,
    status_word,
)
from dvdesk.gui.pages import LazyRefresh
from dvdesk.gui.pages.feedback_dialogs import (
    ReceiveDialog,
    StepDialog,
    date_edit,
    day_of,
    searchable,
)
from dvdesk.gui.pages.feedback_stats import FeedbackStats
from dvdesk.gui.tables import list_table
from dvdesk.services.actions import Change, FeedbackStep, ReceiveFeedback
from dvdesk.services.feedback_read import FeedbackFilter, feedback_item
from dvdesk.services.officer_views import load_officer_choices
from dvdesk.services.settings import get_settings
from dvdesk.services.unit_views import load_unit_index

OPEN = "open"


class LazyCombo(QComboBox):
    """A combo box whose items are read the first time it is opened or typed into."""

    def __init__(self, load, parent=None):
        super().__init__(parent)
        self._load = load

    def showPopup(self) -> None:  # noqa: N802 (Qt override)
        self._load()
        super().showPopup()

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._load()
        super().focusInEvent(event)


class FeedbackPage(LazyRefresh, QWidget):
    title = "Phản ánh, kiến nghị"

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.communes: list = []
        self.officers: list = []
        self.fields: list[str] = []
        self.model = FeedbackModel(lambda: self.ctx.db, self)

        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Trạng thái"))
        self.status.addItem(self.tr("Mọi trạng thái"), None)
        self.status.addItem(self.tr("Chưa xong"), OPEN)
        for code in rules.STATUSES:
            self.status.addItem(status_word(code), code)
        self.field = QComboBox(self)
        self.field.setAccessibleName(self.tr("Lĩnh vực"))
        self.commune = QComboBox(self)
        self.commune.setAccessibleName(ctx.levels.capital("commune"))
        self.officer = LazyCombo(self._load_officers, self)
        self.officer.setAccessibleName(self.tr("Cán bộ"))
        self.officer.setMinimumWidth(180)
        searchable(self.officer)
        self.overdue = QCheckBox(self.tr("Chỉ quá hạn"), self)
        self.on = date_edit(self, dt.date.today(), self.tr("Xét quá hạn đến ngày"))
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.receive_button = QPushButton(self.tr("Tiếp nhận…"), self)
        self.forward_button = QPushButton(self.tr("Chuyển…"), self)
        self.answer_button = QPushButton(self.tr("Trả lời…"), self)
        self.resolve_button = QPushButton(self.tr("Giải quyết xong…"), self)
        self.close_button = QPushButton(self.tr("Đóng, không giải quyết…"), self)
        self.table = list_table(self, self.model, self.tr("Danh sách phản ánh"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((COL_ID, 44), (COL_RECEIVED, 92), (COL_DEADLINE, 100),
                              (COL_STATUS, 195), (COL_FIELD, 110), (COL_HAMLET, 110),
                              (COL_COMMUNE, 115), (COL_OFFICER, 140)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(COL_CONTENT, QHeaderView.ResizeMode.Stretch)
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("Chi tiết phản ánh"))
        self.detail.setMinimumWidth(260)
        self.count = QLabel(self)

        filters = QHBoxLayout()
        for widget in (self.status, self.field, self.commune, self.officer):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        second = QHBoxLayout()
        second.addWidget(self.overdue)
        second.addWidget(QLabel(self.tr("Xét quá hạn đến ngày:"), self))
        second.addWidget(self.on)
        second.addStretch(1)
        for button in (self.receive_button, self.forward_button, self.answer_button,
                       self.resolve_button, self.close_button):
            second.addWidget(button)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        listing = QWidget(self)
        list_layout = QVBoxLayout(listing)
        list_layout.addLayout(filters)
        list_layout.addLayout(second)
        list_layout.addWidget(split, 1)
        list_layout.addWidget(self.count)
        self.stats = FeedbackStats(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(listing, self.tr("Danh sách"))
        self.tabs.addTab(self.stats, self.tr("Thống kê, báo cáo"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.load)
        for combo in (self.status, self.field, self.commune):
            combo.currentIndexChanged.connect(lambda _i: self.load())
        self.officer.activated.connect(lambda _i: self.load())
        self.officer.lineEdit().editingFinished.connect(self._officer_typed)
        self.overdue.toggled.connect(lambda _on: self.load())
        self.on.textChanged.connect(lambda _t: self.on.day() and self.load())
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self.show_item())
        self.receive_button.clicked.connect(self.receive)
        self.forward_button.clicked.connect(lambda: self.step(rules.FORWARDED))
        self.answer_button.clicked.connect(lambda: self.step(rules.ANSWERED))
        self.resolve_button.clicked.connect(lambda: self.step(rules.RESOLVED))
        self.close_button.clicked.connect(lambda: self.step(rules.CLOSED))
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())
        ctx.data_changed.connect(self._data_changed)
        self._choices_loaded = False
        self.refresh()

    # -- loading -----------------------------------------------------------------------
    def _data_changed(self, what: Change) -> None:
        if what & (Change.FEEDBACK | Change.UNITS | Change.OFFICERS | Change.SETTINGS):
            if what != Change.FEEDBACK:
                self._choices_loaded = False
                self.officers = []
            self.stats.stale = True
            self.refresh_when_visible()

    def _load_choices(self) -> None:
        """The filters' lists: fields from the settings, communes, officers."""
        db = self.ctx.db
        self.fields = rules.fields_of(get_settings(db))
        self.communes = load_unit_index(db, "commune").ordered("commune")
        self.officers = []  # a province's 20,000: read when first wanted
        levels = self.ctx.levels
        self.model.level_titles = {COL_HAMLET: levels.title("hamlet"),
                                   COL_COMMUNE: levels.title("commune")}
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)
        self.commune.setAccessibleName(levels.capital("commune"))
        self.search.setPlaceholderText(self.tr("Tìm nội dung, {hamlet}, cán bộ…").format(
            hamlet=levels.word("hamlet")))
        lists = [(self.field, self.tr("Mọi lĩnh vực"), [(f, f) for f in self.fields]),
                 (self.commune, self.tr("Mọi {commune}").format(commune=levels.word("commune")),
                  [(c.name, c.id) for c in self.communes]),
                 (self.officer, self.tr("Mọi cán bộ"), [])]
        self._fill(lists)
        self._choices_loaded = True

    def _load_officers(self) -> list:
        if not self.officers:
            self.officers = sorted(load_officer_choices(self.ctx.db),
                                   key=lambda o: o.search_name)
            self._fill([(self.officer, self.tr("Mọi cán bộ"),
                         [(o.full_name, o.id) for o in self.officers])])
        return self.officers

    def _fill(self, lists) -> None:
        for combo, first, items in lists:
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(keep), 0) if keep is not None else 0)
            combo.blockSignals(False)

    def _officer_typed(self) -> None:
        text = self.officer.currentText().strip()
        index = self.officer.findText(text, Qt.MatchFlag.MatchFixedString) if text else 0
        self.officer.setCurrentIndex(max(index, 0))
        self.load()

    def refresh(self) -> None:
        if not self._choices_loaded:
            self._load_choices()
        self.load()
        self._tab_shown()

    def current_filter(self) -> FeedbackFilter:
        status = self.status.currentData()
        statuses = rules.OPEN_STATUSES if status == OPEN else (status,) if status else ()
        return FeedbackFilter(statuses=tuple(statuses), field=self.field.currentData() or "",
                              commune_id=self.commune.currentData(),
                              officer_id=self.officer.currentData(),
                              overdue=self.overdue.isChecked(), search=self.search.text())

    def load(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.selected_id()
        on = day_of(self.on) or dt.date.today()
        try:
            self.model.load(self.current_filter(), on)
        except DvDeskError as error:
            self.ctx.show_error(self, error)
            return
        self.count.setText(self.tr("{n} phản ánh, kiến nghị; {o} quá hạn tính đến {day}.")
                           .format(n=self.model.total, o=self.model.overdue,
                                   day=day_text(self.model.on.isoformat())))
        row = self.model.row_of(keep) if keep is not None else -1
        self.select_row(row if row >= 0 else 0)
        self.show_item()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, COL_ID)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.rows[rows[0].row()]["id"] if rows else None

    def _tab_shown(self) -> None:
        if self.tabs.currentWidget() is self.stats and self.stats.stale:
            self.stats.load()

    # -- the selected item ---------------------------------------------------------------
    def show_item(self) -> None:
        item_id = self.selected_id()
        self.item = None
        if item_id is not None:
            try:
                self.item = feedback_item(self.ctx.db, item_id, on=self.model.on)
            except DvDeskError:
                self.item = None
        self.detail.setHtml(self._item_html(self.item) if self.item else "")
        allowed = rules.ALLOWED.get(self.item["status"], ()) if self.item else ()
        self.forward_button.setEnabled(rules.FORWARDED in allowed)
        self.answer_button.setEnabled(rules.ANSWERED in allowed)
        self.resolve_button.setEnabled(rules.RESOLVED in allowed)
        self.close_button.setEnabled(rules.CLOSED in allowed)

    def _item_html(self, item: dict) -> str:
        e = html.escape
        title = self.tr("Phản ánh số {id}").format(id=item["id"])
        overdue, status_label = self.tr("Quá hạn"), self.tr("Trạng thái")
        received, due = self.tr("Ngày nhận"), self.tr("Hạn trả lời")
        complex_word, field_label = self.tr("phức tạp"), self.tr("Lĩnh vực")
        raised, history = self.tr("Người phản ánh"), self.tr("Quá trình")
        lines = [
            f"<h3>{e(title)}</h3><p>{e(item['content'])}</p>",
            f"<p>{e(status_label)}: <b>{e(status_word(item['status']))}</b>",
            f" <b style='color:#b71c1c'>{e(overdue)}</b><br>" if item["overdue"] else "<br>",
            f"{e(received)}: {day_text(item['received'])} · "
            f"{e(due)}: <b>{day_text(item['deadline'])}</b>",
            f" ({e(complex_word)})<br>" if item["is_complex"] else "<br>",
            f"{e(item['hamlet'])}, {e(item['commune'])} · {e(item['officer'])}<br>",
            f"{e(field_label)}: {e(item['field'])}",
            f" · {e(raised)}: {e(item['raised_by'])}</p>" if item["raised_by"] else "</p>",
            f"<p><b>{e(history)}</b></p><table cellspacing=4>",
        ]
        for step in item["history"]:
            lines.append(f"<tr><td style='white-space:nowrap'>{day_text(step['on'])}</td>"
                         f"<td>{e(status_word(step['status']))}</td>"
                         f"<td>{e(step['note'])}</td><td>{e(step['user'] or '')}</td></tr>")
        lines.append("</table>")
        return "".join(lines)

    # -- actions -----------------------------------------------------------------------
    def _run(self, text: str, action) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.ctx.perform(text, action)
        except DvDeskError as error:
            QApplication.restoreOverrideCursor()
            self.ctx.show_error(self, error)
            return False
        QApplication.restoreOverrideCursor()
        return True

    def _ask(self, dialog: QDialog) -> bool:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        # The window active again for Ctrl+Z (not every desktop gives activation back).
        self.window().activateWindow()
        self.table.setFocus()
        return accepted

    def receive(self) -> None:
        if not self._choices_loaded:
            self._load_choices()
        dialog = ReceiveDialog(self.ctx.db, self.communes, self._load_officers(), self.fields,
                               self, levels=self.ctx.levels)
        if self.commune.currentData() is not None:
            dialog.commune.setCurrentIndex(dialog.commune.findData(self.commune.currentData()))
        if not self._ask(dialog):
            return
        action = ReceiveFeedback(dialog.values())
        if self._run(self.tr("Tiếp nhận phản ánh"), action):
            self.load(keep=action.item_id)

    def step(self, target: str) -> None:
        item = self.item
        if item is None:
            return
        words = {
            rules.FORWARDED: (self.tr("Chuyển phản ánh số {id}"), self.tr("Chuyển đến"), True),
            rules.ANSWERED: (self.tr("Trả lời phản ánh số {id}"), self.tr("Nội dung trả lời"),
                             True),
            rules.RESOLVED: (self.tr("Giải quyết xong phản ánh số {id}"),
                             self.tr("Kết quả giải quyết"), False),
            rules.CLOSED: (self.tr("Đóng phản ánh số {id}"), self.tr("Lý do đóng"), True),
        }
        title, label, required = words[target]
        title = title.format(id=item["id"])
        dialog = StepDialog(title, label, required, self)
        if not self._ask(dialog):
            return
        action = FeedbackStep(item["id"], target, dialog.text.text(), day_of(dialog.on),
                              version=item["row_version"])
        if self._run(title, action):
            self.load(keep=item["id"])


__all__ = ["FeedbackPage", "STATUS_WORDS"]
