"""bench/integrity_bench.py, tiny: CI keeps the benchmark runnable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_integrity_bench_runs_tiny() -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "integrity_bench.py"),
            "--members",
            "200",
            "--repeat",
            "1",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    for figure in (
        "floor: sqlite3.connect",
        "clean open: no check",
        "PRAGMA integrity_check",
        "GUI start: window shown",
        "window shown before the check ended",
    ):
        assert figure in done.stdout
