"""The Cards menu as a user drives it: choose members, preview, print, batches, profiles."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.models import Card, CardStatus, print_settings
from app.models import card_batches as batch_ops
from app.models import cards as card_ops
from app.ui.cards.cards_dialogs import (
    SOURCE_SELECTED,
    SOURCE_UNPRINTED,
    BatchesDialog,
    BatchItemsDialog,
    CardPrintDialog,
    PrinterProfilesDialog,
)
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.pdf_preview import PdfPreviewDialog

pytestmark = pytest.mark.skipif(
    not shutil.which("pdfinfo") or not shutil.which("pdftotext"),
    reason="poppler-utils (pdfinfo, pdftotext) are not installed",
)


@pytest.fixture
def window(qtbot, demo_db):
    install_translators(QApplication.instance())
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def printed_pdfs(monkeypatch, tmp_path):
    """The preview's modal exec() replaced by what a user does: Print… to a PDF printer."""
    outputs: list[Path] = []

    def fake_exec(dialog: PdfPreviewDialog) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        out = tmp_path / f"printed{len(outputs)}.pdf"
        printer.setOutputFileName(str(out))
        dialog.prepare_printer(printer)
        printer.setResolution(300)
        assert dialog.print_to(printer)
        shutil.copyfile(dialog.pdf_path, out.with_suffix(".source.pdf"))  # what was shown
        outputs.append(out)
        return 1

    monkeypatch.setattr(PdfPreviewDialog, "exec", fake_exec)
    return outputs


def select_rows(window, db, count: int) -> list[str]:
    """Select the first `count` members in the table who have no card yet."""
    with db.session() as s:
        carded = set(s.scalars(select(Card.member_id)))
    table = window.member_table
    rows = [
        r for r in range(table.model().rowCount()) if window.member_model.member_id(r) not in carded
    ][:count]
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    table.setCurrentIndex(table.model().index(rows[0], 0))
    for row in rows:
        table.selectionModel().select(table.model().index(row, 0), flags)
    return window.selected_member_ids()


def test_print_selected_members_marks_them_printed_and_keeps_the_batch(
    qtbot, window, demo_db, printed_pdfs
):
    ids = select_rows(window, demo_db, 3)
    assert len(ids) == 3
    dialog = CardPrintDialog(demo_db, ids, None, "", window.current_filter(), window)
    qtbot.addWidget(dialog)
    assert dialog.source() == SOURCE_SELECTED
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("card"))
    window.cards.run_print(dialog.choice())
    qtbot.waitUntil(lambda: len(printed_pdfs) == 1, timeout=20000)

    with demo_db.session() as s:
        cards = s.scalars(select(Card).where(Card.member_id.in_(ids))).all()
        assert {c.status for c in cards} == {CardStatus.PRINTED}
        (batch,) = batch_ops.list_batches(s)
        assert batch.count == 3 and batch.layout == "card"
    out = subprocess.run(["pdfinfo", str(printed_pdfs[0])], capture_output=True, text=True)
    assert "Pages:           6" in out.stdout  # front and back of three cards went out
    if shutil.which("zbarimg"):
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "300",
                "-f",
                "2",
                "-l",
                "2",
                "-png",
                str(printed_pdfs[0]),
                str(printed_pdfs[0].with_suffix("")),
            ],
            check=True,
        )
        png = next(printed_pdfs[0].parent.glob("printed0*.png"))
        scanned = subprocess.run(
            ["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True
        )
        assert scanned.stdout.strip() in {c.number for c in cards}

    # a spoiled card is marked failed and only it is printed again
    items = BatchItemsDialog(demo_db, batch.id, window)
    qtbot.addWidget(items)
    items.table.selectRow(1)
    items.mark_failed()
    with demo_db.session() as s:
        assert batch_ops.list_batches(s)[0].failed == 1
    batches = BatchesDialog(demo_db, window.cards.reprint, window.cards.batch_issue_sheet, window)
    qtbot.addWidget(batches)
    assert batches.table.rowCount() == 1
    batches.reprint(only_failed=True)
    qtbot.waitUntil(lambda: len(printed_pdfs) == 2, timeout=20000)
    out = subprocess.run(["pdfinfo", str(printed_pdfs[1])], capture_output=True, text=True)
    assert "Pages:           2" in out.stdout
    with demo_db.session() as s:
        cards = s.scalars(select(Card).where(Card.member_id.in_(ids))).all()
        assert {c.status for c in cards} == {CardStatus.PRINTED}
        assert [st for _r, st in batch_ops.batch_items(s, batch.id)] == ["printed"] * 3


def test_all_without_a_printed_card_and_the_issue_sheet(qtbot, window, demo_db, printed_pdfs):
    with demo_db.session() as s:  # most cards were printed earlier; five were not
        records = card_ops.prepare_print(s, only_unprinted=True)
        card_ops.mark_printed(s, [r.card_id for r in records[5:]])
        records = records[:5]
        waiting = {r.member_id for r in records}
    dialog = CardPrintDialog(demo_db, [], None, "", window.current_filter(), window)
    qtbot.addWidget(dialog)
    dialog.set_source(SOURCE_UNPRINTED)
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("a4"))
    choice = dialog.choice()
    assert choice.only_unprinted and choice.layout == "a4"
    window.cards.run_print(choice)
    qtbot.waitUntil(lambda: len(printed_pdfs) == 1, timeout=60000)
    with demo_db.session() as s:
        assert card_ops.unprinted_member_ids(s) == []
        (batch,) = batch_ops.list_batches(s)
        assert {r.member_id for r in batch_ops.batch_records(s, batch.id)} == waiting
    window.cards.batch_issue_sheet(batch.id)
    qtbot.waitUntil(lambda: len(printed_pdfs) == 2, timeout=30000)
    shown = printed_pdfs[1].with_suffix(".source.pdf")
    text = subprocess.run(["pdftotext", str(shown), "-"], capture_output=True, text=True)
    assert text.returncode == 0 and "Ведомость выдачи" in text.stdout
    assert all(r.card_number in text.stdout for r in records)


def test_printer_profile_saved_from_the_dialog(qtbot, window, demo_db, printed_pdfs):
    dialog = PrinterProfilesDialog(demo_db, window.cards.calibration, window)
    qtbot.addWidget(dialog)
    dialog.name.setCurrentText("Evolis Primacy")
    dialog.spins["offset_x_mm"].setValue(1.2)
    dialog.spins["offset_y_mm"].setValue(-0.5)
    dialog.rotate_back.setChecked(True)
    dialog.make_default()
    with demo_db.session() as s:
        assert print_settings.default_profile_name(s) == "Evolis Primacy"
        profile = print_settings.printer_profile(s, None)
    assert profile["offset_x_mm"] == 1.2 and profile["rotate_back"] is True
    dialog.calibrate("card")
    assert len(printed_pdfs) == 1


def test_reissue_and_history_from_the_menu(qtbot, window, demo_db, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    ids = select_rows(window, demo_db, 1)
    with demo_db.session() as s:
        old = card_ops.prepare_print(s, member_ids=ids)[0].card_number
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    window.select_member(ids[0])
    window.cards.member_cards.reissue()
    window.cards.member_cards.show_history()
    with demo_db.session() as s:
        history = card_ops.card_history(s, ids[0])
    assert [c.is_current for c in history] == [True, False] and history[1].number == old
    assert f"№ {old}: утерян или испорчен" in shown[-1]
    assert f"№ {history[0].number}: к печати" in shown[-1]
