"""Small pieces shared by export, import and conflicts."""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy.orm import Session

from ..errors import ProfdeskError
from ..models.exchange_state import PASSPHRASE
from ..models.settings import get_setting, set_setting
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


def stored_passphrase(session: Session) -> str:
    return get_setting(session, PASSPHRASE, "") or ""


def save_passphrase(session: Session, passphrase: str) -> None:
    """Set once in the GUI; the CLI may give it in a file or an environment variable."""
    from ..models.permissions import Permission, require

    require(session, Permission.SETTINGS)
    set_setting(session, PASSPHRASE, check_passphrase(passphrase))


def resolve_passphrase(session: Session, passphrase_file: Path | None = None) -> str:
    """--passphrase-file, then PROFDESK_PASSPHRASE, then the one in the settings."""
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
    return check_passphrase(stored_passphrase(session))


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
