"""profdesk: open the database and show the main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from . import __version__
from .paths import default_db_location


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="profdesk", description="Profdesk")
    parser.add_argument(
        "--db",
        help="database file or server URL postgresql+psycopg://user@host/dbname "
        "(else PROFDESK_DB or the user data folder)",
    )
    parser.add_argument("--demo", action="store_true", help="fill an empty database with demo data")
    parser.add_argument("--version", action="version", version=f"profdesk {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="open the main window offscreen, print OK, quit"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .models import open_database
    from .models.errors import ProfdeskError
    from .ui.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Profdesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Profdesk")
    translators = install_translators(app)  # noqa: F841 - kept alive for the session

    location = default_db_location(args.db)
    from .ui.db_password import ask_password

    try:
        password = None if args.self_test else ask_password
        try:
            db = open_database(location, password_provider=password)
        except ProfdeskError as error:
            if args.self_test or not _offer_restore(location, error):
                raise
            db = open_database(location, password_provider=password)
        if not _sign_in(db, self_test=args.self_test):
            db.close()
            return 0
        if args.demo:
            _fill_demo(db)
    except ProfdeskError as error:
        if args.self_test:
            print(f"FAILED: {error}", file=sys.stderr)
            return 1
        QMessageBox.critical(None, "Profdesk", str(error))
        return 1

    outcome = None
    if not args.demo and not args.self_test and _is_empty(db):
        from .ui.first_start import run_first_start

        outcome = run_first_start(db)
        if outcome is None:  # cancelled: the database stays empty
            db.close()
            return 0
        if outcome.db is not db:  # demo data lives in its own file
            db.close()
            db = outcome.db

    from .ui.main_window import MainWindow

    window = MainWindow(db)
    window.show()
    if outcome is not None:
        from .ui.first_start import continue_in_window

        continue_in_window(window, outcome)
    if args.self_test:

        def finish() -> None:
            ok = window.isVisible() and window.member_model.rowCount() >= 0
            print("OK" if ok else "FAILED")
            app.exit(0 if ok else 1)

        QTimer.singleShot(200, finish)
    code = app.exec()
    db.close()
    return code


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
    from .ui.security_login import LoginDialog

    return bool(LoginDialog(db).exec())


def _offer_restore(location: str, error: Exception) -> bool:
    from .ui.security_login import offer_restore

    return offer_restore(location, error)


def _fill_demo(db) -> None:  # noqa: ANN001
    from .models import demo
    from .models.installation import member_count

    with db.session(log_changes=False) as s:
        if member_count(s) == 0:
            demo.generate(s, members=5000, seed=1)


if __name__ == "__main__":
    sys.exit(main())
