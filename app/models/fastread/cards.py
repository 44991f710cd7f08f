"""`cards batches` in SQLite's SQL, over a DB-API connection.

The light path runs it on its read-only connection; app.models.card_batches runs the same
function on its session's connection on SQLite, so both paths answer alike by construction.
PostgreSQL keeps the SQLAlchemy query (tests/unit/test_fastread_cards.py compares the two).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from ..card_batch_rows import BatchInfo, batch_info

FAILED = "failed"  # app.models.cards.ITEM_FAILED

# the columns of card_batch_rows.batch_info; each batch's cards counted in the index
# (batch_id, position), the failed ones in the partial index of card_batch_failed_0001:
# reading every item's status took 0.15 s with 213,000 cards printed
BATCHES_SQL = (
    "SELECT b.id, b.created_at, b.user_login, b.template, b.layout, b.profile, b.title, "
    "b.printed_at, "
    "(SELECT count(*) FROM card_batch_item AS i WHERE i.batch_id = b.id), "
    "(SELECT count(*) FROM card_batch_item AS f INDEXED BY ix_card_batch_item_failed "
    f"WHERE f.batch_id = b.id AND f.status = '{FAILED}'), "
    "b.template_version FROM card_batch AS b"
)


def batches(conn: Any, limit: int = 500, scope: Collection[str] | None = None) -> list[BatchInfo]:
    """The newest `limit` print batches, newest first; `scope` the user's subtree (None:
    all): only the batches whose cards are all of members inside it."""
    sql = BATCHES_SQL
    params: list[Any] = []
    if scope is not None:
        ids = sorted(scope)
        sql += (
            " WHERE b.id NOT IN (SELECT i.batch_id FROM card_batch_item AS i "
            "JOIN member AS m ON m.id = i.member_id "
            f"WHERE m.organisation_id NOT IN ({','.join('?' * len(ids))}))"
        )
        params += ids
    sql += " ORDER BY b.created_at DESC, b.id DESC LIMIT ?"
    params.append(limit)
    return [batch_info(row) for row in conn.execute(sql, params).fetchall()]
