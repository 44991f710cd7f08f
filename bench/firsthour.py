"""The start page's figures at the scale of a large region (250,000 members).

    python -m app.cli --db /tmp/firsthour-bench.sqlite3 demo --members 250000   # once, ~40 s
    python bench/firsthour.py [/tmp/firsthour-bench.sqlite3]

Works on a copy of the database, with cards given to 80 % of the members (half printed,
the rest waiting) so "cards to print" has work to do. Measures office_figures (SQL
aggregates, what the start page calls) against the same figures counted in Python from
the rows (the naive peer), in the same run, and checks both give the same numbers.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select, text  # noqa: E402

from app.models import Card, Member, open_database  # noqa: E402
from app.models.office_figures import office_figures  # noqa: E402

RUNS = 7


def give_cards(db) -> None:  # noqa: ANN001
    with db.session(log_changes=False) as s:
        if s.execute(text("SELECT count(*) FROM card")).scalar():
            return
        s.execute(
            text(
                "INSERT INTO card (id, member_id, number, status, is_current, issued_here, "
                "created_on) SELECT lower(hex(randomblob(16))), id, "
                "'46' || printf('%011d', rowid), CASE WHEN rowid % 2 = 0 THEN 'printed' "
                "ELSE 'to_print' END, 1, 1, date('now') FROM member WHERE rowid % 5 != 0"
            )
        )


def python_figures(db) -> tuple[int, int, int]:  # noqa: ANN001
    """The peer: fetch the rows and count in Python."""
    today = dt.date.today()
    with db.session() as s:
        members = s.execute(select(Member.id, Member.left_on, Member.e_registered_on)).all()
        cards = s.execute(select(Card.member_id, Card.status, Card.is_current)).all()
    active = [m for m in members if m.left_on is None]
    ereg = sum(1 for m in active if m.e_registered_on and m.e_registered_on <= today)
    with_card = {c.member_id for c in cards if c.is_current}
    waiting = sum(1 for c in cards if c.is_current and c.status == "to_print")
    without = sum(1 for m in active if m.id not in with_card)
    return len(active), ereg, waiting + without


def measure(fn):  # noqa: ANN001, ANN201
    walls, cpus, result = [], [], None
    for _ in range(RUNS):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return result, min(walls), statistics.median(walls), statistics.median(cpus)


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/firsthour-bench.sqlite3")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "bench.sqlite3"
        shutil.copy(source, copy)
        db = open_database(copy)
        give_cards(db)

        def sql() -> tuple[int, int, int]:
            with db.session() as s:
                f = office_figures(s)
            return f.members, f.e_registered, f.cards_to_print

        a, *sql_t = measure(sql)
        b, *py_t = measure(lambda: python_figures(db))
        assert a == b, (a, b)
        db.close()
    print(f"nproc {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}")
    print(f"figures: members {a[0]}, e-registered {a[1]}, cards to print {a[2]}")
    print("| case | best wall, s | median wall, s | median CPU, s |")
    print("|---|---:|---:|---:|")
    print("| office_figures (SQL aggregates) | {:.3f} | {:.3f} | {:.3f} |".format(*sql_t))
    print("| peer: rows counted in Python | {:.3f} | {:.3f} | {:.3f} |".format(*py_t))


if __name__ == "__main__":
    main()
