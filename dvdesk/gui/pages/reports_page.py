"""Báo cáo: pick a document, make the PDF on the worker thread, preview, print, save.

The preview and the printer show the PDF itself (its pages rendered by QtPdf), never
a second drawing of the document, so what is printed is what was saved. The preview
belongs to exactly the choices it was made from: changing the document, the month
(the toolbar's) or the version clears it and turns In… / Lưu PDF… off until the new
one is made, so a wrong document can never be printed.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dvdesk.errors import DvDeskError
from dvdesk.gui.context import AppContext
from dvdesk.gui.files import ask_folder, ask_save_file
from dvdesk.gui.pages import LazyRefresh
from dvdesk.gui.printing import print_pdf_file, save_pdf_file
from dvdesk.gui.report_options import ReportOptions
from dvdesk.gui.wording import document_file_name, version_label

DOC_CALENDAR, DOC_ASSIGNMENTS, DOC_PERSONAL, DOC_ATTENDANCE = (
    "calendar", "assignments", "personal", "attendance")


def make_document(db, kind: str, month: str, version: int | None, include_cells: bool,
                  path: Path, options: dict | None = None) -> Path:
    """Write the chosen document to ``path`` (called on the worker thread); ``options``:
    the number and date, the extract, or changed-only (``ReportOptions``)."""
    from dvdesk.services import documents, schedules

    options = options or {}
    if kind == DOC_CALENDAR:
        documents.calendar_pdf(db, month, path, version, **options)
    elif kind == DOC_ASSIGNMENTS:
        documents.assignments_pdf(db, path, include_cells=include_cells, **options)
    elif kind == DOC_PERSONAL:
        schedules.personal_slips_pdf(db, month, path, version, **options)
    else:
        documents.attendance_pdf(db, month, path, version, **options)
    return path


class ReportsPage(LazyRefresh, QWidget):
    """Báo cáo: the official documents as PDF (preview, print, save, open) and the Excel export."""

    title = "Báo cáo"

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._folder = Path(tempfile.mkdtemp(prefix="dvdesk-"))
        self._serial = 0
        self.current: Path | None = None
        self.current_name = ""
        self._versions: dict[int, dict] = {}
        self._choices = 0  # counts changes of document, month, version, data

        self.kind = QComboBox(self)
        for key, text in ((DOC_CALENDAR, self.tr("Lịch sinh hoạt tháng")),
                          (DOC_ASSIGNMENTS, self.tr("Danh sách phân công")),
                          (DOC_PERSONAL, self.tr("Lịch cá nhân")),
                          (DOC_ATTENDANCE, self.tr("Báo cáo dự họp"))):
            self.kind.addItem(text, key)
        self.kind.setAccessibleName(self.tr("Văn bản"))
        self.version = QComboBox(self)
        self.version.setAccessibleName(self.tr("Bản"))
        self.version.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.cells = QCheckBox(self.tr("Kèm chi bộ và cán bộ dự"), self)
        self.generate_button = QPushButton(self.tr("Tạo văn bản"), self)
        self.generate_button.setDefault(True)
        self.print_button = QPushButton(self.tr("In…"), self)
        self.save_button = QPushButton(self.tr("Lưu PDF…"), self)
        self.open_button = QPushButton(self.tr("Mở"), self)
        self.excel_button = QPushButton(self.tr("Xuất Excel…"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        # A long path in the status must wrap, never widen the window.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Văn bản:"), self))
        row.addWidget(self.kind)
        self.version_label = QLabel(self.tr("Bản:"), self)
        row.addWidget(self.version_label)
        row.addWidget(self.version)
        row.addWidget(self.cells)
        row.addWidget(self.generate_button)
        row.addStretch(1)
        for button in (self.print_button, self.save_button, self.open_button, self.excel_button):
            row.addWidget(button)
        self.options = ReportOptions(self)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.options)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

        self.kind.currentIndexChanged.connect(self._choice_changed)
        self.version.currentIndexChanged.connect(self._choice_changed)
        self.cells.toggled.connect(self._choice_changed)
        o = self.options
        o.scope.currentIndexChanged.connect(self._choice_changed)
        o.number.textChanged.connect(self._choice_changed)
        o.date.dateChanged.connect(self._choice_changed)
        o.changed_only.toggled.connect(self._choice_changed)
        o.word_button.clicked.connect(lambda: self.save_word())
        o.per_commune_button.clicked.connect(lambda: self.save_per_commune())
        o.ics_button.clicked.connect(lambda: self.save_ics())
        self.generate_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.open_button.clicked.connect(self.open_pdf)
        self.excel_button.clicked.connect(lambda: self.export_excel())
        ctx.month_changed.connect(lambda _month: self._month_changed())
        ctx.data_changed.connect(self._data_changed)
        ctx.database_changed.connect(self._month_changed)
        ctx.jobs.busy_changed.connect(lambda _busy: self._update_buttons())
        self.destroyed.connect(lambda *_: shutil.rmtree(self._folder, ignore_errors=True))
        self._kind_shown()
        self.refresh()

    # -- state -------------------------------------------------------------------

    def selected_kind(self) -> str:
        return self.kind.currentData()

    def selected_month(self) -> str:
        return self.ctx.month

    def selected_version(self) -> int | None:
        return self.version.currentData()

    def _kind_shown(self) -> None:
        monthly = self.selected_kind() != DOC_ASSIGNMENTS
        self.version.setVisible(monthly)
        self.version_label.setVisible(monthly)
        self.cells.setVisible(not monthly)
        self.options.show_for(self.selected_kind())

    def _choice_changed(self, *_args) -> None:
        self._choices += 1
        self._kind_shown()
        self.clear_preview()

    def _month_changed(self) -> None:
        self._choices += 1
        self.refresh_when_visible()
        self.clear_preview()

    def _data_changed(self, _kind) -> None:
        # The data under the document changed: the preview may no longer be true.
        self._choices += 1
        self.refresh_when_visible()
        self.clear_preview()

    def refresh(self) -> None:
        """Reload the versions of the month's calendar (keeping the one chosen) and the
        communes and clusters an extract can be made of."""
        from dvdesk.services.documents import month_versions
        from dvdesk.services.unit_views import load_unit_index

        levels = self.ctx.levels
        self.options.set_units(
            [(e.id, e.name) for e in load_unit_index(self.ctx.db, "commune").ordered("commune")],
            [(e.id, e.name) for e in load_unit_index(self.ctx.db, "cluster").ordered("cluster")]
            if levels.used("cluster") else [], levels)
        keep = self.selected_version()
        self.version.blockSignals(True)
        self.version.clear()
        self.version.addItem(self.tr("Bản mới nhất"), None)
        try:
            versions = month_versions(self.ctx.db, self.selected_month())
        except DvDeskError:
            versions = []
        self._versions = {v["version"]: v for v in versions}
        for v in versions:
            self.version.addItem(version_label(v["version"], v["status"], v["number"] or ""),
                                 v["version"])
        self.version.setCurrentIndex(max(self.version.findData(keep), 0))
        self.version.blockSignals(False)
        self._update_buttons()
        if self.current is None:
            self._hint()

    def _hint(self) -> None:
        month = f"{self.selected_month()[5:]}/{self.selected_month()[:4]}"
        if not self._versions and self.selected_kind() != DOC_ASSIGNMENTS:
            self.status.setText(self.tr("Tháng {month} chưa có lịch sinh hoạt.").format(
                month=month))
        else:
            self.status.setText(self.tr("Bấm «Tạo văn bản» để xem văn bản tháng {month}.")
                                .format(month=month))

    def clear_preview(self) -> None:
        """Forget the document on screen: it no longer matches the choices."""
        if self.current is None:
            return
        self.document.close()
        self.current = None
        self.current_name = ""
        self._update_buttons()
        self._hint()

    def _update_buttons(self) -> None:
        busy = self.ctx.jobs.busy
        ready = self.current is not None and not busy
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(ready)
        self.generate_button.setEnabled(not busy)
        self.excel_button.setEnabled(not busy)
        for button in (self.options.word_button, self.options.per_commune_button,
                       self.options.ics_button):
            button.setEnabled(not busy)

    def _file_name(self, kind: str | None = None) -> str:
        kind, version = kind or self.selected_kind(), self.selected_version()
        if version is None and self._versions:
            version = max(self._versions)
        status = self._versions.get(version, {}).get("status") if version else None
        name = document_file_name(kind, self.selected_month(), version, status)
        what, unit_id = self.options.scope_choice()
        if kind == DOC_CALENDAR and unit_id is not None:
            name = name[:-4] + f"-{'xa' if what == 'commune' else 'cum'}-{unit_id}.pdf"
        if kind == DOC_PERSONAL and self.options.changed_only.isChecked():
            name = name[:-4] + "-co-thay-doi.pdf"
        return name

    # -- work on the worker thread ---------------------------------------------

    def generate(self) -> None:
        """Make the chosen document (on the worker thread) and show it."""
        self._serial += 1
        kind, month, name = self.selected_kind(), self.selected_month(), self._file_name()
        path = self._folder / f"{self._serial}-{name}"
        db, version, cells = self.ctx.db, self.selected_version(), self.cells.isChecked()
        options = self.options.document_options(kind)
        self.clear_preview()
        self.status.setText(self.tr("Đang tạo văn bản…"))
        choices = self._choices
        self.ctx.jobs.start(lambda _report: make_document(db, kind, month, version, cells, path,
                                                          options),
                            done=lambda made: self._show(made, name, choices),
                            failed=self._failed, label=self.tr("Đang tạo văn bản…"))

    def _failed(self, error) -> None:
        self.status.setText(str(error))
        self.ctx.show_error(self, error)

    def _show(self, path: Path, name: str, choices: int) -> None:
        if choices != self._choices:  # chosen differently while it was being made
            self._hint()
            return
        self.document.close()
        self.document.load(str(path))
        self.current, self.current_name = path, name
        self._update_buttons()
        self.status.setText(self.tr("{name}: {pages} trang.").format(
            name=name, pages=self.document.pageCount()))

    def wait_until_done(self, msecs: int = 60000) -> bool:
        """Block until the worker is idle (for closing and for tests)."""
        return self.ctx.jobs.wait(msecs)

    # -- print, save, open, Excel ----------------------------------------------

    def print_document(self) -> None:
        if self.current is None:
            return
        try:
            pages = print_pdf_file(self, self.ctx, self.current, self.document,
                                   self.current_name)
        except DvDeskError as error:
            self.ctx.show_error(self, error)
            return
        if pages is not None:
            self.status.setText(self.tr("Đã in {pages} trang.").format(pages=pages))

    def save_pdf(self, target: str | None = None) -> Path | None:
        if self.current is None:
            return None
        try:
            if target:
                from dvdesk.services.outputs import save_copy

                saved = save_copy(self.current, target)
            else:
                saved = save_pdf_file(self, self.ctx, self.current, self.current_name)
        except (DvDeskError, OSError) as error:
            self.ctx.show_error(self, error if isinstance(error, DvDeskError)
                                else DvDeskError(str(error)))
            return None
        if saved is not None:
            self.status.setText(self.tr("Đã lưu {path}.").format(path=saved))
        return saved

    def open_pdf(self) -> None:
        if self.current is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.current)))

    def export_excel(self, target: str | None = None) -> None:
        if not target:
            chosen = ask_save_file(self, self.ctx, "excel", self.tr("Xuất Excel"),
                                   f"dvdesk-{self.selected_month()}.xlsx",
                                   self.tr("Bảng tính Excel (*.xlsx)"), "xlsx")
            if chosen is None:
                return
            target = str(chosen)
        from dvdesk.services.excel_export import export_workbook

        db, month = self.ctx.db, self.selected_month()

        def done(result: dict) -> None:
            sheets = ", ".join(result["sheets"])
            self.status.setText(self.tr("Đã xuất {path} ({sheets}).").format(
                path=result["path"], sheets=sheets))

        self.status.setText(self.tr("Đang xuất Excel…"))
        self.ctx.jobs.start(lambda _report: export_workbook(db, target, month), done=done,
                            failed=self._failed, label=self.tr("Đang xuất Excel…"))

    # -- exports that are not a preview: Word, one PDF per commune, phone calendars ------

    def _export(self, work, done, label: str) -> None:
        self.status.setText(label)
        self.ctx.jobs.start(work, done=done, failed=self._failed, label=label,
                            progress=self._export_progress)

    def _export_progress(self, done: int, total: int) -> None:
        self.status.setText(self.tr("Đang ghi… %1/%2").replace("%1", str(done))
                            .replace("%2", str(total)))

    def save_word(self, target: str | None = None) -> None:
        """Lưu Word…: the calendar (the month or the extract chosen) as an editable .docx."""
        from dvdesk.services import documents

        if not target:
            name = self._file_name(DOC_CALENDAR)[:-4] + ".docx"
            chosen = ask_save_file(self, self.ctx, "word", self.tr("Lưu Word"), name,
                                   self.tr("Tệp Word (*.docx)"), "docx")
            if chosen is None:
                return
            target = str(chosen)
        db, month, version = self.ctx.db, self.selected_month(), self.selected_version()
        options = self.options.document_options(DOC_CALENDAR)
        self._export(lambda _report: documents.calendar_docx(db, month, target, version,
                                                             **options),
                     lambda _view: self.status.setText(self.tr("Đã lưu {path}.").format(
                         path=target)),
                     self.tr("Đang tạo tệp Word…"))

    def save_per_commune(self, folder: str | None = None) -> None:
        """Mỗi xã một tệp PDF…: each commune's own calendar into one folder."""
        from dvdesk.services import documents

        if not folder:
            chosen = ask_folder(self, self.ctx, "pdf", self.tr(
                "Chọn thư mục ghi lịch từng {commune}").format(
                    commune=self.ctx.levels.word("commune")))
            if chosen is None:
                return
            folder = str(chosen)
        db, month, version = self.ctx.db, self.selected_month(), self.selected_version()

        def done(files: list) -> None:
            self.status.setText(self.tr("Đã ghi {count} tệp PDF (mỗi {commune} một tệp) vào "
                                        "{folder}.").format(count=len(files), folder=folder,
                                                            commune=word))

        word = self.ctx.levels.word("commune")
        self._export(lambda report: documents.calendar_pdf_per_commune(
            db, month, folder, version, progress=report), done,
            self.tr("Đang tạo lịch từng {commune}…").format(commune=word))

    def save_ics(self, folder: str | None = None) -> None:
        """Lưu lịch điện thoại (.ics)…: the month's file and one per officer, into a folder."""
        from dvdesk.services import schedules

        if not folder:
            chosen = ask_folder(self, self.ctx, "ics", self.tr("Chọn thư mục ghi tệp lịch"))
            if chosen is None:
                return
            folder = str(chosen)
        db, month, version = self.ctx.db, self.selected_month(), self.selected_version()

        def done(result: dict) -> None:
            self.status.setText(self.tr("Đã ghi {count} tệp lịch của cán bộ và {month} vào "
                                        "{folder}.").format(count=len(result["files"]),
                                                            month=result["month_file"].name,
                                                            folder=folder))

        self._export(lambda report: schedules.ics_files(db, month, folder, version,
                                                        progress=report), done,
                     self.tr("Đang tạo tệp lịch…"))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.wait_until_done()
        super().closeEvent(event)
