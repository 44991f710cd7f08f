"""Users, roles, the lockout and the organisation limit, without Qt."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.models import ChangeLogEntry, Member, PermissionDeniedError, ValidationError
from app.models.export import export_members
from app.models.member_list import MemberFilter, member_ids, member_rowids
from app.models.members import create_member, update_member
from app.models.organisations import create_org, get_by_code, load_tree
from app.models.permissions import Permission, Role, allowed
from app.models.users import (
    LOCK_SECONDS,
    MAX_FAILED,
    SignInError,
    User,
    change_role,
    create_user,
    deactivate_user,
    list_users,
    set_password,
    sign_in,
)

ADMIN_PW = "admin-pass-1"


@pytest.fixture
def users_db(demo_db):
    with demo_db.session() as s:
        create_user(s, "admin", ADMIN_PW, "administrator")
        create_user(s, "oper", "oper-pass-1", "operator")
        create_user(s, "view", "view-pass-1", "viewer")
    return demo_db


def test_first_user_must_be_an_administrator(region_db):
    with region_db.session() as s, pytest.raises(ValidationError, match="администратор"):
        create_user(s, "op", "long-enough", "operator")
    with region_db.session() as s:
        create_user(s, "boss", "long-enough", "administrator")
        create_user(s, "op", "long-enough", "operator")
        assert [u.login for u in list_users(s)] == ["boss", "op"]


def test_password_is_stored_as_salted_scrypt_only(users_db):
    with users_db.session() as s:
        hashes = list(s.scalars(select(User.password_hash)))
    assert all(h.startswith("scrypt$16384$8$1$") for h in hashes)
    assert not any(ADMIN_PW in h for h in hashes)
    # the same password twice gives different hashes (random salt)
    with users_db.session() as s:
        create_user(s, "admin2", ADMIN_PW, "administrator")
        a, b = (
            s.scalar(select(User.password_hash).where(User.login == n)) for n in ("admin", "admin2")
        )
    assert a != b


def test_sign_in_sets_role_and_wrong_password_is_refused(users_db):
    info = sign_in(users_db, "oper", "oper-pass-1")
    assert (users_db.user_login, users_db.user_role, info.role) == ("oper", "operator", "operator")
    with pytest.raises(SignInError, match="Неверное"):
        sign_in(users_db, "oper", "nope-nope")
    with pytest.raises(SignInError, match="Неверное"):
        sign_in(users_db, "nobody", "whatever1")


def test_five_wrong_passwords_lock_the_login_for_a_minute(users_db):
    now = dt.datetime(2026, 11, 27, 10, 0, 0)
    for attempt in range(MAX_FAILED):
        with pytest.raises(SignInError) as err:
            sign_in(users_db, "view", "wrong-pass", now=now + dt.timedelta(seconds=attempt))
    assert "минуту" in str(err.value)
    # even the right password waits while locked
    with pytest.raises(SignInError, match="через"):
        sign_in(users_db, "view", "view-pass-1", now=now + dt.timedelta(seconds=30))
    later = now + dt.timedelta(seconds=MAX_FAILED + LOCK_SECONDS + 1)
    assert sign_in(users_db, "view", "view-pass-1", now=later).login == "view"
    # a success resets the counter: four wrong ones do not lock
    for _ in range(MAX_FAILED - 1):
        with pytest.raises(SignInError, match="Неверное"):
            sign_in(users_db, "view", "wrong-pass", now=later)
    assert sign_in(users_db, "view", "view-pass-1", now=later).login == "view"


def test_deactivated_user_cannot_sign_in_and_last_admin_is_kept(users_db):
    with users_db.session() as s:
        view = s.scalar(select(User.id).where(User.login == "view"))
        admin = s.scalar(select(User.id).where(User.login == "admin"))
        deactivate_user(s, view)
    with pytest.raises(SignInError):
        sign_in(users_db, "view", "view-pass-1")
    with users_db.session() as s, pytest.raises(ValidationError, match="единственный"):
        deactivate_user(s, admin)
    with users_db.session() as s, pytest.raises(ValidationError, match="единственный"):
        change_role(s, admin, "viewer")


def test_reset_password_lifts_lockout(users_db):
    for _ in range(MAX_FAILED):
        with pytest.raises(SignInError):
            sign_in(users_db, "oper", "wrong-pass")
    with users_db.session() as s:
        set_password(s, s.scalar(select(User.id).where(User.login == "oper")), "brand-new-1")
    assert sign_in(users_db, "oper", "brand-new-1").role == "operator"


ROLE_CASES = {
    "administrator": set(Permission),
    "operator": {
        Permission.VIEW_MEMBERS,
        Permission.EDIT_MEMBERS,
        Permission.EDIT_ORGS,
        Permission.IMPORT,
        Permission.EXPORT_PERSONAL,
        Permission.CARDS,
        Permission.BOOKLETS,
        Permission.STOCK,
        Permission.EXCHANGE,
        Permission.REPORTS,
    },
    "viewer": {Permission.VIEW_MEMBERS, Permission.REPORTS},
}


@pytest.mark.parametrize("role", [r.value for r in Role])
def test_each_role_allowed_and_refused(users_db, tmp_path, role):
    for permission in Permission:
        assert allowed(role, permission) == (permission in ROLE_CASES[role])
    login = {"administrator": "admin", "operator": "oper", "viewer": "view"}[role]
    sign_in(users_db, login, {"admin": ADMIN_PW}.get(login, f"{login}-pass-1"))
    with users_db.session() as s:
        member_id = s.scalars(select(Member.id)).first()
    # domain functions refuse with a clear sentence, and nothing is written
    actions = {
        Permission.EDIT_MEMBERS: lambda s: update_member(s, member_id, {"position": "Завуч"}),
        Permission.EXPORT_PERSONAL: lambda s: export_members(s, tmp_path / "m.csv"),
        Permission.USERS: lambda s: create_user(s, "x" + role, "long-enough", "viewer"),
        Permission.EDIT_ORGS: lambda s: create_org(
            s,
            kind="territorial",
            name="Новая",
            code="NEW" + role,
            parent_id=get_by_code(s, "R46").id,
        ),
    }
    for permission, action in actions.items():
        if permission in ROLE_CASES[role]:
            with users_db.session() as s:
                action(s)
        else:
            with users_db.session() as s, pytest.raises(PermissionDeniedError, match="роли нет"):
                action(s)
    with users_db.session() as s:
        position = s.get(Member, member_id).position
    assert (position == "Завуч") == (role != "viewer")


def test_user_limited_to_an_organisation_sees_only_its_subtree(users_db, tmp_path):
    with users_db.session() as s:
        t07 = get_by_code(s, "T07")
        create_user(s, "district", "district-pw", "operator", "T07")
        from app.models.organisations import subtree_ids

        inside = set(subtree_ids(s, t07.id))
        all_count = len(member_ids(s, MemberFilter(status="all")))
    sign_in(users_db, "district", "district-pw")
    with users_db.session() as s:
        ids = member_ids(s, MemberFilter(status="all"))
        orgs = {s.get(Member, i).organisation_id for i in ids}
        rowids = member_rowids(s, MemberFilter(status="all"))
        tree = load_tree(s)
        count = export_members(s, tmp_path / "d.csv")
    assert ids and orgs <= inside and len(ids) < all_count
    assert len(rowids) == len(ids) == count
    assert [n.code for n in tree] == ["T07"]
    assert (tmp_path / "d.csv").read_text(encoding="utf-8").count("\n") == count + 1


def test_user_changes_are_audited_without_passwords(users_db):
    with users_db.session() as s:
        rows = list(s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.entity == "user")))
    assert {r.action for r in rows} == {"user_add"}
    text = " ".join(f"{r.old_value} {r.new_value}" for r in rows)
    assert "pass" not in text and "scrypt" not in text


def test_create_member_under_signed_in_operator_logs_the_login(users_db):
    sign_in(users_db, "oper", "oper-pass-1")
    with users_db.session() as s:
        org = get_by_code(s, "T07-001")
        m = create_member(s, {"last_name": "Тест", "first_name": "Тест", "organisation_id": org.id})
    with users_db.session() as s:
        who = s.scalar(
            select(ChangeLogEntry.user_login).where(
                ChangeLogEntry.entity_id == m.id, ChangeLogEntry.action == "create"
            )
        )
    assert who == "oper"


def test_limited_user_cannot_reach_a_member_outside_the_subtree(users_db):
    from app.models import NotFoundError
    from app.models.consent import consent_form_data, record_consent
    from app.models.organisations import subtree_ids

    with users_db.session() as s:
        create_user(s, "district", "district-pw", "operator", "T07")
        inside = subtree_ids(s, get_by_code(s, "T07").id)
        outside = s.scalars(select(Member.id).where(Member.organisation_id.not_in(inside))).first()
        within = s.scalars(select(Member.id).where(Member.organisation_id.in_(inside))).first()
    sign_in(users_db, "district", "district-pw")
    with users_db.session() as s, pytest.raises(NotFoundError, match="ваших организациях"):
        consent_form_data(s, outside)
    with users_db.session() as s:
        assert consent_form_data(s, within)["last_name"]
        record_consent(s, within)
