"""profdesk-cli with users: sign-in, roles, audit, backup and restore, consent."""

from __future__ import annotations

import json

import pytest

from app.models.backup import backup_database
from app.models.db_transfer import copy_database
from tests.damage import damage

ADMIN = {"PROFDESK_PASSWORD": "Adm1n-secret"}
OPER = {"PROFDESK_PASSWORD": "0per-secret"}
VIEW = {"PROFDESK_PASSWORD": "V1ew-secret"}


@pytest.fixture(scope="module")
def users_template(tmp_path_factory):
    """A demo database with an administrator, an operator and a viewer (made once)."""
    from tests.conftest import run_cli as cli

    db_path = tmp_path_factory.mktemp("template") / "profdesk.sqlite3"
    assert cli("demo", "--members", "300", db=db_path).returncode == 0
    first = cli(
        "users",
        "add",
        "oper",
        "--role",
        "operator",
        db=db_path,
        env={"PROFDESK_NEW_PASSWORD": "0per-secret"},
    )
    assert first.returncode == 1 and "администратора" in first.stderr
    made = cli(
        "users",
        "add",
        "admin",
        "--role",
        "administrator",
        db=db_path,
        env={"PROFDESK_NEW_PASSWORD": "Adm1n-secret"},
    )
    assert made.returncode == 0, made.stderr
    for login, pw, role in (("oper", "0per-secret", "operator"), ("view", "V1ew-secret", "viewer")):
        r = cli(
            "--user",
            "admin",
            "users",
            "add",
            login,
            "--role",
            role,
            db=db_path,
            env={**ADMIN, "PROFDESK_NEW_PASSWORD": pw},
        )
        assert r.returncode == 0, r.stderr
    return db_path


@pytest.fixture
def users_path(users_template, db_path):
    if isinstance(db_path, str):  # a database on the test server: the template moves there
        copy_database(str(users_template), db_path)
    else:
        backup_database(users_template, out=db_path)
    return db_path


def first_member(cli, path) -> dict:
    r = cli(
        "--user", "admin", "members", "search", "а", "--limit", "1", "--json", db=path, env=ADMIN
    )
    return json.loads(r.stdout)[0]


def test_every_command_needs_the_user_once_users_exist(users_path, cli):
    r = cli("orgs", "list", db=users_path)
    assert r.returncode == 1 and "--user" in r.stderr and "Traceback" not in r.stderr
    r = cli("--user", "view", "orgs", "list", db=users_path, env={"PROFDESK_PASSWORD": "wrong-one"})
    assert r.returncode == 1 and "Неверное имя пользователя или пароль" in r.stderr
    r = cli("--user", "view", "orgs", "list", db=users_path, env=VIEW)
    assert r.returncode == 0 and "R46" in r.stdout
    listed = cli("--user", "admin", "users", "list", "--json", db=users_path, env=ADMIN)
    assert {u["login"]: u["role"] for u in json.loads(listed.stdout)} == {
        "admin": "administrator",
        "oper": "operator",
        "view": "viewer",
    }


@pytest.mark.parametrize(
    ("login", "env", "allowed"),
    [
        ("admin", ADMIN, {"export", "users", "backup"}),
        ("oper", OPER, {"export"}),
        ("view", VIEW, set()),
    ],
)
def test_each_role_is_allowed_or_refused_with_a_clear_sentence(
    users_path, cli, tmp_path, login, env, allowed
):
    # consent, audit and restore are refused and allowed in the tests below
    commands = {
        "export": ["members", "export", str(tmp_path / "m.csv")],
        "users": ["users", "list"],
        "backup": ["backup", "--out", str(tmp_path / "copy.sqlite3")],
    }
    for name, command in commands.items():
        r = cli("--user", login, *command, db=users_path, env=env)
        if name in allowed:
            assert r.returncode == 0, (name, r.stderr)
        else:
            assert r.returncode == 1, name
            assert r.stderr.strip() == (
                "Ошибка: У вашей роли нет права на это действие: обратитесь к администратору "
                "Profdesk."
            )
    assert (tmp_path / "m.csv").exists() == ("export" in allowed)


def test_audit_lists_logins_failures_changes_and_exports(users_path, cli, tmp_path):
    member_id = first_member(cli, users_path)["id"]
    cli("--user", "oper", "orgs", "list", db=users_path, env={"PROFDESK_PASSWORD": "guess-1234"})
    cli("--user", "oper", "members", "consent-received", member_id, db=users_path, env=OPER)
    for refused in (["audit"], ["members", "consent-received", member_id]):
        r = cli("--user", "view", *refused, db=users_path, env=VIEW)
        assert r.returncode == 1 and "роли нет права" in r.stderr
    r = cli("--user", "oper", "audit", db=users_path, env=OPER)
    assert r.returncode == 1 and "роли нет права" in r.stderr
    cli("--user", "oper", "members", "export", str(tmp_path / "x.xlsx"), db=users_path, env=OPER)
    out = tmp_path / "c.pdf"
    r = cli(
        "--user",
        "oper",
        "members",
        "consent-form",
        member_id,
        "--out",
        str(out),
        db=users_path,
        env=OPER,
    )
    assert r.returncode == 0 and out.read_bytes().startswith(b"%PDF")
    r = cli("--user", "admin", "audit", "--since", "2000-01-01", "--json", db=users_path, env=ADMIN)
    entries = json.loads(r.stdout)
    assert set(entries[0]) == {"at", "user", "action", "entity", "entity_id", "details"}
    kinds = {(e["user"], e["action"]) for e in entries}
    assert {
        ("oper", "login_failed"),
        ("oper", "login"),
        ("oper", "update"),
        ("oper", "export"),
    } <= kinds
    assert ("oper", "print") in kinds and ("admin", "user_add") in kinds
    update = next(e for e in entries if e["action"] == "update" and e["entity_id"] == member_id)
    assert update["details"]["field"] == "consent_on"
    only = cli(
        "--user", "admin", "audit", "--action", "login_failed", "--json", db=users_path, env=ADMIN
    )
    assert {e["action"] for e in json.loads(only.stdout)} == {"login_failed"}
    text = cli("--user", "admin", "audit", db=users_path, env=ADMIN).stdout
    assert "неудачный вход" in text


@pytest.mark.sqlite_only
def test_backup_and_restore_through_the_cli(users_path, cli, tmp_path):
    copy = tmp_path / "copy.sqlite3"
    r = cli("--user", "admin", "backup", "--out", str(copy), db=users_path, env=ADMIN)
    assert r.returncode == 0 and copy.exists()
    member = first_member(cli, users_path)
    cli(
        "--user",
        "oper",
        "members",
        "consent-received",
        member["id"],
        "--date",
        "2026-10-01",
        db=users_path,
        env=OPER,
    )
    # restore replaces everything: the administrator's right
    r = cli("--user", "oper", "restore", str(copy), db=users_path, env=OPER)
    assert r.returncode == 1 and "роли нет" in r.stderr
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all")
    r = cli("--user", "admin", "restore", str(bad), db=users_path, env=ADMIN)
    assert r.returncode == 1 and "не резервная копия" in r.stderr
    r = cli("--user", "admin", "restore", str(copy), db=users_path, env=ADMIN)
    assert r.returncode == 0, r.stderr
    assert "Прежняя база сохранена" in r.stdout
    after = first_member(cli, users_path)
    assert after["id"] == member["id"] and after["consent_on"] == member["consent_on"]
    listing = cli("--user", "admin", "backup", "--list", db=users_path, env=ADMIN).stdout
    assert "перед восстановлением" in listing
    log = cli("--user", "admin", "audit", "--action", "restore", "--json", db=users_path, env=ADMIN)
    restored = json.loads(log.stdout)
    assert [(e["user"], e["details"]["file"]) for e in restored] == [("admin", "copy.sqlite3")]


@pytest.mark.sqlite_only
def test_a_damaged_database_names_its_backup_and_restores_without_sign_in(
    users_path, cli, tmp_path
):
    good = tmp_path / "good.sqlite3"
    assert cli("--user", "admin", "backup", db=users_path, env=ADMIN).returncode == 0
    damage(users_path)
    r = cli("--user", "admin", "orgs", "list", db=users_path, env=ADMIN)
    assert r.returncode == 1 and "повреждена" in r.stderr and "-manual.sqlite3" in r.stderr
    newest = r.stderr.split("резервной копии «")[1].split("»")[0]
    backup_database(newest, out=good)
    r = cli("restore", str(good), db=users_path)
    assert r.returncode == 0, r.stderr
    assert cli("--user", "view", "orgs", "list", db=users_path, env=VIEW).returncode == 0


@pytest.mark.sqlite_only
def test_no_password_in_any_file_or_output(users_path, cli, tmp_path):
    env_home = {"XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path / "home")}
    outputs = []
    for pw in ("Typo-secret-1", "Adm1n-secret"):
        r = cli(
            "--user", "admin", "audit", db=users_path, env={**env_home, "PROFDESK_PASSWORD": pw}
        )
        outputs.append(r.stdout + r.stderr)
    passwords = [b"Adm1n-secret", b"0per-secret", b"V1ew-secret", b"Typo-secret-1"]
    files = [p for p in users_path.parent.rglob("*") if p.is_file()]
    files += [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.suffix == ".sqlite3" for p in files)
    for path in files:
        data = path.read_bytes()
        for pw in passwords:
            assert pw not in data, f"{pw!r} found in {path}"
    for pw in passwords:
        assert pw.decode() not in "".join(outputs)
