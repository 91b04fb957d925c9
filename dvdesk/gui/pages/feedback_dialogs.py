"""The feedback page's dialogs: receiving an item, and one step of it (forward, answer,
resolve, close with a reason). They only collect values; the page runs the action."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from dvdesk.errors import DvDeskError
from dvdesk.services.unit_views import tree_children


class DayField(QLineEdit):
    """A day typed as dd/mm/yyyy: the whole date in one go, as a person writes it (a
    QDateEdit takes typing one section at a time and drops a date typed over it)."""

    def __init__(self, day: dt.date, name: str, parent=None):
        super().__init__(parent)
        self.setInputMask("99/99/9999")
        self.setAccessibleName(name)
        self.setMaximumWidth(110)
        self.set_day(day)

    def set_day(self, day: dt.date) -> None:
        self.setText(f"{day:%d/%m/%Y}")

    def day(self) -> dt.date | None:
        try:
            return dt.datetime.strptime(self.text(), "%d/%m/%Y").date()
        except ValueError:
            return None


def date_edit(parent, day: dt.date, name: str) -> DayField:
    return DayField(day, name, parent)


def day_of(edit: DayField) -> dt.date | None:
    return edit.day()


def searchable(combo: QComboBox) -> None:
    """Type part of a name (with or without accents is Qt's contains-match) to pick it."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


class ReceiveDialog(QDialog):
    """Tiếp nhận phản ánh, kiến nghị."""

    def __init__(self, db, communes, officers, fields: list[str], parent=None, *, levels):
        super().__init__(parent)
        self.db = db
        self.levels = levels  # gui/levels.WindowLevels: the fields' level names
        self.setWindowTitle(self.tr("Tiếp nhận phản ánh, kiến nghị"))
        self.commune = QComboBox(self)
        for entry in communes:
            self.commune.addItem(entry.name, entry.id)
        self.hamlet = QComboBox(self)
        self.officer = QComboBox(self)
        for officer in officers:
            self.officer.addItem(officer.full_name, officer.id)
        searchable(self.officer)
        self.officer.setCurrentIndex(-1)
        self.received = date_edit(self, dt.date.today(), self.tr("Ngày tiếp nhận"))
        self.field = QComboBox(self)
        self.field.addItems(fields)
        self.content = QPlainTextEdit(self)
        self.content.setTabChangesFocus(True)
        self.content.setFixedHeight(90)
        self.is_complex = QCheckBox(self.tr("Vụ việc phức tạp (hạn 15 ngày làm việc)"), self)
        self.raised_by = QLineEdit(self)
        form = QFormLayout(self)
        # One unit is picked in each: the level's word, singular ("Xã", "Thôn").
        form.addRow(levels.capital("commune"), self.commune)
        form.addRow(levels.capital("hamlet"), self.hamlet)
        form.addRow(self.tr("Cán bộ tiếp nhận"), self.officer)
        form.addRow(self.tr("Ngày tiếp nhận"), self.received)
        form.addRow(self.tr("Lĩnh vực"), self.field)
        form.addRow(self.tr("Nội dung"), self.content)
        form.addRow("", self.is_complex)
        form.addRow(self.tr("Người, nhóm phản ánh"), self.raised_by)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b71c1c")
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.commune.currentIndexChanged.connect(lambda _i: self._load_hamlets())
        self._load_hamlets()
        self.resize(560, self.sizeHint().height())

    def _load_hamlets(self) -> None:
        self.hamlet.clear()
        commune_id = self.commune.currentData()
        if commune_id is None:
            return
        try:
            children = tree_children(self.db, "commune", commune_id)
        except DvDeskError:
            children = []
        for child in children:
            if child.kind == "hamlet":
                self.hamlet.addItem(child.name, child.id)

    def _officer_id(self) -> int | None:
        index = self.officer.findText(self.officer.currentText().strip(),
                                      Qt.MatchFlag.MatchFixedString)
        return self.officer.itemData(index) if index >= 0 else None

    def _accept(self) -> None:
        if self.hamlet.currentData() is None:
            self.problem.setText(self.tr("Chọn {hamlet} nơi nhận phản ánh.").format(
                hamlet=str(self.levels.names.phrase("hamlet"))))
        elif self._officer_id() is None:
            self.problem.setText(self.tr("Chọn cán bộ tiếp nhận trong danh sách."))
        elif self.received.day() is None:
            self.problem.setText(self.tr("Ngày tiếp nhận phải là một ngày dd/mm/yyyy."))
            self.received.setFocus()
        elif not self.content.toPlainText().strip():
            self.problem.setText(self.tr("Nhập nội dung phản ánh, kiến nghị."))
            self.content.setFocus()
        else:
            self.accept()

    def values(self) -> dict:
        return {"hamlet_id": self.hamlet.currentData(), "officer_id": self._officer_id(),
                "received": day_of(self.received), "field": self.field.currentText(),
                "content": self.content.toPlainText(), "is_complex": self.is_complex.isChecked(),
                "raised_by": self.raised_by.text()}


class StepDialog(QDialog):
    """Chuyển / trả lời / giải quyết / đóng: the text the step needs and its day."""

    def __init__(self, title: str, label: str, required: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required = required
        self.text = QLineEdit(self)
        self.text.setAccessibleName(label)
        self.on = date_edit(self, dt.date.today(), self.tr("Ngày"))
        form = QFormLayout(self)
        form.addRow(label, self.text)
        form.addRow(self.tr("Ngày"), self.on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def _accept(self) -> None:
        if self.required and not self.text.text().strip():
            self.text.setFocus()
        elif self.on.day() is None:
            self.on.setFocus()
        else:
            self.accept()
