"""Cycles that hold Qt objects are collected on the GUI thread, never in a worker."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QWidget

from app.__main__ import make_application
from app.ui import gc_policy


class _Cycle:
    """Garbage only the cycle collector frees, holding a widget as a window's cycle does."""

    def __init__(self, collected_in: list[str]) -> None:
        self.me = self
        self.widget = QWidget()
        self.collected_in = collected_in

    def __del__(self) -> None:
        self.collected_in.append(threading.current_thread().name)


def test_a_worker_thread_does_not_collect_and_the_gui_thread_does(qtbot):
    assert not gc.isenabled()  # the autouse fixture installed the collector
    collected_in: list[str] = []

    kept: list[list[int]] = []

    def allocate() -> None:  # far past every threshold: Python itself would collect here
        kept.extend([i] for i in range(20_000))

    worker = threading.Thread(target=allocate, name="worker")
    gc.collect()
    _Cycle(collected_in)
    worker.start()
    worker.join()
    assert collected_in == []  # still waiting for the GUI thread (Python: ["worker"])
    qtbot.waitUntil(lambda: collected_in == ["MainThread"], timeout=3000)


def test_the_collector_follows_pythons_thresholds_and_gives_the_collector_back(qapp):
    collector = gc_policy.MainThreadCollector(qapp)
    try:
        gc.collect()
        assert collector.tick() == -1  # nothing allocated since: nothing to collect
        junk = [[i] for i in range(collector.threshold[0] + 10)]
        assert collector.tick() == 0
        del junk
    finally:
        collector.stop()
    assert not gc.isenabled()  # the test fixture's collector still owns it


def test_profdesk_installs_it_with_the_application(qapp):
    app, _ = make_application()
    assert isinstance(app.collector, gc_policy.MainThreadCollector)
    assert app.collector.timer.isActive()
    app.collector.stop()  # the test's own collector stays in charge


def test_a_full_collection_runs_at_most_every_ten_seconds(qapp, monkeypatch):
    collector = gc_policy.MainThreadCollector(qapp)
    try:
        monkeypatch.setattr(gc, "get_count", lambda: (10_000, 100, 100))
        collected = []
        monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation))
        collector.last_full = 0.0  # long ago
        assert collector.tick() == 2
        assert collector.tick() == 1  # a full one ran just now: the young ones only
        assert collected == [2, 1]
    finally:
        monkeypatch.undo()
        collector.stop()
