"""Foundation benchmark at 250,000 members: main window, search, memory, demo load.

    python bench/foundation_bench.py [--db PATH] [--members N] [--remake] [--rounds R]

Measures, on a demo database (made once with `profdesk-cli demo`, reused afterwards):
- demo load: `profdesk-cli demo --members N` wall time (only when the database is made);
- main window: process start to the window shown with the member table filled, in a fresh
  subprocess with QT_QPA_PLATFORM=offscreen (median of several starts);
- search: the path the search field takes (MemberTableModel.set_filter, then the first
  page of rows fetched for display) over a fixed list of realistic queries, p50/p95, with
  two peers in the same run: the same SQL run straight on sqlite3 (the floor) and a naive
  `LIKE '%key%'` scan of the search column (what the index saves);
- memory: peak RSS of a subprocess that opens the window and scrolls the member table from
  the first row to the last, page by page (with the time per page step).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_DB = Path("/tmp/foundation-bench.sqlite3")

# What an office worker types: whole surnames, parts of them, "surname first-name",
# ё written as е and the other way round, CAPS LOCK, phone fragments, a letter or two.
QUERIES = [
    "Иванов",
    "Кузнецова",
    "Толстых",
    "Пономарёва",
    "пономарева",
    "Королев",
    "ЁЛКИНА",
    "елкин",
    "ФЁДОРОВА",
    "СМИРНОВА",
    "журавлёв",
    "ков",
    "лебед",
    "ович",
    "Иванова Анна",
    "петров сергей",
    "Семёнова Алёна Петровна",
    "Ковалёв Артём",
    "григорьева ольга",
    "910",
    "+7 910",
    "8 (915) 2",
    "79862894374",
    "55512",
    "к",
    "Ж",
    "ив",
    "Шу",
    "ё",
    "зз",
]


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "load_average": os.getloadavg(),
    }


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


# --- the database ---------------------------------------------------------------------------
def make_db(path: Path, members: int) -> float:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "app.cli", "--db", str(path), "demo", "--members", str(members)],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


# --- children: a fresh process each, so imports and memory are counted honestly -------------
def child_window(db_path: str) -> None:
    """Start as `profdesk` does (the same start-up function: the integrity check in the
    background, confirmed before the window shows), print seconds from process start to a
    filled, shown table."""
    from app.__main__ import make_application, start

    app, translators = make_application()  # noqa: F841 - kept alive
    started = start(db_path)
    if isinstance(started, int):
        raise SystemExit(f"the window did not start: exit status {started}")
    db, window = started
    table = window.member_table
    while not (
        window.isVisible() and table.model().rowCount() and table.model().index(0, 0).data()
    ):
        app.processEvents()
    app.processEvents()  # the first paint of the filled table
    shown = time.time()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime
    print(
        json.dumps({"shown_at": shown, "cpu_s": cpu, "rows": table.model().rowCount()}),
        flush=True,
    )
    db.close()  # waits for the daily backup, if one is being made
    os._exit(0)  # skip teardown of the Qt objects: nothing left to measure


def child_scroll(db_path: str) -> None:
    """Open the window, scroll the table end to end, report peak RSS and step times."""
    from PySide6.QtWidgets import QApplication

    from app.models import open_database
    from app.ui.i18n import install_translators
    from app.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    translators = install_translators(app)  # noqa: F841
    db = open_database(db_path)
    window = MainWindow(db)
    window.show()
    app.processEvents()
    rss_open = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    bar = window.member_table.verticalScrollBar()
    steps: list[float] = []
    value = 0
    start = time.perf_counter()
    while True:
        t = time.perf_counter()
        bar.setValue(value)
        app.processEvents()
        steps.append(time.perf_counter() - t)
        if value >= bar.maximum():
            break
        value = min(value + bar.pageStep(), bar.maximum())
    total = time.perf_counter() - start
    last_row = window.member_table.rowAt(window.member_table.viewport().height() - 2)
    print(
        json.dumps(
            {
                "rows": window.member_model.rowCount(),
                "last_visible_row": last_row,
                "page_steps": len(steps),
                "scroll_s": total,
                "step_ms_p50": percentile(steps, 50) * 1000,
                "step_ms_p99": percentile(steps, 99) * 1000,
                "step_ms_max": max(steps) * 1000,
                "rss_after_open_mb": rss_open,
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        ),
        flush=True,
    )
    db.close()
    os._exit(0)  # skip teardown of the Qt objects: nothing left to measure


def run_child(kind: str, db_path: Path) -> tuple[dict, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.time()
    out = subprocess.run(
        [sys.executable, __file__, f"--child-{kind}", str(db_path)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1]), started


# --- search, in this process ----------------------------------------------------------------
def bench_search(db_path: Path, rounds: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.models import open_database
    from app.models.member_list import MemberFilter
    from app.models.text import search_key
    from app.ui.members.member_table import MemberTableModel

    _app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    db = open_database(db_path)
    model = MemberTableModel(db)
    model.set_filter(MemberFilter())  # warm: the browse list and the page cache of SQLite
    model.index(0, 0).data()

    per_query: dict[str, list[float]] = {q: [] for q in QUERIES}
    cpu: dict[str, list[float]] = {q: [] for q in QUERIES}
    rows: dict[str, str] = {}
    for _ in range(rounds):
        for q in QUERIES:
            t, c = time.perf_counter(), time.process_time()
            model.set_filter(MemberFilter(query=q))
            if model.rowCount():
                model.index(0, 0).data()  # the first page the table paints
            per_query[q].append(time.perf_counter() - t)
            cpu[q].append(time.process_time() - c)
            rows[q] = f"{model.rowCount()}{'+' if model.is_partial else ''}"

    # the same SQL straight on sqlite3: the floor under our code (the probes of the search
    # index and the card numbers that pick the plan, as search_plan runs them, then the
    # member-list query)
    from app.models.member_list import rowids_query, search_plan
    from app.ui.members.member_table import SEARCH_FIRST_ROWS

    raw = sqlite3.connect(db_path)
    floor: dict[str, list[float]] = {q: [] for q in QUERIES}
    naive: dict[str, list[float]] = {q: [] for q in QUERIES}
    statements: dict[str, list[tuple[str, list]]] = {}
    recorded: list[tuple[str, list]] = []

    with db.session() as s:
        dialect = s.connection().dialect
        driver = s.connection().connection.driver_connection
        for q in QUERIES:
            recorded.clear()
            # every statement the plan runs, through SQLAlchemy or straight on the driver,
            # with its values written in (sqlite3 traces the expanded SQL); not the ones
            # FTS5 runs inside them ("-- ...", its own reads of 'main'.member_fts_*)
            driver.set_trace_callback(
                lambda sql: (
                    None
                    if sql.startswith(("--", "PRAGMA")) or "'main'." in sql
                    else recorded.append((sql, []))
                )
            )
            try:
                plan = search_plan(s, q)
            finally:
                driver.set_trace_callback(None)
            steps = list(recorded)
            limit = SEARCH_FIRST_ROWS + 1 if plan.broad else None
            compiled = rowids_query(s, MemberFilter(query=q), limit, plan).compile(
                dialect=dialect, compile_kwargs={"render_postcompile": True}
            )
            params = compiled.construct_params()
            steps.append((str(compiled), [params[n] for n in compiled.positiontup]))
            statements[q] = steps
    for _ in range(rounds):
        for q in QUERIES:
            t = time.perf_counter()
            for sql, params in statements[q]:
                raw.execute(sql, params).fetchall()
            floor[q].append(time.perf_counter() - t)
    # naive peer: a LIKE scan over the folded search column (every word must occur)
    naive_rounds = max(1, rounds // 3)
    for _ in range(naive_rounds):
        for q in QUERIES:
            words = search_key(q).split() or [""]
            where = " AND ".join("search_text LIKE ?" for _ in words)
            t = time.perf_counter()
            raw.execute(
                f"SELECT rowid FROM member WHERE left_on IS NULL AND {where} ORDER BY sort_key",
                [f"%{w}%" for w in words],
            ).fetchall()
            naive[q].append(time.perf_counter() - t)
    raw.close()
    db.close()

    def summary(samples: dict[str, list[float]]) -> dict:
        flat = [x for xs in samples.values() for x in xs]
        return {
            "p50_ms": percentile(flat, 50) * 1000,
            "p95_ms": percentile(flat, 95) * 1000,
            "max_ms": max(flat) * 1000,
        }

    return {
        "queries": len(QUERIES),
        "rounds": rounds,
        "app": summary(per_query),
        "app_cpu": summary(cpu),
        "sqlite_floor": summary(floor),
        "naive_like": summary(naive),
        "per_query": {
            q: {
                "rows": rows[q],
                "median_ms": statistics.median(per_query[q]) * 1000,
                "cpu_ms": statistics.median(cpu[q]) * 1000,
                "floor_ms": statistics.median(floor[q]) * 1000,
                "naive_ms": statistics.median(naive[q]) * 1000,
            }
            for q in QUERIES
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--members", type=int, default=250_000)
    parser.add_argument("--remake", action="store_true", help="make the demo database again")
    parser.add_argument("--rounds", type=int, default=5, help="rounds over the query list")
    parser.add_argument("--starts", type=int, default=5, help="window starts to time")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--skip-scroll", action="store_true", help="no scroll/memory run")
    parser.add_argument("--child-window", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--child-scroll", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_window:
        child_window(args.child_window)
        return 0
    if args.child_scroll:
        child_scroll(args.child_scroll)
        return 0

    results: dict = {"machine": machine(), "members": args.members}
    if args.remake or not args.db.exists():
        print(f"making {args.db} with {args.members} members…", file=sys.stderr)
        results["demo_load_s"] = make_db(args.db, args.members)

    run_child("window", args.db)  # once untimed: upgrades the schema if needed, warms caches
    starts, cpus = [], []
    for _ in range(args.starts):
        shown, started = run_child("window", args.db)
        starts.append(shown["shown_at"] - started)
        cpus.append(shown["cpu_s"])
    results["window"] = {
        "rows": shown["rows"],
        "median_s": statistics.median(starts),
        "best_s": min(starts),
        "worst_s": max(starts),
        "cpu_median_s": statistics.median(cpus),
    }
    results["search"] = bench_search(args.db, args.rounds)
    if not args.skip_scroll:
        results["scroll"], _ = run_child("scroll", args.db)
    results["machine"]["load_average_after"] = os.getloadavg()

    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print_report(results)
    return 0


def print_report(r: dict) -> None:
    m = r["machine"]
    print(f"machine: {m['nproc']} cores, {m['cpu']}, Python {m['python']}, SQLite {m['sqlite']}")
    print(f"load average before/after: {m['load_average']} / {m['load_average_after']}")
    if "demo_load_s" in r:
        print(f"demo --members {r['members']}: {r['demo_load_s']:.1f} s (target < 60 s)")
    w = r["window"]
    print(
        f"main window shown with {w['rows']} rows: median {w['median_s']:.2f} s, "
        f"best {w['best_s']:.2f} s, worst {w['worst_s']:.2f} s (target < 1.5 s); "
        f"CPU time of the process {w['cpu_median_s']:.2f} s"
    )
    s = r["search"]
    for key, title in (
        ("app", "search field path"),
        ("app_cpu", "  same, CPU time"),
        ("sqlite_floor", "same SQL on sqlite3"),
        ("naive_like", "naive LIKE scan"),
    ):
        x = s[key]
        print(
            f"{title:<20} p50 {x['p50_ms']:7.1f} ms  p95 {x['p95_ms']:7.1f} ms  "
            f"max {x['max_ms']:7.1f} ms"
        )
    print("  (target: search field p95 < 30 ms)")
    print(f"  {'query':<26}{'rows':>8}{'app ms':>9}{'app CPU':>9}{'floor ms':>10}{'LIKE ms':>9}")
    for q, x in s["per_query"].items():
        print(
            f"  {q:<26}{x['rows']:>8}{x['median_ms']:>9.1f}{x['cpu_ms']:>9.1f}"
            f"{x['floor_ms']:>10.1f}{x['naive_ms']:>9.1f}"
        )
    if "scroll" not in r:
        return
    c = r["scroll"]
    print(
        f"scroll end to end: {c['rows']} rows, {c['page_steps']} page steps in "
        f"{c['scroll_s']:.1f} s (step p50 {c['step_ms_p50']:.1f} ms, p99 "
        f"{c['step_ms_p99']:.1f} ms, max {c['step_ms_max']:.1f} ms); last visible row "
        f"{c['last_visible_row']}"
    )
    print(
        f"peak RSS: {c['peak_rss_mb']:.0f} MB (after opening {c['rss_after_open_mb']:.0f} MB; "
        "target < 300 MB)"
    )


if __name__ == "__main__":
    sys.exit(main())
