"""The stored monthly figures travel with every exchange file, both ways, for the file's
territorial organisation and its primaries: so the region sees the districts' months, and a
district copy made later gets the months the region kept. Which row wins is the domain's
rule (app.models.snapshots.receive_rows); a file carries them whole, they are few (months x
organisations of one district)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ..models import snapshots
from .records import scope_of


def snapshots_payload(session: Session, org_id: str) -> list[list[Any]]:
    return snapshots.rows_for(session, sorted(scope_of(session, org_id).org_ids))


def receive_snapshots(session: Session, org_id: str, rows: Any, *, from_district: bool) -> int:
    """Store the file's rows of the territorial's subtree; a district owns its own rows."""
    allowed = set(scope_of(session, org_id).org_ids)
    return snapshots.receive_rows(session, rows, allowed, sender_owns=from_district)
