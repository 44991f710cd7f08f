"""Installation settings stored in the database, as JSON values under string keys.

The keys are plain names, readable without SQLAlchemy (app.models.fastread looks for the
installation id); the entity is imported when a setting is read or written.

The settings the start and every print read (READ_ONCE: the installation, the district's
scope, the printer profiles, the emblem) are read from the database once per open database
and kept on it (`Database.settings_cache`, as the stored JSON text, so every caller gets
its own copy). A change made through set_setting drops the key when written and again when
its transaction ends (committed or rolled back: `forget_written`, called by app.models.db),
so the next read, in any session, reads the database; a read in the session that changed
it reads its own uncommitted value and keeps nothing. A restore (Database.reconnect) drops
them all. A change made by another process (the CLI, another workstation on a shared
server) is seen after the next start.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

INSTALLATION_ID = "installation.id"
INSTALLATION_ROLE = "installation.role"  # "region" or "district"
REGION_CODE = "region.code"  # two digits used in card numbers, e.g. "46" for Kursk
BOOKLET_LAYOUT = "booklet.layout"  # which booklet layout prints (app.models.layouts)

READ_ONCE = frozenset(
    {
        INSTALLATION_ID,
        INSTALLATION_ROLE,
        "demo",
        "exchange.scope_org_id",  # app.models.exchange_state.SCOPE_ORG_ID
        "cards.printer_profiles",  # app.models.print_settings
        "cards.default_profile",
        "print.emblem_path",
    }
)
_WRITTEN = "settings_written"  # session.info: the keys this session changed


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    cache = _cache_of(session, key)
    if cache is not None and key in cache:
        text = cache[key]
    else:
        from .entities import Setting

        row = session.get(Setting, key)
        text = None if row is None else row.value
        if cache is not None:
            cache[key] = text
    return default if text is None else json.loads(text)


def set_setting(session: Session, key: str, value: Any) -> None:
    from .entities import Setting

    text = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text
    session.info.setdefault(_WRITTEN, set()).add(key)
    _forget(session, {key})


def forget_written(session: Session) -> None:
    """The transaction ended: what this session changed is read from the database again,
    by anyone (app.models.db listens for every session's commit and rollback)."""
    written = session.info.pop(_WRITTEN, None)
    if written:
        _forget(session, written)


def _cache_of(session: Session, key: str) -> dict[str, str | None] | None:
    """The open database's kept settings, when `key` is kept and this session has not
    changed it (then its value is not committed yet)."""
    if key not in READ_ONCE or key in session.info.get(_WRITTEN, ()):
        return None
    db = session.info.get("db")
    return getattr(db, "settings_cache", None)


def _forget(session: Session, keys: set[str]) -> None:
    cache = getattr(session.info.get("db"), "settings_cache", None)
    if cache is not None:
        for key in keys:
            cache.pop(key, None)
