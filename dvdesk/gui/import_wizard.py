"""Nhập Excel: pick a file → preview (what will be created or changed, warnings, bad rows)
→ confirm → apply in one transaction, on a worker thread with a progress bar.

The preview is the import's diff (``import_diff``): grouped by kind with counts,
conflicts first, the legacy-encoding conversions before → after, and a tickbox on
each item; what the user unticks is left out (``ApplyImport.leave_out``).

The import lands on the undo stack (``ApplyImport``): undoing it takes back what it
created, ended and changed, unless something made since relies on them; a redo
writes the same plan again without reading the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from dvdesk.errors import DvDeskError
from dvdesk.gui.context import AppContext
from dvdesk.gui.files import ask_open_file
from dvdesk.gui.import_diff import ImportDiffView
from dvdesk.services.actions import ApplyImport


class _FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Chọn tệp Excel"))
        levels = wizard.ctx.levels
        led = ", ".join(levels.word(kind) for kind in ("cluster", "commune") if levels.used(kind))
        self.setSubTitle(self.tr(
            "Danh sách cán bộ theo dõi, hỗ trợ {hamlet}; phân công dự sinh hoạt {cell}; phân "
            "công phụ trách {led}; hoặc tệp xuất từ DV Desk.").format(
                hamlet=levels.word("hamlet"), cell=levels.word("cell"), led=led))
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("Đường dẫn tệp .xlsx"))
        browse = QPushButton(self.tr("Chọn tệp…"), self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addStretch(1)
        browse.clicked.connect(self.browse)
        self.path.textChanged.connect(self.completeChanged)

    def browse(self) -> None:
        path = ask_open_file(self, self.wizard_.ctx, "excel-import", self.tr("Chọn tệp Excel"),
                             self.tr("Bảng tính Excel (*.xlsx)"))
        if path is not None:
            self.path.setText(str(path))

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return Path(self.path.text().strip()).is_file()


class _PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Xem trước"))
        self.setSubTitle(self.tr("Chưa ghi gì vào cơ sở dữ liệu."))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.diff = ImportDiffView(self)
        # What was read, and the bad rows as sentences (the diff lists them by kind too).
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Tệp đã đọc"))
        self.details.setMaximumHeight(110)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.diff, 1)
        layout.addWidget(self.details)
        self.plan = None

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.plan = None
        self.details.clear()
        self.summary.setText(self.tr("Đang đọc tệp…"))
        self.progress.show()
        self.completeChanged.emit()
        path = self.wizard_.file_page.path.text().strip()
        self.wizard_.start(lambda _report: self.wizard_.plan_file(path), self.show_plan,
                           self.failed)

    def show_plan(self, plan) -> None:
        self.progress.hide()
        self.plan = plan
        lines: list[str] = []
        lines += [self.tr("Đọc được: {source}.").format(source=s) for s in plan.sources]
        self.diff.show_plan(plan)
        if plan.problems:
            lines += ["", self.tr("Dòng lỗi (phải sửa trong tệp):")]
            lines += [f"• {p}" for p in plan.problem_lines()]
            self.summary.setText(self.tr(
                "Tệp có {n} dòng lỗi nên chưa thể nhập; sửa tệp rồi chọn lại. Nếu sửa hết "
                "lỗi sẽ tạo: {summary}").format(n=len(plan.problems), summary=plan.summary()))
        elif plan.kind == "reimport":
            self.summary.setText(self.tr("Sẽ ghi các mục được đánh dấu: {summary}").format(
                summary=plan.summary()))
        else:
            self.summary.setText(self.tr("Sẽ tạo: {summary}").format(summary=plan.summary()))
        self.details.setPlainText("\n".join(lines))
        self.completeChanged.emit()

    def failed(self, error) -> None:
        self.progress.hide()
        self.summary.setText(str(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return self.plan is not None and not self.plan.problems and not self.wizard_.busy


class _ConfirmPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Xác nhận"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.progress)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        plan = self.wizard_.preview_page.plan
        self.text.setText(self.tr(
            "Bấm «Nhập» để ghi tất cả trong một lần: {summary}\n\nNếu có lỗi, không có gì "
            "được ghi. Có thể hoàn tác lần nhập này (Sửa → Hoàn tác) khi dữ liệu nhập vào "
            "chưa được dùng tiếp.").format(summary=plan.summary()))

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return not self.wizard_.busy


class ImportWizard(QWizard):
    """Nhập Excel, all or nothing (see the module docstring)."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.result = None
        self.job = None
        self.setWindowTitle(self.tr("Nhập Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Nhập"))
        self.file_page = _FilePage(self)
        self.preview_page = _PreviewPage(self)
        self.confirm_page = _ConfirmPage(self)
        for page in (self.file_page, self.preview_page, self.confirm_page):
            self.addPage(page)
        self.resize(760, 520)

    def plan_file(self, path: str):
        from dvdesk.services.importer import plan_import

        return plan_import(self.ctx.db, path)

    def start(self, work, done, failed, progress=None) -> None:
        """``work(report)`` on the window's worker; the wizard is busy meanwhile."""
        self.busy = True

        def finish(handler, value) -> None:
            self.busy = False
            self.job = None
            handler(value)

        self.job = self.ctx.jobs.start(work, done=lambda value: finish(done, value),
                                       failed=lambda error: finish(failed, error),
                                       progress=progress, label=self.windowTitle())

    def accept(self) -> None:
        """Apply the previewed plan on the worker thread, then close."""
        if self.busy:
            return
        # Redo applies this stored plan again, never the file (which may have changed),
        # without the items unticked in the preview.
        action = ApplyImport(self.preview_page.plan,
                             leave_out=self.preview_page.diff.leave_out())
        db = self.ctx.db
        self.confirm_page.progress.show()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.start(lambda report: action.do(db, report), lambda result: self._applied(action),
                   self._apply_failed, self._progress)

    def _progress(self, done: int, total: int) -> None:
        bar = self.confirm_page.progress
        bar.setRange(0, max(total, 1))
        bar.setValue(done)

    def _applied(self, action: ApplyImport) -> None:
        self.result = action.result
        name = Path(action.plan.path).name
        self.ctx.push_done(self.tr("Nhập Excel {name}").format(name=name), action)
        self.confirm_page.progress.hide()
        super().accept()

    def _apply_failed(self, error: DvDeskError) -> None:
        self.confirm_page.progress.hide()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        self.ctx.show_error(self, error)

    def reject(self) -> None:
        """Cancel: an import being written stops and writes nothing; a preview is dropped."""
        if self.job is not None:
            self.job.cancel()
        super().reject()

    def done(self, code: int) -> None:
        self.ctx.jobs.wait()
        super().done(code)
