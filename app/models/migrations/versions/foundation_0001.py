"""member counts per organisation from an index: (organisation_id, left_on, sort_key)

Revision ID: foundation_0001
Revises: cards_0001
Create Date: 2026-11-27 18:40:00

The organisation tree counts current members per organisation and a selected
organisation's list walks its members in name order; with left_on in the index both are
answered from the index alone instead of reading every member row (at 250,000 members
the counts took over a second).
"""

from __future__ import annotations

from alembic import op

revision = "foundation_0001"
down_revision = "cards_0001"
branch_labels = None
depends_on = None


# Plain index operations, not batch mode: a batch "move and copy" of the member table would
# drop the search-index triggers and renumber the rows the search index points at.
def upgrade() -> None:
    op.drop_index("ix_member_org_sort", table_name="member")
    op.create_index(
        "ix_member_org_status_sort", "member", ["organisation_id", "left_on", "sort_key"]
    )


def downgrade() -> None:
    op.drop_index("ix_member_org_status_sort", table_name="member")
    op.create_index("ix_member_org_sort", "member", ["organisation_id", "sort_key"])
