"""The office's card layouts travel with the exchange, from the region to its districts only:
a district prints the region's cards; its own layouts stay its own. Versions never change,
so a version is sent whole and stored once; one the district already has is left as it is."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from ..models import layouts
from ..models.errors import ValidationError


def layouts_payload(session: Session) -> list[dict[str, Any]]:
    return layouts.all_versions_plain(session)


def receive_layouts(session: Session, rows: Any) -> int:
    """Store the versions this copy does not have; how many were new."""
    if not isinstance(rows, list):
        raise ValidationError("В файле обмена испорчен раздел макетов билетов.")
    created = 0
    for row in rows:
        try:
            json.loads(row["body"])
            created += layouts.receive_version(session, row)
        except (KeyError, TypeError, ValueError):
            raise ValidationError("В файле обмена испорчен макет билета.") from None
    session.flush()
    return created
