"""Alembic, driven from the program: the schema is upgraded when a database is opened.

The migration scripts live in app/models/migrations; no alembic.ini is needed.

Alembic itself (with the DDL code of every dialect it knows) takes a noticeable part of
start-up to import, and on almost every start there is nothing to migrate. So the common
case is answered without it: the revision ids are read straight from the scripts, and only
when the database is not at that head is Alembic imported to do the real work.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DatabaseOpenError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None, "no migrations found"
    return head


@cache
def quick_head() -> str | None:
    """The head revision read from the scripts without Alembic; None when unsure.

    Each script must assign `revision` and `down_revision` at module level; a script that
    does not, or a tree with more than one head, leaves the answer to Alembic.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        if script.name.startswith("__"):
            continue
        try:
            found = _assignments(script.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, ValueError):
            return None
        if not isinstance(found.get("revision"), str) or "down_revision" not in found:
            return None
        revisions.add(found["revision"])
        down = found["down_revision"]
        parents.update(down if isinstance(down, tuple | list) else [down] if down else [])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


# `revision = "..."` at the start of a line (at module level), as Alembic writes them
_ASSIGNED = re.compile(
    r"^(revision|down_revision)[ \t]*(?::[^=\n]*)?=[ \t]*([^#\n]*?)[ \t]*(?:#.*)?$", re.MULTILINE
)


def _assignments(source: str) -> dict[str, object]:
    """`revision` and `down_revision` as the script assigns them: read from their lines when
    each is there once with a one-line literal (every start of a reading command reads all
    the scripts: parsing them whole took 20 ms), else from the parsed script."""
    found = _ASSIGNED.findall(source)
    names = [name for name, _value in found]
    if sorted(names) == ["down_revision", "revision"]:
        try:
            return {name: ast.literal_eval(value) for name, value in found}
        except (SyntaxError, ValueError):
            pass
    return _parsed_assignments(source)


def _parsed_assignments(source: str) -> dict[str, object]:
    values: dict[str, object] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
            values[target.id] = ast.literal_eval(value)
    return values


def current_revision(connection: Connection) -> str | None:
    from sqlalchemy import text

    if connection.dialect.name != "sqlite":  # another database engine: Alembic reads it
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(connection).get_current_revision()
    has_table = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).first()
    if has_table is None:
        return None
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) <= 1:
        return rows[0] if rows else None
    from alembic.runtime.migration import MigrationContext  # several heads: Alembic decides

    return MigrationContext.configure(connection).get_current_revision()


def is_at_head(revision: str | None) -> bool:
    """True when the database needs no migration (decided without importing Alembic)."""
    return revision is not None and revision == quick_head()


def refuse_if_newer(revision: str | None) -> None:
    if revision is None:
        return
    known = {rev.revision for rev in _script().walk_revisions()}
    if revision not in known:
        raise DatabaseOpenError(
            "Эта база данных создана более новой версией Profdesk. "
            "Установите новую версию программы, чтобы открыть её."
        )


def upgrade(connection: Connection, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
