"""A card's life and its print batches, checked in the database rows."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.models import Card, CardStatus, ChangeLogEntry, OrgKind, ValidationError, print_settings
from app.models import card_batches as batch_ops
from app.models import cards as card_ops
from app.models.card_numbers import is_valid_ean13
from app.models.errors import PermissionDeniedError
from app.models.members import create_member
from app.models.organisations import create_org, region


@pytest.fixture
def people(region_db):
    with region_db.session() as s:
        school = create_org(
            s, kind=OrgKind.PRIMARY, parent_id=region(s).id, name="Школа № 1", code="R-01"
        )
        ids = [
            create_member(
                s,
                {"last_name": last, "first_name": "Анна", "organisation_id": school.id},
            ).id
            for last in ("Яковлева", "Андреева", "Борисова")
        ]
    return region_db, ids


def test_prepare_print_numbers_everyone_in_member_list_order(people):
    db, _ids = people
    with db.session() as s:
        recs = card_ops.prepare_print(s, "R-01")
    assert [r.last_name for r in recs] == ["Андреева", "Борисова", "Яковлева"]
    assert all(r.card_number and is_valid_ean13(r.card_number) for r in recs)
    assert len({r.card_number for r in recs}) == 3


def test_reissue_keeps_the_old_card_in_history(people):
    db, ids = people
    with db.session() as s:
        first = card_ops.prepare_print(s, member_ids=[ids[0]])[0].card_number
    with db.session() as s:
        second = card_ops.reissue(s, ids[0], today=dt.date(2026, 5, 4))
    assert second != first and is_valid_ean13(second)
    with db.session() as s:
        history = card_ops.card_history(s, ids[0])
        assert [(c.number, c.status, c.is_current) for c in history] == [
            (second, CardStatus.TO_PRINT, True),
            (first, CardStatus.LOST, False),
        ]
        assert history[1].closed_on == dt.date(2026, 5, 4)
        numbers = s.scalars(select(Card.number)).all()
        assert len(numbers) == len(set(numbers))
        # card changes are in the change log (who, when, what)
        logged = s.scalar(
            select(func.count()).select_from(ChangeLogEntry).where(ChangeLogEntry.entity == "card")
        )
        assert logged >= 3


def test_printed_issued_lost(people):
    db, ids = people
    with db.session() as s:
        card_id = card_ops.prepare_print(s, member_ids=[ids[1]])[0].card_id
    with pytest.raises(ValidationError, match="ещё не напечатан"), db.session() as s:
        card_ops.mark_issued(s, [card_id])
    with db.session() as s:
        assert card_ops.mark_printed(s, [card_id], dt.date(2026, 3, 1)) == 1
        card_ops.mark_issued(s, [card_id], dt.date(2026, 3, 2))
    with db.session() as s:
        card = s.get(Card, card_id)
        assert (card.status, card.printed_on, card.handed_on) == (
            CardStatus.ISSUED,
            dt.date(2026, 3, 1),
            dt.date(2026, 3, 2),
        )
        card_ops.mark_lost(s, card_id)
    with db.session() as s:
        assert s.get(Card, card_id).is_current is False
        # with no current card the member gets a new number on the next print
        again = card_ops.prepare_print(s, member_ids=[ids[1]])[0]
        assert again.card_id != card_id and again.card_status == CardStatus.TO_PRINT


def test_batch_print_fail_and_reprint_failed(people):
    db, _ids = people
    with db.session() as s:
        recs = card_ops.prepare_print(s, "R-01")
        batch_id = batch_ops.create_batch(s, recs, "default", "a4", "Без смещения", "R-01")
        assert batch_ops.record_printed(s, batch_id) == 3
    with db.session() as s:
        assert set(s.scalars(select(Card.status))) == {CardStatus.PRINTED}
        assert card_ops.prepare_print(s, "R-01", only_unprinted=True) == []
        event = s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.action == "print")).one()
        assert event.entity_id == batch_id and '"count": 3' in event.new_value
        spoiled = recs[1]
        batch_ops.mark_failed(s, batch_id, [spoiled.card_id])
    with db.session() as s:
        assert s.get(Card, spoiled.card_id).status == CardStatus.TO_PRINT
        again = batch_ops.batch_records(s, batch_id, only_failed=True)
        assert [r.member_id for r in again] == [spoiled.member_id]
        assert [r.last_name for r in batch_ops.batch_records(s, batch_id)] == [
            r.last_name for r in recs
        ]
        (info,) = batch_ops.list_batches(s)
        assert (info.count, info.failed, info.layout) == (3, 1, "a4")
        batch_ops.record_printed(s, batch_id, [spoiled.card_id])
    with db.session() as s:
        assert s.get(Card, spoiled.card_id).status == CardStatus.PRINTED
        assert [st for _r, st in batch_ops.batch_items(s, batch_id)] == ["printed"] * 3


def test_printer_profiles_are_stored_in_settings(people):
    db, _ = people
    with db.session() as s:
        print_settings.save_printer_profile(
            s, "Evolis Primacy", {"offset_x_mm": 0.8, "offset_y_mm": -0.3, "rotate_back": True}
        )
    with db.session() as s:
        profile = print_settings.printer_profile(s, "Evolis Primacy")
        assert profile["offset_x_mm"] == 0.8 and profile["rotate_back"] is True
        assert set(print_settings.printer_profiles(s)) == {"Без смещения", "Evolis Primacy"}
    with pytest.raises(ValidationError), db.session() as s:
        print_settings.save_printer_profile(s, "x", {"offset_x_mm": 40})


def test_a_viewer_may_not_print_cards(people):
    db, ids = people
    db.user_role = "viewer"
    with pytest.raises(PermissionDeniedError), db.session() as s:
        card_ops.prepare_print(s, "R-01")
    with pytest.raises(PermissionDeniedError), db.session() as s:
        card_ops.reissue(s, ids[0])
