"""Several workstations: the 250,000-member database on PostgreSQL next to SQLite.

    PROFDESK_BENCH_PG_URL=postgresql+psycopg://postgres@127.0.0.1:5433/postgres \\
        python bench/postgres_bench.py

Measures, in one run:
1. `migrate` of a 250,000-member demo SQLite file (made once in /tmp and reused) into an
   empty PostgreSQL database (created on the server named by PROFDESK_BENCH_PG_URL);
2. the member-list search (the main window's search box, `member_rowids`) for typical
   queries on SQLite (FTS5 trigram table), on PostgreSQL with the pg_trgm GIN index of
   migration postgres_0001, and on PostgreSQL without it (the index dropped inside a
   transaction that is rolled back): the peer that shows what the index is worth.
Median of 5 runs each, after one warm-up.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from app.models import open_database  # noqa: E402
from app.models.db_transfer import copy_database  # noqa: E402
from app.models.member_list import MemberFilter, member_rowids  # noqa: E402

MEMBERS = 250_000
SQLITE_FILE = Path("/tmp/postgres-bench.sqlite3")
PG_DATABASE = "profdesk_bench"
QUERIES = ["ив", "иванова", "ЁЛКИНА", "петровна", "анна петр", "ова ан", "910555"]


def make_sqlite() -> None:
    if SQLITE_FILE.exists():
        return
    subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli",
            "--db",
            str(SQLITE_FILE),
            "demo",
            "--members",
            str(MEMBERS),
        ],
        check=True,
    )


def fresh_pg(admin_url: str) -> str:
    url = make_url(admin_url)
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {PG_DATABASE} ENCODING 'UTF8' TEMPLATE template0"))
    admin.dispose()
    return url.set(database=PG_DATABASE).render_as_string(hide_password=False)


def timed(session: Session, query: str) -> tuple[float, int]:
    f = MemberFilter(query=query)
    member_rowids(session, f)  # warm-up
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        found = member_rowids(session, f)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) * 1000, len(found)


def main() -> None:
    admin_url = os.environ.get("PROFDESK_BENCH_PG_URL") or os.environ.get("PROFDESK_TEST_PG_URL")
    if not admin_url:
        sys.exit("set PROFDESK_BENCH_PG_URL to an administrator's URL of a PostgreSQL server")
    make_sqlite()
    target = fresh_pg(admin_url)
    start = time.perf_counter()
    copied = copy_database(str(SQLITE_FILE), target)
    migrate_s = time.perf_counter() - start
    rows = sum(c.rows for c in copied)
    print(f"migrate: {rows} rows in {len(copied)} tables, {migrate_s:.1f} s")

    sqlite_db = open_database(SQLITE_FILE)
    pg_db = open_database(target)
    with pg_db.engine.begin() as conn:
        conn.execute(text("ANALYZE member"))
    results: dict[str, dict[str, tuple[float, int]]] = {}
    with Session(sqlite_db.engine) as s:
        results["SQLite, FTS5 trigram"] = {q: timed(s, q) for q in QUERIES}
    with Session(pg_db.engine) as s:
        results["PostgreSQL, pg_trgm GIN"] = {q: timed(s, q) for q in QUERIES}
    with Session(pg_db.engine) as s:
        s.execute(text("DROP INDEX ix_member_search_trgm"))
        results["PostgreSQL, no trigram index (peer)"] = {q: timed(s, q) for q in QUERIES}
        s.rollback()
    sqlite_db.close()
    pg_db.close()

    print("| query | " + " | ".join(results) + " |")
    print("|---|" + "---|" * len(results))
    for q in QUERIES:
        cells = [f"{r[q][0]:.1f} ms ({r[q][1]} found)" for r in results.values()]
        print(f"| `{q}` | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
