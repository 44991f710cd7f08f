"""The Exchange menu: export and import exchange files, conflicts, the shared passphrase."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox
from sqlalchemy import select

from ..exchange import (
    export_exchange,
    import_exchange,
    is_regional,
    save_passphrase,
    stored_passphrase,
)
from ..exchange.fileformat import FILE_SUFFIX, check_passphrase
from ..models import Organisation, OrgKind
from ..models.permissions import Permission
from .errors import show_error
from .exchange_conflicts import ConflictsWindow

if TYPE_CHECKING:
    from .main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeMenu", text)


def install(window: MainWindow) -> None:
    menu = tr("E&xchange")
    window.add_action(
        menu,
        tr("&Export exchange file…"),
        lambda: export_file(window),
        name="actionExchangeExport",
        permission=Permission.EXCHANGE,
    )
    window.add_action(
        menu,
        tr("&Import exchange file…"),
        lambda: import_file(window),
        name="actionExchangeImport",
        permission=Permission.EXCHANGE,
    )
    window.add_action(
        menu,
        tr("&Conflicts…"),
        lambda: show_conflicts(window),
        name="actionExchangeConflicts",
        permission=Permission.EXCHANGE,
    )
    window.add_action(
        menu,
        tr("&Passphrase…"),
        lambda: set_passphrase(window),
        name="actionExchangePassphrase",
        permission=Permission.SETTINGS,
    )


def _passphrase(window: MainWindow) -> str | None:
    with window.db.session() as s:
        phrase = stored_passphrase(s)
    if phrase:
        return phrase
    QMessageBox.information(
        window,
        tr("Exchange"),
        tr("Set the exchange passphrase first: the offices share it to encrypt the files."),
    )
    return set_passphrase(window)


def set_passphrase(window: MainWindow) -> str | None:
    phrase, ok = QInputDialog.getText(
        window,
        tr("Exchange passphrase"),
        tr("Passphrase shared by the regional and district offices (8 characters or more):"),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    try:
        check_passphrase(phrase)
        with window.db.session() as s:
            save_passphrase(s, phrase)
    except Exception as error:  # noqa: BLE001
        show_error(window, error)
        return None
    window.statusBar().showMessage(tr("Exchange passphrase saved."), 5000)
    return phrase


def export_file(window: MainWindow) -> None:
    phrase = _passphrase(window)
    if not phrase:
        return
    with window.db.session() as s:
        regional = is_regional(s)
        territorials = list(
            s.execute(
                select(Organisation.code, Organisation.name)
                .where(Organisation.kind == OrgKind.TERRITORIAL)
                .order_by(Organisation.name)
            )
        )
    code = None
    if regional:
        if not territorials:
            QMessageBox.information(
                window, tr("Exchange"), tr("There are no territorial organisations.")
            )
            return
        labels = [f"{name} ({c})" for c, name in territorials]
        choice, ok = QInputDialog.getItem(
            window, tr("Export exchange file"), tr("Territorial organisation:"), labels, 0, False
        )
        if not ok:
            return
        code = territorials[labels.index(choice)][0]
    path, _ = QFileDialog.getSaveFileName(
        window,
        tr("Export exchange file"),
        f"{code or 'district'}{FILE_SUFFIX}",
        tr("Profdesk exchange file (*.pdx)"),
    )
    if not path:
        return
    target = Path(path)
    if target.suffix.lower() != FILE_SUFFIX:
        target = target.with_suffix(FILE_SUFFIX)

    def work(report):  # noqa: ANN001, ANN202
        with window.db.session() as s:
            return export_exchange(s, target, phrase, code, report=report)

    window.tasks.run(
        tr("Exporting exchange file…"),
        work,
        lambda result: window.statusBar().showMessage(
            tr("Exchange file written: %1 record(s).").replace("%1", str(result.total)), 8000
        ),
    )


def describe(report) -> str:  # noqa: ANN001
    lines = [
        tr("Created: %1").replace("%1", str(report.created)),
        tr("Updated: %1").replace("%1", str(report.updated)),
        tr("Conflicts waiting for a decision: %1").replace("%1", str(report.conflicts)),
        tr("Refused: %1").replace("%1", str(report.refused)),
    ]
    for item in report.refused_items[:10]:
        lines.append(f"  • {item['record']}: {item['reason']}")
    return "\n".join(lines)


def import_file(window: MainWindow) -> None:
    phrase = _passphrase(window)
    if not phrase:
        return
    path, _ = QFileDialog.getOpenFileName(
        window, tr("Import exchange file"), "", tr("Profdesk exchange file (*.pdx);;All files (*)")
    )
    if not path:
        return
    source = Path(path)

    def preview(report):  # noqa: ANN001, ANN202
        with window.db.session() as s:
            return import_exchange(s, source, phrase, dry_run=True, report=report)

    def confirm(result) -> None:  # noqa: ANN001
        text = tr("The file would change this database as follows:") + "\n\n" + describe(result)
        answer = QMessageBox.question(
            window, tr("Import exchange file"), text + "\n\n" + tr("Import it now?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(report):  # noqa: ANN001, ANN202
            with window.db.session() as s:
                return import_exchange(s, source, phrase, report=report)

        window.tasks.run(tr("Importing exchange file…"), work, lambda r: done(window, r))

    window.tasks.run(tr("Checking exchange file…"), preview, confirm)


def done(window: MainWindow, report) -> None:  # noqa: ANN001
    window.refresh()
    QMessageBox.information(window, tr("Exchange file imported"), describe(report))
    if report.conflicts:
        show_conflicts(window)


def show_conflicts(window: MainWindow) -> None:
    try:
        dialog = ConflictsWindow(window.db, window)
    except Exception as error:  # noqa: BLE001
        show_error(window, error)
        return
    dialog.exec()
    window.refresh()
