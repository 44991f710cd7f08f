"""`exchange conflicts` on the light path: the common answer, that nothing waits.

With no difference waiting for a person the list is empty, which the light path can say
from one look at exchange_conflict. With any waiting it answers None and the normal path
lists them (app.exchange.conflicts): it names each record (member, organisation, card,
imported value) and the office each value came from, and first drops the proposals of
duplicates settled elsewhere, which is a write the light path never makes.
"""

from __future__ import annotations

from typing import Any


def nothing_waiting(conn: Any) -> list[dict] | None:
    """[] when no difference waits; None when the normal path must list them."""
    if conn.execute("SELECT 1 FROM exchange_conflict LIMIT 1").fetchone() is None:
        return []
    return None
