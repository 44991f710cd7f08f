"""Start-up benchmark (issue 18, "a start that feels instant"), each figure with its floor.

    python bench/start_bench.py --db DEMO.sqlite3 [--repeat R] [--json]
    python bench/start_bench.py --members 300 --repeat 1      # CI: a tiny demo of its own

The database is copied into --work first and never opened in place. Child processes run
with Python's bytecode cache on (in --work), as an installed program runs; one untimed
run of each first. Measured, whole process, wall (best and median) and CPU time:
- CLI reading commands (`python -m app.cli ...`, which is what the `profdesk-cli` entry
  point runs) against two floors: `python -c pass` and one query on sqlite3;
- the GUI from process start to the main window shown with a filled member table (as
  `profdesk` starts: app.__main__.start), against a bare PySide6 window with a table;
- search typed in the main window's search field to the table showing the answer,
  including any wait of the search pacer (names, phone digits, card-number fragments),
  p50/p95: first while the start's background work runs (the day's first start of a copy
  of its own: the daily checked copy and the monthly snapshot), then at rest, the keys sent
  at once just after the list was emptied and typed as a person types (a key every 150
  ms); the floor is a bare PySide6 search field and table with the same pacer;
- sorting the member table by each column, both directions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NAME_QUERIES = [
    "Иванов",
    "петрова",
    "Пономарёва",
    "ЁЛКИНА",
    "ков",
    "Иванова Анна",
    "Семёнова Алёна Петровна",
    "к",
    "ив",
]
PHONE_QUERIES = ["910", "+7 910", "8 (915) 2", "55512"]


def machine() -> dict:
    model = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
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


def child_env(work: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")  # bytecode kept, as installed
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)
    env.pop("PROFDESK_DB", None)
    return env


def timed(argv: list[str], env: dict, repeat: int) -> dict:
    """Wall and CPU time of a whole process, best and median of `repeat` runs."""
    subprocess.run(argv, env=env, cwd=ROOT, check=True, capture_output=True)  # warm
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, env=env, cwd=ROOT, check=True, capture_output=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return {
        "best_s": min(walls),
        "median_s": statistics.median(walls),
        "cpu_best_s": min(cpus),
        "cpu_median_s": statistics.median(cpus),
    }


# --- the CLI ----------------------------------------------------------------------------------
def cli_commands(db: Path, org: str = "T01") -> dict[str, list[str]]:
    """The floors, then every CLI command that only reads and prints (issue 18: each under
    0.3 s at 250,000 members); `org` a territorial organisation's code."""
    today = dt.date.today().strftime("%d.%m.%Y")
    cli = [sys.executable, "-m", "app.cli", "--db", str(db)]
    one_query = (
        f"import sqlite3; c = sqlite3.connect({str(db)!r}); "
        "c.execute('SELECT id, code, name FROM organisation').fetchall()"
    )
    commands = {
        "floor: python -c pass": [sys.executable, "-c", "pass"],
        "floor: sqlite3, one query": [sys.executable, "-c", one_query],
        "python -c 'import sqlalchemy.orm'": [sys.executable, "-c", "import sqlalchemy.orm"],
    }
    reading = [
        "orgs list --json",
        "orgs list",
        "members search петрова --limit 10",
        "members search 910 --limit 10",
        "users list",
        "audit --json",
        "audit",
        "audit --action update --limit 50",
        "backup --list",
        "cards batches --json",
        "cards layouts list --json",
        "cards layouts check default --json",
        "booklets layouts list --json",
        "stock balance --json",
        "stock shipments --json",
        f"stock history --org {org} --json",
        "report --as-of today --json",
        f"report --as-of today --org {org} --json",
        "exchange conflicts --json",
        "exchange conflicts",
        *(f"worklist {kind} --json" for kind in WORKLISTS),
        "worklist no-consent",
        "ranking --json",
        "ranking",
        "ranking --level territorial --json",
        f"ranking --org {org} --json",
        "progress --json",
        "progress",
        f"progress --org {org} --months 12",
    ]
    for line in reading:
        argv = [today if word == "today" else word for word in line.split()]
        commands[line] = [*cli, *argv]
    for kind in BIG_LISTS:  # 36,000-235,000 members, 7-80 MB of JSON: a floor of their own
        commands[f"floor: the same SQL's {kind} JSON, bare python"] = [
            sys.executable,
            "-c",
            SAME_SQL.format(db=str(db), kind=kind),
        ]
    return commands


BIG_LISTS = ("not-e-registered", "no-consent", "no-booklet", "not-in-profkards")
# the least a Python program does to print a work list: the command's own SQL (SQLite writes
# each member's JSON), its UTF-8 bytes joined and written; no arguments, checks, envelope
SAME_SQL = (
    "import datetime, sqlite3, sys; from app.models.fastread import worklists as w; "
    "c = sqlite3.connect({db!r}); c.text_factory = bytes; "
    "rows = w.walk_rows(c, {kind!r}, None, None, datetime.date.today(), w.JSON_OBJECT); "
    "sys.stdout.buffer.write(b',\\n'.join(r[0] for r in rows))"
)


WORKLISTS = (
    "not-e-registered",
    "no-consent",
    "card-not-printed",
    "card-not-handed",
    "no-booklet",
    "not-in-profkards",
)


def territorial_code(db: Path) -> str:
    """A territorial organisation's code (the demo's first), for the commands that take one."""
    conn = sqlite3.connect(db)
    try:
        row = conn.execute(
            "SELECT code FROM organisation WHERE kind = 'territorial' ORDER BY code LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    return row[0] if row else "T01"


# --- children: a fresh process each -----------------------------------------------------------
def child_window(db_path: str) -> None:
    """As `profdesk` starts; prints the moment the filled table is shown."""
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
    report_shown({"rows": table.model().rowCount()})
    db.close()
    os._exit(0)


def child_floor() -> None:
    """A bare PySide6 window with a table of 50 rows, shown: what Qt itself costs."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    model = QStandardItemModel(50, 10)
    for row in range(50):
        for col in range(10):
            model.setItem(row, col, QStandardItem(f"{row}:{col}"))
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1360, 800)
    window.show()
    while not (window.isVisible() and table.model().index(0, 0).data()):
        app.processEvents()
    app.processEvents()
    report_shown({"rows": 50})
    os._exit(0)


def report_shown(extra: dict) -> None:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(
        json.dumps({"shown_at": time.time(), "cpu_s": usage.ru_utime + usage.ru_stime, **extra}),
        flush=True,
    )


def run_shown(kind: str, db: Path, env: dict, repeat: int) -> dict:
    argv = [sys.executable, __file__, f"--child-{kind}", str(db)]
    subprocess.run(argv, env=env, cwd=ROOT, check=True, capture_output=True)  # warm
    walls, cpus = [], []
    for _ in range(repeat):
        started = time.time()
        out = subprocess.run(argv, env=env, cwd=ROOT, check=True, capture_output=True, text=True)
        shown = json.loads(out.stdout.strip().splitlines()[-1])
        walls.append(shown["shown_at"] - started)
        cpus.append(shown["cpu_s"])
    return {
        "rows": shown["rows"],
        "best_s": min(walls),
        "median_s": statistics.median(walls),
        "cpu_median_s": statistics.median(cpus),
    }


KEY_GAP_S = 0.15  # a fast office typist: about 400 characters a minute
READ_S = 0.3  # looking at the emptied list before typing


def type_paced(app, query: str, press, resets, settle) -> float:  # noqa: ANN001
    """Type `query` into an emptied field as a person does, a key every KEY_GAP_S with the
    window running meanwhile: from the last key to the table showing the answer (s)."""

    def run_for(seconds: float) -> None:
        until = time.perf_counter() + seconds
        while time.perf_counter() < until:
            app.processEvents()
            time.sleep(0.002)

    run_for(READ_S)
    for char in query[:-1]:
        press(char)
        run_for(KEY_GAP_S)
    count = resets()
    press(query[-1])
    typed = time.perf_counter()
    return settle(count) - typed


def child_search_floor(samples: int, paced_queries: int) -> None:
    """The search's floor: a bare PySide6 window with a search field and a table, the same
    search pacer, and the answer (50 rows) put in the table without any query: typed to
    shown, the keys at once and paced as a person types."""
    from PySide6.QtCore import QEvent, QEventLoop, Qt
    from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import (
        QApplication,
        QLineEdit,
        QMainWindow,
        QTableView,
        QVBoxLayout,
        QWidget,
    )

    from app.ui.members.search_pacer import SearchPacer

    app = QApplication(sys.argv[:1])
    window, box = QMainWindow(), QWidget()
    field, table, model = QLineEdit(), QTableView(), QStandardItemModel(0, 10)
    table.setModel(model)
    layout = QVBoxLayout(box)
    layout.addWidget(field)
    layout.addWidget(table)
    window.setCentralWidget(box)
    window.resize(1360, 800)
    window.show()
    shown: list[float] = []

    def answer() -> None:
        model.clear()
        text = field.text()
        for row in range(50):
            model.appendRow([QStandardItem(f"{text} {row}:{col}") for col in range(10)])
        shown.append(time.perf_counter())

    pacer = SearchPacer(window, answer)
    field.textChanged.connect(lambda _: pacer.typed())
    queries = NAME_QUERIES + PHONE_QUERIES

    def settle(count: int) -> float:
        while len(shown) <= count:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        table.model().index(0, 0).data()
        app.processEvents()  # the paint
        return time.perf_counter()

    def press(char: str) -> None:
        key = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(field, key)

    walls, paced = [], []
    for i in range(samples):
        query = queries[i % len(queries)]
        if field.text():
            count = len(shown)
            field.clear()
            settle(count)
        count = len(shown)
        for char in query:
            press(char)
        typed = time.perf_counter()
        walls.append(settle(count) - typed)
        if i % len(queries) >= paced_queries:
            continue
        count = len(shown)
        field.clear()
        settle(count)
        paced.append(type_paced(app, query, press, lambda: len(shown), settle))
    print(json.dumps({"walls": walls, "paced": paced}), flush=True)
    os._exit(0)


def child_typing(db_path: str, rounds: int, paced_queries: int) -> None:
    """Search typed in the main window to the table showing it; sorting by every column."""
    from PySide6.QtCore import QEvent, QEventLoop, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from app.__main__ import make_application, start
    from app.ui.members.search_pacer import SEARCH_GAP_MS

    app, translators = make_application()  # noqa: F841
    db, window = start(db_path)
    model, table = window.member_model, window.member_table
    while not (window.isVisible() and model.rowCount()):
        app.processEvents()
    resets: list[float] = []
    model.modelReset.connect(lambda: resets.append(time.perf_counter()))

    def settle(after: int) -> tuple[float, float]:
        """Wait for the table to be reset (after any wait of the pacer) and painted: (wall, CPU)."""
        deadline = time.perf_counter() + 30
        while len(resets) <= after and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # no spinning
        if model.rowCount():
            model.index(0, 0).data()
        app.processEvents()  # the paint
        return time.perf_counter(), time.process_time()

    with db.session() as s:
        numbers = [
            n
            for (n,) in s.execute(
                text("SELECT number FROM card WHERE is_current = 1 ORDER BY number LIMIT 3")
            )
        ]
    card_queries = [n[: len(n) - 3] for n in numbers[:1]] + [n for n in numbers[1:2]]
    queries = (
        [("name", q) for q in NAME_QUERIES]
        + [("phone", q) for q in PHONE_QUERIES]
        + [("card", q) for q in card_queries]
    )
    samples: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}  # the process's CPU time: what a machine of its own takes
    rows: dict[str, int] = {}

    def type_query(query: str) -> tuple[float, float]:
        """Type the query into the emptied search field: (wall, CPU) to the table shown."""
        if window.search.text():
            count = len(resets)
            window.search.clear()
            settle(count)
        count = len(resets)
        for char in query:  # key presses carrying the text, as a keyboard sends them
            press = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(window.search, press)
        typed, typed_cpu = time.perf_counter(), time.process_time()
        shown, shown_cpu = settle(count)
        return shown - typed, shown_cpu - typed_cpu

    # 1. typed while the start's background work runs: this is the day's first start of a
    # copy of its own, so the daily checked copy is due and the monthly snapshot rebuilds
    # the past months; the snapshot is started at once instead of 3 s after the show
    def background_runs() -> bool:
        return not (db.background_done() and window.work.wait_background(0))

    window.work.start_background()
    during: list[float] = []
    background_s = time.perf_counter()
    while background_runs() and len(during) < 5 * len(queries):
        for _kind, query in queries:
            if background_runs():
                during.append(type_query(query)[0])
    window.work.wait_background()
    if db._check is not None:  # the daily check left: stopped, as closing the window does
        db._check.cancel()  # (at nice 19 on a loaded machine it can take minutes)
    while not db.background_done():
        app.processEvents()
        time.sleep(0.05)
    background_s = time.perf_counter() - background_s
    # 2. at rest: the keys at once (a paste, a burst), then as a person types them
    paced: dict[str, list[float]] = {}

    def press(char: str) -> None:
        key = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(window.search, key)

    for _ in range(rounds):
        for i, (kind, query) in enumerate(queries):
            wall, used = type_query(query)
            samples.setdefault(f"{kind}\t{query}", []).append(wall)
            cpu.setdefault(f"{kind}\t{query}", []).append(used)
            rows[f"{kind}\t{query}"] = model.rowCount()
            if i >= paced_queries:
                continue
            count = len(resets)
            window.search.clear()
            settle(count)
            wall = type_paced(app, query, press, lambda: len(resets), lambda n: settle(n)[0])
            paced.setdefault(f"{kind}\t{query}", []).append(wall)
    if window.search.text():
        count = len(resets)
        window.search.clear()
        settle(count)
    sorts: dict[str, float] = {}
    sorts_cpu: dict[str, float] = {}
    header = table.horizontalHeader()
    for column, key in enumerate(model.COLUMNS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            if (key, order == Qt.SortOrder.DescendingOrder) == ("name", False):
                continue  # the order it shows already
            count = len(resets)
            started, started_cpu = time.perf_counter(), time.process_time()
            header.setSortIndicator(column, order)
            direction = "desc" if order == Qt.SortOrder.DescendingOrder else "asc"
            shown, shown_cpu = settle(count)
            sorts[f"{key} {direction}"] = shown - started
            sorts_cpu[f"{key} {direction}"] = shown_cpu - started_cpu
    print(
        json.dumps(
            {
                "rows_listed": model.rowCount(),
                "gap_ms": SEARCH_GAP_MS,
                "search_paced": paced,
                "search": samples,
                "search_during_background": during,
                "background_s": background_s,
                "search_cpu": cpu,
                "search_rows": rows,
                "sort": sorts,
                "sort_cpu": sorts_cpu,
            },
            ensure_ascii=False,
        ),
        flush=True,
    )
    db.close()
    os._exit(0)


# --- the run ----------------------------------------------------------------------------------
def prepare(args: argparse.Namespace) -> Path:
    args.work.mkdir(parents=True, exist_ok=True)
    db = args.work / "start-bench.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    if args.db:
        shutil.copyfile(args.db, db)  # never opened in place: the open migrates it
    else:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "app.cli",
                "--db",
                str(db),
                "demo",
                "--members",
                str(args.members),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
    # one open: migrations, the daily backup and the first-start bookkeeping done untimed
    subprocess.run(
        [sys.executable, "-m", "app.cli", "--db", str(db), "orgs", "list"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a demo database to copy (else --members)")
    parser.add_argument("--members", type=int, default=300, help="demo size without --db")
    parser.add_argument("--work", type=Path, default=Path("/tmp/start-bench"))
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each process")
    parser.add_argument("--rounds", type=int, default=3, help="rounds over the search queries")
    parser.add_argument(
        "--paced", type=int, default=99, help="queries also typed at a person's pace, per round"
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--cli-only", action="store_true", help="only the CLI commands")
    parser.add_argument("--child-window", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--child-floor", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--child-typing", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--child-search-floor", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_window:
        child_window(args.child_window)
    if args.child_floor:
        child_floor()
    if args.child_typing:
        child_typing(args.child_typing, args.rounds, args.paced)
    if args.child_search_floor:
        child_search_floor(args.child_search_floor, args.paced)

    db = prepare(args)
    env = child_env(args.work)
    results: dict = {"machine": machine()}
    commands = cli_commands(db, territorial_code(db))
    results["cli"] = {name: timed(argv, env, args.repeat) for name, argv in commands.items()}
    if args.cli_only:
        results["machine"]["load_average_after"] = os.getloadavg()
        if args.json:
            print(json.dumps(results, ensure_ascii=False, indent=2))
        else:
            print_cli(results)
        return 0
    results["gui_floor"] = run_shown("floor", db, env, args.repeat)
    results["gui"] = run_shown("window", db, env, args.repeat)
    # the typing child starts a copy of its own as the day's first start: the daily checked
    # copy is due (a file of another name has no backups yet) and no snapshot was taken
    typing_db = args.work / "typing.sqlite3"
    shutil.rmtree(args.work / "typing-backups", ignore_errors=True)
    shutil.copyfile(db, typing_db)
    out = subprocess.run(
        [
            *(sys.executable, __file__, "--child-typing", str(typing_db)),
            *("--rounds", str(args.rounds), "--paced", str(args.paced)),
        ],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    results["typing"] = json.loads(out.stdout.strip().splitlines()[-1])
    samples = sum(len(x) for x in results["typing"]["search"].values())
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child-search-floor",
            str(samples),
            "--paced",
            str(args.paced),
        ],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    results["search_floor"] = json.loads(out.stdout.strip().splitlines()[-1])
    results["machine"]["load_average_after"] = os.getloadavg()
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print_report(results)
    return 0


def print_cli(r: dict) -> None:
    m = r["machine"]
    print(f"machine: {m['nproc']} cores, {m['cpu']}, Python {m['python']}, SQLite {m['sqlite']}")
    print(f"load average before/after: {m['load_average']} / {m['load_average_after']}")
    print("CLI, whole process (target < 0.3 s for a reading command at 250,000 members):")
    print(f"  {'command':<44}{'best':>8}{'median':>9}{'CPU':>8}")
    for name, x in r["cli"].items():
        print(f"  {name:<44}{x['best_s']:>7.3f}s{x['median_s']:>8.3f}s{x['cpu_best_s']:>7.3f}s")


def print_report(r: dict) -> None:
    print_cli(r)
    g, f = r["gui"], r["gui_floor"]
    print(
        f"GUI to a filled table of {g['rows']} rows: best {g['best_s']:.2f} s, median "
        f"{g['median_s']:.2f} s, CPU {g['cpu_median_s']:.2f} s (target < 0.8 s)"
    )
    print(
        f"  floor, a bare PySide6 window with a table: best {f['best_s']:.2f} s, median "
        f"{f['median_s']:.2f} s; ratio of medians {g['median_s'] / f['median_s']:.1f}x "
        "(target within 5x)"
    )
    t = r["typing"]
    flat = [x for xs in t["search"].values() for x in xs]
    paced = [x for xs in t["search_paced"].values() for x in xs]
    floor, floor_paced = r["search_floor"]["walls"], r["search_floor"]["paced"]
    print(f"search typed to shown (target p95 < 100 ms), the pacer's gap {t['gap_ms']} ms:")
    for label, xs, fl in (
        ("keys at once, just after the emptied list", flat, floor),
        (f"typed a key every {KEY_GAP_S * 1000:.0f} ms", paced, floor_paced),
    ):
        if not xs or not fl:
            continue  # --paced 0
        print(
            f"  {label}: p50 {percentile(xs, 50) * 1000:.0f} ms, p95 "
            f"{percentile(xs, 95) * 1000:.0f} ms, max {max(xs) * 1000:.0f} ms; floor (a bare "
            f"PySide6 field and table, same pacer, 50 rows put in) p50 "
            f"{percentile(fl, 50) * 1000:.0f} ms, p95 {percentile(fl, 95) * 1000:.0f} ms; "
            f"ratio of p95 {percentile(xs, 95) / percentile(fl, 95):.1f}x"
        )
    during = t["search_during_background"]
    if during:
        print(
            f"  typed while the start's background work ran ({t['background_s']:.1f} s: the "
            f"daily checked copy, the monthly snapshot), {len(during)} samples: p50 "
            f"{percentile(during, 50) * 1000:.0f} ms, p95 {percentile(during, 95) * 1000:.0f} "
            f"ms, max {max(during) * 1000:.0f} ms"
        )
    for key, xs in t["search"].items():
        kind, query = key.split("\t")
        print(
            f"  {kind:<6}{query:<26}{t['search_rows'][key]:>8} rows"
            f"{statistics.median(xs) * 1000:>8.0f} ms wall"
            f"{statistics.median(t['search_cpu'][key]) * 1000:>6.0f} ms CPU"
            + (
                f"{statistics.median(t['search_paced'][key]) * 1000:>8.0f} ms paced"
                if key in t["search_paced"]
                else ""
            )
        )
    print(f"sorting the {t['rows_listed']} listed members, to shown (target < 300 ms):")
    for key, x in t["sort"].items():
        print(f"  {key:<24}{x * 1000:>8.0f} ms wall{t['sort_cpu'][key] * 1000:>6.0f} ms CPU")


if __name__ == "__main__":
    sys.exit(main())
