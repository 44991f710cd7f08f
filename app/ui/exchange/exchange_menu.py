"""The Exchange menu: export and import exchange files, conflicts, the shared passphrase."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox
from sqlalchemy import select

from ... import secret_store
from ...exchange import (
    export_exchange,
    import_exchange,
    is_regional,
    save_passphrase,
    stored_passphrase,
)
from ...exchange.fileformat import FILE_SUFFIX, check_passphrase
from ...models import Organisation, OrgKind
from ...secret_store import SecretStoreError
from ..errors import show_error
from .exchange_conflicts import ConflictsWindow

if TYPE_CHECKING:
    from ..main_window import MainWindow


def _passphrase(window: MainWindow) -> str | None:
    """The remembered phrase; without an OS secret store, asked for this exchange only."""
    try:
        with window.db.session() as s:
            phrase = stored_passphrase(s)
    except SecretStoreError as error:
        show_error(window, error)
        return _ask(window, "")
    if phrase:
        return phrase
    if not secret_store.available():
        return _ask(window, secret_store.UNAVAILABLE + "\n\n")
    QMessageBox.information(
        window,
        QCoreApplication.translate("ExchangeMenu", "Exchange"),
        QCoreApplication.translate(
            "ExchangeMenu",
            "Set the exchange passphrase first: the offices share it to encrypt the files.",
        ),
    )
    return set_passphrase(window)


def _ask(window: MainWindow, reason: str) -> str | None:
    phrase, ok = QInputDialog.getText(
        window,
        QCoreApplication.translate("ExchangeMenu", "Exchange passphrase"),
        reason
        + QCoreApplication.translate(
            "ExchangeMenu", "Passphrase for this exchange (8 characters or more):"
        ),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    try:
        return check_passphrase(phrase)
    except Exception as error:  # noqa: BLE001
        show_error(window, error)
        return None


def set_passphrase(window: MainWindow) -> str | None:
    """Asks for the phrase and keeps it in the OS secret store. Without a store (or when it
    refuses) says so in one sentence; the phrase is then used for this exchange only."""
    phrase, ok = QInputDialog.getText(
        window,
        QCoreApplication.translate("ExchangeMenu", "Exchange passphrase"),
        QCoreApplication.translate(
            "ExchangeMenu",
            "Passphrase shared by the regional and district offices (8 characters or more):",
        ),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    try:
        check_passphrase(phrase)
        with window.db.session() as s:
            save_passphrase(s, phrase)
    except SecretStoreError as error:
        show_error(window, error)
        return phrase
    except Exception as error:  # noqa: BLE001
        show_error(window, error)
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate("ExchangeMenu", "Exchange passphrase saved."), 5000
    )
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
                window,
                QCoreApplication.translate("ExchangeMenu", "Exchange"),
                QCoreApplication.translate(
                    "ExchangeMenu", "There are no territorial organisations."
                ),
            )
            return
        labels = [f"{name} ({c})" for c, name in territorials]
        choice, ok = QInputDialog.getItem(
            window,
            QCoreApplication.translate("ExchangeMenu", "Export exchange file"),
            QCoreApplication.translate("ExchangeMenu", "Territorial organisation:"),
            labels,
            0,
            False,
        )
        if not ok:
            return
        code = territorials[labels.index(choice)][0]
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("ExchangeMenu", "Export exchange file"),
        f"{code or 'district'}{FILE_SUFFIX}",
        QCoreApplication.translate("ExchangeMenu", "Profdesk exchange file (*.pdx)"),
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
        QCoreApplication.translate("ExchangeMenu", "Exporting exchange file…"),
        work,
        lambda result: window.statusBar().showMessage(
            QCoreApplication.translate(
                "ExchangeMenu", "Exchange file written: %1 record(s)."
            ).replace("%1", str(result.total)),
            8000,
        ),
    )


def describe(report) -> str:  # noqa: ANN001
    lines = [
        QCoreApplication.translate("ExchangeMenu", "Created: %1").replace(
            "%1", str(report.created)
        ),
        QCoreApplication.translate("ExchangeMenu", "Updated: %1").replace(
            "%1", str(report.updated)
        ),
        QCoreApplication.translate("ExchangeMenu", "Conflicts waiting for a decision: %1").replace(
            "%1", str(report.conflicts)
        ),
        QCoreApplication.translate("ExchangeMenu", "Refused: %1").replace(
            "%1", str(report.refused)
        ),
    ]
    for item in report.refused_items[:10]:
        lines.append(f"  • {item['record']}: {item['reason']}")
    return "\n".join(lines)


def import_file(window: MainWindow) -> None:
    phrase = _passphrase(window)
    if not phrase:
        return
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("ExchangeMenu", "Import exchange file"),
        "",
        QCoreApplication.translate("ExchangeMenu", "Profdesk exchange file (*.pdx);;All files (*)"),
    )
    if not path:
        return
    source = Path(path)

    def preview(report):  # noqa: ANN001, ANN202
        with window.db.session() as s:
            return import_exchange(s, source, phrase, dry_run=True, report=report)

    def confirm(result) -> None:  # noqa: ANN001
        text = (
            QCoreApplication.translate(
                "ExchangeMenu", "The file would change this database as follows:"
            )
            + "\n\n"
            + describe(result)
        )
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("ExchangeMenu", "Import exchange file"),
            text + "\n\n" + QCoreApplication.translate("ExchangeMenu", "Import it now?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(report):  # noqa: ANN001, ANN202
            with window.db.session() as s:
                return import_exchange(s, source, phrase, report=report)

        window.tasks.run(
            QCoreApplication.translate("ExchangeMenu", "Importing exchange file…"),
            work,
            lambda r: done(window, r),
        )

    window.tasks.run(
        QCoreApplication.translate("ExchangeMenu", "Checking exchange file…"), preview, confirm
    )


def done(window: MainWindow, report) -> None:  # noqa: ANN001
    window.refresh()
    QMessageBox.information(
        window,
        QCoreApplication.translate("ExchangeMenu", "Exchange file imported"),
        describe(report),
    )
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
