"""The office's card and booklet layouts travel with the exchange, from the region to its
districts only: a district prints the region's cards and booklets; its own layouts stay its
own. Versions never change, so a version is sent whole and stored once; one the district
already has is left as it is. Booklet layouts go in their own section, which a program from
before them leaves alone."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from ..models import layouts
from ..models.errors import ValidationError

SECTIONS = {"card": "card_layouts", "booklet": "booklet_layouts"}
IN_USE = (
    "booklet_layout_in_use"  # which booklet layout the region prints with: so does the district
)


def in_use_payload(session: Session) -> str:
    from ..models.settings import get_setting

    return str(get_setting(session, layouts.BOOKLET_IN_USE_KEY) or "")


def receive_in_use(session: Session, name: Any) -> None:
    """The district prints booklets with the region's layout once it has that layout (a
    built-in name is always there)."""
    from ..models.settings import set_setting

    if not isinstance(name, str) or not name:
        return
    if name == "default" or layouts.get_version(session, name, kind="booklet") is not None:
        set_setting(session, layouts.BOOKLET_IN_USE_KEY, name)


def layouts_payload(session: Session, kind: str = "card") -> list[dict[str, Any]]:
    return layouts.all_versions_plain(session, kind)


def receive_layouts(session: Session, rows: Any, kind: str = "card") -> int:
    """Store the versions this copy does not have; how many were new."""
    what, one = ("билетов", "билета") if kind == "card" else ("буклетов", "буклета")
    if not isinstance(rows, list):
        raise ValidationError(f"В файле обмена испорчен раздел макетов {what}.")
    created = 0
    for row in rows:
        try:
            json.loads(row["body"])
            created += layouts.receive_version(session, row, kind)
        except (KeyError, TypeError, ValueError):
            raise ValidationError(f"В файле обмена испорчен макет {one}.") from None
    session.flush()
    return created
