"""Printing a document: the PDF itself is what is previewed, printed and saved.

``PdfPreview`` shows the PDF's pages (QtPdf) with In… / Lưu PDF… / Đóng; ``print_pdf_file``
asks for the printer and prints those pages. "Print to file" gets the real PDF copied
(its text, fonts and size intact), never a picture of each page.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dvdesk.errors import DvDeskError
from dvdesk.gui.files import ask_save_file, last_folder, remember_folder

PRINT_DPI = 300


def render_pages(document: QPdfDocument, printer: QPrinter, first: int = 0,
                 last: int | None = None) -> int:
    """Render pages ``first``..``last`` (0-based) of the PDF onto a real printer."""
    last = document.pageCount() - 1 if last is None else min(last, document.pageCount() - 1)
    painter = QPainter()
    if not painter.begin(printer):
        raise DvDeskError(QCoreApplication.translate("Printing", "Không mở được máy in."))
    printed = 0
    try:
        for index in range(first, last + 1):
            if printed:
                printer.newPage()
            target = painter.viewport()
            points = document.pagePointSize(index)
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            painter.drawImage(0, 0, document.render(index, size))
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


def copy_pages(source: Path, target: Path, first: int, last: int | None) -> int:
    """Write pages ``first``..``last`` (0-based) of a PDF as a PDF; all of them: a copy."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(source))
    try:
        count = len(pdf)
        last = count - 1 if last is None else min(last, count - 1)
        if first <= 0 and last == count - 1:
            shutil.copyfile(source, target)
            return count
        part = pypdfium2.PdfDocument.new()
        try:
            part.import_pages(pdf, list(range(first, last + 1)))
            part.save(str(target))
        finally:
            part.close()
        return last - first + 1
    finally:
        pdf.close()


def print_pdf_file(parent: QWidget | None, ctx, pdf: Path, document: QPdfDocument,
                   name: str) -> int | None:
    """The print dialog, then the PDF's pages to the chosen printer (or the PDF itself to
    the chosen file); how many pages, or None if the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PRINT_DPI)
    prepare_printer(printer, document)
    printer.setDocName(name)
    if not QPrinterInfo.availablePrinters():
        # Only "print to file" is possible: propose the PDF folder the user saves in,
        # not the folder the program was started from.
        printer.setOutputFileName(str(last_folder("pdf") / name))
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(document.pageCount(), 1))
    # Its "print to file" browses folders: the same lock-safe rule as every file dialog.
    with ctx.released_database():
        accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
    if not accepted:
        return None
    first, last = 0, None
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        first, last = max(printer.fromPage() - 1, 0), printer.toPage() - 1
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        target = Path(printer.outputFileName())
        remember_folder("pdf", target)
        try:
            return copy_pages(pdf, target, first, last)
        except OSError as error:
            raise DvDeskError(QCoreApplication.translate(
                "Printing", "Không ghi được tệp {path}: {reason}.").format(
                path=target, reason=error.strerror or error)) from error
    return render_pages(document, printer, first, last)


def save_pdf_file(parent: QWidget | None, ctx, pdf: Path, file_name: str) -> Path | None:
    """Lưu PDF…: ask where (the last PDF folder, ``file_name`` proposed), copy it there."""
    target = ask_save_file(parent, ctx, "pdf", QCoreApplication.translate("Printing", "Lưu PDF"),
                           file_name, QCoreApplication.translate("Printing", "Tệp PDF (*.pdf)"),
                           "pdf")
    if target is None:
        return None
    try:
        shutil.copyfile(pdf, target)
    except OSError as error:
        raise DvDeskError(QCoreApplication.translate(
            "Printing", "Không ghi được tệp {path}: {reason}.").format(
            path=target, reason=error.strerror or error)) from error
    return target


class PdfPreview(QDialog):
    """Xem bản in: the document's own pages, to print or save as they are."""

    def __init__(self, ctx, pdf: Path, file_name: str, title: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.pdf, self.file_name = ctx, pdf, file_name
        self.setWindowTitle(title)
        self.document = QPdfDocument(self)
        self.document.load(str(pdf))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.status = QLabel(self.tr("{name}: {pages} trang.").format(
            name=file_name, pages=self.document.pageCount()), self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("In…"), self)
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Lưu PDF…"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1100, screen.width() - 40), min(820, screen.height() - 40))

    def print_document(self) -> None:
        try:
            pages = print_pdf_file(self, self.ctx, self.pdf, self.document, self.file_name)
        except DvDeskError as error:
            self.ctx.show_error(self, error)
            return
        if pages is not None:
            self.status.setText(self.tr("Đã in {pages} trang.").format(pages=pages))

    def save(self) -> None:
        try:
            target = save_pdf_file(self, self.ctx, self.pdf, self.file_name)
        except DvDeskError as error:
            self.ctx.show_error(self, error)
            return
        if target is not None:
            self.status.setText(self.tr("Đã lưu {path}.").format(path=target))
