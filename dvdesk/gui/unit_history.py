"""A unit's history on the Đơn vị page: merging and renaming from a date, and what the unit
was before (the "Lịch sử" tab).

``UnitChanges`` adds to the page the buttons "Sáp nhập…" and "Đổi tên từ ngày…", the
tree's context menu and the tab; the page only creates it. The tree takes several units
at once (Ctrl+click, Shift+click) so that communes, or hamlets, can be merged.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from dvdesk.domain.roles import role_label
from dvdesk.errors import DvDeskError, NeedsConfirmation
from dvdesk.gui.forms import icon
from dvdesk.gui.tables import show_date
from dvdesk.gui.terms import term
from dvdesk.gui.unit_merge import CarryOverDialog, MergeDialog, RenameOnDialog
from dvdesk.gui.unit_tree import KEY_ROLE
from dvdesk.services.actions import CarryOver, Change, MergeUnits, RenameUnitOn
from dvdesk.services.official_names import suggested_names
from dvdesk.services.settings import get_settings
from dvdesk.services.unit_changes import MERGEABLE, merge_proposals
from dvdesk.services.unit_lookup import unit_story
from dvdesk.services.unit_views import unit_details
from dvdesk.services.units import unit_version

RENAMEABLE = ("cluster", "commune", "hamlet", "cell", "group")


def select_only(tree: QAbstractItemView, index: QModelIndex) -> None:
    """Make ``index`` the one unit selected. (``setCurrentIndex`` on a tree that takes
    several units reads the keys held: right after Ctrl+Z, with Ctrl still down, it
    would add the unit to the selection instead.)"""
    flags = QItemSelectionModel.SelectionFlag
    tree.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)


def _capital(text: str) -> str:
    """A name as a list starts it ("Xã An Khánh"; in a sentence: "xã An Khánh")."""
    return text[:1].upper() + text[1:]


class UnitStoryView(QTreeWidget):
    """Lịch sử: the unit's former names and the units merged into it, each with who
    looked after it and when; or the unit it was merged into."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Thời gian"), self.tr("Thay đổi")])
        self.setColumnWidth(0, 220)
        self.setRootIsDecorated(True)
        self.setAccessibleName(self.tr("Lịch sử đơn vị"))

    def show_story(self, story, role_name=None) -> None:
        """``role_name``: a role as the settings' level words name it (the district's
        wording without it)."""
        role_name = role_name or (lambda role: term(role_label(role)))
        self.clear()
        if story is None or not story:
            self.addTopLevelItem(QTreeWidgetItem(
                ["", self.tr("Chưa đổi tên, chưa sáp nhập.")]))
            return
        for title, last_day in story.names:
            self.addTopLevelItem(QTreeWidgetItem([
                self.tr("đến {day}").format(day=show_date(last_day)),
                self.tr("Tên cũ: {name}").format(name=title)]))
        for former in story.merged_from:
            item = QTreeWidgetItem([
                self.tr("đến {day}").format(day=show_date(former.last_day)),
                self.tr("Sáp nhập từ {unit}").format(unit=former.title)])
            for holder in former.holders:
                item.addChild(QTreeWidgetItem([
                    f"{show_date(holder.effective_from)} – {show_date(holder.effective_to)}",
                    f"{holder.officer} — {role_name(holder.role)}"]))
            if not former.holders:
                item.addChild(QTreeWidgetItem(["", self.tr("Không có cán bộ phụ trách.")]))
            self.addTopLevelItem(item)
            item.setExpanded(True)
        if story.merged_into is not None:
            _unit_id, title, first_day = story.merged_into
            self.addTopLevelItem(QTreeWidgetItem([
                self.tr("từ {day}").format(day=show_date(first_day)),
                self.tr("Đã sáp nhập vào {unit}").format(unit=title)]))


class UnitChanges(QObject):
    """Merging and renaming from a date on the Đơn vị page (``page``: a UnitsPage)."""

    def __init__(self, page):
        super().__init__(page)
        self.page, self.ctx = page, page.ctx
        page.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.merge_button = QPushButton(icon("units"), self.tr("Sáp nhập…"), page)
        self.merge_button.setToolTip(self.tr(
            "Chọn trong cây hai đơn vị cùng cấp trở lên (giữ Ctrl khi bấm), rồi sáp nhập."))
        self.rename_on_button = QPushButton(icon("calendar"), self.tr("Đổi tên từ ngày…"),
                                            page)
        self.rename_on_button.setToolTip(self.tr(
            "Tên mới áp dụng từ một ngày; các tháng trước vẫn in tên cũ. Sửa tên viết sai: "
            "Đổi tên…"))
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.merge_button)
        self.buttons.addWidget(self.rename_on_button)
        self.merge_button.clicked.connect(self.merge)
        self.rename_on_button.clicked.connect(self.rename_on)

        self.story = UnitStoryView(page.tabs)
        page.tabs.addTab(self.story, self.tr("Lịch sử"))
        page.tabs.currentChanged.connect(lambda _i: self._show_story())
        page.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        page.tree.customContextMenuRequested.connect(self._context_menu)
        page.tree.selectionModel().selectionChanged.connect(lambda *_: self._sync())
        page.tree.selectionModel().currentChanged.connect(lambda *_: self._sync())
        page.results.selectionModel().currentChanged.connect(lambda *_: self._sync())
        page.views.currentChanged.connect(lambda _i: self._sync())
        # After the page has reloaded its tree.
        self.ctx.data_changed.connect(
            lambda what: QTimer.singleShot(0, self._sync)
            if what & (Change.UNITS | Change.ASSIGNMENTS) else None)
        self._sync()

    # --- what is selected --------------------------------------------------------------
    def merge_candidates(self) -> list:
        """The tree's selected units, when they are two or more of one mergeable kind."""
        if self.page.views.currentWidget() is not self.page.tree:
            return []
        nodes = [index.data(KEY_ROLE)
                 for index in self.page.tree.selectionModel().selectedRows(0)]
        nodes = [n for n in nodes if n is not None]
        kinds = {n.kind for n in nodes}
        if len(nodes) < 2 or len(kinds) != 1 or next(iter(kinds)) not in MERGEABLE:
            return []
        return nodes

    def _sync(self) -> None:
        ref = self.page.current_ref()
        page = self.page
        several = page.views.currentWidget() is page.tree and \
            len(page.tree.selectionModel().selectedRows(0)) > 1
        self.merge_button.setEnabled(bool(self.merge_candidates()))
        self.rename_on_button.setEnabled(ref is not None and ref[0] in RENAMEABLE
                                         and not several)
        if several:  # the other buttons act on one unit: not on one of several selected
            for button in (page.add_button, page.rename_button, page.move_button,
                           page.remove_button):
                button.setEnabled(False)
        self._show_story()

    def _show_story(self) -> None:
        if self.page.tabs.currentWidget() is not self.story:
            return  # read when the tab is looked at
        ref = self.page.current_ref()
        try:
            self.story.show_story(unit_story(self.ctx.db, *ref) if ref else None,
                                  self.ctx.levels.role)
        except DvDeskError:  # the unit went away meanwhile (an undone merge)
            self.story.show_story(None)

    def _context_menu(self, pos) -> None:
        page = self.page
        menu = QMenu(page.tree)
        # The buttons' own words, enabled as they are.
        for button, slot in ((page.add_button, page.add_unit),
                             (page.rename_button, page.rename_unit),
                             (self.rename_on_button, self.rename_on),
                             (page.move_button, page.move_unit),
                             (self.merge_button, self.merge),
                             (page.remove_button, page.remove_unit)):
            menu.addAction(button.icon(), button.text(), slot).setEnabled(button.isEnabled())
        menu.exec(page.tree.viewport().mapToGlobal(pos))

    # --- merging -----------------------------------------------------------------------
    def merge(self) -> None:
        nodes = self.merge_candidates()
        if not nodes:
            return
        kind = nodes[0].kind
        db = self.ctx.db
        try:
            titles = [_capital(unit_details(db, kind, n.id).label) for n in nodes]
            levels = self.ctx.levels.names
            official = suggested_names(db) if kind == "commune" else []
        except DvDeskError as error:
            self.ctx.show_error(self.page, error)
            return
        dialog = MergeDialog(kind, titles, levels, official, dt.date.today(), self.page)
        if not dialog.exec():
            return
        action = MergeUnits(kind, [n.id for n in nodes], dialog.new_name(),
                            dialog.on_date_value())
        if not self.ctx.perform_shown(self.page, self.tr("Sáp nhập thành {name}").format(
                name=dialog.new_name()), action):
            return
        merged = action.result
        if self.page.reveal(kind, merged.new_id):
            self.page.tree.expand(self.page.tree.currentIndex())  # its hamlets, now under it
        self.offer_carry_over(kind, merged.new_id, merged.title)

    def offer_carry_over(self, kind: str, unit_id: int, title: str) -> None:
        """The merged units' assignments, offered for the new unit."""
        try:
            proposals = merge_proposals(self.ctx.db, kind, unit_id)
        except DvDeskError as error:
            self.ctx.show_error(self.page, error)
            return
        if not proposals:
            return
        try:
            rules = get_settings(self.ctx.db).get("rules", {})
        except DvDeskError as error:
            self.ctx.show_error(self.page, error)
            return
        limits = {role: rule["unit_max"] for role, rule in rules.items()
                  if rule.get("unit_hard") and rule.get("unit_max")}
        dialog = CarryOverDialog(title, proposals, limits, self.page,
                                 role_name=self.ctx.levels.role)
        if not dialog.exec() or not dialog.chosen():
            return
        action = CarryOver(kind, unit_id, dialog.chosen())
        text = self.tr("Giữ phân công cho {unit}").format(unit=title)
        while True:
            try:
                self.ctx.perform(text, action)
                return
            except NeedsConfirmation as warning:
                if action.accept_warnings or not self.ctx.confirm_warnings(
                        self.page, warning.warnings):
                    return
                action.accept_warnings = True
            except DvDeskError as error:
                self.ctx.show_error(self.page, error)
                return

    # --- renaming from a date ----------------------------------------------------------
    def rename_on(self) -> None:
        ref = self.page.current_ref()
        if ref is None or ref[0] not in RENAMEABLE:
            return
        kind, unit_id = ref
        try:
            unit = unit_details(self.ctx.db, kind, unit_id)
            version = unit_version(self.ctx.db, kind, unit_id)
        except DvDeskError as error:
            self.ctx.show_error(self.page, error)
            return
        dialog = RenameOnDialog(_capital(unit.label), unit.name, dt.date.today(), self.page)
        if not dialog.exec():
            return
        self.ctx.perform_shown(
            self.page, self.tr("Đổi tên {old} từ ngày {day}").format(
                old=unit.name, day=show_date(dialog.on_date_value())),
            RenameUnitOn(kind, unit_id, dialog.new_name(), dialog.on_date_value(), version))
