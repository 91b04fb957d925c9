"""The import preview as a diff: grouped by kind with counts, conflicts first, filters,
and a tickbox on every item the user may leave out.

The groups and items come from ``services.importer_report.items`` (the same the
command line prints as JSON); the legacy-encoding conversions from the plan
(before → after, cell by cell). ``leave_out()`` gives the keys of the unticked
items, which ``ApplyImport`` passes to the service; what depends on an unticked
item (a new officer's assignments) is left out with it by the service.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.text import search_key

_KEY = Qt.ItemDataRole.UserRole
_SHOWN_PER_GROUP = 3000  # a province's first import: the rest is counted, not listed


def _day(text: str | None) -> str:
    return dt.date.fromisoformat(text).strftime("%d/%m/%Y") if text else ""


def _value(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, str) and len(value) == 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            return _day(value)
        except ValueError:
            return value
    return str(value)


class ImportDiffView(QWidget):
    """The diff of one plan (see the module docstring)."""

    GROUPS = ("conflicts", "errors", "added", "changed", "ended", "assigned", "conversions",
              "doubts", "warnings")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Lọc theo loại"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Tìm tên, đơn vị…"))
        self.search.setAccessibleName(self.tr("Tìm trong các thay đổi"))
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Các thay đổi"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Mục"), self.tr("Trước"), self.tr("Sau"),
                                   self.tr("Nơi trong tệp")])
        self.tree.setUniformRowHeights(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Xem:"), self))
        row.addWidget(self.filter)
        row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counts)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        self.groups: dict[str, QTreeWidgetItem] = {}
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)

    def titles(self) -> dict[str, str]:
        """Each group's title with its count as ``{n}``."""
        return {"conflicts": self.tr("Xung đột, không ghi ({n})"),
                "errors": self.tr("Dòng không nhập được ({n})"),
                "added": self.tr("Thêm mới ({n})"), "changed": self.tr("Sửa ({n})"),
                "ended": self.tr("Kết thúc phân công ({n})"),
                "assigned": self.tr("Phân công mới ({n})"),
                "conversions": self.tr("Chuyển mã TCVN3 / VNI / VIQR ({n})"),
                "doubts": self.tr("Cần xem lại, có thể gõ bằng bảng mã cũ ({n})"),
                "warnings": self.tr("Cảnh báo ({n})")}

    def show_plan(self, plan) -> None:
        from dvdesk.services.importer_report import as_json

        found = as_json(plan)
        self.tree.clear()
        self.groups.clear()
        titles = self.titles()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("Tất cả"), "")
        parts = []
        for group in self.GROUPS:
            entries = found.get(group) or []
            if not entries:
                continue
            title = titles[group].format(n=len(entries))
            top = QTreeWidgetItem([title])
            top.setData(0, _KEY, None)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            self.groups[group] = top
            for entry in entries[:_SHOWN_PER_GROUP]:
                top.addChild(self._item(group, entry))
            if len(entries) > _SHOWN_PER_GROUP:
                top.addChild(QTreeWidgetItem([self.tr("… và {n} mục nữa").format(
                    n=len(entries) - _SHOWN_PER_GROUP)]))
            top.setExpanded(group != "warnings" and len(entries) <= 500)
            self.filter.addItem(title, group)
            parts.append(title)
        self.filter.blockSignals(False)
        self.counts.setText(" · ".join(parts) if parts else self.tr(
            "Không có thay đổi nào so với dữ liệu hiện có."))
        for column in range(4):
            self.tree.resizeColumnToContents(column)

    def _item(self, group: str, entry) -> QTreeWidgetItem:
        where = ""
        if isinstance(entry, dict) and entry.get("sheet"):
            where = self.tr("Trang “{sheet}”, dòng {row}").format(sheet=entry["sheet"],
                                                                   row=entry["row"])
            if entry.get("column"):
                where += self.tr(", cột “{column}”").format(column=entry["column"])
        if group == "added":
            texts = [entry["label"], "", self.tr("mới"), where]
        elif group == "changed":
            texts = [f"{entry['subject']}: {entry['column'] or entry['field']}",
                     _value(entry["old"]), _value(entry["new"]), where]
        elif group == "ended":
            reasons = {"row_deleted": self.tr("dòng bị xóa"),
                       "end_date": self.tr("ghi ngày kết thúc"),
                       "replaced": self.tr("giao cho người khác")}
            texts = [f"{entry['unit']}: {entry['officer']}", self.tr("đang phụ trách"),
                     self.tr("đến {day} ({reason})").format(day=_day(entry["last_day"]),
                                                             reason=reasons[entry["reason"]]),
                     where]
        elif group == "assigned":
            texts = [f"{entry['unit']}: {entry['officer']}", "",
                     self.tr("từ {day}").format(day=_day(entry["start"])), where]
        elif group == "conflicts":  # both values: the database's, and the file's
            who = ""
            if entry.get("changed_by"):
                who = self.tr(" ({user} sửa)").format(user=entry["changed_by"])
            texts = [f"{entry['subject']}: {entry['column'] or entry['field']}",
                     self.tr("trong dữ liệu: {value}{who}").format(
                         value=_value(entry["database"]), who=who),
                     self.tr("trong tệp: {value}").format(value=_value(entry["file"])), where]
        elif group in ("conversions", "doubts"):
            texts = [entry["encoding"], entry["before"], entry["after"], where]
        elif group == "errors":
            texts = [entry["message"], "", "", where]
        else:
            texts = [str(entry), "", "", ""]
        item = QTreeWidgetItem(texts)
        for column, text in enumerate(texts):
            item.setToolTip(column, text)
        key = entry.get("item") if isinstance(entry, dict) else None
        if key and not (group == "ended" and entry.get("reason") == "replaced"):
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setData(0, _KEY, key)
        else:  # conflicts, errors, conversions: shown, never chosen
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        return item

    def leave_out(self) -> list[str]:
        """The keys of the items the user unticked."""
        found = []
        for group in ("added", "changed", "ended", "assigned"):
            top = self.groups.get(group)
            for index in range(top.childCount() if top is not None else 0):
                item = top.child(index)
                key = item.data(0, _KEY)
                if key and item.checkState(0) == Qt.CheckState.Unchecked:
                    found.append(key)
        return sorted(set(found))

    def _apply_filter(self) -> None:
        chosen = self.filter.currentData()
        words = search_key(self.search.text())
        for group, top in self.groups.items():
            top.setHidden(bool(chosen) and chosen != group)
            for index in range(top.childCount()):
                item = top.child(index)
                text = " ".join(item.text(c) for c in range(4))
                item.setHidden(bool(words) and words not in search_key(text))
