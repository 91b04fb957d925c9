"""Thống kê phản ánh: received, resolved, overdue and open per field and per commune for a
month or a year (``services.feedback_read.feedback_counts``, the numbers the PDF summary
prints); the Excel export of the period's items and the PDF summary's preview, printed
and saved through the same preview the calendar uses (``gui/printing.PdfPreview``)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dvdesk.errors import DvDeskError
from dvdesk.gui.files import ask_save_file
from dvdesk.gui.month_picker import MonthPicker
from dvdesk.gui.printing import PdfPreview
from dvdesk.gui.tables import Row, RowTableModel
from dvdesk.services.feedback_read import feedback_counts
from dvdesk.services.feedback_report import export_feedback, feedback_pdf

MONTH, YEAR = "month", "year"


def count_table(parent, model: RowTableModel, name: str) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class FeedbackStats(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.stale = True
        self.counts: dict | None = None
        self._folder = Path(tempfile.mkdtemp(prefix="dvdesk-"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kỳ"))
        self.kind.addItem(self.tr("Tháng"), MONTH)
        self.kind.addItem(self.tr("Năm"), YEAR)
        self.month = MonthPicker(ctx.month, self)
        self.excel_button = QPushButton(self.tr("Xuất Excel…"), self)
        self.pdf_button = QPushButton(self.tr("Xem bản in…"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        headers = [self.tr("Tiếp nhận"), self.tr("Đã giải quyết"), self.tr("Quá hạn"),
                   self.tr("Còn mở")]
        self.by_field = RowTableModel([self.tr("Lĩnh vực"), *headers], self)
        self.by_commune = RowTableModel([ctx.levels.title("commune"), *headers], self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kỳ:"), self))
        top.addWidget(self.kind)
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(self.excel_button)
        top.addWidget(self.pdf_button)
        split = QSplitter(self)
        split.addWidget(count_table(self, self.by_field, self.tr("Theo lĩnh vực")))
        self.commune_table = count_table(self, self.by_commune, "")
        split.addWidget(self.commune_table)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.kind.currentIndexChanged.connect(lambda _i: self.load())
        self.month.month_changed.connect(lambda _m: self.load())
        self.excel_button.clicked.connect(lambda: self.export_excel())
        self.pdf_button.clicked.connect(self.preview_pdf)
        self.destroyed.connect(lambda *_: shutil.rmtree(self._folder, ignore_errors=True))

    def period(self) -> str:
        month = self.month.month()
        return month if self.kind.currentData() == MONTH else month[:4]

    def period_text(self) -> str:
        period = self.period()
        return (self.tr("tháng {m}/{y}").format(m=period[5:], y=period[:4]) if "-" in period
                else self.tr("năm {y}").format(y=period))

    def load(self) -> None:
        self.stale = False
        try:
            self.counts = feedback_counts(self.ctx.db, self.period())
        except DvDeskError as error:
            self.counts = None
            self.summary.setText(str(error))
            return
        c = self.counts

        def rows(entries: list[dict]) -> list[Row]:
            return [Row(i, (e["name"], str(e["received"]), str(e["resolved"]),
                            str(e["overdue"]), str(e["open"])), "",
                        sort_keys={0: i, 1: e["received"], 2: e["resolved"], 3: e["overdue"],
                                   4: e["open"]}, highlight=e["overdue"] > 0)
                    for i, e in enumerate(entries)]

        self.by_field.set_rows(rows(c["by_field"]))
        levels = self.ctx.levels
        self.by_commune.headers[0] = levels.title("commune")
        self.commune_table.setAccessibleName(self.tr("Theo {commune}").format(
            commune=levels.word("commune")))
        self.by_commune.set_rows(rows(c["by_commune"]))
        t = c["total"]
        self.summary.setText(self.tr(
            "Kỳ {period}: tiếp nhận {r}, đã giải quyết {s}; đến {day} còn mở {o}, quá hạn {d}.")
            .format(period=self.period_text(), r=t["received"], s=t["resolved"], o=t["open"],
                    d=t["overdue"], day=f"{c['as_of'][8:]}/{c['as_of'][5:7]}/{c['as_of'][:4]}"))

    def file_name(self, suffix: str) -> str:
        return f"phan-anh-kien-nghi-{self.period()}.{suffix}"

    def export_excel(self, target: str | None = None) -> None:
        if not target:
            chosen = ask_save_file(self, self.ctx, "excel", self.tr("Xuất Excel"),
                                   self.file_name("xlsx"), self.tr("Bảng tính Excel (*.xlsx)"),
                                   "xlsx")
            if chosen is None:
                return
            target = str(chosen)
        db, period = self.ctx.db, self.period()

        def done(_sheets) -> None:
            self.summary.setText(self.tr("Đã xuất {path}.").format(path=target))

        self.ctx.jobs.start(lambda _r: export_feedback(db, target, period=period), done=done,
                            failed=lambda e: self.ctx.show_error(self, e),
                            label=self.tr("Đang xuất Excel…"))

    def preview_pdf(self) -> None:
        db, period, name = self.ctx.db, self.period(), self.file_name("pdf")
        path = self._folder / name

        def done(_data) -> None:
            title = self.tr("Bản in báo cáo phản ánh, kiến nghị {period}").format(
                period=self.period_text())
            preview = PdfPreview(self.ctx, path, name, title, self)
            preview.exec()

        self.ctx.jobs.start(lambda _r: feedback_pdf(db, period, path), done=done,
                            failed=lambda e: self.ctx.show_error(self, e),
                            label=self.tr("Đang tạo văn bản…"))
