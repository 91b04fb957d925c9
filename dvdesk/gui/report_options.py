"""The Reports page's second row: what one document needs besides its kind and version.

- the assignment list and the attendance review: the document's number and date
  (left empty, the printed "Số" and "ngày … tháng … năm" stay blank to fill by hand);
- the calendar: the whole month, one commune or one cluster (an extract), and the
  exports that are not a preview: the Word file, one PDF per commune into a folder, the
  phone calendar files (.ics);
- the personal slips: all officers, or only those the latest revision changed.

``document_options`` is what ``make_document`` passes on to the services.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from dvdesk.gui.widgets import DateField

NO_DATE = QDate(2000, 1, 1)  # the date field's "left empty"
SCOPE_MONTH = ("month", None)


class ReportOptions(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.scope_label = QLabel(self.tr("Phạm vi:"), self)
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Phạm vi"))
        self.scope.setMinimumContentsLength(18)
        self.scope.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.number_label = QLabel(self.tr("Số:"), self)
        self.number = QLineEdit(self)
        self.number.setAccessibleName(self.tr("Số văn bản"))
        self.number.setPlaceholderText(self.tr("để trống: điền tay"))
        self.number.setMaximumWidth(160)
        self.date_label = QLabel(self.tr("Ngày:"), self)
        self.date = DateField(NO_DATE, self)
        self.date.setAccessibleName(self.tr("Ngày văn bản"))
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("(để trống)"))
        self.date.setDate(NO_DATE)
        self.today_button = QPushButton(self.tr("Hôm nay"), self)
        self.changed_only = QCheckBox(self.tr("Chỉ cán bộ có thay đổi"), self)
        self.changed_only.setToolTip(self.tr("Chỉ phiếu của các đồng chí mà bản điều chỉnh mới "
                                             "nhất thay đổi lịch."))
        self.word_button = QPushButton(self.tr("Lưu Word…"), self)
        self.word_button.setToolTip(self.tr("Lịch tháng dạng Word (.docx) để sửa câu chữ "
                                            "trước khi ký."))
        self.per_commune_button = QPushButton(self)  # named with the level (set_units)
        self.ics_button = QPushButton(self.tr("Lưu lịch điện thoại (.ics)…"), self)
        self.ics_button.setToolTip(self.tr("Tệp lịch cả tháng và của từng cán bộ, mở được "
                                           "trong lịch điện thoại, vào một thư mục."))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.scope_label, self.scope, self.number_label, self.number,
                       self.date_label, self.date, self.today_button, self.changed_only):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.word_button, self.per_commune_button, self.ics_button):
            row.addWidget(widget)
        self.today_button.clicked.connect(lambda: self.date.setDate(QDate.currentDate()))

    def set_units(self, communes, clusters, levels) -> None:
        """The extracts offered: ``communes`` / ``clusters`` are (id, name) in order;
        ``levels`` (gui/levels.WindowLevels) name them as the settings do."""
        word = levels.word("commune")
        self.per_commune_button.setText(self.tr("Mỗi {commune} một tệp PDF…").format(
            commune=word))
        self.per_commune_button.setToolTip(self.tr(
            "Lịch riêng của từng {communes}, mỗi {commune} một tệp PDF, vào một thư mục."
        ).format(communes=str(levels.names.phrase("commune")), commune=word))
        keep = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("Cả tháng"), SCOPE_MONTH)
        for cluster_id, name in clusters:
            self.scope.addItem(name, ("cluster", cluster_id))
        for commune_id, name in communes:
            self.scope.addItem(name, ("commune", commune_id))
        self.scope.setCurrentIndex(max(self.scope.findData(keep), 0) if keep else 0)
        self.scope.blockSignals(False)

    def show_for(self, kind: str) -> None:
        numbered = kind in ("assignments", "attendance")
        calendar = kind == "calendar"
        for widget in (self.number_label, self.number, self.date_label, self.date,
                       self.today_button):
            widget.setVisible(numbered)
        for widget in (self.scope_label, self.scope, self.word_button, self.per_commune_button):
            widget.setVisible(calendar)
        self.changed_only.setVisible(kind == "personal")
        self.ics_button.setVisible(kind in ("calendar", "personal"))

    def chosen_date(self) -> dt.date | None:
        value = self.date.date()
        if value == NO_DATE:
            return None
        return dt.date(value.year(), value.month(), value.day())

    def scope_choice(self) -> tuple[str, int | None]:
        return self.scope.currentData() or SCOPE_MONTH

    def document_options(self, kind: str) -> dict:
        """The service arguments of the chosen document."""
        if kind in ("assignments", "attendance"):
            return {"number": self.number.text().strip(), "date": self.chosen_date()}
        if kind == "calendar":
            what, unit_id = self.scope_choice()
            return {f"{what}_id": unit_id} if what != "month" else {}
        if kind == "personal":
            return {"changed_only": self.changed_only.isChecked()}
        return {}
