"""The dialogs of sáp nhập and đổi tên từ ngày: the merge (the new unit's name, with the
official 2025 names as suggestions, and its date), the carried-over assignments, and a
rename from a date. The Đơn vị page wires them in through ``unit_changes.UnitChanges``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.roles import role_label
from dvdesk.domain.text import clean, search_key
from dvdesk.domain.units import LevelNames
from dvdesk.gui.tables import Row, RowTableModel, SearchProxy, show_date
from dvdesk.gui.terms import term
from dvdesk.gui.widgets import DateField, fit_on_screen


def first_of_next_month(today: dt.date) -> dt.date:
    """A merge or a rename usually takes effect on the first of a month: the next one."""
    return dt.date(today.year + today.month // 12, today.month % 12 + 1, 1)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class OfficialNameCompleter(QCompleter):
    """Suggests official names as one types, matching every word without accents ("tan
    phu" finds "Xã Tân Phú"): the filtering is ours, the popup Qt's."""

    def __init__(self, names: list[str], field: QLineEdit):
        super().__init__(field)
        model = RowTableModel([""], self)
        model.set_rows([Row(name, (name,), search_key(name)) for name in names])
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(8)
        self.setWidget(field)
        self.field = field
        self.activated[QModelIndex].connect(self._chosen)
        field.textEdited.connect(self._suggest)

    def _suggest(self, text: str) -> None:
        if len(search_key(text)) < 2:
            self.popup().hide()
            return
        self.proxy.set_query(text)
        if self.proxy.rowCount():
            self.complete()
        else:
            self.popup().hide()

    def _chosen(self, index: QModelIndex) -> None:
        self.field.setText(index.data())

    def pathFromIndex(self, index: QModelIndex) -> str:  # noqa: N802 (Qt override)
        return index.data() or ""


class MergeDialog(QDialog):
    """Sáp nhập: the units joined, the new unit's name and its first day, and what will
    happen, said plainly before anything is done."""

    def __init__(self, kind: str, titles: list[str], levels: LevelNames,
                 official: list[str], today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind, self.titles, self.levels = kind, titles, levels
        self.setWindowTitle(self.tr("Sáp nhập đơn vị"))
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        joined = QLabel(self.tr("Các đơn vị sáp nhập ({n}):").format(n=len(titles)), self)
        self.joined = QListWidget(self)
        self.joined.addItems(titles)
        self.joined.setAccessibleName(self.tr("Các đơn vị sáp nhập"))
        self.joined.setMaximumHeight(22 * min(len(titles), 6) + 8)
        joined.setBuddy(self.joined)
        layout.addWidget(joined)
        layout.addWidget(self.joined)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Gõ vài chữ để xem tên chính thức"))
        self.completer = OfficialNameCompleter(official, self.name) if official else None
        self.on_date = DateField(_qdate(first_of_next_month(today)), self)
        form.addRow(self.tr("Tên đơn vị mới:"), self.name)
        form.addRow(self.tr("Từ ngày:"), self.on_date)
        layout.addLayout(form)
        self.ok = _explained_buttons(self, layout, self.tr("Sáp nhập"), self.tr("Hủy"))

    def _children(self) -> str:
        """What moves under the new unit, in the organization's own level words."""
        word = self.levels.word
        if self.kind == "commune":
            return self.tr("các đơn vị trực thuộc ({hamlets}, {cells}, {groups})").format(
                hamlets=word("hamlet"), cells=word("cell"), groups=word("group"))
        return self.tr("các đơn vị trực thuộc ({groups}, {cells})").format(
            groups=word("group"), cells=word("cell"))

    def _explain(self) -> None:
        name = self.new_name() or self.tr("đơn vị mới")
        first = self.on_date_value()
        last = first - dt.timedelta(days=1)
        self.ok.setEnabled(bool(self.new_name()))
        self.explain.setText(
            self.tr("Từ ngày {day}, {children} của {n} đơn vị trên chuyển về {name}; các "
                    "tháng trước vẫn in tên cũ.").format(
                day=show_date(first), children=self._children(), n=len(self.titles),
                name=name)
            + "\n" + self.tr("Phân công của các đơn vị cũ kết thúc ngày {day}; sau đó bạn "
                             "chọn những phân công giữ lại cho {name}.").format(
                day=show_date(last), name=name))

    def new_name(self) -> str:
        return clean(self.name.text())

    def on_date_value(self) -> dt.date:
        return _day(self.on_date.date())


class CarryOverDialog(QDialog):
    """The merged units' assignments, each with a tick: "Giữ phân công" keeps the ticked
    ones for the new unit from the merge date. All are ticked, except beyond a role's
    limit per unit (``limits``: role -> the most a unit may have, a rule that cannot be
    waived): there the holders of the former unit that gave the new one its name come
    first."""

    def __init__(self, unit_title: str, proposals: list, limits: dict[str, int],
                 parent: QWidget | None = None, *, role_name=None):
        super().__init__(parent)
        # A role in the settings' level words (the district's wording without them).
        self.role_name = role_name or (lambda role: term(role_label(role)))
        named_after = search_key(unit_title)
        order: dict[str, int] = {}  # the roles in the order offered
        for proposal in proposals:
            order.setdefault(proposal.role, len(order))
        self.proposals = sorted(proposals, key=lambda p: (
            order[p.role], search_key(p.from_unit) != named_after))
        self.limits = limits
        self.setWindowTitle(self.tr("Giữ phân công cho {unit}").format(unit=unit_title))
        self.resize(600, 420)
        layout = QVBoxLayout(self)
        on_date = proposals[0].on_date if proposals else None
        intro = QLabel(self.tr("Các phân công dưới đây đã kết thúc khi sáp nhập. Đánh dấu "
                               "những phân công tiếp tục cho {unit} từ ngày {day}.").format(
            unit=unit_title, day=show_date(on_date)), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Phân công đề nghị giữ lại"))
        ticked: dict[str, int] = {}
        for proposal in self.proposals:
            item = QListWidgetItem(self.tr("{officer} — {role} (trước ở {unit})").format(
                officer=proposal.officer, role=self.role_name(proposal.role),
                unit=proposal.from_unit))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            keep = ticked.get(proposal.role, 0) < limits.get(proposal.role, len(proposals))
            ticked[proposal.role] = ticked.get(proposal.role, 0) + keep
            item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        self.limit_note = QLabel(self)
        self.limit_note.setWordWrap(True)
        layout.addWidget(self.limit_note)
        buttons = QDialogButtonBox(self)
        self.keep = buttons.addButton(self.tr("Giữ phân công"),
                                      QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Bỏ qua"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda _i: self._sync())
        layout.addWidget(buttons)
        self._sync()
        self._fit_lines()

    def _fit_lines(self) -> None:
        """As wide as the longest line (officer, role, former unit), so none is cut on the
        right; the screen bounds it when shown."""
        lines = self.list
        margins = self.layout().contentsMargins()
        need = (lines.sizeHintForColumn(0) + 2 * lines.frameWidth()
                + lines.verticalScrollBar().sizeHint().width() + margins.left()
                + margins.right() + 8)
        self.resize(max(self.width(), need), self.height())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        fit_on_screen(self)

    def _sync(self) -> None:
        chosen = self.chosen()
        notes, over = [], False
        for role, limit in self.limits.items():
            offered = sum(1 for p in self.proposals if p.role == role)
            if offered <= limit:
                continue
            kept = sum(1 for p in chosen if p.role == role)
            over = over or kept > limit
            notes.append(self.tr("{role}: mỗi đơn vị tối đa {n} người (đang chọn {kept}).")
                         .format(role=self.role_name(role), n=limit, kept=kept))
        self.limit_note.setText("\n".join(notes))
        self.limit_note.setStyleSheet("color: #b71c1c" if over else "")
        self.keep.setEnabled(bool(chosen) and not over)

    def chosen(self) -> list:
        return [p for i, p in enumerate(self.proposals)
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class RenameOnDialog(QDialog):
    """Đổi tên từ ngày: the unit has the new name from that day; the months before keep
    showing and printing the old one. (Correcting a misspelt name is "Đổi tên…".)"""

    def __init__(self, old_title: str, old_name: str, today: dt.date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.old_name = old_name
        self.setWindowTitle(self.tr("Đổi tên từ ngày"))
        self.resize(480, 220)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Đơn vị: {unit}").format(unit=old_title), self))
        form = QFormLayout()
        self.name = QLineEdit(old_name, self)
        self.on_date = DateField(_qdate(first_of_next_month(today)), self)
        form.addRow(self.tr("Tên mới:"), self.name)
        form.addRow(self.tr("Từ ngày:"), self.on_date)
        layout.addLayout(form)
        self.ok = _explained_buttons(self, layout, self.tr("Đổi tên"), self.tr("Hủy"))

    def _explain(self) -> None:
        first = self.on_date_value()
        self.ok.setEnabled(bool(self.new_name()) and self.new_name() != self.old_name)
        self.explain.setText(self.tr(
            "Từ ngày {day} đơn vị mang tên mới; lịch và văn bản các tháng trước vẫn ghi "
            "“{old}”.").format(day=show_date(first), old=self.old_name))

    def new_name(self) -> str:
        return clean(self.name.text())

    def on_date_value(self) -> dt.date:
        return _day(self.on_date.date())


def _explained_buttons(dialog, layout, ok_text: str, cancel_text: str) -> QPushButton:
    """The sentence saying what will happen, kept up to date as the name and the date are
    typed, then the OK and Hủy buttons; ``dialog`` has ``name``, ``on_date`` and
    ``_explain``. Returns the OK button (``_explain`` enables it)."""
    dialog.explain = QLabel(dialog)
    dialog.explain.setWordWrap(True)
    dialog.explain.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(dialog.explain)
    layout.addStretch(1)
    buttons = QDialogButtonBox(dialog)
    ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.ok = ok
    dialog.name.textChanged.connect(lambda _t: dialog._explain())
    dialog.on_date.dateChanged.connect(lambda _d: dialog._explain())
    dialog._explain()
    return ok
