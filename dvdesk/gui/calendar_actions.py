"""What the secretary does on the calendar page, each one undoable service call.

``CalendarActions`` is mixed into ``CalendarPage``: the page lays out, loads and
selects; these methods change the month by running actions of ``services/actions/``
through ``ctx.perform`` (or on the worker, then ``ctx.push_done``) and leave the reload
to the page's ``data_changed`` handler.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

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
from dvdesk.gui.calendar_rows import month_content, session_name
from dvdesk.gui.forms import icon
from dvdesk.services.actions import (
    AcceptConflict,
    Approve,
    CopyAndPlan,
    EditMeeting,
    NewMonth,
    PlanMonth,
    Revise,
    SetMonthWindows,
    WithdrawAcceptance,
)
from dvdesk.services.calendar_shown import month_shown


class CalendarActions:
    def tr(self, text: str) -> str:
        """Qt looks ``self.tr`` texts up under the object's class (CalendarPage), lupdate
        files the ones written here under this class: look here first, then there."""
        found = QCoreApplication.translate("CalendarActions", text)
        return found if found != text else QCoreApplication.translate(type(self).__name__, text)

    def _perform(self, text: str, action, meeting_id: int | None = None):
        """Run the action (undoable); ``meeting_id``: the one meeting it changes, so the
        page reloads only that one, now and on undo and redo."""
        touched = None if meeting_id is None else partial(setattr, self, "_touched",
                                                           {meeting_id})
        failure = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return self.ctx.perform(text, action, touched)
        except DvDeskError as error:
            failure = error
        finally:
            QApplication.restoreOverrideCursor()
        self._touched = None
        self.ctx.show_error(self, failure)
        return None

    def create_month(self, copy_previous: bool = False):
        month = self.month
        text = (self.tr("Sao chép lịch tháng trước sang tháng %1") if copy_previous
                else self.tr("Tạo lịch tháng %1")).replace("%1", month_text(month))
        return self._perform(text, NewMonth(month, copy_previous))

    def copy_and_plan(self) -> None:
        """Sao chép tháng trước: last month's days kept, then the rest planned — on the
        worker, one undoable action, with the summary of what moved and why."""
        self._background(self.tr("Sao chép và xếp lịch tháng %1").replace(
            "%1", month_text(self.month)), CopyAndPlan(self.month))

    def plan_month(self) -> None:
        """Xếp lịch tự động on the worker (seconds for a province), then the summary."""
        self._background(self.tr("Xếp lịch tự động tháng %1").replace(
            "%1", month_text(self.month)), PlanMonth(self.month))

    def _background(self, text: str, action) -> None:
        month, db, roles = self.month, self.ctx.db, self._roles

        def work(_report):
            outcome = action.do(db)
            # The planned month is read and laid out here too, with what moved and why:
            # on the GUI thread that took seconds at province scale, the window frozen.
            try:
                shown = month_shown(db, month, moves=True)
            except DvDeskError:
                return outcome, None  # done all the same; the page reads it itself
            return outcome, (shown, month_content(shown.state, roles))

        def done(result) -> None:
            outcome, ready = result
            if month == self.month:
                self._ready = ready  # what the page's reload after the push shows
            self.ctx.push_done(text, action)
            self._ready = None
            if month == self.month:
                self._show_moves(outcome, ready[0].moves if ready is not None else None)

        self._update_buttons()
        self.ctx.jobs.start(work, done=done,
                            failed=lambda error: self.ctx.show_error(self, error), label=text)

    def _show_moves(self, outcome, summary=None) -> None:
        if summary is None:
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
        where = (f"{day_label(day)} {session_name(session)}" if day
                 else self.tr("chưa xếp ngày"))
        return self._perform(
            self.tr("Dời %1 sang %2").replace("%1", row.unit).replace("%2", where),
            EditMeeting(meeting_id, {"day": day, "session": session},
                        expected={"day": row.day, "session": row.session}), meeting_id)

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
        if set(changes) == {"pinned"}:
            text = (self.tr("Ghim %1") if changes["pinned"] else self.tr("Bỏ ghim %1"))
        else:
            text = self.tr("Sửa %1")
        # As the page showed them: another program's change to the same fields is refused.
        seen = {name: getattr(row, name) for name in changes}
        return self._perform(text.replace("%1", row.unit),
                             EditMeeting(meeting_id, changes, expected=seen), meeting_id)

    def edit_windows(self) -> None:
        if self.state is None:
            return
        dialog = WindowsDialog(self, self.state.windows)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_windows(**dialog.values())

    def set_windows(self, committee, cell):
        return self._perform(
            self.tr("Đổi khung ngày tháng %1").replace("%1", month_text(self.month)),
            SetMonthWindows(self.month, committee, cell))

    def accept_conflict(self, key: str, message: str) -> None:
        dialog = AcceptConflictDialog(self, message)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._perform(self.tr("Chấp nhận xung đột"),
                      AcceptConflict(self.month, key, dialog.note.text()))

    def withdraw_acceptance(self, key: str, _message: str) -> None:
        note = self.accepted.get(key)
        if note is None:
            return
        self._perform(self.tr("Bỏ chấp nhận xung đột"),
                      WithdrawAcceptance(self.month, key, note.note))

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
        return self._perform(
            self.tr("Duyệt lịch tháng %1").replace("%1", month_text(self.month)),
            Approve(self.month, number, by, on_date, signer, signer_title))

    def print_preview(self) -> None:
        """Xem bản in: the official PDF of the version on screen, to print or save."""
        if self.state is not None:
            preview_calendar(self, self.ctx, self.state.month, self.state.version,
                             self.state.status)

    def revise_month(self):
        self.version = None
        return self._perform(
            self.tr("Mở bản điều chỉnh lịch tháng %1").replace("%1", month_text(self.month)),
            Revise(self.month))
