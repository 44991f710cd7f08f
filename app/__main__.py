"""profdesk: open the database and show the main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import part_files
from .paths import default_db_location
from .russian_argparse import VERSION_HELP, RussianArgumentParser

SELF_TEST_PATIENCE = 300  # tenths of a second the self-test waits for a light start's handover


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = RussianArgumentParser(
        prog="profdesk", description="Profdesk: учёт членов Профсоюза (окно программы)"
    )
    parser.add_argument(
        "--db",
        metavar="БАЗА",
        help="файл базы или адрес сервера postgresql+psycopg://пользователь@сервер/база "
        "(без него — PROFDESK_DB или папка данных пользователя)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="заполнить пустую базу демонстрационными данными"
    )
    parser.add_argument("--version", action=_ShowVersion, nargs=0, help=VERSION_HELP)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="открыть главное окно без экрана, напечатать OK и выйти (проверка установки)",
    )
    return parser.parse_args(argv)


class _ShowVersion(argparse.Action):
    """argparse's version action, with the version looked up only when asked (the lookup
    imports importlib.metadata: ~60 ms of every start)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # noqa: ANN001
        from . import __version__

        print(f"profdesk {__version__}")
        parser.exit()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app, translators = make_application()  # noqa: F841 - kept alive for the session
    part_files.remove_abandoned()  # personal data left by a print or export that was killed

    started = start(default_db_location(args.db), self_test=args.self_test, demo=args.demo)
    if isinstance(started, int):
        return started
    db, window = started
    if args.self_test:
        from PySide6.QtCore import QTimer

        waited = [0]

        def finish() -> None:
            shown = getattr(db, "window", window)  # a light start may have started over
            if shown.db is None and waited[0] < SELF_TEST_PATIENCE:  # the features too
                waited[0] += 1
                QTimer.singleShot(100, finish)
                return
            ok = shown.isVisible() and shown.db is not None and shown.member_model.rowCount() >= 0
            print("OK" if ok else "FAILED")
            app.exit(0 if ok else 1)

        QTimer.singleShot(200, finish)
    code = app.exec()
    db.close(cancel_checks=True)  # a check before the daily copy: the next start redoes it
    return code


def set_version() -> None:
    """The application's version, once the window is shown (the light start) or opening."""
    from PySide6.QtCore import QCoreApplication

    from . import __version__

    QCoreApplication.setApplicationVersion(__version__)


def make_application():  # noqa: ANN201 - (QApplication, translators)
    """The QApplication with its names and the Russian translations installed."""
    from PySide6.QtWidgets import QApplication

    from .ui.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Profdesk")
    # the version (importlib.metadata, ~60 ms) is set with the database: set_version
    app.setOrganizationName("Profdesk")
    from .ui import gc_policy

    app.collector = gc_policy.install(app)  # cycles collected on this thread only
    return app, install_translators(app)


class _Damaged(Exception):
    """The integrity check that ran while the window was built found the file damaged."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


def _confirm(db) -> None:  # noqa: ANN001
    """Wait for the background integrity check; a damaged file goes no further."""
    from .models.errors import DatabaseOpenError

    try:
        db.confirm_sound()
    except DatabaseOpenError as error:
        raise _Damaged(error) from error


def start(location: str, *, self_test: bool = False, demo: bool = False):  # noqa: ANN201
    """Open the database and show the main window, as `profdesk` starts (the benchmark
    starts through here too): (db, window), or the exit status when no window is shown.
    `db` has `close(cancel_checks=...)`; on a light start it is the LightStart that hands
    the Database to the window after its first paint (app.ui.light_start).

    The file's integrity check runs in the background while the window is built; it is
    waited for before any dialog or window appears, so a damaged file never shows one and
    gets the same offer to restore the newest good backup as a file refused at open."""
    if not demo:
        from .ui.light_start import light_start

        started = light_start(location, self_test=self_test, open_normally=_open_normally)
        if started is not None:
            return started
    return _open_normally(location, self_test=self_test, demo=demo)


def _open_normally(location: str, *, self_test: bool = False, demo: bool = False):  # noqa: ANN202
    """The start with SQLAlchemy from the first moment: sign-in, first start, damage."""
    from PySide6.QtWidgets import QMessageBox

    from .models import cipher, open_database
    from .models.errors import ProfdeskError
    from .ui.security.db_password import ask_file_password, ask_password

    password = None if self_test else ask_password
    restored = False
    wrong_passwords = 0
    while True:
        db = None
        try:
            try:
                db = open_database(
                    location,
                    password_provider=password,
                    background_check=True,
                    file_password=None if self_test else ask_file_password,
                )
            except cipher.WrongPasswordError as error:
                wrong_passwords += 1
                QMessageBox.warning(None, "Profdesk", str(error))
                if wrong_passwords < 3:
                    continue  # asked again; nothing was opened or changed
                return 1
            except cipher.PasswordNeededError as error:  # cancelled: nothing to restore
                if self_test:
                    print(f"FAILED: {error}", file=sys.stderr)
                return 1
            except ProfdeskError as error:
                raise _Damaged(error) from error  # refused at open: restore is offered too
            set_version()
            window = _start_window(db, self_test=self_test, demo=demo)
            if window is None:  # cancelled: sign-in or the first-start wizard
                return 0
            return window.db, window
        except (_Damaged, ProfdeskError) as failure:
            if db is not None:
                db.close()
            error = failure.error if isinstance(failure, _Damaged) else failure
            if self_test:
                print(f"FAILED: {error}", file=sys.stderr)
                return 1
            if isinstance(failure, _Damaged) and not restored and _offer_restore(location, error):
                restored = True  # restored from the newest good backup: open it
                continue
            QMessageBox.critical(None, "Profdesk", str(error))
            return 1


def _start_window(db, *, self_test: bool, demo: bool):  # noqa: ANN001, ANN202
    """Sign-in, demo data, the first-start wizard and the main window, shown; None when
    cancelled (the database is then closed)."""
    try:
        if not _sign_in(db, self_test=self_test):
            db.close()
            return None
        if demo:
            _confirm(db)
            _fill_demo(db)
        outcome = None
        if not demo and not self_test and _is_empty(db):
            from .ui.first_start import run_first_start

            _confirm(db)
            outcome = run_first_start(db)
            if outcome is None:  # cancelled: the database stays empty
                db.close()
                return None
            if outcome.db is not db:  # demo data lives in its own file
                db.close()
                db = outcome.db

        from .ui.main_window import MainWindow

        window = MainWindow(db)
    except _Damaged:
        raise
    except Exception:
        _confirm(db)  # a damaged file explains the failure better than what it caused
        raise
    try:
        _confirm(db)
    except _Damaged:
        window.deleteLater()
        raise
    window.show()
    if outcome is not None:
        from .ui.first_start import continue_in_window

        continue_in_window(window, outcome)
    return window


def _is_empty(db) -> bool:  # noqa: ANN001
    from .models.installation import is_empty

    with db.session() as s:
        return is_empty(s)


def _sign_in(db, *, self_test: bool = False) -> bool:  # noqa: ANN001
    """Once the database has users, nobody works in it without signing in."""
    from .models.users import users_exist

    with db.session() as s:
        if not users_exist(s):
            return True
    if self_test:  # the offscreen smoke test only looks, as a viewer
        db.user_login, db.user_role = "self-test", "viewer"
        return True
    from .ui.security.security_login import LoginDialog

    _confirm(db)  # no dialog before the file is known to be sound

    return bool(LoginDialog(db).exec())


def _offer_restore(location: str, error: Exception) -> bool:
    from .ui.security.security_login import offer_restore

    return offer_restore(location, error)


def _fill_demo(db) -> None:  # noqa: ANN001
    from .models import demo
    from .models.installation import member_count

    with db.session(log_changes=False) as s:
        if member_count(s) == 0:
            demo.generate(s, members=5000, seed=1)


if __name__ == "__main__":
    sys.exit(main())
