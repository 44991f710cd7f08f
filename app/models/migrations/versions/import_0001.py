"""import: cells an import could not put into a member's fields, kept as written

Revision ID: import_0001
Revises: races_0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "import_0001"
down_revision = "races_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if "member_imported_value" in sa.inspect(op.get_bind()).get_table_names():
        return  # a database whose version stamp was set back (tests of older schemas do)
    op.create_table(
        "member_imported_value",
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("column_title", sa.String(length=200), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("imported_on", sa.Date(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_member_imported_value_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_imported_value")),
        sa.UniqueConstraint("member_id", "field", name=op.f("uq_member_imported_value_member_id")),
    )
    with op.batch_alter_table("member_imported_value", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_member_imported_value_member_id"), ["member_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("member_imported_value", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_imported_value_member_id"))
    op.drop_table("member_imported_value")
