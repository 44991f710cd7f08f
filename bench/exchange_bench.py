"""Exchange at the scale the issue names: 50,000 changed members out and in, each under 5 s.

    python bench/exchange_bench.py [--members 60000] [--changed 50000]

A region with a demo tree; every member is put under district T01 so one district copy
holds them all. Timed: the region's full file for the district and its import into an
empty database (the district is born); then 50,000 members edited in the district (through
the ORM, so the change log and versions are real), the district's export and the region's
import; then the same the other way. For scale, the same run times the plain CSV export of
those members (app.models.export) as the peer: what writing them out costs at all.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from sqlalchemy import select, text  # noqa: E402

from app.exchange import export_exchange, import_exchange  # noqa: E402
from app.models import Member, demo, open_database  # noqa: E402
from app.models.export import export_members  # noqa: E402

PASS = "фраза для замера скорости"


def timed(label: str, fn):  # noqa: ANN001, ANN201
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    print(f"{label:<58} {seconds:6.2f} s wall {cpu:6.2f} s cpu")
    return result, seconds


def edit_members(db, count: int, field: str, value: str) -> None:  # noqa: ANN001
    with db.session() as s:
        members = list(s.scalars(select(Member).order_by(Member.id).limit(count)))
        for i, m in enumerate(members):
            setattr(m, field, f"{value} {i}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=60000)
    parser.add_argument("--changed", type=int, default=50000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="exchange-bench-"))
    print(f"nproc={os.cpu_count()} cpu={platform.processor() or platform.machine()} dir={folder}")
    print(f"load average at start: {os.getloadavg()[0]:.1f} (cpu = this process's CPU time)")
    region = open_database(folder / "region.sqlite3")
    with region.session(log_changes=False) as s:
        demo.generate(s, members=args.members, seed=1)
        t01 = s.execute(text("select id from organisation where code = 'T01-001'")).scalar()
        s.execute(text("update member set organisation_id = :o"), {"o": t01})
    results: dict[str, float] = {}

    def region_export(name: str, **kw) -> Path:  # noqa: ANN003
        path = folder / name
        with region.session() as s:
            export_exchange(s, path, PASS, "T01", **kw)
        return path

    path, results["region full export"] = timed(
        f"region: full file for T01 ({args.members} members)",
        lambda: region_export("full.pdx", full=True),
    )
    print(f"    file size {path.stat().st_size / 1e6:.1f} MB")
    district = open_database(folder / "district.sqlite3")

    def load(db, p):  # noqa: ANN001, ANN202
        with db.session() as s:
            return import_exchange(s, p, PASS)

    report, results["district created"] = timed(
        "district: import into an empty database", lambda: load(district, path)
    )
    assert report.created >= args.members, report.as_json()

    def district_export() -> Path:
        p = folder / "district.pdx"
        with district.session() as s:
            export_exchange(s, p, PASS)
        return p

    # first contact both ways, so that later files carry changes only
    timed(
        "  (setup) first contact: district file into the region",
        lambda: load(region, district_export()),
    )
    timed(
        "  (setup) first contact: region reply into the district",
        lambda: load(district, region_export("reply.pdx")),
    )

    _, setup = timed(
        f"  (setup) district edits {args.changed} members via the ORM",
        lambda: edit_members(district, args.changed, "position", "Должность"),
    )

    path, results["district export"] = timed(
        f"district: export of {args.changed} changed members", district_export
    )
    print(f"    file size {path.stat().st_size / 1e6:.1f} MB")
    report, results["region import"] = timed(
        f"region: import of {args.changed} changed members", lambda: load(region, path)
    )
    assert report.updated == args.changed, report.as_json()

    timed(
        f"  (setup) region edits {args.changed} members via the ORM",
        lambda: edit_members(region, args.changed, "notes", "Заметка"),
    )
    path, results["region export"] = timed(
        f"region: export of {args.changed} changed members", lambda: region_export("back.pdx")
    )
    report, results["district import"] = timed(
        f"district: import of {args.changed} changed members", lambda: load(district, path)
    )
    assert report.updated == args.changed, report.as_json()

    def csv_peer() -> int:
        with region.session() as s:
            return export_members(s, folder / "members.csv", "T01")

    _, results["csv peer"] = timed(
        f"peer: plain CSV export of the {args.members} members", csv_peer
    )
    worst = max(v for k, v in results.items() if "changed" in k or k.endswith(("export", "import")))
    print(f"slowest exchange step of changed members: {worst:.2f} s (target < 5 s)")
    region.close()
    district.close()


if __name__ == "__main__":
    main()
