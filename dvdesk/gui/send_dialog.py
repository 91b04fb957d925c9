"""Gửi lịch cho cán bộ: each officer gets their slip (PDF) and calendar file (.ics) by mail.

The same service as ``dvdesk calendar send``: the month's latest approved version, to
every officer with meetings or only to those the latest revision changed. "Xem danh
sách" is the dry run (who would get what, who has no address); "Gửi" mails on the
worker with a progress bar, then lists each officer's result. One refused address
never stops the rest; the service audits what was sent.

"Dừng gửi" halts a sending started by mistake (a wrong month, a wrong list) before the
next message: the mails sent stay sent, everyone not reached is marked "Chưa gửi (đã
dừng)", and a second "Gửi" (to everyone or only those changed) works as before.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.calendar.months import month_text
from dvdesk.errors import DvDeskError
from dvdesk.gui.jobs import Cancelled

# What needs attention first: refused addresses, those a stop left without their mail,
# then the mails, then who has no address.
_ORDER = {"failed": 0, "stopped": 1, "sent": 2, "would_send": 2, "no_address": 3}
_COLORS = {"sent": "#2e7d32", "failed": "#c62828", "stopped": "#b45309",
           "no_address": "#777777", "would_send": "#1d1d1d"}


def status_text(entry) -> str:
    """What a result line says of one officer's mail."""
    texts = {
        "sent": QCoreApplication.translate("SendDialog", "Đã gửi"),
        "would_send": QCoreApplication.translate("SendDialog", "Sẽ gửi"),
        "no_address": QCoreApplication.translate("SendDialog", "Chưa có e-mail"),
        "stopped": QCoreApplication.translate("SendDialog", "Chưa gửi (đã dừng)"),
    }
    if entry.status == "failed":
        return QCoreApplication.translate("SendDialog", "Không gửi được: %1").replace(
            "%1", entry.error)
    return texts.get(entry.status, entry.status)


class SendDialog(QDialog):
    """Choose all / changed only, look at the list, send, read the results."""

    def __init__(self, ctx, month: str, parent: QWidget | None = None,
                 changed_only: bool = False):
        super().__init__(parent)
        self.ctx, self.month = ctx, month
        self.report = None
        self._stop = threading.Event()  # asked by "Dừng gửi", read by the worker
        self.setWindowTitle(self.tr("Gửi lịch cho cán bộ — tháng %1").replace(
            "%1", month_text(month)))
        self.everyone = QRadioButton(self.tr("Mọi cán bộ có lịch trong tháng"), self)
        self.changed = QRadioButton(self.tr("Chỉ cán bộ có thay đổi ở bản điều chỉnh mới nhất"),
                                    self)
        group = QButtonGroup(self)
        group.addButton(self.everyone)
        group.addButton(self.changed)
        (self.changed if changed_only else self.everyone).setChecked(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Để trống nếu đã lưu trong kho mật khẩu"))
        form = QFormLayout()
        form.addRow(self.tr("Mật khẩu thư"), self.password)
        self.preview_button = QPushButton(self.tr("Xem danh sách"), self)
        self.send_button = QPushButton(self.tr("Gửi"), self)
        self.stop_button = QPushButton(self.tr("Dừng gửi"), self)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Cán bộ"), self.tr("E-mail"),
                                              self.tr("Kết quả"), self.tr("Tệp đính kèm")])
        self.table.setAccessibleName(self.tr("Kết quả gửi"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for column, width in ((0, 190), (1, 220), (2, 260)):
            self.table.setColumnWidth(column, width)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.stop_button.setVisible(False)  # after addButton, which shows what it adds
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.everyone)
        layout.addWidget(self.changed)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.preview_button.clicked.connect(lambda: self.start(dry_run=True))
        self.send_button.clicked.connect(lambda: self.start(dry_run=False))
        self.stop_button.clicked.connect(self.stop)
        self.resize(860, 520)

    def _busy(self, busy: bool) -> None:
        for widget in (self.preview_button, self.send_button, self.everyone, self.changed,
                       self.close_button):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.stop_button.setEnabled(busy)

    def start(self, dry_run: bool) -> None:
        """The dry run or the sending, on the worker."""
        from dvdesk.services import mail

        if self.ctx.jobs.busy:
            return
        db, month, changed_only = self.ctx.db, self.month, self.changed.isChecked()
        password = self.password.text() or None
        stop = self._stop = threading.Event()  # a fresh one: an earlier stop is over

        def work(report):
            def step(done: int, total: int, _entry) -> None:
                try:
                    report(done, total)
                except Cancelled:  # the status bar's "Dừng": stop the same clean way
                    stop.set()
            return mail.send_schedules(db, month, changed_only=changed_only, dry_run=dry_run,
                                       password=password, progress=step, stop=stop.is_set)

        self.stop_button.setText(self.tr("Dừng lập danh sách") if dry_run
                                 else self.tr("Dừng gửi"))
        self._busy(True)
        self.progress.setRange(0, 0)
        self.summary.setText(self.tr("Đang lập danh sách…") if dry_run
                             else self.tr("Đang gửi…"))
        self.ctx.jobs.start(work, done=self._done, failed=self._failed,
                            progress=self._progress, label=self.summary.text())

    def stop(self) -> None:
        """Dừng gửi: the message being sent finishes, no other one starts."""
        self._stop.set()
        self.stop_button.setEnabled(False)
        self.summary.setText(self.tr("Đang dừng: không gửi thêm thư nào…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, error: DvDeskError) -> None:
        self._busy(False)
        self.summary.setText(str(error))
        self.ctx.show_error(self, error)

    def _done(self, report) -> None:
        self._busy(False)
        if report.dry_run and report.stopped:
            self.table.setRowCount(0)
            self.summary.setText(self.tr("Đã dừng lập danh sách; chưa gửi thư nào."))
            self.report = report
            return
        self.report = report
        entries = sorted(report.entries, key=lambda e: _ORDER.get(e.status, 1))
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (entry.name, entry.email, status_text(entry), ", ".join(entry.attachments))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2:
                    item.setForeground(QBrush(QColor(_COLORS.get(entry.status, "#1d1d1d"))))
                self.table.setItem(row, column, item)
        version = str(report.version)
        if report.dry_run:
            text = self.tr("Bản %1: sẽ gửi cho %2 cán bộ; %3 cán bộ chưa có e-mail.")
            text = text.replace("%2", str(report.count("would_send")))
        elif report.stopped:
            text = self.tr("Bản %1: đã dừng theo yêu cầu — đã gửi %2, chưa gửi %5 vì dừng, "
                           "không gửi được %4; %3 cán bộ chưa có e-mail.")
            text = text.replace("%2", str(report.count("sent"))).replace(
                "%4", str(report.count("failed"))).replace("%5", str(report.count("stopped")))
        else:
            text = self.tr("Bản %1: đã gửi %2, không gửi được %4; %3 cán bộ chưa có e-mail.")
            text = text.replace("%2", str(report.count("sent"))).replace(
                "%4", str(report.count("failed")))
        self.summary.setText(text.replace("%1", version).replace(
            "%3", str(report.count("no_address"))))

    def results(self) -> list[tuple[str, str, str]]:
        """(name, e-mail, result) of each line, as shown."""
        return [tuple(self.table.item(r, c).text() for c in range(3))
                for r in range(self.table.rowCount())]
