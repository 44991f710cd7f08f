"""Security at a region's scale (250,000 members): the start-up check, backups, restore,
password hashing, and the cost of limiting a user to one organisation.

    python -m app.cli --db /tmp/security-bench.sqlite3 demo --members 250000   # once
    python bench/security.py [/tmp/security-bench.sqlite3]
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.models import open_database  # noqa: E402
from app.models.backup import backup_database  # noqa: E402
from app.models.backup_checks import integrity_problem  # noqa: E402
from app.models.member_list import MemberFilter, member_rowids  # noqa: E402
from app.models.restore import restore_database  # noqa: E402
from app.models.users import hash_password, verify_password  # noqa: E402


def timed(label: str, fn, repeat: int = 3) -> float:  # noqa: ANN001
    best = min(_once(fn) for _ in range(repeat))
    print(f"{label:<58} {best * 1000:9.0f} ms")
    return best


def _once(fn) -> float:  # noqa: ANN001
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/security-bench.sqlite3")
    if not source.exists():
        sys.exit(f"make it first: python -m app.cli --db {source} demo --members 250000")
    print(f"nproc {os.cpu_count()}, {cpu_model()}; shared with parallel work")
    work = Path(tempfile.mkdtemp(prefix="security-bench-"))
    db_path = work / "bench.sqlite3"
    backup_database(source, out=db_path)
    print(f"database {db_path.stat().st_size / 1_048_576:.0f} MB")
    timed("PRAGMA integrity_check", lambda: integrity_problem(db_path))
    timed("PRAGMA quick_check", lambda: integrity_problem(db_path, quick=True))
    timed(
        "open_database (clean: no check, docs/integrity.md; no daily backup)",
        lambda: open_database(db_path, daily_backup=False).close(),
    )
    copy = work / "copy.sqlite3"
    timed("backup with SQLite's online backup API", lambda: backup_database(db_path, out=copy))
    timed(
        "plain file copy (shutil.copyfile), for comparison only",
        lambda: shutil.copyfile(db_path, work / "plain.sqlite3"),
    )
    timed(
        "restore (check the copy, back up the current, copy in)",
        lambda: restore_database(db_path, copy),
        repeat=1,
    )
    timed("scrypt hash (n=2^14, r=8, p=1)", lambda: hash_password("a long password"))
    stored = hash_password("a long password")
    timed("scrypt verify", lambda: verify_password("a long password", stored))
    db = open_database(db_path, daily_backup=False)
    with db.session() as s:
        from sqlalchemy import select

        from app.models import Organisation

        territorial = s.scalar(select(Organisation.id).where(Organisation.code == "T07"))

    def list_all() -> None:
        with db.session() as s:
            member_rowids(s, MemberFilter())

    timed("member list, whole region (no limit)", list_all)
    db.user_org_id = territorial
    timed("member list, user limited to one territorial organisation", list_all)
    db.user_org_id = None
    db.close()
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
