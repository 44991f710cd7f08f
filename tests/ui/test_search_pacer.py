"""The search field's pacer: an answer at once after a quiet field, one search per burst."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit

from app.ui.members.search_pacer import SearchPacer


def field_with_pacer(qtbot, gap_ms: int) -> tuple[QLineEdit, SearchPacer, list[str]]:
    field = QLineEdit()
    qtbot.addWidget(field)  # the field owns the pacer: both live to the end of the test
    searched: list[str] = []
    pacer = SearchPacer(field, lambda: searched.append(field.text()), gap_ms)
    field.textChanged.connect(lambda _: pacer.typed())
    return field, pacer, searched


def test_a_key_in_a_quiet_field_searches_at_once(qtbot) -> None:
    field, _pacer, searched = field_with_pacer(qtbot, gap_ms=60_000)
    field.insert("П")
    QApplication.processEvents()  # the next turn of the event loop, no waiting
    assert searched == ["П"]


def test_keys_faster_than_searches_give_one_search_with_the_whole_text(qtbot) -> None:
    field, pacer, searched = field_with_pacer(qtbot, gap_ms=150)
    field.insert("П")
    QApplication.processEvents()
    assert searched == ["П"]
    for letter in "етрова":  # typed before the gap after the first search is over
        field.insert(letter)
        QApplication.processEvents()
    assert pacer.waiting()
    qtbot.waitUntil(lambda: len(searched) == 2, timeout=3000)
    assert searched == ["П", "Петрова"]
    qtbot.wait(300)
    assert searched == ["П", "Петрова"]  # nothing more was typed: nothing more searched


def test_a_search_waiting_is_dropped_when_the_filter_ran_anyway(qtbot) -> None:
    field, pacer, searched = field_with_pacer(qtbot, gap_ms=60_000)
    field.insert("П")
    QApplication.processEvents()
    field.insert("е")
    assert pacer.waiting()
    pacer.stop()  # the main window's apply_filter did it with this text already
    QApplication.processEvents()
    assert not pacer.waiting() and searched == ["П"]
