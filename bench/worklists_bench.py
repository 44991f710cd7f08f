"""Work lists and organisation sheets at 250,000 members (issue 20).

    python bench/worklists_bench.py [--source demo.sqlite3 | --members N] [--repeat 5]

Copies the demo database (or makes one), gives a tenth of the cards back to «to print» and a
tenth «printed 60 days ago, not handed» so every list has members, then times each work list
to the table (row ids plus the first page of rows, as the panel does) against the floor of
the same run: the main window's member list of everyone active (row ids, first page). Then
30 organisation sheets as one PDF: the records of a district and the PDF of 30 primaries.
Then the progress chart's data: the monthly snapshot taken, the 23 past months rebuilt once
from the history (both one-off, in the background after a start), and the chart of the
whole region over 24 months read from the stored months, against the same 24 months rebuilt
from the history as the chart did before the snapshots.
Last, what keeping the card lists costs a write (the member's marker of its card, kept by
triggers): 10,000 cards marked printed and 10,000 handed out by the program's own functions
(each rolled back), the same as one plain UPDATE, and the on-disk size of the member table
and of the work lists' indexes (SQLite's dbstat).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select, text  # noqa: E402

from app.models import Card, CardStatus, open_database  # noqa: E402
from app.models.cards import mark_issued, mark_printed  # noqa: E402
from app.models.member_list import MemberFilter, fetch_rows, member_rowids  # noqa: E402
from app.models.progress import month_ends, progress  # noqa: E402
from app.models.reconstruction import own_counts  # noqa: E402
from app.models.snapshots import fill_missing, take_snapshot  # noqa: E402
from app.models.worklists import KINDS, worklist_rowids  # noqa: E402
from app.printing.org_sheet import org_sheets_pdf  # noqa: E402
from app.services.org_sheets import sheet_records  # noqa: E402


def prepare(work: Path, source: Path | None, members: int) -> Path:
    path = work / "worklists.sqlite3"
    if source is not None:
        shutil.copy(source, path)
    else:
        subprocess.run(
            [sys.executable, "-m", "app.cli", "--db", str(path), "demo", "--members", str(members)],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
    open_database(path).close()  # migrated before the raw updates
    con = sqlite3.connect(path)
    old = (dt.date.today() - dt.timedelta(days=60)).isoformat()
    con.execute(
        "UPDATE card SET status = 'to_print', printed_on = NULL, handed_on = NULL "
        "WHERE is_current = 1 AND rowid % 10 = 1"
    )
    con.execute(
        "UPDATE card SET status = 'printed', printed_on = ?, handed_on = NULL "
        "WHERE is_current = 1 AND rowid % 10 = 2",
        (old,),
    )
    con.commit()
    con.close()
    return path


def timed(run, repeat: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


WRITES = 10_000


def write_cost(db, repeat: int) -> None:  # noqa: ANN001
    """Cards marked printed / handed out, rolled back each time: what a write pays."""

    def cards(status: str) -> list[str]:
        with db.session() as s:
            query = select(Card.id).where(Card.is_current.is_(True), Card.status == status)
            return list(s.scalars(query.order_by(Card.id).limit(WRITES)))

    def rolled_back(work) -> float:  # noqa: ANN001
        times = []
        for _ in range(repeat):
            with db.session() as s:
                start = time.perf_counter()
                work(s)
                s.flush()
                times.append(time.perf_counter() - start)
                s.rollback()
        return statistics.median(times) * 1000

    to_print, printed = cards(CardStatus.TO_PRINT), cards(CardStatus.PRINTED)
    today = dt.date.today()
    ms = rolled_back(lambda s: mark_printed(s, to_print, today))
    print(f"write: {len(to_print)} cards marked printed {ms:.0f} ms (mark_printed)")
    ms = rolled_back(lambda s: mark_issued(s, printed, today))
    print(f"write: {len(printed)} cards handed out {ms:.0f} ms (mark_issued)")
    marks = ",".join("'" + i + "'" for i in to_print)
    sql = f"UPDATE card SET status = 'printed', printed_on = :d WHERE id IN ({marks})"
    ms = rolled_back(lambda s: s.execute(text(sql), {"d": today}))
    print(f"write: {len(to_print)} cards marked printed {ms:.0f} ms (one UPDATE)")


def sizes(path: Path) -> None:
    """The member table and the work lists' indexes on disk (SQLite dbstat)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT name, sum(pgsize) FROM dbstat WHERE name = 'member' OR name = 'card' "
            "OR name LIKE 'ix_member_wl_%' OR name LIKE 'ix_card_wl_%' GROUP BY name ORDER BY name"
        ).fetchall()
        total = (
            con.execute("PRAGMA page_count").fetchone()[0]
            * con.execute("PRAGMA page_size").fetchone()[0]
        )
    except sqlite3.OperationalError:  # no dbstat in this SQLite, or an encrypted file
        return
    finally:
        con.close()
    for name, size in rows:
        print(f"size: {name:24} {size / 1e6:7.1f} MB")
    print(f"size: the file {total / 1e6:.1f} MB")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", type=Path, help="a demo database to copy (never opened)")
    parser.add_argument("--members", type=int, default=250_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="worklists-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    path = prepare(work, args.source, args.members)
    db = open_database(path)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores")
    with db.session() as s:
        total = len(member_rowids(s, MemberFilter()))

        def to_table(get_ids):  # noqa: ANN001, ANN202
            def run() -> None:
                fetch_rows(s, get_ids()[:200])

            return run

        floor = timed(to_table(lambda: member_rowids(s, MemberFilter())), args.repeat)
        print(f"{total} active members; floor (member list, all active): {floor:.0f} ms")
        for key in KINDS:
            count = len(worklist_rowids(s, key))
            ms = timed(to_table(lambda key=key: worklist_rowids(s, key)), args.repeat)
            print(f"{key:18} {count:8} members {ms:7.0f} ms  x{ms / floor:.2f} of floor")
        districts = s.execute(
            text("SELECT code FROM organisation WHERE kind = 'territorial' ORDER BY code LIMIT 1")
        ).scalar()
        start = time.perf_counter()
        sheets = sheet_records(s, districts)[:30]
        org_sheets_pdf(sheets, work / "sheets.pdf")
        ms = (time.perf_counter() - start) * 1000
        people = sum(len(x.members) for x in sheets)
        print(f"sheets: {len(sheets)} organisations, {people} members, PDF {ms:.0f} ms")
    with db.session() as s:
        start = time.perf_counter()
        rows = take_snapshot(s)
        taken = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        months = len(fill_missing(s, 24))
        filled = (time.perf_counter() - start) * 1000
    print(
        f"snapshot: {rows} organisations taken {taken:.0f} ms; {months} months rebuilt {filled:.0f} ms"
    )
    with db.session() as s:
        chart = timed(lambda: progress(s, None, 24), args.repeat)
        days = month_ends(dt.date.today(), 24)
        rebuilt = timed(lambda: own_counts(s, days), 1)
    print(f"chart, region, 24 months: {chart:.0f} ms from the snapshots, {rebuilt:.0f} ms rebuilt")
    write_cost(db, args.repeat)
    db.close()
    sizes(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
