"""covering indexes for the statistical report

Revision ID: report_0001
Revises: security_0001
"""

from __future__ import annotations

from alembic import op

revision = "report_0001"
down_revision = "security_0001"
branch_labels = None
depends_on = None

MEMBER_COLUMNS = [
    "organisation_id",
    "joined_on",
    "left_on",
    "category",
    "birth_date",
    "e_registered_on",
    "consent_on",
]
MEMBER_CARD_COLUMNS = ["id", "organisation_id", "joined_on", "left_on"]
CARD_COLUMNS = ["member_id", "printed_on", "handed_on", "status", "created_on", "closed_on"]


def upgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index("ix_member_report", MEMBER_COLUMNS, unique=False)
        batch_op.create_index("ix_member_card_report", MEMBER_CARD_COLUMNS, unique=False)
    with op.batch_alter_table("card", schema=None) as batch_op:
        batch_op.create_index("ix_card_report", CARD_COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("card", schema=None) as batch_op:
        batch_op.drop_index("ix_card_report")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index("ix_member_card_report")
        batch_op.drop_index("ix_member_report")
