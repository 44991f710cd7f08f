"""exchange bookkeeping: field versions, peers, conflicts

Revision ID: exchange_0001
Revises: foundation_0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "exchange_0001"
down_revision = "foundation_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_version",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("versions", sa.Text(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id", name=op.f("pk_exchange_version")),
    )
    with op.batch_alter_table("exchange_version", schema=None) as batch_op:
        batch_op.create_index("ix_exchange_version_seq", ["seq"], unique=False)

    op.create_table(
        "exchange_peer",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("scope_org_id", sa.String(length=36), nullable=True),
        sa.Column("received_through", sa.Integer(), nullable=False),
        sa.Column("acked", sa.Integer(), nullable=False),
        sa.Column("last_import_at", sa.DateTime(), nullable=True),
        sa.Column("last_export_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_peer")),
    )
    op.create_table(
        "exchange_conflict",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("here_value", sa.Text(), nullable=True),
        sa.Column("here_origin", sa.String(length=36), nullable=False),
        sa.Column("here_at", sa.String(length=40), nullable=False),
        sa.Column("there_value", sa.Text(), nullable=True),
        sa.Column("there_version", sa.Text(), nullable=False),
        sa.Column("there_origin", sa.String(length=36), nullable=False),
        sa.Column("there_at", sa.String(length=40), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_conflict")),
        sa.UniqueConstraint(
            "kind", "entity", "entity_id", "field", name=op.f("uq_exchange_conflict_kind")
        ),
    )


def downgrade() -> None:
    op.drop_table("exchange_conflict")
    op.drop_table("exchange_peer")
    with op.batch_alter_table("exchange_version", schema=None) as batch_op:
        batch_op.drop_index("ix_exchange_version_seq")
    op.drop_table("exchange_version")
