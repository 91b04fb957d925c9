"""Beside a revision: what it changed against the approved version, and the change notice.

``ChangesPanel`` lists each meeting moved (before → after), added, removed or whose
attendees changed, then every officer to inform with what changed for them; clicking a
line selects its meeting in the grid and the list. "In thông báo điều chỉnh" makes the
change notice (the document ``dvdesk report changes`` writes) on the worker and opens it
in the print preview. Under it, an approved month whose expected attendees no longer
match today's assignments (a hamlet reassigned after approval) is flagged with the list.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.calendar.changes import describe
from dvdesk.gui.wording import version_name

IDS_ROLE = Qt.ItemDataRole.UserRole + 7  # the meetings a line selects (as the conflicts)
CHANGED_COLOR = "#1565c0"
STALE_COLOR = "#ad1457"

# What each kind of change is called in the panel, in the order it lists them.
_KINDS = (("moved", QT_TRANSLATE_NOOP("ChangesPanel", "Dời lịch")),
          ("added", QT_TRANSLATE_NOOP("ChangesPanel", "Bổ sung")),
          ("removed", QT_TRANSLATE_NOOP("ChangesPanel", "Không tổ chức")),
          ("attendees", QT_TRANSLATE_NOOP("ChangesPanel", "Đổi cán bộ dự")))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChangesPanel", text)


class ChangesPanel(QWidget):
    """Thay đổi so với bản đã duyệt: the revision's changes and the officers to inform."""

    meetings_chosen = Signal(object)  # set of meeting ids
    notice_wanted = Signal()
    send_wanted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setStyleSheet(f"QLabel {{ color: {CHANGED_COLOR}; font-weight: bold; }}")
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Thay đổi so với bản đã duyệt"))
        self.officers_label = QLabel(self)
        self.officers_label.setWordWrap(True)
        self.officers = QListWidget(self)
        self.officers.setWordWrap(True)
        self.officers.setAccessibleName(self.tr("Cán bộ cần thông báo"))
        self.notice_button = QPushButton(self.tr("In thông báo điều chỉnh"), self)
        self.notice_button.setToolTip(self.tr("Thông báo điều chỉnh lịch sinh hoạt: chỉ các cuộc "
                                              "họp thay đổi và các đồng chí cần báo."))
        self.send_button = QPushButton(self.tr("Gửi cho cán bộ có thay đổi…"), self)
        self.send_button.setToolTip(self.tr("Gửi e-mail lịch cá nhân mới cho các đồng chí có "
                                            "thay đổi, khi bản điều chỉnh đã được duyệt."))
        self.stale_label = QLabel(self)
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet(f"QLabel {{ color: {STALE_COLOR}; font-weight: bold; }}")
        self.stale = QListWidget(self)
        self.stale.setWordWrap(True)
        self.stale.setAccessibleName(self.tr("Cán bộ dự không còn khớp phân công"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.officers_label)
        layout.addWidget(self.officers, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice_button)
        buttons.addWidget(self.send_button)
        layout.addLayout(buttons)
        layout.addWidget(self.stale_label)
        layout.addWidget(self.stale, 1)
        self.list.itemClicked.connect(self._chosen)
        self.officers.itemClicked.connect(self._chosen)
        self.stale.itemClicked.connect(self._chosen)
        self.notice_button.clicked.connect(self.notice_wanted)
        self.send_button.clicked.connect(self.send_wanted)
        self.changes = None
        self.changed_ids: set[int] = set()
        self.stale_ids: set[int] = set()
        self.show_changes(None)
        self.show_stale([])

    def show_changes(self, changes, approved: bool = False) -> None:
        """``changes``: a VersionChanges of the version shown, or None (nothing to compare);
        ``approved``: that version is approved (its changes can be mailed)."""
        self.changes = changes
        self.list.clear()
        self.officers.clear()
        self.changed_ids = set()
        shown = changes is not None
        for widget in (self.title, self.list, self.officers_label, self.officers,
                       self.notice_button, self.send_button):
            widget.setVisible(shown)
        if changes is None:
            self._update_visibility()
            return
        self.title.setText(self.tr("Thay đổi so với bản đã duyệt (%1 → %2): %3 cuộc họp")
                           .replace("%1", version_name(changes.from_version))
                           .replace("%2", version_name(changes.to_version))
                           .replace("%3", str(len(changes.changes))))
        for kind, name in _KINDS:
            for change in changes.of_kind(kind):
                if kind == "attendees" and "moved" in change.kinds:
                    continue  # listed once, under its move, which names the attendees too
                meeting = change.meeting
                item = QListWidgetItem(f"{_tr(name)}: {describe(change)}")
                item.setToolTip(item.text())
                if change.after is not None:
                    item.setData(IDS_ROLE, [meeting.id])
                    self.changed_ids.add(meeting.id)
                else:
                    item.setData(IDS_ROLE, [])
                    item.setForeground(QBrush(QColor("#777777")))
                self.list.addItem(item)
        if not changes.changes:
            self.list.addItem(self.tr("Chưa có thay đổi nào."))
        self.officers_label.setText(self.tr("Cán bộ cần thông báo: %1").replace(
            "%1", str(len(changes.officers))))
        for officer in changes.officers:
            ids = [c.meeting.id for c, _what in officer.items if c.after is not None]
            text = f"{officer.name}: " + " ".join(officer.sentences())
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(IDS_ROLE, ids)
            self.officers.addItem(item)
        self.notice_button.setEnabled(bool(changes.changes))
        self.send_button.setEnabled(bool(changes.changes) and approved)
        self._update_visibility()

    def show_stale(self, stale) -> None:
        """``stale``: the approved month's meetings whose attendees no longer match."""
        self.stale.clear()
        self.stale_ids = {c.meeting.id for c in stale}
        self.stale_label.setVisible(bool(stale))
        self.stale.setVisible(bool(stale))
        if stale:
            self.stale_label.setText(self.tr(
                "Cán bộ dự không còn khớp phân công hiện nay: %1 cuộc họp. Mở bản điều chỉnh "
                "để cập nhật.").replace("%1", str(len(stale))))
        for change in stale:
            item = QListWidgetItem(describe(change))
            item.setToolTip(item.text())
            item.setData(IDS_ROLE, [change.meeting.id])
            self.stale.addItem(item)
        self._update_visibility()

    def _update_visibility(self) -> None:
        self.setVisible(self.changes is not None or bool(self.stale_ids))

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        ids = set(item.data(IDS_ROLE) or ())
        if ids:
            self.meetings_chosen.emit(ids)


def preview_notice(parent: QWidget, ctx, month: str, from_version: int,
                   to_version: int) -> None:
    """Make the change notice on the worker, then open it in the print preview."""
    from dvdesk.services import calendar_changes

    name = f"thong-bao-dieu-chinh-{month}-ban-{to_version}.pdf"
    path = Path(tempfile.mkdtemp(prefix="dvdesk-")) / name
    db = ctx.db
    title = QCoreApplication.translate(
        "ChangesPanel", "Thông báo điều chỉnh lịch tháng %1 — %2").replace(
        "%1", f"{month[5:]}/{month[:4]}").replace("%2", version_name(to_version))

    def show(_result) -> None:
        from dvdesk.gui.printing import PdfPreview  # Qt's PDF modules: when first previewed

        dialog = PdfPreview(ctx, path, name, title, parent)
        dialog.exec()
        dialog.deleteLater()

    ctx.jobs.start(lambda _report: calendar_changes.notice_pdf(db, month, path, from_version,
                                                               to_version),
                   done=show, failed=lambda error: ctx.show_error(parent, error),
                   label=QCoreApplication.translate("ChangesPanel",
                                                    "Đang tạo thông báo điều chỉnh…"))
