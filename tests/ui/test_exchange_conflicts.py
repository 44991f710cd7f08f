"""The conflicts window shows both values side by side and settles one with a button."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.exchange import export_exchange, import_exchange, list_conflicts
from app.models import Member, demo, open_database
from app.models.members import update_member
from app.ui.exchange.exchange_conflicts import COL_FIELD, COL_HERE, COL_THERE, ConflictsWindow

PASS = "фраза обмена для теста"


def test_conflicts_window_takes_the_value_from_there(qtbot, tmp_path: Path) -> None:
    region = open_database(tmp_path / "region.sqlite3")
    district = open_database(tmp_path / "district.sqlite3")
    with region.session(log_changes=False) as s:
        demo.generate(s, members=300, seed=5)
    with region.session() as s:
        export_exchange(s, tmp_path / "a.pdx", PASS, "T01")
    with district.session() as s:
        import_exchange(s, tmp_path / "a.pdx", PASS)
        member_id = s.scalar(select(Member.id).order_by(Member.sort_key))
    with district.session() as s:
        update_member(s, member_id, {"position": "Учитель истории"})
    with region.session() as s:
        update_member(s, member_id, {"position": "Учитель географии"})
    with district.session() as s:
        export_exchange(s, tmp_path / "b.pdx", PASS)
    with region.session() as s:
        assert import_exchange(s, tmp_path / "b.pdx", PASS).conflicts == 1

    window = ConflictsWindow(region)
    qtbot.addWidget(window)
    window.show()
    table = window.table
    assert table.rowCount() == 1
    assert table.item(0, COL_FIELD).text() in ("Position", "Должность")
    assert table.item(0, COL_HERE).text().startswith("Учитель географии\n")
    assert table.item(0, COL_THERE).text().startswith("Учитель истории\n")
    assert "район" in table.item(0, COL_THERE).text()
    assert window.take_there.isEnabled()

    window.take_there.click()
    with region.session() as s:
        assert s.get(Member, member_id).position == "Учитель истории"
        assert list_conflicts(s) == []
    assert table.rowCount() == 0 and not window.take_there.isEnabled()
    assert window.empty.isVisibleTo(window)
    region.close()
    district.close()


def test_exchange_menu_is_installed(qtbot, region_db) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(region_db)
    qtbot.addWidget(window)
    names = {a.objectName() for a in window.findChildren(type(window.menuBar().actions()[0]))}
    assert {"actionExchangeExport", "actionExchangeImport", "actionExchangeConflicts"} <= names


def test_menu_export_then_import_with_preview(qtbot, tmp_path: Path, monkeypatch) -> None:
    """Through the menu functions: the region writes a file, an empty copy previews it
    (nothing changes until the person agrees) and imports it."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from app.exchange import save_passphrase
    from app.models import Organisation
    from app.ui.exchange import exchange_menu
    from app.ui.main_window import MainWindow

    region = open_database(tmp_path / "region.sqlite3")
    with region.session(log_changes=False) as s:
        demo.generate(s, members=300, seed=5)
    with region.session() as s:
        save_passphrase(s, PASS)
    out = tmp_path / "t01.pdx"
    window = MainWindow(region)
    qtbot.addWidget(window)
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda *a, **k: (next(x for x in a[3] if "(T01)" in x), True)
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    exchange_menu.export_file(window)
    qtbot.waitUntil(lambda: out.exists() and not window.tasks.busy(), timeout=20000)

    district = open_database(tmp_path / "district.sqlite3")
    with district.session() as s:
        save_passphrase(s, PASS)
    other = MainWindow(district)
    qtbot.addWidget(other)
    previews: list[str] = []

    def answer(parent, title, text, *rest):  # noqa: ANN001, ANN202
        previews.append(text)
        return (
            QMessageBox.StandardButton.No if len(previews) == 1 else QMessageBox.StandardButton.Yes
        )

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    exchange_menu.import_file(other)  # the person says No after the preview
    qtbot.waitUntil(lambda: len(previews) == 1 and not other.tasks.busy(), timeout=20000)
    with district.session() as s:
        assert s.query(Organisation).count() == 0
    assert "Created: " in previews[0] or "Создано: " in previews[0]
    exchange_menu.import_file(other)  # and Yes the second time
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=20000)
    qtbot.waitUntil(lambda: not other.tasks.busy(), timeout=20000)
    with district.session() as s:
        codes = {o.code for o in s.query(Organisation)}
    assert "T01" in codes and not any(c.startswith("T02") for c in codes)
    other.tasks.wait()
    window.tasks.wait()
    region.close()
    district.close()
