"""Báo cáo: pick a document and month, make the PDF on a worker thread, preview, print, save.

The preview and the printer show the PDF itself (its pages rendered by QtPdf),
never a second drawing of the document, so what is printed is what was saved.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QObject,
    QRunnable,
    QSize,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dvdesk.errors import DvDeskError
from dvdesk.gui.context import AppContext
from dvdesk.gui.pages import LazyRefresh

DOC_CALENDAR, DOC_ASSIGNMENTS, DOC_PERSONAL, DOC_ATTENDANCE = (
    "calendar", "assignments", "personal", "attendance")
FILE_NAMES = {DOC_CALENDAR: "lich-sinh-hoat-{month}.pdf", DOC_ASSIGNMENTS: "danh-sach-phan-cong.pdf",
              DOC_PERSONAL: "lich-ca-nhan-{month}.pdf", DOC_ATTENDANCE: "bao-cao-du-hop-{month}.pdf"}
PRINT_DPI = 300


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Job(QRunnable):
    """Runs one function off the GUI thread and reports its result or its error.

    With ``reports_progress`` the function receives a callback ``(done, total)``
    whose calls reach the GUI thread as the ``progress`` signal.
    """

    def __init__(self, work, reports_progress: bool = False):
        super().__init__()
        self.work = work
        self.reports_progress = reports_progress
        self.signals = _Signals()

    def run(self) -> None:
        try:
            if self.reports_progress:
                result = self.work(self.signals.progress.emit)
            else:
                result = self.work()
        except DvDeskError as error:
            self.signals.failed.emit(error)
        except OSError as error:
            self.signals.failed.emit(DvDeskError(str(error)))
        else:
            self.signals.done.emit(result)


def make_document(db, kind: str, month: str, version: int | None, include_cells: bool,
                  path: Path) -> Path:
    """Write the chosen document to ``path`` (called on the worker thread)."""
    from dvdesk.services import documents

    if kind == DOC_CALENDAR:
        documents.calendar_pdf(db, month, path, version)
    elif kind == DOC_ASSIGNMENTS:
        documents.assignments_pdf(db, path, include_cells=include_cells)
    elif kind == DOC_PERSONAL:
        documents.personal_pdf(db, month, path, version)
    else:
        documents.attendance_pdf(db, month, path, version)
    return path


def print_pdf(document: QPdfDocument, printer: QPrinter, first: int = 0,
              last: int | None = None) -> int:
    """Render pages ``first``..``last`` (0-based) of the PDF onto the printer; returns how many."""
    last = document.pageCount() - 1 if last is None else min(last, document.pageCount() - 1)
    painter = QPainter()
    if not painter.begin(printer):
        raise DvDeskError(QCoreApplication.translate("ReportsPage", "Không mở được máy in."))
    printed = 0
    try:
        for index in range(first, last + 1):
            if printed:
                printer.newPage()
            target = painter.viewport()
            points = document.pagePointSize(index)
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = document.render(index, size)
            painter.drawImage(0, 0, image)
            printed += 1
    finally:
        painter.end()
    return printed


def prepare_printer(printer: QPrinter, document: QPdfDocument) -> None:
    """A4 in the PDF's own orientation, drawn over the whole sheet: the PDF has its margins."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    if document.pageCount():
        size = document.pagePointSize(0)
        landscape = size.width() > size.height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                   else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)


class ReportsPage(LazyRefresh, QWidget):
    """Báo cáo: the official documents as PDF (preview, print, save, open) and the Excel export."""

    title = "Báo cáo"

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._jobs: set[Job] = set()
        self._folder = Path(tempfile.mkdtemp(prefix="dvdesk-"))
        self._serial = 0
        self.current: Path | None = None

        self.kind = QComboBox(self)
        for key, text in ((DOC_CALENDAR, self.tr("Lịch sinh hoạt tháng")),
                          (DOC_ASSIGNMENTS, self.tr("Danh sách phân công")),
                          (DOC_PERSONAL, self.tr("Lịch cá nhân")),
                          (DOC_ATTENDANCE, self.tr("Báo cáo dự họp"))):
            self.kind.addItem(text, key)
        self.month = QDateEdit(self)
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setCalendarPopup(False)
        self.version = QComboBox(self)
        self.cells = QCheckBox(self.tr("Kèm chi bộ và cán bộ dự"), self)
        self.generate_button = QPushButton(self.tr("Tạo văn bản"), self)
        self.generate_button.setDefault(True)
        self.print_button = QPushButton(self.tr("In…"), self)
        self.save_button = QPushButton(self.tr("Lưu PDF…"), self)
        self.open_button = QPushButton(self.tr("Mở"), self)
        self.excel_button = QPushButton(self.tr("Xuất Excel…"), self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.status = QLabel(self)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Văn bản:"), self))
        row.addWidget(self.kind)
        self.month_label = QLabel(self.tr("Tháng:"), self)
        row.addWidget(self.month_label)
        row.addWidget(self.month)
        self.version_label = QLabel(self.tr("Bản:"), self)
        row.addWidget(self.version_label)
        row.addWidget(self.version)
        row.addWidget(self.cells)
        row.addWidget(self.generate_button)
        row.addWidget(self.progress)
        row.addStretch(1)
        for button in (self.print_button, self.save_button, self.open_button, self.excel_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.month.dateChanged.connect(self._month_changed)
        self.generate_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_pdf)
        self.open_button.clicked.connect(self.open_pdf)
        self.excel_button.clicked.connect(self.export_excel)
        ctx.month_changed.connect(self._set_month)
        ctx.data_changed.connect(lambda _kind: self.refresh_when_visible())
        ctx.database_changed.connect(self._clear)
        self.destroyed.connect(lambda *_: shutil.rmtree(self._folder, ignore_errors=True))
        self._set_month(ctx.month)
        self._kind_changed()
        self._update_buttons()

    # -- state -------------------------------------------------------------------

    def selected_kind(self) -> str:
        return self.kind.currentData()

    def selected_month(self) -> str:
        date = self.month.date()
        return f"{date.year():04d}-{date.month():02d}"

    def selected_version(self) -> int | None:
        return self.version.currentData()

    def _set_month(self, month: str) -> None:
        year, mon = (int(x) for x in month.split("-"))
        if self.month.date() != QDate(year, mon, 1):
            self.month.setDate(QDate(year, mon, 1))

    def _month_changed(self) -> None:
        self.ctx.month = self.selected_month()
        self.refresh()

    def _kind_changed(self) -> None:
        kind = self.selected_kind()
        monthly = kind != DOC_ASSIGNMENTS
        for widget in (self.month, self.month_label, self.version, self.version_label):
            widget.setVisible(monthly)
        self.cells.setVisible(not monthly)

    def refresh(self) -> None:
        """Reload the versions of the selected month's calendar."""
        from dvdesk.services.documents import month_versions

        keep = self.selected_version()
        self.version.blockSignals(True)
        self.version.clear()
        self.version.addItem(self.tr("Bản mới nhất"), None)
        try:
            versions = month_versions(self.ctx.db, self.selected_month())
        except DvDeskError:
            versions = []
        status = {"draft": self.tr("dự thảo"), "approved": self.tr("đã duyệt")}
        for v in versions:
            text = self.tr("Bản {n} ({status})").format(n=v["version"],
                                                         status=status.get(v["status"], ""))
            if v["number"]:
                text += f" — {v['number']}"
            self.version.addItem(text, v["version"])
        index = self.version.findData(keep)
        self.version.setCurrentIndex(max(index, 0))
        self.version.blockSignals(False)
        if not versions and self.selected_kind() != DOC_ASSIGNMENTS:
            self.status.setText(self.tr("Tháng {month} chưa có lịch sinh hoạt.").format(
                month=self.month.date().toString("MM/yyyy")))

    def _clear(self) -> None:
        self.document.close()
        self.current = None
        self._update_buttons()
        self.refresh()

    def _update_buttons(self) -> None:
        busy = self.progress.isVisible()
        ready = self.current is not None and not busy
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(ready)
        self.generate_button.setEnabled(not busy)
        self.excel_button.setEnabled(not busy)

    # -- work on the worker thread ---------------------------------------------

    def _start(self, work, done, message: str) -> None:
        job = Job(work)
        self._jobs.add(job)

        def finish(handler, value) -> None:
            self._jobs.discard(job)
            self.progress.hide()
            self._update_buttons()
            handler(value)

        job.signals.done.connect(lambda value: finish(done, value))
        job.signals.failed.connect(lambda error: finish(self._failed, error))
        self.status.setText(message)
        self.progress.show()
        self._update_buttons()
        self.pool.start(job)

    def _failed(self, error) -> None:
        self.status.setText(str(error))
        self.ctx.show_error(self, error)

    def generate(self) -> None:
        """Make the chosen document (on the worker thread) and show it."""
        self._serial += 1
        kind, month = self.selected_kind(), self.selected_month()
        name = FILE_NAMES[kind].format(month=month)
        path = self._folder / f"{self._serial}-{name}"
        db, version, cells = self.ctx.db, self.selected_version(), self.cells.isChecked()
        self._start(lambda: make_document(db, kind, month, version, cells, path), self._show,
                    self.tr("Đang tạo văn bản…"))

    def _show(self, path: Path) -> None:
        self.document.close()
        self.document.load(str(path))
        self.current = path
        self._update_buttons()
        self.status.setText(self.tr("{name}: {pages} trang.").format(
            name=path.name.split("-", 1)[1], pages=self.document.pageCount()))

    def wait_until_done(self, msecs: int = 60000) -> bool:
        """Block until the worker is idle (for closing and for tests)."""
        return self.pool.waitForDone(msecs)

    # -- print, save, open, Excel ----------------------------------------------

    def print_document(self) -> None:
        if self.current is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PRINT_DPI)
        prepare_printer(printer, self.document)
        printer.setDocName(self.current.name.split("-", 1)[1])
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(self.document.pageCount(), 1))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        first, last = 0, None
        if printer.printRange() == QPrinter.PrintRange.PageRange:
            first, last = printer.fromPage() - 1, printer.toPage() - 1
        try:
            pages = print_pdf(self.document, printer, max(first, 0), last)
        except DvDeskError as error:
            self.ctx.show_error(self, error)
            return
        self.status.setText(self.tr("Đã gửi {pages} trang tới máy in.").format(pages=pages))

    def save_pdf(self, target: str | None = None) -> Path | None:
        if self.current is None:
            return None
        if not target:
            suggested = self.current.name.split("-", 1)[1]
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu PDF"), suggested,
                                                    self.tr("Tệp PDF (*.pdf)"))
            if not target:
                return None
        try:
            shutil.copyfile(self.current, target)
        except OSError as error:
            self.ctx.show_error(self, DvDeskError(
                self.tr("Không ghi được tệp {path}: {reason}.").format(
                    path=target, reason=error.strerror or error)))
            return None
        self.status.setText(self.tr("Đã lưu {path}.").format(path=target))
        return Path(target)

    def open_pdf(self) -> None:
        if self.current is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.current)))

    def export_excel(self, target: str | None = None) -> None:
        if not target:
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Xuất Excel"), f"dvdesk-{self.selected_month()}.xlsx",
                self.tr("Bảng tính Excel (*.xlsx)"))
            if not target:
                return
        from dvdesk.services.excel_export import export_workbook

        db, month = self.ctx.db, self.selected_month()

        def done(result: dict) -> None:
            sheets = ", ".join(result["sheets"])
            self.status.setText(self.tr("Đã xuất {path} ({sheets}).").format(
                path=result["path"], sheets=sheets))

        self._start(lambda: export_workbook(db, target, month), done,
                    self.tr("Đang xuất Excel…"))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.wait_until_done()
        super().closeEvent(event)

