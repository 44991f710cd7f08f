"""The stock_0001 migration makes exactly the tables the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from app.models import metadata


def test_migration_matches_the_stock_models(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"render_as_batch": True})
        diffs = compare_metadata(context, metadata)
    stock_diffs = [d for d in diffs if "stock_" in repr(d)]
    assert stock_diffs == []
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    assert {"stock_edition", "stock_shipment", "stock_movement"} <= tables
