"""What encryption at rest costs: the same database plain and encrypted (SQLCipher), side by side.

    python bench/encryption_bench.py [--source /work/bench-data/demo250k.sqlite3 | --members N]
                                     [--work /tmp/encryption-bench] [--rounds 5]

The source is copied twice (never opened in place): one copy stays plain, the other is
encrypted with encrypt_database (its time is reported too). Then, round after round and
alternating the two files so that the machine's noise falls on both alike: the open
(quick_check included), the search field's query (member_ids, the same filter the member
table uses) for a set of names, the statistical report of the whole tree, and the import of
a CSV of new members (one transaction). The ratio encrypted / plain is what to read; the
absolute times depend on the machine and on how busy it is.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import platform
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.models import cipher, open_database  # noqa: E402

DEFAULT_SOURCE = Path("/work/bench-data/demo250k.sqlite3")
PASSWORD = "пароль для замера"
QUERIES = ["Иванов", "Кузнецова", "Пономарёва", "пономарева", "Королев", "Анна", "Сергеевич"]
AS_OF = dt.date(2026, 1, 1)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def prepare(args: argparse.Namespace) -> tuple[Path, Path, float]:
    from app.paths import backups_dir_for

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    plain, encrypted = work / "plain.sqlite3", work / "encrypted.sqlite3"
    for path in (plain, encrypted):  # only what an earlier run of this bench left
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        shutil.rmtree(backups_dir_for(path), ignore_errors=True)
    if args.members:
        from app.models import demo

        db = open_database(plain)
        with db.session(log_changes=False) as s:
            demo.generate(s, members=args.members, seed=1)
        db.close()
    else:
        shutil.copy(args.source, plain)
        open_database(plain, daily_backup=False).close()  # migrated once, as a start would
    shutil.copy(plain, encrypted)
    started = time.perf_counter()
    encrypt_time = 0.0
    from app.models.encryption import encrypt_database

    encrypt_database(encrypted, PASSWORD)
    encrypt_time = time.perf_counter() - started
    return plain, encrypted, encrypt_time


def write_csv(path: Path, rows: int, org_code: str, seed: int) -> Path:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(["Фамилия", "Имя", "Отчество", "Дата рождения", "Код организации"])
        for i in range(rows):
            born = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(15000))
            letters = "".join("абвгдежзик"[int(d)] for d in f"{seed}{i:06d}")
            surname = f"Замер{letters}ова"
            out.writerow([surname, "Анна", "Петровна", f"{born:%d.%m.%Y}", org_code])
    return path


def one_round(path: Path, csv_rows: int, round_no: int, work: Path) -> dict[str, object]:
    from sqlalchemy import select

    from app.importing import import_members, importer
    from app.models import Organisation, OrgKind
    from app.models.backup import backup_database
    from app.models.member_list import MemberFilter, member_ids
    from app.models.report import build_report

    started = time.perf_counter()
    db = open_database(path, daily_backup=False)  # quick_check included
    opened = time.perf_counter() - started
    searches = []
    try:
        with db.session() as s:
            member_ids(s, MemberFilter(query=QUERIES[0]))  # warm the page cache, as a start does
            for q in QUERIES:
                t = time.perf_counter()
                member_ids(s, MemberFilter(query=q))
                searches.append(time.perf_counter() - t)
            t = time.perf_counter()
            build_report(s, AS_OF, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
            report = time.perf_counter() - t
            org = s.scalar(select(Organisation.code).where(Organisation.kind == OrgKind.PRIMARY))
        data = write_csv(work / f"new-{path.stem}-{round_no}.csv", csv_rows, org, round_no)
        t = time.perf_counter()
        backup_database(path, out=work / f"copy-{path.stem}.sqlite3")
        backup = time.perf_counter() - t
        importer.backup_before_change = lambda db, reason: None  # timed above, on its own
        t = time.perf_counter()
        with db.session() as s:
            result = import_members(s, data)
        imported = time.perf_counter() - t
        assert result.created == csv_rows, result.as_dict()
    finally:
        db.close()
    return {
        "open": opened,
        "search": searches,
        "report": report,
        "import": imported,
        "backup": backup,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--members", type=int, default=0, help="make a demo of N instead")
    parser.add_argument("--work", type=Path, default=Path("/tmp/encryption-bench"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--import-rows", type=int, default=2000)
    args = parser.parse_args()
    if not args.members and not args.source.exists():
        parser.error(f"{args.source} is missing: give --source or --members")

    plain, encrypted, encrypt_time = prepare(args)
    results: dict[str, dict[str, list[float]]] = {
        kind: {"open": [], "search": [], "report": [], "import": [], "backup": []}
        for kind in ("plain", "encrypted")
    }
    for round_no in range(args.rounds):
        order = [("plain", plain), ("encrypted", encrypted)]
        if round_no % 2:
            order.reverse()  # neither file always runs first
        for kind, path in order:
            r = one_round(path, args.import_rows, round_no, args.work)
            results[kind]["open"].append(r["open"])
            results[kind]["search"].extend(r["search"])
            results[kind]["report"].append(r["report"])
            results[kind]["import"].append(r["import"])
            results[kind]["backup"].append(r["backup"])

    size = plain.stat().st_size / 2**20
    print(
        f"machine: {platform.machine()}, nproc {os.cpu_count()}, Python {platform.python_version()}"
    )
    print(f"database: {size:.0f} MB; encrypt_database (file + its copies): {encrypt_time:.1f} s")
    print(
        f"SQLCipher {cipher._raw_connect(encrypted, cipher.key_for(encrypted)).execute('PRAGMA cipher_version').fetchone()[0]}"
    )
    print(f"{'what':34} {'plain':>10} {'encrypted':>10} {'ratio':>6}")
    rows = [
        ("open (quick_check), median", "open", statistics.median),
        ("search p95", "search", lambda v: percentile(v, 95)),
        ("search median", "search", statistics.median),
        ("report, median", "report", statistics.median),
        (f"import {args.import_rows} new members, median", "import", statistics.median),
        ("backup copy (before an import), median", "backup", statistics.median),
    ]
    for title, key, stat in rows:
        p = stat(results["plain"][key]) * 1000
        e = stat(results["encrypted"][key]) * 1000
        print(f"{title:34} {p:8.1f}ms {e:8.1f}ms {e / p:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
