"""The hierarchy as a lazy tree: cụm → xã → (ấp → tổ NDTQ) and (Chi bộ → chi bộ), each
level named as the settings name it.

Children are read from the database only when a node is expanded
(canFetchMore / fetchMore), so a province with 40,000 groups opens instantly.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from dvdesk.services.unit_views import CELL_FOLDER, NO_CLUSTER, ROOT, tree_children

KEY_ROLE = Qt.ItemDataRole.UserRole + 2


def _folder_name(kind: str, levels) -> str:
    """The two folders have no name in the database: the window names them."""
    if kind == NO_CLUSTER:
        return QCoreApplication.translate("UnitTreeModel", "(Chưa thuộc {cluster})").format(
            cluster=levels.word("cluster"))
    if kind == CELL_FOLDER:
        return levels.title("cell")
    return ""


def _size_text(kind: str, counts: dict[str, int], levels) -> str:
    """What a node holds, in the settings' words ("12 xã", "5 ấp · 3 chi bộ")."""
    if kind in ("cluster", NO_CLUSTER):
        return levels.count(counts["communes"], "commune")
    if kind == "commune":
        return levels.count(counts["hamlets"], "hamlet") + " · " \
            + levels.count(counts["cells"], "cell")
    if kind == "hamlet":
        return levels.count(counts["groups"], "group")
    if kind == CELL_FOLDER:
        return levels.count(counts["cells"], "cell")
    return ""


class Node:
    __slots__ = ("kind", "id", "name", "parent", "children", "row", "count")

    def __init__(self, kind: str, id: int | None, name: str, parent: Node | None, row: int,
                 count: str = ""):
        self.kind, self.id, self.name, self.parent, self.row = kind, id, name, parent, row
        self.children: list[Node] | None = None
        self.count = count

    @property
    def key(self) -> tuple:
        return (self.kind, self.id, self.parent.id if self.kind == CELL_FOLDER else None)

    @property
    def is_leaf(self) -> bool:
        return self.kind in ("group", "cell")


class UnitTreeModel(QAbstractItemModel):
    """``levels``: returns the ``gui/levels.WindowLevels`` in force (they name the folders
    and the counts; without a cluster level the communes sit at the top)."""

    def __init__(self, db, levels, parent=None):
        super().__init__(parent)
        self.db = db
        self.levels = levels
        self.root = Node(ROOT, None, "", None, 0)

    def reload(self, db=None) -> None:
        self.beginResetModel()
        if db is not None:
            self.db = db
        self.root = Node(ROOT, None, "", None, 0)
        self.endResetModel()

    # --- loading -----------------------------------------------------------------------
    def _load_children(self, node: Node) -> list[tuple]:
        """(kind, id, name, count text) of the node's children, in their order."""
        levels = self.levels()
        children = tree_children(self.db, node.kind, node.id)
        if node.kind == ROOT and not levels.used("cluster"):
            # No cluster level: the communes outside any cluster are the top of the tree.
            children = [c for child in children
                        for c in (tree_children(self.db, NO_CLUSTER) if child.kind == NO_CLUSTER
                                  else [child])]
        return [(c.kind, c.id, _folder_name(c.kind, levels) or c.name,
                 _size_text(c.kind, c.counts, levels)) for c in children]

    def _node(self, index: QModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def canFetchMore(self, parent: QModelIndex) -> bool:  # noqa: N802 (Qt override)
        node = self._node(parent)
        return node.children is None and not node.is_leaf

    def fetchMore(self, parent: QModelIndex) -> None:  # noqa: N802 (Qt override)
        node = self._node(parent)
        if node.children is not None:
            return
        rows = self._load_children(node)
        node.children = []
        if not rows:
            return
        self.beginInsertRows(parent, 0, len(rows) - 1)
        node.children = [Node(kind, id_, name, node, i, count)
                         for i, (kind, id_, name, count) in enumerate(rows)]
        self.endInsertRows()

    def ensure_loaded(self, node: Node) -> list[Node]:
        if node.children is None:
            self.fetchMore(self.index_of(node))
        return node.children or []

    # --- the model interface -----------------------------------------------------------
    def hasChildren(self, parent=QModelIndex()) -> bool:  # noqa: N802, B008
        node = self._node(parent)
        if node.is_leaf:
            return False
        return node.children is None or bool(node.children)

    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        node = self._node(parent) if parent is not None else self.root
        if node is self.root and node.children is None:
            self.fetchMore(QModelIndex())
        return len(node.children or [])

    def columnCount(self, parent=None) -> int:  # noqa: N802 (Qt override)
        return 2

    def index(self, row: int, column: int, parent=None) -> QModelIndex:
        node = self._node(parent) if parent is not None else self.root
        children = node.children or []
        if 0 <= row < len(children):
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index=None) -> QModelIndex:
        if index is None or not index.isValid():
            return QModelIndex()
        node: Node = index.internalPointer()
        if node.parent is None or node.parent is self.root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def index_of(self, node: Node) -> QModelIndex:
        if node is self.root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (QCoreApplication.translate("UnitTreeModel", "Đơn vị"),
                    QCoreApplication.translate("UnitTreeModel", "Số lượng"))[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        if role == Qt.ItemDataRole.DisplayRole:
            return node.name if index.column() == 0 else node.count
        if role == KEY_ROLE:
            return node
        if role == Qt.ItemDataRole.FontRole and node.kind in ("cluster", CELL_FOLDER, NO_CLUSTER):
            font = QFont()
            font.setBold(node.kind == "cluster")
            font.setItalic(node.kind == CELL_FOLDER)
            return font
        return None

    def find(self, kind: str, unit_id: int, path: list[tuple[str, int | None]]) -> Node | None:
        """Walk (loading as needed) along ``path`` of (kind, id) ancestors to the unit."""
        node = self.root
        for step_kind, step_id in [*path, (kind, unit_id)]:
            children = self.ensure_loaded(node)
            match = next((c for c in children if c.kind == step_kind and c.id == step_id), None)
            if match is None and step_kind == NO_CLUSTER:
                continue  # without a cluster level its communes are at the top
            if match is None:
                return None
            node = match
        return node
