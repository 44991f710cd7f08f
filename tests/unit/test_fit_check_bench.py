"""bench/fit_check_bench.py, tiny: CI keeps the benchmark runnable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_fit_check_bench_runs_tiny() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "fit_check_bench.py"), "--members", "300",
         "--runs", "1", "--sample", "50"],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "planted surname found: yes" in done.stdout and "floor read" in done.stdout
