"""The calendar page's forms (ui/calendar_*.ui): edit a meeting, approve, month windows."""

from __future__ import annotations

import datetime as dt
from calendar import monthrange

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QTime
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from dvdesk.domain.calendar_engine import SESSIONS
from dvdesk.domain.text import clean
from dvdesk.gui.forms import load_form

WEEKDAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
SESSION_NAMES = {"sang": QT_TRANSLATE_NOOP("CalendarPage", "sáng"),
                 "chieu": QT_TRANSLATE_NOOP("CalendarPage", "chiều"),
                 "toi": QT_TRANSLATE_NOOP("CalendarPage", "tối")}


def session_name(code: str) -> str:
    """sáng / chiều / tối, translated."""
    name = SESSION_NAMES.get(code)
    return QCoreApplication.translate("CalendarPage", name) if name else code


def day_label(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day:%d/%m}"


class _FormDialog(QDialog):
    def __init__(self, form: str, parent: QWidget | None):
        super().__init__(parent)
        self.form = load_form(form, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.resize(self.form.size())
        self.form.buttons.accepted.connect(self.accept)
        self.form.buttons.rejected.connect(self.reject)


class MeetingDialog(_FormDialog):
    """Day, session, time, place, pin and note of one meeting."""

    def __init__(self, parent: QWidget | None, row, month: str,
                 blocked: dict[dt.date, str], sessions=SESSIONS):
        super().__init__("calendar_meeting_dialog", parent)
        self.setWindowTitle(self.tr("Sửa cuộc họp"))
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
    def __init__(self, parent: QWidget | None, month_text: str, version: int, conflicts: int,
                 suffix: str = "-LT/HU", approver: str = "", signer: str = "",
                 signer_title: str = ""):
        super().__init__("calendar_approve_dialog", parent)
        self.setWindowTitle(self.tr("Duyệt lịch tháng %1").replace("%1", month_text))
        warn = (self.tr("\nLưu ý: lịch còn %1 xung đột.").replace("%1", str(conflicts))
                if conflicts else "")
        self.form.summary.setText(
            self.tr("Duyệt bản %1 của lịch tháng %2. Bản đã duyệt được giữ nguyên; muốn sửa "
                    "phải mở bản điều chỉnh.").replace("%1", str(version))
            .replace("%2", month_text) + warn)
        self.form.number.setPlaceholderText(f"15{suffix}")
        self.form.approvedBy.setText(approver)
        self.form.approvedOn.setDate(QDate.currentDate())
        self.form.signer.setText(signer)
        self.form.signerTitle.setText(signer_title)

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
