"""A whole booklet season through the domain functions, checking every balance."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import delete, func, select, text

from app.models import Card, CardStatus, Member, Organisation, cipher, open_database
from app.models.errors import NotFoundError, PermissionDeniedError, ValidationError
from app.models.organisations import get_by_code
from app.models.stock import (
    Movement,
    Shipment,
    ShipmentStatus,
    on_hand,
    receive_edition,
    reverse_movement,
)
from app.models.stock_handouts import hand_out, hand_out_from_cards, write_off
from app.models.stock_queries import (
    ShipmentFilter,
    export_balances_xlsx,
    flat_balances,
    history,
    list_shipments,
)
from app.models.stock_shipments import (
    cancel_shipment,
    confirm_shipment,
    create_shipment,
    send_shipment,
    ship,
)

D = dt.date
EDITION = "Как работать в Профкардс? 2026"


def ids(s, *codes):
    return [get_by_code(s, c).id for c in codes]


def balance(db, code):
    with db.session() as s:
        org_id = get_by_code(s, code).id
        row = next(r for r in flat_balances(s) if r.org_id == org_id)
        return row


def figures(db, code):
    row = balance(db, code)
    return (row.received, row.shipped, row.handed_out, row.written_off, row.on_hand)


def ledger_rows(db):
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Movement)),
            s.scalar(select(func.count()).select_from(Shipment)),
        )


def give_cards(db, code, count, on):
    """Hand `count` members of an organisation their cards on a date."""
    with db.session() as s:
        org_id = get_by_code(s, code).id
        members = s.scalars(
            select(Member)
            .where(Member.organisation_id == org_id, Member.left_on.is_(None))
            .order_by(Member.sort_key)
        ).all()
        done = 0
        for m in members:
            has = s.scalar(select(Card.id).where(Card.member_id == m.id))
            if has:
                continue
            s.add(
                Card(
                    member_id=m.id,
                    number=f"2460{abs(hash(m.id)) % 10**9:09d}",
                    status=CardStatus.ISSUED,
                    handed_on=on,
                )
            )
            done += 1
            if done == count:
                break
        assert done == count, "not enough members in the organisation for the test"


def add_primary(db, parent_code, code):
    from app.models.organisations import create_org

    with db.session() as s:
        parent = get_by_code(s, parent_code)
        create_org(s, kind="primary", parent_id=parent.id, name=f"Школа {code}", code=code)


def test_whole_season(demo_db):
    db = demo_db
    with db.session(log_changes=False) as s:  # the demo hands out cards; this season starts bare
        s.execute(delete(Card))
    add_primary(db, "T01", "T01-002")
    with db.session() as s:
        region_code = s.scalar(select(Organisation.code).where(Organisation.kind == "region"))
        receive_edition(s, EDITION, 2500, D(2026, 2, 1))
    R, T, P1, P2, RP = region_code, "T01", "T01-001", "T01-002", "R-01"
    assert figures(db, R) == (2500, 0, 0, 0, 2500)

    # region -> territorial and a directly subordinate primary; one confirmed, one in transit
    with db.session() as s:
        t_id, rp_id = ids(s, T, RP)
        to_t = ship(s, t_id, 1200, on=D(2026, 2, 3)).id
        ship(s, rp_id, 300, on=D(2026, 2, 3))
    assert figures(db, R) == (2500, 1500, 0, 0, 1000)
    assert balance(db, T).in_transit == 1200 and figures(db, T) == (0, 0, 0, 0, 0)
    with db.session() as s:
        confirm_shipment(s, to_t, "Иванова А. П.", D(2026, 2, 5))
    assert figures(db, T) == (1200, 0, 0, 0, 1200)
    assert balance(db, T).in_transit == 0
    assert balance(db, RP).in_transit == 300

    # territorial -> its primaries (second level); the second is short by 10 on arrival
    with db.session() as s:
        p1, p2 = ids(s, P1, P2)
        a = ship(s, p1, 400, on=D(2026, 2, 10)).id
        b = ship(s, p2, 300, on=D(2026, 2, 10)).id
        confirm_shipment(s, a, "Петров С. С.", D(2026, 2, 12))
        confirm_shipment(s, b, "Сидорова Е. В.", D(2026, 2, 12), quantity=290)
    assert figures(db, T) == (1200, 700, 0, 0, 500)
    assert figures(db, P1) == (400, 0, 0, 0, 400)
    assert figures(db, P2) == (300, 0, 0, 10, 290)  # shortfall written off at the receiver

    # hand-outs counted from cards (twice: the second count records only the new cards)
    give_cards(db, P1, 5, D(2026, 3, 1))
    with db.session() as s:
        hand_out_from_cards(s, get_by_code(s, P1).id, D(2026, 3, 1))
    assert figures(db, P1) == (400, 0, 5, 0, 395)
    with pytest.raises(ValidationError, match="не учтены"), db.session() as s:
        hand_out_from_cards(s, get_by_code(s, P1).id, D(2026, 3, 2))
    give_cards(db, P1, 3, D(2026, 3, 5))
    with db.session() as s:
        hand_out_from_cards(s, get_by_code(s, P1).id, D(2026, 3, 5))
        hand_out(s, get_by_code(s, P2).id, 40, D(2026, 3, 6))
    assert figures(db, P1) == (400, 0, 8, 0, 392)
    assert figures(db, P2) == (300, 0, 40, 10, 250)

    # a write-off, and a mistaken hand-out corrected by a reversing entry
    with db.session() as s:
        write_off(s, get_by_code(s, T).id, 20, "подмочены при хранении", D(2026, 3, 10))
        wrong = hand_out(s, get_by_code(s, P2).id, 100, D(2026, 3, 11))[0].id
    assert figures(db, P2) == (300, 0, 140, 10, 150)
    with db.session() as s:
        reverse_movement(s, wrong, "ввели 100 вместо 10")
        hand_out(s, get_by_code(s, P2).id, 10, D(2026, 3, 11))
    assert figures(db, P2) == (300, 0, 50, 10, 240)
    assert figures(db, T) == (1200, 700, 0, 20, 480)
    with pytest.raises(ValidationError, match="уже сторнирована"), db.session() as s:
        reverse_movement(s, wrong)

    # the history keeps the mistake and its reversal, with a running balance
    with db.session() as s:
        rows = history(s, get_by_code(s, P2).id)
    # (the reversal is dated the day it was made, so it comes last)
    assert [r.change for r in rows] == [300, -10, -40, -100, -10, 100]
    assert rows[-1].balance == 240
    assert rows[3].reversed and rows[5].reverses_id == rows[3].id

    # the whole print run is accounted for: on hand + in transit + handed out + written off
    with db.session() as s:
        flat = flat_balances(s)
    total = sum(r.on_hand + r.in_transit + r.handed_out + r.written_off for r in flat)
    assert total == 2500

    # members without a booklet roll up: active members below minus booklets handed out below
    p1_row, t_row = balance(db, P1), balance(db, T)
    assert p1_row.without_booklet == p1_row.members - 8
    assert t_row.handed_out_below == 8 + 50
    assert t_row.members == p1_row.members  # the new school has no members yet
    assert t_row.without_booklet == max(0, t_row.members - 58) == 0  # never below zero
    assert balance(db, R).members == sum(r.members for r in flat if r.parent_id is None)

    # shipments list with filters
    with db.session() as s:
        assert [x.number for x in list_shipments(s, ShipmentFilter(status="sent"))] == [2]
        t_id = get_by_code(s, T).id
        assert len(list_shipments(s, ShipmentFilter(org_id=t_id))) == 3
        assert len(list_shipments(s, ShipmentFilter(date_from=D(2026, 2, 4)))) == 2
        assert len(list_shipments(s, ShipmentFilter(date_to=D(2026, 2, 4)))) == 2


def test_refused_over_shipment_changes_nothing(region_db):
    db = region_db
    with db.session() as s:
        from app.models.organisations import create_org

        top = get_by_code(s, "R46")
        create_org(s, kind="territorial", parent_id=top.id, name="Районная", code="T1")
        receive_edition(s, EDITION, 100, D(2026, 1, 10))
    before = ledger_rows(db)
    with pytest.raises(ValidationError, match="на руках 100 экз"), db.session() as s:
        ship(s, get_by_code(s, "T1").id, 101)
    assert ledger_rows(db) == before
    assert figures(db, "R46") == (100, 0, 0, 0, 100)
    with pytest.raises(ValidationError, match="на руках 100"), db.session() as s:
        write_off(s, get_by_code(s, "R46").id, 150, "потоп")
    with pytest.raises(ValidationError, match="больше нуля"), db.session() as s:
        hand_out(s, get_by_code(s, "R46").id, 0)
    assert ledger_rows(db) == before


def test_shipment_rules(demo_db):
    db = demo_db
    with db.session() as s:
        receive_edition(s, EDITION, 1000)
        region_id = s.scalar(select(Organisation.id).where(Organisation.kind == "region"))
        t_id, p_id, other_p = ids(s, "T01", "T01-001", "T02-001")
        with pytest.raises(ValidationError, match="непосредственно под ней"):
            create_shipment(s, p_id, 10, from_org_id=region_id)
        draft = create_shipment(s, t_id, 100)
        assert draft.status == ShipmentStatus.DRAFT and on_hand(s, region_id) == 1000
        with pytest.raises(ValidationError, match="ещё не отправлена"):
            confirm_shipment(s, draft.id, "Кто-то")
        send_shipment(s, draft.id)
        with pytest.raises(ValidationError, match="уже не черновик"):
            send_shipment(s, draft.id)
        with pytest.raises(ValidationError, match="кто принял"):
            confirm_shipment(s, draft.id, "  ")
        with pytest.raises(ValidationError, match="от 0 до 100"):
            confirm_shipment(s, draft.id, "Иванов", quantity=101)
        confirm_shipment(s, draft.id, "Иванов")
        onward = ship(s, p_id, 60)
        confirm_shipment(s, onward.id, "Петрова")
        with pytest.raises(ValidationError, match="уже передала или выдала"), s.begin_nested():
            cancel_shipment(s, draft.id)
        # a received shipment reversed: the booklets go back to the sender
        cancel_shipment(s, onward.id, "не той школе")
        assert on_hand(s, p_id) == 0 and on_hand(s, t_id) == 100
        with pytest.raises(ValidationError, match="уже отменена"):
            cancel_shipment(s, onward.id)
        with pytest.raises(ValidationError, match="отменой самой отправки"):
            reverse_movement(s, s.scalars(select(Movement.id)).first() and _ship_out(s, draft.id))
        with pytest.raises(NotFoundError):
            receive_edition(s, EDITION, 5, org_id="nope")
        assert other_p


def _ship_out(s, shipment_id):
    return s.scalar(select(Movement.id).where(Movement.shipment_id == shipment_id))


def test_viewer_may_not_change_stock(region_db):
    region_db.user_role = "viewer"
    with pytest.raises(PermissionDeniedError), region_db.session() as s:
        receive_edition(s, EDITION, 10)


def test_concurrent_shipments_cannot_overdraw(region_db, db_path):
    """Two programs ship 80 of 100 at once: the second waits for the lock and is refused."""
    db = region_db
    with db.session() as s:
        from app.models.organisations import create_org

        top = get_by_code(s, "R46")
        create_org(s, kind="territorial", parent_id=top.id, name="Первая", code="T1")
        create_org(s, kind="territorial", parent_id=top.id, name="Вторая", code="T2")
        receive_edition(s, EDITION, 100)
    other = open_database(
        db.path if db.path is not None else db.engine.url.render_as_string(hide_password=False)
    )
    outcome: list[str] = []
    started = threading.Event()

    def second() -> None:
        try:
            with other.session() as s2:
                started.set()
                ship(s2, get_by_code(s2, "T2").id, 80)
            outcome.append("shipped")
        except ValidationError as error:
            outcome.append(str(error))

    with db.session() as s:
        ship(s, get_by_code(s, "T1").id, 80)  # holds the write lock until this block ends
        thread = threading.Thread(target=second)
        thread.start()
        started.wait(5)
        thread.join(0.5)
        assert thread.is_alive(), "the second program must wait for the first one's commit"
    thread.join(10)
    other.close()
    assert len(outcome) == 1 and "на руках 20 экз" in outcome[0]
    assert figures(db, "R46") == (100, 80, 0, 0, 20)


def test_export_balance_table(demo_db, tmp_path):
    from openpyxl import load_workbook

    with demo_db.session() as s:
        receive_edition(s, EDITION, 700)
        ship(s, get_by_code(s, "T01").id, 200)
        count = export_balances_xlsx(s, tmp_path / "остатки.xlsx")
    sheet = load_workbook(tmp_path / "остатки.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:7] == (
        "Код",
        "Организация",
        "Получено",
        "Передано",
        "Выдано членам",
        "Списано",
        "На руках",
    )
    assert len(rows) == count + 1
    region_row = rows[1]
    assert region_row[2:7] == (700, 200, 0, 0, 500)
    t01 = next(r for r in rows if r[0] == "T01")
    assert t01[7] == 200  # in transit


@pytest.mark.slow
def test_a_lock_held_too_long_is_a_clear_sentence(region_db, db_path):

    from sqlalchemy import create_engine

    from app.models.errors import ProfdeskError

    if region_db.is_server:  # another workstation in the middle of a shipment
        other = create_engine(db_path).connect()
        other.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": 0x50524F4453})
    else:  # another program in the middle of a write
        other = cipher.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(ProfdeskError, match="База данных занята"), region_db.session() as s:
            if region_db.is_server:  # the workstation's lock_timeout, shortened for the test
                s.execute(text("SET lock_timeout = '300ms'"))
            receive_edition(s, EDITION, 10)
    finally:
        other.rollback() if region_db.is_server else other.execute("ROLLBACK")
        other.close()
    assert ledger_rows(region_db) == (0, 0)
