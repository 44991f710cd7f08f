"""A print killed at a random moment (issue 21, point 3), on both engines.

Before: killed late, the PDF was complete at the output path but no batch was recorded, and
after one new member and `cards assign` a number printed for one member belonged to another;
the `.part` file with names and numbers stayed behind. Now every PDF at an output path is
exactly the cards of a recorded batch, a batch without its PDF can be made again, no number
printed goes to anyone else, and the next start removes the `.part` files.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from app.models import open_database

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext"),
]


def _numbers_in(pdf: Path) -> list[str]:
    """Card numbers in print order, as a person reads them under «№»."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return re.findall(r"№ (\d{13})", out.stdout)


def _batches(db_path) -> dict[str, list[str]]:  # noqa: ANN001
    """Each recorded batch: its card numbers in print order (each card its own member's)."""
    db = open_database(db_path, daily_backup=False)
    try:
        with db.session() as s:
            rows = s.execute(
                text(
                    "SELECT i.batch_id, c.number, c.member_id = i.member_id FROM card_batch_item i "
                    "JOIN card c ON c.id = i.card_id ORDER BY i.batch_id, i.position"
                )
            ).all()
    finally:
        db.close()
    batches: dict[str, list[str]] = {}
    for batch_id, number, own in rows:
        assert own
        batches.setdefault(batch_id, []).append(number)
    return batches


def _print(db_path, out: Path) -> subprocess.Popen:  # noqa: ANN001
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "app.cli",
            "--db",
            str(db_path),
            "cards",
            "print",
            "--out",
            str(out),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _kill(process: subprocess.Popen, out: Path, after: float | None) -> None:
    """Kill -9 after `after` seconds, or (None) the moment the PDF appears at `out`."""
    if after is None:
        while not out.exists() and process.poll() is None:
            time.sleep(0.001)
    else:
        time.sleep(after)
    process.kill()
    process.wait(30)


def _new_member(db_path, last_name: str) -> None:  # noqa: ANN001
    from app.models.members import create_member

    db = open_database(db_path, daily_backup=False)
    try:
        with db.session() as s:
            org = s.scalar(text("SELECT id FROM organisation WHERE kind = 'primary' LIMIT 1"))
            create_member(s, {"last_name": last_name, "first_name": "Ава", "organisation_id": org})
    finally:
        db.close()


def test_a_killed_print_leaves_nothing_or_a_batch_whose_pdf_can_be_made_again(
    db_path, cli, tmp_path
):
    assert cli("demo", "--members", "150", "--seed", "5", db=db_path).returncode == 0
    folder = tmp_path / "Печать"
    folder.mkdir()
    # the story: killed as the PDF appears, then a new member, then the next print
    _kill(_print(db_path, folder / "first.pdf"), folder / "first.pdf", None)
    _new_member(db_path, "Аалтонен")
    started = time.monotonic()
    assert _print(db_path, folder / "whole.pdf").wait(60) == 0
    whole = time.monotonic() - started
    rng = random.Random()
    for run in range(2):  # and at random moments
        out = folder / f"run{run}.pdf"
        _kill(_print(db_path, out), out, rng.uniform(0.3, whole))
    _new_member(db_path, "Аабсалон")
    assigned = cli("cards", "assign", db=db_path)  # also the next start: .part files go
    assert assigned.returncode == 0, assigned.stderr
    assert list(folder.glob("*.part")) == []

    batches = _batches(db_path)
    sequences = {tuple(numbers): batch_id for batch_id, numbers in batches.items()}
    printed: set[str] = set()
    made = set()
    for pdf in folder.glob("*.pdf"):
        numbers = tuple(_numbers_in(pdf))
        assert numbers in sequences, f"{pdf.name} is not a recorded batch"
        printed.update(numbers)
        made.add(sequences[numbers])
    for batch_id in set(batches) - made:  # killed after the record: the PDF is made again
        again = folder / f"again-{batch_id}.pdf"
        done = cli("cards", "print", "--batch", batch_id, "--out", str(again), db=db_path)
        assert done.returncode == 0, done.stderr
        assert _numbers_in(again) == batches[batch_id]
        printed.update(batches[batch_id])

    db = open_database(db_path, daily_backup=False)
    try:
        with db.session() as s:
            newest = s.scalar(
                text(
                    "SELECT c.number FROM card c JOIN member m ON m.id = c.member_id "
                    "WHERE m.last_name = 'Аабсалон' AND c.is_current = :yes"
                ),
                {"yes": True},
            )
            twice = s.execute(
                text(
                    "SELECT member_id FROM card WHERE is_current = :yes "
                    "GROUP BY member_id HAVING count(*) > 1"
                ),
                {"yes": True},
            ).all()
    finally:
        db.close()
    assert newest and newest not in printed  # no printed number belongs to someone else
    assert twice == []


def test_cards_print_batch_remakes_the_same_cards_and_refuses_a_mix(db_path, cli, tmp_path):
    assert cli("demo", "--members", "60", "--seed", "2", db=db_path).returncode == 0
    first = cli("cards", "print", "--out", str(tmp_path / "a.pdf"), db=db_path)
    assert first.returncode == 0, first.stderr
    batch_id = re.search(r"партия (\S+)", first.stdout).group(1)
    again = cli("cards", "print", "--batch", batch_id, "--out", str(tmp_path / "b.pdf"), db=db_path)
    assert again.returncode == 0, again.stderr
    assert _numbers_in(tmp_path / "b.pdf") == _numbers_in(tmp_path / "a.pdf")
    assert "заново" in again.stdout
    mixed = cli(
        "cards", "print", "--batch", batch_id, "--org", "R-01", "--out", "c.pdf", db=db_path
    )
    assert mixed.returncode == 1 and "--batch" in mixed.stderr
    assert not (tmp_path / "c.pdf").exists()
