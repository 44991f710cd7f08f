"""What every CLI command shares: the open database, output helpers, error types."""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import getpass
import json
import os
import re
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..paths import default_db_location, is_database_url

if TYPE_CHECKING:  # a reading command on the light path imports no SQLAlchemy
    from ..models import Database
    from ..models.fastread import Reader

T = TypeVar("T")
# a file this big makes the day's first command wait noticeably for the checked copy
# (about 30 s at 250,000 members, 390 MB): the command says why it waits
ANNOUNCE_DAILY_BYTES = 32 * 1024 * 1024
DAILY_CHECK_NOTICE = (
    "Первая команда за день: проверка файла базы и резервная копия (при большой базе — до минуты)…"
)


class CliError(Exception):
    """Wrong use of a command that argparse cannot see (a bad date, a missing file)."""


class CliContext:
    """Opens the database on first use so that `--help` and `--version` never touch it."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._db: Database | None = None

    @property
    def db_location(self) -> str:
        return default_db_location(getattr(self.args, "db", None))

    def light(self, read: Callable[[Reader], T]) -> T | None:
        """What `read` answers on the light path (app.models.fastread: no SQLAlchemy), or
        None when the file needs the normal open (a check, the day's copy, a migration,
        encryption, users to sign in) or the light read met an error: the command then
        takes the normal path, which explains or repairs what there is to explain."""
        if self._db is not None:
            return None
        from ..models.fastread import open_reader

        reader = open_reader(self.db_location)
        if reader is None:
            return None
        try:
            return read(reader)
        except sqlite3.Error:
            return None
        finally:
            reader.close()

    def database(self) -> Database:
        """The open database, signed in as --user once the database has users."""
        if self._db is None:
            from ..models import open_database

            self._announce_daily_check()
            db = open_database(
                self.db_location,
                password_provider=ask_password(),
                file_password=file_password(),
            )
            try:
                self.sign_in(db)
            except BaseException:
                db.close()
                raise
            self._db = db
        return self._db

    def _announce_daily_check(self) -> None:
        """One line on stderr before a long wait: the day's first open of a big file checks
        it in full and keeps a copy (docs/integrity.md)."""
        location = self.db_location
        if is_database_url(location):
            return
        path = Path(location).expanduser()
        try:
            big = path.is_file() and path.stat().st_size >= ANNOUNCE_DAILY_BYTES
        except OSError:
            return
        from ..models.backup import daily_backup_due

        if big and daily_backup_due(path):
            print(DAILY_CHECK_NOTICE, file=sys.stderr, flush=True)

    def sign_in(self, db: Database) -> None:
        """Work as --user (the password from the prompt or PROFDESK_PASSWORD)."""
        from ..models.users import sign_in, users_exist

        login = getattr(self.args, "user", None)
        with db.session() as s:
            has_users = users_exist(s)
        if not has_users:  # a fresh install: no sign-in until the first user is made
            db.user_login = login or "cli"
            return
        if not login:
            raise CliError(
                "В этой базе заведены пользователи: укажите --user ИМЯ "
                "(пароль программа спросит или возьмёт из PROFDESK_PASSWORD)."
            )
        sign_in(db, login, read_password(PASSWORD_ENV, f"Пароль пользователя {login}: "))

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


PASSWORD_ENV = "PROFDESK_PASSWORD"
DB_PASSWORD_ENV = "PROFDESK_DB_PASSWORD"  # the password of an encrypted database file
NEW_DB_PASSWORD_ENV = "PROFDESK_NEW_DB_PASSWORD"  # for `encrypt`
NEW_PASSWORD_ENV = "PROFDESK_NEW_PASSWORD"


def read_password(env_var: str, prompt: str, *, confirm: bool = False) -> str:
    """A password from the environment variable or typed without echo (never an argument)."""
    value = os.environ.get(env_var)
    if value:
        return value
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Повторите пароль: ") != first:
            raise CliError("Пароли не совпадают.")
    except EOFError:
        raise CliError(f"Пароль не введён: введите его или задайте {env_var}.") from None
    return first


def ask_password():  # noqa: ANN201 - app.models.db.PasswordProvider or None
    """A server password asked at the terminal (never echoed); None when not interactive:
    then only PGPASSWORD or the pgpass file can supply it."""
    if not sys.stdin.isatty():
        return None

    def prompt(where: str) -> str | None:
        try:
            return getpass.getpass(f"Пароль для {where}: ")
        except (EOFError, KeyboardInterrupt):
            return None

    return prompt


def file_password():  # noqa: ANN201 - app.models.db.PasswordProvider or None
    """The password of an encrypted database: PROFDESK_DB_PASSWORD, else asked at the
    terminal; None when neither (the open then says the file is encrypted)."""
    value = os.environ.get(DB_PASSWORD_ENV)
    if value:
        return lambda name: value
    if not sys.stdin.isatty():
        return None

    def prompt(name: str) -> str | None:
        try:
            return getpass.getpass(f"Пароль базы данных {name}: ")
        except (EOFError, KeyboardInterrupt):
            return None

    return prompt


_DMY = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")  # ASCII, as strptime
_YMD = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")


def parse_date(text: str) -> dt.date:
    """dd.mm.yyyy or yyyy-mm-dd, for argparse `type=`. A date in digits is read directly
    (strptime's first use in a process imports its machinery, 3-4 ms of a reading command);
    anything else goes to strptime, which answers as it always did."""
    for pattern, order in ((_DMY, (2, 1, 0)), (_YMD, (0, 1, 2))):
        found = pattern.fullmatch(text)
        if found:
            parts = found.groups()
            try:
                return dt.date(*(int(parts[i]) for i in order))
            except ValueError:
                break
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"«{text}» — не дата; пишите ДД.ММ.ГГГГ или ГГГГ-ММ-ДД")


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» — не целое число") from None
    if value < 0:
        raise argparse.ArgumentTypeError("число не может быть отрицательным")
    return value


COUNT_MAX = 10_000_000


def count(text: str) -> int:
    """How many to show or make (--limit, --members, --blank): 0 and up, within reason."""
    value = positive_int(text)
    if value > COUNT_MAX:
        raise argparse.ArgumentTypeError(
            f"«{text}» — слишком большое число (не больше {COUNT_MAX:,})".replace(",", " ")
        )
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def print_json(data: Any) -> None:
    """The JSON on stdout in one write: compact, by json's C encoder (`indent` switches to
    its Python encoder, 2-4x slower: a work list of 36,000 members took 0.4 s to encode),
    each item of the top list or dict, and of a list under a top key, on a line of its own."""
    sys.stdout.write(json_text(data) + "\n")


def json_text(data: Any, depth: int = 0) -> str:
    if isinstance(data, list) and data and depth < 2:
        return "[\n" + ",\n".join(json_text(item, depth + 1) for item in data) + "\n]"
    if isinstance(data, dict) and data and depth < 1:
        items = (f"{_dumps(key)}: {json_text(value, depth + 1)}" for key, value in data.items())
        return "{\n" + ",\n".join(items) + "\n}"
    return _dumps(data)


def _dumps(data: Any) -> str:
    return _ENCODER.encode(data)


# what json.dumps(data, ensure_ascii=False, default=_json_default) makes, without making a new
# encoder for every call (json.dumps does for any argument of its own): a report of 2,800
# organisations is written as 2,800 items, 25 ms less
_ENCODER = json.JSONEncoder(ensure_ascii=False, default=_json_default)


def print_json_lines(key: str, lines: list[str] | list[bytes]) -> None:
    """`{"key": [...]}` from items already written as JSON, one a line (as print_json lays
    out a list under a top key): the work lists, whose JSON SQLite writes."""
    head, tail = f"{{\n{_dumps(key)}: [\n", "\n]\n}\n"
    if not lines:
        sys.stdout.write(f"{{\n{_dumps(key)}: []\n}}\n")
        return
    write_joined(lines, ",\n", head, tail)


def write_joined(
    lines: list[str] | list[bytes], between: str, head: str = "", tail: str = "\n"
) -> None:
    """`head`, the lines joined by `between`, `tail` on stdout in one write. Lines SQLite
    gave as UTF-8 bytes (the light path's work lists: up to 80 MB) go to a UTF-8 stdout as
    they are: decoding them to text and encoding the text again took a third of the time."""
    if lines and isinstance(lines[0], bytes):
        if _utf8_stdout():
            sys.stdout.flush()
            out, joiner = sys.stdout.buffer, between.encode()
            out.write(head.encode())
            for start in range(0, len(lines), _CHUNK_LINES):  # no second copy of it all
                if start:
                    out.write(joiner)
                out.write(joiner.join(lines[start : start + _CHUNK_LINES]))  # type: ignore[arg-type]
            out.write(tail.encode())
            out.flush()
            return
        lines = [line.decode() for line in lines]  # type: ignore[union-attr]
    sys.stdout.write(head + between.join(lines) + tail)  # type: ignore[arg-type]


_CHUNK_LINES = 4096


def _utf8_stdout() -> bool:
    encoding = getattr(sys.stdout, "encoding", None)
    if not encoding or not hasattr(sys.stdout, "buffer"):
        return False
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False
