"""The first start's decisions without Qt: region and administrator in one transaction."""

from __future__ import annotations

import importlib.util

import pytest
from sqlalchemy import func, select

from app.models import Member, Organisation
from app.models.errors import ValidationError
from app.models.installation import is_empty, region_code
from app.models.settings import get_setting
from app.services import first_start as domain

HAS_USERS = importlib.util.find_spec("app.models.users") is not None


def setup(**changes) -> domain.RegionSetup:
    values = dict(
        name="Курская областная организация",
        region_code="46",
        admin_login="admin",
        admin_password="длинный-пароль-1",
    )
    values.update(changes)
    return domain.RegionSetup(**values)


def test_region_and_administrator_are_written_together(db):
    with db.session() as s:
        domain.set_up_region(s, setup())
    with db.session() as s:
        assert [o.name for o in s.scalars(select(Organisation))] == [
            "Курская областная организация"
        ]
        assert region_code(s) == "46"
        if HAS_USERS:
            from app.models.users import User

            assert [(u.login, u.role) for u in s.scalars(select(User))] == [
                ("admin", "administrator")
            ]


@pytest.mark.skipif(not HAS_USERS, reason="users arrive with the security merge")
def test_a_refused_password_leaves_no_region_behind(db):
    with pytest.raises(ValidationError, match="Пароль"), db.session() as s:
        domain.set_up_region(s, setup(admin_password="123"))
    with db.session() as s:
        assert is_empty(s)
        assert get_setting(s, "region.code") is None


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "  "}, "название"),
        ({"region_code": "4"}, "две цифры"),
        ({"region_code": "4a"}, "две цифры"),
    ],
)
def test_bad_answers_are_refused_with_a_sentence(db, changes, message):
    with pytest.raises(ValidationError, match=message), db.session() as s:
        domain.set_up_region(s, setup(**changes))
    with db.session() as s:
        assert is_empty(s)


def test_a_database_already_set_up_is_refused(region_db):
    with pytest.raises(ValidationError, match="уже"), region_db.session() as s:
        domain.set_up_region(s, setup())


@pytest.mark.sqlite_only
def test_demo_database_is_a_separate_file_filled_once(db, db_path):
    demo_db = domain.open_demo_database(db_path, members=120)
    try:
        assert demo_db.path == db_path.with_name("profdesk-demo.sqlite3")
        with demo_db.session() as s:
            assert s.scalar(select(func.count()).select_from(Member)) == 120
            assert get_setting(s, "demo") is True
    finally:
        demo_db.close()
    again = domain.open_demo_database(db_path, members=999)  # the same file, not refilled
    try:
        with again.session() as s:
            assert s.scalar(select(func.count()).select_from(Member)) == 120
    finally:
        again.close()
    with db.session() as s:
        assert is_empty(s)


def test_district_file_into_a_set_up_database_is_refused(region_db, tmp_path):
    if not domain.exchange_available():
        with pytest.raises(ValidationError, match="недоступен"), region_db.session() as s:
            domain.import_district_file(s, tmp_path / "x.pdx", "фраза-фраза")
        return
    with pytest.raises(ValidationError, match="пустую"), region_db.session() as s:
        domain.import_district_file(s, tmp_path / "x.pdx", "фраза-фраза")
