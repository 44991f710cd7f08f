"""`.part` files with personal data: gone at the next start once their writer is dead, left
alone while it still writes (issue 21, point 3)."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

from app import part_files

FORK = multiprocessing.get_context("fork")


def _write_and_die(out: str, ready, release) -> None:  # noqa: ANN001
    with part_files.writing(out) as tmp:
        tmp.write_text("Волкова Инна 2460000000015", encoding="utf-8")
        ready.set()
        release.wait(30)
        os._exit(0)  # killed mid-write: no rename, no cleanup of its own


def test_a_dead_writers_part_file_is_removed_and_a_live_ones_kept(tmp_path):
    out = tmp_path / "Билеты.pdf"
    ready, release = FORK.Event(), FORK.Event()
    writer = FORK.Process(target=_write_and_die, args=(str(out), ready, release))
    writer.start()
    assert ready.wait(30)
    part = part_files.part_path(out)
    assert part.exists()
    assert part.resolve() not in part_files.remove_abandoned()  # its writer is alive
    assert part.exists()
    release.set()
    writer.join(30)
    assert part.exists() and not out.exists()  # what a kill leaves behind
    assert part.resolve() in part_files.remove_abandoned()
    assert not part.exists()


def test_a_finished_file_is_renamed_and_leaves_no_journal(tmp_path):
    out = tmp_path / "list.csv"
    with part_files.writing(out) as tmp:
        tmp.write_text("a", encoding="utf-8")
    assert out.read_text(encoding="utf-8") == "a"
    assert not part_files.part_path(out).exists()


def _preview_and_die(pipe) -> None:  # noqa: ANN001
    folder = part_files.temporary_folder()
    (folder / "Буклеты.pdf").write_bytes(b"%PDF names")
    pipe.send(str(folder))
    os._exit(0)


def test_a_preview_folder_of_a_killed_window_goes_at_the_next_start():
    ours, theirs = FORK.Pipe()
    window = FORK.Process(target=_preview_and_die, args=(theirs,))
    window.start()
    assert ours.poll(30)
    folder = Path(ours.recv())
    window.join(30)
    assert (folder / "Буклеты.pdf").exists()
    assert folder.resolve() in part_files.remove_abandoned()
    assert not folder.exists()


def test_a_preview_folder_discarded_by_its_window_leaves_nothing():
    folder = part_files.temporary_folder()
    assert folder.resolve() not in part_files.remove_abandoned()  # ours, still in use
    part_files.discard(folder)
    assert not folder.exists()
