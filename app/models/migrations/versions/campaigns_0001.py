"""member marks for the campaigns: PROFKARDS and booklet handed

Revision ID: campaigns_0001
Revises: layouts_0001
Create Date: 2026-11-29 04:30:00

Two per-member dates the work lists need and no table held (issue 20): the day the member
was seen in the PROFKARDS programme (set by hand or from the programme's list of card
numbers) and the day the booklet «Как работать в Профкардс?» was handed to the member
(booklet stock counts movements per organisation, not people). Both empty on old rows.
And the work lists' partial indexes: each holds only the rows of one list, in
(organisation, surname) order, so a list of 250,000 members comes without sorting.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "campaigns_0001"
down_revision = "layouts_0001"
branch_labels = None
depends_on = None


ACTIVE = "left_on IS NULL"
INDEXES = [  # name, table, columns, condition (CURRENT: the member's current card)
    ("ix_member_wl_active", "member", ["organisation_id", "sort_key", "id"], ACTIVE),
    (
        "ix_member_wl_ereg",
        "member",
        ["organisation_id", "sort_key"],
        f"{ACTIVE} AND e_registered_on IS NULL",
    ),
    (
        "ix_member_wl_consent",
        "member",
        ["organisation_id", "sort_key"],
        f"{ACTIVE} AND consent_on IS NULL",
    ),
    (
        "ix_member_wl_profkards",
        "member",
        ["organisation_id", "sort_key"],
        f"{ACTIVE} AND profkards_on IS NULL",
    ),
    (
        "ix_member_wl_booklet",
        "member",
        ["organisation_id", "sort_key", "id"],
        f"{ACTIVE} AND booklet_on IS NULL",
    ),
    ("ix_card_wl_to_print", "card", ["member_id"], "CURRENT AND status = 'to_print'"),
    (
        "ix_card_wl_printed",
        "card",
        ["member_id", "printed_on"],
        "CURRENT AND status = 'printed' AND handed_on IS NULL",
    ),
    ("ix_card_wl_issued", "card", ["member_id"], "CURRENT AND status = 'issued'"),
]


def upgrade() -> None:
    # a database whose revision was set back by hand (tests do) may have all of it already
    inspector = sa.inspect(op.get_bind())
    have = {c["name"] for c in inspector.get_columns("member")}
    indexes = {i["name"] for t in ("member", "card") for i in inspector.get_indexes(t)}
    with op.batch_alter_table("member") as batch:
        for column in ("profkards_on", "booklet_on"):
            if column not in have:
                batch.add_column(sa.Column(column, sa.Date(), nullable=True))
    for name, table, columns, condition in INDEXES:
        if name in indexes:
            continue
        op.create_index(
            name,
            table,
            columns,
            sqlite_where=sa.text(condition.replace("CURRENT", "is_current = 1")),
            postgresql_where=sa.text(condition.replace("CURRENT", "is_current")),
        )


def downgrade() -> None:
    for name, table, _columns, _condition in INDEXES:
        op.drop_index(name, table_name=table)
    with op.batch_alter_table("member") as batch:
        batch.drop_column("booklet_on")
        batch.drop_column("profkards_on")
