"""Ghi nhận dự họp: the expected officers of an approved month's meetings, entered by keyboard.

"Tất cả có mặt" marks the selected meeting's officers present, then the exceptions are
marked down the list: C present, L excused (asks the reason), V absent, Delete clears;
the selection moves to the next line after each mark. Every mark is one undoable action
(``services.actions``). The month's sheet goes out to Excel and comes back with a preview,
all or nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.calendar.months import month_text
from dvdesk.errors import DvDeskError
from dvdesk.gui.attendance_model import COL_MEETING, COL_OFFICER, AttendanceModel
from dvdesk.gui.files import ask_open_file, ask_save_file
from dvdesk.gui.tables import list_table, show_date
from dvdesk.services import attendance_sheet
from dvdesk.services.actions import AllPresent, Change, MarkAttendance
from dvdesk.services.attendance_read import month_meetings

KEYS = {Qt.Key.Key_C: "present", Qt.Key.Key_Space: "present", Qt.Key.Key_L: "excused",
        Qt.Key.Key_V: "absent", Qt.Key.Key_Delete: None, Qt.Key.Key_Backspace: None}


class ReasonDialog(QDialog):
    """Vắng có lý do: the reason, typed."""

    def __init__(self, name: str, meeting: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vắng có lý do"))
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Lý do vắng"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("{name} — {meeting}").format(name=name, meeting=meeting),
                           self))
        form.addRow(self.tr("Lý do vắng"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def _accept(self) -> None:
        if self.reason.text().strip():
            self.accept()
        else:
            self.reason.setFocus()


class SheetPreview(QDialog):
    """Nhập bảng dự họp: what the file would write, or every wrong row; all or nothing."""

    def __init__(self, plan, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xem trước bảng dự họp"))
        layout = QVBoxLayout(self)
        summary = QLabel(plan.summary(), self)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        problems = plan.problem_lines()
        if problems:
            refused = QLabel(self.tr("Không nhập được: tệp có {n} dòng sai; không ghi gì.")
                             .format(n=len(problems)), self)
            refused.setWordWrap(True)
            layout.addWidget(refused)
            shown = QLabel("\n".join(problems[:20]), self)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(shown)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(self.tr("Nhập"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(not problems and bool(plan.marks))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())


class AttendanceEntry(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.month = ""
        self.touched_day = None  # the day a mark changed: only it is read again
        self.model = AttendanceModel(self)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.day = QComboBox(self)
        self.day.setAccessibleName(self.tr("Ngày họp"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Tìm cuộc họp, cán bộ…"))
        self.search.setClearButtonEnabled(True)
        self.unrecorded = QCheckBox(self.tr("Chỉ dòng chưa ghi"), self)
        self.all_button = QPushButton(self.tr("Tất cả có mặt"), self)
        self.all_button.setToolTip(self.tr("Mọi người chưa ghi của cuộc họp đang chọn: có mặt "
                                           "(Ctrl+Enter)"))
        self.present_button = QPushButton(self.tr("Có mặt"), self)
        self.excused_button = QPushButton(self.tr("Vắng có lý do…"), self)
        self.absent_button = QPushButton(self.tr("Vắng"), self)
        self.clear_button = QPushButton(self.tr("Xóa ghi nhận"), self)
        self.export_button = QPushButton(self.tr("Xuất bảng dự họp…"), self)
        self.import_button = QPushButton(self.tr("Nhập bảng dự họp…"), self)
        self.table = list_table(self, self.model, self.tr("Danh sách dự họp"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 90)
        self.table.setColumnWidth(1, 80)
        self.table.setColumnWidth(COL_MEETING, 330)
        self.table.setColumnWidth(COL_OFFICER, 190)
        self.table.setColumnWidth(COL_OFFICER + 1, 120)
        self.table.installEventFilter(self)
        self.keys_hint = QLabel(self.tr("Phím: C có mặt · L vắng có lý do · V vắng · Delete xóa"
                                        " · Ctrl+Enter tất cả có mặt · Ctrl+Z hoàn tác"), self)
        self.counts = QLabel(self)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Ngày:"), self))
        filters.addWidget(self.day)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.unrecorded)
        buttons = QHBoxLayout()
        for button in (self.all_button, self.present_button, self.excused_button,
                       self.absent_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.keys_hint, 1)
        bottom.addWidget(self.counts)
        layout.addLayout(bottom)

        self.day.currentIndexChanged.connect(lambda _i: self._filter())
        self.search.textChanged.connect(lambda _t: self._filter())
        self.unrecorded.toggled.connect(lambda _on: self._filter())
        self.all_button.clicked.connect(self.all_present)
        self.present_button.clicked.connect(lambda: self.mark("present"))
        self.excused_button.clicked.connect(lambda: self.mark("excused"))
        self.absent_button.clicked.connect(lambda: self.mark("absent"))
        self.clear_button.clicked.connect(lambda: self.mark(None))
        self.export_button.clicked.connect(lambda: self.export_sheet())
        self.import_button.clicked.connect(lambda: self.import_sheet())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.all_present)
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------
    def load(self, month: str) -> None:
        """The month's approved version, keeping the chosen day and the selected line."""
        keep = self.selected_key()
        keep_day = self.day.currentData()
        touched, self.touched_day = self.touched_day, None
        if touched is not None and month == self.month and self.model.lines:
            try:
                self.model.replace_day(touched, month_meetings(self.ctx.db, month, day=touched))
            except DvDeskError:
                pass  # the month changed under us: read it all again below
            else:
                self._filter(keep)
                return
        self.month = month
        try:
            meetings = month_meetings(self.ctx.db, month)
        except DvDeskError as error:
            meetings = []
            self.state.setText(str(error))
        else:
            self.state.setText(self.tr("Lịch tháng {month} đã duyệt: {n} cuộc họp.").format(
                month=month_text(month), n=len(meetings)))
        self.model.load(meetings)
        self.day.blockSignals(True)
        self.day.clear()
        self.day.addItem(self.tr("Cả tháng"), None)
        for day in self.model.days():
            self.day.addItem(show_date(day), day)
        self.day.setCurrentIndex(max(self.day.findData(keep_day), 0) if keep_day else 0)
        self.day.blockSignals(False)
        self._filter(keep)

    def _filter(self, keep: tuple[int, int] | None = None) -> None:
        keep = keep or self.selected_key()
        self.model.set_filter(self.day.currentData(), self.search.text(),
                              self.unrecorded.isChecked())
        self.select_row(max(self.model.row_of(keep), 0) if keep else 0)
        counts = self.model.counts()
        self.counts.setText(self.tr("{n} lượt: có mặt {p}, vắng có lý do {e}, vắng {a}, "
                                    "chưa ghi {u}").format(
            n=self.model.rowCount(), p=counts.get("present", 0), e=counts.get("excused", 0),
            a=counts.get("absent", 0), u=counts.get(None, 0)))
        self._update_buttons()

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, COL_OFFICER)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_key(self) -> tuple[int, int] | None:
        row = self.selected_row()
        return self.model.line(row).key if row >= 0 else None

    def _update_buttons(self) -> None:
        shown = self.model.rowCount() > 0
        for button in (self.all_button, self.present_button, self.excused_button,
                       self.absent_button, self.clear_button):
            button.setEnabled(shown)
        approved = bool(self.model.lines)  # the sheet is of the month's approved version
        self.export_button.setEnabled(approved)
        self.import_button.setEnabled(approved)

    # -- keyboard ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event) -> bool:  # noqa: N802 (Qt override)
        # Marked when the key is let go, as a button acts on release: the reason dialog
        # then opens after the key's last event, not in the middle of it.
        if watched is self.table and event.type() in (event.Type.KeyPress,
                                                       event.Type.KeyRelease) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier \
                and event.key() in KEYS:
            if event.type() == event.Type.KeyRelease and not event.isAutoRepeat():
                self.mark(KEYS[event.key()])
            return True
        return super().eventFilter(watched, event)

    # -- actions -----------------------------------------------------------------------
    def _meeting_text(self, line) -> str:
        return f"{line.meeting.unit}, {show_date(line.meeting.day)}"

    def mark(self, status: str | None) -> None:
        row = self.selected_row()
        if row < 0:
            return
        line = self.model.line(row)
        reason = ""
        if status == "excused":
            dialog = ReasonDialog(line.expected.name, self._meeting_text(line), self)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            # Back to the list for the next key, its window active again for Ctrl+Z (not
            # every desktop gives activation back when a dialog closes).
            self.window().activateWindow()
            self.table.setFocus()
            if not accepted:
                return
            reason = dialog.reason.text()
        words = {"present": self.tr("có mặt"), "excused": self.tr("vắng có lý do"),
                 "absent": self.tr("vắng"), None: self.tr("xóa ghi nhận")}
        text = self.tr("Dự họp: {name} {what}").format(name=line.expected.name,
                                                        what=words[status])
        action = MarkAttendance(self.month, line.meeting.id, line.expected.officer_id, status,
                                reason, version=line.expected.row_version)
        next_key = self.model.line(row + 1).key if row + 1 < self.model.rowCount() else line.key
        if self._run(text, action, line.meeting.day):
            self._filter(next_key)
            self.table.setFocus()

    def all_present(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        line = self.model.line(row)
        lines = self.model.meeting_lines(line.meeting.id)
        action = AllPresent(self.month, line.meeting.id,
                            versions={x.expected.officer_id: x.expected.row_version
                                      for x in lines})
        text = self.tr("Tất cả có mặt: {meeting}").format(meeting=self._meeting_text(line))
        if self._run(text, action, line.meeting.day):
            self._filter(line.key)
            self.table.setFocus()

    def _run(self, text: str, action, day) -> bool:
        """Perform the action; it and its undo and redo read back only ``day``."""
        def touched() -> None:
            self.touched_day = day

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.ctx.perform(text, action, touched)
        except DvDeskError as error:
            QApplication.restoreOverrideCursor()
            self.touched_day = None
            self.ctx.show_error(self, error)
            return False
        QApplication.restoreOverrideCursor()
        self.touched_day = None  # read back already, or the whole month when next shown
        return True

    # -- the sheet ---------------------------------------------------------------------
    def export_sheet(self, target: str | None = None) -> None:
        if not target:
            chosen = ask_save_file(self, self.ctx, "excel", self.tr("Xuất bảng dự họp"),
                                   f"du-hop-{self.month}.xlsx",
                                   self.tr("Bảng tính Excel (*.xlsx)"), "xlsx")
            if chosen is None:
                return
            target = str(chosen)
        db, month = self.ctx.db, self.month

        def done(rows: int) -> None:
            self.state.setText(self.tr("Đã xuất {path} ({n} dòng).").format(path=target, n=rows))

        self.ctx.jobs.start(lambda _r: attendance_sheet.export_sheet(db, month, target),
                            done=done, failed=lambda e: self.ctx.show_error(self, e),
                            label=self.tr("Đang xuất bảng dự họp…"))

    def import_sheet(self, source: str | None = None) -> None:
        if not source:
            chosen = ask_open_file(self, self.ctx, "excel", self.tr("Nhập bảng dự họp"),
                                   self.tr("Bảng tính Excel (*.xlsx)"))
            if chosen is None:
                return
            source = str(chosen)
        try:
            plan = attendance_sheet.plan_sheet(self.ctx.db, source)
        except DvDeskError as error:
            self.ctx.show_error(self, error)
            return
        preview = SheetPreview(plan, self)
        if preview.exec() != QDialog.DialogCode.Accepted:
            return
        try:  # all or nothing, not on the undo stack: the file can be imported again
            counts = attendance_sheet.apply_sheet(self.ctx.db, plan)
        except DvDeskError as error:
            self.ctx.show_error(self, error)
            return
        self.ctx.data_changed.emit(Change.ATTENDANCE)
        self.state.setText(self.tr("Đã nhập {n} lượt dự họp từ {name}.").format(
            n=counts["changes"], name=source))

    def wait_until_done(self, msecs: int = 60000) -> bool:
        return self.ctx.jobs.wait(msecs)
