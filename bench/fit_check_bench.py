"""The layout fit check over every active member, against reading those members at all.

    python bench/fit_check_bench.py [--db demo250k.sqlite3 | --members N] [--runs 3]

1. Profdesk: app.services.fit_check.fit_check with the default layout and one planted
   surname too long for the card (it must be found). Target: under 3 s at 250,000 members.
2. Floor, in the same run: one SELECT of the active members' names and organisations,
   every row fetched, nothing measured (what a check reading the member rows must at least
   read; the fit check itself reads the distinct values from the index ix_member_fit, so it
   can come in under this floor).
3. Naive: every member's card placed by the renderer (app.printing.card_layout.place_side,
   the designer's own path), on a sample, scaled to the whole membership.

Times are wall and CPU seconds, best of the runs (the machine is shared). The database is
a copy: the demo file is never opened in place.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from app.models import demo, open_database  # noqa: E402
from app.models.members import create_member  # noqa: E402
from app.models.print_selection import select_for_print  # noqa: E402
from app.printing.card_layout import place_side  # noqa: E402
from app.printing.card_renderer import CardRenderer  # noqa: E402
from app.printing.card_templates import load_template  # noqa: E402
from app.services.fit_check import fit_check  # noqa: E402

PLANTED = "Непомещающаяся-Длиннофамильная-Предлиннейшая"


def best(runs: int, work) -> tuple[float, float, object]:  # noqa: ANN001
    wall, cpu, result = float("inf"), float("inf"), None
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        result = work()
        wall = min(wall, time.perf_counter() - w0)
        cpu = min(cpu, time.process_time() - c0)
    return wall, cpu, result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, help="a demo database to copy")
    parser.add_argument("--members", type=int, default=2000, help="without --db: demo size")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sample", type=int, default=5000, help="members for the naive check")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        if args.db:
            shutil.copyfile(args.db, path)
        db = open_database(path, daily_backup=False)
        if not args.db:
            with db.session(log_changes=False) as s:
                demo.generate(s, members=args.members, seed=1)
        with db.session() as s:
            org_id = s.execute(text("SELECT organisation_id FROM member LIMIT 1")).scalar()
            planted = create_member(
                s, {"last_name": PLANTED, "first_name": "Анна", "organisation_id": org_id}
            ).id
        template = load_template("default")

        def check():  # noqa: ANN202
            with db.session() as s:
                return fit_check(template, s)

        def floor():  # noqa: ANN202
            with db.session() as s:
                return s.execute(
                    text(
                        "SELECT last_name, first_name, patronymic, organisation_id FROM member"
                        " WHERE left_on IS NULL"
                    )
                ).fetchall()

        f_wall, f_cpu, rows = best(args.runs, floor)
        c_wall, c_cpu, result = best(args.runs, check)
        assert [m.member_id for m in result.misfits] == [planted], result.misfits
        with db.session() as s:
            sample = select_for_print(s)[: args.sample]
        renderer = CardRenderer(template)
        n_wall, n_cpu, _ = best(1, lambda: [place_side(renderer, r, "front") for r in sample])
        scale = len(rows) / max(1, len(sample))
        print(f"machine: {platform.machine()}, {platform.python_version()}, nproc {_nproc()}, "
              f"load average {_load()}")  # fmt: skip
        print(f"active members: {result.members:,}; planted surname found: yes")
        print(f"fit check:  wall {c_wall:.2f} s, cpu {c_cpu:.2f} s")
        print(
            f"floor read: wall {f_wall:.2f} s, cpu {f_cpu:.2f} s  (ratio cpu {c_cpu / f_cpu:.2f})"
        )
        print(
            f"naive, every card placed: cpu {n_cpu * scale:.1f} s for all "
            f"(measured {n_cpu:.2f} s on {len(sample):,})"
        )
        db.close()
    return 0


def _load() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def _nproc() -> int:
    import os

    return os.cpu_count() or 0


if __name__ == "__main__":
    sys.exit(main())
