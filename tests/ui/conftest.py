"""A modal dialog nobody answers would hang the whole run offscreen; here it fails its test."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.ui import gc_policy

DIALOG_PATIENCE_S = 20.0


@pytest.fixture(autouse=True)
def _no_hanging_dialogs(qapp):  # noqa: ANN001 - pytest-qt's QApplication
    seen: dict[int, float] = {}
    closed: list[str] = []

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            seen.clear()
            return
        first = seen.setdefault(id(modal), time.monotonic())
        if time.monotonic() - first > DIALOG_PATIENCE_S:
            text = modal.text() if isinstance(modal, QMessageBox) else modal.windowTitle()
            closed.append(f"{type(modal).__name__}: {text}")
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(1000)
    yield
    timer.stop()
    if closed:
        pytest.fail(f"a dialog waited for an answer that never came: {closed}")


@pytest.fixture(autouse=True)
def _cycles_collected_on_the_gui_thread(qapp):  # noqa: ANN001
    """As `profdesk` runs (make_application): a worker thread never collects a window."""
    collector = gc_policy.install(qapp)
    yield collector
    collector.stop()
    collector.deleteLater()
