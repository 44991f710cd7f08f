"""A fresh PostgreSQL database per test, when PROFDESK_TEST_PG_URL names a server.

PROFDESK_TEST_PG_URL is an administrator's URL, e.g.
postgresql+psycopg://postgres@127.0.0.1:5433/postgres; each test gets a database of its own
(created on that server, dropped afterwards). Without the variable the PostgreSQL variants
of the tests are skipped, so the suite runs on SQLite alone.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

PG_ENV_VAR = "PROFDESK_TEST_PG_URL"


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


@contextmanager
def fresh_pg_database() -> Iterator[str]:
    """Create a uniquely named database, yield its URL, drop it afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin_url = make_url(skip_without_pg())
    name = f"profdesk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    except Exception as exc:  # noqa: BLE001 - a server that is down means: skip
        admin.dispose()
        pytest.skip(f"PostgreSQL at {admin_url.host} is not usable: {exc}")
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


ENGINES = ["sqlite", "postgres"]
