"""Where the program's data lives and where the files it ships are found.

Every shipped file is looked up through `resource()` so that a pip install, a source
checkout and a frozen (PyInstaller) Windows build all find the same files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Profdesk"
DB_FILE_NAME = "profdesk.sqlite3"
DB_ENV_VAR = "PROFDESK_DB"


def _resource_roots() -> list[Path]:
    here = Path(__file__).resolve().parent
    roots: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root) / "resources")
    roots.append(here / "_resources")  # installed wheel
    roots.append(here.parent / "resources")  # source checkout
    return roots


def resource_root() -> Path:
    for root in _resource_roots():
        if root.is_dir():
            return root
    raise FileNotFoundError("resources folder not found next to the program")


def resource(*parts: str) -> Path:
    """Path of a file the program ships, e.g. resource("fonts", "PTSans-Regular.ttf")."""
    return resource_root().joinpath(*parts)


def data_dir() -> Path:
    """Per-user data folder (AppData\\Local\\Profdesk on Windows), created on demand."""
    path = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def is_database_url(location: str) -> bool:
    """'postgresql+psycopg://user@host/db' or 'sqlite:///file' rather than a file path.

    A Windows path ('C:\\Profdesk\\base.sqlite3') has no '://', so it stays a path.
    """
    scheme, sep, _ = str(location).partition("://")
    return bool(sep) and scheme.replace("+", "").replace("-", "").isalnum()


def default_db_location(cli_value: str | None = None) -> str:
    """--db wins, then PROFDESK_DB, then the database in the user data folder.

    The value is a file path or a database URL (see is_database_url)."""
    if cli_value:
        return cli_value
    env = os.environ.get(DB_ENV_VAR)
    if env:
        return env
    return str(data_dir() / DB_FILE_NAME)


def backups_dir_for(db_path: Path) -> Path:
    """Backups sit beside the database in a folder of their own."""
    return db_path.parent / f"{db_path.stem}-backups"
