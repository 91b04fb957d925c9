"""The calendar page's forms (ui/calendar_*.ui): edit a meeting, approve, month windows."""

from __future__ import annotations

import datetime as dt
from calendar import monthrange

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.calendar import SESSIONS
from dvdesk.domain.text import clean
from dvdesk.gui.forms import load_form
from dvdesk.gui.wording import version_name

WEEKDAYS = (QT_TRANSLATE_NOOP("CalendarPage", "T2"), QT_TRANSLATE_NOOP("CalendarPage", "T3"),
            QT_TRANSLATE_NOOP("CalendarPage", "T4"), QT_TRANSLATE_NOOP("CalendarPage", "T5"),
            QT_TRANSLATE_NOOP("CalendarPage", "T6"), QT_TRANSLATE_NOOP("CalendarPage", "T7"),
            QT_TRANSLATE_NOOP("CalendarPage", "CN"))
SESSION_NAMES = {"sang": QT_TRANSLATE_NOOP("CalendarPage", "sáng"),
                 "chieu": QT_TRANSLATE_NOOP("CalendarPage", "chiều"),
                 "toi": QT_TRANSLATE_NOOP("CalendarPage", "tối")}


def session_name(code: str) -> str:
    """sáng / chiều / tối, translated."""
    name = SESSION_NAMES.get(code)
    return QCoreApplication.translate("CalendarPage", name) if name else code


def day_label(day: dt.date) -> str:
    weekday = QCoreApplication.translate("CalendarPage", WEEKDAYS[day.weekday()])
    return f"{weekday} {day:%d/%m}"


class _FormDialog(QDialog):
    def __init__(self, form: str, parent: QWidget | None):
        super().__init__(parent)
        self.form = load_form(form, self)
        self.form.buttons.accepted.connect(self.accept)
        self.form.buttons.rejected.connect(self.reject)


class MeetingDialog(_FormDialog):
    """Day, session, time, place, pin and note of one meeting (read only once approved)."""

    def __init__(self, parent: QWidget | None, row, month: str,
                 blocked: dict[dt.date, str], sessions=SESSIONS, read_only: bool = False):
        super().__init__("calendar_meeting_dialog", parent)
        self.setWindowTitle(self.tr("Cuộc họp (đã duyệt, chỉ xem)") if read_only
                            else self.tr("Sửa cuộc họp"))
        f = self.form
        f.unitLabel.setText(row.label)
        people = ", ".join(name for _id, name, _role in row.attendees)
        f.attendeesLabel.setText(self.tr("Cán bộ dự: ") + (people or self.tr("(chưa có)")))
        year, mon = int(month[:4]), int(month[5:])
        f.day.addItem(self.tr("Chưa xếp ngày"), None)
        window = set(row.window)
        for number in range(1, monthrange(year, mon)[1] + 1):
            day = dt.date(year, mon, number)
            text = day_label(day)
            if day in window:
                text += self.tr("  (trong khung)")
            if day in blocked:
                text += f"  — {blocked[day]}"
            f.day.addItem(text, day)
        f.day.setCurrentIndex(max(0, f.day.findData(row.day)) if row.day else 0)
        for code in SESSIONS:
            if code in sessions or code == row.session:
                f.session.addItem(session_name(code), code)
        f.session.setCurrentIndex(max(0, f.session.findData(row.session)))
        hh, _, mm = (row.start or "07:30").partition(":")
        f.start.setTime(QTime(int(hh or 7), int(mm or 0)))
        f.place.setText(row.place)
        f.pinned.setChecked(bool(row.pinned))
        f.note.setText(row.note)
        self._original = self.values()
        if read_only:
            for widget in (f.day, f.session, f.start, f.place, f.pinned, f.note):
                widget.setEnabled(False)
            f.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def values(self) -> dict:
        f = self.form
        return {"day": f.day.currentData(), "session": f.session.currentData(),
                "start": f.start.time().toString("HH:mm"), "place": clean(f.place.text()),
                "pinned": f.pinned.isChecked(), "note": clean(f.note.text())}

    def changes(self) -> dict:
        """Only what the user changed (so an unchanged time follows a new session)."""
        now = self.values()
        return {k: v for k, v in now.items() if v != self._original.get(k)}


class ApproveDialog(_FormDialog):
    """Duyệt: the number is typed; today's date and the signer come filled in. The month's
    conflicts are listed: those accepted with their note, the others as a warning."""

    def __init__(self, parent: QWidget | None, month_text: str, version: int,
                 open_conflicts: list[str], accepted: list[tuple[str, str]],
                 suffix: str = "-LT/HU", approver: str = "", signer: str = "",
                 signer_title: str = ""):
        super().__init__("calendar_approve_dialog", parent)
        self.setWindowTitle(self.tr("Duyệt lịch tháng %1").replace("%1", month_text))
        name = version_name(version)
        text = self.tr("Duyệt %1 của lịch tháng %2. Bản đã duyệt được giữ nguyên; muốn "
                       "sửa phải mở bản điều chỉnh.").replace("%1", name[:1].lower() + name[1:])\
            .replace("%2", month_text)
        if open_conflicts:
            text += "\n" + self.tr("Lưu ý: lịch còn %1 xung đột chưa chấp nhận.").replace(
                "%1", str(len(open_conflicts)))
        if accepted:
            text += "\n" + self.tr("%1 xung đột đã chấp nhận, ghi kèm khi duyệt:").replace(
                "%1", str(len(accepted)))
        f = self.form
        f.summary.setText(text)
        for message, note in accepted:
            f.conflicts.addItem("✓ " + message + "\n" +
                                self.tr("Đã chấp nhận: %1").replace("%1", note))
        for message in open_conflicts:
            f.conflicts.addItem("⚠ " + message)
        f.conflicts.setVisible(bool(accepted or open_conflicts))
        if not (accepted or open_conflicts):
            self.resize(self.width(), 200)
        f.number.setPlaceholderText(f"15{suffix}")
        f.approvedBy.setText(approver)
        f.approvedOn.setDate(QDate.currentDate())
        f.signer.setText(signer)
        f.signerTitle.setText(signer_title)
        f.number.setFocus()

    def values(self) -> dict:
        f = self.form
        return {"number": clean(f.number.text()), "by": clean(f.approvedBy.text()),
                "on_date": f.approvedOn.date().toPython(), "signer": clean(f.signer.text()),
                "signer_title": clean(f.signerTitle.text())}


class WindowsDialog(_FormDialog):
    def __init__(self, parent: QWidget | None, windows: dict[str, tuple[int, int]]):
        super().__init__("calendar_windows_dialog", parent)
        f = self.form
        f.committeeFrom.setValue(windows["committee"][0])
        f.committeeLast.setValue(windows["committee"][1])
        f.cellFrom.setValue(windows["cell"][0])
        f.cellLast.setValue(windows["cell"][1])

    def values(self) -> dict:
        f = self.form
        return {"committee": (f.committeeFrom.value(), f.committeeLast.value()),
                "cell": (f.cellFrom.value(), f.cellLast.value())}


class AcceptConflictDialog(QDialog):
    """Chấp nhận xung đột: the conflict as shown, and why it may stay (required)."""

    def __init__(self, parent: QWidget | None, message: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chấp nhận xung đột"))
        text = QLabel(message, self)
        text.setWordWrap(True)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("ví dụ: cán bộ dự lần lượt hai chi bộ gần nhau"))
        label = QLabel(self.tr("Lý do chấp nhận:"), self)
        label.setBuddy(self.note)
        hint = QLabel(self.tr("Lý do được ghi kèm khi duyệt lịch."), self)
        hint.setStyleSheet("color: #555")
        form = QFormLayout()
        form.addRow(label, self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.note.textChanged.connect(lambda value: ok.setEnabled(bool(value.strip())))
