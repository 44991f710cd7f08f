"""Background work nobody waits for runs at the lowest priority; the window's thread keeps its own."""

from __future__ import annotations

import sys
import threading

import pytest

from app.background import LINUX_NICE, lower_priority, thread_nice


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_only_the_calling_thread_is_lowered() -> None:
    before = thread_nice()
    seen: dict[str, object] = {}

    def work() -> None:
        seen["done"] = lower_priority()
        seen["nice"] = thread_nice()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == {"done": True, "nice": LINUX_NICE}
    assert thread_nice() == before  # the caller of the thread (the window's) is untouched


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_the_daily_copy_runs_lowered(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from app.models import open_check, open_database

    path = tmp_path / "office.sqlite3"
    open_database(path).close()  # made and migrated: the next open checks in the background
    seen: list[int | None] = []
    monkeypatch.setattr(open_check, "backup_daily", lambda *a, **k: seen.append(thread_nice()))
    before = thread_nice()
    db = open_database(path, background_check=True)
    db.close()
    assert seen == [LINUX_NICE]
    assert thread_nice() == before
