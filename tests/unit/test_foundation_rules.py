"""The rules of the organisation tree and of a member record, as the domain enforces them."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.models import Member, Organisation, OrgKind, ValidationError
from app.models.members import clean_member, create_member, mark_left
from app.models.organisations import create_org, region, update_org

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def tree(region_db):
    """Region -> Обоянская РО (T01) -> СОШ № 1 (T01-001)."""
    with region_db.session() as s:
        top = region(s)
        district = create_org(
            s, kind=OrgKind.TERRITORIAL, parent_id=top.id, name="Обоянская РО", code="T01"
        )
        school = create_org(
            s, kind=OrgKind.PRIMARY, parent_id=district.id, name="СОШ № 1", code="T01-001"
        )
    return region_db, top.id, district.id, school.id


def refused(db, field, call, *args, **values) -> str:
    """Run a domain call that must be refused; return the message for `field`."""
    with pytest.raises(ValidationError) as error, db.session() as s:
        call(s, *args, **values)
    assert field in error.value.field_errors, error.value.field_errors
    return error.value.field_errors[field]


def org_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Organisation))


# --- organisations ------------------------------------------------------------------------
def test_region_has_no_parent_and_there_is_only_one(tree):
    db, top, district, _ = tree
    message = refused(
        db, "parent_id", create_org, kind=OrgKind.REGION, parent_id=district, name="X", code="X"
    )
    assert message == "У региональной организации нет вышестоящей."
    assert "уже есть" in refused(db, "kind", create_org, kind=OrgKind.REGION, name="X", code="X")
    assert org_count(db) == 3


def test_primary_goes_under_the_region_or_a_territorial_only(tree):
    db, top, district, school = tree
    with db.session() as s:
        direct = create_org(s, kind=OrgKind.PRIMARY, parent_id=top, name="КГУ", code="R-01")
        under_district = create_org(
            s, kind=OrgKind.PRIMARY, parent_id=district, name="Детский сад № 2", code="T01-002"
        )
        assert (direct.parent_id, under_district.parent_id) == (top, district)
    before = org_count(db)
    for parent in (school, None):
        message = refused(
            db, "parent_id", create_org, kind=OrgKind.PRIMARY, parent_id=parent, name="Y", code="Y"
        )
        assert message == "Выберите вышестоящую организацию подходящего вида."
    refused(db, "parent_id", create_org, kind="territorial", parent_id=district, name="Z", code="Z")
    assert org_count(db) == before


def test_code_is_unique_and_required(tree):
    db, top, district, _ = tree
    message = refused(
        db, "code", create_org, kind="primary", parent_id=district, name="Другая", code=" T01-001 "
    )
    assert message == "Код «T01-001» уже занят другой организацией."
    assert refused(db, "code", create_org, kind="primary", parent_id=top, name="Без кода", code="")
    # keeping its own code on an edit is not a clash
    with db.session() as s:
        org = update_org(s, district, name="Обоянская районная организация", code="T01")
        assert org.name == "Обоянская районная организация"


def test_cycles_and_a_parent_turned_primary_are_refused(tree):
    db, top, district, school = tree
    message = refused(db, "parent_id", update_org, district, parent_id=district)
    assert message == "Организацию нельзя подчинить её же подразделению."
    refused(db, "parent_id", update_org, top, parent_id=district)
    # a territorial with schools under it cannot become a primary itself
    assert "подчинённые" in refused(db, "kind", update_org, district, kind="primary")
    with db.session() as s:
        assert s.get(Organisation, district).kind == OrgKind.TERRITORIAL
        assert s.get(Organisation, top).parent_id is None


def test_negative_headcounts_are_refused(tree):
    db, _, district, school = tree
    assert refused(db, "employees", update_org, school, employees=-5)


# --- member rules -------------------------------------------------------------------------
GOOD = {"last_name": "Иванова", "first_name": "Анна", "organisation_id": "x", "category": "worker"}


def errors_of(**values) -> dict[str, str]:
    try:
        clean_member({**GOOD, **values}, today=TODAY)
    except ValidationError as error:
        return error.field_errors
    return {}


@pytest.mark.parametrize(
    ("birth", "fragment"),
    [
        (dt.date(2026, 6, 2), "в будущем"),
        (dt.date(1900, 1, 1), "старше 110 лет"),
        (dt.date(2015, 3, 1), "младше 14 лет"),
    ],
)
def test_birth_date_must_be_sane(birth, fragment):
    assert fragment in errors_of(birth_date=birth)["birth_date"]


def test_birth_dates_at_the_edges_are_accepted():
    assert errors_of(birth_date=dt.date(2012, 6, 1)) == {}  # 14 today
    assert errors_of(birth_date=dt.date(1916, 6, 1)) == {}  # 110 today


@pytest.mark.parametrize("field", ["joined_on", "e_registered_on", "consent_on"])
def test_dates_cannot_be_in_the_future_or_before_birth(field):
    assert "в будущем" in errors_of(**{field: TODAY + dt.timedelta(days=1)})[field]
    early = errors_of(birth_date=dt.date(1990, 1, 1), **{field: dt.date(1989, 12, 31)})
    assert "раньше даты рождения" in early[field]
    assert errors_of(birth_date=dt.date(1990, 1, 1), **{field: TODAY}) == {}


@pytest.mark.parametrize(
    ("email", "ok"),
    [
        ("anna.ivanova@school1.ru", True),
        ("  a@b.ru ", True),
        ("anna@школа.рф", True),
        ("anna.ivanova", False),
        ("anna@", False),
        ("anna @mail.ru", False),
        ("a@b@c.ru", False),
        ("anna@mail", False),
    ],
)
def test_email_is_checked(email, ok):
    errors = errors_of(email=email)
    assert ("email" not in errors) is ok
    if ok:
        assert clean_member({**GOOD, "email": email}, today=TODAY)["email"] == email.strip()


def test_empty_email_and_phone_are_stored_as_nothing():
    cleaned = clean_member({**GOOD, "email": "  ", "phone": ""}, today=TODAY)
    assert cleaned["email"] is None and cleaned["phone"] is None


@pytest.mark.parametrize(
    "phone", ["8 (910) 123-45-67", "+7 910 123 45 67", "9101234567", "7-910-123-45-67"]
)
def test_phone_is_normalised(phone):
    assert clean_member({**GOOD, "phone": phone}, today=TODAY)["phone"] == "+79101234567"


def test_every_bad_field_is_named_at_once():
    errors = errors_of(last_name=" ", first_name="", phone="12345", email="x", category="boss")
    assert set(errors) == {"last_name", "first_name", "phone", "email", "category"}


def test_member_cannot_sit_in_the_region_itself_and_leaving_is_checked(tree):
    db, top, _, school = tree
    with pytest.raises(ValidationError, match="в первичной организации"), db.session() as s:
        create_member(s, {**GOOD, "organisation_id": top})
    with db.session() as s:
        member_id = create_member(
            s, {**GOOD, "organisation_id": school, "joined_on": dt.date(2020, 9, 1)}
        ).id
    for day, reason, fragment in (
        (dt.date.today() + dt.timedelta(days=1), "own_wish", "в будущем"),
        (dt.date(2019, 1, 1), "own_wish", "раньше даты вступления"),
        (dt.date(2024, 1, 1), "bored", "причину"),
    ):
        with pytest.raises(ValidationError, match=fragment), db.session() as s:
            mark_left(s, member_id, day, reason)
    with db.session() as s:
        member = s.get(Member, member_id)
        assert (member.left_on, member.leave_reason) == (None, None)
