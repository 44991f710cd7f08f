"""The same jobs from several processes at once (issue 21, points 2 and 4), on both engines.

Each worker is a process of its own that opens the database itself and waits at a barrier,
so the jobs really overlap: `cards assign` with and without --org, `cards print
--only-unprinted`, shipments from one balance, and 15 wrong passwords. Afterwards the
invariants a user would check: one current card per member, no card in two batches, stock
never below zero, the login locked after exactly 5 wrong passwords.
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import os
from collections.abc import Callable

import pytest
from sqlalchemy import func, select, text

from app.models import open_database
from app.models.entities import Card, Member, Organisation

pytestmark = pytest.mark.slow

FORK = multiprocessing.get_context("fork")


def _run_cli(barrier, db: str, argv: list[str], env: dict[str, str]) -> None:  # noqa: ANN001
    os.environ.update(env)
    from app.cli import main

    barrier.wait()
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(["--db", db, *argv])
    os._exit(code)


def _run_job(barrier, db: str, job: Callable[[object], None]) -> None:  # noqa: ANN001
    database = open_database(db, daily_backup=False)
    barrier.wait()
    try:
        job(database)
    except Exception:  # noqa: BLE001 - a refusal is an outcome, counted by the test
        os._exit(1)
    finally:
        database.close()
    os._exit(0)


def _together(target, jobs: list[tuple]) -> list[int]:  # noqa: ANN001
    barrier = FORK.Barrier(len(jobs))
    workers = [FORK.Process(target=target, args=(barrier, *job)) for job in jobs]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    return [w.exitcode for w in workers]


def _small_demo(db) -> None:  # noqa: ANN001
    """A demo of 300 members whose cards are all still to be numbered."""
    from app.models import demo

    with db.session(log_changes=False) as s:
        demo.generate(s, members=300, seed=3)
        s.execute(text("DELETE FROM card"))


def _territorial_code(db) -> str:  # noqa: ANN001
    with db.session() as s:
        return s.scalar(
            select(Organisation.code)
            .where(Organisation.kind == "territorial")
            .order_by(Organisation.code)
        )


def test_assign_from_several_processes_leaves_one_current_card_per_member(db, db_path):
    _small_demo(db)
    t = _territorial_code(db)
    argv = [["cards", "assign"], ["cards", "assign", "--org", t]] * 2
    codes = _together(_run_cli, [(str(db_path), a, {}) for a in argv])
    assert codes == [0, 0, 0, 0]
    with db.session() as s:
        members = s.scalar(select(func.count()).where(Member.left_on.is_(None)))
        per_member = s.execute(
            select(Card.member_id, func.count())
            .where(Card.is_current.is_(True))
            .group_by(Card.member_id)
        ).all()
        numbers = s.scalar(select(func.count(func.distinct(Card.number))))
        cards = s.scalar(select(func.count()).select_from(Card))
    assert max(n for _, n in per_member) == 1
    assert len(per_member) == members  # everyone has one
    assert numbers == cards


def test_print_only_unprinted_from_several_processes_puts_each_card_in_one_batch(
    db, db_path, tmp_path
):
    _small_demo(db)
    with db.session() as s:
        to_print = s.scalar(select(func.count()).where(Member.left_on.is_(None)))
    outs = [tmp_path / f"run{i}.pdf" for i in range(3)]
    argv = [["cards", "print", "--only-unprinted", "--out", str(o)] for o in outs]
    codes = _together(_run_cli, [(str(db_path), a, {}) for a in argv])
    assert codes == [0, 0, 0]
    with db.session() as s:
        twice = s.execute(
            text("SELECT card_id FROM card_batch_item GROUP BY card_id HAVING count(*) > 1")
        ).all()
        items = s.scalar(text("SELECT count(*) FROM card_batch_item"))
        batches = s.scalar(text("SELECT count(*) FROM card_batch"))
        per_member = s.execute(
            select(func.count()).where(Card.is_current.is_(True)).group_by(Card.member_id)
        ).scalars()
        assert max(per_member) == 1
    assert twice == []
    assert items == to_print  # every card once, in one of the batches
    assert sum(o.exists() for o in outs) == batches  # every PDF made is a recorded batch


def _ship_one_hundred(region_id: str, to_id: str) -> Callable[[object], None]:
    def job(database) -> None:  # noqa: ANN001
        from app.models.stock_shipments import ship

        with database.session() as s:
            ship(s, to_id, 100, from_org_id=region_id)

    return job


def test_shipments_from_several_processes_never_take_the_balance_below_zero(region_db, db_path):
    from app.models.organisations import create_org, region
    from app.models.stock import on_hand, receive_edition

    with region_db.session() as s:
        top = region(s)
        to = create_org(s, kind="territorial", parent_id=top.id, name="Районная", code="T1")
        receive_edition(s, "Как работать в Профкардс? 2026", 250)
        top_id, to_id = top.id, to.id
    codes = _together(_run_job, [(str(db_path), _ship_one_hundred(top_id, to_id))] * 4)
    assert sorted(codes) == [0, 0, 1, 1]  # two fit into 250, two are refused
    with region_db.session() as s:
        assert on_hand(s, top_id) == 50  # the two sent are on their way to T1


def _sign_in(password: str) -> Callable[[object], None]:
    def job(database) -> None:  # noqa: ANN001
        from app.models.users import sign_in

        sign_in(database, "chief", password)

    return job


def test_fifteen_wrong_passwords_at_once_lock_the_login_after_exactly_five(region_db, db_path):
    from app.models.users import create_user, sign_in

    with region_db.session() as s:
        create_user(s, "chief", "верный-пароль-1", "administrator")
    codes = _together(_run_job, [(str(db_path), _sign_in("неверный"))] * 15)
    assert codes == [1] * 15
    with region_db.session() as s:
        reasons = s.execute(
            text("SELECT new_value FROM change_log WHERE action = 'login_failed'")
        ).scalars()
        reasons = [str(r) for r in reasons]
    counted = [r for r in reasons if "wrong_password" in r]
    assert len(counted) == 5, reasons
    assert sum("wrong_password_locked" in r for r in reasons) == 1
    assert sum('"locked"' in r for r in reasons) == 10
    from app.models.errors import ProfdeskError

    with pytest.raises(ProfdeskError, match="вход закрыт"):
        sign_in(region_db, "chief", "верный-пароль-1")


def test_a_second_current_card_is_refused_with_a_sentence(region_db):
    from app.models.errors import ProfdeskError
    from app.models.members import create_member
    from app.models.organisations import create_org, region

    with region_db.session() as s:
        school = create_org(s, kind="primary", parent_id=region(s).id, name="Школа", code="P1")
        member = create_member(
            s, {"last_name": "Волкова", "first_name": "Инна", "organisation_id": school.id}
        ).id
    refused = pytest.raises(ProfdeskError, match="уже есть действующий билет")
    with refused, region_db.session() as s:
        s.add(Card(member_id=member, number="2460000000015"))
        s.flush()
        s.add(Card(member_id=member, number="2460000000022"))
    with region_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Card)) == 0  # nothing half-written
