"""the chairman's phone on the organisation

Revision ID: chairs_0001
Revises: card_marker_0001
Create Date: 2026-11-29 09:45:00

The ranking window is there so the office phones the right chairmen first, and the sheets
for the organisations go to their chairmen: the organisation held the chairman's name
(chair) but no phone. A plain column with an empty default: every organisation already
stored reads "" until someone types the number.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "chairs_0001"
down_revision = "card_marker_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    have = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("organisation")}
    if "chair_phone" not in have:  # a database whose revision was set back by hand
        op.add_column(
            "organisation",
            sa.Column("chair_phone", sa.String(length=20), nullable=False, server_default=""),
        )


def downgrade() -> None:
    # not batch mode: rebuilding organisation on SQLite would drop a table members point to;
    # SQLite (3.35 and later, as shipped) and PostgreSQL both drop a plain column in place
    op.execute("ALTER TABLE organisation DROP COLUMN chair_phone")
