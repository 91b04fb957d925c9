"""The settings dialog's "Thư điện tử" tab: the SMTP server the schedules are mailed through.

Host, port, security, user, sender and the sender's name are settings (the ``mail``
section, as ``dvdesk settings set mail.*``). The password is never one: typed here, it
goes to the system keyring through the mail service once the settings are saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from dvdesk.domain.text import clean

SECURITY = ("starttls", "ssl", "none")


class MailSettingsTab(QWidget):
    def __init__(self, values: dict, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout(self)
        self.host = QLineEdit(str(values.get("host") or ""), self)
        self.host.setPlaceholderText("smtp.example.vn")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(int(values.get("port") or 587))
        self.security = QComboBox(self)
        for code, text in (("starttls", self.tr("STARTTLS (cổng 587)")),
                           ("ssl", self.tr("SSL/TLS (cổng 465)")),
                           ("none", self.tr("Không mã hóa (chỉ mạng nội bộ)"))):
            self.security.addItem(text, code)
        self.security.setCurrentIndex(max(self.security.findData(
            str(values.get("security") or "starttls").lower()), 0))
        self.user = QLineEdit(str(values.get("user") or ""), self)
        self.sender = QLineEdit(str(values.get("sender") or ""), self)
        self.sender.setPlaceholderText("vanphong@example.vn")
        self.sender_name = QLineEdit(str(values.get("sender_name") or ""), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Để trống: giữ mật khẩu đã lưu"))
        form.addRow(self.tr("Máy chủ thư (SMTP):"), self.host)
        form.addRow(self.tr("Cổng:"), self.port)
        form.addRow(self.tr("Bảo mật:"), self.security)
        form.addRow(self.tr("Tên đăng nhập:"), self.user)
        form.addRow(self.tr("Địa chỉ gửi:"), self.sender)
        form.addRow(self.tr("Tên người gửi:"), self.sender_name)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        note = QLabel(self.tr("Mật khẩu được lưu vào kho mật khẩu của hệ thống, không lưu cùng "
                              "dữ liệu."), self)
        note.setWordWrap(True)
        form.addRow("", note)

    def values(self) -> dict:
        return {"host": clean(self.host.text()), "port": self.port.value(),
                "security": self.security.currentData(), "user": clean(self.user.text()),
                "sender": clean(self.sender.text()),
                "sender_name": clean(self.sender_name.text())}

    def new_password(self) -> str:
        return self.password.text()
