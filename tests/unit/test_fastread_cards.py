"""`cards batches` in SQLite's SQL (app.models.fastread.cards) says what the SQLAlchemy
query says: counts, failed cards, ties in time, the newest first, a limited user's batches.
On PostgreSQL the public function is the SQLAlchemy query, checked against the same figures."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import card_batches as batch_ops
from app.models import cards as card_ops
from app.models.cards import CardBatch
from app.models.fastread import cards as light
from app.models.users import create_user, sign_in


@pytest.fixture
def batches(demo_db):
    """Three batches: T01-001's cards with two spoiled, T02-001's on A4, and T01's (its
    schools) made at the same moment as T02-001's (ties by id)."""
    with demo_db.session() as s:
        first = card_ops.prepare_print(s, "T01-001")
        a = batch_ops.create_batch(s, first, "default", "card", "Без смещения", "T01-001")
        batch_ops.record_printed(s, a)
        batch_ops.mark_failed(s, a, [r.card_id for r in first[:2]])
        second = card_ops.prepare_print(s, "T02-001")
        b = batch_ops.create_batch(s, second, "ean13", "a4", "", "T02-001")
        third = card_ops.prepare_print(s, "T01")
        third_id = batch_ops.create_batch(s, third, "default", "card", "", "T01")
        times = {a: dt.datetime(2026, 3, 1, 9, 30), b: dt.datetime(2026, 3, 2, 10, 0, 0, 250)}
        times[third_id] = times[b]
        for batch_id, when in times.items():
            s.get(CardBatch, batch_id).created_at = when
        s.get(CardBatch, a).printed_at = dt.datetime(2026, 3, 1, 9, 45)
    return demo_db, (a, b, third_id), (len(first), len(second), len(third))


def test_batches_as_the_sqlalchemy_query_says(batches, engine):
    db, (a, b, third_id), (n_first, n_second, n_third) = batches
    with db.session() as s:
        expected = batch_ops.query_list_batches(s)
        assert batch_ops.list_batches(s) == expected
        if engine == "sqlite":
            conn = s.connection().connection.driver_connection
            assert light.batches(conn) == expected
            assert light.batches(conn, 1) == batch_ops.query_list_batches(s, 1)
        assert [i.id for i in expected] == [max(b, third_id), min(b, third_id), a]
        info = {i.id: i for i in expected}
        assert (info[a].count, info[a].failed, info[a].layout) == (n_first, 2, "card")
        assert info[a].printed_at == dt.datetime(2026, 3, 1, 9, 45)
        assert (info[b].count, info[b].failed, info[b].template) == (n_second, 0, "ean13")
        assert info[b].created_at == dt.datetime(2026, 3, 2, 10, 0, 0, 250)
        assert (info[third_id].count, info[third_id].printed_at) == (n_third, None)
        assert min(n_first, n_second, n_third) > 2
        assert batch_ops.list_batch(s, a) == info[a]


def test_a_limited_user_sees_the_batches_wholly_inside(batches):
    db, (a, b, third_id), _counts = batches
    with db.session() as s:
        create_user(s, "admin", "пароль-админа-1", "administrator")
        create_user(s, "district", "пароль-района-1", "operator", org_code="T01")
    sign_in(db, "district", "пароль-района-1")
    with db.session() as s:
        seen = batch_ops.list_batches(s)
        assert seen == batch_ops.query_list_batches(s)
        assert {i.id for i in seen} == {a, third_id}  # T02-001's batch is outside
