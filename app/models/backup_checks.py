"""Checking a database file for damage, and the remembered verdicts on backup copies.

Nothing here needs an open Database: the check must work when the live file is damaged.
A copy's verdict is remembered by its size and time in the backups folder
(docs/integrity.md), so a copy is checked in full once; later asks read its verdict.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ProfdeskError
from . import cipher, soundness
from .errors import DatabaseBusyError, DatabaseOpenError, ValidationError

if TYPE_CHECKING:
    from .backup import BackupInfo

SQLITE_HEADER = cipher.SQLITE_HEADER
GOOD, DAMAGED, UNCHECKED = "good", "damaged", "unchecked"
STATE_TITLES = {GOOD: "исправна", DAMAGED: "повреждена", UNCHECKED: "не проверена"}
VERDICTS_FILE = ".verdicts.json"  # in the backups folder: name -> size, mtime, ok
_verdicts_lock = threading.Lock()


class CheckCancelled(Exception):
    """The check was stopped (the program is closing); no verdict."""


class CheckStop:
    """Stops a running check from another thread (sqlite3's interrupt(): no callback into
    Python while SQLite works, so the check never waits for the GUI thread's GIL)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: Any = None
        self.stopped = False

    def stop(self) -> None:
        with self._lock:
            self.stopped = True
            if self._conn is not None:
                self._conn.interrupt()

    def attach(self, conn: Any) -> None:
        with self._lock:
            if self.stopped:
                raise CheckCancelled()
            self._conn = conn

    def detach(self) -> None:
        with self._lock:
            self._conn = None


# --- checks ----------------------------------------------------------------------------------
def integrity_problem(
    path: Path, *, quick: bool = False, cancel: CheckStop | None = None
) -> str | None:
    """None when SQLite finds the file sound, else its first complaint. `cancel.stop()`
    stops a running check with CheckCancelled; a file another connection holds locked is
    not checked (DatabaseBusyError): a lock is no complaint about the file."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = cipher.connect(path, read_only=True)
    except (ProfdeskError, *cipher.ERRORS) as exc:
        _raise_if_busy(path, exc)
        return str(exc)
    try:
        if cancel is not None:
            cancel.attach(conn)
        rows = conn.execute(f"PRAGMA {pragma}(1)").fetchall()
    except cipher.ERRORS as exc:
        if cancel is not None and cancel.stopped:
            raise CheckCancelled() from exc
        _raise_if_busy(path, exc)
        return str(exc)
    finally:
        if cancel is not None:
            cancel.detach()
        conn.close()
    result = rows[0][0] if rows else "no answer"
    return None if result == "ok" else str(result)


def _raise_if_busy(path: Path, error: BaseException) -> None:
    if soundness.is_busy(error):
        raise DatabaseBusyError(soundness.busy_message(path)) from error


# --- the verdicts on backup copies -----------------------------------------------------------
def _read_verdicts(folder: Path) -> dict[str, Any]:
    try:
        data = json.loads((folder / VERDICTS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _stamp(path: Path) -> list[int]:
    info = path.stat()
    return [info.st_size, info.st_mtime_ns]


def known_verdict(path: Path) -> bool | None:
    """What the last full check of this copy said, if the copy has not changed since."""
    try:
        entry = _read_verdicts(path.parent).get(path.name)
        if isinstance(entry, dict) and entry.get("stamp") == _stamp(path):
            return bool(entry.get("ok"))
    except OSError:
        pass
    return None


def remember_verdict(path: Path, ok: bool) -> None:
    """Note a copy's verdict (best effort: a lost note only means one more check)."""
    folder = path.parent
    with _verdicts_lock:
        try:
            verdicts = _read_verdicts(folder)
            verdicts = {n: v for n, v in verdicts.items() if (folder / n).exists()}
            verdicts[path.name] = {"stamp": _stamp(path), "ok": ok}
            tmp = folder / f"{VERDICTS_FILE}.{os.getpid()}.{threading.get_ident()}"
            tmp.write_text(json.dumps(verdicts, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, folder / VERDICTS_FILE)
        except OSError:
            pass


def verify_backup(info: BackupInfo) -> str:
    """The copy's state, checking it in full (integrity_check) unless its verdict is known;
    a copy whose password is not known here stays unchecked."""
    known = known_verdict(info.path)
    if known is not None:
        return GOOD if known else DAMAGED
    if cipher.looks_encrypted(info.path) and cipher.key_for(info.path) is None:
        return UNCHECKED
    ok = integrity_problem(info.path) is None
    remember_verdict(info.path, ok)
    return GOOD if ok else DAMAGED


def check_backup_file(path: Path, password: str | None = None) -> str:
    """Refuse a file that is not a sound Profdesk database this program can open.

    An encrypted copy needs its key: unlocked already (a copy of this database), remembered
    in the OS store, or `password`. Returns its schema revision."""
    from . import migrate

    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"Файла «{path}» нет.")
    encrypted = cipher.looks_encrypted(path)
    with path.open("rb") as f:
        if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER and not encrypted:
            raise ValidationError(f"Файл «{path.name}» — не резервная копия базы Profdesk.")
    if encrypted and cipher.key_for(path) is None:
        if not password:
            raise ValidationError(
                f"Резервная копия «{path.name}» зашифрована, а её пароль не введён: без него "
                "копию не восстановить, текущая база не изменена."
            )
        try:
            cipher.unlock(path, password)
        except cipher.WrongPasswordError:
            raise ValidationError(
                f"Неверный пароль резервной копии «{path.name}» (или копия повреждена): "
                "текущая база не изменена."
            ) from None
    problem = integrity_problem(path)
    if path.parent.name.endswith("-backups"):  # one of the program's own copies
        remember_verdict(path, problem is None)
    if problem is not None:
        raise ValidationError(
            f"Резервная копия «{path.name}» повреждена: восстанавливать её нельзя."
        )
    conn = cipher.connect(path, read_only=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"alembic_version", "organisation", "member", "change_log"} <= tables:
            raise ValidationError(f"Файл «{path.name}» — не база данных Profdesk.")
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    if revision is None:
        raise ValidationError(f"Файл «{path.name}» — не база данных Profdesk.")
    try:
        migrate.refuse_if_newer(revision[0])
    except DatabaseOpenError as exc:
        raise ValidationError(
            f"Копия «{path.name}» сделана более новой версией Profdesk: "
            "установите её, чтобы восстановить эту копию."
        ) from exc
    return revision[0]
