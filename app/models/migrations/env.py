"""Alembic environment: always run on a connection handed over by app.models.migrate."""

from __future__ import annotations

from alembic import context

from app.models import metadata
from app.models.schema import server_conditions

# the FTS5 search index and its triggers are made by raw SQL in migrations
EXCLUDED_TABLES = {"member_fts"}
# PostgreSQL's member.rowid and its search indexes, made by raw SQL in postgres_0001
EXCLUDED_INDEXES = {"ix_member_rowid", "ix_member_sort_key_pattern", "ix_member_search_trgm"}


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001
    is_search_index = name in EXCLUDED_TABLES or name.startswith("member_fts_")
    if type_ == "index" and name in EXCLUDED_INDEXES:
        return False
    if type_ == "column" and name == "rowid" and obj.table.name == "member":
        return False
    return not (type_ == "table" and is_search_index)


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("migrations run only through app.models.migrate")
    if connection.dialect.name == "postgresql":
        server_conditions()  # autogenerate compares the partial indexes' conditions too
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
