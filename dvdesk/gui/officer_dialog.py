"""The officer form (ui/officer_dialog.ui): add or edit one officer."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from dvdesk.domain.roles import OFFICER_LEVELS
from dvdesk.domain.text import clean
from dvdesk.gui.forms import load_form


class OfficerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, values: dict | None = None):
        super().__init__(parent)
        self.form = load_form("officer_dialog", self)
        self.setWindowTitle(self.tr("Sửa cán bộ") if values else self.tr("Thêm cán bộ"))
        for code, label in OFFICER_LEVELS.items():
            self.form.level.addItem(label, code)
        self.form.buttons.accepted.connect(self.accept)
        self.form.buttons.rejected.connect(self.reject)
        values = values or {"level": "huyen"}
        f = self.form
        f.fullName.setText(values.get("full_name", ""))
        f.title.setText(values.get("title", ""))
        f.workplace.setText(values.get("workplace", ""))
        f.level.setCurrentIndex(max(f.level.findData(values.get("level", "huyen")), 0))
        f.phone.setText(values.get("phone", ""))
        f.committeeMember.setChecked(bool(values.get("is_committee_member")))
        f.standingMember.setChecked(bool(values.get("is_standing_member")))
        f.note.setPlainText(values.get("note", ""))

    def set_values(self, **values) -> None:
        """Fill fields by name (used by tests and by callers that prefill)."""
        f = self.form
        widgets = {"full_name": f.fullName, "title": f.title, "workplace": f.workplace,
                   "phone": f.phone}
        for key, value in values.items():
            if key in widgets:
                widgets[key].setText(value)
            elif key == "level":
                f.level.setCurrentIndex(f.level.findData(value))

    def values(self) -> dict:
        f = self.form
        return {
            "full_name": clean(f.fullName.text()),
            "title": clean(f.title.text()),
            "workplace": clean(f.workplace.text()),
            "level": f.level.currentData(),
            "phone": clean(f.phone.text()),
            "is_committee_member": f.committeeMember.isChecked(),
            "is_standing_member": f.standingMember.isChecked(),
            "note": f.note.toPlainText().strip(),
        }
