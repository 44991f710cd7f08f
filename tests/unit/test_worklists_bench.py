"""bench/worklists_bench.py, tiny: CI keeps the benchmark runnable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_worklists_bench_runs_tiny(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "worklists_bench.py"),
            *("--members", "300", "--repeat", "1", "--work", str(tmp_path / "bench")),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "not-in-profkards" in done.stdout and "sheets:" in done.stdout
    assert "chart, region, 24 months:" in done.stdout
    assert "cards marked printed" in done.stdout
