"""Who may do what. Domain functions call `require`, the GUI hides what `allowed` denies.

Until the office creates its first user the database has no roles and everything is
allowed (a fresh install must work without setup); after that every session carries the
signed-in user's role.
"""

from __future__ import annotations

import enum

from sqlalchemy.orm import Session

from .errors import PermissionDeniedError


class Role(enum.StrEnum):
    ADMINISTRATOR = "administrator"
    OPERATOR = "operator"
    VIEWER = "viewer"


class Permission(enum.StrEnum):
    VIEW_MEMBERS = "members.view"
    EDIT_MEMBERS = "members.edit"
    EDIT_ORGS = "orgs.edit"
    IMPORT = "import.run"
    EXPORT_PERSONAL = "export.personal"
    CARDS = "cards.manage"
    BOOKLETS = "booklets.print"
    STOCK = "stock.manage"
    REPORTS = "reports.view"
    EXCHANGE = "exchange.run"
    BACKUP = "backup.run"
    AUDIT = "audit.view"
    USERS = "users.manage"
    SETTINGS = "settings.edit"


_VIEWER = {Permission.VIEW_MEMBERS, Permission.REPORTS}
_OPERATOR = _VIEWER | {
    Permission.EDIT_MEMBERS,
    Permission.EDIT_ORGS,
    Permission.IMPORT,
    Permission.EXPORT_PERSONAL,
    Permission.CARDS,
    Permission.BOOKLETS,
    Permission.STOCK,
    Permission.EXCHANGE,
    Permission.BACKUP,
}
ROLE_PERMISSIONS: dict[str, set[Permission]] = {
    Role.VIEWER: _VIEWER,
    Role.OPERATOR: _OPERATOR,
    Role.ADMINISTRATOR: set(Permission),
}

DENIED = "У вашей роли нет права на это действие: обратитесь к администратору Profdesk."


def allowed(role: str, permission: Permission | str) -> bool:
    """An empty role means no users exist yet: a fresh install may do everything."""
    if not role:
        return True
    return Permission(permission) in ROLE_PERMISSIONS.get(role, set())


def require(session: Session, permission: Permission | str) -> None:
    """Raise PermissionDeniedError unless the session's user may do this."""
    db = session.info.get("db")
    role = getattr(db, "user_role", "") if db is not None else ""
    if not allowed(role, permission):
        raise PermissionDeniedError(DENIED)
