"""A database on a PostgreSQL server: its address checked, the connection, the schema upgrade.

An office whose workstations share one server opens it by a SQLAlchemy URL
(`postgresql+psycopg://user@host/dbname`). A server password never comes from the URL
(other users of the computer see command lines): libpq reads PGPASSWORD and the pgpass
file itself, and the GUI or the CLI may ask for it through `password_provider`. Every
refusal is a sentence the office can act on. app.models.db opens the Database on it.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from . import migrate
from .errors import DatabaseOpenError

PasswordProvider = Callable[[str], "str | None"]

SERVER_BACKENDS = {"postgresql"}
SCHEMA_LOCK_KEY = 0x50524F46  # pg_advisory_xact_lock key: one workstation upgrades at a time
SERVER_LOCK_TIMEOUT_MS = 10_000


def parse_database_url(location: str) -> URL:
    """The URL, checked: a known kind of server, the psycopg driver, no password in it."""
    try:
        url = make_url(location)
    except ArgumentError:
        raise DatabaseOpenError(
            "Адрес базы данных записан с ошибкой: пример правильного адреса — "
            "postgresql+psycopg://пользователь@сервер/profdesk."
        ) from None
    backend = url.get_backend_name()
    if backend == "postgres":
        url = url.set(drivername="postgresql")
        backend = "postgresql"
    if backend == "sqlite":
        return url
    if backend not in SERVER_BACKENDS:
        raise DatabaseOpenError(
            f"Profdesk работает с файлом SQLite или с сервером PostgreSQL, а не с «{backend}»."
        )
    if url.password is not None or "password" in url.query:
        raise DatabaseOpenError(
            "Пароль в командной строке виден другим пользователям компьютера: уберите его из "
            "адреса базы и введите по запросу программы, в переменной PGPASSWORD или в файле "
            "pgpass."
        )
    if url.drivername in ("postgresql", "postgresql+psycopg2"):
        url = url.set(drivername="postgresql+psycopg")
    if not url.database:
        raise DatabaseOpenError(
            "В адресе сервера не указана база данных: например, "
            "postgresql+psycopg://пользователь@сервер/profdesk."
        )
    return url


def describe_url(url: URL) -> str:
    """'user@host:port/dbname' for prompts and messages; never the password."""
    where = url.host or "localhost"
    if url.port:
        where += f":{url.port}"
    user = f"{url.username}@" if url.username else ""
    return f"{user}{where}/{url.database}"


def _server_engine(url: URL) -> Engine:
    try:
        return create_engine(
            url,
            pool_pre_ping=True,
            connect_args={
                "connect_timeout": 10,
                "application_name": "profdesk",
                # a row or lock held by another workstation is waited for this long, then
                # the user hears that the database is busy (SQLite: busy_timeout)
                "options": f"-c lock_timeout={SERVER_LOCK_TIMEOUT_MS}",
            },
        )
    except ModuleNotFoundError:
        raise DatabaseOpenError(
            "Для работы с сервером PostgreSQL нужен модуль psycopg: "
            "установите Profdesk с дополнением postgres (pip install 'profdesk[postgres]')."
        ) from None


def _needs_password(exc: OperationalError) -> bool:
    sqlstate = getattr(exc.orig, "sqlstate", None)
    message = str(exc.orig).lower()
    return sqlstate == "28P01" or "no password supplied" in message or "password" in message


def _server_error(url: URL, exc: OperationalError) -> DatabaseOpenError:
    sqlstate = getattr(exc.orig, "sqlstate", None)
    message = str(exc.orig).lower()
    server = url.host or "localhost"
    if sqlstate == "3D000" or ("database" in message and "does not exist" in message):
        text_ = (
            f"На сервере «{server}» нет базы данных «{url.database}»: попросите администратора "
            "создать её (см. раздел README о PostgreSQL)."
        )
    elif "no password supplied" in message:
        text_ = (
            f"Сервер «{server}» просит пароль пользователя «{url.username or ''}»: введите его по "
            "запросу программы или задайте в переменной PGPASSWORD или в файле pgpass."
        )
    elif sqlstate == "28P01" or "password" in message:
        text_ = (
            f"Сервер «{server}» не принял пароль пользователя «{url.username or ''}»: проверьте "
            "пароль (запрос программы, PGPASSWORD или файл pgpass)."
        )
    elif sqlstate == "28000" or ("role" in message and "does not exist" in message):
        text_ = (
            f"Сервер «{server}» не пускает пользователя «{url.username or ''}» в базу "
            f"«{url.database}»: проверьте имя пользователя и права доступа."
        )
    else:
        text_ = (
            f"Не удаётся подключиться к серверу PostgreSQL «{describe_url(url)}»: проверьте, "
            "что сервер запущен и доступен с этого компьютера."
        )
    return DatabaseOpenError(text_)


def connect_server(url: URL, password_provider: PasswordProvider | None = None) -> Engine:
    """An engine whose first connection worked, asking for a password only if needed."""
    engine = _server_engine(url)
    try:
        with engine.connect():
            pass
        return engine
    except OperationalError as exc:
        engine.dispose()
        if password_provider is None or not _needs_password(exc):
            raise _server_error(url, exc) from None
    password = password_provider(describe_url(url))
    if not password:
        raise DatabaseOpenError("Пароль не введён: подключение к серверу отменено.")
    engine = _server_engine(url.set(password=password))
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        engine.dispose()
        raise _server_error(url, exc) from None
    return engine


def upgrade_server_schema(engine: Engine, url: URL) -> None:
    """Refuse a foreign or newer database; upgrade it in one transaction, one at a time."""
    try:
        with engine.connect() as conn:
            current = migrate.current_revision(conn)
            if current is None and inspect(conn).get_table_names():
                raise DatabaseOpenError(
                    f"База «{describe_url(url)}» на сервере занята другой программой: "
                    "для Profdesk нужна отдельная база."
                )
            migrate.refuse_if_newer(current)
        # PostgreSQL changes the schema inside the transaction: a failed upgrade leaves
        # nothing half done, so no copy is needed beforehand (the server has its backups).
        with engine.begin() as conn:
            conn.execute(text("SET LOCAL lock_timeout = 0"))  # another PC's upgrade: wait it out
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
            migrate.upgrade(conn)
    except OperationalError as exc:
        raise _server_error(url, exc) from None
