"""The package as `pip install .` leaves it, not the source tree the other tests import."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_installed_package_makes_a_database_and_fills_it(tmp_path):
    # a copy without build leftovers (setuptools would reuse an old build/ folder)
    source = tmp_path / "source"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".ci-venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache"
        ),
    )
    site = tmp_path / "site"
    installed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--verbose",  # setuptools' own warnings are printed only then
            "--no-deps",
            "--target",
            str(site),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    # a current setuptools warns before dropping a data folder it was not told about, and
    # about deprecated metadata (setup.py lists every folder; the licence is SPDX)
    built = installed.stdout + installed.stderr
    assert "BuildBackendWarning" not in built and "DeprecationWarning" not in built, [
        line for line in built.splitlines() if "Warning" in line
    ]
    installed_app = site / "app"
    versions = source / "app" / "models" / "migrations" / "versions"
    assert {
        p.name for p in (installed_app / "models" / "migrations" / "versions").glob("*.py")
    } == {p.name for p in versions.glob("*.py")}
    shipped = {
        p.relative_to(source / "resources")
        for p in (source / "resources").rglob("*")
        if p.is_file()
    }
    assert shipped == {
        p.relative_to(installed_app / "_resources")
        for p in (installed_app / "_resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert any(p.suffix == ".qm" for p in shipped) and any(p.suffix == ".ttf" for p in shipped)
    # run from elsewhere, so that `app` comes from the installed copy
    elsewhere = tmp_path / "Рабочий стол"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    db = elsewhere / "новая база.sqlite3"
    for args in (["demo", "--members", "50"], ["orgs", "list", "--json"]):
        done = subprocess.run(
            [sys.executable, "-m", "app.cli", "--db", str(db), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=elsewhere,
            env=env,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr[-3000:]
    assert "Курская" in done.stdout
    where = subprocess.run(
        [
            sys.executable,
            "-c",
            "import app, app.paths; print(app.__file__, app.paths.resource_root())",
        ],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=env,
    )
    assert str(site) in where.stdout and "_resources" in where.stdout
