"""stored monthly progress snapshots

Revision ID: snapshots_0001
Revises: campaigns_0001
Create Date: 2026-11-29 06:40:00

The progress chart rebuilt 24 months over every member on each look (9-12 s at 250,000
members). Each organisation's own counts per month are now stored (app.models.snapshots):
taken in the month, rebuilt once for months never taken, and carried by the exchange.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "snapshots_0001"
down_revision = "campaigns_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a database whose revision was set back by hand (tests do) may have it already
    if "progress_snapshot" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "progress_snapshot",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("members", sa.Integer(), nullable=False),
        sa.Column("e_registered", sa.Integer(), nullable=False),
        sa.Column("cards", sa.Integer(), nullable=False),
        sa.Column("booklets", sa.Integer(), nullable=False),
        sa.Column("profkards", sa.Integer(), nullable=False),
        sa.Column("reconstructed", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=36), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("organisation_id", "month", name=op.f("pk_progress_snapshot")),
    )
    op.create_index("ix_progress_snapshot_month", "progress_snapshot", ["month"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_progress_snapshot_month", table_name="progress_snapshot")
    op.drop_table("progress_snapshot")
