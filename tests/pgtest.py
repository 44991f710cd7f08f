"""A fresh PostgreSQL database per test, when PROFDESK_TEST_PG_URL names a server.

PROFDESK_TEST_PG_URL is an administrator's URL, e.g.
postgresql+psycopg://postgres@127.0.0.1:5433/postgres; each test gets a database of its own
(created on that server from a migrated template, dropped afterwards). Without the variable
the PostgreSQL variants of the tests are skipped, so the suite runs on SQLite alone.

A password in the variable is moved to PGPASSWORD: the program refuses passwords written in
a database address, and the CLI tests pass the address on the command line.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

PG_ENV_VAR = "PROFDESK_TEST_PG_URL"
ENGINES = ["sqlite", "postgres"]
TEMPLATE_PREFIX = "profdesk_test_template_"

_template: dict[str, str] = {}  # admin URL -> name of the migrated template database


def pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV_VAR) or None


def skip_without_pg() -> str:
    url = pg_admin_url()
    if not url:
        pytest.skip(f"{PG_ENV_VAR} is not set: PostgreSQL tests skipped")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed: PostgreSQL tests skipped")
    return url


def _admin_engine():  # noqa: ANN202 - an Engine
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    url = make_url(skip_without_pg())
    if url.password is not None:
        os.environ.setdefault("PGPASSWORD", url.password)
    return create_engine(url, isolation_level="AUTOCOMMIT"), url


def _migrated_template(admin, admin_url) -> str:  # noqa: ANN001
    """One database per test session with the schema at head and no rows: copying it is
    much faster than running every migration for every test."""
    from sqlalchemy import create_engine, text

    key = admin_url.render_as_string(hide_password=False)
    if key in _template:
        return _template[key]
    name = f"{TEMPLATE_PREFIX}{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    from app.models import migrate

    engine = create_engine(admin_url.set(database=name))
    try:
        with engine.begin() as conn:
            migrate.upgrade(conn)
    finally:
        engine.dispose()
    _template[key] = name
    return name


@contextmanager
def fresh_pg_database(*, migrated: bool = False) -> Iterator[str]:
    """Create a uniquely named database, yield its URL (without a password), drop it
    afterwards. `migrated`: copied from a template whose schema is already at head."""
    from sqlalchemy import text

    admin, admin_url = _admin_engine()
    name = f"profdesk_test_{uuid.uuid4().hex[:12]}"
    try:
        template = _migrated_template(admin, admin_url) if migrated else "template0"
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE {template}"))
    except Exception as exc:  # noqa: BLE001 - a server that is down means: skip
        admin.dispose()
        pytest.skip(f"PostgreSQL at {admin_url.host} is not usable: {exc}")
    try:
        yield (
            admin_url.set(database=name)
            ._replace(password=None)
            .render_as_string(hide_password=False)
        )
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def drop_templates() -> None:
    """At the end of the session: the templates made by this process."""
    if not _template:
        return
    from sqlalchemy import text

    admin, _ = _admin_engine()
    try:
        with admin.connect() as conn:
            for name in _template.values():
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
        _template.clear()
