"""The one way to load a Designer form (ui/*.ui) and an icon (resources/icons)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtGui import QIcon
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from dvdesk.paths import resource_path, ui_path


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Load ``ui/<name>.ui``; its named widgets are reachable as attributes of the result."""
    path = ui_path(f"{name}.ui")
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"Không mở được biểu mẫu {path}.")
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"Biểu mẫu {path} bị lỗi.")
    return widget


@cache
def _icon_file(name: str) -> str | None:
    for ext in ("svg", "png"):
        path = resource_path("icons", f"{name}.{ext}")
        if path.is_file():
            return str(path)
    return None


def icon(name: str) -> QIcon:
    """The icon resources/icons/<name>.svg (or .png); an empty icon if it is missing."""
    path = _icon_file(name)
    return QIcon(path) if path else QIcon()
