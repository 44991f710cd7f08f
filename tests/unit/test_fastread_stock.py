"""`stock shipments` and `stock history` in SQLite's SQL (app.models.fastread.stock) say
what the SQLAlchemy queries say: every filter, a limited user's scope, reversals, shipments
seen from either end. On PostgreSQL the public functions are the SQLAlchemy queries, checked
against the same figures."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from app.models.errors import PermissionDeniedError
from app.models.fastread import stock as light
from app.models.organisations import get_by_code
from app.models.stock import receive_edition, reverse_movement
from app.models.stock_handouts import hand_out, write_off
from app.models.stock_queries import (
    ShipmentFilter,
    history,
    list_shipments,
    query_history,
    query_list_shipments,
    shipment_row,
)
from app.models.stock_shipments import cancel_shipment, confirm_shipment, create_shipment, ship
from app.models.users import create_user, sign_in

D = dt.date
FILTERS = [
    ShipmentFilter(),
    ShipmentFilter(status="sent"),
    ShipmentFilter(status="draft"),
    ShipmentFilter(status="cancelled"),
    ShipmentFilter(date_from=D(2026, 2, 4)),
    ShipmentFilter(date_to=D(2026, 2, 4)),
    ShipmentFilter(date_from=D(2026, 2, 4), date_to=D(2026, 2, 10)),
    ShipmentFilter(date_from=D(2026, 2, 10)),
]


@pytest.fixture
def season(demo_db):
    """Shipments in every state, a reversed write-off, an organisation without a short
    name."""
    with demo_db.session() as s:
        t, p, t2 = (get_by_code(s, c) for c in ("T01", "T01-001", "T02"))
        receive_edition(s, "Буклет 2026", 2000, D(2026, 2, 1))
        first = ship(s, t.id, 1000, on=D(2026, 2, 3))
        confirm_shipment(s, first.id, "Иванова А. П.", D(2026, 2, 5))
        second = ship(s, p.id, 300, from_org_id=t.id, on=D(2026, 2, 10))
        confirm_shipment(s, second.id, "Петров С. С.", D(2026, 2, 12), 295)
        ship(s, p.id, 100, from_org_id=t.id, on=D(2026, 2, 20))  # in transit
        create_shipment(s, t2.id, 50)  # a draft
        dropped = ship(s, t2.id, 70, on=D(2026, 2, 4))
        cancel_shipment(s, dropped.id, "ошиблись")
        hand_out(s, p.id, 40, D(2026, 2, 15))
        wrong = write_off(s, t.id, 3, "порваны", D(2026, 2, 16))
        reverse_movement(s, wrong[0].id, "списали не то")
        t2.short_name = ""
    return demo_db


def _conn(session) -> sqlite3.Connection:  # noqa: ANN001
    return session.connection().connection.driver_connection


def test_shipments_and_history_as_the_sqlalchemy_queries_say(season, engine):
    with season.session() as s:
        t_id, p_id, t2_id = (get_by_code(s, c).id for c in ("T01", "T01-001", "T02"))
        filters = [*FILTERS, *(ShipmentFilter(org_id=i) for i in (t_id, p_id, t2_id))]
        for flt in filters:
            expected = query_list_shipments(s, flt)
            assert list_shipments(s, flt) == expected, flt
            if engine == "sqlite":
                assert light.shipment_rows(_conn(s), flt) == expected, flt
        for org_id in (t_id, p_id, t2_id, get_by_code(s, "R-01").id):
            expected = query_history(s, org_id)
            assert history(s, org_id) == expected
            if engine == "sqlite":
                assert light.history(_conn(s), org_id) == expected

        every = list_shipments(s)
        assert [r.number for r in every] == [5, 4, 3, 2, 1]
        assert [r.status for r in every] == ["cancelled", "draft", "sent", "received", "received"]
        assert every[1].to_name == every[1].to_full_name != ""  # no short name: the full one
        assert every[3].received_quantity == 295 and every[3].sent_on == D(2026, 2, 10)
        assert shipment_row(s, every[2].id) == every[2]
        got = [r.number for r in list_shipments(s, FILTERS[-1])]
        assert got == [4, 3, 2]  # sent from 10.02 on, and the draft (drafted today)

        rows = history(s, t_id)
        assert [(r.kind, r.change, r.balance) for r in rows] == [
            ("ship_in", 1000, 1000),
            ("ship_out", -300, 700),
            ("writeoff", -3, 697),
            ("ship_out", -100, 597),
            ("writeoff", 3, 600),  # the reversal, today
        ]
        assert rows[1].counterpart and rows[1].shipment_number == 2
        assert rows[2].reversed and rows[4].kind_title == "сторно: списано"
        assert rows[4].reverses_id == rows[2].id and rows[0].on == D(2026, 2, 5)


def test_a_limited_users_scope_is_the_same_on_both_paths(season):
    with season.session() as s:
        create_user(s, "admin", "пароль-админа-1", "administrator")
        create_user(s, "school", "пароль-школы-1", "operator", org_code="T01-001")
    sign_in(season, "school", "пароль-школы-1")
    with season.session() as s:
        for flt in FILTERS:
            assert list_shipments(s, flt) == query_list_shipments(s, flt), flt
        assert [r.number for r in list_shipments(s)] == [3, 2]  # from or to T01-001 only
        with pytest.raises(PermissionDeniedError):
            history(s, get_by_code(s, "T01").id)
