"""Đơn vị: the hierarchy tree, a unit's details and who looked after it, now and before."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.roles import UnitKind
from dvdesk.domain.units import UNIT_LEVELS
from dvdesk.errors import DvDeskError
from dvdesk.gui.context import APP_TITLE, AppContext
from dvdesk.gui.forms import icon
from dvdesk.gui.history_view import HistoryView
from dvdesk.gui.pages import LazyRefresh
from dvdesk.gui.tables import ID_ROLE, Row, RowTableModel, SearchProxy, show_date
from dvdesk.gui.unit_dialogs import PARENT_NODES, AddUnitDialog, PickParentDialog, child_choices
from dvdesk.gui.unit_history import UnitChanges, select_only
from dvdesk.gui.unit_tree import CELL_FOLDER, KEY_ROLE, Node, UnitTreeModel
from dvdesk.services.actions import AddUnit, Change, EditUnit, MoveUnit, RemoveUnit
from dvdesk.services.unit_views import cell_types, load_unit_index, unit_details, unit_path
from dvdesk.services.units import unit_version

UNIT_KINDS = [k.value for k in UnitKind]
PARENT_KIND = {k.value: level.parent.value for k, level in UNIT_LEVELS.items() if level.parent}


class UnitsPage(LazyRefresh, QWidget):
    title = QT_TRANSLATE_NOOP("Navigation", "Đơn vị")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.tree_model = UnitTreeModel(ctx.db, lambda: ctx.levels, self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setColumnWidth(0, 280)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._on_current())

        self.results_model = RowTableModel([self.tr("Đơn vị"), self.tr("Loại"),
                                            self.tr("Thuộc")], self)
        self.results_proxy = SearchProxy(self)
        self.results_proxy.setSourceModel(self.results_model)
        self.results = QTableView(self)
        self.results.setModel(self.results_proxy)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.verticalHeader().setVisible(False)
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.setColumnWidth(0, 200)
        self.results.selectionModel().currentChanged.connect(lambda *_: self._on_current())
        self.results.doubleClicked.connect(lambda _i: self.reveal_selected_result())
        self._index_loaded = False

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Tìm đơn vị (không cần dấu)…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.tree)
        self.views.addWidget(self.results)

        self.add_button = QPushButton(icon("add"), self.tr("Thêm…"), self)
        self.rename_button = QPushButton(icon("edit"), self.tr("Đổi tên…"), self)
        self.move_button = QPushButton(icon("move"), self.tr("Chuyển…"), self)
        self.remove_button = QPushButton(icon("remove"), self.tr("Xóa"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.move_button, self.remove_button):
            buttons.addWidget(button)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.views, 1)
        left_layout.addLayout(buttons)

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.heading.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.history_model = RowTableModel([
            self.tr("Cán bộ"), self.tr("Vai trò"), self.tr("Từ ngày"), self.tr("Đến ngày"),
            self.tr("Quyết định")], self)
        self.history = QTableView(self)
        self.history.setModel(self.history_model)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 200), (1, 220), (2, 100), (3, 100)):
            self.history.setColumnWidth(column, width)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.details)
        self.tabs = QTabWidget(right)
        self.tabs.addTab(self.history, self.tr("Cán bộ phụ trách, hiện nay và trước đây"))
        self.changes = HistoryView(ctx, self.tabs)
        self.tabs.addTab(self.changes, self.tr("Nhật ký thay đổi"))
        right_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([420, 780])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self.add_button.clicked.connect(self.add_unit)
        self.rename_button.clicked.connect(self.rename_unit)
        self.move_button.clicked.connect(self.move_unit)
        self.remove_button.clicked.connect(self.remove_unit)
        ctx.data_changed.connect(self._on_data_changed)
        self.unit_changes = UnitChanges(self)  # sáp nhập, đổi tên từ ngày, the Lịch sử tab
        left_layout.addLayout(self.unit_changes.buttons)
        self._show_details(None)
        self._open_first()

    def _open_first(self) -> None:
        """Start on the first hamlet of the first commune, so the page shows something real."""
        self.tree_model.ensure_loaded(self.tree_model.root)
        index = self.tree_model.index(0, 0)
        for _depth in range(2):
            if not index.isValid():
                break
            self.tree.expand(index)
            self.tree_model.ensure_loaded(index.data(KEY_ROLE))
            child = self.tree_model.index(0, 0, index)
            if not child.isValid():
                break
            index = child
        if index.isValid():
            select_only(self.tree, index)

    # --- loading -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the tree, keeping what was expanded and selected."""
        expanded = self._expanded_keys()
        current = self.current_node()
        current_ref = (current.kind, current.id) if current else None
        self.tree_model.reload(self.ctx.db)
        self._index_loaded = False
        for path in expanded:
            node = self._walk(path)
            if node is not None:
                self.tree.expand(self.tree_model.index_of(node))
        if current_ref and current_ref[0] in UNIT_KINDS:
            self.reveal(*current_ref)
        if self.filter.text():
            self._on_filter(self.filter.text())
        self._on_current()

    def _on_data_changed(self, what: Change) -> None:
        if what & (Change.UNITS | Change.ASSIGNMENTS | Change.SETTINGS):
            self.refresh_when_visible()

    def _expanded_keys(self) -> list[list[tuple]]:
        paths = []

        def visit(node: Node, path: list[tuple]) -> None:
            for child in node.children or []:
                index = self.tree_model.index_of(child)
                if self.tree.isExpanded(index):
                    child_path = [*path, (child.kind, child.id)]
                    paths.append(child_path)
                    visit(child, child_path)

        visit(self.tree_model.root, [])
        return paths

    def _walk(self, path: list[tuple]) -> Node | None:
        node = self.tree_model.root
        for kind, unit_id in path:
            children = self.tree_model.ensure_loaded(node)
            node = next((c for c in children if c.kind == kind and c.id == unit_id), None)
            if node is None:
                return None
        return node

    def reveal(self, kind: str, unit_id: int) -> bool:
        """Expand the tree down to a unit and select it."""
        try:
            path = unit_path(self.ctx.db, kind, unit_id)
        except DvDeskError:  # the unit or one of its parents is gone
            return False
        node = self.tree_model.find(kind, unit_id, path)
        if node is None:
            return False
        index = self.tree_model.index_of(node)
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        select_only(self.tree, index)
        self.tree.scrollTo(index)
        return True

    # --- filter ------------------------------------------------------------------------
    def _on_filter(self, text: str) -> None:
        if not text.strip():
            self.views.setCurrentWidget(self.tree)
            self._on_current()
            return
        if not self._index_loaded:
            # Built once per reload: about a second for a province's 45,000 units.
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                rows = []
                for kind in UNIT_KINDS:
                    label = self.ctx.levels.capital(kind)
                    for e in load_unit_index(self.ctx.db, kind).ordered(kind):
                        rows.append(Row((kind, e.id), (e.name, label, e.parent_text), e.search))
                self.results_model.set_rows(rows)
                self._index_loaded = True
            finally:
                QApplication.restoreOverrideCursor()
        self.results_proxy.set_query(text)
        self.views.setCurrentWidget(self.results)
        self._on_current()

    def reveal_selected_result(self) -> None:
        ref = self.current_ref()
        if ref is not None:
            self.filter.clear()
            self.reveal(*ref)

    # --- selection and details ---------------------------------------------------------
    def current_node(self) -> Node | None:
        index = self.tree.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def current_ref(self) -> tuple[str, int] | None:
        """(kind, id) of the selected unit, whichever view shows it."""
        if self.views.currentWidget() is self.results:
            index = self.results.currentIndex()
            return self.results_proxy.index(index.row(), 0).data(ID_ROLE) if index.isValid() \
                else None
        node = self.current_node()
        if node is None or node.kind not in UNIT_KINDS:
            return None
        return node.kind, node.id

    def _on_current(self) -> None:
        ref = self.current_ref()
        node = self.current_node() if self.views.currentWidget() is self.tree else None
        kind_for_add = node.kind if node is not None else "root"
        if self.views.currentWidget() is self.results:
            kind_for_add = ref[0] if ref else "root"
        self.add_button.setEnabled(kind_for_add in PARENT_NODES)
        self.rename_button.setEnabled(ref is not None)
        # Without a cluster level a commune has nowhere to move to.
        self.move_button.setEnabled(ref is not None and ref[0] in PARENT_KIND and (
            ref[0] != "commune" or self.ctx.levels.used("cluster")))
        self.remove_button.setEnabled(ref is not None)
        self._show_details(ref)

    def _show_details(self, ref: tuple[str, int] | None) -> None:
        if ref is None:
            self.heading.setText(self.tr("Chọn một đơn vị"))
            self.details.setText(self.tr("Chọn một đơn vị trong cây để xem cán bộ phụ trách."))
            self.history_model.set_rows([])
            self.changes.clear()
            return
        kind, unit_id = ref
        today = dt.date.today()
        self.changes.show_for(kind, unit_id)
        unit = unit_details(self.ctx.db, kind, unit_id)
        label, history, current = unit.label, unit.history, unit.current(today)
        # The names already say what they are ("Khu phố 1", "Chi bộ Ấp 2", "xã An Khánh").
        self.heading.setText(label[:1].upper() + label[1:])
        if current:
            lines = "<br>".join(f"{self.ctx.levels.role(h.role)}: <b>{h.officer_name}</b>"
                                for h in current)
        else:
            lines = "<span style='color:#b71c1c'>" + self.tr("Chưa có cán bộ phụ trách.") \
                + "</span>"
        self.details.setText(lines)
        self.history_model.set_rows([
            Row(h.assignment_id, (h.officer_name, self.ctx.levels.role(h.role),
                                  show_date(h.effective_from),
                                  show_date(h.effective_to), h.decision), "",
                inactive=h.effective_to is not None and h.effective_to < today)
            for h in history])

    def history_rows(self) -> list[tuple[str, ...]]:
        return [row.cells for row in self.history_model.rows]

    # --- actions -----------------------------------------------------------------------
    def add_unit(self) -> None:
        if self.views.currentWidget() is self.results:
            # Adding happens in the tree: go to the unit found, then add under it.
            if self.current_ref() is None:
                return
            self.reveal_selected_result()
        node = self.current_node()
        node_kind = node.kind if node is not None else "root"
        if node_kind not in PARENT_NODES:
            return
        parent_id = node.id if node is not None else None
        parent_text = "" if node is None else (
            unit_details(self.ctx.db, "commune", node.id).label if node_kind == CELL_FOLDER
            else node.name)
        dialog = AddUnitDialog(child_choices(node_kind, self.ctx.levels), parent_text,
                               cell_types(self.ctx.db), self)
        if not dialog.exec():
            return
        kind, name, fields = dialog.values()
        action = AddUnit(kind, name, parent_id, fields)
        if self.ctx.perform_shown(self, self.tr("Thêm {name}").format(name=name), action):
            self.reveal(kind, action.unit_id)

    def rename_unit(self) -> None:
        ref = self.current_ref()
        if ref is None:
            return
        kind, unit_id = ref
        old, version = unit_details(self.ctx.db, kind, unit_id).name, \
            unit_version(self.ctx.db, kind, unit_id)
        name, ok = QInputDialog.getText(self, self.tr("Đổi tên đơn vị"), self.tr("Tên mới:"),
                                        text=old)
        if not ok or name.strip() == old:
            return
        self.ctx.perform_shown(self, self.tr("Đổi tên {old}").format(old=old),
                               EditUnit(kind, unit_id, {"name": old}, {"name": name}, version))

    def move_unit(self) -> None:
        ref = self.current_ref()
        if ref is None or ref[0] not in PARENT_KIND:
            return
        kind, unit_id = ref
        parent_kind = PARENT_KIND[kind]
        unit = unit_details(self.ctx.db, kind, unit_id)
        version = unit_version(self.ctx.db, kind, unit_id)
        old_parent = unit.parent_id
        choices = [Row(e.id, (f"{e.name} ({e.parent_text})" if e.parent_text else e.name,),
                       e.search)
                   for e in load_unit_index(self.ctx.db, parent_kind).ordered(parent_kind)]
        dialog = PickParentDialog(self.tr("Chuyển {name} sang…").format(name=unit.name),
                                  choices, self)
        dialog.select(old_parent)
        if not dialog.exec() or dialog.chosen() in (None, old_parent):
            return
        self.ctx.perform_shown(self, self.tr("Chuyển {name}").format(name=unit.name),
                               MoveUnit(kind, unit_id, old_parent, dialog.chosen(), version))
        self.reveal(kind, unit_id)

    def remove_unit(self) -> None:
        ref = self.current_ref()
        if ref is None:
            return
        kind, unit_id = ref
        label = unit_details(self.ctx.db, kind, unit_id).label
        version = unit_version(self.ctx.db, kind, unit_id)
        answer = QMessageBox.question(self, APP_TITLE, self.tr(
            "Xóa {unit}? Các phân công đang có sẽ kết thúc từ hôm nay; lịch sử phân công và "
            "lịch họp cũ vẫn được giữ lại.").format(unit=label))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.perform_shown(self, self.tr("Xóa {unit}").format(unit=label),
                               RemoveUnit(kind, unit_id, version=version))
