"""The foundation's member and card-number tests again, on a PostgreSQL server.

The `db` fixture of tests/conftest.py (a SQLite file) is replaced here by a fresh database on
the test server, so `region_db`, `demo_db` and these modules' own fixtures run unchanged on
PostgreSQL. Skipped without PROFDESK_TEST_PG_URL (see tests/pgtest.py).
"""

from __future__ import annotations

import pytest
import test_card_numbers
import test_members

from app.models import open_database
from tests.pgtest import fresh_pg_database


@pytest.fixture
def db():
    with fresh_pg_database() as url:
        database = open_database(url)
        yield database
        database.close()


def _reexport(module) -> None:  # noqa: ANN001
    for name, value in vars(module).items():
        if (
            name.startswith("test_")
            or hasattr(value, "_pytestfixturefunction")
            or (getattr(value, "_fixture_function_marker", None) is not None)
        ):
            globals()[f"{name}" if not name.startswith("test_") else f"{name}_pg"] = value


for _module in (test_members, test_card_numbers):
    _reexport(_module)
