"""Shared fixtures: a fresh database per test, offscreen Qt, the CLI as a subprocess.

Every test that takes a database (`db_path`, `db`, `region_db`, `demo_db`) runs twice: on a
SQLite file and on a PostgreSQL server (tests/pgtest.py; skipped when no server is named).
A test about the SQLite file itself (backups by copy, a damaged file, WAL) is marked
`sqlite_only` and runs once. With PROFDESK_TEST_ENCRYPTED=1 the SQLite files are encrypted
(SQLCipher); a test that reads the file with plain sqlite3 is marked `plain_file` and is
skipped then.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the user data folder (platformdirs) of the tests, never the developer's own
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="profdesk-tests-data-")

# the OS secret store of the tests: a JSON file per test (tests/keyring_backend.py), seen by
# the CLI subprocesses too; never the developer's own keyring
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backend.FileKeyring"
os.environ["PROFDESK_TEST_KEYRING"] = os.path.join(
    tempfile.mkdtemp(prefix="profdesk-tests-keyring-"), "keyring.json"
)

# PROFDESK_TEST_ENCRYPTED=1: the SQLite databases of `db_path` (and so `db`, `region_db`,
# `demo_db`) are SQLCipher files; .ci/run runs the unit tests a second time that way
ENCRYPTED = os.environ.get("PROFDESK_TEST_ENCRYPTED") == "1"
TEST_DB_PASSWORD = "пароль тестовой базы"
if ENCRYPTED:
    os.environ["PROFDESK_DB_PASSWORD"] = TEST_DB_PASSWORD  # for the CLI subprocesses

from app.models import Database, open_database  # noqa: E402
from app.models.installation import init_region  # noqa: E402
from tests.pgtest import ENGINES, drop_templates, fresh_pg_database  # noqa: E402


def pytest_collection_modifyitems(config, items):  # noqa: ANN001
    """A test about the SQLite file runs on SQLite only: its PostgreSQL variant is dropped.
    An encrypted run drops the PostgreSQL variants and the tests of plain files."""
    kept, dropped = [], []
    for item in items:
        engine = getattr(getattr(item, "callspec", None), "params", {}).get("engine")
        if (
            ENCRYPTED
            and (engine == "postgres" or item.get_closest_marker("plain_file"))
            or engine == "postgres"
            and item.get_closest_marker("sqlite_only")
        ):
            dropped.append(item)
        else:
            kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def pytest_sessionfinish(session, exitstatus):  # noqa: ANN001
    drop_templates()


@pytest.fixture(autouse=True)
def keyring_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A fresh, empty OS secret store for every test (tests/keyring_backend.py)."""
    import keyring

    from tests.keyring_backend import FILE_ENV, FileKeyring

    monkeypatch.setenv(FILE_ENV, str(tmp_path / "keyring.json"))
    store = FileKeyring()
    keyring.set_keyring(store)
    return store


@pytest.fixture(params=ENGINES)
def engine(request) -> str:
    """Which database engine the test runs on."""
    return request.param


@pytest.fixture
def db_path(engine: str, tmp_path: Path) -> Path | str:
    """Where the test's database lives: a file (Cyrillic letters and spaces in the path, as on
    a Windows desktop), or the URL of a fresh database on the PostgreSQL test server."""
    if engine == "postgres":
        with fresh_pg_database(migrated=True) as url:
            yield url
        return
    folder = tmp_path / "Мои документы" / "Профсоюз"
    folder.mkdir(parents=True)
    path = folder / "profdesk.sqlite3"
    if ENCRYPTED:
        from app.models.encryption import create_encrypted

        create_encrypted(path, TEST_DB_PASSWORD)
    yield path


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    """A SQLite file for tests that are about files (moving a database, a damaged file)."""
    folder = tmp_path / "Мои документы" / "Профсоюз"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "profdesk.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Database:
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def region_db(db: Database) -> Database:
    with db.session() as s:
        init_region(s, "Тестовая областная организация", "46")
    return db


@pytest.fixture
def demo_db(db: Database) -> Database:
    from app.models import demo

    with db.session(log_changes=False) as s:
        demo.generate(s, members=600, seed=7)
    return db


def run_cli(
    *args: str, db: Path | str | None = None, env: dict | None = None, input_text: str | None = None
) -> subprocess.CompletedProcess:
    """profdesk-cli as a user runs it: a separate process, text in and out."""
    command = [sys.executable, "-m", "app.cli"]
    if db is not None:
        command += ["--db", str(db)]
    full_env = {**os.environ, **(env or {})}
    full_env.pop("PROFDESK_DB", None) if db is not None else None
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        input=input_text,
        timeout=300,
    )


@pytest.fixture
def cli():
    return run_cli
