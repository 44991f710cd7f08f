"""The records of a work list (`worklist KIND --json`) join the current card once; they must
be the very records, in the very order, the per-row card lookup gave."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from app.models import Card, Member, Organisation
from app.models.organisations import get_by_code, subtree_ids
from app.models.worklists import KINDS, worklist_query, worklist_records


def old_records(s, key: str, org_ids: list[str] | None) -> list[dict]:  # noqa: ANN001
    """The records as the per-row scalar subqueries gave them before (the reference)."""
    card = (
        select(Card.number, Card.printed_on)
        .where(Card.member_id == Member.id, Card.is_current.is_(True))
        .limit(1)
    )
    query = worklist_query(s, key, org_ids, None, Member.id).add_columns(
        Member.last_name,
        Member.first_name,
        Member.patronymic,
        Organisation.code,
        Organisation.short_name,
        Organisation.name,
        card.with_only_columns(Card.number).scalar_subquery(),
        card.with_only_columns(Card.printed_on).scalar_subquery(),
        Member.e_registered_on,
        Member.consent_on,
        Member.profkards_on,
        Member.booklet_on,
    )
    names = [
        "id",
        "last_name",
        "first_name",
        "patronymic",
        "organization_code",
        "_short",
        "_name",
        "card_number",
        "card_printed_on",
        "e_registered_on",
        "consent_on",
        "profkards_on",
        "booklet_on",
    ]
    records = []
    for row in s.execute(query):
        record = dict(zip(names, row, strict=True))
        record["organization"] = record.pop("_short") or record.pop("_name")
        record.pop("_name", None)
        records.append(record)
    return records


def test_records_equal_the_per_row_lookup_on_a_demo_database(demo_db):
    old = (dt.date.today() - dt.timedelta(days=60)).isoformat()
    with demo_db.session() as s:  # as bench/worklists_bench.py: cards in every card list
        current = list(s.scalars(select(Card.id).where(Card.is_current.is_(True))))
        assert len(current) > 100
        s.execute(
            update(Card)
            .where(Card.id.in_(current[::10]))
            .values(status="to_print", printed_on=None, handed_on=None)
        )
        s.execute(
            update(Card)
            .where(Card.id.in_(current[1::10]))
            .values(status="printed", printed_on=dt.date.fromisoformat(old), handed_on=None)
        )
    with demo_db.session() as s:
        district = s.scalar(
            select(Organisation.code).where(Organisation.parent_id.is_not(None)).limit(1)
        )
        scopes = [None, subtree_ids(s, get_by_code(s, district).id)]
        for key in KINDS:
            for org_ids in scopes:
                new = worklist_records(s, key, org_ids)
                assert new == old_records(s, key, org_ids), (key, org_ids is None)
        assert all(len(worklist_records(s, key)) > 10 for key in KINDS)
        printed = worklist_records(s, "card-not-printed")
        assert all(r["card_number"] and r["card_printed_on"] is None for r in printed)
