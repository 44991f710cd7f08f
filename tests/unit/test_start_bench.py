"""bench/start_bench.py, tiny: CI keeps the benchmark runnable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_start_bench_runs_tiny(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "start_bench.py"),
            *("--members", "200", "--repeat", "1", "--rounds", "1", "--paced", "3"),
            *("--work", str(tmp_path / "bench")),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "orgs list --json" in done.stdout and "bare PySide6 window" in done.stdout
    assert "report --as-of today --json" in done.stdout and "worklist no-booklet" in done.stdout
    assert "search typed to shown" in done.stdout and "card_number desc" in done.stdout
    assert "bare PySide6 field and table" in done.stdout and "typed a key every" in done.stdout
