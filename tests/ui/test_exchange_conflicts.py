"""The conflicts window shows both values side by side and settles one with a button."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.exchange import export_exchange, import_exchange, list_conflicts
from app.models import Member, demo, open_database
from app.models.members import update_member
from app.ui.exchange_conflicts import COL_FIELD, COL_HERE, COL_THERE, ConflictsWindow

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
