"""the ranking's covering index: the active members' organisation and list columns

Revision ID: ranking_0001
Revises: card_batch_failed_0001
Create Date: 2026-11-29 15:50:00

`ranking` counts each organisation's active members, those on at least one work list and
each list's own number: one pass over every active member with six conditions. Over the
member rows that took 0.4 s of CPU at 250,000 members (issue 18: a reading command under
0.3 s whole process); over this partial index, which holds the organisation and the columns
the lists read for the active members only (about 13 MB), 0.08 s. left_on is a column too,
always NULL here, so that SQLite reads the index alone (app.models.fastread.ranking).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "ranking_0001"
down_revision = "card_batch_failed_0001"
branch_labels = None
depends_on = None

NAME = "ix_member_ranking"
COLUMNS = [
    "organisation_id",
    "left_on",
    "e_registered_on",
    "consent_on",
    "profkards_on",
    "card_status",
    "card_waiting_since",
    "booklet_on",
]
CONDITION = "left_on IS NULL"


def upgrade() -> None:
    # a database whose revision was set back by hand (tests do) may have it already
    indexes = {i["name"] for i in sa.inspect(op.get_bind()).get_indexes("member")}
    if NAME not in indexes:
        op.create_index(
            NAME,
            "member",
            COLUMNS,
            sqlite_where=sa.text(CONDITION),
            postgresql_where=sa.text(CONDITION),
        )


def downgrade() -> None:
    op.drop_index(NAME, table_name="member")
