"""The one way to load a Designer form (ui/*.ui) and an icon (resources/icons)."""

from __future__ import annotations

from functools import cache
from types import SimpleNamespace

from PySide6.QtCore import QFile, QIODevice, Qt
from PySide6.QtGui import QIcon
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from dvdesk.paths import resource_path, ui_path


class _IntoLoader(QUiLoader):
    """Builds the form's top widget as ``base`` itself: its layout, title and size land on
    the widget the program shows, never on a second, hidden window inside it."""

    def __init__(self, base: QWidget):
        super().__init__(base)
        self.base = base
        self.named: dict[str, QWidget] = {}

    def createWidget(self, class_name, parent=None, name=""):  # noqa: N802 (Qt override)
        if parent is None and self.base is not None:
            base, self.base = self.base, None
            return base
        widget = super().createWidget(class_name, parent, name)
        if name:
            self.named[name] = widget
        return widget


def _open(name: str) -> QFile:
    path = ui_path(f"{name}.ui")
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"Không mở được biểu mẫu {path}.")
    return file


def load_form(name: str, into: QWidget) -> SimpleNamespace:
    """Build ``ui/<name>.ui`` into ``into`` (a QDialog or QWidget the caller made): the
    form's layout, title and size become ``into``'s own. Returns the form's named widgets
    as attributes (``form.number``, ``form.buttons`` …), all children of ``into``."""
    file = _open(name)
    loader = _IntoLoader(into)
    try:
        built = loader.load(file, None)
    finally:
        file.close()
    if built is not into:
        raise RuntimeError(f"Biểu mẫu {ui_path(name + '.ui')} bị lỗi.")
    # The form's geometry gives its size; its position (0, 0) would put a dialog in the
    # screen's corner instead of over the window that opened it.
    into.setAttribute(Qt.WidgetAttribute.WA_Moved, False)
    return SimpleNamespace(**loader.named)


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
