"""Shared fixtures: a fresh database per test, offscreen Qt, the CLI as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.models import Database, open_database  # noqa: E402
from app.models.installation import init_region  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    # Cyrillic letters and spaces in the path, as on a Windows desktop
    folder = tmp_path / "Мои документы" / "Профсоюз"
    folder.mkdir(parents=True)
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
    *args: str, db: Path | None = None, env: dict | None = None, input_text: str | None = None
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
