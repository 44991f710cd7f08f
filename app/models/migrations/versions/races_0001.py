"""one current card per member, as a partial unique index

Revision ID: races_0001
Revises: secrets_0001
Create Date: 2026-11-29 04:20:00

Two `cards assign` at once used to leave members with two current cards (issue 21). Numbering
now decides under a lock (app/models/locking.py); this index is the last guard, so such a
second card can never be stored again. A database that already has them keeps, per member,
the card furthest along (issued, then printed, then to print; the oldest of equals) as the
current one; the others are closed as spoiled (status «lost», closed today) and stay in the
member's card history.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "races_0001"
down_revision = "secrets_0001"
branch_labels = None
depends_on = None

INDEX = "uq_card_one_current"


def upgrade() -> None:
    op.execute(
        sa.text(
            """
            UPDATE card SET is_current = :no, status = 'lost', closed_on = :today
            WHERE is_current = :yes
              AND member_id IN (
                SELECT member_id FROM card WHERE is_current = :yes
                GROUP BY member_id HAVING count(*) > 1)
              AND id <> (
                SELECT keep.id FROM card AS keep
                WHERE keep.member_id = card.member_id AND keep.is_current = :yes
                ORDER BY CASE keep.status WHEN 'issued' THEN 0 WHEN 'printed' THEN 1 ELSE 2 END,
                         keep.created_on, keep.number
                LIMIT 1)
            """
        ).bindparams(yes=True, no=False, today=dt.date.today())
    )
    if INDEX in {i["name"] for i in sa.inspect(op.get_bind()).get_indexes("card")}:
        return  # a database whose revision was set back by hand (tests do) already has it
    op.create_index(
        INDEX,
        "card",
        ["member_id"],
        unique=True,
        sqlite_where=sa.text("is_current = 1"),
        postgresql_where=sa.text("is_current"),
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="card")
