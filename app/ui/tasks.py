"""Long work off the GUI thread, with a progress dialog only when it is slow.

A task is a plain function `work(report)` from the domain layer: it calls
`report(done, total, text)` now and then, which returns False when the user pressed
Cancel (the work then raises or returns early and its transaction is rolled back).
The busy cursor comes at once, the progress dialog only after SHOW_AFTER_MS.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

SHOW_AFTER_MS = 500

Report = Callable[[int, int, str], bool]


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Report], Any], signals: _Signals, cancel: threading.Event):
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancel = cancel

    def run(self) -> None:
        def report(done: int, total: int, text: str = "") -> bool:
            self.signals.progress.emit(done, total, text)
            return not self.cancel.is_set()

        try:
            result = self.work(report)
        except BaseException as error:  # handed to the GUI thread, shown there
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Runs one task at a time for a window; keeps the callbacks on the GUI thread."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._active: list[tuple[_Signals, threading.Event]] = []
        # one worker: database writes from background tasks never interleave
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def run(
        self,
        title: str,
        work: Callable[[Report], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> threading.Event:
        cancel = threading.Event()
        signals = _Signals()
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(cancel.set)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        entry = (signals, cancel)
        self._active.append(entry)

        def on_progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if text:
                dialog.setLabelText(text)

        def finish() -> None:
            QApplication.restoreOverrideCursor()
            dialog.reset()
            dialog.close()
            dialog.deleteLater()
            if entry in self._active:
                self._active.remove(entry)

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(error: BaseException) -> None:
            finish()
            if on_error is not None:
                on_error(error)
            else:
                from .errors import show_error

                show_error(self._parent, error)

        signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        signals.finished.connect(done, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        self._pool.start(_Runnable(work, signals, cancel))
        return cancel

    def busy(self) -> bool:
        return bool(self._active)

    def wait(self, msecs: int = -1) -> bool:
        """For tests and for closing the window: wait until the worker is idle."""
        return self._pool.waitForDone(msecs)
