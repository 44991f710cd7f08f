import datetime as dt

import pytest

from app.models import OrgKind, ValidationError
from app.models.card_numbers import assign_numbers, ean13_check_digit, is_valid_ean13
from app.models.members import create_member
from app.models.organisations import create_org, region
from app.models.print_selection import select_for_print
from app.models.settings import INSTALLATION_ROLE, set_setting


def test_known_ean13_check_digits():
    assert ean13_check_digit("400638133393") == "1"
    assert is_valid_ean13("4006381333931")
    assert not is_valid_ean13("4006381333932")


@pytest.fixture
def members(region_db):
    with region_db.session() as s:
        school = create_org(
            s, kind=OrgKind.PRIMARY, parent_id=region(s).id, name="Колледж", code="R-01"
        )
        ids = [
            create_member(
                s,
                {
                    "last_name": name,
                    "first_name": "Анна",
                    "birth_date": dt.date(1990, 1, 1),
                    "organisation_id": school.id,
                },
            ).id
            for name in ("Яковлева", "Андреева", "Ёлкина")
        ]
    return region_db, ids


def test_numbers_are_valid_unique_and_prefixed(members):
    db, ids = members
    with db.session() as s:
        created = assign_numbers(s, ids)
        again = assign_numbers(s, ids)
    assert again == {}
    numbers = list(created.values())
    assert len(set(numbers)) == 3
    assert all(is_valid_ean13(n) and n.startswith("246") for n in numbers)
    with db.session() as s:
        order = [r.last_name for r in select_for_print(s, "R-01")]
    assert order == ["Андреева", "Ёлкина", "Яковлева"]


def test_district_copy_does_not_issue_numbers(members):
    db, ids = members
    with db.session() as s:
        set_setting(s, INSTALLATION_ROLE, "district")
    with pytest.raises(ValidationError, match="только региональная"), db.session() as s:
        assign_numbers(s, ids)
