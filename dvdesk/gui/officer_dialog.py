"""The officer form (ui/officer_dialog.ui): add or edit one officer."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from dvdesk.domain.roles import OFFICER_LEVELS, officer_levels, own_officer_level
from dvdesk.domain.text import clean
from dvdesk.gui.forms import load_form


class OfficerDialog(QDialog):
    """``levels``: the window's ``WindowLevels``; the "Cấp" list offers the levels the
    organization has, the commune and hamlet named as the settings name them."""

    def __init__(self, parent: QWidget | None = None, values: dict | None = None,
                 levels=None):
        super().__init__(parent)
        self.form = load_form("officer_dialog", self)
        self.setWindowTitle(self.tr("Sửa cán bộ") if values else self.tr("Thêm cán bộ"))
        preset = levels.preset if levels is not None else "huyen"
        values = values or {"level": own_officer_level(preset)}
        current = values.get("level") or own_officer_level(preset)
        offered = officer_levels(preset)
        if current in OFFICER_LEVELS and current not in offered:
            # An officer recorded at a level the organization no longer has keeps it.
            offered = [code for code in OFFICER_LEVELS if code in offered or code == current]
        for code in offered:
            self.form.level.addItem(self._level_label(code, levels), code)
        self.form.buttons.accepted.connect(self.accept)
        self.form.buttons.rejected.connect(self.reject)
        f = self.form
        f.fullName.setText(values.get("full_name", ""))
        f.title.setText(values.get("title", ""))
        f.workplace.setText(values.get("workplace", ""))
        f.level.setCurrentIndex(max(f.level.findData(current), 0))
        f.phone.setText(values.get("phone", ""))
        f.email.setText(values.get("email", "") or "")
        f.committeeMember.setChecked(bool(values.get("is_committee_member")))
        f.standingMember.setChecked(bool(values.get("is_standing_member")))
        f.note.setPlainText(values.get("note", ""))

    def _level_label(self, code: str, levels) -> str:
        if levels is not None and code == "xa":
            return levels.capital("commune")
        if levels is not None and code == "ap":
            return levels.capital("hamlet")
        labels = {"tinh": self.tr("Tỉnh"), "huyen": self.tr("Huyện"), "xa": self.tr("Xã"),
                  "ap": self.tr("Ấp")}
        return labels[code]

    def set_values(self, **values) -> None:
        """Fill fields by name (used by tests and by callers that prefill)."""
        f = self.form
        widgets = {"full_name": f.fullName, "title": f.title, "workplace": f.workplace,
                   "phone": f.phone, "email": f.email}
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
            "email": clean(f.email.text()),
            "is_committee_member": f.committeeMember.isChecked(),
            "is_standing_member": f.standingMember.isChecked(),
            "note": f.note.toPlainText().strip(),
        }
