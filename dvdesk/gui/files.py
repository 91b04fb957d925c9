"""Every file dialog of the window: ``ask_save_file`` and ``ask_open_file``.

Two promises, kept here once for every dialog:

* The database never loses its locks. On Linux and macOS closing any descriptor of a
  file drops all the POSIX locks the process holds on it, SQLite's included, and a file
  dialog opens and closes the files of the folder it shows to guess their type and
  icon. Browsing the database's folder then silently breaks SQLite's locking: another
  program's next write deletes our -wal and -shm files and later writes are lost. So
  the dialog runs inside ``ctx.released_database()`` (this program holds no connection
  while it is up, whatever folder is browsed and whatever dialog Qt or the desktop
  supplies) and, on those systems, is Qt's own dialog with an icon provider that
  judges files by their names only and never opens one.
* Dialogs start where the user last saved that kind of file (else in Documents, never
  in the program's working folder), propose a file name, and never write over the
  open database.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

from dvdesk.errors import InvalidInput
from dvdesk.gui.app import settings

# Windows locks are not POSIX locks: there the desktop's own dialog is safe and familiar.
USE_QT_DIALOG = sys.platform != "win32"


class QuietIconProvider(QFileIconProvider):
    """Icons and type names from the file name alone: no file is ever opened."""

    def __init__(self):
        super().__init__()
        self._mime = QMimeDatabase()

    def icon(self, what):  # noqa: D102 (Qt override: an IconType or a QFileInfo)
        if isinstance(what, QFileInfo):
            kind = (QFileIconProvider.IconType.Folder if what.isDir()
                    else QFileIconProvider.IconType.File)
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:  # noqa: A003 (Qt override)
        if info.isDir():
            return QCoreApplication.translate("QAbstractFileIconProvider", "Folder")
        mime = self._mime.mimeTypeForFile(info.fileName(),
                                          QMimeDatabase.MatchMode.MatchExtension)
        if mime.isDefault() or not mime.comment():
            return QCoreApplication.translate("QAbstractFileIconProvider", "File")
        return mime.comment()


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def last_folder(purpose: str) -> Path:
    """Where the user last picked a file for ``purpose`` (if it still exists)."""
    saved = settings().value(f"folders/{purpose}")
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    return default_folder()


def remember_folder(purpose: str, path: Path) -> None:
    settings().setValue(f"folders/{purpose}", str(path.parent))


def _dialog(parent: QWidget | None, title: str, folder: Path, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(folder), filters)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    if USE_QT_DIALOG:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog._quiet_icons = QuietIconProvider()  # the dialog does not own it
        dialog.setIconProvider(dialog._quiet_icons)
    return dialog


def _is_database(ctx, path: Path) -> bool:
    live = getattr(ctx.db, "path", None)
    if live is None:
        return False
    for part in (live, *(live.with_name(live.name + s) for s in ("-wal", "-shm", "-journal"))):
        try:
            if path.resolve() == Path(part).resolve() or (
                    path.exists() and Path(part).exists() and os.path.samefile(path, part)):
                return True
        except OSError:
            continue
    return False


def ask_save_file(parent: QWidget | None, ctx, purpose: str, title: str, file_name: str,
                  filters: str, suffix: str) -> Path | None:
    """Ask where to save; None if the user cancels. ``purpose`` names the folder memory
    ("pdf", "excel", "backup" …); ``suffix`` ("pdf") is added when the name lacks it."""
    while True:
        dialog = _dialog(parent, title, last_folder(purpose), filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.selectFile(file_name)
        with ctx.released_database():
            accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        chosen = Path(dialog.selectedFiles()[0]) if accepted and dialog.selectedFiles() else None
        dialog.deleteLater()
        if chosen is None:
            return None
        if not chosen.suffix:
            chosen = chosen.with_suffix("." + suffix)
        if _is_database(ctx, chosen):
            ctx.show_error(parent, InvalidInput(QCoreApplication.translate(
                "Files", "{name} là chính cơ sở dữ liệu đang mở; hãy chọn tên khác.").format(
                    name=chosen.name)))
            file_name = chosen.stem + "-1." + suffix
            continue
        remember_folder(purpose, chosen)
        return chosen


def ask_open_file(parent: QWidget | None, ctx, purpose: str, title: str,
                  filters: str) -> Path | None:
    """Ask for an existing file to open; None if the user cancels."""
    dialog = _dialog(parent, title, last_folder(purpose), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    with ctx.released_database():
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
    chosen = Path(dialog.selectedFiles()[0]) if accepted and dialog.selectedFiles() else None
    dialog.deleteLater()
    if chosen is not None:
        remember_folder(purpose, chosen)
    return chosen
