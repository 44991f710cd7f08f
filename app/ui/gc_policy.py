"""Python's cycle collector runs on the window's thread only.

The automatic collector runs in whichever thread happens to allocate when its threshold is
passed. When that is a worker (a print task, the start page's counts, the light start's
imports) and the garbage holds a Qt object, Qt destroys that object off its own thread and
the process crashes: CI saw a segfault "Garbage-collecting" inside the start page's
counting thread. So while the window runs, the automatic collector is off and a timer on
the GUI thread applies the same generation thresholds. Reference counting still frees
everything that is not in a cycle at once; only cycles wait for the next tick.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

TICK_MS = 500  # cycles wait at most this long (longer only while the GUI thread is busy)
# A full collection walks every object (the member table's rows too); Python itself skips
# most of them on a big heap (it waits for a quarter of the heap to be new), which a timer
# cannot see, so a full one runs at most this often.
FULL_EVERY_S = 10.0


class MainThreadCollector(QObject):
    """Owns the collector while it lives: `stop()` collects once more and hands the
    collector back to Python, as it was."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        self.last_full = time.monotonic()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.timer.start(TICK_MS)

    def tick(self) -> int:
        """Collect the generations whose counts passed their thresholds, as Python would;
        returns the generation collected, or -1 for none."""
        counts = gc.get_count()
        generation = -1
        for level in range(3):
            if counts[level] > self.threshold[level]:
                generation = level
            else:
                break
        if generation == 2:
            now = time.monotonic()
            if now - self.last_full < FULL_EVERY_S:
                generation = 1
            else:
                self.last_full = now
        if generation >= 0:
            gc.collect(generation)
        return generation

    def stop(self) -> None:
        self.timer.stop()
        gc.collect()
        if self.was_enabled:
            gc.enable()


def install(app: QObject) -> MainThreadCollector:
    """Called on the GUI thread once the QApplication exists; lives as long as `app`."""
    return MainThreadCollector(app)
