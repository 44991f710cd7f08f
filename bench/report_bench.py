"""Statistical report at 250,000 members: SQL aggregates vs counting rows in Python.

    python bench/report_bench.py [--db /tmp/report-bench.sqlite3] [--repeat 5]

Makes the demo database once (profdesk-cli demo --members 250000) and a copy with a card
for most e-registered members (the demo has no cards), then times build_report on both,
and, as the peer, the same figures counted in Python from the member rows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.models import open_database  # noqa: E402
from app.models.report import build_report  # noqa: E402
from app.models.report_counts import youth_cutoff  # noqa: E402

AS_OF = dt.date(2026, 1, 1)
PERIOD = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def ensure_db(path: Path, members: int) -> None:
    if path.exists():
        return
    print(f"making {path} with {members} members…", flush=True)
    subprocess.run(
        [sys.executable, "-m", "app.cli", "--db", str(path), "demo", "--members", str(members)],
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )


def ensure_cards(source: Path, target: Path) -> None:
    if target.exists():
        return
    shutil.copy(source, target)
    db = open_database(target)  # brings the copy up to date before raw inserts
    db.close()
    rng = random.Random(1)
    con = sqlite3.connect(target)
    rows = con.execute("SELECT id, e_registered_on FROM member").fetchall()
    cards = []
    for member_id, registered in rows:
        if registered and rng.random() < 0.95:
            lost = rng.random() < 0.02
            cards.append(
                (
                    str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    member_id,
                    f"246{len(cards):010d}",
                    "lost" if lost else "issued",
                    0 if lost else 1,
                    registered,
                    registered,
                    registered,
                    registered if lost else None,
                )
            )
    con.executemany(
        "INSERT INTO card (id, member_id, number, status, is_current, issued_here, created_on,"
        " printed_on, handed_on, closed_on) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)",
        cards,
    )
    con.commit()
    con.close()
    print(f"{target}: {len(cards)} cards", flush=True)


def ensure_moves(source: Path, target: Path, count: int = 10_000) -> None:
    """A copy where `count` members moved to another primary after the report date."""
    if target.exists():
        return
    shutil.copy(source, target)
    rng = random.Random(2)
    con = sqlite3.connect(target)
    primaries = [r[0] for r in con.execute("SELECT id FROM organisation WHERE kind='primary'")]
    members = con.execute("SELECT id, organisation_id FROM member").fetchall()
    moves = []
    for member_id, org in rng.sample(members, count):
        to = rng.choice(primaries)
        if to != org:
            moved_on = dt.date(2026, 1, 2) + dt.timedelta(days=rng.randint(0, 140))
            moves.append(
                (
                    str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    member_id,
                    org,
                    to,
                    moved_on.isoformat(),
                )
            )
            con.execute("UPDATE member SET organisation_id = ? WHERE id = ?", (to, member_id))
    con.executemany(
        "INSERT INTO member_transfer (id, member_id, from_organisation_id, to_organisation_id,"
        " moved_on, recorded_at) VALUES (?, ?, ?, ?, ?, '2026-06-01 00:00:00')",
        moves,
    )
    con.commit()
    con.close()
    print(f"{target}: {len(moves)} members moved after {AS_OF}", flush=True)


def time_it(fn, repeat: int) -> tuple[float, float, float]:
    """(best wall, median wall, median CPU) in seconds."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), statistics.median(walls), statistics.median(cpus)


def sql_report(db) -> int:  # noqa: ANN001
    with db.session() as s:
        return build_report(s, AS_OF, *PERIOD).root.figures.members


def python_report(path: Path) -> int:
    """The peer: read every member (and card) row and count in Python, per organisation."""
    con = sqlite3.connect(path)
    d = AS_OF.isoformat()
    cutoff = youth_cutoff(AS_OF).isoformat()
    start, end = (p.isoformat() for p in PERIOD)
    holders = {
        member_id
        for member_id, printed, handed, created, status, closed in con.execute(
            "SELECT member_id, printed_on, handed_on, created_on, status, closed_on FROM card"
        )
        if (printed or handed or (created if status != "to_print" else None) or "9999") <= d
        and not ((closed and closed <= d) or (not closed and status == "lost"))
    }
    per_org: dict[str, list[int]] = {}
    for row in con.execute(
        "SELECT id, organisation_id, joined_on, left_on, category, birth_date, e_registered_on,"
        " consent_on FROM member"
    ):
        member_id, org, joined, left, category, birth, registered, consent = row
        c = per_org.setdefault(org, [0] * 10)
        if (joined is None or joined <= d) and (left is None or left > d):
            c[0] += 1
            c[1 + ("worker", "student", "pensioner").index(category)] += 1
            c[4] += bool(birth and birth > cutoff)
            c[5] += bool(registered and registered <= d)
            c[6] += consent is None or consent > d
            c[7] += member_id in holders
        c[8] += bool(joined and start <= joined <= end)
        c[9] += bool(left and start <= left <= end)
    con.close()
    return sum(c[0] for c in per_org.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=Path("/tmp/report-bench.sqlite3"))
    parser.add_argument("--members", type=int, default=250_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    ensure_db(args.db, args.members)
    with_cards = args.db.with_name(args.db.stem + "-cards.sqlite3")
    ensure_cards(args.db, with_cards)
    with_moves = args.db.with_name(args.db.stem + "-moves.sqlite3")
    ensure_moves(with_cards, with_moves)
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    print(
        f"nproc {os.cpu_count()}, {cpu}, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}; load average {os.getloadavg()[0]:.1f}"
    )
    print(f"report as of {AS_OF}, period {PERIOD[0]}..{PERIOD[1]}, repeat {args.repeat}")
    print(f"{'case':<64}{'best wall':>10}{'median wall':>13}{'median CPU':>12}")
    cases = (
        ("no cards", args.db),
        ("216k cards", with_cards),
        ("216k cards, 10k moved after D", with_moves),
    )
    for label, path in cases:
        db = open_database(path)
        members = sql_report(db)  # warm the page cache and the metadata once
        if "moved" not in label:  # the peer does not replay moves
            assert members == python_report(path), "the two ways disagree"
        for name, fn in (
            (f"build_report (SQL aggregates), {label}", lambda db=db: sql_report(db)),
            (f"peer: rows counted in Python, {label}", lambda p=path: python_report(p)),
        ):
            best, median, cpu_median = time_it(fn, args.repeat)
            print(f"{name:<64}{best:>10.3f}{median:>13.3f}{cpu_median:>12.3f}")
        db.close()
    print(f"members on {AS_OF}: {members}")


if __name__ == "__main__":
    main()
