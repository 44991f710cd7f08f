"""booklet layouts beside the card layouts: a kind column, unique per kind, name and version

Revision ID: booklet_layouts_0001
Revises: snapshots_0001
Create Date: 2026-11-29 06:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "booklet_layouts_0001"
down_revision = "snapshots_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    columns = {c["name"] for c in inspector.get_columns("card_layout")}
    indexes = {i["name"] for i in inspector.get_indexes("card_layout")}
    if "kind" in columns and "ix_card_layout_kind_name_version" in indexes:
        return  # a database whose revision was set back by hand (tests do) already has it
    with op.batch_alter_table("card_layout", schema=None) as batch_op:
        if "kind" not in columns:
            batch_op.add_column(
                sa.Column("kind", sa.String(length=20), nullable=False, server_default="card")
            )
        if "ix_card_layout_name_version" in indexes:
            batch_op.drop_index("ix_card_layout_name_version")
        batch_op.create_index(
            "ix_card_layout_kind_name_version", ["kind", "name", "version"], unique=True
        )


def downgrade() -> None:
    with op.batch_alter_table("card_layout", schema=None) as batch_op:
        batch_op.drop_index("ix_card_layout_kind_name_version")
        batch_op.create_index("ix_card_layout_name_version", ["name", "version"], unique=True)
        batch_op.drop_column("kind")
