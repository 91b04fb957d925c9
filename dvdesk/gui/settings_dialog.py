"""Công cụ → Cài đặt: organization names, document header, signer, level names, rules, calendar."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.roles import ROLES
from dvdesk.domain.text import clean
from dvdesk.errors import DvDeskError
from dvdesk.gui.context import AppContext
from dvdesk.gui.mail_settings import MailSettingsTab
from dvdesk.gui.preset_choice import PresetChoice
from dvdesk.services.actions import SaveSettings
from dvdesk.services.settings import get_settings, section_versions

ORGANIZATION_FIELDS = [
    ("name", QT_TRANSLATE_NOOP("SettingsDialog", "Tên đơn vị chủ quản:")),
    ("superior_body", QT_TRANSLATE_NOOP("SettingsDialog", "Cơ quan cấp trên (dòng 1 tiêu đề):")),
    ("issuing_body", QT_TRANSLATE_NOOP("SettingsDialog", "Cơ quan ban hành (dòng 2 tiêu đề):")),
    ("short_name", QT_TRANSLATE_NOOP("SettingsDialog", "Tên ngắn:")),
    ("place", QT_TRANSLATE_NOOP("SettingsDialog", "Địa danh (nơi ban hành):")),
    ("number_suffix", QT_TRANSLATE_NOOP("SettingsDialog", "Hậu tố số văn bản:")),
    ("signer_on_behalf", QT_TRANSLATE_NOOP("SettingsDialog", "Thay mặt (T/M …):")),
    ("signer_position", QT_TRANSLATE_NOOP("SettingsDialog", "Chức vụ người ký:")),
    ("signer_name", QT_TRANSLATE_NOOP("SettingsDialog", "Họ tên người ký:")),
]
LEVEL_FIELDS = [
    # Each level said by what it is, not by a district's word for it.
    ("cluster", QT_TRANSLATE_NOOP("SettingsDialog", "Cấp cụm (trên xã, tùy chọn):")),
    ("commune", QT_TRANSLATE_NOOP("SettingsDialog", "Cấp xã, phường:")),
    ("hamlet", QT_TRANSLATE_NOOP("SettingsDialog", "Cấp thôn, ấp, tổ dân phố:")),
    ("cell", QT_TRANSLATE_NOOP("SettingsDialog", "Chi bộ:")),
    ("group", QT_TRANSLATE_NOOP("SettingsDialog", "Tổ:")),
]
RULE_COLUMNS = [
    ("unit_min", QT_TRANSLATE_NOOP("SettingsDialog", "Tối thiểu\nmỗi đơn vị")),
    ("unit_max", QT_TRANSLATE_NOOP("SettingsDialog", "Tối đa\nmỗi đơn vị")),
    ("unit_hard", QT_TRANSLATE_NOOP("SettingsDialog", "Bắt buộc\n(đơn vị)")),
    ("officer_max", QT_TRANSLATE_NOOP("SettingsDialog", "Tối đa\nmỗi cán bộ")),
    ("officer_max_standing", QT_TRANSLATE_NOOP("SettingsDialog", "Tối đa mỗi\nủy viên thường vụ")),
    ("officer_hard", QT_TRANSLATE_NOOP("SettingsDialog", "Bắt buộc\n(cán bộ)")),
]
# Only some roles have a separate limit for standing members (cell attendance: 1 vs 5).
OPTIONAL_RULE_KEYS = {"officer_max_standing"}


SECTIONS = ("organization", "level_names", "rules", "calendar", "mail")  # the ones this dialog edits


def _spin(parent: QWidget, value, special: str | None = None) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, 999)
    if special:
        box.setSpecialValueText(special)
    box.setValue(int(value or 0))
    return box


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Cài đặt"))
        self.resize(940, 560)
        self.original = get_settings(ctx.db)
        # What a save then expects: a change saved meanwhile elsewhere is not overwritten.
        self.versions = section_versions(ctx.db, SECTIONS)
        s = self.original
        tabs = QTabWidget(self)

        page = QWidget(tabs)
        form = QFormLayout(page)
        self.preset = PresetChoice(ctx, page)
        self.preset.applied.connect(self._preset_applied)
        label = QLabel(self.tr("Mẫu tổ chức:"), page)
        label.setBuddy(self.preset.box)  # the label names the list, not the row of both
        form.addRow(label, self.preset)
        self.org: dict[str, QLineEdit] = {}
        for key, label in ORGANIZATION_FIELDS:
            self.org[key] = QLineEdit(str(s["organization"].get(key, "") or ""), page)
            form.addRow(self.tr(label), self.org[key])
        self.recipients = QPlainTextEdit("\n".join(s["organization"].get("recipients", [])), page)
        self.recipients.setPlaceholderText(self.tr("Mỗi dòng một nơi nhận"))
        form.addRow(self.tr("Nơi nhận (mỗi dòng một nơi):"), self.recipients)
        tabs.addTab(page, self.tr("Đơn vị và văn bản"))

        page = QWidget(tabs)
        form = QFormLayout(page)
        self.levels: dict[str, QLineEdit] = {}
        for key, label in LEVEL_FIELDS:
            self.levels[key] = QLineEdit(str(s["level_names"].get(key, "")), page)
            form.addRow(self.tr(label), self.levels[key])
        hint = QLabel(self.tr("Để trống tên cấp cụm nếu tổ chức không có cụm."), page)
        hint.setStyleSheet("color: #555")
        form.addRow(hint)
        tabs.addTab(page, self.tr("Tên các cấp"))

        self.rules = QTableWidget(len(ROLES), len(RULE_COLUMNS), tabs)
        self.rules.setHorizontalHeaderLabels([self.tr(label) for _k, label in RULE_COLUMNS])
        self.rules.setVerticalHeaderLabels([ctx.levels.role(role.value) for role in ROLES])
        self.rule_widgets: dict[str, dict[str, QWidget]] = {}
        for row, role in enumerate(ROLES):
            rule = s["rules"].get(role.value, {})
            widgets: dict[str, QWidget] = {}
            for column, (key, _label) in enumerate(RULE_COLUMNS):
                if key in OPTIONAL_RULE_KEYS and key not in rule:
                    continue
                if key.endswith("_hard"):
                    widget = QCheckBox(self.rules)
                    widget.setChecked(bool(rule.get(key)))
                else:
                    widget = _spin(self.rules, rule.get(key),
                                   self.tr("không giới hạn") if key != "unit_min" else None)
                widgets[key] = widget
                self.rules.setCellWidget(row, column, widget)
            self.rule_widgets[role.value] = widgets
        self.rules.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        tabs.addTab(self.rules, self.tr("Quy tắc phân công"))

        page = QWidget(tabs)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        cal = s["calendar"]
        self.committee_from = _spin(page, cal["committee_window"][0])
        self.committee_to = _spin(page, cal["committee_window"][1])
        self.cell_from = _spin(page, cal["cell_window"][0])
        self.cell_to = _spin(page, cal["cell_window"][1])
        for box in (self.committee_from, self.committee_to, self.cell_from, self.cell_to):
            box.setRange(1, 31)
        form.addRow(self.tr("Đảng ủy xã họp từ ngày … đến ngày:"),
                    self._pair(page, self.committee_from, self.committee_to))
        form.addRow(self.tr("Chi bộ sinh hoạt từ ngày … đến ngày:"),
                    self._pair(page, self.cell_from, self.cell_to))
        self.sessions: dict[str, QTimeEdit] = {}
        labels = {"sang": self.tr("Buổi sáng bắt đầu:"), "chieu": self.tr("Buổi chiều bắt đầu:"),
                  "toi": self.tr("Buổi tối bắt đầu:")}
        for key, label in labels.items():
            edit = QTimeEdit(QTime.fromString(cal["sessions"].get(key, "07:30"), "HH:mm"), page)
            edit.setDisplayFormat("HH:mm")
            self.sessions[key] = edit
            form.addRow(label, edit)
        self.use_evening = QCheckBox(self.tr("Cho phép xếp họp buổi tối"), page)
        self.use_evening.setChecked(bool(cal.get("use_evening", True)))
        form.addRow("", self.use_evening)
        tabs.addTab(page, self.tr("Lịch sinh hoạt"))
        self.mail = MailSettingsTab(s.get("mail", {}), tabs)
        tabs.addTab(self.mail, self.tr("Thư điện tử"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.tabs = tabs

    def _preset_applied(self) -> None:
        """The preset rewrote the names, header lines and level names: show them as saved
        (what else the user changed in the dialog stays as typed)."""
        saved = get_settings(self.ctx.db)
        versions = section_versions(self.ctx.db, SECTIONS)
        for section in ("organization", "level_names"):
            self.original[section] = saved[section]
            self.versions[section] = versions[section]
        for key, edit in self.org.items():
            edit.setText(str(saved["organization"].get(key, "") or ""))
        self.recipients.setPlainText("\n".join(saved["organization"].get("recipients", [])))
        for key, edit in self.levels.items():
            edit.setText(str(saved["level_names"].get(key, "")))
        self.rules.setVerticalHeaderLabels([self.ctx.levels.role(role.value) for role in ROLES])

    @staticmethod
    def _pair(parent: QWidget, first: QWidget, second: QWidget) -> QWidget:
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first)
        row.addWidget(second)
        row.addStretch(1)
        return box

    def values(self) -> dict[str, dict]:
        """Every section as the dialog now shows it."""
        organization = {key: clean(edit.text()) for key, edit in self.org.items()}
        organization["recipients"] = [clean(line) for line in
                                      self.recipients.toPlainText().splitlines() if clean(line)]
        rules = {}
        for role, widgets in self.rule_widgets.items():
            rule = dict(self.original["rules"].get(role, {}))
            for key, widget in widgets.items():
                if isinstance(widget, QCheckBox):
                    rule[key] = widget.isChecked()
                elif key == "unit_min":
                    rule[key] = widget.value()
                else:
                    rule[key] = widget.value() or None
            rules[role] = rule
        calendar = {
            "committee_window": [self.committee_from.value(), self.committee_to.value()],
            "cell_window": [self.cell_from.value(), self.cell_to.value()],
            "sessions": {key: edit.time().toString("HH:mm") for key, edit in self.sessions.items()},
            "use_evening": self.use_evening.isChecked(),
        }
        levels = {key: clean(edit.text()) for key, edit in self.levels.items()}
        return {"organization": organization, "level_names": levels, "rules": rules,
                "calendar": calendar, "mail": self.mail.values()}

    def save(self) -> None:
        new = self.values()
        for role, rule in new["rules"].items():
            if rule.get("unit_max") and rule.get("unit_min", 0) > rule["unit_max"]:
                self.ctx.show_error(self, DvDeskError(self.tr(
                    "Quy tắc «{role}»: số tối thiểu {low} lớn hơn số tối đa {high} mỗi đơn vị."
                ).format(role=self.ctx.levels.role(role), low=rule["unit_min"],
                         high=rule["unit_max"])))
                return
        for key in ("committee_window", "cell_window"):
            first, last = new["calendar"][key]
            if first > last:
                self.ctx.show_error(self, DvDeskError(self.tr(
                    "Khoảng ngày họp không hợp lệ: ngày bắt đầu {first} sau ngày kết thúc {last}."
                ).format(first=first, last=last)))
                return
        changed = {section: values for section, values in new.items()
                   if any(self.original[section].get(k) != v for k, v in values.items())}
        db = self.ctx.db
        if changed:
            action = SaveSettings(changed, versions={section: self.versions[section]
                                                     for section in changed})
            try:
                self.ctx.perform(self.tr("Sửa cài đặt"), action)
            except DvDeskError as error:
                self.ctx.show_error(self, error)
                return
            # Saved: a second OK (after a refused password) saves nothing twice.
            self.original = get_settings(db)
            self.versions = section_versions(db, SECTIONS)
        if self.mail.new_password():
            from dvdesk.services.mail import store_password

            try:  # after the settings: the keyring entry is named by user and host
                store_password(db, self.mail.new_password())
            except DvDeskError as error:
                self.ctx.show_error(self, error)
                return
        self.accept()
