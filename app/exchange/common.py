"""Small pieces shared by export, import and conflicts."""

from __future__ import annotations

import contextlib
import gc
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy.orm import Session

from .. import secret_store
from ..errors import ProfdeskError
from ..models.settings import INSTALLATION_ID, get_setting
from .fileformat import check_passphrase

Report = Callable[[int, int, str], bool]
PASSPHRASE_ENV = "PROFDESK_PASSPHRASE"


def no_report(done: int, total: int, text: str = "") -> bool:
    return True


class Cancelled(ProfdeskError):
    def __init__(self) -> None:
        super().__init__("Обмен прерван: в базе ничего не изменилось.")


def step(report: Report, done: int, total: int, text: str) -> None:
    if not report(done, total, text):
        raise Cancelled()


def _passphrase_name(session: Session) -> str:
    return secret_store.exchange_passphrase_name(get_setting(session, INSTALLATION_ID, "") or "")


def stored_passphrase(session: Session) -> str:
    """The remembered phrase from the OS secret store; "" when none is kept or no store.

    A store that refuses access raises SecretStoreError (one sentence)."""
    return secret_store.get_secret(_passphrase_name(session)) or ""


def save_passphrase(session: Session, passphrase: str) -> None:
    """Remember the phrase in the OS secret store (never in the database, which travels in
    backups and dumps). SecretStoreError when there is no store or it refuses: then the
    program asks for the phrase at each exchange."""
    from ..models.permissions import Permission, require

    require(session, Permission.SETTINGS)
    secret_store.set_secret(_passphrase_name(session), check_passphrase(passphrase))


def resolve_passphrase(session: Session, passphrase_file: Path | None = None) -> str:
    """--passphrase-file, then PROFDESK_PASSPHRASE, then the OS secret store, then a prompt
    at the terminal (a missing store is said in the prompt's absence)."""
    if passphrase_file is not None:
        try:
            text = Path(passphrase_file).read_text(encoding="utf-8").strip("\r\n")
        except OSError:
            raise ProfdeskError(
                f"Не удаётся прочитать файл с парольной фразой «{passphrase_file}»."
            ) from None
        return check_passphrase(text)
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return check_passphrase(env)
    stored = stored_passphrase(session)
    if stored:
        return check_passphrase(stored)
    if sys.stdin.isatty():
        if not secret_store.available():
            print(secret_store.UNAVAILABLE, file=sys.stderr)
        try:
            return check_passphrase(getpass.getpass("Парольная фраза обмена: "))
        except (EOFError, KeyboardInterrupt):
            pass
    if not secret_store.available():
        raise ProfdeskError(
            "Хранилище паролей операционной системы недоступно, и парольная фраза обмена не "
            "запомнена: укажите её в --passphrase-file или в переменной PROFDESK_PASSPHRASE."
        )
    return check_passphrase("")


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Tens of thousands of small lists and dicts would set off the cycle collector again
    and again; none of them form cycles, so it waits until the work is done."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
