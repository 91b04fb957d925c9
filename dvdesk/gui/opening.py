"""Opening the database once the window is on screen, off the GUI thread.

The window paints its shell first (navigation, toolbar, status bar, the frame of the
page shown last): importing SQLAlchemy, Alembic and a page's queries and opening (and
perhaps migrating) the database take most of a start at province scale, and a person
looking at an empty desktop for that long thinks the program did not start. The work
runs on a thread of its own, so the window repaints and answers clicks meanwhile; the
result comes back to the GUI thread as a queued signal.
"""

from __future__ import annotations

import importlib
import threading
import traceback
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from dvdesk.errors import DvDeskError


class DatabaseOpener(QObject):
    """Runs ``open_db()`` on a worker thread; ``opened(db)`` or ``failed(error)`` follow
    on the GUI thread."""

    _work: tuple | None = None

    opened = Signal(object)
    failed = Signal(object)

    # Started anyway after this long if the window is never painted (started minimized).
    UNPAINTED_MS = 500

    def start_after_paint(self, window: QWidget, open_db: Callable[[], object],
                          preload: Iterable[str] = ()) -> None:
        """Start once ``window`` has painted (on the next turn of the event loop after):
        a thread started before would slow that first paint down."""
        self._window, self._work = window, (open_db, list(preload))
        window.installEventFilter(self)
        QTimer.singleShot(self.UNPAINTED_MS, self._start_once)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and watched is self._window:
            QTimer.singleShot(0, self._start_once)
        return False

    def _start_once(self) -> None:
        if self._work is None:
            return
        self._window.removeEventFilter(self)
        work, self._work = self._work, None
        self.start(*work)

    def start(self, open_db: Callable[[], object], preload: Iterable[str] = ()) -> None:
        modules = list(preload)
        # A daemon: closing the window while a database still opens must not wait for it
        # (an interrupted migration is one SQLite transaction, rolled back).
        threading.Thread(target=self._run, args=(open_db, modules), name="dvdesk-open",
                         daemon=True).start()

    def _run(self, open_db: Callable[[], object], modules: list[str]) -> None:
        try:
            db = open_db()
        except DvDeskError as error:
            self.failed.emit(error)
            return
        except OSError as error:
            self.failed.emit(DvDeskError(error.strerror or str(error)))
            return
        except Exception:  # a defect: said on stderr, and the window says it cannot open
            traceback.print_exc()
            self.failed.emit(DvDeskError("Không mở được cơ sở dữ liệu."))
            return
        # The first page's module (its queries, the ORM) loads here too, so the GUI
        # thread only builds widgets when the database is ready.
        for name in modules:
            try:
                importlib.import_module(name)
            except ImportError:
                pass  # the window shows its placeholder for a missing page
        self.opened.emit(db)
