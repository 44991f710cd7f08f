"""bench/import_bench.py at a tiny size: CI keeps the benchmark runnable (on SQLite)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.sqlite_only
def test_import_bench_runs_at_a_tiny_size(tmp_path):
    done = subprocess.run(
        [sys.executable, "bench/import_bench.py", "--rows", "60", "--repeat", "1"]
        + ["--work", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "| profdesk-cli members import, 60 created |" in done.stdout
    assert "| same file again, 60 unchanged |" in done.stdout
    peaks = [
        line
        for line in done.stdout.splitlines()
        if line.startswith(("| 12 |", "| 60 |", "| 120 |"))
    ]
    assert len(peaks) == 3 and all(len(line.split("|")) == 7 for line in peaks)
    assert "the import's peak from 12 to 120 rows:" in done.stdout
