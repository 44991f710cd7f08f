"""Sign-in hardening measured from outside (issue 17.4): the lockout holds between the
command line and the window on one database, and no password reaches the audit log, the
output, the database file or the files beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import MetaData

from app.models import open_database
from app.models.users import MAX_FAILED, SignInError, change_own_password, set_password, sign_in

ADMIN_PW = "Админ-Пароль-2026"
OPER_PW = "Оператор-Пароль-17"
NEW_PW = "Сменённый-Пароль-99"
OWN_PW = "Свой-Новый-Пароль-55"
WRONG = [f"Неверный-{i}-Пароль" for i in range(MAX_FAILED + 1)]


@pytest.fixture
def users_db(db_path, cli):
    assert cli("init", db=db_path).returncode == 0
    r = cli(
        "users",
        "add",
        "admin",
        "--role",
        "administrator",
        db=db_path,
        env={"PROFDESK_NEW_PASSWORD": ADMIN_PW},
    )
    assert r.returncode == 0, r.stderr
    r = cli(
        "--user",
        "admin",
        "users",
        "add",
        "oper",
        "--role",
        "operator",
        db=db_path,
        env={"PROFDESK_PASSWORD": ADMIN_PW, "PROFDESK_NEW_PASSWORD": OPER_PW},
    )
    assert r.returncode == 0, r.stderr
    return db_path


def window_sign_in(db_path, login: str, password: str) -> str | None:
    """The window's sign-in (LoginDialog calls models.users.sign_in), in this process."""
    db = open_database(db_path)
    try:
        sign_in(db, login, password)
        return None
    except SignInError as error:
        return str(error)
    finally:
        db.close()


@pytest.mark.slow
def test_lockout_holds_across_the_command_line_and_the_window(users_db, cli):
    """Wrong passwords alternate between a CLI process and the window's sign-in; after the
    fifth the right password is refused by both."""
    for i in range(MAX_FAILED):
        expected = "вход закрыт" if i == MAX_FAILED - 1 else "Неверное имя"
        if i % 2 == 0:
            r = cli(
                "--user", "oper", "orgs", "list", db=users_db, env={"PROFDESK_PASSWORD": WRONG[i]}
            )
            assert r.returncode == 1 and expected in r.stderr, (i, r.stderr)
        else:
            assert expected in (window_sign_in(users_db, "oper", WRONG[i]) or ""), i
    r = cli("--user", "oper", "orgs", "list", db=users_db, env={"PROFDESK_PASSWORD": OPER_PW})
    assert r.returncode == 1 and "вход закрыт" in r.stderr, r.stderr
    assert "вход закрыт" in (window_sign_in(users_db, "oper", OPER_PW) or "")
    # another user is not locked out by them
    r = cli("--user", "admin", "orgs", "list", db=users_db, env={"PROFDESK_PASSWORD": ADMIN_PW})
    assert r.returncode == 0, r.stderr


def test_no_password_is_logged_stored_or_shown(users_db, cli, tmp_path):
    outputs = []
    for wrong in WRONG[:3]:
        r = cli("--user", "oper", "orgs", "list", db=users_db, env={"PROFDESK_PASSWORD": wrong})
        outputs += [r.stdout, r.stderr]
    db = open_database(users_db)
    try:
        sign_in(db, "admin", ADMIN_PW)
        with db.session() as s:
            from app.models.users import _by_login

            set_password(s, _by_login(s, "oper").id, NEW_PW)
        with db.session() as s:
            change_own_password(s, "admin", ADMIN_PW, OWN_PW)
        meta = MetaData()
        meta.reflect(db.engine)
        with db.engine.connect() as conn:
            every_row = "\n".join(
                repr(tuple(row))
                for table in meta.tables.values()
                for row in conn.execute(table.select())
            )
    finally:
        db.close()
    r = cli("--user", "admin", "audit", "--json", db=users_db, env={"PROFDESK_PASSWORD": OWN_PW})
    assert r.returncode == 0, r.stderr
    outputs += [r.stdout, r.stderr]
    assert '"password"' in r.stdout and '"login_failed"' in r.stdout  # the events are there
    texts = [*outputs, every_row]
    if isinstance(users_db, Path):  # the file, its backups and whatever lies beside it
        for path in users_db.parent.rglob("*"):
            if path.is_file():
                texts.append(path.read_bytes().decode("utf-8", "replace"))
    secrets = [ADMIN_PW, OPER_PW, NEW_PW, OWN_PW, *WRONG[:3]]
    for text in texts:
        for secret in secrets:
            assert secret not in text
