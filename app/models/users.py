"""Users of the program: who signs in, with what role, limited to which organisation.

Passwords are kept only as scrypt hashes with a random salt and the parameters beside them,
so the cost can be raised later without breaking old hashes. After MAX_FAILED wrong
passwords in a row the login waits LOCK_SECONDS. Sign-ins and failed sign-ins go to the
audit log with the login tried, never the password.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .audit import log_event
from .base import Base, Timestamps, UuidPrimaryKey, utcnow
from .entities import Organisation
from .errors import NotFoundError, ProfdeskError, ValidationError
from .limits import check_text
from .locking import LockKey, decide_alone
from .organisations import get_by_code
from .permissions import Permission, Role, require

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_LEN = 32
MIN_PASSWORD = 8
MAX_FAILED = 5
LOCK_SECONDS = 60

ROLE_TITLES = {
    Role.ADMINISTRATOR: "администратор",
    Role.OPERATOR: "оператор",
    Role.VIEWER: "просмотр",
}


class SignInError(ProfdeskError):
    """Wrong login or password, an inactive user, or a login waiting after failures."""


class User(UuidPrimaryKey, Timestamps, Base):
    __tablename__ = "app_user"

    login: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(16))
    org_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)


@dataclass
class UserInfo:
    """A user as windows and the CLI see it: no hash, nothing secret."""

    id: str
    login: str
    role: str
    org_id: str | None
    org_code: str | None
    org_name: str | None
    active: bool
    locked_until: dt.datetime | None

    @property
    def role_title(self) -> str:
        return ROLE_TITLES.get(self.role, self.role)


# --- password hashing ------------------------------------------------------------------------
def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=SCRYPT_LEN
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(digest_hex)
        digest = hashlib.scrypt(
            password.encode("utf-8"),
            salt=bytes.fromhex(salt_hex),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
            maxmem=256 * 1024 * 1024,
        )
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(digest, expected)


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(f"Пароль должен быть не короче {MIN_PASSWORD} символов.")
    if password.strip() != password:
        raise ValidationError("Пароль не должен начинаться или кончаться пробелом.")


# --- queries ---------------------------------------------------------------------------------
def users_exist(session: Session) -> bool:
    return (session.scalar(select(func.count()).select_from(User)) or 0) > 0


def _info(session: Session, user: User) -> UserInfo:
    org = session.get(Organisation, user.org_id) if user.org_id else None
    return UserInfo(
        id=user.id,
        login=user.login,
        role=user.role,
        org_id=user.org_id,
        org_code=org.code if org else None,
        org_name=org.display_name if org else None,
        active=user.active,
        locked_until=user.locked_until,
    )


def list_users(session: Session) -> list[UserInfo]:
    """Everyone who may sign in (and who may no longer), by login."""
    require(session, Permission.USERS)
    return [_info(session, u) for u in session.scalars(select(User).order_by(User.login))]


def get_user(session: Session, user_id: str) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError("Пользователь не найден.")
    return user


def _by_login(session: Session, login: str) -> User | None:
    return session.scalar(select(User).where(func.lower(User.login) == login.strip().lower()))


def _check_role(role: str) -> None:
    if role not in {r.value for r in Role}:
        raise ValidationError("Роль — administrator (администратор), operator или viewer.")


def _org_id_for(session: Session, org_code: str | None) -> str | None:
    return get_by_code(session, org_code.strip()).id if org_code else None


# --- changes -------------------------------------------------------------------------------
def create_user(
    session: Session, login: str, password: str, role: str, org_code: str | None = None
) -> UserInfo:
    """A new user; the very first one must be an administrator (someone must manage users)."""
    require(session, Permission.USERS)
    login = (login or "").strip()
    if not login:
        raise ValidationError("Укажите имя пользователя.")
    if len(login) > 100 or any(c.isspace() for c in login):
        raise ValidationError("Имя пользователя — одно слово без пробелов, до 100 символов.")
    check_text("app_user", {"login": login})  # it is shown in the audit log's exports
    _check_role(role)
    if not users_exist(session) and role != Role.ADMINISTRATOR:
        raise ValidationError(
            "Первым пользователем должен быть администратор: он заводит остальных."
        )
    if _by_login(session, login) is not None:
        raise ValidationError(f"Пользователь «{login}» уже есть.")
    check_password_rules(password)
    org_id = _org_id_for(session, org_code)
    user = User(login=login, password_hash=hash_password(password), role=role, org_id=org_id)
    session.add(user)
    session.flush()
    log_event(
        session, "user_add", "user", user.id, {"login": login, "role": role, "org": org_code or ""}
    )
    return _info(session, user)


def _active_admins(session: Session) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(User)
            .where(User.role == Role.ADMINISTRATOR, User.active.is_(True))
        )
        or 0
    )


def _keep_an_administrator(session: Session, user: User) -> None:
    if user.role == Role.ADMINISTRATOR and user.active and _active_admins(session) <= 1:
        raise ValidationError(
            "Это единственный администратор: сначала назначьте администратором другого."
        )


def change_role(session: Session, user_id: str, role: str, org_code: str | None = None) -> UserInfo:
    """New role and organisation limit (org_code None = the whole region)."""
    require(session, Permission.USERS)
    _check_role(role)
    user = get_user(session, user_id)
    if role != Role.ADMINISTRATOR:
        _keep_an_administrator(session, user)
    old = {"role": user.role, "org_id": user.org_id}
    user.role = role
    user.org_id = _org_id_for(session, org_code)
    log_event(
        session,
        "user_change",
        "user",
        user.id,
        {"login": user.login, "role": [old["role"], role], "org": org_code or ""},
    )
    return _info(session, user)


def deactivate_user(session: Session, user_id: str) -> UserInfo:
    """The user can no longer sign in; the record stays, as the audit log names them."""
    require(session, Permission.USERS)
    user = get_user(session, user_id)
    _keep_an_administrator(session, user)
    user.active = False
    log_event(session, "user_change", "user", user.id, {"login": user.login, "active": False})
    return _info(session, user)


def activate_user(session: Session, user_id: str) -> UserInfo:
    require(session, Permission.USERS)
    user = get_user(session, user_id)
    user.active = True
    user.failed_attempts = 0
    user.locked_until = None
    log_event(session, "user_change", "user", user.id, {"login": user.login, "active": True})
    return _info(session, user)


def set_password(session: Session, user_id: str, new_password: str) -> None:
    """An administrator resets someone's password (also lifts a lockout)."""
    require(session, Permission.USERS)
    user = get_user(session, user_id)
    check_password_rules(new_password)
    user.password_hash = hash_password(new_password)
    user.failed_attempts = 0
    user.locked_until = None
    log_event(session, "password", "user", user.id, {"login": user.login, "by": "administrator"})


def change_own_password(session: Session, login: str, old_password: str, new_password: str) -> None:
    """A signed-in user changes their own password, knowing the old one."""
    user = _by_login(session, login)
    if user is None or not verify_password(old_password, user.password_hash):
        raise ValidationError("Текущий пароль указан неверно.")
    check_password_rules(new_password)
    user.password_hash = hash_password(new_password)
    log_event(session, "password", "user", user.id, {"login": user.login, "by": "self"})


# --- signing in -------------------------------------------------------------------------------
WRONG = "Неверное имя пользователя или пароль."


def sign_in(db, login: str, password: str, now: dt.datetime | None = None) -> UserInfo:  # noqa: ANN001
    """Check the password and make `db` work as this user; refusals are logged and counted.

    Takes the Database, not a session: a refusal must be committed (counter, lockout, audit
    entry) before the error is raised.
    """
    now = now or utcnow()
    login = (login or "").strip()
    refusal: str | None = None
    info: UserInfo | None = None
    # scrypt takes a while: the password is checked outside the lock, then the outcome is
    # decided under it against the counter as it is now, so 15 wrong passwords at once
    # lock the login after exactly 5 and a right one is refused while it is locked
    with db.session(log_changes=False) as s:
        user = _by_login(s, login) if login else None
        stored = user.password_hash if user is not None else None
    password_ok = stored is not None and verify_password(password, stored)
    with db.session(log_changes=False) as s:
        s.info["user_login"] = login[:100]
        decide_alone(s, LockKey.SIGN_IN)
        user = _by_login(s, login) if login else None
        if user is None or not user.active:
            refusal = WRONG
            reason = "unknown" if user is None else "inactive"
        elif user.locked_until is not None and user.locked_until > now:
            seconds = int((user.locked_until - now).total_seconds()) + 1
            refusal = (
                f"После {MAX_FAILED} неверных паролей вход закрыт на минуту: "
                f"попробуйте снова через {seconds} с."
            )
            reason = "locked"
        elif not password_ok or user.password_hash != stored:
            user.failed_attempts += 1
            reason = "wrong_password"
            refusal = WRONG
            if user.failed_attempts >= MAX_FAILED:
                user.locked_until = now + dt.timedelta(seconds=LOCK_SECONDS)
                user.failed_attempts = 0
                reason = "wrong_password_locked"
                refusal = (
                    f"{MAX_FAILED} неверных паролей подряд: вход закрыт на минуту, "
                    "попробуйте позже."
                )
        else:
            user.failed_attempts = 0
            user.locked_until = None
            info = _info(s, user)
            log_event(s, "login", "user", user.id, {"login": user.login})
        if refusal is not None:
            log_event(s, "login_failed", "user", user.id if user else "", {"reason": reason})
    if info is None:
        raise SignInError(refusal or WRONG)
    db.user_login = info.login
    db.user_role = info.role
    db.user_org_id = info.org_id
    return info
