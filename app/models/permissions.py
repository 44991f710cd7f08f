"""Who may do what, and where. The one authorisation rule of the program.

Two questions, asked by the domain and service functions (never by a command or a button):
may this role do it (`require`), and is it inside the user's organisation subtree
(`access(session)`: `require_org`, `require_members`, `narrow`, `require_whole`). The GUI
hides what `allowed` denies; the CLI has no checks of its own, so nothing escapes by a
new command.

Until the office creates its first user the database has no roles and everything is
allowed (a fresh install must work without setup); after that every session carries the
signed-in user's role and organisation limit.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import PermissionDeniedError

if TYPE_CHECKING:  # SQLAlchemy is imported where a query is built: the roles are plain names
    from sqlalchemy import ColumnElement
    from sqlalchemy.orm import Session


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
}  # a backup copies the whole database: an administrator's job
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


OUTSIDE = "Это вне вашей организации: вы работаете только со своей организацией и её подчинёнными."
WHOLE = "{what} — вся база данных, это работа администратора, не ограниченного одной организацией."
REGION_WIDE = (
    "{what} — общие для всей области: менять их может только пользователь, "
    "чей доступ не ограничен одной организацией."
)
_CHUNK = 500  # bound parameters per statement stay well under SQLite's limit


@dataclass(frozen=True)
class Access:
    """The signed-in user as the rule sees them: role and the organisations they may touch.

    `orgs` None means the whole database (an unlimited user, or no users yet)."""

    role: str
    orgs: frozenset[str] | None

    @property
    def limited(self) -> bool:
        return self.orgs is not None

    def require(self, permission: Permission | str) -> None:
        if not allowed(self.role, permission):
            raise PermissionDeniedError(DENIED)

    def require_org(self, org_id: str | None) -> None:
        """Refuse an organisation outside the subtree (None = the whole region)."""
        if self.orgs is not None and org_id not in self.orgs:
            raise PermissionDeniedError(OUTSIDE)

    def require_whole(self, what: str) -> None:
        """A job over the whole database (a backup, a region's exchange, a migration)."""
        if self.orgs is not None or self.role not in ("", Role.ADMINISTRATOR):
            raise PermissionDeniedError(WHOLE.format(what=what))

    def require_region(self, session: Session, what: str) -> None:
        """A setting the whole region shares (card and booklet layouts, booklet texts, the
        emblem): only a user whose subtree is the whole region may change it."""
        problem = self.region_refusal(session, what)
        if problem:
            raise PermissionDeniedError(problem)

    def region_refusal(self, session: Session, what: str) -> str:
        """Why this user may not change a region-wide setting, or "" (for the GUI's tips)."""
        if self.orgs is None:
            return ""
        from .organisations import region

        top = region(session)
        if top is not None and top.id in self.orgs:
            return ""
        return REGION_WIDE.format(what=what)

    def narrow(self, org_column: ColumnElement) -> list[ColumnElement[bool]]:
        """Conditions keeping a query to the subtree (none for an unlimited user)."""
        if self.orgs is None:
            return []
        from sqlalchemy import false

        if not self.orgs:
            return [false()]
        # a literal list of (at most a few hundred) ids lets SQLite use the index
        return [org_column.in_(sorted(self.orgs))]

    def require_members(self, session: Session, member_ids: Iterable[str]) -> None:
        """Refuse if any of these members belongs to an organisation outside the subtree."""
        if self.orgs is None:
            return
        from sqlalchemy import select

        from .entities import Member

        ids = list(dict.fromkeys(member_ids))
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            outside = session.scalar(
                select(Member.id)
                .where(Member.id.in_(chunk), Member.organisation_id.not_in(sorted(self.orgs)))
                .limit(1)
            )
            if outside is not None:
                raise PermissionDeniedError(OUTSIDE)


def access(session: Session) -> Access:
    """The rule for this session's user (computed once per session)."""
    db = session.info.get("db")
    role = getattr(db, "user_role", "") if db is not None else ""
    org_id = getattr(db, "user_org_id", None) if db is not None else None
    cached = session.info.get("access")
    if cached is not None and cached[0] == (role, org_id):
        return cached[1]
    orgs = None
    if org_id:
        from .organisations import subtree_ids

        orgs = frozenset(subtree_ids(session, org_id))
    rule = Access(role, orgs)
    session.info["access"] = ((role, org_id), rule)
    return rule
