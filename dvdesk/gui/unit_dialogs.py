"""Small dialogs of the Đơn vị page: add a unit (name + kind) and pick a new parent."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.roles import COMMUNE_KINDS, HAMLET_KINDS, UnitKind
from dvdesk.domain.text import clean
from dvdesk.gui.tables import Row, RowTableModel, SearchProxy
from dvdesk.gui.terms import term

# The tree nodes a unit can be added under.
PARENT_NODES = ("root", "cluster", "no_cluster", "commune", "cell_folder", "hamlet")


def child_choices(node_kind: str, levels) -> list[tuple[str, str | None, str]]:
    """What can be added under a tree node: (unit kind, subtype field value, label), the
    levels named as the settings name them (``levels``: ``gui/levels.WindowLevels``).
    Without a cluster level the communes are added at the top; the hamlets' subtypes the
    level name mentions come first ("Thôn, tổ dân phố": Thôn, Tổ dân phố, then Ấp …)."""
    communes = [("commune", code, term(label)) for code, label in COMMUNE_KINDS.items()]
    clusters = [("cluster", None, levels.title("cluster"))] if levels.used("cluster") else []
    named = [part.strip().lower() for part in levels.names.name("hamlet").split(",")]
    hamlet_kinds = sorted(HAMLET_KINDS.items(),
                          key=lambda item: named.index(item[1].lower())
                          if item[1].lower() in named else len(named))
    choices = {
        "root": clusters or communes,
        # Under a cluster: its communes, or another cluster beside it (clusters have no parent).
        "cluster": communes + clusters,
        "no_cluster": communes,
        "commune": [*(("hamlet", code, term(label)) for code, label in hamlet_kinds),
                    ("cell", None, levels.title("cell"))],
        "cell_folder": [("cell", None, levels.title("cell"))],
        "hamlet": [("group", None, levels.title("group"))],
    }
    return choices.get(node_kind, [])


class AddUnitDialog(QDialog):
    """Thêm đơn vị: the name and the kind (ấp / khu phố / chi bộ …) under ``parent_text``."""

    def __init__(self, choices: list[tuple[str, str | None, str]], parent_text: str,
                 cell_types: dict[int, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thêm đơn vị"))
        self.resize(440, 180)
        layout = QVBoxLayout(self)
        if parent_text:
            layout.addWidget(QLabel(self.tr("Thuộc: {parent}").format(parent=parent_text), self))
        form = QFormLayout()
        layout.addLayout(form)
        self.kind = QComboBox(self)
        for unit_kind, code, label in choices:
            self.kind.addItem(label, (unit_kind, code))
        self.name = QLineEdit(self)
        self.cell_type = QComboBox(self)
        self.cell_type.addItem(self.tr("(không ghi)"), None)
        for type_id, type_name in cell_types.items():
            self.cell_type.addItem(type_name, type_id)
        form.addRow(self.tr("Loại:"), self.kind)
        form.addRow(self.tr("Tên:"), self.name)
        self.cell_type_label = QLabel(self.tr("Loại hình chi bộ:"), self)
        form.addRow(self.cell_type_label, self.cell_type)
        self.kind.currentIndexChanged.connect(lambda _i: self._sync())
        self._sync()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _sync(self) -> None:
        is_cell = self.unit_kind() == UnitKind.CELL
        self.cell_type.setVisible(is_cell)
        self.cell_type_label.setVisible(is_cell)

    def set_kind(self, unit_kind: str, code: str | None = None) -> None:
        for i in range(self.kind.count()):
            if self.kind.itemData(i) == (unit_kind, code):
                self.kind.setCurrentIndex(i)
                return
        raise ValueError((unit_kind, code))

    def unit_kind(self) -> str | None:
        data = self.kind.currentData()
        return data[0] if data else None

    def values(self) -> tuple[str, str, dict]:
        """(unit kind, name, extra fields for units.add_unit)."""
        unit_kind, code = self.kind.currentData()
        fields: dict = {}
        if code is not None:
            fields["kind"] = code
        if unit_kind == UnitKind.CELL and self.cell_type.currentData() is not None:
            fields["cell_type_id"] = self.cell_type.currentData()
        return unit_kind, clean(self.name.text()), fields


class PickParentDialog(QDialog):
    """Chuyển đơn vị: pick the new parent from a searchable list."""

    def __init__(self, title: str, choices: list[Row], parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtWidgets import QListView

        self.setWindowTitle(title)
        self.resize(460, 460)
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Tìm (không cần dấu)…"))
        self.model = RowTableModel([""], self)
        self.model.set_rows(choices)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.search.textChanged.connect(self.proxy.set_query)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def select(self, unit_id: int) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.row_id(r) == unit_id:
                self.list.setCurrentIndex(self.proxy.index(r, 0))

    def chosen(self) -> int | None:
        index = self.list.currentIndex()
        return self.proxy.row_id(index.row()) if index.isValid() else None
