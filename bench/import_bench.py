"""Import of a 50,000-row member list (.xlsx) against openpyxl reading the same file.

    python bench/import_bench.py [--rows 50000] [--repeat 3] [--work /tmp/import-bench]

The list is the program's own XLSX export of a demo region (17 columns, real Excel dates),
so it is what an office would round-trip. Measured, interleaved `--repeat` times:
- openpyxl alone: load_workbook(read_only=True) and every row's values (the yardstick);
- `profdesk-cli members import` as a whole process (start, open the database (at the
  current schema: migrated once beforehand, as the first start after an update does),
  the backup copy, read, write) into a database holding the organisations and no members;
- the same file again (every row found by its Идентификатор, nothing changed).
Wall time, and CPU time of the process (CPU is less disturbed when others share the
machine). Peak memory of the import process (its own high-water mark, VmHWM: ru_maxrss
of a child also counts the bench's own memory at the fork) for a fifth of the rows, all
of them and twice as many (the list again under other ids and card numbers: namesakes,
so every row is a new member) shows whether memory grows with the file; beside it the
peak of a process that only loads the sheet with python-calamine (what the import holds
while it reads whole), of one that reads every row through the import's own reader
(app.importing.reading: a big .xlsx sheet in pieces) and of one that only reads the file
with openpyxl read-only.
"""

from __future__ import annotations

import argparse
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


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def prepare(work: Path, rows: int) -> tuple[Path, Path]:
    """A demo region exported to XLSX, and a copy of its database without members."""
    from app.models import demo, open_database
    from app.models.export import export_members

    work.mkdir(parents=True, exist_ok=True)
    source = work / f"demo-{rows}.sqlite3"
    xlsx = work / f"members-{rows}.xlsx"
    empty = work / f"orgs-only-{rows}.sqlite3"
    if not (source.exists() and xlsx.exists() and empty.exists()):
        for path in (source, xlsx, empty):
            path.unlink(missing_ok=True)
        db = open_database(source)
        with db.session(log_changes=False) as s:
            demo.generate(s, members=rows, seed=5)
        with db.session() as s:
            export_members(s, xlsx)
        db.close()
        shutil.copy(source, empty)
        con = sqlite3.connect(empty)
        for table in ("card", "member_transfer", "member", "change_log"):
            con.execute(f"DELETE FROM {table}")
        con.commit()
        con.execute("VACUUM")
        con.close()
    # the tree at this version's schema: the program migrates a database once, at its first
    # start after an update, not in every import (the cached copy may be from an older one)
    open_database(empty).close()
    return xlsx, empty


def openpyxl_read(xlsx: Path) -> tuple[float, float, int]:
    from openpyxl import load_workbook

    wall, cpu = time.perf_counter(), time.process_time()
    workbook = load_workbook(xlsx, read_only=True)
    count = sum(1 for _ in workbook.active.iter_rows(values_only=True))
    workbook.close()
    return time.perf_counter() - wall, time.process_time() - cpu, count


# profdesk-cli as `python -m app.cli` runs it, writing its own peak memory at exit
_PEAK_KIB = """
def peak_kib():
    import resource
    try:  # this process's own high-water mark (Linux)
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""
_CLI_WITH_PEAK = (
    _PEAK_KIB
    + """
import atexit, os, runpy, sys
import resource


def _write_peak():
    # the import's own peak and that of its reader process (a big sheet is read by a child,
    # app/importing/reader_process.py; joined by then): their sum, an upper bound
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    open(os.environ["BENCH_PEAK_FILE"], "w").write(f"{peak_kib()} {child}")


atexit.register(_write_peak)
sys.argv[0] = "profdesk-cli"
runpy.run_module("app.cli", run_name="__main__", alter_sys=True)
"""
)


def _cli_env() -> dict[str, str]:
    """The environment of an installed program: Python keeps the compiled modules (pip
    and the Windows build ship them), so the start is not a compile of every module."""
    drop = {"PROFDESK_DB", "PYTHONDONTWRITEBYTECODE"}
    return {k: v for k, v in os.environ.items() if k not in drop}


def warm_up() -> None:
    """One start of profdesk-cli first, which writes the compiled modules."""
    command = [sys.executable, "-m", "app.cli", "--help"]
    subprocess.run(command, cwd=ROOT, env=_cli_env(), capture_output=True, check=True)


def profdesk_import(xlsx: Path, db_path: Path) -> tuple[float, float, dict, float]:
    """`profdesk-cli members import FILE --json` in a process of its own: wall and CPU
    time, its report, its peak memory in MiB."""
    peak_file = db_path.with_suffix(".peak")
    env = _cli_env()
    env["BENCH_PEAK_FILE"] = str(peak_file)
    command = [sys.executable, "-c", _CLI_WITH_PEAK, "--db", str(db_path)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    done = subprocess.run(
        [*command, "members", "import", str(xlsx), "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    elapsed = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"import failed: {done.stderr}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    own, reader = (int(k) for k in peak_file.read_text().split())
    global LAST_PEAKS
    LAST_PEAKS = (own / 1024, reader / 1024)
    return elapsed, cpu, json.loads(done.stdout), (own + reader) / 1024


LAST_PEAKS = (0.0, 0.0)  # the last import's own peak and its reader process's, MiB


def cut(xlsx: Path, rows: int, out: Path) -> Path:
    """The first `rows` members of the list as a workbook of its own."""
    from openpyxl import Workbook, load_workbook

    if out.exists():
        return out
    source = load_workbook(xlsx, read_only=True)
    target = Workbook(write_only=True)
    sheet = target.create_sheet("Члены Профсоюза")
    for index, values in enumerate(source.active.iter_rows(values_only=True)):
        if index > rows:
            break
        sheet.append(values)
    source.close()
    target.save(out)
    return out


def doubled(xlsx: Path, out: Path) -> Path:
    """The list and the same people again under new ids and card numbers: namesakes of
    the first half (different ids), so all of them are new members."""
    import uuid

    from openpyxl import Workbook, load_workbook

    if out.exists():
        return out
    source = load_workbook(xlsx, read_only=True)
    rows = source.active.iter_rows(values_only=True)
    header = list(next(rows))
    body = [list(r) + [None] * (len(header) - len(r)) for r in rows]
    source.close()
    id_col, card_col = header.index("Идентификатор"), header.index("Номер профсоюзного билета")
    target = Workbook(write_only=True)
    sheet = target.create_sheet("Члены Профсоюза")
    sheet.append(header)
    for values in body:
        sheet.append(values)
    for values in body:
        values[id_col] = str(uuid.uuid4())
        if values[card_col]:
            values[card_col] = "9" + str(values[card_col])[1:]
        sheet.append(values)
    target.save(out)
    return out


def peak_memory(xlsx: Path, empty: Path, work: Path) -> str:
    run_db = work / "memory-run.sqlite3"
    shutil.copy(empty, run_db)
    return f"{profdesk_import(xlsx, run_db)[3]:.0f}"


_OPENPYXL_PEAK = (
    _PEAK_KIB
    + """
import sys
from openpyxl import load_workbook
workbook = load_workbook(sys.argv[1], read_only=True)
count = sum(1 for _ in workbook.active.iter_rows(values_only=True))
workbook.close()
print(peak_kib())
"""
)


_PIECES_PEAK = (
    _PEAK_KIB
    + """
import sys
from app.importing.reading import RowSource
with RowSource(sys.argv[1]) as source:
    count = sum(1 for _ in source.rows())
print(peak_kib())
"""
)


_CALAMINE_PEAK = (
    _PEAK_KIB
    + """
import sys
import python_calamine
workbook = python_calamine.CalamineWorkbook.from_path(sys.argv[1])
sheet = workbook.get_sheet_by_name(workbook.sheet_names[0])
count = sum(1 for _ in sheet.iter_rows())
print(peak_kib())
"""
)


def reader_peak(script: str, xlsx: Path) -> str:
    """Peak memory of a process that only reads the file, MiB."""
    done = subprocess.run(
        [sys.executable, "-c", script, str(xlsx)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return f"{int(done.stdout.strip()) / 1024:.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/import-bench"))
    args = parser.parse_args()

    xlsx, empty = prepare(args.work, args.rows)
    warm_up()
    print(f"nproc {os.cpu_count()}, {cpu_model()}, Python {platform.python_version()}")
    print("load average at the start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    print(f"file: {xlsx.name}, {xlsx.stat().st_size / 1e6:.1f} MB, {args.rows} rows x 17 columns")
    runs: dict[str, list[tuple[float, float]]] = {"openpyxl": [], "import": [], "again": []}
    for attempt in range(args.repeat):
        run_db = args.work / "run.sqlite3"
        shutil.copy(empty, run_db)
        wall, cpu, count = openpyxl_read(xlsx)
        runs["openpyxl"].append((wall, cpu))
        wall, cpu, first, _ = profdesk_import(xlsx, run_db)
        runs["import"].append((wall, cpu))
        wall, cpu, again, _ = profdesk_import(xlsx, run_db)
        runs["again"].append((wall, cpu))
        assert count == args.rows + 1 and first["created"] == args.rows, (count, first)
        assert not first["errors"] and not first["warnings"], first
        assert again["created"] == 0 and again["skipped"] == args.rows, again
        print(
            f"run {attempt + 1}: openpyxl {runs['openpyxl'][-1][0]:.1f} s, "
            f"import {runs['import'][-1][0]:.1f} s, again {runs['again'][-1][0]:.1f} s",
            flush=True,
        )

    def median(name: str, index: int) -> float:
        return statistics.median(r[index] for r in runs[name])

    base_wall, base_cpu = median("openpyxl", 0), median("openpyxl", 1)
    print()
    print("| what | wall, s (median) | CPU, s (median) | wall / openpyxl | CPU / openpyxl |")
    print("|---|---|---|---|---|")
    for name, label in (
        ("openpyxl", "openpyxl read-only, all rows"),
        ("import", f"profdesk-cli members import, {args.rows} created"),
        ("again", f"same file again, {args.rows} unchanged"),
    ):
        wall, cpu = median(name, 0), median(name, 1)
        print(
            f"| {label} | {wall:.1f} | {cpu:.1f} | {wall / base_wall:.2f} | {cpu / base_cpu:.2f} |"
        )

    small = cut(xlsx, args.rows // 5, args.work / f"members-{args.rows // 5}.xlsx")
    big = doubled(xlsx, args.work / f"members-{args.rows * 2}.xlsx")
    print()
    print(
        "| rows | peak RSS, MiB: profdesk-cli members import (itself + its reader process) | "
        "the import's reader alone, in one process (RowSource) | python-calamine, the sheet loaded whole | openpyxl read-only |"
    )
    print("|---|---|---|---|---|")
    peaks = []
    for path, rows in ((small, args.rows // 5), (xlsx, args.rows), (big, args.rows * 2)):
        peaks.append(float(peak_memory(path, empty, args.work)))
        print(
            f"| {rows} | {peaks[-1]:.0f} ({LAST_PEAKS[0]:.0f} + {LAST_PEAKS[1]:.0f}) | "
            f"{reader_peak(_PIECES_PEAK, path)} | "
            f"{reader_peak(_CALAMINE_PEAK, path)} | {reader_peak(_OPENPYXL_PEAK, path)} |"
        )
    spread = (peaks[2] - peaks[0]) / (args.rows * 2 - args.rows // 5) * 1000
    print(
        f"\nthe import's peak from {args.rows // 5} to {args.rows * 2} rows: "
        f"{peaks[2] - peaks[0]:+.0f} MiB ({spread:.2f} MiB per 1,000 rows)"
    )
    print("load average at the end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
