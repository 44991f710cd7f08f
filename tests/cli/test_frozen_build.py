"""The one-folder build made by packaging/profdesk.spec starts and passes its self-test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytest.importorskip("PyInstaller", reason="PyInstaller is in the test extra; install '.[test]'")


@pytest.mark.slow
def test_frozen_program_starts_with_demo_data_and_quits(tmp_path):
    dist, work = tmp_path / "dist", tmp_path / "build"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "packaging" / "profdesk.spec"),
        ],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    folder = dist / "profdesk"
    gui = folder / ("profdesk.exe" if os.name == "nt" else "profdesk")
    cli = folder / ("profdesk-cli.exe" if os.name == "nt" else "profdesk-cli")

    version = subprocess.run([str(gui), "--version"], capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("profdesk 0."), version

    data = tmp_path / "Рабочий стол" / "База профсоюза"
    data.mkdir(parents=True)
    db = data / "данные офиса.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PROFDESK_DB", None)
    started = subprocess.run(
        [str(gui), "--db", str(db), "--demo", "--self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert started.returncode == 0, started.stderr[-3000:]
    assert started.stdout.strip().endswith("OK")

    found = subprocess.run(
        [str(cli), "--db", str(db), "orgs", "list", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=env,
    )
    assert found.returncode == 0 and "Курская" in found.stdout

    # the same build works on a PostgreSQL server (its driver is frozen in too)
    from tests.pgtest import fresh_pg_database, pg_admin_url

    if not pg_admin_url():
        return
    with fresh_pg_database() as url:
        for args in (["init", "--region-name", "Областная организация"], ["orgs", "list"]):
            done = subprocess.run(
                [str(cli), "--db", url, *args],
                capture_output=True,
                text=True,
                encoding="utf-8",
                timeout=120,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},  # with PGPASSWORD if set
            )
            assert done.returncode == 0, done.stderr[-3000:]
        assert "Областная организация" in done.stdout
