"""Booklet stock at the scale of a large region: a whole season on a 250,000-member database.

    python -m app.cli --db /tmp/stock-bench.sqlite3 demo --members 250000   # once, ~40 s
    python bench/stock.py [/tmp/stock-bench.sqlite3]

Works on a copy of the database. Measures: one shipment (lock, write, re-check, commit)
down two levels to every organisation; confirmations; hand-outs; then the balance table
of the whole tree by one GROUP BY over the ledger, compared in the same run with the
naive way (one on-hand query per organisation), and an organisation's history.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select, text  # noqa: E402

from app.models import Member, Organisation, OrgKind, open_database  # noqa: E402
from app.models.stock import on_hand, receive_edition  # noqa: E402
from app.models.stock_handouts import hand_out  # noqa: E402
from app.models.stock_queries import balances, flat_balances, history, movement_sums  # noqa: E402
from app.models.stock_shipments import confirm_shipment, ship  # noqa: E402

EDITION = "Как работать в Профкардс? 2026"


def timed(fn):  # noqa: ANN001, ANN201
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/stock-bench.sqlite3")
    if not source.exists():
        sys.exit(
            f"{source} missing: make it with `python -m app.cli --db {source} demo --members 250000`"
        )
    work = Path(tempfile.mkdtemp()) / "stock-bench-run.sqlite3"
    shutil.copy(source, work)
    db = open_database(work)
    try:
        run(db)
    finally:
        db.close()
        shutil.rmtree(work.parent, ignore_errors=True)


def run(db) -> None:  # noqa: ANN001
    with db.session() as s:
        orgs = list(s.execute(select(Organisation.id, Organisation.kind, Organisation.parent_id)))
        members = s.scalar(select(func.count()).select_from(Member))
    top = next(o for o in orgs if o.kind == OrgKind.REGION)
    level1 = [o for o in orgs if o.parent_id == top.id]
    level2 = [o for o in orgs if o.parent_id and o.parent_id != top.id]
    print(
        f"members {members:,}, organisations {len(orgs):,} "
        f"({len(level1)} under the region, {len(level2)} primaries under territorials)"
    )

    with db.session() as s:
        receive_edition(s, EDITION, 400_000)

    ship_times: list[float] = []
    confirm_times: list[float] = []

    def send_and_confirm(targets, qty_of) -> None:  # noqa: ANN001
        for org in targets:

            def one(org=org):  # noqa: ANN001, ANN202
                with db.session() as s:
                    return ship(s, org.id, qty_of(org)).id

            shipment_id, t = timed(one)
            ship_times.append(t)

            def ack(shipment_id=shipment_id):  # noqa: ANN001, ANN202
                with db.session() as s:
                    confirm_shipment(s, shipment_id, "Иванова А. П.")

            _, t = timed(ack)
            confirm_times.append(t)

    children = {o.id: 0 for o in orgs}
    for o in orgs:
        if o.parent_id:
            children[o.parent_id] += 1
    _, t_level1 = timed(lambda: send_and_confirm(level1, lambda o: 100 + 120 * children[o.id]))
    _, t_level2 = timed(lambda: send_and_confirm(level2, lambda o: 100))

    handout_times: list[float] = []
    for org in level2:

        def give(org=org):  # noqa: ANN001, ANN202
            with db.session() as s:
                hand_out(s, org.id, 60)

        _, t = timed(give)
        handout_times.append(t)

    def ms(values: list[float]) -> str:
        values = sorted(values)
        p95 = values[int(len(values) * 0.95) - 1]
        return f"median {statistics.median(values) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms"

    print(f"ship (lock, write, re-check, commit): {len(ship_times)} shipments, {ms(ship_times)}")
    print(f"confirm: {ms(confirm_times)}")
    print(f"hand-out: {len(handout_times)} entries, {ms(handout_times)}")
    print(f"season: level 1 {t_level1:.1f} s, level 2 {t_level2:.1f} s")

    def tree() -> list:
        with db.session() as s:
            return balances(s)

    def flat() -> list:
        with db.session() as s:
            return flat_balances(s)

    def naive() -> dict:
        with db.session() as s:
            return {o.id: on_hand(s, o.id) for o in orgs}

    def sums() -> dict:
        with db.session() as s:
            return movement_sums(s)

    sums_t = min(timed(sums)[1] for _ in range(3))
    tree_t = min(timed(tree)[1] for _ in range(3))
    rows, flat_t = timed(flat)
    naive_result, naive_t = timed(naive)
    assert {r.org_id: r.on_hand for r in rows} == naive_result, "the two ways disagree"
    print(
        f"balance table, whole tree (GROUP BY + members per org): {tree_t * 1000:.0f} ms "
        f"(flat list {flat_t * 1000:.0f} ms)"
    )
    print(f"ledger sums for every organisation (one GROUP BY): {sums_t * 1000:.1f} ms")
    print(
        f"naive on-hand, one query per organisation: {naive_t * 1000:.0f} ms "
        f"({naive_t / sums_t:.0f}x the GROUP BY)"
    )

    busiest = level1[0]
    with db.session() as s:
        _, t = timed(lambda: history(s, busiest.id))
    print(f"history of a territorial organisation: {t * 1000:.1f} ms")
    with db.session() as s:
        print(f"ledger rows: {s.scalar(text('SELECT count(*) FROM stock_movement')):,}")
    print(f"cpus: {os.cpu_count()}")


if __name__ == "__main__":
    main()
