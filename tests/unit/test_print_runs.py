"""A print run is recorded before its file, and taken back when the file cannot be made; a
database with two current cards for a member (the old race) is repaired by races_0001."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, text

from app.models import open_database
from app.models.card_batches import start_print_run, undo_print_run
from app.models.entities import Card, CardStatus


def _cards(db) -> dict[str, tuple[str, bool]]:  # noqa: ANN001
    with db.session() as s:
        return {c.number: (c.status, c.is_current) for c in s.scalars(select(Card))}


def test_a_run_is_committed_with_its_batch_and_undone_without_a_trace(demo_db):
    before = _cards(demo_db)
    with demo_db.session() as s:
        run = start_print_run(s, template="default", layout="card")
    with demo_db.session() as s:
        items = s.scalar(text("SELECT count(*) FROM card_batch_item"))
        printed = s.scalar(select(func.count()).where(Card.status == CardStatus.PRINTED))
    assert items == len(run.records) > 0
    assert printed >= len(run.newly_printed) > 0
    with demo_db.session() as s:
        undo_print_run(s, run)
    after = _cards(demo_db)
    assert {n: after[n] for n in before} == before  # the cards as they were
    new = {n: v for n, v in after.items() if n not in before}
    assert new and all(v == (CardStatus.TO_PRINT, True) for v in new.values())  # numbers kept
    with demo_db.session() as s:
        assert s.scalar(text("SELECT count(*) FROM card_batch")) == 0
        assert s.scalar(text("SELECT count(*) FROM change_log WHERE action = 'print_cancelled'"))


def test_the_migration_keeps_the_card_furthest_along_and_closes_the_others(demo_db, db_path):
    with demo_db.session() as s:
        member = s.scalar(select(Card.member_id).where(Card.status == CardStatus.ISSUED))
        s.execute(text("DROP INDEX uq_card_one_current"))
        for number, status in (("2460099999994", "to_print"), ("2460099999987", "printed")):
            s.execute(
                Card.__table__.insert(),
                {"id": number, "member_id": member, "number": number, "status": status},
            )
        s.execute(text("UPDATE alembic_version SET version_num = 'secrets_0001'"))
    demo_db.close()
    db = open_database(db_path, daily_backup=False)
    try:
        with db.session() as s:
            cards = s.execute(
                select(Card.status, Card.is_current, Card.closed_on).where(Card.member_id == member)
            ).all()
            twice = s.execute(
                select(Card.member_id)
                .where(Card.is_current.is_(True))
                .group_by(Card.member_id)
                .having(func.count() > 1)
            ).all()
    finally:
        db.close()
    assert sorted(cards) == [
        ("issued", True, None),
        ("lost", False, dt.date.today()),
        ("lost", False, dt.date.today()),
    ]
    assert twice == []
