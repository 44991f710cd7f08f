"""The integrity check the open policy asks for, and the daily backup after it.

app.models.db.open_database runs the check at once (the CLI) or in a SoundnessCheck thread
while the window is built (the GUI); app.models.soundness decides which check is due.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from ..background import lower_priority
from . import cipher, soundness
from .backup import backup_daily, damaged_message
from .backup_checks import CheckCancelled, CheckStop, integrity_problem
from .errors import DatabaseBusyError, DatabaseDamagedError, ProfdeskError

# The open policy (app.models.soundness, docs/integrity.md): a clean open checks nothing;
# quick_check (under 1 s at 250,000 members) after an unclean shutdown, the full
# integrity_check (~8 s) once SQLite has reported damage; damage met while working is
# reported at once; the daily backup is kept only if it passes the full integrity_check
# (GUI: in the background thread, after the window is shown; CLI: at the day's first open);
# restore runs the full integrity_check on the copy.

log = logging.getLogger(__name__)


class SoundnessCheck:
    """The check the open policy asks for (`mark.check`: none, quick or full) in a thread of
    its own, then (if the file is sound) the daily backup: both on connections of their own,
    and Python's sqlite3 lets go of the GIL while SQLite works, so the window is built
    meanwhile (issue 2's start time).

    `confirm()` waits for the check (not the backup) and refuses a damaged file; the full
    check before the daily backup tells its finding through `daily_damage` once `done`."""

    def __init__(self, path: Path, mark: soundness.OpenMark, *, daily_backup: bool) -> None:
        self.path = path
        self.mark = mark
        self._daily_backup = daily_backup
        self._checked = threading.Event()
        self._skip_backup = threading.Event()
        self._cancel = CheckStop()
        self._problem: str | None = None
        self._busy: DatabaseBusyError | None = None  # not checked: another program's lock
        self.backup_error: BaseException | None = None
        self.daily_damage: DatabaseDamagedError | None = None
        self._thread = threading.Thread(target=self._run, name="profdesk-soundness", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._problem = policy_check(self.path, self.mark)
        except DatabaseBusyError as exc:  # not checked; the next open checks again
            self._busy = exc
        except BaseException as exc:  # noqa: BLE001 - any failure to check counts as damage
            self._problem = str(exc) or type(exc).__name__
        finally:
            self._checked.set()
        if (
            self._problem is None
            and self._busy is None
            and self._daily_backup
            and not self._skip_backup.is_set()
        ):
            lower_priority()  # nobody waits for the daily copy: the window goes first
            try:
                backup_daily(self.path, cancel=self._cancel)
            except CheckCancelled:
                pass  # the program is closing: the next open makes the day's copy
            except DatabaseDamagedError as exc:
                self.daily_damage = exc
            except (
                OSError,
                ProfdeskError,
                *cipher.ERRORS,
            ) as exc:  # the program works on; a later open retries
                self.backup_error = exc
                log.warning("daily backup of %s failed: %s", self.path, exc)

    @property
    def problem(self) -> str | None:
        """None when the file is sound, else SQLite's complaint (waits for the check)."""
        self._checked.wait()
        return self._problem

    def confirm(self) -> None:
        if self.problem is None and self._busy is not None:
            raise self._busy
        if self.problem is not None:
            raise DatabaseDamagedError(damaged_message(self.path))

    def abandon(self) -> None:
        """The open failed: no backup; wait for the check to end."""
        self._skip_backup.set()
        self._checked.wait()

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def cancel(self) -> None:
        """Stop the check before the daily backup (the window is closing)."""
        self._cancel.stop()

    def join(self) -> None:
        self._thread.join()


def policy_check(path: Path, mark: soundness.OpenMark) -> str | None:
    """Run the check the open policy asks for; None when the file is sound (or no check)."""
    if mark.check is None:
        return None
    problem = integrity_problem(path, quick=mark.check == soundness.QUICK)
    if problem is None:
        mark.settle()
    else:  # refused now, and checked in full at every open until restored
        soundness.report_damage(path)
    return problem
