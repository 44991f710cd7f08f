"""The exchange passphrase lives in the OS secret store, never in the database or its copies."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app import secret_store
from app.errors import ProfdeskError
from app.exchange import resolve_passphrase, save_passphrase, stored_passphrase
from app.models import cipher, open_database
from app.models.backup import backup_database, backup_open_database, list_open_database_backups
from app.secret_store import SecretStoreError
from tests.keyring_backend import RefusingKeyring

PHRASE = "секретная фраза обмена 7Q"


def _files_with(db, phrase: str) -> list[Path]:
    """Every file of the database (the file, its WAL, the backups, pg_dumps) holding phrase."""
    needle = phrase.encode("utf-8")
    files = [b.path for b in list_open_database_backups(db)]
    if db.path is not None:
        files += [p for p in db.path.parent.glob(db.path.name + "*") if p.is_file()]
    return [f for f in files if needle in f.read_bytes()]


def test_saved_passphrase_is_in_the_store_and_nowhere_in_the_files(db, keyring_store) -> None:
    with db.session() as s:
        save_passphrase(s, PHRASE)
    with db.session() as s:
        assert stored_passphrase(s) == PHRASE
        assert resolve_passphrase(s) == PHRASE
    assert PHRASE in keyring_store.secrets().values()
    if db.is_server and not shutil.which("pg_dump"):
        pytest.skip("pg_dump is not installed")
    backup_open_database(db)  # a backup copy or a pg_dump
    db.close()
    assert list_open_database_backups(db)
    assert _files_with(db, PHRASE) == []


@pytest.mark.sqlite_only
def test_migration_moves_an_old_passphrase_to_the_store(db_path, keyring_store) -> None:
    db = open_database(db_path)
    installation = db.installation_id
    db.close()
    _plant_old_passphrase(db_path)
    old_copy = backup_database(db_path)
    if not cipher.looks_encrypted(old_copy):
        assert PHRASE.encode() in old_copy.read_bytes()  # as an older version left it

    db = open_database(db_path)
    try:
        with db.session() as s:
            assert resolve_passphrase(s) == PHRASE
        key = secret_store.exchange_passphrase_name(installation)
        assert secret_store.get_secret(key) == PHRASE
    finally:
        db.close()
    assert _files_with(db, PHRASE) == []
    copy = cipher.connect(old_copy)  # the copy is cleaned, not destroyed
    assert copy.execute(
        "SELECT count(*) FROM setting WHERE key LIKE 'exchange.pass%'"
    ).fetchone() == (0,)
    assert copy.execute("SELECT count(*) FROM organisation").fetchone() is not None
    copy.close()


@pytest.mark.sqlite_only
def test_migration_without_a_store_removes_it_and_the_program_asks(db_path) -> None:
    open_database(db_path).close()
    _plant_old_passphrase(db_path)
    keyring.set_keyring(fail.Keyring())
    db = open_database(db_path)
    try:
        with db.session() as s:
            assert stored_passphrase(s) == ""
            with pytest.raises(ProfdeskError, match="Хранилище паролей .* недоступно"):
                resolve_passphrase(s)
            with pytest.raises(SecretStoreError, match="недоступно"):
                save_passphrase(s, PHRASE)
    finally:
        db.close()
    assert _files_with(db, PHRASE) == []


def test_a_refusing_store_is_one_sentence_and_keeps_what_it_had(db, keyring_store) -> None:
    with db.session() as s:
        save_passphrase(s, PHRASE)
    keyring.set_keyring(RefusingKeyring())
    with db.session() as s:
        with pytest.raises(SecretStoreError) as refused:
            save_passphrase(s, "другая фраза обмена")
        with pytest.raises(SecretStoreError):
            stored_passphrase(s)
    assert str(refused.value) == secret_store.REFUSED
    assert list(keyring_store.secrets().values()) == [PHRASE]


def _plant_old_passphrase(db_path: Path) -> None:
    """What an older Profdesk left: the phrase in the setting table, schema before secrets."""
    conn = cipher.connect(db_path)
    with conn:
        conn.execute(
            "INSERT INTO setting(key, value) VALUES ('exchange.passphrase', ?)",
            (json.dumps(PHRASE, ensure_ascii=False),),
        )
        conn.execute("UPDATE alembic_version SET version_num = 'postgres_0001'")
    conn.close()
