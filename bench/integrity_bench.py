"""The open policy and the checks for damage (docs/integrity.md), at a region's scale.

    python bench/integrity_bench.py /work/bench-data/demo250k.sqlite3   # a copy is used
    python bench/integrity_bench.py --members 200 --repeat 1           # CI: tiny, made here

Figures, each against the floor measured in the same run (the machine is shared):
- floor: a bare sqlite3 connect + one SELECT + close;
- open before the policy (every open ran quick_check; here: after an unclean shutdown, which
  is when it still runs) and after it (a clean open checks nothing), each + the same SELECT;
- the full integrity_check, and the daily copy kept only if it passes it;
- the GUI start: when the window is shown and when the background check + daily copy end.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import text  # noqa: E402

from app.models import open_database  # noqa: E402
from app.models.backup import backup_daily  # noqa: E402
from app.models.backup_checks import CheckCancelled, CheckStop, integrity_problem  # noqa: E402
from app.models.soundness import MARK_SUFFIX, marks_dir  # noqa: E402
from app.paths import backups_dir_for  # noqa: E402

SELECT = "SELECT count(*) FROM organisation"


def best(fn, repeat: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def make_demo(path: Path, members: int) -> None:
    from app.models import demo

    db = open_database(path)
    with db.session(log_changes=False) as s:
        demo.generate(s, members=members, seed=1)
    db.close()


def floor(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(SELECT).fetchone()
    conn.close()


def open_and_select(path: Path) -> None:
    db = open_database(path, daily_backup=False)
    with db.session() as s:
        s.execute(text(SELECT)).scalar()
    db.close()


def unclean(path: Path) -> None:
    """What a killed process leaves: its open mark, unlocked."""
    (marks_dir(path) / f"999999-killed{MARK_SUFFIX}").write_text("999999\n")


def open_after_unclean(path: Path) -> None:
    unclean(path)
    open_and_select(path)


def gui_start(path: Path) -> tuple[float, float]:
    """Seconds from start() to the window shown, and to the background check + daily copy
    ended (the daily copy is due: the backups folder is emptied first)."""
    import app.__main__ as entry
    from app.ui.main_window import MainWindow

    shutil.rmtree(backups_dir_for(path), ignore_errors=True)
    app, translators = entry.make_application()  # noqa: F841 - kept alive while timing
    shown: list[float] = []
    real_show = MainWindow.show

    def show(self: MainWindow) -> None:
        real_show(self)
        shown.append(time.perf_counter())

    MainWindow.show = show  # type: ignore[method-assign]
    start = time.perf_counter()
    started = entry.start(str(path), self_test=True)
    assert not isinstance(started, int), "the window did not open"
    db, window = started
    while not db.background_done():
        app.processEvents()
        time.sleep(0.01)
    done = time.perf_counter()
    MainWindow.show = real_show  # type: ignore[method-assign]
    assert any(b.reason == "daily" for b in _backups(path)), "no daily copy was made"
    window.close()
    db.close()
    return shown[0] - start, done - start


def stop_latency(path: Path, after: float) -> float:
    """Seconds from stopping a running daily check (the window closed) to its thread's end;
    nothing may be left behind."""
    import threading

    shutil.rmtree(backups_dir_for(path), ignore_errors=True)
    stop = CheckStop()
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(backup_daily(path, cancel=stop))
        except CheckCancelled as cancelled:
            outcome.append(cancelled)

    thread = threading.Thread(target=run)
    thread.start()
    time.sleep(after)
    start = time.perf_counter()
    stop.stop()
    thread.join()
    took = time.perf_counter() - start
    if isinstance(outcome[0], CheckCancelled):
        assert not list(backups_dir_for(path).iterdir()), "a stopped check left files"
    return took


def _backups(path: Path):  # noqa: ANN202
    from app.models.backup import list_backups

    return list_backups(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", help="a Profdesk database to copy and measure")
    parser.add_argument("--members", type=int, default=0, help="make a demo database instead")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="integrity-bench-"))
    db_path = work / "bench.sqlite3"
    if args.source:
        shutil.copyfile(args.source, db_path)  # the source is never opened itself
    else:
        make_demo(db_path, args.members or 200)
    open_database(db_path, daily_backup=False).close()  # migrated, its marks made
    print(f"nproc {os.cpu_count()}, {cpu_model()}; shared with parallel work")
    print(f"database {db_path.stat().st_size / 1_048_576:.1f} MB; best of {args.repeat}")

    bare = best(lambda: floor(db_path), args.repeat)
    before = best(lambda: open_after_unclean(db_path), args.repeat)
    after = best(lambda: open_and_select(db_path), args.repeat)
    rows = [
        ("floor: sqlite3.connect + one SELECT", bare),
        ("open + SELECT, before (quick_check on every open)", before),
        ("open + SELECT, after (clean open: no check)", after),
    ]
    for label, seconds in rows:
        print(f"{label:<58} {seconds * 1000:8.1f} ms  {seconds / bare:6.1f}x floor")
    full = best(lambda: integrity_problem(db_path), min(args.repeat, 3))
    print(f"{'PRAGMA integrity_check':<58} {full * 1000:8.1f} ms")

    def daily() -> None:
        shutil.rmtree(backups_dir_for(db_path), ignore_errors=True)
        assert backup_daily(db_path) is not None

    copy = best(daily, min(args.repeat, 3))
    print(f"{'daily copy kept after its integrity_check':<58} {copy * 1000:8.1f} ms")
    stopped = stop_latency(db_path, after=min(0.5, copy / 2))
    print(f"{'stop a running daily check (window closed)':<58} {stopped * 1000:8.1f} ms")
    shown, done = gui_start(db_path)
    print(f"{'GUI start: window shown':<58} {shown * 1000:8.1f} ms")
    print(f"{'GUI start: background check + daily copy ended':<58} {done * 1000:8.1f} ms")
    print(f"window shown before the check ended: {'yes' if shown < done else 'no'}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
