"""Mẫu tổ chức: choosing Huyện ủy, Tỉnh ủy or Đảng ủy xã, phường in the window.

In Cài đặt the choice is applied as one undoable action (``ApplyPreset``) after the user
has seen, setting by setting, what it will change; a new database is made with the
preset chosen in ``NewDatabaseDialog``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from dvdesk.errors import DvDeskError
from dvdesk.gui.context import APP_TITLE

# The presets' names (domain/presets.py), translated here: the domain knows no Qt.
PRESET_NAMES = {"huyen": QT_TRANSLATE_NOOP("PresetChoice", "Huyện ủy"),
                "tinh": QT_TRANSLATE_NOOP("PresetChoice", "Tỉnh ủy"),
                "xa": QT_TRANSLATE_NOOP("PresetChoice", "Đảng ủy xã, phường")}
# What each setting a preset writes is called in the confirmation.
SETTING_NAMES = {
    ("organization", "superior_body"): QT_TRANSLATE_NOOP("PresetChoice", "Cơ quan cấp trên"),
    ("organization", "issuing_body"): QT_TRANSLATE_NOOP("PresetChoice", "Cơ quan ban hành"),
    ("organization", "short_name"): QT_TRANSLATE_NOOP("PresetChoice", "Tên ngắn"),
    ("organization", "number_suffix"): QT_TRANSLATE_NOOP("PresetChoice", "Hậu tố số văn bản"),
    ("organization", "signer_on_behalf"): QT_TRANSLATE_NOOP("PresetChoice", "Thay mặt"),
    ("organization", "signer_position"): QT_TRANSLATE_NOOP("PresetChoice", "Chức vụ người ký"),
    ("organization", "recipients"): QT_TRANSLATE_NOOP("PresetChoice", "Nơi nhận"),
    ("level_names", "cluster"): QT_TRANSLATE_NOOP("PresetChoice", "Tên cấp cụm"),
    ("level_names", "commune"): QT_TRANSLATE_NOOP("PresetChoice", "Tên cấp xã"),
    ("level_names", "hamlet"): QT_TRANSLATE_NOOP("PresetChoice", "Tên cấp ấp"),
    ("level_names", "cell"): QT_TRANSLATE_NOOP("PresetChoice", "Tên cấp chi bộ"),
    ("level_names", "group"): QT_TRANSLATE_NOOP("PresetChoice", "Tên cấp tổ"),
    ("structure", "roles"): QT_TRANSLATE_NOOP("PresetChoice", "Vai trò phân công"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PresetChoice", text)


def preset_name(code: str) -> str:
    return _tr(PRESET_NAMES.get(code, code))


def preset_box(parent: QWidget, current: str = "huyen") -> QComboBox:
    box = QComboBox(parent)
    for code, name in PRESET_NAMES.items():
        box.addItem(_tr(name), code)
    box.setCurrentIndex(max(box.findData(current), 0))
    return box


def _shown(key: str, value, levels) -> str:
    if key == "roles" and isinstance(value, list):
        return "; ".join(levels.role(role) for role in value)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if value in (None, ""):
        return QCoreApplication.translate("PresetChoice", "(để trống)")
    return str(value)


def change_lines(changes, levels) -> list[str]:
    """ "Tên cấp ấp: Ấp, khu phố → Thôn, tổ dân phố", one per setting the preset changes
    (``changes``: what ``services.settings.preset_changes`` returned)."""
    return [f"{_tr(SETTING_NAMES[(section, key)])}: {_shown(key, before, levels)} → "
            f"{_shown(key, after, levels)}"
            for section, key, before, after in changes if (section, key) in SETTING_NAMES]


class PresetChoice(QWidget):
    """ "Mẫu tổ chức: [Đảng ủy xã, phường ▾] [Áp dụng mẫu…]"; ``applied`` once done."""

    applied = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.box = preset_box(self, ctx.levels.preset)
        self.apply_button = QPushButton(self.tr("Áp dụng mẫu…"), self)
        self.apply_button.clicked.connect(self.apply)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 1)
        row.addWidget(self.apply_button)

    def apply(self) -> None:
        """Show what the preset changes; on Yes, apply it as one undoable action."""
        from dvdesk.services.actions import ApplyPreset
        from dvdesk.services.settings import preset_changes

        code = self.box.currentData()
        try:
            changes = preset_changes(self.ctx.db, code)
        except DvDeskError as error:
            self.ctx.show_error(self, error)
            return
        lines = change_lines(changes, self.ctx.levels)
        if not lines:
            QMessageBox.information(self, APP_TITLE, self.tr(
                "Cài đặt đã theo mẫu {preset}; không có gì thay đổi.").format(
                    preset=preset_name(code)))
            return
        question = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Áp dụng mẫu tổ chức"),
            self.tr("Áp dụng mẫu {preset}? Các cài đặt sau sẽ thay đổi (hoàn tác được bằng "
                    "Ctrl+Z):").format(preset=preset_name(code)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        question.setInformativeText("\n".join(f"• {line}" for line in lines))
        question.setDefaultButton(QMessageBox.StandardButton.No)
        if question.exec() != QMessageBox.StandardButton.Yes:
            return
        text = self.tr("Áp dụng mẫu {preset}").format(preset=preset_name(code))
        if self.ctx.perform_shown(self, text, ApplyPreset(code=code)):
            self.applied.emit()


class NewDatabaseDialog(QDialog):
    """Tạo cơ sở dữ liệu mới: the organization it is made for (the preset)."""

    def __init__(self, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cơ sở dữ liệu mới"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Tệp: {path}").format(path=path), self))
        self.box = preset_box(self, "xa")
        form.addRow(self.tr("Mẫu tổ chức:"), self.box)
        hint = QLabel(self.tr("Tên các cấp, vai trò, tiêu đề văn bản và ký hiệu số văn bản "
                              "theo mẫu; sửa được sau trong Công cụ → Cài đặt."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        form.addRow(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def preset(self) -> str:
        return self.box.currentData()


def create_database(parent: QWidget, ctx):
    """Tệp → Tạo CSDL mới…: a file name not yet used, then the preset; returns the new
    database, ready and empty with that preset's settings (None if the user stopped)."""
    from dvdesk.gui.files import ask_save_file

    path = ask_save_file(
        parent, ctx, "database",
        QCoreApplication.translate("PresetChoice", "Tạo cơ sở dữ liệu mới"), "dvdesk.db",
        QCoreApplication.translate("PresetChoice", "Cơ sở dữ liệu DV Desk (*.db)"), "db")
    if path is None:
        return None
    if path.exists():
        ctx.show_error(parent, DvDeskError(QCoreApplication.translate(
            "PresetChoice", "Tệp {path} đã có; hãy chọn tên khác.").format(path=path)))
        return None
    dialog = NewDatabaseDialog(str(path), parent)
    if not dialog.exec():
        return None
    from dvdesk.services.databases import open_database
    from dvdesk.services.settings import apply_preset

    try:
        db = open_database(str(path))
        apply_preset(db, dialog.preset())
    except DvDeskError as error:
        ctx.show_error(parent, error)
        return None
    return db
