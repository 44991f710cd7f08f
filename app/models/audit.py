"""Events worth an audit entry that are not data changes: prints, exports, sign-ins.

They go into the same change_log as data changes (action names below), so the audit view
reads one table; the exchange between offices only reads create/update/delete.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from .base import utcnow
from .entities import ChangeLogEntry

DATA_ACTIONS = ("create", "update", "delete")
EVENT_ACTIONS = (
    "print",
    "export",
    "import",
    "exchange",
    "login",
    "login_failed",
    "backup",
    "restore",
)


def log_event(
    session: Session,
    action: str,
    entity: str,
    entity_id: str = "",
    details: dict[str, Any] | None = None,
) -> None:
    """Record who did `action` (e.g. "print", "export") on what, in this transaction.

    `details` must never hold passwords; for personal data name counts and files, not people.
    """
    session.add(
        ChangeLogEntry(
            at=utcnow(),
            installation_id=session.info.get("installation_id", ""),
            user_login=session.info.get("user_login", ""),
            action=action,
            entity=entity,
            entity_id=entity_id,
            field="",
            new_value=json.dumps(details or {}, ensure_ascii=False),
        )
    )
