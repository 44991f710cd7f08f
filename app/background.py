"""Work nobody waits for (the daily checked copy, the monthly snapshot) at the lowest priority.

On a busy machine such a thread competed with the window for the CPU: a search typed while
the first monthly snapshot ran took 125 ms (median) instead of 77 ms with the snapshot's
thread at the lowest priority (bench/README.md, "Search while the background works"). The
thread's heavy work runs inside SQLite, which lets go of Python's lock, so the window's
thread is never kept waiting on a low-priority holder of that lock for long.
"""

from __future__ import annotations

import os
import sys
import threading

LINUX_NICE = 19  # the lowest: the thread runs when nothing of normal priority wants the CPU
WINDOWS_LOWEST = -2  # THREAD_PRIORITY_LOWEST


def lower_priority() -> bool:
    """Lower the calling thread's priority (Linux: its nice value, Windows: the thread
    priority); True if done. Elsewhere, or if refused, the thread runs as it was."""
    try:
        if sys.platform.startswith("linux"):
            # on Linux the nice value is per thread: the thread id names just this one
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), LINUX_NICE)
            return True
        if sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            return bool(kernel32.SetThreadPriority(kernel32.GetCurrentThread(), WINDOWS_LOWEST))
    except (OSError, AttributeError):
        pass
    return False


def thread_nice() -> int | None:
    """The calling thread's nice value on Linux (for tests); None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
