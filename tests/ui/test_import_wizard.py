"""The import wizard driven as a user would: file, sheet, columns, preview, import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from sqlalchemy import func, select

from app.importing import remembered_mapping
from app.models import Member, OrgKind
from app.models.organisations import create_org, region
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.members.import_wizard import open_import_wizard

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


@pytest.fixture
def school_db(region_db):
    with region_db.session() as s:
        create_org(
            s,
            kind=OrgKind.PRIMARY,
            parent_id=region(s).id,
            name="МБОУ «Лицей № 6»",
            code="P-006",
        )
    return region_db


def make_file(tmp_path):
    workbook = Workbook()
    workbook.active.title = "Справка"
    ws = workbook.create_sheet("Список")
    ws.append(["Члены профсоюза лицея"])
    ws.append(["ФИО", "Дата рождения", "Моб.", "Билет №"])
    ws.append(["ПАВЛОВА  ирина олеговна", dt.datetime(1984, 2, 29), "8-903-111-22-33", "77001"])
    ws.append(["Орлов Глеб", "30.02.1990", None, None])
    ws.append(["Лебедев Артём Ильич", "7.11.1991", "+7 (903) 444-55-66", None])
    path = tmp_path / "лицей.xlsx"
    workbook.save(path)
    return path


def test_wizard_imports_with_a_fixed_column_and_remembers_it(qtbot, school_db, tmp_path):
    install_translators(QApplication.instance())
    window = MainWindow(school_db)
    qtbot.addWidget(window)
    window.show()
    action = window.findChild(type(window.action_add_member), "actionImportMembers")
    assert action is not None and action.shortcut().toString() == "Ctrl+I"
    assert action in window.menu(window.tr("&Members")).actions()

    wizard = open_import_wizard(window)
    qtbot.addWidget(wizard)
    file_page = wizard.file_page
    file_page.file_edit.setText(str(make_file(tmp_path)))
    file_page.organisation.setCurrentIndex(
        file_page.organisation.findText("P-006", flags=_contains())
    )
    wizard.next()
    assert wizard.currentPage() is wizard.sheet_page
    assert [wizard.sheet_page.sheets.item(i).text() for i in range(2)] == ["Справка", "Список"]
    wizard.sheet_page.sheets.setCurrentRow(1)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    mapping = wizard.mapping_page
    assert "2" in mapping.header_label.text()
    assert [c.currentData() for c in mapping.combos] == [
        "full_name",
        "birth_date",
        None,
        "card_number",
    ]
    mapping.set_field(2, "phone")  # "Моб." is not a title the program knows: the user says
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    preview = wizard.preview_page.table
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    assert headers[:4] == ["Строка", "Фамилия", "Имя", "Отчество"]
    cells = [preview.item(0, c).text() for c in range(preview.columnCount())]
    assert cells[:4] == ["3", "Павлова", "Ирина", "Олеговна"]
    assert "+79031112233" in cells and "29.02.1984" in cells
    problem = preview.item(1, 1).text()
    assert problem.startswith("Не загрузится:") and "30.02.1990" in problem

    wizard.next()  # Import: runs through window.tasks
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=20000)
    summary = wizard.result_page.summary.text()
    assert "2" in summary and wizard.result_page.errors.rowCount() == 1
    assert wizard.result_page.errors.item(0, 0).text() == "4"
    with school_db.session() as s:
        people = {m.full_name: m for m in s.scalars(select(Member))}
        assert set(people) == {"Павлова Ирина Олеговна", "Лебедев Артём Ильич"}
        assert people["Лебедев Артём Ильич"].phone == "+79034445566"
        assert remembered_mapping(s) == {"моб": "phone"}
    wizard.accept()

    # the next file with the same titles: "Моб." is now a phone column by itself
    again = open_import_wizard(window)
    qtbot.addWidget(again)
    again.file_page.file_edit.setText(str(make_file(tmp_path)))
    again.next()
    again.sheet_page.sheets.setCurrentRow(1)
    again.next()
    assert [c.currentData() for c in again.mapping_page.combos][2] == "phone"
    again.reject()


def test_cancel_writes_nothing(qtbot, school_db, tmp_path, monkeypatch):
    window = MainWindow(school_db)
    qtbot.addWidget(window)
    wizard = open_import_wizard(window)
    qtbot.addWidget(wizard)
    wizard.file_page.file_edit.setText(str(make_file(tmp_path)))
    wizard.file_page.organisation.setCurrentIndex(
        wizard.file_page.organisation.findText("P-006", flags=_contains())
    )
    wizard.next()
    wizard.sheet_page.sheets.setCurrentRow(1)
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page

    real_run = window.tasks.run
    # cancel before the worker reports its first progress
    monkeypatch.setattr(window.tasks, "run", lambda *a: run_and_cancel_first(real_run, *a))
    wizard.next()
    qtbot.waitUntil(
        lambda: (
            "cancelled" in wizard.preview_page.status.text()
            or "отменен" in wizard.preview_page.status.text()
        ),
        timeout=20000,
    )
    assert wizard.currentPage() is wizard.preview_page
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    with school_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 0


def run_and_cancel_first(real_run, title, work, on_done, on_error=None):
    """Start the task with Cancel already pressed: its first report() says stop."""

    def cancelled_work(report):
        return work(lambda done, total, text="": False)

    return real_run(title, cancelled_work, on_done, on_error)


def _contains():
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchContains


@pytest.mark.parametrize("name", ["защищён-паролем.xls", "защищён-паролем.xlsx"])
def test_a_workbook_with_a_password_is_said_and_nothing_imported(
    qtbot, school_db, monkeypatch, name
):
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *rest: shown.append(text)
    )
    window = MainWindow(school_db)
    qtbot.addWidget(window)
    wizard = open_import_wizard(window)
    qtbot.addWidget(wizard)
    wizard.file_page.file_edit.setText(str(DATA / name))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page  # the wizard stays where the file is chosen
    assert shown == [
        f"Файл «{name}» защищён паролем: снимите пароль в Excel или LibreOffice и сохраните "
        "файл заново."
    ]
    with school_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 0
    wizard.reject()


def test_a_big_book_read_by_the_second_process_imports_the_same(
    qtbot, school_db, tmp_path, monkeypatch
):
    """The wizard's import runs on a worker thread; a big sheet's rows then come from a
    child process (app.importing.reader_process), started from that thread: here every
    sheet counts as big, and the people come in as from the wizard's own reading."""
    from app.importing import pieces, reader_process

    monkeypatch.setattr(pieces, "PIECES_FROM", 0)
    monkeypatch.setattr(pieces, "PIECE_BYTES", 200)
    monkeypatch.setattr(reader_process, "PROCESS_FROM", 0)
    started = []
    real_init = reader_process.ProcessRows.__init__

    def spy(self, *args):  # noqa: ANN001, ANN202
        real_init(self, *args)
        started.append(self._process is not None)

    monkeypatch.setattr(reader_process.ProcessRows, "__init__", spy)
    install_translators(QApplication.instance())
    window = MainWindow(school_db)
    qtbot.addWidget(window)
    wizard = open_import_wizard(window)
    qtbot.addWidget(wizard)
    wizard.file_page.file_edit.setText(str(make_file(tmp_path)))
    wizard.file_page.organisation.setCurrentIndex(
        wizard.file_page.organisation.findText("P-006", flags=_contains())
    )
    wizard.next()
    wizard.sheet_page.sheets.setCurrentRow(1)
    wizard.next()
    wizard.mapping_page.set_field(2, "phone")
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=30000)
    assert started == [True]  # the import's reading only: the preview read its rows here
    with school_db.session() as s:
        people = {m.full_name: m.phone for m in s.scalars(select(Member))}
    assert people == {
        "Павлова Ирина Олеговна": "+79031112233",
        "Лебедев Артём Ильич": "+79034445566",
    }
    wizard.accept()


def test_a_bug_while_reading_is_said_as_a_bug_not_as_a_damaged_book(
    qtbot, school_db, monkeypatch, tmp_path, caplog
):
    """A mistake in the program met while reading a good file: the wizard says the
    program failed (and logs where), never that the office's file is damaged."""
    from app.ui.members import import_wizard

    def bug(path):
        raise AttributeError("a bug in the reader")

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *rest: shown.append(text)
    )
    monkeypatch.setattr(import_wizard, "sheet_names", bug)
    window = MainWindow(school_db)
    qtbot.addWidget(window)
    install_translators(QApplication.instance())
    wizard = open_import_wizard(window)
    qtbot.addWidget(wizard)
    wizard.file_page.file_edit.setText(str(make_file(tmp_path)))
    with caplog.at_level("ERROR"):
        wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert len(shown) == 1 and "AttributeError" in shown[0], shown
    assert "повреждена" not in shown[0] and "не удаётся прочитать" not in shown[0]
    assert any("unexpected error" in r.getMessage() for r in caplog.records)
    wizard.reject()


def test_an_xls_that_would_end_the_program_is_said_damaged_and_the_window_lives(
    qtbot, school_db, monkeypatch, tmp_path
):
    """The reader would ask for 137 GB for this damaged .xls and abort the process: read
    first by a child, the file is refused in one sentence and the program goes on."""
    from tests.unit.test_import_damage import huge_cell_xls

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *rest: shown.append(text)
    )
    window = MainWindow(school_db)
    qtbot.addWidget(window)
    install_translators(QApplication.instance())
    wizard = open_import_wizard(window)
    qtbot.addWidget(wizard)
    wizard.file_page.file_edit.setText(str(huge_cell_xls(tmp_path / "повреждён.xls")))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert shown == ["Файл «повреждён.xls» не удаётся прочитать: книга повреждена."], shown
    wizard.reject()


def test_the_first_page_says_what_a_list_needs_and_takes_a_dropped_file(qtbot, school_db, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QLabel

    install_translators(QApplication.instance())
    window = MainWindow(school_db)
    qtbot.addWidget(window)
    wizard = open_import_wizard(window)
    qtbot.addWidget(wizard)
    page = wizard.file_page
    needs = page.findChild(QLabel, "importNeeds").text().replace("\u00a0", " ")
    assert "Что должно быть в списке" in needs
    for title in ("«ФИО»", "«Фамилия»", "«Код организации»", "«Номер профсоюзного билета»"):
        assert title in needs
    assert "перетащить" in needs

    path = make_file(tmp_path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    copy = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(5, 5), copy, data, Qt.MouseButton.LeftButton, Qt.NoModifier)
    enter.ignore()
    page.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), copy, data, Qt.MouseButton.LeftButton, Qt.NoModifier)
    page.dropEvent(drop)
    assert page.file_edit.text() == str(path) and page.isComplete()

    two = QMimeData()  # two files at once: a list is one file, the drop is not taken
    two.setUrls([QUrl.fromLocalFile(str(path)), QUrl.fromLocalFile(str(tmp_path / "b.xlsx"))])
    refused = QDragEnterEvent(QPoint(5, 5), copy, two, Qt.MouseButton.LeftButton, Qt.NoModifier)
    refused.ignore()
    page.dragEnterEvent(refused)
    assert not refused.isAccepted()
