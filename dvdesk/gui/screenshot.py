"""Rendering one page of the main window to a PNG (``dvdesk gui --screenshot``)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, qInstallMessageHandler

SCREENSHOT_SIZE = (1400, 900)
# Said by the offscreen platform about every top-level window; not a problem.
HARMLESS = ("This plugin does not support propagateSizeHints()",)


def _quiet_offscreen():
    """Drop the offscreen platform's harmless remarks; pass everything else on."""
    previous = None

    def handler(kind, context, message):
        if message in HARMLESS:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    return previous


def save_screenshot(app, window, page: str, path: Path) -> bool:
    """Show ``page`` without putting it on a screen, save it as PNG, close the window."""
    previous = _quiet_offscreen()
    try:
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.resize(*SCREENSHOT_SIZE)
        window.show_page(page)
        window.show()
        for _ in range(5):
            app.processEvents()
        image = window.grab()
        try:
            return image.save(str(path), "PNG")
        finally:
            window.close()
            window.ctx.db.dispose()
            window.deleteLater()
            app.processEvents()
    finally:
        qInstallMessageHandler(previous)
