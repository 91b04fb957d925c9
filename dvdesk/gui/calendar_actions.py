"""What the secretary does on the calendar page, each one undoable service call.

``CalendarActions`` is mixed into ``CalendarPage``: the page lays out, loads and
selects; these methods change the month through ``ctx.run`` (or the worker, then
``ctx.push_done``) and leave the reload to the page's ``data_changed`` handler.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from dvdesk.domain.calendar.months import month_text
from dvdesk.errors import DvDeskError
from dvdesk.gui.calendar_dialogs import (
    AcceptConflictDialog,
    ApproveDialog,
    MeetingDialog,
    WindowsDialog,
    day_label,
)
from dvdesk.gui.calendar_print import preview_calendar
from dvdesk.gui.calendar_rows import session_name
from dvdesk.gui.forms import icon
from dvdesk.services import calendar as service
from dvdesk.services import calendar_acceptance as acceptance


class CalendarActions:
    def tr(self, text: str) -> str:
        """Qt looks ``self.tr`` texts up under the object's class (CalendarPage), lupdate
        files the ones written here under this class: look here first, then there."""
        found = QCoreApplication.translate("CalendarActions", text)
        return found if found != text else QCoreApplication.translate(type(self).__name__, text)

    def _run(self, text: str, do, undo):
        failure = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return self.ctx.run(text, do, undo, changed="calendar")
        except DvDeskError as error:
            failure = error
        finally:
            QApplication.restoreOverrideCursor()
        self._touched = None
        self.ctx.show_error(self, failure)
        return None

    def _touching(self, meeting_id: int, call):
        """``call`` marked as changing one meeting, so the page reloads only that one."""
        def run(*args):
            self._touched = {meeting_id}
            return call(*args)
        return run

    def create_month(self, copy_previous: bool = False):
        db, month = self.ctx.db, self.month
        text = (self.tr("Sao chép lịch tháng trước sang tháng %1") if copy_previous
                else self.tr("Tạo lịch tháng %1")).replace("%1", month_text(month))
        return self._run(text, lambda: service.new_month(db, month, copy_previous),
                         lambda _r: service.delete_draft(db, month, 1))

    def copy_and_plan(self) -> None:
        """Sao chép tháng trước: last month's days kept, then the rest planned — on the
        worker, one undoable action, with the summary of what moved and why."""
        db, month = self.ctx.db, self.month

        def work(_report):
            created = service.new_month(db, month, copy_previous=True)
            try:
                outcome = service.plan(db, month)
            except DvDeskError:
                service.delete_draft(db, month, 1)
                raise
            return created, outcome

        def undo(result):
            service.delete_draft(db, month, 1)

        self._background(self.tr("Sao chép và xếp lịch tháng %1").replace("%1", month_text(month)),
                         work, lambda: work(None), undo)

    def plan_month(self) -> None:
        """Xếp lịch tự động on the worker (seconds for a province), then the summary."""
        db, month = self.ctx.db, self.month
        self._background(
            self.tr("Xếp lịch tự động tháng %1").replace("%1", month_text(month)),
            lambda _report: (None, service.plan(db, month)),
            lambda: (None, service.plan(db, month)),
            lambda result: service.set_slots(db, month, result[1].previous))

    def _background(self, text: str, work, redo, undo) -> None:
        month = self.month

        def done(result) -> None:
            self.ctx.push_done(text, redo, undo, "calendar", result)
            if month == self.month:
                self._show_moves(result[1])

        self._update_buttons()
        self.ctx.jobs.start(work, done=done, failed=lambda error: self.ctx.show_error(self, error),
                            label=text)

    def _show_moves(self, outcome) -> None:
        from dvdesk.services.calendar_moves import explain_moves

        try:
            summary = explain_moves(self.ctx.db, self.month)
        except DvDeskError as error:
            self.ctx.show_error(self, error)
            return
        self.side.show_moves(summary, outcome.reasons if outcome is not None else [])

    def move_meeting(self, meeting_id: int, day, session: str):
        row = self.rows_by_id.get(meeting_id)
        if row is None or (row.day == day and row.session == session):
            return None
        db = self.ctx.db
        where = (f"{day_label(day)} {session_name(session)}" if day
                 else self.tr("chưa xếp ngày"))
        return self._run(
            self.tr("Dời %1 sang %2").replace("%1", row.unit).replace("%2", where),
            self._touching(meeting_id, lambda: service.update_meeting(
                db, meeting_id, day=day, session=session)),
            self._touching(meeting_id, lambda previous: service.update_meeting(
                db, meeting_id, **previous)))

    def _tooltip(self, meeting_id: int) -> str:
        r = self.rows_by_id.get(meeting_id)
        if r is None:
            return ""
        when = (f"{day_label(r.day)} {session_name(r.session)} {r.start}" if r.day
                else self.tr("chưa xếp ngày"))
        people = "\n".join(f"  • {name}" for _i, name, _role in r.attendees)
        heading = self.tr("Cán bộ dự:")
        text = f"{r.label}\n{when} — {r.place}\n{heading}\n{people}"
        if r.pinned:
            text += "\n" + self.tr("◆ Đã ghim: xếp lịch tự động không dời cuộc họp này.")
        return text

    def _chip_menu(self, meeting_id: int, where) -> None:
        row = self.rows_by_id.get(meeting_id)
        if row is None:
            return
        menu = QMenu(self)
        editable = self.grid.editable
        edit = menu.addAction(icon("edit"), self.tr("Sửa cuộc họp…") if editable
                              else self.tr("Xem cuộc họp…"))
        pin = menu.addAction(self.tr("Bỏ ghim") if row.pinned else self.tr("Ghim (không dời)"))
        unplace = menu.addAction(self.tr("Đưa về chưa xếp ngày"))
        for action in (pin, unplace):
            action.setEnabled(editable)
        unplace.setEnabled(editable and row.day is not None)
        chosen = menu.exec(where)
        if chosen is edit:
            self.edit_meeting(meeting_id)
        elif chosen is pin:
            self.apply_meeting_changes(meeting_id, {"pinned": not row.pinned})
        elif chosen is unplace:
            self.move_meeting(meeting_id, None, row.session)

    def edit_selected(self) -> None:
        if self.selected:
            self.edit_meeting(min(self.selected, key=self._order))

    def edit_meeting(self, meeting_id: int) -> None:
        """The meeting's form: to change it in a draft, to read it once approved."""
        row = self.rows_by_id.get(meeting_id)
        state = self.state
        if row is None or state is None:
            return
        read_only = not self._is_latest_draft()
        dialog = MeetingDialog(self, row, state.month, state.blocked, state.sessions,
                               read_only=read_only)
        if dialog.exec() != QDialog.DialogCode.Accepted or read_only:
            return
        self.apply_meeting_changes(meeting_id, dialog.changes())

    def apply_meeting_changes(self, meeting_id: int, changes: dict):
        row = self.rows_by_id.get(meeting_id)
        if not changes or row is None:
            return None
        db = self.ctx.db
        if set(changes) == {"pinned"}:
            text = (self.tr("Ghim %1") if changes["pinned"] else self.tr("Bỏ ghim %1"))
        else:
            text = self.tr("Sửa %1")
        return self._run(text.replace("%1", row.unit),
                         self._touching(meeting_id, lambda: service.update_meeting(
                             db, meeting_id, **changes)),
                         self._touching(meeting_id, lambda previous: service.update_meeting(
                             db, meeting_id, **previous)))

    def edit_windows(self) -> None:
        if self.state is None:
            return
        dialog = WindowsDialog(self, self.state.windows)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_windows(**dialog.values())

    def set_windows(self, committee, cell):
        db, month = self.ctx.db, self.month
        return self._run(self.tr("Đổi khung ngày tháng %1").replace("%1", month_text(month)),
                         lambda: service.set_month_windows(db, month, committee, cell),
                         lambda previous: service.restore_month_windows(db, month, previous))

    def accept_conflict(self, key: str, message: str) -> None:
        dialog = AcceptConflictDialog(self, message)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        db, month, note = self.ctx.db, self.month, dialog.note.text()
        self._run(self.tr("Chấp nhận xung đột"),
                  lambda: acceptance.accept_conflict(db, month, key, note),
                  lambda _r: acceptance.withdraw_acceptance(db, month, key))

    def withdraw_acceptance(self, key: str, _message: str) -> None:
        note = self.accepted.get(key)
        if note is None:
            return
        db, month = self.ctx.db, self.month
        self._run(self.tr("Bỏ chấp nhận xung đột"),
                  lambda: acceptance.withdraw_acceptance(db, month, key),
                  lambda _r: acceptance.accept_conflict(db, month, key, note.note))

    def approve_month(self) -> None:
        state = self.state
        if state is None:
            return
        from dvdesk.services.settings import get_settings

        org = get_settings(self.ctx.db).get("organization", {})
        accepted, open_conflicts = [], []
        for conflict, key in zip(state.conflicts, self.conflict_keys, strict=True):
            if key in self.accepted:
                accepted.append((conflict.message, self.accepted[key].note))
            else:
                open_conflicts.append(conflict.message)
        dialog = ApproveDialog(self, month_text(state.month), state.version, open_conflicts,
                               accepted, org.get("number_suffix", "-LT/HU"),
                               org.get("signer_name", ""), org.get("signer_name", ""),
                               org.get("signer_position", ""))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.approve(**dialog.values())

    def approve(self, number: str, by: str = "", on_date: dt.date | None = None,
                signer: str | None = None, signer_title: str | None = None):
        db, month = self.ctx.db, self.month
        return self._run(self.tr("Duyệt lịch tháng %1").replace("%1", month_text(month)),
                         lambda: service.approve(db, month, number, by, on_date, signer,
                                                 signer_title),
                         lambda _r: service.withdraw_approval(db, month))

    def print_preview(self) -> None:
        """Xem bản in: the official PDF of the version on screen, to print or save."""
        if self.state is not None:
            preview_calendar(self, self.ctx, self.state.month, self.state.version,
                             self.state.status)

    def revise_month(self):
        db, month = self.ctx.db, self.month
        self.version = None
        return self._run(
            self.tr("Mở bản điều chỉnh lịch tháng %1").replace("%1", month_text(month)),
            lambda: service.revise(db, month),
            lambda result: service.delete_draft(db, month, result["version"]))
