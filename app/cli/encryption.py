"""encrypt / decrypt: an existing database file to SQLCipher and back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..models import open_database
from ..models.audit import log_event
from ..models.encryption import decrypt_database, encrypt_database
from ..models.errors import ProfdeskError
from ..models.permissions import Permission, access, require
from ..paths import is_database_url
from .common import NEW_DB_PASSWORD_ENV, CliContext, read_password


def register(commands: argparse._SubParsersAction) -> None:
    encrypt = commands.add_parser(
        "encrypt",
        help="зашифровать файл базы и его резервные копии паролем (SQLCipher, AES-256)",
    )
    encrypt.add_argument(
        "--remember",
        action="store_true",
        help="запомнить ключ в хранилище паролей системы: на этом компьютере база откроется "
        "без пароля",
    )
    encrypt.set_defaults(handler=cmd_encrypt)
    decrypt = commands.add_parser("decrypt", help="снять шифрование с файла базы и его копий")
    decrypt.set_defaults(handler=cmd_decrypt)


def _file_of(ctx: CliContext) -> tuple[Path, str]:
    location = ctx.db_location
    if is_database_url(location) and not location.startswith("sqlite:"):
        raise ProfdeskError(
            "Шифруется только файл базы SQLite; база на сервере PostgreSQL защищается "
            "средствами сервера."
        )
    db = ctx.database()  # signs in; an encrypted file is unlocked here
    with db.session() as s:
        require(s, Permission.SETTINGS)
        access(s).require_whole("Шифрование базы")
    path, login = db.path, db.user_login
    ctx.close()  # the conversion needs the file closed
    assert path is not None
    return path, login


def _progress(name: str) -> None:
    print(f"Резервная копия: {name}", file=sys.stderr)


def cmd_encrypt(args: argparse.Namespace, ctx: CliContext) -> int:
    path, login = _file_of(ctx)
    password = read_password(NEW_DB_PASSWORD_ENV, "Новый пароль базы данных: ", confirm=True)
    encrypt_database(path, password, remember=args.remember, report=_progress)
    _log(path, login, "encrypt")
    print(f"База «{path}» зашифрована; резервные копии рядом с ней тоже.")
    if not args.remember:
        print("Без пароля данные не восстановить: храните его отдельно от компьютера.")
    return 0


def cmd_decrypt(args: argparse.Namespace, ctx: CliContext) -> int:
    path, login = _file_of(ctx)
    decrypt_database(path, report=_progress)
    _log(path, login, "decrypt")
    print(f"С базы «{path}» снято шифрование; с резервных копий рядом с ней тоже.")
    return 0


def _log(path: Path, login: str, action: str) -> None:
    db = open_database(path, daily_backup=False)  # its key is known in this process
    try:
        db.user_login = login
        with db.session() as s:
            log_event(s, action, "database")
    finally:
        db.close()
