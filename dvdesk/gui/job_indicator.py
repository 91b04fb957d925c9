"""The status bar's indicator of long work on the worker (``gui/jobs.py``): what runs, its
progress, and "Dừng" to cancel it, the same on every page (a bar inside a page's button
row would widen the window). Hidden while nothing runs."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class JobIndicator(QWidget):
    def __init__(self, jobs, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(140)
        self.bar.setRange(0, 0)
        self.stop = QPushButton(self.tr("Dừng"), self)
        self.stop.setFlat(True)
        self.stop.clicked.connect(self._stop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.bar, self.stop):
            layout.addWidget(widget)
        self._job = None
        self.hide()
        jobs.started.connect(self._started)
        jobs.busy_changed.connect(self._busy_changed)

    def _started(self, job) -> None:
        self._job = job
        self.label.setText(job.label)
        self.bar.setRange(0, 0)
        job.signals.progress.connect(self._progress)
        self.show()

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _busy_changed(self, busy: bool) -> None:
        if not busy:
            self._job = None
            self.hide()

    def _stop(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.label.setText(self.tr("Đang dừng…"))
