"""What the main window remembers between runs (QSettings): the databases opened
recently, the window's size and place, its splits and the page last shown."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QSplitter

from dvdesk.gui.app import settings

MAX_RECENT = 8


def remember_database(db_target: str) -> None:
    """``db_target`` first among the recent databases, and the one opened next time."""
    store = settings()
    recent = [p for p in (store.value("recent_databases") or []) if p != db_target]
    store.setValue("recent_databases", [db_target, *recent][:MAX_RECENT])
    store.setValue("last_database", db_target)


def recent_databases() -> list[str]:
    return list(settings().value("recent_databases") or [])


def restore_geometry(window: QMainWindow, splitter: QSplitter) -> str:
    """The window's size and place and its navigation split as last left; the key of
    the page last shown."""
    store = settings()
    geometry = store.value("main/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(1280, 800)  # first start: room for the tables without scrolling sideways
    sizes = store.value("main/splitter")
    if sizes is not None:
        splitter.restoreState(sizes)
    return str(store.value("main/page", "units") or "units")


def restore_split(key: str, page) -> None:
    """A page's own split (``page.splitter``, if it has one) as it was last left."""
    split = getattr(page, "splitter", None)
    state = settings().value(f"{key}/splitter")
    if isinstance(split, QSplitter) and state is not None:
        split.restoreState(state)


def save_layout(window: QMainWindow, splitter: QSplitter, page: str, pages: dict) -> None:
    """What ``restore_geometry`` reads back, and each page's own split, if it has one."""
    store = settings()
    store.setValue("main/geometry", window.saveGeometry())
    store.setValue("main/splitter", splitter.saveState())
    store.setValue("main/page", page)
    for key, widget in pages.items():
        split = getattr(widget, "splitter", None)
        if isinstance(split, QSplitter):
            store.setValue(f"{key}/splitter", split.saveState())
