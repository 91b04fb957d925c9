"""The hierarchy as a lazy tree: cụm → xã → (ấp → tổ NDTQ) and (Chi bộ → chi bộ).

Children are read from the database only when a node is expanded
(canFetchMore / fetchMore), so a province with 40,000 groups opens instantly.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont
from sqlalchemy import func, or_, select

from dvdesk.domain.models import Cell, Cluster, Commune, Group, Hamlet
from dvdesk.gui.unit_data import commune_name

CELL_FOLDER = "cell_folder"
NO_CLUSTER = "no_cluster"
KEY_ROLE = Qt.ItemDataRole.UserRole + 2


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
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.root = Node("root", None, "", None, 0)

    def reload(self, db=None) -> None:
        self.beginResetModel()
        if db is not None:
            self.db = db
        self.root = Node("root", None, "", None, 0)
        self.endResetModel()

    # --- loading -----------------------------------------------------------------------
    def _load_children(self, node: Node) -> list[tuple]:
        """(kind, id, name, count text) of the node's children, in their order."""
        with self.db.read() as s:
            # Communes of a removed cluster stay reachable (to be moved) under "no cluster".
            live = select(Cluster.id).where(Cluster.active.is_(True))
            orphan = or_(Commune.cluster_id.is_(None), Commune.cluster_id.not_in(live))
            if node.kind == "root":
                sizes = dict(s.execute(select(Commune.cluster_id, func.count())
                                       .where(Commune.active.is_(True))
                                       .group_by(Commune.cluster_id)).all())
                rows = [("cluster", r.id, r.name, sizes.pop(r.id, 0)) for r in s.execute(
                    select(Cluster.id, Cluster.name).where(Cluster.active.is_(True))
                    .order_by(Cluster.position, Cluster.id))]
                if sum(sizes.values()):
                    rows.append((NO_CLUSTER, None, QCoreApplication.translate(
                        "UnitTreeModel", "(Chưa thuộc cụm)"), sum(sizes.values())))
                communes_text = QCoreApplication.translate("UnitTreeModel", "{n} xã")
                return [(k, i, n, communes_text.format(n=c)) for k, i, n, c in rows]
            if node.kind in ("cluster", NO_CLUSTER):
                cond = Commune.cluster_id == node.id if node.kind == "cluster" else orphan
                communes = list(s.execute(select(Commune.id, Commune.name, Commune.kind)
                                          .where(cond, Commune.active.is_(True))
                                          .order_by(Commune.position, Commune.id)))
                ids = [c.id for c in communes]
                hamlets = dict(s.execute(select(Hamlet.commune_id, func.count())
                                         .where(Hamlet.commune_id.in_(ids),
                                                Hamlet.active.is_(True))
                                         .group_by(Hamlet.commune_id)).all()) if ids else {}
                cells = dict(s.execute(select(Cell.commune_id, func.count())
                                       .where(Cell.commune_id.in_(ids), Cell.active.is_(True))
                                       .group_by(Cell.commune_id)).all()) if ids else {}
                size = QCoreApplication.translate("UnitTreeModel", "{hamlets} ấp · {cells} chi bộ")
                return [("commune", c.id, commune_name(c.name, c.kind),
                         size.format(hamlets=hamlets.get(c.id, 0), cells=cells.get(c.id, 0)))
                        for c in communes]
            if node.kind == "commune":
                hamlets = list(s.execute(select(Hamlet.id, Hamlet.name)
                                         .where(Hamlet.commune_id == node.id,
                                                Hamlet.active.is_(True))
                                         .order_by(Hamlet.position, Hamlet.id)))
                groups = dict(s.execute(select(Group.hamlet_id, func.count())
                                        .where(Group.hamlet_id.in_([h.id for h in hamlets]),
                                               Group.active.is_(True))
                                        .group_by(Group.hamlet_id)).all()) if hamlets else {}
                cells = s.scalar(select(func.count()).select_from(Cell).where(
                    Cell.commune_id == node.id, Cell.active.is_(True)))
                groups_text = QCoreApplication.translate("UnitTreeModel", "{n} tổ")
                rows = [("hamlet", h.id, h.name, groups_text.format(n=groups.get(h.id, 0)))
                        for h in hamlets]
                rows.append((CELL_FOLDER, node.id,
                             QCoreApplication.translate("UnitTreeModel", "Chi bộ"),
                             QCoreApplication.translate("UnitTreeModel", "{n} chi bộ").format(
                                 n=cells)))
                return rows
            if node.kind == "hamlet":
                return [("group", r.id, r.name, "") for r in s.execute(
                    select(Group.id, Group.name).where(Group.hamlet_id == node.id,
                                                       Group.active.is_(True))
                    .order_by(Group.position, Group.id))]
            if node.kind == CELL_FOLDER:
                return [("cell", r.id, r.name, "") for r in s.execute(
                    select(Cell.id, Cell.name).where(Cell.commune_id == node.id,
                                                     Cell.active.is_(True))
                    .order_by(Cell.position, Cell.id))]
        return []

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
            if match is None:
                return None
            node = match
        return node
