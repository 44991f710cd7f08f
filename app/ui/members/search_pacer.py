"""When a search typed into the field runs: at once, unless the keys come faster than searches.

A fixed delay after every key (a debounce) made every answer wait for it, also for the
office worker who types one letter and looks. Here a key pressed while the field was
quiet searches at once; a key pressed less than `gap_ms` after the previous search ended
waits for the rest of that gap, and the search then reads the text as it is. So a held
Backspace or a fast typist gets at most one search per gap, and between two searches the
window has at least the gap to take keys and paint.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

SEARCH_GAP_MS = 40  # the window's time between two searches while keys keep coming


class SearchPacer(QObject):
    def __init__(
        self, parent: QObject, search: Callable[[], None], gap_ms: int = SEARCH_GAP_MS
    ) -> None:
        super().__init__(parent)
        self.gap_ms = gap_ms
        self._search = search
        self._ended = float("-inf")  # time.monotonic() when the last search ended
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._run)

    def typed(self) -> None:
        """The field's text changed."""
        if self._timer.isActive():
            return  # the search that waits reads the text when it runs
        quiet_ms = (time.monotonic() - self._ended) * 1000
        self._timer.start(round(max(0.0, self.gap_ms - quiet_ms)))

    def waiting(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        """A search that waits is not needed (it ran with another filter, or nobody looks)."""
        self._timer.stop()

    def _run(self) -> None:
        try:
            self._search()
        finally:
            self._ended = time.monotonic()
