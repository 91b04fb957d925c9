"""Runs inside the program under test: tells the real-window tests what is on the screen.

``launch.py`` installs it when the program creates its QApplication. It listens on a
local socket for one JSON request per line and answers one JSON line. It never clicks
or types: the tests do that with real X events (xdotool). It only reports what a person
could see — visible windows, texts, where a widget is on the screen, what a field holds,
whether a picture is blank — and counts the mouse and key events that reached a window,
so a test knows its click arrived (a click on a window blocked by a modal dialog never
does).
"""

from __future__ import annotations

import json
import traceback
from collections import Counter

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QImage, QTextDocumentFragment, QWindow
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QTreeView,
    QWidget,
)

INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit)
MAX_ITEMS = 20000  # cells looked at per item view


def norm(text: str) -> str:
    """What a person reads: no mnemonic '&', no trailing colon, single spaces."""
    text = (text or "").replace("&&", "\x00").replace("&", "").replace("\x00", "&")
    text = " ".join(text.split())
    return text[:-1].rstrip() if text.endswith(":") else text


def plain(label: QLabel) -> str:
    text = label.text()
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def global_rect(widget: QWidget, rect: QRect | None = None) -> list[int]:
    rect = rect if rect is not None else widget.rect()
    top_left = widget.mapToGlobal(rect.topLeft())
    return [top_left.x(), top_left.y(), rect.width(), rect.height()]


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


class Agent(QObject):
    def __init__(self, app: QApplication, name: str):
        super().__init__(app)
        self.app = app
        self.refs: dict[int, QWidget] = {}
        self.counts = Counter()
        self.server = QLocalServer(self)
        QLocalServer.removeServer(name)
        if not self.server.listen(name):
            raise RuntimeError(f"agent cannot listen on {name}: {self.server.errorString()}")
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}
        app.installEventFilter(self)

    # -- events that reached a window ----------------------------------------------------
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        # Input from the X server reaches exactly one QWindow first; count it there.
        if isinstance(obj, QWindow) and kind in (QEvent.Type.MouseButtonRelease,
                                                 QEvent.Type.KeyRelease,
                                                 QEvent.Type.MouseButtonPress,
                                                 QEvent.Type.KeyPress):
            self.counts[kind.name] += 1
        return False

    # -- the socket ------------------------------------------------------------------------
    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._buffers.pop(s, None))

    def _read(self, sock: QLocalSocket) -> None:
        self._buffers[sock] = self._buffers.get(sock, b"") + bytes(sock.readAll().data())
        while b"\n" in self._buffers[sock]:
            line, _, rest = self._buffers[sock].partition(b"\n")
            self._buffers[sock] = rest
            request = json.loads(line)
            command = request.pop("cmd")
            if command == "idle":  # answered once what is queued now (paints too) is done
                QTimer.singleShot(int(request.get("ms", 60)),
                                  lambda s=sock: self._reply(s, {"ok": True}))
                continue
            try:
                result = {"ok": True, "value": getattr(self, "do_" + command)(**request)}
            except Exception as error:  # noqa: BLE001 — reported to the test, never swallowed
                result = {"ok": False, "error": f"{type(error).__name__}: {error}",
                          "trace": traceback.format_exc()}
            self._reply(sock, result)

    @staticmethod
    def _reply(sock: QLocalSocket, value: dict) -> None:
        if shiboken6.isValid(sock):
            sock.write(json.dumps(value, ensure_ascii=False).encode() + b"\n")
            sock.flush()

    # -- references --------------------------------------------------------------------------
    def ref(self, widget: QWidget) -> int:
        key = id(widget)
        self.refs[key] = widget
        return key

    def widget(self, ref: int) -> QWidget:
        widget = self.refs.get(ref)
        if widget is None or not shiboken6.isValid(widget):
            raise LookupError("that widget no longer exists")
        return widget

    def describe(self, widget: QWidget, **extra) -> dict:
        window = widget.window()
        return {"ref": self.ref(widget), "class": type(widget).__name__,
                "rect": global_rect(widget), "enabled": widget.isEnabled(),
                "visible": shown(widget), "window": self.ref(window),
                "window_title": window.windowTitle(), **extra}

    # -- commands ----------------------------------------------------------------------------
    def do_ping(self) -> str:
        return "pong"

    def do_events(self) -> dict:
        return dict(self.counts)

    def do_windows(self) -> list[dict]:
        found = []
        modal = QApplication.activeModalWidget()
        popup = QApplication.activePopupWidget()
        for widget in QApplication.topLevelWidgets():
            if not shown(widget):
                continue
            handle = widget.windowHandle()
            found.append(self.describe(
                widget, title=widget.windowTitle(), modal=widget is modal,
                popup=widget is popup, active=widget.isActiveWindow(),
                exposed=bool(handle and handle.isExposed()),
                dialog=isinstance(widget, QDialog)))
        return found

    def _roots(self, within: int | None) -> list[QWidget]:
        if within is not None:
            return [self.widget(within)]
        return [w for w in QApplication.topLevelWidgets() if shown(w)]

    def _targets(self, root: QWidget):
        """(widget, text, rect-in-widget or None, extra) for everything a person can read."""
        for widget in [root, *root.findChildren(QWidget)]:
            if not shown(widget):
                continue
            if isinstance(widget, (QCheckBox, QRadioButton)):
                # Only the box and its words take a click, not the whole row it stretches to.
                width = widget.iconSize().width() + 12 + \
                    widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
                yield widget, widget.text(), QRect(0, 0, min(width, widget.width()),
                                                   widget.height()), {}
            elif isinstance(widget, QAbstractButton):
                yield widget, widget.text(), None, {}
                if widget.toolTip() and not widget.text():
                    yield widget, widget.toolTip(), None, {}
            elif isinstance(widget, QLabel):
                yield widget, plain(widget), None, {}
            elif isinstance(widget, QGroupBox):
                yield widget, widget.title(), None, {}
            elif isinstance(widget, QTabBar):
                for i in range(widget.count()):
                    yield widget, widget.tabText(i), widget.tabRect(i), {"tab": i}
            elif isinstance(widget, QMenuBar):
                for action in widget.actions():
                    rect = widget.actionGeometry(action)
                    if action.isVisible() and not rect.isEmpty():
                        yield widget, action.text(), rect, {"action": True}
            elif isinstance(widget, QMenu):
                for action in widget.actions():
                    rect = widget.actionGeometry(action)
                    if action.isVisible() and not action.isSeparator() and not rect.isEmpty():
                        yield widget, action.text(), rect, {"action": True,
                                                            "enabled": action.isEnabled()}
            elif isinstance(widget, QHeaderView):
                yield from self._sections(widget)
            elif isinstance(widget, QAbstractItemView):
                yield from self._items(widget)
            if isinstance(widget, QLineEdit) and widget.placeholderText():
                yield widget, widget.placeholderText(), None, {"placeholder": True}
            if widget.accessibleName():
                yield widget, widget.accessibleName(), None, {"accessible": True}
            chips = getattr(widget, "chip_items", None)
            if callable(chips):
                for text, rect, ident in chips():
                    yield widget.viewport(), text, rect, {"chip": ident}

    @staticmethod
    def _sections(header: QHeaderView):
        """A table's or tree's column titles (a person reads them above the rows)."""
        model = header.model()
        if model is None or header.orientation() != Qt.Orientation.Horizontal:
            return  # row numbers say nothing
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                continue
            text = model.headerData(section, header.orientation())
            rect = QRect(header.sectionViewportPosition(section), 0,
                         header.sectionSize(section), header.height())
            if text and header.viewport().rect().intersects(rect):
                yield header.viewport(), str(text), rect, {"header": section}

    def _items(self, view: QAbstractItemView):
        model = view.model()
        if model is None:
            return
        stack = [view.rootIndex()]  # a file dialog's list starts at its folder, not at "/"
        seen = 0
        while stack and seen < MAX_ITEMS:
            parent = stack.pop()
            for row in range(model.rowCount(parent)):
                if self._row_hidden(view, row, parent):
                    continue
                for column in range(self._columns(model, parent)):
                    index = model.index(row, column, parent)
                    seen += 1
                    text = index.data()
                    if text is None or text == "":
                        continue
                    rect = view.visualRect(index)
                    if rect.isEmpty():  # a hidden column, a collapsed or filtered-out row
                        continue
                    yield view.viewport(), str(text), rect, {
                        "item": [row, column], "path": self._path(index),
                        "view": view.objectName() or view.accessibleName(),
                        "in_view": view.viewport().rect().intersects(rect)}
                first = model.index(row, 0, parent)
                if isinstance(view, QTreeView) and view.isExpanded(first):
                    stack.append(first)

    @staticmethod
    def _columns(model, parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model hides columnCount: it has one column
            return 1

    @staticmethod
    def _row_hidden(view: QAbstractItemView, row: int, parent: QModelIndex) -> bool:
        if isinstance(view, QTreeView):
            return view.isRowHidden(row, parent)
        hidden = getattr(view, "isRowHidden", None)
        return bool(hidden(row)) if hidden is not None else False

    @staticmethod
    def _path(index) -> list[list[int]]:
        path = []
        while index.isValid():
            path.insert(0, [index.row(), index.column()])
            index = index.parent()
        return path

    def do_find(self, texts: list[str], within: int | None = None, match: str = "exact",
                kinds: list[str] | None = None) -> list[dict]:
        wanted = [norm(t) for t in texts]
        found = []
        for root in self._roots(within):
            for widget, text, rect, extra in self._targets(root):
                shown_text = norm(text)
                if not any(self._matches(shown_text, w, match) for w in wanted):
                    continue
                kind = next(iter(k for k in ("tab", "action", "item", "chip", "placeholder",
                                             "accessible", "header") if k in extra), "widget")
                if kinds and kind not in kinds or kind == "header" and not kinds:
                    continue  # a column title is read (texts), found only when asked for
                enabled = extra.pop("enabled", widget.isEnabled())
                description = self.describe(widget, text=text, kind=kind, **extra)
                description["enabled"] = enabled
                if rect is not None:
                    description["rect"] = global_rect(widget, rect)
                    if "in_view" not in description:
                        description["in_view"] = True
                found.append(description)
        return found

    @staticmethod
    def _matches(text: str, wanted: str, match: str) -> bool:
        if match == "exact":
            return text == wanted
        if match == "prefix":
            return text.startswith(wanted)
        return wanted.lower() in text.lower()

    def do_reveal(self, ref: int, path: list[list[int]]) -> list[int]:
        """Scroll an item view so the item is visible (what a person does); its rect now."""
        viewport = self.widget(ref)
        view = viewport.parentWidget()
        model = view.model()
        index = parent = QModelIndex()
        for row, column in path:
            index = model.index(row, column, parent)
            parent = index
        view.scrollTo(index)
        return global_rect(viewport, view.visualRect(index))

    def do_fields(self, label: str, within: int | None = None) -> list[dict]:
        """Input fields a person would associate with ``label``: the field beside a label,
        one whose placeholder or accessible name is that text."""
        wanted = norm(label)
        found: list[QWidget] = []
        for root in self._roots(within):
            for widget in [root, *root.findChildren(QWidget)]:
                if not shown(widget):
                    continue
                if isinstance(widget, QLabel) and norm(plain(widget)) == wanted:
                    field = self._field_of(widget)
                    if field is not None:
                        found.append(field)
                elif isinstance(widget, INPUTS) and (
                        norm(widget.accessibleName()) == wanted
                        or (isinstance(widget, QLineEdit)
                            and norm(widget.placeholderText()) == wanted)):
                    found.append(widget)
        unique = list(dict.fromkeys(found))
        return [self.describe(w, focus=w.hasFocus(), **self._value(w)) for w in unique]

    def _field_of(self, label: QLabel) -> QWidget | None:
        buddy = label.buddy()
        if buddy is not None and shown(buddy):
            return buddy
        parent = label.parentWidget()
        layouts = [parent.layout()] if parent is not None and parent.layout() else []
        while layouts:
            layout = layouts.pop()
            if isinstance(layout, QFormLayout):
                row, role = layout.getWidgetPosition(label)
                if row >= 0 and role == QFormLayout.ItemRole.LabelRole:
                    item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
                    if item is not None:
                        if item.widget() is not None:
                            return self._first_input(item.widget())
                        if item.layout() is not None:
                            for i in range(item.layout().count()):
                                inner = item.layout().itemAt(i).widget()
                                if inner is not None and self._first_input(inner):
                                    return self._first_input(inner)
            for i in range(layout.count()):
                child = layout.itemAt(i).layout()
                if child is not None:
                    layouts.append(child)
        # Not in a form: the nearest field to the right on the same line, as the eye reads.
        here = label.mapToGlobal(QPoint(0, 0))
        middle = here.y() + label.height() // 2
        best, distance = None, None
        for widget in label.window().findChildren(QWidget):
            if not isinstance(widget, INPUTS) or not shown(widget):
                continue
            top_left = widget.mapToGlobal(QPoint(0, 0))
            if top_left.y() <= middle <= top_left.y() + widget.height() and \
                    top_left.x() >= here.x() + label.width() - 2:
                gap = top_left.x() - here.x() - label.width()
                if distance is None or gap < distance:
                    best, distance = widget, gap
        return best if distance is not None and distance < 80 else None

    @staticmethod
    def _first_input(widget: QWidget) -> QWidget | None:
        if isinstance(widget, INPUTS):
            return widget
        for child in widget.findChildren(QWidget):
            if isinstance(child, INPUTS) and shown(child):
                return child
        return None

    @staticmethod
    def _value(widget: QWidget) -> dict:
        if isinstance(widget, QLineEdit):
            return {"value": widget.text()}
        if isinstance(widget, QComboBox):
            return {"value": widget.currentText(),
                    "options": [widget.itemText(i) for i in range(widget.count())]}
        if isinstance(widget, QDateEdit):
            return {"value": widget.text(), "date": widget.date().toString("yyyy-MM-dd")}
        if isinstance(widget, QAbstractSpinBox):
            return {"value": widget.text()}
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            return {"value": widget.toPlainText()}
        if isinstance(widget, QAbstractButton):
            return {"value": widget.text(), "checked": widget.isChecked()}
        if isinstance(widget, QLabel):
            return {"value": plain(widget)}
        if isinstance(widget, QProgressBar):
            return {"value": widget.value()}
        return {}

    def do_state(self, ref: int) -> dict:
        widget = self.widget(ref)
        return self.describe(widget, focus=widget.hasFocus(), **self._value(widget))

    def do_focus(self) -> dict | None:
        widget = QApplication.focusWidget()
        return None if widget is None else self.describe(widget, **self._value(widget))

    def do_hit(self, x: int, y: int) -> dict | None:
        """The widget under a screen point, and the modal dialog (if any) that blocks input."""
        widget = QApplication.widgetAt(x, y)
        modal = QApplication.activeModalWidget()
        popup = QApplication.activePopupWidget()
        if widget is None:
            return {"widget": None, "modal": modal and modal.windowTitle(),
                    "popup": popup is not None}
        chain = []
        walk = widget
        while walk is not None:
            chain.append(self.ref(walk))
            walk = walk.parentWidget()
        blocked = modal is not None and widget.window() is not modal and \
            not modal.isAncestorOf(widget) and popup is None
        # An open popup (a list of choices, a completer, a menu) takes the next click
        # anywhere else just to close itself, as it does for a person.
        in_popup = popup is not None and (widget.window() is popup)
        return {"widget": self.ref(widget), "chain": chain, "class": type(widget).__name__,
                "blocked": blocked, "modal": modal.windowTitle() if modal else None,
                "popup": popup is not None, "in_popup": in_popup,
                "popup_class": type(popup).__name__ if popup is not None else None}

    def do_texts(self, within: int | None = None) -> list[str]:
        """Every text a person can read in a window (or all visible windows)."""
        texts = []
        for root in self._roots(within):
            for _widget, text, _rect, extra in self._targets(root):
                if "item" in extra and not extra.get("in_view"):
                    continue
                if text:
                    texts.append(text)
            for widget in [root, *root.findChildren(QWidget)]:
                if shown(widget) and isinstance(widget, (QLineEdit, QComboBox,
                                                         QAbstractSpinBox)):
                    value = self._value(widget).get("value")
                    if value:
                        texts.append(str(value))
        return texts

    def do_rows(self, ref: int, limit: int = 5000) -> list[list[str]]:
        """The rows an item view shows (its model's display texts, in view order)."""
        widget = self.widget(ref)
        view = widget if isinstance(widget, QAbstractItemView) else widget.parentWidget()
        model = view.model()
        rows = []
        for row in range(min(model.rowCount(), limit)):
            rows.append([str(model.index(row, c).data() or "")
                         for c in range(self._columns(model, QModelIndex()))])
        return rows

    def do_grab(self, path: str, ref: int | None = None) -> dict:
        """Save what the screen shows (the whole screen, or one window's part of it)."""
        screen = QApplication.primaryScreen()
        picture = screen.grabWindow(0)
        if ref is not None:
            x, y, w, h = global_rect(self.widget(ref))
            geometry = screen.geometry()
            picture = picture.copy(QRect(x - geometry.x(), y - geometry.y(), w, h))
        picture.save(path, "PNG")
        return picture_stats(picture.toImage())

    def do_inspect(self, ref: int) -> dict:
        """A dialog as a person meets it: on screen, its own window, its fields inside it."""
        window = self.widget(ref)
        outer = QRect(*global_rect(window))
        fields, strays = [], []
        for widget in window.findChildren(QWidget):
            if isinstance(widget, INPUTS + (QAbstractButton,)):
                if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(),
                                                                (QAbstractSpinBox, QComboBox)):
                    continue  # the editor inside a spin box or combo: counted with it
                rect = QRect(*global_rect(widget))
                fields.append({"class": type(widget).__name__,
                               "name": widget.objectName(),
                               "visible": shown(widget),
                               "own_window": widget.window() is window,
                               "inside": outer.contains(rect)})
            if widget.isWindow() and isinstance(widget, QDialog) and widget is not window:
                strays.append({"class": type(widget).__name__, "title": widget.windowTitle(),
                               "visible": shown(widget)})
        handle = window.windowHandle()
        return {"visible": shown(window), "is_window": window.isWindow(),
                "exposed": bool(handle and handle.isExposed()), "title": window.windowTitle(),
                "rect": global_rect(window), "fields": fields, "nested_windows": strays}

    def do_clipped(self, within: int | None = None, items: bool = False) -> list[dict]:
        """Texts a person sees cut off: labels and buttons narrower than their text,
        placeholders longer than their field, combo boxes hiding part of their choice;
        ``items``: also the lines of a list cut on the right."""
        found = self._clipped_items(within) if items else []
        for root in self._roots(within):
            for widget in [root, *root.findChildren(QWidget)]:
                if not shown(widget) or type(widget).__name__ == "ElidedLabel":
                    continue
                text, need = "", 0
                if isinstance(widget, QAbstractButton) and widget.text():
                    text, need = widget.text(), widget.sizeHint().width()
                elif isinstance(widget, QLabel) and not widget.wordWrap() and plain(widget):
                    text, need = plain(widget), widget.sizeHint().width()
                elif isinstance(widget, QLineEdit) and widget.placeholderText() and \
                        not widget.text():
                    text = widget.placeholderText()
                    need = widget.fontMetrics().horizontalAdvance(text) + 12
                elif isinstance(widget, QComboBox) and widget.currentText():
                    text = widget.currentText()
                    need = widget.fontMetrics().horizontalAdvance(text) + 28
                if text and need > widget.width() + 1:
                    found.append({"class": type(widget).__name__, "text": text,
                                  "width": widget.width(), "needs": need,
                                  "window": widget.window().windowTitle()})
        return found

    def _clipped_items(self, within: int | None) -> list[dict]:
        found = []
        for root in self._roots(within):
            for view in root.findChildren(QListWidget):
                if not shown(view):
                    continue
                room = view.viewport().width()
                for row in range(view.count()):
                    rect = view.visualItemRect(view.item(row))
                    need = view.sizeHintForIndex(view.model().index(row, 0)).width()
                    if rect.left() + need > room + 1:
                        found.append({"class": "QListWidget", "text": view.item(row).text(),
                                      "width": room, "needs": rect.left() + need,
                                      "window": view.window().windowTitle()})
        return found

    def do_geometry(self, ref: int) -> dict:
        window = self.widget(ref)
        frame = window.frameGeometry()
        screen = (window.screen() or QApplication.primaryScreen()).availableGeometry()
        return {"frame": [frame.x(), frame.y(), frame.width(), frame.height()],
                "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
                "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()]}

    def do_screen(self) -> list[int]:
        geometry = QApplication.primaryScreen().geometry()
        return [geometry.x(), geometry.y(), geometry.width(), geometry.height()]


def picture_stats(image: QImage) -> dict:
    """How many colours a picture has and how much of it is its commonest colour."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    if not width or not height:
        return {"colors": 0, "dominant": 1.0, "size": [width, height]}
    data = memoryview(image.constBits()).cast("B")[: image.sizeInBytes()]
    pixels = data.cast("I")
    counts = Counter(pixels[::3] if len(pixels) > 300_000 else pixels)
    total = sum(counts.values())
    return {"colors": len(counts), "dominant": counts.most_common(1)[0][1] / total,
            "size": [width, height]}


_agent: Agent | None = None


def install(app: QApplication, name: str) -> Agent:
    global _agent
    _agent = Agent(app, name)
    return _agent
