"""the office's own card layouts, and the layout version a print batch was printed with

Revision ID: layouts_0001
Revises: import_0001
Create Date: 2026-11-29 04:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "layouts_0001"
down_revision = "import_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if "card_layout" in sa.inspect(op.get_bind()).get_table_names():
        return  # a database whose revision was set back by hand (tests do) already has it
    op.create_table(
        "card_layout",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("saved_by", sa.String(length=100), nullable=False),
        sa.Column("installation_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_layout")),
    )
    with op.batch_alter_table("card_layout", schema=None) as batch_op:
        batch_op.create_index("ix_card_layout_name_version", ["name", "version"], unique=True)
    with op.batch_alter_table("card_batch", schema=None) as batch_op:
        batch_op.add_column(sa.Column("template_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("card_batch", schema=None) as batch_op:
        batch_op.drop_column("template_version")
    with op.batch_alter_table("card_layout", schema=None) as batch_op:
        batch_op.drop_index("ix_card_layout_name_version")
    op.drop_table("card_layout")
