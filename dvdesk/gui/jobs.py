"""Work that takes seconds (a document, an import, planning a month) runs off the GUI thread.

    job = ctx.jobs.start(lambda report: service(db, …, report), done=show, failed=complain,
                         progress=bar_update, label="Đang xếp lịch…")
    job.cancel()        # asks the work to stop at its next report (it raises Cancelled)

``work`` receives ``report(done, total)``; every call reaches the GUI thread as the
job's ``progress`` signal, and once ``cancel()`` was asked for, the next call raises
``Cancelled`` inside the work, so a service rolls its transaction back and writes
nothing. Work that cannot report still runs, just without a bar that moves or a way
to stop it.

One job at a time (the pool has one thread): SQLite has one writer anyway, and the
window never has two long tasks racing each other. ``ctx.jobs.busy`` tells pages to
keep their buttons off meanwhile; ``wait()`` lets a file dialog or closing the window
wait for the work to end. Reads that only fill what a page shows (``read``: the rest of
a province's officers after their first screen) run on a thread of their own, beside a
job, and do not make the window busy. While a job runs, the window's live objects are set aside from
the cycle collector (``heap``): planning a province month triggered four or five full
passes over them, 0.2–0.3 s each with the window stalled.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from dvdesk.errors import DvDeskError
from dvdesk.gui import heap


class Cancelled(DvDeskError):
    """The user stopped the work; nothing was written."""


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Job(QRunnable):
    """One piece of work on the worker thread, with its result, error and progress."""

    def __init__(self, work: Callable, label: str = ""):
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.label = label
        self.signals = _Signals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled("Đã dừng theo yêu cầu; chưa có gì được ghi.")
        self.signals.progress.emit(int(done), int(total))

    def run(self) -> None:
        try:
            result = self.work(self._report)
        except DvDeskError as error:
            self.signals.failed.emit(error)
        except OSError as error:
            self.signals.failed.emit(DvDeskError(error.strerror or str(error)))
        except Exception as error:  # a defect: still one sentence, and the window not stuck busy
            traceback.print_exc()
            self.signals.failed.emit(DvDeskError(
                f"Lỗi ngoài dự kiến ({type(error).__name__}): {error}"))
        else:
            self.signals.done.emit(result)


class Jobs(QObject):
    """The window's worker: one job at a time, announced by ``busy_changed``."""

    busy_changed = Signal(bool)
    started = Signal(object)  # the Job, for a status bar to show its label

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.readers = QThreadPool(self)
        self.readers.setMaxThreadCount(1)
        self._running: set[Job] = set()
        self._reading: set[Job] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def start(self, work: Callable, *, done: Callable, failed: Callable,
              progress: Callable | None = None, label: str = "") -> Job:
        """Run ``work(report)`` on the worker thread; ``done(result)`` or ``failed(error)``
        then run on the GUI thread."""
        job = Job(work, label)
        heap.set_aside()  # the job's collections leave the window's objects alone
        self._running.add(job)

        def finish(handler, value) -> None:
            self._running.discard(job)
            try:
                if not self._running:
                    self.busy_changed.emit(False)
                handler(value)
            finally:
                heap.give_back()  # after the result is shown: that made many objects too

        job.signals.done.connect(lambda value: finish(done, value))
        job.signals.failed.connect(lambda error: finish(failed, error))
        if progress is not None:
            job.signals.progress.connect(progress)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self.started.emit(job)
        self.pool.start(job)
        return job

    def read(self, work: Callable[[], object], *, done: Callable,
             failed: Callable) -> Job:
        """Run ``work()`` on the reading thread; ``done(result)`` or ``failed(error)`` then
        run on the GUI thread. Not busy: the window's buttons stay as they are."""
        job = Job(lambda _report: work())
        heap.set_aside()
        self._reading.add(job)

        def finish(handler, value) -> None:
            self._reading.discard(job)
            try:
                handler(value)
            finally:
                heap.give_back()

        job.signals.done.connect(lambda value: finish(done, value))
        job.signals.failed.connect(lambda error: finish(failed, error))
        self.readers.start(job)
        return job

    @property
    def reading(self) -> bool:
        return bool(self._reading)

    def wait(self, msecs: int = 120_000) -> bool:
        """Block until the worker and the reader are idle (closing the window, a file
        dialog, tests)."""
        return self.pool.waitForDone(msecs) and self.readers.waitForDone(msecs)
