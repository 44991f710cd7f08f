"""Partial indexes are written for each engine, and SQLite's start does not pay for the
PostgreSQL dialect (app.models.base.partial_index, app.models.schema.server_conditions)."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.schema import CreateIndex

from app.models.base import SERVER_WHERE
from app.models.schema import metadata, server_conditions


def test_the_whole_schema_loads_without_the_postgresql_dialect():
    probe = "import sys, app.models.schema; print('sqlalchemy.dialects.postgresql' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def _partial():
    return [i for t in metadata.tables.values() for i in t.indexes if SERVER_WHERE in i.info]


def test_each_engine_gets_its_own_condition():
    server_conditions()
    indexes = {i.name: i for i in _partial()}
    # the work lists, the ranking, one current card per member, the failed cards of a batch
    assert {"ix_member_wl_booklet", "ix_member_ranking", "uq_card_one_current",
            "ix_card_batch_item_failed"} <= set(indexes)  # fmt: skip
    for index in indexes.values():
        on_sqlite = str(CreateIndex(index).compile(dialect=sqlite.dialect()))
        on_server = str(CreateIndex(index).compile(dialect=postgresql.dialect()))
        assert " WHERE " in on_sqlite and " WHERE " in on_server, index.name
    one_current = str(
        CreateIndex(indexes["uq_card_one_current"]).compile(dialect=postgresql.dialect())
    )
    assert one_current.startswith("CREATE UNIQUE INDEX") and one_current.endswith(
        "WHERE is_current"
    )
    on_sqlite = str(CreateIndex(indexes["uq_card_one_current"]).compile(dialect=sqlite.dialect()))
    assert on_sqlite.endswith("WHERE is_current = 1")
